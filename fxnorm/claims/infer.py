"""Date inference: on which dates would a stated conversion have been exact?

The reference series of the pair is scanned over a window of publication
dates; the dates whose reference rate lies inside the claim's rounding
interval are grouped into runs of consecutive publications.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from .._decimal import CONTEXT
from ..errors import RateError
from ..rates.book import RateBook
from .model import DateRange

__all__ = ["DEFAULT_WINDOW_DAYS", "matching_dates", "publication_days"]

#: How far either side of a given date inference looks by default (two years).
DEFAULT_WINDOW_DAYS = 730


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
    """Runs of publication dates where ``low <= rate(base→quote) <= high``.

    With ``around``, only dates within ``window_days`` of it are scanned and
    the runs come nearest first; without it the whole coverage is scanned and
    the runs come best match first.
    """
    days = publication_days(book, base, quote)
    if around is not None and window_days is not None:
        first, last = around.toordinal() - window_days, around.toordinal() + window_days
        days = [d for d in days if first <= d <= last]
    runs: list[list[tuple[_dt.date, Decimal]]] = []
    current: list[tuple[_dt.date, Decimal]] = []
    for ordinal in days:
        day = _dt.date.fromordinal(ordinal)
        try:
            found = book.quote(base, quote, day)
        except RateError:
            found = None
        # A day answered by an earlier publication is that publication's day, not a new one.
        rate = found.value if found is not None and found.date == day else None
        if found is not None and found.date != day:
            continue
        if rate is not None and low <= rate <= high:
            deviation = CONTEXT.subtract(CONTEXT.divide(implied, rate), Decimal(1))
            current.append((day, deviation))
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    ranges = [
        DateRange(
            start=run[0][0],
            end=run[-1][0],
            best=min(run, key=lambda item: abs(item[1]))[0],
            best_deviation=min((item[1] for item in run), key=abs),
        )
        for run in runs
    ]
    if around is not None:
        ranges.sort(key=lambda r: _distance(r, around))
    else:
        ranges.sort(key=lambda r: abs(r.best_deviation))
    return tuple(ranges)


def _distance(span: DateRange, day: _dt.date) -> int:
    if span.start <= day <= span.end:
        return 0
    return min(abs((span.start - day).days), abs((span.end - day).days))
