"""Shared test fixtures: where the repository's files are, and the raw ECB data."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

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
