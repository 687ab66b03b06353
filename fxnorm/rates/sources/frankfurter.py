"""Frankfurter, an open-source API that relays central banks' reference rates.

Two generations, two sources:

``frankfurter`` (API v1, ``https://api.frankfurter.dev/v1``; ``FXNORM_FRANKFURTER_URL``)
    The ECB's reference rates as JSON. ``/2026-11-20?base=EUR&symbols=USD``
    answers ``{"amount": 1.0, "base": "EUR", "date": "2026-11-20", "rates":
    {"USD": 1.1161}}`` (the date is the publication used: a weekend gives the
    Friday); ``/2026-11-16..2026-11-20`` answers a time series, ``"rates":
    {"2026-11-16": {...}, ...}``; nothing in range is a 404 ``{"message": "not
    found"}``. Written under the id ``frankfurter`` (base EUR, priority 3): the
    same figures as ``ecb``, kept apart so a mirror never overwrites the publisher.

``frankfurter-v2`` (API v2, ``https://api.frankfurter.dev/v2``; ``FXNORM_FRANKFURTER_V2_URL``)
    Many central banks, each a *provider* (``BCRA``, ``ECB``, ``BOC`` …).
    ``/rates?base=USD&quotes=ARS&providers=BCRA&from=…&to=…`` answers a JSON
    array of ``{"date", "base", "quote", "rate"}`` records. Asked for one
    provider at a time, Frankfurter passes that provider's own digits through
    (several at once would be a blend, which no one published). The source
    asks the named providers in order and records which one answered: rows go
    under ``frankfurter-v2:<provider>`` (``frankfurter-v2:bcra``, base USD:
    the BCRA's ARS per USD, daily since 2000). Errors are ``{"status": 422,
    "message": "invalid currency: XYZ"}`` and the like.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlencode

from ...errors import InvalidInputError, NetworkUnreachableError, SourceUnavailableError
from ..model import SourceInfo
from .base import (
    Fetch,
    HttpClient,
    HttpResponse,
    RateSource,
    Row,
    iso_day,
    load_json,
    number_text,
    retrieved_now,
)

__all__ = ["FrankfurterSource", "FrankfurterV2Source"]

DEFAULT_URL = "https://api.frankfurter.dev/v1"
DEFAULT_V2_URL = "https://api.frankfurter.dev/v2"
#: Days asked for per request (a year of ECB rates is about 250 × 30 numbers).
CHUNK_DAYS = 366
#: How far before the first day asked for an answer may reach (a holiday run snaps back).
SNAP_BACK = _dt.timedelta(days=14)


class FrankfurterSource(RateSource):
    """Frankfurter v1: ECB reference rates (units per 1 EUR) as JSON time series."""

    name = source_id = "frankfurter"
    env = "FXNORM_FRANKFURTER_URL"
    default_url = DEFAULT_URL

    def __init__(
        self,
        base_url: str | None = None,
        *,
        http: HttpClient | None = None,
        chunk_days: int = CHUNK_DAYS,
    ) -> None:
        super().__init__(base_url, http=http)
        self.chunk_days = chunk_days

    def ask(self, fetch: Fetch) -> Iterator[tuple[int, int]]:
        start, end, currencies = fetch.start, fetch.end, fetch.currencies
        codes = None if currencies is None else sorted({c.upper() for c in currencies} - {"EUR"})
        if codes == []:
            return
        chunks = list(_chunks(start, end, self.chunk_days))
        for index, (first, last) in enumerate(chunks):
            yield index, len(chunks)
            path = first.isoformat() if first == last else f"{first}..{last}"
            query: dict[str, str] = {"base": "EUR"}
            if codes is not None:
                query["symbols"] = ",".join(codes)
            url = f"{self.base_url}/{path}?{urlencode(query, safe=',')}"
            response = self.http.get(url, label=self.name, accept="application/json", ok=(200, 404))
            if response.status == 404:
                _not_found(response, self.name)
                fetch.notes.append(f"frankfurter: nothing published {first}..{last}")
                continue
            fetch.rows.extend(self._rows(load_json(response, self.name), first, last, url))

    def _rows(self, data: Any, first: _dt.date, last: _dt.date, url: str) -> list[Row]:
        where = f"{self.name}: {url}"
        if not isinstance(data, dict) or not isinstance(data.get("rates"), dict):
            raise SourceUnavailableError(f"{where}: not a Frankfurter answer (no rates object)")
        if data.get("base") != "EUR" or data.get("amount", "1.0") not in ("1", "1.0"):
            raise SourceUnavailableError(
                f"{where}: answered for base {data.get('base')!r}, amount {data.get('amount')!r}"
            )
        rates = data["rates"]
        # One day: {"date": ..., "rates": {code: value}}; a series: {"rates": {day: {...}}}.
        table = {iso_day(data["date"], where): rates} if "date" in data else rates
        rows: list[Row] = []
        lowest, highest = (first - SNAP_BACK).isoformat(), last.isoformat()
        for day, by_code in table.items():
            day = iso_day(day, where)
            if not lowest <= day <= highest:
                raise SourceUnavailableError(
                    f"{where}: answered with {day}, outside the {first}..{last} asked for"
                )
            if not isinstance(by_code, dict):
                raise SourceUnavailableError(f"{where}: {day}: rates are not an object")
            for code, value in by_code.items():
                rows.append(("frankfurter", str(code), day, number_text(value, f"{where} {day}")))
        return rows


class FrankfurterV2Source(RateSource):
    """Frankfurter v2: named providers asked in order; each row says which one answered."""

    name = source_id = "frankfurter-v2"
    env = "FXNORM_FRANKFURTER_V2_URL"
    default_url = DEFAULT_V2_URL

    def __init__(
        self,
        base_url: str | None = None,
        *,
        providers: Sequence[str] = ("BCRA",),
        base: str = "USD",
        http: HttpClient | None = None,
    ) -> None:
        if not providers:
            raise InvalidInputError("frankfurter-v2 needs at least one provider")
        self.providers = tuple(p.strip().upper() for p in providers)
        self.base = base.upper()
        super().__init__(base_url, http=http)

    def describe(self, url: str) -> SourceInfo:
        return self.provider_info(self.providers[0])

    def provider_info(self, provider: str) -> SourceInfo:
        """The source as it writes the rows one provider answered."""
        from ..catalog import describe

        return describe(
            self.source_id,
            url=f"{self.base_url}/rates?providers={provider}",
            retrieved=retrieved_now(),
            base=self.base,
            provider=provider,
        )

    def ask(self, fetch: Fetch) -> Iterator[tuple[int, int]]:
        start, end, currencies = fetch.start, fetch.end, fetch.currencies
        wanted = None if currencies is None else {c.upper() for c in currencies} - {self.base}
        failures: list[str] = []
        for index, provider in enumerate(self.providers):
            if wanted is not None and not wanted:
                break
            yield index, len(self.providers)
            try:
                rows = self._provider(provider, start, end, wanted)
            except NetworkUnreachableError:
                raise  # every provider is on the same host
            except SourceUnavailableError as error:
                failures.append(str(error))
                more = "; asking the next provider" if index + 1 < len(self.providers) else ""
                fetch.notes.append(f"{error}{more}")
                continue
            if not rows:
                fetch.notes.append(
                    f"frankfurter-v2: provider {provider} has no rates for {start}..{end}"
                )
                continue
            got = {row[1] for row in rows}
            fetch.sources.append(self.provider_info(provider))
            fetch.rows.extend(rows)
            fetch.notes.append(f"frankfurter-v2: {', '.join(sorted(got))} answered by {provider}")
            if wanted is not None:
                wanted -= got
        if not fetch.sources and failures and len(failures) == len(self.providers):
            raise SourceUnavailableError(" | ".join(failures))

    def _provider(
        self, provider: str, start: _dt.date, end: _dt.date, wanted: set[str] | None
    ) -> list[Row]:
        query = {"base": self.base, "providers": provider}
        if wanted is not None:
            query["quotes"] = ",".join(sorted(wanted))
        query.update({"from": start.isoformat(), "to": end.isoformat()})
        url = f"{self.base_url}/rates?{urlencode(query, safe=',')}"
        response = self.http.get(url, label=self.name, accept="application/json", ok=(200, 404))
        if response.status == 404:
            _not_found(response, self.name)
            return []
        data = load_json(response, self.name)
        where = f"{self.name}: {url}"
        if isinstance(data, dict) and "message" in data:
            raise SourceUnavailableError(f"{where}: {data['message']}")
        if not isinstance(data, list):
            raise SourceUnavailableError(f"{where}: not a Frankfurter v2 answer (no record list)")
        source_id = f"frankfurter-v2:{provider.lower()}"
        lowest, highest = (start - SNAP_BACK).isoformat(), end.isoformat()
        rows: list[Row] = []
        for record in data:
            if not isinstance(record, dict) or not {"date", "base", "quote", "rate"} <= set(record):
                raise SourceUnavailableError(f"{where}: a record without date, base, quote, rate")
            day = iso_day(record["date"], where)
            if not lowest <= day <= highest:
                raise SourceUnavailableError(
                    f"{where}: answered with {day}, outside the {start}..{end} asked for"
                )
            if record["base"] != self.base:
                raise SourceUnavailableError(f"{where}: a record on base {record['base']!r}")
            if record["quote"] == self.base:
                continue  # the identity row Frankfurter adds for the base
            if wanted is not None and record["quote"] not in wanted:
                continue
            value = number_text(record["rate"], f"{where} {day}")
            rows.append((source_id, str(record["quote"]), day, value))
        return rows


def _not_found(response: HttpResponse, label: str) -> None:
    """A 404 that is Frankfurter's "nothing in range", not a wrong address."""
    data = load_json(response, label)
    if not (isinstance(data, dict) and str(data.get("message", "")).lower() == "not found"):
        raise SourceUnavailableError(f"{label}: {response.url}: HTTP 404: {response.snippet()}")


def _chunks(start: _dt.date, end: _dt.date, size: int) -> Iterator[tuple[_dt.date, _dt.date]]:
    if start > end:
        return
    step = _dt.timedelta(days=max(1, size) - 1)
    cursor = start
    while cursor <= end:
        last = min(cursor + step, end)
        yield cursor, last
        cursor = last + _dt.timedelta(days=1)
