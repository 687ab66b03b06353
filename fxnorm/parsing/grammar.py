"""The scanner: find every figure in a text, in one left-to-right pass.

A *figure* is ``[currency] number [magnitude] [currency]``: ``US$3.2 billion``,
``380 billion yuan``, ``25,960 ARS``, ``3800亿元``, ``R$ 10 mil``. Numbers are
found with one regular expression whose repetition is separator-then-digits,
so it cannot backtrack; currency words and magnitude words are then looked up
next to each number in tries (:mod:`.matching`), after a one-character test
that rules most lookups out. Every position of the text is looked at a
bounded number of times, so scanning is linear.

Speed matters here (the parser reads whole articles and millions of short
prices): the common case, a number with nothing or a single symbol next to
it, takes a handful of dictionary probes, and when only figures with a
currency are wanted (``extract`` without ``default_currency``) runs of digits
that nothing touches are skipped by the regular expression itself.

What is *not* a figure is decided here too: digits glued to letters
(``Qwen3``, ``V3.1``, ``Tau2``, ``3D``) or to a percent sign, and numbers with
no reading in the locale. Whether a bare number (no currency) is kept is the
caller's choice; :class:`Figure` records the hints (year, date, unit word) that
help it decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from .lexicon import (
    HOME_NUMBER_LOCALE,
    MAGNITUDE_CURRENCY,
    Lexicon,
    Magnitude,
    Surface,
)
from .matching import fold
from .number_words import LANGUAGES, VALUE
from .numbers import EXACT, NumberFormat, Reading, number_format, read_number
from .qualifiers import match_after, match_before

__all__ = ["Figure", "annotate", "scan"]

#: After the first digit of a numeric run: the rest of it.
_RUN_TAIL = r"\d*(?:(?:[.,'’\u00a0\u202f\u2009\u2007]|\x20(?=\d{3}(?!\d)))\d+)*"
NUMBER = re.compile(r"\d" + _RUN_TAIL)

_SPACES = frozenset(" \u00a0\u202f\u2009\u2007\t")
_PERCENT = re.compile(
    r"[ \u00a0\u202f]?(?:%|％|‰|percent\b|per cent\b|por ciento\b|por cento\b|pour cent\b"
    r"|prozent\b|pct\b|pp\b|bps\b|basis points\b|个百分点|百分点)",
    re.IGNORECASE,
)
_LINKS = ("de ", "d'", "d’", "de\u00a0", "di ")

#: Words that, right after a bare number, say it counts something else.
UNIT_WORDS = frozenset(
    [
        "years",
        "year",
        "yrs",
        "days",
        "day",
        "months",
        "month",
        "weeks",
        "week",
        "hours",
        "hour",
        "minutes",
        "minute",
        "seconds",
        "people",
        "persons",
        "employees",
        "workers",
        "staff",
        "users",
        "customers",
        "members",
        "parameters",
        "params",
        "tokens",
        "times",
        "percent",
        "pct",
        "points",
        "ghz",
        "mhz",
        "khz",
        "hz",
        "gb",
        "mb",
        "kb",
        "tb",
        "gw",
        "mw",
        "kw",
        "kwh",
        "twh",
        "km",
        "kg",
        "mm",
        "cm",
        "m2",
        "sq",
        "tonnes",
        "tons",
        "barrels",
        "bpd",
        "units",
        "shares",
        "stores",
        "cars",
        "vehicles",
        "models",
        "chips",
        "gpus",
        "countries",
        "cities",
        "companies",
        "firms",
        "banks",
        "miles",
        "feet",
        "pounds-weight",
        "años",
        "año",
        "meses",
        "dias",
        "días",
        "personas",
        "empleados",
        "ans",
        "jours",
        "mois",
        "personnes",
        "jahre",
        "jahren",
        "tage",
        "monate",
        "menschen",
        "x",
    ]
)

MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "janeiro",
        "fevereiro",
        "março",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "januar",
        "februar",
        "märz",
        "juni",
        "juli",
        "oktober",
        "dezember",
    ]
)

_MIL_BEFORE = re.compile(r"(?:^|[^\w])(mil)[ \u00a0]\Z", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Characters that may begin what :data:`_PERCENT` matches: a cheap test first.
_PERCENT_FIRST = frozenset(" \u00a0\u202f%％‰pPbB个百")


class Figure:
    """One figure as scanned, before ranges, pairs and currency resolution."""

    __slots__ = (
        "chained",
        "end",
        "exponent",
        "floor",
        "high",
        "high_exponent",
        "mag_exponent",
        "mag_text",
        "qualifier",
        "qualifier_span",
        "raw",
        "start",
        "surface",
        "unit_after",
        "value",
        "year_like",
    )

    def __init__(
        self,
        start: int,
        end: int,
        value: Decimal,
        exponent: int,
        surface: Surface | None = None,
        floor: int = 0,
        raw: str = "",
    ) -> None:
        self.start = start
        self.end = end
        self.value = value  # the number as written, before the magnitude
        self.exponent = exponent  # exponent of its last stated digit
        self.mag_exponent = 0
        self.mag_text: str | None = None
        self.surface = surface
        self.qualifier: str | None = None
        self.qualifier_span: tuple[int, int] | None = None
        self.high: Decimal | None = None  # high end of a range, before magnitude
        self.high_exponent = 0
        self.chained = False  # glued to / : - digits (dates, times, phone numbers)
        self.year_like = False
        self.unit_after = False  # followed by a word that counts something else
        self.floor = floor  # where the previous figure ended
        self.raw = raw  # the digits as written

    @property
    def amount(self) -> Decimal:
        if not self.mag_exponent:
            return self.value
        return self.value.scaleb(self.mag_exponent, EXACT)


#: East Asian units written after digits. Small ones count inside a group of
#: four digits; large ones close the group (``2천5백억`` is 2500 x 10^8,
#: ``1억 5천만`` is 10^8 + 5000 x 10^4), and follow each other (``万亿``) to compose.
_EA_SMALL = {"千": 3, "百": 2, "천": 3, "백": 2}
_EA_LARGE = {"万": 4, "萬": 4, "만": 4, "亿": 8, "億": 8, "억": 8, "兆": 12, "조": 12}
#: "-odd, a little over" written inside an East Asian number, after its digits or
#: one of its units: Korean 여 (``56억4천여만 원``, ``20여만 달러``, ``1조여 원``),
#: Chinese 多 and 余/餘 (``3000多万元``, ``1亿多元``, ``2600余万元``). The figure is
#: the number as stated (56억4천만) and reads as ``more_than``, like ``X-plus``;
#: its last stated digit is the unit before the mark (천 in 4천여만: 10^7).
_EA_MORE = frozenset("여多余餘")
#: Every character that may follow the digits of an East Asian number.
_EA_AFTER = frozenset(_EA_SMALL) | frozenset(_EA_LARGE) | _EA_MORE


def _more_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether an "-odd" mark (:data:`_EA_MORE`) at ``pos`` belongs to the number
    before it: a large unit follows it (``20여만``, ``3천여억``) or the number ends
    there, before a currency (``1亿多元``, ``30억여원``), a space or punctuation
    (``1조여 원``). Before another word (``20여명``, ``제1여객터미널``) the
    syllable is no mark of the figure's."""
    if pos >= len(text) or text[pos] not in _EA_MORE:
        return False
    nxt = pos + 1
    if nxt >= len(text):
        return True
    ch = text[nxt]
    return ch in _EA_LARGE or not ch.isalnum() or lex.after_words.match(text, nxt) is not None


def _east_asian(
    text: str, end: int, lex: Lexicon, first: Reading
) -> tuple[Decimal, int, int, int, int] | None:
    """A number written in East Asian groups after the digits ``first`` that end at
    ``end``: ``67억4천500만``, ``1억 5천만``, ``2천5백억``, ``1亿5千万``, ``442億9,600万``,
    and numbers with an "-odd" mark (:data:`_EA_MORE`): ``56억4천여만``, ``3천여억``,
    ``100多元``.

    Returns (amount, exponent of its last stated digit, exponent of its largest
    unit, where it ends, where its "-odd" mark is or -1), or ``None`` for a single
    group without a mark (``3800亿``, ``5조``: the scanner's usual magnitude
    reading). A larger unit after a smaller one (``1억 5천만 2억``) starts the
    next figure. Later groups are whole numbers glued to the previous unit or
    one space after it, each followed by a unit, so a year or a count after a
    figure stays out. Nothing but large units follows a mark: it ends the
    stated digits (``56억4천여만``: 여 after 천, then 만).
    """
    length = len(text)
    total = group = Decimal(0)
    term: Decimal | None = first.value
    term_exp = first.exponent  # of the term's last stated digit
    last_exp = first_unit = largest = 0
    previous_large = 99
    terms = 0
    more = -1  # where the "-odd" mark is
    pos = end
    before_term = (total, group, last_exp, end)  # the state before the term being read
    while True:
        if term is not None and term_exp == 0 and _more_at(text, pos, lex):
            more, pos = pos, pos + 1  # 20여만, 3000多万, 100多元
        small = _EA_SMALL.get(text[pos]) if pos < length and more < 0 else None
        if small is not None and term is not None:
            group += term.scaleb(small, EXACT)
            last_exp, term = term_exp + small, None
            first_unit = first_unit or small
            pos += 1
            if _more_at(text, pos, lex):
                more, pos = pos, pos + 1  # 3천여억, 3千多元
        large = 0
        while pos < length and text[pos] in _EA_LARGE:  # 万亿: units compose
            large += _EA_LARGE[text[pos]]
            pos += 1
        if large:
            if large >= previous_large:  # 1억 5천만 2억: the next figure starts here
                total, group, last_exp, pos = before_term
                term, more = None, -1  # that term, and a mark in it, are the next figure's
                break
            if term is not None:
                group += term
                last_exp, term = term_exp, None
            total += group.scaleb(large, EXACT)
            group = Decimal(0)
            last_exp += large
            first_unit = first_unit or large
            largest = max(largest, large)
            previous_large = large
            if more < 0 and _more_at(text, pos, lex):
                more, pos = pos, pos + 1  # 1조여 원, 1亿多元
        terms += 1
        if more >= 0:
            break  # no digit is stated after the mark
        nxt = pos + 1 if pos < length and text[pos] in _SPACES else pos
        match = NUMBER.match(text, nxt)
        if match is None or terms > 8:
            break
        stop = match.end()
        if stop >= length or (
            text[stop] not in _EA_SMALL
            and text[stop] not in _EA_LARGE
            and not (text[stop] in _EA_MORE and text[stop + 1 : stop + 2] in _EA_LARGE)
        ):
            break
        reading = read_number(match.group(), lex.numbers)
        if reading is None or reading.exponent:
            break
        before_term = (total, group, last_exp, pos)
        term, term_exp, pos = reading.value, 0, stop
    if terms < 2 and more < 0:
        return None
    if term is not None:  # 100多元: the mark follows the digits, no unit
        group += term
        last_exp = term_exp
    total += group  # 3억 2천: the last group counts units
    return total, last_exp, largest or first_unit, pos, more


def _compound(
    text: str, pos: int, lex: Lexicon, first: int
) -> tuple[Reading, int, int, int] | None:
    """A second number and magnitude right after the first magnitude.

    A smaller magnitude follows (``1 trilyon 421 milyar``; :func:`_figure` asks
    again for a third and further parts, each below the last), or Mexican
    Spanish ``36 mil 153 millones`` (``mil`` then a larger unit). Returns
    (reading, exponent, start, end) of the second part. East Asian units glued
    to their digits (``442億9,600万``, ``1억 5천만``) are read by
    :func:`_east_asian` instead: there small units count inside a group.
    """
    start = _skip_space(text, pos)
    match = NUMBER.match(text, start)
    if match is None or (start == pos and text[pos - 1].isascii()):
        return None
    reading = read_number(match.group(), lex.numbers)
    if reading is None or reading.exponent:
        return None
    mag = _magnitude(text, match.end(), lex)
    if mag is None:
        return None
    second = mag[0].exponent
    if first > second and reading.value.adjusted() + second < first:
        return reading, second, start, mag[2]
    if first < second and first == 3 and reading.value.adjusted() < first:
        return reading, second, start, mag[2]
    return None


def _units_part(
    text: str, pos: int, lex: Lexicon, last: int
) -> tuple[tuple[Reading, int, int, int], tuple[Surface, int]] | None:
    """The units after a magnitude, then the currency: Mexican Spanish writes
    ``6 mil 200 pesos`` (6,200 MXN) and ``3 mil 600 pesos``. The part is whole,
    below the last magnitude (``2 mil 1500 pesos`` is no such figure), one space
    after it, and a currency must follow it (``2 mil 500 personas`` is a count,
    not 2,500 of anything). Returns the part as :func:`_compound` does (its
    exponent 0) and the currency after it."""
    start = _skip_space(text, pos)
    if start == pos or not last:
        return None
    match = NUMBER.match(text, start)
    if match is None:
        return None
    reading = read_number(match.group(), lex.numbers)
    if reading is None or reading.exponent or reading.value.adjusted() >= last:
        return None
    suffix = _suffix(text, match.end(), lex, lex.linked_numbers)
    if suffix is None:
        return None
    return (reading, 0, start, match.end()), suffix


def _combine(
    reading: Reading, first: int, compound: tuple[Reading, int, int, int]
) -> tuple[Decimal, int, int]:
    """Value, last-digit exponent and magnitude of a compound figure."""
    second_reading, second, _, _ = compound
    if first > second:
        value = EXACT.add(reading.value, second_reading.value.scaleb(second - first, EXACT))
        return value, min(reading.exponent, second - first), first
    value = EXACT.add(reading.value.scaleb(first, EXACT), second_reading.value)
    return value, 0, second


def _skip_space(text: str, pos: int) -> int:
    if pos < len(text) and text[pos] in _SPACES:
        return pos + 1
    return pos


def _magnitude(text: str, pos: int, lex: Lexicon) -> tuple[Magnitude, int, int] | None:
    """A magnitude word at ``pos``, glued or after one space; (word, start, end)."""
    if pos >= len(text):
        return None
    start = pos
    found = lex.magnitude_words.match(text, pos)
    if found is None:
        gap = text[pos]
        if gap not in _SPACES and gap != "-":
            return _magnitude_before_currency(text, pos, lex) if gap in lex.magnitudes else None
        start = pos + 1
        found = lex.magnitude_words.match(text, start)
        if found is None and gap != "-" and text[start : start + 1] in lex.magnitudes:
            return _magnitude_before_currency(text, start, lex)
        if found is None or (gap == "-" and len(found[0]) <= 2):
            return None  # "$50-60": a hyphen before a letter is no magnitude
    word, stop = found
    return lex.magnitudes[word], start, stop


def _magnitude_before_currency(
    text: str, start: int, lex: Lexicon
) -> tuple[Magnitude, int, int] | None:
    """A one-letter magnitude at ``start`` glued to a code or symbol: CLDR's compact
    currency formats write ``1,23 MUS$`` (es) and ``1.23 MUSD`` (es_MX) for a million
    dollars. Not when the letters begin a currency word of their own (``MMK``).
    Tried only where no magnitude word was found and a magnitude letter is there."""
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


def _currency_after(text: str, pos: int, lex: Lexicon, linked: bool) -> tuple[Surface, int] | None:
    start = pos + 1 if pos < len(text) and text[pos] in _SPACES else pos  # _skip_space, inlined
    found = lex.after_words.match(text, start)
    if found is None and linked:
        lowered = text[start : start + 4].lower()
        for link in _LINKS:
            if lowered.startswith(link):
                found = lex.after_words.match(text, start + len(link))
                break
    if found is None:
        return None
    word, stop = found
    return lex.after[word], stop


def _currency_before(
    text: str, pos: int, lex: Lexicon, floor: int, glued_only: bool
) -> tuple[Surface, int] | None:
    """A code or symbol ending at ``pos`` (or one space before it), not before ``floor``."""
    found = _symbol_ending_at(text, pos, lex, floor)
    if found is None and not glued_only and pos > 0 and text[pos - 1] in _SPACES:
        found = _symbol_ending_at(text, pos - 1, lex, floor)
    return found


def _symbol_ending_at(text: str, end: int, lex: Lexicon, floor: int) -> tuple[Surface, int] | None:
    """The longest code or symbol ending at ``end`` and starting at ``floor`` or later."""
    found = lex.before_words.match(text, end, floor)
    if found is None:
        return None
    symbol, begin = found
    return lex.before[symbol], begin


def _reread(raw: str, reading: Reading | None, code: str | None, magnitude: bool) -> Reading | None:
    """Read again in the currency's home format when the locale's reading fails
    or gives more decimals than the currency has (``AR$ 25.960`` in ``en``)."""
    if code is None:
        return reading
    if reading is not None:
        if magnitude or not reading.lone or reading.exponent != -3:
            return reading
        from .. import currencies

        if currencies.minor_units(code) >= 3:
            return reading
    home = HOME_NUMBER_LOCALE.get(code)
    if home is None:
        return reading
    again = read_number(raw, number_format(home))
    return again if again is not None else reading


#: Characters after which no word goes on (a magnitude word there is no currency's start).
_ENDS_WORD = frozenset(" \u00a0\u202f\u2009\u2007\t\n.,;:!?)]）")

#: Characters next to a number that may link it to another figure (ranges).
_LINKING = frozenset("-–—~～至到")


def _plain_bare(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether nothing next to the number can make it more than a bare number.

    Checks one character on each side (past one space): no currency can end,
    and no currency, magnitude, percent sign or range link can start, there.
    """
    length = len(text)
    if end + 1 < length and text[end] in ",." and text[end + 1] in _NO_CENTS_DASHES:
        return False  # 1.299,- €
    nxt = end + 1 if end < length and text[end] in _SPACES else end
    if nxt < length:
        ch = text[nxt]
        if ch.isalpha() or ch in "%％‰" or ch.lower() in lex.word_starts:
            return False
        if ch in _LINKING and _has_currency_hint(text[nxt : nxt + 16], lex):
            return False
    prv = start - 2 if start > 1 and text[start - 1] in _SPACES else start - 1
    if prv >= 0:
        ch = text[prv]
        if ch in lex.before_words.last_chars or ch.isalpha():
            return False
        if ch in _LINKING and _has_currency_hint(text[max(0, prv - 16) : prv], lex):
            return False
    return True


def _has_currency_hint(window: str, lex: Lexicon) -> bool:
    """Whether a short window holds a letter or a symbol (the other end of a range)."""
    return not lex.before_words.last_chars.isdisjoint(window) or any(map(str.isalpha, window))


#: After a digit: it starts a run, it is not inside one (after a digit, a digit
#: and a separator, or a digit and the space of a thousands group).
_RUN_START = r"(?<!\d\d)(?<!\d[.,'’\u00a0\u202f\u2009\u2007]\d)(?!(?<=\d\x20\d)\d\d(?!\d))"

#: After the first digit of a run: the run has no plain space (it is one piece, see
#: :func:`_pieces`) and a percent sign follows it, at most one space apart. Such a
#: run is no figure (:func:`_figure` returns ``None`` for it: ``7.8%``, ``15 %``), so
#: the regex below skips it. A run with a plain space does not match: the spaceless
#: part stops before that space, which is followed by a digit, not a percent sign.
_PERCENT_RUN = r"\d*(?:[.,'’\u00a0\u202f\u2009\u2007]\d+)*[ \u00a0\u202f]?[%％‰]"


def _char_class(chars: Iterable[str]) -> str:
    """Any letter (``[^\\W\\d_]``, a little wider than ``str.isalpha``) or one of ``chars``."""
    return "(?:[^\\W\\d_]|[" + "".join(sorted(re.escape(ch) for ch in set(chars))) + "])"


@lru_cache(maxsize=64)
def _not_plain_pattern(word_starts: frozenset[str], symbol_ends: frozenset[str]) -> re.Pattern[str]:
    """The numeric runs that :func:`_plain_bare` may not call plain, in one regex
    (or every run, :data:`NUMBER`, when a word starts or ends with a digit: then
    the edges of a run's pieces matter too, and only :func:`_plain_bare` can tell).

    A wider test than :func:`_plain_bare` (a letter or a character that may
    begin or end a currency word, a percent sign or a range link, one space
    apart at most), run in C over the text: the scanner then skips runs of
    digits that nothing touches without looking at them one by one. The run is
    captured in a lookahead and matched again by reference, so the regex never
    tries a shorter run; ``_RUN_START`` keeps it from starting inside one, and
    ``_PERCENT_RUN`` skips percentages (the commonest digits of news text); a
    "no cents" mark after the run (``1.299,-``) is a neighbour too. The pattern
    starts with a digit, so the regex engine skips other text quickly.
    """
    if any(ch.isdecimal() for ch in word_starts | symbol_ends):
        return NUMBER
    spaces = "[" + "".join(sorted(_SPACES)) + "]"
    after = _char_class(
        {*word_starts, *(ch.upper() for ch in word_starts if len(ch.upper()) == 1)}
        | set("%％‰")
        | _LINKING
    )
    before = _char_class(symbol_ends | _LINKING)
    return re.compile(
        rf"\d{_RUN_START}(?!{_PERCENT_RUN})(?=({_RUN_TAIL}))"
        rf"(?:(?<={before}\d)|(?<={before}{spaces}\d)|(?=\1(?:{spaces}?{after}|[.,][-–])))\1"
    )


def _not_plain_runs(lex: Lexicon) -> re.Pattern[str]:
    """:func:`_not_plain_pattern` for ``lex`` (built once per vocabulary)."""
    return _not_plain_pattern(lex.word_starts, lex.before_words.last_chars)


def scan(text: str, lex: Lexicon, *, bare: bool = True) -> list[Figure]:
    """Every figure of ``text`` in order; ranges not yet merged.

    With ``bare=False`` numbers that nothing around could turn into money
    (no currency, magnitude or range link next to them) are skipped.
    """
    figures: list[Figure] = []
    floor = 0  # nothing before this belongs to a new figure
    length = len(text)
    pos = 0
    search = NUMBER.search if bare else _not_plain_runs(lex).search
    while True:
        match = search(text, pos)
        if match is None:
            break
        run_start, pos = match.span()
        raw = match.group()
        pieces = _pieces(raw, run_start, lex) if " " in raw else [(raw, run_start, None)]
        for piece, start, reading in pieces:
            end = start + len(piece)
            if not bare and _plain_bare(text, start, end, lex):
                continue
            figure = _figure(text, piece, start, end, lex, floor, length, reading)
            if figure is not None:
                figures.append(figure)
                floor = figure.end
                if figure.end > pos:
                    pos = figure.end
    return figures


def _pieces(raw: str, start: int, lex: Lexicon) -> list[tuple[str, int, Reading | None]]:
    """The run, or its parts between plain spaces when it has no reading as a whole
    (``in 2023 100 people`` is two numbers, ``12 345`` one); with the run's
    reading when it has one, so that it is not read twice."""
    reading = read_number(raw, lex.numbers)
    if reading is not None:
        return [(raw, start, reading)]
    pieces: list[tuple[str, int, Reading | None]] = []
    for piece in raw.split(" "):
        pieces.append((piece, start, None))
        start += len(piece) + 1
    return pieces


def _figure(
    text: str,
    raw: str,
    start: int,
    end: int,
    lex: Lexicon,
    floor: int,
    length: int,
    reading: Reading | None = None,
) -> Figure | None:
    """The figure around the number ``raw`` at ``start:end`` (``reading``, if
    known, is how ``raw`` reads in the locale), or ``None`` if it is no figure."""
    before = text[start - 1] if start > 0 else ""
    glued_before = before.isalnum() and before < "\u2e80"  # is_letter(before), inlined
    if before and before in ".," and not _dotted_symbol(text, start, before, lex, floor):
        return None  # the tail of something that is not a number (1.2.3)
    if before == "-" and start > 1 and text[start - 2].isalpha():
        return None  # GPT-4, F-35, DeepSeek-V3
    after = text[end] if end < length else ""
    if after in _PERCENT_FIRST and (after in "%％‰" or _PERCENT.match(text, end) is not None):
        return None
    prefix = None
    symbol_ends = lex.before_words.last_chars
    if before in symbol_ends or (
        before in _SPACES and start > 1 and text[start - 2] in symbol_ends
    ):
        prefix = _currency_before(text, start, lex, floor, glued_before)
    if glued_before and prefix is None:
        return None  # Qwen3, Tau2, V3

    # magnitude, then currency after (most numbers have neither: cheap tests rule them
    # out). What _may_start tests for each vocabulary, worked out once: the character
    # after the number and, past a space or hyphen, the one after that, lower-cased.
    after_lower = after.lower()
    next_lower = ""
    if (after in _SPACES or after == "-") and end + 1 < length:
        next_lower = text[end + 1].lower()
    mag = None
    mag_firsts = lex.magnitude_words.firsts
    if after_lower in mag_firsts or next_lower in mag_firsts:
        mag = _magnitude(text, end, lex)
        # rare: a word goes on after the magnitude (NT$); the cheap tests come first
        if (
            mag is not None
            and mag[2] < length
            and text[mag[2]] not in _ENDS_WORD
            and _inside_currency(text, mag, lex)
        ):
            mag = None
    cursor = end
    mag_exponent = 0
    mag_start = end
    compound = None
    more_parts: list[tuple[Reading, int, int, int]] = []
    east = None
    if after in _EA_AFTER and (mag is not None or after in _EA_MORE):
        # 1억 5천만, 2천5百억, 56억4천여만; 20여만 and 100多元 (no magnitude word at the mark)
        first = reading if reading is not None else read_number(raw, lex.numbers)
        east = _east_asian(text, end, lex, first) if first is not None else None
    if east is not None:
        total, last_exp, mag_exponent, cursor, _ = east
        reading = Reading(total.scaleb(-mag_exponent, EXACT), last_exp - mag_exponent, False)
        suffix = _suffix(text, cursor, lex, True)
    elif mag is not None:
        mag_word, mag_start, cursor = mag
        mag_exponent = mag_word.exponent
        for _ in range(2):  # mil millones, lakh crore, 千万
            if not _may_start(text, cursor, mag_firsts):
                break  # the test that rules _magnitude out, as above: no word starts there
            more = _magnitude(text, cursor, lex)
            if more is None or not more[0].composable:
                break
            mag_exponent += more[0].exponent
            cursor = more[2]
        compound = _compound(text, cursor, lex, mag_exponent)
        if compound is not None:
            cursor = compound[3]
            previous = compound[1]
            while previous < mag_exponent and len(more_parts) < 4:
                # 5 trilyon 406 milyar 254 milyon: each part below the last
                part = _compound(text, cursor, lex, previous)
                if part is None or part[1] >= previous:
                    break
                more_parts.append(part)
                cursor, previous = part[3], part[1]
        suffix = _suffix(text, cursor, lex, True)
        if suffix is None:
            units = _units_part(text, cursor, lex, previous if compound else mag_exponent)
            if units is not None:  # 6 mil 200 pesos
                part, suffix = units
                if compound is None:
                    compound = part
                else:
                    more_parts.append(part)
                cursor = part[3]
    else:
        if after in ",." and end + 1 < length and text[end + 1] in _NO_CENTS_DASHES:
            marked = _no_cents(text, raw, end, length)  # 1.299,- €
            if marked is not None:
                reading, cursor = marked
                after = text[cursor] if cursor < length else ""
                after_lower = after.lower()
                next_lower = (
                    text[cursor + 1].lower() if after in _SPACES and cursor + 1 < length else ""
                )
        word_firsts = lex.after_words.firsts
        suffix = None
        if after_lower in word_firsts or next_lower in word_firsts:
            suffix = _suffix(text, cursor, lex, lex.linked_numbers)
        if suffix is None and after.isalnum() and after < "\u2e80":  # is_letter(after)
            return None  # 3D, 5G, 4o, 19th
    if suffix is None and prefix is None and name_may_precede(text, start, lex):
        prefix = _name_before(text, start, cursor, raw, lex, floor)  # pesos 500
    if suffix is not None:
        surface, fig_start, fig_end = _surface(prefix, suffix, start, cursor)
    elif prefix is not None:
        (surface, fig_start), fig_end = prefix, cursor
    else:
        surface, fig_start, fig_end = None, start, cursor
    if reading is None:
        reading = read_number(raw, lex.numbers)
    if (
        surface is not None
        and len(surface.codes) == 1
        # the only readings _reread may change (it returns the others as they are)
        and (reading is None or (mag is None and reading.lone and reading.exponent == -3))
    ):
        reading = _reread(raw, reading, surface.codes[0], mag is not None)
    if reading is None:
        return None
    if after == "€" and fig_end == end + 1 and mag is None and east is None:
        cents = _cents_after_euro(text, fig_end, reading)  # 19€99: French retail
        if cents is not None:
            reading, fig_end = cents, fig_end + 2
    if mag_exponent and reading.value.adjusted() + mag_exponent >= 30:
        return None
    if compound is not None:
        # 442億9,600万円 -> 442.96億; 36 mil 153 millones -> 36153 millones
        value, exponent, mag_exponent = _combine(reading, mag_exponent, compound)
        for extra, extra_exponent, _, _ in more_parts:
            value = EXACT.add(value, extra.value.scaleb(extra_exponent - mag_exponent, EXACT))
            exponent = min(exponent, extra_exponent - mag_exponent)
        reading = Reading(value, exponent, False)
    if (
        fig_start > 3
        and text[fig_start - 2] in "lL"  # the cheap test first: "mil " ends there
        and (mag_exponent == 6 or (mag is None and surface is not None))
        and compound is None
        and reading.exponent == 0
        and reading.value < 1000
    ):
        # Mexican "mil 172 millones", "dos mil 500 pesos": "mil" before the digits
        thousand = _MIL_BEFORE.search(text, max(floor, fig_start - 6), fig_start)
        if thousand is not None and lex.magnitudes.get("mil") is not None:
            thousands = _thousands_before(text, thousand.start(1), lex, floor)
            if thousands is not None:
                reading = Reading(reading.value + 1000 * thousands[0], 0, False)
                fig_start = thousands[1]
    figure = Figure(fig_start, fig_end, reading.value, reading.exponent, surface, floor, raw)
    mag_end = cursor
    if east is not None and east[4] >= 0:  # 56억4천여만 원: the mark is in the figure
        mark = east[4]
        figure.qualifier, figure.qualifier_span = "more_than", (mark, mark + 1)
        if mark == mag_start:
            mag_start += 1  # 20여만: the magnitude is 만
        elif mark == cursor - 1:
            mag_end = mark  # 1조여 원: the magnitude is 조
    if mag is not None or (east is not None and mag_exponent):
        figure.mag_exponent = mag_exponent
        figure.mag_text = text[mag_start:mag_end]
    if surface is not None and surface.scale:
        figure.mag_exponent += surface.scale  # 50 cents: 0.50 of the currency
    return figure


#: The dashes of a whole price's "no cents" mark: ``1.299,-``, ``12,--``, ``12.–``.
_NO_CENTS_DASHES = frozenset("-–")
#: The number formats that a "no cents" mark implies: the mark is the decimal symbol.
_MARKED_FORMATS = {",": NumberFormat(",", ".", True), ".": NumberFormat(".", ",", True)}


def _no_cents(text: str, raw: str, end: int, length: int) -> tuple[Reading, int] | None:
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


#: Separators that, followed by a digit, would make two digits after ``€`` part of a
#: longer number (``19€99,5``, ``5€10.000``): then they are no cents.
_DECIMAL_MARKS = frozenset(".,")


def _cents_after_euro(text: str, pos: int, reading: Reading) -> Reading | None:
    """The figure's value with the cents written after a glued euro sign at
    ``pos - 1``: ``19€99`` is 19.99 EUR, ``1 235€99`` 1,235.99 EUR, as French (and
    Belgian) shops and flyers write prices, the sign where the decimal comma goes.

    Only for a whole number (``19,50€99`` means nothing), and only when exactly
    two digits follow the sign, glued to it, and no digit (or decimal mark and
    digit) goes on after them: ``35€ 999``, ``5€ 10€``, ``19€999`` and ``19€9``
    stay as they are. Only the euro: no other currency sign is written this way
    in today's prices (the Portuguese and Cape Verdean escudo's cifrão, ``20$00``,
    is left out: a dollar sign between digits is too common for other things,
    and CLDR's per-currency decimal mark is not in babel's data).
    """
    if reading.exponent != 0:
        return None
    digits = text[pos : pos + 2]
    if len(digits) != 2 or not (digits.isascii() and digits.isdigit()):
        return None
    nxt = text[pos + 2 : pos + 4]
    if nxt[:1].isdigit() or (nxt[:1] in _DECIMAL_MARKS and nxt[1:2].isdigit()):
        return None
    return Reading(reading.value + Decimal(digits).scaleb(-2, EXACT), -2, False)


def _thousands_before(text: str, mil: int, lex: Lexicon, floor: int) -> tuple[int, int] | None:
    """How many thousands a ``mil`` at ``mil`` stands for, and where they start:
    one (``mil 500 pesos``), or the number word right before it (``dos mil 500
    pesos``, ``veinticinco mil 300 pesos``). ``None`` for several number words
    (``treinta y cinco mil 500``) or digits before it: those are left unread
    rather than misread."""
    if mil > floor and text[mil - 1 : mil].isdigit():
        return None
    language = LANGUAGES.get(lex.language)
    if language is None:
        return 1, mil
    window = max(floor, mil - 24)
    found = _LAST_WORD.search(text[window:mil])
    if found is None or fold(found.group(1)) not in language.words:
        return 1, mil  # "de mil 500": no number word before it
    kind, value = language.words[fold(found.group(1))]
    if kind != VALUE or value != value.to_integral_value():
        return None  # "y", "medio", "un": not a whole multiplier on its own
    word_start = window + found.start(1)
    before = _LAST_WORD.search(text[max(floor, word_start - 24) : word_start])
    if before is not None and fold(before.group(1)) in language.words:
        return None  # "treinta y cinco mil": several words
    return int(value), word_start


def name_may_precede(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a currency name may end one space before the number at ``start``
    (``pesos 500``): the cheap test before :func:`_name_before` looks."""
    return (
        lex.names_before is not None
        and start > 1
        and text[start - 1] in _SPACES
        and text[start - 2] in lex.names_before.last_chars
    )


def _name_before(
    text: str, start: int, end: int, raw: str, lex: Lexicon, floor: int
) -> tuple[Surface, int] | None:
    """A currency name one space before the number (``pesos 500``, ``dólares
    1.500``), as Latin American and Iberian text sometimes writes it; only where
    nothing ties the name to an earlier figure (``500 pesos 20 dólares``: the
    previous figure's end is ``floor``, and a number or magnitude word right before
    the name claims it too) and the number is neither a year (``Pesos 2025``) nor
    a count of something else (``dólares 20 años``)."""
    assert lex.names_before is not None
    found = lex.names_before.match(text, start - 1, floor)
    if found is None:
        return None
    name, begin = found
    if len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199:
        return None
    prev = _LAST_WORD.search(text[max(floor, begin - 16) : begin])
    if prev is not None and (fold(prev.group(1)) in lex.magnitudes or prev.group(1) == "de"):
        return None  # "mil pesos 20", "millones de pesos 20": the name is taken
    gap = text[max(floor, begin - 2) : begin]
    if any(ch.isdigit() for ch in gap):
        return None
    if _counts_or_dates(text, start, end):
        return None
    return lex.after[fold(name)], begin


def _inside_currency(text: str, mag: tuple[Magnitude, int, int], lex: Lexicon) -> bool:
    """Whether the magnitude word is the start of a longer currency word: ``NT`` is
    nghìn tỷ (1e12) in Vietnamese, but ``1,00 NT$`` is one Taiwan dollar."""
    _, start, stop = mag
    found = lex.after_words.match(text, start)
    return found is not None and found[1] > stop


def _dotted_symbol(text: str, start: int, before: str, lex: Lexicon, floor: int) -> bool:
    """Whether a symbol that ends with a dot is glued to the number (``Cg.1,234.50``,
    ``Rs.1,200``): then the dot before the digits is the symbol's, not a number's."""
    return before == "." and _symbol_ending_at(text, start, lex, floor) is not None


def _may_start(text: str, end: int, firsts: frozenset[str]) -> bool:
    """Whether a word beginning with one of ``firsts`` (lower-cased) may start at
    ``end`` or one space (or hyphen) after it; ``False`` rules out looking it up."""
    if end >= len(text):
        return False
    ch = text[end]
    if ch.lower() in firsts:
        return True
    if ch in _SPACES or ch == "-":
        return end + 1 < len(text) and text[end + 1].lower() in firsts
    return False


def _suffix(text: str, cursor: int, lex: Lexicon, magnitude: bool) -> tuple[Surface, int] | None:
    """The currency after a number (and its magnitude words, which end at ``cursor``).

    After a magnitude a linking ``de`` may come first (``millones de pesos``),
    and ``mdd``/``mdp`` name the currency themselves. A symbol or code a space
    after the number and glued to the digits after it begins the next figure
    instead (``in 2020 €5 bought``, ``Between 2019 and 2023 $4 billion``); glued
    on both sides it stays this one's (``19€99``, see :func:`_cents_after_euro`).
    """
    suffix = _currency_after(text, cursor, lex, magnitude)
    if suffix is not None:
        stop = suffix[1]
        if (
            stop < len(text)
            and text[cursor] in _SPACES
            and text[stop].isdecimal()
            and _symbol_ending_at(text, stop, lex, cursor) is not None
        ):
            return None
    if suffix is None and magnitude:
        named = text[max(0, cursor - 3) : cursor].lower()
        if named in MAGNITUDE_CURRENCY:
            suffix = (Surface(named, MAGNITUDE_CURRENCY[named], "name"), cursor)
    return suffix


def _surface(
    prefix: tuple[Surface, int] | None, suffix: tuple[Surface, int] | None, start: int, end: int
) -> tuple[Surface | None, int, int]:
    """The figure's currency, start and end from the currencies before and after it.

    ``start``/``end`` are where the number and its magnitude words begin and end.
    """
    if prefix is None:
        if suffix is None:
            return None, start, end
        return suffix[0], start, suffix[1]
    surface, fig_start = prefix
    if suffix is None:
        return surface, fig_start, end
    after, after_end = suffix
    if after.codes == surface.codes:  # "$5 $" in digit soup; the general case below agrees
        return after, fig_start, after_end
    if set(after.codes) & set(surface.codes) and len(after.codes) <= len(surface.codes):
        # "$5 CAD", "R$ 10 mil reais": the more specific one, both in the span
        if len(after.codes) > 1:
            common = tuple(c for c in surface.codes if c in after.codes)
            after = Surface(after.text, common, after.kind)
        return after, fig_start, after_end
    return surface, fig_start, end


# The last word of a window (searched in the window alone: the lookbehind
# starts a match only where a word starts, so the search stays linear).
_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[\s.,]{0,2}$")


def annotate(text: str, figure: Figure) -> None:
    """Add qualifiers, and for a bare number the hints that it is not money.

    Done only for figures the caller keeps, so that a text full of stray digits
    costs little.
    """
    qual = match_before(text, figure.start)
    if qual is not None and qual[1] >= figure.floor:
        # a word before the figure says more than a mark inside it: 약 3천여억 원 is "about"
        figure.qualifier, figure.qualifier_span = qual[0], (qual[1], qual[2])
    elif figure.qualifier is None:  # else the scanner found a mark inside (20여만 달러)
        qual = match_after(text, figure.end)
        if qual is not None:
            figure.qualifier, figure.qualifier_span = qual[0], (qual[1], qual[2])
    if figure.surface is not None:
        return
    raw, start = figure.raw, figure.start
    end = start + len(raw)
    length = len(text)
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < length else ""
    figure.chained = (
        (before != "" and before in "/:+#")
        or (after != "" and after in "/:")
        or (before == "-" and start > 1 and text[start - 2].isdigit())
        or (after == "-" and end + 1 < length and text[end + 1].isdigit())
        or (len(raw) > 1 and raw[0] == "0" and raw.isdigit())
    )
    figure.year_like = (
        figure.mag_text is None and len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199
    )
    figure.unit_after = _counts_or_dates(text, start, figure.end)


def _counts_or_dates(text: str, start: int, end: int) -> bool:
    """Whether a unit word or a month follows the number, or a month precedes it."""
    nxt = _WORD.match(text, _skip_space(text, end))
    if nxt is not None:
        word = nxt.group().lower()
        if word in UNIT_WORDS or word in MONTHS:
            return True
    prev = _LAST_WORD.search(text[max(0, start - 14) : start])
    return prev is not None and prev.group(1).lower() in MONTHS
