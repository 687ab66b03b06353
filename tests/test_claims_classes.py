"""Classes of claims fact-checkers met with ``fxnorm check``: what the figures allow.

Every expected figure is computed here from the text (its digits, read by hand)
and from the raw ECB file (``raw_ecb``: zipfile + csv only, never through
fxnorm), as in tests/test_claims_dates.py.

1. The unit side of a stated rate is exact: ``1ドル=約111円``, ``USD1.00 =
   CNY6.9533``, ``1欧元约合7.85元人民币``; a real one, ``根据2020年1月7日汇率,
   1欧元=7.797人民币`` (https://xialuotejs.com/a/127371.html). The width
   comes from the other figure alone.
2. Two ranges are compared end to end: ``10億至20億美元(約78億至156億元)``
   (Hong Kong dollars, pegged near 7.8 per US dollar).
3. A month of a relative year is that month: ``昨年10月``, ``去年10月``, ``작년
   10월``, ``last October``, ``October last year``; a real one, Kyodo's
   ``昨年10月21日に付けた1ドル=151円94銭`` (published 2023-11-13,
   https://nordot.app/1096704725298774822).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import fxnorm
from fxnorm.cli import main
from fxnorm.parsing.dates import extract_dates

SLACK = Decimal("0.01")
ONE = Decimal(1)


def per_eur(raw_ecb: dict[str, dict[str, Decimal]], day: str, code: str) -> Decimal:
    return Decimal(1) if code == "EUR" else raw_ecb[day][code]


def rate(raw_ecb: dict[str, dict[str, Decimal]], day: str, source: str, stated: str) -> Decimal:
    """Units of ``source`` per one ``stated`` on ``day``, from the raw ECB file."""
    return per_eur(raw_ecb, day, source) / per_eur(raw_ecb, day, stated)


def close(value: Decimal | None, expected: Decimal) -> bool:
    """Equal to 20 significant digits (fxnorm computes with 34, this module with 28)."""
    return value is not None and abs(value / expected - 1) < Decimal("1e-20")


def width_of(implied: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(high / implied - 1, 1 - low / implied)


def holds(reference: Decimal, low: Decimal, high: Decimal) -> bool:
    return low * (1 - SLACK) <= reference <= high * (1 + SLACK)


# -- 1. the unit side of a stated rate ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "day", "source", "stated", "amount", "half"),
    [
        # "約111円": approximate, a whole unit of its last digit: 110 to 112 yen.
        ("1ドル=約111円", "ja", "2019-03-01", "USD", "JPY", "111", "1"),
        # "6.9533": half a unit of its last digit.
        ("USD1.00 = CNY6.9533", "en", "2023-03-01", "USD", "CNY", "6.9533", "0.00005"),
        ("$1 = 143.4300 엔", "ko", "2023-03-01", "USD", "JPY", "143.4300", "0.00005"),
        ("1欧元约合7.85元人民币", "zh", "2018-03-01", "EUR", "CNY", "7.85", "0.01"),
        # The real page's rate of 7 January 2020.
        ("1欧元=7.797人民币", "zh", "2020-01-07", "EUR", "CNY", "7.797", "0.0005"),
    ],
)
def test_the_unit_side_of_a_stated_rate_is_exact(
    raw_ecb: dict[str, dict[str, Decimal]],
    text: str,
    locale: str,
    day: str,
    source: str,
    stated: str,
    amount: str,
    half: str,
) -> None:
    check = fxnorm.check(text, on=day, locale=locale)
    assert (check.source_currency, check.stated_currency) == (source, stated)
    price, unit = Decimal(amount), Decimal(half)
    implied, low, high = ONE / price, ONE / (price + unit), ONE / (price - unit)
    assert close(check.implied_rate, implied)
    assert close(check.implied_low, low) and close(check.implied_high, high)
    assert check.width is not None and close(check.width, width_of(implied, low, high))
    reference = rate(raw_ecb, day, source, stated)
    assert check.reference is not None and close(check.reference.value, reference)
    expected = "consistent" if holds(reference, low, high) else "inconsistent"
    assert check.verdict == expected
    assert any("one unit of its currency" in note for note in check.compared)
    assert "  compared    " in str(check)


def test_a_real_stated_rate_holds_on_its_day(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    """7.797 yuan per euro on 7 January 2020: the ECB's rate of that day is within 1 %."""
    check = fxnorm.check("1欧元=7.797人民币", on="2020-01-07", locale="zh")
    reference = rate(raw_ecb, "2020-01-07", "EUR", "CNY")
    assert abs(Decimal("7.797") * reference - 1) < SLACK
    assert check.verdict == "consistent"


def test_a_stated_rate_in_a_year_it_never_reached(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    """7.85 yuan per euro in 2022: the euro never cost that much that year. The days it
    holds on and the deviation agree (both from the figures' ±0.01 yuan)."""
    report = fxnorm.check_text("2022年1欧元约合7.85元人民币", locale="zh", figures=False)
    (check,) = report.checks
    low, high = ONE / Decimal("7.86"), ONE / Decimal("7.84")
    days = [d for d in raw_ecb if d.startswith("2022-") and "CNY" in raw_ecb[d]]
    held = [d for d in days if holds(rate(raw_ecb, d, "EUR", "CNY"), low, high)]
    assert check.held_days == (len(held), len(days))
    assert held == [] and check.verdict == "inconsistent"
    assert check.deviation is not None and check.deviation < -SLACK
    assert check.exact_verdict is None


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # A parity: both figures are measured, each 0.5 to 1.5.
        ("1 euro ($1)", ("1", "1")),
        # "1 billion" is a measured amount, not the unit of a rate.
        ("1 billion yuan ($140 million)", ("1E+9", "1.40E+8")),
    ],
)
def test_a_one_that_is_no_unit_is_measured(text: str, amounts: tuple[str, str]) -> None:
    check = fxnorm.check(text, on="2020-01-07")
    assert check.compared == ()
    source, stated = (Decimal(a) for a in amounts)
    half_source = check.pair.source.precision / 2
    half_stated = check.pair.stated.precision / 2
    implied = source / stated
    low = (source - half_source) / (stated + half_stated)
    high = (source + half_source) / (stated - half_stated)
    assert close(check.width, width_of(implied, low, high))
    assert check.verdict == "imprecise"


def test_an_imprecise_window_says_why_it_holds_on_every_day() -> None:
    """A claim too coarse to test holds on every day of its year only because its
    figures allow ±50 %: the line says so, beside the exact reading's deviation."""
    check = fxnorm.check("In 2020, the deal was worth 1 trillion won ($600 million).")
    assert check.verdict == "imprecise" and check.held_days is not None
    held, total = check.held_days
    assert held == total
    text = str(check)
    assert f"on {held} of {total} publication days of the window, only as the figures allow" in (
        text
    )


# -- 2. two ranges ---------------------------------------------------------------------


def test_two_ranges_are_compared_end_to_end(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    check = fxnorm.check("10億至20億美元(約78億至156億元)", on="2019-03-01", locale="zh_HK")
    assert (check.source_currency, check.stated_currency) == ("USD", "HKD")
    e8 = Decimal("1E+8")
    # Source: ± half a unit of 億 (0.5億); stated, "約": ± a whole one (1億).
    low_end = ((10 - Decimal("0.5")) / (78 + 1), (10 + Decimal("0.5")) / (78 - 1))
    high_end = ((20 - Decimal("0.5")) / (156 + 1), (20 + Decimal("0.5")) / (156 - 1))
    low, high = max(low_end[0], high_end[0]), min(low_end[1], high_end[1])
    implied = (10 + 20) * e8 / ((78 + 156) * e8)
    assert close(check.implied_rate, implied)
    assert close(check.implied_low, low) and close(check.implied_high, high)
    assert check.width is not None and check.width < Decimal("0.10")
    assert close(check.width, width_of(implied, low, high))
    reference = rate(raw_ecb, "2019-03-01", "USD", "HKD")
    assert check.verdict == ("consistent" if holds(reference, low, high) else "inconsistent")
    assert check.verdict == "consistent"  # the peg: 7.8 Hong Kong dollars
    (note,) = check.compared
    assert "end to end" in note and "both must hold" in note
    assert "compared    ranges compared end to end" in str(check)


def test_two_ranges_whose_ends_disagree_say_so() -> None:
    check = fxnorm.check("10億至20億美元(約70億至156億元)", on="2019-03-01", locale="zh_HK")
    low_end = ((10 - Decimal("0.5")) / (70 + 1), (10 + Decimal("0.5")) / (70 - 1))
    high_end = ((20 - Decimal("0.5")) / (156 + 1), (20 + Decimal("0.5")) / (156 - 1))
    assert low_end[0] > high_end[1]  # the ends' intervals do not meet
    assert close(check.implied_low, min(low_end[0], high_end[0]))
    assert close(check.implied_high, max(low_end[1], high_end[1]))
    (note,) = check.compared
    assert "imply different rates" in note


# -- 3. a month of a relative year -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "phrase"),
    [
        ("昨年10月には", "ja", "昨年10月"),
        ("昨年の10月には", "ja", "昨年の10月"),
        ("去年10月，", "zh", "去年10月"),
        ("작년 10월 환율은", "ko", "작년 10월"),
        ("in October last year", "en", "October last year"),
    ],
)
def test_a_month_of_last_year_is_that_month(text: str, locale: str, phrase: str) -> None:
    (mention,) = extract_dates(text, locale=locale)
    assert mention.text == phrase
    assert mention.value() == "October of last year"
    assert mention.interval(dt.date(2023, 3, 1)) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))


def test_last_october_is_the_latest_october_before_the_writing() -> None:
    """ "Last October" is the latest October: written in March 2023 it is October 2022,
    written in December 2023 it is October 2023 (not last year's, as 昨年10月 is)."""
    (mention,) = extract_dates("Last October, the", locale="en")
    assert mention.text == "Last October"
    assert mention.value() == "the latest October before the time of writing"
    assert mention.interval(dt.date(2023, 3, 1)) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    assert mention.interval(dt.date(2023, 12, 5)) == (dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    assert mention.interval(dt.date(2023, 10, 20)) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    (japanese,) = extract_dates("昨年10月には", locale="ja")
    assert japanese.interval(dt.date(2023, 12, 5)) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))


def test_kyodo_names_a_day_of_last_october() -> None:
    text = "昨年10月21日に付けた1ドル=151円94銭よりも円安が進めば"
    dates = [d for d in extract_dates(text, locale="ja") if d.month is not None]
    (mention,) = dates
    assert mention.text == "昨年10月21日"
    assert mention.interval(dt.date(2023, 11, 13)) == (dt.date(2022, 10, 21),) * 2


@pytest.mark.parametrize(
    ("text", "locale", "price", "half", "stated"),
    [
        ("昨年10月には1ドル=約148円まで円安が進んだ。", "ja", "148", "1", "JPY"),
        ("작년 10월 환율은 1달러=1,420원이었다.", "ko", "1420", "0.5", "KRW"),
        ("去年10月，1美元约合7.3元人民币。", "zh", "7.3", "0.1", "CNY"),
    ],
)
def test_a_claim_of_last_october_is_judged_in_that_month(
    raw_ecb: dict[str, dict[str, Decimal]],
    text: str,
    locale: str,
    price: str,
    half: str,
    stated: str,
) -> None:
    check = fxnorm.check(text, on="2023-03-01", locale=locale)
    basis = check.date_basis
    assert basis.kind == "sentence"
    assert (basis.start, basis.end) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    low = ONE / (Decimal(price) + Decimal(half))
    high = ONE / (Decimal(price) - Decimal(half))
    days = [d for d in raw_ecb if d.startswith("2022-10-")]
    held = [d for d in days if holds(rate(raw_ecb, d, "USD", stated), low, high)]
    assert check.held_days == (len(held), len(days))
    assert check.verdict == ("consistent" if held else "inconsistent")


def test_cli_prints_the_month_and_the_exact_side(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["check", "去年10月，1美元约合7.3元人民币。", "--date", "2023-03-01", "--locale", "zh"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "sentence 2022-10-01..2022-10-31 from '去年10月' (October of last year)" in out
    assert "compared    1美元 (source) is one unit of its currency" in out


# -- 4. an approximate word that puts the amount below the figure ----------------------------


@pytest.mark.parametrize(
    ("text", "locale", "source", "stated", "unit", "word"),
    [
        # "almost 380 billion": 379 to 380.5 billion (a whole unit below, the rounding above).
        (
            "almost 380 billion yuan ($53 billion)",
            "en",
            ("380E+9", "1E+9"),
            ("53E+9", "1E+9"),
            0,
            "almost",
        ),
        (
            "nearly 380 billion yuan ($53 billion)",
            "en",
            ("380E+9", "1E+9"),
            ("53E+9", "1E+9"),
            0,
            "nearly",
        ),
        (
            "knapp 5 Milliarden Euro (5,4 Milliarden Dollar)",
            "de",
            ("5E+9", "1E+9"),
            ("5.4E+9", "1E+8"),
            0,
            "knapp",
        ),
        (
            "380 mil millones de yuanes (casi 53 mil millones de dólares)",
            "es",
            ("380E+9", "1E+9"),
            ("53E+9", "1E+9"),
            1,
            "casi",
        ),
    ],
)
def test_a_below_word_widens_only_the_lower_side(
    text: str,
    locale: str,
    source: tuple[str, str],
    stated: tuple[str, str],
    unit: int,
    word: str,
) -> None:
    check = fxnorm.check(text, on="2025-02-24", locale=locale)
    (a, a_step), (b, b_step) = ((Decimal(x), Decimal(s)) for x, s in (source, stated))
    a_low, a_high = a - a_step / 2, a + a_step / 2
    b_low, b_high = b - b_step / 2, b + b_step / 2
    if unit == 0:  # the source carries the word
        a_low = a - a_step
    else:
        b_low = b - b_step
    assert close(check.implied_low, a_low / b_high) and close(check.implied_high, a_high / b_low)
    (note,) = check.qualifiers
    assert note.startswith(f"{word} (") and "below the figure" in note


def test_about_stays_symmetric() -> None:
    check = fxnorm.check("about 380 billion yuan ($53 billion)", on="2025-02-24")
    assert close(check.implied_low, Decimal("379") / Decimal("53.5"))
    assert close(check.implied_high, Decimal("381") / Decimal("52.5"))
