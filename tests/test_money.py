"""Money and currencies: construction, validation from CLDR, formatting through babel.

Expected strings are CLDR's own (babel's format_currency for the same input),
or ISO 4217 facts (JPY has no minor unit, BHD has three).
"""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from babel.numbers import format_compact_currency, format_currency

from fxnorm import Money, currencies
from fxnorm.errors import InvalidAmountError, InvalidInputError, UnknownCurrencyError


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("380e9", Decimal("380000000000")),
        (" 1234.50 ", Decimal("1234.50")),
        ("1_000", Decimal("1000")),
        (25960, Decimal("25960")),
        (Decimal("0.1"), Decimal("0.1")),
        (0.1, Decimal("0.1")),  # a float goes through str: its shortest repr
        ("-5", Decimal("-5")),
        ("0", Decimal("0")),
    ],
)
def test_amounts(given: object, expected: Decimal) -> None:
    money = Money(given, "usd")  # type: ignore[arg-type]
    assert money.amount == expected and type(money.amount) is Decimal
    assert money.currency == "USD"


@pytest.mark.parametrize(
    "given",
    [
        "NaN",
        "inf",
        "-Infinity",
        "1e30",
        "-1e31",
        "1e999999",
        "1e-31",
        "abc",
        "",
        "1,000",
        True,
        None,
        [1],
        float("nan"),
        float("inf"),
    ],
)
def test_bad_amounts(given: object) -> None:
    with pytest.raises(InvalidAmountError):
        Money(given, "USD")  # type: ignore[arg-type]


def test_bad_amount_is_also_a_value_error() -> None:
    with pytest.raises(ValueError):
        Money("NaN", "USD")


@pytest.mark.parametrize(
    ("given", "suggested"), [("yuan", "CNY"), ("USX", "USD"), ("euro", "EUR"), ("peso", "ARS")]
)
def test_unknown_currency_suggests(given: str, suggested: str) -> None:
    with pytest.raises(UnknownCurrencyError) as caught:
        Money("1", given)
    assert suggested in caught.value.suggestions
    assert "did you mean" in str(caught.value)


def test_historic_codes_are_currencies_too() -> None:
    assert Money("1", "DEM").currency == "DEM"
    assert "DEM" in currencies.all_codes()
    import datetime as dt

    assert "DEM" in currencies.active_codes(dt.date(1998, 6, 1))
    assert "DEM" not in currencies.active_codes(dt.date(2005, 6, 1))
    assert "EUR" in currencies.active_codes(dt.date(2005, 6, 1))


def test_minor_units_from_cldr() -> None:
    assert (
        Money(1, "USD").minor_units,
        Money(1, "JPY").minor_units,
        Money(1, "BHD").minor_units,
    ) == (2, 0, 3)
    assert Money("2.675", "USD").rounded() == Money("2.68", "USD")  # half-even: ...75 → 8
    assert Money("2.665", "USD").rounded() == Money("2.66", "USD")
    assert str(Money("1234.5", "JPY").rounded().amount) == "1234"


def test_formatting_is_cldr() -> None:
    m = Money("53318000000", "USD")
    assert m.format() == format_currency(Decimal("53318000000"), "USD", locale="en")
    assert m.format("en", compact=True) == "$53B"
    assert m.format("en", compact=True, fraction_digits=1) == format_compact_currency(
        Decimal("53318000000"), "USD", locale="en", fraction_digits=1
    )
    assert Money("25960.5", "ARS").format("es_AR") == format_currency(
        Decimal("25960.5"), "ARS", locale="es_AR"
    )
    assert Money("380e9", "CNY").format("zh", compact=True) == "¥3800亿"


def test_arithmetic_within_one_currency() -> None:
    assert Money("1.10", "EUR") + Money("2.20", "EUR") == Money("3.30", "EUR")
    assert Money("5", "EUR") - Money("7", "EUR") == Money("-2", "EUR")
    assert Money("3", "EUR") * 2 == 2 * Money("3", "EUR") == Money("6", "EUR")
    third = (Money("1", "EUR") / 3).amount  # 34 significant digits (decimal128)
    assert third == Decimal("0." + "3" * 34)
    assert (Money("1", "EUR") / 4).amount == Decimal("0.25")
    assert Money("1", "EUR") < Money("2", "EUR")
    with pytest.raises(InvalidInputError, match="without a rate"):
        Money("1", "EUR") + Money("1", "USD")
    with pytest.raises(InvalidInputError):
        _ = Money("1", "EUR") < Money("1", "USD")


def test_immutable_hashable_picklable() -> None:
    m = Money("380e9", "CNY")
    with pytest.raises(AttributeError):
        m.amount = Decimal(1)  # type: ignore[misc]
    assert {m, Money("380000000000", "CNY")} == {m}
    assert pickle.loads(pickle.dumps(m)) == m
    assert str(m) == "380000000000 CNY"
