#!/usr/bin/env python3
"""Write ``fxnorm/data/lexicon/``: the words the parser reads, one file per language.

Two sources are merged, the way babel builds its locale data from CLDR and
dateparser its languages from CLDR plus a hand-written supplement:

* fxnorm's CLDR extract (``fxnorm/data/cldr/``, read through :mod:`fxnorm.cldr`):
  every currency symbol any CLDR locale writes, the currency names of each
  language with their plural forms, the compact number words of each locale
  (``K``, ``Mio.``, ``Md``, ``万``, ``लाख``), month names, likely scripts;
* the curated files ``data/languages/<language>.toml``: what CLDR lacks and the
  press writes (colloquial and bare currency names, press abbreviations, number
  words, qualifier words, range links, the words that announce a stated
  equivalent), each with a comment saying why; and ``data/languages/global.toml``
  for what no language owns (symbols, groups of currencies one word names).

A language file's ``[dates]`` section holds the words the date reader needs
besides CLDR's month and day names (relative phrases, the small words before a
year, connectors, "today's rate" words); they go to ``dates.json``, one file for
every language, which only the date reader reads. Its ``[claims]`` section
holds the words claim checking reads (``claims.json``): the approximate words
that put the amount below the figure. A file may hold nothing else
(``nl.toml``): then the language's lexicon is CLDR's alone, as without the file.

Adding a language is adding ``data/languages/<language>.toml`` (and its tests),
then running::

    python tools/build_lexicon.py           # write fxnorm/data/lexicon/
    python tools/build_lexicon.py --check   # exit 1 unless the files are what the sources make

Nothing here needs babel: the CLDR side is the shipped extract, so the output
depends only on files in the repository. The curated files are TOML, read with
the standard library's ``tomllib`` (Python 3.11; ``tomli`` on 3.10).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fxnorm import cldr  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the test extra installs tomli on 3.10
    import tomli as tomllib

SOURCES = ROOT / "data" / "languages"
TARGET = ROOT / "fxnorm" / "data" / "lexicon"

#: Bumped when what a file holds changes; the reader refuses another format.
FORMAT = 1

KINDS = ("approximate", "more_than", "at_least", "less_than", "at_most")
#: Before a figure, also the words that end with a qualifier and are none: where words
#: touch (CJK, Thai), "契約" (contract) ends with "約" (about), "งบประมาณ" (budget)
#: with "ประมาณ"; the longest phrase wins, and this one says "no qualifier".
NOT_A_QUALIFIER = "none"

#: The keys a language file may have, and under them.
LANGUAGE_KEYS = {
    "language": {
        "code",
        "name",
        "numbers",
        "detect",
        "bare_nouns",
        "bare_nouns_stoplist",
        "bare_nouns_modifiers",
        "bare_nouns_abbreviations",
        "bare_nouns_open",
        "not_borrowed",
        "traditional",
        "simplified",
        "open_scripts",
        "open_symbols",
        "generic_units",
    },
    "currencies": None,  # codes or a group -> names
    "currencies_before": {"words"},
    "subunits": None,
    "subunits_after": None,
    "multiples": None,
    "pence_letter": None,
    "symbols": None,
    "magnitudes": None,
    "magnitude_currencies": None,
    "links": {
        "words",
        "any_number",
        "thousand_before_digits",
        "parts",
        "magnitude_first",
        "points",
    },
    "number_words": {
        "values",
        "articles",
        "hundreds",
        "halves",
        "fractions",
        "fraction_links",
        "fraction_ands",
        "ands",
        "standalone",
        "compounds",
        "vigesimal",
        "article_one",
        "bare_hundred",
        "vague",
        "nouns",
        "before_digits",
    },
    "east_asian": {"small", "large", "odd"},
    "numerals": {"digits", "units", "points"},
    "qualifiers": {
        "before",
        "after",
        "articles",
        "negations",
        "negatable",
        "change_ends",
        "changes",
    },
    "ranges": {"links", "from_links", "between", "and", "from", "changes", "spans"},
    "pairs": {
        "equivalent",
        "restates",
        "copulas",
        "links",
        "or",
        "or_converts",
        "worth",
        "subjects",
        "compares",
        "rates",
        "converts",
    },
    "counts": {"words"},
    # units of money a figure may be written in that name no ISO currency (the
    # Iranian toman, ten rials): word -> why it is left unread
    "unread": {"units"},
    "percent": {"words"},
    "prices": {"zero"},
    "context": {
        "shares",
        "money_nouns",
        "lists",
        "respectively",
        "differences_before",
        "differences_after",
        "remainders",
        "money_verbs",
        "carry_after",
        "year_basis",
        "year_basis_after",
    },
    # a bare figure with a magnitude word that these words say is money, read in the
    # given locale's currency (fxnorm.parsing.implied)
    "implied": {"before", "after", "then"},
    # the words of claim checking: approximate words that put the amount below the
    # figure ("almost", "nearly"), read by fxnorm.claims only (claims.json)
    "claims": {"below"},
    "dates": {
        "relative",
        "before_time",
        "forward",
        "connectors",
        "current",
        "year_marks",
        "day_marks",
        "anywhere",
    },
}

#: The units of a relative date phrase ("last year" is -1 year).
DATE_UNITS = ("year", "month", "week", "day")

GLOBAL_KEYS = {
    "magnitude_flags",
    "groups",
    "group_defaults",
    "symbols",
    "symbols_stoplist",
    "symbols_unsafe",
    "codes",
    "magnitudes",
    "home_numbers",
    "views",
    "counts",
    "fraction_glyphs",
    "home_languages",
}

_DOTTED_I = "\u0130"
#: The years in brackets after a currency name of one era ("(1990–1993)").
_YEARS = re.compile(r"\s*\([^()]*\d{4}[^()]*\)\s*$")
#: Marks of writing direction CLDR puts inside right-to-left symbols (ج.م.‏).
_BIDI = re.compile("[\u200e\u200f\u061c]")


def fold(text: str) -> str:
    """Lower case, one character for one (as :func:`fxnorm.parsing.matching.fold`)."""
    return text.replace(_DOTTED_I, "i").lower()


class SourceError(ValueError):
    """A curated file that does not say what the tool understands."""


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    return data


# -- the pattern syntax of the curated phrases ----------------------------------


def pattern(phrase: str) -> str:
    """A curated phrase as a regular expression: ``(a|b)`` is one of them, ``[x]``
    may be left out, a space is any run of spaces, an apostrophe either apostrophe;
    everything else is literal (``"(that|this)('s| is) [the ]equivalent (to|of)"``)."""
    out: list[str] = []
    stack: list[str] = []
    for ch in phrase:
        if ch == "(":
            stack.append(")")
            out.append("(?:")
        elif ch == "[":
            stack.append("]")
            out.append("(?:")
        elif ch in ")]":
            if not stack or stack.pop() != ch:
                raise SourceError(f"unbalanced {ch!r} in {phrase!r}")
            out.append(")" if ch == ")" else ")?")
        elif ch == "|":
            if not stack or stack[-1] != ")":
                raise SourceError(f"'|' outside (...) in {phrase!r}")
            out.append("|")
        elif ch == " ":
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    if stack:
        raise SourceError(f"unclosed bracket in {phrase!r}")
    source = "".join(out)
    re.compile(source)
    return source


# -- codes ------------------------------------------------------------------------


class Codes:
    """Turns the curated code specifications (``"USD"``, ``"EUR CHF"``, ``"DOLLARS"``)
    into lists of ISO codes, checking that CLDR knows each."""

    def __init__(
        self,
        groups: dict[str, list[str]],
        historic: frozenset[str] = frozenset(),
        names_only: frozenset[str] = frozenset(),
    ) -> None:
        self.known = cldr.all_codes()
        self.groups = groups
        self.historic = historic
        #: historic codes read by their full names only, never by a bare noun
        self.names_only = names_only
        for name, codes in groups.items():
            for code in codes:
                self._check(code, f"group {name}")

    def _check(self, code: str, where: str) -> None:
        if code not in self.known:
            raise SourceError(f"{code!r} ({where}) is no currency code CLDR knows")

    def __call__(self, spec: str, where: str) -> list[str]:
        codes: list[str] = []
        for part in spec.split():
            if part in self.groups:
                codes.extend(self.groups[part])
            else:
                self._check(part, where)
                codes.append(part)
        if not codes:
            raise SourceError(f"no codes in {where}")
        return list(dict.fromkeys(codes))


def _by_codes(
    table: dict[str, list[str]], codes: Codes, where: str, *, folded: bool = True
) -> dict[str, list[str]]:
    """``{"DOLLARS": ["dollar", …]}`` -> ``{"dollar": ["USD", …]}``; a word must not
    be listed twice."""
    out: dict[str, list[str]] = {}
    for spec, words in table.items():
        if not isinstance(words, list):
            raise SourceError(f"{where}.{spec} must be a list of words")
        for word in words:
            key = fold(word) if folded else word
            if key in out:
                raise SourceError(f"{word!r} is listed twice in {where}")
            out[key] = codes(spec, f"{where}.{spec}")
    return out


def _multiples(table: dict[str, Any], codes: Codes, where: str) -> dict[str, Any]:
    """``{"contos": {"codes": "PTE CVE", "exponent": 3, "territories": ["PT", "CV"]}}``,
    checked: nouns of a multiple of a currency, read after a number only with a
    locale of one of the territories (``5 contos`` is 5,000 escudos in Portugal)."""
    known = set(cldr.territories())
    out: dict[str, Any] = {}
    for word, spec in table.items():
        if not isinstance(spec, dict) or set(spec) != {"codes", "exponent", "territories"}:
            raise SourceError(f"{where}.{word}: codes, exponent and territories, no more")
        exponent = spec["exponent"]
        if not isinstance(exponent, int) or isinstance(exponent, bool) or exponent <= 0:
            raise SourceError(f"{where}.{word}.exponent must be a positive power of ten")
        territories = list(spec["territories"])
        unknown = [t for t in territories if t not in known]
        if not territories or unknown:
            raise SourceError(f"{where}.{word}.territories: unknown {unknown}")
        out[fold(word)] = {
            "codes": codes(spec["codes"], f"{where}.{word}.codes"),
            "exponent": exponent,
            "territories": territories,
        }
    return out


def _subunits_after(table: dict[str, Any], codes: Codes, where: str) -> dict[str, Any]:
    """``{"分": {"codes": "CNY"}, "角": {"codes": "CNY", "exponent": -1}}``, checked:
    the smaller units written after the main one in one amount (``2元5角8分``). A
    word's power of ten is the currency's minor unit (CLDR's digits) unless the entry
    states it: a tenth (角) or a unit ISO no longer counts (the sen of the yen).
    ``not_before``: what, right after the word, makes it another word (分钟, minutes)."""
    out: dict[str, Any] = {}
    for word, spec in table.items():
        if not isinstance(spec, dict) or not set(spec) <= {"codes", "exponent", "not_before"}:
            raise SourceError(f"{where}.{word}: codes, perhaps exponent and not_before")
        found = codes(spec.get("codes", ""), f"{where}.{word}.codes")
        if not found:
            raise SourceError(f"{where}.{word}.codes: none")
        exponent = spec.get("exponent")
        if exponent is None:
            minor = {cldr.digits(code) for code in found}
            if len(minor) != 1 or not min(minor):
                raise SourceError(f"{where}.{word}: no single minor unit in CLDR, state one")
            exponent = -minor.pop()
        if not isinstance(exponent, int) or isinstance(exponent, bool) or exponent >= 0:
            raise SourceError(f"{where}.{word}.exponent must be a negative power of ten")
        not_before = spec.get("not_before", [])
        if not isinstance(not_before, list) or not all(isinstance(w, str) for w in not_before):
            raise SourceError(f"{where}.{word}.not_before must be a list of words")
        out[fold(word)] = {"codes": found, "exponent": exponent, "not_before": not_before}
    return out


# -- CLDR ---------------------------------------------------------------------------

_ZEROS = re.compile(r"0+")


def compact_words(locale: str) -> dict[str, int]:
    """The magnitude words of ``locale``'s compact formats: ``0 M`` at 10^9 written
    ``0000 M`` has the word ``M`` for 10^6 …, one word each, as written."""
    words: dict[str, int] = {}
    for magnitude, text in cldr.compact_patterns(locale):
        text = text.replace("'", "").replace("¤", "")
        zeros = _ZEROS.search(text)
        if zeros is None:
            continue
        exponent = len(str(magnitude)) - 1 - (len(zeros.group()) - 1)
        word = (text[: zeros.start()] + " " + text[zeros.end() :]).split()
        if len(word) == 1 and exponent > 0:
            words.setdefault(word[0], exponent)
    return words


def cldr_names(language: str) -> dict[str, list[str]]:
    """Lower-cased CLDR display names (singular and plural forms) -> codes."""
    names: dict[str, list[str]] = {}
    for code, forms in cldr.currency_forms(language, cldr.all_codes()).items():
        for form in forms:
            form = fold(form.strip())
            if form and form != code.lower():
                bucket = names.setdefault(form, [])
                if code not in bucket:
                    bucket.append(code)
    return names


def locales_of(language: str) -> list[str]:
    """The CLDR locales of ``language`` in its usual script and the scripts the extract
    holds (``es``, ``es_AR``, ``sr_Latn_RS`` …; not ``en_Dsrt``), the language first."""
    found = []
    for name in sorted(cldr.locales()):
        if name != language and not name.startswith(language + "_"):
            continue
        script = cldr.locale_parts(name)[1]
        # a script variant counts when the extract holds it (zh_Hant, sr_Latn)
        if script is not None and f"{language}_{script}" not in cldr.languages():
            continue
        found.append(name)
    return found


def current_codes() -> frozenset[str]:
    """Codes that some territory still has without an end date (CLDR's open spans):
    the currencies in circulation, whatever the day the tool runs."""
    return frozenset(
        span.code
        for territory in cldr.territories()
        for span in cldr.tender(territory)
        if span.tender and span.end is None
    )


def home_symbols() -> dict[str, dict[str, int]]:
    """symbol -> {code: number of locales}, for the currency of each locale's own
    territory as that locale writes it: ``$`` is ARS in es_AR, AUD in en_AU."""
    import datetime

    day = datetime.date(2025, 1, 1)  # fixed, so that the output does not depend on the day
    found: dict[str, dict[str, int]] = {}
    for name in sorted(cldr.locales()):
        territory = cldr.territory(name)
        if territory is None:
            continue
        symbols = dict(cldr.currency_symbols(name))
        for span in cldr.tender(territory):
            if not (span.tender and span.covers(day)):
                continue
            symbol = symbols.get(span.code)
            if symbol:
                bucket = found.setdefault(symbol, {})
                bucket[span.code] = bucket.get(span.code, 0) + 1
    return found


def _ordered(counts: dict[str, int]) -> list[str]:
    return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _locale_of(tag: str) -> str | None:
    """A CLDR locale for a likely-subtags answer (``de_Latn_CH`` -> ``de_CH``)."""
    language, script, territory = cldr.locale_parts(tag)
    for candidate in (
        "_".join(p for p in (language, script, territory) if p),
        "_".join(p for p in (language, territory) if p),
        "_".join(p for p in (language, script) if p),
        language,
    ):
        if cldr.locale_exists(candidate):
            return candidate
    return None


def home_number_locales(curated: dict[str, str]) -> dict[str, str]:
    """currency -> the locale whose separators its amounts are written with at home:
    the curated ones, else the likely locale of the territory whose code begins the
    currency's (IDR -> ID -> id, ARS -> AR -> es_AR), when the currency was ever
    that territory's."""
    found: dict[str, str] = {}
    for code in sorted(cldr.all_codes()):
        if code in curated:
            continue
        territory = code[:2]
        if not any(span.code == code for span in cldr.tender(territory)):
            continue
        likely = cldr.likely_subtags(f"und_{territory}")
        locale = _locale_of(likely) if likely else None
        if locale is not None:
            found[code] = locale
    for code, locale in curated.items():
        if not cldr.locale_exists(locale):
            raise SourceError(f"home_numbers.{code}: no CLDR locale {locale!r}")
        found[code] = locale
    return dict(sorted(found.items()))


def number_format(locale: str) -> list[Any]:
    """``[decimal, group, indian]`` of ``locale``'s Latin digits."""
    decimal, group = cldr.number_symbols(locale)
    indian = locale in ("hi", "mr", "bn", "ta", "te") or locale.endswith("_IN")
    return [decimal, group, indian]


# -- the files ----------------------------------------------------------------------


def global_file(source: dict[str, Any]) -> dict[str, Any]:
    unknown = set(source) - GLOBAL_KEYS
    if unknown:
        raise SourceError(f"global.toml: unknown sections {sorted(unknown)}")
    groups = {name: list(codes) for name, codes in source["groups"].items()}
    codes = Codes(groups)
    defaults = {}
    for group, code in source.get("group_defaults", {}).items():
        if group not in groups or code not in groups[group]:
            raise SourceError(f"group_defaults.{group}: {code!r} is not in the group")
        defaults[group] = code
    stoplist = set(source.get("symbols_stoplist", {}).get("words", []))
    home = home_symbols()
    symbols: dict[str, list[str]] = {}
    for symbol, counts in sorted(cldr.symbol_codes().items()):
        if symbol in stoplist:
            continue
        symbols[symbol] = _ordered(counts)
    for symbol in list(symbols):  # as written without the marks of writing direction
        bare = _BIDI.sub("", symbol)
        for variant in (bare, bare.rstrip(".") if len(bare.rstrip(".")) > 1 else bare):
            if variant and variant not in symbols and variant not in stoplist:
                symbols[variant] = symbols[symbol]
    for symbol, spec in source.get("symbols", {}).items():
        # "USD + MOP DOP": the codes after the "+" come after CLDR's home completions
        spec, _, later = spec.partition(" + ")
        completed = spec.endswith("+")
        listed = codes(spec.rstrip("+").strip(), f"symbols.{symbol}")
        if completed or symbol == "$":
            listed = [*listed, *(c for c in _ordered(home.get(symbol, {})) if c not in listed)]
        if later:
            extra = codes(later, f"symbols.{symbol}")
            listed = [*listed, *(c for c in extra if c not in listed)]
        symbols[symbol] = listed
    curated_homes = dict(source.get("home_numbers", {}))
    homes = home_number_locales(curated_homes)
    magnitudes = {}
    for word, exponent in source.get("magnitudes", {}).items():
        if not isinstance(exponent, int):
            raise SourceError(f"magnitudes.{word} must be a power of ten")
        magnitudes[word] = exponent
    code_section = source.get("codes", {})
    for code in code_section.get("historic", []):
        codes(code, "codes.historic")
    for code in code_section.get("names_only", []):
        if code not in code_section.get("historic", []):
            raise SourceError(f"codes.names_only: {code} is not a historic code")
    return {
        "format": FORMAT,
        "cldr": cldr.version(),
        "groups": groups,
        "group_defaults": defaults,
        "symbols": dict(sorted(symbols.items())),
        "symbols_unsafe": list(source.get("symbols_unsafe", {}).get("words", [])),
        "code_stoplist": sorted(code_section.get("stoplist", [])),
        "historic_codes": sorted(code_section.get("historic", [])),
        "historic_names_only": sorted(code_section.get("names_only", [])),
        "magnitudes": magnitudes,
        "composable": list(source.get("magnitude_flags", {}).get("composable", [])),
        "home_numbers": {code: number_format(locale) for code, locale in homes.items()},
        "home_number_locales": homes,
        "borrow": list(source["views"]["borrow"]),
        "home_locales": list(source["views"]["home_locales"]),
        "counts": [fold(w) for w in source.get("counts", {}).get("words", [])],
        "fraction_glyphs": _fractions(source.get("fraction_glyphs", {}), "fraction_glyphs"),
        "home_languages": _home_languages(source.get("home_languages", {}), codes),
    }


def _home_languages(table: dict[str, list[str]], codes: Codes) -> dict[str, list[str]]:
    """currency -> the languages of its press at home (each with a curated file):
    the curated ones, else the likely language of the territory whose code begins
    the currency's (MYR -> MY -> Malay, VND -> VN -> Vietnamese), for a currency in
    circulation there, when the language has a file. Not English: every reading
    reads it already, so it lends nothing."""
    out: dict[str, list[str]] = {}
    for code in sorted(current_codes()):
        territory = code[:2]
        if code in table or not any(span.code == code for span in cldr.tender(territory)):
            continue
        likely = cldr.likely_subtags(f"und_{territory}")
        name = cldr.locale_parts(likely)[0] if likely else None
        if name and name != "en" and (SOURCES / f"{name}.toml").is_file():
            out[code] = [name]
    for code, languages in table.items():
        codes(code, f"home_languages.{code}")
        for name in languages:
            if not (SOURCES / f"{name}.toml").is_file():
                raise SourceError(f"home_languages.{code}: no data/languages/{name}.toml")
        out[code] = list(languages)
    return dict(sorted(out.items()))


def _fractions(table: dict[str, Any], where: str, *, less: bool = False) -> dict[str, str]:
    """A table of fraction words or characters and their values (exact decimal
    strings, strictly between 0 and 1; between -1 and 1 with ``less``, a word that
    takes a fraction away: Hindi पौने, a quarter less)."""
    out = {}
    for word, value in table.items():
        try:
            exact = Decimal(str(value))
        except InvalidOperation:
            raise SourceError(f"{where}.{word}: {value!r} is no number") from None
        if isinstance(value, float) or not (-1 if less else 0) < exact < 1 or exact == 0:
            low = -1 if less else 0
            raise SourceError(f"{where}.{word}: {value!r} must be a string between {low} and 1")
        out[fold(word)] = str(exact)
    return out


def _words(section: dict[str, Any], key: str) -> list[str]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise SourceError(f"{key} must be a list of words")
    return list(value)


def _check_keys(language: str, source: dict[str, Any]) -> None:
    for section, value in source.items():
        if section not in LANGUAGE_KEYS:
            raise SourceError(f"{language}.toml: unknown section [{section}]")
        allowed = LANGUAGE_KEYS[section]
        if allowed is not None and isinstance(value, dict):
            unknown = set(value) - allowed
            if unknown:
                raise SourceError(f"{language}.toml: unknown keys {sorted(unknown)} in [{section}]")


def _number_words(section: dict[str, Any]) -> dict[str, Any] | None:
    if not section:
        return None
    values = {}
    for word, value in section.get("values", {}).items():
        values[fold(word)] = str(value)
    out: dict[str, Any] = {"values": values}
    for key in (
        "articles",
        "hundreds",
        "halves",
        "fraction_links",
        "fraction_ands",
        "ands",
        "standalone",
        "vague",
        "nouns",
    ):
        out[key] = [fold(w) for w in _words(section, key)]
    out["fractions"] = _fractions(section.get("fractions", {}), "number_words.fractions")
    out["before_digits"] = _fractions(
        section.get("before_digits", {}), "number_words.before_digits", less=True
    )
    out["compounds"] = bool(section.get("compounds", False))
    out["vigesimal"] = bool(section.get("vigesimal", False))
    out["article_one"] = bool(section.get("article_one", True))
    out["bare_hundred"] = bool(section.get("bare_hundred", True))
    return out


def _unread(section: dict[str, Any], language: str) -> dict[str, str]:
    """The units of money a language writes that name no ISO currency, each with
    the reason a figure in it is left unread (reported as skipped, not misread)."""
    units = section.get("units", {})
    if not isinstance(units, dict) or not all(
        isinstance(w, str) and isinstance(r, str) and r for w, r in units.items()
    ):
        raise SourceError(f"{language}.unread.units must map words to reasons")
    return {fold(word): reason for word, reason in units.items()}


def _qualifiers(section: dict[str, Any]) -> dict[str, Any]:
    before: dict[str, str] = {}
    for kind, phrases in section.get("before", {}).items():
        if kind not in KINDS and kind != NOT_A_QUALIFIER:
            raise SourceError(f"qualifiers.before: unknown kind {kind!r}")
        for phrase in phrases:
            before[fold(phrase)] = kind
    after: dict[str, str] = {}
    for phrase, kind in section.get("after", {}).items():
        if kind not in KINDS:
            raise SourceError(f"qualifiers.after: unknown kind {kind!r}")
        after[fold(phrase)] = kind
    return {
        "before": before,
        "after": after,
        "articles": [fold(w) for w in _words(section, "articles")],
        "negations": [fold(w) for w in _words(section, "negations")],
        "negatable": [fold(w) for w in _words(section, "negatable")],
        "change_ends": [fold(w) for w in _words(section, "change_ends")],
        "changes": [fold(w) for w in _words(section, "changes")],
    }


#: Where the noun of a currency name stands: the last word in English ("Polish
#: zlotys") and German ("Britische Pfund"), the first in the Romance languages
#: ("zlotys polonais") and in Polish ("funtów szterlingów"), the first after the
#: adjectives in Russian, Ukrainian and Czech ("британских фунтов стерлингов").
HEAD_POSITIONS = ("first", "last")


def _head_word(words: list[str], position: str, modifiers: list[str]) -> str:
    """The noun of a currency name of ``words``: the last word, or the first one
    that is no modifier (a word listed, or one ending as a listed ``-ending``);
    the last word when all are."""
    if position == "last":
        return words[-1]
    endings = tuple(m[1:] for m in modifiers if m.startswith("-"))
    listed = {m for m in modifiers if not m.startswith("-")}
    for word in words[:-1]:
        if word not in listed and not (endings and word.endswith(endings)):
            return word
    return words[-1]


def _grouped(found: list[str], codes: Codes) -> list[str]:
    """The codes one noun names, as the group that holds two or more of them
    (most of them; the larger group on a tie): "фунтов" names the POUNDS, in the
    group's order, so that a group default and a territory decide as for the
    curated nouns. Codes in no group stay as they are (the reading stays open)."""
    if len(found) < 2:
        return found
    best: list[str] | None = None
    best_key = (1, 0)
    for members in codes.groups.values():
        shared = len(set(found) & set(members))
        key = (shared, len(members))
        if shared >= 2 and key > best_key:
            best, best_key = members, key
    return list(best) if best is not None else found


def bare_nouns(language: str, head: dict[str, Any], codes: Codes) -> dict[str, list[str]]:
    """The nouns of CLDR's currency names, every plural form ("фунт", "фунта",
    "фунтов" of "британский фунт стерлингов" …), read alone after a number as the
    press writes them, for a language whose file says where the noun stands
    (``bare_nouns = "first"`` or ``"last"``): of the currencies in circulation
    and of the historic ones the press still quotes (``[codes] historic`` of
    ``global.toml``: "Mark", "marcos", "gulden"). A noun of several currencies
    goes to their group (:func:`_grouped`), unless listed in ``bare_nouns_open``.
    ``bare_nouns_abbreviations`` maps a
    press abbreviation to the beginning of the nouns it shortens (``"dol." =
    "dol"``): each CLDR name with such a noun is read with the abbreviation too
    ("dol. kanadyjskich", CAD)."""
    position = head.get("bare_nouns")
    if not position:
        return {}
    if position not in HEAD_POSITIONS:
        raise SourceError(f"{language}.toml: bare_nouns must be one of {HEAD_POSITIONS}")
    stop = {fold(w) for w in head.get("bare_nouns_stoplist", [])}
    modifiers = [fold(w) for w in head.get("bare_nouns_modifiers", [])]
    shortened = {fold(k): fold(v) for k, v in head.get("bare_nouns_abbreviations", {}).items()}
    wanted = current_codes() | (codes.historic - codes.names_only)
    heads: dict[str, list[str]] = {}

    def add(word: str, code: str) -> None:
        bucket = heads.setdefault(word, [])
        if code not in bucket:
            bucket.append(code)

    current = current_codes()
    dated: list[tuple[str, str]] = []
    for code, forms in cldr.currency_forms(language, wanted).items():
        for form in forms:
            # the years CLDR writes after a currency of several eras are no noun
            # ("cruzeiro brasileiro (1990–1993)"): the noun before them is read, but
            # not as another era of a currency in circulation ("bolívar": VES)
            bare = _YEARS.sub("", form)
            words = fold(bare.strip()).split()
            if len(words) < 2:
                continue
            noun = _head_word(words, position, modifiers)
            if bare != form and code not in current:
                plain = fold(form.strip()).split()
                if _head_word(plain, position, modifiers) != noun:
                    dated.append((noun, code))
                    continue
            if noun not in stop and noun.isalpha():
                add(noun, code)
            for short, start in shortened.items():
                if noun.startswith(start) and noun != short:
                    add(" ".join(short if w == noun else w for w in words), code)
    of_current = {noun for noun, codes_of in heads.items() if set(codes_of) & current}
    for noun, code in dated:
        if noun not in stop and noun.isalpha() and noun not in of_current:
            add(noun, code)
    keep = {fold(w) for w in head.get("bare_nouns_open", [])}
    return {
        word: found if word in keep else _grouped(found, codes) for word, found in heads.items()
    }


def language_file(language: str, source: dict[str, Any], codes: Codes) -> dict[str, Any]:
    """One language's merged data."""
    _check_keys(language, source)
    head = source.get("language", {})
    if head and head.get("code", language) != language:
        raise SourceError(f"{language}.toml says it is {head.get('code')!r}")
    # the language and its script variants in the extract (zh_Hant, sr_Latn)
    cldr_languages = [language, *(n for n in cldr.languages() if n.startswith(language + "_"))]
    names: dict[str, list[str]] = {}
    for name in cldr_languages:
        for form, found in cldr_names(name).items():
            bucket = names.setdefault(form, [])
            bucket.extend(c for c in found if c not in bucket)
    listed = _by_codes(source.get("currencies", {}), codes, f"{language}.currencies")
    prefixes = sorted(word[:-1] for word in listed if word.endswith("*"))
    curated = {word.rstrip("*"): found for word, found in listed.items()}
    heads = bare_nouns(language, head, codes)
    compact: dict[str, dict[str, int]] = {}
    base = compact_words(language)
    if base:
        compact[language] = base
    for locale in locales_of(language):
        words = compact_words(locale)
        if words and words != base:
            compact[locale] = words
    magnitudes = {}
    for word, exponent in source.get("magnitudes", {}).items():
        if not isinstance(exponent, int):
            raise SourceError(f"{language}.magnitudes.{word} must be a power of ten")
        magnitudes[word] = exponent
    pairs = source.get("pairs", {})
    ranges = source.get("ranges", {})
    links = source.get("links", {})
    likely = cldr.likely_subtags(language) or language
    script = cldr.locale_parts(likely)[1]
    numbers_locale = head.get("numbers", language)
    if not cldr.locale_exists(numbers_locale):
        raise SourceError(f"{language}.toml: no CLDR locale {numbers_locale!r}")
    months = sorted({fold(name).rstrip(".") for name, _ in cldr.month_names(language)})
    out: dict[str, Any] = {
        "format": FORMAT,
        "cldr": cldr.version(),
        "language": language,
        "name": head.get("name", language),
        "script": script,
        "numbers": number_format(numbers_locale),
        "detect": [fold(w) for w in head.get("detect", [])],
        "scripts": {
            "Hant": head.get("traditional", ""),
            "Hans": head.get("simplified", ""),
        }
        if head.get("traditional")
        else {},
        "open_scripts": list(head.get("open_scripts", [])),
        "open_symbols": list(head.get("open_symbols", [])),
        "generic_units": list(head.get("generic_units", [])),
        "not_borrowed": list(head.get("not_borrowed", [])),
        "names": dict(sorted(names.items())),
        "curated_names": curated,
        "prefix_names": prefixes,
        "heads": dict(sorted(heads.items())),
        # everyday words after a number: no currency noun of another language either
        "everyday_nouns": sorted({fold(w) for w in head.get("bare_nouns_stoplist", [])}),
        "names_before": [fold(w) for w in source.get("currencies_before", {}).get("words", [])],
        "subunits": _by_codes(source.get("subunits", {}), codes, f"{language}.subunits"),
        "subunits_after": _subunits_after(
            source.get("subunits_after", {}), codes, f"{language}.subunits_after"
        ),
        "multiples": _multiples(source.get("multiples", {}), codes, f"{language}.multiples"),
        "pence_letter": _by_codes(
            source.get("pence_letter", {}), codes, f"{language}.pence_letter", folded=False
        ),
        "symbols": {
            symbol: codes(spec, f"{language}.symbols.{symbol}")
            for symbol, spec in source.get("symbols", {}).items()
        },
        "compact": compact,
        "magnitudes": magnitudes,
        "magnitude_currencies": {
            word: codes(spec, f"{language}.magnitude_currencies.{word}")
            for word, spec in source.get("magnitude_currencies", {}).items()
        },
        "links": {
            "words": _words(links, "words"),
            "any_number": bool(links.get("any_number", False)),
            "thousand_before_digits": links.get("thousand_before_digits"),
            "parts": _words(links, "parts"),
            "magnitude_first": bool(links.get("magnitude_first", False)),
            "points": _words(links, "points"),
        },
        "unread": _unread(source.get("unread", {}), language),
        "number_words": _number_words(source.get("number_words", {})),
        "east_asian": source.get("east_asian") or None,
        "numerals": source.get("numerals") or None,
        "qualifiers": _qualifiers(source.get("qualifiers", {})),
        "ranges": {
            "links": [fold(w) for w in _words(ranges, "links")],
            "from_links": [fold(w) for w in _words(ranges, "from_links")],
            "between": [fold(w) for w in _words(ranges, "between")],
            "and": [fold(w) for w in _words(ranges, "and")],
            "from": [fold(w) for w in _words(ranges, "from")],
            "changes": [fold(w) for w in _words(ranges, "changes")],
            "spans": [fold(w) for w in _words(ranges, "spans")],
        },
        "pairs": {
            "equivalent": [pattern(p) for p in _words(pairs, "equivalent")],
            "restates": [pattern(p) for p in _words(pairs, "restates")],
            "copulas": [pattern(p) for p in _words(pairs, "copulas")],
            "links": [pattern(p) for p in _words(pairs, "links")],
            "or": [pattern(p) for p in _words(pairs, "or")],
            "or_converts": [pattern(p) for p in _words(pairs, "or_converts")],
            "worth": [pattern(p) for p in _words(pairs, "worth")],
            "subjects": [pattern(p) for p in _words(pairs, "subjects")],
            "compares": [pattern(p) for p in _words(pairs, "compares")],
            "rates": [pattern(p) for p in _words(pairs, "rates")],
            "converts": [pattern(p) for p in _words(pairs, "converts")],
        },
        "counts": [fold(w) for w in source.get("counts", {}).get("words", [])],
        "months": months,
        "percent": [fold(w) for w in source.get("percent", {}).get("words", [])],
        "zero": [fold(w) for w in source.get("prices", {}).get("zero", [])],
        "shares": [pattern(w) for w in source.get("context", {}).get("shares", [])],
        "money_nouns": list(source.get("context", {}).get("money_nouns", [])),
        "lists": [fold(w) for w in source.get("context", {}).get("lists", [])],
        "year_basis": [fold(w) for w in source.get("context", {}).get("year_basis", [])],
        "year_basis_after": [
            fold(w) for w in source.get("context", {}).get("year_basis_after", [])
        ],
    }
    respectively = source.get("context", {}).get("respectively", [])
    if respectively:  # written only by the languages that have such words
        out["respectively"] = list(respectively)
    money_verbs = source.get("context", {}).get("money_verbs", [])
    if money_verbs:
        out["money_verbs"] = list(money_verbs)
    carry_after = source.get("context", {}).get("carry_after", [])
    if carry_after:  # written only by the languages that have such words
        out["carry_after"] = [fold(w) for w in carry_after]
    implied = source.get("implied", {})
    for key in ("before", "after"):
        if implied.get(key):  # written only by the languages that have such words
            out[f"implied_{key}"] = [pattern(p) for p in implied[key]]
    if implied.get("then"):
        out["implied_then"] = [fold(w) for w in implied["then"]]
    for key in ("differences_before", "differences_after", "remainders"):
        phrases = source.get("context", {}).get(key, [])
        if phrases:  # written only by the languages that have such words
            out[key] = [pattern(p) for p in phrases]
    return out


def _lower_words(language: str, section: dict[str, Any], key: str) -> list[str]:
    """A list of ``[dates]``, checked to be written as they are matched: lower case
    (the reader folds the text's words, not these)."""
    words = _words(section, key)
    for word in words:
        if word != word.casefold() or not word.strip():
            raise SourceError(f"{language}.dates.{key}: {word!r} is not one lower-case word")
    if len(set(words)) != len(words):
        raise SourceError(f"{language}.dates.{key}: a word is listed twice")
    return words


def dates_entry(language: str, section: dict[str, Any]) -> dict[str, Any]:
    """One language's ``[dates]``, checked: relative phrases with an offset and a
    unit, forward words among the words before a year, marks of one character."""
    relative: dict[str, list[Any]] = {}
    for phrase, value in section.get("relative", {}).items():
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and isinstance(value[0], int)
            and not isinstance(value[0], bool)
            and value[1] in DATE_UNITS
        )
        if not ok:
            raise SourceError(
                f"{language}.dates.relative.{phrase}: not [offset, unit] with a unit of "
                f"{', '.join(DATE_UNITS)}"
            )
        if phrase != phrase.casefold() or phrase != " ".join(phrase.split()):
            raise SourceError(
                f"{language}.dates.relative: {phrase!r} is not lower case, single-spaced"
            )
        relative[phrase] = [value[0], value[1]]
    before = _lower_words(language, section, "before_time")
    forward = _lower_words(language, section, "forward")
    stray = [word for word in forward if word not in before]
    if stray:
        raise SourceError(f"{language}.dates.forward: {stray} are not in before_time")
    marks = {key: _lower_words(language, section, key) for key in ("year_marks", "day_marks")}
    for key, found in marks.items():
        if any(len(mark) != 1 for mark in found):
            raise SourceError(f"{language}.dates.{key}: a mark is one character")
    anywhere = section.get("anywhere", False)
    if not isinstance(anywhere, bool):
        raise SourceError(f"{language}.dates.anywhere must be true or false")
    return {
        "relative": relative,
        "anywhere": anywhere,
        "before_time": before,
        "forward": forward,
        "connectors": _lower_words(language, section, "connectors"),
        "current": _lower_words(language, section, "current"),
        "year_marks": marks["year_marks"],
        "day_marks": marks["day_marks"],
    }


def dates_file(curated: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``dates.json``: the ``[dates]`` of every language file that has one."""
    languages = {}
    for language, source in sorted(curated.items()):
        if "dates" in source:
            _check_keys(language, source)
            languages[language] = dates_entry(language, source["dates"])
    return {"format": FORMAT, "languages": languages}


def claims_file(curated: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``claims.json``: the ``[claims]`` of every language file that has one.

    ``below`` lists words of the language's ``qualifiers.before.approximate``
    that put the amount below the figure (``almost``, ``knapp``, ``casi``): a
    claim check widens that figure on its lower side only. Each must be one of
    those approximate words (the parser's kind stays ``approximate``).
    """
    languages = {}
    for language, source in sorted(curated.items()):
        if "claims" not in source:
            continue
        _check_keys(language, source)
        approximate = source.get("qualifiers", {}).get("before", {}).get("approximate", [])
        below = _words(source["claims"], "below")
        stray = [word for word in below if word not in approximate]
        if stray:
            raise SourceError(
                f"{language}.claims.below: {stray} are not in qualifiers.before.approximate"
            )
        if len(set(below)) != len(below):
            raise SourceError(f"{language}.claims.below: a word is listed twice")
        languages[language] = {"below": [fold(word) for word in below]}
    return {"format": FORMAT, "languages": languages}


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def contents() -> dict[str, str]:
    """Every file of ``fxnorm/data/lexicon/`` as the sources make it."""
    glob = _read(SOURCES / "global.toml")
    merged_global = global_file(glob)
    codes = Codes(
        merged_global["groups"],
        frozenset(merged_global["historic_codes"]),
        frozenset(merged_global["historic_names_only"]),
    )
    curated = {path.stem: _read(path) for path in sorted(SOURCES.glob("*.toml"))}
    curated.pop("global")
    languages = sorted({*curated, *(name for name in cldr.languages() if "_" not in name)})
    files = {
        "global.json": merged_global,
        "dates.json": dates_file(curated),
        "claims.json": claims_file(curated),
    }
    for language in languages:
        files[f"{language}.json"] = language_file(language, curated.get(language, {}), codes)
    money = current_codes() | frozenset(merged_global["historic_codes"])
    told = tells(
        {language: files[f"{language}.json"] for language in languages}, money, frozenset(curated)
    )
    files["index.json"] = {
        "format": FORMAT,
        "cldr": cldr.version(),
        "languages": {
            language: {
                "script": files[f"{language}.json"]["script"],
                "curated": language in curated,
                # the words that tell a text's language, read without the whole file
                "detect": files[f"{language}.json"]["detect"],
                "tells": told.get(language, []),
            }
            for language in languages
        },
    }
    return {name: dump(data) for name, data in files.items()}


def _meanings(data: dict[str, Any], money: frozenset[str]) -> dict[str, set[str]]:
    """word -> what one language file says it means: a currency of ``money``
    (``c:MYR``), a power of ten (``m:6``), a number (``n:3.5``), or nothing (one of
    the language's frequent words). Lower case, one word each (a text's tokens are).
    Names of other codes (gold, silver, test codes) are left out: no money noun."""
    found: dict[str, set[str]] = {}

    def add(word: str, meaning: str) -> None:
        word = fold(word)
        if word and len(word.split()) == 1:
            found.setdefault(word, set()).add(meaning)

    for table in ("names", "curated_names", "heads", "subunits"):
        for word, codes in data[table].items():
            kept = sorted(code for code in codes if code in money)
            if kept:
                add(word, "c:" + ",".join(kept))
    for words in (*data["compact"].values(), data["magnitudes"]):
        for word, exponent in words.items():
            add(word, f"m:{exponent}")
    numbers = data["number_words"] or {}
    for word, value in numbers.get("values", {}).items():
        add(word, f"n:{value}")
    for word in data["detect"]:
        found.setdefault(word, set())
    return found


def tells(
    files: dict[str, dict[str, Any]], money: frozenset[str], curated: frozenset[str] = frozenset()
) -> dict[str, list[str]]:
    """language -> its words that tell a text is in it, computed across every
    language file: a currency noun or a magnitude word that only it lists (any
    role: a name, a magnitude or number word, a frequent word), or that only a few
    languages list and all of them read alike (Indonesian and Malay ``juta``, a
    million). A word a text holds then says which language its money words are
    read in, however short the text (``25.000 đồng``, ``100 juta dollar``).

    Not a tell: a word English lists (the reading a text without a language falls
    back on reads it already), a letter alone (Marathi ``ह``, a thousand), one of
    three ASCII letters or fewer (abbreviations and short words other languages
    write too: ``mi``, ``bi``, ``rb``), one with a digit or a mark in it, and a
    word languages read differently (``bilion``:
    10^9 in Malay, 10^12 in Polish), which tells nothing that can be read.

    Languages with a curated file (``curated``) are weighed first: when they read a
    word alike and only languages with CLDR's data alone read it otherwise, the word
    still tells the curated ones (Swahili ``bilioni``, 10^9, which CLDR's Venetian
    compact words write for 10^12). A language known from CLDR alone never takes
    from a curated one the words that tell it; it is told by the words only it lists."""
    owners: dict[str, dict[str, set[str]]] = {}
    for language, data in files.items():
        for word, meanings in _meanings(data, money).items():
            owners.setdefault(word, {})[language] = meanings
    told: dict[str, list[str]] = {}
    for word, by_language in sorted(owners.items()):
        if (
            "en" in by_language
            or not word.isalpha()
            or len(word) < 2
            or (len(word) <= 3 and word.isascii())
        ):
            continue
        checked = {lang: m for lang, m in by_language.items() if lang in curated}
        if checked and len({frozenset(m) for m in checked.values()}) == 1:
            by_language = checked  # CLDR-only readings do not overrule curated data
        readings = {frozenset(meanings) for meanings in by_language.values()}
        if len(readings) != 1:
            continue  # read differently, or a frequent word of one and money of another
        (reading,) = readings
        if not reading or any(m.startswith("n:") for m in reading):
            continue  # a frequent word or a number: no money word
        for language in by_language:
            told.setdefault(language, []).append(word)
    return told


def shipped() -> dict[str, str]:
    if not TARGET.is_dir():
        return {}
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(TARGET.glob("*.json"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    try:
        files = contents()
    except SourceError as error:
        print(f"build_lexicon: {error}", file=sys.stderr)
        return 2
    current = shipped()
    different = sorted(
        name for name in set(files) | set(current) if files.get(name) != current.get(name)
    )
    if args.check:
        if different:
            print(f"fxnorm/data/lexicon is not what data/languages makes: {', '.join(different)}")
            return 1
        print(f"fxnorm/data/lexicon matches data/languages and CLDR {cldr.version()}")
        return 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for stale in set(current) - set(files):
        (TARGET / stale).unlink()
    for name, text in files.items():
        (TARGET / name).write_text(text, encoding="utf-8")
    size = sum(len(text.encode()) for text in files.values())
    print(
        f"wrote fxnorm/data/lexicon/ ({len(files)} files, {size:,} bytes); "
        f"changed: {len(different)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
