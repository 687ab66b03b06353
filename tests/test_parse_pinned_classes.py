"""The classes behind rows pinned in ``OPEN`` of ``tests/test_realtext.py``, each
with look-alike sentences from other real pages (their source named above each),
read by hand, and sentences where the rule must not fire."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, extract_pairs

D = Decimal


def _read(text: str, locale: str) -> list[tuple[Decimal, str | None]]:
    return [(m.amount, m.currency) for m in extract(text, locale=locale)]


# --------------------------------------------------------------------------- a number between
# A currency named at one figure carries to a later bare one with the same magnitude
# word over a percentage between them (a percentage is no amount), and over a year
# only where the words after the year make the bare one the end of a change that the
# first one starts ("de … en 2019 a …") or a part of it ("en 2022, dont …").

OVER_A_NUMBER = [
    # https://www.estrategiasdeinversion.com/actualidad/noticias/bolsa-espana/abertis-gana-559-millones-de-euros-hasta-septiembre-n-20040
    (
        "El resultado bruto de explotación (Ebitda) se ha situado en 1.782 millones de"
        " euros, un 10% más, mientras que los ingresos de explotación han alcanzado los"
        " 2.750 millones, lo que supone un avance del 10%.",
        "es_ES",
        [(D(1782e6), "EUR"), (D(2750e6), "EUR")],
    ),
    # https://eldato.do/destacan-aumento-sostenido-en-el-promedio-mensual-de-exportaciones-entre-2019-y-2024
    (
        "Un análisis reciente resalta que el promedio mensual de exportaciones del país"
        " pasó de 900 millones de dólares en 2019 a 1,300 millones en 2024, reflejando un"
        " crecimiento continuo.",
        "es_DO",
        [(D(900e6), "USD"), (D(1300e6), "USD")],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), OVER_A_NUMBER)
def test_the_currency_carries_over_a_percentage_or_a_year_that_ends_a_change(
    text: str, locale: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _read(text, locale) == expected


NOT_OVER_A_NUMBER = [
    # https://iphoneaddict.fr/post/news-324070-tiktok-devient-premiere-app-non-facebook-atteindre-3-milliards-telechargements
    # a percentage, then a count of downloads (and a sentence end)
    (
        "Les dépenses par les utilisateurs sont estimées à 919,2 millions de dollars. Bien"
        " que les nouveaux téléchargements de l'application aient diminué de 38% par"
        " rapport aux 619 millions de téléchargements un an plus tôt.",
        "fr_FR",
        [(D("919.2e6"), "USD")],
    ),
    # the eldato.do sentence above with a count after the change's end
    (
        "el país pasó de 900 millones de dólares en 2019 a 1,300 millones de visitas",
        "es_DO",
        [(D(900e6), "USD")],
    ),
    # fr_FR-019's clause with a count after the part
    (
        "1.000 milliards de dollars ont été consacrés à cette pratique en 2022, dont 90"
        " milliards de titres rachetés.",
        "fr_FR",
        [(D(1000e9), "USD")],
    ),
    # the same with the link elided before the count ("d'actions"): an elided link is
    # a link as "de" is
    (
        "1.000 milliards de dollars ont été consacrés à cette pratique en 2022, dont 90"
        " milliards d'actions rachetées.",
        "fr_FR",
        [(D(1000e9), "USD")],
    ),
    (
        "1.000 milliards de dollars ont été consacrés à cette pratique, et 90 milliards"
        " d’actions ont été rachetées.",
        "fr_FR",
        [(D(1000e9), "USD")],
    ),
    # a year and a plain "and": another year's figure, no change (as in
    # test_parse_world_real's NOT_CARRIED)
    (
        "Gastó 500 millones de euros en 2024 y 300 millones en 2025.",
        "es_ES",
        [(D(500e6), "EUR")],
    ),
    # a percentage between, then another magnitude word
    (
        "Facturó 5 mil millones de euros, un 10% más, y 300 millones de pedidos.",
        "es_ES",
        [(D(5e9), "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), NOT_OVER_A_NUMBER)
def test_the_currency_does_not_carry_over_a_number_to_a_count_or_another_year(
    text: str, locale: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _read(text, locale) == expected


# --------------------------------------------------------------------------- "atau", "বা"
# In Indonesian and Bengali news "or" alone between two figures of different
# currencies states the second as the first's equivalent ([pairs] or_converts);
# elsewhere "or" alone lists alternatives ("$5 billion or €4 billion").

Pair = tuple[tuple[Decimal, str | None], tuple[Decimal, str | None]]


def _pairs(text: str, locale: str) -> list[Pair]:
    return [
        ((p.source.amount, p.source.currency), (p.stated.amount, p.stated.currency))
        for p in extract_pairs(text, locale=locale)
    ]


OR_CONVERTS = [
    # https://finance.detik.com/berita-ekonomi-bisnis/d-5806483/ri-bakal-kebanjiran-investasi-uea-hingga-2024-nilainya-rp-636-t
    (
        "Pertama US$ 18 miliar atau Rp 257 triliun di INA (Indonesia Investment Authority)"
        " dan sisanya di Kementerian Investasi.",
        "id_ID",
        [((D(18e9), "USD"), (D(257e12), "IDR"))],
    ),
    # https://rmol.id/amp/2024/07/12/628108/as-hapus-utang-ri-rp565-miliar-barter-dengan-konservasi-terumbu-karang
    (
        "Amerika Serikat (AS) telah menghapus utang Indonesia sebesar 35 juta Dolar AS atau"
        " senilai Rp565,53 miliar.",
        "id_ID",
        [((D(35e6), "USD"), (D("565.53e9"), "IDR"))],
    ),
    # https://www.metrotvnews.com/read/kewCMMpm-investor-besar-masih-percaya-ri-hibah-bill-gates-jadi-bukti
    (
        "Hibah senilai USD159 juta atau sekitar Rp2,63 triliun (kurs Rp16.536) ini"
        " diharapkan dapat memberikan manfaat nyata dan efektif.",
        "id_ID",
        [((D(159e6), "USD"), (D("2.63e12"), "IDR"))],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), OR_CONVERTS)
def test_or_alone_states_an_equivalent_where_the_language_writes_it_so(
    text: str, locale: str, expected: list[Pair]
) -> None:
    assert _pairs(text, locale) == expected


OR_NO_PAIR = [
    # https://www.suarainvestor.com/kemenkeu-targetkan-hibah-indonesia-untuk-negara-lain-rp413-miliar-pada-2024/
    # "atau" then a percentage: no money after it
    (
        "Terjadi peningkatan yang cukup besar, yakni sebesar Rp166,6 miliar atau 66,8 persen"
        " (dibandingkan tahun sebelumnya)",
        "id_ID",
    ),
    # https://finance.detik.com/berita-ekonomi-bisnis/d-3891797/jokowi-sebut-ekonomi-ri-tembus-us-1-triliun-apa-artinya
    # "atau" then a verb, and a figure of the same currency later
    (
        "nilai PDB Indonesia saat ini sebesar US$ 1,02 triliun atau meningkat dibandingkan"
        " PDB pada 2016 yang sebesar US$ 932,7 juta.",
        "id_ID",
    ),
    # http://newsnine24.com (2017-18 export earnings): "বা" restating one amount in
    # another magnitude, one currency
    (
        "বাংলাদেশ ২০১৭-১৮ অর্থবছরে ২০২টি দেশে ৭৪৪টি পণ্য রপ্তানি করে ৪১,০০৭.৮৭ মিলিয়ন বা"
        " ৪১ বিলিয়ন মার্কিন ডলার আয় করেছে।",
        "bn_BD",
    ),
    # https://www.jhenedarkagoj.com/tag/বিদেশি-ঋণ : one currency on both sides of "বা"
    (
        "এক ডলারের দাম ১১৭ টাকা ধরলে এর পরিমাণ দাঁড়ায় ১ হাজার ৮৭ কোটি ডলার বা প্রায় ১১ বিলিয়ন ডলার।",
        "bn_BD",
    ),
    # https://www.ntvbd.com/economy/analysis : "বা" then a percentage
    ("গত ১৫ বছরে দেশের বিদেশি ঋণ বেড়েছে ৭৭ দশমিক ৮৫ বিলিয়ন ডলার বা প্রায় ৩৪২ শতাংশ।", "bn_BD"),
    # English "or" alone between symbols stays a list of alternatives
    ("The deal is worth $5 billion or €4 billion.", "en_US"),
    # Spanish "o" alone, likewise
    ("El premio es de 5.000 dólares o 4.000 euros.", "es_ES"),
]


@pytest.mark.parametrize(("text", "locale"), OR_NO_PAIR)
def test_or_alone_pairs_nothing_else(text: str, locale: str) -> None:
    assert _pairs(text, locale) == []


# --------------------------------------------------------------------------- ranges, articles
# An article may follow a range's link and its "from" or "between" word ("de los 5 a
# los 100 millones", "entre los 35€ y los 80€"), and "hasta" links a range's or a
# change's ends after "de"/"desde" ([ranges] from_links): it is then no "up to".

Reading = tuple[Decimal, str | None, str | None, tuple[Decimal, Decimal] | None]


def _readings(text: str, locale: str) -> list[Reading]:
    return [(m.amount, m.currency, m.qualifier, m.range) for m in extract(text, locale=locale)]


RANGES_WITH_ARTICLES = [
    # https://elpitazo.net/cultura/precio-de-espectaculos-en-venezuela-se-expresa-en-dolares/
    (
        "los tickets para ver El fantasma de la Ópera, un clásico del teatro musical, tienen"
        " un rango de precio que parte de los $49 hasta los $195.",
        "es_VE",
        [(D(49), "USD", None, (D(49), D(195)))],
    ),
    # https://spaineurovisioninfo.net/2017/12/22/enfado-por-los-desorbitados-precios-de-la-gira-de-ot-ir-a-ver-eurovision-sale-mas-barato/
    (
        "La entrada general para el mayor Festival del mundo es, sin embargo, 12€ más barata."
        " Varía entre los 35€ y los 80€ en la mejor posición de cara al escenario.",
        "es_ES",
        [(D(12), "EUR", None, None), (D(35), "EUR", None, (D(35), D(80)))],
    ),
    # the same page: "desde … hasta" with both currencies written is a change's two
    # figures by the project's reading of "from X to Y" (no span word before it), and
    # "hasta" is its link, no "up to" on the second
    (
        "Platinum: desde 85€ hasta 135€.",
        "es_ES",
        [(D(85), "EUR", None, None), (D(135), "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), RANGES_WITH_ARTICLES)
def test_range_links_take_articles_and_hasta_links_after_a_from_word(
    text: str, locale: str, expected: list[Reading]
) -> None:
    assert _readings(text, locale) == expected


HASTA_IS_UP_TO = [
    # https://www.lavozdegalicia.es/noticia/santiago/2018/12/01/espectaculo-tres-veces-caro-santiago-grandes-capitales/0003_201812S1C19914.htm
    (
        "Hay quien llegó a pagar hasta 50 euros por ver ayer a Love of Lesbian en Santiago.",
        "es_ES",
        [(D(50), "EUR", "at_most", None)],
    ),
    # https://auto24news.com/entradas-de-hasta-1-400-euros-para-ver-el-concierto-de-luis-miguel-en-madrid-se-consolida-la-era-de-las-tarifas-desorbitados
    (
        "Entradas de hasta 1.400 euros para ver el concierto de Luis Miguel en Madrid",
        "es_ES",
        [(D(1400), "EUR", "at_most", None)],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), HASTA_IS_UP_TO)
def test_hasta_alone_stays_up_to_and_joins_no_range(
    text: str, locale: str, expected: list[Reading]
) -> None:
    assert _readings(text, locale) == expected


NO_RANGE = [
    # a figure, then "hasta los" or "a los" with no "from" word before it: no range
    # (a rise and the price it ended at, es_AR-036's shape)
    "el dólar blue subió 10 pesos hasta los $1.225",
    "el dólar blue subió 10 pesos a los $1.225",
]


@pytest.mark.parametrize("text", NO_RANGE)
def test_a_link_with_an_article_joins_no_range_without_a_from_word(text: str) -> None:
    assert [(m.amount, m.range) for m in extract(text, locale="es_AR")] == [
        (D(10), None),
        (D(1225), None),
    ]


# --------------------------------------------------------------------------- 仙 (sen)
# The Chinese press of Malaysia writes the ringgit's sen as 仙 glued to the digits
# (zh [pence_letter]); after a numeral word or in a name it is no money.

SEN = [
    # https://boron.orientaldaily.com.my/news/business/2020/07/23/353689
    (
        "截至周四闭市,大马交易所收报9.80令吉,全天涨9仙或0.93%,成交量为346万股。",
        [(D("9.80"), "MYR"), (D("0.09"), "MYR")],
    ),
    # http://www.chinapress.com.my/20181114/ (全利资源 joins the MSCI index)
    (
        "全利资源开市先微挑1仙以7.16令吉迎市,之后股价节节攀升,一度站上7.63令吉。",
        [(D("0.01"), "MYR"), (D("7.16"), "MYR"), (D("7.63"), "MYR")],
    ),
    # https://boron.orientaldaily.com.my/news/business/2020/07/23/353689
    (
        "艾柏士保健(AHEALTH,7090,主板保健股)下跌57仙或14.36%,至3.40令吉",
        [(D("0.57"), "MYR"), (D("3.40"), "MYR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEN)
def test_sen_glued_to_digits_is_a_hundredth_of_the_ringgit(
    text: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _read(text, "zh_Hans_MY") == expected


NO_SEN = [
    # https://qqkmd.cn/cn/6/118203.html: the Eight Immortals, a numeral word
    "有一天,八仙来到了东海边,想要过海去参加王母娘娘的蟠桃会。",
    # a digit or a Latin letter right after 仙: no sen
    "型号74仙5",
    "编号12仙A",
]


@pytest.mark.parametrize("text", NO_SEN)
def test_no_sen_after_a_numeral_word_or_before_a_digit(text: str) -> None:
    assert _read(text, "zh_Hans_MY") == []


# --------------------------------------------------------------------------- "hasta" ends a change
# "hasta" right after the figure of a change that a change word announces is where the
# change ended ([qualifiers] change_ends, changes), not "up to".

CHANGE_ENDS = [
    # https://elespanol.com/invertia/empresas/20180803/banco-frances-credit-agricole-gano-primer-semestre/327468388_0.amp.html
    (
        "Su resultado bruto de explotación (Ebitda) aumentó un 9,7%, hasta los 3.703 millones"
        " de euros.",
        "es_ES",
        [(D(3703e6), "EUR", None, None)],
    ),
    # the same page
    (
        "Solo en el segundo trimestre, el beneficio neto consolidado creció un 8,4%, hasta los"
        " 1.610 millones de euros.",
        "es_ES",
        [(D(1610e6), "EUR", None, None)],
    ),
    # https://www.diariodecuyo.com.ar/argentina/Sigue-la-suba-de-dolar-blue-cerro-en-205-20220425-0093.html
    # ("El dólar blue ascendió $2 a $205 ayer"): the same change with "hasta"
    (
        "El dólar blue ascendió $2 hasta $205 ayer.",
        "es_AR",
        [(D(2), "ARS", None, None), (D(205), "ARS", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CHANGE_ENDS)
def test_hasta_after_the_figure_of_a_change_is_its_end(
    text: str, locale: str, expected: list[Reading]
) -> None:
    assert _readings(text, locale) == expected


HASTA_STAYS_UP_TO = [
    # a percentage and "hasta" with no change word: a cap
    ("Ofrece un descuento del 20%, hasta $5.000 por mes.", "es_AR", D(5000)),
    # a change word in the sentence before: another clause
    ("El dólar subió 10 pesos. Se venden hasta $5.000 por persona.", "es_AR", D(5000)),
]


@pytest.mark.parametrize(("text", "locale", "amount"), HASTA_STAYS_UP_TO)
def test_hasta_stays_up_to_without_a_change_and_its_figure(
    text: str, locale: str, amount: Decimal
) -> None:
    found = [(m.amount, m.qualifier) for m in extract(text, locale=locale)]
    assert (amount, "at_most") in found
