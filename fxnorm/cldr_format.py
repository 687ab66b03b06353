"""Plain numbers written in a locale's way from the shipped CLDR extract, without babel.

``fxnorm convert`` reports an amount with exactly the digits it has, in the
locale's digit grouping and separators (``25960.50`` is ``25,960.50`` in
``en``, ``25.960,50`` in ``es_AR``, ``25,960.50`` with ``#,##,##0.###`` in
``en_IN`` for larger figures). :func:`write_exact` writes that from the
extract (:func:`fxnorm.cldr.decimal_pattern` and
:func:`fxnorm.cldr.number_symbols`) as babel's ``NumberPattern.apply`` does
with the pattern's fraction digits set to the amount's, so the command need
not import babel (tens of milliseconds of a cold start) to print a number.
``tools/build_cldr_tables.py --check`` writes sample amounts in every locale
with both and requires the same text. (One difference is deliberate: babel
strips apostrophes from the whole text, as if the number were quoted pattern
text, which breaks a locale whose group separator is an ASCII apostrophe;
here only the pattern's own prefix and suffix are unquoted. No locale of the
extract's CLDR writes one.)

Only the patterns CLDR uses for plain decimals are written here: a prefix, a
grouped integer, a fraction and a suffix. A pattern with an exponent,
significant digits, a percent, per-mille or currency sign is not:
:func:`write_exact` returns None and the caller formats otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import cldr

__all__ = ["DecimalPattern", "parse_decimal_pattern", "resolve_locale", "write_exact"]

#: A CLDR number pattern: literal prefix (quoted text allowed), the number, the suffix.
_PATTERN = re.compile(r"((?:[^'0-9@#.,]|'[^']*')*)([0-9@#.,E+]*)(.*)")

#: Quoted literal text in a prefix or suffix (``''`` is an apostrophe).
_QUOTED = re.compile(r"'([^']*)'")


@dataclass(frozen=True, slots=True)
class DecimalPattern:
    """What writing a plain decimal needs of a CLDR pattern: the prefix and suffix
    of a positive and a negative number, the fewest integer digits, and the
    primary and secondary group sizes (1000: no grouping)."""

    prefixes: tuple[str, str]
    suffixes: tuple[str, str]
    min_integer: int
    grouping: tuple[int, int]


def _unquoted(text: str) -> str:
    return _QUOTED.sub(lambda match: match.group(1) or "'", text)


@lru_cache(maxsize=32)
def parse_decimal_pattern(pattern: str) -> DecimalPattern | None:
    """The parts of ``pattern`` (as babel's ``parse_pattern`` reads it), or None for
    a pattern that is not a plain decimal (exponent, significant digits, a
    percent, per-mille or currency sign)."""
    positive, _, negative = pattern.partition(";")
    matched = _PATTERN.fullmatch(positive)
    if matched is None:
        return None
    prefix, number, suffix = matched.groups()
    if negative:
        other = _PATTERN.fullmatch(negative)
        if other is None:
            return None
        negative_prefix, _, negative_suffix = other.groups()
    else:
        negative_prefix, negative_suffix = f"-{prefix}", suffix
    literals = prefix + suffix + negative_prefix + negative_suffix
    if not number or "E" in number or "@" in number or any(s in literals for s in "%‰¤"):
        return None
    integer = number.rsplit(".", 1)[0]
    min_integer = 0
    for char in integer:
        if char == "0":
            min_integer += 1
        elif char not in "#,":
            break
    return DecimalPattern(
        (_unquoted(prefix), _unquoted(negative_prefix)),
        (_unquoted(suffix), _unquoted(negative_suffix)),
        min_integer,
        _grouping(integer),
    )


def _grouping(integer: str) -> tuple[int, int]:
    """Primary and secondary group sizes of a pattern's integer part (babel's
    ``parse_grouping``): ``#,##0`` (3, 3), ``#,##,##0`` (3, 2), ``0`` (1000, 1000)."""
    last = integer.rfind(",")
    if last == -1:
        return 1000, 1000
    primary = len(integer) - last - 1
    before = integer[: -primary - 1].rfind(",")
    if before == -1:
        return primary, primary
    return primary, len(integer) - primary - before - 2


def resolve_locale(locale: str) -> str | None:
    """The CLDR locale whose numbers ``locale`` is written with: itself or what it
    means (``zh_TW`` is ``zh_Hant_TW``), else its language (``en_AR`` is
    written as ``en``); None when the extract knows neither."""
    return cldr.canonical_locale(locale) or cldr.canonical_locale(locale.partition("_")[0])


def write_exact(amount: Decimal, locale: str) -> str | None:
    """``amount`` with exactly the digits it has, in ``locale``'s grouping and
    separators (Latin digits): ``Decimal("25960.50")`` is ``25.960,50`` in
    ``es_AR``; never rounded, never a trailing zero dropped. None when
    ``locale`` is unknown to the extract or its pattern is not a plain decimal.
    """
    name = resolve_locale(locale)
    if name is None:
        return None
    pattern = parse_decimal_pattern(cldr.decimal_pattern(name))
    if pattern is None:
        return None
    decimal, group = cldr.number_symbols(name)
    integer, _, fraction = f"{amount.copy_abs():f}".partition(".")  # exact: no context
    if len(integer) < pattern.min_integer:
        integer = "0" * (pattern.min_integer - len(integer)) + integer
    size, later = pattern.grouping
    groups = ""
    while len(integer) > size:
        groups = group + integer[-size:] + groups
        integer = integer[:-size]
        size = later
    negative = 1 if amount.is_signed() else 0
    number = integer + groups + (decimal + fraction if fraction else "")
    return pattern.prefixes[negative] + number + pattern.suffixes[negative]
