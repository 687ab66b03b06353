"""The exchange-api project's daily USD snapshots (``@fawazahmed0/currency-api``).

One JSON file per date, published as an npm package version and served by a
CDN, with a documented fallback on Cloudflare Pages:

- ``https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@{date}/v1/currencies/usd.min.json``
  (``FXNORM_CURRENCY_API_URL``, a template with ``{date}``);
- ``https://{date}.currency-api.pages.dev/v1/currencies/usd.min.json``
  (``FXNORM_CURRENCY_API_FALLBACK_URL``), asked when the first fails.

Each file is ``{"date": "2025-09-23", "usd": {"ars": 1410.1681, ...}}``:
lower-case codes, units per 1 USD, hundreds of crypto tokens next to fiat
currencies. As for the embedded snapshots, only codes CLDR calls legal tender
on that date (plus XAU and XAG) are kept, values are the JSON number literals
as written, and rows go under the id ``currency-api``. A date without a
snapshot (a 404 at both addresses) is skipped; a file whose ``date`` is not
the date asked for is an error.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection
from typing import Any

from ...errors import InvalidInputError, NetworkUnreachableError, SourceUnavailableError
from ..model import SourceInfo
from .base import (
    Batch,
    HttpClient,
    Progress,
    Row,
    configured_url,
    iso_day,
    keep,
    load_json,
    number_text,
    retrieved_now,
)

__all__ = ["DEFAULT_FALLBACK_URL", "DEFAULT_URL", "CurrencyApiSource"]

DEFAULT_URL = (
    "https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@{date}/v1/currencies/usd.min.json"
)
DEFAULT_FALLBACK_URL = "https://{date}.currency-api.pages.dev/v1/currencies/usd.min.json"
ENV, ENV_FALLBACK = "FXNORM_CURRENCY_API_URL", "FXNORM_CURRENCY_API_FALLBACK_URL"
#: Requests per update at most (one per day): a year, politely.
MAX_DAYS = 400
METALS = frozenset({"XAU", "XAG"})


class CurrencyApiSource:
    """Daily snapshots of units per 1 USD from the exchange-api project (an aggregator)."""

    name = "currency-api"

    def __init__(
        self,
        url: str | None = None,
        fallback_url: str | None = None,
        *,
        http: HttpClient | None = None,
        max_days: int = MAX_DAYS,
    ) -> None:
        self.url = configured_url(url, ENV, DEFAULT_URL)
        self.fallback_url = configured_url(fallback_url, ENV_FALLBACK, DEFAULT_FALLBACK_URL)
        for template in (self.url, self.fallback_url):
            if "{date}" not in template:
                raise InvalidInputError(f"{template!r} has no {{date}} to fill in")
        self.http = http or HttpClient()
        self.max_days = max_days
        self.info = _info(self.url)

    def fetch(
        self,
        start: _dt.date,
        end: _dt.date,
        currencies: Collection[str] | None = None,
        *,
        progress: Progress | None = None,
    ) -> Batch:
        count = (end - start).days + 1
        if count > self.max_days:
            raise InvalidInputError(
                f"currency-api has one file per day: {count} days is more than the "
                f"{self.max_days} fetched at once; ask for a shorter range"
            )
        rows: list[Row] = []
        notes: list[str] = []
        missing: list[str] = []
        for index in range(max(count, 0)):
            day = start + _dt.timedelta(days=index)
            if progress:
                progress(index, count)
            found, note = self._snapshot(day)
            if note:
                notes.append(note)
            if found is None:
                missing.append(day.isoformat())
            else:
                rows.extend(found)
        if progress:
            progress(count, count)
        if missing:
            notes.append(f"currency-api: no snapshot for {', '.join(missing)}")
        return Batch((_info(self.url),), keep(rows, start, end, currencies), tuple(notes))

    def _snapshot(self, day: _dt.date) -> tuple[list[Row] | None, str | None]:
        """The day's rows (None when neither address has a file) and a note on the fallback.

        The first address failing in any way (error status, timeout, a body
        that is not the day's file) hands over to the fallback address.
        """
        problem = "HTTP 404"
        first: SourceUnavailableError | None = None
        try:
            found = self._rows_from(self.url, day)
        except SourceUnavailableError as error:
            problem = str(error).removeprefix(f"{self.name}: ")
            first = error
        else:
            if found is not None:
                return found, None
        try:
            found = self._rows_from(self.fallback_url, day)
        except SourceUnavailableError as error:
            message = (
                f"{self.name}: {day}: {problem}; the fallback failed too: "
                f"{str(error).removeprefix(f'{self.name}: ')}"
            )
            if isinstance(first, NetworkUnreachableError) and isinstance(
                error, NetworkUnreachableError
            ):  # neither host could be reached at all
                raise NetworkUnreachableError(message, first.hosts + error.hosts) from None
            raise SourceUnavailableError(message) from None
        if found is None:
            return None, None
        return found, f"currency-api: {day} came from the fallback address ({problem})"

    def _rows_from(self, template: str, day: _dt.date) -> list[Row] | None:
        url = template.format(date=day.isoformat())
        response = self.http.get(url, label=self.name, ok=(200, 404))
        if response.status == 404:
            return None
        data = load_json(response, self.name)
        if not isinstance(data, dict) or not isinstance(data.get("usd"), dict):
            raise SourceUnavailableError(
                f"{self.name}: {response.url}: not an exchange-api file (no usd object)"
            )
        return _rows(data, day, url)


def _rows(data: dict[str, Any], day: _dt.date, url: str) -> list[Row]:
    from ...currencies import active_codes

    where = f"currency-api: {url}"
    published = iso_day(data.get("date"), where)
    if published != day.isoformat():
        raise SourceUnavailableError(f"{where}: the file is dated {published}, not {day}")
    tender = active_codes(day) | METALS
    rows: list[Row] = []
    for key, value in data["usd"].items():
        code = str(key).upper()
        if code == "USD" or code not in tender:
            continue  # crypto tokens, dead codes
        rows.append(("currency-api", code, published, number_text(value, f"{where} {code}")))
    return rows


def _info(url: str) -> SourceInfo:
    return SourceInfo(
        id="currency-api",
        name="exchange-api daily currency snapshots (@fawazahmed0/currency-api)",
        publisher="exchange-api project (Fawaz Ahmed)",
        base="USD",
        url=url,
        licence="not stated by the publisher",
        retrieved=retrieved_now(),
        # After the BCRA (1), the Fed (1) and the peso's daily market quotes (2):
        # as the embedded dataset ranks it.
        priority=3,
        kind="aggregator",
        notes=(
            "Units per USD aggregated by the project from third-party feeds, not a central "
            "bank; JSON number literals kept as written; only codes that were legal tender "
            "on the day (per CLDR), plus XAU and XAG."
        ),
    )
