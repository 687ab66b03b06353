"""Rates fixed by law (fxnorm.rates.fixed): the euro's conversion rates and the CFA parity.

The table holds the rates as the legal acts print them. These tests check it
against what other publishers printed independently, and check that the
RateBook serves those rates the way their acts say: from the day they took
effect, every day after it, never before it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

import fxnorm
from fxnorm.errors import RateError
from fxnorm.rates import RateBook
from fxnorm.rates.fixed import FIXED_RATES, fixed_store

RATES = {code: Decimal(value) for _, code, value, _, _ in FIXED_RATES}
SINCE = {code: dt.date.fromisoformat(day) for _, code, _, day, _ in FIXED_RATES}


def test_the_cfa_parity_is_the_french_franc_peg_carried_into_euros() -> None:
    """Two acts, one figure: since 1994, 1 FRF was 100 CFA francs and 75 Comorian
    francs; Regulation 2866/98 fixed 1 EUR = 6.55957 FRF, so Decision 98/683/EC's
    parities are 655.957 XOF and XAF and 491.96775 KMF per euro."""
    assert RATES["XOF"] == RATES["XAF"] == RATES["FRF"] * 100
    assert RATES["KMF"] == RATES["FRF"] * 75


def test_the_ecb_printed_the_bulgarian_peg_until_the_euro_replaced_the_lev(
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    """The lev was pegged at the Deutsche Mark's rate (1 EUR = 1.95583 BGN): from
    2007 on, every ECB publication of BGN is within 0.01 % of it and most are it
    to four decimals, and the ECB's last one comes before the fixed rate's day."""
    printed = [row["BGN"] for day, row in raw_ecb.items() if "BGN" in row and day >= "2007"]
    assert printed and all(abs(value / RATES["BGN"] - 1) < Decimal("0.0001") for value in printed)
    assert max(set(printed), key=printed.count) == RATES["BGN"].quantize(Decimal("0.0001"))
    last = max(day for day, row in raw_ecb.items() if "BGN" in row)
    assert last < SINCE["BGN"].isoformat()
    assert RATES["BGN"] == RATES["DEM"]


def test_the_ecb_stopped_printing_kuna_the_day_before_its_fixed_rate(
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    last = max(day for day, row in raw_ecb.items() if "HRK" in row)
    assert dt.date.fromisoformat(last) < SINCE["HRK"]
    # the ECB's last kuna is within 0.1 % of the conversion rate the Council fixed
    assert abs(raw_ecb[last]["HRK"] / RATES["HRK"] - 1) < Decimal("0.001")


@pytest.mark.parametrize("code", sorted(RATES))
def test_every_fixed_rate_answers_from_its_day_on_and_not_before(code: str) -> None:
    book = RateBook([fixed_store()])
    since = SINCE[code]
    today = dt.date.today()
    for day in (since, since + dt.timedelta(days=1), min(since + dt.timedelta(days=4000), today)):
        quote = book.quote(code, "EUR", on=day)
        # 1 / rate, to the 34 significant digits of fxnorm's division context
        assert abs(Fraction(quote.value) * Fraction(RATES[code]) - 1) < Fraction(1, 10**32)
        assert quote.date == quote.requested_date == day
        (fixed,) = quote.legs
        assert fixed.method == "fixed" and fixed.legs[0].date == since
    with pytest.raises(RateError, match=f"fixed to the euro on {since.isoformat()}"):
        book.quote(code, "EUR", on=since - dt.timedelta(days=1))
    with pytest.raises(RateError, match="a day after today"):  # nobody knows the future's law
        book.quote(code, "EUR", on=today + dt.timedelta(days=1))


def test_a_fixed_rate_crosses_with_the_ecbs_rate_of_the_day(
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    """100 DEM in dollars on 2000-01-03: 100 / 1.95583 × the ECB's USD of that day."""
    quote = fxnorm.RateBook.default().quote("DEM", "USD", on="2000-01-03")
    expected = Fraction(100) / Fraction(RATES["DEM"]) * Fraction(raw_ecb["2000-01-03"]["USD"])
    assert abs(Fraction(quote.value) * 100 - expected) < Fraction(1, 10**25)
    assert quote.method == "cross" and quote.date == dt.date(2000, 1, 3)
    assert quote.describe().endswith("(euro-fixed+ecb, 2000-01-03, cross via EUR)")


def test_the_fixed_parity_answers_before_the_usd_snapshots() -> None:
    """XOF in 2025: the legal parity, not the aggregator's market snapshot."""
    quote = fxnorm.RateBook.default().quote("XOF", "EUR", on="2025-01-09")
    assert quote.source == "cfa-peg"
    assert abs(Fraction(quote.value) * Fraction(RATES["XOF"]) - 1) < Fraction(1, 10**32)


def test_old_articles_convert_exactly() -> None:
    """A German figure of 2001 in Deutsche Mark, read from text and converted."""
    money = fxnorm.parse("10 Milliarden DM", locale="de").money
    result = fxnorm.convert(money, "EUR", on="2001-05-02")
    exact = Fraction(10**10) / Fraction(RATES["DEM"])
    assert abs(Fraction(result.result.amount) / exact - 1) < Fraction(1, 10**32)
    assert result.rate.source == "euro-fixed"


def test_a_published_cfa_claim_checks_against_the_parity() -> None:
    """Reuters via CNBC Africa, 2020-01-09: "Ivory Coast collected 2.25 trillion CFA
    franc ($3.86 billion)" ($1 = 583.2200 CFA francs, as Reuters states). The
    reference is 655.957 / the ECB's USD of the day; Reuters' own rate is 1.2 %
    below it, within the check's tolerance for a figure stated to 3 digits."""
    text = "Ivory Coast collected 2.25 trillion CFA franc ($3.86 billion) in taxes in 2019"
    result = fxnorm.check(text, on="2020-01-09", locale="en_CI")
    assert result.verdict == "consistent", result.reason
    assert result.reference is not None
    assert set(result.reference.source.split("+")) == {"cfa-peg", "ecb"}


def test_francs_before_the_euro_are_one_reading_of_an_ambiguous_claim() -> None:
    """By hand: 6 milliards de francs (915 millions d'euros) in 2001. As French
    francs, 6e9 / 6.55957 = 914.69 million euros: the one reading that holds;
    as Swiss francs (1.5416 per euro that day, ECB) or CFA francs it is far off."""
    result = fxnorm.check(
        "un budget de 6 milliards de francs (915 millions d'euros)", on="2001-05-02", locale="fr"
    )
    assert result.verdict == "ambiguous"
    verdicts = {r.source_currency: r.verdict for r in result.readings}
    assert verdicts["FRF"] == "consistent"
    assert {code for code, verdict in verdicts.items() if verdict == "consistent"} == {"FRF"}
