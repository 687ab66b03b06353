"""How a query is answered: the plan :meth:`RateBook.plan <fxnorm.rates.RateBook.plan>` makes.

A query (a pair, a policy, a staleness limit, a market, a side, perhaps one
source) has a :class:`Plan`: its candidate :class:`Route`\\ s in the order
they are tried. A route is one source answering directly, by inverse or
through its base, or two sources joined through a pivot currency; each
:class:`Step` of a route is the rate of one currency per another within one
source, read from at most two published series, its :class:`Leg`\\ s.

The plan is made once per query's options and kept by the book. Both
:meth:`RateBook.quote <fxnorm.rates.RateBook.quote>` (one day: :meth:`Plan.answer`)
and :mod:`fxnorm.frame` (a whole column of days: :meth:`Series.locate_all
<fxnorm.rates.Series.locate_all>` on each leg, then :meth:`Route.rate`)
execute the same plans, so they choose the same route on every day and
compute the same value: the formula of a route is :meth:`Route.rate`, written
once for any number type.
"""

from __future__ import annotations

import datetime as _dt
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from .._decimal import CONTEXT
from ..errors import RateError, RateNotFoundError
from .model import DEFAULT_MARKET, Later, Quote, SourceInfo, new_quote
from .series import Picked, Series, in_force, pick

__all__ = ["Kept", "Leg", "Plan", "Route", "Step", "compose", "market_side"]

T = TypeVar("T")

_divide = CONTEXT.divide
_multiply = CONTEXT.multiply
_ONE = Decimal(1)
_fromordinal = _dt.date.fromordinal


class Leg:
    """One published series a route reads: ``currency`` per one unit of ``source``'s base.

    ``market`` is the market the currency is looked up in for the query;
    :attr:`series` the series read (its ``side``: ``mid``, ``buy`` or
    ``sell``), loaded from the book's stores the first time it is needed, or
    None when the source publishes none for the side asked for
    (``published_sides`` are the sides it does publish). A rate fixed by law
    (``source.kind == "fixed"``) answers every day it is in force, whatever
    the policy.
    """

    __slots__ = (
        "_load",
        "_loaded",
        "_series",
        "currency",
        "fixed",
        "market",
        "max_age",
        "policy",
        "published_sides",
        "source",
        "wanted_side",
    )

    def __init__(
        self,
        source: SourceInfo,
        currency: str,
        market: str,
        policy: str,
        max_age: int,
        load: Callable[[], Series | None],
        *,
        published_sides: frozenset[str] = frozenset(),
        wanted_side: str | None = None,
    ) -> None:
        self.source = source
        self.currency = currency
        self.market = market
        self.policy = policy
        self.max_age = max_age
        self.fixed = source.kind == "fixed"
        self.published_sides = published_sides
        self.wanted_side = wanted_side
        self._load = load
        self._series: Series | None = None
        self._loaded = False

    def __repr__(self) -> str:
        return f"Leg({self.source.id} {self.currency} {self.market} {self.side or 'unpublished'})"

    @property
    def series(self) -> Series | None:
        """The series read (None: none published for the side asked for)."""
        if not self._loaded:
            self._series = self._load()
            self._loaded = True
        return self._series

    @property
    def side(self) -> str | None:
        """The side of the series read (None: none is published for the side asked for)."""
        series = self.series
        return series.side if series is not None else None

    def span(self, today: int | None = None) -> tuple[int, int] | None:
        """The first and last day ordinals a publication of this leg is dated
        (for a rate fixed by law, the last day it is in force: its end, or
        ``today``); None when it has no series."""
        series = self.series
        if series is None:
            return None
        if not self.fixed:
            return series.days[0], series.days[-1]
        end = _dt.date.today().toordinal() if today is None else today
        if series.until is not None:
            end = min(end, series.until)
        return series.days[0], end

    def find(self, ordinal: int) -> Picked | None:
        """The publication(s) that answer day ``ordinal``, or None (:meth:`error` says why)."""
        series = self._series if self._loaded else self.series
        if series is None:
            return None
        if self.fixed:
            return series.in_force(ordinal, _dt.date.today().toordinal())
        return series.locate(ordinal, self.policy, self.max_age)

    def error(self, day: _dt.date) -> RateError:
        """Why no publication of this leg answers ``day``."""
        series = self.series
        if series is None:
            info = self.source
            if self.published_sides:
                return RateNotFoundError(
                    f"{info.id} publishes its {self.market} {self.currency} rate as "
                    f"{' and '.join(sorted(self.published_sides))} prices only, "
                    f"not {self.wanted_side}",
                    {},
                )
            return RateNotFoundError(f"{info.id} has no {self.currency} rates", {})
        try:
            if self.fixed:
                in_force(series, day, self.source.base)
            else:
                pick(series, day, self.policy, self.max_age)
        except RateError as error:
            return error
        raise AssertionError(f"{self.source.id} {self.currency} answers {day}")  # pragma: no cover

    def quote(self, picked: Picked, day: _dt.date) -> Quote:
        """The quote of the leg on ``day``: the publication, the value interpolated
        between two (dated ``day``), or the rate fixed by law in force (dated ``day``)."""
        series = self.series
        assert series is not None
        if type(picked) is int and not self.fixed:
            return self.publication(picked)
        info = self.source
        indices = (picked,) if type(picked) is int else picked
        first = indices[0]  # type: ignore[index]
        return new_quote(
            info.base,
            series.currency,
            series.exact(picked, day.toordinal()),
            day,
            day,
            info.id,
            info.publisher,
            "fixed" if self.fixed else "interpolated",
            tuple(self.publication(index) for index in indices),  # type: ignore[union-attr]
            series.origin(first),
            series.market,
            series.side,
        )

    def dated(self, picked: Picked, day: _dt.date) -> _dt.date:
        """The date of the leg's quote on ``day``: the publication's, or ``day``
        itself for an interpolated value or a rate fixed by law."""
        if type(picked) is int and not self.fixed:
            series = self._series
            assert series is not None
            return series.date(picked)
        return day

    def publication(self, index: int) -> Quote:
        """The publication at ``index`` as its publisher printed it."""
        series = self.series
        assert series is not None
        info = self.source
        published_on = series.date(index)
        return new_quote(
            info.base,
            series.currency,
            series.value(index),
            published_on,
            published_on,
            info.id,
            info.publisher,
            "published",
            (),
            series.origin(index),
            series.market,
            series.side,
        )


class Kept:
    """The cross values the steps of a book keep (one Decimal per day asked for),
    up to ``size`` over all of them; then every step's are dropped, and kept again
    as they are asked for.

    A step's table is charged ``chunk`` values at a time (:meth:`take`, when its
    length reaches a multiple of ``chunk``), so that a new value costs a length
    test rather than a count kept by value; what the tables hold never exceeds
    what they were charged (``size - left``).
    """

    __slots__ = ("chunk", "left", "size", "tables")

    def __init__(self, size: int) -> None:
        self.size = self.left = size
        #: Values a table is charged at a time (each table wastes less than one).
        self.chunk = max(1, min(_CHUNK, size))
        self.tables: list[dict[_dt.date, Decimal]] = []

    def new(self) -> dict[_dt.date, Decimal]:
        """A step's table of values by day, dropped with the others."""
        table: dict[_dt.date, Decimal] = {}
        self.tables.append(table)
        return table

    def take(self) -> None:
        """Charge a table the next ``chunk`` values; drop every step's first when
        that would go over ``size``."""
        if self.left < self.chunk:
            self.clear()
        self.left -= self.chunk

    def clear(self) -> None:
        """Drop every step's values."""
        for table in self.tables:
            table.clear()
        self.left = self.size


#: Values a step's table of cross values is charged at a time (:class:`Kept`).
_CHUNK = 256


class Step:
    """The rate of ``quote`` per one ``base`` within one source.

    ``numerator`` is the leg of ``quote`` and ``denominator`` the leg of
    ``base``; a currency that is the source's own base has none (its rate is
    one). So a step is a published value (``base`` is the source's base), an
    inverse (``quote`` is) or a cross through the source's base (neither).
    """

    __slots__ = (
        "__weakref__",
        "_asked",
        "_market_side",
        "answer",
        "base",
        "denominator",
        "kept",
        "known",
        "numerator",
        "quote",
        "source",
        "value",
    )

    def __init__(
        self,
        source: SourceInfo,
        base: str,
        quote: str,
        numerator: Leg | None,
        denominator: Leg | None,
        kept: Kept | None = None,
    ) -> None:
        if numerator is None and denominator is None:
            raise ValueError("a step needs a leg")
        #: Where the step keeps the cross values it computed (a book shares one).
        self.kept = Kept(_KEPT_SIZE) if kept is None else kept
        self.source = source
        self.base = base
        self.quote = quote
        self.numerator = numerator
        self.denominator = denominator
        self._market_side: tuple[str, str] | None = None
        self._asked = 0
        #: ``answer(ordinal, day)``: the step's quote on ``day`` (``ordinal``),
        #: or None when a leg has no rate. At first the general
        #: :meth:`answer_any`; once the step has been asked often, and it reads
        #: the ``previous`` policy from series of one store each, a function
        #: bound to the series' :meth:`Series.previous_table
        #: <fxnorm.rates.Series.previous_table>`, which gives the same answers.
        #: (Functions that hold no reference to the step, so that a plan a book
        #: forgets is freed at once, not left to the garbage collector.)
        self.answer: Callable[[int, _dt.date], Quote | None] = _through(self, Step._warm_up)
        #: ``value(day)``: once :attr:`answer` reads day tables, the Decimal
        #: value of its quote on ``day`` without the quote (None when a leg has
        #: no rate), computed (ask :attr:`known` first); None until then. What a
        #: conversion reads.
        self.value: Callable[[_dt.date], Decimal | None] | None = None
        #: ``known(day)``: with :attr:`value`, the value of ``day`` when it is
        #: kept already (else None), read without a call of the step's own.
        self.known: Callable[[_dt.date], Decimal | None] = _NOTHING.get

    def __repr__(self) -> str:
        return f"Step({self.source.id}: {self.base}->{self.quote}, {self.method})"

    @property
    def legs(self) -> tuple[Leg, ...]:
        """The legs in the order they are read: the base's, then the quote's."""
        return tuple(leg for leg in (self.denominator, self.numerator) if leg is not None)

    @property
    def method(self) -> str:
        """``published``, ``inverse`` or ``cross`` (a published leg may also be
        interpolated or fixed on a given day: the quote's ``method`` says)."""
        if self.denominator is None:
            return "published"
        return "inverse" if self.numerator is None else "cross"

    def rate(self, value: Callable[[Leg], T], divide: Callable[[T, T], T], one: T) -> T:
        """``quote / base`` from the legs' values: the formula of every step."""
        if self.denominator is None:
            assert self.numerator is not None
            return value(self.numerator)
        if self.numerator is None:
            return divide(one, value(self.denominator))
        return divide(value(self.numerator), value(self.denominator))

    def market_side(self) -> tuple[str, str]:
        """The market and side of the step's quotes (:func:`market_side` of its legs)."""
        found = self._market_side
        if found is None:
            sides = [(leg.market, leg.side or "mid") for leg in self.legs]
            found = self._market_side = market_side(sides)
        return found

    def _warm_up(self, ordinal: int, day: _dt.date) -> Quote | None:
        """:attr:`answer` until the step reads day tables: the general path, counted.

        On the first query the tables are used if the series have them already
        (another plan made them); after :data:`_ASKED_BEFORE_TABLES` queries
        they are made, or the general path is kept for good.
        """
        self._asked += 1
        if self._asked == 1 or self._asked == _ASKED_BEFORE_TABLES:
            by_table = _by_table(self, make=self._asked > 1)
            if by_table is not None:
                self.answer, self.value, self.known = by_table
                return self.answer(ordinal, day)
            if self._asked > 1:
                self.answer = _through(self, Step.answer_any)
        return self.answer_any(ordinal, day)

    def legs_of(self, quote: Quote) -> tuple[Quote, ...]:
        """The legs of a quote this step answered (:class:`~fxnorm.rates.model.LegsOf`):
        each leg's publication (or value) on the quote's day."""
        return _LegsOn(self.legs).legs_of(quote)

    def answer_any(self, ordinal: int, day: _dt.date) -> Quote | None:
        """The step's quote on ``day`` (``ordinal``), for any policy and legs, or
        None when a leg has no rate.

        The value is :meth:`rate` in :data:`fxnorm._decimal.CONTEXT`, written out
        because this runs once per query; the legs' quotes are only built when
        read (:class:`~fxnorm.rates.model.LegsOf`).
        """
        info = self.source
        den = self.denominator
        num = self.numerator
        if den is None:
            assert num is not None
            picked = num.find(ordinal)
            if picked is None:
                return None
            if type(picked) is not int or num.fixed:
                return num.quote(picked, day)
            series = num._series
            assert series is not None
            return new_quote(
                info.base,
                self.quote,
                series.value(picked),
                series.date(picked),
                day,
                info.id,
                info.publisher,
                "published",
                (),
                series.origin(picked),
                series.market,
                series.side,
            )
        base_picked = den.find(ordinal)
        if base_picked is None:
            return None
        base_series = den._series
        assert base_series is not None
        base_value = base_series.exact(base_picked, ordinal)
        base_date = den.dated(base_picked, day)
        base_origin = base_series.origin(
            base_picked if isinstance(base_picked, int) else base_picked[0]
        )
        market, side = self._market_side or self.market_side()
        if num is None:
            return new_quote(
                self.base,
                self.quote,
                _divide(_ONE, base_value),
                base_date,
                day,
                info.id,
                info.publisher,
                "inverse",
                Later((_leg_quotes, day, den, base_picked)),
                base_origin,
                market,
                side,
            )
        quote_picked = num.find(ordinal)
        if quote_picked is None:
            return None
        quote_series = num._series
        assert quote_series is not None
        quote_date = num.dated(quote_picked, day)
        quote_origin = quote_series.origin(
            quote_picked if isinstance(quote_picked, int) else quote_picked[0]
        )
        return new_quote(
            self.base,
            self.quote,
            _divide(quote_series.exact(quote_picked, ordinal), base_value),
            base_date if base_date <= quote_date else quote_date,
            day,
            info.id,
            info.publisher,
            "cross",
            Later((_leg_quotes, day, den, base_picked, num, quote_picked)),
            base_origin if base_origin == quote_origin else "mixed",
            market,
            side,
        )

    def error(self, day: _dt.date) -> RateError:
        """Why the step has no rate on ``day``: the first leg without one."""
        ordinal = day.toordinal()
        for leg in self.legs:
            if leg.find(ordinal) is None:
                return leg.error(day)
        raise AssertionError(f"{self.source.id} answers {day}")  # pragma: no cover


def _through(
    step: Step, method: Callable[[Step, int, _dt.date], Quote | None]
) -> Callable[[int, _dt.date], Quote | None]:
    """``step``'s ``method`` as a function of ``(ordinal, day)`` holding only a weak
    reference to the step (a bound method stored on the step would be a cycle)."""
    ref = weakref.ref(step)

    def call(ordinal: int, day: _dt.date) -> Quote | None:
        found = ref()
        assert found is not None, "the step is gone"
        return method(found, ordinal, day)

    return call


class _LegsOn:
    """The legs of a step's quotes (:class:`~fxnorm.rates.model.LegsOf`), from its
    legs: what a quote of its day tables holds instead of the step itself."""

    __slots__ = ("legs",)

    def __init__(self, legs: tuple[Leg, ...]) -> None:
        self.legs = legs

    def legs_of(self, quote: Quote) -> tuple[Quote, ...]:
        """Each leg's publication (or value) on the quote's day."""
        day = quote.requested_date
        ordinal = day.toordinal()
        found = []
        for leg in self.legs:
            picked = leg.find(ordinal)
            assert picked is not None
            found.append(leg.quote(picked, day))
        return tuple(found)


#: Queries a step answers through the general path before it reads day tables.
_ASKED_BEFORE_TABLES = 64

#: Cross values a step keeps when no book gave it a :class:`Kept`.
_KEPT_SIZE = 200_000

#: What a step that keeps no values knows (:attr:`Step.known`): nothing.
_NOTHING: dict[_dt.date, Decimal] = {}


def _by_table(
    step: Step, *, make: bool
) -> (
    tuple[
        Callable[[int, _dt.date], Quote | None],
        Callable[[_dt.date], Decimal | None],
        Callable[[_dt.date], Decimal | None],
    ]
    | None
):
    """``step.answer``, ``step.value`` and ``step.known`` reading its series'
    :meth:`~Series.previous_table`, for the ``previous`` policy on series of
    one store each (else None): the same answers as :meth:`Step.answer_any`,
    with a few list reads per leg. Unless ``make``, only when every table is
    made already."""
    legs = step.legs
    series = [leg.series for leg in legs]
    if any(
        s is None
        or s.origins is not None
        or leg.fixed
        or leg.policy != "previous"
        or not (make or s.has_previous_table(leg.max_age))
        for leg, s in zip(legs, series, strict=True)
    ):
        return None
    stores = {s.store for s in series if s is not None}
    origin = stores.pop() if len(stores) == 1 else "mixed"
    market, side = step.market_side()
    max_age = legs[0].max_age
    info = step.source
    base, quote, source, publisher = step.base, step.quote, info.id, info.publisher
    new, divide, one = new_quote, _divide, _ONE
    den = step.denominator.series if step.denominator is not None else None
    num = step.numerator.series if step.numerator is not None else None
    if den is None or num is None:  # a published value, or its inverse
        inverse = num is None
        one_leg = den if inverse else num
        assert one_leg is not None
        first, _, values, dates = one_leg.previous_table(max_age)
        end = len(values)
        fields = (base, "inverse", _LegsOn(legs)) if inverse else (info.base, "published", ())

        def published(ordinal: int, day: _dt.date) -> Quote | None:
            at = ordinal - first
            if not 0 <= at < end or (value := values[at]) is None:
                return None
            frm, method, legs = fields
            return new(
                frm, quote, divide(one, value) if inverse else value, dates[at], day, source,
                publisher, method, legs, origin, market, side,
            )  # fmt: skip

        def published_value(day: _dt.date) -> Decimal | None:
            at = day.toordinal() - first
            if not 0 <= at < end or (value := values[at]) is None:
                return None
            return divide(one, value) if inverse else value

        return published, published_value, _NOTHING.get
    legs_on = _LegsOn(legs)
    base_first, _, base_values, base_dates = den.previous_table(max_age)
    base_end = len(base_values)
    quote_first, _, quote_values, quote_dates = num.previous_table(max_age)
    quote_end = len(quote_values)

    # Days both tables cover, from ``low``. Each day's cross value is kept once
    # computed, by day, in a dict of dates and Decimals, which the garbage
    # collector does not track (a list would be visited in every collection).
    low = max(base_first, quote_first)
    size = max(0, min(base_first + base_end, quote_first + quote_end) - low)
    base_shift, quote_shift = low - base_first, low - quote_first
    budget = step.kept
    crossed = budget.new()
    kept = crossed.get
    chunk = budget.chunk

    def cross(ordinal: int, day: _dt.date) -> Quote | None:
        value = kept(day)
        if value is None and (value := cross_value(day)) is None:
            return None
        at = ordinal - low
        base_date, quote_date = base_dates[at + base_shift], quote_dates[at + quote_shift]
        return new(
            base, quote, value, base_date if base_date <= quote_date else quote_date, day,
            source, publisher, "cross", legs_on, origin, market, side,
        )  # fmt: skip

    def cross_value(day: _dt.date) -> Decimal | None:
        # Computed and kept; a caller asks ``kept`` first (RateBook.value does,
        # without a call of ours), so a day new to the step is looked up once.
        at = day.toordinal() - low
        if not 0 <= at < size:
            return None
        base_value = base_values[at + base_shift]
        quote_value = quote_values[at + quote_shift]
        if base_value is None or quote_value is None:
            return None
        value = divide(quote_value, base_value)
        if not len(crossed) % chunk:
            budget.take()
        crossed[day] = value
        return value

    return cross, cross_value, kept


def _leg_quotes(day: _dt.date, *pairs: Leg | Picked) -> tuple[Quote, ...]:
    """The leg quotes of a step's answer: ``(leg, picked, leg, picked …)``."""
    found = []
    for at in range(0, len(pairs), 2):
        leg = pairs[at]
        assert isinstance(leg, Leg)
        found.append(leg.quote(pairs[at + 1], day))  # type: ignore[arg-type]
    return tuple(found)


class Route:
    """One way to answer a pair: one :class:`Step`, or two joined at ``pivot``."""

    __slots__ = ("pivot", "steps")

    def __init__(self, steps: tuple[Step, ...], pivot: str | None = None) -> None:
        self.steps = steps
        self.pivot = pivot

    def __repr__(self) -> str:
        via = f" via {self.pivot}" if self.pivot else ""
        return f"Route({self.label}{via})"

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources, in order (``("ecb", "bcra")`` through USD)."""
        return tuple(step.source.id for step in self.steps)

    @property
    def label(self) -> str:
        """The :attr:`Quote.source <fxnorm.Quote.source>` of its answers: ``ecb+bcra``."""
        return "+".join(self.sources)

    @property
    def legs(self) -> tuple[Leg, ...]:
        """Every leg, in the order the steps read them."""
        return tuple(leg for step in self.steps for leg in step.legs)

    def rate(
        self,
        value: Callable[[Leg], T],
        *,
        divide: Callable[[T, T], T],
        multiply: Callable[[T, T], T],
        one: T,
    ) -> T:
        """The route's rate from its legs' values, in any arithmetic: each step's
        ``quote / base`` (:meth:`Step.rate`), multiplied through the pivot.
        RateBook computes it in Decimal, :mod:`fxnorm.frame` on arrays."""
        result = self.steps[0].rate(value, divide, one)
        for step in self.steps[1:]:
            result = multiply(result, step.rate(value, divide, one))
        return result

    def answer(self, ordinal: int, day: _dt.date) -> Quote | None:
        """The route's quote on ``day``, or None when one of its legs has no rate."""
        first = self.steps[0].answer(ordinal, day)
        if first is None or len(self.steps) == 1:
            return first
        second = self.steps[1].answer(ordinal, day)
        if second is None:
            return None
        return compose(first, second, day)

    def error(self, day: _dt.date) -> RateError:
        """Why the route has no rate on ``day``: the first step without one."""
        ordinal = day.toordinal()
        for step in self.steps:
            if step.answer(ordinal, day) is None:
                return step.error(day)
        raise AssertionError(f"{self.label} answers {day}")  # pragma: no cover


@dataclass(frozen=True, eq=False)
class Plan:
    """The routes that answer a query, most preferred first, with the query's options.

    ``market`` is the market asked for (``rate=``) and ``side`` the side
    (None: the default, ``sell`` of a two-sided quote); ``source`` the one
    source the query is restricted to, if any. A plan made for a day
    (``on``) lists only the routes that answer on that day, the first of
    which :meth:`~fxnorm.rates.RateBook.quote` uses.
    """

    base: str
    quote: str
    policy: str
    max_age: int
    market: str = DEFAULT_MARKET
    side: str | None = None
    source: str | None = None
    routes: tuple[Route, ...] = ()
    on: _dt.date | None = None
    #: The step of the first route, when it has one (tried first, without a call).
    _first: Step | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        routes = self.routes
        first = routes[0].steps[0] if routes and len(routes[0].steps) == 1 else None
        object.__setattr__(self, "_first", first)

    def answer(self, day: _dt.date) -> Quote | None:
        """The quote of the first route that answers ``day``, or None."""
        ordinal = day.toordinal()
        first = self._first
        if first is not None:
            found = first.answer(ordinal, day)
            if found is not None or len(self.routes) == 1:
                return found
        for route in self.routes[first is not None :]:
            found = route.answer(ordinal, day)
            if found is not None:
                return found
        return None

    def errors(self, day: _dt.date) -> tuple[list[RateError], list[RateError]]:
        """Why each route fails on ``day``: (one-source routes, two-source routes)."""
        alone: list[RateError] = []
        joined: list[RateError] = []
        for route in self.routes:
            (alone if route.pivot is None else joined).append(route.error(day))
        return alone, joined

    def describe(self) -> list[str]:
        """One line per route: ``ecb+bcra via USD: ecb CNY official mid, …``."""
        lines = []
        for route in self.routes:
            legs = ", ".join(
                f"{leg.source.id} {leg.currency} {leg.market} {leg.side or 'unpublished'}"
                for leg in route.legs
            )
            via = f" via {route.pivot}" if route.pivot else ""
            lines.append(f"{route.label}{via}: {legs or 'identity'}")
        return lines


def compose(first: Quote, second: Quote, day: _dt.date) -> Quote:
    """A rate through a pivot currency, from two quotes (possibly two sources)."""
    publishers = (
        first.publisher
        if first.publisher == second.publisher
        else f"{first.publisher} / {second.publisher}"
    )
    market, side = market_side(((first.market, first.side), (second.market, second.side)))
    return new_quote(
        first.base,
        second.quote,
        _multiply(first.value, second.value),
        first.date if first.date <= second.date else second.date,
        day,
        f"{first.source}+{second.source}",
        publishers,
        "cross",
        (first, second),
        first.origin if first.origin == second.origin else "mixed",
        market,
        side,
    )


def market_side(legs: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """The market and side of a quote derived from legs ``(market, side)``: those of
    the leg in a market other than the official one, else of a two-sided leg,
    else official mid."""
    for market, side in legs:
        if market != DEFAULT_MARKET:
            return market, side
    for market, side in legs:
        if side != "mid":
            return market, side
    return DEFAULT_MARKET, "mid"
