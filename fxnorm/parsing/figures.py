"""Figures: the tokens around each number, assembled, in one left-to-right pass.

A *figure* is ``[currency] number [magnitude] [currency]``: ``US$3.2 billion``,
``380 billion yuan``, ``25,960 ARS``, ``3800亿元``, ``R$ 10 mil``, ``四千億美元``.
Numbers are found with one regular expression whose repetition is
separator-then-digits, so it cannot backtrack; the tokens next to each number
(:mod:`.tokens`) are then looked up in tries after one-character tests that rule
most lookups out. Every position is looked at a bounded number of times, so the
scan is linear. Chinese numerals (``四千億``, ``一六五〇億``) are anchored the same
way, on a run of numeral characters, and kept only with a currency after them.

A :class:`Figure` is immutable: the later stages (:mod:`.context`,
:mod:`.resolve`) make new values from it. It records how its number was read:
``lone`` says the digits left the reading open (``25.960``) and the working
format decided it, so that the currency's home conventions may read it again.

What is *not* a figure is decided here too: digits glued to letters (``Qwen3``,
``V3.1``, ``3D``) or to a percent sign. A number next to a currency that cannot
be read (beyond 30 digits, separators in no known pattern) is no figure either,
but it is not lost: the scan reports it as :class:`Skipped`, with its span and
the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache, partial
from typing import NamedTuple

from .lexicon import Lexicon, Surface
from .matching import fold, is_letter
from .numbers import EXACT, MAX_DIGITS, RUN_SEPARATORS, NumberFormat, Reading, read_number
from .numerals import east_asian, more_at, read_numeral
from .tokens import (
    LAST_WORD,
    NO_CENTS_DASHES,
    NUMBER,
    RUN_TAIL,
    SPACES,
    cents_after_euro,
    combine,
    currency_after,
    currency_before,
    dotted_symbol,
    inside_currency,
    magnitude_at,
    may_start,
    name_before,
    name_may_precede,
    no_cents,
    percent_word,
    skip_space,
    suffix,
    symbol_ending_at,
)

__all__ = [
    "Figure",
    "Skipped",
    "digit_facts",
    "figure_at",
    "holds_numerals",
    "merge",
    "scan",
    "single",
]

#: The largest amount of money: 10^30 and beyond is no amount.
MAX_ADJUSTED = 30


class Figure(NamedTuple):
    """One figure as scanned, before context and currency resolution."""

    start: int
    end: int
    #: the number as written, before the magnitude
    value: Decimal
    #: exponent of its last stated digit
    exponent: int
    #: the currency as written (before or after the number), or None
    surface: Surface | None
    #: the digits as written (the words, for a number in words)
    raw: str
    #: power of ten of its magnitude words, and the words as written
    mag_exponent: int = 0
    mag_text: str | None = None
    #: an "-odd" mark written inside the number (여, 多, 余), its span
    mark: tuple[int, int] | None = None
    #: the high end of a range, in the low end's magnitude
    high: Decimal | None = None
    high_exponent: int = 0
    #: the digits left the reading open (one separator before three digits) and the
    #: working format decided: the currency's home conventions may read ``raw`` again
    lone: bool = False
    #: where the figure before it ended (nothing before belongs to this one)
    floor: int = 0
    #: how the number is written: "digits", "words" or "numerals"
    written: str = "digits"

    @property
    def amount(self) -> Decimal:
        """The low end (or the amount), magnitude applied."""
        if not self.mag_exponent:
            return self.value
        return self.value.scaleb(self.mag_exponent, EXACT)


#: ``Figure(...)`` without the Python-level ``__new__`` a NamedTuple has: every field
#: given, in order (the scanner builds one per number, the hottest path there is).
_new = tuple.__new__


class Skipped(NamedTuple):
    """A number next to a currency that could not be read as an amount."""

    span: tuple[int, int]
    text: str
    reason: str
    #: a figure in a unit of money with no ISO code (the toman): the amount it
    #: states in that unit, and the precision of its last digit
    amount: Decimal | None = None
    precision: Decimal | None = None


_ENDS_WORD = frozenset(" \u00a0\u202f\u2009\u2007\t\n.,;:!?)]）")
#: The marks cents may follow, a space apart (``118, 99 TL``): the cheap test first.
_MARKS = frozenset(".,")
_MIL_BEFORE_CACHE: dict[str, re.Pattern[str]] = {}


def _mil_before(word: str) -> re.Pattern[str]:
    found = _MIL_BEFORE_CACHE.get(word)
    if found is None:
        found = re.compile(r"(?:^|[^\w])(" + re.escape(word) + r")[ \u00a0]\Z", re.IGNORECASE)
        _MIL_BEFORE_CACHE[word] = found
    return found


# -- parts of a figure after its first magnitude ---------------------------------


def _compound(
    text: str, pos: int, lex: Lexicon, first: int
) -> tuple[Reading, int, int, int] | None:
    """A second number and magnitude right after the first magnitude.

    A smaller magnitude follows (``1 trilyon 421 milyar``; the caller asks again
    for a third and further parts, each below the last), or Mexican Spanish
    ``36 mil 153 millones`` (``mil`` then a larger unit). Returns (reading,
    exponent, start, end) of the second part. East Asian units glued to their
    digits are read by :func:`.numerals.east_asian` instead.
    """
    start = _next_part(text, pos, lex)
    match = NUMBER.match(text, start)
    if match is None or (start == pos and text[pos - 1].isascii()):
        return None
    reading = read_number(match.group(), lex.numbers)
    if reading is None:
        return None
    part_end = match.end()
    if lex.decimal_points:
        tail = _decimal_tail(text, reading, part_end, lex)
        if tail is not None:
            reading, part_end = tail
    mag = magnitude_at(text, part_end, lex)
    if mag is None:
        return None
    second = mag[0].exponent
    if first > second and reading.value.adjusted() + second < first:
        # the last part may have decimals: "19 млрд 568,6 млн", "19 mlrd 568,6 mln";
        # the caller asks for no part after it
        return reading, second, start, mag[2]
    if first < second and first == 3 and reading.value.adjusted() < first:
        # "36 mil 153 millones"; the millions may have decimals: "62 mil 314.9 millones"
        return reading, second, start, mag[2]
    return None


def _outer(
    text: str, pos: int, lex: Lexicon, top: int, last: int
) -> tuple[tuple[Reading, int, int, int] | None, int, int] | None:
    """A larger magnitude word that multiplies the parts before it, perhaps after
    a last part of units: Indian writing counts crores in lakhs and thousands
    (``1 लाख 20 हजार करोड़`` is 1,20,000 crore; ``6 लाख 78 हजार 852 करोड़``,
    678,852 crore). ``top`` is the first part's magnitude, ``last`` the last
    part's: the units part is below it, the word above ``top`` and composable
    (it may follow another magnitude: ``lakh crore``). Returns (the units part or
    None, the word's exponent, where it ends)."""
    start = _next_part(text, pos, lex)
    part = None
    match = NUMBER.match(text, start) if start > pos else None
    if match is not None:
        reading = read_number(match.group(), lex.numbers)
        if reading is None or reading.exponent or reading.value.adjusted() >= last:
            return None
        part = (reading, 0, start, match.end())
        pos = match.end()
    mag = magnitude_at(text, pos, lex)
    if mag is None or not mag[0].composable or mag[0].exponent <= top:
        return None
    return part, mag[0].exponent, mag[2]


def _next_part(text: str, pos: int, lex: Lexicon) -> int:
    """Where the next part of a figure may start: past one space, and past a word
    the language joins parts with and the spaces after it (Persian and Arabic
    ``و``, glued to the digits or not: ``۱۰ هزار و ۸۰۷ میلیارد``, ``3 مليارات و500
    مليون``)."""
    start = skip_space(text, pos)
    for word in lex.part_joiners:
        if text.startswith(word, start):
            after = start + len(word)
            return skip_space(text, after) if after < len(text) else start
    return start


def _decimal_tail(
    text: str, reading: Reading, end: int, lex: Lexicon
) -> tuple[Reading, int] | None:
    """A whole number's fraction written after a decimal-point word: Bengali
    ``১ দশমিক ৫ বিলিয়ন`` (1.5 billion), ``২৮ হাজার ৫৫৫ দশমিক ৫৩ মিলিয়ন``. Returns
    the reading with its fraction and where the fraction's digits end."""
    if reading.exponent or reading.lone:
        return None
    start = skip_space(text, end)
    for word in lex.decimal_points:
        if not text.startswith(word, start):
            continue
        after = start + len(word)
        digits_at = skip_space(text, after)
        stop = digits_at
        while stop < len(text) and text[stop].isdecimal():
            stop += 1
        if stop == digits_at or (stop < len(text) and text[stop] in RUN_SEPARATORS):
            return None
        digits = "".join(str(int(ch)) for ch in text[digits_at:stop])
        value = EXACT.add(reading.value, Decimal(digits).scaleb(-len(digits)))
        return Reading(value, -len(digits), False), stop
    return None


def _unread_unit(text: str, cursor: int, lex: Lexicon) -> tuple[int, str] | None:
    """A unit of money with no ISO code after the figure ending at ``cursor`` (one
    space apart or glued), as a whole word: where it ends, and why it is unread."""
    start = skip_space(text, cursor)
    for word, reason in lex.unread_units.items():
        stop = start + len(word)
        if fold(text[start:stop]) == word and not is_letter(text[stop : stop + 1]):
            return stop, reason
    return None


def _decimal_tail_at(text: str, raw: str, end: int, lex: Lexicon) -> tuple[Reading, int] | None:
    """:func:`_decimal_tail` after the run ``raw`` ending at ``end``."""
    whole = read_number(raw, lex.numbers)
    return None if whole is None else _decimal_tail(text, whole, end, lex)


def _digit_at(text: str, pos: int, length: int) -> bool:
    """Whether a digit is at ``pos`` or one space after it: the first thing
    :func:`_compound` and :func:`_units_part` look for (``NUMBER`` after
    :func:`.tokens.skip_space`)."""
    if pos < length and text[pos] in SPACES:
        pos += 1
    return pos < length and text[pos].isdecimal()


def _units_part(
    text: str, pos: int, lex: Lexicon, last: int
) -> tuple[tuple[Reading, int, int, int], tuple[Surface, int]] | None:
    """The units after a magnitude, then the currency: Mexican Spanish writes
    ``6 mil 200 pesos`` (6,200 MXN). The part is whole, below the last magnitude
    (``2 mil 1500 pesos`` is no such figure), one space after it, and a currency
    must follow it (``2 mil 500 personas`` is a count)."""
    start = skip_space(text, pos)
    if start == pos or not last:
        return None
    match = NUMBER.match(text, start)
    if match is None:
        return None
    reading = read_number(match.group(), lex.numbers)
    if reading is None or reading.exponent or reading.value.adjusted() >= last:
        return None
    found = suffix(text, match.end(), lex, lex.linked_numbers)
    if found is None:
        return None
    return (reading, 0, start, match.end()), found


def _combine(
    reading: Reading, first: int, compound: tuple[Reading, int, int, int]
) -> tuple[Decimal, int, int]:
    """Value, last-digit exponent and magnitude of a compound figure."""
    second_reading, second, _, _ = compound
    if first > second:
        value = EXACT.add(reading.value, second_reading.value.scaleb(second - first, EXACT))
        return value, min(reading.exponent, second - first + second_reading.exponent), first
    value = EXACT.add(reading.value.scaleb(first, EXACT), second_reading.value)
    return value, second_reading.exponent, second


def _thousands_before(text: str, mil: int, lex: Lexicon, floor: int) -> tuple[int, int] | None:
    """How many thousands a ``mil`` at ``mil`` stands for, and where they start:
    one (``mil 500 pesos``), or the number word right before it (``dos mil 500
    pesos``). ``None`` for several number words (``treinta y cinco mil 500``) or
    digits before it: those are left unread rather than misread."""
    if mil > floor and text[mil - 1 : mil].isdigit():
        return None
    words = lex.number_words
    if words is None:
        return 1, mil
    window = max(floor, mil - 24)
    found = LAST_WORD.search(text[window:mil])
    if found is None:
        return 1, mil
    word = fold(found.group(1))
    value = words.values.get(word)
    known = value is not None or word in _other_words(words)
    if not known:
        return 1, mil  # "de mil 500": no number word before it
    if value is None or Decimal(value) != Decimal(value).to_integral_value():
        return None  # "y", "medio", "un": not a whole multiplier on its own
    word_start = window + found.start(1)
    before = LAST_WORD.search(text[max(floor, word_start - 24) : word_start])
    if before is not None:
        previous = fold(before.group(1))
        if previous in words.values or previous in _other_words(words):
            return None  # "treinta y cinco mil": several words
    return int(Decimal(value)), word_start


def _other_words(words: object) -> frozenset[str]:
    from .languages import NumberWords

    assert isinstance(words, NumberWords)
    return _other_words_of(words.articles, words.hundreds, words.halves, words.ands)


@lru_cache(maxsize=32)
def _other_words_of(*groups: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for group in groups for word in group)


# -- the scan ----------------------------------------------------------------------


def _plain_bare(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether nothing next to the number can make it more than a bare number.

    Checks one character on each side (past one space): no currency can end,
    and no currency, magnitude, percent sign or range link can start, there.
    """
    length = len(text)
    if end + 1 < length and text[end] in ",." and text[end + 1] in NO_CENTS_DASHES:
        return False  # 1.299,- €
    nxt = end + 1 if end < length and text[end] in SPACES else end
    if nxt < length:
        ch = text[nxt]
        # a letter, or a character a word may be (a fraction: 1½ million)
        if (ch.isalnum() and not ch.isdecimal()) or ch in "%％‰" or ch.lower() in lex.word_starts:
            return False
        if ch in lex.link_chars and _has_currency_hint(text[nxt : nxt + 16], lex):
            return False
        if ch == "、" or (ch == "," and text[nxt + 1 : nxt + 2] == " "):
            return False  # 118, 99 TL; an item of a list (20, 50 and 100 dollars, 1、5、10元)
    prv = start - 2 if start > 1 and text[start - 1] in SPACES else start - 1
    if prv >= 0:
        ch = text[prv]
        if ch in lex.before_words.last_chars or ch.isalpha():
            return False
        if ch in lex.link_chars and _has_currency_hint(text[max(0, prv - 16) : prv], lex):
            return False
        if ch == ".":
            return False  # $.75
    return True


def _has_currency_hint(window: str, lex: Lexicon) -> bool:
    """Whether a short window holds a letter or a symbol (the other end of a range)."""
    return not lex.before_words.last_chars.isdisjoint(window) or any(map(str.isalpha, window))


#: After a digit: it starts a run, it is not inside one.
_RUN_START = r"(?<!\d\d)(?<!\d[" + RUN_SEPARATORS + r"]\d)(?!(?<=\d\x20\d)\d\d(?!\d))"
#: A run glued to a percent sign (at most one space apart): no figure, skipped by the regex.
_PERCENT_RUN = r"\d*(?:[" + RUN_SEPARATORS + r"]\d+)*[ \u00a0\u202f]?[%％‰]"


def _char_class(chars: Iterable[str]) -> str:
    """Any letter (``[^\\W\\d_]``) or one of ``chars``."""
    return "(?:[^\\W\\d_]|[" + "".join(sorted(re.escape(ch) for ch in set(chars))) + "])"


@lru_cache(maxsize=64)
def _not_plain_pattern(
    word_starts: frozenset[str], symbol_ends: frozenset[str], links: frozenset[str]
) -> re.Pattern[str]:
    """The numeric runs that :func:`_plain_bare` may not call plain, in one regex
    (or every run, :data:`NUMBER`, when a word starts or ends with a digit).

    A wider test than :func:`_plain_bare`, run in C over the text: the scanner
    then skips runs of digits that nothing touches without looking at them one
    by one. The run is captured in a lookahead and matched again by reference,
    so the regex never tries a shorter run; ``_RUN_START`` keeps it from starting
    inside one, and ``_PERCENT_RUN`` skips percentages.
    """
    if any(ch.isdecimal() for ch in word_starts | symbol_ends):
        return NUMBER
    spaces = "[" + "".join(sorted(SPACES)) + "]"
    after = _char_class(
        {*word_starts, *(ch.upper() for ch in word_starts if len(ch.upper()) == 1)}
        | set("%％‰")
        | links
    )
    before = _char_class(symbol_ends | links | {"."})
    return re.compile(
        rf"\d{_RUN_START}(?!{_PERCENT_RUN})(?=({RUN_TAIL}))"
        rf"(?:(?<={before}\d)|(?<={before}{spaces}\d)|(?=\1(?:{spaces}?{after}|[.,][-–]|[,、]{spaces}?[^\W_])))\1"
    )


#: The high bytes (in UTF-16) of the blocks of the BMP that hold a decimal digit
#: outside ASCII (``str.isdecimal``, which is what ``\\d`` reads), and the
#: surrogates (digits above the BMP): a text whose characters above U+00FF are in
#: none of these blocks writes its digits 0-9 only. The test of the tests checks
#: the list against the Unicode database.
DIGIT_HIGHS = bytes(
    [
        *(0x06, 0x07, *range(0x09, 0x11), *range(0x17, 0x1D), 0xA6, *range(0xA8, 0xAC), 0xFF),
        *range(0xD8, 0xE0),  # the surrogates
    ]
)
_NO_DIGIT_HIGHS = bytes(b for b in range(256) if b not in DIGIT_HIGHS)


def _ascii_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, a run's pattern that starts with ``\\d``, starting with ``[0-9]``
    instead: the same matches in a text whose digits are all ASCII, searched for
    faster (``re`` skips to a character of a leading class in a tight loop in C,
    where ``\\d``, a category, is tried at every position: 69 -> 57 us on the two
    corpus articles). Kept by the pattern's source: a compiled pattern's own hash
    reads its whole compiled code (2 us for the scan's)."""
    return _ascii_first_of(pattern.pattern, pattern.flags)


@lru_cache(maxsize=64)
def _ascii_first_of(source: str, flags: int) -> re.Pattern[str]:
    assert source.startswith("\\d")
    return re.compile("[0-9]" + source[2:], flags)


#: Bytes -> ``0`` for the ASCII digits' code (as a UTF-16 low byte: also a few other
#: characters', which the run's pattern then rules out), a space for any other.
_DIGIT_MARKS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
#: How close the next digit after one that starts no run must be for the search to
#: go on in ``re`` (a run it rejects, ``1,1,1,1``: one call for the whole cluster).
_DENSE = 8
#: A text with more than one digit in this many characters is searched by ``re``
#: alone (news text: one in 80; a table of figures is denser).
_SPARSE = 20


def _ascii_runs(
    text: str, pattern: re.Pattern[str], encoded: bytes | None
) -> Callable[[int], re.Match[str] | None]:
    """``pattern.search`` over ``text`` (from a position) for a pattern that starts
    with ``[0-9]``, in a long text whose digits are all ASCII: the same first match,
    tried only at the digits (``re`` looks for a leading class character by
    character, several nanoseconds each; ``bytes.find`` skips to the next digit in C
    at a fraction of that). ``encoded`` is the text in UTF-16-BE with no surrogates
    (one code unit per character), or ``None`` for an ASCII text."""
    lows = text.encode("ascii") if encoded is None else encoded[1::2]
    marks = lows.translate(_DIGIT_MARKS)
    # lookbehinds see the text before the position, in match as in search
    match, search = pattern.match, pattern.search
    if marks.count(0x30) * _SPARSE > len(marks):
        return partial(search, text)  # digits everywhere: a call per digit costs more
    find = marks.find

    def next_run(pos: int) -> re.Match[str] | None:
        at = find(0x30, pos)
        while at >= 0:
            found = match(text, at)
            if found is not None:
                return found
            following = find(0x30, at + 1)
            if 0 <= following - at <= _DENSE:
                return search(text, at + 1)  # digits close together: re's own loop
            at = following
        return None

    return next_run


def _pieces(raw: str, start: int, lex: Lexicon) -> list[tuple[str, int, Reading | None]]:
    """The run, or its parts between plain spaces when it has no reading as a whole
    (``in 2023 100 people`` is two numbers, ``12 345`` one)."""
    reading = read_number(raw, lex.numbers)
    if reading is not None:
        return [(raw, start, reading)]
    pieces: list[tuple[str, int, Reading | None]] = []
    for piece in raw.split(" "):
        pieces.append((piece, start, None))
        start += len(piece) + 1
    return pieces


class _Scan:
    """The state of one scan: the figures found, and the numbers skipped."""

    __slots__ = ("figures", "skipped")

    def __init__(self) -> None:
        self.figures: list[Figure] = []
        self.skipped: list[Skipped] = []


def scan(
    text: str, lex: Lexicon, *, bare: bool = True, skipped: list[Skipped] | None = None
) -> list[Figure]:
    """Every figure of ``text`` written with digits or Chinese numerals, in order;
    ranges not yet joined. Numbers next to a currency that cannot be read are
    appended to ``skipped``.

    With ``bare=False`` numbers that nothing around could turn into money
    (no currency, magnitude or range link next to them) are skipped.
    """
    figures: list[Figure] = []
    floor = 0  # nothing before this belongs to a new figure
    length = len(text)
    pos = 0
    pattern = (
        NUMBER
        if bare
        else _not_plain_pattern(lex.word_starts, lex.before_words.last_chars, lex.link_chars)
    )
    # a long text: the high bytes of its characters (in C) tell whether every digit
    # is one of 0-9, and whether it may hold numerals (holds_numerals); those that
    # tell neither are dropped at once, so that each test reads only the rest
    highs = None
    next_run: Callable[[int], re.Match[str] | None] = partial(pattern.search, text)
    if length > _LONG_TEXT:
        encoded = None
        if not text.isascii():
            encoded = text.encode("utf-16-be", "surrogatepass")
            highs = encoded[::2].translate(None, _UNTOLD[_numeral_block(lex)])
        if highs is None or not highs.translate(None, _NO_DIGIT_HIGHS):
            next_run = _ascii_runs(text, _ascii_first(pattern), encoded)
    while True:
        match = next_run(pos)
        if match is None:
            break
        run_start, pos = match.span()
        raw = match.group()
        if " " not in raw:  # most runs: one number, read by figure_at
            # a letter after it (past a space) makes it no plain number: the first
            # test of _plain_bare, made here without the call (most runs that reach it)
            nxt = text[pos + 1 : pos + 2] if text[pos : pos + 1] in SPACES else text[pos : pos + 1]
            if (
                bare
                or (nxt.isalnum() and not nxt.isdecimal())
                or not _plain_bare(text, run_start, pos, lex)
            ):
                tail = _decimal_tail_at(text, raw, pos, lex) if lex.decimal_points else None
                if tail is not None:
                    reading, pos = tail
                    raw = text[run_start:pos]
                else:
                    reading = None
                figure = figure_at(text, raw, run_start, pos, lex, floor, length, reading, skipped)
                if figure is not None:
                    figures.append(figure)
                    floor = figure.end
                    if floor > pos:
                        pos = floor
            continue
        for piece, start, reading in _pieces(raw, run_start, lex):
            end = start + len(piece)
            if not bare and _plain_bare(text, start, end, lex):
                continue
            figure = figure_at(text, piece, start, end, lex, floor, length, reading, skipped)
            if figure is not None:
                figures.append(figure)
                floor = figure.end
                if figure.end > pos:
                    pos = figure.end
    if holds_numerals(text, lex, highs):
        numerals = _numeral_figures(text, lex, figures)
        if numerals:
            figures = merge(figures, numerals)
    return figures


def holds_numerals(text: str, lex: Lexicon, highs: bytes | None = None) -> bool:
    """Whether ``text`` holds a Chinese numeral (the anchor of :func:`_numeral_figures`).

    A long text is first tested in C for a character at or above the lowest
    numeral's block (the high bytes of its UTF-16 form, which surrogates always
    pass): most texts of alphabetic scripts have none, and that test is several
    times cheaper than the regular expression's search character by character.
    ``highs``, if given, are those high bytes, or those of them from that block up
    with any others (as :func:`scan` keeps them).
    """
    if text.isascii():
        return False
    if len(text) > _LONG_TEXT:
        block = _numeral_block(lex)
        if block:
            if highs is None:
                highs = text.encode("utf-16-be", "surrogatepass")[::2]
            if not highs.translate(None, _BELOW[block]):
                return False
    return lex.numeral_anchor.search(text) is not None


#: Texts longer than this are tested in C before the numerals are searched for.
_LONG_TEXT = 256
#: Per high byte: the bytes below it (deleted, what is left is a character at or above it).
_BELOW = [bytes(range(block)) for block in range(0xD9)]
#: Per high byte: the bytes below it and of no block of digits (what is left tells
#: both whether a digit is not ASCII and whether a numeral may be there).
_UNTOLD = [bytes(b for b in range(block) if b not in DIGIT_HIGHS) for block in range(0xD9)]


def _numeral_block(lex: Lexicon) -> int:
    """The UTF-16 high byte of the lowest numeral of ``lex`` (surrogates at most)."""
    return min(lex.numeral_floor >> 8, 0xD8)


def _hebrew(ch: str) -> bool:
    """Whether ``ch`` is a Hebrew letter: Hebrew writes its one-letter prefixes
    (כ "about", ב "in", ל "to", מ "from") with a hyphen before a number."""
    return "\u05d0" <= ch <= "\u05ea"


def figure_at(
    text: str,
    raw: str,
    start: int,
    end: int,
    lex: Lexicon,
    floor: int,
    length: int,
    reading: Reading | None = None,
    skipped: list[Skipped] | None = None,
) -> Figure | None:
    """The figure around the number ``raw`` at ``start:end`` (``reading``, if
    known, is how ``raw`` reads), or ``None`` if it is no figure."""
    before = text[start - 1] if start > 0 else ""
    # a Latin letter or digit glued before the number (Qwen3, V3.1); other scripts
    # glue a currency word to it (تومان56,000, र24,401)
    glued_before = before.isascii() and before.isalnum()
    leading = None
    if (
        before
        and before in ".,"
        # a comma glued to a word before it is punctuation ("汇率,1欧元", "today,1 euro")
        and not (before == "," and start > 1 and text[start - 2].isalpha())
        and not dotted_symbol(text, start, before, lex, floor)
    ):
        leading = _leading_point(text, start, end, raw, lex, floor)
        if leading is None:
            return None  # the tail of something that is not a number (1.2.3)
    if before == "-" and start > 1 and text[start - 2].isalpha() and not _hebrew(text[start - 2]):
        return None  # GPT-4, F-35, DeepSeek-V3 (not Hebrew's prefixes: כ-1.3 מיליארד)
    after = text[end] if end < length else ""
    if after in lex.percent_firsts and (after in "%％‰" or percent_word(text, end, lex)):
        return None  # a percentage (percent_after, its test inlined)
    if leading is not None:
        return leading
    prefix = None
    symbol_ends = lex.before_words.last_chars
    if before in symbol_ends or (before in SPACES and start > 1 and text[start - 2] in symbol_ends):
        prefix = currency_before(text, start, lex, floor, glued_before)
        if prefix is not None and len(prefix[0].codes) > 1 and prefix[1] > floor + 1:
            prefix = _code_before_symbol(text, prefix, lex, floor)  # NZD $100.70
    if glued_before and prefix is None:
        prefix = _letter_symbol(text, start, raw, lex)  # R273.00, R8,499
        if prefix is None:
            return None  # Qwen3, Tau2, V3
    elif (
        prefix is None
        and not glued_before
        and before.isalpha()
        and name_may_precede(text, start, lex)
    ):
        prefix = name_before(text, start, end, raw, lex, floor)  # 新台幣62.3億元

    # magnitude, then currency after (most numbers have neither: cheap tests rule them
    # out): the character after the number and, past a space or hyphen, the next one
    after_lower = after.lower()
    next_lower = ""
    if (after in SPACES or after == "-") and end + 1 < length:
        next_lower = text[end + 1].lower()
    mag = None
    mag_firsts = lex.magnitude_words.firsts
    if after_lower in mag_firsts or next_lower in mag_firsts:
        mag = magnitude_at(text, end, lex)
        if mag is not None and prefix is None and _lone_letter(text, end, mag, lex):
            mag = None  # "1 K": a letter alone after a space, no currency: no magnitude
        # a word goes on after the magnitude (NT$, KSh, T$, B/.): the currency's
        if (
            mag is not None
            and mag[2] < length
            and text[mag[2]] not in _ENDS_WORD
            and inside_currency(text, mag, lex)
        ):
            mag = None
    first_mag = None  # a magnitude word between a currency and the number
    if mag is None and prefix is None and before in SPACES and lex.magnitude_first:
        found_first = _magnitude_first(text, start, lex, floor)  # shilingi bilioni 326
        if found_first is not None:
            prefix, first_mag = found_first
    cursor = end
    mag_exponent = first_mag[0] if first_mag is not None else 0
    mag_start = end
    compound = None
    more_parts: list[tuple[Reading, int, int, int]] = []
    outer_exponent = 0  # a magnitude multiplying the whole compound (lakh … crore)
    east = None
    lone = False
    found: tuple[Surface, int] | None = None
    if (after in lex.east_large or after in lex.east_small or after in lex.east_odd) and (
        mag is not None or after in lex.east_odd
    ):
        # 1억 5천만, 2천5百억, 56억4천여만, 84億7473萬1000; 20여만 and 100多元
        first = reading if reading is not None else read_number(raw, lex.numbers)
        east = east_asian(text, end, lex, first) if first is not None else None
    if east is not None:
        total, last_exp, mag_exponent, cursor, _ = east
        reading = Reading(total.scaleb(-mag_exponent, EXACT), last_exp - mag_exponent, False)
        found = suffix(text, cursor, lex, True)
    elif mag is not None:
        mag_word, mag_start, cursor = mag
        mag_exponent = mag_word.exponent
        for _ in range(2):  # mil millones, lakh crore, 千万
            if not may_start(text, cursor, mag_firsts):
                break
            more = magnitude_at(text, cursor, lex)
            if more is None or not more[0].composable:
                break
            mag_exponent += more[0].exponent
            cursor = more[2]
        # digits after the magnitude words (one space apart) may be a part of the
        # figure: the lookups of such parts need them (most figures have none)
        digits_next = _digit_at(text, cursor, length) or (
            bool(lex.part_joiners) and _digit_at(text, _next_part(text, cursor, lex), length)
        )
        compound = _compound(text, cursor, lex, mag_exponent) if digits_next else None
        previous = mag_exponent
        if compound is not None:
            cursor = compound[3]
            previous = compound[1]
            ended = bool(compound[0].exponent)  # a part with decimals is the last
            while len(more_parts) < 4 and not ended:
                # 5 trilyon 406 milyar 254 milyon: each part below the last; after
                # "124 mil 879 millones", "970 mil" (below the millions)
                part = _compound(text, cursor, lex, previous)
                if part is None or part[1] >= previous:
                    break
                more_parts.append(part)
                cursor, previous = part[3], part[1]
                ended = bool(part[0].exponent)
            outer = _outer(text, cursor, lex, mag_exponent, previous)
            if outer is not None:  # 1 लाख 20 हजार करोड़, 6 लाख 78 हजार 852 करोड़
                if outer[0] is not None:
                    more_parts.append(outer[0])
                outer_exponent, cursor = outer[1], outer[2]
        found = suffix(text, cursor, lex, True)
        if found is None and (digits_next or compound is not None):
            units = _units_part(text, cursor, lex, previous)
            if units is not None:  # 6 mil 200 pesos
                part, found = units
                if compound is None:
                    compound = part
                else:
                    more_parts.append(part)
                cursor = part[3]
    else:
        if after in ",." and end + 1 < length and text[end + 1] in NO_CENTS_DASHES:
            marked = no_cents(text, raw, end, length)  # 1.299,- €
            if marked is not None:
                reading, cursor = marked
                after = text[cursor] if cursor < length else ""
                after_lower = after.lower()
                next_lower = (
                    text[cursor + 1].lower() if after in SPACES and cursor + 1 < length else ""
                )
        word_firsts = lex.after_words.firsts
        if after_lower in word_firsts or next_lower in word_firsts:
            found = suffix(text, cursor, lex, lex.linked_numbers)
        if found is None and after in lex.pence_letter and cursor == end:
            found = _pence(text, start, end, after, lex)  # 250p
        if (
            found is None
            and after.isascii()
            and after.isalnum()
            and not _letter_after(text, end, raw)
        ):
            return None  # 3D, 5G, 4o, 19th
    if (
        prefix is None
        and (found is None or len(found[0].codes) > 1)
        and name_may_precede(text, start, lex)
    ):
        prefix = name_before(text, start, end, raw, lex, floor)  # pesos 500, 新台幣62.3億元
    if found is not None and found[0].text in lex.generic_units:
        found = _unit_then_name(text, found, lex)  # 萬元美元: the name after the unit
    surface: Surface | None
    if (
        prefix is not None
        and found is not None
        and prefix[0].kind == "name"
        and found[0].text in lex.generic_units
    ):
        # 日幣150億元: the name says the currency, 元 is its unit
        surface, fig_start, fig_end = prefix[0], prefix[1], found[1]
    else:
        surface, fig_start, fig_end = combine(prefix, found, start, cursor)
    if reading is None:
        reading = read_number(raw, lex.numbers)
    if reading is None:
        if surface is not None and skipped is not None:
            skipped.append(_skip(text, fig_start, fig_end, raw))
        return None
    if compound is None and east is None and mag is None and cursor == end and after in _MARKS:
        shop = _shop_cents(text, end, reading, surface, prefix, lex, cursor)
        if shop is not None and _starts_a_tag(text, fig_start):  # 118, 99 TL; 1.837, 32 €
            reading, fig_end = shop[0], shop[1]
            surface = shop[2] or surface
    lone = reading.lone and compound is None and east is None
    if after == "€" and fig_end == end + 1 and mag is None and east is None:
        cents = cents_after_euro(text, fig_end, reading)  # 19€99, 35€ 99
        if cents is not None:
            reading, fig_end = cents
            lone = False
    if reading.value.adjusted() + mag_exponent >= MAX_ADJUSTED:
        if skipped is not None and (surface is not None or mag is not None):
            skipped.append(
                Skipped((fig_start, fig_end), text[fig_start:fig_end], "beyond 10^30: no amount")
            )
        return None
    if compound is not None:
        # 442億9,600万円 -> 442.96億; 36 mil 153 millones -> 36153 millones
        value, exponent, mag_exponent = _combine(reading, mag_exponent, compound)
        for extra, extra_exponent, _, _ in more_parts:
            value = EXACT.add(value, extra.value.scaleb(extra_exponent - mag_exponent, EXACT))
            exponent = min(exponent, extra_exponent - mag_exponent + extra.exponent)
        reading = Reading(value, exponent, False)
        mag_exponent += outer_exponent
    thousands = lex.thousand_before_digits
    if (
        thousands is not None
        and fig_start > 3
        and text[fig_start - 2] == thousands[-1]  # the cheap test first
        and (mag_exponent == 6 or (mag is None and surface is not None))
        and compound is None
        and reading.exponent == 0
        and reading.value < 1000
    ):
        # Mexican "mil 172 millones", "dos mil 500 pesos": "mil" before the digits
        word = _mil_before(thousands).search(text, max(floor, fig_start - 6), fig_start)
        if word is not None:
            counted = _thousands_before(text, word.start(1), lex, floor)
            if counted is not None:
                reading = Reading(reading.value + 1000 * counted[0], 0, False)
                fig_start = counted[1]
                lone = False
    mark = None
    mag_end = cursor
    if east is not None and east[4] >= 0:  # 56억4천여만 원: the mark is in the figure
        at = east[4]
        mark = (at, at + 1)
        if at == mag_start:
            mag_start += 1  # 20여만: the magnitude is 만
        elif at == cursor - 1:
            mag_end = at  # 1조여 원: the magnitude is 조
    mag_text = None
    if mag is not None or (east is not None and mag_exponent):
        mag_text = text[mag_start:mag_end]
    elif first_mag is not None:
        mag_text = text[first_mag[1] : first_mag[2]]
    else:
        mag_exponent = 0
    if surface is not None and surface.scale:
        mag_exponent += surface.scale  # 50 cents: 0.50 of the currency
    if surface is None and lex.unread_units:
        unit = _unread_unit(text, cursor, lex)
        if unit is not None:  # ۱۲۰ میلیارد تومان: money, in a unit with no ISO code
            if skipped is not None:
                stop, reason = unit
                amount = reading.value.scaleb(mag_exponent, EXACT)
                precision = Decimal(1).scaleb(reading.exponent + mag_exponent)
                skipped.append(
                    Skipped((fig_start, stop), text[fig_start:stop], reason, amount, precision)
                )
            return None
    return _new(
        Figure,
        (
            fig_start,
            fig_end,
            reading.value,
            reading.exponent,
            surface,
            raw,
            mag_exponent,
            mag_text,
            mark,
            None,
            0,
            lone,
            floor,
            "digits",
        ),
    )


def _skip(text: str, start: int, end: int, raw: str) -> Skipped:
    digits = sum(ch.isdigit() for ch in raw)
    if digits > MAX_DIGITS:
        reason = f"{digits} digits: beyond 10^30, no amount"
    else:
        reason = f"{raw!r} is no number: its separators follow no grouping"
    return Skipped((start, end), text[start:end], reason)


def _code_before_symbol(
    text: str, prefix: tuple[Surface, int], lex: Lexicon, floor: int
) -> tuple[Surface, int]:
    """A code one space before a symbol of several currencies says which one it is
    (``NZD $100.70``, ``CAD $5``); both are the figure's."""
    surface, start = prefix
    if text[start - 1] not in SPACES:
        return prefix
    outer = symbol_ending_at(text, start - 1, lex, floor)
    if outer is None or outer[0].kind != "code" or outer[0].codes[0] not in surface.codes:
        return prefix
    return outer[0], outer[1]


def _magnitude_first(
    text: str, start: int, lex: Lexicon, floor: int
) -> tuple[tuple[Surface, int], tuple[int, int, int]] | None:
    """A currency, a magnitude word and the number, a space apart each, in the
    order of the languages that write it so (Swahili ``shilingi bilioni 326``,
    ``dola milioni 5``, cut short: ``Tsh Bil. 445``): the currency and where it
    starts, and the magnitude's (exponent, start, end). A magnitude word alone
    before a number is none."""
    end = start - 1  # the space before the number
    begin = end - 1 if end > floor + 1 and text[end - 1] == "." else end
    while begin > floor and text[begin - 1].isalpha():
        begin -= 1
    if begin == end or begin - 1 <= floor or text[begin - 1] not in SPACES:
        return None
    found = lex.magnitude_words.match(text, begin)
    if found is None or found[1] != end:
        return None
    currency = symbol_ending_at(text, begin - 1, lex, floor)
    if currency is None and lex.names_before is not None:
        name = lex.names_before.match(text, begin - 1, floor)
        surface = lex.after.get(fold(name[0])) if name is not None else None
        if name is None or surface is None:
            return None
        currency = surface, name[1]
    if currency is None:
        return None
    return currency, (lex.magnitudes[found[0]].exponent, begin, end)


def _letter_symbol(text: str, start: int, raw: str, lex: Lexicon) -> tuple[Surface, int] | None:
    """A single-letter currency symbol glued before a number written as a price
    (``R273.00``, ``R8,499``: two decimals, or groups of thousands), the letter
    starting a word. As words (``R2``, ``Q3``, ``V8``) such letters are everywhere."""
    letter = text[start - 1]
    surface = lex.letter_symbols.get(letter)
    if surface is None or (start > 1 and text[start - 2].isalnum()):
        return None
    priced = re.fullmatch(r"\d+[.,]\d\d|\d{1,3}(?:[,.]\d{3})+(?:[.,]\d\d)?", raw)
    if priced is None:
        return None
    return surface, start - 1


def _letter_after(text: str, end: int, raw: str) -> bool:
    """A single letter glued after a number of three digits or more, then no letter
    (``200Q``, ``200q``): a unit or a currency the lexicon does not read, not a word
    like ``3D``, ``5G`` or ``19th``; the number stays a number."""
    digits = sum(ch.isdigit() for ch in raw)
    nxt = text[end + 1 : end + 2]
    return digits >= 3 and not (nxt.isascii() and nxt.isalnum())


def _lone_letter(text: str, end: int, mag: tuple[object, int, int], lex: Lexicon) -> bool:
    """Whether the magnitude is one letter a space after the number with no currency
    after it (``1 K``): a magnitude letter stands glued (``5K``) or by a currency
    (``$5 M``, ``5 M€``); alone it may be a currency's letter (K: kyat, kina, kwacha)."""
    _, start, stop = mag
    if stop - start != 1 or start == end or not text[start].isascii():
        return False
    return currency_after(text, stop, lex, True) is None


def _leading_point(
    text: str, start: int, end: int, raw: str, lex: Lexicon, floor: int
) -> Figure | None:
    """``$.75``, ``.99 €``: a fraction written without its zero, next to a currency.
    Only one or two digits, after a point glued to a symbol or code or preceded by
    nothing but a space; a currency must be there (``.75`` alone is no money)."""
    point = start - 1
    if text[point] != ".":
        return None
    while point > 0 and text[point - 1] == "." and start - point < 3:
        point -= 1  # "$..75": a stray second dot
    if point > 0 and (text[point - 1].isdigit() or text[point - 1] in ","):
        return None
    prefix = currency_before(text, point, lex, floor, True) if point > 0 else None
    if not (raw.isdigit() and len(raw) <= 2):
        # "$.750.30", "$.75,333": a dot glued to the symbol, then a whole number
        if prefix is None or not any(ch in ".,'" for ch in raw):
            return None
        reading = read_number(raw, lex.numbers)
        if reading is None:
            return None
        symbol, fig_start = prefix
        return Figure(
            fig_start,
            end,
            reading.value,
            reading.exponent,
            symbol,
            raw,
            lone=reading.lone,
            floor=floor,
        )
    found = None
    if prefix is None:
        found = suffix(text, end, lex, False)
        if found is None:
            return None
    surface, fig_start, fig_end = combine(prefix, found, point, end)
    value = Decimal("0." + raw)
    return Figure(fig_start, fig_end, value, -len(raw), surface, "." + raw, floor=floor)


#: Picture heights written with a "p" (``720p``, ``1080p``): no pence.
_VIDEO_HEIGHTS = frozenset({"144", "240", "360", "480", "576", "720"})


def _pence(
    text: str, start: int, end: int, letter: str, lex: Lexicon
) -> tuple[Surface, int] | None:
    """A pence letter glued to one to three digits (``250p``), then no letter or digit;
    a letter of a script written without spaces (``74仙``, sen) may have a word of its
    script right after it (``涨9仙或0.93%``), never a digit or a Latin letter."""
    stop = end + 1
    digits = text[start:end]
    if not (digits.isdigit() and len(digits) <= 3) or digits in _VIDEO_HEIGHTS:
        return None
    after = text[stop] if stop < len(text) else ""
    if after.isalnum() and (letter.isascii() or after.isascii() or after.isdigit()):
        return None
    return lex.pence_letter[letter], stop


def _unit_then_name(text: str, found: tuple[Surface, int], lex: Lexicon) -> tuple[Surface, int]:
    """A generic unit (元) followed at once by a currency name: the name says which
    currency the unit is (``1 億 274 萬元美元`` is US dollars)."""
    _, stop = found
    after = lex.after_words.match(text, stop)
    if after is None:
        return found
    named = lex.after[after[0]]
    if named.kind != "name" or len(named.codes) != 1:
        return found
    return named, after[1]


def _shop_cents(
    text: str,
    end: int,
    reading: Reading,
    surface: Surface | None,
    prefix: tuple[Surface, int] | None,
    lex: Lexicon,
    cursor: int,
) -> tuple[Reading, int, Surface | None] | None:
    """Cents set a space after the decimal mark, as shop tags print them: ``118, 99 TL``,
    ``1.837, 32 €``, ``$119. 95``. A whole number (its groups, if any, in the other
    mark), the mark, one space, exactly two digits, then the currency (or, with a
    currency before the number, the end of the text). Without a currency, the
    cents end the text (``36. 24``) or a lower-case word that counts nothing
    follows them (``559. 99 undefined``); a year or a count is a sentence's end and
    the next one's start (``in 2019. 24 companies``)."""
    if cursor != end or end + 4 > len(text) or text[end] not in ".," or text[end + 1] != " ":
        return None
    if reading.exponent != 0 and not reading.lone:
        return None
    digits = text[end + 2 : end + 4]
    if not (digits.isascii() and digits.isdigit()):
        return None
    stop = end + 4
    if stop < len(text) and text[stop].isdigit():
        return None
    mark = text[end]
    whole = read_number(_digits_before(text, end), _MARKED[mark])
    if whole is None or whole.exponent != 0:
        return None
    after_surface = None
    if surface is not None and prefix is not None:
        if not _blank_after(text, stop):
            return None  # $119. 95 (the price ends the text)
    else:
        found = currency_after(text, stop, lex, False)
        if found is not None:
            after_surface, stop = found
        elif surface is not None or not _cents_end(text, stop, whole, lex):
            return None  # in a sentence, two numbers
    cents = Decimal(digits).scaleb(-2)
    return Reading(whole.value + cents, -2, False), stop, after_surface


def _starts_a_tag(text: str, start: int) -> bool:
    """Whether a figure starts a price tag: nothing but spaces or a label ending in
    a colon (``Preis: 118, 99 €``) before it on its line. In running text a comma
    and a space end a clause, so ``In 2009, 20 pesos`` is two numbers."""
    # read back over the spaces before it only (not the whole line: a text of one
    # long line would be read again for every figure)
    i = start - 1
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] == ":"


#: A character that is no white space (``\s`` is what ``str.isspace`` says).
_NOT_SPACE = re.compile(r"\S")


def _blank_after(text: str, pos: int) -> bool:
    """Whether only white space (or nothing) follows ``pos``: ``not text[pos:].strip()``,
    looking no further than the first character that is not a space."""
    return _NOT_SPACE.search(text, pos) is None


_MARKED = {",": NumberFormat(",", ".", False), ".": NumberFormat(".", ",", False)}
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _cents_end(text: str, stop: int, whole: Reading, lex: Lexicon) -> bool:
    """Whether bare cents set apart end a price tag: the text ends, or a lower-case
    word that is no count or month follows, after a number that is no year."""
    if _blank_after(text, stop):
        return True
    if 1800 <= whole.value <= 2199 or whole.value >= 10**7:
        return False
    word = _NEXT_WORD.match(text, stop)
    if word is None or not word.group(1).islower():
        return False
    found = word.group(1)
    return found not in lex.counts and found not in lex.months


def _digits_before(text: str, end: int) -> str:
    match = re.search(r"\d" + RUN_TAIL + r"\Z", text[max(0, end - 40) : end])
    return match.group() if match else ""


def _numeral_figures(text: str, lex: Lexicon, digits: list[Figure]) -> list[Figure]:
    """Figures written in Chinese numerals (``四千億美元``, ``一六五〇億美元``), each
    with a currency after it; runs inside a figure of digits are left to it."""
    found: list[Figure] = []
    floor = 0
    i = 0  # the first figure of digits that does not end before the run
    for match in lex.numeral_run.finditer(text):
        start, end = match.span()
        while i < len(digits) and digits[i].end <= start:
            i += 1
        if i < len(digits) and digits[i].start <= start:
            continue  # inside a figure of digits (3800亿元)
        if start > 0 and text[start - 1].isdigit():
            continue  # units after digits that made no figure (1000多万)
        if not any(ch in lex.numeral_digits or ch in lex.numeral_units for ch in match.group()):
            continue
        numeral = read_numeral(text, start, end, lex)
        if numeral is None:
            continue
        value, exponent, magnitude, stop = numeral
        mark = None
        cursor = stop
        if more_at(text, cursor, lex):
            mark = (cursor, cursor + 1)  # 三十多億元
            cursor += 1
            while cursor < len(text) and text[cursor] in lex.east_large:
                magnitude += lex.east_large[text[cursor]]
                cursor += 1
        found_currency = suffix(text, cursor, lex, True)
        if found_currency is None:
            continue
        surface, fig_end = found_currency
        if surface.text in lex.generic_units:
            surface, fig_end = _unit_then_name(text, (surface, fig_end), lex)
        mag_start = next((i for i in range(start, stop) if text[i] in lex.east_large), stop)
        mag_text = text[mag_start:cursor] if magnitude else None
        found.append(
            Figure(
                start,
                fig_end,
                value,
                exponent,
                surface,
                match.group(),
                magnitude,
                mag_text,
                mark,
                floor=floor,
                written="numerals",
            )
        )
        floor = fig_end
    return found


def merge(figures: list[Figure], others: list[Figure]) -> list[Figure]:
    """Two scans' figures in text order; a figure of ``others`` that overlaps one of
    ``figures`` gives way, but for one of words that holds a figure's digits and
    more (``3 and a half million dollars``, ``one lakh 20 thousand crore``: see
    :meth:`.words.WordScanner._lead` and :meth:`.words.WordScanner._parts_before`),
    which takes its place. Each figure's ``floor`` is set again."""
    if not others:
        return figures
    kept: list[Figure] = []
    replaced: set[int] = set()
    i = 0
    for other in others:  # both lists are in order and without overlaps: one walk
        while i < len(figures) and figures[i].end <= other.start:
            i += 1
        if i < len(figures) and figures[i].start < other.end:
            figure = figures[i]
            if not (
                other.written == "words"
                and figure.written == "digits"
                and figure.start >= other.start
                and figure.end <= other.end
                and (figure.start, figure.end) != (other.start, other.end)
                and (i + 1 == len(figures) or figures[i + 1].start >= other.end)
            ):
                continue
            replaced.add(i)
        kept.append(other)
    if not kept:
        return figures
    if replaced:
        figures = [f for j, f in enumerate(figures) if j not in replaced]
    merged = sorted([*figures, *kept], key=lambda f: f.start)
    out = []
    floor = 0
    for figure in merged:
        out.append(figure if figure.floor == floor else _with_floor(figure, floor))
        floor = figure.end
    return out


def _with_floor(figure: Figure, floor: int) -> Figure:
    """``figure._replace(floor=floor)`` without its keyword parsing: a text dense
    with figures of words sets one floor per figure."""
    return _new(Figure, (*figure[:_FLOOR], floor, *figure[_FLOOR + 1 :]))


#: The index of ``floor`` among a Figure's fields.
_FLOOR = Figure._fields.index("floor")


def digit_facts(raw: str) -> str:
    """What :func:`figure_at` reads of a number's digits beyond their value: the run
    with its non-zero digits as ``1`` (its length, separators and zeros: ``0,500``
    reads unlike ``1,500``), then ``v`` for a picture height (``720p``) and ``y`` for a
    year (``Pesos 2025``). Two runs with the same facts, in the same text around
    them, make figures alike but for their value."""
    if raw.isascii():  # bytes translate in C, several times faster than str's
        shape = raw.encode().translate(_BYTES_SHAPE).decode()
    else:
        shape = raw.translate(_SHAPE)
    if len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199:
        return shape + "y"
    if raw in _VIDEO_HEIGHTS:
        return shape + "v"
    return shape


_SHAPE = str.maketrans("23456789", "11111111")
_BYTES_SHAPE = bytes.maketrans(b"23456789", b"11111111")


def single(text: str, lex: Lexicon) -> Figure | bool | None:
    """The scan of a text with one number: its figure (or ``None``: no figure), or
    ``False`` when the text has more than one number and must be scanned whole.

    This is the scan's early exit for a figure alone (most prices: ``$119.00``,
    ``22,90 €``, ``Price: $119.00``), not a second reader: the figure comes from
    :func:`figure_at` with the arguments :func:`scan` would pass it, so it is the
    figure the whole scan finds. What is skipped is the search for other numbers,
    which is not needed when the text has one run of digits; Chinese numerals and
    words written as numbers are the caller's to rule out.
    """
    match = NUMBER.search(text)
    if match is None:
        return False
    start, end = match.span()
    if _DIGIT.search(text, end) is not None:
        return False  # a second number
    raw = match.group()
    reading = read_number(raw, lex.numbers) if " " in raw else None
    if reading is None and " " in raw:
        return False  # the scan splits the run at its spaces
    return figure_at(text, raw, start, end, lex, 0, len(text), reading)


_DIGIT = re.compile(r"\d")
