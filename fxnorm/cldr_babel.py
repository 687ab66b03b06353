"""CLDR as the installed babel has it, in the shapes of fxnorm's extract.

Two readers need this, never the parser: ``tools/build_cldr_tables.py``, which
writes the extract from babel, and :mod:`fxnorm.strategies`, which renders
money with babel and must know where the installed babel's CLDR differs from
the extract fxnorm reads (:mod:`fxnorm.cldr`). Each function returns exactly
what the extract would hold for the same question, so that the two compare
with ``==``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "PLURAL_SAMPLES",
    "calendar_names",
    "compact_patterns",
    "compact_words_agree",
    "currency_forms",
    "currency_symbols",
    "date_order",
    "decimal_pattern",
    "magnitude_words",
    "number_symbols",
    "number_symbols_agree",
    "parent",
    "territory_names",
    "version",
    "with_fraction_digits",
]

#: Counts whose plural forms are read: one, few (2), many (5), other (1.5 in
#: ru/pl/cs/uk, where only fractions take it), other or many (1000000).
PLURAL_SAMPLES = (1, 2, 5, 1.5, 1000000)


def version() -> str:
    """The CLDR version of the installed babel (its own version if it does not say)."""
    import babel
    import babel.core

    getter = getattr(babel.core, "get_cldr_version", None)
    return str(getter()) if getter is not None else f"babel {babel.__version__}"


def parent(name: str) -> str:
    """The locale ``name`` inherits from, by babel's rule: CLDR's explicit parent,
    ``root`` for a script other than the language's likely one (``zh_Hant``,
    ``az_Cyrl``), else the identifier without its last part."""
    from babel import localedata
    from babel.core import get_global

    explicit = get_global("parent_exceptions").get(name)
    if explicit:
        return str(explicit)
    non_likely = getattr(localedata, "_is_non_likely_script", None)
    if non_likely is not None and non_likely(name):
        return "root"
    return name.rsplit("_", 1)[0] if "_" in name else "root"


def number_symbols(locale: str) -> tuple[str, str]:
    """``(decimal, group)`` in Latin digits, as babel formats them."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return str(get_decimal_symbol(locale)), str(get_group_symbol(locale))


def currency_symbols(locale: str) -> dict[str, str]:
    """code -> symbol, for the symbols other than the code itself."""
    from babel import Locale

    symbols = Locale.parse(locale).currency_symbols
    return {str(c): str(s) for c, s in symbols.items() if s and str(s) != str(c)}


def currency_forms(language: str, codes: list[str]) -> dict[str, list[str]]:
    """code -> its display name and plural forms in ``language``, duplicates and the
    code itself removed, for the codes that have any."""
    from babel import Locale
    from babel.numbers import get_currency_name

    loc = Locale.parse(language)
    forms: dict[str, list[str]] = {}
    for code in codes:
        written = [str(loc.currencies.get(code) or "")]
        written += [str(get_currency_name(code, count=n, locale=loc)) for n in PLURAL_SAMPLES]
        kept = [form for form in dict.fromkeys(written) if form and form != code]
        if kept:
            forms[code] = kept
    return forms


def compact_patterns(locale: str) -> list[tuple[int, str]]:
    """``(magnitude, pattern)`` of the compact decimal and currency formats, short
    and long, in CLDR's order, duplicates removed."""
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
                    entry = (int(magnitude), str(pattern.pattern))
                    if entry not in patterns:
                        patterns.append(entry)
    return patterns


def calendar_names(language: str, kind: str) -> list[tuple[str, int]]:
    """``(name, number)`` of the months (1-12) or days (Monday 0) of ``language``:
    wide and abbreviated, in text and standing alone, first spelling kept.

    Read from the locale's own data files, merged here along its inheritance:
    babel resolves an alias (a standing-alone width that is the in-text one) by
    writing the answer into the table it read, and a locale that defines no such
    width shares that table with its parent in babel's cache, so reading one
    language's months through babel's cached data hands them to every later
    language that inherits the alias (Hebrew would name Azerbaijani months)."""
    import pickle

    from babel.localedata import LocaleDataDict, merge, resolve_locale_filename

    chain = [language]
    while chain[-1] != "root":
        chain.append(parent(chain[-1]))
    own: Any = {}
    for name in reversed(chain):
        # babel's own data files, read as babel reads them
        with open(resolve_locale_filename(name), "rb") as handle:
            merge(own, pickle.load(handle))
    table: Any = LocaleDataDict(own)[kind]
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


def magnitude_words(patterns: Iterable[tuple[int, str]]) -> set[tuple[str, int]]:
    """(word, power of ten) of compact patterns, case-folded: ``(1e9, "0 Md ¤")`` ->
    ``("md", 9)``. Where the ¤ goes and which spaces surround it do not count."""
    found = set()
    for magnitude, pattern in patterns:
        text = pattern.replace("'", "").replace("¤", " ")
        zeros = re.search(r"0+", text)
        if zeros is None:
            continue
        word = (text[: zeros.start()] + " " + text[zeros.end() :]).split()
        power = len(str(magnitude)) - len(zeros.group())
        found.add((" ".join(word).casefold(), power))
    return found


def compact_words_agree(locale: str) -> bool:
    """Whether the installed babel writes the same magnitude words for ``locale``'s
    compact formats as fxnorm's CLDR extract (``TCr`` for 10¹⁰ in en_IN in CLDR 42,
    not in 47)."""
    from . import cldr

    if version() == cldr.version():
        return True
    return magnitude_words(compact_patterns(locale)) == magnitude_words(
        cldr.compact_patterns(locale)
    )


def decimal_pattern(locale: str) -> str:
    """The locale's standard decimal format pattern (``#,##0.###``)."""
    from babel import Locale

    return str(Locale.parse(locale).decimal_formats[None].pattern)


def with_fraction_digits(pattern: str, places: int) -> str:
    """``pattern`` with exactly ``places`` fraction digits in each of its positive
    and negative forms (``#,##0.###`` → ``#,##0.00`` for 2, ``#,##0`` for 0)."""
    fraction = "." + "0" * places if places else ""
    return _NUMBER_PART.sub(lambda match: match.group(1) + fraction, pattern)


#: The number in a CLDR pattern: its grouping and integer digits, then any fraction.
_NUMBER_PART = re.compile(r"([#0,]*0)(?:\.[0#]*)?")


def number_symbols_agree(locale: str) -> bool:
    """Whether the installed babel writes ``locale``'s separators as fxnorm's extract has them."""
    from . import cldr

    return version() == cldr.version() or number_symbols(locale) == cldr.number_symbols(locale)


def date_order(locale: str) -> str | None:
    """``"dmy"``, ``"mdy"`` or ``"ymd"``: the order of the fields of ``locale``'s short
    date format (``es_AR`` ``d/M/yy`` is ``dmy``), or None if it has none of these."""
    from babel import Locale

    try:
        pattern = str(Locale.parse(locale).date_formats["short"].pattern)
    except KeyError:
        return None
    positions = {letter: pattern.find(letter) for letter in "dMy"}
    if min(positions.values()) < 0:
        return None
    order = "".join(sorted(positions, key=positions.__getitem__)).lower()
    return order if order in ("dmy", "mdy", "ymd") else None


def territory_names(language: str) -> dict[str, str]:
    """Two-letter territory code -> its name in ``language`` (``AR`` -> ``Argentina``)."""
    from babel import Locale

    names = Locale.parse(language).territories
    return {
        str(code): str(name)
        for code, name in sorted(names.items())
        if len(code) == 2 and code.isalpha() and code.isupper()
    }
