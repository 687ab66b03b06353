"""One published series (a source's rates for one currency) and the lookup policies.

A series is two parallel sorted lists, day ordinals and published value
strings, so a lookup is a binary search; values become ``Decimal`` only when
used. Loading a series is one indexed query; it is then kept in memory.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal

from ..errors import InvalidInputError, RateNotFoundError, StaleRateError
from .model import DEFAULT_MARKET, POLICIES

__all__ = ["Series", "pick"]


class Series:
    """The rates of ``currency`` against the base of ``source``, oldest first.

    ``market`` and ``side`` say which of the source's series of that currency
    this is (:data:`~fxnorm.rates.model.MARKETS`, :data:`~fxnorm.rates.model.SIDES`):
    most currencies have one, ``official`` and ``mid``. ``until`` is for a rate
    fixed by law that is no longer in force: the ordinal of its last day.
    """

    __slots__ = (
        "_decimals",
        "currency",
        "days",
        "market",
        "origins",
        "side",
        "source",
        "until",
        "values",
    )

    def __init__(
        self,
        source: str,
        currency: str,
        days: Sequence[int],
        values: Sequence[str],
        origins: Sequence[str] | None = None,
        *,
        market: str = DEFAULT_MARKET,
        side: str = "mid",
        until: int | None = None,
    ) -> None:
        if len(days) != len(values) or not days:
            raise ValueError("a series needs as many values as days, and at least one")
        self.source = source
        self.currency = currency
        self.days = list(days)
        self.values = list(values)
        self.origins = list(origins) if origins is not None else None
        self.market = market
        self.side = side
        self.until = until
        self._decimals: dict[int, Decimal] = {}

    def __len__(self) -> int:
        return len(self.days)

    @property
    def first(self) -> _dt.date:
        return _dt.date.fromordinal(self.days[0])

    @property
    def last(self) -> _dt.date:
        return _dt.date.fromordinal(self.days[-1])

    def date(self, index: int) -> _dt.date:
        return _dt.date.fromordinal(self.days[index])

    def value(self, index: int) -> Decimal:
        """The published value at ``index`` as a Decimal (exactly the printed digits)."""
        found = self._decimals.get(index)
        if found is None:
            found = self._decimals[index] = Decimal(self.values[index])
        return found

    def origin(self, index: int) -> str:
        return self.origins[index] if self.origins is not None else "embedded"

    def neighbours(self, ordinal: int) -> tuple[int | None, int | None]:
        """Indices of the last publication on or before and the first after ``ordinal``."""
        position = bisect_right(self.days, ordinal)
        before = position - 1 if position > 0 else None
        after = position if position < len(self.days) else None
        return before, after

    def between(self, start: int, end: int) -> range:
        """Indices of publications from ``start`` to ``end`` (ordinals, inclusive)."""
        return range(bisect_right(self.days, start - 1), bisect_right(self.days, end))


def pick(series: Series, day: _dt.date, policy: str, max_age: int) -> tuple[int, ...]:
    """Which publications answer ``day`` under ``policy``: one index, or two to interpolate.

    Raises :class:`StaleRateError` (naming the nearest publications) when the
    answer would be more than ``max_age`` days away from ``day``, and
    :class:`RateNotFoundError` outside the series' coverage.
    """
    ordinal = day.toordinal()
    days = series.days
    position = bisect_right(days, ordinal)
    if position and days[position - 1] == ordinal:
        return (position - 1,)
    if policy == "previous" and position and ordinal - days[position - 1] <= max_age:
        return (position - 1,)
    if policy not in POLICIES:
        raise InvalidInputError(f"unknown policy {policy!r}; choose one of {', '.join(POLICIES)}")
    before, after = series.neighbours(ordinal)
    # `after` is the first publication strictly after the day.
    gap_before = ordinal - series.days[before] if before is not None else None
    gap_after = series.days[after] - ordinal if after is not None else None
    if policy == "previous" and gap_before is not None and gap_before <= max_age:
        return (before,)  # type: ignore[return-value]
    if policy == "nearest":
        options = [
            (gap, index)
            for gap, index in ((gap_before, before), (gap_after, after))
            if gap is not None and index is not None and gap <= max_age
        ]
        if options:
            return (min(options)[1],)
    if (
        policy == "interpolate"
        and before is not None
        and after is not None
        and gap_before is not None
        and gap_before <= max_age
        and gap_after is not None
        and gap_after <= max_age
    ):
        return (before, after)
    raise _no_rate(series, day, policy, max_age, before, after)


def _no_rate(
    series: Series,
    day: _dt.date,
    policy: str,
    max_age: int,
    before: int | None,
    after: int | None,
) -> RateNotFoundError | StaleRateError:
    market = "" if series.market == DEFAULT_MARKET else f"{series.market} "
    what = f"{series.source} has no {market}{series.currency} rate"
    covered = f"{series.first.isoformat()}..{series.last.isoformat()}"
    if before is None or after is None:
        side = "before" if before is None else "after"
        return RateNotFoundError(
            f"{what} for {day.isoformat()}: that is {side} its coverage ({covered})",
            {series.source: covered},
        )
    nearest_before = series.date(before) if before is not None else None
    nearest_after = series.date(after) if after is not None else None
    near = ", ".join(d.isoformat() for d in (nearest_before, nearest_after) if d is not None)
    if policy == "exact":
        reason = "published on that day"
    elif policy == "interpolate":
        reason = f"on both sides within {max_age} days"
    else:
        reason = f"within {max_age} days ({policy} policy)"
    return StaleRateError(
        f"{what} for {day.isoformat()} {reason}; nearest: {near}",
        nearest_before,
        nearest_after,
    )
