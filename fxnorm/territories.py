"""The territories a text names, and the currencies they use today (CLDR, offline).

A text that names a territory in its own language (``Argentina``, ``México``, as
CLDR names them) says where its money is: the parser reads a ``$`` its language
leaves open by it, and ``fxnorm check`` suggests that territory's locale first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import cldr

__all__ = ["currencies_of", "named_territories", "territories_of"]


@lru_cache(maxsize=1)
def _tender_today() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(territory -> its legal tender today, code -> the territories it is tender of),
    two-letter territories only, from fxnorm's CLDR extract."""
    by_territory: dict[str, tuple[str, ...]] = {}
    by_code: dict[str, list[str]] = {}
    for territory in cldr.territories():
        if not territory.isalpha() or len(territory) != 2:
            continue
        codes = tuple(
            dict.fromkeys(s.code for s in cldr.tender(territory) if s.end is None and s.tender)
        )
        if codes:
            by_territory[territory] = codes
        for code in codes:
            by_code.setdefault(code, []).append(territory)
    return by_territory, {code: tuple(found) for code, found in by_code.items()}


def currencies_of(territory: str) -> tuple[str, ...]:
    """The currencies that are legal tender in ``territory`` today (``AR``: ``ARS``)."""
    return _tender_today()[0].get(territory, ())


def territories_of(code: str) -> tuple[str, ...]:
    """The territories whose legal tender ``code`` is today, sorted (``USD``: ``AS``, ``EC`` …)."""
    return _tender_today()[1].get(code, ())


@lru_cache(maxsize=8)
def _territory_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The territories' names in ``language`` (CLDR's, from fxnorm's extract), those
    longer than three characters (a short one is some other word's too)."""
    names = cldr.territory_names(language)
    if not names:
        return None
    by_name = {name: code for code, name in names.items() if len(name) > 3}
    if not by_name:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), by_name


def named_territories(text: str, language: str) -> dict[str, str]:
    """Territory code -> its name as the text writes it, for each territory ``text``
    names in ``language`` (CLDR's names, as written: ``Argentina`` in Spanish text),
    in the order the text first names them."""
    compiled = _territory_pattern(language)
    if compiled is None:
        return {}
    pattern, by_name = compiled
    found: dict[str, str] = {}
    for match in pattern.finditer(text):
        found.setdefault(by_name[match[0]], match[0])
    return found
