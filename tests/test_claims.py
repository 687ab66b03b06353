"""Claim-checking semantics on small, fully known rate books.

Every expected verdict is worked out here with fractions.Fraction from the
figures of the claim and the rates of the book (never through fxnorm's
Decimal code): implied rate = source / stated; rounding interval = each
figure ± half its stated precision (± a whole unit of it when the figure is
approximate); consistent when the reference lies in that interval widened by
the slack; imprecise when the interval is wider than ±10 %.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from fxnorm.claims import DEFAULT_SLACK, check, check_text
from fxnorm.errors import InvalidInputError, ParseError
from fxnorm.rates import RateBook
from fxnorm.rates.memory import MemoryStore, make_source

DEMO = make_source("demo", "USD", publisher="Demo Bank")


def book_with(rates: dict[str, dict[str, str]]) -> RateBook:
    return RateBook([MemoryStore([DEMO], {"demo": rates})])


@pytest.fixture
def book() -> RateBook:
    # CNY and JPY per USD; weekdays of one week of September 2025.
    days = ["2025-09-22", "2025-09-23", "2025-09-24", "2025-09-25", "2025-09-26"]
    return book_with(
        {
            "CNY": dict.fromkeys(days, "7.1271"),
            "JPY": dict.fromkeys(days, "148.90"),
        }
    )


def close(value: Decimal | None, expected: Fraction) -> bool:
    """Equal to 30 significant digits (fxnorm computes with 34)."""
    assert value is not None
    return abs(Fraction(value) - expected) <= abs(expected) / 10**30


def interval(
    source: Fraction, source_q: Fraction, stated: Fraction, stated_q: Fraction
) -> tuple[Fraction, Fraction]:
    return (source - source_q / 2) / (stated + stated_q / 2), (source + source_q / 2) / (
        stated - stated_q / 2
    )


def test_consistent_claim_reports_its_numbers(book: RateBook) -> None:
    r = check("Alibaba will spend 380 billion yuan ($53 billion)", on="2025-09-24", book=book)
    assert r.verdict == "consistent" and r.consistent
    assert close(r.implied_rate, Fraction(380, 53))
    low, high = interval(Fraction(380), Fraction(1), Fraction(53), Fraction(1))
    assert close(r.implied_low, low) and close(r.implied_high, high)
    assert r.reference is not None and r.reference.value == Decimal("7.1271")
    assert r.reference.source == "demo" and r.reference.date == dt.date(2025, 9, 24)
    expected_deviation = Fraction(380, 53) / Fraction(Decimal("7.1271")) - 1
    assert abs(Fraction(r.deviation) - expected_deviation) < Fraction(1, 10**25)  # type: ignore[arg-type]
    assert r.slack == DEFAULT_SLACK


def test_inconsistent_when_outside_rounding_plus_slack(book: RateBook) -> None:
    # 380/50 = 7.6; interval 379.5/50.5 .. 380.5/49.5 = 7.515..7.687, ±1 % → 7.44..7.76
    r = check("380 billion yuan ($50 billion)", on="2025-09-24", book=book)
    assert r.verdict == "inconsistent"
    assert "deviation" in r.reason and "tolerance" in r.reason


def test_slack_decides_at_the_margin() -> None:
    # Interval of 7.2 billion CNY ($1.000 billion): 7.15/1.0005 .. 7.25/0.9995 → 7.146..7.254.
    low, _ = interval(Fraction(72, 10), Fraction(1, 10), Fraction(1000, 1000), Fraction(1, 1000))
    reference = low * Fraction(995, 1000)  # 0.5 % below the interval: inside 1 % slack only
    book = book_with({"CNY": {"2025-09-24": f"{float(reference):.6f}"}})
    claim = "7.2 billion yuan ($1.000 billion)"
    assert check(claim, on="2025-09-24", book=book).verdict == "consistent"
    assert check(claim, on="2025-09-24", book=book, slack="0").verdict == "inconsistent"
    assert check(claim, on="2025-09-24", book=book, slack="0.004").verdict == "inconsistent"


def test_approximate_qualifier_widens_in_proportion_to_the_stated_precision() -> None:
    # "$10.0 billion" is 9.95..10.05 billion; "about $10.0 billion" 9.9..10.1 (a whole unit
    # of its last digit). A reference between the two lower limits (less the 1 % slack)
    # is inconsistent with the plain claim and consistent with the approximate one.
    plain_low, plain_high = interval(Fraction(72), Fraction(1), Fraction(10), Fraction(1, 10))
    about_low, about_high = interval(Fraction(72), Fraction(1), Fraction(10), Fraction(2, 10))
    reference = (plain_low + about_low) / 2 * Fraction(99, 100)
    book = book_with({"CNY": {"2025-09-24": f"{float(reference):.6f}"}})
    plain = check("72 billion yuan ($10.0 billion)", on="2025-09-24", book=book)
    about = check("72 billion yuan (about $10.0 billion)", on="2025-09-24", book=book)
    assert plain.verdict == "inconsistent" and about.verdict == "consistent"
    assert close(plain.implied_low, plain_low) and close(plain.implied_high, plain_high)
    assert close(about.implied_low, about_low) and close(about.implied_high, about_high)
    assert any("approximate" in note for note in about.qualifiers)
    for result in (plain, about):  # the reported numbers agree with the verdict
        assert result.deviation is not None and result.tolerance is not None
        assert (abs(result.deviation) <= result.tolerance) == result.consistent


def test_approximate_four_digit_figure_is_not_widened_by_two_points() -> None:
    # "around $52.44 billion" is 52.43..52.45 billion: a test of ±0.03 %, not ±2 %.
    book = book_with({"CNY": {"2025-02-24": "7.2500"}})
    r = check("380 billion yuan (around $52.44 billion)", on="2025-02-24", book=book)
    low, high = interval(Fraction(380), Fraction(1), Fraction(5244, 100), Fraction(2, 100))
    assert close(r.implied_low, low) and close(r.implied_high, high)
    implied = Fraction(380) / Fraction(5244, 100)
    assert close(r.width, max(high / implied - 1, 1 - low / implied))
    assert r.width is not None and r.width < Decimal("0.002")


def test_bound_qualifier_is_compared_as_stated(book: RateBook) -> None:
    r = check("more than 380 billion yuan ($53 billion)", on="2025-09-24", book=book)
    plain = check("380 billion yuan ($53 billion)", on="2025-09-24", book=book)
    assert r.verdict == plain.verdict == "consistent"
    assert r.tolerance == plain.tolerance
    assert (
        r.qualifiers and "more than" in r.qualifiers[0] and "compared as stated" in r.qualifiers[0]
    )


def test_unverifiable_names_the_coverage(book: RateBook) -> None:
    r = check("380 billion yuan ($53 billion)", on="2024-01-10", book=book)
    assert r.verdict == "unverifiable" and "2025-09-22" in r.reason
    assert r.implied_rate is not None and r.reference is None


def test_ambiguous_currency_lists_each_reading(book: RateBook) -> None:
    r = check("¥1.2 billion ($8.1 million)", on="2025-09-24", book=book)
    assert r.verdict == "ambiguous"
    readings = {(x.source_currency, x.stated_currency): x.verdict for x in r.readings}
    # 1.2e9/8.1e6 = 148.1 per USD: JPY (148.90) fits, CNY (7.13) does not.
    assert readings[("JPY", "USD")] == "consistent"
    assert readings[("CNY", "USD")] == "inconsistent"
    resolved = check(
        "¥1.2 billion ($8.1 million)", on="2025-09-24", book=book, default_currency="JPY"
    )
    assert resolved.verdict == "consistent"


def test_no_pair_is_a_parse_error(book: RateBook) -> None:
    with pytest.raises(ParseError, match="no stated conversion"):
        check("Alibaba will spend 380 billion yuan over three years", on="2025-09-24", book=book)


def test_bad_slack(book: RateBook) -> None:
    with pytest.raises(InvalidInputError, match="slack"):
        check("380 billion yuan ($53 billion)", on="2025-09-24", book=book, slack="2")


def test_date_inference_groups_runs_in_date_order() -> None:
    # 7.60 matches "380 billion yuan ($50 billion)" (interval 7.515..7.687); 7.10 does not.
    values = {
        "2025-01-06": "7.60",
        "2025-01-07": "7.60",
        "2025-01-08": "7.10",
        "2025-03-03": "7.55",
        "2025-03-04": "7.65",
        "2025-03-05": "7.10",
        "2025-06-02": "7.10",
        "2025-06-03": "7.60",
    }
    book = book_with({"CNY": values})
    r = check("380 billion yuan ($50 billion)", on="2025-06-03", book=book, infer_dates=True)
    assert r.verdict == "consistent"
    assert r.matching_dates is not None
    assert [(m.start.isoformat(), m.end.isoformat()) for m in r.matching_dates] == [
        ("2025-01-06", "2025-01-07"),
        ("2025-03-03", "2025-03-04"),
        ("2025-06-03", "2025-06-03"),
    ]
    # The best day of a run is the one whose rate is closest to the implied 7.6.
    devs = {d: abs(Fraction(76, 10) / Fraction(Decimal(v)) - 1) for d, v in values.items()}
    assert r.matching_dates[1].best.isoformat() == min(
        ("2025-03-03", "2025-03-04"), key=devs.__getitem__
    )


def test_without_any_date_the_claim_is_undated_with_its_dates() -> None:
    book = book_with({"CNY": {"2025-01-06": "7.10", "2025-01-07": "7.60", "2025-01-08": "7.10"}})
    r = check("380 billion yuan ($50 billion)", book=book)
    assert r.verdict == "undated" and r.requested_date is None and r.reference is None
    assert r.date_basis.kind == "none" and r.deviation is None
    assert r.matching_dates is not None
    assert [(m.start, m.end) for m in r.matching_dates] == [(dt.date(2025, 1, 7),) * 2]
    never = check("380 billion yuan ($40 billion)", book=book)
    assert never.verdict == "inconsistent" and never.matching_dates == ()


def test_a_year_in_the_text_is_the_window_and_the_best_day_answers() -> None:
    # 380/50 = 7.6: it holds on 2025-01-07 only; the text says 2025, so 2025 is judged.
    values = {"2024-06-03": "7.60", "2025-01-06": "7.10", "2025-01-07": "7.62", "2025-01-08": "7.1"}
    book = book_with({"CNY": values})
    r = check("In 2025 it will spend 380 billion yuan ($50 billion)", book=book)
    assert r.date_basis.kind == "inferred" and r.date_basis.start == dt.date(2025, 1, 1)
    assert [p.text for p in r.date_basis.phrases] == ["In 2025"]
    assert r.verdict == "consistent" and r.checked_on == dt.date(2025, 1, 7)
    assert r.held_days == (1, 3)
    assert r.reference is not None and r.reference.value == Decimal("7.62")


def test_check_text_checks_every_pair_and_lists_the_rest(book: RateBook) -> None:
    text = (
        "Sales rose to 33.40 billion yuan ($4.67 billion). It spent 380 billion yuan "
        "($50 billion) and holds 12 billion yuan in cash."
    )
    report = check_text(text, on="2025-09-24", to="USD", book=book)
    assert [c.verdict for c in report.checks] == ["consistent", "inconsistent"]
    assert report.counts == {"consistent": 1, "inconsistent": 1}
    assert report.summary.startswith("2 checked: 1 consistent, 1 inconsistent")
    (other,) = report.mentions
    assert other.mention.text == "12 billion yuan" and other.currency == "USD"
    expected = Fraction(12 * 10**9) / Fraction(Decimal("7.1271"))
    assert abs(Fraction(other.converted) - expected) < Fraction(1, 10**15)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("on", "to", "reason"),
    [
        ("2025-09-24", None, "not converted: no target currency given"),
        (None, "USD", "not converted: no date given"),
    ],
)
def test_a_figure_left_unconverted_says_what_was_missing(
    book: RateBook, on: str | None, to: str | None, reason: str
) -> None:
    report = check_text("It holds 12 billion yuan in cash.", on=on, to=to, book=book)
    (other,) = report.mentions
    assert other.converted is None and other.reason == reason
