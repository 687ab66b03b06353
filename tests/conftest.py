"""Shared test fixtures: where the repository's files are, and the raw ECB and BCRA data."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"


def read_raw_ecb() -> dict[str, dict[str, Decimal]]:
    """The ECB history file parsed with zipfile + csv only (never through fxnorm).

    Returns ``{date: {currency: units per EUR}}``; ``N/A`` cells are left out.
    """
    with zipfile.ZipFile(RAW / "ecb" / "eurofxref-hist.zip") as archive:
        text = archive.read("eurofxref-hist.csv").decode("utf-8")
    rows = csv.reader(io.StringIO(text))
    header = [name.strip() for name in next(rows)]
    table: dict[str, dict[str, Decimal]] = {}
    for row in rows:
        if not row or not row[0].strip():
            continue
        day = row[0].strip()
        table[day] = {
            code: Decimal(cell.strip())
            for code, cell in zip(header[1:], row[1:], strict=False)
            if code and cell.strip() not in ("", "N/A")
        }
    return table


@pytest.fixture(scope="session")
def raw_ecb() -> dict[str, dict[str, Decimal]]:
    return read_raw_ecb()


def read_raw_a3500() -> dict[str, Decimal]:
    """The BCRA's own com3500.xls, Comunicación "A" 3500 series (ARS per USD),
    read with xlrd only (never through fxnorm): ``{date: value}``."""
    import xlrd as xlrd

    book = xlrd.open_workbook(str(RAW / "ars" / "com3500.xls"))
    sheet = book.sheet_by_name("TCR diario y TCNPM")
    series = {}
    for row in range(4, sheet.nrows):
        if sheet.cell_type(row, 2) == xlrd.XL_CELL_DATE:
            day = xlrd.xldate_as_datetime(sheet.cell_value(row, 2), book.datemode).date()
            series[day.isoformat()] = Decimal(repr(sheet.cell_value(row, 3)))
    return series


@pytest.fixture(scope="session")
def raw_a3500() -> dict[str, Decimal]:
    return read_raw_a3500()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A skipped test is a failed test: this suite has no optional parts (every
    test dependency is in the ``test`` extra), so a skip can only hide one that
    broke. ``xfail`` is not used either."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped tests are not allowed in this suite: {reason}"
