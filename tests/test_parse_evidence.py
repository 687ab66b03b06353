"""Evidence over a default locale (issue #14, item 1): the digits decide a number
when they can, a currency symbol of any CLDR locale decides its currency, the
text's language stands for a locale when none is given, and every choice the
text did not state is recorded on the mention.

Expected values are worked out by hand from the separator rules stated in
fxnorm.parsing.numbers (a separator before one or two digits, or four and more,
is the decimal mark; one before three is open) and from the currencies' CLDR
symbols (unicode.org/cldr, as fxnorm's extract holds them: "zł" is written for
PLN only, "Kč" for CZK, "Rp" for IDR). Strings from price-parser's published
cases (tests/data/price_parser_cases.json, BSD-3) are marked so.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, extract_pairs, parse, read
from fxnorm.parsing.model import NUMBER_READINGS
from fxnorm.parsing.textlang import detect


@pytest.mark.parametrize(
    ("text", "locale", "amount", "template"),
    [
        # one or two digits after a single mark: a decimal mark, whatever the locale
        ("25,96", "en", "25.96", "1234,5"),
        ("17,35", None, "17.35", "1234,5"),  # price-parser's cases
        ("690,00", None, "690.00", "1234,5"),  # price-parser's cases
        ("25.96", "de", "25.96", "1234.5"),
        # four and more digits after it: a decimal mark too
        ("3,14159", "en", "3.14159", "1234,5"),
        # two different marks: the later one is the decimal mark
        ("1.234,56", "en", "1234.56", "1.234,5"),
        ("1,234.56", "de", "1234.56", "1,234.5"),
        # the same mark twice groups thousands, or lakhs with a comma
        ("1.234.567", "en", "1234567", "1.234"),
        ("1,20,000", "en", "120000", "1,23,456"),
        # apostrophes and thin spaces group
        ("1'234.50", "en", "1234.50", "1'234.5"),
        ("1\u2009234,50", "en", "1234.50", "1 234,5"),
    ],
)
def test_the_digits_decide_where_they_can(
    text: str, locale: str | None, amount: str, template: str
) -> None:
    mention = parse(text, locale=locale)
    assert mention.amount == Decimal(amount)
    assert mention.number_read_by == "digits"
    assert mention.number_format == template


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "read_by"),
    [
        # one mark before three digits is open: the locale decides …
        ("25.960 pesos", "es_AR", "25960", "ARS", "locale"),
        ("$3.459 a gallon", "en_US", "3.459", "USD", "locale"),
        # … unless its reading gives more decimals than the currency has (and no
        # magnitude follows): then the currency's home reading
        ("25.965 ARS", "en", "25965", "ARS", "currency"),
        # without a locale: the currency's home conventions (IDR is written
        # 31.575 in Indonesia, as price-parser's cases read Rp 31.500)
        ("Rp 31.575", None, "31575", "IDR", "currency"),
        ("199.999 đ", None, "199999", "VND", "currency"),
        # a decimal comma at home, but three decimals are no amount of roubles
        ("94,456 Р", None, "94456", "RUB", "currency"),
        # without anything to decide: a price groups thousands …
        ("129.999", None, "129999", None, "default"),
        # … a figure with a magnitude word takes the decimal point
        ("1.234 million", None, "1234000", None, "default"),
        # … unless its word tells the text's language: "millones" is written in
        # Spanish only, which groups thousands with "." (1.234 millones = 1,234 x 10^6)
        ("1.234 millones", None, "1234000000", None, "language"),
        # three digits ending in zero after the mark are a group, whatever reads the
        # mark as decimal ("1,000 millones" in Mexican Spanish, "$1.000" in English,
        # "1.700 millones de pesos" from a Spanish wire in a Mexican paper) …
        ("unos 1.700 millones de pesos", "es_MX", "1700000000", "MXN", "digits"),
        ("Rp 31.500", None, "31500", "IDR", "digits"),
        ("Invertirá 1,000 millones de dólares en la planta", None, "1000000000", "USD", "digits"),
        ("1,000 millones de dólares", "es_AR", "1000000000", "USD", "digits"),
        ("$1.000", "en", "1000", "USD", "digits"),
        # a single trailing zero without a magnitude is weaker than a given locale
        # ("$3.450 a gallon" in en_US is three dollars), but decides without one
        ("gas at $3.450 a gallon", "en_US", "3.450", "USD", "locale"),
        ("$1.250", None, "1250", "USD", "digits"),
        ("1,250 pesos", "es_AR", "1.250", "ARS", "locale"),
        # … but for a currency of three decimals without a magnitude (1,000 fils)
        ("KD 1.000", None, "1", "KWD", "currency"),
        ("KD 1.250", None, "1.250", "KWD", "currency"),
    ],
)
def test_one_mark_before_three_digits_is_decided_and_recorded(
    text: str, locale: str | None, amount: str, currency: str | None, read_by: str
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency) == (Decimal(amount), currency)
    assert mention.number_read_by == read_by and read_by in NUMBER_READINGS
    assert mention.notes  # the choice is said in words


def test_a_spanish_sentence_reads_spanish_numbers_without_a_locale() -> None:
    """The issue's example: "4.737 millones de dólares" in a Spanish text is 4,737 millions."""
    text = "La empresa invirtió 4.737 millones de dólares en la planta de Monterrey."
    (mention,) = extract(text)
    assert mention.amount == Decimal("4737000000")
    assert mention.number_read_by == "language"
    assert any("Spanish" in note for note in mention.notes)
    assert read(text).language == "es"


def test_currency_nouns_english_shares_are_no_french_evidence() -> None:
    """Hypothesis found "1,000 US dollars (800 euros)" checked as 1 USD: "dollars" and
    "euros" were French detection words, the text was taken for French and its
    numbers read the French way. English writes both nouns; and a thousands group of
    zeros stays a thousand whatever language the text is taken for."""
    assert detect("1,500 US dollars (800 euros)").language != "fr"
    (pair,) = extract_pairs("1,500 US dollars (800 euros)", locale="en")
    assert (pair.source.amount, pair.stated.amount) == (Decimal(1500), Decimal(800))
    french = "Le prix est de 1,250 euros selon la société, soit des dollars."
    assert detect(french).language == "fr"
    assert extract(french, locale="en")[0].amount == Decimal("1.250")
    zeros = extract("Le prix est de 1,000 euros selon la société.", locale="en")
    assert zeros[0].amount == Decimal(1000) and "thousands group" in zeros[0].notes[0]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # every symbol any CLDR locale writes, and the shops' own abbreviations
        ("45,00 zł", "45.00", "PLN"),
        ("169,00 Kč", "169.00", "CZK"),
        ("RM50", "50", "MYR"),
        ("1 KSh", "1", "KES"),
        ("1 T$", "1", "TOP"),
        ("1 B/.", "1", "PAB"),
        ("3,990 Ft", "3990", "HUF"),
        ("12.500 ₫", "12500", "VND"),
        ("950 грн.", "950", "UAH"),
        ("550,00 лв", "550.00", "BGN"),
        ("S$709.5 million", "709500000", "SGD"),
        ("SG$45 million", "45000000", "SGD"),
        ("NT$ 1,160", "1160", "TWD"),
        ("rmb 500", "500", "CNY"),
        ("RMB 500 million", "500000000", "CNY"),
    ],
)
def test_a_symbol_of_one_currency_anywhere_decides_it(
    text: str, amount: str, currency: str
) -> None:
    mention = parse(text)
    assert (mention.amount, mention.currency) == (Decimal(amount), currency)
    assert mention.resolved_by in ("symbol", "code", "name")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a magnitude letter gives way to a currency that begins with it
        ("1 KSh", "1"),
        ("1 T$", "1"),
        ("1 B/.", "1"),
        ("1 K", "1"),  # a letter alone, a space after the number: no magnitude
        # … and stays a magnitude glued or beside a currency
        ("5K USD", "5000"),
        ("$5 M", "5000000"),
    ],
)
def test_magnitude_letters_never_swallow_currency_letters(text: str, amount: str) -> None:
    assert parse(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency"),
    [
        # the press's abbreviations of its own language (realtext: fr_FR-005, pt_BR)
        ("0,2 G$", "fr", "200000000", "USD"),  # 0,2 milliard de dollars
        ("R$ 2,5 bi", "pt_BR", "2500000000", "BRL"),
        ("RM2.5bil", "en_MY", "2500000000", "MYR"),
        ("12.3 mmdp", "es_MX", "12300000000", "MXN"),
        ("Rs 1.33 lakh cr", "en_IN", "1330000000000", "INR"),
    ],
)
def test_magnitude_abbreviations_of_the_press(
    text: str, locale: str, amount: str, currency: str
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$.75", "0.75", "USD"),  # price-parser's cases
        (".99 €", "0.99", "EUR"),
        ("118, 99 TL", "118.99", "TRY"),  # price-parser's cases: cents set apart
        ("1.837, 32 €", "1837.32", "EUR"),  # price-parser's cases
        ("$119. 95", "119.95", "USD"),  # price-parser's cases
        ("35€ 99", "35.99", "EUR"),  # price-parser's README
        ("R273.00", "273.00", "ZAR"),  # a single-letter symbol before a price
        ("250p", "2.50", "GBP"),  # British pence
    ],
)
def test_shop_forms(text: str, amount: str, currency: str) -> None:
    mention = parse(text)
    assert (mention.amount, mention.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in running text a comma and a space end a clause: two numbers, not cents
        ("In 2009, 20 pesos was about $5", [("20", "20 pesos"), ("5", "$5")]),
        ("Of the 150, 30 euros went to rent", [("30", "30 euros")]),
        # a label before the tag is still a tag
        ("Fiyat: 118, 99 TL", [("118.99", "118, 99 TL")]),
    ],
)
def test_cents_set_apart_only_start_a_tag(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(str(m.amount), text[m.span[0] : m.span[1]]) for m in extract(text)]
    assert found == expected


@pytest.mark.parametrize("text", ["720p video", "1080p", "Qwen3", "5G", "19th", "V3.1"])
def test_what_looks_like_a_shop_form_but_is_none(text: str) -> None:
    assert extract(text) == []


def test_a_traditional_chinese_yuan_is_never_silently_cny() -> None:
    text = "上市公司累計投資2兆4953億元"
    (mention,) = extract(text)  # no locale: Taiwan, Hong Kong and Macao write this script
    assert mention.currency is None
    assert {"TWD", "HKD", "CNY"} <= set(mention.alternatives)
    assert extract(text, locale="zh_Hant_TW")[0].currency == "TWD"
    assert extract(text, locale="zh_Hant_HK")[0].currency == "HKD"
    # Simplified Chinese is mainland China's
    assert extract("上市公司累计投资2万亿元")[0].currency == "CNY"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("鴻海去年營收6.16兆元，創歷史新高。", "Hant"),  # 營, 創, 歷: no 億 or 萬 to tell
        ("台積電第三季營收7596.9億元", "Hant"),
        ("长江存储融资逾百亿元。", "Hans"),
        ("鸿海去年营收6.16万亿元，创历史新高。", "Hans"),
    ],
)
def test_the_script_of_a_chinese_text_is_told_by_its_common_characters(
    text: str, script: str
) -> None:
    assert detect(text).script == script
    currency = extract(text)[0].currency
    assert currency == ("CNY" if script == "Hans" else None)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("以新台幣62.3億元增資", "TWD"),
        ("以日幣150億元增資", "JPY"),
        ("約合人民幣62.86億元", "CNY"),
        ("以美元30億元投資", "USD"),
        # the unit, then the name, as Taiwan's investment commission writes it
        ("投（增）資金額為 1 億 274 萬元美元", "USD"),
    ],
)
def test_a_currency_word_before_the_number_decides_the_yuan(text: str, currency: str) -> None:
    (mention,) = extract(text, locale="zh_Hant_TW")
    assert mention.currency == currency


def test_the_same_text_fixes_its_generic_unit() -> None:
    """A Hong Kong page: 人民幣 before one figure says what 元 means in the next."""
    text = "約合人民幣62.86億元(其中公司需支付約31.42億雷亞爾,約合42.11億元)"
    mentions = extract(text, locale="zh_Hant_HK")
    assert [m.currency for m in mentions] == ["CNY", "BRL", "CNY"]
    assert mentions[2].resolved_by == "context"


def test_an_explicit_locale_of_another_language_reads_the_text_s_words_too() -> None:
    text = "Die Firma zahlte rund 920 Millionen Euro für die Übernahme der Gesellschaft."
    (mention,) = extract(text, locale="en")
    assert (mention.amount, mention.currency, mention.qualifier) == (
        Decimal("920000000"),
        "EUR",
        "approximate",
    )


def test_a_locale_stays_a_hint_for_unambiguous_digits() -> None:
    """en groups with a comma, but "25,96" cannot be grouped: the digits say 25.96."""
    mention = parse("25,96 €", locale="en")
    assert mention.amount == Decimal("25.96")
    assert mention.number_read_by == "digits"


def test_no_locale_notes_what_was_assumed() -> None:
    mention = parse("$53 billion")
    assert mention.resolved_by == "locale"
    assert mention.notes == (
        "no locale given and the text does not tell its language: read as English",
    )
    given = parse("$53 billion", locale="en")
    assert given.notes == ()


# -- nothing vanishes -------------------------------------------------------------


def test_a_figure_beyond_the_decimal_limits_comes_back_as_a_diagnostic() -> None:
    text = "99999999999999999999999999999999999 yuan ($1 billion)"
    found = read(text)
    assert [m.text for m in found.mentions] == ["$1 billion"]
    (skipped,) = found.skipped
    assert skipped.text == "99999999999999999999999999999999999 yuan"
    assert text[skipped.span[0] : skipped.span[1]] == skipped.text
    assert "beyond 10^30" in skipped.reason
    assert extract_pairs(text) == []


def test_a_malformed_number_next_to_a_currency_comes_back_as_a_diagnostic() -> None:
    found = read("it cost 1,23,4 € in the end")
    (skipped,) = found.skipped
    assert skipped.text == "1,23,4 €"
    assert "no number" in skipped.reason
    assert found.mentions == ()


def test_parse_names_the_figure_it_could_not_read() -> None:
    from fxnorm.errors import ParseError

    with pytest.raises(ParseError, match="beyond 10\\^30"):
        parse("99999999999999999999999999999999999 yuan")
