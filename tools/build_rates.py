#!/usr/bin/env python3
"""Build fxnorm's embedded exchange-rate dataset, ``fxnorm/data/rates.sqlite``.

fxnorm converts money with historical rates that ship inside the wheel, so this
script turns the publishers' raw files (``data/raw/``, provenance in
``data/raw/README.md``) into one small SQLite file that the library reads
without a network. The rate values are never recomputed: each row keeps the
decimal string the publisher wrote, so a conversion can be traced back to a
published figure.

Usage::

    python tools/build_rates.py              # data/raw/ -> fxnorm/data/rates.sqlite
    python tools/build_rates.py --check      # rebuild in a temp file, compare checksums
    python tools/build_rates.py --online     # download current files first, then build
    python tools/build_rates.py --report docs/rates-validation.md   # and the cross-checks

Exit status: 0 on success, 1 when ``--check`` finds a difference, 2 with a
one-line message when an input is missing, corrupt or fails a consistency check.

Sources and rules (one parser function each):

``ecb`` (base EUR)
    Every cell of ``eurofxref-hist.csv`` inside the ECB zip, ``N/A`` skipped,
    value strings untouched (``7.9620`` stays ``7.9620``). Legacy columns
    (CYP, ROL, TRL ...) are kept; every column must be a code CLDR knows.

``bcra`` (base USD, currency ARS, market official)
    Column ``tipo_cambio_a3500`` of the Datos Argentina daily series, and the
    days of the BCRA's own workbook before that series begins (2002-03-04,
    the first A3500 rate). The series has one row per calendar day, with
    weekends and holidays carrying the previous business day forward, so
    only business days are kept:

    * Saturdays and Sundays are dropped;
    * inside the span of the BCRA's own workbook ``com3500.xls``
      (2002-03-04..2021-07-20 in the shipped copy) a day is kept only if the
      workbook lists it, which also removes weekday holidays;
    * after that span a weekday is dropped as a holiday fill when its A3500
      value equals the previous kept day's value *and* the row's other price
      quotes (Banco Nación seller, MAE) equal the previous calendar day's, i.e.
      the whole row was carried forward. A business day on which the rate
      genuinely did not move but is indistinguishable from a fill is dropped
      too; that loses nothing, because fxnorm's default ``previous`` lookup
      returns the same value from the day before.

    Values are the series' strings, except that strings with more than the
    four decimals the BCRA publishes (``2.3407999999999998``, binary float
    noise from the portal's export) are rounded to four decimals (``2.3408``).
    Kept days are cross-checked against the workbook: only the two days the
    raw README documents (2010-01-25, 2010-06-11) may differ, and the series'
    value is kept for them.

``currency-api`` (base USD)
    Snapshots of the exchange-api project, one row per snapshot date and
    code. Only codes that CLDR lists as legal tender somewhere on that date,
    plus XAU and XAG, are kept: no crypto tokens, no legacy codes, never USD.
    The values are the JSON float reprs as written in the raw file.

``argentinadatos``, ``dolarapi`` (base USD, currency ARS, every market, buy and sell)
and ``fed`` (base USD, currency CNY)
    Parsed and cross-checked by ``tools/build_markets.py`` (its docstring has
    the rules). ``--report FILE`` writes the cross-checks as Markdown: every
    day on which two publishers of one market disagree by more than 1 %.

Every build writes a fresh file (temp file, then ``os.replace``) and records in
``meta`` the sha256 of the canonical rate stream (``fxnorm.data.rates_checksum``)
and of each raw input, so ``--check`` can prove the shipped file is reproducible.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import gzip
import hashlib
import http.client
import io
import json
import math
import os
import re
import sqlite3
import struct
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW = REPO_ROOT / "data" / "raw"
DEFAULT_OUTPUT = REPO_ROOT / "fxnorm" / "data" / "rates.sqlite"
BUILDER = "tools/build_rates.py"

SCHEMA_VERSION = 2
#: 4096 is SQLite's default; larger pages did not make the file meaningfully smaller.
PAGE_SIZE = 4096
#: Day the shipped raw files were obtained (see data/raw/README.md).
RAW_RETRIEVED = "2026-11-24"
#: Day the market and FRED files were obtained (data/raw/README.md sections 4-6).
MARKETS_RETRIEVED = "2026-12-04"

# Raw files, relative to the raw folder (the same layout online and offline).
ECB_ZIP = "ecb/eurofxref-hist.zip"
ECB_MEMBER = "eurofxref-hist.csv"
API_CSV = "fawazahmed0/usd-daily.csv.gz"
API_SNAPSHOTS = "fawazahmed0/snapshots.csv"
DATOS_CSV = "ars/datos-tipo-cambio-usd-futuro-dolar-frecuencia-diaria.csv"
BCRA_XLS = "ars/com3500.xls"
AD_CASAS = (
    "blue", "bolsa", "contadoconliqui", "cripto", "mayorista", "oficial", "solidario", "tarjeta",
)  # fmt: skip
AD_FILES = tuple(f"ars/argentinadatos/{casa}.json" for casa in AD_CASAS)
DOLARAPI_FILES = (
    "ars/dolarapi/dolarapi-dolares-observations.csv.gz",
    "ars/dolarapi/ambito-dolares-observations.csv.gz",
)
FRED_FILES = ("fred/DEXCHUS.csv", "fred/DEXCHUS-to-2025-09-26.csv")
#: Inputs --online cannot download (a git history, FRED's dated copies): the
#: shipped copies are used.
SHIPPED_ONLY = (*AD_FILES, *DOLARAPI_FILES, *FRED_FILES)
REQUIRED_FILES = (ECB_ZIP, API_CSV, DATOS_CSV, BCRA_XLS, *SHIPPED_ONLY)
#: Files hashed into meta.inputs when present (snapshots.csv is provenance only).
INPUT_FILES = (ECB_ZIP, API_CSV, API_SNAPSHOTS, DATOS_CSV, BCRA_XLS, *SHIPPED_ONLY)

# Publishers' current files, for --online (each overridable by flag or env var).
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
DATOS_URL = (
    "https://infra.datos.gob.ar/catalog/sspm/dataset/175/distribution/175.1/download/"
    "tipo-cambio-usd-futuro-dolar-frecuencia-diaria.csv"
)
BCRA_URL = "https://www.bcra.gob.ar/Pdfs/PublicacionesEstadisticas/com3500.xls"
API_URL = "https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@{date}/v1/currencies/usd.min.json"
API_FALLBACK_URL = "https://{date}.currency-api.pages.dev/v1/currencies/usd.min.json"
#: First snapshot of the npm-published API; the default --api-dates start there.
API_FIRST_DAY = dt.date(2024, 3, 2)
USER_AGENT = "fxnorm-build-rates/1 (+tools/build_rates.py; Python urllib)"

BCRA_COLUMN = "tipo_cambio_a3500"
#: Other same-day price quotes in the series; a holiday fill repeats them too.
BCRA_FILL_COLUMNS = ("tipo_cambio_bna_vendedor", "tipo_cambio_mae")
BCRA_SHEET = "TCR diario y TCNPM"
BCRA_FIRST_ROW = 4  # zero-based: dates start on sheet row 5
BCRA_DECIMALS = 4
#: Days where the series and the BCRA workbook disagree, documented in data/raw/README.md.
BCRA_KNOWN_MISMATCHES = frozenset({"2010-01-25", "2010-06-11"})

API_METALS = frozenset({"XAU", "XAG"})
API_HEADER = ["date", "code", "units_per_usd"]

#: A published decimal as the ECB and the BCRA series write it.
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: A float repr as the currency-api raw file writes it (exponent allowed).
_FLOAT_REPR = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")

Row = tuple[str, str, str, str]  # (source, currency, day, value)
#: (source, currency, market, side, day, value): a row of the ``rates`` view.
FullRow = tuple[str, str, str, str, str, str]
Report = Callable[[str], None]


class BuildError(Exception):
    """An input is missing, unreadable or fails a consistency check (exit status 2)."""


@dataclass(frozen=True)
class Source:
    """One row of the ``sources`` table (``retrieved`` is added at build time)."""

    id: str
    name: str
    publisher: str
    base: str
    url: str
    licence: str
    priority: int
    kind: str
    notes: str
    #: The day the raw files were obtained, when not the build's ``retrieved``.
    retrieved: str | None = None

    def row(self, retrieved: str) -> tuple[str | int, ...]:
        """The values of the ``sources`` row, in column order."""
        return (
            self.id,
            self.name,
            self.publisher,
            self.base,
            self.url,
            self.licence,
            self.retrieved or retrieved,
            self.priority,
            self.kind,
            self.notes,
        )


SOURCES = (
    Source(
        id="ecb",
        name="ECB euro foreign exchange reference rates",
        publisher="European Central Bank",
        base="EUR",
        url=ECB_URL,
        licence='ECB statistics; reuse permitted with the source acknowledged ("Source: ECB")',
        priority=0,
        kind="official",
        notes=(
            "Daily reference rates in units of each currency per 1 EUR, for ECB business "
            "days since 1999-01-04, copied from the ECB history file (days marked N/A are "
            "absent). Includes currencies the ECB stopped quoting, such as legacy euro-area "
            "currencies (CYP, SIT ...), ROL, TRL, RUB (to 2022-03-01) and BGN."
        ),
    ),
    Source(
        id="bcra",
        name='BCRA reference exchange rate, Comunicación "A" 3500 (wholesale)',
        publisher="Banco Central de la República Argentina (BCRA), via Datos Argentina",
        base="USD",
        url=BCRA_URL,
        licence=(
            "public statistics of the BCRA; Datos Argentina datasets are generally "
            "CC BY 4.0 (not verified for this one)"
        ),
        priority=1,
        kind="official",
        notes=(
            "ARS per USD on business days, the official market, from column "
            'tipo_cambio_a3500 of the Datos Argentina series "Tipo de cambio USD - Futuro '
            f'Dólar, frecuencia diaria" ({DATOS_URL}), with weekend and holiday fills '
            "removed using the BCRA's com3500.xls calendar and, after it ends, by dropping "
            "carried-forward rows; the workbook's first day (2002-03-04), absent from the "
            "series, comes from the workbook. Values with float noise beyond the four "
            "published decimals (2.3407999999999998) are rounded to four decimals (2.3408)."
        ),
    ),
    Source(
        id="fed",
        name="Federal Reserve H.10 noon buying rates in New York (FRED DEXCHUS)",
        publisher="Board of Governors of the Federal Reserve System (US), via FRED",
        base="USD",
        url="https://fred.stlouisfed.org/series/DEXCHUS",
        licence=(
            "public domain (US government work); cite: Board of Governors of the Federal "
            "Reserve System (US), Chinese Yuan Renminbi to U.S. Dollar Spot Exchange Rate "
            "[DEXCHUS], retrieved from FRED, Federal Reserve Bank of St. Louis"
        ),
        priority=1,
        kind="official",
        notes=(
            "CNY per USD on US business days, 1981-01-02 to 2025-09-26, as FRED prints "
            "them (four decimals). A second, US reference for the yuan beside the ECB's "
            "cross; the ECB (priority 0) answers first where it has the yuan (from "
            "2005-04-01), the Fed before that."
        ),
        retrieved=MARKETS_RETRIEVED,
    ),
    Source(
        id="argentinadatos",
        name="ArgentinaDatos daily dollar quotes (cotizaciones/dolares)",
        publisher="ArgentinaDatos (Enzo Notario), from BCRA, Ámbito, La Nación and others",
        base="USD",
        url="https://github.com/enzonotario/esjs-argentina-datos-api",
        licence=(
            "repository MIT licence; no separate data licence; the publisher disclaims "
            "accuracy and refers to official sources"
        ),
        priority=2,
        kind="aggregator",
        notes=(
            "ARS per USD in eight markets, buy (compra) and sell (venta) as published: "
            "official (mayorista), retail (oficial), blue, mep (bolsa), ccl "
            "(contadoconliqui), crypto (cripto), card (tarjeta, sell only), solidario "
            "(sell only), 2011-01-03 to 2026-02-21. Weekend rows that repeat the previous "
            "prices are dropped; known-bad stretches of the wholesale quote (2023-12 to "
            "2024-10) are dropped with their reasons (docs/rates-validation.md)."
        ),
        retrieved=MARKETS_RETRIEVED,
    ),
    Source(
        id="dolarapi",
        name="DolarApi quotes, last quote of each Buenos Aires day",
        publisher="DolarApi (Enzo Notario), scraped from DolarHoy and Banco Nación",
        base="USD",
        url="https://github.com/enzonotario/esjs-dolar-api",
        licence="repository MIT licence; the quotes belong to their sources",
        priority=2,
        kind="aggregator",
        notes=(
            "ARS per USD in seven markets (as argentinadatos, no solidario), buy and sell: "
            "for each day (UTC-3) the quote with the latest update time, rebuilt from the "
            "git history of DolarApi's data repository; only the days after ArgentinaDatos "
            "ends (2026-02-21), to 2026-06-14, since ArgentinaDatos is DolarApi's "
            "end-of-day value before that."
        ),
        retrieved=MARKETS_RETRIEVED,
    ),
    Source(
        id="currency-api",
        name="exchange-api daily currency snapshots (@fawazahmed0/currency-api)",
        publisher="exchange-api project (Fawaz Ahmed)",
        base="USD",
        url="https://github.com/fawazahmed0/exchange-api",
        licence="not stated by the publisher",
        priority=3,
        kind="aggregator",
        notes=(
            "Units per USD aggregated by the project from third-party feeds, not a central "
            "bank; snapshots are irregular (gaps of days to weeks) and values are JSON float "
            "reprs, not published decimal figures. Only codes that were legal tender "
            "somewhere on the snapshot date (per CLDR), plus XAU and XAG, are kept."
        ),
    ),
)


# --------------------------------------------------------------------------- parsers


def parse_ecb(path: Path) -> list[Row]:
    """Rows of the ECB history zip: every non-``N/A`` cell, value string as written.

    The ECB is the preferred source, so nothing is dropped silently: an
    unknown column code, a duplicate date or a malformed value stops the build.
    """
    from fxnorm.currencies import all_codes

    with zipfile.ZipFile(path) as archive:
        try:
            data = archive.read(ECB_MEMBER)
        except KeyError:
            raise BuildError(f"{path}: no {ECB_MEMBER} inside the zip") from None
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader, None)
    if not header or header[0] != "Date":
        raise BuildError(f"{path}: {ECB_MEMBER} does not start with a Date column")
    # Each line ends with a comma, so the header's last name is empty.
    columns = [(index, code) for index, code in enumerate(header) if index and code]
    codes = [code for _, code in columns]
    unknown = sorted({code for code in codes if code not in all_codes() or code == "EUR"})
    if unknown:
        raise BuildError(f"{path}: columns that are not CLDR currency codes: {unknown}")
    if len(set(codes)) != len(codes):
        raise BuildError(f"{path}: duplicate currency columns")
    rows: list[Row] = []
    days: set[str] = set()
    for line, record in enumerate(reader, start=2):
        if not record:
            continue
        where = f"{path}:{ECB_MEMBER} line {line}"
        if len(record) != len(header):
            raise BuildError(f"{where}: {len(record)} fields, header has {len(header)}")
        day = _iso_day(record[0], where)
        if day in days:
            raise BuildError(f"{where}: date {day} occurs twice")
        days.add(day)
        for index, code in columns:
            value = record[index]
            if value != "N/A":
                _check_decimal(value, f"{where} {code}")
                rows.append(("ecb", code, day, value))
    if not rows:
        raise BuildError(f"{path}: no rates")
    return rows


def read_com3500(path: Path) -> dict[str, str]:
    """The BCRA workbook's A3500 series: ISO day -> shortest repr of the cell value.

    The workbook is the BCRA's own publication; it serves as the business-day
    calendar for the Datos Argentina series and as a cross-check of its values.
    """
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), logfile=io.StringIO())
        sheet = book.sheet_by_name(BCRA_SHEET)
    except OSError:
        raise
    except Exception as error:  # xlrd raises many kinds of errors on corrupt files
        raise BuildError(f"{path}: not a readable com3500 workbook ({error})") from error
    series: dict[str, str] = {}
    for row in range(BCRA_FIRST_ROW, sheet.nrows):
        if sheet.cell_type(row, 2) not in (xlrd.XL_CELL_DATE, xlrd.XL_CELL_NUMBER):
            continue  # blank rows and footnotes
        where = f"{path}: sheet {BCRA_SHEET!r} row {row + 1}"
        if sheet.cell_type(row, 3) != xlrd.XL_CELL_NUMBER:
            raise BuildError(f"{where}: a date without a numeric rate")
        try:
            day = xlrd.xldate_as_datetime(sheet.cell_value(row, 2), book.datemode).date()
        except Exception as error:
            raise BuildError(f"{where}: bad date serial ({error})") from error
        value = float(sheet.cell_value(row, 3))
        if not math.isfinite(value) or value <= 0:
            raise BuildError(f"{where}: rate {value!r} is not positive")
        if day.isoformat() in series:
            raise BuildError(f"{where}: date {day} occurs twice")
        series[day.isoformat()] = repr(value)
    if not series:
        raise BuildError(f"{path}: no dates in sheet {BCRA_SHEET!r}")
    return series


def parse_bcra(csv_path: Path, xls_path: Path, report: Report = print) -> list[Row]:
    """Business-day A3500 rows (ARS per USD) from the Datos Argentina series.

    See the module docstring for the holiday rules and the rounding of float
    noise; the cross-check against the BCRA workbook is printed through
    ``report`` and fails the build on any undocumented difference.
    """
    workbook = read_com3500(xls_path)
    first, last = min(workbook), max(workbook)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        needed = ["indice_tiempo", BCRA_COLUMN, *BCRA_FILL_COLUMNS]
        absent = [name for name in needed if name not in (reader.fieldnames or [])]
        if absent:
            raise BuildError(f"{csv_path}: missing columns {absent}")
        rows: list[Row] = []
        rounded = 0
        previous_day = ""
        previous_value: str | None = None  # A3500 string of the previous kept day
        previous_record: dict[str, str] | None = None  # previous calendar row
        for line, record in enumerate(reader, start=2):
            where = f"{csv_path} line {line}"
            day = _iso_day(record["indice_tiempo"], where)
            if day <= previous_day:
                raise BuildError(f"{where}: dates are not strictly increasing ({day})")
            value = record[BCRA_COLUMN]
            if value:
                _check_decimal(value, where)
                in_workbook = first <= day <= last
                if _weekday(day) and (
                    day in workbook
                    if in_workbook
                    else not _holiday_fill(record, value, previous_value, previous_record)
                ):
                    published = _bcra_value(value)
                    rounded += published != value
                    rows.append(("bcra", "ARS", day, published))
                    previous_value = value
            previous_day, previous_record = day, record
    if not rows:
        raise BuildError(f"{csv_path}: no {BCRA_COLUMN} values")
    # The BCRA's first reference rates, before the portal's series begins.
    earlier = [day for day in sorted(workbook) if day < rows[0][2]]
    if earlier:
        rows[:0] = [("bcra", "ARS", day, workbook[day]) for day in earlier]
        report(f"bcra: {len(earlier)} days before the series taken from com3500.xls: {earlier}")
    if rounded:
        report(f"bcra: {rounded} values with float noise rounded to {BCRA_DECIMALS} decimals")
    _cross_check_bcra(rows, workbook, report)
    return rows


def _weekday(day: str) -> bool:
    return dt.date.fromisoformat(day).weekday() < 5


def _holiday_fill(
    record: dict[str, str],
    value: str,
    previous_value: str | None,
    previous_record: dict[str, str] | None,
) -> bool:
    """Whether a weekday row only carries the previous business day forward."""
    if previous_record is None or value != previous_value:
        return False
    return all(record[name] == previous_record[name] for name in BCRA_FILL_COLUMNS)


def _bcra_value(text: str) -> str:
    """The published four-decimal figure for a series string.

    The BCRA publishes A3500 with at most four decimals; longer strings in the
    portal's export are binary floats written with 17 significant digits
    (``3.7560000000000002``). They are rounded to four decimals and written
    the way the series writes its other values (``3.756``).
    """
    _, _, decimals = text.partition(".")
    if len(decimals) <= BCRA_DECIMALS:
        return text
    return repr(float(Decimal(text).quantize(Decimal(1).scaleb(-BCRA_DECIMALS))))


def _cross_check_bcra(rows: Sequence[Row], workbook: dict[str, str], report: Report) -> None:
    """Compare kept days with the BCRA workbook; fail on anything undocumented."""
    kept = {day: value for _, _, day, value in rows}
    first, last = min(kept), max(kept)
    missing = [day for day in workbook if first <= day <= last and day not in kept]
    if missing:
        raise BuildError(
            f"{len(missing)} BCRA business days have no A3500 value in the series, "
            f"first {missing[0]}"
        )
    shared = [day for day in kept if day in workbook]
    differ = [day for day in shared if Decimal(kept[day]) != Decimal(workbook[day])]
    report(
        f"bcra: {len(shared)} days cross-checked against com3500.xls, {len(differ)} differ"
        + "".join(
            f"; {day}: series {kept[day]}, workbook {workbook[day]} (series kept)" for day in differ
        )
    )
    unexpected = [day for day in differ if day not in BCRA_KNOWN_MISMATCHES]
    if unexpected:
        raise BuildError(
            f"the A3500 series and com3500.xls differ on undocumented days: {unexpected}"
        )


def parse_currency_api(path: Path) -> list[Row]:
    """Fiat and gold/silver rows of the combined exchange-api snapshots.

    The project lists hundreds of crypto tokens and some dead codes next to
    fiat currencies; only codes CLDR calls legal tender on the snapshot's date
    (plus XAU and XAG) are rates fxnorm can vouch for. USD is the base.
    """
    from fxnorm.currencies import active_codes

    active: dict[str, frozenset[str]] = {}
    rows: list[Row] = []
    seen: set[tuple[str, str]] = set()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header != API_HEADER:
            raise BuildError(f"{path}: header is {header}, expected {API_HEADER}")
        for line, record in enumerate(reader, start=2):
            where = f"{path} line {line}"
            if len(record) != len(API_HEADER):
                raise BuildError(f"{where}: {len(record)} fields, expected 3")
            day, code, value = record
            _iso_day(day, where)
            if (day, code) in seen:
                raise BuildError(f"{where}: {code} occurs twice on {day}")
            seen.add((day, code))
            if day not in active:
                active[day] = active_codes(dt.date.fromisoformat(day))
            if code == "USD" or not (code in active[day] or code in API_METALS):
                continue
            if not _FLOAT_REPR.fullmatch(value):
                raise BuildError(f"{where}: {code} value {value!r} is not a number")
            number = float(value)
            if not math.isfinite(number) or number <= 0:
                raise BuildError(f"{where}: {code} value {value!r} is not positive and finite")
            rows.append(("currency-api", code, day, value))
    if not rows:
        raise BuildError(f"{path}: no fiat rates")
    return rows


def _iso_day(text: str, where: str) -> str:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        day = None
    if day is None or day.isoformat() != text:
        raise BuildError(f"{where}: {text!r} is not a YYYY-MM-DD date")
    return text


def _check_decimal(text: str, where: str) -> None:
    if not _DECIMAL.fullmatch(text) or Decimal(text) <= 0:
        raise BuildError(f"{where}: {text!r} is not a positive decimal number")


# --------------------------------------------------------------------------- writer


def write_database(
    output: Path,
    rows: Iterable[FullRow],
    *,
    retrieved: str,
    inputs: dict[str, str],
    built_at: str,
) -> dict[str, str]:
    """Write a fresh dataset to ``output`` atomically and return its ``meta`` table.

    The file is assembled under a temporary name in the same folder and moved
    into place only when complete, so a failed build never leaves a half
    written dataset where the library would find it.
    """
    from fxnorm.data import SCHEMA, rates_checksum

    output.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.executescript(SCHEMA)
            with connection:
                connection.executemany(
                    "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [source.row(retrieved) for source in SOURCES],
                )
                ordered = sorted(rows)
                keys = sorted({row[:4] for row in ordered})
                connection.executemany(
                    "INSERT INTO series(id, source, currency, market, side) VALUES (?, ?, ?, ?, ?)",
                    [(number, *key) for number, key in enumerate(keys, start=1)],
                )
                ids = {key: number for number, key in enumerate(keys, start=1)}
                connection.executemany(
                    "INSERT INTO points(series, day, value) VALUES (?, ?, ?)",
                    [(ids[row[:4]], row[4], row[5]) for row in ordered],
                )
                count = connection.execute("SELECT COUNT(*) FROM points").fetchone()[0]
                meta = {
                    "schema": str(SCHEMA_VERSION),
                    "built_at": built_at,
                    "rates_sha256": rates_checksum(connection),
                    "rows": str(count),
                    "inputs": json.dumps(inputs, sort_keys=True, separators=(",", ":")),
                    "builder": BUILDER,
                }
                connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute("VACUUM")
        finally:
            connection.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except sqlite3.IntegrityError as error:
        raise BuildError(f"inconsistent rows: {error}") from error
    finally:
        temporary.unlink(missing_ok=True)
    return meta


# --------------------------------------------------------------------------- build


def build(
    raw: Path,
    output: Path,
    *,
    retrieved: str,
    report: Report = print,
    validation: Path | None = None,
) -> dict[str, str]:
    """Parse every raw file under ``raw``, write ``output`` and print a summary.

    ``validation``: where to write the cross-checks of overlapping publishers
    (Markdown; ``docs/rates-validation.md`` in the repository).
    """
    for name in REQUIRED_FILES:
        if not (raw / name).is_file():
            raise BuildError(f"missing raw input {raw / name}")
    markets = _markets()
    ecb = _parse(raw / ECB_ZIP, lambda: parse_ecb(raw / ECB_ZIP))
    bcra = _parse(raw / DATOS_CSV, lambda: parse_bcra(raw / DATOS_CSV, raw / BCRA_XLS, report))
    api = _parse(raw / API_CSV, lambda: parse_currency_api(raw / API_CSV))
    try:
        ad = markets.parse_argentinadatos(raw / markets.AD_DIR, report)
        dolarapi = markets.parse_dolarapi(raw / markets.DOLARAPI_CSV, ad.last, report)
        fed = markets.parse_fred(raw / markets.FRED_LONG_CSV, raw / markets.FRED_CSV, report)
        if validation is not None:
            a3500 = {day: value for _, _, day, value in bcra}
            text = markets.validate(raw, ad, dolarapi, a3500, ecb, fed)
    except markets.MarketsError as error:
        raise BuildError(str(error)) from error
    except _INPUT_ERRORS as error:
        detail = str(error).replace("\n", " ") or type(error).__name__
        raise BuildError(f"{raw}: unreadable or corrupt market input ({detail})") from error
    rows: list[FullRow] = [(s, c, "official", "mid", d, v) for s, c, d, v in (*ecb, *bcra, *api)]
    rows += [*ad.rows(), *dolarapi.rows(), *fed]
    inputs = {name: sha256_file(raw / name) for name in INPUT_FILES if (raw / name).is_file()}
    meta = write_database(
        output, rows, retrieved=retrieved, inputs=inputs, built_at=_built_at(retrieved)
    )
    if validation is not None:
        validation.write_text(text, encoding="utf-8")
        report(f"wrote the cross-checks to {validation}")
    for line in summarise(output):
        report(line)
    return meta


def _markets() -> ModuleType:
    """tools/build_markets.py, imported from this script's folder."""
    folder = str(Path(__file__).resolve().parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import build_markets

    return build_markets


_INPUT_ERRORS = (
    OSError,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    struct.error,
    csv.Error,
    zipfile.BadZipFile,
)


def _parse(path: Path, parse: Callable[[], list[Row]]) -> list[Row]:
    """Run a parser, turning the many ways a corrupt file fails into one BuildError."""
    try:
        return parse()
    except BuildError:
        raise
    except _INPUT_ERRORS as error:
        detail = str(error).replace("\n", " ") or type(error).__name__
        raise BuildError(f"{path}: unreadable or corrupt input ({detail})") from error


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes, as recorded in meta.inputs and the raw README."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _built_at(retrieved: str) -> str:
    """SOURCE_DATE_EPOCH if set, else the retrieval day: the same inputs give the same file."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return f"{retrieved}T00:00:00Z"
    try:
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise BuildError(f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix timestamp") from None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def summarise(path: Path) -> list[str]:
    """Short human summary of a built dataset: rows and dates per source, file size."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        per_source = connection.execute(
            "SELECT r.source, COUNT(*), COUNT(DISTINCT r.currency), MIN(r.day), MAX(r.day)"
            " FROM rates r JOIN sources s ON s.id = r.source"
            " GROUP BY r.source ORDER BY MIN(s.priority), r.source"
        ).fetchall()
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()
    lines = [
        f"{source:<14} {rows:>7} rows {codes:>4} currencies  {first}..{last}"
        for source, rows, codes, first, last in per_source
    ]
    lines.append(
        f"wrote {path} ({path.stat().st_size:,} bytes, {meta['rows']} rows, "
        f"rates_sha256 {meta['rates_sha256']})"
    )
    return lines


def stored_checksum(path: Path) -> str:
    """meta.rates_sha256 of a shipped dataset, verified against its rows."""
    from fxnorm.data import rates_checksum

    if not path.is_file():
        raise BuildError(f"no dataset to check at {path}")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            stored = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            actual = rates_checksum(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BuildError(f"{path}: not a readable dataset ({error})") from error
    if stored.get("rates_sha256") != actual:
        raise BuildError(f"{path}: meta.rates_sha256 does not match its own rows")
    return actual


# --------------------------------------------------------------------------- online


@dataclass(frozen=True)
class Endpoints:
    """Where --online downloads from; the currency-api URLs are ``{date}`` templates."""

    ecb: str = ECB_URL
    datos: str = DATOS_URL
    bcra: str = BCRA_URL
    api: str = API_URL
    api_fallback: str = API_FALLBACK_URL


def download_raw(
    raw: Path,
    endpoints: Endpoints,
    api_days: Sequence[dt.date],
    *,
    timeout: float,
    report: Report = print,
) -> None:
    """Fill ``raw`` with the publishers' current files, in the shipped layout."""
    for name, url in (
        (ECB_ZIP, endpoints.ecb),
        (DATOS_CSV, endpoints.datos),
        (BCRA_XLS, endpoints.bcra),
    ):
        _store(raw / name, fetch(url, timeout))
    table, snapshots = fetch_currency_api(endpoints, api_days, timeout=timeout, report=report)
    _store(raw / API_CSV, table)
    _store(raw / API_SNAPSHOTS, snapshots)
    report(f"downloaded the raw files into {raw}")


def fetch(url: str, timeout: float) -> bytes:
    """GET ``url`` with a timeout and an honest User-Agent; BuildError on failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read()
    except urllib.error.HTTPError as error:
        raise BuildError(f"download failed: {url}: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise BuildError(f"download failed: {url}: {error.reason}") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise BuildError(f"download failed: {url}: {error or type(error).__name__}") from None
    return body


def fetch_currency_api(
    endpoints: Endpoints, days: Sequence[dt.date], *, timeout: float, report: Report = print
) -> tuple[bytes, bytes]:
    """Download one ``usd.min.json`` per day; return (usd-daily.csv.gz, snapshots.csv).

    The main CDN is tried first and the project's fallback host second, as the
    project recommends. Days that neither serves (no snapshot was published)
    are skipped with a note. Values are written as Python float reprs, the
    format of the shipped ``usd-daily.csv.gz``.
    """
    snapshots: dict[str, dict[str, float]] = {}
    provenance: list[tuple[str, str, int, str, int]] = []
    skipped = 0
    for day in days:
        body, url, errors = None, "", []
        for template in (endpoints.api, endpoints.api_fallback):
            url = template.format(date=day.isoformat())
            try:
                body = fetch(url, timeout)
                break
            except BuildError as error:
                errors.append(str(error))
        if body is None:
            skipped += 1
            report(f"currency-api: no snapshot for {day} ({errors[-1]})")
            continue
        snapshot_day, values = _api_snapshot(body, url)
        if snapshot_day != day.isoformat():
            report(f"currency-api: {url} holds the snapshot of {snapshot_day}")
        if snapshot_day in snapshots:
            continue
        snapshots[snapshot_day] = values
        digest = hashlib.sha256(body).hexdigest()
        provenance.append((snapshot_day, url, len(values), digest, len(body)))
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


def _api_snapshot(body: bytes, url: str) -> tuple[str, dict[str, float]]:
    """Check one ``{"date": ..., "usd": {code: units_per_usd}}`` document."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BuildError(f"{url}: not JSON ({error})") from None
    if not isinstance(document, dict) or not isinstance(document.get("usd"), dict):
        raise BuildError(f"{url}: no 'usd' object")
    day = _iso_day(str(document.get("date")), url)
    values: dict[str, float] = {}
    for key, value in document["usd"].items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BuildError(f"{url}: {key} is not a number")
        code = str(key).upper()
        if code in values:
            raise BuildError(f"{url}: {code} occurs twice")
        values[code] = float(value)
    return day, values


def _store(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


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


def parse_days(text: str) -> list[dt.date]:
    """``--api-dates``: comma-separated ISO days or inclusive ranges ``START..END``."""
    days: set[dt.date] = set()
    try:
        for item in filter(None, (part.strip() for part in text.split(","))):
            start_text, _, end_text = item.partition("..")
            start = dt.date.fromisoformat(start_text)
            end = dt.date.fromisoformat(end_text) if end_text else start
            if end < start:
                raise ValueError(f"empty range {item}")
            days.update(start + dt.timedelta(days=n) for n in range((end - start).days + 1))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"bad date list {text!r}: {error}") from None
    if not days:
        raise argparse.ArgumentTypeError("no dates given")
    return sorted(days)


# --------------------------------------------------------------------------- command line


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options; URL defaults come from FXNORM_*_URL variables when set."""
    environ = os.environ
    parser = argparse.ArgumentParser(
        prog="build_rates.py",
        description="Build fxnorm/data/rates.sqlite from the raw publisher files.",
    )
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw folder (data/raw)")
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="dataset to write or --check"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild into a temp file and compare rates_sha256 with --output (exit 1 if unequal)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="write the cross-checks of overlapping publishers here (docs/rates-validation.md)",
    )
    parser.add_argument(
        "--retrieved",
        default=RAW_RETRIEVED,
        help=f"day the raw files were obtained, for an offline build (default {RAW_RETRIEVED})",
    )
    online = parser.add_argument_group("online build")
    online.add_argument(
        "--online", action="store_true", help="download the publishers' current files first"
    )
    online.add_argument(
        "--save-raw", type=Path, help="keep the downloaded files in this folder (default: temp)"
    )
    online.add_argument(
        "--api-dates",
        type=parse_days,
        help="currency-api days to fetch: 2025-09-23,2026-01-01..2026-01-31 "
        "(default: the shipped snapshot days, then every day up to today)",
    )
    online.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    for flag, variable, default in (
        ("--ecb-url", "FXNORM_ECB_URL", ECB_URL),
        ("--datos-url", "FXNORM_DATOS_URL", DATOS_URL),
        ("--bcra-url", "FXNORM_BCRA_URL", BCRA_URL),
        ("--currency-api-url", "FXNORM_CURRENCY_API_URL", API_URL),
        ("--currency-api-fallback-url", "FXNORM_CURRENCY_API_FALLBACK_URL", API_FALLBACK_URL),
    ):
        online.add_argument(
            flag, default=environ.get(variable, default), help=f"env {variable}; default {default}"
        )
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Build (or check) from the raw folder, downloading it first with --online."""
    if not args.online:
        return _build_or_check(args.raw, args.output, args.check, args.retrieved, args.report)
    today = dt.datetime.now(dt.timezone.utc).date()
    endpoints = Endpoints(
        ecb=args.ecb_url,
        datos=args.datos_url,
        bcra=args.bcra_url,
        api=args.currency_api_url,
        api_fallback=args.currency_api_fallback_url,
    )
    days = args.api_dates or default_api_days(args.raw, today)
    with tempfile.TemporaryDirectory(prefix="fxnorm-raw-") as scratch:
        raw = args.save_raw or Path(scratch)
        download_raw(raw, endpoints, days, timeout=args.timeout)
        copy_shipped(args.raw, raw)
        return _build_or_check(raw, args.output, args.check, today.isoformat(), args.report)


def copy_shipped(shipped: Path, raw: Path, report: Report = print) -> None:
    """Copy the inputs --online cannot download (:data:`SHIPPED_ONLY`) into ``raw``."""
    for name in SHIPPED_ONLY:
        if not (shipped / name).is_file():
            raise BuildError(f"missing raw input {shipped / name} (it is not downloaded)")
        _store(raw / name, (shipped / name).read_bytes())
    report(f"copied {len(SHIPPED_ONLY)} market and FRED files from {shipped} (not downloaded)")


def _build_or_check(
    raw: Path, output: Path, check: bool, retrieved: str, report: Path | None = None
) -> int:
    if not check:
        build(raw, output, retrieved=retrieved, validation=report)
        return 0
    shipped = stored_checksum(output)
    with tempfile.TemporaryDirectory(prefix="fxnorm-check-") as scratch:
        rebuilt = build(raw, Path(scratch) / output.name, retrieved=retrieved, validation=report)[
            "rates_sha256"
        ]
    if rebuilt != shipped:
        print(f"check: DIFFERENT: {output} has rates_sha256 {shipped}, rebuild gives {rebuilt}")
        return 1
    print(f"check: OK, {output} matches a rebuild from {raw}")
    return 0


def _use_checkout() -> None:
    """Import fxnorm from this checkout even when it is not installed."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: exit status 0 ok, 1 check failed, 2 bad input (one line on stderr)."""
    args = parse_arguments(argv)
    _use_checkout()
    try:
        return run(args)
    except BuildError as error:
        print(f"build_rates.py: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
