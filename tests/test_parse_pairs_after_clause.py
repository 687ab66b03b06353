"""A stated conversion a clause away (issue #14 item 2): the writer names a figure,
goes on for a clause, then converts it, and a word that announces the conversion
ends a few words before the stated figure ("570 milliards de dinars vont être
imprimés pour couvrir les besoins de l'année, soit 4,38 milliards de dollars").

The rule: in one sentence, with no bracket and no other figure of money between
them (a rate the ``[pairs] rates`` words mark is passed over), the next figure of
money after a figure in another currency is its stated equivalent when a word of
``[pairs] converts`` ends at most three words before it or its qualifier, or when
the rate passed over stands that close to it. Pairing stays conservative: two
figures with no such word are no pair, nor are a figure and a rate, nor two figures
in one currency. The sentences below are real (their pages named) unless marked as
a look-alike; the expected readings were made by hand from the text.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from fxnorm import extract_pairs

_LEXICON = Path(__file__).resolve().parents[1] / "fxnorm" / "data" / "lexicon"


def _read(text: str, locale: str) -> list[tuple[str, Decimal, str, Decimal]]:
    return [
        (
            str(pair.source.currency),
            pair.source.amount,
            str(pair.stated.currency),
            pair.stated.amount,
        )
        for pair in extract_pairs(text, locale=locale)
    ]


@pytest.mark.parametrize(
    ("text", "locale", "url", "expected"),
    [
        (
            "il a donné un chiffre : 570 milliards de dinars vont être imprimés pour couvrir "
            "les besoins de l’année, soit 4,38 milliards de dollars au taux officiel, ou "
            "encore 2,8 milliards de dollars au Square Port Saïd qui n’a rien à voir avec le "
            "frère du Président, soit du simple au presque double, ce qui change beaucoup de "
            "choses.",
            "fr_DZ",
            "http://www.elwatan.com/chroniques/pointzero/les-argents-01-10-2017-353734_173.php",
            [
                ("DZD", Decimal("570000000000"), "USD", Decimal("4380000000")),
                # the second equivalent, after 'ou encore' (or else), of the same figure
                ("DZD", Decimal("570000000000"), "USD", Decimal("2800000000")),
            ],
        ),
        (
            "Nos EUA, o aparelho na configuração mais simples custa US$ 649, o que convertido "
            "para a cotação do dólar no dia do anúncio no Brasil, se torna R$ 2.096.",
            "pt_BR",
            "https://uol.com.br/tilt/noticias/redacao/2016/11/08/"
            "iphone-7-no-brasil-e-r-1417-mais-caro-que-nos-eua-veja-tabela-de-precos.htm",
            [("USD", Decimal("649"), "BRL", Decimal("2096"))],
        ),
        (
            "O valor de R$ 1.412 do salário mínimo brasileiro, convertido em US$ 257,47, só "
            "não é pior que os valores pagos a trabalhadores da República Dominicana, "
            "Argentina e Venezuela.",
            "pt_BR",
            "https://www.sobral24horas.com/2024/08/brasil-teve-4-pior-salario-minimo-da.html",
            [("BRL", Decimal("1412"), "USD", Decimal("257.47"))],
        ),
        (
            # the rate it was converted at stands right before the equivalent
            "hoje o valor do salário mínimo de R$ 1.045,00 na cotação atual de R$ 5,60 é "
            "próximo de 190 dólares.",
            "pt_BR",
            "https://olondrinense.com.br/economia/o-salario-minimo-e-sua-relacao-com-dolar-entenda/",
            [("BRL", Decimal("1045.00"), "USD", Decimal("190"))],
        ),
        (
            "A principio de 2018, un trabajador que ganaba $ 9.500, el salario mínimo en ese "
            "momento, al convertirlo en dólares recibía u$s 463,41.",
            "es_AR",
            "https://fortuna.perfil.com/2019-01-04-202191-cuanto-cayo-tu-salario-en-"
            "comparacion-al-dolar/",
            [("ARS", Decimal("9500"), "USD", Decimal("463.41"))],
        ),
        (
            "Si bien para diciembre del 2018, un trabajador tenía un sueldo mínimo de $ 11.300, "
            "en dólares no llegaba a los u$s 300.",
            "es_AR",
            "https://fortuna.perfil.com/2019-01-04-202191-cuanto-cayo-tu-salario-en-"
            "comparacion-al-dolar/",
            [("ARS", Decimal("11300"), "USD", Decimal("300"))],
        ),
        (
            # a day and a year between them are no figures of money
            "un colombiano que reuniera 200 millones de pesos hace apenas cinco meses, "
            "específicamente el 9 de abril de 2025, habría podido convertirlos en 53.333 "
            "dólares.",
            "es_CO",
            "https://prestamo-en-linea.com/cuanto-es-200-millones-de-pesos-colombianos-en-dolares",
            [("COP", Decimal("200000000"), "USD", Decimal("53333"))],
        ),
        (
            # the rate, written bare, is no figure of money; a point inside it ends nothing
            "La segunda nota alude a un salario promedio de $1.483.740 en octubre, que al tipo "
            "de cambio del 31 de octubre por 1.475,11 apenas podría cambiarlos por 1.005,85 "
            "dólares.",
            "es_AR",
            "https://desalambrar.com.ar/los-ingresos-populares-corren-detras-de-los-precios/",
            [("ARS", Decimal("1483740"), "USD", Decimal("1005.85"))],
        ),
        (
            "la compagnia petrolifera anglo-olandese Royal Dutch Shell ha dichiarato di aver "
            "concretizzato l’acquisizione della rivale britannica British Gas (Bg) per un "
            "valore pari a 47 miliardi di sterline: si tratta dunque di una cifra traducibile "
            "in 65 miliardi di euro.",
            "it_IT",
            "https://piazzaffari.info/tag/shell",
            [("GBP", Decimal("47000000000"), "EUR", Decimal("65000000000"))],
        ),
        (
            "gut 4500-mal so viel wie der Umsatz von Volkswagen (2009: 105 Milliarden Euro - "
            "umgerechnet zum aktuellen Dollarkurs rund 135 Milliarden US-Dollar/2009 "
            "umgerechnet)",
            "de_DE",
            "http://www.eu-info.de/dpa-europaticker/176369.html",
            [("EUR", Decimal("105000000000"), "USD", Decimal("135000000000"))],
        ),
    ],
)
def test_a_conversion_a_clause_away_pairs(
    text: str, locale: str, url: str, expected: list[tuple[str, Decimal, str, Decimal]]
) -> None:
    assert _read(text, locale) == expected, url


@pytest.mark.parametrize(
    ("text", "locale", "url", "expected"),
    [
        (
            # a rate as the source: '$ 38' is the dollar's price, the salary's is elsewhere
            "De hecho, con un dólar por encima de los $ 38, el salario equivale a u$s 295.",
            "es_AR",
            "https://fortuna.perfil.com/2019-01-04-202191-cuanto-cayo-tu-salario-en-"
            "comparacion-al-dolar/",
            [],
        ),
        (
            # a rate, then a figure in another currency with no word that converts: the
            # salary converted stands in the sentence before
            "Como o dólar naquele período era de R$ 0,829, o salário mínimo correspondia em "
            "torno de 79 dólares, então a remuneração era de 300 dólares.",
            "pt_BR",
            "https://olondrinense.com.br/economia/o-salario-minimo-e-sua-relacao-com-dolar-entenda/",
            [],
        ),
        (
            # 'convertemos o valor em reais' converts the price, not the R$ 500 it fell by;
            # the word ends far before the dollar figure
            "Apesar de o preço brasileiro do iPhone ter caído R$ 500 de 2015 para este ano, se "
            "convertemos o valor em reais para a cotação do dólar, ele chega a US$ 1.076.",
            "pt_BR",
            "https://uol.com.br/tilt/noticias/redacao/2016/11/08/"
            "iphone-7-no-brasil-e-r-1417-mais-caro-que-nos-eua-veja-tabela-de-precos.htm",
            [],
        ),
        (
            # 'dont' (of which) opens a part in dinars: no conversion of the euros
            "Les recettes sont estimées à 2.786 milliards de dinars (27,86 milliards d'euros), "
            "dont 1.628 milliards DA de fiscalité pétrolière et 1.158 milliards DA de "
            "fiscalité ordinaire, cette dernière étant en augmentation de 10% par rapport à "
            "l'année 2008.",
            "fr_DZ",
            "http://forum-algerie.com/topic/10179-alg%C3%A9rie-projet-de-loi-de-finances-2009-"
            "adopt%C3%A9-avec-un-baril-%C3%A0-37-dollars/",
            [("DZD", Decimal("2786000000000"), "EUR", Decimal("27860000000"))],
        ),
        (
            # 'soit' announces a percentage; the next figure is in the same currency
            "la loi de finances 2010 a été établi pour 2010 un budget de fonctionnement de "
            "2.838 milliards de dinars, soit une hausse de 6,6%, dont 1.600 milliards de "
            "dinars pour le fonctionnement des services de l’Etat",
            "fr_DZ",
            "https://latribune-algerie.com/algerie/la-loi-de-finances-2010-s%e2%80%99inscrit-"
            "dans-le-cadre-du-souci-de-la-paix-sociale-a-court-terme-et-non-d%e2%80%99une-"
            "vision-strategique-du-developpement-de-l%e2%80%99algerie-de-demain",
            [],
        ),
        (
            # after the aside's equivalent, the price paid in dollars is another figure
            "Il concorrente invece, con un giro d'affari di 'soli' 7,5 miliardi dollari - 6,3 "
            "miliardi di euro - è reduce dall'acquisto, a metà dicembre, del produttore di "
            "snack salati Amplify, pagato 1,6 miliardi di dollari, decisamente troppo per gli "
            "analisti Usa.",
            "it_IT",
            "https://distribuzionemoderna.info/tag/cioccolato?locale=it&page=3",
            [("USD", Decimal("7500000000"), "EUR", Decimal("6300000000"))],
        ),
        (
            # 'Umgerechnet' opens the next sentence and sums the whole offer: no conversion
            # of the share price
            "Das Angebot von Toyota Fudosan liegt bei 16.300 Yen je Aktie und damit unter dem "
            "letzten Börsenkurs von 18.400 Yen. Umgerechnet sind das insgesamt rund 26 "
            "Milliarden Euro.",
            "de_DE",
            "https://www.finanznachrichten.de/nachrichten-2025-06/65568762-zulieferer-zum-"
            "spottpreis-toyota-industries-bald-geschichte-mega-uebernahme-bahnt-sich-an-049.htm",
            [],
        ),
        (
            # only the nearest figure before the bracket is its source
            "Bei Bestechungen in Höhe von bis zu 20 Millionen Rubel beläuft sich die Strafe auf "
            "das Dreißigfache, mindestens aber 20 Millionen Rubel (umgerechnet circa 500.000 "
            "Euro).",
            "de_DE",
            "https://blogs.pwc.de/russland-news/2011/06/21/russland-verscharft-strafen-bei-"
            "korruption/",
            [("RUB", Decimal("20000000"), "EUR", Decimal("500000"))],
        ),
        (
            # a second prize after the bracketed equivalent: listed, not converted
            "If you want to join the hugely successful ranks of UK EuroMillions players, then "
            "tonight's draw is offering a £10 million (€15 million) jackpot alongside another "
            "£1 million prize in UK Millionaire Maker.",
            "en_GB",
            "https://euro-millions.com/news/value-of-uk-euromillions-superdraw-prizes-explained",
            [("GBP", Decimal("10000000"), "EUR", Decimal("15000000"))],
        ),
        (
            # a list of old notes, each with its bracketed value: no note converts the next
            "However, some of the currencies the euro replaced had widely used high-value "
            "notes, including the 5,000 Austrian schillings (€363), the 1,000 Dutch guilders "
            "(€454), the 1,000 Deutsche Marks (€511), and the 500 Latvian lats (€711).",
            "en_GB",
            "https://wikisum.wiki/wiki/500_euro_note",
            [
                ("ATS", Decimal("5000"), "EUR", Decimal("363")),
                ("NLG", Decimal("1000"), "EUR", Decimal("454")),
                ("DEM", Decimal("1000"), "EUR", Decimal("511")),
                ("LVL", Decimal("500"), "EUR", Decimal("711")),
            ],
        ),
    ],
)
def test_no_pair_without_a_word_that_converts_the_figure(
    text: str, locale: str, url: str, expected: list[tuple[str, Decimal, str, Decimal]]
) -> None:
    assert _read(text, locale) == expected, url


def test_the_nearest_figure_of_another_currency_is_the_source() -> None:
    """Look-alike: the dinars and the euros both come before 'soit'; the dollars
    convert the euros, the figure right before them."""
    text = (
        "Le budget prévoit 570 milliards de dinars et une aide de 2 milliards d'euros "
        "versée par l'Union européenne pour couvrir les besoins urgents de l'année qui "
        "commence, soit 2,2 milliards de dollars."
    )
    assert _read(text, "fr_DZ") == [("EUR", Decimal("2000000000"), "USD", Decimal("2200000000"))]


def test_a_rate_passed_over_is_neither_source_nor_equivalent() -> None:
    """Look-alike: the rate between the salary and its equivalent pairs with nothing."""
    text = (
        "O salário de R$ 1.518 em janeiro, na cotação atual de R$ 5,80 do dólar comercial, "
        "se torna US$ 262."
    )
    assert _read(text, "pt_BR") == [("BRL", Decimal("1518"), "USD", Decimal("262"))]


def test_a_conversion_word_far_from_the_figure_pairs_nothing() -> None:
    """Look-alike: 'umgerechnet' ends more than three words before the dollars."""
    text = (
        "Der Umsatz lag bei 105 Milliarden Euro, umgerechnet lag der Gewinn des Konzerns im "
        "selben Jahr dagegen bei 9 Milliarden US-Dollar."
    )
    assert _read(text, "de_DE") == []


@pytest.mark.parametrize("language", ["de", "en", "es", "fr", "it", "pt"])
def test_each_language_touched_has_words_that_convert(language: str) -> None:
    data = json.loads((_LEXICON / f"{language}.json").read_text(encoding="utf-8"))
    assert data["pairs"]["converts"], language
