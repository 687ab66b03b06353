"""One figure alone: the shortcut :func:`~fxnorm.parsing.parse` takes for a short text
whose only number is a whole figure.

Most calls of ``parse`` read a price or a figure on its own (``$119.00``,
``22,90 €``, ``ARS 25,960``, ``Price: $119.00``): one number, at most a code or
symbol on each side, nothing after it. The general path (scan every run,
annotate, merge ranges, read the document's context) costs several
microseconds for that; this one costs a regex search, one memoised probe per
side and the number's reading.

It is a shortcut, not a second parser, and decides nothing of its own: the
currency before and after the number is found by the scanner's functions
(``_currency_before``, ``_currency_after``), the number is read by
:func:`~fxnorm.parsing.numbers.read_number` and the currency's home format,
the qualifier test is :func:`~fxnorm.parsing.qualifiers.match_before`. What it
adds is knowing when nothing else can matter: a single numeric run, no
magnitude word (after the number, or anywhere for the number-word pass of
:mod:`.words`), no currency noun before the figure (that pass reads ``five
dollars``), no percent sign, nothing but spaces after the figure and no
qualifier before it. A text that does not fit returns ``None`` and the
general path reads it (``19€99``, the euro sign as decimal separator, holds two
runs of digits: the general path reads it as 19.99 EUR). The probes depend
only on the characters they look at and on the locale, so their answers are
memoised per locale and text.

``tests/test_parse_quick.py`` checks that both paths give equal mentions on
every string of the test table, on the corpus and on generated texts.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .grammar import (
    _PERCENT,
    _PERCENT_FIRST,
    _SPACES,
    NUMBER,
    _currency_after,
    _currency_before,
    _magnitude,
    _may_start,
    _reread,
    _surface,
    name_may_precede,
)
from .lexicon import Lexicon, Surface
from .matching import is_letter
from .numbers import read_number
from .qualifiers import match_before
from .words import word_scanner

__all__ = ["Alone", "single_figure"]

#: A figure alone: (start, end, value, exponent of its last digit, currency or None)
Alone = tuple[int, int, Decimal, int, Surface | None]

#: Longer texts are not single prices: the general path reads them.
MAX_LENGTH = 80

_DIGIT = re.compile(r"\d")

#: (locale, last characters before the number) -> what ``_currency_before`` finds
#: there: the surface and how far before the number it starts
_BEFORE: dict[tuple[str, str], tuple[Surface, int] | None] = {}
#: (locale, text after the number) -> what ``_currency_after`` finds there, if it covers it
_AFTER: dict[tuple[str, str], tuple[Surface, int] | None] = {}
_MEMO_SIZE = 4096


def _prefix(lex: Lexicon, text: str, start: int) -> tuple[Surface, int] | None:
    """The code or symbol ending at ``start`` or one space before it (as the scanner
    finds it), and where it starts.

    The scanner reads back at most the longest symbol, one space and the
    character before the symbol (a letter there unglues it), so the answer
    depends on those characters alone and is memoised on them: a label before
    the price (``Price: $``) does not make it a new question.
    """
    window = text[max(0, start - lex.before_words.longest - 2) : start]
    key = (lex.locale, window)
    try:
        found = _BEFORE[key]
    except KeyError:
        found = _currency_before(window, len(window), lex, 0, is_letter(window[-1]))
        if found is not None:
            found = found[0], len(window) - found[1]
        if len(_BEFORE) >= _MEMO_SIZE:
            _BEFORE.clear()
        _BEFORE[key] = found
    if found is None:
        return None
    return found[0], start - found[1]


def _suffix(lex: Lexicon, after: str) -> tuple[Surface, int] | None:
    """The currency word that ``after`` is, exactly (as the scanner finds it), or ``None``."""
    key = (lex.locale, after)
    try:
        return _AFTER[key]
    except KeyError:
        pass
    found = _currency_after(after, 0, lex, lex.linked_numbers)  # ro: 4.050 de lei
    if found is not None and found[1] != len(after):
        found = None  # more than a currency follows: not a figure alone
    if len(_AFTER) >= _MEMO_SIZE:
        _AFTER.clear()
    _AFTER[key] = found
    return found


def single_figure(text: str, lex: Lexicon) -> Alone | None:
    """The figure of ``text`` when it is its only number and nothing around it
    can change what it means, else ``None`` (the general path decides).

    The tests come cheapest first (memoised lookups before reading the number),
    so a text the shortcut cannot take costs little before the general path.
    """
    if len(text) > MAX_LENGTH:
        return None
    match = NUMBER.search(text)
    if match is None:
        return None
    start, end = match.span()
    if _DIGIT.search(text, end) is not None:
        return None  # a second number
    # The scanner's tests on the characters next to the number.
    before = text[start - 1] if start else ""
    if before in (",", "-"):
        return None
    after = text[end] if end < len(text) else ""
    if after in _PERCENT_FIRST and (after in "%％‰" or _PERCENT.match(text, end) is not None):
        return None
    rest = text[end:].rstrip()
    suffix = None
    if rest:
        found = _suffix(lex, rest)
        if found is None:
            return None  # more than a currency after the number
        if _may_start(text, end, lex.magnitude_words.firsts) and _magnitude(text, end, lex):
            return None
        suffix = found[0], end + found[1]
    prefix = None
    symbol_ends = lex.before_words.last_chars
    if before in symbol_ends or (
        before in _SPACES and start > 1 and text[start - 2] in symbol_ends
    ):
        prefix = _prefix(lex, text, start)
    if prefix is None and (before == "." or is_letter(before)):
        return None  # 1.2.3, Qwen3: no figure here, or not one the shortcut knows
    if suffix is None and prefix is None and name_may_precede(text, start, lex):
        return None  # maybe a name before the number (es, pt: pesos 500): the scanner decides
    surface, fig_start, fig_end = _surface(prefix, suffix, start, end)
    if surface is not None and surface.scale:
        return None  # 50 cents: a fraction of the unit, which the general path scales
    if end + len(rest) != fig_end:
        return None  # something other than the figure after it
    if fig_start and (text[:fig_start].strip() and match_before(text, fig_start) is not None):
        return None  # a qualifier: "about $5"
    words = word_scanner(lex)
    if words is not None:
        if words.anchor.search(text) is not None:
            return None  # a magnitude word: number words may make a figure (mil pesos)
        # a currency noun after a word, before the figure: five dollars, $5 (the noun
        # pattern is compiled on first use: not for a figure at the start)
        if (
            fig_start > 3
            and (noun := words.noun) is not None
            and noun.search(text, 0, fig_start) is not None
        ):
            return None
    raw = match.group()
    reading = read_number(raw, lex.numbers)
    if reading is None and " " in raw:
        return None  # the scanner splits this run at its spaces: several numbers
    if surface is not None and len(surface.codes) == 1:
        reading = _reread(raw, reading, surface.codes[0], False)
    if reading is None or reading.value.adjusted() >= 30:
        return None
    return fig_start, fig_end, reading.value, reading.exponent, surface
