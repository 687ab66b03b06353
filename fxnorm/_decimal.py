"""Decimal arithmetic for amounts and rates: one context, one way in.

Amounts and rates are ``Decimal`` from input to output. Division (cross
rates, inverses) cannot always be exact, so it happens in :data:`CONTEXT`,
34 significant digits (IEEE 754 decimal128), far beyond any published rate
(ECB publishes 5 or 6 significant digits) and any amount fxnorm accepts.
"""

from __future__ import annotations

from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from .errors import InvalidAmountError

__all__ = ["CONTEXT", "MAX_AMOUNT", "to_decimal"]

#: Context for every computed rate and converted amount.
CONTEXT = Context(
    prec=34,
    rounding=ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

#: Amounts at or beyond this magnitude are refused: no economy counts that high,
#: and such inputs are typos or attacks (``1e999999``).
MAX_AMOUNT = Decimal("1e30")

#: The smallest exponent accepted (``1e-30``); anything finer is noise, not money.
MIN_EXPONENT = -30


def to_decimal(value: object, what: str = "amount") -> Decimal:
    """Read ``value`` as a finite Decimal within fxnorm's limits.

    Accepts ``Decimal``, ``int`` and ``str`` (``"380e9"``, ``" 1234.50 "``).
    A ``float`` is converted through ``str`` (its shortest repr, so ``0.1``
    becomes ``Decimal("0.1")``, not the binary value 0.1000000000000000055…).
    ``bool``, NaN, infinities and magnitudes of ``1e30`` or more raise
    :class:`~fxnorm.errors.InvalidAmountError`.
    """
    if isinstance(value, bool):
        raise InvalidAmountError(f"{what} must be a number, not {value!r}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, (int, float)):
        number = Decimal(str(value))
    elif isinstance(value, str):
        text = value.strip().replace("_", "")
        if not text or len(text) > 200:
            raise InvalidAmountError(f"{what} {value[:40]!r} is not a number")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InvalidAmountError(f"{what} {value[:40]!r} is not a number") from None
    else:
        raise InvalidAmountError(
            f"{what} must be a Decimal, int or str, not {type(value).__name__}"
        )
    if not number.is_finite():
        raise InvalidAmountError(f"{what} must be finite, not {number}")
    if number and (number.adjusted() >= MAX_AMOUNT.adjusted() or number.adjusted() < MIN_EXPONENT):
        raise InvalidAmountError(
            f"{what} {number} is out of range (magnitude must be below 1e30 and above 1e-30)"
        )
    return number
