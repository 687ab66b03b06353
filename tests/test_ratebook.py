"""RateBook on small in-memory stores: policies, staleness, cross rates, priorities.

Expected values are computed here with fractions.Fraction from the published
figures, independently of fxnorm's Decimal code. The figures are real ECB
reference rates of 19–24 September 2025, copied from the ECB's
eurofxref-hist.csv (data/raw/ecb/), and BCRA A3500 values of March 2025.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from fractions import Fraction

import pytest

from fxnorm.errors import (
    InvalidInputError,
    RateNotFoundError,
    StaleRateError,
    UnknownCurrencyError,
)
from fxnorm.rates import RateBook
from fxnorm.rates.memory import MemoryStore, make_source

ECB = make_source("ecb", "EUR", priority=0, publisher="European Central Bank")
BCRA = make_source("bcra", "USD", priority=1, publisher="BCRA")
AGG = make_source("agg", "USD", priority=2, publisher="Aggregator", kind="aggregator")

ECB_RATES = {
    "USD": {
        "2025-09-19": "1.1736",
        "2025-09-22": "1.1781",
        "2025-09-23": "1.1793",
        "2025-09-24": "1.1756",
    },
    "CNY": {
        "2025-09-19": "8.351",
        "2025-09-22": "8.3788",
        "2025-09-23": "8.3869",
        "2025-09-24": "8.3786",
    },
}
BCRA_RATES = {"ARS": {"2025-03-27": "1072.2917", "2025-03-28": "1072.2917"}}
AGG_RATES = {
    "ARS": {"2025-09-23": "1410.1681"},
    "CNY": {"2025-09-23": "7.111677"},
    "EUR": {"2025-09-23": "0.846168"},
}


@pytest.fixture
def book() -> RateBook:
    store = MemoryStore([ECB, BCRA, AGG], {"ecb": ECB_RATES, "bcra": BCRA_RATES, "agg": AGG_RATES})
    return RateBook([store])


def frac(text: str) -> Fraction:
    return Fraction(Decimal(text))


def close(value: Decimal, expected: Fraction, digits: int = 30) -> bool:
    return abs(Fraction(value) - expected) <= abs(expected) * Fraction(1, 10**digits)


def test_published_value_is_kept_exactly(book: RateBook) -> None:
    q = book.quote("EUR", "CNY", on="2025-09-24")
    assert q.value == Decimal("8.3786") and str(q.value) == "8.3786"
    assert q.method == "published" and q.source == "ecb" and not q.derived
    assert q.publisher == "European Central Bank"


def test_cross_rate_through_the_base_reports_both_legs(book: RateBook) -> None:
    q = book.quote("CNY", "USD", on="2025-09-24")
    assert close(q.value, frac("1.1756") / frac("8.3786"))
    assert q.method == "cross" and q.derived
    assert [(leg.base, leg.quote, leg.value) for leg in q.legs] == [
        ("EUR", "CNY", Decimal("8.3786")),
        ("EUR", "USD", Decimal("1.1756")),
    ]
    assert q.date == q.requested_date == dt.date(2025, 9, 24)


def test_inverse(book: RateBook) -> None:
    q = book.quote("USD", "EUR", on="2025-09-24")
    assert close(q.value, 1 / frac("1.1756")) and q.method == "inverse"


def test_previous_policy_uses_last_publication_and_says_so(book: RateBook) -> None:
    q = book.quote("EUR", "USD", on="2025-09-21")  # a Sunday
    assert q.date == dt.date(2025, 9, 19) and q.requested_date == dt.date(2025, 9, 21)
    assert q.value == Decimal("1.1736") and q.age_days == 2


def test_exact_policy_refuses_a_day_without_publication(book: RateBook) -> None:
    with pytest.raises(StaleRateError) as caught:
        book.quote("EUR", "USD", on="2025-09-21", policy="exact")
    assert caught.value.nearest_before == dt.date(2025, 9, 19)
    assert caught.value.nearest_after == dt.date(2025, 9, 22)
    assert "2025-09-19" in str(caught.value) and "2025-09-22" in str(caught.value)


def test_nearest_policy_picks_the_closer_side(book: RateBook) -> None:
    assert book.quote("EUR", "USD", on="2025-09-21", policy="nearest").date == dt.date(2025, 9, 22)
    assert book.quote("EUR", "USD", on="2025-09-20", policy="nearest").date == dt.date(2025, 9, 19)


def test_interpolate_policy_is_linear_between_publications(book: RateBook) -> None:
    q = book.quote("EUR", "USD", on="2025-09-21", policy="interpolate")
    low, high = frac("1.1736"), frac("1.1781")
    assert close(q.value, low + (high - low) * Fraction(2, 3))
    assert q.method == "interpolated" and [leg.date.day for leg in q.legs] == [19, 22]


def test_staleness_limit(book: RateBook) -> None:
    assert book.quote("EUR", "USD", on="2025-09-29").date == dt.date(2025, 9, 24)  # 5 days
    with pytest.raises(RateNotFoundError, match=re.escape("ecb covers 2025-09-19..2025-09-24")):
        book.quote("EUR", "USD", on="2025-10-10")
    assert book.quote("EUR", "USD", on="2025-10-10", max_age=20).date == dt.date(2025, 9, 24)


def test_before_coverage(book: RateBook) -> None:
    with pytest.raises(RateNotFoundError, match=re.escape("ecb covers 2025-09-19..2025-09-24")):
        book.quote("EUR", "USD", on="2020-01-01")


def test_official_source_first_then_the_aggregator(book: RateBook) -> None:
    official = book.quote("USD", "ARS", on="2025-03-28")
    assert official.source == "bcra" and official.value == Decimal("1072.2917")
    later = book.quote("USD", "ARS", on="2025-09-23")  # after BCRA's series ends
    assert later.source == "agg" and later.value == Decimal("1410.1681")


def test_single_official_source_beats_the_aggregator_for_the_same_pair(book: RateBook) -> None:
    assert book.quote("CNY", "EUR", on="2025-09-23").source == "ecb"


def test_cross_source_composite_value() -> None:
    store = MemoryStore([ECB, BCRA], {"ecb": ECB_RATES, "bcra": {"ARS": {"2025-09-24": "1350"}}})
    q = RateBook([store]).quote("CNY", "ARS", on="2025-09-24")
    assert q.source == "ecb+bcra" and q.publisher == "European Central Bank / BCRA"
    expected = frac("1.1756") / frac("8.3786") * frac("1350")
    assert close(q.value, expected)
    assert [leg.source for leg in q.legs] == ["ecb", "bcra"]


def test_source_restriction(book: RateBook) -> None:
    q = book.quote("EUR", "CNY", on="2025-09-23", source="agg")
    assert q.source == "agg" and close(q.value, frac("7.111677") / frac("0.846168"))
    with pytest.raises(InvalidInputError, match="unknown source"):
        book.quote("EUR", "CNY", on="2025-09-23", source="nope")


def test_unknown_and_uncovered_currencies(book: RateBook) -> None:
    with pytest.raises(UnknownCurrencyError) as caught:
        book.quote("XYZ", "USD", on="2025-09-24")
    assert "did you mean" not in str(caught.value) or caught.value.suggestions
    with pytest.raises(RateNotFoundError, match="JPY: no source"):
        book.quote("JPY", "USD", on="2025-09-24")


def test_dates_in_many_forms(book: RateBook) -> None:
    for form in (
        "2025-09-24",
        "24 Sep 2025",
        "September 24, 2025",
        dt.date(2025, 9, 24),
        dt.datetime(2025, 9, 24, 15, 30),
    ):
        assert book.quote("EUR", "USD", on=form).date == dt.date(2025, 9, 24)


def test_bad_options(book: RateBook) -> None:
    with pytest.raises(InvalidInputError):
        book.quote("EUR", "USD", on="2025-09-24", policy="whenever")
    with pytest.raises(InvalidInputError):
        book.quote("EUR", "USD", on="2025-09-24", max_age=-1)


def test_identity(book: RateBook) -> None:
    q = book.quote("usd", "USD", on="2025-09-24")
    assert q.value == 1 and q.method == "identity"


def test_later_store_fills_dates_the_first_lacks() -> None:
    first = MemoryStore([ECB], {"ecb": {"USD": {"2025-09-23": "1.1793"}}}, name="embedded")
    second = MemoryStore(
        [ECB], {"ecb": {"USD": {"2025-09-23": "9", "2025-09-24": "1.1756"}}}, name="cache"
    )
    book = RateBook([first, second])
    assert book.quote("EUR", "USD", on="2025-09-23").value == Decimal("1.1793")
    newer = book.quote("EUR", "USD", on="2025-09-24")
    assert newer.value == Decimal("1.1756") and newer.origin == "cache"


def test_coverage(book: RateBook) -> None:
    by_id = {c.source.id: c for c in book.coverage()}
    assert list(by_id) == ["ecb", "bcra", "agg"]
    assert by_id["ecb"].currencies == ("CNY", "EUR", "USD")
    assert by_id["bcra"].first == dt.date(2025, 3, 27) and by_id["bcra"].last == dt.date(
        2025, 3, 28
    )


def test_public_names_are_exported() -> None:
    import fxnorm

    for name in fxnorm.__all__:
        assert getattr(fxnorm, name) is not None
