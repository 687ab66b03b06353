"""The magnitude abbreviations of a currency's home press, read when no locale is
given and the text's words do not tell its language (issue #14): ``R$ 2,5 bi``
(Brazilian press: "bi" is bilhões, "mi" milhões, "mil" a thousand), ``MX$ 12.3
mmdp`` (Mexican press: miles de millones de pesos). The currency's sign is weaker
evidence than words: it lends its home languages' magnitude words only after
English's and the borrowed languages', and every mention read so says it.

The strings are constructed in the press's forms; expected amounts are computed
from the words' meaning (bilhão = 10^9, milhão = 10^6, mil = 10^3).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import parse
from fxnorm.parsing.lexicon import lexicon
from fxnorm.parsing.reader import parse_whole
from fxnorm.parsing.textlang import detect

THOUSAND = Decimal(10) ** 3
MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9


@pytest.mark.parametrize(
    ("text", "number", "magnitude", "currency", "word", "language_name"),
    [
        ("R$ 2,5 bi", Decimal("2.5"), BILLION, "BRL", "bi", "Portuguese"),
        ("R$ 3 mi", Decimal(3), MILLION, "BRL", "mi", "Portuguese"),
        ("R$ 10 mil", Decimal(10), THOUSAND, "BRL", "mil", "Portuguese"),
        ("BRL 1,2 bi", Decimal("1.2"), BILLION, "BRL", "bi", "Portuguese"),
        ("MX$ 12.3 mmdp", Decimal("12.3"), BILLION, "MXN", "mmdp", "Spanish"),
    ],
)
def test_the_home_press_abbreviation_is_read_and_said(
    text: str, number: Decimal, magnitude: Decimal, currency: str, word: str, language_name: str
) -> None:
    found = parse(text)
    assert (found.amount, found.currency) == (number * magnitude, currency)
    assert found.magnitude_text == word
    # never a silent guess: the mention says which language's word it read, and why
    (note,) = [n for n in found.notes if repr(word) in n]
    assert language_name in note and "no locale given" in note
    assert parse_whole(text) == found


def test_the_locale_decides_without_a_note() -> None:
    found = parse("R$ 2,5 bi", locale="pt_BR")
    assert found.amount == Decimal("2.5") * BILLION
    assert not any("magnitude word" in n for n in found.notes)


def test_words_that_tell_the_language_come_first() -> None:
    """An English text quoting R$ keeps English's reading: "mil" is not lent
    (English slang writes it for a million), so the figure is the number alone."""
    text = (
        "The company said it would invest R$ 10 mil in the plant, which was more than"
        " the analysts expected"
    )
    assert detect(text).confident
    found = parse(text)
    assert (found.amount, found.currency) == (Decimal(10), "BRL")


def test_currencies_of_different_languages_lend_nothing() -> None:
    assert detect("R$ 5 e MX$ 3").home == ()
    assert detect("R$ 2,5 bi").home == ("pt",)


def test_home_languages_that_disagree_lend_neither_reading() -> None:
    """A word two home languages read differently is read in neither: Polish
    "bilion" is 10^12 (the long scale), Malay "bilion" 10^9."""
    assert lexicon("en", ("en",), ("pl",)).magnitudes["bilion"].exponent == 12
    assert lexicon("en", ("en",), ("ms",)).magnitudes["bilion"].exponent == 9
    both = lexicon("en", ("en",), ("pl", "ms"))
    assert "bilion" not in both.magnitudes
    assert "bilion" not in both.home_magnitudes


def test_home_words_come_after_every_other_reading() -> None:
    """A home language never changes a word the reading already has: English's
    "billion" stays 10^9 when the home is French (where it is 10^12)."""
    assert lexicon("en", ("en",), ("fr",)).magnitudes["billion"].exponent == 9
    assert "billion" not in lexicon("en", ("en",), ("fr",)).home_magnitudes
    # and a letter alone is lent by no home language ("G" is 10^9 in French)
    assert "G" not in lexicon("en", ("en",), ("fr",)).home_magnitudes


def test_a_text_without_home_currency_reads_as_before() -> None:
    assert lexicon("en", ("en",), ()).home_magnitudes == {}
    found = parse("$119.00")
    assert found.amount == Decimal("119.00")
