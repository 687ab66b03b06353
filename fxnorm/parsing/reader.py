"""The front door: :func:`parse`, :func:`extract`, :func:`extract_pairs`, :func:`read`.

One pipeline reads every text, data flowing one way:

1. **settings** (:mod:`.locales`): the locale as a hint, the default currency;
2. **language** (:mod:`.textlang`): the text's script and words say which
   language it is in; without a locale, that language stands for one, and with
   a locale of another language its words are read too;
3. **lexicon** (:mod:`.lexicon`, from :mod:`.languages`): the vocabulary of the
   languages read;
4. **figures** (:mod:`.figures` over :mod:`.tokens`, :mod:`.numbers`,
   :mod:`.numerals`; :mod:`.words` for numbers written as words): every figure
   with its span, numbers the digits cannot read set aside as skipped;
5. **context** (:mod:`.context`, :mod:`.ranges`): qualifiers, ranges, the hints
   that a bare number is no money;
6. **resolution** (:mod:`.resolve`): the currency and the number format, each
   decision recorded;
7. **mentions** (:mod:`.mentions`), then **pairs** (:mod:`.pairs`).

:func:`parse` on a short text with one number takes an early exit of the same
pipeline: the figure is found by the same function the scan uses, without
searching the rest of the text, and goes through the same context, resolution
and mention stages.

Bare numbers (no currency) are figures too: :func:`extract` returns them only
when ``default_currency`` is given, minus the ones that look like something else
(years, dates, times, phone numbers, counts of units), or when a locale is given
and they are money by their role: an equivalent stated in another currency
(:func:`.pairs.in_locale_currency`) or words that say so (:mod:`.implied`), read
in the locale's currency; :func:`parse` falls back to them.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import re
from decimal import Decimal
from typing import NamedTuple

from .. import currencies
from ..errors import ParseError
from .context import Placed, place
from .figures import Figure, digit_facts, holds_numerals, merge, scan, single
from .figures import Skipped as ScannedSkip
from .implied import implied, may_imply
from .languages import language
from .lexicon import Lexicon, Surface, lexicon
from .locales import LocaleHint, canonical_locale, locale_hint
from .mentions import from_scan, mention, plain, too_large, unreadable
from .model import Mention, Pair, Skipped, TextReading, new_mention
from .numbers import EXACT, NUMBER_RUN, NumberFormat, Reading, read_number, suggestions
from .pairs import in_locale_currency
from .pairs import pairs as find_pairs
from .resolve import Context, Reader, explicit_codes, resolve
from .spacing import squeeze
from .subunits import with_subunits
from .textlang import TextLanguage, detect
from .tokens import RUN_TAIL
from .words import word_scanner

__all__ = [
    "SHORT",
    "clear_plans",
    "extract",
    "extract_pairs",
    "parse",
    "parse_whole",
    "read",
    "takes_early_exit",
]

_MAX_TEXT = 50_000_000


# -- settings ---------------------------------------------------------------------

#: (locale, default_currency) as passed -> (locale or None, validated default currency)
_SETTINGS: dict[tuple[object, object], tuple[str | None, str | None]] = {}


def _settings(locale: str | None, default_currency: str | None) -> tuple[str | None, str | None]:
    """The canonical locale and the checked default currency of a call, worked out
    once per pair (canonicalising a locale and validating a code cost more than a
    short text)."""
    key = (locale, default_currency)
    try:
        return _SETTINGS[key]
    except (KeyError, TypeError):  # TypeError: unhashable, reported below as before
        pass
    default = currencies.validate(default_currency) if default_currency else None
    canonical = canonical_locale(locale) if locale is not None else None
    found = canonical, default
    if (locale is None or isinstance(locale, str)) and (
        default_currency is None or isinstance(default_currency, str)
    ):
        if len(_SETTINGS) >= 1024:
            _SETTINGS.clear()
        _SETTINGS[key] = found
    return found


def _language_hint(text_language: TextLanguage) -> LocaleHint | None:
    """The locale a text's language stands for (its likely territory), or ``None``."""
    code = text_language.language
    if code is None or language(code) is None:
        return None
    script = text_language.script
    name = f"{code}_{script}" if code == "zh" and script in ("Hans", "Hant") else code
    hint = locale_hint(name)
    data = language(code)
    if data is not None and script in data.open_scripts:
        hint = dataclasses.replace(hint, territory=None, territory_currency=None)
    return hint


#: (locale, default, the text's language evidence) -> Reader
_READERS: dict[tuple[object, ...], Reader] = {}


def _nouns_only(text_language: TextLanguage, primary: str) -> bool:
    """Whether every word that told the text's language is a currency noun of its
    languages (not a magnitude or fraction word, which changes an amount the
    page's own figure states: ``US$ 1 millón y medio``) that the page's language
    could write too (``đồng`` is no English word: an English page writing it
    names the dong)."""
    codes = (text_language.language, *text_language.leaders)
    own = language(primary)
    ascii_only = own is not None and all(word.isascii() for word in own.detect)
    for word in text_language.told:
        if ascii_only and not word.isascii():
            return False
        for code in codes:
            data = language(code) if code is not None else None
            if data is not None and word not in data.names and word not in data.curated_names:
                return False
    return True


def _reader(locale: str | None, default: str | None, text_language: TextLanguage) -> Reader:
    # the whole evidence: the reader's notes quote it, and the resolution its home
    key = (locale, default, text_language)
    found = _READERS.get(key)
    if found is not None:
        return found
    spoken = text_language.language if text_language.confident else None
    if spoken is not None and language(spoken) is None:
        spoken = None
    if locale is not None:
        hint = locale_hint(locale)
        primary = hint.language or "en"
        languages: tuple[str, ...] = (primary,)
        second = None
        note = None
        told = _leaders(text_language) if text_language.told else ()
        if text_language.told and _nouns_only(text_language, primary):
            # the page's language is given: a currency noun only another language
            # lists is more likely an ordinary word of the page ("3 sols on Mars")
            spoken, told = None, ()
        if spoken is not None and spoken != primary:
            languages = (primary, spoken)
            second = _language_hint(text_language)
            note = (
                f"the text reads as {_name(spoken)} ({text_language.evidence}), the locale "
                f"{locale} is {_name(primary)}: its words are read too"
            )
        elif told and primary not in told:
            # money words of a few languages that read them alike ("juta"): all read
            languages = (primary, *told)
            names = " or ".join(_name(code) for code in told)
            note = (
                f"the text reads as {names} ({text_language.evidence}), the locale "
                f"{locale} is {_name(primary)}: their words are read too"
            )
        lex = lexicon(locale, languages)
        reader = Reader(lex, default, hint, True, text_language, second, note)
    else:
        assumed = _language_hint(text_language) if spoken is not None else None
        if assumed is not None and spoken is not None:
            lex = lexicon(assumed.locale, (spoken,))
            note = f"no locale given: read as {_name(spoken)} text ({text_language.evidence})" + (
                "" if assumed.territory else ", which implies no one territory"
            )
            spoken_data = language(spoken)
            opened = spoken_data.open_symbols if spoken_data is not None else frozenset()
            reader = Reader(lex, default, assumed, False, text_language, None, note, opened)
        elif _leaders(text_language):
            leaders = _leaders(text_language)
            hints = [locale_hint(code) for code in leaders]
            assumed = hints[0]
            if any(h.territory != assumed.territory for h in hints):
                assumed = dataclasses.replace(assumed, territory=None, territory_currency=None)
            lex = lexicon(assumed.locale, leaders, together=True)
            names = " or ".join(_name(code) for code in leaders)
            note = (
                f"no locale given: read as {names} text ({text_language.evidence}), "
                "whose words for money are read together (a name they read differently "
                "keeps each reading)"
            )
            # a symbol any of them implies no one territory for is read by the text
            opened = frozenset().union(
                *(data.open_symbols for data in map(language, leaders) if data is not None)
            )
            reader = Reader(lex, default, assumed, False, text_language, None, note, opened)
        else:
            hint = locale_hint("en")
            # the magnitude words of the home of the currency it names ("R$ 2,5 bi")
            lex = lexicon("en", ("en",), text_language.home)
            note = "no locale given and the text does not tell its language: read as English"
            reader = Reader(lex, default, hint, False, text_language, None, note)
    if len(_READERS) >= 512:
        _READERS.clear()
    _READERS[key] = reader
    return reader


def _leaders(text_language: TextLanguage) -> tuple[str, ...]:
    """The languages a text of a script few languages write may be in (see
    :attr:`.textlang.TextLanguage.leaders`), those with data."""
    return tuple(code for code in text_language.leaders if language(code) is not None)


def _name(code: str) -> str:
    data = language(code)
    return data.name if data is not None else code


# -- the pipeline -----------------------------------------------------------------


def _figures(text: str, lex: Lexicon, bare: bool, skipped: list[ScannedSkip]) -> list[Figure]:
    """Stage 4: the figures of digits, numerals and words, in order."""
    figures = scan(text, lex, bare=bare, skipped=skipped)
    words = word_scanner(lex)
    if words is not None:  # a text without magnitude words costs a few fast searches
        figures = merge(figures, words.scan(text, figures))  # five million dollars
    if lex.subunits_after and len(figures) > 1:
        figures = with_subunits(text, figures, lex)
    return figures


def _near_currency(figures: list[Figure]) -> list[Figure]:
    """Figures with a currency, and bare ones next to one (a range's other end, a
    figure that takes its currency) or before one a few characters apart each (the
    items of a list: ``20, 50 and 100 dollars``), and a bare one with a magnitude word
    after a bare one that follows one (a currency carried on: ``只有2500億，另外2500億``)."""
    keep = [False] * len(figures)
    reach = -1  # where the next kept figure starts, while a run of bare ones may reach it
    for i in range(len(figures) - 1, -1, -1):
        figure = figures[i]
        if figure.surface is not None:
            keep[i] = True
            if i > 0:
                keep[i - 1] = True
            if i + 1 < len(figures):
                keep[i + 1] = True
                j = i + 1
                while j + 1 < len(figures) and _magnitudes(figures[j], figures[j + 1]):
                    keep[j + 1] = True  # "投資只有2500億，另外2500億": a carry goes on
                    j += 1
            reach = figure.start
        elif reach >= 0 and reach - figure.end <= _LIST_REACH:
            keep[i] = True
            reach = figure.start
        else:
            reach = -1
    return [figure for figure, kept in zip(figures, keep, strict=True) if kept]


def _magnitudes(first: Figure, second: Figure) -> bool:
    """Whether two bare figures write a magnitude word each, or the first is four digits
    alone (a year: ``de euros em 2025 … 3,7 mil milhões``): the currency carried to the
    first, or over it, may carry on to the second (see :func:`.context.place`)."""
    return (
        first.surface is None
        and second.surface is None
        and second.mag_text is not None
        and (
            first.mag_text is not None
            or (first.written == "digits" and len(first.raw) == 4 and first.raw.isdigit())
        )
    )


#: The longest gap between two items of a list kept for the context stage to judge.
_LIST_REACH = 8


def _bracketed_bare(text: str, figures: list[Figure]) -> bool:
    """Whether a bare figure stands before a bracket and a figure with a currency
    (``10.4 lakh crore (13 billion euros``): it may be that figure's pair's source."""
    return any(
        before.surface is None
        and after.surface is not None
        and any(b in text[before.end : after.start] for b in "([（")
        for before, after in itertools.pairwise(figures)
    )


def _stated(text: str, found: _Analysis) -> list[Pair]:
    """The pairs of ``found``, each bare source read in the given locale's currency
    (see :func:`.pairs.in_locale_currency`): ``found.mentions`` takes them too."""
    reader = found.reader
    if reader is None:
        return []
    stated = find_pairs(text, reader, found.mentions, found.keep_bare, found.surfaces)
    found.mentions, stated = in_locale_currency(reader, found.mentions, stated)
    return stated


class _Analysis:
    """What the pipeline made of one text, before the caller's filtering."""

    __slots__ = (
        "implied_bare",
        "keep_bare",
        "language",
        "mentions",
        "reader",
        "skipped",
        "stated_bare",
        "surfaces",
        "unread",
    )

    def __init__(self, reader: Reader | None, language: TextLanguage | None) -> None:
        self.reader = reader
        self.language = language
        self.mentions: list[Mention] = []
        self.keep_bare: list[bool] = []
        self.surfaces: list[Surface | None] = []
        self.skipped: list[Skipped] = []
        #: figures in a unit of money with no ISO code (the toman), with their amounts
        self.unread: list[ScannedSkip] = []
        #: read without bare figures: a bare one stood before a bracket and a figure
        #: with a currency under a given locale, which may make it a pair's source
        #: that the locale's currency reads (see :func:`_stated`)
        self.stated_bare = False
        #: read without bare figures: a bare one with a magnitude word stood by words
        #: that may say it is money, under a given locale (see :mod:`.implied`)
        self.implied_bare = False


_EMPTY = _Analysis(None, None)


def _analyse(
    text: str, locale: str | None, default_currency: str | None, *, bare: bool = True
) -> _Analysis:
    """Every figure as a Mention, whether each one is a bare number fit to keep, and
    the currency it was read from (pairs re-read it).

    With ``bare=False`` only figures that have (or may share) a currency are
    built, which keeps a text full of stray digits cheap.
    """
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        return _EMPTY
    if len(text) < _LONG or not gc.isenabled():
        return _stages(text, locale, default_currency, bare)
    # A long text makes tens of thousands of small values, none of them in a
    # cycle: the collector's passes over them cost a quarter of the reading, so
    # they wait until it is done (and run as usual after it).
    gc.disable()
    try:
        return _stages(text, locale, default_currency, bare)
    finally:
        gc.enable()


#: Texts at least this long are read with the cyclic garbage collector paused.
_LONG = 20_000


def _stages(text: str, locale: str | None, default_currency: str | None, bare: bool) -> _Analysis:
    """The stages of :func:`_analyse` (see the module docstring)."""
    canonical, default = _settings(locale, default_currency)
    text_language = detect(text)
    reader = _reader(canonical, default, text_language)
    lex = reader.lex
    found = _Analysis(reader, text_language)
    scanned: list[ScannedSkip] = []
    figures = _figures(text, lex, bare, scanned)
    found.skipped.extend(from_scan(s) for s in scanned)
    found.unread.extend(s for s in scanned if s.amount is not None)
    if not figures:
        return found
    if not bare:
        found.implied_bare = may_imply(text, reader, figures)
        figures = _near_currency(figures)
        found.stated_bare = reader.given and default is None and _bracketed_bare(text, figures)
    placed = place(text, figures, lex, bare=bare)
    if not bare:
        placed = [p for p in placed if p.figure.surface is not None]
    context = explicit_codes(placed, text, lex, reader)
    for item in placed:
        _add(found, text, reader, item, context)
    if bare:  # "gastará 2.000 millones" under es_ES: euros
        found.mentions = implied(text, reader, found.mentions, found.keep_bare)
    return found


def _add(found: _Analysis, text: str, reader: Reader, item: Placed, context: Context) -> None:
    resolution = resolve(reader, item, context)
    if too_large(item, resolution):
        if item.figure.surface is not None:
            found.skipped.append(unreadable(text, item))
        return  # 1e30 and beyond is no amount of money
    found.mentions.append(mention(text, item, resolution))
    found.keep_bare.append(item.figure.surface is None and item.money_like)
    found.surfaces.append(item.figure.surface)


def _kept(found: _Analysis, default_currency: str | None) -> list[Mention]:
    return [
        m
        for m, bare in zip(found.mentions, found.keep_bare, strict=True)
        if (m.currency is not None and m.resolved_by != "default")
        or m.alternatives
        or (bare and default_currency)
    ]


def extract(
    text: str, *, locale: str | None = None, default_currency: str | None = None
) -> list[Mention]:
    """Every monetary figure in ``text``, in order.

    A figure with a currency (code, symbol or name, resolved or not) is always
    returned. A bare number is returned only when ``default_currency`` is given
    and it does not look like a year, date, time, phone number or a count of
    something else, or when its writer states its equivalent in another currency
    and ``locale`` is given: then it is in the locale's currency (``10.4 lakh crore
    (13 billion euros, $16 billion)`` under ``en_IN``: rupees, ``resolved_by``
    ``locale``, with a note). So is a bare figure with a magnitude word that the
    words around it say is money, under a locale that names its territory and in a
    text that names no other currency (``la petrolera BP gastará 2.000 millones
    para …`` under ``es_ES``: euros; ``6,000 करोड़ जुटाएगी`` under ``hi_IN``: rupees),
    unless what follows it is what it counts (``2 millones de personas``): see
    :mod:`.implied`, whose note quotes the words. ``locale`` is a hint (``es_AR``,
    ``zh-TW``); without one the text's language and the currencies it names decide
    (see :mod:`.resolve`).
    Never raises on any ``str`` (``default_currency`` must be a known ISO code).
    A run of spaces reads as one space (see :mod:`.spacing`).
    """
    squeezed = squeeze(text) if isinstance(text, str) else None
    if squeezed is not None:
        found_there = extract(squeezed.text, locale=locale, default_currency=default_currency)
        return [squeezed.restore(m) for m in found_there]
    found = _analyse(text, locale, default_currency, bare=bool(default_currency))
    if found.stated_bare or found.implied_bare:
        # "10.4 lakh crore (13 billion euros …)", "gastará 2.000 millones" under a
        # locale: the bare figures are read too
        stated_bare = found.stated_bare
        found = _analyse(text, locale, default_currency)
        if stated_bare:
            _stated(text, found)
    return _kept(found, default_currency)


def read(
    text: str, *, locale: str | None = None, default_currency: str | None = None
) -> TextReading:
    """Everything in ``text``: its mentions (as :func:`extract` returns them), its
    stated equivalents (as :func:`extract_pairs`), the figures that could not be
    read (``skipped``, each with its span and reason), and the text's language."""
    squeezed = squeeze(text) if isinstance(text, str) else None
    if squeezed is not None:
        there = read(squeezed.text, locale=locale, default_currency=default_currency)
        return dataclasses.replace(
            there,
            mentions=tuple(squeezed.restore(m) for m in there.mentions),
            pairs=tuple(squeezed.restore(p) for p in there.pairs),
            skipped=tuple(squeezed.restore(s) for s in there.skipped),
        )
    found = _analyse(text, locale, default_currency)
    stated = _stated(text, found)
    mentions = _kept(found, default_currency)
    language_found = found.language
    return TextReading(
        tuple(mentions),
        tuple(stated),
        tuple(found.skipped),
        language_found.language if language_found is not None else None,
        language_found.evidence if language_found is not None else "",
    )


def parse(text: str, *, locale: str | None = None, default_currency: str | None = None) -> Mention:
    """The first monetary expression in ``text``.

    The first figure with a currency wins; without one, the first bare number
    that does not look like a year or a date; then any number at all. Raises
    :class:`~fxnorm.errors.ParseError` only when ``text`` holds no number (the
    message names a number that could not be read, and why).
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, not {type(text).__name__}")
    squeezed = squeeze(text)
    if squeezed is not None:
        there = parse(squeezed.text, locale=locale, default_currency=default_currency)
        return squeezed.restore(there)
    if len(text) <= SHORT:
        alone = _early(text, locale, default_currency)
        if alone is not None:
            return alone
    return parse_whole(text, locale=locale, default_currency=default_currency)


#: Texts longer than this are never a figure alone.
SHORT = 80


def takes_early_exit(
    text: str, *, locale: str | None = None, default_currency: str | None = None
) -> bool:
    """Whether :func:`parse` reads ``text`` by its early exit (for the tests, which
    check that it is no dead code and gives the whole pipeline's answer): a text
    with several numbers takes it when the first text of its shape left a plan."""
    if len(text) > SHORT:
        return False
    found = _early(text, locale, default_currency)
    if _ONE_NUMBER.fullmatch(text) is not None:
        return found is not None
    runs = list(_RUN.finditer(text))
    plans = _PLANS.get((locale, default_currency), {})
    return 2 <= len(runs) <= _MOST_RUNS and plans.get(_runs_key(text, runs)) is not None


class _Plan(NamedTuple):
    """What the early exit decided for a text around its number, to be used again for
    the same text around another number of the same digit facts (``$119.00``,
    ``$24.95``: a shop's prices share their shape, their words and their currency).
    Every decision in it is the pipeline's own, made on the first text of the shape."""

    numbers: NumberFormat
    #: how the digits read, the same for every run of the shape: the characters
    #: that group (dropped), the decimal mark (made a point), the last digit's
    #: exponent
    groups: tuple[str, ...]
    decimal: str | None
    exponent: int
    precision: Decimal  # the mention's, the same for every run of the shape
    before: int  # how far before the number the figure starts
    after: int  # how far after the number it ends
    magnitude: int  # the power of ten of its magnitude words (or a hundredth's -2)
    mention: Mention  # the first text's mention: all but its number, span and text
    qualifier: tuple[int, int] | None  # the qualifier's span, from the number's start
    run: int  # which run of digits of the text the figure is made of (the first: 0)
    #: the run that holds its cents, when they are written apart (118, 99 TL), or -1
    cents: int = -1
    #: such cents are zeros, and the amount is whole (392. 00 is 392)
    whole: bool = False


#: (locale, default) -> text before the number, its digit facts, text after it ->
#: plan, or None when the whole pipeline must read such a text
_PLANS: dict[tuple[object, object], dict[str, _Plan | None]] = {}
_PLANS_SIZE = 4096
#: A text with one run of digits: what comes before it, the run, what comes after it.
_ONE_NUMBER = re.compile(r"(\D*)(\d" + RUN_TAIL + r")(\D*)", re.DOTALL)


def clear_plans() -> None:
    """Forget every plan (the benchmark measures the early exit on shapes it meets
    for the first time too)."""
    _PLANS.clear()


def _early(text: str, locale: str | None, default_currency: str | None) -> Mention | None:
    """The early exit of :func:`parse` for a short text with one number (see
    :func:`_alone`), with what it decided kept per shape of text (:class:`_Plan`)."""
    match = _ONE_NUMBER.fullmatch(text)
    if match is None:
        return _early_runs(text, locale, default_currency)  # no number, or several
    before, raw, after = match.groups()
    start = len(before)
    end = start + len(raw)
    try:
        plans = _PLANS[locale, default_currency]
    except KeyError:
        plans = _PLANS[locale, default_currency] = {}
    except TypeError:  # an unhashable locale or default: the pipeline reports it
        found = _alone(text, locale, default_currency)
        return found[0] if found is not None else None
    key = before + "\x00" + digit_facts(raw) + "\x00" + after
    try:
        plan = plans[key]
        known = True
    except KeyError:
        plan, known = None, False
    if known:
        if plan is None:
            return None
        return _from_plan(text, plan, raw, start, end)
    found = _alone(text, locale, default_currency)
    if len(plans) >= _PLANS_SIZE:
        plans.clear()
    plans[key] = _plan_of(found, raw, start, end)
    return found[0] if found is not None else None


def _plan_of(
    found: tuple[Mention, Figure, NumberFormat] | None, raw: str, start: int, end: int
) -> _Plan | None:
    """The plan of an early exit's answer, or None when the text needs the whole
    pipeline or its answer depends on the number beyond its shape (its value was
    made of more than the run: cents after a sign, thousands before it; or the
    digits left it open and the notes quote them)."""
    if found is None:
        return None
    mention, figure, numbers = found
    if figure.raw != raw or figure.written != "digits" or figure.high is not None:
        return None
    wanted = mention.amount
    for fmt in (numbers, _POINT, _COMMA):
        # the format the value was read with in the end (the resolution may have
        # decided an open number otherwise than the working format; a no-cents mark
        # makes 1.899,- a group)
        reading = read_number(raw, fmt)
        if reading is not None and _amount(reading, figure.mag_exponent) == wanted:
            numbers = fmt
            break
    else:
        return None  # the value was made of more than the run (cents after a sign)
    return _recipe(mention, numbers, reading, raw, start, end, figure.mag_exponent, 0)


def _recipe(
    mention: Mention,
    numbers: NumberFormat,
    reading: Reading,
    raw: str,
    start: int,
    end: int,
    magnitude: int,
    run: int,
) -> _Plan | None:
    """The plan of a mention read from the run ``raw`` at ``start:end`` (the text's
    ``run``-th) as ``reading``, with ``magnitude``."""
    if any(raw in note for note in mention.notes):
        return None  # a note quotes the digits: it is this text's alone
    separators = [ch for ch in raw if not ch.isdigit()]
    decimal = raw[len(raw) + reading.exponent - 1] if reading.exponent < 0 else None
    groups = tuple(sorted({ch for ch in separators if ch != decimal}))
    if decimal is not None and separators.count(decimal) != 1:
        return None
    span = mention.qualifier_span
    qualifier = None if span is None else (span[0] - start, span[1] - start)
    return _Plan(
        numbers,
        groups,
        decimal,
        reading.exponent,
        mention.precision,
        start - mention.span[0],
        mention.span[1] - end,
        magnitude,
        mention,
        qualifier,
        run,
    )


def _early_runs(text: str, locale: str | None, default_currency: str | None) -> Mention | None:
    """The early exit for a short text with several numbers (``$ 791.00 $ 479.00``,
    ``Was: $124.95 Now: $0.00``): the whole pipeline reads the first text of a shape,
    and its decisions are kept for the next text of the same shape when they cannot
    depend on the numbers' values (see :func:`_runs_plan_of`)."""
    runs = list(_RUN.finditer(text))
    if not 2 <= len(runs) <= _MOST_RUNS:
        return None  # no number: nothing to plan (a plan would be the text itself)
    try:
        plans = _PLANS[locale, default_currency]
    except KeyError:
        plans = _PLANS[locale, default_currency] = {}
    except TypeError:  # an unhashable locale or default: the pipeline reports it
        return None
    key = _runs_key(text, runs)
    try:
        plan = plans[key]
    except KeyError:
        pass
    else:
        if plan is None:
            return None
        run = runs[plan.run]
        if plan.cents >= 0:
            return _from_cents_plan(text, plan, run, runs[plan.cents])
        return _from_plan(text, plan, run.group(), run.start(), run.end())
    found = _analyse(text, locale, default_currency)
    chosen = _choose(text, found)
    if len(plans) >= _PLANS_SIZE:
        plans.clear()
    plans[key] = _runs_plan_of(text, found, chosen, runs)
    return chosen


def _runs_key(text: str, runs: list[re.Match[str]]) -> str:
    """The shape of a text with several numbers: the text, each run of digits
    replaced by its :func:`.figures.digit_facts` (as for a single number)."""
    pieces = []
    last = 0
    for run in runs:
        pieces.append(text[last : run.start()])
        pieces.append("\x00" + digit_facts(run.group()) + "\x00")
        last = run.end()
    pieces.append(text[last:])
    return "".join(pieces)


#: Texts with more numbers than this are read whole every time.
_MOST_RUNS = 4
#: A run of digits, as the early exit's pattern finds it.
_RUN = re.compile(r"\d" + RUN_TAIL)


def _runs_plan_of(
    text: str, found: _Analysis, chosen: Mention | None, runs: list[re.Match[str]]
) -> _Plan | None:
    """The plan of a text with several numbers, or None when the pipeline's choice may
    depend on their values: a range was joined, or two figures have a range link
    between them (``$5 - $3`` is no range), or the chosen figure is made of more than
    one run or of more than its run's digits."""
    reader = found.reader
    if chosen is None or chosen.range is not None or reader is None:
        return None
    lex = reader.lex
    mentions = found.mentions
    if any(m.range is not None for m in mentions):
        return None
    for low, high in itertools.pairwise(mentions):
        between = text[low.span[1] : high.span[0]]
        if lex.range_link.match(between) or lex.between_link.match(between):
            return None
    begin, stop = chosen.span
    inside = [i for i, run in enumerate(runs) if run.start() < stop and run.end() > begin]
    if not inside or runs[inside[0]].start() < begin or runs[inside[-1]].end() > stop:
        return None
    if len(inside) == 2:
        return _cents_plan_of(chosen, runs[inside[0]], runs[inside[1]], inside[0])
    if len(inside) != 1:
        return None
    index = inside[0]
    run = runs[index]
    raw = run.group()
    exponent_of_precision = chosen.precision.as_tuple().exponent
    assert isinstance(exponent_of_precision, int)
    for fmt in (lex.numbers, _POINT, _COMMA):
        reading = read_number(raw, fmt)
        if reading is None:
            continue
        magnitude = exponent_of_precision - reading.exponent
        if _amount(reading, magnitude) == chosen.amount:
            return _recipe(chosen, fmt, reading, raw, run.start(), run.end(), magnitude, index)
    return None


def _cents_plan_of(
    chosen: Mention, whole: re.Match[str], cents: re.Match[str], index: int
) -> _Plan | None:
    """The plan of a price whose cents are a second run (``118, 99 TL``, ``35€ 99``,
    ``$119. 95``): the first run's digits are the units, the second's the cents."""
    units, fraction = whole.group(), cents.group()
    if not fraction.isdigit() or len(fraction) > 3:
        return None
    groups = tuple(sorted({ch for ch in units if not ch.isdigit()}))
    digits = units
    for group in groups:
        digits = digits.replace(group, "")
    value = Decimal(f"{digits}.{fraction}")
    if str(value) == str(chosen.amount):
        whole_number = False
    elif str(plain(value)) == str(chosen.amount):
        whole_number = True  # 392. 00 is 392 (the fraction's zeros are the shape's)
    else:
        return None
    if any(units in note or fraction in note for note in chosen.notes):
        return None
    span = chosen.qualifier_span
    start = whole.start()
    qualifier = None if span is None else (span[0] - start, span[1] - start)
    return _Plan(
        NumberFormat(".", ",", False),
        groups,
        None,
        -len(fraction),
        chosen.precision,
        start - chosen.span[0],
        chosen.span[1] - cents.end(),
        0,
        chosen,
        qualifier,
        index,
        index + 1,
        whole_number,
    )


_POINT = NumberFormat(".", ",", False)
_COMMA = NumberFormat(",", ".", False)


def _amount(reading: Reading, mag: int) -> Decimal:
    """The amount of a reading with a magnitude, as :func:`.mentions.mention` makes it."""
    value = reading.value
    if mag:
        return plain(value.scaleb(mag, EXACT))
    if reading.exponent:
        return plain(value)
    return value


def _from_plan(text: str, plan: _Plan, raw: str, start: int, end: int) -> Mention:
    """The mention of a text read by a plan: its number, with the plan's decisions.
    The digits read as the first run of the shape did (same separators at the same
    places, same zeros: :func:`.figures.digit_facts`), so only their value is new."""
    digits = raw
    if plan.groups or plan.decimal not in (None, "."):
        for group in plan.groups:
            digits = digits.replace(group, "")
        if plan.decimal is not None:
            digits = digits.replace(plan.decimal, ".")
    mag = plan.magnitude
    exponent = plan.exponent
    if mag:
        amount = plain(Decimal(digits).scaleb(mag, EXACT))
    elif exponent and digits.endswith(_ZEROS[exponent]):
        amount = Decimal(digits[: exponent - 1])  # 119.00 is 119, as plain() makes it
    else:
        amount = Decimal(digits)
    first = plan.mention
    qualifier_span = None
    if plan.qualifier is not None:
        qualifier_span = (start + plan.qualifier[0], start + plan.qualifier[1])
    begin = start - plan.before
    stop = end + plan.after
    return new_mention(
        text[begin:stop],
        (begin, stop),
        amount,
        first.currency,
        first.alternatives,
        first.resolved_by,
        plan.precision,
        first.qualifier,
        first.qualifier_text,
        qualifier_span,
        None,
        first.magnitude_text,
        first.number_format,
        first.number_read_by,
        first.notes,
    )


def _from_cents_plan(text: str, plan: _Plan, whole: re.Match[str], cents: re.Match[str]) -> Mention:
    """The mention of a price whose cents are a second run, read by a plan."""
    digits = whole.group()
    for group in plan.groups:
        digits = digits.replace(group, "")
    value = Decimal(f"{digits}.{cents.group()}")
    amount = plain(value) if plan.whole else value
    first = plan.mention
    start = whole.start()
    qualifier_span = None
    if plan.qualifier is not None:
        qualifier_span = (start + plan.qualifier[0], start + plan.qualifier[1])
    begin = start - plan.before
    stop = cents.end() + plan.after
    return new_mention(
        text[begin:stop],
        (begin, stop),
        amount,
        first.currency,
        first.alternatives,
        first.resolved_by,
        plan.precision,
        first.qualifier,
        first.qualifier_text,
        qualifier_span,
        None,
        first.magnitude_text,
        first.number_format,
        first.number_read_by,
        first.notes,
    )


#: A fraction of zeros, by the exponent of its last digit.
_ZEROS = {-n: "0" * n for n in range(1, 40)}


def _alone(
    text: str, locale: str | None, default_currency: str | None
) -> tuple[Mention, Figure, NumberFormat] | None:
    """The early exit of :func:`parse` for a text with one number: the same stages,
    without searching the text for other figures (see :func:`.figures.single`)."""
    canonical, default = _settings(locale, default_currency)
    text_language = detect(text)
    reader = _reader(canonical, default, text_language)
    lex = reader.lex
    if holds_numerals(text, lex):
        return None
    figure = single(text, lex)
    if not isinstance(figure, Figure):
        return None
    words = word_scanner(lex)
    if words is not None and words.reads_more(text, figure) and words.scan(text, [figure]):
        return None  # number words make a figure too (mil pesos, five dollars, y medio)
    (item,) = place(text, [figure], lex)
    resolution = resolve(reader, item, explicit_codes([item], text, lex, reader))
    if too_large(item, resolution):
        return None
    found = mention(text, item, resolution)
    (found,) = implied(text, reader, [found], [figure.surface is None and item.money_like])
    return found, figure, lex.numbers


def parse_whole(
    text: str, *, locale: str | None = None, default_currency: str | None = None
) -> Mention:
    """:func:`parse` without the early exit: the whole text scanned (the tests
    compare the two)."""
    squeezed = squeeze(text) if isinstance(text, str) else None
    if squeezed is not None:
        there = parse_whole(squeezed.text, locale=locale, default_currency=default_currency)
        return squeezed.restore(there)
    found = _analyse(text, locale, default_currency)
    chosen = _choose(text, found)
    if chosen is not None:
        return chosen
    raise ParseError(_no_number_message(text, found))


def _choose(text: str, found: _Analysis) -> Mention | None:
    """The mention :func:`parse` returns from the whole pipeline's reading, if any."""
    mentions, keep_bare = found.mentions, found.keep_bare
    for m in mentions:
        if m.alternatives or m.resolved_by in ("code", "symbol", "name"):
            return m
    for m, bare in zip(mentions, keep_bare, strict=True):
        if bare:
            return m
    if mentions:
        return mentions[0]
    if found.unread:
        return _unread(found.unread[0])
    return _free(text, found)


def _unread(skip: ScannedSkip) -> Mention:
    """A figure in a unit of money with no ISO code (``157,000 تومان``), the last
    reading of :func:`parse` before nothing: its amount, no currency (not even the
    default one: the unit is none of them), and why."""
    assert skip.amount is not None and skip.precision is not None
    return Mention(
        skip.text,
        skip.span,
        plain(skip.amount),
        None,
        precision=skip.precision,
        notes=(f"{skip.text!r}: {skip.reason}",),
    )


_WORD = re.compile(r"[^\W\d_]+")


def _free(text: str, found: _Analysis) -> Mention | None:
    """A price tag that says there is nothing to pay (``Free!``, ``Gratis``): 0, the
    last reading of :func:`parse` when a text has no number at all."""
    reader = found.reader
    if reader is None or not reader.lex.zero_words or any(ch.isdigit() for ch in text):
        return None
    for match in _WORD.finditer(text[:200]):
        if match.group().lower() in reader.lex.zero_words:
            default = reader.default
            return Mention(
                match.group(),
                match.span(),
                Decimal(0),
                default,
                resolved_by="default" if default else "unresolved",
                notes=(f"{match.group()!r}: the price tag's word for nothing to pay",),
            )
    return None


def _no_number_message(text: str, found: _Analysis) -> str:
    shown = text if len(text) <= 60 else text[:57] + "..."
    if found.skipped:
        first = found.skipped[0]
        return f"no monetary expression in {shown!r}: {first.text!r} was not read ({first.reason})"
    locale = found.reader.lex.locale if found.reader is not None else None
    for run in NUMBER_RUN.findall(text[:10_000]):
        lex = found.reader.lex if found.reader is not None else None
        if lex is not None and read_number(run, lex.numbers) is None and ("," in run or "." in run):
            hints = suggestions(run, locale or "en")
            message = f"no monetary expression in {shown!r}: {run!r} is no number"
            if hints:
                message += f"; did you mean {' or '.join(hints)}?"
            return message
    return f"no monetary expression in {shown!r}: no number found"


def extract_pairs(
    text: str, *, locale: str | None = None, default_currency: str | None = None
) -> list[Pair]:
    """Stated equivalences: ``A (B)``, ``A (about B)``, ``A（折合约B）``, ``A, or about B``,
    ``A, which came to B``, ``A = B``, ``A (B; C)``, ``A (the equivalent of B)``, and
    ``A. That is about B.`` (see :mod:`.pairs`).

    ``stated`` must name a currency; ``source`` may be a bare number
    (``380 billion ($53 billion)``) and then has ``currency=None`` unless
    ``default_currency`` is given. Pairs of figures in the same currency are not
    equivalences and are skipped; two figures with nothing between them that
    announces a conversion are never a pair.
    """
    squeezed = squeeze(text) if isinstance(text, str) else None
    if squeezed is not None:
        there = extract_pairs(squeezed.text, locale=locale, default_currency=default_currency)
        return [squeezed.restore(p) for p in there]
    return _stated(text, _analyse(text, locale, default_currency))
