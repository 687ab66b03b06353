"""Classes of misreading found on real text from Indian (English, Hindi, Tamil),
British, US, German, Austrian, Swiss, French, Belgian and Italian pages
(``tests/data/realtext/<locale>.jsonl``), each tested on look-alike strings and
named after the page that showed it.

* lakh grouping past a hundred lakh crore, the crores' hundreds kept in the first
  group (``Rs 168,47,455 crore``), which no thousands grouping writes;
* ``US $`` written with a space (Indian English ``US $ 25-50 bn``), so that the
  qualifier before it reaches the figure (``north of US $ 80``), and ``beyond``;
* French ``de l'ordre d'`` (elided before ``un``) and ``maximal de``;
* Italian ``cioè`` (also written ``cioe'``) announcing an equivalent, ``circa``
  after the figure, a range with the articles of its ends (``tra i 30 e i 35
  milioni``), and a figure in parts joined by ``e`` (``un miliardo e 200 milioni
  di dollari``);
* a conversion word before the equivalent's own qualifier, past a time word or an
  adjective of the figure (``das entspricht aktuell knapp``, ``sterline lorde
  (pari a quasi``).

Expected values are the figures as printed on the pages named; the strings are
look-alikes with other figures.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs

MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
CRORE = Decimal(10) ** 7

BS_FISCAL = (
    "http://www.business-standard.com/article/opinion/"
    "is-fiscal-deficit-of-3-2-of-gdp-written-in-stone-117101200024_1.html"
)
BDO_TIFFIN = "https://tiffin.bdo.in/edition20/"
NOSSENATEURS = "https://archive.nossenateurs.fr/intervention/2753672"
AGEFI = "https://www.agefi.fr/theme/rachats-dactions?page=5"
BLITZ = "https://archivio.blitzquotidiano.it/cronaca-europa/londra-danni-per-oltre-170-milioni-di-euro-937251"
TERMOMETRO = "http://www.termometropolitico.it/rubriche/societa-2"
TUTTOMERCATO = (
    "https://www.tuttomercatoweb.com/serie-a/"
    "milan-si-tratta-il-rinnovo-con-emirates-possibile-intesa-tra-i-30-e-i-35-milioni-di-euro-annui-1741834"
)
DAGOSPIA = (
    "https://m.dagospia.com/sport/verde-oro-colato-federcalcio-brasiliana-rinnova-l-accordo-418648"
)
AKTIV = "https://www.aktiv-online.de/nachrichten/detailseite/news/neuer-gigant-liefert-jedes-dritte-bier-8851"
TIO = "https://www.tio.ch/dal-mondo/cronaca/1396667/vincita-record-all-euromillions-jackpot-da-208-milioni-di-franchi"


def _read(text: str, locale: str) -> list[tuple[Decimal, str | None, str | None]]:
    return [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]


def _pairs(text: str, locale: str) -> list[tuple[Decimal, Decimal]]:
    return [(p.source.amount, p.stated.amount) for p in extract_pairs(text, locale=locale)]


# -- lakh grouping with the crores' hundreds in front -----------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("GDP for 2018-19 projected at Rs 188,40,731 crore, the deficit", 18840731 * CRORE),
        ("a total of Rs 21,46,735 crore", 2146735 * CRORE),  # the usual grouping still reads
        ("Rs 2,786,349 crore", 2786349 * CRORE),  # and so does the thousands grouping
    ],
)
def test_lakh_grouping_past_a_hundred_lakh_crore(text: str, amount: Decimal) -> None:
    assert _read(text, "en_IN") == [(amount, "INR", None)], BS_FISCAL


def test_a_three_digit_group_after_pairs_is_no_thousands_grouping() -> None:
    # "1,234,56" is neither grouping: it stays unread as one figure of 123456
    assert all(m.amount != Decimal(123456) for m in extract("Rs 1,234,56 crore", locale="en_IN"))


# -- "US $" with a space, and the qualifier before it -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("crude now headed north of US $ 85 per bbl", (Decimal(85), "USD", "more_than")),
        ("the deficit may go beyond US $175.00 bn.", (175 * BILLION, "USD", "more_than")),
        ("imports of US $ 12 bn this year", (12 * BILLION, "USD", None)),
    ],
)
def test_spaced_us_dollar_and_its_qualifier(
    text: str, expected: tuple[Decimal, str, str | None]
) -> None:
    assert _read(text, "en_IN") == [expected], BDO_TIFFIN


def test_spaced_us_dollar_range() -> None:
    (found,) = extract("expected to bloat by US $ 30-45 bn this year", locale="en_IN")
    assert (found.currency, found.range) == ("USD", (30 * BILLION, 45 * BILLION)), BDO_TIFFIN


# -- French qualifiers --------------------------------------------------------------------


def test_french_de_l_ordre_d_elided() -> None:
    text = "les contrats étaient d'un montant de l'ordre d'un milliard d'euros."
    assert _read(text, "fr_FR") == [(BILLION, "EUR", "approximate")], NOSSENATEURS


def test_french_maximal_de_and_its_equivalent() -> None:
    text = (
        "un programme de rachat d’actions d’un montant maximal de 600 millions de dollars "
        "(environ 530 millions d’euros) sur une période"
    )
    assert _read(text, "fr_FR") == [
        (600 * MILLION, "USD", "at_most"),
        (530 * MILLION, "EUR", "approximate"),
    ], AGEFI
    assert _pairs(text, "fr_FR") == [(600 * MILLION, 530 * MILLION)], AGEFI


# -- Italian ------------------------------------------------------------------------------


@pytest.mark.parametrize("that_is", ["cioè", "cioe'", "ossia"])
def test_italian_cioe_announces_an_equivalent(that_is: str) -> None:
    text = f"costati almeno 120 milioni di sterline, {that_is} 140 milioni di euro, ma la cifra"
    assert _read(text, "it_IT") == [
        (120 * MILLION, "GBP", "at_least"),
        (140 * MILLION, "EUR", None),
    ], BLITZ
    assert _pairs(text, "it_IT") == [(120 * MILLION, 140 * MILLION)], BLITZ


def test_italian_circa_after_the_figure() -> None:
    text = "acquisizioni per un controvalore di 98,5 miliardi di euro circa. Il doppio"
    assert _read(text, "it_IT") == [(Decimal("98.5") * BILLION, "EUR", "approximate")], TERMOMETRO


def test_italian_circa_before_the_figure_still_reads() -> None:
    found = _read("per circa 3 miliardi di dollari", "it_IT")
    assert found == [(3 * BILLION, "USD", "approximate")]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("possibile intesa tra i 20 e i 25 milioni di euro annui", 20 * MILLION, 25 * MILLION),
        ("un accordo fra le 2 e le 3 milioni di euro", 2 * MILLION, 3 * MILLION),
        ("tra 20 e 25 milioni di euro", 20 * MILLION, 25 * MILLION),
    ],
)
def test_italian_range_with_articles(text: str, low: Decimal, high: Decimal) -> None:
    (found,) = extract(text, locale="it_IT")
    assert (found.amount, found.currency, found.range) == (low, "EUR", (low, high)), TUTTOMERCATO


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "un miliardo e 300 milioni di dollari (circa un miliardo e 200 milioni di euro)",
            [
                (Decimal(1300) * MILLION, "USD", None),
                (Decimal(1200) * MILLION, "EUR", "approximate"),
            ],
        ),
        ("un totale di 2 miliardi e 400 milioni di euro", [(Decimal(2400) * MILLION, "EUR", None)]),
        ("5 milioni e 200 mila euro", [(Decimal(5200000), "EUR", None)]),
    ],
)
def test_italian_figure_in_parts_joined_by_e(
    text: str, amounts: list[tuple[Decimal, str, str | None]]
) -> None:
    assert _read(text, "it_IT") == amounts, DAGOSPIA


def test_italian_parts_of_one_magnitude_stay_a_range() -> None:
    (found,) = extract("tra 1 miliardo e 2 miliardi di euro", locale="it_IT")
    assert found.range == (BILLION, 2 * BILLION)


def test_italian_two_sums_of_money_stay_two() -> None:
    found = _read("1 milione e 300 euro", "it_IT")
    assert found == [(MILLION, "EUR", None), (Decimal(300), "EUR", None)]


# -- a conversion word before the equivalent's own qualifier ----------------------------


def test_das_entspricht_with_a_time_word_and_a_qualifier() -> None:
    text = "Für 95 Milliarden Dollar, das entspricht aktuell knapp 85 Milliarden Euro, kauft er"
    assert _pairs(text, "de_DE") == [(95 * BILLION, 85 * BILLION)], AKTIV


def test_pari_a_quasi_after_an_adjective_of_the_figure() -> None:
    text = "porterà in tasca 150 milioni di sterline lorde (pari a quasi 180 milioni di franchi)"
    assert _pairs(text, "it_CH") == [(150 * MILLION, 180 * MILLION)], TIO


def test_no_pair_without_an_equivalent_figure_of_money() -> None:
    text = "Für 95 Milliarden Dollar, das entspricht aktuell knapp 20 Prozent des Umsatzes"
    assert _pairs(text, "de_DE") == []
