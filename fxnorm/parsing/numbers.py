"""Digits to exact Decimals: the digits decide, a number format only where they cannot.

The scanner finds a *numeric run*: digits joined by single separators (``.``
``,`` apostrophes, NBSP, NNBSP, thin and figure spaces, a plain space before
exactly three digits, and the marks of Arabic script: :data:`RUN_SEPARATORS`).
What the run means is decided here, by its own evidence first; a locale, or a
currency's home, is asked only for the one case the digits leave open.

The digits decide (the same reading in every locale):

* a separator followed by one or two digits, or by four or more, is the
  decimal mark (``25,96``, ``17,35``, ``1.5``, ``3,14159``); so is one after a
  lone ``0`` (``0,500``) or after four digits or more (``1234,567``);
* two different marks: the later one is the decimal mark and occurs once
  (``1,234.5``, ``1.234,5``);
* the same mark twice or more groups thousands (``1.234.567``), or lakhs and
  crores with a comma (``1,23,45,678``);
* space-like separators (NBSP, NNBSP, thin and figure spaces, ``'``, ``’``, a
  plain space before three digits) group thousands (``1 234,5``, ``1'234.50``);
* the separators of the Arabic-script digits (CLDR's ``arab`` and ``arabext``
  number systems, Arabic, Persian and Urdu text) say what they are: U+066B
  ARABIC DECIMAL SEPARATOR is the decimal mark and nothing else (``٣٫٥``,
  ``١٫٥٠٠`` is 1.5), U+066C ARABIC THOUSANDS SEPARATOR groups thousands
  (``١٬٥٠٠``); U+060C ARABIC COMMA, the comma of the script, is written
  between digits where ``,`` would be (``1،75 مليار``, a decimal mark) and is
  read as ``,`` is.

The one open case is a single ``.`` or ``,`` with one to three digits before it
and exactly three after (``25.960``, ``1,234``): 25,960 in Argentina, 25.96 in
the United States. The format passed in decides it, and the :class:`Reading`
says so (``lone``), so that the caller can record who decided (the locale, the
currency's home conventions, the text's language) and read it again another way.

Grouped digits must come in threes after the first group (one to three
digits). Numbers with more than 30 integer or fractional digits have no
reading (fxnorm's amounts stay below 1e30): the caller reports them. Everything
here is linear in the length of the run.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "EXACT",
    "MAX_DIGITS",
    "NUMBER_RUN",
    "RUN_SEPARATORS",
    "SPACE_SEPARATORS",
    "NumberFormat",
    "Reading",
    "describe",
    "format_of",
    "number_format",
    "open_mark",
    "read_number",
    "suggestions",
]

#: Characters that group thousands wherever they appear between digits.
SPACE_SEPARATORS = frozenset("\u00a0\u202f\u2009\u2007'’")

#: The separators of CLDR's ``arab`` and ``arabext`` number systems (the digits
#: ``٠``-``٩`` and ``۰``-``۹``): the decimal mark (U+066B) and the thousands
#: separator (U+066C); and U+060C ARABIC COMMA, which Arabic text writes
#: between digits where a comma would be.
ARABIC_DECIMAL = "\u066b"
ARABIC_GROUP = "\u066c"
ARABIC_COMMA = "\u060c"
_ARABIC_MARKS = frozenset(ARABIC_DECIMAL + ARABIC_GROUP + ARABIC_COMMA)
#: The Arabic marks as the reader takes them: the comma as ``,``, the thousands
#: separator as a space that groups (the decimal separator is read apart).
_AS_LATIN = str.maketrans({ARABIC_COMMA: ",", ARABIC_GROUP: "\u00a0"})

#: Every character that joins two digits of a numeric run (a plain space too, before
#: exactly three digits): the scanner's patterns are built from it.
RUN_SEPARATORS = ".,'’\u00a0\u202f\u2009\u2007" + ARABIC_COMMA + ARABIC_DECIMAL + ARABIC_GROUP

#: Largest number of digits on either side of the decimal mark.
MAX_DIGITS = 30

_SPLIT = re.compile(r"(\D)")
_ONE_SEPARATOR = re.compile(r"(\d+)(\D)(\d+)")
#: Thousands grouped by one mark, then a fraction after the other mark or none
#: (``1,234.56``, ``1.234.567``): read the same in every locale.
_GROUPED = re.compile(r"(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?|(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?")

#: Exact arithmetic for scaling by magnitudes: 30 + 30 digits and more fit.
EXACT = Context(prec=100)


class NumberFormat(NamedTuple):
    """A decimal and a grouping symbol, and whether a space groups."""

    decimal: str
    group: str
    space_groups: bool


class Reading(NamedTuple):
    """The meaning of a numeric run.

    ``value`` is the exact number, ``exponent`` the exponent of its last stated
    digit (``-2`` for ``52.44``), and ``lone`` is True when the reading hung on a
    single ``.`` or ``,`` followed by three digits (``25,960``): the one case the
    digits leave open, decided by the format the run was read with.
    """

    value: Decimal
    exponent: int
    lone: bool


#: The formats an open run can be read with: a decimal point, a decimal comma.
POINT = NumberFormat(".", ",", False)
COMMA = NumberFormat(",", ".", False)


@lru_cache(maxsize=256)
def number_format(locale: str) -> NumberFormat:
    """Separators of ``locale`` from CLDR (the shipped extract); ``en``'s for an unknown locale."""
    from .. import cldr

    if not cldr.locale_exists(locale):
        return POINT
    decimal, group = cldr.number_symbols(locale)
    return format_of(decimal, group)


def format_of(decimal: str, group: str) -> NumberFormat:
    """The :class:`NumberFormat` of a decimal and a group symbol as CLDR writes them."""
    if decimal not in ".,":
        decimal = "."
    space_groups = group.isspace() or group in SPACE_SEPARATORS
    if group not in ".,":
        group = " " if space_groups else ","
    return NumberFormat(decimal, group, space_groups)


def describe(reading: Reading, raw: str) -> str | None:
    """How a run was read, as a template (``1,234.56``, ``1.234,56``, ``1 234,5``,
    ``1,23,456``), or ``None`` when it has no separator to read."""
    shape = raw.translate(_ZEROS)  # the ASCII digits in C; any other by the regex
    if not shape.isascii():
        shape = _SHAPE.sub("0", shape)
    return _describe(reading.exponent < 0, shape)


_SHAPE = re.compile(r"\d")
_ZEROS = str.maketrans("123456789", "000000000")


@lru_cache(maxsize=1024)
def _describe(decimal_part: bool, raw: str) -> str | None:
    seps = [ch for ch in raw if ch != "0"]
    if not seps:
        return None
    if decimal_part:
        decimal = seps[-1]
        groups = seps[:-1]
    else:
        decimal = None
        groups = seps
    group = groups[0] if groups else None
    shown = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "’": "'"}
    if group is not None:
        group = shown.get(group, group)
    indian = group == "," and _indian_shape(raw)
    head = "1,23,456" if indian else ("1" + group + "234" if group else "1234")
    return head + (decimal + "5" if decimal else "")


def _indian_shape(raw: str) -> bool:
    groups = re.split(r"\D", raw)
    return len(groups) >= 3 and any(len(g) == 2 for g in groups[1:-1])


def _grouped(groups: list[str], indian: bool) -> bool:
    """Whether digit groups form a valid thousands (or lakh) grouping."""
    first = groups[0]
    if not 1 <= len(first) <= 3:
        return False
    rest = groups[1:]
    if all(len(g) == 3 for g in rest):
        return True
    # Lakh grouping: 1,23,45,678 (first 1-2 digits, then pairs, then three); past a
    # hundred lakh crore the press keeps the crores' hundreds in the first group
    # ("Rs 168,47,455 crore"), which no thousands grouping writes.
    return indian and len(rest[-1]) == 3 and all(len(g) == 2 for g in rest[:-1])


def _make(integer: str, fraction: str, lone: bool) -> Reading | None:
    if len(integer) > MAX_DIGITS and len(integer.lstrip("0")) > MAX_DIGITS:
        return None
    if len(fraction) > MAX_DIGITS:
        return None
    return Reading(Decimal(f"{integer}.{fraction}" if fraction else integer), -len(fraction), lone)


#: ``Reading(...)`` without the Python-level ``__new__`` of a NamedTuple (every field given).
_new = tuple.__new__


def read_number(run: str, fmt: NumberFormat) -> Reading | None:
    """Read a numeric run: by its own evidence, ``fmt`` deciding the one open case;
    ``None`` when it is no number (``1.2.3``, ``1,23,4``) or beyond 30 digits."""
    if not run.isascii() and not _ARABIC_MARKS.isdisjoint(run):
        return _arabic_marks(run, fmt)
    if len(run) <= MAX_DIGITS:  # no digit limit to check on the fast paths
        if run.isdigit():  # Decimal("007") is Decimal("7"); the tuple built as figures' are
            return _new(Reading, (Decimal(run), 0, False))
        one = _ONE_SEPARATOR.fullmatch(run)
        if one is not None:  # most prices: 119.00, 25,960, 1 234
            head, sep, tail = one.groups()
            return _one_separator(head, sep, tail, fmt)
        grouped = _GROUPED.fullmatch(run)
        if grouped is not None:  # 1,234.56 and 1.234,56: no locale needed
            comma, point_fraction, dotted, comma_fraction = grouped.groups()
            if comma is not None:
                integer, fraction = comma.replace(",", ""), point_fraction
            else:
                integer, fraction = dotted.replace(".", ""), comma_fraction
            if fraction is None:
                return Reading(Decimal(integer), 0, False)
            return Reading(Decimal(f"{integer}.{fraction}"), -len(fraction), False)
    elif run.isdigit():
        return _make(run, "", False)
    return _several_separators(run, fmt)


def open_mark(run: str) -> str:
    """The ``.`` or ``,`` a run's open reading hangs on (see :class:`Reading`), the
    Arabic comma read as ``,``: the first such mark of the run."""
    return next(ch for ch in run.translate(_AS_LATIN) if ch in ".,")


def _arabic_marks(run: str, fmt: NumberFormat) -> Reading | None:
    """:func:`read_number` for a run with the marks of Arabic script: the comma
    reads as ``,``, the thousands separator as a space that groups; the decimal
    separator is the decimal mark, once, after the groups of the whole part."""
    latin = run.translate(_AS_LATIN)
    head, decimal, tail = latin.partition(ARABIC_DECIMAL)
    if not decimal:
        return read_number(latin, fmt)
    if not head or not tail.isdigit():  # a second decimal separator, or a mark after it
        return None
    parts = _SPLIT.split(head)
    groups = parts[0::2]
    marks = set(parts[1::2])
    if len(groups) > 2 * MAX_DIGITS or {".", ","} <= marks:
        return None
    if len(groups) > 1 and not _grouped(groups, "," in marks):
        return None
    return _make("".join(groups), tail, False)


def _one_separator(head: str, sep: str, tail: str, fmt: NumberFormat) -> Reading | None:
    """:func:`read_number` for a short ``head sep tail``: the rules above for two groups."""
    if sep not in ".,":  # a space-like separator groups three digits, or it is no number
        if len(tail) == 3 and len(head) <= 3:
            return Reading(Decimal(head + tail), 0, False)
        return None
    if len(tail) != 3 or len(head) > 3 or head == "0":  # the digits say: a decimal mark
        return Reading(Decimal(f"{head}.{tail}"), -len(tail), False)
    if sep == fmt.decimal:
        return Reading(Decimal(f"{head}.{tail}"), -3, True)
    return Reading(Decimal(head + tail), 0, True)


def _several_separators(run: str, fmt: NumberFormat) -> Reading | None:
    parts = _SPLIT.split(run)
    groups = parts[0::2]
    seps = parts[1::2]
    if len(groups) > 2 * MAX_DIGITS:
        return None
    marks = [s for s in seps if s in ".,"]
    spacey = [s for s in seps if s not in ".,"]
    if not marks:
        if _grouped(groups, False):
            return _make("".join(groups), "", False)
        return None
    last = seps[-1]
    if "." in marks and "," in marks:
        # The later mark is the decimal point; it occurs once, at the end.
        if last not in ".," or marks.count(last) != 1:
            return None
        if not _grouped(groups[:-1], last == "."):
            return None
        return _make("".join(groups[:-1]), groups[-1], False)
    mark = marks[0]
    if len(marks) >= 2:
        if _grouped(groups, mark == ","):
            return _make("".join(groups), "", False)
        return None
    # A single mark: it must be the last separator.
    if last != mark:
        return None
    head, tail = groups[:-1], groups[-1]
    if spacey:
        # "1 234,5", "1'234.5": spaces group, so the mark is the decimal point.
        if not _grouped(head, False):
            return None
        return _make("".join(head), tail, False)
    if len(tail) != 3 or len(head[0]) > 3 or head[0] == "0":
        return _make(head[0], tail, False)
    if mark == fmt.decimal:
        return _make(head[0], tail, True)
    return _make(head[0] + tail, "", True)


def suggestions(run: str, locale: str) -> list[str]:
    """What babel's strict parser suggests ``run`` could mean in ``locale``.

    Used only for error messages.
    """
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        parse_decimal(run, locale=locale, strict=True)
    except NumberFormatError as error:
        return [str(s) for s in (getattr(error, "suggestions", None) or [])]
    except Exception:
        return []
    return []


#: A numeric run as the scanner sees it (for messages; the scanner has its own).
NUMBER_RUN = re.compile(r"\d+(?:[" + RUN_SEPARATORS + r"]\d+)*")
