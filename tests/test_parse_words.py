"""Numbers written as words, currency names before a number, Romanian and Italian
forms (branch parser-forms). The table (tests/data/real_strings.tsv) holds the
published strings; spans, precision, qualifiers, resolution and the negatives
that a table row cannot say are tested here."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fxnorm.parsing import extract, extract_pairs, parse, words
from fxnorm.parsing.figures import Figure
from fxnorm.parsing.languages import available, language
from fxnorm.parsing.lexicon import canonical_locale, lexicon
from fxnorm.parsing.words import Language, WordScanner, _Hits, _one, word_scanner

#: The number words of every language that has them, as the word pass reads them.
_LANGUAGES = {
    code: Language(data.number_words)
    for code in available()
    if (data := language(code)) is not None and data.number_words is not None
}


def assert_whole_figure(text: str, locale: str, amount: str, currency: str, precision: str) -> None:
    """``text`` is one figure, read whole with this amount, currency and precision."""
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency) == (Decimal(amount), currency)
    assert mention.precision == Decimal(precision)
    assert mention.span == (0, len(text))
    assert extract(text, locale=locale) == [mention]


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "precision"),
    [
        ("five million dollars", "en", "5000000", "USD", "1E+6"),
        ("a billion dollars", "en", "1000000000", "USD", "1E+9"),
        ("one trillion yuan", "en", "1000000000000", "CNY", "1E+12"),
        ("two and a half billion euros", "en", "2500000000", "EUR", "1E+8"),
        ("half a million dollars", "en", "500000", "USD", "1E+5"),
        ("one hundred and fifty million dollars", "en", "150000000", "USD", "1E+6"),
        ("thirty-five million pounds", "en", "35000000", "GBP", "1E+6"),
        ("five lakh rupees", "en_IN", "500000", "INR", "1E+5"),
        ("un millón de pesos", "es_MX", "1000000", "MXN", "1E+6"),
        ("dos mil millones de dólares", "es", "2000000000", "USD", "1E+9"),
        ("cien mil pesos", "es_AR", "100000", "ARS", "1E+3"),
        ("mil millones de dólares", "es", "1000000000", "USD", "1E+9"),
        ("un millón y medio de dólares", "es", "1500000", "USD", "1E+5"),
        ("un millón quinientos mil pesos", "es_MX", "1500000", "MXN", "1E+3"),
        ("un milliard d'euros", "fr", "1000000000", "EUR", "1E+9"),
        ("deux millions d'euros", "fr", "2000000", "EUR", "1E+6"),
        ("eine Milliarde Euro", "de", "1000000000", "EUR", "1E+9"),
        ("zwei Millionen Euro", "de", "2000000", "EUR", "1E+6"),
        ("zweieinhalb Milliarden Euro", "de", "2500000000", "EUR", "1E+8"),
        ("zweihundertfünfzig Millionen Euro", "de", "250000000", "EUR", "1E+6"),
        ("um bilhão de reais", "pt_BR", "1000000000", "BRL", "1E+9"),
        ("dois milhões de reais", "pt_BR", "2000000", "BRL", "1E+6"),
        ("due miliardi di euro", "it", "2000000000", "EUR", "1E+9"),
        ("duemila euro", "it", "2000", "EUR", "1E+3"),
        ("два миллиарда долларов", "ru", "2000000000", "USD", "1E+9"),
        ("полтора миллиарда рублей", "ru", "1500000000", "RUB", "1E+8"),
        ("миллиард рублей", "ru", "1000000000", "RUB", "1E+9"),
        ("пятьсот миллионов рублей", "ru", "500000000", "RUB", "1E+6"),
        ("czterdzieści miliardów dolarów", "pl", "40000000000", "USD", "1E+9"),
        ("półtora miliarda złotych", "pl", "1500000000", "PLN", "1E+8"),
        ("en miljard kronor", "sv", "1000000000", "SEK", "1E+9"),
        ("tjugofem miljoner kronor", "sv", "25000000", "SEK", "1E+6"),
        ("to milliarder kroner", "nb", "2000000000", "NOK", "1E+9"),
    ],
)
def test_number_words(text: str, locale: str, amount: str, currency: str, precision: str) -> None:
    assert_whole_figure(text, locale, amount, currency, precision)


def test_span_qualifier_and_magnitude_text() -> None:
    text = "It cost about a billion dollars last year"
    mention = parse(text)
    assert mention.text == "a billion dollars"
    assert text[mention.span[0] : mention.span[1]] == mention.text
    assert (mention.qualifier, mention.qualifier_text) == ("approximate", "about")
    assert mention.magnitude_text == "billion"
    assert parse("dos mil millones de dólares", locale="es").magnitude_text == "mil millones"


def test_words_resolve_like_digits() -> None:
    words = parse("five million dollars")
    digits = parse("5 million dollars")
    assert (words.currency, words.alternatives, words.resolved_by) == (
        digits.currency,
        digits.alternatives,
        digits.resolved_by,
    )
    bare = parse("un millón de pesos", locale="es")
    assert bare.currency is None and "ARS" in bare.alternatives
    assert bare.resolved_by == "unresolved"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("one of the two banks", "en"),
        ("a million people", "en"),
        ("five years", "en"),
        ("the million-dollar question", "en"),
        ("millions of dollars", "en"),
        ("thousands of dollars", "en"),
        ("un millón de personas", "es"),
        ("Pesos 2025 report", "es_MX"),
        ("dólares 20 años", "es"),
        ("nel 2020 lei ha detto", "it"),
        ("два миллиона человек", "ru"),
        ("dwa miliony ludzi", "pl"),
        ("en miljon människor", "sv"),
        ("to millioner mennesker", "nb"),
    ],
)
def test_not_money(text: str, locale: str) -> None:
    assert extract(text, locale=locale) == []


def test_digits_keep_their_reading_next_to_words() -> None:
    found = extract("36 mil 153 millones de dólares y mil millones de pesos", locale="es_MX")
    assert [(m.text, m.amount) for m in found] == [
        ("36 mil 153 millones de dólares", Decimal(36153000000)),
        ("mil millones de pesos", Decimal(10**9)),
    ]
    pairs = extract_pairs("380 billion yuan ($53 billion)")
    assert [(p.source.amount, p.stated.amount) for p in pairs] == [
        (Decimal(380 * 10**9), Decimal(53 * 10**9))
    ]


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "resolved_by"),
    [
        ("pesos 500", "es_AR", "500", "ARS", "locale"),
        ("dólares 1.500", "es_AR", "1500", "USD", "locale"),
        ("euros 20", "es", "20", "EUR", "name"),
        ("reais 100", "pt_BR", "100", "BRL", "name"),
        ("PESOS 1.500", "es_AR", "1500", "ARS", "locale"),
    ],
)
def test_name_before_number(
    text: str, locale: str, amount: str, currency: str, resolved_by: str
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency, mention.resolved_by) == (
        Decimal(amount),
        currency,
        resolved_by,
    )
    assert mention.span == (0, len(text))


def test_name_before_number_stays_unresolved_without_a_locale_reading() -> None:
    mention = parse("pesos 500", locale="es")
    assert mention.currency is None and {"ARS", "MXN"} <= set(mention.alternatives)


def test_name_after_a_figure_is_not_read_again_before_the_next() -> None:
    found = extract("500 pesos 20 dólares", locale="es_MX")
    assert [(m.text, m.currency) for m in found] == [("500 pesos", "MXN"), ("20 dólares", "USD")]
    found = extract("tres mil pesos 20", locale="es_MX")
    assert [m.text for m in found] == ["tres mil pesos"]


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency"),
    [
        ("1.234,56 lei", "ro", "1234.56", "RON"),
        ("1.234,56 lei", "ro_MD", "1234.56", "MDL"),
        ("4.050 de lei", "ro", "4050", "RON"),
        ("3 milioane de lei", "ro", "3000000", "RON"),
        ("1.234,56 €", "it", "1234.56", "EUR"),
        ("2 miliardi di euro", "it", "2000000000", "EUR"),
        ("10 milioni di dollari", "it", "10000000", "USD"),
        ("1 mld di euro", "it", "1000000000", "EUR"),
        ("500 mila euro", "it", "500000", "EUR"),
        ("R$ 1,2 bilhão", "pt_BR", "1200000000", "BRL"),
        ("US$ 10 milhões", "pt_BR", "10000000", "USD"),
        ("10 mil reais", "pt_BR", "10000", "BRL"),
        ("R$ 2 mi", "pt_BR", "2000000", "BRL"),
        ("R$ 3,5 bi", "pt_BR", "3500000000", "BRL"),
    ],
)
def test_romanian_italian_brazilian(text: str, locale: str, amount: str, currency: str) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency) == (Decimal(amount), currency)


def test_lei_keeps_its_alternatives() -> None:
    mention = parse("1.234,56 lei", locale="ro")
    assert mention.resolved_by == "locale" and mention.alternatives == ("RON", "MDL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("million " * 20000, []),
        ("one " * 20000 + "million dollars", [("one million dollars", "1000000", "USD")]),
        ("mil " * 20000, []),
        ("a million dollars " * 5000, [("a million dollars", "1000000", "USD")] * 5000),
    ],
    ids=["million", "one", "mil", "a-million-dollars"],
)
def test_word_pass_reads_repetition_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Long runs of number words neither raise nor run away: magnitude words with
    no number read as nothing, and each repeated figure is read once, in order.
    (Expected readings by hand: "one million dollars" is 10^6 USD.)"""
    for locale in ("es", None):
        found = extract(text, locale=locale)
        assert all(text[m.span[0] : m.span[1]] == m.text for m in found)
        assert [m.span for m in found] == sorted(m.span for m in found)
    found = extract(text)
    assert [(m.text, str(m.amount), m.currency) for m in found] == expected


# -- anchoring: the grouped literal searches find the hits of the one expression --

ANCHOR_LOCALES = [
    *("en", "en_IN", "es", "es_MX", "pt", "pt_BR", "fr", "de", "de_CH", "it"),
    *("ru", "pl", "sv", "nb"),
]


def _scanner(locale: str) -> WordScanner:
    found = word_scanner(lexicon(canonical_locale(locale)))
    assert found is not None
    return found


def _oracle(scanner: WordScanner) -> re.Pattern[str]:
    """The anchor as the word pass first wrote it, one expression: a first letter
    of a magnitude word (either case) and the next three letters of one."""
    scales = scanner.scales
    firsts = sorted({w[0] for w in scales} | {w[0].upper() for w in scales})
    tails = sorted({re.escape(w[1:4]) for w in scales}, key=lambda t: (-len(t), t))
    return re.compile("[" + "".join(re.escape(c) for c in firsts) + "](?:" + "|".join(tails) + ")")


def _after_digits(text: str, start: int) -> bool:
    """A digit and one space or hyphen before ``start`` ("$53 billion"): the
    scanner's magnitude word, which the anchors leave out (branch words2)."""
    return (
        start > 1 and re.match(r"\d", text[start - 2]) is not None and text[start - 1] in " \u00a0-"
    )


def _assert_same_hits(locale: str, text: str) -> None:
    """For every position the scan could ask from (in order, as it asks), the
    first anchor at or after it is the one expression's first match there that
    does not follow digits."""
    scanner = _scanner(locale)
    oracle = _oracle(scanner).search
    groups = _Hits(scanner.anchors, text)
    one = _one(scanner.anchor, text)  # the path of short texts
    for pos in range(len(text) + 2):
        old = oracle(text, pos)
        while old is not None and _after_digits(text, old.start()):
            old = oracle(text, old.start() + 1)
        expected = None if old is None else old.span()
        assert groups.next(pos) == expected, (locale, text, pos)
        assert one(pos) == expected, (locale, text, pos)


def test_the_oracle_is_what_it_was() -> None:
    # the shape the expression had, so the oracle cannot drift with the lexicon
    # (mmdd, mmdp: the Mexican press's abbreviations, lent to English since they
    # name their currency too)
    assert (
        _oracle(_scanner("en")).pattern
        == "[BCLMTbclmt](?:acs|akh|aus|hou|ilh|ili|ill|mdd|mdp|ril|rln|ror)"
    )
    assert _oracle(_scanner("es")).pattern.endswith("|ror|il)")
    assert len(_scanner("en").anchors) < len({w[1:4] for w in _scanner("en").scales})


@pytest.mark.parametrize("locale", ANCHOR_LOCALES)
def test_anchors_on_the_corpus_and_the_table(locale: str) -> None:
    for path in sorted((Path(__file__).parent / "data" / "corpus").glob("*.txt")):
        _assert_same_hits(locale, path.read_text(encoding="utf-8"))
    table = Path(__file__).parent / "data" / "real_strings.tsv"
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _assert_same_hits(locale, line.split("\t")[0])


def _cased(word: str, pattern: list[bool]) -> str:
    return "".join(
        c.upper() if up else c for c, up in zip(word, pattern + [False] * len(word), strict=False)
    )


# magnitude words of every language, near misses, and words that only share a tail
_MAGNITUDES = sorted({w for loc in ANCHOR_LOCALES for w in _scanner(loc).scales})
_OTHERS = [
    "will",
    "still",
    "because",
    "though",
    "abril",
    "Brasil",
    "error",
    "mill",
    "five",
    "dollars",
    "de",
    "$5",
    "12",
    "Bill",
    "lac",
    "tril",
    "rl",
    "il",
    "hou",
    "akh",
    "é",
]
_WORD = st.builds(
    _cased, st.sampled_from(_MAGNITUDES + _OTHERS), st.lists(st.booleans(), max_size=12)
) | st.text(alphabet="BCLMTbclmtacskhuoilrné", max_size=6)
_TEXT = st.lists(
    st.tuples(_WORD, st.sampled_from(["", " ", "  ", "-", "\u00a0", ", ", "1 ", "’"])),
    max_size=12,
).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ANCHOR_LOCALES), _TEXT)
def test_anchors_on_generated_text(locale: str, text: str) -> None:
    _assert_same_hits(locale, text)


# -- the shortcut of runs: a hit without a currency near reads nothing ----------


def _figures(locale: str, text: str) -> list[tuple[object, ...]]:
    found = _scanner(locale).scan(text)
    return [tuple(getattr(f, name, None) for name in Figure._fields) for f in found]


def _reading_every_hit(locale: str, text: str) -> list[tuple[object, ...]]:
    """The scan as it was: every hit's words read, none passed over."""
    with (
        mock.patch.object(words._Closes, "near", lambda self, start, tokens: True),
        mock.patch.object(words._Closes, "passed", lambda self, hit: hit),
    ):
        return _figures(locale, text)


_RUN_WORDS = sorted(
    {w for lang in _LANGUAGES.values() for w in lang.words}
    | {w for loc in ANCHOR_LOCALES for w in _scanner(loc).scales}
    | {"dollars", "dólares", "pesos", "euros", "Euro", "reais", "rupees", "de", "d'euros"}
    | {"USD", "$", "€", "5", "people", "Millionen", "MILLION", "Mil", "zweimillionen"}
)
_RUN = st.lists(
    st.tuples(
        st.sampled_from(_RUN_WORDS), st.sampled_from([" ", " ", " ", "-", "\u00a0", ", ", ""])
    ),
    max_size=40,
).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(ANCHOR_LOCALES), _RUN, st.integers(1, 30), _RUN)
def test_passing_over_hits_changes_nothing(locale: str, run: str, times: int, tail: str) -> None:
    text = run * times + tail  # long runs: the sweep runs ahead and passes stretches over
    assert _figures(locale, text) == _reading_every_hit(locale, text)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("mil " * 300, "es"),
        ("mil " * 300 + "pesos", "es"),
        ("one million " * 100 + "dollars", "en"),
        ("one million " * 100 + "dollars " + "two billion " * 50 + "euros", "en"),
        ("mil millones " * 40 + "de dólares y " + "mil " * 30 + "pesos", "es"),
        ("zwei Millionen " * 60 + "Euro", "de"),
        ("a million " * 15 + "half a million dollars", "en"),
        # the currency ten words after the magnitude word the figure is read from
        (
            "two billion three hundred forty five million six hundred seventy eight thousand"
            " dollars",
            "en",
        ),
        (
            "one million " * 30 + "two billion three hundred forty five million six hundred"
            " seventy eight thousand dollars",
            "en",
        ),
    ],
)
def test_runs_read_as_when_every_hit_was_read(text: str, locale: str) -> None:
    expected = _reading_every_hit(locale, text)
    assert _figures(locale, text) == expected
    if text.endswith(("dollars", "pesos", "Euro", "euros")):
        assert expected  # the run does end in a figure


def test_a_magnitude_word_of_digits_does_not_hide_number_words_after_it() -> None:
    """Short texts skip the word pass when every magnitude word follows digits
    ("$53 billion"); one that does not must still be read."""
    found = extract("$53 billion, then five million dollars")
    assert [(m.amount, m.currency) for m in found] == [
        (Decimal("53000000000"), "USD"),
        (Decimal("5000000"), "USD"),
    ]
    assert [m.amount for m in extract("$53 billion and $2 million")] == [
        Decimal("53000000000"),
        Decimal("2000000"),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("около двух миллиардов долларов", "approximate"),  # genitive after the qualifier
        ("более пятисот миллионов рублей", "more_than"),
        ("свыше полутора триллионов рублей", "more_than"),
    ],
)
def test_russian_number_words_after_a_qualifier(text: str, qualifier: str) -> None:
    (mention,) = extract(text, locale="ru")
    assert mention.qualifier == qualifier and mention.currency in ("USD", "RUB")


# -- French 70 to 99 (branch words2). Expected values worked out by hand from
# the words: soixante-dix = 60 + 10, quatre-vingts = 4 x 20, quatre-vingt-dix-neuf
# = 4 x 20 + 10 + 9; the precision is the magnitude word's, as for other words.


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "precision"),
    [
        ("soixante-dix milliards d'euros", "fr", "70000000000", "EUR", "1E+9"),
        ("soixante et onze millions d'euros", "fr", "71000000", "EUR", "1E+6"),
        ("soixante-et-onze millions d'euros", "fr", "71000000", "EUR", "1E+6"),
        ("soixante-dix-sept millions d'euros", "fr", "77000000", "EUR", "1E+6"),
        ("quatre-vingts millions d'euros", "fr", "80000000", "EUR", "1E+6"),
        ("quatre vingts millions d'euros", "fr", "80000000", "EUR", "1E+6"),
        ("quatre-vingt-un millions d'euros", "fr", "81000000", "EUR", "1E+6"),
        ("quatre-vingt-dix millions d'euros", "fr", "90000000", "EUR", "1E+6"),
        ("quatre-vingt-onze millions de dollars", "fr", "91000000", "USD", "1E+6"),
        ("quatre-vingt-dix-neuf millions d'euros", "fr", "99000000", "EUR", "1E+6"),
        ("quatre vingt dix neuf millions d'euros", "fr", "99000000", "EUR", "1E+6"),
        ("deux cent quatre-vingts millions d'euros", "fr", "280000000", "EUR", "1E+6"),
        ("vingt et un milliards d'euros", "fr", "21000000000", "EUR", "1E+9"),
        ("septante millions de francs", "fr_CH", "70000000", "CHF", "1E+6"),
        ("nonante-cinq millions d'euros", "fr_BE", "95000000", "EUR", "1E+6"),
        ("treinta y un millones de dólares", "es", "31000000", "USD", "1E+6"),
    ],
)
def test_french_seventy_to_ninety_nine(
    text: str, locale: str, amount: str, currency: str, precision: str
) -> None:
    assert_whole_figure(text, locale, amount, currency, precision)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # 60 has no place after 19: the number is read from soixante
        ("dix-neuf soixante millions d'euros", "fr", [("soixante millions d'euros", "60000000")]),
        # nor one after five: the number is "un millions"
        ("cinq un millions d'euros", "fr", [("un millions d'euros", "1000000")]),
        # an English article is no number one: "a million dollars" alone
        ("twenty and a million dollars", "en", [("a million dollars", "1000000")]),
    ],
)
def test_twenties_and_ones_only_where_they_fit(
    text: str, locale: str, expected: list[tuple[str, str]]
) -> None:
    found = extract(text, locale=locale)
    assert [(m.text, m.amount) for m in found] == [(t, Decimal(a)) for t, a in expected]


# -- the words before a magnitude word (branch words2). Expected values worked
# out by hand: "dos mil quinientos millones" is (2 x 1000 + 500) x 10^6, and
# the precision stays the last magnitude word's.


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # thousands multiply a larger magnitude (they were read as 500 millions)
        (
            "dos mil quinientos millones de pesos",
            "es_MX",
            [("dos mil quinientos millones de pesos", "2500000000", "1E+6")],
        ),
        (
            "mil quinientos millones de dólares",
            "es",
            [("mil quinientos millones de dólares", "1500000000", "1E+6")],
        ),
        (
            "two thousand five hundred million dollars",
            "en",
            [("two thousand five hundred million dollars", "2500000000", "1E+6")],
        ),
        (
            "twenty five thousand five hundred crore rupees",
            "en_IN",
            [("twenty five thousand five hundred crore rupees", "255000000000", "1E+7")],
        ),
        # a larger magnitude after millions starts again
        ("one million two billion dollars", "en", [("two billion dollars", "2000000000", "1E+9")]),
        # the longest run of words that is a number: six million (five is the low
        # end of a range, see test_ranges_of_words)
        (
            "between five and six million euros",
            "en",
            [("five and six million euros", "5000000", "1E+6")],
        ),
        ("five six million euros", "en", [("six million euros", "6000000", "1E+6")]),
        # vague counts and a bare English "hundred" are no figure
        ("several hundred million dollars", "en", []),
        ("a few hundred million dollars", "en", []),
        ("hundred million dollars", "en", []),
        ("a hundred million dollars", "en", [("a hundred million dollars", "100000000", "1E+6")]),
        ("einige hundert Millionen Euro", "de", []),
        ("hundert Millionen Euro", "de", [("hundert Millionen Euro", "100000000", "1E+6")]),
        ("ein paar tausend Euro", "de", []),
        ("några tusen kronor", "sv", []),
        ("noen tusen kroner", "nb", []),
        ("tusen kronor", "sv", [("tusen kronor", "1000", "1E+3")]),
        # digits before the words: "5 hundred" is not a hundred
        ("5 hundred million dollars", "en", []),
    ],
)
def test_words_before_a_magnitude(
    text: str, locale: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [m for m in extract(text, locale=locale) if m.magnitude_text is not None]
    assert [(m.text, m.amount, m.precision) for m in found] == [
        (t, Decimal(a), Decimal(p)) for t, a, p in expected
    ]


# -- number words before a currency noun, without a magnitude word (branch
# words2). Expected values worked out by hand from the words (quatre-vingts =
# 4 x 20, zweieinhalb = 2 + 1/2, dos mil quinientos = 2 x 1000 + 500). The
# precision is that of digits written to the units (``100 dollars``: 1), the
# last digit's for a half (``2,5 Euro``: 0.1); a magnitude word at the end
# (``mil pesos``) is read from the magnitude word, with its precision.


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "precision"),
    [
        ("five dollars", "en", "5", "USD", "1"),
        ("twenty-five euros", "en", "25", "EUR", "1"),
        ("a hundred dollars", "en", "100", "USD", "1"),
        ("one hundred and five dollars", "en", "105", "USD", "1"),
        ("fifteen hundred dollars", "en", "1500", "USD", "1"),
        ("two thousand five hundred dollars", "en", "2500", "USD", "1"),
        ("nine hundred ninety-nine dollars", "en", "999", "USD", "1"),
        ("ten quid", "en_GB", "10", "GBP", "1"),
        ("ten bucks", "en", "10", "USD", "1"),
        ("five US dollars", "en", "5", "USD", "1"),
        ("five Hong Kong dollars", "en", "5", "HKD", "1"),
        ("forty rupees", "en_IN", "40", "INR", "1"),
        ("cien pesos", "es_MX", "100", "MXN", "1"),
        ("ciento veinte pesos", "es_MX", "120", "MXN", "1"),
        ("dos mil quinientos pesos", "es_MX", "2500", "MXN", "1"),
        ("mil quinientos pesos", "es_AR", "1500", "ARS", "1"),
        ("veintiún dólares", "es", "21", "USD", "1"),
        ("cinco dólares estadounidenses", "es", "5", "USD", "1"),
        ("cinco reais", "pt_BR", "5", "BRL", "1"),
        ("cem reais", "pt_BR", "100", "BRL", "1"),
        ("vinte e cinco reais", "pt_BR", "25", "BRL", "1"),
        ("cinq euros", "fr", "5", "EUR", "1"),
        ("cent euros", "fr", "100", "EUR", "1"),
        ("deux cents euros", "fr", "200", "EUR", "1"),
        ("vingt et un euros", "fr", "21", "EUR", "1"),
        ("quatre-vingts euros", "fr", "80", "EUR", "1"),
        ("quatre-vingt-dix-neuf francs", "fr_CH", "99", "CHF", "1"),
        ("zehn Euro", "de", "10", "EUR", "1"),
        ("hundert Euro", "de", "100", "EUR", "1"),
        ("zweihundertfünfzig Euro", "de", "250", "EUR", "1"),
        ("zweieinhalb Euro", "de", "2.5", "EUR", "0.1"),
        ("dieci euro", "it", "10", "EUR", "1"),
        ("cento euro", "it", "100", "EUR", "1"),
        ("ventuno euro", "it", "21", "EUR", "1"),
        ("пять рублей", "ru", "5", "RUB", "1"),
        ("двадцать пять долларов", "ru", "25", "USD", "1"),
        ("один рубль", "ru", "1", "RUB", "1"),
        ("полтора рубля", "ru", "1.5", "RUB", "0.1"),
        ("sto złotych", "pl", "100", "PLN", "1"),
        ("pięć złotych", "pl", "5", "PLN", "1"),
        ("tjugofem kronor", "sv", "25", "SEK", "1"),
        ("hundra kronor", "sv", "100", "SEK", "1"),
        ("fem kroner", "nb", "5", "NOK", "1"),
        # a magnitude word at the end: read from it, with its precision
        ("mil pesos", "es_MX", "1000", "MXN", "1E+3"),
        ("a thousand dollars", "en", "1000", "USD", "1E+3"),
    ],
)
def test_number_words_without_magnitude(
    text: str, locale: str, amount: str, currency: str, precision: str
) -> None:
    assert_whole_figure(text, locale, amount, currency, precision)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("one of the dollars", "en"),
        ("the dollar rose", "en"),
        ("the dollar rose against the euro", "en"),
        # an article alone is no number: as often an attribute as one unit
        ("a dollar store", "en"),
        ("a dollar", "en"),
        ("un euro fuerte", "es"),
        ("ein Euro", "de"),
        ("en krona", "sv"),
        # vague counts, and English "hundred" without a number
        ("hundred dollars", "en"),
        ("several hundred dollars", "en"),
        ("a few hundred dollars", "en"),
        ("einige hundert Euro", "de"),
        ("quelques cent euros", "fr"),
        # digits before the words are the scanner's (or no figure)
        ("5 hundred dollars", "en"),
        # a noun glued by a hyphen is an attribute, as after digits ("5-dollar")
        ("a five-dollar bill", "en"),
        # words that begin with a noun but are no currency
        ("five European banks", "en"),
        ("ten dollarization plans", "en"),
        # not after a space
        ("five\ndollars", "en"),
        # weights: pounds are not among the nouns (blog.myncu.com, Aug 2010)
        ("Two to three pounds of boneless, skinless chicken breast", "en"),
        ("zwei Pfund Mehl", "de"),
        # capitals are not read (as for magnitude words)
        ("FIVE DOLLARS", "en"),
    ],
)
def test_no_figure_without_a_number_before_the_noun(text: str, locale: str) -> None:
    assert extract(text, locale=locale) == []


def test_words_before_a_noun_resolve_and_qualify_like_digits() -> None:
    words = parse("It cost about five dollars.")
    assert (words.text, words.qualifier, words.qualifier_text) == (
        "five dollars",
        "approximate",
        "about",
    )
    for text, digits in (("cien pesos", "100 pesos"), ("cinco dólares", "5 dólares")):
        for locale in ("es", "es_MX", "es_AR"):
            got, want = parse(text, locale=locale), parse(digits, locale=locale)
            assert (got.currency, got.alternatives, got.resolved_by) == (
                want.currency,
                want.alternatives,
                want.resolved_by,
            )


def test_a_figure_is_read_once() -> None:
    """The noun after a magnitude word belongs to that figure, a noun after digits
    to the scanner's; figures in a row stay apart."""
    found = extract("five million dollars, 5 dollars and ten dollars")
    assert [(m.text, m.amount) for m in found] == [
        ("five million dollars", Decimal(5_000_000)),
        ("5 dollars", Decimal(5)),
        ("ten dollars", Decimal(10)),
    ]
    found = extract("cinco pesos 500", locale="es_AR")  # the name belongs to the digits
    assert [m.text for m in found] == ["pesos 500"]


@pytest.mark.parametrize(
    "text",
    [
        "five dollars " * 5000,
        "one " * 20000 + "dollars",
        "dollars " * 20000,
        "one dollars " * 5000 + "one million dollars",
    ],
)
def test_noun_pass_never_raises_on_repetition(text: str) -> None:
    found = extract(text)
    assert all(m.currency == "USD" for m in found)


@pytest.mark.parametrize("locale", ANCHOR_LOCALES)
def test_every_noun_begins_a_currency_word_and_costs_two_searches(locale: str) -> None:
    """The curated nouns stay in step with the lexicon, and each language's nouns
    are found with at most two literal searches (see _noun_anchors)."""
    scanner = _scanner(locale)
    names = [w for w, s in scanner.lex.after.items() if s.kind == "name"]
    for noun in scanner.lang.nouns:
        assert any(name.startswith(noun) for name in names), (locale, noun)
    assert 1 <= len(scanner.nouns) <= 2


def _noun_spaces(scanner: WordScanner, text: str) -> tuple[list[int], list[int]]:
    """The spaces before nouns as the one expression (short texts) and as the
    literal searches (long texts) find them."""
    assert scanner.noun is not None
    one = [text.rfind(" ", 0, m.start()) for m in scanner.noun.finditer(text)]
    grouped = sorted(
        {text.rfind(" ", 0, m.start()) for p in scanner.nouns for m in p.finditer(text)}
    )
    return one, grouped


_NOUN_PIECES = sorted(
    {w for lang in _LANGUAGES.values() for w in lang.nouns}
    | {w.capitalize() for lang in _LANGUAGES.values() for w in lang.nouns}
    | {"dollars", "Euros", "euroS", "five", "cinco", "pięć", "пять", "x", "5", "s", "ó"}
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(ANCHOR_LOCALES),
    st.lists(
        st.tuples(st.sampled_from(_NOUN_PIECES), st.sampled_from([" ", "", "-", "  ", "\n"])),
        max_size=12,
    ).map(lambda parts: "".join(w + gap for w, gap in parts)),
)
def test_both_noun_searches_find_the_same_nouns(locale: str, text: str) -> None:
    one, grouped = _noun_spaces(_scanner(locale), text)
    assert one == grouped


# -- ranges of words (branch words2): the same structure as ranges of digits
# (``amount`` is the low end, ``range`` (low, high), the precision the finer
# end's, the span from the low end to the currency). Expected values worked out
# by hand; each is compared with the digits' reading of the same range.


@pytest.mark.parametrize(
    ("text", "locale", "low", "high", "currency", "precision", "digits"),
    [
        (
            "two to three billion dollars",
            "en",
            "2e9",
            "3e9",
            "USD",
            "1E+9",
            "2 to 3 billion dollars",
        ),
        (
            "between five and six million euros",
            "en",
            "5e6",
            "6e6",
            "EUR",
            "1E+6",
            "between 5 and 6 million euros",
        ),
        (
            "entre dos y tres millones de pesos",
            "es_MX",
            "2e6",
            "3e6",
            "MXN",
            "1E+6",
            "entre 2 y 3 millones de pesos",
        ),
        (
            "entre veinte y treinta millones de dólares",
            "es",
            "20e6",
            "30e6",
            "USD",
            "1E+6",
            "entre 20 y 30 millones de dólares",
        ),
        (
            "zwei bis drei Milliarden Euro",
            "de",
            "2e9",
            "3e9",
            "EUR",
            "1E+9",
            "2 bis 3 Milliarden Euro",
        ),
        (
            "deux à trois milliards d'euros",
            "fr",
            "2e9",
            "3e9",
            "EUR",
            "1E+9",
            "2 à 3 milliards d'euros",
        ),
        (
            "entre dois e três bilhões de reais",
            "pt_BR",
            "2e9",
            "3e9",
            "BRL",
            "1E+9",
            "entre 2 e 3 bilhões de reais",
        ),
        (
            "five million to six million dollars",
            "en",
            "5e6",
            "6e6",
            "USD",
            "1E+6",
            "5 million to 6 million dollars",
        ),
        (
            "twenty to thirty thousand dollars",
            "en",
            "20e3",
            "30e3",
            "USD",
            "1E+3",
            "20 to 30 thousand dollars",
        ),
        (
            "twenty-five to thirty million dollars",
            "en",
            "25e6",
            "30e6",
            "USD",
            "1E+6",
            "25 to 30 million dollars",
        ),
        ("five-six million dollars", "en", "5e6", "6e6", "USD", "1E+6", "5-6 million dollars"),
        ("five to ten dollars", "en", "5", "10", "USD", "1", "5 to 10 dollars"),
        ("between two and three dollars", "en", "2", "3", "USD", "1", "between 2 and 3 dollars"),
        ("cien a doscientos pesos", "es_MX", "100", "200", "MXN", "1", "100 a 200 pesos"),
    ],
)
def test_ranges_of_words(
    text: str, locale: str, low: str, high: str, currency: str, precision: str, digits: str
) -> None:
    (mention,) = extract(text, locale=locale)
    assert mention.range == (Decimal(low), Decimal(high))
    assert (mention.amount, mention.currency) == (Decimal(low), currency)
    assert mention.precision == Decimal(precision)
    # the span runs from the low end ("between" is no part of it, as for digits)
    between = text.startswith(("between ", "entre "))
    assert mention.text == (text.split(" ", 1)[1] if between else text)
    (written,) = extract(digits, locale=locale)  # the same structure as digits
    assert (written.amount, written.range, written.precision, written.currency) == (
        mention.amount,
        mention.range,
        mention.precision,
        mention.currency,
    )


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # "from ... to" is a change, as for digits
        ("from two to three billion dollars", "en", ("three billion dollars", None)),
        ("de dos a tres millones de pesos", "es_MX", ("tres millones de pesos", None)),
        # a number, not a range: treinta y cinco is 35
        (
            "entre treinta y cinco millones de dólares",
            "es",
            ("treinta y cinco millones de dólares", None),
        ),
        # "and" without "between" links no range
        ("five and six million euros", "en", ("six million euros", None)),
        # a qualifier before the low end qualifies the range
        ("about two to three billion dollars", "en", ("two to three billion dollars", "2e9")),
    ],
)
def test_word_ranges_only_where_digits_make_one(
    text: str, locale: str, expected: tuple[str, str | None]
) -> None:
    (mention,) = extract(text, locale=locale)
    assert mention.text == expected[0]
    assert (mention.range is not None) == (expected[1] is not None)


def test_a_range_of_words_after_a_figure_stays_after_it() -> None:
    found = extract("$5 billion, two to three billion dollars")
    assert [(m.text, m.range) for m in found] == [
        ("$5 billion", None),
        ("two to three billion dollars", (Decimal(2 * 10**9), Decimal(3 * 10**9))),
    ]
    # a low end of digits and a high end of words are joined by the reader
    (mixed,) = extract("2 to three billion dollars")
    assert mixed.range == (Decimal(2 * 10**9), Decimal(3 * 10**9))


@pytest.mark.parametrize(
    ("text", "locale", "low", "high", "currency"),
    [
        # Italian, Russian, Polish, Swedish, Norwegian links, for words and digits
        ("tra due e tre miliardi di euro", "it", "2e9", "3e9", "EUR"),
        ("tra 2 e 3 miliardi di euro", "it", "2e9", "3e9", "EUR"),
        ("от двух до трёх миллиардов рублей", "ru", "2e9", "3e9", "RUB"),
        ("от 2 до 3 млрд рублей", "ru", "2e9", "3e9", "RUB"),
        ("od dwóch do trzech miliardów złotych", "pl", "2e9", "3e9", "PLN"),
        ("od 2 do 3 mld zł", "pl", "2e9", "3e9", "PLN"),
        ("två till tre miljarder kronor", "sv", "2e9", "3e9", "SEK"),
        ("mellan två och tre miljarder kronor", "sv", "2e9", "3e9", "SEK"),
        ("to til tre milliarder kroner", "nb", "2e9", "3e9", "NOK"),
        ("mellom 2 og 3 milliarder kroner", "nb", "2e9", "3e9", "NOK"),
        # "from" is a whole word: "made" is no Spanish "de"
        ("They made 5 to 6 million dollars", "en", "5e6", "6e6", "USD"),
    ],
)
def test_range_links_of_more_languages(
    text: str, locale: str, low: str, high: str, currency: str
) -> None:
    (mention,) = extract(text, locale=locale)
    assert mention.range == (Decimal(low), Decimal(high))
    assert mention.currency == currency


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("da due a tre miliardi di euro", "it"),
        ("с 2 до 3 млрд рублей", "ru"),
        ("z 2 do 3 mld zł", "pl"),
        ("från 2 till 3 miljarder kronor", "sv"),
        ("fra 2 til 3 milliarder kroner", "nb"),
    ],
)
def test_from_to_is_a_change_in_more_languages(text: str, locale: str) -> None:
    assert all(m.range is None for m in extract(text, locale=locale))


def test_polish_genitive_after_about() -> None:
    (mention,) = extract("około dwóch miliardów złotych", locale="pl")
    assert (mention.amount, mention.currency, mention.qualifier) == (
        Decimal(2 * 10**9),
        "PLN",
        "approximate",
    )


# -- the word before a noun, tested in the regex, is only a shortcut ----------


def _anchored_after_any_letter(locale: str, text: str) -> list[tuple[object, ...]]:
    """The scan with the nouns anchored after any letter and a space (the test
    of the word before left out): what _noun_figure alone decides."""
    scanner = _scanner(locale)
    letters = frozenset(ch.lower() for ch in text if ch.isalpha())
    nouns = words._noun_anchors(scanner.lang.nouns, letters)
    noun = re.compile("|".join(p.pattern for p in nouns)) if nouns else None
    with mock.patch.object(scanner, "nouns", nouns), mock.patch.object(scanner, "noun", noun):
        return _figures(locale, text)


_BEFORE_PIECES = sorted(
    {w for lang in _LANGUAGES.values() for w in lang.words}
    | {w for lang in _LANGUAGES.values() for w in lang.nouns}
    | {"dollars", "Euro", "dólares", "рублей", "złotych", "kronor", "kroner", "pesos"}
    | {"the", "The", "of", "US", "Hong", "Kong", "Canadian", "norske", "someone", "million"}
    | {"Millionen", "mil", "5", "$", "zweihundertfünfzig", "tjugofem", "FIVE", "Five"}
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(ANCHOR_LOCALES),
    st.lists(
        st.tuples(st.sampled_from(_BEFORE_PIECES), st.sampled_from([" ", " ", "-", ", ", ""])),
        max_size=14,
    ).map(lambda parts: "".join(w + gap for w, gap in parts)),
)
def test_the_word_before_a_noun_is_only_a_shortcut(locale: str, text: str) -> None:
    assert _figures(locale, text) == _anchored_after_any_letter(locale, text)


def test_the_shortcut_leaves_out_nouns_after_other_words() -> None:
    scanner = _scanner("en")
    assert scanner.noun is not None
    for text in ("the dollar rose", "against the euro", "380 billion yuan", "5 dollars"):
        assert scanner.noun.search(text) is None, text
    for text in ("five dollars", "Five Dollars", "five US dollars", "five Hong Kong dollars"):
        assert scanner.noun.search(text) is not None, text


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # the low end has the first of the high end's two magnitude words: it
        # shares both (2,000 to 3,000 millions), for words and digits alike
        (
            "entre dos mil y tres mil millones de pesos",
            "es_MX",
            [("dos mil y tres mil millones de pesos", "2e9", ("2e9", "3e9"))],
        ),
        (
            "entre 2 mil y 3 mil millones de pesos",
            "es_MX",
            [("2 mil y 3 mil millones de pesos", "2e9", ("2e9", "3e9"))],
        ),
        (
            "5 lakh to 10 lakh crore rupees",
            "en_IN",
            [("5 lakh to 10 lakh crore rupees", "5e12", ("5e12", "1e13"))],
        ),
        # thousands multiply one larger magnitude word, not "mil millones"
        (
            "dos mil y tres mil millones de pesos",
            "es_MX",
            [("tres mil millones de pesos", "3e9", None)],
        ),
        (
            "between 2 million and 3 billion dollars",
            "en",
            [("2 million and 3 billion dollars", "2e6", ("2e6", "3e9"))],
        ),
    ],
)
def test_shared_magnitudes(
    text: str, locale: str, expected: list[tuple[str, str, tuple[str, str] | None]]
) -> None:
    found = [(m.text, m.amount, m.range) for m in extract(text, locale=locale)]
    assert found == [
        (t, Decimal(a), None if r is None else (Decimal(r[0]), Decimal(r[1])))
        for t, a, r in expected
    ]


# -- the cheap tests before reading a word: they rule out no word that reads --


@pytest.mark.parametrize("locale", ANCHOR_LOCALES)
def test_no_number_word_is_ruled_out_by_its_last_letters(locale: str) -> None:
    """``_may_end_number`` passes over a word before a number's words without
    reading it (``dollars`` in ``five dollars five dollars``): every word the
    pass reads as a number, in any case and at the end of a compound, must pass."""
    scanner = _scanner(locale)
    words = sorted({*scanner.lang.words, *scanner.scales})
    compounds = [a + b for a in words[:40] for b in words] if scanner.lang.compounds else []
    for word in [*words, *compounds]:
        for written in (word, word.upper(), word.title()):
            text = "x " + written
            if scanner._word(text, 2, {}) is not None:
                assert scanner._may_end_number(text, len(text)), (locale, written)


def test_the_word_before_a_number_still_joins_it_after_the_cheap_test() -> None:
    """The words before a noun's number are read on past words the test lets by
    and stop at one it rules out (read by hand: 2,500 dollars, then 5 dollars)."""
    found = extract("two thousand five hundred dollars, and dollars five dollars", locale="en")
    assert [(m.text, str(m.amount), m.currency) for m in found] == [
        ("two thousand five hundred dollars", "2500", "USD"),
        ("five dollars", "5", "USD"),
    ]
