"""A short text's own evidence of its language and currency, with no locale (issue #14).

Three classes of miss, each fixed where its data lives:

* a currency's home press lends its magnitude words when the text's words do not
  tell its language; the home languages are now derived from CLDR (the likely
  language of the currency's territory), so that ``RM20 bilion`` reads Malay's
  ``bilion`` (10^9) — Polish reads it 10^12, but Polish is no home of the ringgit;
* a money word only one language (or languages that read it alike) lists — a
  currency noun, a magnitude word — tells a short text's language
  (``25.000 đồng``, ``100 juta dollar``), computed across every language file by
  ``tools/build_lexicon.py``, not listed by hand;
* the fraction words after a lent magnitude word are lent with it
  (``R$ 2 bi e meio``), and a Spanish text told by its word reads its own
  (``US$ 1 millón y medio``).

Each decision is said in the mention's notes. The real strings are quoted from the
pages named beside them; each expected amount is the published figure times the
power of ten its word means (bilion/miliar = 10^9, juta/triệu/Millionen = 10^6),
worked out by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, parse
from fxnorm.parsing.languages import available, curated, global_data, language, tell_words
from fxnorm.parsing.lexicon import lexicon
from fxnorm.parsing.reader import parse_whole
from fxnorm.parsing.textlang import detect

THOUSAND = Decimal(10) ** 3
MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
TRILLION = Decimal(10) ** 12

FMT = (
    "https://www.freemalaysiatoday.com/category/bahasa/2019/10/11/"
    "dana-belanjawan-2020-rm297-bilion-turun-5-57-banding-2019"
)
MALAYSIA_GAZETTE = (
    "https://malaysiagazette.com/2019/10/11/sektor-ekonomi-penerima-terbesar-belanjawan/"
)
DATABOKS = (
    "https://databoks.katadata.co.id/ekonomi-makro/statistik/6aca48d920465ee/"
    "nilai-investasi-as-di-ri-meroket-22924-pada-2021-tertinggi-dalam-5-tahun-terakhir"
)
SEKURITAS = "https://sekuritas.co.id/investasi-amerika-menurun-di-indonesia/"
VIETBAO = "https://vietbao.vn/khu-vuc-nha-hat-lon-ha-noi-vo-tran-mot-khan-gia-ngat-xiu-556710.html"
TIENPHONG = (
    "https://tienphong.vn/bat-ngo-voi-gia-ve-chung-ket-hoa-hau-hoa-binh-2025-post1776607.tpo"
)
ALE_UNTERFRANKEN = (
    "https://ale-unterfranken.bayern.de/cms01/landentwicklung/aemter/unterfranken/365640/index.php"
)
LA_NACION = (
    "https://lanacion.com.ar/economia/dolar/dolares-existen-un-billete-de-us1-millon-nid28122022"
)


# -- 1. a resolved currency's home languages lend their words -----------------------


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        # "simpanan luar jangka RM2 bilion" (a contingency reserve of RM2 billion)
        ("simpanan luar jangka RM2 bilion", 2 * BILLION, FMT),
        # look-alike of the issue
        ("RM20 bilion", 20 * BILLION, "issue #14"),
    ],
)
def test_the_ringgit_lends_malay_bilion(text: str, amount: Decimal, source: str) -> None:
    found = parse(text)
    assert (found.amount, found.currency) == (amount, "MYR"), source
    (note,) = [n for n in found.notes if "'bilion'" in n]
    assert "Malay" in note and "RM (MYR)" in note and "no locale given" in note
    assert parse_whole(text) == found


@pytest.mark.parametrize(
    ("text", "amount", "currency", "source"),
    [
        # the headline: "RM297 bilion" (Budget 2020)
        ("Dana Belanjawan 2020 RM297 bilion, turun 5.57% banding 2019", 297 * BILLION, "MYR", FMT),
        (
            "Sebanyak RM2.9 bilion akan diperuntukan",
            Decimal("2.9") * BILLION,
            "MYR",
            MALAYSIA_GAZETTE,
        ),
        ("chưa đến 5 triệu đồng", 5 * MILLION, "VND", TIENPHONG),
        ("US$65,75 juta hingga 17 Mei 2022", Decimal("65.75") * MILLION, "USD", DATABOKS),
    ],
)
def test_texts_their_frequent_words_tell_read_as_before(
    text: str, amount: Decimal, currency: str, source: str
) -> None:
    """Where two frequent words tell the language already ("belanjawan" and
    "bilion", "triệu" and "đồng", "hingga" and "juta"), nothing else is needed:
    the language is theirs."""
    assert detect(text).told == ()
    mention = parse(text)
    assert (mention.amount, mention.currency) == (amount, currency), source


def test_the_home_decides_a_word_its_languages_read_differently() -> None:
    """``bilion`` is 10^9 in Malay and 10^12 in Polish: the currency named says whose
    press wrote it, and the mention says which reading it took."""
    ringgit = parse("MYR 2 bilion")
    zloty = parse("zł 2 bilion")
    assert (ringgit.amount, ringgit.currency) == (2 * BILLION, "MYR")
    assert (zloty.amount, zloty.currency) == (2 * TRILLION, "PLN")
    assert any("Malay" in n for n in ringgit.notes)
    assert any("Polish" in n for n in zloty.notes)


def test_home_languages_come_from_the_currency_territory() -> None:
    """Derived from CLDR's likely language of the territory whose code begins the
    currency's, where that language has a file: no hand list of currencies."""
    homes = global_data().home_languages
    assert homes["MYR"] == ("ms",)  # MY: Malay
    assert homes["VND"] == ("vi",)  # VN: Vietnamese
    assert homes["IDR"] == ("id",)  # ID: Indonesian
    assert homes["BRL"] == ("pt",)  # BR: Portuguese, as before
    assert homes["CHF"] == ("de", "fr", "it")  # listed: a press of three languages
    # none for a currency of many territories, nor English, which every reading reads
    assert "EUR" not in homes and "USD" not in homes and "GBP" not in homes
    assert all("en" not in codes for codes in homes.values())
    assert all(language(code) is not None for codes in homes.values() for code in codes)


# -- 2. a money word only one language writes tells a short text's language ----------


@pytest.mark.parametrize(
    ("text", "amount", "currency", "word", "source"),
    [
        ("25.000 đồng", 25 * THOUSAND, "VND", "đồng", "issue #14"),
        # parking "reached 50.000 đồng per vehicle"
        ("chạm mốc 50.000 đồng/xe", 50 * THOUSAND, "VND", "đồng", VIETBAO),
        # a headline: "almost three million euros paid out"
        ("Fast drei Millionen Euro ausbezahlt", 3 * MILLION, "EUR", "millionen", ALE_UNTERFRANKEN),
        ("dreieinhalb Millionen Euro", Decimal("3.5") * MILLION, "EUR", "millionen", "issue #14"),
        # its look-alike: one and a half in one word, as "anderthalb"
        ("eineinhalb Millionen Euro", Decimal("1.5") * MILLION, "EUR", "millionen", "issue #14"),
    ],
)
def test_one_language_word_tells_the_language(
    text: str, amount: Decimal, currency: str, word: str, source: str
) -> None:
    found = detect(text)
    assert found.confident and word in found.told, source
    (mention,) = extract(text)
    assert (mention.amount, mention.currency) == (amount, currency), source
    # never a silent guess: every mention of a text so read says which word decided
    assert any(repr(word) in n and "no locale given" in n for n in mention.notes)


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        # "fell to US$989,31 juta in 2019"
        ("turun menjadi US$989,31 juta pada 2019", Decimal("989.31") * MILLION, DATABOKS),
        ("US$ 930,9 juta", Decimal("930.9") * MILLION, SEKURITAS),
    ],
)
def test_a_word_two_languages_read_alike_tells_both(
    text: str, amount: Decimal, source: str
) -> None:
    """``juta`` is a million in Indonesian and in Malay: the text is read in both, and
    the mention says so."""
    found = detect(text)
    assert not found.confident and found.leaders == ("id", "ms"), source
    mention = parse(text)
    assert (mention.amount, mention.currency) == (amount, "USD"), source


def test_a_bare_dollar_told_by_juta_stays_open() -> None:
    """``100 juta dollar``: the amount is told (juta = 10^6), the dollar is not: it
    keeps its alternatives, and the note names both languages."""
    mention = parse("100 juta dollar")
    assert mention.amount == 100 * MILLION
    assert mention.currency == "USD" and "SGD" in mention.alternatives
    assert mention.resolved_by == "locale"
    assert any("Indonesian or Malay" in n and "'juta'" in n for n in mention.notes)


def test_a_spanish_word_reads_spanish_numbers() -> None:
    """``millones`` is Spanish only, and Spanish groups thousands with a point."""
    mention = parse("1.234 millones")
    assert mention.amount == 1234 * MILLION
    assert mention.number_read_by == "language"


@pytest.mark.parametrize(
    "text",
    [
        "real price $5",  # Romanian "real" (the Brazilian real), no number beside it
        "Mark paid $5",  # German "Mark", likewise
        "$119.00",
    ],
)
def test_a_money_word_away_from_numbers_tells_nothing(text: str) -> None:
    assert detect(text).language is None
    assert parse(text).currency == "USD"


def test_frequent_words_of_another_language_overrule_a_tell() -> None:
    """Italian writes "mille" too, though not as a money word French lists alone:
    "euro" is an Italian frequent word, so the text is not read as French."""
    assert detect("mille euro").language != "fr"


def test_tells_are_computed_not_listed() -> None:
    """Every tell of a language is listed by no language that reads it otherwise,
    by English, and is no short ASCII abbreviation; "bilion" (Malay 10^9, Polish
    10^12) is a tell of neither."""
    everyone = {code: language(code) for code in available()}
    assert tell_words("vi") and "đồng" in tell_words("vi")
    assert "juta" in tell_words("id") and "juta" in tell_words("ms")
    assert "bilion" not in tell_words("ms") and "bilion" not in tell_words("pl")
    english = everyone["en"]
    assert english is not None
    for code, data in everyone.items():
        assert data is not None
        for word in tell_words(code):
            assert not (len(word) <= 3 and word.isascii())
            assert word not in english.magnitudes and word not in english.names
            exponent = {**data.magnitudes, **data.compact.get(code, {})}.get(word)
            for other in everyone.values():
                assert other is not None
                theirs = {**other.magnitudes, **other.compact.get(other.code, {})}.get(word)
                if exponent is not None and theirs is not None and theirs != exponent:
                    # only a language known from CLDR alone reads a curated one's tell
                    # otherwise (Venetian "bilioni", 10^12, against Swahili's 10^9)
                    assert code in curated() and other.code not in curated(), (
                        word,
                        code,
                        other.code,
                    )


# -- 3. fraction words go with the magnitude words ----------------------------------


def test_spanish_fraction_after_a_spanish_magnitude() -> None:
    mention = parse("US$ 1 millón y medio")
    assert (mention.amount, mention.currency) == (Decimal("1.5") * MILLION, "USD")
    assert any("'millón'" in n for n in mention.notes)


def test_the_home_press_lends_its_fraction_words() -> None:
    mention = parse("R$ 2 bi e meio")
    assert (mention.amount, mention.currency) == (Decimal("2.5") * BILLION, "BRL")
    assert any("'bi'" in n and "Portuguese" in n for n in mention.notes)
    assert any("'e meio'" in n and "Portuguese fraction words" in n for n in mention.notes)
    assert parse_whole("R$ 2 bi e meio") == mention


def test_fraction_words_are_lent_only_with_magnitude_words() -> None:
    lent = lexicon("en", ("en",), ("pt",))
    assert lent.number_words is not None and "meio" in lent.number_words.halves
    assert lent.home_fractions["meio"] == "pt"
    alone = lexicon("en", ("en",), ())
    assert alone.number_words is not None and "meio" not in alone.number_words.halves
    assert alone.home_fractions == {}


def test_a_real_spanish_headline_reads_as_before() -> None:
    # "¿Do US$1 million bills exist?"
    mention = parse("Dólares: ¿existen un billete de US$1 millón?")
    assert (mention.amount, mention.currency) == (MILLION, "USD"), LA_NACION


# -- with a locale of another language, the text's words are read too ----------------


@pytest.mark.parametrize(
    ("text", "amount", "currency", "language_name", "source"),
    [
        ("US$ 1 millón y medio", Decimal("1.5") * MILLION, "USD", "Spanish", "issue #14"),
        ("US$ 930,9 juta", Decimal("930.9") * MILLION, "USD", "Indonesian or Malay", SEKURITAS),
        # a currency noun English never writes (its letters): the dong, 25 thousand
        ("25.000 đồng", Decimal(25000), "VND", "Vietnamese", "issue #14"),
    ],
)
def test_an_english_locale_reads_the_words_the_text_is_told_by(
    text: str, amount: Decimal, currency: str, language_name: str, source: str
) -> None:
    """The locale says English; the text's one money word says otherwise: the text's
    languages are read beside English's (their magnitude and fraction words), and
    the mention says so."""
    mention = parse(text, locale="en")
    assert (mention.amount, mention.currency) == (amount, currency), source
    assert any(language_name in n and "locale en" in n for n in mention.notes)


def test_with_a_locale_another_language_s_noun_an_english_word_could_be_tells_nothing() -> None:
    """'sols' is Catalan's plural of the Peruvian sol (CLDR), and English's word
    for Mars days: on a page the locale says is English, it names no currency."""
    assert extract("The rover drove 3 sols on Mars", locale="en") == []


# -- languages read together keep each reading of a name they read differently ------

AFTENBLADET = (
    "https://www.aftenbladet.no/innenriks/i/0g0M0/Oljefondet-har-passert-3000-milliarder-kroner"
)
EKSTRA_BLADET = (
    "https://ekstrabladet.dk/incoming/norsk-oliefond-slaar-rekord-er-10.000.000.000.000-vaerd/"
    "7847180"
)


def test_a_word_danish_and_norwegian_share_leaves_kroner_open() -> None:
    """``milliarder`` (10^9) is Danish and Norwegian alike, "kroner" is not: DKK in
    Danish, NOK in Norwegian. With no locale the amount is told (3,000 x 10^9, the
    headline's figure) and the currency stays open between the two."""
    mention = parse("Oljefondet har passert 3.000 milliarder kroner")
    assert mention.amount == 3000 * BILLION, AFTENBLADET
    assert mention.currency is None and set(mention.alternatives) == {"DKK", "NOK"}
    assert any("Danish or Norwegian" in n for n in mention.notes)
    # a name that says which crown decides it: 7,370 x 10^9 Danish crowns
    danish = parse("Det svarer til 7.370 milliarder danske kroner.")
    assert (danish.amount, danish.currency) == (7370 * BILLION, "DKK"), EKSTRA_BLADET
