"""Downloading the publishers' current files for ``tools/build_rates.py --online``.

The files land in the raw folder's layout (``rates_raw.py``), so an online
build reads them exactly as it reads the shipped copies. Downloads go
through fxnorm's own HTTP client (:class:`fxnorm.rates.sources.base.HttpClient`:
timeouts, bounded retries, TLS, a size limit), and the exchange-api
snapshots through fxnorm's currency-api source, main address then fallback
(:meth:`fxnorm.rates.sources.currency_api.CurrencyApiSource.snapshot`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gzip
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rates_raw import (
    API_CSV,
    API_HEADER,
    API_SNAPSHOTS,
    BCRA_XLS,
    DATOS_CSV,
    ECB_ZIP,
    SHIPPED_ONLY,
    BuildError,
    Report,
    store,
)

from fxnorm.errors import SourceUnavailableError
from fxnorm.rates.sources.base import HttpClient
from fxnorm.rates.sources.currency_api import (
    DEFAULT_FALLBACK_URL,
    DEFAULT_URL,
    CurrencyApiSource,
    Snapshot,
)

__all__ = [
    "API_FIRST_DAY",
    "Endpoints",
    "copy_shipped",
    "default_api_days",
    "download_raw",
    "fetch_currency_api",
]

# Publishers' current files (each overridable by flag or environment variable).
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
DATOS_URL = (
    "https://infra.datos.gob.ar/catalog/sspm/dataset/175/distribution/175.1/download/"
    "tipo-cambio-usd-futuro-dolar-frecuencia-diaria.csv"
)
BCRA_URL = "https://www.bcra.gob.ar/Pdfs/PublicacionesEstadisticas/com3500.xls"
#: First snapshot of the npm-published API; the default --api-dates start there.
API_FIRST_DAY = dt.date(2024, 3, 2)
USER_AGENT = "fxnorm-build-rates/1 (+tools/build_rates.py; Python urllib)"


@dataclass(frozen=True)
class Endpoints:
    """Where --online downloads from; the currency-api URLs are ``{date}`` templates."""

    ecb: str = ECB_URL
    datos: str = DATOS_URL
    bcra: str = BCRA_URL
    api: str = DEFAULT_URL
    api_fallback: str = DEFAULT_FALLBACK_URL


def download_raw(
    raw: Path,
    endpoints: Endpoints,
    api_days: Sequence[dt.date],
    *,
    timeout: float,
    report: Report = print,
) -> None:
    """Fill ``raw`` with the publishers' current files, in the shipped layout."""
    http = HttpClient(timeout=timeout, user_agent=USER_AGENT)
    for name, url in (
        (ECB_ZIP, endpoints.ecb),
        (DATOS_CSV, endpoints.datos),
        (BCRA_XLS, endpoints.bcra),
    ):
        try:
            store(raw / name, http.get(url, label=name).body)
        except SourceUnavailableError as error:
            raise BuildError(f"download failed: {error}") from None
    table, snapshots = fetch_currency_api(endpoints, api_days, http=http, report=report)
    store(raw / API_CSV, table)
    store(raw / API_SNAPSHOTS, snapshots)
    report(f"downloaded the raw files into {raw}")


def fetch_currency_api(
    endpoints: Endpoints,
    days: Sequence[dt.date],
    *,
    http: HttpClient,
    report: Report = print,
) -> tuple[bytes, bytes]:
    """Download one ``usd.min.json`` per day; return (usd-daily.csv.gz, snapshots.csv).

    Days that neither address serves (no snapshot was published) are skipped
    with a note. A file that states another day is kept under that day.
    Values are written as Python float reprs, the format of the shipped
    ``usd-daily.csv.gz``.
    """
    source = CurrencyApiSource(endpoints.api, endpoints.api_fallback, http=http)
    snapshots: dict[str, dict[str, float]] = {}
    provenance: list[tuple[str, str, int, str, int]] = []
    skipped = 0
    for day in days:
        try:
            snapshot = source.snapshot(day, other_days=True)
        except SourceUnavailableError as error:
            skipped += 1
            report(f"currency-api: no snapshot for {day} ({error})")
            continue
        if snapshot is None:
            skipped += 1
            report(f"currency-api: no snapshot for {day} (HTTP 404 at both addresses)")
            continue
        if snapshot.day != day.isoformat():
            report(f"currency-api: {snapshot.url} holds the snapshot of {snapshot.day}")
        if snapshot.day in snapshots:
            continue
        snapshots[snapshot.day] = _values(snapshot)
        digest = hashlib.sha256(snapshot.body).hexdigest()
        row = (snapshot.day, snapshot.url, len(snapshots[snapshot.day]), digest, len(snapshot.body))
        provenance.append(row)
    if not snapshots:
        raise BuildError(f"currency-api: none of the {len(days)} requested days could be fetched")
    report(f"currency-api: {len(snapshots)} snapshots fetched, {skipped} days without one")
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(API_HEADER)
    for snapshot_day in sorted(snapshots):
        for code, value in sorted(snapshots[snapshot_day].items()):
            writer.writerow([snapshot_day, code, repr(value)])
    table = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=table, mtime=0) as packed:
        packed.write(text.getvalue().encode("utf-8"))
    listing = io.StringIO(newline="")
    writer = csv.writer(listing, lineterminator="\n")
    writer.writerow(["json_date", "url", "n_codes", "json_sha256", "json_bytes"])
    writer.writerows(sorted(provenance))
    return table.getvalue(), listing.getvalue().encode("utf-8")


def _values(snapshot: Snapshot) -> dict[str, float]:
    """Every code of a snapshot (crypto tokens too: the raw file keeps them) as a float."""
    values: dict[str, float] = {}
    for key, literal in snapshot.values.items():
        code = str(key).upper()
        if code in values:
            raise BuildError(f"{snapshot.url}: {code} occurs twice")
        try:
            if isinstance(literal, bool) or not isinstance(literal, str):
                raise ValueError
            values[code] = float(literal)
        except ValueError:
            raise BuildError(f"{snapshot.url}: {key} is not a number") from None
    return values


def default_api_days(raw: Path, today: dt.date) -> list[dt.date]:
    """The shipped snapshot days, then every day after the last one up to today."""
    days: set[dt.date] = set()
    listing = raw / API_SNAPSHOTS
    if listing.is_file():
        with listing.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                with contextlib.suppress(ValueError):
                    days.add(dt.date.fromisoformat(record.get("json_date") or ""))
    start = max(days) + dt.timedelta(days=1) if days else API_FIRST_DAY
    days.update(start + dt.timedelta(days=n) for n in range((today - start).days + 1))
    return sorted(days)


def copy_shipped(shipped: Path, raw: Path, report: Report = print) -> None:
    """Copy the inputs --online cannot download (:data:`SHIPPED_ONLY`) into ``raw``."""
    for name in SHIPPED_ONLY:
        if not (shipped / name).is_file():
            raise BuildError(f"missing raw input {shipped / name} (it is not downloaded)")
        store(raw / name, (shipped / name).read_bytes())
    report(f"copied {len(SHIPPED_ONLY)} market and FRED files from {shipped} (not downloaded)")
