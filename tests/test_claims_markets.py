"""Checking a claim against every market of the day (fxnorm/claims/markets.py).

Books are built by hand with round figures, so every expected verdict,
market and deviation is computed here by hand; the checks on the embedded
data (the issue's two sentences of 2023-06-01, and a Reuters figure of 2016)
are in test_cli_markets.py and below, against the published quotes.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import fxnorm
from fxnorm._decimal import CONTEXT
from fxnorm.claims.markets import likely_market
from fxnorm.rates import RateBook
from fxnorm.rates.memory import MemoryStore, make_source

DAY = "2024-01-02"


def book(**street: tuple[str, str]) -> RateBook:
    """A central bank's single official figure (800) and a street feed's markets."""
    rates: dict[str, dict[object, dict[str, str]]] = {
        "central": {"ARS": {DAY: "800"}},
        "street": {},
    }
    for market, (buy, sell) in street.items():
        rates["street"][("ARS", market, "buy")] = {DAY: buy}
        rates["street"][("ARS", market, "sell")] = {DAY: sell}
    sources = [make_source("central", "USD", priority=0), make_source("street", "USD", priority=1)]
    return RateBook([MemoryStore(sources, rates)])


def check(text: str, rates: RateBook) -> fxnorm.ClaimCheck:
    return fxnorm.check(text, on=DAY, book=rates, default_currency="ARS", locale="en")


def test_the_official_rate_answers_when_it_matches() -> None:
    rates = book(blue=("1000", "1020"))
    result = check("80,000 pesos ($100)", rates)
    assert (result.verdict, result.market) == ("consistent", "official")
    assert result.reference is not None and result.reference.value == Decimal("800")
    assert [m.market for m in result.markets] == ["official", "blue"]
    assert result.reason == "consistent with the official rate (800)"


def test_a_claim_at_the_blue_rate_is_consistent_and_says_so() -> None:
    rates = book(blue=("1000", "1020"))
    result = check("101,500 pesos ($100)", rates)  # 1015: inside the blue band
    assert (result.verdict, result.market) == ("consistent", "blue") and result.deviation == 0
    assert result.reference is not None
    assert (result.reference.market, result.reference.side) == ("blue", "sell")
    assert result.reason == (
        "consistent with the blue rate (buy 1000, sell 1020); the official rate was 800"
    )


def test_the_nearest_matching_band_is_the_likely_one() -> None:
    rates = book(blue=("1020", "1030"), mep=("1045", "1045"))
    result = check("about 104,000 pesos ($100)", rates)  # 1040 pesos per dollar
    assert result.verdict == "consistent"
    # Both match (the 1 % slack and the figures' rounding allow 1.49 %): blue's
    # band is 0.97 % off (1040/1030), MEP 0.48 % (1040/1045): MEP is nearer.
    assert [m.market for m in result.markets if m.consistent] == ["blue", "mep"]
    assert result.market == "mep"
    assert result.deviation == CONTEXT.subtract(CONTEXT.divide(Decimal(1040), Decimal(1045)), 1)


def test_nothing_matches_names_the_closest() -> None:
    rates = book(blue=("1000", "1020"))
    result = check("150,000 pesos ($100)", rates)
    assert (result.verdict, result.market) == ("inconsistent", "blue")
    assert result.reason.startswith("closest to the blue rate (buy 1000, sell 1020), +47.06 % off")
    assert result.deviation == CONTEXT.subtract(CONTEXT.divide(Decimal(1500), Decimal(1020)), 1)


def test_a_coarse_market_is_not_tested() -> None:
    """Whole pesos at 14 are a 3.6 % rounding: they cannot decide a claim precise to 0.01 %."""
    sources = [make_source("central", "USD", priority=0), make_source("street", "USD", priority=1)]
    rates = RateBook([
        MemoryStore(
            sources,
            {
                "central": {"ARS": {DAY: "14.0803"}},
                "street": {
                    ("ARS", "blue", "buy"): {DAY: "14"},
                    ("ARS", "blue", "sell"): {DAY: "15"},
                },
            },
        )
    ])  # fmt: skip
    result = check("12.758 billion pesos ($894.4 million)", rates)  # 14.2643, inside 14..15
    assert (result.verdict, result.market) == ("inconsistent", "official")
    (blue,) = [m for m in result.markets if m.market == "blue"]
    assert blue.coarse and not blue.consistent
    assert "too coarsely published to test: the blue rate (buy 14, sell 15)" in result.reason
    assert likely_market([blue]) is None


def test_a_pair_with_one_market_is_checked_as_before() -> None:
    result = fxnorm.check("more than 380 billion yuan ($53 billion)", on="2025-09-24")
    assert result.markets == () and result.market is None
    assert result.to_dict()["markets"] == [] and result.to_dict()["market"] is None


@pytest.mark.parametrize(
    ("text", "market"),
    [("49.000 pesos (unos US$100)", "blue"), ("24.000 pesos (unos US$100)", "official")],
)
def test_the_issues_two_sentences(text: str, market: str) -> None:
    result = fxnorm.check(text, on="2023-06-01", locale="es_AR")
    assert (result.verdict, result.market) == ("consistent", market)


def test_a_reuters_figure_of_2016_stays_inconsistent() -> None:
    """Reuters converted at the end-of-April rate (tests/data/claims_ars.csv); the blue and
    retail rates of that day were published in whole pesos, too coarse to clear it."""
    text = "a primary fiscal deficit of 12.758 billion pesos ($894.4 million) in April"
    result = fxnorm.check(text, on="2016-05-20", locale="en-AR")
    assert (result.verdict, result.market) == ("inconsistent", "official")
    coarse = {m.market for m in result.markets if m.coarse}
    assert coarse == {"retail", "blue"}
