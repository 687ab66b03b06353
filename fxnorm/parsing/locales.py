"""A locale passed to the parser, as a hint: its language, its territory, its separators.

A locale is a hint, not a law (issue #14): it names the language the text is
probably in, the territory whose currency ``$`` or ``元`` or ``pesos`` usually
means there, and the separators that decide a number the digits leave open.
The text's own evidence (its digits, its script and words, an explicit
currency) overrides it where it is clear; that is decided downstream, and
recorded on each mention.

``None`` (no locale) is a hint too: nothing is assumed, the text's language
and the currencies it names decide, English being the last resort.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache

from .. import cldr
from .numbers import NumberFormat, number_format

__all__ = ["LocaleHint", "canonical_locale", "locale_hint", "territory_currency"]


@lru_cache(maxsize=256)
def canonical_locale(locale: str | None) -> str:
    """``es-AR`` -> ``es_AR``; an unknown or empty locale becomes ``en``.

    A language and territory CLDR has no locale for (``en_JP``, ``en_AR``) keep
    their territory: it decides what ``¥`` or ``pesos`` mean.
    """
    if not locale or not isinstance(locale, str):
        return "en"
    name = locale.replace("-", "_")
    found = cldr.canonical_locale(name)
    if found is not None:
        return found
    language, _, territory = name.partition("_")
    parsed = cldr.canonical_locale(language)
    if parsed is None:
        return "en"
    if territory_currency(territory.upper()) is None:
        return parsed
    return f"{parsed}_{territory.upper()}"


def territory_currency(territory: str | None) -> str | None:
    """The first legal tender of ``territory`` today (CLDR), if it is a territory."""
    if not territory or not territory.isalpha():
        return None
    today = _dt.date.today()
    for span in cldr.tender(territory):
        if span.tender and span.covers(today):
            return span.code
    return None


@dataclass(frozen=True, slots=True)
class LocaleHint:
    """What a locale says about a text (see the module docstring)."""

    #: the canonical locale (``es_AR``, ``en_JP``), or ``None`` when none was given
    locale: str | None
    #: the CLDR locale whose data stands for it (``en`` for ``en_JP``)
    data_locale: str | None
    language: str | None
    script: str | None
    territory: str | None
    territory_currency: str | None
    #: its separators, which decide a number the digits leave open
    numbers: NumberFormat | None


_NONE = LocaleHint(None, None, None, None, None, None, None)


@lru_cache(maxsize=256)
def locale_hint(locale: str | None) -> LocaleHint:
    """The hint of a locale as passed (``None``: no hint)."""
    if locale is None:
        return _NONE
    canonical = canonical_locale(locale)
    if cldr.locale_exists(canonical):
        data_locale, territory = canonical, cldr.territory(canonical)
    else:  # en_JP: English words and numbers, Japan's currency
        data_locale, _, territory = canonical.rpartition("_")
    language, script, _ = cldr.locale_parts(data_locale)
    if territory is None:
        likely = cldr.likely_subtags(data_locale) or cldr.likely_subtags(language) or ""
        parts = cldr.locale_parts(likely) if likely else (language, None, None)
        territory = parts[2]
        script = script or parts[1]
    return LocaleHint(
        locale=canonical,
        data_locale=data_locale,
        language=language,
        script=script,
        territory=territory,
        territory_currency=territory_currency(territory),
        numbers=number_format(data_locale),
    )
