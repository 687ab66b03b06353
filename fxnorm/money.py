"""The Money value type: an exact Decimal amount in an ISO 4217 currency."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from . import currencies
from ._decimal import CONTEXT, MAX_AMOUNT, MIN_EXPONENT, to_decimal
from .errors import InvalidInputError

__all__ = ["Money"]

_MAX_ADJUSTED = MAX_AMOUNT.adjusted()


def _in_range(amount: Decimal) -> bool:
    return not amount or MIN_EXPONENT <= amount.adjusted() < _MAX_ADJUSTED


@dataclass(frozen=True, slots=True)
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

    def __post_init__(self) -> None:
        amount, currency = self.amount, self.currency
        # Fast path for what fxnorm itself passes: a finite in-range Decimal, a valid code.
        if not (type(amount) is Decimal and amount.is_finite() and _in_range(amount)):
            object.__setattr__(self, "amount", to_decimal(amount))
        if currency not in currencies.all_codes():
            object.__setattr__(self, "currency", currencies.validate(currency))

    @classmethod
    def _trusted(cls, amount: Decimal, currency: str) -> Money:
        """A Money from values fxnorm has already validated (skips the checks)."""
        money = object.__new__(cls)
        object.__setattr__(money, "amount", amount)
        object.__setattr__(money, "currency", currency)
        return money

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
        return str(format_currency(self.amount, self.currency, locale=locale, **options))
