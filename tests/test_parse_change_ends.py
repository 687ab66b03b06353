"""The start of a change (issue #14): ``from 1 to 2 billion dollars`` states a
change, not a range (``from``), and its bare start writes neither magnitude nor
currency: they are its end's, written once for both, as ``between 1 and 2 billion
dollars`` shares them in a range. The start is a figure of its own, and says so.

The strings are the issue's examples and look-alikes built on them; the expected
amounts are the numbers as written times the end's magnitude word (billion and
mil millones = 10^9, Milliarden = 10^9, milliards = 10^9).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

BILLION = Decimal(10) ** 9
MILLION = Decimal(10) ** 6
ISSUE = "issue #14's example"


@pytest.mark.parametrize(
    ("text", "start", "end", "currency", "source"),
    [
        ("revenue rose from 1 to 2 billion dollars", 1, 2, "USD", ISSUE),
        ("los ingresos subieron de 1 a 2 mil millones de dólares", 1, 2, "USD", ISSUE),
        ("Sales grew from 1.5 to 2.1 billion euros", Decimal("1.5"), Decimal("2.1"), "EUR", ISSUE),
        ("Le chiffre d'affaires est passé de 3 à 4 milliards d'euros", 3, 4, "EUR", ISSUE),
        ("Der Umsatz stieg von 5 bis 7 Milliarden Euro", 5, 7, "EUR", ISSUE),
        # a change's own link words, after its "from" word (de.toml, pt.toml: changes)
        ("Der Umsatz stieg von 1 auf 2 Milliarden Euro", 1, 2, "EUR", ISSUE),
        ("A receita passou de 1 para 2 bilhões de reais", 1, 2, "BRL", ISSUE),
        ("Il fatturato è passato da 1 a 2 miliardi di euro", 1, 2, "EUR", ISSUE),
        # a change down reads the same
        ("profit fell from 3 to 2 billion dollars", 3, 2, "USD", ISSUE),
    ],
)
def test_the_start_of_a_change_takes_the_ends_magnitude_and_currency(
    text: str, start: Decimal, end: Decimal, currency: str, source: str
) -> None:
    low, high = extract(text)
    assert (low.amount, low.currency, low.range) == (Decimal(start) * BILLION, currency, None)
    assert (high.amount, high.currency) == (Decimal(end) * BILLION, currency), source
    assert low.text == str(start) and low.magnitude_text is None
    assert any("start of a change" in n for n in low.notes)
    assert not any("start of a change" in n for n in high.notes)


def test_a_range_still_shares_them_in_one_figure() -> None:
    (found,) = extract("revenue was between 1 and 2 billion dollars")
    assert found.range == (BILLION, 2 * BILLION)


def test_a_year_is_no_start() -> None:
    (found,) = extract("revenue rose from 2018 to 3 billion dollars")
    assert found.amount == 3 * BILLION


def test_an_end_with_no_currency_lends_nothing() -> None:
    assert extract("the count rose from 1 to 2 billion") == []


@pytest.mark.parametrize("locale", ["es_MX", "es_AR"])
def test_a_locale_reads_the_start_as_the_end(locale: str) -> None:
    low, high = extract("las ventas pasaron de 1 a 2 mil millones de pesos", locale=locale)
    peso = "MXN" if locale == "es_MX" else "ARS"
    assert (low.amount, low.currency) == (BILLION, peso)
    assert (high.amount, high.currency) == (2 * BILLION, peso)


@pytest.mark.parametrize(
    ("text", "start", "end", "currency"),
    [
        ("revenue rose from 500 million to 2 billion dollars", 500 * MILLION, 2 * BILLION, "USD"),
        (
            "Sales fell from 3 billion to 2.5 billion euros",
            3 * BILLION,
            Decimal("2.5") * BILLION,
            "EUR",
        ),
    ],
)
def test_a_start_with_its_own_magnitude_takes_only_the_currency(
    text: str, start: Decimal, end: Decimal, currency: str
) -> None:
    low, high = extract(text)
    assert (low.amount, low.currency, high.amount, high.currency) == (
        start,
        currency,
        end,
        currency,
    ), ISSUE
    assert low.magnitude_text is not None and low.text == text[low.span[0] : low.span[1]]
    assert any("start of a change" in n for n in low.notes)


def test_a_change_link_lends_nothing_across_other_words() -> None:
    (found,) = extract("investimento de 5 milhões para a fábrica de R$ 3 bilhões")
    assert (found.amount, found.currency) == (3 * BILLION, "BRL")


def test_a_change_link_without_its_from_word_lends_nothing() -> None:
    (found,) = extract("Der Umsatz stieg um 1 auf 2 Milliarden Euro")
    assert found.amount == 2 * BILLION
