"""Conversions on the embedded data agree with the publisher's own file.

Expected values are computed here from the raw ECB history file
(data/raw/ecb/eurofxref-hist.zip, the ECB's eurofxref-hist.csv), parsed in
conftest.py with zipfile and csv, never through fxnorm's loader, and with
fractions.Fraction rather than fxnorm's Decimal code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle
import random
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import fxnorm
from fxnorm import Money
from fxnorm.errors import RateNotFoundError, StaleRateError

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def relative_error(value: Decimal, expected: Fraction) -> Fraction:
    return abs(Fraction(value) - expected) / abs(expected)


def test_cny_usd_on_the_alibaba_conference_day(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    # The ECB data README: CNY per USD on 2025-09-24 is 8.3786 / 1.1756 = 7.12708.
    day = raw_ecb["2025-09-24"]
    assert (day["CNY"], day["USD"]) == (Decimal("8.3786"), Decimal("1.1756"))
    c = fxnorm.convert(Money("380e9", "CNY"), "USD", on="2025-09-24")
    expected = Fraction(380 * 10**9) * Fraction(day["USD"]) / Fraction(day["CNY"])
    assert relative_error(c.result.amount, expected) < Fraction(1, 10**30)
    assert c.result.currency == "USD" and c.rate.source == "ecb"
    assert c.rate.date == c.rate.requested_date == dt.date(2025, 9, 24)
    assert [leg.value for leg in c.rate.legs] == [day["CNY"], day["USD"]]


def test_twenty_random_pairs_match_the_raw_ecb_file(
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    rng = random.Random(20251124)  # fixed seed: the same 20 draws on every run
    days = sorted(raw_ecb)
    checked = 0
    while checked < 20:
        day = rng.choice(days)
        rates = raw_ecb[day]
        base, quote = rng.sample(sorted(rates), 2)
        q = fxnorm.RateBook.default().quote(base, quote, on=day, policy="exact")
        expected = Fraction(rates[quote]) / Fraction(rates[base])
        assert relative_error(q.value, expected) < Fraction(1, 10**30), (base, quote, day)
        assert q.source == "ecb" and q.date.isoformat() == day
        checked += 1


def test_euro_rates_are_the_published_strings(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    for day in ("1999-01-04", "2008-10-24", "2022-03-01", "2026-10-30"):
        for code, value in raw_ecb[day].items():
            q = fxnorm.RateBook.default().quote("EUR", code, on=day, policy="exact")
            assert q.method == "published" and q.value == value
            assert str(q.value) == str(value)


def test_ars_uses_the_official_rate_while_it_exists() -> None:
    book = fxnorm.RateBook.default()
    # BCRA A3500 published figures (data/raw/README.md): 2023-12-13 799.975, 2025-03-28 1072.2917.
    assert book.quote("USD", "ARS", on="2023-12-13").value == Decimal("799.975")
    q = book.quote("USD", "ARS", on="2025-03-28")
    assert (q.source, q.value) == ("bcra", Decimal("1072.2917"))
    # After the BCRA's series ends, ArgentinaDatos' wholesale (mayorista) quote is the
    # official rate: its selling price of the day, as its raw file (read here) prints it.
    later = book.quote("USD", "ARS", on="2025-09-23")
    assert (later.source, later.market, later.side) == ("argentinadatos", "official", "sell")
    records = json.loads((RAW / "ars" / "argentinadatos" / "mayorista.json").read_text())
    published = {r["fecha"]: str(r["venta"]) for r in records}
    assert later.date == dt.date(2025, 9, 23) and later.value == Decimal(published["2025-09-23"])
    # The USD-feed snapshot of the day is still there, one source further down.
    snapshot = book.quote("USD", "ARS", on="2025-09-23", source="currency-api")
    assert abs(snapshot.value - Decimal("1410.1681")) < Decimal("0.0001")


def test_cny_ars_before_the_feed_joins_two_official_sources(
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    q = fxnorm.RateBook.default().quote("CNY", "ARS", on="2020-06-16", policy="exact")
    assert q.source == "ecb+bcra" and q.method == "cross"
    ecb = raw_ecb["2020-06-16"]
    ars_per_usd = q.legs[1].value  # the BCRA leg, checked against the raw file in test_dataset
    expected = Fraction(ecb["USD"]) / Fraction(ecb["CNY"]) * Fraction(ars_per_usd)
    assert relative_error(q.value, expected) < Fraction(1, 10**30)


def test_gaps_in_the_snapshots_are_errors_not_guesses() -> None:
    book = fxnorm.RateBook.default()
    # currency-api has no snapshot between 2024-09-06 and 2024-11-01 (data/raw/README.md),
    # and the BCRA series covers that period, so use a currency only the feed has.
    with pytest.raises(StaleRateError) as caught:
        book.quote("USD", "VES", on="2024-10-01")
    assert caught.value.nearest_before == dt.date(2024, 9, 6)
    assert caught.value.nearest_after == dt.date(2024, 11, 1)


def test_dates_outside_every_source() -> None:
    with pytest.raises(RateNotFoundError, match=re.escape("ecb covers 1999-01-04..2026-10-30")):
        fxnorm.convert(Money(1, "EUR"), "USD", on="1998-12-31")
    with pytest.raises(RateNotFoundError, match=re.escape("ecb covers 1999-01-04..2026-10-30")):
        fxnorm.convert(Money(1, "EUR"), "USD", on="2030-01-01")
    with pytest.raises(RateNotFoundError, match="the latest rate is of 2026-10-30"):
        fxnorm.convert(Money(1, "EUR"), "USD", on="2030-01-01")


def _tabled_book() -> fxnorm.RateBook:
    """A book of its own whose CNY/USD step reads day tables (asked often enough)."""
    book = fxnorm.RateBook(fxnorm.RateBook.default().stores)
    start = dt.date(2025, 1, 2).toordinal()
    for offset in range(80):
        book.quote("CNY", "USD", dt.date.fromordinal(start + offset))
    first = book.plan("CNY", "USD").routes[0].steps[0]
    assert first.value is not None
    return book


def test_a_conversion_stays_frozen_when_its_rate_is_built_on_first_read() -> None:
    """convert() may build Conversion.rate when it is first read; from the outside it
    is the frozen dataclass it was: equal and hashing equal to a conversion whose
    quote was built at once (an option passed), picklable before the read, and
    not assignable."""
    book = _tabled_book()
    day = dt.date(2025, 9, 24)
    money = Money("380e9", "CNY")
    lazy = fxnorm.convert(money, "USD", day, book=book)
    unread = fxnorm.convert(money, "USD", day, book=book)
    eager = fxnorm.convert(money, "USD", day, book=book, policy="previous")
    assert pickle.loads(pickle.dumps(unread)) == eager
    assert lazy == eager and hash(lazy) == hash(eager) and repr(lazy) == repr(eager)
    assert lazy.to_dict() == eager.to_dict()
    assert lazy.rate == book.quote("CNY", "USD", day) and lazy.rate is lazy.rate
    # The ECB data README: CNY per USD on 2025-09-24 is 8.3786 / 1.1756.
    expected = Fraction(380 * 10**9) * Fraction("1.1756") / Fraction("8.3786")
    assert relative_error(lazy.result.amount, expected) < Fraction(1, 10**30)
    for name in ("rate", "result", "original"):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(lazy, name, getattr(eager, name))


def test_a_books_new_defaults_apply_to_the_next_conversion() -> None:
    """Changing a book's policy or staleness limit applies at once, also to the
    conversions its day tables answered before."""
    book = _tabled_book()
    saturday = dt.date(2025, 9, 27)  # the ECB publishes on business days
    made = fxnorm.convert(Money(1, "CNY"), "USD", saturday, book=book)
    assert made.rate.date == dt.date(2025, 9, 26)
    book.policy = "exact"
    with pytest.raises(StaleRateError):
        fxnorm.convert(Money(1, "CNY"), "USD", saturday, book=book)
    book.policy = "previous"
    book.max_age = 0
    with pytest.raises(StaleRateError):
        fxnorm.convert(Money(1, "CNY"), "USD", saturday, book=book)
    book.max_age = 7
    assert fxnorm.convert(Money(1, "CNY"), "USD", saturday, book=book) == made
