"""Table-driven test over real strings (tests/data/real_strings.tsv).

Each row is a string as published (news, filings, shop prices; the source
column names the publication or the kind of text), the locale it is read in,
the expected amount and the expected currency: an ISO code, ``A|B|…`` when the
currency must stay unresolved with at least those alternatives, or ``-`` for a
bare number. Expected amounts are the published figure, worked out by hand
(``36 mil 153 millones`` is 36,153 million; ``442億9,600万円`` is 44,296 million
yen). :func:`fxnorm.parsing.parse` must return that figure as the first
monetary expression of the string.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from fxnorm.parsing import extract, parse

TABLE = Path(__file__).parent / "data" / "real_strings.tsv"


def _rows() -> list[tuple[str, str, str, str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(r["text"], r["locale"], r["amount"], r["currency"], r["source"]) for r in reader]


ROWS = _rows()


def test_table_is_large_and_varied() -> None:
    assert len(ROWS) >= 300
    locales = {row[1].split("_")[0] for row in ROWS}
    assert {"en", "es", "pt", "fr", "de", "zh", "ja"} <= locales
    assert {"es_AR", "es_MX", "pt_BR", "en_IN"} <= {row[1] for row in ROWS}
    assert all(row[4].strip() for row in ROWS), "every row names its source"


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "source"),
    ROWS,
    ids=[f"{i}-{row[1]}" for i, row in enumerate(ROWS)],
)
def test_real_string(text: str, locale: str, amount: str, currency: str, source: str) -> None:
    mention = parse(text, locale=locale)
    assert mention.amount == Decimal(amount), (text, mention)
    if currency == "-":
        assert mention.currency is None and mention.alternatives == ()
    elif "|" in currency:
        assert mention.currency is None, mention
        assert set(currency.split("|")) <= set(mention.alternatives)
    else:
        assert mention.currency == currency, (text, mention)
    assert text[mention.span[0] : mention.span[1]] == mention.text


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "source"),
    [row for row in ROWS if row[3] != "-"],
)
def test_extract_finds_it_too(
    text: str, locale: str, amount: str, currency: str, source: str
) -> None:
    found = [(m.amount, m.currency) for m in extract(text, locale=locale)]
    expected = None if "|" in currency else currency
    assert (Decimal(amount), expected) in found
