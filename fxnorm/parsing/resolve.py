"""Currency and number-format resolution: what each figure means, and who decided.

Currency, in one order; every mention says which step decided (``resolved_by``):

1. the text is explicit: an ISO code (``ARS``), a symbol or name that means one
   currency anywhere (``US$``, ``R$``, ``zł``, ``Rp``, ``yuan``), or a currency
   word before a generic unit (``新台幣62.3億元``);
2. ``default_currency=``, when it is one of the candidates (or for a bare number);
3. the locale's usual reading: the currency of its territory when it is a
   candidate (``$`` is ARS in ``es_AR``, ``pesos`` MXN in ``es_MX``, ``元`` TWD in
   ``zh_Hant_TW``), else the symbol as the locale writes it in CLDR, else a
   word's usual reading (``dollars`` USD). Without a locale, the text's language
   stands for it (a Swedish text's ``kr`` is SEK; a Simplified Chinese text's
   ``元`` CNY), except where the language implies no one territory (a
   Traditional Chinese ``元`` may be TWD, HKD or MOP), and the mention's notes
   say which locale was assumed. A symbol the language implies no one territory
   for (``$`` in Spanish or Portuguese text: a score of pesos, or the dollar) is
   left to the text's evidence instead: not a candidate the text writes with a
   sign of its own (``US$`` beside ``$``), the currency of the one territory the
   text names whose currency is a candidate (``Argentina``: ARS, ``context``,
   with a note), else step 4, else open (steps 5 skipped);
4. the document: exactly one candidate is named explicitly elsewhere in the
   same text (``context``);
5. CLDR English's reading of a symbol, for locales that have none (``£`` in ``es_AR``);
6. otherwise the currency stays ``None`` and ``alternatives`` lists the candidates.

``¥`` is never read by a locale of another language than Chinese or Japanese.

Number format: the digits decide when they can (:mod:`.numbers`); a number they
leave open (``25.965``) was read with the working format, and here it is decided
who that was and whether another reading wins: first the digits themselves when
the three end in zero and a magnitude below a billion follows (``1.700 millones``,
not ``$1.250 billion``: a thousand billions have their own word; no amount is
written to a third decimal zero, but a dinar's fils, ``KD 1.250``), or are three
zeros (``$1.000``), or no locale is given (``$1.250``); then the locale when one is given
(unless its reading gives more decimals than the currency has and no magnitude
follows: ``AR$ 25.960`` in ``en`` is 25,960 pesos, read as at home); else the
text's language when it is clear; else the home conventions of the currency
(``Rp 31.575`` is 31,575 rupiah), or of all its candidates when they agree; else
English, and the mention says the reading was open (``number_read_by``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from .. import cldr
from .context import Placed
from .figures import Figure
from .languages import global_data, language
from .lexicon import Lexicon, Surface
from .locales import LocaleHint
from .matching import fold
from .numbers import Reading, describe, format_of, open_mark, read_number
from .textlang import TextLanguage

__all__ = ["Context", "Reader", "Resolution", "explicit_codes", "resolve", "resolve_surface"]

#: How a mention's currency was chosen when the text did not name it alone.
CHOSEN = frozenset({"default", "locale", "context"})


@dataclass(frozen=True, slots=True)
class Reader:
    """The settings one text is read with (built per text by the front door)."""

    lex: Lexicon
    default: str | None
    #: the locale that decides, given or assumed (the text's language, else English)
    hint: LocaleHint
    #: whether the locale was given by the caller
    given: bool
    #: the text's own evidence of its language
    language: TextLanguage
    #: the locale of the text's language, when it is not the given locale's language
    second: LocaleHint | None
    #: the note every mention of the text carries about the locale (assumed, overridden)
    locale_note: str | None
    #: symbols the text's language implies no one territory for (``$`` in Spanish
    #: text, no locale given): read by the text's other evidence, not by a locale
    open_symbols: frozenset[str] = frozenset()


class Resolution(NamedTuple):
    """What one figure means: its currency and how its number was read."""

    currency: str | None
    alternatives: tuple[str, ...]
    resolved_by: str
    value: Decimal
    exponent: int
    number_format: str | None
    number_read_by: str
    notes: tuple[str, ...]


class Context(NamedTuple):
    """What the whole text says about currencies: the codes it names explicitly, and
    the generic units (元) a currency word before a figure fixed (人民幣62.86億元);
    the codes it writes with a sign or code of their own (``US$``, ``USD``); and,
    when a symbol of the text is open (:attr:`Reader.open_symbols`), the territories
    it names in its language (code, name as written)."""

    codes: set[str]
    units: dict[str, str]
    #: the decisions of :func:`resolve_surface` for this text, per surface of several
    #: currencies (a text writes ``$`` many times: each is decided alike); ``None``:
    #: none kept. Keyed by identity, the surface kept with its decision.
    decided: (
        dict[int, tuple[Surface, tuple[str | None, tuple[str, ...], str, tuple[str, ...]]]] | None
    ) = None
    written: frozenset[str] = frozenset()
    territories: tuple[tuple[str, str], ...] = ()
    #: the decimal mark the text's own figures show (see :func:`_text_mark`), or None
    mark: str | None = None


def _shown_mark(figure: Figure) -> str | None:
    """The decimal mark a figure's digits show: the last of two different marks
    (``156.354,7``), the other one than a mark written twice (``9.270.462.000``), a
    mark before other than three digits (``1,9``, ``19.7``), or the other one than
    a mark before three digits ending in zero ahead of a thousand or a million
    (``921.810 millones``: nobody writes a third decimal zero there); None when
    its digits show none (``18.436``, ``1.250 billion``)."""
    raw = figure.raw
    if figure.written != "digits" or not raw or raw.isdigit():
        return None
    marks = [ch for ch in raw if ch in ".,"]
    if not marks:
        return None
    if len(set(marks)) == 2:
        return marks[-1]
    if len(marks) > 1:
        return _other(marks[0])
    tail = raw.rsplit(marks[0], 1)[1]
    if not tail.isdigit():
        return None
    if len(tail) != 3:
        return marks[0]
    if tail.endswith("0") and figure.mag_exponent in (3, 6):
        return _other(marks[0])
    return None


def _text_mark(placed: list[Placed]) -> str | None:
    """The decimal mark every figure of the text that shows one shows: a text writes
    its numbers one way, so it decides a figure whose digits leave the mark open
    (``921.810 millones de pesos (unos 18.436 millones de dólares)``, the dollars
    18,436 millions, not 18); None when the figures show none, or both."""
    shown = {mark for item in placed if (mark := _shown_mark(item.figure)) is not None}
    return shown.pop() if len(shown) == 1 else None


def explicit_codes(
    placed: list[Placed],
    text: str = "",
    lex: Lexicon | None = None,
    reader: Reader | None = None,
) -> Context:
    """The context of a text's placed figures (see :class:`Context`); the territories
    the text names are looked for only when ``reader`` leaves a symbol of it open."""
    codes = set()
    signed = set()
    units: dict[str, set[str]] = {}
    opened = False
    for item in placed:
        surface = item.figure.surface
        if surface is None:
            continue
        if reader is not None and surface.text in reader.open_symbols:
            opened = True
        if len(surface.codes) != 1:
            continue
        code = surface.codes[0]
        codes.add(code)
        if surface.kind in ("symbol", "code"):
            signed.add(code)
        if lex is not None and surface.kind == "name":
            written = text[item.figure.start : item.figure.end]
            for size in range(1, 5):
                unit = lex.after.get(written[-size:].lower())
                if unit is not None and unit.kind == "name" and code in unit.codes:
                    if len(unit.codes) > 1:
                        units.setdefault(unit.text, set()).add(code)
                    break
    territories: tuple[tuple[str, str], ...] = ()
    spoken = _spoken(reader) if reader is not None else ()
    if opened and spoken:
        from ..territories import named_territories

        named: dict[str, str] = {}
        for code in spoken:  # the languages a text of few is read in together
            for territory, name in named_territories(text, code).items():
                named.setdefault(territory, name)
        territories = tuple(named.items())
    return Context(
        codes,
        {u: next(iter(c)) for u, c in units.items() if len(c) == 1},
        {} if len(placed) > 1 else None,
        frozenset(signed),
        territories,
        _text_mark(placed) if len(placed) > 1 else None,
    )


def _spoken(reader: Reader) -> tuple[str, ...]:
    """The text's language, or the languages a text of its script is read in together."""
    language = reader.language
    if language.language is not None:
        return (language.language,)
    return language.leaders


def _territory_reading(hint: LocaleHint | None, codes: tuple[str, ...]) -> str | None:
    if hint is None:
        return None
    code = hint.territory_currency
    if code is not None and code in codes:
        return code
    return None


def _locale_reading(reader: Reader, surface: Surface) -> str | None:
    codes = surface.codes
    code = _territory_reading(reader.hint, codes)
    if code is not None:
        return code
    lex = reader.lex
    if surface.kind == "symbol":
        unsafe = surface.text in lex.unsafe_symbols and (reader.hint.language not in ("zh", "ja"))
        if not unsafe:
            code = lex.locale_symbols.get(surface.text)
            if code in codes:
                return code
    code = _territory_reading(reader.second, codes)
    if code is not None:
        return code
    return _group_default(lex, codes)


def _group_default(lex: Lexicon, codes: tuple[str, ...]) -> str | None:
    """The usual reading of a group that holds all of ``codes`` (``dollars``: USD),
    when the surface reads it first: ``$1 dólar`` narrows ``$`` to the dollars,
    still USD; English ``lei`` (MDL, RON, as CLDR's names have them) stays open."""
    found = lex.group_defaults.get(codes)
    if found is not None:
        return found
    wanted = set(codes)
    for group, default in lex.group_defaults.items():
        if codes[0] == default and wanted <= set(group):
            return default
    return None


def resolve_surface(
    reader: Reader, surface: Surface | None, context: Context, *, default: bool = True
) -> tuple[str | None, tuple[str, ...], str]:
    """(currency, alternatives, resolved_by) of a figure written with ``surface``."""
    currency, alternatives, by, _ = _resolve_surface(reader, surface, context, default)
    return currency, alternatives, by


def _resolve_surface(
    reader: Reader, surface: Surface | None, context: Context, default: bool
) -> tuple[str | None, tuple[str, ...], str, tuple[str, ...]]:
    """:func:`resolve_surface`, and the notes of a decision the reader's locale note
    does not explain."""
    chosen_default = reader.default if default else None
    if surface is None:
        if chosen_default:
            return chosen_default, (), "default", ()
        return None, (), "unresolved", ()
    codes = surface.codes
    if len(codes) == 1:
        return codes[0], (), surface.kind, ()
    if chosen_default is not None and chosen_default in codes:
        return chosen_default, codes, "default", ()
    fixed = context.units.get(surface.text) if surface.kind == "name" else None
    if fixed in codes:  # 約合42.11億元 after 人民幣62.86億元 in the same text
        return fixed, codes, "context", ()
    if surface.kind == "symbol" and surface.text in reader.open_symbols:
        return _open_symbol(reader, surface, context)
    code = _locale_reading(reader, surface)
    if code is not None:
        return code, codes, "locale", ()
    found = _named_elsewhere(surface, codes, context)
    if len(found) == 1:
        return found[0], codes, "context", ()
    if surface.kind == "symbol" and surface.text not in reader.lex.unsafe_symbols:
        code = reader.lex.english_symbols.get(surface.text)
        if code in codes:
            return code, codes, "locale", ()
    return None, codes, "unresolved", ()


def _named_elsewhere(surface: Surface, codes: tuple[str, ...], context: Context) -> list[str]:
    """The candidates the text names explicitly at other figures, but not those it
    writes with a sign or code of their own when ``surface`` is a symbol: a text
    that writes ``US$`` beside ``$`` tells them apart (the Latin American press's
    pesos and dollars)."""
    named = context.codes
    if not named:
        return []
    mine = context.written if surface.kind == "symbol" else frozenset()
    return [c for c in codes if c in named and c not in mine]


def _open_symbol(
    reader: Reader, surface: Surface, context: Context
) -> tuple[str | None, tuple[str, ...], str, tuple[str, ...]]:
    """A symbol the text's language implies no one territory for (``$`` in Spanish
    text, no locale given): not a candidate the text writes otherwise (``US$``);
    the currency of the one territory the text names whose currency is a candidate
    (``Argentina``: ARS); else the one candidate named elsewhere; else open."""
    from ..territories import currencies_of

    codes = surface.codes
    spoken = " or ".join(_language_name(code) for code in _spoken(reader))
    why = f"{surface.text!r} in {spoken} text implies no one territory"
    apart = [c for c in codes if c in context.written]
    rest = tuple(c for c in codes if c not in context.written) or codes
    if apart and len(rest) < len(codes):
        why += f"; the text writes {'/'.join(apart)} with a sign of its own, so not that"
    places: dict[str, list[str]] = {}
    for territory, name in context.territories:
        for code in currencies_of(territory):
            if code in rest:
                places.setdefault(code, []).append(name)
    if len(places) == 1:
        ((code, names),) = places.items()
        note = f"{why}: the text names {' and '.join(names)}, whose currency is {code}"
        return code, codes, "context", (note,)
    found = _named_elsewhere(surface, rest, context)
    if len(found) == 1:
        return found[0], codes, "context", (f"{why}: the text names {found[0]} elsewhere",)
    if len(places) > 1:
        named = ", ".join(f"{n[0]} ({c})" for c, n in places.items())
        why += f"; the text names {named}"
    return None, rest, "unresolved", (f"{why}: left open (pass locale= to decide)",)


def _home_format(codes: tuple[str, ...]) -> tuple[str, str] | None:
    """The decimal mark the homes of all of ``codes`` write (and one's locale), if they agree."""
    homes = global_data().home_numbers
    marks = set()
    locale = None
    for code in codes:
        home = homes.get(code)
        if home is None:
            return None
        marks.add(home[0])
        locale = locale or global_data().home_number_locales.get(code)
    if len(marks) != 1 or locale is None:
        return None
    return marks.pop(), locale


def _minor_units(code: str) -> int:
    return cldr.digits(code)


def _decide_number(
    reader: Reader,
    placed: Placed,
    currency: str | None,
    alternatives: tuple[str, ...],
    by: str,
    shown: str | None = None,
) -> tuple[Decimal, int, str, tuple[str, ...]]:
    """The value of a figure whose digits left the reading open (one separator before
    three digits), who decided, and why (see the module docstring)."""
    figure = placed.figure
    value, exponent = figure.value, figure.exponent
    working = reader.lex.numbers
    raw = figure.raw
    mark = open_mark(raw)
    explicit = by in ("code", "symbol", "name")
    if currency is not None and (explicit or not alternatives):
        codes: tuple[str, ...] = (currency,)
    else:
        codes = alternatives
    magnitude = figure.mag_exponent != 0
    # three decimals are no price in a currency of fewer (most): then the mark groups
    too_fine = bool(codes) and not magnitude and all(_minor_units(c) < 3 for c in codes)
    which = "/".join(codes)

    def grouped(why: str, who: str) -> tuple[Decimal, int, str, tuple[str, ...]]:
        again = _reread(raw, "," if mark == "." else ".")
        assert again is not None
        return again.value, again.exponent, who, (why,)

    def zero_ended(exponent: int) -> bool:
        """Three decimals ending in zero, which nobody writes (see below)."""
        return (
            exponent == -3
            and raw.endswith("0")
            and not (codes and not magnitude and any(_minor_units(c) == 3 for c in codes))
            and (
                (magnitude and figure.mag_exponent < 9)
                or (not magnitude and (raw.endswith("000") or not reader.given))
            )
        )

    if zero_ended(exponent):
        # "1,000 millones", "1.700 millones", "$1.000": nobody writes an amount to
        # three decimals ending in zero before a magnitude below a billion
        # (1.7 millones) or as "1.000", but a dinar's fils are three digits
        # ("KD 1.000"). A thousand billions and more have their own words in every
        # language (trillion, billón, 兆): "$1.250 billion" is read by the locale or
        # the language, as is "$3.450 a gallon" in en_US, where the trailing zero
        # is weaker evidence than a locale.
        return grouped(
            "three digits ending in zero after the only separator"
            + (" before a magnitude" if magnitude else "")
            + ": a thousands group (no amount is written to a third decimal zero)"
            + ("" if reader.given else ", whatever the text's language"),
            "digits",
        )
    if shown is not None:
        # the text's other figures show its decimal mark (see _text_mark)
        if shown == mark:
            again = _reread(raw, mark)
            assert again is not None
            return (
                again.value,
                again.exponent,
                "text",
                (
                    f"one separator before three digits: the text's other figures write "
                    f"{mark!r} as their decimal mark",
                ),
            )
        return grouped(
            f"one separator before three digits: the text's other figures write "
            f"{_other(mark)!r} as their decimal mark, so {mark!r} groups thousands",
            "text",
        )
    language = reader.language
    if (
        reader.given
        and language.confident
        and language.language is not None
        and language.language != reader.hint.language
        and language.language in reader.lex.languages
    ):
        spoken = _language_mark(language.language)
        if spoken is not None and spoken != (mark if exponent < 0 else _other(mark)):
            # the text is in another language than the locale's: its numbers are
            # written as that language writes them ("6,000 pesos" in English)
            again = _reread(raw, spoken)
            assert again is not None
            if zero_ended(again.exponent):
                # "1,000 US dollars (800 euros)" read as French would be 1.000: the
                # same trailing zeros that group under any locale keep it a thousand
                return (
                    value,
                    exponent,
                    "digits",
                    (
                        "three digits ending in zero after the only separator: a "
                        "thousands group (no amount is written to a third decimal zero), "
                        f"though the text reads as {language.language}",
                    ),
                )
            return (
                again.value,
                again.exponent,
                "language",
                (
                    f"one separator before three digits: the text is {language.language} "
                    f"({language.evidence}), read as it writes numbers, not as the locale "
                    f"{reader.hint.locale} does",
                ),
            )
    if reader.given:
        home = _home_format((currency,)) if currency is not None and explicit else None
        if exponent == -3 and too_fine and explicit and home is not None and home[0] != mark:
            return grouped(
                f"the locale {reader.hint.locale} reads {mark!r} as a decimal mark, but "
                f"{which} has {_minor_units(codes[0])} decimals: read as in {home[1]}, "
                f"where {which} is written",
                "currency",
            )
        return (
            value,
            exponent,
            "locale",
            (f"one separator before three digits, read as the locale {reader.hint.locale} does",),
        )
    if language.confident and language.language == reader.lex.language:
        if exponent == -3 and too_fine:
            return grouped(
                f"{language.language} text writes {mark!r} as a decimal mark, but three "
                f"decimals are no amount of {which}: read as a thousands group",
                "currency",
            )
        return (
            value,
            exponent,
            "language",
            (f"one separator before three digits, read as {language.language} text does",),
        )
    home = _home_format(codes) if codes else None
    if home is not None:
        decimal = home[0] == mark
        if decimal and too_fine:
            return grouped(
                f"{which} is written with {mark!r} as a decimal mark at home ({home[1]}), but "
                f"has fewer than three decimals: read as a thousands group",
                "currency",
            )
        again = _reread(raw, home[0])
        assert again is not None
        return (
            again.value,
            again.exponent,
            "currency",
            (f"one separator before three digits, read as in {home[1]} ({which} at home)",),
        )
    if not magnitude:
        return grouped(
            "one separator before three digits and no locale, language or currency to "
            "decide: read as a thousands group, as prices are written (pass locale= to decide)",
            "default",
        )
    return (
        value,
        exponent,
        "default",
        (
            f"one separator before three digits and nothing to decide it: read with "
            f"{working.decimal!r} as the decimal mark (pass locale= to decide)",
        ),
    )


def _other(mark: str) -> str:
    return "," if mark == "." else "."


def _language_mark(code: str) -> str | None:
    """The decimal mark a language's text writes."""
    data = language(code)
    return data.numbers[0] if data is not None else None


def _reread(raw: str, decimal: str) -> Reading | None:
    fmt = format_of(decimal, "." if decimal == "," else ",")
    return read_number(raw, fmt)


def _home_magnitude(reader: Reader, mag_text: str) -> tuple[str, ...]:
    """The note of a magnitude word read only as the home language of the currency
    the text names writes it (``R$ 2,5 bi``), if ``mag_text`` is one."""
    homes = reader.lex.home_magnitudes
    fractions = reader.lex.home_fractions
    notes: list[str] = []
    lent: list[str] = []
    for word in mag_text.split():
        key = word if len(word) <= 2 and word.isascii() else fold(word)
        code = homes.get(key)
        if code is not None and not notes:
            name = _language_name(code)
            evidence = reader.language.home_evidence
            notes.append(
                f"{word!r} read as a {name} magnitude word: no locale given, the text's "
                f"words do not tell its language, and {evidence} is written in {name} at home"
            )
        elif fold(word) in fractions:
            lent.append(word)
    if lent:
        name = _language_name(fractions[fold(lent[0])])
        words = " ".join(lent)
        notes.append(f"{words!r} read as {name} fraction words, lent with its magnitude words")
    return tuple(notes)


def _language_name(code: str) -> str:
    data = language(code)
    return data.name if data is not None else code


def resolve(reader: Reader, placed: Placed, context: Context) -> Resolution:
    """The currency and the number of one placed figure (see the module docstring)."""
    figure = placed.figure
    surface = figure.surface
    decided = context.decided
    if decided is None or surface is None or len(surface.codes) == 1:
        currency, alternatives, by, why = _resolve_surface(reader, surface, context, True)
    else:
        # the same decision for every figure written with this surface in the text
        kept = decided.get(id(surface))
        if kept is None or kept[0] is not surface:
            kept = decided[id(surface)] = (
                surface,
                _resolve_surface(reader, surface, context, True),
            )
        currency, alternatives, by, why = kept[1]
    if placed.shared and by in ("code", "symbol", "name"):
        by = "context"  # the currency is named once, at another figure
    notes: tuple[str, ...] = ()
    if reader.locale_note is not None and (by == "locale" or why or reader.language.told):
        # a language one money word decided is said at every figure read in it
        notes = (reader.locale_note,)
    notes = (*notes, *why)
    if placed.change:
        notes = (
            *notes,
            "the start of a change ('from ... to'): the currency (and a magnitude it "
            "does not write) are its end's, written once for both",
        )
    if placed.listed:
        notes = (
            *notes,
            "an item of a list ('20, 50 and 100 dollars'): the currency (and a magnitude "
            "it does not write) are the list's last item's, written once for all",
        )
    if placed.lent is not None:
        notes = (
            *notes,
            "the low end writes a currency but no magnitude word: read in its end's "
            f"{placed.lent!r}, as if written once for both ends, which the text does not state",
        )
    if placed.basis is not None:
        notes = (
            *notes,
            f"a price basis: {placed.basis!r} states the amount in the prices of the "
            "year it names (a year, no amount)"
            + (
                "; the currency is the basis's, written after the figure"
                if placed.shared and surface is not None
                else ""
            ),
        )
    if figure.mag_text is not None and reader.lex.home_magnitudes:
        notes = (*notes, *_home_magnitude(reader, figure.mag_text))
    if figure.mag_text is not None and reader.lex.lent_naming:
        lender = reader.lex.lent_naming.get(fold(figure.mag_text))
        if lender is not None:
            notes = (
                *notes,
                f"{figure.mag_text!r} read as the {_language_name(lender)} press's abbreviation "
                "of a magnitude and its currency: the text is not read as "
                f"{_language_name(lender)}, but no language it is read in has the word",
            )
    value, exponent = figure.value, figure.exponent
    number_read_by = "digits"
    if figure.lone and figure.written == "digits" and figure.raw:
        value, exponent, number_read_by, more = _decide_number(
            reader, placed, currency, alternatives, by, context.mark
        )
        notes = (*notes, *more)
    number_format = None
    if figure.written == "digits" and figure.raw and not figure.raw.isdigit():
        number_format = describe(Reading(value, exponent, False), figure.raw)
    return _new(
        Resolution,
        (currency, alternatives, by, value, exponent, number_format, number_read_by, notes),
    )


#: ``Resolution(...)`` without the Python-level ``__new__`` of a NamedTuple (every field given).
_new = tuple.__new__
