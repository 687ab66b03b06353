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
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from ...errors import InvalidInputError, NetworkUnreachableError, SourceUnavailableError
from .base import (
    Fetch,
    HttpClient,
    RateSource,
    Row,
    configured_url,
    is_positive,
    iso_day,
    load_json,
    number_text,
)

__all__ = [
    "DEFAULT_FALLBACK_URL",
    "DEFAULT_URL",
    "METALS",
    "CurrencyApiSource",
    "Snapshot",
    "tender_rows",
]

DEFAULT_URL = (
    "https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@{date}/v1/currencies/usd.min.json"
)
DEFAULT_FALLBACK_URL = "https://{date}.currency-api.pages.dev/v1/currencies/usd.min.json"
ENV_FALLBACK = "FXNORM_CURRENCY_API_FALLBACK_URL"
#: Requests per update at most (one per day): a year, politely.
MAX_DAYS = 400
#: Gold and silver, kept although no territory has them as legal tender.
METALS = frozenset({"XAU", "XAG"})


class Snapshot(NamedTuple):
    """One day's file as published: where it came from, its bytes, its ``usd`` object
    (lower-case codes to the JSON number literals as written), the day it states,
    and a note when the fallback address served it."""

    url: str
    body: bytes
    values: dict[str, str]
    day: str
    note: str | None


class CurrencyApiSource(RateSource):
    """Daily snapshots of units per 1 USD from the exchange-api project (an aggregator)."""

    name = source_id = "currency-api"
    env = "FXNORM_CURRENCY_API_URL"
    default_url = DEFAULT_URL

    def __init__(
        self,
        url: str | None = None,
        fallback_url: str | None = None,
        *,
        http: HttpClient | None = None,
        max_days: int = MAX_DAYS,
    ) -> None:
        super().__init__(url, http=http)
        self.url = self.base_url
        self.fallback_url = configured_url(fallback_url, ENV_FALLBACK, DEFAULT_FALLBACK_URL)
        for template in (self.url, self.fallback_url):
            if "{date}" not in template:
                raise InvalidInputError(f"{template!r} has no {{date}} to fill in")
        self.max_days = max_days

    def ask(self, fetch: Fetch) -> Iterator[tuple[int, int]]:
        start, end = fetch.start, fetch.end
        count = (end - start).days + 1
        if count > self.max_days:
            raise InvalidInputError(
                f"currency-api has one file per day: {count} days is more than the "
                f"{self.max_days} fetched at once; ask for a shorter range"
            )
        missing: list[str] = []
        for index in range(max(count, 0)):
            day = start + _dt.timedelta(days=index)
            yield index, count
            snapshot = self.snapshot(day)
            if snapshot is None:
                missing.append(day.isoformat())
                continue
            if snapshot.note:
                fetch.notes.append(snapshot.note)
            where = f"currency-api: {snapshot.url}"
            fetch.rows.extend(tender_rows(snapshot.values, snapshot.day, where))
        if missing:
            fetch.notes.append(f"currency-api: no snapshot for {', '.join(missing)}")

    def snapshot(self, day: _dt.date, *, other_days: bool = False) -> Snapshot | None:
        """The day's file as published (None when neither address has one).

        The first address failing in any way (error status, timeout, a body
        that is not the day's file) hands over to the fallback address. With
        ``other_days`` a file that states another day is taken as it is (the
        build of the embedded data files it under the day it states).
        """
        problem = "HTTP 404"
        first: SourceUnavailableError | None = None
        try:
            found = self._snapshot_at(self.url, day, other_days)
        except SourceUnavailableError as error:
            problem = str(error).removeprefix(f"{self.name}: ")
            first = error
        else:
            if found is not None:
                return found
        try:
            found = self._snapshot_at(self.fallback_url, day, other_days)
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
            return None
        note = f"currency-api: {day} came from the fallback address ({problem})"
        return found._replace(note=note)

    def _snapshot_at(self, template: str, day: _dt.date, other_days: bool) -> Snapshot | None:
        url = template.format(date=day.isoformat())
        response = self.http.get(url, label=self.name, ok=(200, 404))
        if response.status == 404:
            return None
        data = load_json(response, self.name)
        if not isinstance(data, dict) or not isinstance(data.get("usd"), dict):
            raise SourceUnavailableError(
                f"{self.name}: {response.url}: not an exchange-api file (no usd object)"
            )
        where = f"currency-api: {url}"
        published = iso_day(data.get("date"), where)
        if published != day.isoformat() and not other_days:
            raise SourceUnavailableError(f"{where}: the file is dated {published}, not {day}")
        return Snapshot(url, response.body, data["usd"], published, None)


def tender_rows(values: Mapping[str, object], day: str, where: str) -> list[Row]:
    """``currency-api`` rows of one snapshot: the codes CLDR calls legal tender
    somewhere on ``day`` (plus :data:`METALS`), never USD (the base); each
    value a positive number literal, kept as written. Crypto tokens and
    codes no longer in use are left out. The embedded dataset is built with
    the same rule (``tools/rates_parse.py``)."""
    from ...currencies import active_codes

    tender = active_codes(_dt.date.fromisoformat(day)) | METALS
    rows: list[Row] = []
    for key, value in values.items():
        code = str(key).upper()
        if code == "USD" or code not in tender:
            continue  # crypto tokens, dead codes
        text = number_text(value, f"{where} {code}")
        if not is_positive(text):
            raise SourceUnavailableError(f"{where} {code}: {text!r} is not a positive number")
        rows.append(("currency-api", code, day, text))
    return rows
