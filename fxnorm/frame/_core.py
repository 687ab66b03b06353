"""The vectorised lookup behind :mod:`fxnorm.frame`: rates for whole columns at once.

For a target currency, a policy and a staleness limit, each source currency
gets a *day table*: one entry per calendar day over the span its sources
cover, holding the rate RateBook would answer for that day, the plan that
answered (which sources, through which pivot), the date of the publication
used and, for exact output, the published values it came from.

A table is built once per RateBook and kept (it is checked against the
book's series on every use, so :meth:`RateBook.forget` is honoured):

1. every published series a plan needs (a source's rates of a currency
   against the source's base, the pivot) becomes two sorted numpy arrays,
   day ordinals and values;
2. ``np.searchsorted`` finds, for every calendar day, the publication the
   policy picks (``previous``, ``exact``, ``nearest``, or the two either
   side for ``interpolate``) and the staleness limit drops the ones too far;
3. the plans are tried in RateBook's order (official publishers first, one
   source before two): the first plan whose legs all answer a day answers it,
   exactly as :meth:`RateBook.quote` chooses per query;
4. the rate is the legs' quotient or product (``quote / base`` within a
   source, ``first × second`` through a pivot).

A column lookup is then one gather per output: ``table[day - first_day]``
for each row's currency, no Python call per row. Float output computes the
legs in float64 (a few units in the last place from the exact value);
Decimal output evaluates the same formula in :data:`fxnorm._decimal.CONTEXT`
once per distinct set of publications, so it equals :meth:`RateBook.quote`
digit for digit.
"""

from __future__ import annotations

import datetime as _dt
import math
import sys
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
import numpy.typing as npt

from .._dates import to_date
from .._decimal import CONTEXT
from ..errors import FxnormError, InvalidDateError, InvalidInputError
from ..rates.book import (
    RateBook,
    _check_max_age,
    _check_policy,
    check_market,
    check_side,
    default_book,
)
from ..rates.model import DEFAULT_MARKET
from ..rates.series import Series

__all__ = ["DTYPES", "EPOCH_ORDINAL", "ERRORS", "Rates", "lookup", "lookup_codes"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
ObjectArray = npt.NDArray[np.object_]

#: ``date(1970, 1, 1).toordinal()``: numpy's day 0 as a proleptic Gregorian ordinal.
EPOCH_ORDINAL = 719_163

#: Output modes: fast binary floats, or exact Decimal objects.
DTYPES = ("float64", "decimal")

#: What a row without a rate does: raise the per-row API's error, or give a null.
ERRORS = ("raise", "null")

# Day ordinals that are not dates: missing (NaT, None) and unreadable.
_MISSING = np.int64(np.iinfo(np.int64).min)
_INVALID = np.int64(np.iinfo(np.int64).min + 1)
_MAX_ORDINAL = _dt.date.max.toordinal()

# Kinds of a distinct currency value in a lookup.
_TABLE, _IDENTITY, _NONE = 0, 1, 2

# A plan as RateBook makes it: ((source,), None) or ((s1, s2), pivot).
_Plan = tuple[tuple[str, ...], str | None]
# One step of a plan: the rate of ``quote`` per ``base`` within ``source``.
_Step = tuple[str, str, str]


# -- published series as arrays ---------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Arrays:
    """A published series as sorted day ordinals and float values."""

    series: Series
    days: IntArray
    values: FloatArray
    #: a rate fixed by law (source kind "fixed"): in force every day from its own
    #: to today (or to its last day, ``series.until``), whatever the policy and
    #: staleness limit
    fixed: bool = False

    @property
    def end(self) -> int:
        """The last day a fixed rate answers for: today, or its own last day."""
        today = _dt.date.today().toordinal()
        until = self.series.until
        return today if until is None else min(today, until)


@dataclass(frozen=True, eq=False)
class _Leg:
    """One series looked up on every day of a calendar.

    ``idx`` is the publication used (-1: none), ``idx2`` the one after it when
    the value is interpolated (-1 otherwise); ``date`` the publication's day,
    or the calendar day itself for an interpolated value.
    """

    arrays: _Arrays
    ok: BoolArray
    idx: IntArray
    idx2: IntArray
    value: FloatArray
    date: IntArray


def _resolve(arrays: _Arrays, calendar: IntArray, policy: str, max_age: int) -> _Leg:
    """Which publication answers each calendar day: :func:`fxnorm.rates.series.pick`, vectorised."""
    days, values = arrays.days, arrays.values
    count = len(days)
    position = np.searchsorted(days, calendar, side="right").astype(np.int64)
    before = position - 1
    if arrays.fixed:  # RateBook's _in_force: the last rate set, dated the day itself
        ok = (before >= 0) & (calendar <= arrays.end)
        idx = np.where(ok, before, -1)
        none = np.full(len(calendar), -1, dtype=np.int64)
        return _Leg(arrays, ok, idx, none, values[np.maximum(idx, 0)], calendar.copy())
    has_before = before >= 0
    day_before = days[np.maximum(before, 0)]
    gap_before = calendar - day_before
    exact = has_before & (gap_before == 0)
    idx2 = np.full(len(calendar), -1, dtype=np.int64)
    if policy == "exact":
        ok = exact
        idx = np.where(ok, before, -1)
    elif policy == "previous":
        ok = has_before & (gap_before <= max_age)
        idx = np.where(ok, before, -1)
    else:
        has_after = position < count
        gap_after = days[np.minimum(position, count - 1)] - calendar
        ok_before = has_before & (gap_before <= max_age)
        ok_after = has_after & (gap_after <= max_age)
        if policy == "nearest":
            # RateBook takes min((gap, index)): the earlier publication on a tie.
            use_before = ok_before & (~ok_after | (gap_before <= gap_after))
            use_after = ok_after & ~use_before
            ok = use_before | use_after
            idx = np.where(use_before, before, np.where(use_after, position, -1))
        else:  # interpolate: the day itself, or both neighbours within the limit
            between = ~exact & ok_before & ok_after
            ok = exact | between
            idx = np.where(ok, before, -1)
            idx2 = np.where(between, position, -1)
    safe = np.maximum(idx, 0)
    value = values[safe]
    date = days[safe]
    if policy == "interpolate":
        later = np.maximum(idx2, 0)
        interpolated = idx2 >= 0
        span = np.where(interpolated, days[later] - date, 1)
        step = (values[later] - value) / span
        value = np.where(interpolated, value + step * (calendar - date), value)
        date = np.where(interpolated, calendar, date)
    return _Leg(arrays, ok, idx, idx2, value, date)


def _leg_decimal(leg: _Leg, at: int, day: int) -> Decimal:
    """The exact value of ``leg`` on calendar position ``at``, as RateBook computes it."""
    series = leg.arrays.series
    first = int(leg.idx[at])
    before = series.value(first)
    second = int(leg.idx2[at])
    if second < 0:
        return before
    after = series.value(second)
    span = series.days[second] - series.days[first]
    step = CONTEXT.divide(CONTEXT.subtract(after, before), Decimal(span))
    return CONTEXT.add(before, CONTEXT.multiply(step, Decimal(day - series.days[first])))


# -- day tables ----------------------------------------------------------------------


class _Table:
    """Rates of one currency into the target for every day of a calendar."""

    def __init__(
        self,
        book: RateBook,
        plans: Sequence[_Plan],
        steps: Sequence[tuple[_Step, ...]],
        legs: dict[tuple[str, str], _Leg],
        calendar: IntArray,
        market: str = DEFAULT_MARKET,
        side: str | None = None,
    ) -> None:
        self.book = book
        self.market = market
        self.side = side
        self.steps = tuple(steps)
        self.legs = legs
        self.calendar = calendar
        self.first = int(calendar[0])
        self.size = len(calendar)
        self.labels = ["+".join(sources) for sources, _ in plans]
        plan = np.full(self.size, -1, dtype=np.int64)
        rate = np.full(self.size, np.nan)
        date = np.zeros(self.size, dtype=np.int64)
        for number, plan_steps in enumerate(self.steps):
            ok, value, used = self._evaluate(plan_steps)
            chosen = (plan < 0) & ok
            plan[chosen] = number
            rate[chosen] = value[chosen]
            date[chosen] = used[chosen]
        self.plan = plan
        self.ok = plan >= 0
        self.rate = rate
        self.date = date
        self._groups: IntArray | None = None
        self._representatives: IntArray | None = None
        self._exact: dict[int, Decimal] = {}

    def _within(self, step: _Step) -> tuple[BoolArray, FloatArray, IntArray]:
        """``_within`` of RateBook on every day: published, inverse or cross in one source."""
        source, base, quote = step
        home = self.book.sources[source].base
        if base == home:
            leg = self.legs[(source, quote)]
            return leg.ok, leg.value, leg.date
        base_leg = self.legs[(source, base)]
        if quote == home:
            return base_leg.ok, 1.0 / base_leg.value, base_leg.date
        quote_leg = self.legs[(source, quote)]
        return (
            base_leg.ok & quote_leg.ok,
            quote_leg.value / base_leg.value,
            np.minimum(base_leg.date, quote_leg.date),
        )

    def _evaluate(self, steps: tuple[_Step, ...]) -> tuple[BoolArray, FloatArray, IntArray]:
        with np.errstate(divide="ignore", invalid="ignore"):
            ok, value, date = self._within(steps[0])
            for step in steps[1:]:  # through a pivot: RateBook's _compose
                more_ok, more_value, more_date = self._within(step)
                ok, value, date = ok & more_ok, value * more_value, np.minimum(date, more_date)
        return ok, value, date

    def _slots(self, step: _Step) -> list[tuple[str, str]]:
        source, base, quote = step
        home = self.book.sources[source].base
        return [(source, code) for code in (base, quote) if code != home]

    # -- exact values ------------------------------------------------------------------

    def groups(self) -> IntArray:
        """For each day, a number shared with the neighbouring days answered alike."""
        if self._groups is None:
            slots = list(self.legs)
            columns = [self.plan]
            interpolated = np.zeros(self.size, dtype=bool)
            for slot in slots:
                users = [
                    number
                    for number, steps in enumerate(self.steps)
                    if any(slot in self._slots(step) for step in steps)
                ]
                used = np.isin(self.plan, users)
                leg = self.legs[slot]
                columns.append(np.where(used, leg.idx, -2))
                columns.append(np.where(used, leg.idx2, -2))
                interpolated |= used & (leg.idx2 >= 0)
            columns.append(np.where(interpolated, self.calendar, -1))
            keys = np.stack(columns, axis=1)
            # Runs of consecutive days with the same publications share a group (a
            # weekend, a gap); equal keys further apart get their own, equal, values.
            change = np.ones(self.size, dtype=bool)
            change[1:] = (keys[1:] != keys[:-1]).any(axis=1)
            self._groups = np.cumsum(change) - 1
            self._representatives = np.flatnonzero(change).astype(np.int64)
        return self._groups

    def exact(self, group: int) -> Decimal:
        """The Decimal rate of a group, computed as RateBook computes it (and kept)."""
        found = self._exact.get(group)
        if found is None:
            self.groups()
            assert self._representatives is not None
            at = int(self._representatives[group])
            day = int(self.calendar[at])
            steps = self.steps[int(self.plan[at])]
            found = self._exact_within(steps[0], at, day)
            for step in steps[1:]:
                found = CONTEXT.multiply(found, self._exact_within(step, at, day))
            self._exact[group] = found
        return found

    def _exact_within(self, step: _Step, at: int, day: int) -> Decimal:
        source, base, quote = step
        home = self.book.sources[source].base
        if base == home:
            return _leg_decimal(self.legs[(source, quote)], at, day)
        base_value = _leg_decimal(self.legs[(source, base)], at, day)
        if quote == home:
            return CONTEXT.divide(Decimal(1), base_value)
        return CONTEXT.divide(_leg_decimal(self.legs[(source, quote)], at, day), base_value)


class _BookCache:
    """Arrays and day tables built from one RateBook."""

    def __init__(self) -> None:
        self.arrays: dict[tuple[str, str, str, str | None], _Arrays] = {}
        self.tables: dict[
            tuple[str, str, str, int, str | None, str, str | None], _Table | None
        ] = {}


_CACHES: weakref.WeakKeyDictionary[RateBook, _BookCache] = weakref.WeakKeyDictionary()


def _arrays(
    book: RateBook,
    cache: _BookCache,
    source: str,
    currency: str,
    market: str = DEFAULT_MARKET,
    side: str | None = None,
) -> _Arrays:
    series = book.leg_series(source, currency, market, side)
    if series is None:  # covers() said it is quoted: a store changed, or a side is missing
        raise _NoSeries(source, currency)
    key = (source, currency, market, side)
    found = cache.arrays.get(key)
    if found is None or found.series is not series:
        days = np.asarray(series.days, dtype=np.int64)
        values = np.fromiter((float(v) for v in series.values), np.float64, len(series.values))
        fixed = book.sources[source].kind == "fixed"
        found = cache.arrays[key] = _Arrays(series, days, values, fixed)
    return found


class _NoSeries(Exception):
    """A plan's leg has no series for the side asked for (RateBook says why, per row)."""


def _fresh(book: RateBook, table: _Table) -> bool:
    """Whether the book still serves the series the table was built from."""
    return all(
        book.leg_series(source, currency, table.market, table.side) is leg.arrays.series
        for (source, currency), leg in table.legs.items()
    )


def _table(
    book: RateBook,
    code: str,
    to: str,
    policy: str,
    max_age: int,
    only: str | None,
    market: str = DEFAULT_MARKET,
    side: str | None = None,
) -> _Table | None:
    """The day table of ``code`` into ``to`` (None when no plan covers the pair).

    ``market`` and ``side`` are RateBook's ``rate`` and ``side``: the pair's
    currencies quoted in that market use it, the others their official rate.
    """
    cache = _CACHES.get(book)
    if cache is None:
        cache = _CACHES[book] = _BookCache()
    key = (code, to, policy, max_age, only, market, side)
    if key in cache.tables:
        table = cache.tables[key]
        if (table is None and not book._plans_for(code, to, only, market)) or (
            table is not None and _fresh(book, table)
        ):
            return table
    plans = book._plans_for(code, to, only, market)
    if market != DEFAULT_MARKET and market not in (
        book.market_of(code, market),
        book.market_of(to, market),
    ):
        plans = []  # neither currency is quoted in that market: RateBook refuses the pair
    if not plans:
        cache.tables[key] = None
        return None
    steps: list[tuple[_Step, ...]] = []
    for sources, pivot in plans:
        if pivot is None:
            steps.append(((sources[0], code, to),))
        else:
            steps.append(((sources[0], code, pivot), (sources[1], pivot, to)))
    needed: dict[tuple[str, str], _Arrays] = {}
    usable: list[int] = []
    for number, plan_steps in enumerate(steps):
        found: dict[tuple[str, str], _Arrays] = {}
        try:
            for source, base, quote in plan_steps:
                home = book.sources[source].base
                for currency in (base, quote):
                    if currency != home and (source, currency) not in needed:
                        found[(source, currency)] = _arrays(
                            book, cache, source, currency, market, side
                        )
        except _NoSeries:
            continue  # RateBook's plan fails on every day: the side is not published
        needed.update(found)
        usable.append(number)
    if not usable:
        cache.tables[key] = None
        return None
    plans = [plans[number] for number in usable]
    steps = [steps[number] for number in usable]
    start = min(int(a.days[0]) for a in needed.values()) - max_age - 1
    stop = max(a.end if a.fixed else int(a.days[-1]) for a in needed.values()) + max_age + 1
    calendar = np.arange(start, stop + 1, dtype=np.int64)
    legs = {slot: _resolve(a, calendar, policy, max_age) for slot, a in needed.items()}
    table = cache.tables[key] = _Table(book, plans, steps, legs, calendar, market, side)
    return table


# -- column lookups ------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Rates:
    """The rate for each row of a column pair, as :func:`lookup` answers it.

    ``rate`` is float64 (NaN where there is no rate) or, for
    ``dtype="decimal"``, an object array of :class:`~decimal.Decimal` (None
    where there is none). ``ok`` is True where a rate was found. With
    ``with_provenance=True``: ``date`` is the publication used
    (``datetime64[D]``, NaT where none; for a rate derived from several
    publications the oldest, as :attr:`fxnorm.Quote.date`), ``source`` the
    source id as in :attr:`fxnorm.Quote.source` (``ecb``, ``bcra``,
    ``ecb+bcra`` through a pivot, ``identity``), and ``error`` the message
    :meth:`RateBook.quote` raises for that row (None where a rate was found or
    an input was missing); otherwise these three are None.
    """

    rate: npt.NDArray[Any]
    ok: BoolArray
    date: npt.NDArray[np.datetime64] | None = None
    source: ObjectArray | None = None
    error: ObjectArray | None = None


def _is_missing(value: object) -> bool:
    """None, NaN, NaT and pandas' NA: a value that is not there."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, np.datetime64):
        return bool(np.isnat(value))
    return type(value).__name__ in ("NAType", "NaTType")


def factorize(values: Any, size: int | None = None) -> tuple[IntArray, list[object]]:
    """Codes (-1 for a missing value) and the distinct values, in order of appearance.

    A scalar is repeated ``size`` times. pandas does the work when it is
    installed (hash-based, fast on strings and categoricals); otherwise a dict.
    """
    if isinstance(values, str) or _is_missing(values):
        if size is None:
            raise InvalidInputError("a single currency needs the number of rows")
        missing = _is_missing(values)
        return np.full(size, -1 if missing else 0, dtype=np.int64), [] if missing else [values]
    pd = _pandas()
    if pd is not None:
        if not isinstance(values, (pd.Series, pd.Index, pd.Categorical, np.ndarray)):
            values = np.asarray(list(values), dtype=object)
        elif isinstance(values, np.ndarray) and values.dtype.kind not in "OUS":
            values = values.astype(object)
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        return np.asarray(codes, dtype=np.int64), list(uniques)
    seen: dict[object, int] = {}
    codes_list = [-1 if _is_missing(v) else seen.setdefault(v, len(seen)) for v in values]
    return np.asarray(codes_list, dtype=np.int64), list(seen)


def _pandas() -> Any:
    """pandas if it is installed, else None (imported on first use only)."""
    found = sys.modules.get("pandas")
    if found is not None:
        return found
    try:
        import pandas
    except ImportError:
        return None
    return pandas


def ordinals(on: Any, size: int | None = None) -> tuple[IntArray, Callable[[int], object]]:
    """Day ordinals for a date column (or one date for every row).

    Returns the ordinals (``_MISSING`` for NaT/None, ``_INVALID`` for a value
    :func:`fxnorm._dates.to_date` cannot read) and a function giving the
    original value of a row, to name it in an error.
    """
    if not _is_column(on):
        if size is None:
            raise InvalidInputError("a single date needs the number of rows")
        single = _scalar_ordinal(on)
        return np.full(size, single, dtype=np.int64), lambda row: on
    pd = _pandas()
    if pd is not None and isinstance(on, (pd.Series, pd.Index)):
        if isinstance(on.dtype, pd.DatetimeTZDtype):
            on = on.tz_localize(None) if isinstance(on, pd.Index) else on.dt.tz_localize(None)
        if on.dtype.kind == "M":
            return _from_datetime64(on.to_numpy()), _raw(on)
        array = on.to_numpy(dtype=object)
    else:
        array = np.asarray(on)
        if array.size == 0:
            return np.zeros(0, dtype=np.int64), _raw(array)
        if array.dtype.kind == "M":
            return _from_datetime64(array), _raw(array)
        if array.dtype.kind not in "OUS":
            raise InvalidInputError(
                f"dates must be dates, datetimes or strings, not {array.dtype} values"
            )
        array = array.astype(object)
    codes, uniques = factorize(array)
    known = np.array([_scalar_ordinal(value) for value in uniques] + [_MISSING], dtype=np.int64)
    return known[codes], _raw(array)


def _size(*columns: Any) -> int:
    """The number of rows: the length of the first column among ``columns``."""
    for column in columns:
        if _is_column(column):
            return len(column)
    raise InvalidInputError("currencies or dates must be a column (a Series, an array, a list)")


def _raw(values: Any) -> Callable[[int], object]:
    return lambda row: values[row] if not hasattr(values, "iloc") else values.iloc[row]


def _is_column(value: object) -> bool:
    if isinstance(value, (str, bytes, _dt.date, np.datetime64)) or value is None:
        return False
    return hasattr(value, "__len__") or hasattr(value, "__iter__")


def _from_datetime64(array: npt.NDArray[Any]) -> IntArray:
    days = array.astype("datetime64[D]")
    result = days.astype(np.int64) + EPOCH_ORDINAL
    return np.where(np.isnat(days), _MISSING, result).astype(np.int64)


def _scalar_ordinal(value: object) -> int:
    if _is_missing(value):
        return int(_MISSING)
    if isinstance(value, np.datetime64):
        return int(_from_datetime64(np.asarray([value]))[0])
    try:
        return to_date(value).toordinal()
    except InvalidDateError:
        return int(_INVALID)


def _date_error(value: object) -> InvalidDateError:
    try:
        to_date(value)
    except InvalidDateError as error:
        return error
    return InvalidDateError(f"{value!r} is not a date")  # pragma: no cover - defensive


def check_options(errors: str, dtype: str) -> None:
    if errors not in ERRORS:
        raise InvalidInputError(f"errors must be one of {', '.join(ERRORS)}, not {errors!r}")
    if dtype not in DTYPES:
        raise InvalidInputError(f"dtype must be one of {', '.join(DTYPES)}, not {dtype!r}")


def lookup(
    currencies: Any,
    to: str,
    on: Any,
    *,
    book: RateBook | None = None,
    policy: str | None = None,
    max_age: int | None = None,
    source: str | None = None,
    errors: str = "raise",
    dtype: str = "float64",
    with_provenance: bool = False,
    rate: str | None = None,
    side: str | None = None,
) -> Rates:
    """The rate of each row's currency into ``to`` on each row's date, in bulk.

    ``currencies`` and ``on`` are columns of equal length (pandas Series or
    Index, numpy arrays, lists) or one of them a single value for every row;
    dates may be ``datetime64`` values, ``date``/``datetime`` objects or
    strings (read as :meth:`RateBook.quote` reads them). ``policy``,
    ``max_age``, ``source``, ``rate`` (the market, ``official`` by default)
    and ``side`` mean what they mean for :meth:`RateBook.quote` (default:
    the book's). Every row's answer equals ``book.quote(currency, to, date, ...)``.

    A row whose currency or date is missing (None, NaN, NaT) gets no rate and
    no error. A row without a rate raises the error :meth:`RateBook.quote`
    raises for it, prefixed with the row's position (``errors="raise"``), or
    gets NaN/None and, with provenance, the error's message
    (``errors="null"``).
    """
    size = _size(currencies, on)
    codes, uniques = factorize(currencies, size)
    days, raw_date = ordinals(on, size)
    if len(codes) != size or len(days) != size:
        raise InvalidInputError(
            f"{len(codes)} currencies but {len(days)} dates: the columns must have equal lengths"
        )
    return lookup_codes(
        codes,
        uniques,
        days,
        to,
        raw_date=raw_date,
        book=book,
        policy=policy,
        max_age=max_age,
        source=source,
        errors=errors,
        dtype=dtype,
        with_provenance=with_provenance,
        rate=rate,
        side=side,
    )


def lookup_codes(
    codes: IntArray,
    uniques: Sequence[object],
    days: IntArray,
    to: str,
    *,
    raw_date: Callable[[int], object] | None = None,
    book: RateBook | None = None,
    policy: str | None = None,
    max_age: int | None = None,
    source: str | None = None,
    errors: str = "raise",
    dtype: str = "float64",
    with_provenance: bool = False,
    rate: str | None = None,
    side: str | None = None,
) -> Rates:
    """:func:`lookup` on factorized currencies (``uniques[codes]``) and day ordinals."""
    check_options(errors, dtype)
    book = book or default_book()
    chosen_policy = book.policy if policy is None else _check_policy(policy)
    age = book.max_age if max_age is None else _check_max_age(max_age)
    market = DEFAULT_MARKET if rate is None else check_market(rate)
    wanted_side = check_side(side)
    if source is not None and source not in book.sources:
        raise InvalidInputError(f"unknown source {source!r}; available: {', '.join(book.sources)}")
    target = _normalise(to)
    if target is None:
        raise InvalidInputError(f"a currency code must be a string, not {type(to).__name__}")
    size = len(codes)

    # Each distinct currency value: its kind and its day table.
    count = len(uniques)
    kinds = np.full(count + 1, _NONE, dtype=np.int64)  # the extra entry: missing (-1)
    starts = np.zeros(count + 1, dtype=np.int64)
    sizes = np.zeros(count + 1, dtype=np.int64)
    offsets = np.zeros(count + 1, dtype=np.int64)
    group_offsets = np.zeros(count + 1, dtype=np.int64)
    normalised: list[str | None] = [_normalise(value) for value in uniques]
    tables: list[_Table] = []
    table_of: dict[int, _Table] = {}
    total = 0
    total_groups = 0
    for number, code in enumerate(normalised):
        if code is None:
            continue
        if code == target:
            kinds[number] = _IDENTITY
            continue
        table = _table(book, code, target, chosen_policy, age, source, market, wanted_side)
        if table is None:
            continue
        kinds[number] = _TABLE
        starts[number], sizes[number], offsets[number] = table.first, table.size, total
        total += table.size
        tables.append(table)
        table_of[number] = table
        if dtype == "decimal":
            group_offsets[number] = total_groups
            total_groups += int(table.groups().max()) + 1

    codes = np.where(codes < 0, count, codes)
    valid_day = (days != _MISSING) & (days != _INVALID)
    missing = (codes == count) | (days == _MISSING)
    relative = days - starts[codes]
    in_range = valid_day & (relative >= 0) & (relative < sizes[codes]) & (kinds[codes] == _TABLE)
    flat = np.where(in_range, offsets[codes] + relative, 0)

    ok_all = np.concatenate([t.ok for t in tables]) if tables else np.zeros(1, dtype=bool)
    identity = (kinds[codes] == _IDENTITY) & valid_day
    from_table = in_range & ok_all[flat]
    ok = from_table | identity
    failed = ~ok & ~missing

    first_failure = int(np.argmax(failed)) if size and failed.any() else -1
    if errors == "raise" and first_failure >= 0:
        raise _row_error(
            book,
            first_failure,
            codes,
            uniques,
            normalised,
            days,
            raw_date,
            target,
            chosen_policy,
            age,
            source,
            market=market,
            side=wanted_side,
        )

    if dtype == "float64":
        rate_all = np.concatenate([t.rate for t in tables]) if tables else np.zeros(1)
        values: npt.NDArray[Any] = np.where(from_table, rate_all[flat], np.nan)
        values[identity] = 1.0
    else:
        values = _exact_rates(
            tables, table_of, group_offsets, total_groups, codes, flat, from_table
        )
        values[identity] = Decimal(1)

    if not with_provenance:
        return Rates(values, ok)

    date_all = np.concatenate([t.date for t in tables]) if tables else np.zeros(1, np.int64)
    used = np.where(from_table, date_all[flat], np.where(identity, days, 0))
    date = (used - EPOCH_ORDINAL).astype("datetime64[D]")
    date[~ok] = np.datetime64("NaT")

    plan_all = np.concatenate([t.plan for t in tables]) if tables else np.zeros(1, np.int64)
    labels: list[str] = []
    label_offsets = np.zeros(count + 1, dtype=np.int64)
    for number, table in table_of.items():
        label_offsets[number] = len(labels)
        labels.extend(table.labels)
    label_array = np.array([*labels, "identity", None], dtype=object)
    which = np.where(from_table, label_offsets[codes] + plan_all[flat], len(labels) + 1)
    which[identity] = len(labels)
    source_column = label_array[which]

    error = np.full(size, None, dtype=object)
    if first_failure >= 0:
        rows = np.flatnonzero(failed)
        pairs = np.stack([codes[rows], days[rows]], axis=1)
        _, first, inverse = np.unique(pairs, axis=0, return_index=True, return_inverse=True)
        messages = np.array(
            [
                str(
                    _row_error(
                        book,
                        int(rows[at]),
                        codes,
                        uniques,
                        normalised,
                        days,
                        raw_date,
                        target,
                        chosen_policy,
                        age,
                        source,
                        position=False,
                        market=market,
                        side=wanted_side,
                    )
                )
                for at in first
            ],
            dtype=object,
        )
        error[rows] = messages[inverse.reshape(-1)]
    return Rates(values, ok, date, source_column, error)


def _exact_rates(
    tables: list[_Table],
    table_of: dict[int, _Table],
    group_offsets: IntArray,
    total_groups: int,
    codes: IntArray,
    flat: IntArray,
    from_table: BoolArray,
) -> ObjectArray:
    """Decimal rates per row: each distinct publication set computed once, then gathered."""
    size = len(codes)
    result = np.full(size, None, dtype=object)
    if not tables:
        return result
    group_all = np.concatenate([t.groups() for t in tables])
    owner = np.zeros(total_groups + 1, dtype=np.int64)
    for number in table_of:
        owner[group_offsets[number] :] = number  # offsets grow with the numbers
    global_group = group_offsets[codes] + group_all[flat]
    values = np.full(total_groups + 1, None, dtype=object)
    for group in np.unique(global_group[from_table]).tolist():
        number = int(owner[group])
        values[group] = table_of[number].exact(group - int(group_offsets[number]))
    result[from_table] = values[global_group[from_table]]
    return result


def _normalise(value: object) -> str | None:
    """A currency code as RateBook reads it (stripped, upper case); None if not a string."""
    return value.strip().upper() if isinstance(value, str) else None


def _row_error(
    book: RateBook,
    row: int,
    codes: IntArray,
    uniques: Sequence[object],
    normalised: Sequence[str | None],
    days: IntArray,
    raw_date: Callable[[int], object] | None,
    to: str,
    policy: str,
    max_age: int,
    only: str | None,
    *,
    position: bool = True,
    market: str = DEFAULT_MARKET,
    side: str | None = None,
) -> FxnormError:
    """The error :meth:`RateBook.quote` raises for ``row`` (it is asked, so they agree)."""
    code = int(codes[row])
    currency = uniques[code]
    day = int(days[row])
    error: FxnormError
    if normalised[code] is None:
        error = InvalidInputError(
            f"a currency code must be a string, not {type(currency).__name__}"
        )
    elif day == _INVALID or not 1 <= day <= _MAX_ORDINAL:
        error = _date_error(raw_date(row) if raw_date is not None else day)
    else:
        # Bulk lookups answer from what the book holds: never a fetch per row.
        options: dict[str, Any] = {"online": False} if hasattr(book, "online") else {}
        if market != DEFAULT_MARKET or side is not None:
            options.update(rate=market, side=side)
        try:
            book.quote(
                str(currency),
                to,
                _dt.date.fromordinal(day),
                policy=policy,
                max_age=max_age,
                source=only,
                **options,
            )
        except FxnormError as found:
            error = found
        else:  # pragma: no cover - the vectorised path and RateBook disagree: a bug
            raise AssertionError(
                f"fxnorm.frame found no rate for {currency}/{to} on "
                f"{_dt.date.fromordinal(day)} but RateBook.quote did; please report it"
            )
    if position and error.args:
        error.args = (f"row {row}: {error.args[0]}", *error.args[1:])
    return error
