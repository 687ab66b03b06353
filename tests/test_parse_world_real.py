"""The classes of miss that real text from Russian, Arabic, Turkish, Spanish, Portuguese,
Chinese and Urdu pages showed (``tests/data/realtext/``: ru_RU, ar_*, tr_TR, es_ES,
es_CO, es_PE, pt_PT, zh_Hans_SG, zh_Hans_MY, ur_PK …), each read on strings that look
like the real ones, and on the look-alikes that must stay as they are.

Each group names the page whose sentence showed the class; the expected values are
read by hand from the strings here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, extract_pairs

D = Decimal


def _read(text: str, locale: str | None) -> list[tuple[Decimal, str | None, str | None]]:
    return [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]


def _pairs(text: str, locale: str) -> list[tuple[Decimal, str | None, Decimal, str | None]]:
    return [
        (p.source.amount, p.source.currency, p.stated.amount, p.stated.currency)
        for p in extract_pairs(text, locale=locale)
    ]


# --------------------------------------------------------------------------- qualifiers

QUALIFIED = [
    # Spanish press: "cercano a", "sobre los" (around), "superará", "superiores a"
    # https://www.eleconomista.es/industria/noticias/12832288/05/24/espana-atrae-mas-de-51000-millones-de-inversion-extranjera-desde-2022.html
    (
        "Prevé un gasto cercano a los 2.000 millones de euros.",
        "es_ES",
        D(2e9),
        "EUR",
        "approximate",
    ),
    ("El coste superará los 800 millones de euros.", "es_ES", D(800e6), "EUR", "more_than"),
    # https://www.eleconomista.es/actualidad/noticias/12317043/06/23/mas-alla-de-tesla-espana-atrae-mas-de-13000-millones-de-inversion-de-multinacionales-en-2023-.html
    (
        "Solo cuentan proyectos superiores a los 50 millones de euros.",
        "es_ES",
        D(50e6),
        "EUR",
        "more_than",
    ),
    # https://dirigentesdigital.com/hemeroteca/espana_busca_aumentar_su_presencia_empresarial_en_peru-bsdd11254/
    (
        "La inversión llegó sobre los 1.200 millones de dólares.",
        "es_ES",
        D(1200e6),
        "USD",
        "approximate",
    ),
    # Arabic: "تقارب" (nearing), "ستتجاوز" (will exceed)
    # https://www.erembusiness.com/contracts-and-agreements/wbv7s7e
    ("صفقة بقيمة تقارب 25 مليار دولار", "ar_AE", D(25e9), "USD", "approximate"),
    ("قيمة العقد ستتجاوز 40 مليار دولار", "ar_AE", D(40e9), "USD", "more_than"),
    # Turkish: the verb "exceed" after the figure it bounds
    # https://firmandex.com/45-gunde-21-milyar-dolar
    ("Yatırımların toplamı 15 milyar doları aştı.", "tr_TR", D(15e9), "USD", "more_than"),
    ("İhracat 3 milyar doları aşkın bir değere ulaştı.", "tr_TR", D(3e9), "USD", "more_than"),
    # Arabic "تصل إلى" (reaching up to)
    # https://xn--mgbaaebccr4cxezfcdfg0g.com/?p=909170
    ("مشروع بتكلفة تصل إلى 40 مليار ريال", "ar_SA", D(40e9), "SAR", "at_most"),
]


@pytest.mark.parametrize(("text", "locale", "amount", "currency", "qualifier"), QUALIFIED)
def test_qualifier_words_of_the_press(
    text: str, locale: str, amount: Decimal, currency: str, qualifier: str
) -> None:
    assert _read(text, locale) == [(amount, currency, qualifier)]


PLAIN = [
    # "sobre" alone is "on", and "unas" an article before a noun: no qualifier
    # https://castellonplaza.com/castellonplaza/empresas2/las-filiales-de-companias-extranjeras-generan-el-22-de-la-facturacion-empresarial-valenciana
    ("Se aplica un recargo sobre 100 euros de compra.", "es_ES", D(100), "EUR"),
    ("La filial registra unas ventas de 7.521 millones de euros.", "es_ES", D(7521e6), "EUR"),
    # a Turkish figure that "reached" (ulaşacak) its sum is no bound
    # https://www.haberturk.com/google-cloud-dan-turkiye-ye-2-milyar-dolarlik-yatirim-3839192-teknoloji
    ("Toplam yatırım miktarı 3 milyar dolara ulaşacak.", "tr_TR", D(3e9), "USD"),
]


@pytest.mark.parametrize(("text", "locale", "amount", "currency"), PLAIN)
def test_look_alikes_of_qualifiers_stay_plain(
    text: str, locale: str, amount: Decimal, currency: str
) -> None:
    assert _read(text, locale) == [(amount, currency, None)]


# --------------------------------------------------------------------------- currencies


def test_russian_dollar_abbreviation_without_its_full_stop() -> None:
    # https://litportal.ru/avtory/pavel-kravchenko/read/page/29/kniga-ekonomika-upuschennyh-vozmozhnostey-743744.html
    text = "экспорт в размере 95 млрд долл, был достигнут в 2004 году"
    assert _read(text, "ru_RU") == [(D(95e9), "USD", None)]


@pytest.mark.parametrize(
    ("locale", "currency"),
    [("zh_Hans_SG", "SGD"), ("zh_Hans_CN", "CNY"), ("zh_Hant_TW", "TWD"), ("zh_Hant_HK", "HKD")],
)
def test_chinese_yuan_unit_is_the_territorys_dollar(locale: str, currency: str) -> None:
    # Singapore's Chinese press writes 元 for the Singapore dollar:
    # https://zaobao.com.sg/finance/china/story20180614-867153
    assert _read("公司以50亿元收购对手", locale) == [(D(5e9), currency, None)]


def test_turkish_dollar_named_with_its_country() -> None:
    # https://www.sozcu.com.tr/2022/yazarlar/deniz-zeyrek/yapim-yikim-ve-donusum-7145173/
    text = "İhale 1 milyar 250 milyon Amerikan doları teklif eden şirkette kaldı."
    assert _read(text, "tr_TR") == [(D(1250e6), "USD", None)]


def test_arabic_counts_before_a_plural_magnitude() -> None:
    # https://archive.ainarabia.com/ (Vodafone and Verizon): "عشرة مليارات دولار"
    assert _read("لتدبير خمسة مليارات دولار من البنوك", "ar_SA") == [(D(5e9), "USD", None)]
    assert _read("اقترض عشرة ملايين دولار", "ar_SA") == [(D(10e6), "USD", None)]
    # a count word before anything but a magnitude is no amount
    assert _read("دفع عشرة أشخاص 5 دولارات", "ar_SA") == [(D(5), "USD", None)]


# --------------------------------------------------------------------------- carried currency

CARRIED = [
    # https://cronicaeconomica.com/?p=73544
    (
        "Un volumen bruto de 12.500 millones de euros y un flujo neto de 8.300 millones.",
        "es_ES",
        [(D(12500e6), "EUR"), (D(8300e6), "EUR")],
    ),
    # https://www.dn.pt/dinheiro/interior/lucros-das-1000-maiores-sao-de-de-58-mil-milhoes-de-euros-8990376.html
    (
        "Os lucros atingiram 4,2 mil milhões de euros, face aos 3,9 mil milhões registados.",
        "pt_PT",
        [(D(4200e6), "EUR"), (D(3900e6), "EUR")],
    ),
    # https://eco.sapo.pt/2026/01/20/aicep-contratualizou-investimentos-recorde-de-36-mil-milhoes-em-2025/
    (
        "Somam 300,5 milhões de euros, muito acima dos 250 milhões contratualizados antes.",
        "pt_PT",
        [(D("300.5e6"), "EUR"), (D(250e6), "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CARRIED)
def test_a_later_bare_figure_of_the_sentence_takes_the_currency(
    text: str, locale: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert [(amount, currency) for amount, currency, _ in _read(text, locale)] == expected


NOT_CARRIED = [
    # a noun linked to the magnitude: the thing counted
    ("Facturó 500 millones de euros y tiene 20 millones de clientes.", "es_ES"),
    # a noun right after it, where the money figure writes no link
    ("Revenue hit $5 billion as 2 billion users signed up.", "en_US"),
    # the next sentence
    ("Ganó 500 millones de euros. Los 20 millones restantes son otra cosa.", "es_ES"),
    # another number between them (a year)
    ("Gastó 500 millones de euros en 2024 y 300 millones en 2025.", "es_ES"),
    # another magnitude word
    ("Ganó 5 mil millones de euros y 300 millones más tarde.", "es_ES"),
]


@pytest.mark.parametrize(("text", "locale"), NOT_CARRIED)
def test_the_currency_is_not_carried_to_a_count_or_past_a_number(text: str, locale: str) -> None:
    assert len(_read(text, locale)) == 1


# --------------------------------------------------------------------------- pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # http://www.enanyang.my/news/20180515/ (选后首个交易日兑新元滑落)
        ("门市的行情是1新元兑2.95令吉。", (D(1), "SGD", D("2.95"), "MYR")),
        ("兑换率可能滑落至1新元换3令吉左右。", (D(1), "SGD", D(3), "MYR")),
        ("短期内有可能跌至1新元可兑3.1令吉的价位。", (D(1), "SGD", D("3.1"), "MYR")),
    ],
)
def test_chinese_exchange_rate_one_unit_for_its_worth(
    text: str, expected: tuple[Decimal, str, Decimal, str]
) -> None:
    assert _pairs(text, "zh_Hans_MY") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dollar AS" (US dollars), then "yang setara sekitar" (which equals about):
        # https://palpres.bacakoran.co/amp/20091/negara-ini-yang-ternyata-paling-banyak-berinvestasi-di-indonesia
        (
            "Investasi Jepang mencapai 4,5 miliar dollar AS yang setara sekitar Rp 73 triliun.",
            (D(4.5e9), "USD", D(73e12), "IDR"),
        ),
        (
            "Investasi Korea sebesar 1,2 miliar dollar AS atau setara sekitar Rp 19,5 triliun.",
            (D(1.2e9), "USD", D("19.5e12"), "IDR"),
        ),
        # "atau sekira" (or about):
        # https://www.idxchannel.com/economics/moncer-investasi-ri-tembus-rp4015-triliun-di-kuartal-i-2024/2
        (
            "Investasi dari Jepang sebesar USD2 miliar atau sekira Rp32 triliun.",
            (D(2e9), "USD", D(32e12), "IDR"),
        ),
    ],
)
def test_indonesian_equivalents(text: str, expected: tuple[Decimal, str, Decimal, str]) -> None:
    assert _pairs(text, "id_ID") == [expected]


def test_indonesian_misspelt_billion() -> None:
    # https://economy.okezone.com/read/2024/11/22/320/3088438/hasil-kunker-ke-luar-negeri-prabowo-bawa-komitmen-investasi-rp294-triliun
    assert _read("dan USD10 milliar dari Tiongkok", "id_ID") == [(D(10e9), "USD", None)]


def test_arabic_equivalent_word_before_a_bracket() -> None:
    # "وهو ما يعادل (18 إلى 20 مليار دولار)": the announcing word, then the bracket
    # https://xn--mgbaaebccr4cxezfcdfg0g.com/?p=909170
    text = "بتكلفة 30 مليار ريال وهو ما يعادل (8 مليارات دولار)."
    assert _pairs(text, "ar_SA") == [(D(30e9), "SAR", D(8e9), "USD")]
    text = "بتكلفة 30 مليار ريال وهو ما يعادل 8 مليارات دولار."
    assert _pairs(text, "ar_SA") == [(D(30e9), "SAR", D(8e9), "USD")]
    # two figures with no announcing word between them stay apart
    text = "بلغت الإيرادات 30 مليار ريال، وارتفعت الأرباح إلى 8 مليارات دولار."
    assert _pairs(text, "ar_SA") == []


def test_chinese_exchange_words_pair_no_unrelated_figures() -> None:
    # two figures in different currencies with 兑 nowhere between them
    text = "公司营收10亿令吉,并向新加坡投资2亿新元,马币兑新元走弱。"
    assert _pairs(text, "zh_Hans_MY") == []
