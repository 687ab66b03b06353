"""Real published conversions between Argentine pesos and dollars, checked
against the BCRA's official rate.

Every row of ``tests/data/claims_ars.csv`` is a sentence as Reuters or Dow
Jones published it, with its publication date and address. The reference for
pesos per dollar is the BCRA's Comunicación "A" 3500 rate (the embedded
``bcra`` series); each reference value is re-derived here from the BCRA's own
``com3500.xls`` read with xlrd (``raw_a3500`` in conftest), never through
fxnorm. The ``expected`` column is what we found by reading each claim
against that rate; the one ``inconsistent`` row is a writer who converted at
an older rate, as the note quotes, and the ``imprecise`` one states a
one-digit figure (``$1 billion``) that cannot test a rate, though it holds
taken as exact.

``pesos`` alone names a dozen currencies: each row says how a reader who knows
the text is about Argentina tells fxnorm so (locale ``en-AR``, or
``default_currency='ARS'`` in a Portuguese text).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

import fxnorm

CLAIMS = Path(__file__).resolve().parent / "data" / "claims_ars.csv"
COLUMNS = ["text", "date", "source", "locale", "default_currency", "expected", "note"]


@dataclass(frozen=True)
class Claim:
    text: str
    date: str
    source: str
    locale: str
    default_currency: str
    expected: str
    note: str


def _load() -> list[Claim]:
    with CLAIMS.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return [Claim(**row) for row in reader]


ROWS = _load()


def test_claims_are_real_and_varied() -> None:
    assert len(ROWS) >= 5
    assert {row.expected for row in ROWS} == {"consistent", "inconsistent", "imprecise"}
    for row in ROWS:
        assert row.source.split(", ")[-1].startswith("http"), row.text
        if row.expected == "inconsistent":
            assert len(row.note) > 30  # says why the writer is off


@pytest.mark.parametrize("row", ROWS, ids=[row.date for row in ROWS])
def test_published_ars_claim(row: Claim, raw_a3500: dict[str, Decimal]) -> None:
    result = fxnorm.check(
        row.text, on=row.date, locale=row.locale, default_currency=row.default_currency or None
    )
    assert result.verdict == row.expected, result.reason
    if row.expected == "imprecise":
        assert result.exact_verdict == "consistent"
        assert result.width is not None and result.width > Decimal("0.10")
    assert result.pair is not None
    assert (result.pair.source.currency, result.pair.stated.currency) == ("ARS", "USD")
    reference = result.reference
    assert reference is not None and reference.source == "bcra"
    day = dt.date.fromisoformat(row.date)
    assert day - dt.timedelta(days=4) <= reference.date <= day  # policy "previous"
    # Independently: pesos per dollar as the BCRA published them that day.
    published = raw_a3500[reference.date.isoformat()]
    assert reference.value == published
    assert result.deviation is not None and result.implied_rate is not None
    assert abs(result.deviation - (result.implied_rate / published - 1)) < Decimal("1e-12")


@pytest.mark.parametrize("row", ROWS, ids=[row.date for row in ROWS])
def test_without_the_readers_hint_pesos_stay_ambiguous(row: Claim) -> None:
    """Without en-AR or default_currency, fxnorm does not guess which pesos."""
    language = row.locale.split("-")[0]
    result = fxnorm.check(row.text, on=row.date, locale=language)
    assert result.verdict == "ambiguous"
    assert result.pair is not None and "ARS" in result.pair.source.alternatives
