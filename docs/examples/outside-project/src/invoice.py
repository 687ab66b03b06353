"""Invoice arithmetic: the code this example project tests with fxnorm.strategies."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from fxnorm import Money, parse


def split(amount: Money, parts: int) -> list[Money]:
    """``amount`` in ``parts`` instalments of whole minor units that add up exactly.

    The first instalments take the leftover minor units: 10.00 USD in 3 parts
    is 3.34 + 3.33 + 3.33. Amounts have up to 30 digits, more than Decimal's
    default context holds, so the arithmetic is done on whole numbers.
    """
    if parts < 1:
        raise ValueError("parts must be at least 1")
    places = amount.minor_units
    sign, digits, exponent = amount.rounded().amount.as_tuple()
    units = int("".join(map(str, digits))) * 10 ** (int(exponent) + places)
    share, extra = divmod(-units if sign else units, parts)
    return [
        Money(Decimal(f"{share + (1 if i < extra else 0)}E-{places}"), amount.currency)
        for i in range(parts)
    ]


def total(lines: Iterable[Money], currency: str) -> Money:
    """The sum of ``lines``, which must all be in ``currency``."""
    result = Money(0, currency)
    for line in lines:
        result = result + line
    return result


def read_price(text: str, locale: str = "en") -> Money:
    """A price as written on a supplier's invoice (``"US$1.234,50"`` in es_AR)."""
    return parse(text, locale=locale).money
