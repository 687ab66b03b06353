"""Property tests of invoice.py with fxnorm's strategies."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from invoice import read_price, split, total

from fxnorm import Money
from fxnorm.strategies import monetary_texts, money


@given(money(currencies=["CNY", "ARS", "USD"], max_value="1e12"), st.integers(1, 12))
def test_split_adds_up_to_the_amount(amount, parts):
    instalments = split(amount, parts)
    assert len(instalments) == parts
    assert total(instalments, amount.currency) == amount
    unit = Decimal(1).scaleb(-amount.minor_units)
    assert max(instalments) - min(instalments) <= Money(unit, amount.currency)
    for instalment in instalments:
        assert instalment.amount == instalment.rounded().amount


@given(st.lists(money(currencies=["JPY"], max_value="1e9"), max_size=20))
def test_total_of_yen_is_whole_yen(lines):
    assert total(lines, "JPY").amount == total(lines, "JPY").rounded().amount


@settings(deadline=None)  # the first texts load CLDR data for each locale
@given(st.data())
def test_read_price_reads_what_cldr_writes(data):
    locale = data.draw(st.sampled_from(["en", "es_AR", "zh"]))
    text, expected = data.draw(monetary_texts(locales=[locale]))
    price = read_price(text, locale)
    assert price == expected and price.currency == expected.currency
