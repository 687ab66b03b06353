"""Digits to exact Decimals, following a locale's separators.

The scanner finds a *numeric run*: digits joined by single separators
(``.`` ``,`` apostrophes, NBSP, NNBSP, thin and figure spaces, and a plain space
before exactly three digits). This module decides what the run means.

Rules, in order (``d`` is the locale's decimal symbol, ``g`` its grouping):

* Space-like separators (NBSP, NNBSP, thin space, ``'``, ``’``, and a plain
  space before exactly three digits) always group thousands when the groups
  are well formed (``1 234,5``); otherwise the scanner splits the run at plain
  spaces (``in 2023 100 people``).
* When both ``.`` and ``,`` occur, the one that comes last is the decimal mark
  (``1,234.5`` and ``1.234,5`` read the same in every locale) and it must occur
  once.
* The same mark twice or more groups thousands (``1.234.567``), or lakhs
  and crores with a comma (``1,23,45,678``).
* A *lone* mark is read with the locale: the locale's decimal symbol is a
  decimal point (``25.960`` is 25.96 in ``en``); the locale's grouping symbol
  must be followed by exactly three digits (``25,960`` is 25960 in ``en``).
  ``25,96`` under ``en`` has no reading: :func:`suggestions` asks babel's
  strict parser (``babel.numbers.parse_decimal(strict=True)``) what it could
  mean, and callers report it instead of guessing.

Grouped digits must come in threes after the first group (one to three
digits). Numbers with more than 30 integer or fractional digits are refused
(fxnorm's amounts stay below 1e30). Everything here is linear in the length of
the run.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "EXACT",
    "SPACE_SEPARATORS",
    "NumberFormat",
    "Reading",
    "number_format",
    "read_number",
    "suggestions",
]

#: Characters that group thousands wherever they appear between digits.
SPACE_SEPARATORS = frozenset("\u00a0\u202f\u2009\u2007'’")

#: Largest number of digits on either side of the decimal mark.
MAX_DIGITS = 30

_SPLIT = re.compile(r"(\D)")
_ONE_SEPARATOR = re.compile(r"(\d+)(\D)(\d+)")
#: Thousands grouped by one mark, then a fraction after the other mark or none
#: (``1,234.56``, ``1.234.567``): read the same in every locale (rules 2 and 3).
_GROUPED = re.compile(r"(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?|(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?")

#: Exact arithmetic for scaling by magnitudes: 30 + 30 digits and more fit.
EXACT = Context(prec=100)


class NumberFormat(NamedTuple):
    """A locale's decimal and grouping symbols, and whether a space groups."""

    decimal: str
    group: str
    space_groups: bool


class Reading(NamedTuple):
    """The meaning of a numeric run.

    ``value`` is the exact number, ``exponent`` the exponent of its last stated
    digit (``-2`` for ``52.44``), and ``lone`` is True when the reading hung on a
    single ``.`` or ``,`` followed by three digits (``25,960``), which locales
    read differently.
    """

    value: Decimal
    exponent: int
    lone: bool


@lru_cache(maxsize=256)
def number_format(locale: str) -> NumberFormat:
    """Separators of ``locale`` from CLDR (the shipped extract); ``en``'s for an unknown locale."""
    from .. import cldr

    if not cldr.locale_exists(locale):
        return NumberFormat(".", ",", False)
    decimal, group = cldr.number_symbols(locale)
    if decimal not in ".,":
        decimal = "."
    space_groups = group.isspace() or group in SPACE_SEPARATORS
    if group not in ".,":
        group = " " if space_groups else ","
    return NumberFormat(decimal, group, space_groups)


def _grouped(groups: list[str], indian: bool) -> bool:
    """Whether digit groups form a valid thousands (or lakh) grouping."""
    first = groups[0]
    if not 1 <= len(first) <= 3:
        return False
    rest = groups[1:]
    if all(len(g) == 3 for g in rest):
        return True
    # Lakh grouping: 1,23,45,678 (first 1-2 digits, then pairs, then three).
    return indian and len(first) <= 2 and len(rest[-1]) == 3 and all(len(g) == 2 for g in rest[:-1])


def _make(integer: str, fraction: str, lone: bool) -> Reading | None:
    if len(integer) > MAX_DIGITS and len(integer.lstrip("0")) > MAX_DIGITS:
        return None
    if len(fraction) > MAX_DIGITS:
        return None
    return Reading(Decimal(f"{integer}.{fraction}" if fraction else integer), -len(fraction), lone)


def read_number(run: str, fmt: NumberFormat) -> Reading | None:
    """Read a numeric run with ``fmt``; ``None`` when it has no reading there."""
    if len(run) <= MAX_DIGITS:  # no digit limit to check on the fast paths
        if run.isdigit():
            return Reading(Decimal(run), 0, False)  # Decimal("007") is Decimal("7")
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


def _one_separator(head: str, sep: str, tail: str, fmt: NumberFormat) -> Reading | None:
    """:func:`read_number` for a short ``head sep tail``: the rules above for two groups."""
    lone = len(tail) == 3
    if sep == fmt.decimal:
        return Reading(Decimal(f"{head}.{tail}"), -len(tail), lone)
    if lone and len(head) <= 3:  # a space, the locale's grouping mark or a foreign mark
        return Reading(Decimal(head + tail), 0, sep in ".,")
    if sep in ".," and sep != fmt.group:  # a foreign mark before other than three digits
        return Reading(Decimal(f"{head}.{tail}"), -len(tail), False)
    return None


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
    lone = len(tail) == 3
    if mark == fmt.decimal:
        return _make(head[0], tail, lone)
    if mark == fmt.group:
        if lone and len(head[0]) <= 3:
            return _make(head[0] + tail, "", True)
        return None
    # The mark is neither of the locale's symbols (a "." in fr): three digits
    # after it group, anything else is a decimal fraction.
    if lone and len(head[0]) <= 3:
        return _make(head[0] + tail, "", True)
    return _make(head[0], tail, False)


def suggestions(run: str, locale: str) -> list[str]:
    """What babel's strict parser suggests ``run`` could mean in ``locale``.

    Used only for error messages (``25,96`` in ``en``: ``['2,596', '25.96']``).
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
NUMBER_RUN = re.compile(r"\d+(?:[.,'’\u00a0\u202f\u2009\u2007]\d+)*")
