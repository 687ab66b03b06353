"""Date inference: on which dates would a stated conversion have been exact?

The reference series of the pair is read on every publication day of a
window (:func:`rate_days`); the days whose reference rate lies inside the
claim's rounding interval are grouped into runs of consecutive publications
(:func:`runs`), listed in date order.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .._decimal import CONTEXT
from ..errors import RateError
from ..rates.book import RateBook
from ..rates.model import Quote
from .model import DateRange

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "RateDay",
    "matching_dates",
    "publication_days",
    "rate_days",
    "runs",
]

#: How far either side of a given date inference looks by default (two years).
DEFAULT_WINDOW_DAYS = 730


@dataclass(frozen=True, slots=True)
class RateDay:
    """The reference rate published on one day (``quote.date == day``)."""

    day: _dt.date
    quote: Quote

    @property
    def value(self) -> Decimal:
        return self.quote.value


def publication_days(book: RateBook, base: str, quote: str) -> list[int]:
    """Ordinals of every day on which some source published a rate relevant to the pair."""
    wanted = {base, quote}
    days: set[int] = set()
    for source_id, info in book.sources.items():
        codes = [code for code in wanted if book.covers(source_id, code)]
        if not codes:
            continue
        for code in codes:
            # A source's base has no series of its own: its partners' days are its days.
            partners = [c for c in wanted if c != info.base] if code == info.base else [code]
            for partner in partners:
                series = book.series(source_id, partner)
                if series is not None:
                    days.update(series.days)
    return sorted(days)


def rate_days(
    book: RateBook,
    base: str,
    quote: str,
    first: _dt.date | None = None,
    last: _dt.date | None = None,
) -> list[RateDay]:
    """The reference rate (``base`` -> ``quote``) on each publication day from ``first``
    to ``last`` (the whole coverage by default), as :meth:`RateBook.quote` gives it.

    A day answered by an earlier publication is that publication's day, not a
    new one, so it is left out.
    """
    low = first.toordinal() if first else None
    high = last.toordinal() if last else None
    found: list[RateDay] = []
    for ordinal in publication_days(book, base, quote):
        if (low is not None and ordinal < low) or (high is not None and ordinal > high):
            continue
        day = _dt.date.fromordinal(ordinal)
        try:
            answer = book.quote(base, quote, day)
        except RateError:
            continue
        if answer.date == day:
            found.append(RateDay(day, answer))
    return found


def runs(
    days: Sequence[RateDay], low: Decimal, high: Decimal, implied: Decimal
) -> tuple[DateRange, ...]:
    """Runs of consecutive ``days`` whose rate lies in ``[low, high]``, in date order."""
    groups: list[list[tuple[_dt.date, Decimal]]] = []
    current: list[tuple[_dt.date, Decimal]] = []
    for entry in days:
        if low <= entry.value <= high:
            deviation = CONTEXT.subtract(CONTEXT.divide(implied, entry.value), Decimal(1))
            current.append((entry.day, deviation))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return tuple(
        DateRange(
            start=group[0][0],
            end=group[-1][0],
            best=min(group, key=lambda item: abs(item[1]))[0],
            best_deviation=min((item[1] for item in group), key=abs),
        )
        for group in groups
    )


def matching_dates(
    book: RateBook,
    base: str,
    quote: str,
    low: Decimal,
    high: Decimal,
    implied: Decimal,
    *,
    around: _dt.date | None = None,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
) -> tuple[DateRange, ...]:
    """Runs of publication dates where ``low <= rate(base→quote) <= high``, in date order.

    With ``around``, only dates within ``window_days`` of it are scanned;
    without it the whole coverage is.
    """
    first = last = None
    if around is not None and window_days is not None:
        first = around - _dt.timedelta(days=window_days)
        last = around + _dt.timedelta(days=window_days)
    return runs(rate_days(book, base, quote, first, last), low, high, implied)
