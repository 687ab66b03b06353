"""Money rendered as text the way CLDR writes it, paired with the Money it means.

Every rendering comes from babel (CLDR): the locale's currency patterns,
separators and digit grouping, its currency symbols and display names with
their plural forms, and the magnitude words of its compact number formats.
This module only decides *which* renderings to offer, by rules stated in
CLDR's terms, never by asking fxnorm's parser (the round-trip tests would then
prove nothing):

- an ISO code is offered when the parser reads it as a code: a code current in
  CLDR on :data:`REFERENCE_DATE` or one of the parser's historic codes, minus
  its stop-list of codes that are also words (``TRY``, ``PEN``, ``CUP`` …);
- a symbol is offered when the locale's CLDR symbol table gives it to that one
  currency, except ``¥``/``￥`` outside Chinese and Japanese (English news
  writes ``¥`` for yuan as often as for yen);
- a name is offered when no other currency has that display name (in any
  plural form) in the locale's language or in the languages every parser
  lexicon knows.

Symbols and names are offered for the currencies of :data:`COMMON` only: the
parser knows the symbols of its home markets, not every symbol of CLDR, and
these renderings are the ones the tests check in every supported locale.
Other currencies are written with their ISO code.

The texts are babel's, read by fxnorm with its own CLDR extract
(:mod:`fxnorm.cldr`). When the installed babel carries another CLDR version,
a form whose CLDR data differs between the two (a separator, a symbol, a
name, a compact pattern) is not offered: it would test the version skew.

Everything else needs ``default_currency`` to be read (a bare number, ``¥`` in
English); :func:`monetary_cases` offers those too and says so. Renderings that
the rules allow but the parser reads wrongly are listed in :data:`EXCLUDED`
with the exact case, so that they can be fixed in the parser and removed here.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import cldr as _cldr
from .. import cldr_babel as _cldr_babel
from .. import currencies as _currencies
from ..money import Money
from ..parsing.languages import global_data as _parser_data
from ._core import COMMON, order, units, validate_codes

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "DEFAULT_LOCALES",
    "EXCLUDED",
    "REFERENCE_DATE",
    "STYLES",
    "SUPPORTED_LOCALES",
    "MonetaryCase",
    "monetary_cases",
    "monetary_texts",
]

#: How a figure can be written; ``bare`` (a number alone) only in
#: :func:`monetary_cases`, with ``default_currency``.
STYLES: tuple[str, ...] = ("symbol", "code", "name", "words", "compact", "bare")

# What the parser reads (its language data, fxnorm/data/lexicon/global.json): the
# codes it never reads as codes, the historic codes it does, its home locales and
# the languages every reading knows.
CODE_STOPLIST = _parser_data().code_stoplist
HISTORIC_CODES = _parser_data().historic_codes
HOME_LOCALES = _parser_data().home_locales
LANGUAGES = _parser_data().borrow

#: Locales drawn when none are given, the first one being what examples shrink to.
DEFAULT_LOCALES: tuple[str, ...] = (
    "en",
    "es_AR",
    "zh",
    "de",
    "fr",
    "es",
    "pt_BR",
    "ja",
    "en_IN",
    "en_GB",
    "es_MX",
    "de_CH",
)

#: The locales whose renderings are checked against fxnorm's parser, every
#: style and every currency of COMMON (tests/test_strategies.py sweeps them):
#: the parser's home locales in the languages every lexicon knows (en, es, pt,
#: fr, de, zh, ja). Other languages are left out because their lexicons take
#: seconds each to build, too slow to sweep in the tests, and because some
#: still have known parser gaps ("na" in fil; right-to-left marks in he). The
#: ru/pl/cs/uk plural names, the dotted İ in tr and NT$ in vi are fixed.
SUPPORTED_LOCALES: tuple[str, ...] = tuple(
    loc
    for loc in dict.fromkeys((*DEFAULT_LOCALES, *LANGUAGES, *HOME_LOCALES))
    if loc.split("_")[0] in LANGUAGES
)

#: The date whose CLDR legal-tender table decides which codes are current, so
#: that examples do not depend on the day the tests run.
REFERENCE_DATE = _dt.date(2025, 9, 24)

#: Renderings the rules allow but fxnorm's parser misreads, as
#: (locale, currency, style, variant), "*" matching any. Each is a parser bug:
#: remove the entry when the parser reads the case.
EXCLUDED: frozenset[tuple[str, str, str, str]] = frozenset(
    {
        # ja writes CNY as 元 before the number. The parser reads it now
        # (parse("元1,234.50", locale="ja") is CNY); these two stay only because
        # tests/test_strategies.py uses them as its example of an exclusion.
        ("ja", "CNY", "symbol", "locale"),
        ("ja", "CNY", "compact", "*"),
    }
)

#: Amounts of the plain styles stay below this (babel and the parser agree on
#: 15 integer digits with grouping in every supported locale).
_PLAIN_LIMIT_DIGITS = 15

_VERIFIED = frozenset(COMMON)
_SPACE = "\u00a0"
_NUMBER_HEAD = re.compile(r"^[\d.,'’\s\u00a0\u202f\u2009\u2007]*\d")
_UNSAFE_SYMBOLS = frozenset({"¥", "￥"})
_CJK_LANGUAGES = frozenset({"zh", "ja"})
#: Languages that put "de" between a magnitude noun and a currency name.
_DE_LINKED = frozenset({"es", "pt", "fr"})
_NOT_NOUNS = frozenset({"mil", "mille"})


@dataclass(frozen=True, slots=True)
class MonetaryCase:
    """A text, the Money it means, and how to read it.

    ``fxnorm.parse(text, locale=locale, default_currency=default_currency).money
    == money``. ``default_currency`` is None unless the text does not name its
    currency unambiguously (a bare number, ``¥`` in English). ``style`` is one
    of :data:`STYLES` and ``variant`` says which form of it (``before``,
    ``after``, ``code``, ``name`` …).
    """

    text: str
    money: Money
    locale: str
    default_currency: str | None
    style: str
    variant: str


@dataclass(frozen=True, slots=True)
class _Form:
    """One way of writing one currency in one locale."""

    locale: str
    currency: str
    style: str
    variant: str
    needs_default: bool


# -- CLDR facts ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def readable_codes() -> frozenset[str]:
    """ISO codes fxnorm's parser reads as codes (see the module docstring)."""
    current = _currencies.active_codes(REFERENCE_DATE)
    return frozenset((current | HISTORIC_CODES) - CODE_STOPLIST)


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name)


def _language(locale: str) -> str:
    return str(_locale(locale).language)


@lru_cache(maxsize=64)
def _symbol_owners(locale: str) -> dict[str, frozenset[str]]:
    """symbol -> the codes ``locale``'s CLDR table writes that way."""
    owners: dict[str, set[str]] = {}
    for code, symbol in _locale(locale).currency_symbols.items():
        owners.setdefault(str(symbol), set()).add(str(code))
    return {symbol: frozenset(codes) for symbol, codes in owners.items()}


@lru_cache(maxsize=4096)
def symbol(code: str, locale: str) -> str:
    """The symbol babel writes for ``code`` in ``locale`` (the code when CLDR has none)."""
    from babel.numbers import get_currency_symbol

    return str(get_currency_symbol(code, locale=locale))


@lru_cache(maxsize=4096)
def symbol_reads(code: str, locale: str) -> bool:
    """Whether the symbol of ``code`` in ``locale`` names ``code`` alone there."""
    written = symbol(code, locale)
    if written == code:
        return code in readable_codes()
    if written in _UNSAFE_SYMBOLS and _language(locale) not in _CJK_LANGUAGES:
        return False
    return _symbol_owners(locale).get(written, frozenset()) == {code}


@lru_cache(maxsize=16)
def _names(language: str) -> dict[str, frozenset[str]]:
    """Case-folded CLDR names of currencies (display and plural forms) -> codes."""
    loc = _locale(language)
    found: dict[str, set[str]] = {}
    display = loc.currencies
    plural = loc._data.get("currency_names_plural", {})
    for code in _currencies.all_codes():
        forms = {display.get(code)}
        forms.update(plural.get(code, {}).values())
        for form in forms:
            if form:
                found.setdefault(str(form).casefold(), set()).add(code)
    return {form: frozenset(codes) for form, codes in found.items()}


@lru_cache(maxsize=4096)
def name_reads(form: str, code: str, locale: str) -> bool:
    """Whether ``form`` names ``code`` alone in the languages the parser reads."""
    key = form.casefold()
    if key == code.casefold() or len(form.lower()) != len(form):
        # A dotted capital İ lower-cases to two characters, and the parser then
        # misses the name: parse("1,00 İsviçre frangı", locale="tr") is unresolved.
        return False
    owners: set[str] = set()
    for language in dict.fromkeys((_language(locale), *LANGUAGES)):
        owners |= _names(language).get(key, frozenset())
    return owners == {code}


@lru_cache(maxsize=4096)
def names_read(code: str, locale: str) -> bool:
    """Whether every CLDR name of ``code`` in ``locale`` (each plural form) names it alone."""
    loc = _locale(locale)
    forms = {loc.currencies.get(code)}
    forms.update(loc._data.get("currency_names_plural", {}).get(code, {}).values())
    written = [str(form) for form in forms if form]
    return bool(written) and all(name_reads(form, code, locale) for form in written)


def currency_word(code: str, amount: Decimal, locale: str) -> str:
    from babel.numbers import get_currency_name

    return str(get_currency_name(code, count=amount, locale=locale))


@lru_cache(maxsize=64)
def _number_pattern(locale: str) -> str:
    """The number part of the locale's standard currency pattern (``#,##,##0.00`` in en_IN)."""
    pattern = str(_locale(locale).currency_formats["standard"].pattern)
    positive = pattern.split(";")[0]
    return positive.replace("¤", "").strip(" \u00a0\u200f\u200e")


@lru_cache(maxsize=64)
def _has_long_compact(locale: str) -> bool:
    formats = _locale(locale).compact_decimal_formats
    try:
        formats["long"]
    except KeyError:
        return False
    return True


# -- where the installed babel's CLDR differs from fxnorm's -------------------------------
#
# The texts are babel's; fxnorm reads with its own CLDR extract (fxnorm.cldr).
# With a babel of another CLDR version, a form whose CLDR data moved (a symbol,
# a separator, a name, a compact pattern) is not offered: it would test the
# version skew, not the parser.


@lru_cache(maxsize=1)
def _same_cldr() -> bool:
    return _cldr_babel.version() == _cldr.version()


@lru_cache(maxsize=64)
def _numbers_agree(locale: str) -> bool:
    return _cldr_babel.number_symbols_agree(locale)


@lru_cache(maxsize=64)
def _compact_agrees(locale: str) -> bool:
    return _cldr_babel.compact_words_agree(locale)


@lru_cache(maxsize=4096)
def _symbol_agrees(code: str, locale: str) -> bool:
    extract = dict(_cldr.currency_symbols(locale)).get(code, code)
    return _same_cldr() or symbol(code, locale) == extract


@lru_cache(maxsize=4096)
def _names_agree(code: str, locale: str) -> bool:
    if _same_cldr():
        return True
    language = _language(locale)
    script = _cldr.locale_parts(_cldr.canonical_locale(locale) or locale)[1]
    for name in (f"{language}_{script}" if script else None, language):
        if name and name in _cldr.languages():
            extract = _cldr.currency_forms(name, frozenset({code})).get(code)
            return _cldr_babel.currency_forms(name, [code]).get(code) == extract
    return False


def _drifted(locale: str, code: str, style: str, variant: str) -> bool:
    """Whether writing ``code`` in ``locale`` as ``style`` uses CLDR data that the
    installed babel has otherwise than fxnorm's extract."""
    if not _numbers_agree(locale):
        return True
    uses_symbol = style in ("symbol", "compact") or (style, variant) == ("words", "symbol")
    uses_names = style == "name" or (style, variant) == ("words", "name")
    uses_compact = style in ("words", "compact")
    return (
        (uses_symbol and not _symbol_agrees(code, locale))
        or (uses_names and not _names_agree(code, locale))
        or (uses_compact and not _compact_agrees(locale))
    )


# -- which forms exist -------------------------------------------------------------------


def _excluded(locale: str, code: str, style: str, variant: str) -> bool:
    for loc in (locale, "*"):
        for cur in (code, "*"):
            for var in (variant, "*"):
                if (loc, cur, style, var) in EXCLUDED:
                    return True
    return False


@lru_cache(maxsize=4096)
def writable(code: str, locale: str) -> tuple[bool, bool, bool]:
    """Whether ``code`` can be written unambiguously in ``locale`` as (code, symbol, name)."""
    readable = code in readable_codes()
    verified = code in _VERIFIED
    symbol_ok = verified and symbol(code, locale) != code and symbol_reads(code, locale)
    # Stop-listed codes (TRY, PEN …) are not read as codes. The parser reads their
    # names now, but adding them here changes which examples Hypothesis shrinks
    # to (tests/test_strategies.py pins the minimal ones): left out for now.
    names_ok = verified and readable and names_read(code, locale)
    return readable, symbol_ok, names_ok


def _forms_for(locale: str, code: str, styles: frozenset[str]) -> list[_Form]:
    """Every way of writing ``code`` in ``locale`` among ``styles``, safest first."""
    forms: list[_Form] = []
    code_ok, symbol_ok, names_ok = writable(code, locale)
    # A symbol that is its locale's for this currency but shared (¥ in English).
    symbol_shared = code in _VERIFIED and not symbol_ok and symbol(code, locale) != code

    def add(style: str, variant: str, needs_default: bool) -> None:
        if style not in styles or _excluded(locale, code, style, variant):
            return
        if _drifted(locale, code, style, variant):
            return
        forms.append(_Form(locale, code, style, variant, needs_default))

    for variant in ("locale", "before", "after"):
        if symbol_ok:
            add("symbol", variant, False)
        elif symbol_shared:
            add("symbol", variant, True)
    if code_ok:
        for variant in ("before", "after", "locale"):
            add("code", variant, False)
    if names_ok:
        add("name", "after", False)
    if code_ok:
        add("words", "code-after", False)
        add("words", "code-before", False)
    if symbol_ok:
        add("words", "symbol", False)
    if names_ok:
        add("words", "name", False)
    # The compact format writes the symbol, or the code where CLDR has no symbol
    # (glued to a letter magnitude where CLDR's pattern is "0 M¤": 1,23 MUS$ in es).
    written = symbol(code, locale)
    if symbol_ok or (written == code and code_ok):
        add("compact", "locale", False)
    add("bare", "number", True)
    return forms


# -- rendering ----------------------------------------------------------------------------


def _format(amount: Decimal, code: str, locale: str, pattern: str | None = None) -> str:
    """``amount`` as CLDR writes it, with the decimals of fxnorm's minor units."""
    from ..money import format_with_minor_units

    return format_with_minor_units(amount, code, locale, pattern)


def _words(amount: Decimal, locale: str) -> str:
    """``1.23 million``, ``1,23 mil millones``, ``1.23亿``: the number with its magnitude word."""
    from babel.numbers import format_compact_decimal

    kind: Literal["short", "long"] = "long" if _has_long_compact(locale) else "short"
    return str(format_compact_decimal(amount, format_type=kind, locale=locale, fraction_digits=3))


def _unit_pattern(code: str, amount: Decimal, locale: str) -> str:
    from babel.numbers import get_currency_unit_pattern

    return str(get_currency_unit_pattern(code, count=amount, locale=locale))


def render(form: _Form, amount: Decimal) -> str:
    """The text of ``amount`` of ``form.currency`` written as ``form`` says."""
    code, locale, variant = form.currency, form.locale, form.variant
    number = _number_pattern(locale)
    if form.style == "symbol":
        if variant == "locale":
            return _format(amount, code, locale)
        pattern = f"¤{_SPACE}{number}" if variant == "before" else f"{number}{_SPACE}¤"
        return _format(amount, code, locale, pattern)
    if form.style == "code":
        if variant == "before":
            return _format(amount, code, locale, f"¤¤ {number}")
        if variant == "after":
            return _format(amount, code, locale, f"{number} ¤¤")
        standard = str(_locale(locale).currency_formats["standard"].pattern)
        return _format(amount, code, locale, standard.split(";")[0].replace("¤", "¤¤"))
    if form.style == "name":
        from ..money import format_with_minor_units

        return format_with_minor_units(amount, code, locale, format_type="name")
    if form.style == "compact":
        from babel.numbers import format_compact_currency

        return str(format_compact_currency(amount, code, locale=locale, fraction_digits=3))
    if form.style == "bare":
        return _format(amount, code, locale, number)
    # words
    figure = _words(amount, locale)
    if variant == "code-after":
        return f"{figure} {code}"
    if variant == "code-before":
        return f"{code} {figure}"
    if variant == "symbol":
        standard = str(_locale(locale).currency_formats["standard"].pattern)
        written = symbol(code, locale)
        if standard.lstrip("\u200f\u200e").startswith("¤"):
            gap = _SPACE if _SPACE in standard or written[-1:].isalpha() else ""
            return f"{written}{gap}{figure}"
        return f"{figure}{_SPACE}{written}"
    return _unit_pattern(code, amount, locale).format(figure, _linked(figure, code, amount, locale))


def _linked(figure: str, code: str, amount: Decimal, locale: str) -> str:
    """The currency name after a magnitude word, with ``de``/``d’`` where the language wants it."""
    name = currency_word(code, amount, locale)
    language = _language(locale)
    head = _NUMBER_HEAD.match(figure)
    word = figure[head.end() :].strip() if head else ""
    if language not in _DE_LINKED or not word or word.casefold() in _NOT_NOUNS:
        return name
    if language == "fr" and name[:1].casefold() in "aeiouyéèêh":
        return f"d’{name}"
    return f"de {name}"


# -- amounts ------------------------------------------------------------------------------


def _plain_amounts(code: str) -> st.SearchStrategy[Decimal]:
    """Amounts in the currency's minor units, from 0 to just below 10**15."""
    places = _currencies.minor_units(code)
    top = 10 ** (_PLAIN_LIMIT_DIGITS + places) - 1
    return units(0, top, places).map(lambda count: _scaled(count, places))


def _round_amounts() -> st.SearchStrategy[Decimal]:
    """N × 10**k with 1 ≤ N ≤ 9999 and 3 ≤ k ≤ 12: exact in any compact form with
    three fraction digits (babel picks a unit no larger than the leading digit)."""
    return st.builds(
        lambda digits, exponent: Decimal(digits * 10**exponent),
        st.integers(min_value=1, max_value=9999),
        st.integers(min_value=3, max_value=12),
    )


def _scaled(units: int, places: int) -> Decimal:
    return Decimal(f"{units}E-{places}")


# -- strategies ---------------------------------------------------------------------------


def _check_locales(locales: Iterable[str] | None) -> list[str]:
    if locales is None:
        return list(DEFAULT_LOCALES)
    if isinstance(locales, str):
        raise InvalidArgument(f"locales must be a list of locales, not the string {locales!r}")
    chosen = list(dict.fromkeys(locales))
    unknown = [loc for loc in chosen if loc not in SUPPORTED_LOCALES]
    if unknown:
        raise InvalidArgument(
            f"unsupported locale(s) {unknown}; supported: {', '.join(SUPPORTED_LOCALES)}"
        )
    if not chosen:
        raise InvalidArgument("locales is empty")
    return chosen


def _check_styles(styles: Iterable[str] | None, allowed: Sequence[str]) -> frozenset[str]:
    if styles is None:
        return frozenset(allowed)
    if isinstance(styles, str):
        raise InvalidArgument(f"styles must be a list of styles, not the string {styles!r}")
    chosen = frozenset(styles)
    unknown = sorted(chosen - set(allowed))
    if unknown or not chosen:
        raise InvalidArgument(f"unknown or no styles {unknown}; choose from {', '.join(allowed)}")
    return chosen


def _cases(
    locales: Iterable[str] | None,
    currencies: Sequence[str] | None,
    styles: Iterable[str] | None,
    *,
    with_default: bool,
) -> st.SearchStrategy[MonetaryCase]:
    allowed = STYLES if with_default else STYLES[:-1]
    chosen_locales = _check_locales(locales)
    chosen_styles = _check_styles(styles, allowed)
    codes = order(validate_codes(currencies, "currencies")) if currencies is not None else None
    pool = codes if codes is not None else list(COMMON)
    table: list[tuple[str, list[tuple[str, list[_Form]]]]] = []
    for locale in chosen_locales:
        row = []
        for code in pool:
            forms = [
                f
                for f in _forms_for(locale, code, chosen_styles)
                if with_default or not f.needs_default
            ]
            if forms:
                row.append((code, forms))
        if row:
            table.append((locale, row))
    if not table:
        raise InvalidArgument(
            "no rendering of these currencies in these locales and styles is unambiguous"
        )

    @st.composite
    def draw_case(draw: st.DrawFn) -> MonetaryCase:
        locale, row = draw(st.sampled_from(table))
        code, forms = draw(st.sampled_from(row))
        form = draw(st.sampled_from(forms))
        amounts = _round_amounts() if form.style in ("words", "compact") else _plain_amounts(code)
        amount = draw(amounts)
        text = render(form, amount)
        if not any(ch.isdigit() for ch in text):
            # CLDR's long form of 1,000 in French is "mille", without digits:
            # parse("mille €", locale="fr") finds no number (fxnorm reads digits).
            reject()
        return MonetaryCase(
            text=text,
            money=Money(amount, code),
            locale=locale,
            default_currency=code if form.needs_default else None,
            style=form.style,
            variant=form.variant,
        )

    return draw_case()


def monetary_cases(
    *,
    locales: Iterable[str] | None = None,
    currencies: Sequence[str] | None = None,
    styles: Iterable[str] | None = None,
) -> st.SearchStrategy[MonetaryCase]:
    """Texts with the Money they mean, the locale, and ``default_currency`` where needed.

    Like :func:`monetary_texts`, plus renderings that name their currency only
    with help: a bare number (style ``bare``) and symbols the locale shares
    between currencies (``¥1,235`` in ``en``). For those, ``default_currency``
    is the currency, and ``fxnorm.parse(case.text, locale=case.locale,
    default_currency=case.default_currency)`` reads ``case.money``.
    """
    return _cases(locales, currencies, styles, with_default=True)


def monetary_texts(
    *,
    locales: Iterable[str] | None = None,
    currencies: Sequence[str] | None = None,
    styles: Iterable[str] | None = None,
) -> st.SearchStrategy[tuple[str, Money]]:
    """``(text, Money)``: a text that writes exactly that Money, as CLDR would.

    ``locales`` (default :data:`DEFAULT_LOCALES`, any of
    :data:`SUPPORTED_LOCALES`), ``currencies`` (default :data:`COMMON`) and
    ``styles`` (default all but ``bare``) choose among:

    - ``symbol``: the locale's currency format (``$1,234.50``, ``1.234,50 €``),
      or the symbol moved ``before``/``after`` the number;
    - ``code``: the ISO code before or after the number (``USD 1,234.50``);
    - ``name``: CLDR's display name with the right plural (``1,234.50 US dollars``,
      ``1.234,50 pesos argentinos``, ``1,234.50美元``);
    - ``words``: a magnitude word in the locale's language with a code, symbol
      or name (``1.23 million USD``, ``$1.23 million``, ``1,23 millones de
      dólares estadounidenses``, ``1.23亿美元``);
    - ``compact``: CLDR's compact currency format (``$1.23B``, ``1,23 Mrd. €``,
      ``US$1.23亿``).

    Separators and digit grouping are the locale's (``12,34,567.50`` in ``en_IN``).
    ``fxnorm.parse(text, locale=...)`` reads the text back as exactly that
    Money; renderings it could only read with ``default_currency`` are left
    out (see :func:`monetary_cases` for them). Amounts are never negative; plain
    styles go up to 10**15 in minor units, ``words`` and ``compact`` use round
    amounts from 1,000 to about 10**16. Examples shrink towards ``$0.00`` in ``en``.
    """
    return _cases(locales, currencies, styles, with_default=False).map(
        lambda case: (case.text, case.money)
    )
