"""Numbers and words of scripts the Latin rules misread (issue #14).

* The separators of Arabic-script digits: U+066B ARABIC DECIMAL SEPARATOR and
  U+066C ARABIC THOUSANDS SEPARATOR (the symbols of CLDR's ``arab`` and
  ``arabext`` number systems), and U+060C ARABIC COMMA written between digits
  where a comma would be. Before, ``٣٫٥ مليون دولار`` was read as 5 million,
  ``١٬٥٠٠ دولار`` as 500 and ``1،75 مليار دولار`` as 75 billion.
* Scripts written without spaces between words (Thai, as Chinese and Japanese):
  a magnitude word glued to the currency word (``3 หมื่นล้านบาท``) was no
  magnitude, and the figure was a bare 3.
* Czech "půl" (half): ``8 a půl bilionu korun`` was read as 8 korun.

Every expected amount is computed here from the published figure, the digits or
words of the string (``٣٫٥ مليون`` is 3.5 x 10^6), never taken from the parser;
the source of each real string is named next to it, the others are the issue's
own examples (#14) or look-alikes built to tell a reading from a misreading.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fxnorm.parsing import extract, parse
from fxnorm.parsing.matching import is_letter
from fxnorm.parsing.numbers import COMMA, POINT, describe, read_number
from fxnorm.parsing.reader import parse_whole

ISSUE = "issue #14's examples"
BUILT = "a look-alike built for the test"
MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
TRILLION = Decimal(10) ** 12  # Czech "bilion" is 10^12 (the long scale)

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# -- Arabic-script separators ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "number_format", "source"),
    [
        # ٣٫٥ is three point five (U+066B), times مليون (10^6)
        ("٣٫٥ مليون دولار", Decimal("3.5") * MILLION, "1234٫5", ISSUE),
        # ١٬٥٠٠ is one thousand five hundred (U+066C groups)
        ("١٬٥٠٠ دولار", Decimal(1500), "1٬234", ISSUE),
        # 1،75: the Arabic comma before two digits is the decimal mark; مليار is 10^9
        ("1،75 مليار دولار", Decimal("1.75") * BILLION, "1234،5", ISSUE),
        # Persian (Extended Arabic-Indic) digits with the same marks
        ("۳٫۵ مليون دولار", Decimal("3.5") * MILLION, "1234٫5", BUILT),
        ("۱۲٬۳۴۵ دولار", Decimal(12345), "1٬234", BUILT),
        # both marks: 2,345.67
        ("٢٬٣٤٥٫٦٧ دولار", Decimal("2345.67"), "1٬234٫5", BUILT),
        # U+066B is the decimal mark whatever follows: one and a half, not 1500
        ("١٫٥٠٠ دولار", Decimal("1.500"), "1234٫5", BUILT),
    ],
)
def test_arabic_separators_are_read(
    text: str, amount: Decimal, number_format: str, source: str
) -> None:
    mention = parse(text)
    assert (mention.amount, mention.currency) == (amount, "USD"), source
    assert mention.text == text  # the whole number, not the digits after the mark
    assert (mention.number_format, mention.number_read_by) == (number_format, "digits")
    assert parse_whole(text) == mention  # the early exit and the whole pipeline agree


def test_a_shape_read_again_reads_its_own_digits() -> None:
    # the second text of a shape (same marks at the same places) is read by the first
    # one's plan: the Arabic marks must be dropped or made a point there too
    for first, second, amount in [
        ("3٫25 مليون دولار", "7٫25 مليون دولار", Decimal("7.25") * MILLION),
        ("1٬234٫75 دولار", "9٬876٫25 دولار", Decimal("9876.25")),
        ("9،25 مليار دولار", "1،75 مليار دولار", Decimal("1.75") * BILLION),
    ]:
        parse(first)
        mention = parse(second)
        assert mention.amount == amount
        assert mention == parse_whole(second)


@pytest.mark.parametrize(
    ("locale", "amount"),
    [
        # CLDR: Egyptian Arabic writes Latin digits with a decimal point (1,500 is
        # fifteen hundred), Moroccan Arabic with a decimal comma (1,500 is 1.5)
        ("ar_EG", Decimal(1500)),
        ("ar_MA", Decimal("1.500")),
    ],
)
def test_the_arabic_comma_before_three_digits_is_read_as_a_comma_is(
    locale: str, amount: Decimal
) -> None:
    mention = parse("١،٥٠٠ دولار", locale=locale)
    assert mention.amount == amount
    assert mention.number_read_by == "locale"
    # the Arabic decimal separator leaves nothing open, in either locale
    assert parse("١٫٥٠٠ دولار", locale=locale).amount == Decimal("1.500")


def test_an_arabic_comma_and_a_space_separate_numbers() -> None:
    # mojnews.com (GDP forecasts, billions of dollars): a list of numbers, each
    # followed by "، ": they are five numbers, the first 17968
    url = (
        "http://www.mojnews.com/%D8%A8%D8%AE%D8%B4-%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF%DB%8C-4/"
        "193946"
    )
    text = "میزان تولید ناخالص داخلی آنها به ترتیب معادل ۱۷۹۶۸، ۱۸۶۹۸، ۱۹۵۵۶، ۲۰۴۹۳، 21404 و 22294"
    assert parse(text).amount == Decimal(17968), url


@pytest.mark.parametrize(
    ("run", "reason"),
    [
        ("١٫٢٫٣", "two decimal separators"),
        ("١٫٢٬٣٠٠", "a thousands separator after the decimal separator"),
        ("١٬٢٣٫٥", "a group of two digits"),
        ("1.234,567٫5", "two different marks before the decimal separator"),
    ],
)
def test_arabic_runs_in_no_pattern_have_no_reading(run: str, reason: str) -> None:
    assert read_number(run, POINT) is None, reason
    assert read_number(run, COMMA) is None, reason


#: The marks of CLDR's ``arab`` and ``arabext`` number systems, by their Unicode names
#: (babel's own lookup of them by number system needs babel 2.14 or later).
ARABIC_DECIMAL = unicodedata.lookup("ARABIC DECIMAL SEPARATOR")
ARABIC_GROUP = unicodedata.lookup("ARABIC THOUSANDS SEPARATOR")


def _written_in_arabic_marks(value: Decimal) -> str:
    """``value`` grouped by thousands with U+066C and its decimals after U+066B, the
    way CLDR's ``arab`` number system writes it (independent of the parser)."""
    whole, _, decimals = f"{value:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ARABIC_GROUP)
    return grouped + (ARABIC_DECIMAL + decimals if decimals else "")


@settings(max_examples=150, deadline=None)
@given(
    value=st.decimals(
        min_value=0, max_value=Decimal("1e15"), places=2, allow_nan=False, allow_infinity=False
    )
)
def test_numbers_written_with_the_arabic_marks_read_back(value: Decimal) -> None:
    # written with Latin, Arabic-Indic and Persian digits, as the press does
    written = _written_in_arabic_marks(value)
    for digits in (written, written.translate(ARABIC_INDIC), written.translate(PERSIAN)):
        for fmt in (POINT, COMMA):
            reading = read_number(digits, fmt)
            assert reading is not None, digits
            assert reading.value == value, digits
            assert describe(reading, digits) is not None or digits.isdigit()


# -- scripts without spaces between words ----------------------------------------------

LANNER = "https://www.lannernews.com/28072568-01"
THANSETTAKIJ = "https://www.thansettakij.com/business/549657"
MGRONLINE = "https://mgronline.com/uptodate/detail/9690000017458"


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("3 หมื่นล้านบาท", [(3 * 10**4 * MILLION, "THB", None)], ISSUE),  # หมื่นล้าน: 10^4 x 10^6
        ("5 พันล้านดอลลาร์", [(5 * 10**3 * MILLION, "USD", None)], ISSUE),  # พันล้าน: 10^3 x 10^6
        ("1.5 แสนล้านบาท", [(Decimal("1.5") * 10**5 * MILLION, "THB", None)], ISSUE),  # แสน: 10^5
        (
            "จังหวัดเชียงใหม่ได้รับการจัดสรรงบประมาณสูงสุดที่ 6.2 พันล้านบาท "
            "ส่วนจังหวัดลำพูนได้รับงบประมาณน้อยที่สุดที่ 497 ล้านบาท",
            [(Decimal("6.2") * 10**3 * MILLION, "THB", None), (497 * MILLION, "THB", None)],
            LANNER,
        ),
        # the currency word glued to the next word ("ได้")
        (
            "ภายใต้กรอบวงเงิน 157,000 ล้านบาทได้",
            [(157000 * MILLION, "THB", None)],
            LANNER,
        ),
        # ทะลุ "breaks through": more than (a page that writes "ทะลุ 1 แสนลบ." reports
        # 106,146.56 million baht, tests/data/realtext/th_TH.jsonl)
        (
            "ตั้งเป้าหมายทุกหน่วยงานมีการเบิกจ่ายงบลงทุนทะลุ 8.3 หมื่นล้านบาท",
            [(Decimal("8.3") * 10**4 * MILLION, "THB", "more_than")],
            THANSETTAKIJ,
        ),
        # ล้านล้าน: 10^6 x 10^6; ราว: about
        (
            "การขาดดุลการค้าสินค้าของสหรัฐ อยู่ที่ 1.24 ล้านล้านดอลลาร์สหรัฐ (ราว 38.7 ล้านล้านบาท) ตลอดทั้งปีที่ผ่านมา",
            [
                (Decimal("1.24") * MILLION * MILLION, "USD", None),
                (Decimal("38.7") * MILLION * MILLION, "THB", "approximate"),
            ],
            MGRONLINE,
        ),
    ],
)
def test_thai_words_may_touch(
    text: str, expected: list[tuple[Decimal, str, str | None]], source: str
) -> None:
    found = [(m.amount, m.currency, m.qualifier) for m in extract(text)]
    assert found == expected, source


def test_a_thai_currency_word_ends_where_it_ends() -> None:
    # "ในปีนี้" (this year) glued after the currency is not part of the figure
    (mention,) = extract("ลงทุน 3 หมื่นล้านบาทในปีนี้")
    assert mention.text == "3 หมื่นล้านบาท"
    (mention,) = extract("36 บาทต่อ 1 ดอลลาร์")[:1]
    assert mention.text == "36 บาท"


@pytest.mark.parametrize(
    ("ch", "letter"),
    [
        ("a", True),  # "mil" is no word inside "million"
        ("é", True),
        ("ж", True),
        ("ب", True),
        ("ạ", True),  # Vietnamese, above the Thai block
        ("บ", False),  # Thai
        ("ກ", False),  # Lao
        ("က", False),  # Myanmar
        ("ក", False),  # Khmer
        ("\u1950", False),  # Tai Le
        ("\u1980", False),  # New Tai Lue
        ("\u1a20", False),  # Tai Tham
        ("\u0f40", True),  # Tibetan: not of the line-breaking class SA
        ("元", False),  # CJK
        ("5", True),
        (" ", False),
    ],
)
def test_which_characters_keep_words_apart(ch: str, letter: bool) -> None:
    assert is_letter(ch) is letter


# -- Czech "půl" -----------------------------------------------------------------------

EUROZPRAVY = "https://eurozpravy.cz/domaci/politika/245362-stat-loni-vyplatil-stranam-pres-pul-miliardy-nejvic-ziskaly-ano-a-cssd/"
E15 = "https://www.e15.cz/domaci/statni-dluh-prorazi-hranici-tri-bilionu-uvadi-brozura-rezortu-financi-1379191"


@pytest.mark.parametrize("locale", [None, "cs_CZ"])
@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        # 8 + 1/2, times bilion (10^12)
        ("8 a půl bilionu korun", [(Decimal("8.5") * TRILLION, "CZK", None)], ISSUE),
        # 1/2 x miliarda (10^9)
        ("půl miliardy korun", [(Decimal("0.5") * BILLION, "CZK", None)], ISSUE),
        (
            "Přes půl miliardy korun vyplatil loni stát na příspěvcích politickým stranám "
            "a hnutím.",
            [(Decimal("0.5") * BILLION, "CZK", "more_than")],
            EUROZPRAVY,
        ),
        (
            "Státní dluh by měl letos překonat hranici 2,5 bilionu korun a v roce 2023 tří "
            "bilionů korun.",
            [(Decimal("2.5") * TRILLION, "CZK", None), (3 * TRILLION, "CZK", None)],
            E15,
        ),
        # a quarter (čtvrt) the same way: 1/4 x 10^9, 3 + 1/4 x 10^9 (built as the press
        # writes it)
        ("čtvrt miliardy korun", [(Decimal("0.25") * BILLION, "CZK", None)], BUILT),
        ("3 a čtvrt miliardy korun", [(Decimal("3.25") * BILLION, "CZK", None)], BUILT),
        # a half of something else is no money
        ("za půl roku zaplatí 5 korun", [(Decimal(5), "CZK", None)], BUILT),
        ("za čtvrt hodiny zaplatí 5 korun", [(Decimal(5), "CZK", None)], BUILT),
    ],
)
def test_czech_half(
    text: str, expected: list[tuple[Decimal, str, str | None]], source: str, locale: str | None
) -> None:
    found = [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]
    assert found == expected, source
