"""Comparative adjectives as qualifiers (issue #14): Italian "superiore a" with the
article it contracts with ("superiore ai 16 miliardi"), French "supérieure à" in
the gender and number of its noun ("une transaction supérieure à 1 000 euros"),
and their "lower than" twins, are "more than" / "less than" a figure.

The strings are the pages' own, named with them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract


@pytest.mark.parametrize(
    ("text", "locale", "amount", "qualifier", "source"),
    [
        (
            "previste dunque misure per un ammontare che equivale a un livello appena "
            "superiore ai 16 miliardi di euro.",
            "it_IT",
            16 * Decimal(10) ** 9,
            "more_than",
            "https://www.zazoom.it/2025-10-03/la-prossima-manovra-finanziera-misure-per-circa-"
            "16-miliardi/17871512/",
        ),
        (
            "En France, toute transaction en espèces supérieure à 1 000 euros est interdite "
            "pour les particuliers.",
            "fr_FR",
            Decimal(1000),
            "more_than",
            "https://paragraphe.info/somme-de-10-000-pourquoi-est-ce-considere-comme-"
            "beaucoup-dargent-en-france",
        ),
        (
            "Selon l'INSEE, moins de 10 % des ménages disposent d'une épargne supérieure à "
            "10 000 euros sur leur compte courant.",
            "fr_FR",
            Decimal(10_000),
            "more_than",
            "https://paragraphe.info/somme-de-10-000-pourquoi-est-ce-considere-comme-"
            "beaucoup-dargent-en-france",
        ),
    ],
)
def test_comparatives_qualify(
    text: str, locale: str, amount: Decimal, qualifier: str, source: str
) -> None:
    (found,) = extract(text, locale=locale)
    assert (found.amount, found.currency, found.qualifier) == (amount, "EUR", qualifier), source


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("un importo inferiore ai 5 milioni di euro", "it_IT"),
        ("une somme inférieure à 500 euros", "fr_FR"),
        ("un monto inferior a 300 pesos", "es_MX"),
    ],
)
def test_their_twins_are_less_than(text: str, locale: str) -> None:
    (found,) = extract(text, locale=locale)
    assert found.qualifier == "less_than"
