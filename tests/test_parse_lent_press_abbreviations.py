"""The Mexican press's abbreviations that name a magnitude and a currency (``mdp``,
``mmdp``, ``mdd``) in a text whose words do not tell it is Spanish (issue #14): a
headline of a few words, an English sentence quoting one. They mean one thing in
any text (no other language lists them), so they are lent like the other Spanish
magnitude words, short as they are, and the mention says so; a language whose
text writes the letters otherwise (French ``mdp``, "mot de passe") does not
borrow them. A text told Spanish reads them as its own (no lending note).

Expected amounts are computed from the abbreviation's words: mdp = millones de
pesos (10^6 MXN), mmdp = miles de millones de pesos (10^9 MXN), mdd = millones de
dólares (10^6 USD).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, parse
from fxnorm.parsing.textlang import detect

MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
ISSUE = "issue #14's example"


@pytest.mark.parametrize(
    ("text", "amount", "currency", "source"),
    [
        (
            "Invertirá Estado 365 mdp",
            365 * MILLION,
            "MXN",
            "https://chihuahua.gob.mx/node?page=1078",
        ),
        (
            "Guerrero invertirá 600 mdp",
            600 * MILLION,
            "MXN",
            "https://globalindustries.mx/guerrero-invertira-600-mdp-en-obras-publicas",
        ),
        ("The deal was worth 12.3 mmdp", Decimal("12.3") * BILLION, "MXN", ISSUE),
        ("The plant will cost 500 mdd", 500 * MILLION, "USD", ISSUE),
    ],
)
def test_the_abbreviation_is_lent_and_said(
    text: str, amount: Decimal, currency: str, source: str
) -> None:
    assert not (detect(text).confident and detect(text).language == "es")
    found = parse(text)
    assert (found.amount, found.currency, found.resolved_by) == (amount, currency, "name"), source
    (note,) = [n for n in found.notes if "press's abbreviation" in n]
    assert repr(found.magnitude_text) in note and "Spanish" in note


def test_a_spanish_text_reads_it_as_its_own() -> None:
    # https://www.xevt.com/amp/primeraplana/pemex-invertira-75-mil-mdp-mas-en-su-ejercicio-2019-amlo/55674
    found = parse("Pemex invertirá 75 mil mdp más en su ejercicio 2019: AMLO")
    assert (found.amount, found.currency) == (75_000 * MILLION, "MXN")
    assert not any("press's abbreviation" in n for n in found.notes)


def test_the_home_sign_keeps_its_reading() -> None:
    found = parse("MX$ 12.3 mmdp")
    assert (found.amount, found.currency) == (Decimal("12.3") * BILLION, "MXN")
    assert any("'mmdp'" in n and "Spanish" in n for n in found.notes)


def test_french_text_does_not_borrow_mdp() -> None:
    text = "Il a changé ses 3 mdp et son identifiant pour le compte de la banque"
    assert detect(text).language == "fr"
    assert extract(text) == []
