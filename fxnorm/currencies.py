"""ISO 4217 currency codes, names, symbols and minor units, from CLDR.

CLDR is the source of truth: nothing here is a hand-written table of codes or
names. What fxnorm decides with (which codes exist, which are legal tender on
a date, minor units) comes from the CLDR extract that ships with it
(:mod:`fxnorm.cldr`), so it does not move with the installed babel; display
names and symbols (:func:`name`, :func:`symbol`) are babel's, for output.
The functions are cheap after their first call.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

from . import cldr
from .errors import UnknownCurrencyError

__all__ = [
    "active_codes",
    "all_codes",
    "minor_units",
    "name",
    "symbol",
    "validate",
]

#: Precious metals that ISO 4217 codes and some rate feeds quote like currencies.
METALS = frozenset({"XAU", "XAG", "XPT", "XPD"})


@lru_cache(maxsize=1)
def all_codes() -> frozenset[str]:
    """Every currency code CLDR knows, current and historic (``DEM``, ``VEF`` …)."""
    return cldr.all_codes()


@lru_cache(maxsize=64)
def active_codes(on: _dt.date | None = None) -> frozenset[str]:
    """Codes that are legal tender in at least one territory on ``on`` (default: today).

    Derived from CLDR's territory-currency table, so ``DEM`` is active on
    1998-06-01 and not on 2005-06-01, and ``HRK`` stops at the end of 2022.
    """
    day = on or _dt.date.today()
    active = {
        span.code
        for territory in cldr.territories()
        for span in cldr.tender(territory)
        if span.tender and span.covers(day)
    }
    return frozenset(active & all_codes())


def validate(code: str) -> str:
    """Return ``code`` as an upper-case ISO 4217 code, or raise UnknownCurrencyError.

    Only codes pass; names and symbols are the parser's job
    (:func:`fxnorm.parse`). The error suggests close codes, and codes whose
    English name contains what was given (``"yuan"`` suggests ``CNY``).
    """
    if not isinstance(code, str):
        raise UnknownCurrencyError(repr(code))
    normalised = code.strip().upper()
    if len(normalised) == 3 and normalised in all_codes():
        return normalised
    raise UnknownCurrencyError(code, suggest(code))


def suggest(given: str, limit: int = 3) -> list[str]:
    """Codes that look like ``given``: close spellings first, then name matches."""
    import difflib  # only for an unknown code: not on the default path

    text = given.strip()
    found: list[str] = []
    codes = sorted(all_codes())
    if not text:
        return []
    active = active_codes()
    # Close spellings, current currencies before historic ones at equal similarity.
    matcher = difflib.SequenceMatcher(b=text.upper())
    scored = []
    for code in codes:
        matcher.set_seq1(code)
        ratio = matcher.ratio()
        if ratio >= 0.6:
            scored.append((-ratio, code not in active, code))
    spelled = [code for _, _, code in sorted(scored)[:limit]]
    named: list[str] = []
    lowered = text.casefold()
    if len(lowered) >= 3:
        for code in sorted(codes, key=lambda c: (c not in active, c)):
            if lowered in name(code).casefold():
                named.append(code)
    # A word longer than a code is more likely a name ("yuan") than a typo.
    ordered = named + spelled if len(text) > 3 else spelled + named
    for code in ordered:
        if code not in found:
            found.append(code)
    return found[:limit]


@lru_cache(maxsize=1024)
def name(code: str, locale: str = "en") -> str:
    """CLDR display name of ``code`` in ``locale`` (``name("CNY", "zh")`` is 人民币)."""
    from babel.numbers import get_currency_name

    return str(get_currency_name(code, locale=locale))


@lru_cache(maxsize=1024)
def symbol(code: str, locale: str = "en") -> str:
    """CLDR symbol of ``code`` in ``locale`` (``$`` for USD in en, ``US$`` in es_AR)."""
    from babel.numbers import get_currency_symbol

    return str(get_currency_symbol(code, locale=locale))


@lru_cache(maxsize=1024)
def minor_units(code: str) -> int:
    """Number of decimal places of ``code``'s minor unit, from CLDR (JPY 0, USD 2, BHD 3)."""
    return cldr.digits(code)
