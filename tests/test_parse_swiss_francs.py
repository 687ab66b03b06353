"""``fr.`` after a number is the franc, as Swiss French courts and press write it
(``le montant de 5'200 fr.``): in a Swiss locale the Swiss franc, elsewhere left open
among the francs. The strings are the decisions' own, named with them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

GE = "https://entscheidsuche.ch/docs/GE_Gerichte/GE_CJ_002_C-5716-2014_2014-12-12.html"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "a arrêté les frais de la procédure à 2'400 fr., les a compensés avec l'avance "
            "fournie par A______ et B______",
            Decimal(2400),
        ),
        (
            "a condamné A______ et B______ à payer à C______ le montant de 5'200 fr. TTC à "
            "titre de dépens (ch. 3)",
            Decimal(5200),
        ),
        (
            "à fournir des sûretés à hauteur de 500'000 fr. dans un délai de trente jours",
            Decimal(500_000),
        ),
    ],
)
def test_fr_is_the_swiss_franc_in_switzerland(text: str, amount: Decimal) -> None:
    (found,) = extract(text, locale="fr_CH")
    assert (found.amount, found.currency) == (amount, "CHF"), GE


def test_without_a_locale_the_franc_stays_open() -> None:
    (found,) = extract("les frais de la procédure à 2'400 fr., compensés avec l'avance")
    assert found.amount == 2400
    assert found.currency is None and "CHF" in found.alternatives
