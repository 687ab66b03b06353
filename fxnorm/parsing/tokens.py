"""Tokens next to a number: what starts or ends at a position of the text.

The scanner (:mod:`.figures`) anchors on numbers and asks this module what
surrounds each one: a currency code, symbol or name before or after it, a
magnitude word after it, a percent sign, a "no cents" mark, a linking ``de``.
Every function here answers for one position with a bounded number of probes
(tries of :mod:`.matching`, one-character tests first), reads nothing else, and
returns the token with its span; it decides nothing about what the figure
means. The word pass (:mod:`.words`) and the shortcut for a figure alone use
the same functions, so a token is found the same way on every path.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .lexicon import Lexicon, Magnitude, Surface
from .matching import fold
from .numbers import RUN_SEPARATORS, NumberFormat, Reading, read_number

__all__ = [
    "LAST_WORD",
    "NUMBER",
    "RUN_TAIL",
    "SPACES",
    "cents_after_euro",
    "combine",
    "counts_or_dates",
    "currency_after",
    "currency_before",
    "dotted_symbol",
    "inside_currency",
    "magnitude_at",
    "may_start",
    "name_before",
    "name_may_precede",
    "no_cents",
    "percent_after",
    "percent_word",
    "skip_space",
    "suffix",
    "symbol_ending_at",
]

#: After the first digit of a numeric run: the rest of it.
RUN_TAIL = r"\d*(?:(?:[" + RUN_SEPARATORS + r"]|\x20(?=\d{3}(?!\d)))\d+)*"
NUMBER = re.compile(r"\d" + RUN_TAIL)

SPACES = frozenset(" \u00a0\u202f\u2009\u2007\t")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# The last word of a window (searched in the window alone: the lookbehind
# starts a match only where a word starts, so the search stays linear).
LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[\s.,]{0,2}$")


def skip_space(text: str, pos: int) -> int:
    """``pos``, or one past it when a space is there."""
    if pos < len(text) and text[pos] in SPACES:
        return pos + 1
    return pos


def percent_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a percent sign or word follows the number ending at ``end``."""
    after = text[end] if end < len(text) else ""
    return after in lex.percent_firsts and (after in "%％‰" or percent_word(text, end, lex))


def percent_word(text: str, end: int, lex: Lexicon) -> bool:
    """Whether ``lex.percent`` matches at ``end`` (where a percent word or a space
    is): after a space, an ASCII character no percent word or sign starts with
    (``in 2025``), or two no word starts with (``380 billion``), say no without
    the regex."""
    if text[end : end + 1] in _PERCENT_SPACES:
        ahead = text[end + 1 : end + 2]
        if ahead.isascii():
            if ahead not in _ascii_starts(lex.percent_firsts):
                return False
            # two characters no percent word starts with (``billion``), nor a sign
            pair = text[end + 1 : end + 3]
            if (
                len(pair) == 2
                and pair.isascii()
                and pair not in lex.percent_pairs
                and ahead not in lex.percent_alone
            ):
                return False
    return lex.percent.match(text, end) is not None


#: The spaces the percent pattern allows before its sign or word.
_PERCENT_SPACES = frozenset(" \u00a0\u202f")


@lru_cache(maxsize=64)
def _ascii_starts(firsts: frozenset[str]) -> frozenset[str]:
    """The ASCII characters that a case-insensitive pattern whose alternatives start
    with ``firsts`` may start a match with (as ``re`` folds case: ``K`` for ``k``)."""
    start = re.compile("[" + "".join(map(re.escape, sorted(firsts))) + "]", re.IGNORECASE)
    return frozenset(ch for ch in map(chr, range(128)) if start.match(ch))


def magnitude_at(text: str, pos: int, lex: Lexicon) -> tuple[Magnitude, int, int] | None:
    """A magnitude word at ``pos``, glued or after one space; (word, start, end)."""
    if pos >= len(text):
        return None
    start = pos
    words = lex.magnitude_words
    firsts = words.firsts  # no word starts elsewhere: the lookup is not made
    gap = text[pos]
    found = words.match(text, pos) if gap.lower() in firsts else None
    if found is None:
        if gap not in SPACES and gap != "-":
            return _magnitude_before_currency(text, pos, lex) if gap in lex.magnitudes else None
        start = pos + 1
        found = words.match(text, start) if text[start : start + 1].lower() in firsts else None
        if found is None and gap != "-" and text[start : start + 1] in lex.magnitudes:
            return _magnitude_before_currency(text, start, lex)
        if found is None or (gap == "-" and len(found[0]) <= 2 and not _capital(text, found)):
            return None  # "$50-a", "12-mo": a hyphen before a letter is no magnitude
    word, stop = found
    return lex.magnitudes[word], start, stop


def _capital(text: str, found: tuple[str, int]) -> bool:
    """Whether a short magnitude word after a hyphen is the press's capital letter,
    standing alone: the Philippine press's ``P12-B``, ``₱375-B`` (billion)."""
    word, stop = found
    return word.isupper() and not text[stop : stop + 1].isalnum()


def _magnitude_before_currency(
    text: str, start: int, lex: Lexicon
) -> tuple[Magnitude, int, int] | None:
    """A one-letter magnitude at ``start`` glued to a code or symbol: CLDR's compact
    currency formats write ``1,23 MUS$`` (es) and ``1.23 MUSD`` (es_MX) for a million
    dollars, the French press ``0,2 G$``. Not when the letters begin a currency word of
    their own (``MMK``, ``T$``, ``B/.``)."""
    stop = start + 1
    magnitude = lex.magnitudes.get(text[start])
    if magnitude is None or stop >= len(text):
        return None
    currency = lex.after_words.match(text, stop)
    if currency is None or lex.after[currency[0]].kind == "name":
        return None
    own = lex.after_words.match(text, start)
    if own is not None and own[1] >= currency[1]:
        return None
    return magnitude, start, stop


def inside_currency(text: str, mag: tuple[Magnitude, int, int], lex: Lexicon) -> bool:
    """Whether the magnitude word is the start of a longer currency word: ``NT`` is
    nghìn tỷ (1e12) in Vietnamese, but ``1,00 NT$`` is one Taiwan dollar; ``K`` is a
    thousand, ``1 KSh`` one Kenyan shilling; ``T``, ``1 T$`` one pa'anga."""
    _, start, stop = mag
    found = lex.after_words.match(text, start)
    return found is not None and found[1] > stop


def currency_after(
    text: str, pos: int, lex: Lexicon, linked: bool, looked_up: tuple[str, int] | None = None
) -> tuple[Surface, int] | None:
    """The currency word at ``pos`` (or one space or hyphen after it: ``a 20-euro
    note``, ``10-billion-dollar``, ``50-Euro-Schein``), or after a linking word
    (``de``, ``d'``, ``di``) when ``linked``; (surface, end).

    ``looked_up`` is the lookup of the words after the space at ``pos`` when the
    caller has made it (the word pass finds a currency noun first, then its
    number): the same walk is not made twice."""
    hyphen = pos < len(text) and text[pos] == "-"
    start = pos + 1 if hyphen or (pos < len(text) and text[pos] in SPACES) else pos
    found = lex.after_words.match(text, start) if looked_up is None else looked_up
    if hyphen and found is not None and found[1] < len(text) and text[found[1]].isdecimal():
        return None  # "$22-$23.6 bln", "£10-£20": the next figure's symbol, no compound
    if found is None and linked and lex.links:
        head = text[start : start + 1]
        head = head.lower() if head.isascii() else fold(head)  # fold's, without the call
        # the first character rules most links out, all of them at once most often
        # (every magnitude word of "mil mil mil" asks what follows it)
        links = lex.links if head in lex.link_firsts else ()
        for link in links:
            if link[:1] != head:  # the first character rules most links out
                continue
            stop = start + len(link)
            if fold(text[start:stop]) != link:
                continue
            if link[-1].isalpha():  # "de pesos": a space after the word
                if stop >= len(text) or text[stop] not in SPACES:
                    continue
                stop += 1
            found = lex.after_words.match(text, stop)
            break
    if found is None:
        return None
    word, stop = found
    return lex.after[word], stop


def symbol_ending_at(text: str, end: int, lex: Lexicon, floor: int) -> tuple[Surface, int] | None:
    """The longest code or symbol ending at ``end`` and starting at ``floor`` or later."""
    found = lex.before_words.match(text, end, floor)
    if found is None:
        return None
    symbol, begin = found
    return lex.before[symbol], begin


def currency_before(
    text: str, pos: int, lex: Lexicon, floor: int, glued_only: bool
) -> tuple[Surface, int] | None:
    """A code or symbol ending at ``pos`` (or one space before it), not before ``floor``.

    Each lookup is made only where a word may end (its last character, as in the
    trie's root): most numbers after a space have no glued symbol to walk."""
    ends = lex.before_words.last_chars
    found = None
    if pos > 0 and text[pos - 1] in ends:
        found = symbol_ending_at(text, pos, lex, floor)
    if (
        found is None
        and not glued_only
        and pos > 1
        and text[pos - 1] in SPACES
        and text[pos - 2] in ends
    ):
        found = symbol_ending_at(text, pos - 1, lex, floor)
    return found


def dotted_symbol(text: str, start: int, before: str, lex: Lexicon, floor: int) -> bool:
    """Whether a symbol that ends with a dot is glued to the number (``Cg.1,234.50``,
    ``Rs.1,200``): then the dot before the digits is the symbol's, not a number's."""
    return before == "." and symbol_ending_at(text, start, lex, floor) is not None


def may_start(text: str, end: int, firsts: frozenset[str]) -> bool:
    """Whether a word beginning with one of ``firsts`` (lower-cased) may start at
    ``end`` or one space (or hyphen) after it; ``False`` rules out looking it up."""
    if end >= len(text):
        return False
    ch = text[end]
    if ch.lower() in firsts:
        return True
    if ch in SPACES or ch == "-":
        return end + 1 < len(text) and text[end + 1].lower() in firsts
    return False


def suffix(
    text: str,
    cursor: int,
    lex: Lexicon,
    magnitude: bool,
    looked_up: tuple[str, int] | None = None,
) -> tuple[Surface, int] | None:
    """The currency after a number (and its magnitude words, which end at ``cursor``).

    After a magnitude a linking ``de`` may come first (``millones de pesos``),
    and ``mdd``/``mdp`` name the currency themselves. A symbol or code a space
    after the number and glued to the digits after it begins the next figure
    instead (``in 2020 €5 bought``, ``Between 2019 and 2023 $4 billion``); glued
    on both sides it stays this one's (``19€99``, see :func:`cents_after_euro`).
    ``looked_up``: see :func:`currency_after`.
    """
    found = currency_after(text, cursor, lex, magnitude, looked_up)
    if found is not None:
        stop = found[1]
        if (
            stop < len(text)
            and text[cursor] in SPACES
            and text[stop].isdecimal()
            and symbol_ending_at(text, stop, lex, cursor) is not None
        ):
            return None
    if found is None and magnitude:
        named = _magnitude_name(text, cursor, lex)
        if named is not None:
            found = named, cursor
    return found


def _magnitude_name(text: str, cursor: int, lex: Lexicon) -> Surface | None:
    """A magnitude word ending at ``cursor`` that names the currency too (``mdd``,
    Thai ``ลบ.``, million baht)."""
    names = lex.magnitude_currencies
    if not names:
        return None
    last = text[cursor - 1 : cursor].lower()
    if last not in lex.magnitude_currency_lasts:
        return None  # the last letter rules them all out, as it does most words
    for word, found in names.items():
        if word[-1] == last and fold(text[max(0, cursor - len(word)) : cursor]) == word:
            return found
    return None


def combine(
    prefix: tuple[Surface, int] | None, suffix: tuple[Surface, int] | None, start: int, end: int
) -> tuple[Surface | None, int, int]:
    """The figure's currency, start and end from the currencies before and after it.

    ``start``/``end`` are where the number and its magnitude words begin and end.
    When both name currencies that agree, the more specific one is the figure's
    (``$5 CAD``, ``R$ 10 mil reais``, ``新台幣62.3億元``), both in the span.
    """
    if prefix is None:
        if suffix is None:
            return None, start, end
        return suffix[0], start, suffix[1]
    surface, fig_start = prefix
    if suffix is None:
        return surface, fig_start, end
    after, after_end = suffix
    if surface.kind == "name":
        # a name before the number (pesos 500, 新台幣62.3億元) and a currency after it
        common = tuple(c for c in after.codes if c in surface.codes)
        if not common:
            return after, start, after_end  # the name is another figure's, or none
        if len(common) < len(after.codes):  # 新台幣62.3億元 is TWD, 人民幣62.86億元 CNY
            return Surface(surface.text, common, "name", after.scale), fig_start, after_end
        return after, fig_start, after_end
    if after.codes == surface.codes:  # "$5 $" in digit soup; the general case below agrees
        return after, fig_start, after_end
    common = tuple(c for c in after.codes if c in surface.codes)
    if common and len(after.codes) <= len(surface.codes):
        if len(after.codes) > 1:
            after = Surface(
                after.text,
                tuple(c for c in surface.codes if c in after.codes),
                after.kind,
                after.scale,
            )
        return after, fig_start, after_end
    return surface, fig_start, end


def no_cents(text: str, raw: str, end: int, length: int) -> tuple[Reading, int] | None:
    """A whole price written with a "no cents" mark (``1.299,- €``, ``€ 12,-``,
    ``CHF 1'250.–``), as German, Dutch, Scandinavian and Swiss shops write it:
    the number's reading and where the mark ends, or ``None``.

    The mark is the decimal symbol followed by one dash or two, then no letter
    or digit. Being the decimal symbol, it says how the number reads whatever
    the locale: ``1.299,-`` is 1,299 even on an English page. The amount is
    whole (precision 1).
    """
    mark, dash = text[end], text[end + 1]
    cursor = end + 2
    if cursor < length and text[cursor] == dash:
        cursor += 1
    if cursor < length and text[cursor].isalnum():
        return None  # 5,-6; 12.-x
    reading = read_number(raw, _MARKED_FORMATS[mark])
    if reading is None or reading.exponent != 0:
        return None  # 1,5,-: the mark cannot be the decimal symbol
    return Reading(reading.value, 0, False), cursor


#: The dashes of a whole price's "no cents" mark: ``1.299,-``, ``12,--``, ``12.–``.
NO_CENTS_DASHES = frozenset("-–")
#: The number formats that a "no cents" mark implies: the mark is the decimal symbol.
_MARKED_FORMATS = {",": NumberFormat(",", ".", True), ".": NumberFormat(".", ",", True)}
#: Separators that, followed by a digit, would make two digits after ``€`` part of a
#: longer number (``19€99,5``, ``5€10.000``): then they are no cents.
_DECIMAL_MARKS = frozenset(".,")


def cents_after_euro(text: str, pos: int, reading: Reading) -> tuple[Reading, int] | None:
    """The figure's value with the cents written after a euro sign at ``pos - 1``, and
    where the cents end: ``19€99`` is 19.99 EUR, ``1 235€99`` 1,235.99 EUR, as French
    (and Belgian) shops and flyers write prices, the sign where the decimal comma
    goes; price tags also set the cents a space apart (``35€ 99``).

    Only for a whole number (``19,50€99`` means nothing), and only when exactly
    two digits follow the sign, glued to it or one space after it, and no digit
    (or decimal mark and digit) nor another currency sign goes on after them:
    ``35€ 999``, ``5€ 10€``, ``19€999`` and ``19€9`` stay as they are. Only the
    euro: no other currency sign is written this way in today's prices.
    """
    if reading.exponent != 0:
        return None
    start = pos + 1 if text[pos : pos + 1] == " " else pos
    size = 2
    if start == pos:  # glued: the sign is the decimal mark, whatever the digits (19€9, 1250€600)
        while size < 3 and text[start + size : start + size + 1].isdigit():
            size += 1
        while size > 0 and not text[start : start + size].isdigit():
            size -= 1
    digits = text[start : start + size]
    if not digits or not (digits.isascii() and digits.isdigit()):
        return None
    nxt = text[start + size : start + size + 2]
    if nxt[:1].isdigit() or (nxt[:1] in _DECIMAL_MARKS and nxt[1:2].isdigit()):
        return None
    if start > pos and nxt and (nxt[0] in "€$£¥" or nxt[1:2] in ("€", "$", "£")):
        return None  # 5€ 10€: the next figure
    cents = Decimal(digits).scaleb(-len(digits))
    return Reading(reading.value + cents, -len(digits), False), start + len(digits)


def name_may_precede(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a currency name may end one space before the number at ``start``
    (``pesos 500``) or right before it (``新台幣62.3億元``): the cheap test before
    :func:`name_before` looks."""
    names = lex.names_before
    if names is None or start < 1:
        return False
    if text[start - 1] in names.last_chars:
        return True
    return start > 1 and text[start - 1] in SPACES and text[start - 2] in names.last_chars


def name_before(
    text: str, start: int, end: int, raw: str, lex: Lexicon, floor: int
) -> tuple[Surface, int] | None:
    """A currency name before the number (``pesos 500``, ``dólares 1.500``, as Latin
    American and Iberian text sometimes writes it; ``新台幣62.3億元``, ``日幣150億元``,
    glued, as Chinese writes the currency of a figure whose unit is the generic 元);
    only where nothing ties the name to an earlier figure (``500 pesos 20 dólares``:
    the previous figure's end is ``floor``, and a number or magnitude word right
    before the name claims it too) and the number is neither a year (``Pesos 2025``)
    nor a count of something else (``dólares 20 años``)."""
    names = lex.names_before
    assert names is not None
    glued = start > 0 and text[start - 1] not in SPACES
    found = names.match(text, start if glued else start - 1, floor)
    if found is None:
        return None
    name, begin = found
    if not glued and len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199:
        return None
    prev = LAST_WORD.search(text[max(floor, begin - 16) : begin])
    if prev is not None and (fold(prev.group(1)) in lex.magnitudes or prev.group(1) == "de"):
        return None  # "mil pesos 20", "millones de pesos 20": the name is taken
    gap = text[max(floor, begin - 2) : begin]
    if any(ch.isdigit() for ch in gap):
        return None
    if not glued and counts_or_dates(text, start, end, lex):
        return None
    surface = lex.after.get(fold(name))
    if surface is None:
        return None
    return surface, begin


def counts_or_dates(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a unit word or a month follows the number, or a month precedes it."""
    nxt = _WORD.match(text, skip_space(text, end))
    if nxt is not None:
        word = nxt.group().lower()
        if word in lex.counts or word in lex.months:
            return True
    prev = LAST_WORD.search(text[max(0, start - 14) : start])
    return prev is not None and prev.group(1).lower() in lex.months
