"""Classes of misreading found on real pages, each with look-alike strings:

* historic currencies named by their nouns (Brazil's cruzeiros and cruzados before
  the real, the Salvadoran colón, the escudos and their thousands, contos): the
  codes come from CLDR's names; a noun several eras share stays open among them, as
  no date is read to choose;
* the rupee's Devanagari abbreviations, India's or Nepal's rupee by evidence;
* a year before a currency, a price basis ("in 1988 dollars"), no amount;
* Hindi number words 11-99, सौ after digits, साढ़े / सवा / पौने; Finnish number
  words in their cases.
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


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "precision"),
    [
        # a conto is a thousand escudos, in Portugal (before the euro) and Cape Verde
        ("A casa custou 5 contos em 1970.", "pt_PT", "5000", None, "1000"),
        ("A casa custou 5 contos.", "pt_CV", "5000", "CVE", "1000"),
        ("Custou 500 mil contos.", "pt_PT", "500000000", None, "1000000"),
        ("O carro custou 1 conto.", "pt_PT", "1000", None, "1000"),
    ],
)
def test_contos_are_thousands_of_escudos(
    text: str, locale: str, amount: str, currency: str | None, precision: str
) -> None:
    (found,) = extract(text, locale=locale)
    assert (found.amount, found.currency) == (Decimal(amount), currency)
    assert set(found.alternatives) == {"PTE", "CVE"}
    assert found.precision == Decimal(precision)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # in Brazil a conto is a tale (or slang), no multiple of an escudo
        ("Li 5 contos de Machado de Assis.", "pt_BR"),
        ("A casa custou 5 contos em 1970.", None),
    ],
)
def test_contos_elsewhere_are_no_money(text: str, locale: str | None) -> None:
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


# -- a year before a currency is a price basis -------------------------------------------
# "in 1988 dollars", "(2020 US$)", "constant 2015 dollars": the year names the prices
# the amount is stated in (the World Bank's indicators are "(constant 2015 US$)"), no
# amount; the figure it qualifies says so in its notes.


@pytest.mark.parametrize(
    ("text", "amount", "currency", "basis"),
    [
        ("The dam cost $5 billion in 1988 dollars.", "5000000000", "USD", "in 1988 dollars"),
        (
            "Spending reached $40 billion, in constant 2015 dollars.",
            "40000000000",
            "USD",
            "constant 2015 dollars",
        ),
        # a bare figure takes the basis's currency: the amount is in those dollars
        ("It cost 5 million in 1988 dollars.", "5000000", "USD", "in 1988 dollars"),
        ("GDP was 300 trillion in 2010 won.", "300000000000000", "KRW", "in 2010 won"),
        # the currency first, the year after it
        ("el costo fue de 5 millones de dólares de 2010", "5000000", "USD", "dólares de 2010"),
        ("un coût de 5 millions de dollars de 2010", "5000000", "USD", "dollars de 2010"),
        ("Kosten von 5 Millionen Dollar von 2010", "5000000", "USD", "Dollar von 2010"),
    ],
)
def test_a_year_basis_is_no_amount(text: str, amount: str, currency: str, basis: str) -> None:
    (found,) = extract(text)
    assert (found.amount, found.currency) == (Decimal(amount), currency)
    assert any(f"price basis: {basis!r}" in note for note in found.notes), found.notes


@pytest.mark.parametrize(
    "text",
    [
        "Income per capita (2020 US$) was rising.",
        "GDP per capita (constant 2015 US$)",
        "GDP per capita (constant 2015 US$ million)",
        "In 2019 dollars were scarce.",
        "Prices in 1988 dollars were lower.",
    ],
)
def test_a_year_basis_alone_is_no_figure(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a year-like amount is an amount where no basis word stands before it
        ("He paid 2000 dollars in 2019.", [("2000", "USD")]),
        # brackets right after a figure state its equivalent, not a basis
        ("It sold for €1,870 (2020 USD).", [("1870", "EUR"), ("2020", "USD")]),
        # "de 2010" after a currency written before the number is no basis of it
        ("US$ 5 millones de 2010", [("5000000", "USD")]),
        # nor a period of years after the currency
        ("invirtió 5 millones de dólares de 2010 a 2015", [("5000000", "USD")]),
        ("5 Millionen Dollar von 2010 bis 2015", [("5000000", "USD")]),
    ],
)
def test_a_year_like_amount_stays_an_amount(text: str, amounts: list[tuple[str, str]]) -> None:
    found = extract(text)
    assert [(m.amount, m.currency) for m in found] == [(Decimal(a), c) for a, c in amounts]
    assert not any("price basis" in note for m in found for note in m.notes)


# -- Hindi number words, सौ after digits, साढ़े / सवा / पौने -------------------------------
# 11 to 99 are each a word of their own (CLDR's spell-out rules, common/rbnf/hi.xml);
# the press writes a hundred after digits ("5 सौ करोड़") and a half more (साढ़े), a
# quarter more (सवा) or a quarter less (पौने) before a number in words or digits.


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("कंपनी ने ग्यारह लाख रुपये दिए", 1_100_000),
        ("कंपनी ने पच्चीस हजार रुपये दिए", 25_000),
        ("कंपनी ने निन्यानवे करोड़ रुपये दिए", 990_000_000),  # the press's -नवे
        ("कंपनी ने निन्यानबे करोड़ रुपये दिए", 990_000_000),  # CLDR's -नबे
        ("कंपनी ने पंद्रह लाख रुपये दिए", 1_500_000),
        ("कंपनी ने अड़तीस करोड़ रुपये दिए", 380_000_000),  # nukta precomposed
        ("कंपनी ने अड\u093cतीस करोड़ रुपये दिए", 380_000_000),  # and not
        ("कंपनी ने 5 सौ करोड़ रुपये का निवेश किया", 5_000_000_000),
        ("कंपनी ने साढ़े तीन लाख रुपये दिए", 350_000),
        ("कंपनी ने सा\u0922\u093cे तीन लाख रुपये दिए", 350_000),
        ("कंपनी ने साढ़े बारह लाख रुपये दिए", 1_250_000),
        ("कंपनी ने साढ़े तीन सौ करोड़ रुपये दिए", 3_500_000_000),
        ("कंपनी ने सवा दो करोड़ रुपये दिए", 22_500_000),
        ("कंपनी ने पौने तीन लाख रुपये दिए", 275_000),
        ("कंपनी ने पौने 3 लाख रुपये दिए", 275_000),
        ("कंपनी ने तीन लाख रुपये दिए", 300_000),
    ],
)
def test_hindi_numbers_in_words(text: str, amount: int) -> None:
    (found,) = extract(text, locale="hi_IN")
    assert (found.amount, found.currency) == (Decimal(amount), "INR")


# -- Finnish number words in their cases ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Yhtiö sai kolmen miljardin euron lainan.", 3_000_000_000),
        ("Hinta nousi viiden miljoonan euron tasolle.", 5_000_000),
        ("Yhtiö osti sen kahdella miljardilla eurolla.", 2_000_000_000),
        ("Yhtiö maksoi kolme miljardia euroa.", 3_000_000_000),
    ],
)
def test_finnish_number_words_in_their_cases(text: str, amount: int) -> None:
    (found,) = extract(text, locale="fi")
    assert (found.amount, found.currency) == (Decimal(amount), "EUR")


def test_francs_on_a_french_page_stay_open() -> None:
    # the French franc (before the euro), the Swiss franc or a CFA franc: a page of
    # France makes no choice, since France's currency is the euro (no silent guess)
    (found,) = extract("Le billet coûtait 100 francs.", locale="fr_FR")
    assert found.currency is None and found.resolved_by == "unresolved"
    assert {"FRF", "CHF", "XOF"} <= set(found.alternatives)
