"""The BCRA's exchange statistics API (Estadísticas Cambiarias v1.0).

``https://api.bcra.gob.ar/estadisticascambiarias/v1.0`` (``FXNORM_BCRA_URL``)
answers ``/Cotizaciones/{code}?fechadesde=YYYY-MM-DD&fechahasta=YYYY-MM-DD
&limit=N&offset=N`` with::

    {"status": 200,
     "metadata": {"resultset": {"count": 3, "offset": 0, "limit": 500}},
     "results": [{"fecha": "2026-11-20",
                  "detalle": [{"codigoMoneda": "REF",
                               "descripcion": "DOLAR REFERENCIA COM 3500",
                               "tipoPase": 0.0, "tipoCotizacion": 1452.3333}]},
                 ...]}

newest day first, one page of at most ``limit`` days; errors are
``{"status": 400, "errorMessages": ["..."]}``. The code ``REF`` is the
reference rate of Comunicación "A" 3500 (wholesale ARS per USD), the same
series the embedded ``bcra`` data holds, so rows go under the id ``bcra``
(base USD, currency ARS). ``tipoCotizacion`` is pesos per unit; ``0`` means
"not applicable" and is skipped, as is a day whose ``detalle`` is empty. The
API pads values to eight decimals (``1452.33330000``); the padding is dropped
(``1452.3333``), the number is unchanged. A range ending after today (in
Buenos Aires) is cut at today, which the API otherwise refuses.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlencode

from ...errors import SourceUnavailableError
from .base import (
    Fetch,
    HttpClient,
    RateSource,
    iso_day,
    load_json,
    number_text,
    strip_zeros,
)

__all__ = ["DEFAULT_URL", "BCRASource", "today_in_buenos_aires"]

DEFAULT_URL = "https://api.bcra.gob.ar/estadisticascambiarias/v1.0"
PAGE = 500  # the API's manual asks for 10 < limit < 1000
MAX_PAGES = 200


def today_in_buenos_aires() -> _dt.date:
    try:
        from zoneinfo import ZoneInfo

        return _dt.datetime.now(ZoneInfo("America/Argentina/Buenos_Aires")).date()
    except Exception:  # no time-zone database: Argentina is UTC-3 all year
        return (_dt.datetime.now(_dt.timezone.utc) - _dt.timedelta(hours=3)).date()


class BCRASource(RateSource):
    """Official ARS per USD (Comunicación A 3500) from the BCRA's own API."""

    name = source_id = "bcra"
    env = "FXNORM_BCRA_URL"
    default_url = DEFAULT_URL

    def __init__(
        self,
        base_url: str | None = None,
        *,
        http: HttpClient | None = None,
        series: str = "REF",
        today: Callable[[], _dt.date] = today_in_buenos_aires,
        page_size: int = PAGE,
    ) -> None:
        super().__init__(base_url, http=http)
        self.page_size = page_size
        self.series = series
        self._today = today

    def ask(self, fetch: Fetch) -> Iterator[tuple[int, int]]:
        start, end, currencies = fetch.start, fetch.end, fetch.currencies
        fetch.sources.append(self.describe(f"{self.base_url}/Cotizaciones/{self.series}"))
        if currencies is not None and "ARS" not in {c.upper() for c in currencies}:
            fetch.notes.append("bcra: publishes ARS only")
            return
        end = min(end, self._today())
        if start > end:
            fetch.notes.append(f"bcra: nothing published yet for {start}")
            return
        rows: dict[str, str] = {}
        empty: list[str] = []
        offset, total = 0, None
        for page in range(MAX_PAGES):
            yield page, max(page + 1, -(-(total or 0) // self.page_size))
            query = {
                "fechadesde": start.isoformat(),
                "fechahasta": end.isoformat(),
                "limit": str(self.page_size),
                "offset": str(offset),
            }
            url = f"{self.base_url}/Cotizaciones/{quote(self.series)}?{urlencode(query)}"
            response = self.http.get(
                url, label=self.name, accept="application/json", ok=(200, 400, 404)
            )
            data = load_json(response, self.name)
            results, total = self._page(data, response.status, url)
            if results is None:  # 404: nothing in range
                break
            for day, value in self._days(results, start, end, url, empty):
                earlier = rows.setdefault(day, value)
                if earlier != value:
                    raise SourceUnavailableError(f"bcra: {url}: two values for {day}")
            offset += len(results)
            if not results or total is None or offset >= total:
                break
        else:
            raise SourceUnavailableError(f"bcra: more than {MAX_PAGES} pages; stopped")
        if empty:
            fetch.notes.append(f"bcra: no quotation on {', '.join(sorted(empty))}")
        fetch.rows.extend(("bcra", "ARS", day, value) for day, value in rows.items())

    def _page(self, data: Any, status: int, url: str) -> tuple[list[Any] | None, int | None]:
        where = f"bcra: {url}"
        if not isinstance(data, dict):
            raise SourceUnavailableError(f"{where}: not a BCRA answer")
        messages = data.get("errorMessages")
        if status != 200 or str(data.get("status")) != "200":
            text = "; ".join(str(m) for m in messages) if isinstance(messages, list) else ""
            if status == 404:
                return None, None
            raise SourceUnavailableError(f"{where}: HTTP {status}: {text or 'no details'}")
        results = data.get("results")
        if not isinstance(results, list):
            raise SourceUnavailableError(f"{where}: 'results' is not a list")
        total = None
        # Without a count, pages are asked for until one comes back empty.
        with contextlib.suppress(KeyError, TypeError, ValueError):
            total = int(data["metadata"]["resultset"]["count"])
        return results, total

    def _days(
        self, results: list[Any], start: _dt.date, end: _dt.date, url: str, empty: list[str]
    ) -> list[tuple[str, str]]:
        where = f"bcra: {url}"
        found = []
        for item in results:
            if not isinstance(item, dict) or "fecha" not in item or "detalle" not in item:
                raise SourceUnavailableError(f"{where}: a result without fecha and detalle")
            fecha = str(item["fecha"])
            if fecha.endswith("T00:00:00"):
                fecha = fecha[:10]
            day = iso_day(fecha, where)
            if not start.isoformat() <= day <= end.isoformat():
                raise SourceUnavailableError(
                    f"{where}: answered with {day}, outside the {start}..{end} asked for"
                )
            details = item["detalle"]
            if not isinstance(details, list):
                raise SourceUnavailableError(f"{where}: {day}: 'detalle' is not a list")
            values = [
                d.get("tipoCotizacion")
                for d in details
                if isinstance(d, dict) and d.get("codigoMoneda") == self.series
            ]
            if len(values) > 1:
                raise SourceUnavailableError(f"{where}: {day}: {self.series} listed twice")
            if not values:
                empty.append(day)
                continue
            value = strip_zeros(number_text(values[0], f"{where} {day}"))
            if Decimal(value) == 0:  # "no aplica"
                empty.append(day)
                continue
            found.append((day, value))
        return found
