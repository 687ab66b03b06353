"""Classes of misreading found on real text from Argentine, Mexican and Brazilian
pages (``tests/data/realtext/es_AR.jsonl``, ``es_MX.jsonl``, ``pt_BR.jsonl``), each
tested on look-alike strings and named after the page that showed it.

* a qualifier between two figures is no stated equivalence: ``ascendió 10 pesos
  hasta los $1.225`` pairs nothing (a space alone before a figure written with
  its currency first pairs it, ``2000 கோடி டாலர் ரூ. 1,63,440 கோடி``, not a
  qualifier's words);
* a comma before an equivalent's bracket (``R$ 421 bilhões, (US$ 88 bilhões; …)``);
* the words that announce an equivalent: Portuguese ``o que equivale a``, ``eram
  equivalentes a``, a next sentence's ``O valor corresponde a``; Spanish ``es
  decir,``, ``o sea``, ``lo que fue igual a`` (never before a figure in the same
  currency);
* a figure right after the words that make it an exchange rate (``na cotação
  atual de R$ 5,60``) is the source of no pair;
* qualifiers of the languages' data: Portuguese ``na casa dos``, ``próximo de``,
  ``a partir de``, ``ao menos,``, ``no máximo,``; Spanish ``menores a``, ``más o
  menos``, ``casi a``, ``no llegaba a los``, ``rondaría``;
* Mexican ``62 mil 314.9 millones``: thousands of millions in a word, then millions
  with decimals;
* Mexican ``US dólares``;
* a word before ``de`` that makes ``de X a Y`` a range, not a change (``na faixa
  de R$ 50 a R$ 60``, ``que vai de US$ 15,50 a US$ 17,50``, ``iam de R$ 899 até
  R$ 1.899``).

Expected values are the figures as printed on the pages named.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs

MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9

AR_MOMENTO = (
    "https://noticiasdelmomento.com/economia-hoy/salto-el-precio-del-dolar-que-inversores-"
    "pactan-en-el-mercado-de-futuros-7-factores-que-meten-presion"
)
AR_FORTUNA = (
    "https://fortuna.perfil.com/2019-01-04-202191-cuanto-cayo-tu-salario-en-comparacion-al-dolar/"
)
AR_URGENTE = "https://urgente24.com/actualidad/en-olivos-si-hay-plata-y-milei-habria-hecho-una-reforma-millonaria-n576523"
AR_BROWN = "https://brownonline.com.ar/59760-destacado-el-dolar-se-acerca-a-los-47-y-el-gobierno-dice-que-no-lo-podemos-controlar-2019-08"
MX_ENCONTACTO = "http://encontacto.mx/tag/afore/"
MX_EFECTO = (
    "https://efectotequila.com/story/amlo-calculo-mal-costara-200-mil-mdp-cancelar-aeropuerto-bbva"
)
MX_KHOURY = "https://miguel-khoury.com/2024/07/02/bajan-remesas-en-mayo"
MX_ZOCALO = "http://www.zocalo.com.mx/new_site/articulo/pese-a-crisis-por-covid-19-crecen-las-remesas-por-el-efecto-del-dia-de-las/"
MX_TRENMAYA = "https://trenmayatrips.com/es/blog/precio-costo-boleto-tren-maya?hs_amp=true"
BR_SUPER = "https://super.abril.com.br/tecnologia/o-que-da-para-comprar-com-o-dinheiro-que-elon-musk-ofereceu-pelo-twitter/"
BR_EM = "https://em.com.br/emfoco/2025/01/21/o-que-o-dolar-tem-a-ver-com-o-seu-salario"
BR_ZEDUDU = "https://zedudu.com.br/dossie/prosap"
BR_LONDRINENSE = (
    "https://olondrinense.com.br/economia/o-salario-minimo-e-sua-relacao-com-dolar-entenda/"
)
BR_EXAME = "https://exame.abril.com.br/tecnologia/iphone-mais-do-que-dobrou-de-preco-no-brasil-desde-2008-mostra-estudo/"
BR_VALOR = "http://www.valor.com.br/brasil/5612863/cessao-onerosa-vale-ao-menos-us-28-bilhoes"
BR_AECEEE = "http://aeceee.org.br/cont.php?id=6233"
BR_EUQUERO = (
    "https://www.euqueroinvestir.com/empresas-buscam-recursos-em-filiais-veja-outros-destaques/"
)
AR_INFOEME = (
    "https://www.infoeme.com/nota/2024-6-6-9-1-0-de-cuanto-seria-la-jubilacion-minima-con-el-"
    "proyecto-de-diputados-y-cual-es-la-diferencia-con-la-actual"
)
BR_OGLOBO = "https://blogs.oglobo.globo.com/lauro-jardim/post/multas-empresas-que-desrespeitam-consumidor-podem-chegar-r-50-milhoes.html"
BR_BAHIA = "https://bahiaeconomica.com.br/wp/2018/07/18/uniao-europeia-multa-google-em-4-bilhoes-de-euros-maior-ja-aplicada-pelo-bloco"
BR_CIDADAO = "https://cidadaoms.com.br/?p=24442"


def _read(text: str, locale: str) -> list[tuple[Decimal, str | None, str | None]]:
    return [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]


def _pairs(text: str, locale: str) -> list[tuple[Decimal, str | None, Decimal, str | None]]:
    return [
        (p.source.amount, p.source.currency, p.stated.amount, p.stated.currency)
        for p in extract_pairs(text, locale=locale)
    ]


# -- a qualifier between two figures is no equivalence ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mientras que en el mercado informal el blue ascendió 10 pesos hasta los $1.225.",
        "el oficial subió 12 pesos hasta $1.300 en la semana.",
    ],
)
def test_a_qualifier_between_two_figures_pairs_nothing(text: str) -> None:
    assert _pairs(text, "es_AR") == [], AR_MOMENTO
    # both stay pesos: no pair reads the second one in another currency
    assert {m.currency for m in extract(text, locale="es_AR")} == {"ARS"}


def test_a_space_alone_before_a_currency_first_equivalent_still_pairs() -> None:
    # the rule the qualifier case is kept out of: nothing but a space between them
    text = "2000 கோடி டாலர் ரூ. 1,63,440 கோடி"
    assert [
        (p.source.currency, p.stated.currency) for p in extract_pairs(text, locale="ta_IN")
    ] == [("USD", "INR")]


# -- a comma before the bracket, and the words that announce an equivalent --------------


@pytest.mark.parametrize(
    ("text", "locale", "expected", "page"),
    [
        (
            "A empresa vale R$ 421 bilhões, (US$ 88 bilhões; pelo câmbio de hoje, 14/4).",
            "pt_BR",
            (421 * BILLION, "BRL", 88 * BILLION, "USD"),
            BR_SUPER,
        ),
        (
            "Em 2025, o salário mínimo brasileiro é de R$ 1.518, o que equivale a US$ 251.",
            "pt_BR",
            (Decimal(1518), "BRL", Decimal(251), "USD"),
            BR_EM,
        ),
        (
            "os 70 milhões de dólares eram equivalentes a aproximadamente R$ 302 milhões.",
            "pt_BR",
            (70 * MILLION, "USD", 302 * MILLION, "BRL"),
            BR_ZEDUDU,
        ),
        (
            "En total, suman 10 mil 480 millones de dólares, es decir, unos 200 mil millones"
            " de pesos.",
            "es_MX",
            (10480 * MILLION, "USD", 200000 * MILLION, "MXN"),
            MX_EFECTO,
        ),
        (
            "La remesa promedio fue de 381 dólares, o sea 6 mil 401 pesos.",
            "es_MX",
            (Decimal(381), "USD", Decimal(6401), "MXN"),
            MX_KHOURY,
        ),
        (
            "La remesa promedio que recibieron las familias mexicanas fue de 381 dólares, lo"
            " que fue igual a seis mil 401 pesos.",
            "es_MX",
            (Decimal(381), "USD", Decimal(6401), "MXN"),
            MX_KHOURY,
        ),
    ],
)
def test_an_announced_equivalent_is_paired(
    text: str, locale: str, expected: tuple[Decimal, str, Decimal, str], page: str
) -> None:
    assert _pairs(text, locale) == [expected], page


def test_the_next_sentence_restates_the_value() -> None:
    text = (
        "a União Europeia determinou uma multa de 4,3 bilhões de euros contra o Google."
        " O valor corresponde a R$ 19,5 bilhões."
    )
    expected = (Decimal("4.3") * BILLION, "EUR", Decimal("19.5") * BILLION, "BRL")
    assert _pairs(text, "pt_BR") == [expected], BR_BAHIA


def test_es_decir_before_a_difference_in_the_same_currency_pairs_nothing() -> None:
    text = "se ubica en U$S 358,44 es decir, acusa una pérdida de U$S 26,5 por cada mil kilos."
    assert _pairs(text, "es_AR") == []


def test_a_comma_before_a_bracket_of_the_same_currency_pairs_nothing() -> None:
    text = "a JBS (US$ 18,3 bilhões), (US$ 14 bi) da Eletrobras"
    assert _pairs(text, "pt_BR") == [], BR_SUPER


# -- a figure that is an exchange rate is the source of no pair ---------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "hoje o valor do salário mínimo de R$ 1.045,00 na cotação atual de R$ 5,60 é"
            " próximo de 190 dólares.",
            "pt_BR",
            (Decimal("1045.00"), "BRL", Decimal(190), "USD"),
        ),
        (
            "un sueldo de $ 9.500, que al tipo de cambio de $ 38 es cerca de 250 dólares.",
            "es_AR",
            (Decimal(9500), "ARS", Decimal(250), "USD"),
        ),
    ],
)
def test_an_exchange_rate_is_the_source_of_no_pair(
    text: str, locale: str, expected: tuple[Decimal, str, Decimal, str]
) -> None:
    """The rate is paired with nothing; the figure converted at it pairs with the
    equivalent the rate stands right before."""
    assert _pairs(text, locale) == [expected], BR_LONDRINENSE


def test_a_figure_without_rate_words_before_the_verb_still_pairs() -> None:
    assert _pairs("O salário era R$ 1.045, que era próximo de 190 dólares.", "pt_BR") == [
        (Decimal(1045), "BRL", Decimal(190), "USD")
    ], BR_LONDRINENSE


# -- qualifiers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected", "page"),
    [
        (
            "com dólar na casa dos R$ 6 para transações",
            "pt_BR",
            (6, "BRL", "approximate"),
            BR_ZEDUDU,
        ),
        ("é próximo de 190 dólares.", "pt_BR", (190, "USD", "approximate"), BR_LONDRINENSE),
        ("vendido a partir de R$ 7.300 no site", "pt_BR", (7300, "BRL", "at_least"), BR_EXAME),
        (
            "renderá, ao menos, US$ 28 bilhões à estatal",
            "pt_BR",
            (28 * BILLION, "USD", "at_least"),
            BR_VALOR,
        ),
        (
            "facturas menores a cinco millones de pesos.",
            "es_AR",
            (5 * MILLION, "ARS", "less_than"),
            AR_URGENTE,
        ),
        ("en dólares no llegaba a los u$s 300.", "es_AR", (300, "USD", "less_than"), AR_FORTUNA),
        ("el billete cerró casi a 47 pesos.", "es_AR", (47, "ARS", "approximate"), AR_BROWN),
        (
            "tendrá que pagar más o menos 45 dólares.",
            "es_MX",
            (45, "USD", "approximate"),
            MX_TRENMAYA,
        ),
        (
            "la jubilación mínima rondaría los 290.000 pesos",
            "es_AR",
            (290000, "ARS", "approximate"),
            AR_INFOEME,
        ),
        (
            "obrigada a desembolsar, no máximo, R$ 9 milhões em multa",
            "pt_BR",
            (9 * MILLION, "BRL", "at_most"),
            BR_OGLOBO,
        ),
    ],
)
def test_qualifiers_of_the_languages_data(
    text: str, locale: str, expected: tuple[int | Decimal, str, str], page: str
) -> None:
    amount, currency, qualifier = expected
    assert _read(text, locale) == [(Decimal(amount), currency, qualifier)], page


# -- Mexican numbers and names ---------------------------------------------------------------


def test_thousands_of_millions_in_a_word_then_millions_with_decimals() -> None:
    text = "el ahorro voluntario llegó a 62 mil 314.9 millones de pesos, informó la Consar."
    (found,) = extract(text, locale="es_MX")
    assert (found.amount, found.currency) == (Decimal("62314.9") * MILLION, "MXN"), MX_ENCONTACTO
    assert found.precision == Decimal("1E+5")
    assert found.text == "62 mil 314.9 millones de pesos"


def test_whole_millions_after_mil_read_as_before() -> None:
    assert _read("una pérdida de 413 mil 169 millones de pesos", "es_MX") == [
        (413169 * MILLION, "MXN", None)
    ]


def test_us_dolares_are_us_dollars() -> None:
    text = "con una remesa promedio de 319 US dólares (-0.9%)."
    assert _read(text, "es_MX") == [(Decimal(319), "USD", None)], MX_ZOCALO


# -- a word before "de" that makes "de X a Y" a range -------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "page"),
    [
        ("o PLD está na faixa de R$ 50 a R$ 60/MWh.", "50", "60", "BRL", BR_AECEEE),
        (
            "a faixa de preço, que vai de US$ 15,50 a US$ 17,50.",
            "15.50",
            "17.50",
            "USD",
            BR_EUQUERO,
        ),
        ("os preços iam de R$ 899 até R$ 1.899, para o aparelho", "899", "1899", "BRL", BR_CIDADAO),
    ],
)
def test_a_span_word_before_de_makes_a_range(
    text: str, low: str, high: str, currency: str, page: str
) -> None:
    (found,) = extract(text, locale="pt_BR")
    assert (found.currency, found.range) == (currency, (Decimal(low), Decimal(high))), page


def test_a_change_from_one_figure_to_another_stays_two_figures() -> None:
    found = extract("o preço passou de R$ 50 a R$ 60 em um ano.", locale="pt_BR")
    assert [(m.amount, m.range) for m in found] == [(Decimal(50), None), (Decimal(60), None)]
