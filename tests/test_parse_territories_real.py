"""The classes of miss that real text from territories fxnorm had not been read on
showed (``tests/data/realtext/``: en_GH, en_KE, es_BO, es_CR, es_DO, es_EC, es_GT,
fr_CI, fr_SN, fr_MA, pt_AO, zh_Hant_MO, the Qatari rows of ``en.jsonl`` …), each read
on strings that look like the real ones, and on the look-alikes that must stay as
they are.

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


# --------------------------------------------------------------------------- signs and codes

SIGNS = [
    # the West African press types the CFA franc's abbreviation in every case
    # https://www.senenews.com/actualites/economie/groupe-consultatif-le-senegal-recolte-plus-de-7-000-milliards-de-fcfa_256925.html
    ("Une contribution de 1358 milliards de Fcfa.", "fr_SN", [(D(1358e9), "XOF", None)]),
    # http://homeviewsenegal.com/index.php/2018/02/05/francesenegal-macron-offre-47-milliards-daide-ses-entreprises-raflent-300-milliards-en-contrats/
    ("L'achat pour 112 milliards de FCfa de deux avions.", "fr_SN", [(D(112e9), "XOF", None)]),
    ("Un prêt de 7 milliards Cfa pour les collèges.", "fr_SN", [(D(7e9), "XOF", None)]),
    # http://www.rewmi.com/phase-ii-pse-senegal-amasse-pactole-de-7356-milliards.html
    ("Le Sénégal a levé 7356 milliards f cfa lundi.", "fr_SN", [(D(7356e9), "XOF", None)]),
    # the same spellings in Cameroon's press are the Central African franc
    ("Un budget de 5 milliards Fcfa à Douala.", "fr_CM", [(D(5e9), "XAF", None)]),
    # Bolivia's press writes the US dollar "$us"
    # https://eldeber.com.bo/edicion-impresa/deuda-externa-por-us-4484-millones-reforzara-reservas-internacionales-y-apalancara-la-inversion-publ_352813
    ("El BCB dispondrá de $us 4.484 millones.", "es_BO", [(D(4484e6), "USD", None)]),
    ("Se destinaron $us 752 millones.", None, [(D(752e6), "USD", None)]),
    # Qatar's English press writes the riyal "QR"
    # https://www.slideshare.net/QNBGROUP/qnbfs-weekly-market-report-october-25-2018
    ("Market capitalization rose to QR570.1 billion.", None, [(D("570.1e9"), "QAR", None)]),
    (
        "Net selling of QR93.0mn vs. net buying of QR13.4mn.",
        None,
        [(D(93e6), "QAR", None), (D("13.4e6"), "QAR", None)],
    ),
    # Ghana's press still writes the cedi's pre-2007 code for the new cedi
    # http://tv.citifmonline.com/2017/04/business-weekly-week-ending-april-28-2017/
    (
        "It will cost at least GHC 1.4billion to restore the lands.",
        "en_GH",
        [(D("1.4e9"), "GHS", "at_least")],
    ),
    # https://politicsghana.com/be-pin-posts/
    (
        "The levy rises from GHC 0.49 to GHC 1.49 per litre.",
        None,
        [(D("0.49"), "GHS", None), (D("1.49"), "GHS", None)],
    ),
    # Costa Rica's press types the colón's sign as the cent sign; Ghana's shops the
    # cedi's, which stays the reading without a locale
    # https://estiloejecutivocr.com/noticia/cuantas_monedas_circulan_en_costa_rica
    ("Una moneda de ¢500 en su bolsillo.", "es_CR", [(D(500), "CRC", None)]),
    ("Valor total es de ¢64 mil millones", "es_CR", [(D(64e9), "CRC", None)]),
    ("A loaf costs ¢5 in Accra.", "en_GH", [(D(5), "GHS", None)]),
    ("A loaf costs ¢5.", None, [(D(5), "GHS", None)]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), SIGNS)
def test_press_signs_of_a_territory_name_its_currency(
    text: str, locale: str | None, expected: list[tuple[Decimal, str, str | None]]
) -> None:
    assert _read(text, locale) == expected


def test_cent_sign_without_locale_keeps_the_colon_open() -> None:
    """The cent sign read alone is the cedi, the colón left as its alternative."""
    (mention,) = extract("¢500")
    assert mention.currency == "GHS"
    assert set(mention.alternatives) == {"GHS", "CRC"}


DOLLAR_SIGN_AT_HOME = [
    # Macao's official gazette writes "$" for the pataca (CLDR: MOP$)
    # https://bo.io.gov.mo/bo/i/2008/09/despce_cn.asp?mobile=1
    ("預計收入及開支之金額均為$420,500,000.00。", "zh_Hant_MO", D(420500000), "MOP"),
    ("O montante é de $ 978 651 900,00.", "pt_MO", D(978651900), "MOP"),
    # the Dominican press writes "$" for the peso as well as RD$
    ("El pasaje cuesta $500 en Santo Domingo.", "es_DO", D(500), "DOP"),
    # elsewhere "$" stays the dollar
    ("預計收入為$420,500,000.00。", "zh_Hant_HK", D(420500000), "HKD"),
    ("It costs $500.", None, D(500), "USD"),
]


@pytest.mark.parametrize(("text", "locale", "amount", "code"), DOLLAR_SIGN_AT_HOME)
def test_dollar_sign_where_home_writes_it_alone(
    text: str, locale: str | None, amount: Decimal, code: str
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.amount, mention.currency) == (amount, code)


# --------------------------------------------------------------------------- magnitude words


MILLARDOS = [
    # Guatemala's budget press: "millardo", a thousand millions (RAE)
    # https://diaadianews.com/congreso-aprueba-presupuesto-2026-y-nuevos-prestamos-por-1350-millones/
    (
        "Se destinarán más de Q26.9 millardos para ampliar cobertura.",
        "es_GT",
        [(D("26.9e9"), "GTQ", "more_than")],
    ),
    ("En salud se asignarán Q16.5 millardos.", "es_GT", [(D("16.5e9"), "GTQ", None)]),
    ("Una deuda de un millardo de dólares.", "es_VE", [(D(1e9), "USD", None)]),
    # "millar" (a thousand, of things) is no magnitude of money
    ("Llegaron millares de personas y gastaron 5 dólares.", "es_GT", [(D(5), "USD", None)]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), MILLARDOS)
def test_millardo_is_a_thousand_millions(
    text: str, locale: str, expected: list[tuple[Decimal, str, str | None]]
) -> None:
    assert _read(text, locale) == expected


# --------------------------------------------------------------------------- qualifiers

QUALIFIED = [
    # an estimate is approximate
    # https://takwimu.africa/profiles/kenya/budgets-ke
    (
        "Debt service – estimated at Ksh 1.1 trillion ($10.7 billion).",
        "en_KE",
        [(D("1.1e12"), "KES", "approximate"), (D("10.7e9"), "USD", None)],
    ),
    # https://www.busqueda.com.uy/tag/marcela-bension
    (
        "El Ministerio estimó en US$ 50 millones la pérdida.",
        "es_UY",
        [(D(50e6), "USD", "approximate")],
    ),
    # https://www.eluniverso.com/2004/08/26/0001/9/8EA2FC81A3DC4715829DF0B03A06CD05.html
    ("El crudo fue estimado en 18 dólares por barril.", "es_EC", [(D(18), "USD", "approximate")]),
    # https://acento.com.do/economia/gobierno-republica-dominicana-aprueba-presupuesto-2019-mas-18-000-millones-dolares-8607722.html
    (
        "Esperan recaudaciones por el orden de los 689.930 millones de pesos.",
        "es_DO",
        [(D(689930e6), "DOP", "approximate")],
    ),
    # http://fr.allafrica.com/stories/201801260521.html
    (
        "Le total des dons est estimé à 16 milliards Fcfa.",
        "fr_CI",
        [(D(16e9), "XOF", "approximate")],
    ),
    # a nearer qualifier wins: "estimés à plus de" is more than
    (
        "Des contrats estimés à plus de 300 milliards de francs Cfa.",
        "fr_SN",
        [(D(300e9), "XOF", "more_than")],
    ),
    # "ne dépassent pas" is at most, "dépassera" more than
    (
        "Les subventions ne dépassent pas 47 milliards de Francs Cfa.",
        "fr_SN",
        [(D(47e9), "XOF", "at_most")],
    ),
    # https://marocv.com/aei-reflexions-sur-les-ambitions-du-maroc-a-l-horizon-2030-59344.html
    (
        "L’investissement dépassera 1.300 milliards de dirhams d’ici 2030.",
        "fr_MA",
        [(D("1.3e12"), "MAD", "more_than")],
    ),
    # https://angola24horas.com/economia/itemlist/category/43-economia?start=2310
    (
        "O preço aumentou, aproximando-se dos 42.000 kwanzas.",
        "pt_AO",
        [(D(42000), "AOA", "approximate")],
    ),
    # the look-alikes: a verb of estimating after the figure qualifies nothing
    (
        "Spending of Ksh 1.1 trillion was estimated by the Treasury.",
        "en_KE",
        [(D("1.1e12"), "KES", None)],
    ),
    (
        "Les dépenses de 5 milliards de dirhams dépassent les prévisions.",
        "fr_MA",
        [(D(5e9), "MAD", None)],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), QUALIFIED)
def test_estimates_and_limits_qualify_the_figure_after_them(
    text: str, locale: str, expected: list[tuple[Decimal, str, str | None]]
) -> None:
    assert _read(text, locale) == expected


# ----------------------------------------------------------------- the text's decimal mark

TEXT_MARK = [
    # an agency's Dominican budget story writes thousands with a point, against the
    # locale's decimal point: the zero-ended "921.810 millones" shows it, and decides
    # the dollars in the bracket (18,436 millions, not 18)
    # https://acento.com.do/economia/gobierno-republica-dominicana-aprueba-presupuesto-2019-mas-18-000-millones-dolares-8607722.html
    (
        "Un monto de 921.810 millones de pesos (unos 18.436 millones de dólares).",
        "es_DO",
        [D(921810e6), D(18436e6)],
    ),
    (
        "Un gasto de 765.455 millones de pesos (unos 15.309 millones de dólares) y "
        "recaudaciones por el orden de los 689.930 millones de pesos.",
        "es_DO",
        [D(765455e6), D(15309e6), D(689930e6)],
    ),
    # a figure with both marks shows them too
    # https://acento.com.do/economia/gobierno-republica-dominicana-aprueba-presupuesto-2019-mas-18-000-millones-dolares-8607722.html
    (
        "Incluye 156.354,7 millones de pesos y otros 2.127 millones de pesos.",
        "es_DO",
        [D("156354.7e6"), D(2127e6)],
    ),
    # a text whose figures show a decimal point reads the open one as a decimal too,
    # against a locale of decimal commas
    (
        "Costó 2.5 millones de dólares y luego 18.436 millones de dólares.",
        "es_AR",
        [D("2.5e6"), D("18.436e6")],
    ),
    # figures that show both marks decide nothing: the locale reads the open one
    (
        "Son 921.810 millones de pesos, 2.5 millones de dólares y 18.436 millones de dólares.",
        "es_DO",
        [D(921810e6), D("2.5e6"), D("18.436e6")],
    ),
    # a figure alone is read as before
    ("Unos 18.436 millones de dólares.", "es_DO", [D("18.436e6")]),
]


@pytest.mark.parametrize(("text", "locale", "amounts"), TEXT_MARK)
def test_the_text_s_figures_show_its_decimal_mark(
    text: str, locale: str, amounts: list[Decimal]
) -> None:
    assert [m.amount for m in extract(text, locale=locale)] == amounts


def test_the_text_s_decimal_mark_is_said() -> None:
    mentions = extract(
        "Un monto de 921.810 millones de pesos (unos 18.436 millones de dólares).", locale="es_DO"
    )
    assert mentions[1].number_read_by == "text"
    assert "decimal mark" in mentions[1].notes[-1]
    pairs = _pairs(
        "Un monto de 921.810 millones de pesos (unos 18.436 millones de dólares).", "es_DO"
    )
    assert pairs == [(D(921810e6), "DOP", D(18436e6), "USD")]


# ----------------------------------------------------------------- a sum restated

RESTATED = [
    # the same sum twice, in two spellings of one group (the CFA francs), both read
    # in the locale's: a restatement, no conversion
    # https://www.senenews.com/actualites/economie/groupe-consultatif-le-senegal-recolte-plus-de-7-000-milliards-de-fcfa_256925.html
    (
        "Il s’est retrouvé avec plus de 7.000 milliards de FCfa (7356 milliards de "
        "Francs CFA selon les chiffres officiels).",
        "fr_SN",
        [],
    ),
    ("Un budget de 5 milliards Fcfa (5 000 milliards de francs CFA).", "fr_CI", []),
    # a conversion from one of the group to a currency of another group stays one
    # https://www.senenews.com/actualites/economie/groupe-consultatif-le-senegal-recolte-plus-de-7-000-milliards-de-fcfa_256925.html
    (
        "La France cotise 1,5 milliard d’euros, soit près de 975 milliards de Fcfa.",
        "fr_SN",
        [(D("1.5e9"), "EUR", D(975e9), "XOF")],
    ),
    # and two members of a group apart still pair when one is named for itself
    (
        "Son 20.200 millones de pesos (US$1.000 millones).",
        "es_AR",
        [(D(20200e6), "ARS", D(1000e6), "USD")],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), RESTATED)
def test_one_currency_named_twice_is_no_conversion(
    text: str, locale: str, expected: list[tuple[Decimal, str, Decimal, str]]
) -> None:
    assert _pairs(text, locale) == expected


# ----------------------------------------------------------------- hundreds of eleven and more

HUNDREDS = [
    # https://www.bakhabarnews.org/national/president-lauds-rs-1-13-trillion-development-package-to-address-karachis-issues/
    (
        "A good package of worth eleven hundred billion rupees for Karachi.",
        "en_PK",
        [(D("1.1e12"), "PKR", None)],
    ),
    ("A plan of twenty-five hundred million dollars.", "en_US", [(D("2.5e9"), "USD", None)]),
    (
        "Some fifteen hundred crore rupees were spent.",
        "en_IN",
        [(D("1.5e10"), "INR", "approximate")],
    ),
    # a round ten of hundreds is no number English writes
    ("twenty hundred million dollars", "en_US", []),
]


@pytest.mark.parametrize(("text", "locale", "expected"), HUNDREDS)
def test_hundreds_of_eleven_to_ninety_nine_before_a_magnitude(
    text: str, locale: str, expected: list[tuple[Decimal, str, str | None]]
) -> None:
    assert _read(text, locale) == expected


# ------------------------------------------------- a currency carried past a preposition

CARRIED = [
    # http://www.rewmi.com/phase-ii-pse-senegal-amasse-pactole-de-7356-milliards.html
    (
        "On apprend que 2000 milliards FCFA ont été levés par Banque mondiale, 1358 "
        "milliards par la Banque africaine de développement et 1000 milliards par la France.",
        "fr_SN",
        [(D(2000e9), "XOF"), (D(1358e9), "XOF"), (D(1000e9), "XOF")],
    ),
    # http://kdkaramba.blogspot.com/2017/09/gobierno-aprueba-presupuesto-para-el.html
    (
        "El presupuesto será de RD$152,765.4 millones, un dato que representa un "
        "incremento de 9,766 millones en comparación con el presente año.",
        "es_DO",
        [(D("152765.4e6"), "DOP"), (D(9766e6), "DOP")],
    ),
    # the look-alikes: what follows the bare figure is what it counts
    ("5 milliards FCFA et 2 milliards d'habitants.", "fr_SN", [(D(5e9), "XOF")]),
    ("5 milliards FCFA, 2 milliards habitants.", "fr_SN", [(D(5e9), "XOF")]),
    ("RD$5 millones y 2 millones de personas en la capital.", "es_DO", [(D(5e6), "DOP")]),
    # a language without such words carries nothing new
    ("$5 billion in revenue and 2 billion users by 2030.", "en_US", [(D(5e9), "USD")]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CARRIED)
def test_a_bare_figure_before_a_preposition_takes_the_currency_before(
    text: str, locale: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert [(m.amount, m.currency) for m in extract(text, locale=locale)] == expected


# ----------------------------------------------------------------- thousands after a compound

COMPOUNDS = [
    # Guatemala's budget, in a Cuban agency's words: thousands of millions, then
    # thousands, in one figure
    # https://archivo.prensa-latina.cu/?p=606166
    (
        "Con un monto ascendente a 124 mil 879 millones 970 mil quetzales (casi 16 mil "
        "millones de dólares).",
        "es_CU",
        [(D(124879970000), "GTQ"), (D(16e9), "USD")],
    ),
    # the parts read before stay as they were
    ("Un gasto de 36 mil 153 millones de pesos.", "es_MX", [(D(36153e6), "MXN")]),
    ("Presupuestó Q604 millones 500 mil para sueldos.", "es_GT", [(D(604500000), "GTQ")]),
    # thousands of something else after the currency are no part of the figure
    ("Son 124 mil 879 millones de pesos y 970 mil personas.", "es_MX", [(D(124879e6), "MXN")]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), COMPOUNDS)
def test_thousands_after_thousands_of_millions(
    text: str, locale: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert [(m.amount, m.currency) for m in extract(text, locale=locale)] == expected
