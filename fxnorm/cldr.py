"""The CLDR data fxnorm decides with, read from the extract that ships with it.

Everything fxnorm *decides* from the Unicode CLDR (which codes exist, which
currency a territory uses on a date, how many decimals a currency has, each
locale's separators and currency symbols, the currency names and compact
number words of the languages the parser reads, month and day names) comes
from ``fxnorm/data/cldr/``, written by ``tools/build_cldr_tables.py`` from one
known CLDR version, recorded in the files (:func:`version`). The installed
babel is not consulted for these, so a newer or older babel (another CLDR)
cannot change what fxnorm reads or which rates it keeps; babel still does the
*formatting* (``Money.format``), where a newer CLDR is welcome, except for the
plain numbers of ``fxnorm convert``'s report, which :mod:`fxnorm.cldr_format`
writes from the extract's decimal patterns so that the command starts
without importing babel. Moving to
another CLDR is a deliberate step: ``tools/build_cldr_tables.py --diff`` shows
what would change, and rebuilding writes the new extract.

The extract is ``currencies.json`` (the codes and their minor units, which
every new Money reads: a small file of its own), ``core.json`` (legal tender
by territory, locale identifiers, their inheritance, separators, symbols
and decimal patterns), ``likely.json`` (likely subtags, language aliases)
and one ``<language>.json`` per language the parser reads (currency names
with their plural forms, territory names, compact number patterns, month
and day names). Each is read the first time it is needed and kept.

Locale data follows CLDR's inheritance, as babel resolves it: a locale holds
only what differs from its parent (``es_AR`` → ``es_419`` → ``es`` → ``root``),
and lookups walk the chain.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._shipped import read_shipped_json

__all__ = [
    "DATA_DIR",
    "FORMAT",
    "TenderSpan",
    "all_codes",
    "canonical_locale",
    "compact_patterns",
    "currency_forms",
    "currency_symbols",
    "date_order",
    "day_names",
    "decimal_pattern",
    "describe",
    "digits",
    "inheritance_chain",
    "language_alias",
    "languages",
    "likely_subtags",
    "locale_exists",
    "locale_parts",
    "locales",
    "month_names",
    "number_symbols",
    "source",
    "symbol_codes",
    "tender",
    "territories",
    "version",
]

#: Where the extract lives, next to the embedded rates.
DATA_DIR = Path(__file__).resolve().parent / "data" / "cldr"

#: Bumped when what a file holds changes; the reader refuses another format.
FORMAT = 4


@dataclass(frozen=True, slots=True)
class TenderSpan:
    """One currency's period in a territory, as CLDR's ``currencyData`` has it.

    ``start``/``end`` are None when open; ``tender`` is False for currencies a
    territory uses without them being legal tender (``USN``, ``XAU`` …).
    """

    code: str
    start: _dt.date | None
    end: _dt.date | None
    tender: bool

    def covers(self, day: _dt.date) -> bool:
        """Whether ``day`` falls in the span (both ends included, as CLDR means them)."""
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


# -- the files ------------------------------------------------------------------


def _read(name: str) -> dict[str, Any]:
    return read_shipped_json(DATA_DIR / name, "CLDR extract", FORMAT, "tools/build_cldr_tables.py")


@lru_cache(maxsize=1)
def _core() -> dict[str, Any]:
    return _read("core.json")


@lru_cache(maxsize=64)
def _language(language: str) -> dict[str, Any] | None:
    if language not in _core()["languages"]:
        return None
    return _read(f"{language}.json")


def version() -> str:
    """The CLDR version the extract was built from (``"47"``)."""
    return str(_core()["cldr"])


def source() -> str:
    """What wrote the extract: ``"babel 2.18.0 (CLDR 47)"``."""
    core = _core()
    return f"babel {core['babel']} (CLDR {core['cldr']})"


def describe() -> str:
    """One line for ``--version`` and ``rates sources``: which CLDR fxnorm decides with."""
    core = _core()
    return f"CLDR {core['cldr']} (shipped extract, written with babel {core['babel']})"


def languages() -> tuple[str, ...]:
    """The languages (and scripts, ``zh_Hant``) with names, compact words and calendars."""
    return tuple(_core()["languages"])


# -- currencies -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _currencies() -> dict[str, Any]:
    return _read("currencies.json")


@lru_cache(maxsize=1)
def all_codes() -> frozenset[str]:
    """Every currency code CLDR knows, current and historic (``DEM``, ``VEF`` …)."""
    return frozenset(_currencies()["codes"])


def digits(code: str) -> int:
    """Decimal places of ``code``'s minor unit (JPY 0, USD 2, BHD 3); CLDR's default
    (2) for a code it has no entry for."""
    table = _currencies()["digits"]
    return int(table.get(code, table["DEFAULT"]))


def _day(value: list[int] | None) -> _dt.date | None:
    return None if value is None else _dt.date(*value)


@lru_cache(maxsize=1)
def _tender() -> dict[str, tuple[TenderSpan, ...]]:
    return {
        territory: tuple(
            TenderSpan(str(code), _day(start), _day(end), bool(flag))
            for code, start, end, flag in spans
        )
        for territory, spans in _core()["tender"].items()
    }


def territories() -> tuple[str, ...]:
    """Every territory with a currency history, in CLDR's order."""
    return tuple(_tender())


def tender(territory: str) -> tuple[TenderSpan, ...]:
    """The currencies of ``territory`` through time (empty for an unknown one)."""
    return _tender().get(territory, ())


# -- locales --------------------------------------------------------------------


@lru_cache(maxsize=1)
def locales() -> frozenset[str]:
    """Every CLDR locale identifier (``es_AR``, ``zh_Hant_TW``, ``en_001`` …)."""
    return frozenset(_core()["locales"])


def locale_exists(name: str) -> bool:
    """Whether CLDR has a locale of exactly this identifier."""
    return name in _core()["locales"]


@lru_cache(maxsize=1)
def _likely() -> dict[str, Any]:
    return _read("likely.json")


def likely_subtags(tag: str) -> str | None:
    """CLDR's likely subtags of a language, a language and territory, or
    ``und_<territory>`` (``zh`` → ``zh_Hans_CN``, ``zh_TW`` → ``zh_Hant_TW``)."""
    found = _likely()["likely"].get(tag)
    return None if found is None else str(found)


def language_alias(language: str) -> str:
    """The current code of a deprecated language code (``iw`` → ``he``), or itself."""
    return str(_likely()["aliases"].get(language, language))


def locale_parts(name: str) -> tuple[str, str | None, str | None]:
    """``(language, script, territory)`` of a well-formed identifier (``zh_Hant_TW``)."""
    parts = name.split("_")
    language = parts[0]
    script = territory = None
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            script = part
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            territory = part
    return language, script, territory


def canonical_locale(name: str) -> str | None:
    """The CLDR locale ``name`` means, or None when CLDR has none for it.

    ``es-AR`` → ``es_AR``, ``ZH_tw`` → ``zh_Hant_TW`` (the script from the likely
    subtags when the identifier has none), ``pt_PT`` → ``pt_PT``. A language CLDR
    has without that territory (``en_JP``) is None: the caller decides what to
    keep of it.
    """
    cleaned = name.strip().replace("-", "_").split(".")[0].split("@")[0]
    if not cleaned or locale_exists(cleaned):
        return cleaned or None
    pieces = cleaned.split("_")
    language = pieces[0].lower()
    if not language.isalpha():
        return None
    script: str | None = None
    territory: str | None = None
    variants: list[str] = []
    for piece in pieces[1:]:
        if len(piece) == 4 and piece.isalpha() and script is None and territory is None:
            script = piece.title()
        elif (len(piece) == 2 and piece.isalpha()) or (len(piece) == 3 and piece.isdigit()):
            territory = piece.upper()
        elif piece.isalnum() and len(piece) >= 4:
            variants.append(piece.upper())
        else:
            return None
    variant = "_".join(variants) or None
    candidates = ["_".join(p for p in (language, script, territory, variant) if p)]
    if not locale_exists(candidates[0]):
        alias = language_alias(language)
        if alias != language and "_" not in alias:
            language = alias
            candidates.append("_".join(p for p in (language, script, territory, variant) if p))
    if script is None:
        likely = likely_subtags(f"{language}_{territory}") if territory else None
        likely = likely or likely_subtags(language)
        if likely is not None:
            _, likely_script, _ = locale_parts(likely)
            if likely_script is not None:
                candidates.append("_".join(p for p in (language, likely_script, territory) if p))
    for candidate in candidates:
        if locale_exists(candidate):
            return candidate
    return None


def inheritance_chain(locale: str, parents: dict[str, str]) -> list[str]:
    """``locale`` and its ancestors up to ``root``, as CLDR inherits (babel's rule:
    the parent ``parents`` names, else the identifier with its last part removed)."""
    chain = []
    current = locale
    while current not in chain:
        chain.append(current)
        if current == "root":
            break
        current = parents.get(current) or (current.rsplit("_", 1)[0] if "_" in current else "root")
    return chain


def _chain(locale: str) -> list[str]:
    return inheritance_chain(locale, _core()["parents"])


def _own(locale: str) -> dict[str, Any]:
    found = _core()["locales"].get(locale)
    return found if isinstance(found, dict) else {}


@lru_cache(maxsize=256)
def number_symbols(locale: str) -> tuple[str, str]:
    """``(decimal, group)`` separators of ``locale`` in Latin digits (es_AR: ``,`` and ``.``)."""
    decimal = group = None
    for name in _chain(locale):
        own = _own(name)
        decimal = decimal or own.get("decimal")
        group = group or own.get("group")
    return str(decimal or "."), str(group or ",")


@lru_cache(maxsize=256)
def decimal_pattern(locale: str) -> str:
    """``locale``'s standard decimal format pattern, through inheritance: how it
    groups digits and marks a negative number (``#,##0.###``; ``en_IN``
    ``#,##,##0.###``). :mod:`fxnorm.cldr_format` writes numbers with it."""
    for name in _chain(locale):
        found = _own(name).get("decimal_format")
        if found:
            return str(found)
    return str(_own("root")["decimal_format"])


@lru_cache(maxsize=256)
def _symbols(locale: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in reversed(_chain(locale)):
        merged.update(_own(name).get("symbols", {}))
    return merged


def currency_symbols(locale: str) -> list[tuple[str, str]]:
    """``(code, symbol)`` for the currencies ``locale`` writes with a symbol other
    than the code itself (``es_AR``: ``("ARS", "$")``, ``("USD", "US$")`` …)."""
    return [(code, symbol) for code, symbol in _symbols(locale).items() if symbol != code]


@lru_cache(maxsize=256)
def date_order(locale: str) -> str | None:
    """``"dmy"``, ``"mdy"`` or ``"ymd"``: the order of ``locale``'s short date format
    (``es_AR`` writes ``d/M/yy``: ``dmy``; ``en_US`` ``M/d/yy``: ``mdy``), through
    inheritance; None for a locale CLDR does not have."""
    if not locale_exists(locale):
        return None
    for name in _chain(locale):
        order = _own(name).get("date_order")
        if order:
            return str(order)
    return None


def territory(locale: str) -> str | None:
    """The territory of a CLDR locale identifier (``en_GB`` → ``GB``, ``en`` → None)."""
    return locale_parts(locale)[2]


@lru_cache(maxsize=1)
def symbol_codes() -> dict[str, dict[str, int]]:
    """Every currency symbol any CLDR locale writes -> the codes it stands for, each
    with the number of locales that write it so (``"zł"``: PLN; ``"$"``: USD in
    most, ARS, MXN, CLP … in their own)."""
    return {
        symbol: {str(code): int(count) for code, count in codes.items()}
        for symbol, codes in _core()["symbol_codes"].items()
    }


# -- per language ---------------------------------------------------------------


def currency_forms(language: str, codes: frozenset[str]) -> dict[str, list[str]]:
    """code -> its display name and plural forms in ``language`` (as CLDR writes
    them, duplicates removed), for each of ``codes`` the language names; empty
    for a language the extract does not hold."""
    data = _language(language)
    if data is None:
        return {}
    names: dict[str, list[str]] = data["names"]
    return {code: list(names[code]) for code in sorted(codes) if code in names}


def compact_patterns(locale: str) -> list[tuple[int, str]]:
    """``(magnitude, pattern)`` of every compact decimal and currency format of
    ``locale``, short and long (``(1000000000, "0 Md")``), through inheritance;
    empty for a locale of a language the extract does not hold."""
    if _language(locale.split("_")[0]) is None:
        return []
    for name in _chain(locale):  # hi_Latn inherits from en_IN: each in its language's file
        data = _language(name.split("_")[0])
        table: dict[str, list[list[Any]]] = data["compact"] if data is not None else {}
        if name in table:
            return [(int(magnitude), str(pattern)) for magnitude, pattern in table[name]]
    return []


def territory_names(language: str) -> dict[str, str]:
    """Two-letter territory code -> its name in ``language`` (``AR`` -> ``Argentina``);
    empty for a language the extract does not hold."""
    data = _language(language)
    return {} if data is None else dict(data["territories"])


def month_names(language: str) -> list[tuple[str, int]]:
    """``(name, month)`` for every way CLDR writes a month in ``language``: wide and
    abbreviated, in running text and standing alone (``septiembre``, ``sept.``,
    ``9月``), as written, duplicates removed; months are 1-12."""
    data = _language(language)
    if data is None:
        return []
    return [(str(name), int(number)) for name, number in data["months"]]


def day_names(language: str) -> list[tuple[str, int]]:
    """``(name, weekday)`` for every way CLDR writes a day of the week in ``language``
    (``miércoles``, ``mié.``, ``水曜日``); weekdays as :meth:`datetime.date.weekday`
    counts them, Monday 0 to Sunday 6."""
    data = _language(language)
    if data is None:
        return []
    return [(str(name), int(number)) for name, number in data["days"]]
