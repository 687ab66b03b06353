"""Reading the raw files of the ECB, the BCRA and currency-api into dataset rows.

The rules (``tools/build_rates.py`` has the overview):

``ecb`` (base EUR)
    Every cell of ``eurofxref-hist.csv`` inside the ECB zip, read by fxnorm's
    own ECB parser (:func:`fxnorm.rates.sources.ecb.parse_zip`, the one the
    online source uses), ``N/A`` skipped, value strings untouched (``7.9620``
    stays ``7.9620``). Legacy columns (CYP, ROL, TRL ...) are kept; every
    column must be a code CLDR knows, and every value a positive decimal.

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
    The kept days are cross-checked against the workbook by
    ``rates_validate.py``.

``currency-api`` (base USD)
    Snapshots of the exchange-api project, one row per snapshot date and
    code, kept by fxnorm's own rule for the online source
    (:func:`fxnorm.rates.sources.currency_api.tender_rows`): only codes that
    CLDR lists as legal tender somewhere on that date, plus XAU and XAG; no
    crypto tokens, no legacy codes, never USD. The values are the JSON float
    reprs as written in the raw file.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import math
import re
from decimal import Decimal
from pathlib import Path

from rates_raw import API_HEADER, BuildError, Report

from fxnorm.rates.sources.base import Row, iso_day
from fxnorm.rates.sources.currency_api import tender_rows
from fxnorm.rates.sources.ecb import parse_zip

__all__ = [
    "BCRA_COLUMN",
    "BCRA_DECIMALS",
    "bcra_value",
    "parse_bcra",
    "parse_currency_api",
    "parse_ecb",
    "read_com3500",
]

BCRA_COLUMN = "tipo_cambio_a3500"
#: Other same-day price quotes in the series; a holiday fill repeats them too.
BCRA_FILL_COLUMNS = ("tipo_cambio_bna_vendedor", "tipo_cambio_mae")
BCRA_SHEET = "TCR diario y TCNPM"
BCRA_FIRST_ROW = 4  # zero-based: dates start on sheet row 5
BCRA_DECIMALS = 4

#: A published decimal as the ECB and the BCRA series write it.
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def parse_ecb(path: Path) -> list[Row]:
    """Rows of the ECB history zip: every non-``N/A`` cell, value string as written.

    The ECB is the preferred source, so nothing is dropped silently: an
    unknown column code, a duplicate date or a malformed value stops the build.
    """
    from fxnorm.currencies import all_codes

    table = parse_zip(path.read_bytes(), str(path))
    codes = {code for rates in table.values() for code in rates}
    unknown = sorted(code for code in codes if code not in all_codes() or code == "EUR")
    if unknown:
        raise BuildError(f"{path}: columns that are not CLDR currency codes: {unknown}")
    rows: list[Row] = []
    for day, rates in table.items():
        for code, value in rates.items():
            _check_decimal(value, f"{path} {day} {code}")
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


def parse_bcra(csv_path: Path, workbook: dict[str, str], report: Report = print) -> list[Row]:
    """Business-day A3500 rows (ARS per USD) from the Datos Argentina series.

    ``workbook`` is :func:`read_com3500`'s; see the module docstring for the
    holiday rules and the rounding of float noise.
    """
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
                    published = bcra_value(value)
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


def bcra_value(text: str) -> str:
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


def parse_currency_api(path: Path) -> list[Row]:
    """Fiat and gold/silver rows of the combined exchange-api snapshots.

    The project lists hundreds of crypto tokens and some dead codes next to
    fiat currencies; only codes CLDR calls legal tender on the snapshot's date
    (plus XAU and XAG) are rates fxnorm can vouch for. USD is the base.
    """
    by_day: dict[str, dict[str, str]] = {}
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
            values = by_day.setdefault(_iso_day(day, where), {})
            if code in values:
                raise BuildError(f"{where}: {code} occurs twice on {day}")
            values[code] = value
    rows = [row for day, values in by_day.items() for row in tender_rows(values, day, str(path))]
    if not rows:
        raise BuildError(f"{path}: no fiat rates")
    return rows


def _iso_day(text: str, where: str) -> str:
    """fxnorm's ISO day check, failing the build."""
    try:
        return iso_day(text, where)
    except OSError as error:  # SourceUnavailableError
        raise BuildError(str(error)) from None


def _check_decimal(text: str, where: str) -> None:
    if not _DECIMAL.fullmatch(text) or Decimal(text) <= 0:
        raise BuildError(f"{where}: {text!r} is not a positive decimal number")
