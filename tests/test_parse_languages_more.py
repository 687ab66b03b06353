"""Languages added as data files only (issue #14): Vietnamese, Indonesian, Czech,
Hungarian, Finnish, Arabic, Thai, Greek, and short Turkish text, read with no locale.

Every string is copied from the page named next to it, or is one of the issue's
own examples (#14); the expected amounts are computed from the words of the
string (``1,93 miliardy`` is 1.93 x 10^9), not taken from the parser.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, extract_pairs, parse
from fxnorm.parsing.textlang import detect

BILLION = 10**9
MILLION = 10**6
TRILLION = 10**12

NEWSTREAM = "https://www.newstream.cz/money/eib-loni-v-cesku-podporila-projekty-za-1-93-miliardy-eur-mezirocne-to-bylo-mene"
E15 = "https://www.e15.cz/byznys/prumysl-a-energetika/ceska-skupina-eco-investment-expanduje-v-bosne-postavi-tam-papirnu-za-miliardy-1410898"
NEWRICH = "https://www.newrich.vn/1-ty-do-bang-bao-nhieu-tien-viet-nam/"
BARTRA = "https://bartrawealthadvisors.com.vn/5000-ty-usd-bang-bao-nhieu-tien-viet-nam"
RAKYAT = "https://edu.rakyatpress.com/1-miliar-dolar-berapa-rupiah"
IQR2 = "https://iqr2.com/"
ISSUE = "issue #14's examples"
# the page of 2021-01-25 titled "Στήριξη 200 εκατ. ευρώ από την Ευρωπαϊκή Τράπεζα Επενδύσεων"
ASKT = "https://www.askt.gr/2021/01/25/"
NEWSBOMB = "https://www.newsbomb.gr/oikonomia/story/1712794/pierrakakis-gia-evropaiki-trapeza-ependyseon-synergasia-stratigikis-simasias-gia-tin-oikonomia"
POLITIK = "https://dev.politik.gr/ (Σχέδιο Γιούνκερ: η Ελλάδα πρώτη σε επενδύσεις)"


# (language, text, [(amount, currency, qualifier)], source)
READINGS = [
    (
        "vi",
        "2 tỷ USD (khoảng 50.000 tỷ đồng)",
        [(2 * BILLION, "USD", None), (50_000 * BILLION, "VND", "approximate")],
        ISSUE,
    ),
    ("vi", "tương đương với 1,3 tỷ USD", [(Decimal("1.3") * BILLION, "USD", None)], NEWRICH),
    (
        "vi",
        "130.790.000.000.000.000 VND (tức là 130,79 triệu tỷ đồng)",
        [
            (130_790_000_000_000_000, "VND", None),
            (Decimal("130.79") * MILLION * BILLION, "VND", None),  # triệu tỷ: 10^6 x 10^9
        ],
        BARTRA,
    ),
    (
        "id",
        "nilai 1 miliar dolar setara dengan kurang lebih 15,5 triliun hingga 16 triliun rupiah",
        [(1 * BILLION, "USD", None), (Decimal("15.5") * TRILLION, "IDR", "approximate")],
        RAKYAT,
    ),
    (
        "cs",
        "projekty za 1,93 miliardy eur (46,8 miliardy korun)",
        [(Decimal("1.93") * BILLION, "EUR", None), (Decimal("46.8") * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "480 milionů eur (11,6 miliardy korun)",
        [(480 * MILLION, "EUR", None), (Decimal("11.6") * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "205 milionů eur (pět miliard korun)",  # pět: five
        [(205 * MILLION, "EUR", None), (5 * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "700 milionů eur (17 miliard korun)",
        [(700 * MILLION, "EUR", None), (17 * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "za více než 100 milionů eur, v přepočtu přes 2,5 miliardy korun",
        [(100 * MILLION, "EUR", "more_than"), (Decimal("2.5") * BILLION, "CZK", "more_than")],
        E15,
    ),
    ("hu", "120 milliárd forint", [(120 * BILLION, "HUF", None)], ISSUE),
    ("fi", "2 miljardia euroa", [(2 * BILLION, "EUR", None)], ISSUE),
    ("ar", "3 ملايين دولار", [(3 * MILLION, "USD", None)], ISSUE),
    ("ar", "5 مليارات دولار", [(5 * BILLION, "USD", None)], ISSUE),
    ("ar", "2 مليون دولار كم ريال سعودي", [(2 * MILLION, "USD", None)], IQR2),
    ("th", "36 บาทต่อ 1 ดอลลาร์", [(36, "THB", None), (1, "USD", None)], ISSUE),
    ("tr", "Türkiye 5 milyar dolar yatırım", [(5 * BILLION, "USD", None)], ISSUE),
    # Greek: εκατ. (εκατομμύρια) 10^6, δισ. 10^9
    (
        "el",
        "Στήριξη 200 εκατ. ευρώ από την Ευρωπαϊκή Τράπεζα Επενδύσεων",
        [(200 * MILLION, "EUR", None)],
        ASKT,
    ),
    (
        "el",
        "Με συνολικά πάνω από 16 δισ. ευρώ σε επενδύσεις",  # πάνω από: more than
        [(16 * BILLION, "EUR", "more_than")],
        NEWSBOMB,
    ),
    (
        "el",
        "χρηματοδοτήσεις σε επενδύσεις στην ελληνική οικονομία κοντά στα 4 δισ. ευρώ",
        [(4 * BILLION, "EUR", "approximate")],  # κοντά στα: close to
        NEWSBOMB,
    ),
    (
        "el",
        "της κινητοποίησης 315 δισεκατομμυρίων ευρώ μέχρι το καλοκαίρι του 2018",
        [(315 * BILLION, "EUR", None)],
        POLITIK,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "source"), READINGS)
def test_text_in_a_language_with_a_data_file_reads_without_a_locale(
    lang: str, text: str, expected: list[tuple[int | Decimal, str, str | None]], source: str
) -> None:
    found = detect(text)
    assert (found.language, found.confident) == (lang, True), (source, found)
    got = [(m.amount, m.currency, m.qualifier) for m in extract(text)]
    assert got == [(Decimal(a), c, q) for a, c, q in expected], source


@pytest.mark.parametrize(
    ("text", "source_amount", "stated_amount", "source"),
    [
        (
            "projekty za 1,93 miliardy eur (46,8 miliardy korun)",
            (Decimal("1.93") * BILLION, "EUR"),
            (Decimal("46.8") * BILLION, "CZK"),
            NEWSTREAM,
        ),
        (
            "205 milionů eur (pět miliard korun)",
            (205 * MILLION, "EUR"),
            (5 * BILLION, "CZK"),
            NEWSTREAM,
        ),
        (
            "za více než 100 milionů eur, v přepočtu přes 2,5 miliardy korun",
            (100 * MILLION, "EUR"),
            (Decimal("2.5") * BILLION, "CZK"),
            E15,
        ),
        (
            "2 tỷ USD (khoảng 50.000 tỷ đồng)",
            (2 * BILLION, "USD"),
            (50_000 * BILLION, "VND"),
            ISSUE,
        ),
        (
            "nilai 1 miliar dolar setara dengan kurang lebih 15,5 triliun hingga 16 triliun rupiah",
            (1 * BILLION, "USD"),
            (Decimal("15.5") * TRILLION, "IDR"),
            RAKYAT,
        ),
    ],
)
def test_a_stated_conversion_is_a_pair(
    text: str,
    source_amount: tuple[int | Decimal, str],
    stated_amount: tuple[int | Decimal, str],
    source: str,
) -> None:
    (pair,) = extract_pairs(text)
    assert (pair.source.amount, pair.source.currency) == (
        Decimal(source_amount[0]),
        source_amount[1],
    ), source
    assert (pair.stated.amount, pair.stated.currency) == (
        Decimal(stated_amount[0]),
        stated_amount[1],
    ), source


def test_an_indonesian_range_keeps_both_ends() -> None:
    # RAKYAT: "15,5 triliun hingga 16 triliun rupiah" (hingga: up to)
    text = "nilai 1 miliar dolar setara dengan kurang lebih 15,5 triliun hingga 16 triliun rupiah"
    stated = extract(text)[1]
    assert stated.range == (Decimal("15.5") * TRILLION, Decimal(16 * TRILLION))


def test_a_riyal_without_its_country_is_left_open_among_the_riyals() -> None:
    # issue #14: "100 ريال": Saudi, Omani, Qatari, Yemeni or Iranian, the text does not say
    mention = parse("100 ريال")
    assert (mention.amount, mention.currency) == (Decimal(100), None)
    assert "SAR" in mention.alternatives and "OMR" in mention.alternatives


def test_arabic_indic_digits_read_as_digits() -> None:
    # ٣ is three: "٣ ملايين دولار" is the issue's "3 ملايين دولار" in Arabic-Indic digits
    (mention,) = extract("٣ ملايين دولار")
    assert (mention.amount, mention.currency) == (Decimal(3 * MILLION), "USD")


def test_a_thai_magnitude_word_is_its_power_of_ten() -> None:
    # CLDR's Thai compact words: หมื่นล้าน is หมื่น (10^4) x ล้าน (10^6), 10^10
    (mention,) = extract("มูลค่า 3 หมื่นล้าน บาท")
    assert (mention.amount, mention.currency) == (Decimal(3 * 10**4 * 10**6), "THB")


def test_indonesian_and_malay_are_not_told_apart_by_the_words_they_share() -> None:
    # "juta" (million) is both languages' word: alone it tells neither with confidence
    assert not detect("100 juta dollar").confident
    # their own words do (sentences made of each language's words, not quoted):
    # bahwa / bahawa, miliar / bilion, rupiah / ringgit
    assert detect("pemerintah mengatakan bahwa 5 miliar rupiah").language == "id"
    assert detect("kerajaan berkata bahawa RM5 bilion ringgit").language == "ms"
