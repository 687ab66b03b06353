"""The two corpus articles: every monetary figure, and both stated conversions.

Expected values were worked out by reading the articles (tests/data/corpus):
each row is (span, text as written, amount, currency, qualifier). Spans are
hard-coded and checked against the file by slicing, so a change in either the
parser or the file shows up here.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from fxnorm.parsing import extract, extract_pairs

CORPUS = Path(__file__).parent / "data" / "corpus"
BLOOMBERG = (CORPUS / "alibaba-ai-spend-bloomberg.txt").read_text(encoding="utf-8")
ARS = (CORPUS / "alibaba-ai-spend-ars.txt").read_text(encoding="utf-8")

B = Decimal("1e9")

# (span, text, amount, currency, qualifier, qualifier_text, precision)
BLOOMBERG_FIGURES = [
    ((163, 174), "$50 billion", 50 * B, "USD", "more_than", "-plus", B),
    ((498, 509), "$4 trillion", Decimal("4e12"), "USD", "approximate", "some", Decimal("1e12")),
    ((653, 669), "380 billion yuan", 380 * B, "CNY", "more_than", "more than", B),
    ((671, 682), "$53 billion", 53 * B, "USD", None, None, B),
    ((2418, 2429), "$32 billion", 32 * B, "USD", None, None, B),
    ((2516, 2527), "$13 billion", 13 * B, "USD", "less_than", "just under", B),
]

ARS_FIGURES = [
    ((300, 310), "25,960 ARS", Decimal(25960), "ARS", None, None, Decimal(1)),
    ((367, 377), "25,640 ARS", Decimal(25640), "ARS", None, None, Decimal(1)),
    ((421, 431), "28,260 ARS", Decimal(28260), "ARS", None, None, Decimal(1)),
    ((518, 527), "380B yuan", 380 * B, "CNY", None, None, B),
    ((792, 808), "380 billion yuan", 380 * B, "CNY", "more_than", "more than", B),
    (
        (976, 990),
        "$52.44 billion",
        Decimal("52.44") * B,
        "USD",
        "approximate",
        "around",
        Decimal("1e7"),
    ),
    ((1825, 1843), "33.40 billion yuan", Decimal("33.40") * B, "CNY", None, None, Decimal("1e7")),
    ((1845, 1858), "$4.67 billion", Decimal("4.67") * B, "USD", None, None, Decimal("1e7")),
    ((2113, 2129), "100 billion yuan", 100 * B, "CNY", "more_than", "more than", B),
    ((2449, 2461), "$3.2 billion", Decimal("3.2") * B, "USD", None, None, Decimal("1e8")),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(BLOOMBERG, BLOOMBERG_FIGURES), (ARS, ARS_FIGURES)],
    ids=["bloomberg", "ars"],
)
def test_every_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    mentions = extract(text, locale="en")
    got = [
        (m.span, m.text, m.amount, m.currency, m.qualifier, m.qualifier_text, m.precision)
        for m in mentions
    ]
    assert got == expected
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text
        if m.qualifier_span is not None:
            assert text[m.qualifier_span[0] : m.qualifier_span[1]] == m.qualifier_text


def test_expected_spans_match_the_files() -> None:
    for text, rows in ((BLOOMBERG, BLOOMBERG_FIGURES), (ARS, ARS_FIGURES)):
        for (start, end), written, *_ in rows:
            assert text[start:end] == written


def test_dollar_figures_are_read_by_locale_not_by_the_ars_context() -> None:
    # The ARS article writes "25,960 ARS" for pesos precisely so that "$" can
    # mean US dollars: the locale decides before the document does.
    dollars = [m for m in extract(ARS) if m.text.startswith("$")]
    assert {m.currency for m in dollars} == {"USD"}
    assert {m.resolved_by for m in dollars} == {"locale"}
    assert all("ARS" in m.alternatives for m in dollars)


def test_explicit_currencies_say_so() -> None:
    by_text = {m.text: m for m in extract(ARS)}
    assert by_text["25,960 ARS"].resolved_by == "code"
    assert by_text["380B yuan"].resolved_by == "name"
    assert by_text["380B yuan"].magnitude_text == "B"
    assert by_text["33.40 billion yuan"].magnitude_text == "billion"


@pytest.mark.parametrize(
    ("text", "source", "stated", "pair_text"),
    [
        (
            BLOOMBERG,
            ("380 billion yuan", 380 * B, "CNY"),
            ("$53 billion", 53 * B, "USD"),
            "380 billion yuan ($53 billion)",
        ),
        (
            ARS,
            ("33.40 billion yuan", Decimal("33.4") * B, "CNY"),
            ("$4.67 billion", Decimal("4.67") * B, "USD"),
            "33.40 billion yuan ($4.67 billion)",
        ),
    ],
    ids=["bloomberg", "ars"],
)
def test_explicit_conversions_are_pairs(
    text: str, source: tuple[object, ...], stated: tuple[object, ...], pair_text: str
) -> None:
    pairs = extract_pairs(text)
    assert len(pairs) == 1
    pair = pairs[0]
    assert (pair.source.text, pair.source.amount, pair.source.currency) == source
    assert (pair.stated.text, pair.stated.amount, pair.stated.currency) == stated
    assert pair.text == pair_text
    assert text[pair.span[0] : pair.span[1]] == pair_text
    # never an accounting negative
    assert pair.stated.amount > 0


def test_qualifier_belongs_to_the_source_figure() -> None:
    pair = extract_pairs(BLOOMBERG)[0]
    assert pair.source.qualifier == "more_than"
    assert pair.source.qualifier_text == "more than"
    assert pair.stated.qualifier is None


@pytest.mark.parametrize(
    "not_money",
    [
        "1 trillion parameters",
        "36.20%",
        "1.91%",
        "Qwen3-Max",
        "DeepSeek-V3.1",
        "Tau2-Bench",
        "2025",
        "2023",
        "September 19",
        "7.8%",
        "15%",
        "26%",
        "30 days",
    ],
)
def test_no_mention_for_what_is_not_money(not_money: str) -> None:
    text = ARS if not_money in ARS else BLOOMBERG
    assert not_money in text
    start = text.index(not_money)
    end = start + len(not_money)
    for m in extract(text):
        assert m.span[1] <= start or m.span[0] >= end, m
    # also with a default currency, which admits bare numbers
    for m in extract(text, default_currency="USD"):
        assert m.span[1] <= start or m.span[0] >= end, m


def test_bare_investment_figure_only_with_default_currency() -> None:
    phrase = "the 380 billion investment"
    assert phrase in BLOOMBERG
    start = BLOOMBERG.index(phrase) + 4
    assert all(m.span[0] != start for m in extract(BLOOMBERG))
    with_default = {m.span[0]: m for m in extract(BLOOMBERG, default_currency="CNY")}
    assert with_default[start].amount == 380 * B
    assert with_default[start].currency == "CNY"
    assert with_default[start].resolved_by == "default"
