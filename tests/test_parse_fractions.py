"""A whole and a fraction before or after a magnitude word (issue #14): digits or
number words, then "and a half", "y medio", "et demi", "с половиной", a fraction
character, or a fraction alone ("half a million", "a quarter of a billion").

The strings are constructed in the forms the press of each language writes
(``3 and a half million dollars``, ``3 millones y medio de pesos``,
``R$ 3 milhões e meio``, ``eine Viertelmillion Euro``); every expected amount
is computed here from the arithmetic of the words themselves (whole + fraction,
times the magnitude), never copied from the parser's output.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, parse
from fxnorm.parsing.reader import parse_whole

HALF = Decimal(1) / 2
QUARTER = Decimal(1) / 4
MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9  # the short scale: English "billion", French "milliard"


# (text, locale, whole, fraction, magnitude, currency)
CASES = [
    # digits, "and a half", then the magnitude word (the misread of issue #14)
    ("3 and a half million dollars", None, 3, HALF, MILLION, "USD"),
    ("2 and a half billion dollars", None, 2, HALF, BILLION, "USD"),
    ("7 and a quarter million euros", None, 7, QUARTER, MILLION, "EUR"),
    ("US$3 and a half million", None, 3, HALF, MILLION, "USD"),
    ("£2 and a half million", None, 2, HALF, MILLION, "GBP"),
    ("3-and-a-half million dollars", None, 3, HALF, MILLION, "USD"),
    ("2 and one half million dollars", None, 2, HALF, MILLION, "USD"),
    # number words
    ("two and a half billion dollars", None, 2, HALF, BILLION, "USD"),
    ("two and a quarter billion dollars", None, 2, QUARTER, BILLION, "USD"),
    ("two and one-half billion dollars", None, 2, HALF, BILLION, "USD"),
    ("three-and-a-half million dollars", None, 3, HALF, MILLION, "USD"),
    # a fraction character, glued to the digits or after a space
    ("1½ million dollars", None, 1, HALF, MILLION, "USD"),
    ("$2½ billion", None, 2, HALF, BILLION, "USD"),
    ("4 ¼ million euros", None, 4, QUARTER, MILLION, "EUR"),
    ("3½ Millionen Euro", "de", 3, HALF, MILLION, "EUR"),
    # a fraction alone
    ("half a million dollars", None, 0, HALF, MILLION, "USD"),
    ("a quarter of a billion dollars", None, 0, QUARTER, BILLION, "USD"),
    ("a quarter-billion dollars", None, 0, QUARTER, BILLION, "USD"),
    ("un cuarto de millón de pesos", "es_MX", 0, QUARTER, MILLION, "MXN"),
    ("um quarto de bilhão de reais", "pt_BR", 0, QUARTER, BILLION, "BRL"),
    ("un quart de milliard d'euros", "fr", 0, QUARTER, BILLION, "EUR"),
    ("un quarto di miliardo di euro", "it", 0, QUARTER, BILLION, "EUR"),
    ("eine Viertelmillion Euro", "de", 0, QUARTER, MILLION, "EUR"),
    ("четверть миллиарда рублей", "ru", 0, QUARTER, BILLION, "RUB"),
    ("ćwierć miliarda złotych", "pl", 0, QUARTER, BILLION, "PLN"),
    ("en kvarts miljon kronor", "sv", 0, QUARTER, MILLION, "SEK"),
    # the magnitude word, then the fraction (digits: the scanner's figure goes on)
    ("3 millones y medio de pesos", "es_MX", 3, HALF, MILLION, "MXN"),
    ("US$ 3 millones y medio", "es_AR", 3, HALF, MILLION, "USD"),
    ("tres millones y medio de pesos", "es_MX", 3, HALF, MILLION, "MXN"),
    ("3 milhões e meio de reais", "pt_BR", 3, HALF, MILLION, "BRL"),
    ("R$ 3 milhões e meio", "pt_BR", 3, HALF, MILLION, "BRL"),
    ("três milhões e meio de reais", "pt_BR", 3, HALF, MILLION, "BRL"),
    ("3 millions et demi d'euros", "fr", 3, HALF, MILLION, "EUR"),
    ("trois millions et demi d'euros", "fr", 3, HALF, MILLION, "EUR"),
    ("3 milioni e mezzo di euro", "it", 3, HALF, MILLION, "EUR"),
    ("tre milioni e mezzo di euro", "it", 3, HALF, MILLION, "EUR"),
    ("3 million and a half dollars", None, 3, HALF, MILLION, "USD"),
    # the whole and its fraction in one word, or joined by a word of their own
    ("dreieinhalb Millionen Euro", "de", 3, HALF, MILLION, "EUR"),
    ("zweieinhalb Milliarden Euro", "de", 2, HALF, BILLION, "EUR"),
    ("три с половиной миллиона рублей", "ru", 3, HALF, MILLION, "RUB"),
    ("3 с половиной миллиона рублей", "ru", 3, HALF, MILLION, "RUB"),
    ("3 i pół miliona złotych", "pl", 3, HALF, MILLION, "PLN"),
    ("3 och en halv miljon kronor", "sv", 3, HALF, MILLION, "SEK"),
    ("tre og en halv million kroner", "nb", 3, HALF, MILLION, "NOK"),
]


@pytest.mark.parametrize(("text", "locale", "whole", "fraction", "magnitude", "currency"), CASES)
def test_whole_and_fraction(
    text: str,
    locale: str | None,
    whole: int,
    fraction: Decimal,
    magnitude: Decimal,
    currency: str,
) -> None:
    expected = (Decimal(whole) + fraction) * magnitude
    found = parse(text, locale=locale)
    assert (found.amount, found.currency) == (expected, currency)
    assert found.text == text  # the whole phrase, digits or words, is the figure
    assert parse_whole(text, locale=locale) == found  # the early exit agrees
    assert [(m.amount, m.currency) for m in extract(text, locale=locale)] == [(expected, currency)]


def test_three_quarters_are_three_times_a_quarter() -> None:
    found = parse("three quarters of a billion dollars")
    assert found.amount == 3 * QUARTER * BILLION
    found = parse("trois quarts de milliard d'euros", locale="fr")
    assert (found.amount, found.currency) == (3 * QUARTER * BILLION, "EUR")
    found = parse("dreiviertel Millionen Euro", locale="de")
    assert (found.amount, found.currency) == (3 * QUARTER * MILLION, "EUR")
    found = parse("seven and three quarters million dollars")
    assert found.amount == (7 + 3 * QUARTER) * MILLION
    found = parse("one-half billion dollars")
    assert found.amount == 1 * HALF * BILLION


def test_precision_is_the_fractions() -> None:
    """``3 and a half million`` is stated to the hundred thousand, as ``3.5 million``."""
    words = parse("3 and a half million dollars")
    digits = parse("3.5 million dollars")
    assert (words.amount, words.precision) == (digits.amount, digits.precision)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # "half a" begins a number of its own: after "and" it is no fraction of the one before
        ("Chapter 11 and half a billion dollars in debt", [HALF * BILLION]),
        # a quarter alone, without "of" or an article, is a season's
        ("in the fourth quarter a billion dollars was lost", [BILLION]),
        # digits and "and" with no fraction after: the words are a figure of their own
        ("between 2019 and 2023 a billion dollars", [BILLION]),
    ],
)
def test_no_fraction_where_none_is_written(text: str, amounts: list[Decimal]) -> None:
    assert [m.amount for m in extract(text)] == amounts


def test_fraction_in_running_text() -> None:
    text = (
        "The city will spend 3 and a half million dollars on roads and "
        "2 and a quarter billion dollars on transit; last year it spent $1½ billion."
    )
    found = extract(text)
    assert [(m.amount, m.text) for m in found] == [
        ((3 + HALF) * MILLION, "3 and a half million dollars"),
        ((2 + QUARTER) * BILLION, "2 and a quarter billion dollars"),
        ((1 + HALF) * BILLION, "$1½ billion"),
    ]
