"""The Money value type: an exact Decimal amount in an ISO 4217 currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from . import currencies
from ._decimal import CONTEXT, MAX_AMOUNT, MIN_EXPONENT, to_decimal
from .errors import InvalidInputError

__all__ = ["Money", "format_with_minor_units", "in_range", "new_money"]

_MAX_ADJUSTED = MAX_AMOUNT.adjusted()


def in_range(amount: Decimal) -> bool:
    """Whether a finite Decimal is within fxnorm's amount limits (zero, or a
    magnitude from 1e-30 up to, not including, 1e30)."""
    return not amount or MIN_EXPONENT <= amount.adjusted() < _MAX_ADJUSTED


#: Every currency code CLDR knows (the extract's), read on first use.
_codes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, init=False)
class Money:
    """An amount of money: ``Money("380e9", "CNY")``.

    ``amount`` is always a finite ``Decimal``; it may be given as ``Decimal``,
    ``int`` or ``str``. A ``float`` is converted through ``str`` (``0.1``
    becomes ``Decimal("0.1")``): pass strings or Decimals when the value
    matters. ``currency`` is an ISO 4217 code known to CLDR, upper-cased
    (``"cny"`` becomes ``"CNY"``); anything else raises
    :class:`~fxnorm.errors.UnknownCurrencyError` with suggestions.

    Money is immutable and hashable. Amounts keep the exponent they were given
    with (``Money("1.50", "USD")`` keeps ``1.50``); equality is numeric, as for
    Decimal.
    """

    amount: Decimal
    currency: str

    def __new__(cls, amount: Decimal | int | str | float, currency: str) -> Money:
        global _codes
        # Fast path for what fxnorm itself passes: a finite in-range Decimal, a valid code.
        if not (
            type(amount) is Decimal
            and amount.is_finite()
            and (not amount or MIN_EXPONENT <= amount.adjusted() < _MAX_ADJUSTED)
        ):
            amount = to_decimal(amount)
        if currency not in _codes:
            _codes = currencies.all_codes()
            if currency not in _codes:
                currency = currencies.validate(currency)
        if cls is Money:
            return new_money(amount, currency)
        money = object.__new__(cls)
        object.__setattr__(money, "amount", amount)
        object.__setattr__(money, "currency", currency)
        return money

    def __reduce__(self) -> tuple[type[Money], tuple[Decimal, str]]:
        return type(self), (self.amount, self.currency)

    def __str__(self) -> str:
        return f"{self.amount:f} {self.currency}"

    # -- arithmetic within one currency ------------------------------------

    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"expected Money, got {type(other).__name__}")
        if other.currency != self.currency:
            raise InvalidInputError(
                f"cannot combine {self.currency} and {other.currency} without a rate; "
                "convert one of them first"
            )
        return other

    def __add__(self, other: Money) -> Money:
        return Money(CONTEXT.add(self.amount, self._same(other).amount), self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(CONTEXT.subtract(self.amount, self._same(other).amount), self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __mul__(self, factor: Decimal | int | str) -> Money:
        return Money(CONTEXT.multiply(self.amount, to_decimal(factor, "factor")), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, divisor: Decimal | int | str) -> Money:
        return Money(CONTEXT.divide(self.amount, to_decimal(divisor, "divisor")), self.currency)

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._same(other).amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._same(other).amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._same(other).amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._same(other).amount

    # -- presentation ---------------------------------------------------------

    @property
    def minor_units(self) -> int:
        """Decimal places of the currency's minor unit (CLDR): 2 for USD, 0 for JPY."""
        return currencies.minor_units(self.currency)

    def rounded(self, places: int | None = None) -> Money:
        """This amount rounded half-even to ``places`` (default: the minor unit)."""
        digits = self.minor_units if places is None else places
        quantum = Decimal(1).scaleb(-digits)
        return Money(
            self.amount.quantize(quantum, rounding=ROUND_HALF_EVEN, context=CONTEXT), self.currency
        )

    def format(self, locale: str = "en", *, compact: bool = False, **options: Any) -> str:
        """Format with CLDR's rules for ``locale`` (babel).

        ``Money("53318000000", "USD").format()`` gives ``$53,318,000,000.00``;
        with ``compact=True`` it gives ``$53B`` (``fraction_digits=1`` gives ``$53.3B``).
        Other keyword arguments go to :func:`babel.numbers.format_currency` (or
        :func:`~babel.numbers.format_compact_currency` when compact).
        """
        from babel.numbers import format_compact_currency, format_currency

        if compact:
            return str(
                format_compact_currency(self.amount, self.currency, locale=locale, **options)
            )
        if "currency_digits" in options:
            return str(format_currency(self.amount, self.currency, locale=locale, **options))
        return format_with_minor_units(
            self.amount, self.currency, locale, options.pop("format", None), **options
        )


class _MoneySlots:
    """:class:`Money`'s slots without its frozen guard: a Money made by plain slot
    stores and a ``__class__`` assignment (see :func:`fxnorm.rates.model.new_quote`),
    for amounts fxnorm has already checked."""

    __slots__ = Money.__slots__


def new_money(amount: Decimal, currency: str) -> Money:
    """A Money from a finite Decimal within the limits and a known code, unchecked."""
    made: Any = _MoneySlots()
    made.amount = amount
    made.currency = currency
    made.__class__ = Money
    built: Money = made
    return built


def format_with_minor_units(
    amount: Decimal, code: str, locale: str, pattern: str | None = None, **options: Any
) -> str:
    """babel's ``format_currency`` with the decimals of fxnorm's minor units.

    babel rounds to the minor units of *its* CLDR, which may differ from the
    extract fxnorm decides with (CLDR 49 gives IDR 0 decimals, CLDR 47 two), so
    that ``Money.format`` and ``Money.rounded`` would disagree. The pattern
    (``pattern``, or the locale's standard currency pattern, or its decimal
    pattern for ``format_type="name"``) is given the extract's decimals instead.
    """
    from babel import Locale
    from babel.numbers import format_currency

    if pattern is None:
        formats = Locale.parse(locale)
        if options.get("format_type") == "name":
            pattern = str(formats.decimal_formats[None].pattern)
        else:
            kind = options.get("format_type", "standard")
            pattern = str(formats.currency_formats[kind].pattern)
    digits = currencies.minor_units(code)
    pattern = _with_digits(pattern, digits)
    group = _group_symbol(locale)
    if "'" not in group or options.get("group_separator") is False:
        return str(
            format_currency(
                amount, code, format=pattern, locale=locale, currency_digits=False, **options
            )
        )
    # An ASCII apostrophe as the group separator (de_CH since CLDR 48) is taken
    # for a pattern quote by babel, which drops all but one ("1000000'000.00"):
    # format without groups and put them in here.
    options["group_separator"] = False
    plain = str(
        format_currency(
            amount, code, format=pattern, locale=locale, currency_digits=False, **options
        )
    )
    return _grouped(plain, group, _grouping(pattern))


def _group_symbol(locale: str) -> str:
    from babel.numbers import get_group_symbol

    return str(get_group_symbol(locale))


def _grouping(pattern: str) -> tuple[int, int]:
    from babel.numbers import parse_pattern

    primary, secondary = parse_pattern(pattern).grouping
    return int(primary), int(secondary)


def _grouped(text: str, group: str, grouping: tuple[int, int]) -> str:
    """``text`` with ``group`` between the digit groups of its first number."""
    match = re.search(r"\d+", text)
    if match is None:
        return text
    digits = match.group()
    primary, secondary = grouping
    if len(digits) <= primary or primary <= 0:
        return text
    groups = [digits[-primary:]]
    rest = digits[:-primary]
    step = secondary if secondary > 0 else primary
    while rest:
        groups.insert(0, rest[-step:])
        rest = rest[:-step]
    return text[: match.start()] + group.join(groups) + text[match.end() :]


def _with_digits(pattern: str, digits: int) -> str:
    """``pattern`` with exactly ``digits`` fraction digits (``¤#,##0.00`` → ``¤#,##0``
    for 0, ``#,##0.000 ¤`` for 3), in each of its positive and negative forms."""
    fraction = "." + "0" * digits if digits else ""
    return _NUMBER_PART.sub(lambda match: match.group(1) + fraction, pattern)


#: The number in a CLDR pattern: its grouping and integer digits, then any fraction.
_NUMBER_PART = re.compile(r"([#0,]*0)(?:\.[0#]*)?")
