"""A currency joined to its number by a hyphen, in a compound (issue #14): ``100-euro
bills``, ``der 50-€-Schein``, ``die 20, 50 und 100-Euro-Scheine``. The currency
after a number may be one hyphen away, as it may be one space away; a symbol glued
to the digits after the hyphen begins the next figure (``£10-£20``, ``$22-$23.6
bln`` are ranges).

The real strings were found on the pages named with them; the expected amounts are
the denominations as the compound writes them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

BMF = (
    "https://www.bundesfinanzministerium.de/Content/DE/Standardartikel/Themen/Europa/"
    "Euro_auf_einen_Blick/Euro_Muenzen_und_Euro_Scheine/2012-03-14-euroscheine.html"
)


@pytest.mark.parametrize(
    ("text", "locale", "amounts", "source"),
    [
        (
            "A group of counterfeiters which had been producing 100-euro bills was busted in "
            "a joint police operation involving Europol and police forces in four countries, "
            "including Greece.",
            "en",
            ["100"],
            "https://www.infobalkans.com/social-tags/banknote",
        ),
        ("Die Vorderseiten der 20, 50 und 100-Euro-Scheine", "de_DE", ["20", "50", "100"], BMF),
        (
            "Die Ausgabe des 500-€-Scheins soll gegen Ende des Jahres 2018 mit der geplanten "
            "Einführung der 100-€- und 200-€-Banknoten der Europa-Serie eingestellt werden.",
            "de_DE",
            ["500", "100", "200"],
            BMF,
        ),
        ("Seit April 2017 ist der neue 50-€-Schein im Umlauf.", "de_DE", ["50"], BMF),
        (
            "Die sogenannte „Smaragdzahl“ fand sich bisher nur auf 50-Euro-Scheinen und höher.",
            "de_DE",
            ["50"],
            "http://www.money-insider.de/6448/die-neuen-5-euro-scheine-sind-da/",
        ),
        (
            "Vorder- und Rückseite des 5-Euro-Scheins (zweite Serie)",
            "de_DE",
            ["5"],
            BMF,
        ),
    ],
)
def test_a_currency_a_hyphen_after_its_number(
    text: str, locale: str, amounts: list[str], source: str
) -> None:
    found = extract(text, locale=locale)
    assert [(m.amount, m.currency) for m in found] == [(Decimal(a), "EUR") for a in amounts], source


def test_a_magnitude_and_a_currency_in_one_compound() -> None:
    (found,) = extract("a 10-billion-dollar deal")
    assert (found.amount, found.currency, found.text) == (
        Decimal(10) ** 10,
        "USD",
        "10-billion-dollar",
    )


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("prices range from £10-£20", "10", "20"),
        ("aid worth 120-130 billion reais ($22-$23.6 bln)", "22e9", "23.6e9"),
    ],
)
def test_a_symbol_glued_to_the_next_digits_is_the_next_figures(
    text: str, low: str, high: str
) -> None:
    found = extract(text)[-1]
    assert found.range == (Decimal(low), Decimal(high))
