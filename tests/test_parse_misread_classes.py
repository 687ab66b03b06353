"""Classes of misreading found on real pages, each with look-alike strings:

* historic currencies named by their nouns (Brazil's cruzeiros and cruzados before
  the real, the Salvadoran colón, the escudos): the codes come from CLDR's names;
  a noun several eras share stays open among them, as no date is read to choose.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

# -- historic currencies -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "amount", "alternatives"),
    [
        # the cruzeiro of 1942-1967, the new cruzeiro (1967-1986), the cruzeiro of
        # 1990-1993 and the cruzeiro real (1993-1994), named "cruzeiro" by CLDR's
        # Portuguese or English names: no date read, no choice
        ("O ingresso custava 1000 cruzeiros em 1985.", "pt_BR", "1000", {"BRB", "BRE", "BRR"}),
        ("A ticket cost 1000 cruzeiros in 1985.", "en", "1000", {"BRB", "BRE", "BRR", "BRZ"}),
        # the cruzado (1986-1989) and the new cruzado (1989-1990)
        ("O pão custava 2 cruzados em 1987.", "pt_BR", "2", {"BRC", "BRN"}),
    ],
)
def test_a_noun_of_several_eras_stays_open(
    text: str, locale: str, amount: str, alternatives: set[str]
) -> None:
    (found,) = extract(text, locale=locale)
    assert found.amount == Decimal(amount)
    assert found.currency is None and found.resolved_by == "unresolved"
    assert alternatives <= set(found.alternatives)
    assert "BRL" not in found.alternatives


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency"),
    [
        # the press's names of one era: the cruzeiro real, the new cruzado
        ("A passagem custava 1000 cruzeiros reais em 1994.", "pt_BR", "1000", "BRR"),
        ("O salário era de 2.000 cruzados novos.", "pt_BR", "2000", "BRN"),
        # CLDR's names of the Salvadoran colón, replaced by the dollar in 2001
        ("El pasaje costaba 100 colones salvadoreños.", "es", "100", "SVC"),
        ("The fare was 100 Salvadoran colones in 1995.", "en", "100", "SVC"),
    ],
)
def test_a_historic_currency_by_its_full_name(
    text: str, locale: str, amount: str, currency: str
) -> None:
    (found,) = extract(text, locale=locale)
    assert (found.amount, found.currency, found.resolved_by) == (Decimal(amount), currency, "name")


@pytest.mark.parametrize(
    ("text", "locale", "currency"),
    [
        # the colón alone is Costa Rica's (in circulation), not El Salvador's old one
        ("El pasaje costaba 100 colones.", "es_CR", "CRC"),
        # the bolívar alone is the one in circulation: the years of CLDR's older
        # bolívar (2008-2018) make no second noun of it
        ("The bread cost 5 million bolívars.", "en", "VES"),
        # the real is the real: "reais" in "cruzeiros reais" is no real
        ("O pão custa 5 reais.", "pt_BR", "BRL"),
    ],
)
def test_a_noun_in_circulation_keeps_its_reading(text: str, locale: str, currency: str) -> None:
    (found,) = extract(text, locale=locale)
    assert found.currency == currency


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # "novo" is the adjective of CLDR's "Cruzado Novo", no noun of German or Dutch
        ("Im Jahr 2010 Novo Nordisk", "de"),
        ("in 2010 novo", "nl"),
    ],
)
def test_an_adjective_of_a_historic_name_is_no_currency(text: str, locale: str) -> None:
    assert extract(text, locale=locale) == []


def test_escudos_stay_open_between_portugal_and_cape_verde() -> None:
    # the escudo of Portugal (before the euro) or of Cape Verde (in circulation): a
    # Portuguese page's locale makes no choice (Portugal's currency is the euro)
    (found,) = extract("O bilhete custava 100 escudos.", locale="pt_PT")
    assert found.currency is None
    assert set(found.alternatives) == {"PTE", "CVE"}
    (found,) = extract("O bilhete custa 100 escudos.", locale="pt_CV")
    assert (found.currency, found.resolved_by) == ("CVE", "locale")
    assert "PTE" in found.alternatives


# -- the rupee's Devanagari abbreviations ----------------------------------------------
# "रु." and "रू." are the Hindi and Marathi press's abbreviation of India's rupee and
# the Nepali press's of Nepal's (https://ga.futuressoft.com/archives/109460: "कुल
# बजेट रु १६ खर्ब ४७ अर्ब ५७ करोड", Nepal's budget): the locale or the text decides.


@pytest.mark.parametrize(
    ("text", "locale", "currency", "by"),
    [
        ("कंपनी ने 500 करोड़ रु. का निवेश किया", "hi_IN", "INR", "locale"),
        ("कंपनी ने 500 करोड़ रु. का निवेश किया", "mr_IN", "INR", "locale"),
        ("यसको मूल्य रु. 500 हो", "ne_NP", "NPR", "locale"),
        ("यसको मूल्य रू. 500 हो", "ne", "NPR", "locale"),
        # no locale: the country the text names decides, and the mention says so
        ("भारत सरकार ने 500 करोड़ रु. का निवेश किया", None, "INR", "context"),
        ("नेपाल सरकार ने 500 करोड़ रु. का निवेश किया", None, "NPR", "context"),
        ("नेपाल 500 रु.", None, "NPR", "context"),
        # or a figure written with the rupee's name, India's in Hindi (रुपये)
        ("कंपनी ने 500 करोड़ रु. और 20 करोड़ रुपये दिए", None, "INR", "context"),
    ],
)
def test_the_devanagari_rupee_by_evidence(
    text: str, locale: str | None, currency: str, by: str
) -> None:
    found = extract(text, locale=locale)[0]
    assert (found.currency, found.resolved_by) == (currency, by)
    assert found.alternatives == ("INR", "NPR")


@pytest.mark.parametrize(
    "text",
    [
        "कंपनी ने रु. 500 करोड़ का निवेश किया",  # Hindi by its words
        "रु. 500 करोड़",  # Hindi or Marathi by the script alone
        "यसको मूल्य रू. 500 हो",
        "500 रु.",  # Marathi's name of the rupee no more
    ],
)
def test_the_devanagari_rupee_alone_stays_open(text: str) -> None:
    (found,) = extract(text)
    assert found.currency is None and found.resolved_by == "unresolved"
    assert found.alternatives == ("INR", "NPR")
    assert "implies no one territory" in found.notes[-1]
