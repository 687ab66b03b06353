"""A bare figure with a magnitude word that its words say is money is read in the
currency of the locale the caller gives (fxnorm/parsing/implied.py).

The positives are real sentences, copied verbatim from the pages named, read by
hand before the rule was written: the page's currency is the locale's, named
nowhere in the sentence (or named as the locale's own). The negatives are the
cases the rule must leave bare: a figure that counts something (a link and a
noun after it, a noun after it in English), another currency named in the text,
no locale given (the text's language is only a guess), a default currency given.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, parse, read
from fxnorm.parsing.reader import parse_whole, takes_early_exit

# (locale, text, the figure as written, its amount, the currency, the words that
# say it is money, the page)
POSITIVES = [
    (
        "en_IN",
        "Telangana government announced that Spanish pharmaceutical company Chemo Pharma"
        " will spend over 100 crore in a second production line for final dosage forms"
        " (FDF) at their current Hyderabad plant.",
        "100 crore",
        "1000000000",
        "INR",
        "will spend",
        "https://newprojectstracker.com/blog/category/news/page/161",
    ),
    (
        "es_ES",
        "Detrás de ambos gigantes, la petrolera BP gastará 2.000 millones para transformar"
        " su refinería de Castellón en un centro de hidrógeno verde.",
        "2.000 millones",
        "2000000000",
        "EUR",
        "gastará",
        "https://www.eleconomista.es/actualidad/noticias/12317043/06/23/mas-alla-de-tesla-"
        "espana-atrae-mas-de-13000-millones-de-inversion-de-multinacionales-en-2023-.html",
    ),
    (
        "es_EC",
        "Pero hay otra veintena de rubros que, con la aplicación de un programa de"
        " optimización que busca promover el actual gobierno, podrían dejar un ahorro de al"
        " menos 92 millones.",
        "92 millones",
        "92000000",
        "USD",
        "ahorro de",
        "https://ecuavisa.com/amp/noticias/economia/ecuador-dos-mil-millones-estado-"
        "presupuesto-KL6814738",
    ),
    (
        "pt_PT",
        "Um destes investimentos é o da empresa João de Deus e Filhos, que vai investir 40,7"
        " milhões na sua fábrica de Samora Correia, Benavente, para a construção de duas"
        " novas linhas de produção de componentes para baterias elétricas e híbridas e de uma"
        " nova gama de intercoolers, o que vai permitir criar 100 novos postos de trabalho.",
        "40,7 milhões",
        "40700000",
        "EUR",
        "vai investir",
        "https://issuu.com./nersant/docs/revista-ribatejo-invest-setembro-2021/s/13485036",
    ),
    (
        "fr_FR",
        "Sanofi-Aventis ferme des sites, mais Pierre Fabre vient d'ouvrir une unité de"
        " fabrication en Haute-Savoie qui a nécessité un investissement de 15 millions.",
        "15 millions",
        "15000000",
        "EUR",
        "investissement de",
        "https://www.latribune.fr/journal/edition-du-0403/evenement/377730/"
        "l-investissement-en-france-n-est-pas-mort.html",
    ),
    (
        "fr_FR",
        "Et Boiron, le spécialiste de l'homéopathie, consacre 55 millions à ses cinq sites,"
        " avec une extension de celui de Messimy, près de Lyon.",
        "55 millions",
        "55000000",
        "EUR",
        "consacre",
        "https://www.latribune.fr/journal/edition-du-0403/evenement/377730/"
        "l-investissement-en-france-n-est-pas-mort.html",
    ),
    (
        "it_IT",
        "Il secondo assegna altri 13 milioni per l'aiuto dei disabili lievi, medio-gravi e gravi",
        "13 milioni",
        "13000000",
        "EUR",
        "assegna altri",
        "https://www.provincia.agrigento.it/flex/cm/pages/ServeBLOB.php/L/IT/IDPagina/10659",
    ),
    (
        "de_BE",
        "Der Staatshaushalt des Großherzogtums Luxemburg für das kommende Jahr wird"
        " Ausgaben von knapp 8,5 Milliarden [euro] vorsehen.",
        "8,5 Milliarden",
        "8500000000",
        "EUR",
        "Ausgaben von",
        "https://brf.be/regional/38685",
    ),
    (
        "de_BE",
        "Dies würde ein Defizit von gut 20 Millionen [euro] bedeuten.",
        "20 Millionen",
        "20000000",
        "EUR",
        "Defizit von",
        "https://brf.be/regional/38685",
    ),
    (
        "hi_IN",
        "कोरस के लिए 6,000 करोड़ जुटाएगी टाटा",
        "6,000 करोड़",
        "60000000000",
        "INR",
        "जुटाएगी",
        "http://sharemarkethindi.blogspot.com/2007/12/blog-post_19.html",
    ),
    (
        "hi_IN",
        "बाजार की कमजोरी से निवेशकों को लगी 2.72 लाख करोड़ की चपत",
        "2.72 लाख करोड़",
        "2720000000000",
        "INR",
        "की चपत",
        "https://indoasiantimes.com/business/%e0%a4%af%e0%a5%87-%e0%a4%b9%e0%a5%88%e0%a4%82"
        "-%e0%a4%a6%e0%a5%81%e0%a4%a8%e0%a4%bf%e0%a4%af%e0%a4%be-%e0%a4%95%e0%a5%80-10-%e0"
        "%a4%b8%e0%a4%ac%e0%a4%b8%e0%a5%87-%e0%a4%ae%e0%a4%9c%e0%a4%ac%e0%a5%82",
    ),
    (
        "hi_IN",
        "वहां देशी विदेशी कंपनियों द्वारा 45 हजार करोड़ का निवेश करने को तैयार हैं।",
        "45 हजार करोड़",
        "450000000000",
        "INR",
        "का निवेश",
        "https://www.aajsamaaj.com/tag/%E0%A4%B5%E0%A4%B9%E0%A4%BE%E0%A4%82-%E0%A4%A6%E0%A5"
        "%87%E0%A4%B6%E0%A5%80-%E0%A4%B5%E0%A4%BF%E0%A4%A6%E0%A5%87%E0%A4%B6%E0%A5%80-%E0"
        "%A4%95%E0%A4%82%E0%A4%AA%E0%A4%A8%E0%A4%BF%E0%A4%AF%E0%A5%8B/",
    ),
]


@pytest.mark.parametrize(
    ("locale", "text", "written", "amount", "currency", "words", "url"),
    POSITIVES,
    ids=[f"{p[0]}:{p[2]}" for p in POSITIVES],
)
def test_a_bare_figure_its_words_call_money_is_in_the_locales_currency(
    locale: str, text: str, written: str, amount: str, currency: str, words: str, url: str
) -> None:
    assert url.startswith("http")
    mentions = extract(text, locale=locale)
    assert [m.text for m in mentions] == [written]
    (found,) = mentions
    assert found.amount == Decimal(amount)
    assert found.currency == currency
    assert found.resolved_by == "locale"
    note = found.notes[-1]
    assert note.startswith(f"no currency written: read in {locale}'s currency {currency}")
    assert repr(words) in note
    # read() and parse() read it alike, and parse's early exit agrees with the pipeline
    assert list(read(text, locale=locale).mentions) == mentions
    assert parse(text, locale=locale) == found
    assert parse_whole(text, locale=locale) == found


def test_a_figure_before_one_that_names_the_locales_currency_is_read_too() -> None:
    # the text names euros for the second figure: the locale's own currency, no other
    text = (
        "Dopo i chiarimenti forniti dagli assessori del Bilancio, Giuseppe Fasolino, e della"
        " Sanità, Mario Nieddu, è arrivato il via libera al Disegno di legge n. 24, che"
        " autorizza la spesa di 25 milioni per il 2019, di 60,6 milioni di euro anni per il"
        " 2020 e di altrettanti 60,6 milioni per il 2021."
    )
    # https://laprovinciadelsulcisiglesiente.com/tag/giuseppe-fasolino/page/12
    first, second = extract(text, locale="it_IT")[:2]
    assert (first.text, first.amount, first.currency) == ("25 milioni", Decimal(25000000), "EUR")
    assert first.resolved_by == "locale" and "'spesa di'" in first.notes[-1]
    assert (second.amount, second.currency, second.resolved_by) == (
        Decimal(60600000),
        "EUR",
        "name",
    )


def test_the_territorys_other_legal_tenders_are_the_alternatives() -> None:
    # Panama's legal tenders are the balboa and the US dollar
    found = parse("El Gobierno invertirá 300 millones para la nueva línea.", locale="es_PA")
    assert found.currency == "PAB"
    assert set(found.alternatives) == {"PAB", "USD"}
    assert found.resolved_by == "locale"


def test_the_early_exit_reads_a_short_text_as_the_pipeline_does() -> None:
    text = "BP gastará 2.000 millones."
    assert takes_early_exit(text, locale="es_ES")
    found = parse(text, locale="es_ES")
    assert found == parse_whole(text, locale="es_ES")
    assert (found.amount, found.currency, found.resolved_by) == (
        Decimal(2000000000),
        "EUR",
        "locale",
    )
    # another text of the same shape takes the plan the first one left
    again = parse("BP gastará 3.000 millones.", locale="es_ES")
    assert (again.amount, again.currency) == (Decimal(3000000000), "EUR")


# (locale, text, why it stays bare); the figure is read, with no currency
NEGATIVES = [
    # a link and a noun after it: what it counts
    ("es_ES", "La planta ahorrará 2 millones de litros de agua al año.", "litros counted"),
    ("es_ES", "Se destinarán 3 millones de hectáreas a la reforestación.", "hectáreas counted"),
    ("pt_PT", "O programa vai investir 2 milhões de horas de formação.", "horas counted"),
    ("fr_FR", "L'usine consacre 2 millions d'heures à la formation.", "heures counted"),
    # a noun right after it (English writes the thing counted after the number)
    ("en_IN", "The country saved 2 million doses for the second wave.", "doses counted"),
    ("en_GB", "The party lost 2 million votes in the north.", "votes counted"),
    ("en_IN", "The scheme will spend 3 crore hours of labour.", "hours counted"),
    # a Hindi figure with people after it and no word of money
    ("hi_IN", "योजना से 2 करोड़ लोगों को फायदा होगा", "लोगों counted"),
    # a count word the context stage knows: no money-like figure
    ("es_ES", "La inversión de 2 millones de años luz.", "años counted"),
    # no word that says it is money
    ("es_ES", "Asistieron 2 millones a la manifestación.", "no word of money"),
]


@pytest.mark.parametrize(("locale", "text", "why"), NEGATIVES, ids=[n[2] for n in NEGATIVES])
def test_a_counted_figure_stays_bare(locale: str, text: str, why: str) -> None:
    assert extract(text, locale=locale) == [], why
    found = parse(text, locale=locale)
    assert found.currency is None and found.resolved_by == "unresolved", why
    assert found == parse_whole(text, locale=locale)


def test_another_currency_named_in_the_text_leaves_the_figure_bare() -> None:
    # the figure may be in the dollars the text names, with a figure or without one
    for text in (
        "El dólar subió. La petrolera gastará 2.000 millones para su refinería.",
        "La empresa gastará 2.000 millones para su refinería y 50 millones de dólares más.",
        "La empresa gastará 2.000 millones para su refinería (unos US$ 2.200 millones).",
    ):
        bare = [m for m in read(text, locale="es_ES").mentions if m.text == "2.000 millones"]
        assert all(m.currency is None for m in bare), text
        assert all("gastará" not in note for m in bare for note in m.notes), text
    assert parse_whole("El dólar subió: gastará 2.000 millones.", locale="es_ES").currency in (
        None,
        "USD",
    )


@pytest.mark.parametrize("locale", [None, "es", "en"])
def test_no_locale_or_one_without_a_territory_leaves_it_bare(locale: str | None) -> None:
    # no locale: the text's language (Spanish) is a guess, no page's territory; a
    # language alone names no territory either
    text = "Detrás de ambos gigantes, la petrolera BP gastará 2.000 millones para transformar."
    assert extract(text, locale=locale) == []
    found = parse(text, locale=locale)
    assert found.currency is None
    assert not any("gastará" in note for note in found.notes)


def test_a_default_currency_still_decides() -> None:
    text = "la petrolera BP gastará 2.000 millones para transformar su refinería"
    (found,) = extract(text, locale="es_ES", default_currency="USD")
    assert (found.currency, found.resolved_by) == ("USD", "default")
