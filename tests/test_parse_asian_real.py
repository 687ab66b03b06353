"""Classes of misreading found on real text from Vietnamese, Thai, Malay, Filipino,
Hebrew, Persian, Bengali, Gujarati, Kannada, Malayalam and Swahili pages
(``tests/data/realtext/<locale>.jsonl``), each tested on look-alike strings and
named after the page that showed it.

* a Philippine page's ``P`` is the peso, not the pula CLDR's ``P`` reads elsewhere:
  the signs the press of the locale's territory writes for its currency are read
  whatever the text's language (Filipino's ``P`` in English text);
* ``P12-B``: a capital magnitude letter after a hyphen, standing alone;
* the decimal point written as a word (Bengali ``১ দশমিক ৫``), also inside a
  figure written in parts (``২৮ হাজার ৫৫৫ দশমিক ৫৩ মিলিয়ন``);
* a qualifier after the figure that counts only after an ending of its last word
  (Gujarati ``કરોડથી વધુ``, "more than ... crore": ``ending|phrase`` in the data);
* a magnitude word that names its currency too, whatever its last letter (Thai
  ``ลบ.``, million baht, as Mexican ``mdp``);
* a link that ends a change, never a range (Malay ``kepada``), and a low end that
  closes another pair of numbers (``2022-2021 –  609``);
* a figure in a unit of money with no ISO code (the Iranian toman, ten rials) is
  reported among the skipped figures with its reason, never read as rials;
* a magnitude cut short between a currency and the number (Swahili ``Tsh Bil.
  445``), and a currency named with its country around the figure (``dola za
  Marekani milioni 775``, ``dola milioni 540 za kimarekani``);
* Vietnamese ``bằng`` (equals) linking a conversion that ends its clause;
* a figure begun in words and continued in digits past the word that joins its
  parts (Persian ``دو میلیارد و ۲۱۵ میلیون دلار``);
* a currency named once, on the figure of the same magnitude word before: after a
  noun of money (Thai ``มูลค่ารวม 256,775 ล้าน``) or between two figures of one
  currency (Bengali ``৭০০ মিলিয়ন`` between two dollar figures), never a count;
* words of the languages' data: Kannada ``ಅಮೆರಿಕನ್ ಡಾಲರ್`` and ``ರು.``, Gujarati
  ``રૂ`` and ``રૂપિયા`` before the number, Hebrew ``השקלים`` and a magnitude alone
  (``מיליארד שקלים``), agorot (``95 אגורות``), Swahili ``Sh.``, ``Tsh.``,
  ``shilling za Kenya``, Malayalam ``ഡോളര്`` (the older virama spelling) and
  ``ദശലക്ഷം``.

Expected values are the figures as printed on the pages named.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs, parse
from fxnorm.parsing import read

MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
CRORE = Decimal(10) ** 7
TRILLION = Decimal(10) ** 12

PH_DPWH = "http://philippinerealestatenews.blogspot.com/2010/08/dpwh-allocates-p12-b-infra-projects-in.html"
BN_ORTHONITI = "https://dainikorthoniti.com/2021/11/30/"
BN_SHUDDHOBARTA = "https://www.shuddhobarta24.com/archives/author/mahfuz-ahmed/page/473"
GU_SAMAY = "https://samaysandeshnews.in/page/24/?p=mo%2FJ4706644.html"
TH_UTCC = "https://tradestrategies.utcc.ac.th/tag/ (กนอ. 1 แสนลบ.)"
MS_UTUSAN = (
    "https://www.utusan.com.my/ekonomi/2021/06/trend-kejatuhan-fdi-ke-malaysia-tidak-berterusan"
)
HE_HADSHON = "https://hadshon.edu.gov.il/ (התקציב לשנים 2022-2021)"
FA_SAHEB = "https://sahebkhabar.ir/print/76496155/"
KN_TV9 = "https://tv9kannada.com/business/landoums-realty-ventures-request-pm-modi-through-advertisement-about-rs-36-lakh-crore-investment-in-india-smt-226765.html/amp"
SW_KITULO = "https://rediokitulofm.blogspot.com/2014/03/serikali-bado-haijatoa-bilioni-143-kwa.html"
SW_KWANGULEO = "https://kwanguleo.blogspot.com/2017/10/pesa-ya-uchaguzi-yasainiwa-na-rais.html"


def _read(text: str, locale: str | None) -> list[tuple[Decimal, str | None, str | None]]:
    return [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]


# -- the territory's own press signs ------------------------------------------------


@pytest.mark.parametrize("locale", ["en_PH", "fil_PH"])
def test_a_philippine_pages_p_is_the_peso(locale: str) -> None:
    text = "Of the amount, P6.53 billion have been allocated, and P70,450 for three projects."
    assert _read(text, locale) == [
        (Decimal("6.53") * BILLION, "PHP", None),
        (Decimal(70450), "PHP", None),
    ], PH_DPWH


def test_elsewhere_p_stays_what_cldr_reads() -> None:
    # no Philippine locale: CLDR's P (the pula) is left as it was read before
    (found,) = extract("P6.53 billion", locale="en_BW")
    assert found.currency == "BWP"


# -- a capital magnitude letter after a hyphen ------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("DPWH allocates P12-B infra projects", 12 * BILLION),
        ("a P5-M road fund", 5 * MILLION),
    ],
)
def test_capital_magnitude_after_a_hyphen(text: str, amount: Decimal) -> None:
    assert _read(text, "en_PH") == [(amount, "PHP", None)], PH_DPWH


@pytest.mark.parametrize("text", ["a P12-bay garage", "P12-Bravo unit"])
def test_a_hyphen_before_a_word_is_no_magnitude(text: str) -> None:
    assert [m.amount for m in extract(text, locale="en_PH")] == [Decimal(12)]


# -- the decimal point written as a word ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        (
            "তারা কারখানা স্থাপনে ১ দশমিক ৫ বিলিয়ন ডলার বিনিয়োগ করবে।",
            Decimal("1.5") * BILLION,
            BN_ORTHONITI,
        ),
        ("প্রস্তাব ২ দশমিক ৭ বিলিয়ন ডলারের পাওয়া গেছে।", Decimal("2.7") * BILLION, BN_ORTHONITI),
        (
            "বিনিয়োগের পরিমাণ ২৮ হাজার ৫৫৫ দশমিক ৫৩ মিলিয়ন মার্কিন ডলার।",
            Decimal("28555.53") * MILLION,
            BN_SHUDDHOBARTA,
        ),
    ],
)
def test_bengali_decimal_word(text: str, amount: Decimal, source: str) -> None:
    assert _read(text, "bn_BD") == [(amount, "USD", None)], source


def test_a_decimal_word_before_a_percentage_makes_no_money() -> None:
    assert extract("প্রবৃদ্ধি ৫ দশমিক ২ শতাংশ", locale="bn_BD") == []


# -- a qualifier after an ending -------------------------------------------------------


def test_gujarati_more_than_after_the_crore_ending() -> None:
    text = "રાજ્ય સરકારે ₹93 હજાર કરોડથી વધુના ખર્ચે રોડ ઉભું કરવાની દિશામાં પગલાં લીધાં છે."
    assert _read(text, "gu_IN") == [(93000 * CRORE, "INR", "more_than")], GU_SAMAY


def test_gujarati_more_without_the_ending_is_no_qualifier() -> None:
    # "₹5 કરોડ વધુ" is five crore more (an increase), not "more than"
    assert _read("ફાળવણીમાં ₹5 કરોડ વધુ આપ્યા", "gu_IN") == [(5 * CRORE, "INR", None)]


# -- a magnitude word that names its currency ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "qualifier"),
    [
        ("กนอ.เผยครึ่งแรกปีงบประมาณ 64 เม็ดเงินลงทุนทะลุ 1 แสนลบ.โต 287%", 10**11, "more_than"),
        ("บริษัทมีกำไร 500 ลบ. ในไตรมาสนี้", 500 * 10**6, None),
    ],
)
def test_thai_lb_is_million_baht(text: str, amount: int, qualifier: str | None) -> None:
    assert _read(text, "th_TH") == [(Decimal(amount), "THB", qualifier)], TH_UTCC


def test_mexican_mdp_still_names_pesos() -> None:
    assert _read("costó 500 mdp y 3 mmdd", "es_MX") == [
        (500 * MILLION, "MXN", None),
        (3 * BILLION, "USD", None),
    ]


# -- changes and pairs of numbers are no ranges ------------------------------------------


def test_malay_kepada_ends_a_change_not_a_range() -> None:
    text = "FDI terkumpul telah meningkat sebanyak RM11 bilion kepada RM698.8 bilion."
    found = extract(text, locale="ms_MY")
    assert [(m.amount, m.range) for m in found] == [
        (11 * BILLION, None),
        (Decimal("698.8") * BILLION, None),
    ], MS_UTUSAN


def test_malay_hingga_still_links_a_range() -> None:
    (found,) = extract("pelaburan RM5 hingga RM6 bilion", locale="ms_MY")
    assert found.range == (5 * BILLION, 6 * BILLION)


def test_the_end_of_a_pair_of_years_is_no_low_end() -> None:
    (found,) = extract("התַקציב לשנים 2022-2021 –  609 מיליארד שקלים.", locale="he_IL")
    assert (found.amount, found.currency, found.range) == (609 * BILLION, "ILS", None), HE_HADSHON


def test_a_dash_range_still_reads() -> None:
    (found,) = extract("נמכרה לקרן ב-400-500 מיליון דולר.", locale="he_IL")
    assert found.range == (400 * MILLION, 500 * MILLION)


# -- a unit of money with no ISO code ----------------------------------------------------


@pytest.mark.parametrize("locale", ["fa_IR", None])
def test_a_toman_figure_is_reported_as_skipped(locale: str | None) -> None:
    text = "اگر دارایی شما یک میلیارد ریال (صد میلیون تومان) بود، ۱۲۰ میلیارد تومان خرج شد."
    reading = read(text, locale=locale)
    assert [(m.amount, m.currency) for m in reading.mentions] == [(BILLION, "IRR")], FA_SAHEB
    (skipped,) = reading.skipped
    assert skipped.text == "۱۲۰ میلیارد تومان"
    assert "ten rials" in skipped.reason and "no ISO code" in skipped.reason


def test_a_toman_figure_takes_no_default_currency() -> None:
    text = "۱۲۰ میلیارد تومان اعتبار اختصاص یافته است."
    assert extract(text, locale="fa_IR", default_currency="IRR") == []
    alone = parse("157,000 تومان", default_currency="IRR")
    assert (alone.amount, alone.currency, alone.resolved_by) == (
        Decimal(157000),
        None,
        "unresolved",
    )
    assert "no ISO code" in alone.notes[0]
    # written like every other amount: an integer without an exponent
    assert str(parse("۱۲۰ میلیارد تومان").amount) == "120000000000"


def test_a_rial_beside_a_toman_is_read() -> None:
    text = "هر یک قران معادل ۱۰۰ ریال قدیم یا همان ۱۰ تومان قدیم است."
    reading = read(text, locale="fa_IR")
    assert [(m.amount, m.currency) for m in reading.mentions] == [(Decimal(100), "IRR")], FA_SAHEB
    assert [s.text for s in reading.skipped] == ["۱۰ تومان"]


# -- the languages' words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "expected", "source"),
    [
        (
            "kn_IN",
            "500 ಬಿಲಿಯನ್ ಅಮೆರಿಕನ್ ಡಾಲರ್ ಅಂದರೆ 50,000 ಕೋಟಿ ಅಮೆರಿಕನ್ ಡಾಲರ್.",
            [(500 * BILLION, "USD", None), (50000 * CRORE, "USD", None)],
            KN_TV9,
        ),
        (
            "kn_IN",
            "ಸರ್ಕಾರದಿಂದ 40,724 ಕೋಟಿ ರು. ಯೋಜನೆ ಸಿದ್ಧ",
            [(40724 * CRORE, "INR", None)],
            "https://the-file.in/2020/09/governance/4972",
        ),
        (
            "gu_IN",
            "મેટ્રો રેલ માટે રૂ 568 કરોડની જોગવાઈ, અન્ય કામો માટે રૂપિયા 20,000 કરોડ મંજૂર",
            [(568 * CRORE, "INR", None), (20000 * CRORE, "INR", None)],
            "https://www.loksattanews.co.in/news/what-kind-of-provision-is-done-in-the-budget-for-residence-of-the-mla",
        ),
        (
            "he_IL",
            "כדי לממן את 60 מיליארד השקלים; תקציב הספורט – מיליארד שקלים",
            [(60 * BILLION, "ILS", None), (BILLION, "ILS", None)],
            "https://www.kikar.co.il/political-news/government-budget-approval-2026",
        ),
        (
            "sw_TZ",
            "kushindwa kutoa Sh.143.5 bilioni; Noti moja ya Tsh. 10000",
            [(Decimal("143.5") * BILLION, "TZS", None), (Decimal(10000), "TZS", None)],
            SW_KITULO,
        ),
        (
            "sw_KE",
            "ametenga shilling za Kenya 12 bilioni (Dola 120 milioni)",
            [(12 * BILLION, "KES", None), (120 * MILLION, "USD", None)],
            SW_KWANGULEO,
        ),
    ],
)
def test_language_words(
    locale: str, text: str, expected: list[tuple[Decimal, str, str | None]], source: str
) -> None:
    assert _read(text, locale) == expected, source


# -- Swahili: a currency named with its country, a magnitude cut short -------------------

SW_SMARTAGO = "https://smartago.blogspot.com/2017/09/brazil-yaisamehe-tanzania-deni-la.html"
SW_EATV = "https://www.eatv.tv/node?page=6323&qt-musictabs=3"
SW_UN = "https://news.un.org/sw/tags/pssn"


def test_swahili_magnitude_cut_short_before_the_number() -> None:
    text = "jumla ya dola za kimarekani Mil. 203 ambazo ni sawa na Tsh Bil. 445, hiyo ni"
    assert _read(text, "sw_TZ") == [
        (203 * MILLION, "USD", None),
        (445 * BILLION, "TZS", None),
    ], SW_SMARTAGO


def test_swahili_a_word_before_a_number_is_no_magnitude_cut_short() -> None:
    # "Mil." is a magnitude only after a currency: "Mil. 203" alone is no money
    assert extract("Mil. 203 za mwaka", locale="sw_TZ") == []


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "thamani ya dola za Marekani milioni 775, sawa na takribani shilingi za Tanzania"
            " trilioni 1.8 kwa ajili ya",
            [(775 * MILLION, "USD", None), (Decimal("1.8") * TRILLION, "TZS", "approximate")],
            SW_EATV,
        ),
        (
            "mkopo nafuu wa dola milioni 540 za kimarekani sawa na shilingi trilioni 1.04 za"
            " kitanzania.",
            [(540 * MILLION, "USD", None), (Decimal("1.04") * TRILLION, "TZS", None)],
            SW_UN,
        ),
    ],
)
def test_swahili_currency_with_its_country_pairs(
    text: str, expected: list[tuple[Decimal, str, str | None]], source: str
) -> None:
    (pair,) = extract_pairs(text, locale="sw")
    found = [(m.amount, m.currency, m.qualifier) for m in (pair.source, pair.stated)]
    assert found == expected, source


# -- Vietnamese "bằng" (equals), Malayalam's older spelling ------------------------------


def test_vietnamese_equals_links_a_conversion_that_ends_its_clause() -> None:
    (pair,) = extract_pairs("Tính đến ngày 27/10/2021, 1 đô Mỹ bằng 22.759đ.", locale="vi_VN")
    assert (pair.source.amount, pair.source.currency) == (Decimal(1), "USD")
    assert (pair.stated.amount, pair.stated.currency) == (Decimal(22759), "VND"), (
        "https://www.newrich.vn/1-ty-do-bang-bao-nhieu-tien-viet-nam/"
    )


def test_vietnamese_paying_in_another_currency_is_no_conversion() -> None:
    # "bằng" is also "in, with": the figure after it goes on, it ends no clause
    assert extract_pairs("Thanh toán 5 USD bằng 115.000 đồng tiền mặt", locale="vi_VN") == []


def test_malayalam_dollar_with_the_older_virama_spelling() -> None:
    text = "840 ദശലക്ഷം ഡോളര് മുതല്മുടക്കി നിര്മിക്കുന്ന ആശുപത്രി"
    assert _read(text, "ml_IN") == [(840 * MILLION, "USD", None)], (
        "http://deepika.com/nri/Pravasi_News.aspx?newscode=55059&nriCode=NRI3&page=1"
    )


# -- a currency named once, on the figure before ----------------------------------------


def test_thai_money_noun_takes_the_baht_of_the_figure_before() -> None:
    text = "มูลค่ากว่า 332,205 ล้านบาท ชี้นักลงทุนรายเดิมแห่ขยายกิจการมูลค่ารวม 256,775 ล้าน"
    assert _read(text, "th_TH") == [
        (332205 * MILLION, "THB", "more_than"),
        (256775 * MILLION, "THB", None),
    ], "https://www.smethailandclub.com/news/606.html"


def test_bengali_figure_between_two_dollar_figures() -> None:
    text = "প্রস্তাবের মধ্যে ৪৬৫ মিলিয়ন ডলার বিদেশি, ৭০০ মিলিয়ন স্থানীয় এবং ৮৫ মিলিয়ন ডলার যৌথ বিনিয়োগ।"
    assert _read(text, "bn_BD") == [
        (465 * MILLION, "USD", None),
        (700 * MILLION, "USD", None),
        (85 * MILLION, "USD", None),
    ], "https://www.editorialnews24.com/blog/economy-7/190"


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (
            "en",
            "It raised $5 billion, 3 billion people and $2 billion more",
            [(5 * BILLION, "USD", None), (2 * BILLION, "USD", None)],
        ),
        ("th_TH", "มูลค่ากว่า 332,205 ล้านบาท มีผู้ใช้ 5 ล้าน คน", [(332205 * MILLION, "THB", "more_than")]),
        ("zh_Hans_CN", "营收3.2亿元，用户0.5亿", [(Decimal("3.2") * 10**8, "CNY", None)]),
    ],
)
def test_a_count_or_a_figure_without_a_money_noun_stays_bare(
    locale: str, text: str, expected: list[tuple[Decimal, str, str | None]]
) -> None:
    assert _read(text, locale) == expected


# -- a figure begun in words, continued in digits past the joining word ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("طی نیمه اول سال گذشته دو میلیارد و ۲۱۵ میلیون دلار اعلام شد.", (2215 * MILLION, "USD")),
        ("سه میلیارد و۵۰۰ میلیون ریال", (3500 * MILLION, "IRR")),
    ],
)
def test_persian_words_then_digits_past_the_joiner(
    text: str, expected: tuple[Decimal, str]
) -> None:
    assert [(m.amount, m.currency) for m in extract(text, locale="fa_IR")] == [expected], (
        "https://novinn.ir/ (دو میلیارد و ۲۱۵ میلیون دلار)"
    )


def test_a_joining_word_after_other_words_joins_nothing() -> None:
    # "صنعت و ۲۱۵ میلیون دلار": و joins the nouns of a list, no number word before it
    text = "در بخشهای صنعت و ۲۱۵ میلیون دلار"
    assert [(m.amount, m.currency) for m in extract(text, locale="fa_IR")] == [
        (215 * MILLION, "USD")
    ]


def test_hebrew_agorot_are_hundredths_of_a_shekel() -> None:
    text = "המחיר המינימלי של יחידה עמד על 950 שקל ומחיר המניה עמד על 95 אגורות."
    assert _read(text, "he_IL") == [
        (Decimal(950), "ILS", None),
        (Decimal("0.95"), "ILS", None),
    ], "https://m.calcalist.co.il/Article.aspx?guid=3390858"
