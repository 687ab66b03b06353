"""One published series (a source's rates for one currency) and the lookup policies.

A series is two parallel sorted lists, day ordinals and published value
strings, so a lookup is a binary search; values become ``Decimal`` only when
used, and are kept. Loading a series is one indexed query; it is then kept
in memory.

Which publication answers a day is decided here, once, for both ways of
asking: :meth:`Series.locate` for one day (what :meth:`RateBook.quote
<fxnorm.rates.RateBook.quote>` asks) and :meth:`Series.locate_all` for a
whole array of days at once (what :mod:`fxnorm.frame` asks, with numpy,
which only that method imports). :meth:`Series.exact` gives the Decimal value
of an answer, published or interpolated, for both.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from itertools import repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from .._decimal import CONTEXT
from ..errors import RateNotFoundError, StaleRateError
from .model import DEFAULT_MARKET, check_policy

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["DayTable", "Located", "Series", "in_force", "pick"]

#: A lookup's answer: one publication's index, or the two either side of an
#: interpolated day.
Picked = int | tuple[int, int]

#: Lookups by binary search before a series makes its table of days (below).
_SEARCHES_BEFORE_TABLE = 64

#: :meth:`Series.previous_table`: the first day's ordinal, then by day from it
#: the index, value and date of the publication that answers (None: stale).
DayTable = tuple[int, tuple[int | None, ...], tuple[Decimal | None, ...], tuple[_dt.date, ...]]


class Located(NamedTuple):
    """:meth:`Series.locate_all`'s answer for each day of an array (numpy arrays).

    ``ok`` says where a publication answers; ``first`` is its index (-1 where
    none), ``second`` the index of the publication after it for an
    interpolated day (-1 otherwise); ``date`` the ordinal of the publication
    used, or the day itself for an interpolated day or a rate fixed by law
    (as :attr:`fxnorm.Quote.date` dates them); ``value`` the rate as a binary
    float (the interpolation done in floats).
    """

    ok: npt.NDArray[Any]
    first: npt.NDArray[Any]
    second: npt.NDArray[Any]
    date: npt.NDArray[Any]
    value: npt.NDArray[Any]


class Series:
    """The rates of ``currency`` against the base of ``source``, oldest first.

    ``market`` and ``side`` say which of the source's series of that currency
    this is (:data:`~fxnorm.rates.model.MARKETS`, :data:`~fxnorm.rates.model.SIDES`):
    most currencies have one, ``official`` and ``mid``. ``until`` is for a rate
    fixed by law that is no longer in force: the ordinal of its last day.
    ``store`` names the store its publications come from (``embedded``,
    ``cache``), or ``origins`` that of each publication (a series merged
    from several stores).
    """

    __slots__ = (
        "_arrays",
        "_dates",
        "_decimals",
        "_previous",
        "_searches",
        "_table",
        "currency",
        "days",
        "market",
        "origins",
        "side",
        "source",
        "store",
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
        store: str = "embedded",
    ) -> None:
        if len(days) != len(values) or not days:
            raise ValueError("a series needs as many values as days, and at least one")
        self.source = source
        self.currency = currency
        self.days = list(days)
        self.values = list(values)
        self.market = market
        self.side = side
        self.until = until
        # One store's series names it once (``store``); a merged one per publication.
        uniform = origins is None or len(set(origins)) == 1
        #: The store of every publication, when they all come from one.
        self.store = store if origins is None or not origins else origins[0]
        #: The store of each publication, when they come from several (else None).
        self.origins = None if uniform else list(origins or ())
        # Kept by index in dicts of ints, Decimals and dates, which the garbage
        # collector does not track (lists would be visited in every collection).
        self._decimals: dict[int, Decimal] = {}
        self._dates: dict[int, _dt.date] = {}
        self._arrays: tuple[Any, Any] | None = None
        self._table: tuple[int, ...] | None = None
        self._searches = _SEARCHES_BEFORE_TABLE
        self._previous: dict[int, DayTable] = {}

    def __len__(self) -> int:
        return len(self.days)

    @property
    def first(self) -> _dt.date:
        return self.date(0)

    @property
    def last(self) -> _dt.date:
        return self.date(-1)

    def date(self, index: int) -> _dt.date:
        """The day of the publication at ``index`` (kept once made)."""
        found = self._dates.get(index)
        if found is None:
            found = self._dates[index] = _dt.date.fromordinal(self.days[index])
        return found

    def value(self, index: int) -> Decimal:
        """The published value at ``index`` as a Decimal (exactly the printed digits)."""
        found = self._decimals.get(index)
        if found is None:
            found = self._decimals[index] = Decimal(self.values[index])
        return found

    def origin(self, index: int) -> str:
        """The store the publication at ``index`` comes from."""
        return self.store if self.origins is None else self.origins[index]

    def neighbours(self, ordinal: int) -> tuple[int | None, int | None]:
        """Indices of the last publication on or before and the first after ``ordinal``."""
        position = bisect_right(self.days, ordinal)
        before = position - 1 if position > 0 else None
        after = position if position < len(self.days) else None
        return before, after

    def between(self, start: int, end: int) -> range:
        """Indices of publications from ``start`` to ``end`` (ordinals, inclusive)."""
        return range(bisect_right(self.days, start - 1), bisect_right(self.days, end))

    # -- which publication answers a day ------------------------------------------

    def position(self, ordinal: int) -> int:
        """How many publications are dated on or before day ``ordinal``.

        A binary search at first; a series asked often makes a table of the
        last publication on or before each day of its span (a list as long as
        the span in days), since the search's steps through a long list of
        numbers cost more than the rest of a lookup.
        """
        table = self._table
        if table is None:
            self._searches -= 1
            if self._searches > 0:
                return bisect_right(self.days, ordinal)
            table = self._make_table()
        offset = ordinal - self.days[0]
        if offset < 0:
            return 0
        return table[offset] + 1 if offset < len(table) else len(self.days)

    def _make_table(self) -> tuple[int, ...]:
        # Tables are tuples of numbers: the garbage collector stops visiting them.
        days = self.days
        table: list[int] = []
        for index in range(len(days) - 1):
            table.extend(repeat(index, days[index + 1] - days[index]))
        table.append(len(days) - 1)
        self._table = tuple(table)
        return self._table

    def has_previous_table(self, max_age: int) -> bool:
        """Whether :meth:`previous_table` has been made for ``max_age``."""
        return max_age in self._previous

    def previous_table(self, max_age: int) -> DayTable:
        """:meth:`locate` with the ``previous`` policy for every day from the first
        publication to ``max_age`` days after the last, made once per
        ``max_age``: three lists by day
        (``ordinal - first``), the index, value and date of the publication the
        ``previous`` policy answers with; index and value None where it is stale. A lookup is
        then three list reads. Every publication's Decimal and date is made.
        """
        found = self._previous.get(max_age)
        if found is None:
            days = self.days
            values = [self.value(index) for index in range(len(days))]
            dates = [self.date(index) for index in range(len(days))]
            indices: list[int | None] = []
            for index in range(len(days)):
                following = days[index + 1] if index + 1 < len(days) else days[index] + max_age + 1
                fresh = min(following - days[index], max_age + 1)
                indices.extend(repeat(index, fresh))
                indices.extend(repeat(None, following - days[index] - fresh))
            by_value = tuple(None if i is None else values[i] for i in indices)
            by_date = tuple(dates[0 if i is None else i] for i in indices)  # read with a value
            found = self._previous[max_age] = (days[0], tuple(indices), by_value, by_date)
        return found

    def locate(self, ordinal: int, policy: str, max_age: int) -> Picked | None:
        """The publication that answers day ``ordinal`` under ``policy`` within
        ``max_age`` days: its index, or the two either side to interpolate (a
        tuple); None when none does (:func:`pick` says why).

        ``previous`` takes the last publication on or before the day,
        ``exact`` only one on the day, ``nearest`` the closer of the two either
        side (the earlier on a tie), ``interpolate`` the day's own or both
        neighbours; none further than ``max_age`` days from the day.
        """
        days = self.days
        position = self.position(ordinal)
        if position:
            gap_before = ordinal - days[position - 1]
            if gap_before == 0 or (policy == "previous" and gap_before <= max_age):
                return position - 1
        else:
            gap_before = -1
        if policy == "previous" or policy == "exact":
            return None
        has_after = position < len(days)
        gap_after = days[position] - ordinal if has_after else -1
        ok_before = 0 <= gap_before <= max_age
        ok_after = has_after and gap_after <= max_age
        if policy == "nearest":
            if ok_before and (not ok_after or gap_before <= gap_after):
                return position - 1
            return position if ok_after else None
        if policy == "interpolate" and ok_before and ok_after:
            return (position - 1, position)
        check_policy(policy)
        return None

    def in_force(self, ordinal: int, today: int) -> int | None:
        """For a rate fixed by law: the index of the rate in force on day
        ``ordinal`` (the last one set on or before it), or None before the first,
        after the rate ended (:attr:`until`) and after ``today`` (nobody can say
        yet what will be in force then)."""
        if ordinal > today or (self.until is not None and ordinal > self.until):
            return None
        position = bisect_right(self.days, ordinal)
        return position - 1 if position else None

    def exact(self, picked: Picked, ordinal: int) -> Decimal:
        """The Decimal rate of an answer of :meth:`locate` for day ``ordinal``:
        the published value, or linear between the two publications either
        side, in :data:`fxnorm._decimal.CONTEXT`."""
        if type(picked) is int:
            return self.value(picked)
        first, second = picked  # type: ignore[misc]
        before = self.value(first)
        after = self.value(second)
        start = self.days[first]
        span = Decimal(self.days[second] - start)
        step = CONTEXT.divide(CONTEXT.subtract(after, before), span)
        return CONTEXT.add(before, CONTEXT.multiply(step, Decimal(ordinal - start)))

    def dated(self, picked: Picked, ordinal: int) -> _dt.date:
        """The date of an answer of :meth:`locate`: the publication's, or the day
        ``ordinal`` itself for an interpolated value."""
        if type(picked) is int:
            return self.date(picked)
        return _dt.date.fromordinal(ordinal)

    # -- the same for an array of days (numpy) -------------------------------------

    def arrays(self) -> tuple[npt.NDArray[Any], npt.NDArray[Any]]:
        """The days (int64 ordinals) and values (float64) as numpy arrays, made once."""
        if self._arrays is None:
            import numpy as np

            days = np.asarray(self.days, dtype=np.int64)
            values = np.fromiter((float(v) for v in self.values), np.float64, len(self.values))
            self._arrays = (days, values)
        return self._arrays

    def locate_all(
        self,
        ordinals: npt.NDArray[Any],
        policy: str,
        max_age: int,
        *,
        fixed: bool = False,
        today: int | None = None,
    ) -> Located:
        """:meth:`locate` (or :meth:`in_force` when ``fixed``) for every day of
        ``ordinals`` at once, with numpy: ``np.searchsorted`` instead of a
        binary search per day. The float ``value`` is interpolated in floats;
        :meth:`exact` gives any answer's Decimal.
        """
        import numpy as np

        check_policy(policy)
        days, values = self.arrays()
        count = len(days)
        size = len(ordinals)
        position = np.searchsorted(days, ordinals, side="right").astype(np.int64)
        before = position - 1
        none = np.full(size, -1, dtype=np.int64)
        if fixed:
            end = _dt.date.today().toordinal() if today is None else today
            if self.until is not None:
                end = min(end, self.until)
            ok = (before >= 0) & (ordinals <= end)
            first = np.where(ok, before, -1)
            return Located(ok, first, none, ordinals.copy(), values[np.maximum(first, 0)])
        has_before = before >= 0
        gap_before = ordinals - days[np.maximum(before, 0)]
        on_day = has_before & (gap_before == 0)
        second = none
        if policy == "exact":
            ok = on_day
            first = np.where(ok, before, -1)
        elif policy == "previous":
            ok = has_before & (gap_before <= max_age)
            first = np.where(ok, before, -1)
        else:
            has_after = position < count
            gap_after = days[np.minimum(position, count - 1)] - ordinals
            ok_before = has_before & (gap_before <= max_age)
            ok_after = has_after & (gap_after <= max_age)
            if policy == "nearest":  # the earlier publication on a tie, as locate()
                use_before = ok_before & (~ok_after | (gap_before <= gap_after))
                use_after = ok_after & ~use_before
                ok = use_before | use_after
                first = np.where(use_before, before, np.where(use_after, position, -1))
            else:  # interpolate: the day itself, or both neighbours within the limit
                between = ~on_day & ok_before & ok_after
                ok = on_day | between
                first = np.where(ok, before, -1)
                second = np.where(between, position, -1)
        safe = np.maximum(first, 0)
        value = values[safe]
        date = days[safe]
        if policy == "interpolate":
            later = np.maximum(second, 0)
            interpolated = second >= 0
            span = np.where(interpolated, days[later] - date, 1)
            step = (values[later] - value) / span
            value = np.where(interpolated, value + step * (ordinals - date), value)
            date = np.where(interpolated, ordinals, date)
        return Located(ok, first, second, date, value)


def pick(series: Series, day: _dt.date, policy: str, max_age: int) -> Picked:
    """Which publications answer ``day`` under ``policy``: one index, or two to interpolate.

    Raises :class:`StaleRateError` (naming the nearest publications) when the
    answer would be more than ``max_age`` days away from ``day``, and
    :class:`RateNotFoundError` outside the series' coverage.
    """
    found = series.locate(day.toordinal(), policy, max_age)
    if found is None:
        raise _no_rate(series, day, policy, max_age)
    return found


def in_force(series: Series, day: _dt.date, base: str) -> int:
    """:meth:`Series.in_force` for a rate fixed by law against ``base``, or the
    RateNotFoundError that says why there is none on ``day``."""
    found = series.in_force(day.toordinal(), _dt.date.today().toordinal())
    if found is not None:
        return found
    source = series.source
    first = series.first.isoformat()
    if series.until is not None and day.toordinal() > series.until:
        last = _dt.date.fromordinal(series.until).isoformat()
        raise RateNotFoundError(
            f"{source} has no {series.currency} rate for {day.isoformat()}: "
            f"the fixed rate ended on {last}",
            {source: f"{first}..{last}"},
        )
    if day > _dt.date.today():
        raise RateNotFoundError(
            f"{source} has no {series.currency} rate for {day.isoformat()}: a day after today",
            {source: f"{first}..{_dt.date.today().isoformat()}"},
        )
    last = _dt.date.fromordinal(series.until).isoformat() if series.until else ""
    raise RateNotFoundError(
        f"{source} has no {series.currency} rate for {day.isoformat()}: "
        f"it was fixed to {'the euro' if base == 'EUR' else base} on {first}",
        {source: f"{first}..{last}"},
    )


def _no_rate(
    series: Series, day: _dt.date, policy: str, max_age: int
) -> RateNotFoundError | StaleRateError:
    before, after = series.neighbours(day.toordinal())
    market = "" if series.market == DEFAULT_MARKET else f"{series.market} "
    what = f"{series.source} has no {market}{series.currency} rate"
    covered = f"{series.first.isoformat()}..{series.last.isoformat()}"
    if before is None or after is None:
        side = "before" if before is None else "after"
        return RateNotFoundError(
            f"{what} for {day.isoformat()}: that is {side} its coverage ({covered})",
            {series.source: covered},
        )
    nearest_before = series.date(before)
    nearest_after = series.date(after)
    near = f"{nearest_before.isoformat()}, {nearest_after.isoformat()}"
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
