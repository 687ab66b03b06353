"""The Mexican press's abbreviations that name a magnitude and a currency at once
(issue #14): ``mdp`` (millones de pesos, 10^6), ``mmdp`` (miles de millones de
pesos, 10^9), ``mdd`` and ``mmdd`` (the same in dollars). They are the Mexican
press's: its pesos are Mexican pesos, as its dollars are US dollars, and they are
evidence that the text is Spanish.

Expected amounts are computed from the abbreviation's words (365 mdp is 365 x
10^6 pesos); the source of each real string is named next to it, the others are
the issue's examples.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import parse

MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
ISSUE = "issue #14's examples"


@pytest.mark.parametrize("locale", [None, "es_MX"])
@pytest.mark.parametrize(
    ("text", "amount", "currency", "source"),
    [
        (
            "Invertirá Estado 365 mdp en rehabilitación de carreteras",
            365 * MILLION,
            "MXN",
            "https://chihuahua.gob.mx/node?page=1078",
        ),
        (
            "Guerrero invertirá 600 mdp en obras públicas",
            600 * MILLION,
            "MXN",
            "https://globalindustries.mx/guerrero-invertira-600-mdp-en-obras-publicas",
        ),
        ("una inversión de 12.3 mmdp", Decimal("12.3") * BILLION, "MXN", ISSUE),
        ("MX$ 12.3 mmdp", Decimal("12.3") * BILLION, "MXN", ISSUE),
        ("una inversión de 500 mdd", 500 * MILLION, "USD", ISSUE),
    ],
)
def test_the_abbreviation_names_magnitude_and_currency(
    text: str, amount: Decimal, currency: str, source: str, locale: str | None
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency, mention.alternatives) == (amount, currency, ()), (
        source
    )
