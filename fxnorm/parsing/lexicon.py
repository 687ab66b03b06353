"""The vocabulary of one reading: currency words, magnitude words and the words
around figures, for the languages a text is read in, built once and kept.

A :class:`Lexicon` merges the language data of :mod:`.languages` (CLDR's names
and compact words plus the curated words of each language) for a *view*: the
languages the text is read in, the first one primary, and a locale's
territory. The primary language's words win where languages disagree
(``billion`` is 10^9 in English, 10^12 in French; ``kroner`` is NOK in Norwegian,
DKK in Danish); the languages of :attr:`GlobalData.borrow` are always read too,
so that an English text quoting ``3,8 Milliarden Euro`` or ``3800亿元`` still
has its figures. Every currency symbol any CLDR locale writes is known in every
view, with the codes it stands for (:mod:`.languages`).

Nothing here reads text: the scanner, the word pass, the context and the pairing
stages ask the lexicon what a word means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .. import cldr
from .languages import GlobalData, LanguageData, NumberWords, global_data, language
from .locales import canonical_locale, locale_hint
from .matching import EndingMatcher, WordMatcher, fold
from .numbers import NumberFormat, format_of

__all__ = [
    "Lexicon",
    "Magnitude",
    "QualifierTable",
    "Surface",
    "canonical_locale",
    "lexicon",
]


@dataclass(frozen=True, slots=True)
class Surface:
    """A way of writing a currency: its text, the codes it may stand for, its kind.

    ``kind`` is ``code`` (ISO 4217), ``symbol`` (``$``, ``R$``, ``RMB``, ``Rs``)
    or ``name`` (``yuan``, ``pesos argentinos``, ``人民币``). ``scale`` is the
    power of ten of one unit it names: ``-2`` for a hundredth (``cents``,
    ``pence``, ``centavos``), 0 for the currency itself.
    """

    text: str
    codes: tuple[str, ...]
    kind: str
    scale: int = 0


@dataclass(frozen=True, slots=True)
class Magnitude:
    """A magnitude word and its power of ten; ``composable`` words may follow
    another magnitude (``mil millones``, ``lakh crore``, ``千万``)."""

    text: str
    exponent: int
    composable: bool


class QualifierTable:
    """The qualifier phrases of a view, looked up by their last (before a figure)
    or first (after it) character, longest first."""

    __slots__ = (
        "after",
        "after_endings",
        "after_seconds",
        "article_lasts",
        "article_longest",
        "articles",
        "before",
        "before_pairs",
        "before_singles",
        "kinds",
        "longest",
        "matcher",
        "negatable",
        "negations",
    )

    def __init__(
        self,
        before: dict[str, str],
        after: dict[str, str],
        articles: Iterable[str],
        negations: Iterable[str],
        negatable: Iterable[str] = (),
    ) -> None:
        by_last: dict[str, list[tuple[str, str]]] = {}
        for phrase, kind in before.items():
            by_last.setdefault(phrase[-1], []).append((phrase, kind))
        for items in by_last.values():
            items.sort(key=lambda item: -len(item[0]))
        #: last character -> phrases ending with it, longest first
        self.before = by_last
        #: the last two characters of the phrases of two or more, and the phrases of
        #: one: a figure after two ASCII characters in neither (the ``rs`` of
        #: ``dollars``) follows no phrase, told without folding a window and walking it
        self.before_pairs = frozenset(p[-2:] for p in before if len(p) > 1)
        self.before_singles = frozenset(p for p in before if len(p) == 1)
        self.longest = max((len(p) for p in before), default=0)
        #: the phrases read leftwards from a figure, longest first (lower case)
        self.matcher = EndingMatcher(before)
        self.kinds = dict(before)
        by_first: dict[str, list[tuple[str, str]]] = {}
        endings: dict[str, str] = {}
        for key, kind in after.items():
            # "ending|phrase": the phrase counts after a figure whose last word ends
            # so (Gujarati "₹93 હજાર કરોડથી વધુ", "more than": -થી "than" ends the
            # magnitude word, વધુ "more" follows)
            ending, bar, phrase = key.rpartition("|")
            by_first.setdefault(phrase[0], []).append((phrase, kind))
            if bar:
                endings[phrase] = ending
        for items in by_first.values():
            items.sort(key=lambda item: -len(item[0]))
        #: first character -> phrases starting with it, longest first
        self.after = by_first
        #: first character -> the second characters of its phrases, for those with no
        #: phrase of one character: a space then a letter no phrase goes on with
        #: (``dollars five``) starts none, told before the phrases are tried
        self.after_seconds = {
            first: frozenset(phrase[1] for phrase, _ in items)
            for first, items in by_first.items()
            if all(len(phrase) > 1 for phrase, _ in items)
        }
        #: phrase -> the ending the figure's last word must have for it to count
        self.after_endings = endings
        self.articles = frozenset(articles)
        #: their last characters in ASCII and the longest one's length: a word
        #: before a figure that ends otherwise or is longer is no article, told
        #: without reading it all (a text dense with figures asks before each)
        self.article_lasts = frozenset(a[-1] for a in self.articles if a[-1:].isascii())
        self.article_longest = max(map(len, self.articles), default=0)
        self.negations = frozenset(negations)
        #: phrases a negation before turns around ("no … menos de" is at least)
        self.negatable = frozenset(negatable)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the stages need to know about one view (see the module docstring)."""

    #: the languages read, the primary one first
    languages: tuple[str, ...]
    #: the primary language
    language: str
    #: the locale hint (canonical), or None when none was given
    locale: str | None
    territory_currency: str | None
    #: separators that decide a number the digits leave open: the locale's, else
    #: the primary language's usual ones
    numbers: NumberFormat
    #: surface (lower-cased for names) -> Surface, for matching after a number
    after: dict[str, Surface]
    after_words: WordMatcher
    #: exact surface -> Surface, for matching before a number (codes and symbols)
    before: dict[str, Surface]
    before_words: EndingMatcher
    #: word (lower-cased unless a short ASCII abbreviation) -> Magnitude
    magnitudes: dict[str, Magnitude]
    #: the magnitude words read only as a currency's home language writes them
    #: (see :func:`lexicon`), same keys -> that language
    home_magnitudes: dict[str, str]
    #: the home languages that lent their words (their fraction words too: ``R$ 2 bi
    #: e meio``), or ``()``
    home: tuple[str, ...]
    #: the fraction words lent with them (folded) -> the language lending each
    home_fractions: dict[str, str]
    magnitude_words: WordMatcher
    #: lower-cased first characters of every magnitude and currency word
    word_starts: frozenset[str]
    #: single-letter symbols (``R``, ``Q``, ``K``), read only glued before a price
    #: written as one (``R273.00``, ``R8,499``): as words they are everywhere
    letter_symbols: dict[str, Surface]
    #: what opens the part of a whole (``di cui``, ``of which``, ``其中``), and the
    #: nouns of money a figure may stand after (``收入3.2亿，利润0.5亿元``)
    shares: re.Pattern[str]
    money_nouns: EndingMatcher
    #: the words that may stand between a noun of money and its figure (``只有``)
    money_verbs: EndingMatcher
    #: words right after a bare figure that count nothing (``par``, ``en``), folded
    carry_after: frozenset[str]
    #: the words that say a bare figure with a magnitude word is money, before it (or
    #: its qualifier) and after it, and the words after it that count nothing (see
    #: :mod:`.implied`)
    implied_before: re.Pattern[str]
    implied_after: re.Pattern[str]
    implied_then: frozenset[str]
    #: the gap between two items of a list (``, ``, `` and ``, ``, or ``, ``、``): the
    #: ``comma`` group, the ``word`` group, either or both
    list_link: re.Pattern[str]
    #: the words that say each figure of a list after them is one item's (``分別以約25
    #: 億元及15億元``): the qualifier before the first is every item's
    respectively: EndingMatcher
    #: the gap between a figure with a currency and a bare one that ends with a phrase
    #: saying the bare one is a difference, an increase or the rest (``，比去年增加``),
    #: and the phrase that says so right after the bare one (`` més``)
    differences_before: re.Pattern[str]
    differences_after: re.Pattern[str]
    #: a gap that ends with a phrase saying the figure after it is the rest of a whole
    #: (`` … και τα υπόλοιπα ``): the bare figure before the gap is the other part
    remainders: re.Pattern[str]
    #: words that say a price is nothing (``Free``): the zero of a price tag
    zero_words: frozenset[str]
    #: symbol -> the one code the locale writes that way
    locale_symbols: dict[str, str]
    #: symbol -> the one code English (CLDR en) writes that way (fallback reading)
    english_symbols: dict[str, str]
    #: symbols only Chinese and Japanese locales read by their CLDR table
    unsafe_symbols: frozenset[str]
    #: group of codes -> its usual reading when no locale decides (dollars: USD)
    group_defaults: dict[tuple[str, ...], str]
    #: whether ``de`` may link any number to its currency (Romanian ``4.050 de lei``)
    linked_numbers: bool
    #: words between a magnitude word and its currency (``millones de pesos``)
    links: tuple[str, ...]
    #: their first characters (a word that starts otherwise is none of them)
    link_firsts: frozenset[str]
    #: currency names read before a number (``pesos 500``, ``新台幣62.3億元``)
    names_before: EndingMatcher | None
    #: units of whatever currency is named before the number (元 in 日幣150億元)
    generic_units: frozenset[str]
    #: magnitude words that name the currency too (``mdd``, ``mdp``)
    magnitude_currencies: dict[str, Surface]
    #: their last characters (a word that ends otherwise is none of them)
    magnitude_currency_lasts: frozenset[str]
    #: those of them read from a language the text is not read in -> that language
    #: (``mdp`` in a text of no clear language: Spanish)
    lent_naming: dict[str, str]
    #: a thousand word written before digits (Mexican ``mil 172 millones``)
    thousand_before_digits: str | None
    #: words joining the parts of a figure written in parts (``هزار و ۸۰۷ میلیارد``)
    part_joiners: tuple[str, ...]
    #: words written as the decimal point between digits (``১ দশমিক ৫``)
    decimal_points: tuple[str, ...]
    #: units of money that name no ISO currency (``تومان``) -> why a figure in
    #: one is left unread; their longest length
    unread_units: dict[str, str]
    #: a magnitude word between a currency before the number and the number
    #: (Swahili ``shilingi bilioni 326``)
    magnitude_first: bool
    #: letters glued after digits that mean a hundredth (``250p``)
    pence_letter: dict[str, Surface]
    #: the smaller units written after the main one in one amount (``111円28銭``,
    #: ``2元5角8分``) -> the currencies, the unit's power of ten, and what after the
    #: word makes it another word (分钟, minutes)
    subunits_after: dict[str, tuple[frozenset[str], int, tuple[str, ...]]]
    #: East Asian units after digits, and "-odd" marks inside a number
    east_small: dict[str, int]
    east_large: dict[str, int]
    east_odd: frozenset[str]
    #: Chinese numerals: digits and units inside a group
    numeral_digits: dict[str, int]
    numeral_units: dict[str, int]
    #: the decimal points between numerals (``點``, ``点``)
    numeral_points: frozenset[str]
    #: a run of numerals and units, and one numeral (the cheap test first)
    numeral_run: re.Pattern[str]
    numeral_anchor: re.Pattern[str]
    #: the lowest code point of a numeral (0 without numerals): a text below it holds none
    numeral_floor: int
    qualifiers: QualifierTable
    #: "up to" words that end a change after its figure, and the words of a change
    #: (see :func:`.context.qualifier_of`)
    change_ends: frozenset[str]
    changes: frozenset[str]
    #: range links, as regular expressions (see :mod:`.context`)
    range_link: re.Pattern[str]
    between_link: re.Pattern[str]
    between_word: re.Pattern[str]
    from_word: re.Pattern[str]
    #: a link of a change's figures only (``auf`` in ``von 1 auf 2 Milliarden``)
    change_link: re.Pattern[str]
    #: a word link with an article after it (``a los``), or a link word that links
    #: only after a "from" word (``hasta``): a range's or a change's link only after
    #: a "from" word before the low end (``de los 5 a los 100``, ``desde 85€ hasta 135€``)
    range_link_article: re.Pattern[str]
    #: a word that makes a ``from`` word open a range, then the ``from`` word
    #: (``faixa de``, ``vai de``)
    span_from: re.Pattern[str]
    #: every link word of a range, lower case (a cheap test before a low end of words)
    range_words: frozenset[str]
    #: the characters that may link the ends of a range: dashes, tildes, and the
    #: links that are one character (至)
    link_chars: frozenset[str]
    #: what opens a stated equivalent, and what restates a figure in the next sentence
    pair_equivalent: str
    pair_or: str
    #: an alternative word that states an equivalent alone (``atau``, ``বা``)
    pair_or_converts: str
    pair_restates: str
    pair_copulas: str
    #: a verb joining a figure to its equivalent: "20 pesos was about $5."
    pair_links: str
    #: what follows the equivalent of a verb-final sentence: "100 Mark waren rund 60
    #: Dollar wert", and the subject marks before it ("1兆円は約70億ドルに相当")
    pair_worth: str
    pair_subjects: str
    pair_compares: str
    pair_rates: str
    #: what announces a stated equivalent a clause after its figure (``…, soit``)
    pair_converts: str
    #: words after a number that say it counts something else; month names
    counts: frozenset[str]
    months: frozenset[str]
    #: a percent sign or word after a number
    percent: re.Pattern[str]
    percent_firsts: frozenset[str]
    #: the two ASCII characters a percent word may start with, as the pattern
    #: matches them (any case), and those a match may start with alone (``%``): after
    #: a space, two others (the ``bi`` of ``billion``) say no without the pattern
    percent_pairs: frozenset[str]
    percent_alone: frozenset[str]
    #: the primary language's number words, for the word pass
    number_words: NumberWords | None
    #: the words before a year that make it a price basis (``in 1988 dollars``), and
    #: those between a currency and such a year (``dólares de 2010``), folded
    year_basis: frozenset[str] = frozenset()
    year_basis_after: frozenset[str] = frozenset()


# -- helpers ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _all_codes() -> frozenset[str]:
    """Every code whose names are read: active ones and the historic ones."""
    from .. import currencies

    return currencies.active_codes() | global_data().historic_codes


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """The codes read as codes (the stop-list keeps words like ``ALL`` out)."""
    return _all_codes() - global_data().code_stoplist


@lru_cache(maxsize=256)
def _symbol_readings(locale: str) -> dict[str, str]:
    """symbol -> code for the symbols ``locale`` gives exactly one currency."""
    readings: dict[str, set[str]] = {}
    for code, symbol in cldr.currency_symbols(locale):
        readings.setdefault(symbol, set()).add(code)
    return {s: next(iter(c)) for s, c in readings.items() if len(c) == 1}


def _known(codes: Iterable[str]) -> tuple[str, ...]:
    known = _all_codes()
    return tuple(code for code in codes if code in known)


@lru_cache(maxsize=1)
def _letter_symbols() -> dict[str, Surface]:
    """The single ASCII letters the global table reads as a currency (``R``: ZAR)."""
    found: dict[str, Surface] = {}
    for symbol, codes in global_data().symbols.items():
        kept = _known(codes)
        if kept and len(symbol) == 1 and symbol.isascii() and symbol.isalpha():
            found[symbol] = Surface(symbol, kept, "symbol")
    return found


@lru_cache(maxsize=1)
def _global_symbols() -> dict[str, Surface]:
    """Every symbol of the global table with a code still read, as a Surface."""
    found: dict[str, Surface] = {}
    for symbol, codes in global_data().symbols.items():
        kept = _known(codes)
        if not kept or symbol in _codes():
            continue
        if len(symbol) == 1 and symbol.isascii() and symbol.isalpha():
            continue  # "R", "K", "L": too common as letters (a locale's own is added)
        found[symbol] = Surface(symbol, kept, "symbol")
    return found


def _datas(languages: tuple[str, ...]) -> list[LanguageData]:
    found = []
    for code in languages:
        data = language(code)
        if data is not None:
            found.append(data)
    return found


def _alternation(sources: Iterable[str]) -> str:
    unique = list(dict.fromkeys(s for s in sources if s))
    unique.sort(key=len, reverse=True)
    return "|".join(unique) if unique else "(?!)"


def _list_link(words: Iterable[str]) -> re.Pattern[str]:
    """The gap between two items of a list: a comma (``、`` in CJK text), a word
    that joins them (``and``, ``y``, ``或``), or both (``, and``)."""
    word = _words_pattern(words)
    return re.compile(rf"\s*(?:(?P<comma>[,，、])\s*)?(?:(?P<word>{word})\s*)?\Z", re.IGNORECASE)


def _words_pattern(words: Iterable[str]) -> str:
    return _alternation(re.escape(w).replace(r"\ ", r"\s+") for w in words)


# -- the view -----------------------------------------------------------------------


def _view_languages(primary: tuple[str, ...], data: GlobalData) -> tuple[str, ...]:
    """The languages read: the primary ones, then the borrowed ones."""
    return tuple(dict.fromkeys((*primary, *data.borrow)))


@lru_cache(maxsize=256)
def _ascii_case(ch: str) -> frozenset[str]:
    """The ASCII characters a case-insensitive pattern matches ``ch`` with (as
    ``re`` folds case: ``k`` and ``K`` for ``k``, and ``k`` for the Kelvin sign)."""
    pattern = re.compile(re.escape(ch), re.IGNORECASE)
    return frozenset(c for c in map(chr, range(128)) if pattern.fullmatch(c))


def lexicon(
    locale: str | None,
    languages: tuple[str, ...] | None = None,
    home: tuple[str, ...] = (),
    *,
    together: bool = False,
) -> Lexicon:
    """The lexicon of a view: ``languages`` (the primary first; by default the
    locale's language, or English), read with ``locale``'s territory and separators
    (``None``: no locale). The magnitude words of the ``home`` languages (of the
    currency a text names, see :attr:`.textlang.TextLanguage.home`) come last,
    the short ones too, but for a word they read differently
    (:attr:`Lexicon.home_magnitudes`). ``together``: the languages are read
    together, none first (a text that may be in any of them): a currency name
    they read differently names every reading (``kroner``: DKK or NOK)."""
    hint = locale_hint(locale) if locale is not None else None
    if not languages:
        languages = (hint.language,) if hint is not None and hint.language else ("en",)
    return _lexicon(
        hint.locale if hint is not None else None, tuple(languages), tuple(home), together
    )


def _home_magnitudes(home: tuple[str, ...]) -> dict[str, tuple[str, int, str]]:
    """key -> (word, exponent, language) of the home languages' magnitude words
    that they all read alike (a word two of them read differently is none)."""
    offered: dict[str, dict[int, tuple[str, str]]] = {}
    for code in home:
        lang = language(code)
        if lang is None:
            continue
        for word, exponent in {**_compact_of(lang, None), **lang.magnitudes}.items():
            if len(word) == 1 and word.isascii():
                continue  # a letter alone ("G") is too little to lend
            key = word if len(word) <= 2 and word.isascii() else fold(word)
            offered.setdefault(key, {}).setdefault(exponent, (word, code))
    return {
        key: (word, exponent, code)
        for key, readings in offered.items()
        if len(readings) == 1
        for exponent, (word, code) in readings.items()
    }


#: The fraction words of :class:`.languages.NumberWords` a home language lends.
_FRACTION_ROLES = ("halves", "fractions", "fraction_links", "fraction_ands", "ands")


def _lent_fractions(
    home: tuple[str, ...], words: NumberWords | None
) -> tuple[NumberWords | None, dict[str, str]]:
    """``words`` (the primary language's number words) with the fraction words of
    the ``home`` languages it lacks, lent along with their magnitude words (a
    currency's home press: ``R$ 2 bi e meio``, Portuguese ``e``, ``meio``; the
    text's language beside a locale's: ``US$ 1 millón y medio`` with ``en``), and
    those words -> the language lending each; a word the lending languages put to
    different uses, or that ``words`` has already, is lent by none."""
    if words is None or not home:
        return words, {}
    offered: dict[str, set[tuple[str, str]]] = {}
    lender: dict[str, str] = {}
    for code in home:
        lang = language(code)
        theirs = lang.number_words if lang is not None else None
        if theirs is None:
            continue
        for role in _FRACTION_ROLES:
            table = getattr(theirs, role)
            for word in table:
                value = table[word] if isinstance(table, dict) else ""
                offered.setdefault(word, set()).add((role, value))
                lender.setdefault(word, code)
    own = {
        *words.values,
        *words.articles,
        *words.hundreds,
        *words.standalone,
        *(word for role in _FRACTION_ROLES for word in getattr(words, role)),
    }
    lent: dict[str, dict[str, str]] = {role: {} for role in _FRACTION_ROLES}
    for word, uses in offered.items():
        if word not in own and len(uses) == 1:
            ((role, value),) = uses
            lent[role][word] = value
    if not any(lent.values()):
        return words, {}
    lenders = {word: lender[word] for table in lent.values() for word in table}
    return words._replace(
        halves=(*words.halves, *lent["halves"]),
        fractions={**words.fractions, **lent["fractions"]},
        fraction_links=(*words.fraction_links, *lent["fraction_links"]),
        fraction_ands=(*words.fraction_ands, *lent["fraction_ands"]),
        ands=(*words.ands, *lent["ands"]),
    ), lenders


@lru_cache(maxsize=128)
def _lexicon(
    locale: str | None,
    languages: tuple[str, ...],
    home: tuple[str, ...] = (),
    together: bool = False,
) -> Lexicon:
    data = global_data()
    hint = locale_hint(locale) if locale is not None else None
    primary = languages[0]
    view = _view_languages(languages, data)
    datas = _datas(view)
    own = [d for d in datas if d.code in languages]
    first = own[0] if own else None
    if hint is not None and hint.numbers is not None:
        numbers = hint.numbers
    elif first is not None:
        numbers = format_of(first.numbers[0], first.numbers[1])
    else:
        numbers = NumberFormat(".", ",", False)

    # -- currencies after a number: codes, symbols, names (the primary language first)
    after: dict[str, Surface] = {}
    for code in sorted(_codes()):
        after[code] = Surface(code, (code,), "code")
    # the primary language's everyday words are no symbol of the global table either
    # ("din", Romanian "of", is the dinar's symbol)
    everyday = first.everyday_nouns if first is not None else frozenset()
    for symbol, surface in _global_symbols().items():
        if symbol.lower() not in everyday:
            after.setdefault(symbol, surface)
    for lang in own:
        for symbol, codes in lang.symbols.items():
            after[symbol] = Surface(symbol, _known(codes), "symbol")
    # the symbols of the home press of the currency the text names, after the
    # languages' own ("RM5 bilion (kira-kira AS$1.1 bilion)": Malay's AS$)
    for lang in _datas(tuple(home)):
        for symbol, codes in lang.symbols.items():
            after.setdefault(symbol, Surface(symbol, _known(codes), "symbol"))
    names: dict[str, tuple[str, ...]] = {}
    curated: dict[str, tuple[str, ...]] = {}
    # the primary language's everyday words are no other language's currency noun
    for lang in datas:
        for form, codes in lang.names.items():
            if form in everyday and lang not in own:
                continue
            names[form] = tuple(dict.fromkeys((*names.get(form, ()), *codes)))
    heads: dict[str, tuple[str, ...]] = {}
    if first is not None and first.heads:
        heads = first.heads
        for form, codes in heads.items():
            names[form] = tuple(dict.fromkeys((*names.get(form, ()), *codes)))
    # the curated names decide over CLDR's: the borrowed languages', then the primary's
    for lang in reversed(datas):
        if lang not in own:
            curated.update((f, c) for f, c in lang.curated_names.items() if f not in everyday)
        else:
            curated.update(lang.curated_names)
    for lang in reversed(own):
        curated.update(lang.curated_names)
    shared: dict[str, tuple[str, ...]] = {}
    if together:  # none first: every reading of the languages read together
        for lang in own:
            for form, codes in lang.curated_names.items():
                shared[form] = tuple(dict.fromkeys((*shared.get(form, ()), *codes)))
        curated.update(shared)
    for form, codes in names.items():
        if form in after:
            continue
        chosen = curated.get(form)
        if not chosen and set(heads.get(form, ())) == set(codes):
            chosen = heads[form]  # a noun of a group, in the group's order (its default first)
        if not chosen:
            chosen = tuple(sorted(codes, key=lambda c: (c != "USD", c)))
        kept = _known(chosen)
        if kept:
            after[form] = Surface(form, kept, "name")
    for form, codes in curated.items():
        if form not in after and _known(codes):
            after[form] = Surface(form, _known(codes), "name")
    # the primary languages' curated names decide over a symbol of the same text:
    # 元 is the yuan of a Chinese text's territory, though ja writes it for CNY
    for lang in own:
        for form, codes in lang.curated_names.items():
            have = after.get(form)
            codes = shared.get(form, codes)
            if have is not None and have.kind == "symbol" and _known(codes):
                after[form] = Surface(form, _known(codes), "name")
    if first is not None:
        for form, codes in first.subunits.items():
            after[form] = Surface(form, _known(codes), "name", -2)  # 50 cents
        territory = hint.territory if hint is not None else None
        for form, (codes, exponent, territories) in first.multiples.items():
            if territory in territories and _known(codes):  # 5 contos: 5,000 escudos
                after[form] = Surface(form, _known(codes), "name", exponent)
    if hint is not None and hint.data_locale is not None:
        after.update(_own_symbols(hint.data_locale, after))
        # the locale's own currency symbol, even a single letter ("R" in en_ZA)
        if hint.territory_currency:
            own_symbol = dict(cldr.currency_symbols(hint.data_locale)).get(
                hint.territory_currency, ""
            )
            if own_symbol and own_symbol not in after:
                after[own_symbol] = Surface(own_symbol, (hint.territory_currency,), "symbol")
            # the signs the territory's own press writes for its currency, whatever
            # the text's language: "P12.19 billion" on a Philippine page is pesos
            # (Filipino's "P"), not the pula CLDR's "P" reads elsewhere
            home_press = data.home_languages.get(hint.territory_currency, ())
            for lang in _datas(tuple(home_press)):
                for symbol, codes in lang.symbols.items():
                    if codes == (hint.territory_currency,):
                        after[symbol] = Surface(symbol, codes, "symbol")
    prefixes = {form for lang in own for form in lang.prefix_names}
    after_words = WordMatcher(
        (text for text, surface in after.items() if surface.kind != "name"),
        (text for text, surface in after.items() if surface.kind == "name"),
        prefixes,
    )
    before = {t: s for t, s in after.items() if s.kind != "name"}
    before_words = EndingMatcher(before)

    # -- magnitudes: the locale's CLDR words, the primary languages' words, the
    # universal abbreviations, then the borrowed languages' (first definition wins)
    magnitudes: dict[str, Magnitude] = {}
    excluded = first.not_borrowed if first is not None else frozenset()
    lent_naming: dict[str, str] = {}

    def add(
        words: dict[str, int],
        composable: bool,
        *,
        borrowed: bool = False,
        naming: Iterable[str] = (),
        owner: str = "",
    ) -> None:
        for word, exponent in words.items():
            # a short abbreviation is another language's too ("mi", "bi"); not one
            # that names its currency as well ("mdp": millions of Mexican pesos)
            short = len(word) <= 3 and word.isascii() and word not in naming
            if borrowed and (word in excluded or short):
                continue
            key = word if len(word) <= 2 and word.isascii() else fold(word)
            if key not in magnitudes:
                long_or_cjk = len(word) > 2 or not word.isascii() or word in data.composable
                magnitudes[key] = Magnitude(word, exponent, composable or long_or_cjk)
                if borrowed and word in naming:
                    lent_naming[key] = owner

    for lang in own:
        add(_compact_of(lang, hint.data_locale if hint is not None else None), True)
        add(lang.magnitudes, True)
    add(data.magnitudes, False)
    for lang in datas:
        if lang.code not in languages:
            add(_compact_of(lang, None), True, borrowed=True)
            add(
                lang.magnitudes,
                True,
                borrowed=True,
                naming=lang.magnitude_currencies,
                owner=lang.code,
            )
    home_magnitudes: dict[str, str] = {}
    for key, (word, exponent, code) in _home_magnitudes(home).items():
        if key not in magnitudes:  # "bi", "mil" of the real's Portuguese, after all others
            magnitudes[key] = Magnitude(word, exponent, True)
            home_magnitudes[key] = code
    # the fraction words after magnitude words go with them: the other languages'
    # of the reading (a text's beside its locale's), then a home's ("R$ 2 bi e meio")
    lent_home = home if home_magnitudes else ()
    number_words, _ = _lent_fractions(
        tuple(code for code in languages[1:]), first.number_words if first is not None else None
    )
    number_words, home_fractions = _lent_fractions(lent_home, number_words)
    east_small: dict[str, int] = {}
    east_large: dict[str, int] = {}
    east_odd: set[str] = set()
    numeral_digits: dict[str, int] = {}
    numeral_units: dict[str, int] = {}
    numeral_points: set[str] = set()
    for code in ("zh", "ja", "ko"):
        lang_data = language(code)
        if lang_data is None:
            continue
        for table, source in (
            (east_small, lang_data.east_small),
            (east_large, lang_data.east_large),
            (numeral_digits, lang_data.numeral_digits),
            (numeral_units, lang_data.numeral_units),
        ):
            for key, value in source.items():
                table.setdefault(key, value)
        east_odd.update(lang_data.east_odd)
        numeral_points.update(lang_data.numeral_points)
    magnitude_words = WordMatcher(
        (k for k in magnitudes if len(k) <= 2 and k.isascii()),
        (k for k in magnitudes if not (len(k) <= 2 and k.isascii())),
    )
    word_starts = magnitude_words.firsts | after_words.firsts

    magnitude_currencies: dict[str, Surface] = {}
    for lang in reversed(datas):
        for word, codes in lang.magnitude_currencies.items():
            magnitude_currencies[word] = Surface(word, _known(codes), "name")
    money_links = tuple(dict.fromkeys(w for lang in datas for w in lang.links))
    pence: dict[str, Surface] = {}
    if first is not None:
        for letter, codes in first.pence_letter.items():
            pence[letter] = Surface(letter, _known(codes), "symbol", -2)

    subunits_after: dict[str, tuple[frozenset[str], int, tuple[str, ...]]] = {}
    for lang in reversed(datas):
        for word, (codes, exponent, not_before) in lang.subunits_after.items():
            subunits_after[word] = (frozenset(_known(codes)), exponent, not_before)

    names_before = None
    if first is not None:
        words = [n for n in first.names_before if n in after]
        if words:
            names_before = EndingMatcher(
                form for n in words for form in dict.fromkeys(_cases_before(n))
            )

    # -- the words around figures: qualifiers, ranges, pairs, counts (every language read)
    before_q: dict[str, str] = {}
    after_q: dict[str, str] = {}
    for lang in reversed(datas):
        before_q.update(lang.qualifiers_before)
        after_q.update(lang.qualifiers_after)
    for symbol, kind in (
        ("~", "approximate"),
        ("≈", "approximate"),
        ("≒", "approximate"),  # the Japanese approximately-equals sign: "1ドル≒150円"
        ("+", "more_than"),
    ):
        (after_q if symbol == "+" else before_q)[symbol] = kind
    qualifiers = QualifierTable(
        before_q,
        after_q,
        (a for lang in own for a in lang.qualifier_articles),
        (n for lang in own for n in lang.negations),
        (n for lang in own for n in lang.negatable),
    )
    links = [w for lang in datas for w in lang.range_links]
    between = [w for lang in datas for w in lang.range_between]
    ands = [w for lang in datas for w in lang.range_and]
    froms = [w for lang in datas for w in lang.range_from]
    # an article may follow a word link or a "from" word: "de los 5 a los 100 millones"
    article = (
        r"(?:\s+(?:" + _words_pattern(a for lang in own for a in lang.qualifier_articles) + r"))?"
    )
    # the wave dash (〜, U+301C) is the Japanese range mark as the full-width tilde is
    range_link = re.compile(
        r"\s*(?:-|–|—|~|～|〜|" + _words_pattern(links) + r")\s*\Z", re.IGNORECASE
    )
    from_links = [w for lang in datas for w in lang.range_from_links]
    range_link_article = re.compile(
        r"\s*(?:" + _words_pattern(links + from_links) + r")" + article + r"\s*\Z",
        re.IGNORECASE,
    )
    between_link = re.compile(
        r"\s*(?:" + _words_pattern(ands) + r")" + article + r"\s*\Z", re.IGNORECASE
    )
    between_word = re.compile(
        r"(?<![^\W\d_])(?:" + _words_pattern(between) + r")" + article + r"\s*\Z",
        re.IGNORECASE,
    )
    from_word = re.compile(
        r"(?<![^\W\d_])(?:" + _words_pattern(froms) + r")" + article + r"\s*\Z", re.IGNORECASE
    )
    changes = [w for lang in datas for w in lang.range_changes]
    change_link = re.compile(r"\s*(?:" + _words_pattern(changes) + r")\s*\Z", re.IGNORECASE)
    spans = [w for lang in datas for w in lang.range_spans]
    span_from = re.compile(
        r"(?<![^\W\d_])(?:"
        + _words_pattern(spans)
        + r")\s+(?:"
        + _words_pattern(froms)
        + r")"
        + article
        + r"\s*\Z",
        re.IGNORECASE,
    )
    counts = frozenset(data.counts).union(*(lang.counts for lang in datas))
    months = frozenset().union(*(lang.months for lang in datas))
    percent_words = [w for lang in datas for w in lang.percent]
    percent = re.compile(
        r"[ \u00a0\u202f]?(?:%|％|‰|"
        + _alternation(re.escape(w).replace(r"\ ", " ") + r"\b" for w in percent_words)
        + r")",
        re.IGNORECASE,
    )
    percent_firsts = frozenset(" \u00a0\u202f%％‰") | frozenset(
        ch for w in percent_words for ch in (w[0], w[0].upper())
    )
    percent_pairs = frozenset(
        first + second
        for w in percent_words
        if len(w) > 1
        for first in _ascii_case(w[0])
        for second in _ascii_case(w[1])
    )
    percent_alone = frozenset("%").union(*(_ascii_case(w) for w in percent_words if len(w) == 1))
    return Lexicon(
        languages=tuple(languages),
        language=primary,
        locale=locale,
        territory_currency=hint.territory_currency if hint is not None else None,
        numbers=numbers,
        home_magnitudes=home_magnitudes,
        after=after,
        after_words=after_words,
        before=before,
        before_words=before_words,
        magnitudes=magnitudes,
        magnitude_words=magnitude_words,
        word_starts=word_starts,
        letter_symbols=_letter_symbols(),
        zero_words=frozenset(w for lang in own for w in lang.zero_words),
        shares=re.compile(
            r"[,，、;；]?\s*(?:" + _alternation(p for lang in own for p in lang.shares) + r")",
            re.IGNORECASE,
        ),
        money_nouns=EndingMatcher(w for lang in own for w in lang.money_nouns),
        money_verbs=EndingMatcher(w for lang in own for w in lang.money_verbs),
        carry_after=frozenset(w for lang in own for w in lang.carry_after),
        implied_before=re.compile(
            r"(?<![^\W\d_])(?:"
            + _alternation(p for lang in own for p in lang.implied_before)
            + r")[ \u00a0]*\Z",
            re.IGNORECASE,
        ),
        implied_after=re.compile(
            r"[ \u00a0]*(?:" + _alternation(p for lang in own for p in lang.implied_after) + r")",
            re.IGNORECASE,
        ),
        implied_then=frozenset(w for lang in own for w in (*lang.implied_then, *lang.carry_after)),
        list_link=_list_link(w for lang in own for w in lang.lists),
        respectively=EndingMatcher(w for lang in own for w in lang.respectively),
        differences_before=re.compile(
            r"\s*(?:[,，、;；]\s*)?(?:"
            + _alternation(p for lang in own for p in lang.differences_before)
            + r")\s*\Z",
            re.IGNORECASE,
        ),
        differences_after=re.compile(
            r"[ \u00a0]*(?:"
            + _alternation(p for lang in own for p in lang.differences_after)
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        remainders=re.compile(
            r"(?<![^\W\d_])(?:"
            + _alternation(p for lang in own for p in lang.remainders)
            + r")\s*\Z",
            re.IGNORECASE,
        ),
        year_basis=frozenset(w for lang in own for w in lang.year_basis),
        year_basis_after=frozenset(w for lang in own for w in lang.year_basis_after),
        locale_symbols=_symbol_readings(hint.data_locale)
        if hint is not None and hint.data_locale
        else {},
        english_symbols=_symbol_readings("en"),
        unsafe_symbols=data.symbols_unsafe,
        group_defaults=data.group_defaults,
        linked_numbers=any(lang.links_any_number for lang in own),
        links=money_links,
        link_firsts=frozenset(link[:1] for link in money_links),
        names_before=names_before,
        generic_units=frozenset(w for lang in own for w in lang.generic_units),
        magnitude_currencies=magnitude_currencies,
        magnitude_currency_lasts=frozenset(word[-1:] for word in magnitude_currencies),
        lent_naming=lent_naming,
        thousand_before_digits=first.thousand_before_digits if first is not None else None,
        part_joiners=tuple(dict.fromkeys(w for lang in own for w in lang.part_joiners)),
        decimal_points=tuple(dict.fromkeys(w for lang in own for w in lang.decimal_points)),
        unread_units={w: r for lang in datas for w, r in lang.unread_units.items()},
        magnitude_first=any(lang.magnitude_first for lang in own),
        pence_letter=pence,
        subunits_after=subunits_after,
        east_small=east_small,
        east_large=east_large,
        east_odd=frozenset(east_odd),
        numeral_digits=numeral_digits,
        numeral_units=numeral_units,
        numeral_points=frozenset(numeral_points),
        numeral_run=re.compile(
            "["
            + re.escape(
                "".join(sorted({*numeral_digits, *numeral_units, *east_large, *numeral_points}))
                or "\x00"
            )
            + "]+"
        ),
        numeral_anchor=re.compile(
            "[" + re.escape("".join(sorted({*numeral_digits, *numeral_units})) or "\x00") + "]"
        ),
        numeral_floor=min(map(ord, {*numeral_digits, *numeral_units}), default=0),
        qualifiers=qualifiers,
        change_ends=frozenset(w for lang in own for w in lang.change_ends),
        changes=frozenset(w for lang in own for w in lang.changes),
        range_link=range_link,
        between_link=between_link,
        between_word=between_word,
        from_word=from_word,
        change_link=change_link,
        range_link_article=range_link_article,
        span_from=span_from,
        range_words=frozenset(links) | frozenset(ands),
        link_chars=frozenset("-–—~～〜") | frozenset(w for w in links if len(w) == 1),
        pair_equivalent=_alternation(p for lang in datas for p in lang.pair_equivalent),
        pair_or=_alternation(p for lang in datas for p in lang.pair_or),
        pair_or_converts=_alternation(p for lang in datas for p in lang.pair_or_converts),
        pair_restates=_alternation(p for lang in datas for p in lang.pair_restates),
        pair_copulas=_alternation(p for lang in datas for p in lang.pair_copulas),
        pair_links=_alternation(p for lang in datas for p in lang.pair_links),
        pair_worth=_alternation(p for lang in datas for p in lang.pair_worth),
        pair_subjects=_alternation(p for lang in datas for p in lang.pair_subjects),
        pair_compares=_alternation(p for lang in datas for p in lang.pair_compares),
        pair_rates=_alternation(p for lang in datas for p in lang.pair_rates),
        pair_converts=_alternation(p for lang in datas for p in lang.pair_converts),
        counts=counts,
        months=months,
        percent=percent,
        percent_firsts=percent_firsts,
        percent_pairs=percent_pairs,
        percent_alone=percent_alone,
        home=lent_home,
        home_fractions=home_fractions,
        number_words=number_words,
    )


def _compact_of(lang: LanguageData, locale: str | None) -> dict[str, int]:
    """The compact words of ``locale`` when it is of this language, else the language's."""
    if locale is not None and locale.split("_")[0] == lang.code:
        name: str | None = locale
        while name is not None:
            if name in lang.compact:
                return lang.compact[name]
            name = name.rsplit("_", 1)[0] if "_" in name else None
    return lang.compact.get(lang.code, {})


def _cases_before(name: str) -> tuple[str, ...]:
    """How a currency name before a number may be written: as listed, capitalised,
    in capitals, and a name ending with its country with the country capitalised
    ("shilling za Kenya 12 bilioni", "Shilingi za Tanzania")."""
    forms = (name, name.capitalize(), name.upper())
    head, space, last = name.rpartition(" ")
    if not space:
        return forms
    country = f"{head} {last.capitalize()}"
    return (*forms, country, country[:1].upper() + country[1:])


def _own_symbols(locale: str, known: dict[str, Surface]) -> dict[str, Surface]:
    """The symbols ``locale`` writes for one current currency that the global table
    does not read so: ``元`` for CNY before a number in ``ja``, the full-width ``￦``
    for KRW in ``zh_Hant_TW`` (a name of the same text and code gives way)."""
    found: dict[str, Surface] = {}
    codes = _all_codes()
    for symbol, code in _symbol_readings(locale).items():
        if symbol == code or code not in codes:
            continue
        if len(symbol) == 1 and symbol.isascii() and symbol.isalpha():
            continue  # "R", "K", "L": too common as letters
        have = known.get(symbol)
        if have is None or (have.kind == "name" and code in have.codes):
            found[symbol] = Surface(symbol, (code,), "symbol")
    return found
