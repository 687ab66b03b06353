"""Dates written in text: datelines, full dates, months, weekdays, years, relative phrases.

A fact-checker asks *when* a figure was written. The text usually says:
``BEIJING, Sept 24 (Reuters)``, ``on September 19``, ``in February``, ``on
Wednesday``, ``this year``, ``in 2025 alone``, ``19 de septiembre de 2025``,
``2025年9月24日``. :func:`extract_dates` finds each such phrase and returns a
:class:`DateMention` with its span and what it fixes (year, month, day,
weekday, or an offset from the time of writing). It only reads; deciding what
the dates say about a document is the caller's job (:mod:`fxnorm.claims`).

Where the words come from:

- month and day names are CLDR's, through :func:`fxnorm.cldr.month_names` and
  :func:`fxnorm.cldr.day_names` (34 languages, wide and abbreviated forms);
- the locale's language and English are *active*: their abbreviations,
  month names alone (``in February``), weekdays and relative phrases are
  read. Every other language's wide month names are read too, but only with
  a day or a year next to them (``24 września 2025``) and written as CLDR
  writes them, so that a word of another language is not taken for a month;
- Chinese, Japanese and Korean dates (``2025年9月24日``, ``9월 19일``) are read
  in any text, their month forms from CLDR;
- the rest is curated, per language, in the ``[dates]`` section of
  ``data/languages/<language>.toml`` and read through
  :func:`fxnorm.parsing.languages.date_words` the first time a text's dates
  are read: the year and day marks of those dates, the relative phrases
  (``last year``, ``el año pasado``, ``去年``), the small words that make a
  bare year or a month name alone a date (``in 2025``, ``seit 2020``) and
  those of them that point ahead (``by 2030``), and the words between a day,
  a month and a year (``19 de septiembre de 2025``);
- all-number dates: ISO ``2025-09-24`` and year-first forms always; ``09/10/2024``
  in the order the caller says (``day_first``, from the locale), or, when the
  digits do not decide, as an ambiguous mention listing both readings.

Nothing here knows about money or rates, and nothing is imported beyond the
standard library, the CLDR extract and the reader of the language data.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .. import cldr
from .languages import curated, date_words

__all__ = ["CALENDAR_LANGUAGES", "KINDS", "DateMention", "extract_dates", "read_languages"]

#: What a :class:`DateMention` fixes, from the most to the least precise.
KINDS = ("day", "month", "year", "month_day", "month_name", "weekday", "relative", "ambiguous")

#: Years read as years; outside them a four-digit number is a number.
MIN_YEAR, MAX_YEAR = 1900, 2100

#: The languages whose month and day names are read: those of the shipped CLDR
#: extract (:func:`fxnorm.cldr.languages`, written by ``tools/build_cldr_tables.py``).
CALENDAR_LANGUAGES = cldr.languages()

_CJK_LANGUAGES = ("zh", "zh_Hant", "ja", "ko")
_JOINERS = "\u200c\u200d"
#: The commas between a day and its year (3 جنوری، 2025: Urdu writes the Arabic one).
_COMMAS = frozenset({",", "،"})
_ORDINAL = frozenset({"st", "nd", "rd", "th", "er", "e", "º", "ª", "°", "o", "a"})
_HEADER_LINE = 120


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date phrase of a text.

    ``text == source[span[0]:span[1]]``. ``year``, ``month`` (1-12), ``day``
    and ``weekday`` (Monday 0) are what the phrase states. A relative phrase
    (``last year``) has ``offset`` -1 and ``unit`` ``"year"`` instead; a month
    in a relative year (``去年10月``, ``October last year``) has both its
    ``month`` (and ``day``, if stated) and that offset; ``last October`` (the
    latest October before the time of writing, this year's when written in
    December) has ``unit`` ``"occurrence"`` and offset -1.
    ``forward`` marks a limit ahead (``by 2030``, ``hasta marzo``) rather than
    a time something happened. ``dateline`` marks a date in the header of the
    text (a dateline, a publication line). ``readings`` holds both readings
    of an all-number date the digits do not decide (``09/10/2024``).
    """

    text: str
    span: tuple[int, int]
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    unit: str | None = None
    forward: bool = False
    dateline: bool = False
    readings: tuple[_dt.date, ...] = ()

    @property
    def kind(self) -> str:
        """One of :data:`KINDS`."""
        if self.readings:
            return "ambiguous"
        if self.unit is not None:
            return "relative"
        if self.year is not None:
            if self.month is None:
                return "year"
            return "month" if self.day is None else "day"
        if self.month is not None:
            return "month_name" if self.day is None else "month_day"
        return "weekday"

    @property
    def date(self) -> _dt.date | None:
        """The day, when the phrase names one completely."""
        if self.kind == "day":
            return _dt.date(self.year, self.month, self.day)  # type: ignore[arg-type]
        return None

    def interval(self, anchor: _dt.date | None = None) -> tuple[_dt.date, _dt.date] | None:
        """The days the phrase can mean, first and last.

        Without ``anchor`` (the time of writing) only a phrase with a year has
        an interval. With it, a month or a day without a year is the
        occurrence nearest the anchor, a weekday the last one on or before
        it, and a relative phrase counts from it.
        """
        kind = self.kind
        if kind == "day":
            day = self.date
            return (day, day) if day else None
        if kind == "month":
            return _month_interval(self.year, self.month)  # type: ignore[arg-type]
        if kind == "year":
            return _dt.date(self.year, 1, 1), _dt.date(self.year, 12, 31)  # type: ignore[arg-type]
        if anchor is None:
            return None
        if kind == "month_day":
            day = _nearest_month_day(self.month, self.day, anchor)  # type: ignore[arg-type]
            return (day, day) if day else None
        if kind == "month_name":
            year = _nearest_month_year(self.month, anchor)  # type: ignore[arg-type]
            return _month_interval(year, self.month)  # type: ignore[arg-type]
        if kind == "weekday":
            day = anchor - _dt.timedelta(days=(anchor.weekday() - self.weekday) % 7)  # type: ignore[operator]
            return day, day
        if kind == "relative":
            if self.month is not None and self.unit in ("year", "occurrence"):
                year = anchor.year + (self.offset or 0)
                if self.unit == "occurrence" and self.month < anchor.month:
                    year += 1  # the latest such month before the anchor's ("last October")
                if self.day is None:
                    return _month_interval(year, self.month)
                if not _valid(year, self.month, self.day):
                    return None
                day = _dt.date(year, self.month, self.day)
                return day, day
            return _relative_interval(self.offset or 0, self.unit or "day", anchor)
        return None

    def describe(self) -> str:
        """``'in 2025 alone' (2025)``: the phrase and what it fixes."""
        return f"{self.text!r} ({self.value()})"

    def value(self) -> str:
        """What the phrase fixes, written out: ``2025-09-19``, ``2025``, ``September 19``."""
        kind = self.kind
        if kind == "day" and self.date:
            return self.date.isoformat()
        if kind == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if kind == "year":
            return f"{self.year}"
        if kind == "month_day":
            return f"{_month_en(self.month or 1)} {self.day}, year not stated"
        if kind == "month_name":
            return f"{_month_en(self.month or 1)}, year not stated"
        if kind == "weekday":
            return f"a {_day_en(self.weekday or 0)}"
        if kind == "relative":
            if self.unit == "occurrence":
                day = f" {self.day}" if self.day is not None else ""
                return f"the latest {_month_en(self.month or 1)}{day} before the time of writing"
            words = _relative_words(self.offset or 0, self.unit or "day")
            if self.month is not None:
                day = f" {self.day}" if self.day is not None else ""
                return f"{_month_en(self.month)}{day} of {words}"
            return words
        return " or ".join(day.isoformat() for day in self.readings)

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "span": list(self.span),
            "kind": self.kind,
            "value": self.value(),
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "weekday": self.weekday,
            "offset": self.offset,
            "unit": self.unit,
            "forward": self.forward,
            "dateline": self.dateline,
            "readings": [day.isoformat() for day in self.readings],
        }


def _month_en(month: int) -> str:
    """The English name of ``month`` (the report's language), from CLDR."""
    return cldr.month_names("en")[month - 1][0]


def _day_en(weekday: int) -> str:
    """The English name of ``weekday`` (Monday 0), from CLDR."""
    return cldr.day_names("en")[weekday][0]


def read_languages(locale: str | None) -> tuple[str, ...]:
    """The active languages for ``locale``: its language (and its script variant
    when the extract holds one: ``sr_Latn``, ``uz_Cyrl``), then English."""
    parts = (locale or "en").replace("-", "_").split("_")
    language = parts[0].lower() or "en"
    script = parts[1].title() if len(parts) > 1 and len(parts[1]) == 4 else None
    variant = f"{language}_{script}" if script is not None else None
    if variant is not None and variant in CALENDAR_LANGUAGES:
        return tuple(dict.fromkeys((variant, language, "en")))
    return tuple(dict.fromkeys((language, "en")))


def extract_dates(
    text: str,
    *,
    locale: str | None = "en",
    day_first: bool | None = None,
    languages: Iterable[str] | None = None,
) -> tuple[DateMention, ...]:
    """Every date phrase of ``text``, in text order, none overlapping.

    ``locale`` chooses the active languages (its language and English);
    ``languages`` overrides them. ``day_first`` decides all-number dates such
    as ``09/10/2024`` (``True``: 9 October); with ``None`` they are read only
    when the digits decide, and reported with both readings otherwise.
    """
    active = tuple(languages) if languages is not None else read_languages(locale)
    found: list[DateMention] = []
    found += _numeric(text, day_first)
    found += _cjk(text)
    found += _relative(text)
    found += _words(text, active)
    kept = _months_of_relative_years(text, _without_overlaps(found), active)
    return tuple(_mark_datelines(text, kept))


# -- a month of a relative year ------------------------------------------------------------


def _months_of_relative_years(
    text: str, found: list[DateMention], languages: tuple[str, ...]
) -> list[DateMention]:
    """A month without a year next to a relative year is that year's month: one mention.

    ``去年10月``, ``昨年10月``, ``작년 10월``, ``October last year``, ``昨年の10月``:
    the two phrases side by side, with only spaces or date connectors (``of``,
    ``の``: those of every language, as within a date) between.
    ``last October``: the word before the month is the word the relative year
    phrases of the active languages put before the year's noun (``last`` of
    ``last year``, ``this`` of ``this year``), read from the language data.
    """
    connectors = _every_language()[0]
    merged: list[DateMention] = []
    i = 0
    while i < len(found):
        mention = found[i]
        if i + 1 < len(found):
            joined = _month_with_year(text, mention, found[i + 1], connectors)
            if joined is not None:
                merged.append(joined)
                i += 2
                continue
        merged.append(_modified_month(text, mention, languages))
        i += 1
    return merged


def _month_only(mention: DateMention) -> bool:
    return mention.kind in ("month_name", "month_day") and mention.weekday is None


def _relative_year(mention: DateMention) -> bool:
    return mention.kind == "relative" and mention.unit == "year" and mention.month is None


def _month_with_year(
    text: str, first: DateMention, second: DateMention, connectors: frozenset[str]
) -> DateMention | None:
    if _relative_year(first) and _month_only(second):
        year, month = first, second
    elif _month_only(first) and _relative_year(second):
        month, year = first, second
    else:
        return None
    gap = text[first.span[1] : second.span[0]]
    if any(word.casefold() not in connectors for word in gap.split()):
        return None
    return _mention(
        text,
        (first.span[0], second.span[1]),
        month=month.month,
        day=month.day,
        offset=year.offset,
        unit="year",
        forward=month.forward or year.forward,
    )


@lru_cache(maxsize=16)
def _year_modifiers(languages: tuple[str, ...]) -> dict[str, int]:
    """word -> offset: the words that make a relative year of the year's noun in the
    relative phrases of ``languages`` (``last`` in ``last year``, ``this`` in ``this
    year``). A language's two-word year phrases show which word is the noun when
    they all end with the same one; otherwise nothing is read for it."""
    modifiers: dict[str, int] = {}
    relative = date_words().relative
    for language in languages:
        phrases = [
            (phrase.split(" "), offset)
            for phrase, (offset, unit) in relative.get(language, {}).items()
            if unit == "year" and phrase.count(" ") == 1
        ]
        if len(phrases) < 2 or len({words[1] for words, _ in phrases}) != 1:
            continue
        for words, offset in phrases:
            if offset <= 0:  # "next October" in March is most often this year's: not read
                modifiers.setdefault(words[0], offset)
    return modifiers


#: How far before a month its modifier word (``last``, ``this``) is looked for.
_MODIFIER_WINDOW = 40


def _modified_month(text: str, mention: DateMention, languages: tuple[str, ...]) -> DateMention:
    """``last October``: a month (no year) just after a relative year's modifier word."""
    if not _month_only(mention):
        return mention
    # the word before it, looked for in a window (a slice of the whole text before
    # each month would make a long text's reading quadratic)
    floor = max(0, mention.span[0] - _MODIFIER_WINDOW)
    before = text[floor : mention.span[0]]
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped:
        return mention  # no space before the month: no word of its own there
    word = stripped.split()[-1]
    offset = _year_modifiers(languages).get(word.casefold())
    if offset is None or not word.isalpha():
        return mention
    return _mention(
        text,
        (floor + len(stripped) - len(word), mention.span[1]),
        month=mention.month,
        day=mention.day,
        offset=offset,
        # "last October" is the latest October, not last year's: in December it is
        # this year's; "this October" is this year's
        unit="occurrence" if offset < 0 else "year",
        forward=mention.forward,
    )


# -- all-number dates -------------------------------------------------------------------

_ISO = re.compile(r"(?<![\w./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w/-]|\.\d)")
# A separator may carry a right-to-left mark (Arabic 31‏/12‏/2025), and a dot a
# space after it (Czech 31. 12. 2025, Korean 2025. 12. 31.).
_YEAR_FIRST = re.compile(
    r"(?<![\w./-])(\d{4})\u200f?([/.])(?: (?=\d))?(\d{1,2})\u200f?\2(?: (?=\d))?(\d{1,2})"
    r"(?![\w/]|[.,]\d)"
)
_DAY_OR_MONTH_FIRST = re.compile(
    r"(?<![\w./-])(\d{1,2})\u200f?([/.-])(?: (?=\d))?(\d{1,2})\u200f?\2(?: (?=\d))?(\d{4})"
    r"(?![\w/-]|[.,]\d)"
)


def _numeric(text: str, day_first: bool | None) -> list[DateMention]:
    found: list[DateMention] = []
    for pattern in (_ISO, _YEAR_FIRST):
        for match in pattern.finditer(text):
            year, month, day = int(match[1]), int(match.groups()[-2]), int(match.groups()[-1])
            if _valid(year, month, day):
                found.append(_mention(text, match.span(), year=year, month=month, day=day))
    for match in _DAY_OR_MONTH_FIRST.finditer(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        as_day_first = _valid(year, second, first)
        as_month_first = _valid(year, first, second)
        if not (as_day_first or as_month_first):
            continue
        if as_day_first and as_month_first and first != second:
            if day_first is None:
                readings = (_dt.date(year, second, first), _dt.date(year, first, second))
                found.append(_mention(text, match.span(), readings=readings))
                continue
            use_day_first = day_first
        else:
            use_day_first = as_day_first
        month, day = (second, first) if use_day_first else (first, second)
        found.append(_mention(text, match.span(), year=year, month=month, day=day))
    return found


def _valid(year: int, month: int, day: int) -> bool:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


# -- Chinese, Japanese, Korean ------------------------------------------------------------


@lru_cache(maxsize=1)
def _cjk_patterns() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    months: dict[str, int] = {}
    for language in _CJK_LANGUAGES:
        for name, number in cldr.month_names(language):
            if _is_cjk(name[-1]):
                months.setdefault(name, number)
    days: dict[str, int] = {}
    for language in _CJK_LANGUAGES:
        for name, number in cldr.day_names(language):
            if len(name) >= 2:
                days.setdefault(name, number)
    month_alt = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    day_alt = "|".join(re.escape(n) for n in sorted(days, key=len, reverse=True))
    single = "".join(
        re.escape(name)
        for language in _CJK_LANGUAGES
        for name, _ in cldr.day_names(language)
        if len(name) == 1
    )
    words = date_words()
    years = "|".join(dict.fromkeys(m for marks in words.year_marks.values() for m in marks))
    marks = "|".join(dict.fromkeys(m for found in words.day_marks.values() for m in found))
    date = re.compile(
        rf"(?:(?P<y>\d{{4}})\s*(?:{years})\s*)?(?<!\d)(?P<m>{month_alt})"
        rf"(?:\s*(?P<d>\d{{1,2}})\s*(?:{marks})(?:\s*[(（](?P<w1>[{single}])[)）])?)?"
        rf"|(?P<yo>\d{{4}})\s*(?:{years})"
        rf"|(?P<w>{day_alt})"
    )
    weekdays = dict(days)
    for language in _CJK_LANGUAGES:
        for name, number in cldr.day_names(language):
            if len(name) == 1:
                weekdays.setdefault(name, number)
    return date, months, weekdays


#: The Unicode blocks of Chinese, Japanese and Korean words: kana, ideographs,
#: hangul syllables, compatibility ideographs (code points, not any language's words).
_CJK_BLOCKS = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return any(first <= code <= last for first, last in _CJK_BLOCKS)


_ANY_CJK = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _CJK_BLOCKS) + "]")


def _cjk(text: str) -> list[DateMention]:
    if _ANY_CJK.search(text) is None:
        return []
    pattern, months, weekdays = _cjk_patterns()
    found: list[DateMention] = []
    for match in pattern.finditer(text):
        if match["w"]:
            found.append(_mention(text, match.span(), weekday=weekdays[match["w"]]))
            continue
        if match["yo"]:
            alone = int(match["yo"])
            if MIN_YEAR <= alone <= MAX_YEAR:
                found.append(_mention(text, match.span(), year=alone))
            continue
        year: int | None = int(match["y"]) if match["y"] else None
        month = months[match["m"]]
        day = int(match["d"]) if match["d"] else None
        weekday = weekdays.get(match["w1"]) if match["w1"] else None
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            year = None
        if day is not None and not _valid(year or 2000, month, day):
            continue
        found.append(_mention(text, match.span(), year=year, month=month, day=day, weekday=weekday))
    return found


# -- relative phrases --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cjk_relative() -> tuple[re.Pattern[str], dict[str, tuple[int, str]]]:
    """The relative phrases of Chinese, Japanese and Korean, found by a pattern: those
    languages write words without spaces, so there is no word boundary to look for."""
    words = date_words()
    table: dict[str, tuple[int, str]] = {}
    for language in words.anywhere:
        for phrase, value in words.relative.get(language, {}).items():
            table.setdefault(phrase, value)
    ordered = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in ordered)), table


def _relative(text: str) -> list[DateMention]:
    if _ANY_CJK.search(text) is None:
        return []
    pattern, table = _cjk_relative()
    return [
        _mention(text, match.span(), offset=table[match[0]][0], unit=table[match[0]][1])
        for match in pattern.finditer(text)
    ]


@lru_cache(maxsize=16)
def _word_relatives(
    languages: tuple[str, ...],
) -> dict[str, list[tuple[tuple[str, ...], tuple[int, str]]]]:
    """first word -> (the phrase's words, its value), longest first, for the relative
    phrases of ``languages`` written with spaces (``el año pasado``, ``l'an dernier``)."""
    relative = date_words().relative
    table: dict[str, list[tuple[tuple[str, ...], tuple[int, str]]]] = {}
    for language in languages:
        for phrase, value in relative.get(language, {}).items():
            if _is_cjk(phrase[0]):
                continue
            words = tuple(m.group().casefold() for m in _token_pattern().finditer(phrase))
            table.setdefault(words[0], []).append((words, value))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table


# -- dates in words ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Name:
    number: int
    language: str
    abbreviated: bool
    written: str  # as CLDR writes it (a cut: as its wide name begins)
    cut: bool = False  # a longer cut of the wide name than CLDR's abbreviation (Sept)


@lru_cache(maxsize=4)
def _name_table(kind: str) -> dict[str, tuple[_Name, ...]]:
    """casefolded name (no final dot) -> the CLDR names it may be, every language."""
    languages = [lang for lang in CALENDAR_LANGUAGES if lang not in _CJK_LANGUAGES]
    table: dict[str, list[_Name]] = {}
    for language in languages:
        names = cldr.month_names(language) if kind == "months" else cldr.day_names(language)
        by_number: dict[int, list[str]] = {}
        for name, number in names:
            by_number.setdefault(number, []).append(name)
        for name, number in names:
            if any(_is_cjk(char) for char in name):
                continue
            if any(char.isdigit() for char in name) and " " not in name:
                continue  # 9月-like forms are read by the CJK pass; "tháng 9" is two words
            folded = name.casefold().rstrip(".")
            others = [o.casefold().rstrip(".") for o in by_number[number] if o != name]
            abbreviated = name.endswith(".") or any(
                o != folded and o.startswith(folded) for o in others
            )
            entry = _Name(number, language, abbreviated, name.rstrip("."))
            table.setdefault(folded, []).append(entry)
    # A longer cut of a wide name (Sept, Febr., Janv) is an abbreviation too, where
    # it names one month of its language: derived from CLDR's names, not written here.
    cuts: dict[str, list[_Name]] = {}
    for entries in list(table.values()):
        for entry in entries:
            if entry.abbreviated:
                continue
            folded = entry.written.casefold()
            for length in range(3, len(folded)):
                cut = folded[:length]
                if any(e.language == entry.language for e in table.get(cut, ())):
                    continue  # CLDR's own abbreviation (or a name) of that language
                written = entry.written[:length]
                cuts.setdefault(cut, []).append(
                    _Name(entry.number, entry.language, True, written, cut=True)
                )
    for cut, entries in cuts.items():
        per_language: dict[str, set[int]] = {}
        for entry in entries:
            per_language.setdefault(entry.language, set()).add(entry.number)
        unique = [e for e in entries if len(per_language[e.language]) == 1]
        if unique:
            table[cut] = [*table.get(cut, ()), *dict.fromkeys(unique)]
    return {key: tuple(value) for key, value in table.items()}


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """Words, numbers and single marks. A word keeps its combining marks (Devanagari,
    Tamil, Bengali, Thai vowel signs, the Persian hamza), which ``\\w`` leaves out."""
    import unicodedata

    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    marks = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + _JOINERS
    return re.compile(rf"\d+|[^\W\d_](?:[^\W\d_]|[{marks}])*|\S")


@lru_cache(maxsize=1)
def _spaced_token_pattern() -> re.Pattern[str]:
    return re.compile(rf"(\s*)({_token_pattern().pattern})")


class _Tokens:
    """The text as words, numbers and single marks, with their offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        # findall of (space before, token) and running sums: a third faster than
        # a match object per token, which counts on a long document.
        parts = _spaced_token_pattern().findall(text)
        self.words = [token for _, token in parts]
        self.ends = list(itertools.accumulate(len(space) + len(token) for space, token in parts))
        self.starts = [end - len(token) for end, token in zip(self.ends, self.words, strict=True)]

    def __len__(self) -> int:
        return len(self.words)

    def adjacent(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return i > 0 and self.starts[i] == self.ends[i - 1]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""


def _words(text: str, languages: tuple[str, ...]) -> list[DateMention]:
    months = _name_table("months")
    days = _name_table("days")
    relatives = _word_relatives(languages)
    tokens = _Tokens(text)
    connectors, forward = _every_language()
    before = _before_time(languages)
    folded = [word.casefold() for word in tokens.words]
    # One look at each token: the few that may start a date are gone through below.
    firsts = {name.split(" ")[0] for name in months if " " in name}
    candidates = [
        i
        for i, word in enumerate(folded)
        if word in months
        or word in days
        or word in relatives
        or word in firsts
        or (len(word) == 4 and word.isdigit())
    ]
    found: list[DateMention] = []
    used: set[int] = set()
    for i in candidates:
        if i in used or not folded[i][0].isalpha():
            continue
        name, end = folded[i], i
        nxt = tokens.word(i + 1)
        if name not in months and nxt and tokens.starts[i + 1] == tokens.ends[i] + 1:
            two = f"{name} {nxt.casefold()}"  # a name of two words (tháng 9)
            if two in months:
                name, end = two, i + 1
        if name in months:
            mention = _month_phrase(
                tokens, i, end, months[name], languages, (connectors, before, forward), days
            )
            if mention is not None:
                found.append(mention[0])
                used.update(range(mention[1], mention[2] + 1))
    for i in candidates:
        if i in used:
            continue
        for words, (offset, unit) in relatives.get(folded[i], ()):
            if tuple(folded[i : i + len(words)]) == words:
                span = (tokens.starts[i], tokens.ends[i + len(words) - 1])
                found.append(_mention(text, span, offset=offset, unit=unit))
                used.update(range(i, i + len(words)))
                break
    for i in candidates:
        if i in used or not folded[i][0].isalpha():
            continue
        names = days.get(folded[i])
        if names:
            weekday = _accept(tokens.words[i], names, languages, anchored=False)
            if weekday is not None:
                span = (tokens.starts[i], tokens.ends[i])
                found.append(_mention(text, span, weekday=weekday.number))
    for i in candidates:
        if i in used or not _is_year(tokens, i):
            continue
        k = _previous_index(tokens, i)
        previous = folded[k] if k >= 0 else ""
        if previous in before:
            # The phrase keeps its preposition (in 2025, by 2030, since 2020), and
            # "alone" after it in English (in 2025 alone): the words a reader quotes.
            end = i + 1 if tokens.word(i + 1).casefold() == "alone" else i
            found.append(
                _mention(
                    text,
                    (tokens.starts[k], tokens.ends[end]),
                    year=int(tokens.words[i]),
                    forward=previous in forward,
                )
            )
    return found


@lru_cache(maxsize=1)
def _every_language() -> tuple[frozenset[str], frozenset[str]]:
    """The connectors and the forward words of every language.

    Connectors of every language: a date of another language (19 de septiembre
    de 2025 in an English text) keeps its own small words. Forward words of every
    language too, as when they were one list: a word before a time that points
    ahead in any language points ahead (Polish ``do 2030``, "until"; Portuguese
    ``do`` is also "of the", which this does not tell apart).
    """
    words = date_words()
    return (
        frozenset().union(*words.connectors.values()),
        frozenset().union(*words.forward.values()),
    )


@lru_cache(maxsize=16)
def _before_time(languages: tuple[str, ...]) -> frozenset[str]:
    """The words of the active languages after which a bare year or a month name
    alone is a date."""
    before = date_words().before_time
    return frozenset().union(*(before.get(language, frozenset()) for language in languages))


def _accept(
    written: str, names: tuple[_Name, ...], languages: tuple[str, ...], *, anchored: bool
) -> _Name | None:
    """The CLDR name ``written`` stands for, if it may be read here.

    In an active language: as CLDR writes it or capitalised (a lower-case
    ``may`` is not May where CLDR capitalises it), an abbreviation only with a
    number next to it. In any other language with a curated file: the wide name
    exactly as CLDR writes it, with a number next to it. A language known from
    the CLDR extract alone is read only when active: its month names are often
    another language's words (Wolof ``Mars`` in "NASA's Mars 2020 rover").
    """
    bare = written.rstrip(".")
    for name in names:
        active = name.language in languages
        if name.cut and not active:
            continue  # a cut of a wide name: only in the active languages
        capitalised = name.written[:1].isupper()
        if active:
            if capitalised and not bare[:1].isupper():
                continue
            if name.abbreviated and not anchored:
                continue
            return name
        if (
            anchored
            and not name.abbreviated
            and bare == name.written
            and name.language.split("_")[0] in curated()  # sr_Latn: Serbian's file
        ):
            return name
    return None


def _month_phrase(
    tokens: _Tokens,
    i: int,
    name_end: int,
    names: tuple[_Name, ...],
    languages: tuple[str, ...],
    small_words: tuple[frozenset[str], frozenset[str], frozenset[str]],
    days: dict[str, tuple[_Name, ...]],
) -> tuple[DateMention, int, int] | None:
    """The date phrase around the month name at tokens ``i`` to ``name_end``:
    (mention, first, last token). ``small_words`` are the connectors, the words
    before a time and those of them that point ahead."""
    connectors, before, forward_words = small_words
    first, last = i, name_end
    if tokens.word(last + 1) == "." and tokens.adjacent(last + 1):
        last += 1
    day = year = None
    # After the month: a day (September 19), then perhaps a year; or a year (February 2025).
    j = _skip(tokens, last + 1, connectors)
    number = _day_at(tokens, j)
    if number is not None and not _is_year(tokens, j):
        day, last = number
        k = _skip(tokens, last + 1, connectors | _COMMAS)
        if _is_year(tokens, k):
            year, last = int(tokens.word(k)), k
    elif _is_year(tokens, _skip(tokens, last + 1, connectors | _COMMAS)):
        j = _skip(tokens, last + 1, connectors | _COMMAS)
        year, last = int(tokens.word(j)), j
    # Before the month: a day (19 September, 19 de septiembre, 24. September, the 24th of).
    if day is None:
        k = i - 1
        while k >= 0 and tokens.word(k).casefold() in connectors:
            k -= 1
        if tokens.word(k) == "." and k > 0 and tokens.adjacent(k):
            k -= 1
        elif tokens.word(k) == "," and k > 0 and tokens.adjacent(k) and year is not None:
            # "24, సెప్టెంబర్ 2025" (Telugu's full form): a comma after the day, only
            # with a year after the month to anchor it
            k -= 1
        if tokens.word(k).casefold() in _ORDINAL and tokens.adjacent(k) and k > 0:
            k -= 1
        value = _plain_day(tokens, k)
        if value is not None:
            day, first = value, k
    # A year before the month, with its dot (Hungarian 2025. szeptember 24.).
    dotted = tokens.word(first - 1) == "." and tokens.adjacent(first - 1)
    if year is None and dotted and _is_year(tokens, first - 2):
        year, first = int(tokens.word(first - 2)), first - 2
    elif year is None and day is not None and first == i:
        # year, month, day, as Malayalam writes a long date (2025 ജനുവരി 3; older
        # CLDR: 2025, ജനുവരി 3)
        k = i - 2 if tokens.word(i - 1) in _COMMAS and tokens.adjacent(i - 1) else i - 1
        if _is_year(tokens, k):
            year, first = int(tokens.word(k)), k
    anchored = day is not None or year is not None
    written = tokens.text[tokens.starts[i] : tokens.ends[name_end]]
    name = _accept(written, names, languages, anchored=anchored)
    if name is None:
        return None
    if not name.abbreviated and last == name_end + 1 and tokens.word(last) == ".":
        last = name_end  # the full stop of the sentence, not an abbreviation's dot
    forward = False
    if not anchored:
        previous = _previous_word(tokens, i).casefold()
        if previous not in before:
            return None
        forward = previous in forward_words
    elif day is None:
        forward = _previous_word(tokens, i).casefold() in forward_words
    if day is not None and not _valid(year or 2000, name.number, day):
        return None
    # A weekday just before: Wednesday, September 24 / mercredi 24 septembre.
    weekday = None
    k = first - 1
    while k >= 0 and tokens.word(k) in {",", "the"}:
        k -= 1
    if k >= 0 and tokens.word(k)[:1].isalpha():
        candidates = days.get(tokens.word(k).casefold())
        if candidates:
            weekday_name = _accept(tokens.word(k), candidates, languages, anchored=True)
            if weekday_name is not None:
                weekday, first = weekday_name.number, k
    if weekday is None and day is not None and tokens.word(first - 1) == ",":
        # "Wed., Sep. 24": the abbreviation with its dot.
        k = first - 2
        if tokens.word(k) == "." and tokens.adjacent(k):
            k -= 1
        candidates = days.get(tokens.word(k).casefold()) if k >= 0 else None
        if candidates:
            weekday_name = _accept(tokens.word(k), candidates, languages, anchored=True)
            if weekday_name is not None:
                weekday, first = weekday_name.number, k
    span = (tokens.starts[first], tokens.ends[last])
    mention = _mention(
        tokens.text,
        span,
        year=year,
        month=name.number,
        day=day,
        weekday=weekday,
        forward=forward,
    )
    return mention, first, last


def _skip(tokens: _Tokens, j: int, words: frozenset[str]) -> int:
    while j < len(tokens) and tokens.word(j).casefold() in words:
        j += 1
    return j


def _plain_day(tokens: _Tokens, k: int) -> int | None:
    word = tokens.word(k)
    if not word.isdigit() or len(word) > 2:
        return None
    value = int(word)
    if not 1 <= value <= 31:
        return None
    # 1,200 or 3.5 before a month is a number, not a day.
    if (
        k > 1
        and tokens.word(k - 1) in {",", "."}
        and tokens.adjacent(k)
        and tokens.word(k - 2).isdigit()
    ):
        return None
    return value


def _day_at(tokens: _Tokens, j: int) -> tuple[int, int] | None:
    """(day, last token) for a day number at ``j`` (with its ordinal suffix)."""
    value = _plain_day(tokens, j)
    if value is None:
        return None
    after = tokens.word(j + 1)
    if (
        after in {",", "."}
        and tokens.adjacent(j + 1)
        and tokens.word(j + 2).isdigit()
        and (tokens.adjacent(j + 2))
    ):
        return None  # 19,5 or 19.000: a number
    if after == "%":
        return None
    last = j
    if after.casefold() in _ORDINAL and tokens.adjacent(j + 1):
        last = j + 1
    return value, last


def _is_year(tokens: _Tokens, j: int) -> bool:
    word = tokens.word(j)
    if len(word) != 4 or not word.isdigit() or not MIN_YEAR <= int(word) <= MAX_YEAR:
        return False
    after = tokens.word(j + 1)
    if after in {",", "."} and tokens.adjacent(j + 1) and tokens.word(j + 2).isdigit():
        return not tokens.adjacent(j + 2)
    if after == "%":
        return False
    if after in {"-", "–", "/"} and tokens.adjacent(j + 1) and tokens.adjacent(j + 2):
        # a fiscal year or a season across two years (2018-19, 2023/24, 2018–2019):
        # no one year of it is the time
        following = tokens.word(j + 2)
        if following.isdigit() and len(following) in (2, 4):
            return False
    before = tokens.word(j - 1)
    return not (j > 0 and tokens.adjacent(j) and not before[:1].isalpha() and before not in "(-–")


def _previous_index(tokens: _Tokens, i: int) -> int:
    """The word before token ``i``, over hyphens and apostrophes (mid-2025, d'avril)."""
    k = i - 1
    while k >= 0 and tokens.word(k) in {"-", "'", "’", "the"}:
        k -= 1
    return k


def _previous_word(tokens: _Tokens, i: int) -> str:
    k = _previous_index(tokens, i)
    return tokens.word(k) if k >= 0 else ""


# -- assembling ---------------------------------------------------------------------------


def _mention(text: str, span: tuple[int, int], **fields: object) -> DateMention:
    return DateMention(text[span[0] : span[1]], span, **fields)  # type: ignore[arg-type]


def _without_overlaps(found: list[DateMention]) -> list[DateMention]:
    """The longest phrase wins where two overlap; text order."""
    found.sort(key=lambda m: (m.span[0], -(m.span[1] - m.span[0])))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.span[0] < kept[-1].span[1]:
            if mention.span[1] - mention.span[0] > kept[-1].span[1] - kept[-1].span[0]:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _header_end(text: str) -> int:
    """Where the header of the text ends: its leading short lines (title, byline, date)."""
    position = 0
    for line in text.splitlines(keepends=True):
        if len(line.strip()) > _HEADER_LINE:
            break
        position += len(line)
    return position


_WIRE_MARK = re.compile(r"\s*(?:\(|（|/|[-–—]\s)")


def _mark_datelines(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Dates with a day in the header, or opening the first paragraph as a wire dateline."""
    from dataclasses import replace

    header = _header_end(text)
    first_line_end = text.find("\n", header)
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    marked = []
    for mention in mentions:
        has_day = mention.day is not None and mention.month is not None
        in_header = mention.span[1] <= header
        wire = (
            header <= mention.span[0] < min(header + _HEADER_LINE, first_line_end)
            and _WIRE_MARK.match(text, mention.span[1]) is not None
        )
        if has_day and (in_header or wire):
            mention = replace(mention, dateline=True)
        marked.append(mention)
    return marked


# -- calendar arithmetic -----------------------------------------------------------------


def _month_interval(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    start = _dt.date(year, month, 1)
    following = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, following - _dt.timedelta(days=1)


def _nearest_month_day(month: int, day: int, anchor: _dt.date) -> _dt.date | None:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if _valid(year, month, day):
            candidates.append(_dt.date(year, month, day))
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))


def _nearest_month_year(month: int, anchor: _dt.date) -> int:
    """The year of the last such month up to the anchor's: a month named alone is most
    often one that has passed (``revealed in February``, written in September)."""
    return anchor.year if month <= anchor.month else anchor.year - 1


def _relative_interval(offset: int, unit: str, anchor: _dt.date) -> tuple[_dt.date, _dt.date]:
    if unit == "year":
        year = anchor.year + offset
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + offset
        return _month_interval(index // 12, index % 12 + 1)
    if unit == "week":
        monday = anchor - _dt.timedelta(days=anchor.weekday()) + _dt.timedelta(weeks=offset)
        return monday, monday + _dt.timedelta(days=6)
    day = anchor + _dt.timedelta(days=offset)
    return day, day


def _relative_words(offset: int, unit: str) -> str:
    if offset == 0:
        return f"this {unit}"
    if offset == -1:
        return "yesterday" if unit == "day" else f"last {unit}"
    if offset == 1:
        return "tomorrow" if unit == "day" else f"next {unit}"
    return f"{offset:+d} {unit}s"
