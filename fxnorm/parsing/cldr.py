"""The slices of CLDR the lexicons are built from: read from babel, or from the
same data extracted once into ``fxnorm/data/cldr_tables.json``.

Building the first lexicon reads the currency symbols of about sixty locales
(the home locales of every currency worth knowing) and the currency names of
the parser's languages. babel loads each locale's whole data file for that,
about 0.3 s in all: most of the cold start of ``fxnorm convert "380 billion
yuan"``. ``tools/build_cldr_tables.py`` writes what these functions read into
a JSON file that ships in the wheel; it is used when the installed babel
carries the CLDR version it was extracted from, and babel is read otherwise
(or for a locale the file does not hold). Nothing in the file is
hand-written: it is babel's output, and ``tests/test_cldr_tables.py`` checks
it against babel. What the lexicon *does* with these slices (which symbols
count, how names fold) stays in :mod:`.lexicon`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "TABLES_PATH",
    "cldr_version",
    "compact_patterns",
    "currency_forms",
    "currency_symbols",
    "day_names",
    "extract",
    "month_names",
    "territory",
]

#: The shipped extract, next to the embedded rates.
TABLES_PATH = Path(__file__).resolve().parent.parent / "data" / "cldr_tables.json"

#: Counts whose plural forms are read: one, few (2), many (5), other (1.5 in
#: ru/pl/cs/uk, where only fractions take it), other or many (1000000).
PLURAL_SAMPLES = (1, 2, 5, 1.5, 1000000)

#: Bumped when what a slice holds changes, so that an older file is not used.
FORMAT = 2


def cldr_version() -> str:
    """The CLDR version of the installed babel (its own version if it does not say)."""
    import babel
    import babel.core

    getter = getattr(babel.core, "get_cldr_version", None)
    return str(getter()) if getter is not None else f"babel {babel.__version__}"


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any] | None:
    """The shipped extract, if it matches the installed babel's CLDR."""
    try:
        data = json.loads(TABLES_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("cldr") != cldr_version():
        return None
    return data


def _slice(kind: str, locale: str) -> Any:
    shipped = _shipped()
    if shipped is None:
        return None
    return shipped[kind].get(locale)


def territory(locale: str) -> str | None:
    """The territory of a CLDR locale identifier (``en_GB`` -> ``GB``, ``en`` -> None)."""
    found = _slice("territories", locale)
    return (str(found) or None) if found is not None else _live_territory(locale)


def currency_symbols(locale: str) -> list[tuple[str, str]]:
    """``(code, symbol)`` for the currencies ``locale`` writes with a symbol other
    than the code itself, in CLDR's order."""
    found = _slice("symbols", locale)
    if found is not None:
        return [(str(code), str(symbol)) for code, symbol in found]
    return _live_symbols(locale)


def currency_forms(language: str, codes: frozenset[str]) -> dict[str, list[str]]:
    """code -> its display name and plural forms in ``language`` (as CLDR writes
    them, duplicates removed, in a fixed order), for each of ``codes``."""
    found = _slice("names", language)
    if found is not None and codes <= found.keys():
        return {code: list(found[code]) for code in codes}
    return _live_forms(language, codes)


def compact_patterns(locale: str) -> list[tuple[int, str]]:
    """``(magnitude, pattern)`` of every compact decimal and currency format of
    ``locale``, short and long (``(1000000000, "0 Md")``)."""
    found = _slice("compact", locale)
    if found is not None:
        return [(int(magnitude), str(pattern)) for magnitude, pattern in found]
    return _live_compact(locale)


def month_names(language: str) -> list[tuple[str, int]]:
    """``(name, month)`` for every way CLDR writes a month in ``language``: wide and
    abbreviated, in running text and standing alone (``septiembre``, ``sept.``, ``9月``),
    as written, duplicates removed; months are 1-12."""
    found = _slice("months", language)
    if found is not None:
        return [(str(name), int(number)) for name, number in found]
    return _live_calendar(language, "months")


def day_names(language: str) -> list[tuple[str, int]]:
    """``(name, weekday)`` for every way CLDR writes a day of the week in ``language``
    (``miércoles``, ``mié.``, ``水曜日``); weekdays as :meth:`datetime.date.weekday`
    counts them, Monday 0 to Sunday 6."""
    found = _slice("days", language)
    if found is not None:
        return [(str(name), int(number)) for name, number in found]
    return _live_calendar(language, "days")


def extract(
    locales: list[str],
    languages: list[str],
    codes: frozenset[str],
    calendar_languages: list[str] | None = None,
) -> dict[str, Any]:
    """The file's content, read from babel: the symbols and territories of
    ``locales``, the names (over ``codes``) and compact patterns of ``languages``,
    and the month and day names of ``calendar_languages`` (default ``languages``)."""
    calendars = languages if calendar_languages is None else calendar_languages
    return {
        "format": FORMAT,
        "cldr": cldr_version(),
        "territories": {name: _live_territory(name) or "" for name in locales},
        "symbols": {name: [list(pair) for pair in _live_symbols(name)] for name in locales},
        "names": {language: _live_forms(language, codes) for language in languages},
        "compact": {language: [list(p) for p in _live_compact(language)] for language in languages},
        "months": {lang: [list(p) for p in _live_calendar(lang, "months")] for lang in calendars},
        "days": {lang: [list(p) for p in _live_calendar(lang, "days")] for lang in calendars},
    }


# -- read from babel -----------------------------------------------------------------


def _live_territory(locale: str) -> str | None:
    from babel import Locale

    return Locale.parse(locale).territory


def _live_symbols(locale: str) -> list[tuple[str, str]]:
    from babel import Locale

    symbols = Locale.parse(locale).currency_symbols
    return [(str(c), str(s)) for c, s in symbols.items() if s and str(s) != str(c)]


def _live_forms(language: str, codes: frozenset[str]) -> dict[str, list[str]]:
    from babel import Locale
    from babel.numbers import get_currency_name

    loc = Locale.parse(language)
    forms: dict[str, list[str]] = {}
    for code in sorted(codes):
        written = [str(loc.currencies.get(code) or "")]
        written += [str(get_currency_name(code, count=n, locale=loc)) for n in PLURAL_SAMPLES]
        forms[code] = list(dict.fromkeys(written))
    return forms


def _live_compact(locale: str) -> list[tuple[int, str]]:
    from babel import Locale

    loc = Locale.parse(locale)
    patterns: list[tuple[int, str]] = []
    for attr in ("compact_decimal_formats", "compact_currency_formats"):
        data = getattr(loc, attr)
        for kind in ("short", "long"):
            try:
                table = data[kind]
            except KeyError:
                continue
            for per_count in table.values():
                for magnitude, pattern in per_count.items():
                    patterns.append((int(magnitude), str(pattern.pattern)))
    return patterns


def _live_calendar(language: str, kind: str) -> list[tuple[str, int]]:
    from babel import Locale

    table = getattr(Locale.parse(language), kind)
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            try:
                names = table[context][width]
            except KeyError:
                continue
            for number, name in sorted(names.items()):
                found.setdefault(str(name), int(number))
    return list(found.items())
