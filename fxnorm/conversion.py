"""Convert Money into another currency as of a date, with the rate attached."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from ._decimal import CONTEXT, MAX_AMOUNT, MIN_EXPONENT
from .money import Money, new_money
from .rates.book import RateBook, default_book
from .rates.model import Pending, Quote, built

__all__ = ["Conversion", "convert"]


@dataclass(frozen=True, slots=True)
class Conversion:
    """The result of a conversion and everything needed to trust it.

    ``result`` is ``original.amount × rate.value`` computed in Decimal with 34
    significant digits and not rounded; :meth:`Money.rounded` gives it in the
    currency's minor units. ``rate`` is the :class:`~fxnorm.rates.Quote` used:
    its value, publisher, the date of the publication and the date asked for.
    :func:`convert` computes ``result`` at once and may build ``rate`` only
    when it is first read (it is the same Quote either way; see
    :meth:`RateBook.value <fxnorm.RateBook.value>`).
    """

    original: Money
    result: Money
    rate: Quote

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape of ``fxnorm convert --json`` (decimals as strings)."""
        return {
            "amount": format(self.original.amount, "f"),
            "currency": self.original.currency,
            "result": {
                "amount": format(self.result.amount, "f"),
                "currency": self.result.currency,
            },
            "rate": self.rate.to_dict(),
        }


def convert(
    money: Money | str,
    to: str,
    on: _dt.date | str | None = None,
    *,
    book: RateBook | None = None,
    policy: str | None = None,
    max_age: int | None = None,
    source: str | None = None,
    rate: str | None = None,
    side: str | None = None,
) -> Conversion:
    """Convert ``money`` into ``to`` with the rate of ``on`` (default: today).

    ``money`` is a :class:`Money`, or a text such as ``"380 billion yuan"``
    read with :func:`fxnorm.parse` (an ambiguous or missing currency raises).
    The rate comes from ``book`` (default: the embedded dataset, offline);
    ``policy``, ``max_age``, ``source``, ``rate`` (the market: ``official``
    by default, ``blue``, ``mep`` … for the peso) and ``side`` (``buy`` or
    ``sell``, default ``sell``) are passed to :meth:`RateBook.quote`, which
    documents the errors raised. The conversion's ``rate.market`` and
    ``rate.side`` say which rate answered.
    """
    if type(money) is not Money:
        if isinstance(money, str):
            from .parsing import parse

            money = parse(money).money
        if not isinstance(money, Money):
            raise TypeError(f"expected Money or str, not {type(money).__name__}")
    if book is None:
        book = default_book()
    found: Quote | Pending
    if policy is None and max_age is None and source is None and rate is None and side is None:
        # The common call, without the options: the Quote may be built when read.
        found = book.value(money.currency, to, on)
        value, code = found[0], found[1]
    else:
        found = book.quote(
            money.currency,
            to,
            on,
            policy=policy,
            max_age=max_age,
            source=source,
            rate=rate,
            side=side,
        )
        value, code = found.value, found.quote
    amount = _multiply(money.amount, value)
    # The product can leave the range its factors were in (money.in_range, inlined;
    # a zero out of it is checked by Money, which accepts it).
    if not _MIN_EXPONENT <= amount.adjusted() < _MAX_ADJUSTED:
        Money(amount, code)  # raises InvalidAmountError, as for any amount
    # The Conversion built by slot stores (as fxnorm.money.new_money builds the
    # result): no frozen __setattr__.
    made: Any = _ConversionSlots()
    made.original = money
    made.result = new_money(amount, code)
    made.rate = found
    made.__class__ = Conversion
    conversion: Conversion = made
    return conversion


_multiply = CONTEXT.multiply
_MIN_EXPONENT = MIN_EXPONENT
_MAX_ADJUSTED = MAX_AMOUNT.adjusted()


class _RateSlot:
    """:attr:`Conversion.rate`: the slot; a :data:`~fxnorm.rates.model.Pending`
    in it is built into the Quote on first read, and kept."""

    def __init__(self, slot: Any) -> None:
        self._slot = slot
        self.__doc__ = "The Quote used (built on first read when convert() had only its value)."

    def __get__(self, conversion: Conversion | None, owner: type | None = None) -> Any:
        if conversion is None:
            return self
        rate = self._slot.__get__(conversion, owner)
        if type(rate) is tuple:
            rate = built(rate)
            self._slot.__set__(conversion, rate)
        return rate

    def __set__(self, conversion: Conversion, rate: Quote) -> None:
        self._slot.__set__(conversion, rate)


Conversion.rate = _RateSlot(Conversion.__dict__["rate"])  # type: ignore[assignment,misc]


class _ConversionSlots:
    """:class:`Conversion`'s slots without its frozen guard (see
    :func:`fxnorm.rates.model.new_quote`): one is made per conversion, in :func:`convert`."""

    __slots__ = Conversion.__slots__
