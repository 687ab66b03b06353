"""The language data the parser reads: ``fxnorm/data/lexicon/``, one file per language.

Each file is CLDR's data for a language (currency names, compact number words,
month names, from fxnorm's CLDR extract) merged with the curated words of
``data/languages/<language>.toml`` (the press's currency names, number words,
qualifier words, range links, the words that announce a stated equivalent) by
``tools/build_lexicon.py``; ``global.json`` holds what no language owns (every
currency symbol CLDR knows, the groups one word can name, how each currency's
amounts are written at home); ``dates.json`` the words the date reader needs
besides CLDR's month and day names (the ``[dates]`` of each curated file). This
module only reads them: a file is read the first time it is needed and kept,
and what it holds is handed out as frozen values, so that nothing downstream
can change a language.

Adding a language is adding its curated file and running the build tool; no
code here names a language.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .._shipped import read_shipped_json

__all__ = [
    "DATA_DIR",
    "FORMAT",
    "QUALIFIER_KINDS",
    "DateWords",
    "GlobalData",
    "LanguageData",
    "NumberWords",
    "available",
    "curated",
    "date_words",
    "detect_words",
    "global_data",
    "language",
    "script_of",
    "tell_words",
]

#: Where the merged files live.
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"

#: The format this reader understands (tools/build_lexicon.py writes it).
FORMAT = 1

Codes = tuple[str, ...]

#: What a qualifier says about its figure (``about``, ``more than``, ``at least`` …).
QUALIFIER_KINDS = ("approximate", "more_than", "at_least", "less_than", "at_most")


class NumberWords(NamedTuple):
    """A language's number words (``five``, ``dos mil``, ``zweihundert``)."""

    values: dict[str, str]
    articles: tuple[str, ...]
    hundreds: tuple[str, ...]
    halves: tuple[str, ...]
    #: other fractions and their values (``quarter`` 0.25): ``a quarter of a billion``,
    #: ``two and a quarter million``; after a number word, so many of them
    #: (``three quarters of a billion``)
    fractions: dict[str, str]
    #: the word between a fraction and its magnitude word (``of``, ``de``, ``di``)
    fraction_links: tuple[str, ...]
    #: words that join a whole to its fraction and nothing else (Russian ``с``:
    #: ``три с половиной``)
    fraction_ands: tuple[str, ...]
    ands: tuple[str, ...]
    #: magnitude words that are a number alone (``mil pesos``, ``mille euros``)
    standalone: tuple[str, ...]
    #: numbers written as one word (``zweihundertfünfzig``, ``duemila``)
    compounds: bool
    #: counts in twenties from sixty (French ``soixante-dix``, ``quatre-vingts``)
    vigesimal: bool
    #: the article after "and" is the number one (``vingt et un``, ``treinta y un``)
    article_one: bool
    #: "hundred" alone is a hundred (``hundert Euro``; English says "a hundred")
    bare_hundred: bool
    #: words that make a bare "hundred" or "thousand" after them a vague count
    vague: tuple[str, ...]
    #: the beginnings of the currency nouns written after number words alone
    nouns: tuple[str, ...]
    #: words before digits that add a fraction of the number's unit to it (Urdu
    #: ``ساڑھے 22 کروڑ``, 22.5 crore; Hindi ``सवा 3 लाख``, 3.25 lakh), and the fraction
    before_digits: dict[str, str]


class LanguageData(NamedTuple):
    """Everything the parser reads in one language (see the module docstring)."""

    code: str
    name: str
    #: the ISO 15924 script its text is usually written in (``Latn``, ``Hans``, ``Deva``)
    script: str | None
    #: (decimal mark, group mark, Indian grouping) of its usual locale
    numbers: tuple[str, str, bool]
    #: frequent words of its text that tell it from other languages
    detect: tuple[str, ...]
    #: script -> characters only that script writes (Traditional and Simplified Chinese)
    script_marks: dict[str, str]
    #: scripts whose text implies no one territory (Traditional Chinese)
    open_scripts: frozenset[str]
    #: symbols its text implies no one territory for (Spanish ``$``: the peso of a
    #: score of territories, or the US dollar)
    open_symbols: frozenset[str]
    #: words that are the unit of whatever currency is named before the number (元)
    generic_units: frozenset[str]
    #: magnitude words of other languages it does not borrow (``mil`` in English)
    not_borrowed: frozenset[str]
    #: currency name (lower case) -> codes, as CLDR names them
    names: dict[str, Codes]
    #: currency name (lower case) -> codes, as the curated file names them (they
    #: decide over CLDR's: "元" is the yuan of the text's territory)
    curated_names: dict[str, Codes]
    #: names read with a grammatical ending glued to them (Marathi ``डॉलर्सची``)
    prefix_names: tuple[str, ...]
    #: bare nouns of CLDR's longer names (``zlotys``, ``rupiah``), where the press writes them
    heads: dict[str, Codes]
    #: everyday words after a number (``marks``, ``gold``): read as no currency noun,
    #: not even another language's (``1876 Mark Twain`` in English: not German marks)
    everyday_nouns: frozenset[str]
    #: names read before a number (``pesos 500``, ``新台幣62.3億元``)
    names_before: tuple[str, ...]
    #: names of a hundredth of a currency (``cents``, ``centavos``)
    subunits: dict[str, Codes]
    #: the smaller units written after the main one in one amount (``111円28銭``,
    #: ``2元5角8分``) -> the codes, the unit's power of ten, and what after the word
    #: makes it another word (分钟)
    subunits_after: dict[str, tuple[Codes, int, tuple[str, ...]]]
    #: nouns of a multiple of a currency (``contos``: a thousand escudos) -> the codes,
    #: the power of ten, and the territories whose locale reads them
    multiples: dict[str, tuple[Codes, int, frozenset[str]]]
    #: letters glued after digits that mean a hundredth (British ``250p``)
    pence_letter: dict[str, Codes]
    #: symbols read in this language only (Tamil ``ரூ.``)
    symbols: dict[str, Codes]
    #: locale -> its compact number words and their powers of ten (``Mio.`` 6)
    compact: dict[str, dict[str, int]]
    #: curated magnitude words and their powers of ten
    magnitudes: dict[str, int]
    #: magnitude words that also name the currency (``mdd``: millones de dólares)
    magnitude_currencies: dict[str, Codes]
    #: words between a magnitude word and its currency (``millones de pesos``)
    links: tuple[str, ...]
    #: whether ``de`` links any number to its noun (Romanian ``4.050 de lei``)
    links_any_number: bool
    #: a thousand word written before digits (Mexican ``mil 172 millones``)
    thousand_before_digits: str | None
    #: words joining the parts of a figure written in parts (Persian ``و``:
    #: ``۱۰ هزار و ۸۰۷ میلیارد``)
    part_joiners: tuple[str, ...]
    #: units of money that name no ISO currency, with why a figure in one is left
    #: unread (Persian ``تومان``, the toman: ten rials)
    unread_units: dict[str, str]
    #: words written as the decimal point between digits (Bengali ``দশমিক``:
    #: ``১ দশমিক ৫ বিলিয়ন`` is 1.5 billion)
    decimal_points: tuple[str, ...]
    #: the magnitude word is written between a currency before the number and the
    #: number (Swahili ``shilingi bilioni 326``, ``dola milioni 5``)
    magnitude_first: bool
    number_words: NumberWords | None
    #: East Asian units after digits: small ones count inside a group of four,
    #: large ones close it; "-odd" marks written inside the number
    east_small: dict[str, int]
    east_large: dict[str, int]
    east_odd: tuple[str, ...]
    #: Chinese numerals: digits and the units inside a group
    numeral_digits: dict[str, int]
    numeral_units: dict[str, int]
    #: the decimal point between numerals (``五九七〇點二億``: 5970.2 x 10^8)
    numeral_points: tuple[str, ...]
    #: qualifier phrase (lower case) -> kind, before and after a figure
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    #: articles that may come between a qualifier and its figure (``los``)
    qualifier_articles: tuple[str, ...]
    #: negations that turn a negatable "less than" into "at least" (``no … menos de``)
    negations: tuple[str, ...]
    negatable: tuple[str, ...]
    #: "up to" words that, after the figure of a change a change word announces,
    #: say where the change ended (``aumentó un 9,7%, hasta los 3.703 millones``)
    change_ends: tuple[str, ...]
    #: the words of a change (rose, fell, a cut) that announce that figure
    changes: tuple[str, ...]
    range_links: tuple[str, ...]
    #: the words that link a range's ends only after a "from" word before the low end
    #: (``desde 85€ hasta 135€``); alone they are a qualifier (``hasta $1.225``)
    range_from_links: tuple[str, ...]
    range_between: tuple[str, ...]
    range_and: tuple[str, ...]
    range_from: tuple[str, ...]
    #: what links a change's two figures only, after a ``from`` word (``von 1 auf 2``)
    range_changes: tuple[str, ...]
    #: the words before a ``from`` word that make ``from X to Y`` a range, not a
    #: change (``na faixa de R$ 50 a R$ 60``, ``que vai de US$ 15,50 a US$ 17,50``)
    range_spans: tuple[str, ...]
    #: regular expressions (sources) of the words that announce a stated equivalent
    pair_equivalent: tuple[str, ...]
    pair_restates: tuple[str, ...]
    pair_copulas: tuple[str, ...]
    pair_links: tuple[str, ...]
    pair_or: tuple[str, ...]
    #: the words of an alternative that, alone between two figures of different
    #: currencies, state the second as the first's equivalent (``US$ 18 miliar atau
    #: Rp 257 triliun``): the press's way in the language, where "or" alone
    #: otherwise lists alternatives (``$5 billion or €4 billion``)
    pair_or_converts: tuple[str, ...]
    #: what follows a stated equivalent that a verb-final sentence states as the
    #: figure's worth (``100 Mark waren rund 60 Dollar wert``, ``約70億ドルに相当``),
    #: and the subject marks that may stand between the figures (``1兆円は``)
    pair_worth: tuple[str, ...]
    pair_subjects: tuple[str, ...]
    #: words right after a second figure that make it a difference, not an
    #: equivalent (``$150 pesos, casi $3.50 por debajo``, ``($5 more)``)
    pair_compares: tuple[str, ...]
    #: words right before a figure that make it an exchange rate, no amount converted
    #: (``na cotação atual de R$ 5,60``, ``al tipo de cambio de $20``)
    pair_rates: tuple[str, ...]
    #: words that announce a conversion right before the stated figure, however far
    #: its figure stands in the sentence (``…, soit 4,38 milliards de dollars``,
    #: ``se torna R$ 2.096``, ``umgerechnet … rund 135 Milliarden US-Dollar``)
    pair_converts: tuple[str, ...]
    #: words after a number that say it counts something else
    counts: frozenset[str]
    months: frozenset[str]
    percent: tuple[str, ...]
    #: words that say a price is nothing (``free``, ``gratis``)
    zero_words: tuple[str, ...]
    #: what opens the part of a whole, whose figure shares its currency (``di cui``)
    shares: tuple[str, ...]
    #: nouns of money before a figure whose currency the next figure names (``收入``)
    money_nouns: tuple[str, ...]
    #: the words that join the items of a list (``and``, ``or``): ``20, 50 and 100
    #: dollars`` writes the currency once, after the last
    lists: tuple[str, ...] = ()
    #: the words before a year that make it a price basis, not an amount (``in 1988
    #: dollars``, ``constant 2015 dollars``), and those between a currency and a
    #: year that do (``dólares de 2010``, ``Dollar von 2010``)
    year_basis: frozenset[str] = frozenset()
    year_basis_after: frozenset[str] = frozenset()
    #: the words that say each figure of a list after them is one item's (``分別``,
    #: respectively): a qualifier before the first figure is every figure's
    respectively: tuple[str, ...] = ()
    #: phrases (regular expressions) that say the figure they stand before, or after,
    #: is a difference from the figure before it, an increase or the rest
    #: (``比去年增加1768億``, ``207 milions més``): it is counted in that figure's money
    differences_before: tuple[str, ...] = ()
    differences_after: tuple[str, ...] = ()
    #: phrases (regular expressions) before a figure that say it is the rest of a
    #: whole (``τα υπόλοιπα``): a bare figure before it is the other part, in its money
    remainders: tuple[str, ...] = ()
    #: words that may stand between a noun of money and its figure (``投資只有2500億``)
    money_verbs: tuple[str, ...] = ()
    #: words right after a bare figure that count nothing (prepositions: ``1358
    #: milliards par la Banque africaine``): it takes the currency of the figure before
    carry_after: frozenset[str] = frozenset()
    #: phrases (regular expressions) that say a bare figure with a magnitude word is
    #: money, written right before it or its qualifier (``gastará``, ``will spend``)
    #: or, in head-final languages, right after it (``जुटाएगी``, ``की चपत``); and the
    #: words after a figure that count nothing (``para``, ``in``): see :mod:`.implied`
    implied_before: tuple[str, ...] = ()
    implied_after: tuple[str, ...] = ()
    implied_then: frozenset[str] = frozenset()


class GlobalData(NamedTuple):
    """What no single language owns (``global.json``)."""

    groups: dict[str, Codes]
    group_defaults: dict[Codes, str]
    #: every symbol CLDR knows and the curated ones -> the codes it stands for
    symbols: dict[str, Codes]
    #: symbols a locale of another language than Chinese or Japanese does not read
    symbols_unsafe: frozenset[str]
    code_stoplist: frozenset[str]
    historic_codes: frozenset[str]
    #: magnitude abbreviations of every language's press (``bn``, ``mn``, ``lakh``)
    magnitudes: dict[str, int]
    #: short ones that compose after another magnitude word (``lakh cr``)
    composable: frozenset[str]
    #: currency -> (decimal mark, group mark, Indian grouping) of its home
    home_numbers: dict[str, tuple[str, str, bool]]
    #: currency -> the CLDR locale its home numbers come from
    home_number_locales: dict[str, str]
    #: languages whose words every reading knows
    borrow: tuple[str, ...]
    home_locales: tuple[str, ...]
    counts: frozenset[str]
    #: fraction characters written after a number (``1½ million``) and their values
    fraction_glyphs: dict[str, str]
    #: currency -> the languages of its press at home (``BRL``: Portuguese)
    home_languages: dict[str, tuple[str, ...]]


class DateWords(NamedTuple):
    """The words dates in text need besides CLDR's month and day names (``dates.json``),
    per language: CLDR has no list of the small words that make a bare year or a
    month name a date (``in 2025``, ``seit 2020``), and babel keeps none of its
    relative phrases. All lower case, matched case-insensitively."""

    #: relative phrase -> (offset, unit) from the time of writing: ``last year`` is
    #: (-1, ``"year"``); units ``year``, ``month``, ``week``, ``day``
    relative: dict[str, dict[str, tuple[int, str]]]
    #: languages whose relative phrases are read in any text, without word
    #: boundaries: their script tells them (Chinese, Japanese, Korean)
    anywhere: tuple[str, ...]
    #: words after which a bare year or a month name alone is a date (``in 2025``)
    before_time: dict[str, frozenset[str]]
    #: the words of ``before_time`` that point ahead: a limit (``by 2030``)
    forward: dict[str, frozenset[str]]
    #: words that may stand between a day, a month and a year (``19 de septiembre``)
    connectors: dict[str, frozenset[str]]
    #: words saying a stated conversion is at today's rate (``currently``, ``aktuell``)
    current: dict[str, frozenset[str]]
    #: the marks after a year and after a day (``2025年9月24日``, ``2025년 9월 24일``)
    year_marks: dict[str, tuple[str, ...]]
    day_marks: dict[str, tuple[str, ...]]


def _read(name: str) -> dict[str, Any]:
    return read_shipped_json(DATA_DIR / name, "language data", FORMAT, "tools/build_lexicon.py")


@lru_cache(maxsize=1)
def _index() -> dict[str, Any]:
    return _read("index.json")


def available() -> tuple[str, ...]:
    """The languages with a data file (CLDR's, and the curated ones)."""
    return tuple(_index()["languages"])


@lru_cache(maxsize=1)
def curated() -> frozenset[str]:
    """The languages with a curated file (``data/languages/<code>.toml``); the
    others are known from the CLDR extract alone."""
    return frozenset(code for code, entry in _index()["languages"].items() if entry["curated"])


def script_of(code: str) -> str | None:
    """The usual script of a language, without reading its file."""
    entry = _index()["languages"].get(code)
    return None if entry is None else entry["script"]


def detect_words(code: str) -> tuple[str, ...]:
    """The frequent words that tell a text is in language ``code`` (from the index,
    without reading the language's file: a text's language is asked first)."""
    entry = _index()["languages"].get(code)
    return () if entry is None else tuple(entry["detect"])


def tell_words(code: str) -> tuple[str, ...]:
    """The money words (currency nouns, magnitude words) that only language ``code``
    lists, or only it and languages that read them alike (Indonesian and Malay
    ``juta``): computed by ``tools/build_lexicon.py`` across every language file, and
    read from the index like :func:`detect_words`."""
    entry = _index()["languages"].get(code)
    return () if entry is None else tuple(entry.get("tells", ()))


def _codes(table: dict[str, list[str]]) -> dict[str, Codes]:
    return {key: tuple(value) for key, value in table.items()}


def _number_words(data: dict[str, Any] | None) -> NumberWords | None:
    if data is None:
        return None
    return NumberWords(
        values=dict(data["values"]),
        articles=tuple(data["articles"]),
        hundreds=tuple(data["hundreds"]),
        halves=tuple(data["halves"]),
        fractions=dict(data["fractions"]),
        fraction_links=tuple(data["fraction_links"]),
        fraction_ands=tuple(data["fraction_ands"]),
        ands=tuple(data["ands"]),
        standalone=tuple(data["standalone"]),
        compounds=bool(data["compounds"]),
        vigesimal=bool(data["vigesimal"]),
        article_one=bool(data["article_one"]),
        bare_hundred=bool(data["bare_hundred"]),
        vague=tuple(data["vague"]),
        nouns=tuple(data["nouns"]),
        before_digits=dict(data.get("before_digits", {})),
    )


@lru_cache(maxsize=64)
def language(code: str) -> LanguageData | None:
    """The data of one language (``es``, ``zh``), or ``None`` when there is none."""
    if code not in _index()["languages"]:
        return None
    data = _read(f"{code}.json")
    east = data["east_asian"] or {}
    numerals = data["numerals"] or {}
    qualifiers = data["qualifiers"]
    ranges = data["ranges"]
    pairs = data["pairs"]
    links = data["links"]
    decimal, group, indian = data["numbers"]
    return LanguageData(
        code=code,
        name=data["name"],
        script=data["script"],
        numbers=(decimal, group, bool(indian)),
        detect=tuple(data["detect"]),
        script_marks=dict(data["scripts"]),
        open_scripts=frozenset(data["open_scripts"]),
        open_symbols=frozenset(data["open_symbols"]),
        generic_units=frozenset(data["generic_units"]),
        not_borrowed=frozenset(data["not_borrowed"]),
        names=_codes(data["names"]),
        curated_names=_codes(data["curated_names"]),
        prefix_names=tuple(data["prefix_names"]),
        heads=_codes(data["heads"]),
        everyday_nouns=frozenset(data.get("everyday_nouns", ())),
        names_before=tuple(data["names_before"]),
        subunits=_codes(data["subunits"]),
        subunits_after={
            word: (tuple(spec["codes"]), spec["exponent"], tuple(spec["not_before"]))
            for word, spec in data.get("subunits_after", {}).items()
        },
        multiples={
            word: (tuple(spec["codes"]), spec["exponent"], frozenset(spec["territories"]))
            for word, spec in data.get("multiples", {}).items()
        },
        pence_letter=_codes(data["pence_letter"]),
        symbols=_codes(data["symbols"]),
        compact={locale: dict(words) for locale, words in data["compact"].items()},
        magnitudes=dict(data["magnitudes"]),
        magnitude_currencies=_codes(data["magnitude_currencies"]),
        links=tuple(links["words"]),
        links_any_number=bool(links["any_number"]),
        thousand_before_digits=links["thousand_before_digits"],
        part_joiners=tuple(links.get("parts", ())),
        decimal_points=tuple(links.get("points", ())),
        unread_units=dict(data.get("unread", {})),
        magnitude_first=bool(links.get("magnitude_first", False)),
        number_words=_number_words(data["number_words"]),
        east_small=dict(east.get("small", {})),
        east_large=dict(east.get("large", {})),
        east_odd=tuple(east.get("odd", ())),
        numeral_digits=dict(numerals.get("digits", {})),
        numeral_units=dict(numerals.get("units", {})),
        numeral_points=tuple(numerals.get("points", ())),
        qualifiers_before=dict(qualifiers["before"]),
        qualifiers_after=dict(qualifiers["after"]),
        qualifier_articles=tuple(qualifiers["articles"]),
        negations=tuple(qualifiers["negations"]),
        negatable=tuple(qualifiers["negatable"]),
        change_ends=tuple(qualifiers.get("change_ends", ())),
        changes=tuple(qualifiers.get("changes", ())),
        range_links=tuple(ranges["links"]),
        range_from_links=tuple(ranges.get("from_links", ())),
        range_between=tuple(ranges["between"]),
        range_and=tuple(ranges["and"]),
        range_from=tuple(ranges["from"]),
        range_changes=tuple(ranges["changes"]),
        range_spans=tuple(ranges.get("spans", ())),
        pair_equivalent=tuple(pairs["equivalent"]),
        pair_restates=tuple(pairs["restates"]),
        pair_copulas=tuple(pairs["copulas"]),
        pair_links=tuple(pairs.get("links", ())),
        pair_or=tuple(pairs["or"]),
        pair_or_converts=tuple(pairs.get("or_converts", ())),
        pair_worth=tuple(pairs.get("worth", ())),
        pair_subjects=tuple(pairs.get("subjects", ())),
        pair_compares=tuple(pairs.get("compares", ())),
        pair_rates=tuple(pairs.get("rates", ())),
        pair_converts=tuple(pairs.get("converts", ())),
        counts=frozenset(data["counts"]),
        months=frozenset(data["months"]),
        percent=tuple(data["percent"]),
        zero_words=tuple(data["zero"]),
        shares=tuple(data["shares"]),
        money_nouns=tuple(data["money_nouns"]),
        lists=tuple(data.get("lists", ())),
        year_basis=frozenset(data.get("year_basis", ())),
        year_basis_after=frozenset(data.get("year_basis_after", ())),
        respectively=tuple(data.get("respectively", ())),
        differences_before=tuple(data.get("differences_before", ())),
        differences_after=tuple(data.get("differences_after", ())),
        remainders=tuple(data.get("remainders", ())),
        money_verbs=tuple(data.get("money_verbs", ())),
        carry_after=frozenset(data.get("carry_after", ())),
        implied_before=tuple(data.get("implied_before", ())),
        implied_after=tuple(data.get("implied_after", ())),
        implied_then=frozenset(data.get("implied_then", ())),
    )


@lru_cache(maxsize=1)
def global_data() -> GlobalData:
    """The data no language owns (see :class:`GlobalData`)."""
    data = _read("global.json")
    groups = _codes(data["groups"])
    return GlobalData(
        groups=groups,
        group_defaults={groups[name]: code for name, code in data["group_defaults"].items()},
        symbols=_codes(data["symbols"]),
        symbols_unsafe=frozenset(data["symbols_unsafe"]),
        code_stoplist=frozenset(data["code_stoplist"]),
        historic_codes=frozenset(data["historic_codes"]),
        magnitudes=dict(data["magnitudes"]),
        composable=frozenset(data["composable"]),
        home_numbers={
            code: (str(d), str(g), bool(i)) for code, (d, g, i) in data["home_numbers"].items()
        },
        home_number_locales=dict(data["home_number_locales"]),
        borrow=tuple(data["borrow"]),
        home_locales=tuple(data["home_locales"]),
        counts=frozenset(data["counts"]),
        fraction_glyphs=dict(data["fraction_glyphs"]),
        home_languages=_codes(data["home_languages"]),
    )


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    """The words of dates in text, every language's (see :class:`DateWords`); read
    the first time a text's dates are read, not by parsing money."""
    data = _read("dates.json")["languages"]
    return DateWords(
        relative={
            code: {
                phrase: (int(offset), str(unit)) for phrase, (offset, unit) in d["relative"].items()
            }
            for code, d in data.items()
        },
        anywhere=tuple(code for code, d in data.items() if d["anywhere"]),
        before_time={code: frozenset(d["before_time"]) for code, d in data.items()},
        forward={code: frozenset(d["forward"]) for code, d in data.items()},
        connectors={code: frozenset(d["connectors"]) for code, d in data.items()},
        current={code: frozenset(d["current"]) for code, d in data.items()},
        year_marks={code: tuple(d["year_marks"]) for code, d in data.items()},
        day_marks={code: tuple(d["day_marks"]) for code, d in data.items()},
    )
