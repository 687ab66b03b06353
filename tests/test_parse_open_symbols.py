"""A symbol the text's language implies no one territory for (issue #14): ``$`` in
Spanish text is the peso of Argentina, Mexico, Chile, Colombia, Uruguay ... or the
US dollar, so without a locale the language says nothing of which (``es.toml``:
``open_symbols``). The text's other evidence decides: a territory it names in its
language (CLDR's names), the candidates it writes with a sign of their own (``US$``
beside ``$``: the Latin American press's dollars and pesos); with none, the
currency stays open with its alternatives. A locale decides as before, and English
text keeps ``$`` as the US dollar.

Real strings are quoted with their page; the expected amounts are the figures as
printed (``$9.880 millones`` is 9,880 x 10^6: a Spanish text groups thousands
with ``.``), the currency the one legal tender today of the territory the text
names, as CLDR's territory data (fxnorm's extract) has it: Argentina ARS, United
States USD.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, parse
from fxnorm.territories import currencies_of, named_territories, territories_of

MILLION = Decimal(10) ** 6

SINTINTA = (
    "https://sintinta.com.ar/2021/02/09/"
    "en-los-ultimos-7-meses-en-la-argentina-hubo-inversiones-por-mas-de-us-7-000-millones/"
)
SINTINTA_TOTAL = (
    "Empresas nacionales e internacionales radicadas en el país anunciaron desde julio "
    "inversiones en la Argentina por un total de US$ 7.041 millones y $9.880 millones"
)
SINTINTA_JULY = (
    "Las principales inversiones anunciadas fueron en julio las de Unilever por $110 "
    "millones; la Asociación de Cooperativas Argentinas lo hizo por US$143 millones; GNI "
    "y Globant ($1.200 millones); Arneg Argentina (U$S15 millones)"
)
CLARIN = "https://clarin.com/economia/molinos-invierte-700-millones-planta-fideos_0_Sy4axNSLx.html"
CLARIN_TEXT = (
    "Molinos, la compañía de alimentos del grupo Perez Companc, presentó un plan de "
    "inversión de $ 700 millones en su planta de Lucchetti, en el partido bonaerense de "
    "Malvinas Argentinas."
)
INFOCAMPO = "https://www.infocampo.com.ar/molinos-anuncia-una-fuerte-inversion"
INFOCAMPO_TEXT = (
    "El grupo alimenticio Molinos anunció a la Bolsa de Comercio de Buenos Aires que "
    "destinará unos $300 millones este año. La empresa, propiedad de la familia Pérez "
    "Companc, cerró el ejercicio pasado con una ganancia de u$s200 millones."
)
ISSUE = "issue #14's example"


def _read(text: str, locale: str | None = None) -> list[tuple[str, Decimal, str | None, str]]:
    return [(m.text, m.amount, m.currency, m.resolved_by) for m in extract(text, locale=locale)]


def test_the_territory_named_decides_and_us_dollars_are_told_apart() -> None:
    # SINTINTA: the text names Argentina and writes its dollars US$: its $ is the peso
    found = _read(SINTINTA_TOTAL)
    assert found == [
        ("US$ 7.041 millones", 7041 * MILLION, "USD", "symbol"),
        ("$9.880 millones", 9880 * MILLION, "ARS", "context"),
    ], SINTINTA
    peso = extract(SINTINTA_TOTAL)[1]
    assert "USD" in peso.alternatives and "MXN" in peso.alternatives
    (note,) = [n for n in peso.notes if "territory" in n]
    assert "Argentina" in note and "USD" in note


def test_a_territory_in_a_name_counts_and_every_dollar_sign_is_read() -> None:
    # SINTINTA: "Arneg Argentina" names it; U$S and US$ are both the US dollar
    assert _read(SINTINTA_JULY) == [
        ("$110 millones", 110 * MILLION, "ARS", "context"),
        ("US$143 millones", 143 * MILLION, "USD", "symbol"),
        ("$1.200 millones", 1200 * MILLION, "ARS", "context"),
        ("U$S15 millones", 15 * MILLION, "USD", "symbol"),
    ], SINTINTA


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        ("Molino Trigotuc anunció una inversión por $ 90 millones.", 90 * MILLION, ISSUE),
        # "Malvinas Argentinas" is a district: no territory's name, as CLDR writes it
        (CLARIN_TEXT, 700 * MILLION, CLARIN),
    ],
)
def test_with_nothing_to_decide_the_spanish_dollar_sign_stays_open(
    text: str, amount: Decimal, source: str
) -> None:
    found = parse(text)
    assert (found.amount, found.currency, found.resolved_by) == (amount, None, "unresolved")
    # the peso candidates and the dollar all kept: never a silent guess
    assert {"ARS", "MXN", "CLP", "COP", "UYU", "USD"} <= set(found.alternatives), source
    assert any("implies no one territory" in n for n in found.notes)


def test_a_us_dollar_sign_beside_it_takes_the_dollar_out_of_the_alternatives() -> None:
    first, second = extract(INFOCAMPO_TEXT)
    assert (first.amount, first.currency) == (300 * MILLION, None), INFOCAMPO
    assert "USD" not in first.alternatives and "ARS" in first.alternatives
    assert (second.amount, second.currency) == (200 * MILLION, "USD"), INFOCAMPO


def test_two_territories_with_candidate_currencies_decide_nothing() -> None:
    found = parse("inversiones en México y en la Argentina por $9.880 millones")
    assert found.currency is None
    assert {"ARS", "MXN"} <= set(found.alternatives)


def test_a_dollar_territory_named_reads_the_dollar() -> None:
    found = parse("La empresa invertirá $ 50 millones en Estados Unidos")
    assert (found.amount, found.currency, found.resolved_by) == (50 * MILLION, "USD", "context")


def test_portuguese_dollar_sign_is_open_too() -> None:
    found = parse("A empresa vai investir $ 50 milhões na fábrica")
    assert (found.amount, found.currency) == (50 * MILLION, None)
    assert {"USD", "ARS"} <= set(found.alternatives)


@pytest.mark.parametrize(("locale", "peso"), [("es_AR", "ARS"), ("es_MX", "MXN")])
def test_a_locale_decides_as_before(locale: str, peso: str) -> None:
    found = parse("Molino Trigotuc anunció una inversión por $ 90 millones.", locale=locale)
    assert (found.amount, found.currency, found.resolved_by) == (90 * MILLION, peso, "locale")
    assert not any("territory" in n for n in found.notes)


def test_english_text_keeps_the_us_dollar() -> None:
    found = parse("The company said it would invest $ 90 million in Argentina.")
    assert (found.currency, found.resolved_by) == ("USD", "locale")


def test_the_territories_are_cldrs() -> None:
    assert named_territories(SINTINTA_TOTAL, "es") == {"AR": "Argentina"}
    assert named_territories(CLARIN_TEXT, "es") == {}
    assert currencies_of("AR") == ("ARS",)
    assert "AR" in territories_of("ARS") and "EC" in territories_of("USD")
