"""Mentions: a placed and resolved figure as the value the parser hands out.

The last stage of a figure: its amount with the magnitude applied (plain, not
``5.244E+10``), its precision (the quantum of its last stated digit), its range,
qualifier, currency and every decision recorded (:class:`~.model.Mention`).
A figure whose amount reaches 10^30 is no amount of money: it becomes a
:class:`~.model.Skipped` instead, so that nothing read vanishes.
"""

from __future__ import annotations

from decimal import Decimal

from .context import Placed
from .figures import MAX_ADJUSTED
from .figures import Skipped as ScannedSkip
from .model import Mention, Skipped, new_mention
from .numbers import EXACT
from .resolve import Resolution

__all__ = ["mention", "plain", "precision", "too_large", "unreadable"]

#: ``1E+9``, ``0.01`` …: the precisions of almost every figure, built once.
_PRECISIONS = {exponent: Decimal(1).scaleb(exponent, EXACT) for exponent in range(-40, 41)}


def precision(exponent: int) -> Decimal:
    """``10**exponent`` as a Decimal (``1E+9``)."""
    found = _PRECISIONS.get(exponent)
    return found if found is not None else Decimal(1).scaleb(exponent, EXACT)


def plain(value: Decimal) -> Decimal:
    """``5.244E+10`` as ``52440000000``: integers without an exponent."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value


def too_large(placed: Placed, resolution: Resolution) -> bool:
    """Whether the amount (or a range's high end) reaches 10^30."""
    figure = placed.figure
    if resolution.value.adjusted() + figure.mag_exponent >= MAX_ADJUSTED:
        return True
    return (
        figure.high is not None
        and figure.high.scaleb(figure.mag_exponent, EXACT).adjusted() >= MAX_ADJUSTED
    )


def unreadable(text: str, placed: Placed) -> Skipped:
    """The diagnostic of a figure too large to be an amount."""
    figure = placed.figure
    span = (figure.start, figure.end)
    return Skipped(text[span[0] : span[1]], span, "beyond 10^30: no amount of money")


def from_scan(skip: ScannedSkip) -> Skipped:
    """A number the scan could not read, as the public diagnostic."""
    return Skipped(skip.text, skip.span, skip.reason)


def mention(text: str, placed: Placed, resolution: Resolution) -> Mention:
    """The Mention of a placed figure with its resolution."""
    figure = placed.figure
    value, exponent = resolution.value, resolution.exponent
    mag = figure.mag_exponent
    amount = value.scaleb(mag, EXACT) if mag else value
    precision_exp = exponent + mag
    if exponent or mag:
        amount = plain(amount)
    rng: tuple[Decimal, Decimal] | None = None
    if figure.high is not None:
        precision_exp = min(precision_exp, figure.high_exponent + mag)
        rng = (amount, plain(figure.high.scaleb(mag, EXACT)))
    qualifier_text = None
    qualifier_span = placed.qualifier_span
    if qualifier_span is not None:
        qualifier_text = text[qualifier_span[0] : qualifier_span[1]]
    start, end = figure.start, figure.end
    return new_mention(
        text[start:end],
        (start, end),
        amount,
        resolution.currency,
        resolution.alternatives,
        resolution.resolved_by,
        precision(precision_exp),
        placed.qualifier,
        qualifier_text,
        qualifier_span,
        rng,
        figure.mag_text,
        resolution.number_format,
        resolution.number_read_by,
        resolution.notes,
    )
