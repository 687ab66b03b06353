"""The scanner: find every figure in a text, in one left-to-right pass.

A *figure* is ``[currency] number [magnitude] [currency]``: ``US$3.2 billion``,
``380 billion yuan``, ``25,960 ARS``, ``3800亿元``, ``R$ 10 mil``. Numbers are
found with one regular expression whose repetition is separator-then-digits,
so it cannot backtrack; currency words and magnitude words are then looked up
next to each number in dictionaries indexed by one character. Every position
of the text is looked at a bounded number of times, so scanning is linear.

What is *not* a figure is decided here too: digits glued to letters
(``Qwen3``, ``V3.1``, ``Tau2``, ``3D``) or to a percent sign, and numbers with
no reading in the locale. Whether a bare number (no currency) is kept is the
caller's choice; :class:`Figure` records the hints (year, date, unit word) that
help it decide.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lexicon import (
    HOME_NUMBER_LOCALE,
    MAGNITUDE_CURRENCY,
    Index,
    Lexicon,
    Magnitude,
    Surface,
)
from .numbers import EXACT, Reading, number_format, read_number
from .qualifiers import match_after, match_before

__all__ = ["Figure", "annotate", "scan"]

NUMBER = re.compile(r"\d+(?:(?:[.,'’\u00a0\u202f\u2009\u2007]|\x20(?=\d{3}(?!\d)))\d+)*")

_SPACES = frozenset(" \u00a0\u202f\u2009\u2007\t")
_PERCENT = re.compile(
    r"[ \u00a0\u202f]?(?:%|％|‰|percent\b|per cent\b|por ciento\b|por cento\b|pour cent\b"
    r"|prozent\b|pct\b|pp\b|bps\b|basis points\b|个百分点|百分点)",
    re.IGNORECASE,
)
_LINKS = ("de ", "d'", "d’", "de\u00a0")

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


def _is_letter(ch: str) -> bool:
    """A letter or digit of an alphabetic script (CJK and kana are not: 3800亿元)."""
    return ch.isalnum() and ord(ch) < 0x2E80


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

    def __init__(self, start: int, end: int, value: Decimal, exponent: int) -> None:
        self.start = start
        self.end = end
        self.value = value  # the number as written, before the magnitude
        self.exponent = exponent  # exponent of its last stated digit
        self.mag_exponent = 0
        self.mag_text: str | None = None
        self.surface: Surface | None = None
        self.qualifier: str | None = None
        self.qualifier_span: tuple[int, int] | None = None
        self.high: Decimal | None = None  # high end of a range, before magnitude
        self.high_exponent = 0
        self.chained = False  # glued to / : - digits (dates, times, phone numbers)
        self.year_like = False
        self.unit_after = False  # followed by a word that counts something else
        self.floor = 0  # where the previous figure ended
        self.raw = ""  # the digits as written

    @property
    def amount(self) -> Decimal:
        return self.value.scaleb(self.mag_exponent, EXACT)


def _compound(
    text: str, pos: int, lex: Lexicon, first: int
) -> tuple[Reading, int, int, int] | None:
    """A second number and magnitude right after the first magnitude.

    ``442億9,600万円`` (CJK: a smaller unit follows) and Mexican Spanish
    ``36 mil 153 millones`` (``mil`` then a larger unit). Returns (reading,
    exponent, start, end) of the second part.
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


def _match_forward(text: str, pos: int, index: Index) -> tuple[str, int] | None:
    """Longest indexed word starting at ``pos`` (case-folded where the index says)."""
    if pos >= len(text):
        return None
    buckets = index.get(text[pos].lower())
    if not buckets:
        return None
    for length, exact, folded in buckets:
        stop = pos + length
        piece = text[pos:stop]
        if piece in exact:
            word = piece
        elif folded and piece.lower() in folded:
            word = piece.lower()
        else:
            continue
        if stop < len(text) and _is_letter(word[-1]) and _is_letter(text[stop]):
            continue
        return word, stop
    return None


def _magnitude(text: str, pos: int, lex: Lexicon) -> tuple[Magnitude, int, int] | None:
    """A magnitude word at ``pos``, glued or after one space; (word, start, end)."""
    for start in (pos, pos + 1):
        if start > pos and (pos >= len(text) or (text[pos] not in _SPACES and text[pos] != "-")):
            return None
        found = _match_forward(text, start, lex.magnitude_index)
        if found is None:
            continue
        word, stop = found
        magnitude = lex.magnitudes[word]
        if start > pos and text[pos] == "-" and len(word) <= 2:
            return None  # "$50-60": a hyphen before a letter is no magnitude
        return magnitude, start, stop
    return None


def _currency_after(text: str, pos: int, lex: Lexicon, linked: bool) -> tuple[Surface, int] | None:
    start = _skip_space(text, pos)
    found = _match_forward(text, start, lex.after_index)
    if found is None and linked:
        lowered = text[start : start + 4].lower()
        for link in _LINKS:
            if lowered.startswith(link):
                found = _match_forward(text, start + len(link), lex.after_index)
                break
    if found is None:
        return None
    word, stop = found
    return lex.after[word], stop


def _currency_before(
    text: str, pos: int, lex: Lexicon, floor: int, glued_only: bool
) -> tuple[Surface, int] | None:
    """A code or symbol ending at ``pos`` (or one space before it), not before ``floor``."""
    ends = [pos]
    if not glued_only and pos > 0 and text[pos - 1] in _SPACES:
        ends.append(pos - 1)
    for end in ends:
        if end <= floor:
            continue
        for length, symbols in lex.before_index.get(text[end - 1], ()):
            begin = end - length
            if begin < floor:
                continue
            symbol = text[begin:end]
            if symbol not in symbols:
                continue
            if begin > 0 and _is_letter(symbol[0]) and _is_letter(text[begin - 1]):
                continue
            return lex.before[symbol], begin
    return None


def _explicit(surface: Surface | None) -> str | None:
    if surface is not None and len(surface.codes) == 1:
        return surface.codes[0]
    return None


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


#: Characters next to a number that may link it to another figure (ranges).
_LINKING = frozenset("-–—~～至到")


def _plain_bare(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether nothing next to the number can make it more than a bare number.

    Checks one character on each side (past one space): no currency can end,
    and no currency, magnitude, percent sign or range link can start, there.
    """
    length = len(text)
    nxt = end + 1 if end < length and text[end] in _SPACES else end
    if nxt < length:
        ch = text[nxt]
        low = ch.lower()
        if low in lex.after_index or low in lex.magnitude_index or ch in "%％‰" or ch.isalpha():
            return False
        if ch in _LINKING and _has_currency_hint(text[nxt : nxt + 16], lex):
            return False
    prv = start - 2 if start > 1 and text[start - 1] in _SPACES else start - 1
    if prv >= 0:
        ch = text[prv]
        if ch in lex.before_index or ch.isalpha():
            return False
        if ch in _LINKING and _has_currency_hint(text[max(0, prv - 16) : prv], lex):
            return False
    return True


def _has_currency_hint(window: str, lex: Lexicon) -> bool:
    """Whether a short window holds a letter or a symbol (the other end of a range)."""
    return any(ch.isalpha() or ch in lex.before_index for ch in window)


def scan(text: str, lex: Lexicon, *, bare: bool = True) -> list[Figure]:
    """Every figure of ``text`` in order; ranges not yet merged.

    With ``bare=False`` numbers that nothing around could turn into money
    (no currency, magnitude or range link next to them) are skipped.
    """
    figures: list[Figure] = []
    floor = 0  # nothing before this belongs to a new figure
    length = len(text)
    pos = 0
    while True:
        match = NUMBER.search(text, pos)
        if match is None:
            break
        run_start, run_end = match.span()
        pos = run_end
        raw = match.group()
        pieces = [(raw, run_start)]
        if " " in raw and read_number(raw, lex.numbers) is None:
            pieces = []
            offset = run_start
            for piece in raw.split(" "):
                pieces.append((piece, offset))
                offset += len(piece) + 1
        for piece, start in pieces:
            if not bare and _plain_bare(text, start, start + len(piece), lex):
                continue
            figure = _figure(text, piece, start, start + len(piece), lex, floor, length)
            if figure is not None:
                figures.append(figure)
                floor = figure.end
                if figure.end > pos:
                    pos = figure.end
    return figures


def _figure(
    text: str, raw: str, start: int, end: int, lex: Lexicon, floor: int, length: int
) -> Figure | None:
    before = text[start - 1] if start > 0 else ""
    glued_before = _is_letter(before)
    if before and before in ".,":
        return None  # the tail of something that is not a number (1.2.3)
    if before == "-" and start > 1 and text[start - 2].isalpha():
        return None  # GPT-4, F-35, DeepSeek-V3
    after = text[end] if end < length else ""
    if after and after in "%％‰":
        return None
    if after and _PERCENT.match(text, end) is not None:
        return None
    prefix = _currency_before(text, start, lex, floor, glued_before)
    if glued_before and prefix is None:
        return None  # Qwen3, Tau2, V3
    reading = read_number(raw, lex.numbers)

    # magnitude, then currency after
    mag = _magnitude(text, end, lex)
    cursor = end
    mag_word: Magnitude | None = None
    mag_exponent = 0
    mag_span: tuple[int, int] | None = None
    if mag is not None:
        mag_word, mag_start, cursor = mag
        mag_exponent = mag_word.exponent
        mag_span = (mag_start, cursor)
        for _ in range(2):  # mil millones, lakh crore, 千万
            more = _magnitude(text, cursor, lex)
            if more is None or not more[0].composable:
                break
            mag_exponent += more[0].exponent
            cursor = more[2]
            mag_span = (mag_span[0], cursor)
    compound = None
    if mag_word is not None:
        compound = _compound(text, cursor, lex, mag_exponent)
        if compound is not None:
            cursor = compound[3]
            mag_span = (mag_span[0], cursor) if mag_span else None
    suffix = _currency_after(text, cursor, lex, mag_word is not None)
    if suffix is None and mag_word is not None:
        named = text[max(0, cursor - 3) : cursor].lower()
        if named in MAGNITUDE_CURRENCY:
            suffix = (Surface(named, MAGNITUDE_CURRENCY[named], "name"), cursor)
    surface: Surface | None = None
    fig_start, fig_end = start, cursor
    if prefix is not None:
        surface, fig_start = prefix
    if suffix is not None:
        suffix_surface, suffix_end = suffix
        if surface is None:
            surface, fig_end = suffix_surface, suffix_end
        elif set(suffix_surface.codes) & set(surface.codes) and (
            len(suffix_surface.codes) <= len(surface.codes)
        ):
            # "$5 CAD", "R$ 10 mil reais": the more specific one, both in the span
            surface, fig_end = suffix_surface, suffix_end
            if len(surface.codes) > 1 and prefix is not None:
                common = tuple(c for c in prefix[0].codes if c in suffix_surface.codes)
                surface = Surface(surface.text, common, surface.kind)
    if _is_letter(after) and mag_word is None and suffix is None:
        return None  # 3D, 5G, 4o, 19th
    reading = _reread(raw, reading, _explicit(surface), mag_word is not None)
    if reading is None:
        return None
    if mag_exponent and reading.value.adjusted() + mag_exponent >= 30:
        return None
    if compound is not None:
        # 442億9,600万円 -> 442.96億; 36 mil 153 millones -> 36153 millones
        value, exponent, mag_exponent = _combine(reading, mag_exponent, compound)
        reading = Reading(value, exponent, False)
    if mag_exponent == 6 and compound is None and reading.exponent == 0 and reading.value < 1000:
        # Mexican "mil 172 millones": a bare "mil" before the digits adds a thousand.
        thousand = _MIL_BEFORE.search(text, max(floor, fig_start - 6), fig_start)
        if thousand is not None and lex.magnitudes.get("mil") is not None:
            reading = Reading(reading.value + 1000, 0, False)
            fig_start = thousand.start(1)
    figure = Figure(fig_start, fig_end, reading.value, reading.exponent)
    figure.surface = surface
    if mag_word is not None and mag_span is not None:
        figure.mag_exponent = mag_exponent
        figure.mag_text = text[mag_span[0] : mag_span[1]]

    figure.floor = floor
    figure.raw = raw
    return figure


_LAST_WORD = re.compile(r"([^\W\d_]+)[\s.,]{0,2}$")


def annotate(text: str, figure: Figure) -> None:
    """Add qualifiers, and for a bare number the hints that it is not money.

    Done only for figures the caller keeps, so that a text full of stray digits
    costs little.
    """
    qual = match_before(text, figure.start)
    if qual is not None and qual[1] >= figure.floor:
        figure.qualifier, figure.qualifier_span = qual[0], (qual[1], qual[2])
    else:
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
    nxt = _WORD.match(text, _skip_space(text, figure.end))
    prev = _LAST_WORD.search(text, max(0, start - 14), start)
    figure.unit_after = bool(
        (nxt and nxt.group().lower() in UNIT_WORDS)
        or (nxt and nxt.group().lower() in MONTHS)
        or (prev and prev.group(1).lower() in MONTHS)
    )
