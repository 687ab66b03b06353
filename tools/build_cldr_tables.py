#!/usr/bin/env python3
"""Write ``fxnorm/data/cldr/``: the CLDR data fxnorm decides with, from the installed babel.

fxnorm reads codes, minor units, legal tender, locale separators and symbols,
currency names, compact number words and month and day names from this
extract only (see :mod:`fxnorm.cldr`), so that what it reads and which rates
it keeps do not change when the installed babel carries another CLDR. Moving
the extract to another CLDR is a deliberate, reviewed step:

    pip install "babel==2.19.0"                     # the CLDR to move to
    python tools/build_cldr_tables.py --diff         # what would change, by topic
    python tools/build_cldr_tables.py                # write the new extract
    python -m pytest                                 # then review what the tests say

Other uses::

    python tools/build_cldr_tables.py --check  # exit 1 unless the files are what this babel writes

``--check`` needs the babel the extract records (``fxnorm rates sources`` and
``fxnorm --version`` show it); with another, it says which to install.
Nothing in the files is hand-written: it is babel's data, reshaped.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fxnorm import cldr, cldr_babel, cldr_format  # noqa: E402

#: Amounts ``--check`` writes in every locale, with fxnorm's formatter and with
#: babel's ``format_decimal``: signs, grouping widths, stated decimals, zeros.
FORMAT_SAMPLES = ("0", "7", "-7.5", "1234", "25960.50", "-100000.001", "380e9", "0.000000001")

#: The official statuses CLDR's territory data gives that make a language one of
#: the extract's: the language of a state, in fact or in law, or of one of its
#: regions (Catalan, Basque, Welsh, Marathi, Telugu and Afrikaans are official in
#: a region only).
OFFICIAL_STATUSES = frozenset({"official", "de_facto_official", "official_regional"})

#: A language spoken by at least this share of a territory's people counts too,
#: whatever its status (Punjabi in Arabic script in Pakistan, Mauritian Creole).
MAJORITY_PERCENT = 50


def cldr_languages() -> tuple[str, ...]:
    """The languages whose currency names, compact number words and month and day
    names are extracted, decided by CLDR itself (through babel), not by a list:

    * CLDR's territory data (``territory_languages``) lists the language as official,
      de facto official or official in a region in at least one territory, or as the
      language of at least half a territory's people; and
    * babel has locale data for it that names at least one currency of its own
      (languages whose CLDR locale holds no currency names, such as ``rw`` or ``tn``,
      would add nothing the parser reads).

    A script variant counts when the territory data names it so (``sr_Latn``,
    ``zh_Hant``, ``uz_Cyrl``, ``pa_Arab``): its names are merged into its language's
    lexicon. Every language the parser has curated data for passes the rule."""
    from babel import Locale, localedata
    from babel.core import get_global

    known = set(localedata.locale_identifiers())
    chosen: set[str] = set()
    for spoken in get_global("territory_languages").values():
        for name, info in spoken.items():
            official = info.get("official_status") in OFFICIAL_STATUSES
            majority = float(info.get("population_percent") or 0) >= MAJORITY_PERCENT
            if (official or majority) and name in known:
                chosen.add(str(name))
    return tuple(sorted(name for name in chosen if Locale.parse(name).currencies))


LANGUAGES = cldr_languages()


def _date(value: Any) -> list[int] | None:
    if value is None:
        return None
    if hasattr(value, "year"):
        return [value.year, value.month, value.day]
    year, month, day = value
    return [int(year), int(month), int(day)]


def _latn(symbols: dict[str, Any]) -> dict[str, Any]:
    """A locale's Latin-digit number symbols, from babel's newer (per numbering
    system) or older (flat) layout."""
    latn = symbols.get("latn")
    return dict(latn) if isinstance(latn, dict) or hasattr(latn, "items") else dict(symbols)


def locale_record(name: str) -> dict[str, Any]:
    """What ``name``'s own CLDR file says (not what it inherits): separators, and
    the currency symbols, short date order and standard decimal pattern that
    differ from what its parent resolves to."""
    from babel import Locale, localedata

    own = localedata.load(name, merge_inherited=False)
    record: dict[str, Any] = {}
    numbers = _latn(dict(own.get("number_symbols", {})))
    for key in ("decimal", "group"):
        if numbers.get(key):
            record[key] = str(numbers[key])
    if name != "root":  # what the parent resolves to, so that only changes are kept
        inherited = {
            str(code): str(symbol)
            for code, symbol in Locale.parse(_parent(name)).currency_symbols.items()
        }
    else:
        inherited = {}
    symbols = {
        str(code): str(symbol)
        for code, symbol in dict(own.get("currency_symbols", {})).items()
        if str(symbol) != inherited.get(str(code), str(code))
    }
    if symbols:
        record["symbols"] = dict(sorted(symbols.items()))
    order = cldr_babel.date_order(name)
    if order is not None and (name == "root" or order != cldr_babel.date_order(_parent(name))):
        record["date_order"] = order
    pattern = cldr_babel.decimal_pattern(name)
    if name == "root" or pattern != cldr_babel.decimal_pattern(_parent(name)):
        record["decimal_format"] = pattern
    return record


_parent = cldr_babel.parent
_compact = cldr_babel.compact_patterns


def _babel_exact(amount: Decimal, locale: str) -> str:
    """``amount`` as babel's ``format_decimal`` writes it in ``locale`` with exactly
    the digits it has (the locale's pattern given that many decimals)."""
    from babel.numbers import format_decimal

    places = max(0, -int(amount.as_tuple().exponent))
    pattern = cldr_babel.with_fraction_digits(cldr_babel.decimal_pattern(locale), places)
    with localcontext() as context:
        context.prec = 100
        return str(format_decimal(amount, format=pattern, locale=locale))


def babel_cldr() -> str:
    """The CLDR version of the installed babel."""
    return cldr_babel.version()


def _truncated(name: str) -> str:
    return name.rsplit("_", 1)[0] if "_" in name else "root"


def every_code() -> list[str]:
    from babel.numbers import list_currencies

    return sorted(str(code) for code in list_currencies())


def currency_file() -> dict[str, Any]:
    """``currencies.json``: every code CLDR knows and the minor units of each, apart
    from the locale data because every new Money reads it (a small file, read
    in a fraction of the time ``core.json`` takes)."""
    from babel.core import get_global

    fractions = get_global("currency_fractions")
    digits = {str(code): int(entry[0]) for code, entry in fractions.items()}
    return {
        "format": cldr.FORMAT,
        "cldr": babel_cldr(),
        "codes": every_code(),
        "digits": dict(sorted(digits.items())),
    }


def core() -> dict[str, Any]:
    """``core.json``: tender, locales and their inheritance, separators, symbols, patterns."""
    import babel
    from babel import Locale, localedata
    from babel.core import get_global

    names = sorted({"root", *localedata.locale_identifiers()})
    tender = {
        str(territory): [
            [str(code), _date(start), _date(end), bool(flag)] for code, start, end, flag in spans
        ]
        for territory, spans in sorted(get_global("territory_currencies").items())
    }
    symbol_codes: dict[str, dict[str, int]] = {}
    for name in names:
        if name == "root":
            continue
        for code, symbol in Locale.parse(name).currency_symbols.items():
            if symbol and str(symbol) != str(code):
                bucket = symbol_codes.setdefault(str(symbol), {})
                bucket[str(code)] = bucket.get(str(code), 0) + 1
    return {
        "format": cldr.FORMAT,
        "cldr": babel_cldr(),
        "babel": babel.__version__,
        "languages": list(LANGUAGES),
        "tender": tender,
        "parents": {
            name: _parent(name)
            for name in names
            if name != "root" and _parent(name) != _truncated(name)
        },
        "locales": {name: locale_record(name) for name in names},
        "symbol_codes": {
            symbol: dict(sorted(codes.items())) for symbol, codes in sorted(symbol_codes.items())
        },
    }


def likely() -> dict[str, Any]:
    """``likely.json``: CLDR's likely subtags of languages and of language-territory
    pairs (``zh_TW`` → ``zh_Hant_TW``), and the language aliases (``iw`` → ``he``)."""
    from babel import localedata
    from babel.core import get_global

    languages = {name.split("_")[0] for name in localedata.locale_identifiers()}
    table = {
        str(tag): str(full)
        for tag, full in get_global("likely_subtags").items()
        if tag.count("_") <= 1 and tag.split("_")[0] in languages | {"und"}
    }
    aliases = {
        str(old): str(new)
        for old, new in get_global("language_aliases").items()
        if "_" not in str(old) and str(new).split("_")[0] in languages
    }
    return {
        "format": cldr.FORMAT,
        "cldr": babel_cldr(),
        "likely": dict(sorted(table.items())),
        "aliases": dict(sorted(aliases.items())),
    }


def _compact_of_locales(language: str) -> dict[str, list[list[Any]]]:
    """The compact patterns of ``language`` and of each of its locales whose
    patterns differ from their parent's (``es_419`` writes ``0 B`` for 10⁹ where
    ``es`` writes ``0 mil M``)."""
    from babel import localedata

    found: dict[str, list[list[Any]]] = {}
    for name in sorted(localedata.locale_identifiers()):
        if name.split("_")[0] != language:
            continue
        own = _compact(name)
        parent = _parent(name)
        if name == language or parent == "root" or own != _compact(parent):
            found[name] = [list(entry) for entry in own]
    return found


def language_file(language: str, codes: list[str]) -> dict[str, Any]:
    """``<language>.json``: currency names, territory names, month and day names, and the compact
    patterns of every locale of the language (a script variant such as ``zh_Hant``
    has its compact patterns in its language's file)."""
    return {
        "format": cldr.FORMAT,
        "cldr": babel_cldr(),
        "language": language,
        "names": cldr_babel.currency_forms(language, codes),
        "compact": _compact_of_locales(language) if "_" not in language else {},
        "territories": cldr_babel.territory_names(language),
        "months": [list(p) for p in cldr_babel.calendar_names(language, "months")],
        "days": [list(p) for p in cldr_babel.calendar_names(language, "days")],
    }


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def contents() -> dict[str, str]:
    """file name -> its text, as this babel writes it."""
    codes = every_code()
    files = {
        "core.json": dump(core()),
        "currencies.json": dump(currency_file()),
        "likely.json": dump(likely()),
    }
    for language in LANGUAGES:
        files[f"{language}.json"] = dump(language_file(language, codes))
    return files


def shipped() -> dict[str, str]:
    if not cldr.DATA_DIR.is_dir():
        return {}
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(cldr.DATA_DIR.glob("*.json"))}


# -- what changed ---------------------------------------------------------------


def _resolved_symbols(data: dict[str, Any], locale: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in reversed(cldr.inheritance_chain(locale, data["parents"])):
        merged.update(data["locales"].get(name, {}).get("symbols", {}))
    return {code: symbol for code, symbol in merged.items() if symbol != code}


def _currency_part(files: dict[str, str]) -> dict[str, Any]:
    """The codes and minor units of an extract (in ``core.json`` before format 4)."""
    return dict(json.loads(files.get("currencies.json") or files["core.json"]))


def diff(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """What moved between two extracts, in the terms fxnorm decides with."""
    lines: list[str] = []
    if not old:
        return ["no extract shipped yet"]
    o, n = json.loads(old["core.json"]), json.loads(new["core.json"])
    lines.append(f"CLDR {o['cldr']} (babel {o['babel']}) -> CLDR {n['cldr']} (babel {n['babel']})")
    oc, nc = _currency_part(old), _currency_part(new)
    added, removed = (
        sorted(set(nc["codes"]) - set(oc["codes"])),
        sorted(set(oc["codes"]) - set(nc["codes"])),
    )
    if added or removed:
        lines.append(f"codes: added {added or 'none'}, removed {removed or 'none'}")
    for code in sorted(set(oc["digits"]) | set(nc["digits"])):
        before, after = oc["digits"].get(code), nc["digits"].get(code)
        if before != after:
            lines.append(f"minor units of {code}: {before} -> {after}")
    for territory in sorted(set(o["tender"]) | set(n["tender"])):
        before, after = o["tender"].get(territory), n["tender"].get(territory)
        if before != after:
            lines.append(f"currencies of {territory}: {before} -> {after}")
    for locale in sorted(set(o["locales"]) | set(n["locales"])):
        ob, nb = o["locales"].get(locale), n["locales"].get(locale)
        if ob is None or nb is None:
            lines.append(f"locale {locale}: {'added' if ob is None else 'removed'}")
            continue
        for key in ("decimal", "group", "date_order", "decimal_format"):
            if ob.get(key) != nb.get(key):
                lines.append(f"{key} of {locale}: {ob.get(key)!r} -> {nb.get(key)!r}")
        before_s, after_s = _resolved_symbols(o, locale), _resolved_symbols(n, locale)
        for code in sorted(set(before_s) | set(after_s)):
            if before_s.get(code) != after_s.get(code):
                lines.append(
                    f"symbol of {code} in {locale}: {before_s.get(code)!r} -> {after_s.get(code)!r}"
                )
    for name in sorted(set(old) | set(new)):
        if name in ("core.json", "currencies.json", "likely.json"):
            continue
        if name not in old or name not in new:
            lines.append(f"{name}: {'added' if name not in old else 'removed'}")
            continue
        ol, nl = json.loads(old[name]), json.loads(new[name])
        language = nl["language"]
        for code in sorted(set(ol["names"]) | set(nl["names"])):
            if ol["names"].get(code) != nl["names"].get(code):
                before_n, after_n = ol["names"].get(code), nl["names"].get(code)
                lines.append(f"names of {code} in {language}: {before_n} -> {after_n}")
        for key in ("compact", "territories", "months", "days"):
            if ol.get(key) != nl.get(key):
                lines.append(f"{key} of {language}: {ol.get(key)} -> {nl.get(key)}")
    if json.loads(old["likely.json"]) != json.loads(new["likely.json"]):
        lines.append("likely subtags or language aliases changed")
    return lines


def reading_mismatches() -> list[str]:
    """Where :mod:`fxnorm.cldr`, reading the shipped files, answers differently from
    babel: separators and symbols of every locale (through inheritance), canonical
    locale identifiers, minor units, legal tender. Empty when the extract is read
    as babel reads CLDR."""
    from babel import Locale, localedata
    from babel.numbers import (
        get_currency_precision,
        get_decimal_symbol,
        get_group_symbol,
        get_territory_currencies,
    )

    found: list[str] = []
    for name in sorted(localedata.locale_identifiers()):
        loc = Locale.parse(name)
        expected = {
            str(c): str(s) for c, s in loc.currency_symbols.items() if s and str(s) != str(c)
        }
        if dict(cldr.currency_symbols(name)) != expected:
            found.append(f"symbols of {name}")
        separators = (str(get_decimal_symbol(name)), str(get_group_symbol(name)))
        if cldr.number_symbols(name) != separators:
            found.append(f"separators of {name}: {cldr.number_symbols(name)} != {separators}")
        if cldr.date_order(name) != cldr_babel.date_order(name):
            found.append(f"date order of {name}")
        if cldr.decimal_pattern(name) != cldr_babel.decimal_pattern(name):
            found.append(f"decimal pattern of {name}")
        written = [cldr_format.write_exact(Decimal(sample), name) for sample in FORMAT_SAMPLES]
        if written != [_babel_exact(Decimal(sample), name) for sample in FORMAT_SAMPLES]:
            found.append(f"numbers written in {name}: {written}")
        if cldr.canonical_locale(name) != name:
            found.append(f"canonical form of {name}: {cldr.canonical_locale(name)}")
        if name.split("_")[0] in LANGUAGES and cldr.compact_patterns(name) != _compact(name):
            found.append(f"compact patterns of {name}")
    for code in sorted(cldr.all_codes()):
        if cldr.digits(code) != get_currency_precision(code):
            found.append(f"minor units of {code}")
    for territory in cldr.territories():
        import datetime

        day = datetime.date(2020, 1, 1)
        expected_codes = [str(c) for c in get_territory_currencies(territory, day, tender=True)]
        got = [s.code for s in cldr.tender(territory) if s.tender and s.covers(day)]
        if sorted(got) != sorted(expected_codes):
            found.append(f"tender of {territory} on {day}: {got} != {expected_codes}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="compare with this babel, do not write")
    group.add_argument("--diff", action="store_true", help="show what this babel would change")
    args = parser.parse_args()
    current = shipped()
    recorded = json.loads(current["core.json"]) if "core.json" in current else None
    if args.check and recorded is not None and recorded["cldr"] != babel_cldr():
        print(
            f"the extract is CLDR {recorded['cldr']}, written by babel {recorded['babel']}; "
            f"the installed babel carries CLDR {babel_cldr()}: "
            f'check with pip install "babel=={recorded["babel"]}"'
        )
        return 1
    files = contents()
    if args.diff:
        changes = diff(current, files)
        print("\n".join(changes) if len(changes) > 1 else f"{changes[0]}: no change")
        return 0
    if args.check:
        different = sorted(
            name for name in set(files) | set(current) if files.get(name) != current.get(name)
        )
        if different:
            print(f"fxnorm/data/cldr differs from babel's CLDR data in: {', '.join(different)}")
            return 1
        mismatches = reading_mismatches()
        if mismatches:
            print(f"fxnorm.cldr reads the extract unlike babel: {'; '.join(mismatches[:20])}")
            return 1
        print(f"fxnorm/data/cldr matches CLDR {babel_cldr()}")
        return 0
    changes = diff(current, files)
    cldr.DATA_DIR.mkdir(parents=True, exist_ok=True)
    for stale in set(current) - set(files):
        (cldr.DATA_DIR / stale).unlink()
    for name, text in files.items():
        (cldr.DATA_DIR / name).write_text(text, encoding="utf-8")
    size = sum(len(text.encode()) for text in files.values())
    print(f"wrote fxnorm/data/cldr/ ({len(files)} files, {size:,} bytes, CLDR {babel_cldr()})")
    print(f"{len(changes) - 1} changes" if len(changes) > 1 else changes[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
