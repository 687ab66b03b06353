"""From scanned figures to mentions: ranges, currency resolution, pairs.

Currency resolution follows one order, and every mention says which step
decided (``resolved_by``):

1. the text is explicit: an ISO code (``ARS``), a symbol or name that means one
   currency (``US$``, ``R$``, ``₹``, ``yuan``);
2. ``default_currency=``, when it is one of the candidates (or for a bare number);
3. the locale's usual reading: the currency of the locale's territory when it is
   a candidate (``$`` is ARS in ``es_AR``, ``pesos`` MXN in ``es_MX``, ``¥`` CNY
   in ``zh`` and JPY in ``ja``), else the symbol as the locale writes it in
   CLDR (``$`` is USD in ``en`` and ``de``), else a word's usual reading
   (``dollars`` USD);
4. the document: exactly one candidate is named explicitly elsewhere in the
   same text (``context``);
5. CLDR English's reading of a symbol, for locales that have none (``£`` in
   ``es_AR``), reported as ``locale``;
6. otherwise the currency stays ``None`` and ``alternatives`` lists the candidates.

``¥`` is never read by an English locale: English news writes it for yuan as
often as for yen. The document is consulted only after the locale, because a
text that writes ``25,960 ARS`` for peso prices and ``$52.44 billion`` for dollar
figures (the ARS corpus article) uses the code precisely to tell them apart.

A stated equivalent (:func:`extract_pairs`) is the figure in brackets after
another, or after ``, or`` or a word that announces one, or the first figure of
the next sentence when that sentence opens by restating the amount (``That is
equivalent to``, ``Das entspricht``, ``Det svarer til`` …).

Bare numbers (no currency) are figures too: :func:`extract` returns them only
when ``default_currency`` is given, minus the ones that look like something
else (years, dates, times, phone numbers, counts of units: ``2025``,
``September 19``, ``1 trillion parameters``); :func:`parse` falls back to them.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from .. import currencies
from ..errors import ParseError
from .grammar import Figure, annotate, scan
from .lexicon import (
    GROUP_DEFAULTS,
    UNSAFE_LOCALE_SYMBOLS,
    Lexicon,
    Surface,
    canonical_locale,
    lexicon,
)
from .model import Mention, Pair, new_mention
from .numbers import EXACT, NUMBER_RUN, number_format, read_number, suggestions
from .quick import Alone, single_figure
from .ranges import is_range, join
from .words import merge, word_scanner

__all__ = ["extract", "extract_pairs", "parse"]

#: Words that announce the same amount in another currency, in the languages the
#: parser reads: "(the equivalent of $1.06 billion)", "(umgerechnet 178 Millionen
#: Euro)", "(soit 46 millions d'euros)", "(pari a 9,2 milioni di euro)",
#: ", svarende til 70 milliarder danske kroner".
_EQUIVALENT = (
    r"(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to"
    r"|umgerechnet|soit|l['’]équivalent\s+de|pari\s+a|l['’]equivalente\s+di"
    r"|(?:el\s+|o\s+)?equivalentes?\s+a|svarende\s+til|tilsvarende|motsvarande"
    r"|что\s+эквивалентно|эквивалентно|czyli|równowartość"
)
#: What comes between a figure and its stated equivalent: a bracket (and "or"),
#: ", or", or one of those words, after a bracket, a comma or nothing.
_PAIR_OPEN = re.compile(
    r"\s*(?:[(\[（]\s*(?:or\s*)?|,\s*or\s*|(?:[(\[（,]\s*)?(?:" + _EQUIVALENT + r")\s*)\Z",
    re.IGNORECASE,
)
#: One word, then the opening bracket: the noun the figure counts, "4,5 Milliarden
#: Euro Gewinn (rund 5 Mrd. Dollar)", "a 10 billion rand loan ($540 million)".
_PAIR_NOUN_OPEN = re.compile(r"[ \u00a0][^\W\d_]{2,20}[ \u00a0]?[(（][ \u00a0]?\Z")
#: An opening bracket and one word before a qualifier: "(aktuell rund 178 Milliarden Euro)".
_PAIR_OPEN_WORD = re.compile(r"\s*[(（]\s*[^\W\d_]{2,20}\s\Z")
_PAIR_NEXT = re.compile(r"\s*[;,/]\s*(?:or\s*)?\Z", re.IGNORECASE)

#: Where a sentence ends, or a clause set off by a spaced dash begins: "… $1 billion.
#: That is about €920 million", "… 1,6 Milliarden Dollar angewachsen – das sind
#: umgerechnet 1,38 Milliarden Euro".
_CLAUSE_BREAK = re.compile(r"[.!?][\"”’»)]*\s+|\s[–—]\s+")
#: How much of its sentence may follow the figure a next sentence restates.
_MAX_TAIL = 100
#: A demonstrative and a verb that say "is the same amount as", opening a sentence
#: (or a dash clause) whose first figure follows at once: "That is equivalent to",
#: "This equals", "Das entspricht", "Eso equivale a", "Cela équivaut à", "Det svarer
#: til". ``umgerechnet`` ("converted") after a plain copula says it too.
_RESTATES = (
    r"(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?equivalent\s+(?:to|of)"
    r"|(?:that|this)(?:['’]s|\s+is|\s+was)\s+equal\s+to"
    r"|(?:that|this)\s+(?:equals|amounts\s+to|corresponds\s+to|converts\s+to"
    r"|translates\s+(?:in)?to|works\s+out\s+(?:to|at))"
    r"|(?:das|dies)\s+(?:entspricht|(?:sind|ist|wären|macht)\s+umgerechnet)"
    r"|(?:cela|ceci|ça)\s+(?:équivaut|correspond)\s+à|c['’]est\s+l['’]équivalent\s+de"
    r"|(?:eso|esto|ello)\s+(?:equivale\s+a|es\s+equivalente\s+a)"
    r"|(?:isso|isto)\s+(?:equivale|corresponde)\s+a"
    r"|(?:ciò|questo)\s+(?:equivale|corrisponde)\s+a"
    r"|(?:det|dette|detta)\s+(?:svarer\s+til|tilsvarer|motsvarar)"
    r"|это\s+(?:эквивалентно|соответствует)|to\s+(?:równowartość|odpowiada)"
)
#: A demonstrative and a plain copula ("That is", "Das sind", "Cela représente", "Det
#: er"): they restate the amount only when the stated figure ends its clause, so
#: "That is about €920 million." is a pair, "That is €200 million more than …" none.
_COPULA = (
    r"(?:that|this)(?:['’]s|\s+is)|(?:das|dies)\s+(?:sind|ist)"
    r"|(?:cela|ceci|ça)\s+(?:fait|représente)|c['’]est"
    r"|(?:eso|esto)\s+(?:es|son|representa|supone)|(?:isso|isto)\s+(?:é|são|representa)"
    r"|(?:det|dette|detta)\s+(?:er|är)|это"
)
_NEXT_OPENER = re.compile(
    r"\s*(?:(?P<restates>" + _RESTATES + r")|(?P<copula>" + _COPULA + r"))[\s,:]*\Z",
    re.IGNORECASE,
)
#: What may follow a figure that a copula restates: the end of its clause.
_CLAUSE_END = re.compile(r"[ \u00a0]?(?:[.!?;:)\]）]|\n|\Z)")
_CLOSE = re.compile(r"[ \u00a0]?[)\]）]")
_MAX_TEXT = 50_000_000
_MAX_ADJUSTED = 30


def _candidates(figure: Figure) -> tuple[str, ...]:
    return figure.surface.codes if figure.surface is not None else ()


def _merge_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Join ``$50-60 billion``, ``50 to 60 billion yuan``, ``between $5 and $6 bn``."""
    merged: list[Figure] = []
    i = 0
    while i < len(figures):
        low = figures[i]
        if i + 1 < len(figures):
            high = figures[i + 1]
            if is_range(text, low, high):
                join(low, high)
                merged.append(low)
                i += 2
                continue
        merged.append(low)
        i += 1
    return merged


def _explicit_codes(figures: list[Figure]) -> set[str]:
    return {f.surface.codes[0] for f in figures if f.surface and len(f.surface.codes) == 1}


def _locale_reading(lex: Lexicon, surface: Surface) -> str | None:
    codes = surface.codes
    if lex.territory_currency in codes:
        return lex.territory_currency
    if surface.kind == "symbol":
        if surface.text in UNSAFE_LOCALE_SYMBOLS and lex.language not in ("zh", "ja"):
            return None
        code = lex.locale_symbols.get(surface.text)
        if code in codes:
            return code
    default = GROUP_DEFAULTS.get(codes)
    return default


def _resolve(
    lex: Lexicon, surface: Surface | None, default: str | None, context: set[str]
) -> tuple[str | None, tuple[str, ...], str]:
    if surface is None:
        return (default, (), "default") if default else (None, (), "unresolved")
    codes = surface.codes
    if len(codes) == 1:
        return codes[0], (), surface.kind
    if default in codes:
        return default, codes, "default"
    code = _locale_reading(lex, surface)
    if code is not None:
        return code, codes, "locale"
    found = [c for c in codes if c in context]
    if len(found) == 1:
        return found[0], codes, "context"
    if surface.kind == "symbol" and surface.text not in UNSAFE_LOCALE_SYMBOLS:
        code = lex.english_symbols.get(surface.text)
        if code in codes:
            return code, codes, "locale"
    return None, codes, "unresolved"


def _plain(value: Decimal) -> Decimal:
    """``5.244E+10`` as ``52440000000``: integers without an exponent."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value


#: ``1E+9``, ``0.01`` …: the precisions of almost every figure, built once.
_PRECISIONS = {exponent: Decimal(1).scaleb(exponent, EXACT) for exponent in range(-40, 41)}


def _precision(exponent: int) -> Decimal:
    found = _PRECISIONS.get(exponent)
    return found if found is not None else Decimal(1).scaleb(exponent, EXACT)


def _mention(
    text: str,
    figure: Figure,
    amount: Decimal,
    currency: str | None,
    alts: tuple[str, ...],
    by: str,
) -> Mention:
    """The Mention of ``figure``, whose amount (magnitude applied) is ``amount``."""
    precision_exp = figure.exponent + figure.mag_exponent
    if figure.exponent or figure.mag_exponent:
        amount = _plain(amount)
    # else: the digits were read as an integer, already plain
    rng: tuple[Decimal, Decimal] | None = None
    if figure.high is not None:
        precision_exp = min(precision_exp, figure.high_exponent + figure.mag_exponent)
        rng = (amount, _plain(figure.high.scaleb(figure.mag_exponent, EXACT)))
    qualifier_text = None
    qualifier_span = figure.qualifier_span
    if qualifier_span is not None:
        qualifier_text = text[qualifier_span[0] : qualifier_span[1]]
    start, end = figure.start, figure.end
    return new_mention(
        text[start:end],
        (start, end),
        amount,
        currency,
        alts,
        by,
        _precision(precision_exp),
        figure.qualifier,
        qualifier_text,
        qualifier_span,
        rng,
        figure.mag_text,
    )


#: The document's explicit codes when a text holds one figure: none that could
#: decide it (its own code, if it has one, decides by itself).
_NO_CONTEXT: set[str] = set()


def _alone_mention(text: str, lex: Lexicon, default: str | None, alone: Alone) -> Mention:
    """:func:`_mention` for a figure alone (no magnitude, range or qualifier)."""
    start, end, value, exponent, surface = alone
    currency, alts, by = _resolve(lex, surface, default, _NO_CONTEXT)
    return new_mention(
        text[start:end],
        (start, end),
        _plain(value) if exponent else value,
        currency,
        alts,
        by,
        _precision(exponent),
        None,
        None,
        None,
        None,
        None,
    )


def _looks_like_money(figure: Figure) -> bool:
    """A bare number that is not a year, date, time, phone number or unit count."""
    return not (figure.chained or figure.year_like or figure.unit_after)


def _near_currency(figures: list[Figure]) -> list[Figure]:
    """Figures with a currency, and bare ones next to one (a range's other end)."""
    kept = []
    last = len(figures) - 1
    for i, figure in enumerate(figures):
        if (
            figure.surface is not None
            or (i < last and figures[i + 1].surface is not None)
            or (i > 0 and figures[i - 1].surface is not None)
        ):
            kept.append(figure)
    return kept


#: (locale, default_currency) as passed -> (lexicon, validated default currency)
_SETTINGS: dict[tuple[str | None, str | None], tuple[Lexicon, str | None]] = {}


def _settings(locale: str, default_currency: str | None) -> tuple[Lexicon, str | None]:
    """The lexicon and the checked default currency of a call, worked out once per pair
    (canonicalising a locale and validating a code cost more than a short text)."""
    key = (locale, default_currency)
    try:
        return _SETTINGS[key]
    except (KeyError, TypeError):  # TypeError: unhashable, reported below as before
        pass
    default = currencies.validate(default_currency) if default_currency else None
    found = lexicon(canonical_locale(locale)), default
    if isinstance(locale, str) and (default_currency is None or isinstance(default_currency, str)):
        if len(_SETTINGS) >= 1024:
            _SETTINGS.clear()
        _SETTINGS[key] = found
    return found


def _analyse(
    text: str, locale: str, default_currency: str | None, *, bare: bool = True
) -> tuple[list[Mention], list[bool], list[Surface | None]]:
    """Every figure as a Mention, whether each one is a bare number fit to keep, and
    the currency it was read from (pairs re-read it).

    With ``bare=False`` only figures that have (or may share) a currency are
    built, which keeps a text full of stray digits cheap.
    """
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        return [], [], []
    lex, default = _settings(locale, default_currency)
    figures = scan(text, lex, bare=bare)
    words = word_scanner(lex)
    if words is not None:  # a text without magnitude words costs a few fast searches
        figures = merge(figures, words.scan(text, figures))  # five million dollars
    if not figures:
        return [], [], []
    if not bare:
        figures = _near_currency(figures)
    for figure in figures:
        annotate(text, figure)
    figures = _merge_ranges(text, figures)
    if not bare:
        figures = [f for f in figures if f.surface is not None]
    context = _explicit_codes(figures)
    mentions: list[Mention] = []
    keep_bare: list[bool] = []
    surfaces: list[Surface | None] = []
    for figure in figures:
        amount = figure.amount
        if amount.adjusted() >= _MAX_ADJUSTED or (
            figure.high is not None
            and figure.high.scaleb(figure.mag_exponent, EXACT).adjusted() >= _MAX_ADJUSTED
        ):
            continue  # 1e30 and beyond is no amount of money
        currency, alts, by = _resolve(lex, figure.surface, default, context)
        mentions.append(_mention(text, figure, amount, currency, alts, by))
        keep_bare.append(figure.surface is None and _looks_like_money(figure))
        surfaces.append(figure.surface)
    return mentions, keep_bare, surfaces


def extract(text: str, *, locale: str = "en", default_currency: str | None = None) -> list[Mention]:
    """Every monetary figure in ``text``, in order.

    A figure with a currency (code, symbol or name, resolved or not) is always
    returned. A bare number is returned only when ``default_currency`` is given
    and it does not look like a year, date, time, phone number or a count of
    something else. Never raises on any ``str`` (``default_currency`` must be a
    known ISO code).
    """
    mentions, keep_bare, _ = _analyse(text, locale, default_currency, bare=bool(default_currency))
    return [
        m
        for m, bare in zip(mentions, keep_bare, strict=True)
        if (m.currency is not None and m.resolved_by != "default")
        or m.alternatives
        or (bare and default_currency)
    ]


def parse(text: str, *, locale: str = "en", default_currency: str | None = None) -> Mention:
    """The first monetary expression in ``text``.

    The first figure with a currency wins; without one, the first bare number
    that does not look like a year or a date; then any number at all. Raises
    :class:`~fxnorm.errors.ParseError` only when ``text`` holds no number
    (including numbers that have no reading in ``locale``, such as ``25,96`` in
    ``en``: the message says what babel suggests).
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, not {type(text).__name__}")
    lex, default = _settings(locale, default_currency)
    alone = single_figure(text, lex)
    if alone is not None:  # a figure alone (most prices): the same answer, sooner
        return _alone_mention(text, lex, default, alone)
    return _parse_general(text, locale, default_currency)


def _parse_general(text: str, locale: str, default_currency: str | None) -> Mention:
    """:func:`parse` without the shortcut for a figure alone (the tests compare them)."""
    mentions, keep_bare, _ = _analyse(text, locale, default_currency)
    for m in mentions:
        if m.alternatives or m.resolved_by in ("code", "symbol", "name"):
            return m
    for m, bare in zip(mentions, keep_bare, strict=True):
        if bare:
            return m
    if mentions:
        return mentions[0]
    raise ParseError(_no_number_message(text, canonical_locale(locale)))


def _no_number_message(text: str, locale: str) -> str:
    shown = text if len(text) <= 60 else text[:57] + "..."
    for run in NUMBER_RUN.findall(text[:10_000]):
        if read_number(run, number_format(locale)) is None and ("," in run or "." in run):
            hints = suggestions(run, locale)
            if hints:
                return (
                    f"no monetary expression in {shown!r}: {run!r} is not a number in "
                    f"locale {locale!r}; did you mean {' or '.join(hints)}? "
                    "(pass locale= to read it with another convention)"
                )
    return f"no monetary expression in {shown!r}: no number found"


def _opens_pair(opener: re.Pattern[str], gap: str, stated: Mention) -> bool:
    """Whether ``gap`` leads from one figure to its stated equivalent. One word may
    come before the bracket (the noun the figure counts: ``4,5 Milliarden Euro
    Gewinn (rund 5 Mrd. Dollar)``), or between the bracket and a qualifier
    (``(aktuell rund 178 Milliarden Euro)``, ``(currently about …)``): the
    qualifier shows the figure restates the first."""
    if opener.match(gap):
        return True
    if opener is not _PAIR_OPEN:
        return False
    if _PAIR_NOUN_OPEN.match(gap) is not None:
        return True  # "Gewinn (rund 5 Mrd. Dollar)": one word, then the bracket
    return stated.qualifier_span is not None and _PAIR_OPEN_WORD.match(gap) is not None


def _restated_next(text: str, gap: str, stated: Mention) -> bool:
    """Whether ``gap``, from a figure to ``stated``, ends the figure's sentence (or
    starts a dash clause) and opens the next with a phrase that restates it:
    ``$1 billion. That is equivalent to €920 million``, ``1 milliard dollars. Det
    svarer til 7,37 milliarder danske kroner``.

    The rest of the figure's sentence is short (:data:`_MAX_TAIL`) and has no other
    break; the next sentence begins with the phrase and its first figure (or that
    figure's qualifier: ``That is about …``) follows it at once. A plain copula
    (``That is``, ``Das sind``) counts only when the figure also ends its clause.
    The caller sees to the rest: the figure before is the last of its sentence and
    names a currency, the stated one another.
    """
    if len(gap) > _MAX_TAIL + 60:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(gap))
    if len(breaks) != 1 or breaks[0].start() > _MAX_TAIL:
        return False
    opener = _NEXT_OPENER.match(gap, breaks[0].end())
    if opener is None:
        return False
    return opener.group("restates") is not None or bool(_CLAUSE_END.match(text, stated.span[1]))


def _closing(text: str, end: int, gap: str) -> int:
    """Extend a pair's span over the bracket that closes it: ``A ($53 billion)``."""
    close = _CLOSE.match(text, end)
    if close is not None and ("(" in gap or "[" in gap or "（" in gap):
        return close.end()
    return end


#: How a mention's currency was chosen when the text did not name it alone.
_CHOSEN = frozenset({"default", "locale", "context"})


def _apart(
    lex: Lexicon,
    source: tuple[Mention, Surface | None],
    stated: tuple[Mention, Surface | None],
) -> tuple[Mention, Mention]:
    """Source and stated figures of a pair read in the same currency, told apart if
    one of them was only chosen (default, locale, context): a stated equivalent is a
    conversion into another currency, so that one takes its next reading without the
    other's currency (``20.2 billion pesos ($1 billion)`` with ``default_currency="ARS"``
    is ARS and USD). The stated side is re-read first."""
    again = _reread_without(lex, stated, source[0].currency)
    if again is not None:
        return source[0], again
    again = _reread_without(lex, source, stated[0].currency)
    if again is not None:
        return again, stated[0]
    return source[0], stated[0]


def _reread_without(
    lex: Lexicon, side: tuple[Mention, Surface | None], taken: str | None
) -> Mention | None:
    """The mention re-resolved without ``taken`` and without a default, if it was only
    chosen and another reading exists."""
    mention, surface = side
    if surface is None or mention.resolved_by not in _CHOSEN or len(surface.codes) < 2:
        return None
    rest = tuple(code for code in surface.codes if code != taken)
    currency, _, by = _resolve(lex, Surface(surface.text, rest, surface.kind), None, set())
    if currency is None:
        return None
    return dataclasses.replace(mention, currency=currency, resolved_by=by)


def extract_pairs(
    text: str, *, locale: str = "en", default_currency: str | None = None
) -> list[Pair]:
    """Stated equivalences: ``A (B)``, ``A (about B)``, ``A, or about B,``, ``A (B; C)``,
    ``A (the equivalent of B)``, ``A, svarende til B``, and ``A. That is about B.``

    The figure in parentheses (or after ``, or`` or a word that announces an
    equivalent) is the equivalent of the one before it, never an accounting
    negative. ``stated`` must name a currency; ``source`` may be a bare number
    (``380 billion ($53 billion)``) and then has ``currency=None`` unless
    ``default_currency`` is given. Pairs of figures in the same currency are not
    equivalences and are skipped.

    An equivalent stated in the next sentence is a pair only when that sentence
    (or a clause after a spaced dash) opens with a demonstrative and a verb that
    restate an amount and its first figure follows at once: ``… $1 billion. That
    is equivalent to €920 million``, ``Das entspricht rund …``, ``Eso equivale a
    …``, ``Cela équivaut à …``, ``Det svarer til …``, ``… Dollar angewachsen –
    das sind umgerechnet …``. With a plain copula (``That is``, ``Das sind``,
    ``Cela représente``) the stated figure must also end its clause (``That is
    about €920 million.``, not ``That is €200 million more …``). The figure
    before must be the last of its sentence (years and counts aside), at most a
    short tail before its end, and name a currency other than the stated one. A
    plain figure in the next sentence (``Google paid €920 million.``) is never a
    pair.
    """
    mentions, keep_bare, surfaces = _analyse(text, locale, default_currency)
    lex, _ = _settings(locale, default_currency)
    pairs: list[Pair] = []
    for i, source in enumerate(mentions):
        has_currency = bool(source.currency or source.alternatives)
        if not has_currency and not keep_bare[i]:
            continue
        j = i + 1
        opener = _PAIR_OPEN
        next_sentence = False  # the pair is "A. That is B.": one stated figure only
        while j < len(mentions):
            stated = mentions[j]
            start = _stated_start(stated)
            previous = mentions[j - 1]
            gap = text[previous.span[1] : start]
            if len(gap) > 24 or not _opens_pair(opener, gap, stated):
                first = opener is _PAIR_OPEN and has_currency
                j = _next_sentence(text, mentions, keep_bare, i) if first else 0
                if not j:
                    break
                stated, next_sentence = mentions[j], True
                gap = text[source.span[1] : _stated_start(stated)]
            if not (stated.currency or stated.alternatives):
                break
            same = stated.currency is not None and stated.currency == source.currency
            if same:
                source, stated = _apart(lex, (source, surfaces[i]), (stated, surfaces[j]))
                same = stated.currency == source.currency
            if not same:
                end = _closing(text, stated.span[1], gap)
                pairs.append(
                    Pair(source, stated, (source.span[0], end), text[source.span[0] : end])
                )
            if next_sentence:
                break  # a next sentence restates one figure
            opener = _PAIR_NEXT
            j += 1
    return pairs


def _stated_start(stated: Mention) -> int:
    """Where a stated figure begins, with a qualifier before it (``(약 36억 달러)``);
    a mark inside the figure (여 in ``6천여만 원``) is no start."""
    start = stated.span[0]
    if stated.qualifier_span is not None and stated.qualifier_span[0] < start:
        return stated.qualifier_span[0]
    return start


def _next_sentence(text: str, mentions: list[Mention], keep_bare: list[bool], i: int) -> int:
    """The index of the figure the next sentence states as the equivalent of
    ``mentions[i]`` (:func:`_restated_next`), or 0.

    That figure is the next one that may be money: years, dates and counts
    between them (``$1 billion in 2024. That is …``) belong to the first sentence
    and are passed over; any other figure in between makes ``mentions[i]`` not the
    last of its sentence, and then nothing is paired.
    """
    j = i + 1
    end = mentions[i].span[1]
    while j < len(mentions) and not (
        keep_bare[j] or mentions[j].currency or mentions[j].alternatives
    ):
        if mentions[j].span[0] - end > _MAX_TAIL:
            return 0  # past the tail a sentence may have: stop looking (linear time)
        j += 1
    if j == len(mentions):
        return 0
    stated = mentions[j]
    gap = text[mentions[i].span[1] : _stated_start(stated)]
    return j if _restated_next(text, gap, stated) else 0
