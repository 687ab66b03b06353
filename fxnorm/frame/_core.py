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
from ..rates.book import RateBook, default_book
from ..rates.model import DEFAULT_MARKET
from ..rates.plan import Leg, Plan
from ..rates.series import Located

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
MISSING = np.int64(np.iinfo(np.int64).min)
_INVALID = np.int64(np.iinfo(np.int64).min + 1)
_MAX_ORDINAL = _dt.date.max.toordinal()

# Kinds of a distinct currency value in a lookup.
_TABLE, _IDENTITY, _NONE = 0, 1, 2

# A query's options, as a Plan carries them: (base, quote, policy, max_age, source,
# market, side).
_Key = tuple[str, str, str, int, str | None, str, str | None]


# -- day tables ----------------------------------------------------------------------


class _Table:
    """Rates of one currency into the target for every day of a calendar.

    ``plan`` is the book's :class:`~fxnorm.rates.plan.Plan` of the query; each
    leg of its routes is looked up on every day with
    :meth:`Series.locate_all <fxnorm.rates.Series.locate_all>`, and on each
    day the first route whose legs all answer gives the rate
    (:meth:`Route.rate <fxnorm.rates.plan.Route.rate>` on float arrays) and
    the date (the oldest publication used), as :meth:`RateBook.quote` does
    one day at a time.
    """

    def __init__(self, plan: Plan, calendar: IntArray) -> None:
        self.plan = plan
        self.routes = [r for r in plan.routes if all(leg.series is not None for leg in r.legs)]
        self.calendar = calendar
        self.first = int(calendar[0])
        self.size = len(calendar)
        self.labels = [route.label for route in self.routes]
        today = _dt.date.today().toordinal()
        self.located: dict[Leg, Located] = {}
        for route in self.routes:
            for leg in route.legs:
                if leg not in self.located:
                    series = leg.series
                    assert series is not None
                    self.located[leg] = series.locate_all(
                        calendar, plan.policy, plan.max_age, fixed=leg.fixed, today=today
                    )
        chosen = np.full(self.size, -1, dtype=np.int64)
        rate = np.full(self.size, np.nan)
        date = np.zeros(self.size, dtype=np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            for number, route in enumerate(self.routes):
                found = [self.located[leg] for leg in route.legs]
                ok = np.logical_and.reduce([leg.ok for leg in found])
                value = route.rate(
                    lambda leg: self.located[leg].value,
                    divide=np.divide,
                    multiply=np.multiply,
                    one=np.float64(1.0),
                )
                used = np.minimum.reduce([leg.date for leg in found])
                take = (chosen < 0) & ok
                chosen[take] = number
                rate[take] = value[take]
                date[take] = used[take]
        self.chosen = chosen
        self.ok = chosen >= 0
        self.rate = rate
        self.date = date
        self._groups: IntArray | None = None
        self._representatives: IntArray | None = None
        self._exact: ObjectArray | None = None

    # -- exact values ------------------------------------------------------------------

    def groups(self) -> IntArray:
        """For each day, a number shared with the neighbouring days answered alike."""
        if self._groups is None:
            columns = [self.chosen]
            interpolated = np.zeros(self.size, dtype=bool)
            for leg, found in self.located.items():
                users = [n for n, route in enumerate(self.routes) if leg in route.legs]
                used = np.isin(self.chosen, users)
                columns.append(np.where(used, found.first, -2))
                columns.append(np.where(used, found.second, -2))
                interpolated |= used & (found.second >= 0)
            columns.append(np.where(interpolated, self.calendar, -1))
            keys = np.stack(columns, axis=1)
            # Runs of consecutive days with the same publications share a group (a
            # weekend, a gap); equal keys further apart get their own, equal, values.
            change = np.ones(self.size, dtype=bool)
            change[1:] = (keys[1:] != keys[:-1]).any(axis=1)
            self._groups = np.cumsum(change) - 1
            self._representatives = np.flatnonzero(change).astype(np.int64)
        return self._groups

    @property
    def group_count(self) -> int:
        """How many groups :meth:`groups` numbers."""
        return int(self.groups()[-1]) + 1

    def exact(self, groups: IntArray) -> ObjectArray:
        """The Decimal rate of every group, computed as RateBook computes it: those
        of ``groups`` now (each once), the others None until asked for."""
        found = self._exact
        if found is None:
            found = self._exact = np.full(self.group_count, None, dtype=object)
        for group in groups.tolist():
            if found[group] is None:
                found[group] = self._exact_one(group)
        return found

    def _exact_one(self, group: int) -> Decimal:
        assert self._representatives is not None
        at = int(self._representatives[group])
        day = int(self.calendar[at])
        route = self.routes[int(self.chosen[at])]

        def value(leg: Leg) -> Decimal:
            located = self.located[leg]
            first, second = int(located.first[at]), int(located.second[at])
            series = leg.series
            assert series is not None
            return series.exact(first if second < 0 else (first, second), day)

        return route.rate(value, divide=CONTEXT.divide, multiply=CONTEXT.multiply, one=Decimal(1))


#: The day tables built from each RateBook, by plan: a table is built again when
#: the book makes another plan for the query (after :meth:`RateBook.forget`).
_CACHES: weakref.WeakKeyDictionary[RateBook, dict[_Key, tuple[Plan, _Table | None]]] = (
    weakref.WeakKeyDictionary()
)


def _table(book: RateBook, plan: Plan) -> _Table | None:
    """The day table of ``plan`` (None when no route can answer on any day)."""
    tables = _CACHES.get(book)
    if tables is None:
        tables = _CACHES[book] = {}
    key = (plan.base, plan.quote, plan.policy, plan.max_age, plan.source, plan.market, plan.side)
    kept = tables.get(key)
    if kept is not None and kept[0] is plan:
        return kept[1]
    usable = [r for r in plan.routes if all(leg.series is not None for leg in r.legs)]
    spans = [span for route in usable for leg in route.legs if (span := leg.span()) is not None]
    table = None
    if spans:
        start = min(first for first, _ in spans) - plan.max_age - 1
        stop = max(last for _, last in spans) + plan.max_age + 1
        table = _Table(plan, np.arange(start, stop + 1, dtype=np.int64))
    tables[key] = (plan, table)
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
    #: With ``dtype="decimal"``: each row's index into :attr:`distinct` (-1
    #: where there is no rate), and the distinct Decimal rates (rows on the days
    #: answered by the same publications share one). None for float64.
    codes: IntArray | None = None
    distinct: ObjectArray | None = None


def is_missing(value: object) -> bool:
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
    if isinstance(values, str) or is_missing(values):
        if size is None:
            raise InvalidInputError("a single currency needs the number of rows")
        missing = is_missing(values)
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
    codes_list = [-1 if is_missing(v) else seen.setdefault(v, len(seen)) for v in values]
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

    Returns the ordinals (``MISSING`` for NaT/None, ``_INVALID`` for a value
    :func:`fxnorm._dates.to_date` cannot read) and a function giving the
    original value of a row, to name it in an error.
    """
    if not is_column(on):
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
    known = np.array([_scalar_ordinal(value) for value in uniques] + [MISSING], dtype=np.int64)
    return known[codes], _raw(array)


def common_size(*columns: Any) -> int:
    """The number of rows: the length of the first column among ``columns``."""
    for column in columns:
        if is_column(column):
            return len(column)
    raise InvalidInputError("currencies or dates must be a column (a Series, an array, a list)")


def _raw(values: Any) -> Callable[[int], object]:
    return lambda row: values[row] if not hasattr(values, "iloc") else values.iloc[row]


def is_column(value: object) -> bool:
    if isinstance(value, (str, bytes, _dt.date, np.datetime64)) or value is None:
        return False
    return hasattr(value, "__len__") or hasattr(value, "__iter__")


def _from_datetime64(array: npt.NDArray[Any]) -> IntArray:
    days = array.astype("datetime64[D]")
    result = days.astype(np.int64) + EPOCH_ORDINAL
    return np.where(np.isnat(days), MISSING, result).astype(np.int64)


def _scalar_ordinal(value: object) -> int:
    if is_missing(value):
        return int(MISSING)
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
    size = common_size(currencies, on)
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
    target = _normalise(to)
    if target is None:
        raise InvalidInputError(f"a currency code must be a string, not {type(to).__name__}")

    def plan_of(code: str) -> Plan:
        return book.plan(
            code, target, policy=policy, max_age=max_age, source=source, rate=rate, side=side
        )

    # The book checks the options (an identity needs no route), and plans each currency.
    identity_plan = plan_of(target)
    chosen_policy, age = identity_plan.policy, identity_plan.max_age
    market, wanted_side = identity_plan.market, identity_plan.side
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
        table = _table(book, plan_of(code))
        if table is None:
            continue
        kinds[number] = _TABLE
        starts[number], sizes[number], offsets[number] = table.first, table.size, total
        total += table.size
        tables.append(table)
        table_of[number] = table
        if dtype == "decimal":
            group_offsets[number] = total_groups
            total_groups += table.group_count

    codes = np.where(codes < 0, count, codes)
    valid_day = (days != MISSING) & (days != _INVALID)
    missing = (codes == count) | (days == MISSING)
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

    rate_codes: IntArray | None = None
    distinct: ObjectArray | None = None
    if dtype == "float64":
        rate_all = np.concatenate([t.rate for t in tables]) if tables else np.zeros(1)
        values: npt.NDArray[Any] = np.where(from_table, rate_all[flat], np.nan)
        values[identity] = 1.0
    else:
        rate_codes, distinct = _exact_rates(
            tables, table_of, group_offsets, total_groups, codes, flat, from_table
        )
        rate_codes[identity] = len(distinct) - 1  # the last distinct rate: Decimal(1)
        # One take from the distinct rates and a None after them (each row's
        # Decimal is then touched once, not three times as by a masked assignment).
        with_none = np.full(len(distinct) + 1, None, dtype=object)
        with_none[:-1] = distinct
        values = with_none[np.where(ok, rate_codes, len(distinct))]

    if not with_provenance:
        return Rates(values, ok, codes=rate_codes, distinct=distinct)

    date_all = np.concatenate([t.date for t in tables]) if tables else np.zeros(1, np.int64)
    used = np.where(from_table, date_all[flat], np.where(identity, days, 0))
    date = (used - EPOCH_ORDINAL).astype("datetime64[D]")
    date[~ok] = np.datetime64("NaT")

    plan_all = np.concatenate([t.chosen for t in tables]) if tables else np.zeros(1, np.int64)
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
    return Rates(values, ok, date, source_column, error, rate_codes, distinct)


def _exact_rates(
    tables: list[_Table],
    table_of: dict[int, _Table],
    group_offsets: IntArray,
    total_groups: int,
    codes: IntArray,
    flat: IntArray,
    from_table: BoolArray,
) -> tuple[IntArray, ObjectArray]:
    """Decimal rates by row, factorized: each row's index into the distinct rates
    (-1 where none), and the distinct rates, the last of them ``Decimal(1)`` for
    identities. Each distinct publication set is computed once."""
    size = len(codes)
    result = np.full(size, -1, dtype=np.int64)
    values = np.full(total_groups + 1, None, dtype=object)
    values[total_groups] = Decimal(1)
    if not tables:
        return result, values
    group_all = np.concatenate([t.groups() for t in tables])
    global_group = group_offsets[codes] + group_all[flat]
    used = np.zeros(total_groups + 1, dtype=bool)
    used[global_group[from_table]] = True
    for number, table in table_of.items():
        start = int(group_offsets[number])
        exact = table.exact(np.flatnonzero(used[start : start + table.group_count]))
        values[start : start + len(exact)] = exact
    result[from_table] = global_group[from_table]
    return result, values


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
