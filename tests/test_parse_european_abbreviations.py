"""European magnitude abbreviations in any language's text (issue #14).

``Mio`` (a million) and ``Mrd``/``Mld`` (a milliard, 10^9) are written by the
German, Dutch, Scandinavian, Polish, Czech and Italian press, and by the English
reports of European companies ("from € 737 mio to € 766 mio", reported on
diyinternational.com by the territory sweep); an English text read them as
nothing ("737 mio €" gave no figure at all) or as the bare number ("€ 737").
The amounts are the figures times 10^6 or 10^9, worked out by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract


@pytest.mark.parametrize("locale", ["en", None])
@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("from € 737 mio to € 766 mio", [Decimal("737e6"), Decimal("766e6")]),
        ("737 mio €", [Decimal("737e6")]),
        ("EUR 1.2 mrd", [Decimal("1.2e9")]),
        ("€ 5 Mld", [Decimal("5e9")]),
    ],
)
def test_mio_and_mrd_are_magnitudes(text: str, amounts: list[Decimal], locale: str | None) -> None:
    found = extract(text, locale=locale)
    assert [(m.amount, m.currency) for m in found] == [(a, "EUR") for a in amounts]


def test_the_italian_possessive_mio_before_a_figure_is_no_magnitude() -> None:
    # "mio" ("my") comes before a noun, never after a number
    (mention,) = extract("il mio 5 euro", locale="it")
    assert mention.amount == 5
