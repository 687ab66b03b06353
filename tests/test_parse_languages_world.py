"""Languages added as data files only (issue #14): Urdu, Persian, Swahili, Filipino,
Gujarati, Kannada, Malayalam.

Each string is quoted from the news page named beside it; each expected amount
is the published figure worked out by hand from the place values (Urdu ہزار
10^3, لاکھ 10^5, کروڑ 10^7, ارب 10^9, کھرب 10^11; the others as their tables
say). Every string is read with the page's locale and with none: the text's own
words tell its language.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs

Expected = list[tuple[Decimal, str | None, str | None]]

THOUSAND = Decimal(10) ** 3
ARAB = Decimal(10) ** 9  # Urdu ارب, a hundred crore
KHARAB = Decimal(10) ** 11  # Urdu کھرب, a hundred arab


def _read(text: str, locale: str | None) -> Expected:
    return [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]


# -- Urdu (Pakistan) ----------------------------------------------------------------

URDUPOINT = "https://www.urdupoint.com/daily/livenews/2018-04-27/news-1506646.html"
NAWAIWAQT = "https://nawaiwaqt.com.pk/E-Paper/Lahore/2013-03-02/page-3/detail-56"
SAMAA = "https://urdu.samaa.tv/2087316386-"
DAILYPAKISTAN = "https://dailypakistan.com.pk/11-Jun-2021/1301150"

URDU = [
    (
        "بڑے افسران کی کارکردگی کے لیے 5 ارب روپے مختص کیے گئے۔",
        [(5 * ARAB, "PKR", None)],
        URDUPOINT,
    ),
    (
        "آئندہ بجٹ میں وفاق کے اخراجات کا تخمینہ 5246 ارب روپے ہے۔",
        [(5246 * ARAB, "PKR", None)],
        URDUPOINT,
    ),
    (
        "آئندہ بجٹ کا حجم 32کھرب روپے کے لگ بھگ ہو گا۔",
        [(32 * KHARAB, "PKR", "approximate")],
        NAWAIWAQT,
    ),
    (
        "ترقیاتی بجٹ میں 90 ارب روپے اضافے کی تجویز ہے۔",
        [(90 * ARAB, "PKR", None)],
        NAWAIWAQT,
    ),
    (
        "برآمدات 30 ارب ڈالر کے لگ بھگ ہو سکتی ہیں۔",
        [(30 * ARAB, "USD", "approximate")],
        NAWAIWAQT,
    ),
    (
        "حکومت نے پیٹرول پر ڈویلپمنٹ لیوی 60 روپے سے بڑھا کر 80 روپے کرنے کی تجویزدی ہے۔",
        [(Decimal(60), "PKR", None), (Decimal(80), "PKR", None)],
        SAMAA,
    ),
    (
        # کم از کم تنخواہ is the minimum wage: "at least" qualifies the wage, not the figure
        "مزدور کی کم از کم تنخواہ 20 ہزار روپے مقرر کردی گئی ہے۔",
        [(20 * THOUSAND, "PKR", None)],
        DAILYPAKISTAN,
    ),
]


@pytest.mark.parametrize("locale", ["ur_PK", None])
@pytest.mark.parametrize(("text", "expected", "source"), URDU)
def test_urdu_budget_figures(
    text: str, expected: Expected, source: str, locale: str | None
) -> None:
    assert _read(text, locale) == expected, source


def test_urdu_rupees_are_the_territory_s() -> None:
    # روپے names no country: Pakistan's rupee in Pakistan, India's in India
    text = URDU[1][0]
    (pakistan,) = extract(text, locale="ur_PK")
    (india,) = extract(text, locale="ur_IN")
    assert (pakistan.currency, india.currency) == ("PKR", "INR")
    assert {"PKR", "INR"} <= set(pakistan.alternatives)


# Urdu compounds: parts below the first magnitude ("60 کروڑ 30 لاکھ" = 603,000,000),
# thousands counted in the magnitude after them ("40 ہزار 279 ارب" = 40,279 ارب),
# and a stated conversion in brackets
CRORE_UR = Decimal(10) ** 7  # Urdu کروڑ
LAKH_UR = Decimal(10) ** 5  # Urdu لاکھ

BADALO = "https://badalo.com.pk/6311/"
DAILYPAKISTAN_LOANS = "https://dailypakistan.com.pk/29-Jan-2019/918144"
JANG = "https://jang.com.pk/amp/1041964"
QUDRAT = "https://dailyqudrat.pk/?p=93114"

URDU_COMPOUNDS = [
    (
        "ایشیائی ترقیاتی بینک (اے ڈی بی) نے پاکستان کو 60 کروڑ 30 لاکھ ڈالر قرض کی منظوری دے دی۔",
        [(60 * CRORE_UR + 30 * LAKH_UR, "USD", None)],
        BADALO,
    ),
    (
        "سٹیٹ بینک کا کہنا ہے کہ پاکستان پر مجموعی قرض اکتوبرمیں 40 ہزار 279 ارب روپے ہوگیا ہے،"
        " پاکستان پر بیرونی قرض 13 ہزار 811 ارب روپے ہے۔",
        [(40279 * ARAB, "PKR", None), (13811 * ARAB, "PKR", None)],
        BADALO,
    ),
    (
        "وفاقی حکومت نے گزشتہ 6 ماہ میں 2 ارب 31 کروڑ ڈالرز کا غیر ملکی قرض لیا۔",
        [(2 * ARAB + 31 * CRORE_UR, "USD", None)],
        DAILYPAKISTAN_LOANS,
    ),
    (
        "آئندہ مالی سال پاکستان 2ہزار ارب روپے سے زائد کا بیرونی قرض لے گا",
        [(2000 * ARAB, "PKR", "more_than")],
        QUDRAT,
    ),
    (
        "پاکستان نےرواں مالی سال 2021-22کے پہلے چھ ماہ ( جولائی تا دسمبر)میں 1565ارب روپے"
        " (9ارب 43 کروڑ 20لاکھ ڈالر) کا بیرونی قرضہ لیا۔",
        [(1565 * ARAB, "PKR", None), (9 * ARAB + 43 * CRORE_UR + 20 * LAKH_UR, "USD", None)],
        JANG,
    ),
]


@pytest.mark.parametrize("locale", ["ur_PK", None])
@pytest.mark.parametrize(("text", "expected", "source"), URDU_COMPOUNDS)
def test_urdu_compound_figures(
    text: str, expected: Expected, source: str, locale: str | None
) -> None:
    assert _read(text, locale) == expected, source


@pytest.mark.parametrize("locale", ["ur_PK", None])
def test_an_urdu_conversion_in_brackets_is_a_pair(locale: str | None) -> None:
    # jang.com.pk/amp/1041964: 1565 arab rupees (9 arab 43 crore 20 lakh dollars)
    (pair,) = extract_pairs(URDU_COMPOUNDS[-1][0], locale=locale)
    assert (pair.source.amount, pair.source.currency) == (1565 * ARAB, "PKR")
    assert (pair.stated.amount, pair.stated.currency) == (
        9 * ARAB + 43 * CRORE_UR + 20 * LAKH_UR,
        "USD",
    )


# -- Persian (Iran, Afghanistan) --------------------------------------------------------

MILLION = Decimal(10) ** 6
MILLIARD = Decimal(10) ** 9  # Persian میلیارد

AFTAB = (
    "http://www.aftabir.com/articles/view/economy_marketing_business/financial_economy/"
    "c2c1095318158p1.php"
)
IRIB_MARKAZI = "https://www.iribnews.ir/fa/news/5603054"
IRIB_KHUZESTAN = "https://www.iribnews.ir/fa/news/5608071"
ION = "http://www.ion.ir/news/619901"
IRANIANXE = "https://blog.iranianxe.com/content/4"
SAFIR = "https://safir.af/?p=17889"

PERSIAN = [
    (
        "طی دو سال گذشته ۱۲ میلیارد دلار سرمایه ایرانیان تنها به «دوبی» انتقال یافته است.",
        [(12 * MILLIARD, "USD", None)],
        AFTAB,
        "fa_IR",
    ),
    (
        "ارزش هر تن کالای صادراتی استان مرکزی ۷۲۱ دلار است، در حالی که میانگین هر تن"
        " کالای صادراتی کشور به ۳۶۰ دلار میرسد.",
        [(Decimal(721), "USD", None), (Decimal(360), "USD", None)],
        IRIB_MARKAZI,
        "fa_IR",
    ),
    (
        # "more than 80 countries" counts countries: no money
        "در بهار و تابستان صادرات کالای استان به ارزش ۶۵۵ میلیون دلار رسید که به بیش از"
        " ۸۰ کشور دنیا صادر شد.",
        [(655 * MILLION, "USD", None)],
        IRIB_MARKAZI,
        "fa_IR",
    ),
    (
        # معادل before tonnes states no conversion
        "در شش ماهه نخست ۱۴۰۴ حدود ۷۷۰ میلیون دلار و معادل ۳.۵ میلیون تن صادرات از داشتهایم",
        [(770 * MILLION, "USD", "approximate")],
        IRIB_KHUZESTAN,
        "fa_IR",
    ),
    (
        "صادرات به عراق در سال۱۴۰۲ برابر ۱.۰۶ میلیارد دلار و ۶.۷ میلیون تن بود که در"
        " سال۱۴۰۳ به ۳.۴۵ میلیارد دلار و ۱۰.۴ میلیون تن رسید.",
        [(Decimal("1.06") * MILLIARD, "USD", None), (Decimal("3.45") * MILLIARD, "USD", None)],
        IRIB_KHUZESTAN,
        "fa_IR",
    ),
    (
        "تا پایان بهمن ماه گذشته جمعاً متجاوز از ۳۷۶۲ میلیون ریال فرش صادر شده است.",
        [(3762 * MILLION, "IRR", "more_than")],
        ION,
        "fa_IR",
    ),
    (
        # the toman is named and left unread; the ten rials it equals are read
        "کماکان تومان (برابر با ۱۰ ریال) برای حساب کردن از طرف مردم به کار میرود.",
        [(Decimal(10), "IRR", None)],
        IRANIANXE,
        "fa_IR",
    ),
    (
        "حدود ۶ میلیون افغانی مندرس در زون غرب کشور حریق گردید",
        [(6 * MILLION, "AFN", "approximate")],
        SAFIR,
        "fa_AF",
    ),
]


@pytest.mark.parametrize("with_locale", [True, False])
@pytest.mark.parametrize(("text", "expected", "source", "locale"), PERSIAN)
def test_persian_figures(
    text: str, expected: Expected, source: str, locale: str, with_locale: bool
) -> None:
    assert _read(text, locale if with_locale else None) == expected, source


@pytest.mark.parametrize("locale", ["fa_IR", None])
def test_a_toman_is_not_read_as_a_rial(locale: str | None) -> None:
    # iribnews.ir/fa/news/5576189: a toman is ten rials and has no ISO code, so
    # "۱۲۰ میلیارد تومان" (1.2 trillion rials) is not read as 120 billion IRR
    text = "۱۲۰ میلیارد تومان اعتبار از محل اعتبارات کمکهای فنی به خراسان جنوبی اختصاص یافته است."
    assert _read(text, locale) == []


# -- Swahili (Kenya, Tanzania) ---------------------------------------------------------
# The press writes most figures noun, magnitude, number ("shilingi bilioni 326"):
# that order is not read yet (a parser matter, not a word list); these are the
# figures written number first or after a sign.

BILIONI = Decimal(10) ** 9
TRILIONI = Decimal(10) ** 12

KWANGULEO = "https://kwanguleo.blogspot.com/2017/10/pesa-ya-uchaguzi-yasainiwa-na-rais.html"
JAMII = "https://xf23.jamii.app/tags/trilioni-43/?amp=1"
IMARA = "http://tanzaniaimara.blogspot.com/2016/04/je-wajua-nchi-nyingine-ya-4-afrika.html"

SWAHILI = [
    (
        "Kadhalika, kutengwa kwa Kshs 25 bilioni za kutumiwa kufadhili mpango wa elimu ya"
        " sekondari bila malipo",
        [(25 * BILIONI, "KES", None)],
        KWANGULEO,
        "sw_KE",
    ),
    (
        "Aidha, kuna Kshs 6.7 bilioni za kufadhili ununuzi wa mahindi kuhakikisha kuuzwa kwa"
        " unga wa bei nafuu.",
        [(Decimal("6.7") * BILIONI, "KES", None)],
        KWANGULEO,
        "sw_KE",
    ),
    (
        "Serikali ya Tanzania katika mwaka 2023/24, inatarajia kukusanya na kutumia Sh43.3"
        " trilioni ikilinganishwa na makadirio ya Sh41.5 trilioni kwa mwaka 2022/23.",
        [(Decimal("43.3") * TRILIONI, "TZS", None), (Decimal("41.5") * TRILIONI, "TZS", None)],
        JAMII,
        "sw_TZ",
    ),
    (
        "Lakini kwa sasa Kiwango cha shilingi ya Somalia kwa Dola 1 ya kimarekani ni sawa na"
        " SOS 612.",
        [(Decimal(1), "USD", None)],
        IMARA,
        "sw_TZ",
    ),
]


@pytest.mark.parametrize("with_locale", [True, False])
@pytest.mark.parametrize(("text", "expected", "source", "locale"), SWAHILI)
def test_swahili_figures(
    text: str, expected: Expected, source: str, locale: str, with_locale: bool
) -> None:
    # without a locale, Swahili's likely territory (Tanzania, CLDR's likely
    # subtags) reads "Sh"; Kshs is Kenya's whatever the locale
    assert _read(text, locale if with_locale else None) == expected, source


def test_swahili_shillings_are_the_territory_s() -> None:
    text = SWAHILI[2][0]
    kenya = extract(text, locale="sw_KE")
    tanzania = extract(text, locale="sw_TZ")
    uganda = extract(text, locale="sw_UG")
    assert [m.currency for m in (kenya[0], tanzania[0], uganda[0])] == ["KES", "TZS", "UGX"]
    # without a locale the reading keeps the other shillings as alternatives
    (first, _) = extract(text)
    assert {"KES", "TZS", "UGX"} <= set(first.alternatives)


# -- Filipino (the Philippines) -------------------------------------------------------
# bilyon 10^9, trilyon 10^12; the linker -ng joins a magnitude to the noun after
# it ("Bilyong Piso"); P and ₱ are the peso's signs

BILYON = Decimal(10) ** 9

PILIPINO_MIRROR = (
    "https://pilipinomirror.com/kayang-ibigay-ng-gobyerno-p10k-ayuda-sa-bawat-pamilyang-pinoy"
)
RMN_COVID = (
    "https://rmn.ph/dbm-nakapaglabas-na-ng-%e2%82%b1375-b-pondo-para-sa-laban-kontra-covid-19"
)
RMN_BAYANIHAN = (
    "https://rmn.ph/dbm-aminadong-mahihirapan-humagilap-ng-pondo-para-sa-panukalang-bayanihan-3"
)
DWIZ = "https://dwiz882am.com/index.php/2017-budget-nilagdaan-na-ng-pangulong-duterte"

FILIPINO = [
    (
        "ang national government ay mayroon pang P204 bilyong unobligated, ibig sabihin ay"
        " walang malinaw kung saan ilalagay o gagamitin ang pondo",
        [(204 * BILYON, "PHP", None)],
        PILIPINO_MIRROR,
    ),
    (
        # "20 milyong pamilyang Filipino" counts families: no money
        "partikular ang tig-P10,000 sa hanggang 20 milyong pamilyang Filipino.",
        [(Decimal(10000), "PHP", None)],
        PILIPINO_MIRROR,
    ),
    (
        "Aabot na sa ₱375 bilyon ang naipalabas ng National Government bilang pondo sa laban"
        " kontra COVID-19 ayon sa Department of Budget and Management (DBM).",
        [(375 * BILYON, "PHP", None)],
        RMN_COVID,
    ),
    (
        "Base sa tala ng DBM, ₱266.24 bilyon sa pondo ay galing sa mga programa at proyekto"
        " noong 2019 at 2020 budgets; ₱98.41 bilyon ang nagmula sa Special Purpose Funds at"
        " ₱10.25 bilyon ang mula sa Regular Agency Budgets.",
        [
            (Decimal("266.24") * BILYON, "PHP", None),
            (Decimal("98.41") * BILYON, "PHP", None),
            (Decimal("10.25") * BILYON, "PHP", None),
        ],
        RMN_COVID,
    ),
    (
        "Sa ilalim nito, nasa P405.6 billion ang pondong ilalaan ng pamahalaan para sa ayuda",
        [(Decimal("405.6") * BILYON, "PHP", None)],
        RMN_BAYANIHAN,
    ),
    (
        "Nilagdaan na ni Pangulong Rodrigo Duterte ang mahigit 3 Trilyong Pisong pambansang"
        " pondo para sa aniya’y tunay na pagbabago sa susunod na taon.",
        [(3000 * BILYON, "PHP", "more_than")],
        DWIZ,
    ),
    (
        "Department of Education ang may pinakamalaking pondong nagkakahalaga 544 Bilyong Piso"
        " na siyang magbibigay daan sa pagtaas ng cash o chalk allowance ng mga guro sa 2000"
        " Piso mula sa 1500 Piso.",
        [
            (544 * BILYON, "PHP", None),
            (Decimal(2000), "PHP", None),
            (Decimal(1500), "PHP", None),
        ],
        DWIZ,
    ),
    (
        "Samantala, mabibiyayaan ng halos 150 Bilyong Pisong pondo ang Department of Health",
        [(150 * BILYON, "PHP", "approximate")],
        DWIZ,
    ),
    (
        "Samantala, higit sa 128 Bilyong Piso ang nakatokang pondo para sa DSWD.",
        [(128 * BILYON, "PHP", "more_than")],
        DWIZ,
    ),
]


@pytest.mark.parametrize("locale", ["fil_PH", "tl", None])
@pytest.mark.parametrize(("text", "expected", "source"), FILIPINO)
def test_filipino_figures(text: str, expected: Expected, source: str, locale: str | None) -> None:
    assert _read(text, locale) == expected, source


# -- Gujarati, Kannada, Malayalam (India) ---------------------------------------------
# લાખ / ಲಕ್ಷ / ലക്ഷം 10^5 and કરોડ / ಕೋಟಿ / കോടി 10^7; figures grouped the Indian
# way (3,09,182); the noun with its case ending ("રૂપિયાની", "ರೂಗಳ", "രൂപയും")

LAKH = Decimal(10) ** 5
CRORE = Decimal(10) ** 7

REVOI = "https://revoi.in/wp-content/uploads/2025/02/CM-REKHA-GUPTA-566x377.png"
NEWZVIEWZ = (
    "https://newzviewz.com/gujarati/news-detail/"
    "who-is-the-minister-of-finance-kanu-desai-who-presented-the-budget-of-gujarat-learn"
)
CONNECTGUJARAT = "https://gujarati.connectgujarat.com/tags/polluted-water?page=3"
BRIJESH = "https://brijeshprathod.blogspot.com/"
TV9KANNADA = (
    "https://tv9kannada.com/budget/"
    "karnataka-6th-state-to-give-budget-of-more-than-rs-3-lakh-crore-know-details-snvs-au63-521841.html/amp"
)
ASIANET = (
    "https://kannada.asianetnews.com/amp/video/business/karnataka-bhadra-upper-irrigation-project-"
    "to-defence-sector-union-budget-2023-allocation-and-tax-regime-ckm-rpevpj"
)
PRASTHUTHA = "https://prasthutha.com/bommai-presented-the-budget-targeted-by-the-vote-bank"
KERALAKAUMUDI = "https://keralakaumudi.com/web-news/2022/03/NTVM0435822/1.html"
DEEPIKA = "https://deepika.com/localnews/Localdetailnews.aspx?Distid=KL14&id=1532709"

INDIAN = [
    (
        "વર્ષ 2024-25માં સુધારેલા અંદાજ મુજબ ગુજરાતનું દેવું 3,99,633 કરોડ રૂપિયાએ પહોચ્યુ"
        " વર્ષ 2026-27ના અંતે દેવું વધીને 4,73,651 કરોડ રૂપિયા થશે",
        [(399633 * CRORE, "INR", None), (473651 * CRORE, "INR", None)],
        REVOI,
        "gu_IN",
    ),
    (
        "2027-28માં બાળક 89,000 રૂપિયાના દેવા સાથે જન્મશેઃ અમિત ચાવડા",
        [(Decimal(89000), "INR", None)],
        REVOI,
        "gu_IN",
    ),
    (
        "આ વખતનુ બજેટનો આકાર 2.40 લાખ કરોડ રૂપિયાની આસપાસ રહેવાની સંભાવના છે.",
        [(Decimal("2.40") * LAKH * CRORE, "INR", "approximate")],
        NEWZVIEWZ,
        "gu_IN",
    ),
    (
        "અંકલેશ્વર : પ્રદુષિત પાણીના નિકાલ માટે 470 કરોડ રૂપિયાની ફાળવણીથી ઉદ્યોગકારો ખુશખુશાલ",
        [(470 * CRORE, "INR", None)],
        CONNECTGUJARAT,
        "gu_IN",
    ),
    (
        "ગુજરાત સરકારના 2.43 લાખ કરોડ રૂપિયાનો વ્યાપ ધરાવતાં બજેટને મંજુરી આપી દેવામાં આવી છે.",
        [(Decimal("2.43") * LAKH * CRORE, "INR", None)],
        CONNECTGUJARAT,
        "gu_IN",
    ),
    (
        # Gujarati digits after the abbreviation રૂા.; the crore with its genitive
        "અનુસૂચિત જાતિ કલ્યાણ માટે વર્ષ ર૦૦રમાં રૂા.૧૦૧.૭૦ કરોડનું બજેટ હતું. જે વર્ષ ર૦રર માં"
        " રૂા.૧૦૯૪.૩૩ કરોડ કરવામાં આવ્યું છે.",
        [(Decimal("101.70") * CRORE, "INR", None), (Decimal("1094.33") * CRORE, "INR", None)],
        BRIJESH,
        "gu_IN",
    ),
    (
        "ಮುಖ್ಯಮಂತ್ರಿ ಬಸವರಾಜ ಬೊಮ್ಮಾಯಿ ಇಂದು ಶುಕ್ರವಾರ 3,09,182 ಕೋಟಿ ರೂ ಗಾತ್ರದ ಬಜೆಟ್ ಮಂಡನೆ ಮಾಡಿದ್ದಾರೆ.",
        [(309182 * CRORE, "INR", None)],
        TV9KANNADA,
        "kn_IN",
    ),
    (
        "ಇದರಲ್ಲಿ ರಾಜಸ್ವ ಸ್ವೀಕೃತಿ (Revenue Receipts) 2,25,910 ಕೋಟಿ ರೂ ಸೇರಿ ಒಟ್ಟು ಸ್ವೀಕೃತಿಯು 3,03,910 ಕೋಟಿ ರೂ ಇದೆ.",
        [(225910 * CRORE, "INR", None), (303910 * CRORE, "INR", None)],
        TV9KANNADA,
        "kn_IN",
    ),
    (
        "ಕುತೂಹಲವೆಂದರೆ ಮೊನ್ನೆ ಮಂಡನೆಯಾದ ತೆಲಂಗಾಣದ ಬಜೆಟ್ 2.9 ಲಕ್ಷ ಕೋಟಿ ರೂ ಗಾತ್ರದ್ದಾಗಿತ್ತು.",
        [(Decimal("2.9") * LAKH * CRORE, "INR", None)],
        TV9KANNADA,
        "kn_IN",
    ),
    (
        # 5 ಲಕ್ಷ 57 ಸಾವಿರ 27 acres: a count, no money
        "ಕರ್ನಾಟಕ ಭದ್ರಾ ಮೇಲ್ಡಂಡೆ ಯೋಜನೆಗೆ 5,300 ಕೋಟಿ ರೂಪಾಯಿ ಬಜೆಟ್ನಲ್ಲಿ ಘೋಷಣೆ ಮಾಡಿದ್ದಾರೆ. 5"
        " ಲಕ್ಷ 57 ಸಾವಿರ 27 ಏಕರೆ ಪ್ರದೇಶಕ್ಕೆ ನೀರಾವರಿ ಸೌಲಭ್ಯ ಸಿಗಲಿದೆ. ಈ ಯೋಜನೆ ಒಟ್ಟು ವೆಚ್ಚ"
        " 23,000 ಕೋಟಿ ರೂಪಾಯಿ ವೆಚ್ಚ.",
        [(5300 * CRORE, "INR", None), (23000 * CRORE, "INR", None)],
        ASIANET,
        "kn_IN",
    ),
    (
        "ಕೆಂಗಲ್ ಹನುಮಂತಯ್ಯನವರು 1952-53 ರಲ್ಲಿ 21 ಕೋಟಿ ರೂಗಳ ಬಜೆಟ್ ಅನ್ನು ಮೊದಲ ಬಾರಿಗೆ ಮಂಡಿಸಿದ್ದರು.",
        [(21 * CRORE, "INR", None)],
        PRASTHUTHA,
        "kn_IN",
    ),
    (
        "തിരുവനന്തപുരം: നെല്ലിന്റെ താങ്ങുവില 28.20 രൂപയായി ഉയർത്തി.. ഇതിനായി 50 കോടി രൂപ ബഡ്ജറ്റിൽ അനുവദിച്ചു.",
        [(Decimal("28.20"), "INR", None), (50 * CRORE, "INR", None)],
        KERALAKAUMUDI,
        "ml_IN",
    ),
    (
        # "60 കോടി വകയിരുത്തി" names no currency: not read
        "ഹെക്ടറിന് 5500 രൂപ നിരക്കിലും നെൽവയൽ ഉടമസ്ഥർക്ക് ഹെക്ടറിന് 3000 രൂപ നിരക്കിൽ"
        " റോയൽറ്റിക്കുമായി 60 കോടി വകയിരുത്തി.",
        [(Decimal(5500), "INR", None), (Decimal(3000), "INR", None)],
        KERALAKAUMUDI,
        "ml_IN",
    ),
    (
        "43,54,43,816 രൂപ വരവും 42,51,49,100 രൂപ ചെലവും പ്രതീക്ഷിക്കുന്ന ബജറ്റാണ് വൈസ്"
        " പ്രസിഡന്റ് പി.ദാമോദരൻ അവതരിപ്പിച്ചത്.",
        [(Decimal(435443816), "INR", None), (Decimal(425149100), "INR", None)],
        DEEPIKA,
        "ml_IN",
    ),
    (
        "ജനറൽ വിഭാഗത്തിന് 60 ലക്ഷം രൂപയും പട്ടിക വർഗ വിഭാഗത്തിന് 67 ലക്ഷം രൂപയും"
        " നവീകരണത്തിന് 37 ലക്ഷം രൂപയും അനുവദിച്ചു.",
        [(60 * LAKH, "INR", None), (67 * LAKH, "INR", None), (37 * LAKH, "INR", None)],
        DEEPIKA,
        "ml_IN",
    ),
]


@pytest.mark.parametrize("with_locale", [True, False])
@pytest.mark.parametrize(("text", "expected", "source", "locale"), INDIAN)
def test_gujarati_kannada_malayalam_figures(
    text: str, expected: Expected, source: str, locale: str, with_locale: bool
) -> None:
    # without a locale the script tells the language (its own Unicode block)
    assert _read(text, locale if with_locale else None) == expected, source
