"""RateBook: the one front door for exchange rates.

A RateBook answers "how many ``quote`` for one ``base`` on this date?" from
the stores it holds (the embedded dataset, the cache), and says who published
the answer, for which date, and how it was derived.

Choosing among sources. Each source has a priority (ECB 0, BCRA 1, the
currency-api aggregator 2). A pair can be answered by one source (directly,
by inverse, or crossed through that source's base), or by two sources joined
through a pivot currency (CNY→USD from the ECB, then USD→ARS from the BCRA).
Candidate plans are tried in order of the least preferred source they use,
then the number of sources, so official publishers win over an aggregator
and a single source wins over a mix of equals. The first plan with a fresh
enough rate answers; if none does, the error names what is available.

Markets. A currency may be quoted in several markets on one day (the peso's
official, retail, blue, MEP, CCL … rates; :data:`~fxnorm.rates.model.MARKETS`),
each as a single figure or as a buy and a sell price. A query names one
market (``rate=``, default ``official``): the currencies of the pair quoted
in that market use it, the others (the dollar of USD/ARS, the pivot of a
cross) their official rate; only the sources quoting the market take part.
``side=`` picks the buy or the sell price of a two-sided quote (default
``sell``, the figure quoted as "the" rate); a single figure answers either.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from .._dates import to_date
from ..errors import InvalidInputError, RateError, RateNotFoundError, StaleRateError
from .model import (
    DEFAULT_MARKET,
    DEFAULT_SIDE,
    MARKETS,
    SIDE_CHOICES,
    Coverage,
    Quote,
    SourceInfo,
    check_market,
    check_max_age,
    check_policy,
    check_side,
    new_quote,
)
from .plan import Kept, Leg, Plan, Route, Step
from .series import Series
from .store import RateStore, SQLiteStore

__all__ = [
    "DEFAULT_MAX_AGE",
    "DEFAULT_SIDE",
    "RateBook",
    "check_market",
    "check_side",
    "default_book",
]

#: Staleness limit in days: a daily source's rate older than this is not an answer.
DEFAULT_MAX_AGE = 7

#: Answers memoised per book before the memo is emptied and starts again.
_MEMO_SIZE = 200_000


class _Answers(dict[_dt.date, Quote]):
    """A query's answers by day, its plan, and the step of the plan's first route
    when that route has one (tried first, without going through the plan)."""

    __slots__ = ("first", "plan")
    plan: Plan
    first: Step | None


#: :meth:`RateBook.value`'s answer: ``(value, quote_code, quote)``, or
#: ``(value, quote_code, function, *arguments)`` when ``function(*arguments)``
#: builds the quote (:func:`~fxnorm.rates.model.built`).
Lookup = tuple[Any, ...]

#: A step's ``known``, ``value`` and ``answer`` functions and quote code (``RateBook._tabled``).
_Tabled = tuple[
    Callable[[_dt.date], Decimal | None],
    Callable[[_dt.date], Decimal | None],
    Callable[[int, _dt.date], Quote | None],
    str,
]


def _on_day(answer: Callable[[int, _dt.date], Quote | None], day: _dt.date) -> Quote | None:
    """``answer``'s quote on ``day`` (what a :meth:`RateBook.value` answer calls to build it)."""
    return answer(day.toordinal(), day)


_date = _dt.date

#: What ``RateBook._tabled`` holds for a base no tabled query has: nothing.
_NO_PAIRS: dict[str, _Tabled] = {}

#: A plan's key: (base, quote, policy, max_age, source, market, side).
_PlanKey = tuple[str, str, str, int, str | None, str, str | None]

_K = TypeVar("_K")


class RateBook:
    """Exchange rates as of a date, from one or more stores, with provenance.

    >>> book = RateBook.default()
    >>> q = book.quote("CNY", "USD", on="2025-09-24")
    >>> q.source, q.method, q.date.isoformat()
    ('ecb', 'cross', '2025-09-24')
    """

    def __init__(
        self,
        stores: Sequence[RateStore],
        *,
        policy: str = "previous",
        max_age: int = DEFAULT_MAX_AGE,
        online: bool = False,
    ) -> None:
        if not stores:
            raise InvalidInputError("a RateBook needs at least one store")
        self.stores = tuple(stores)
        self._policy = check_policy(policy)
        self._max_age = check_max_age(max_age)
        #: On a miss, fetch from online sources into the cache and retry (see :meth:`quote`).
        self.online = bool(online)
        infos: dict[str, SourceInfo] = {}
        for store in self.stores:
            for source_id, info in store.sources().items():
                infos.setdefault(source_id, info)
        #: Sources by id, most preferred first.
        self.sources: dict[str, SourceInfo] = dict(
            sorted(infos.items(), key=lambda item: (item[1].priority, item[0]))
        )
        self._quoted: dict[str, frozenset[str]] = {
            source_id: frozenset().union(*(store.currencies(source_id) for store in self.stores))
            for source_id in self.sources
        }
        #: (source, currency, market) -> the sides published
        self._sides: dict[tuple[str, str, str], frozenset[str]] = {}
        #: currency -> the markets some source quotes it in
        self._markets: dict[str, set[str]] = {}
        for source_id in self.sources:
            for store in self.stores:
                for currency, market, side in store.keys(source_id):
                    key = (source_id, currency, market)
                    self._sides[key] = self._sides.get(key, frozenset()) | {side}
                    self._markets.setdefault(currency, set()).add(market)
        self._series: dict[tuple[str, str, str, str], Series | None] = {}
        self._plans: dict[_PlanKey, Plan] = {}
        #: What plans are made of, shared between plans (a step from a currency to a
        #: source's base serves every pair with that currency): by source, currency
        #: or pair, and the query's policy, max_age, market and side.
        self._legs: dict[tuple[str, str, str, int, str, str | None], Leg] = {}
        self._steps: dict[tuple[str, str, str, str, int, str, str | None], Step] = {}
        #: (currency, market asked for) -> the sources that quote the currency in
        #: the market it is looked up in (:meth:`market_of`), most preferred first.
        self._holders: dict[tuple[str, str], tuple[str, ...]] = {}
        #: Each source's rank (0: most preferred).
        self._rank = {source_id: index for index, source_id in enumerate(self.sources)}
        #: Answers memoised by query (the arguments of quote() but the day), then day.
        self._answers: dict[tuple[object, ...], _Answers] = {}
        self._count = 0
        #: (base, quote) -> how a query with the default options is answered from
        #: day tables (:meth:`value`): its first step's ``known``, ``value`` and
        #: ``answer`` functions and quote code; for the pairs whose first step reads them.
        self._tabled: dict[str, dict[str, _Tabled]] = {}
        #: The cross values the steps reading day tables keep, for all of them.
        self._kept = Kept(_MEMO_SIZE)
        self._coverage: list[Coverage] | None = None

    @property
    def policy(self) -> str:
        """The lookup policy of a query that names none (``previous`` by default)."""
        return self._policy

    @policy.setter
    def policy(self, policy: str) -> None:
        self._policy = check_policy(policy)
        self._answers.clear()
        self._tabled.clear()

    @property
    def max_age(self) -> int:
        """The staleness limit in days of a query that names none (7 by default)."""
        return self._max_age

    @max_age.setter
    def max_age(self, max_age: int) -> None:
        self._max_age = check_max_age(max_age)
        self._answers.clear()
        self._tabled.clear()

    def forget(self) -> None:
        """Drop what this book has loaded and memoised, e.g. after a store gained rates."""
        self._series.clear()
        self._plans.clear()
        self._legs.clear()
        self._steps.clear()
        self._answers.clear()
        self._tabled.clear()
        self._count = 0
        self._kept = Kept(_MEMO_SIZE)
        self._coverage = None

    @classmethod
    def default(cls) -> RateBook:
        """The book fxnorm uses when none is given: the embedded dataset, offline."""
        return default_book()

    # -- what is covered ----------------------------------------------------------

    def covers(self, source: str, currency: str, market: str = DEFAULT_MARKET) -> bool:
        """Whether ``source`` quotes ``currency`` in ``market`` (its base counts) on some date."""
        if currency == self.sources[source].base:
            return market == DEFAULT_MARKET
        return (source, currency, market) in self._sides

    def markets(self, currency: str) -> tuple[str, ...]:
        """The markets some source quotes ``currency`` in (``("official",)`` for most).

        A base currency of a source (USD, EUR) counts as quoted in its official market.
        """
        found = self._markets.get(currency, set())
        if any(info.base == currency for info in self.sources.values()):
            found = found | {DEFAULT_MARKET}
        return tuple(market for market in MARKETS if market in found)

    def market_of(self, currency: str, rate: str = DEFAULT_MARKET) -> str:
        """The market ``currency`` is looked up in when ``rate`` is asked for.

        ``rate`` itself when some source quotes the currency in it, else the
        official rate: in a query for the blue USD/ARS rate the peso is blue
        and the dollar official.
        """
        if rate == DEFAULT_MARKET or rate in self._markets.get(currency, ()):
            return rate
        return DEFAULT_MARKET

    def leg_series(
        self,
        source: str,
        currency: str,
        rate: str = DEFAULT_MARKET,
        side: str | None = None,
    ) -> Series | None:
        """The published series a quote of ``currency`` in ``source`` reads for ``rate``.

        The currency's market is :meth:`market_of`; of a two-sided quote, the
        ``side`` asked for (default :data:`DEFAULT_SIDE`); a single published
        figure answers any side. None when the source has no such series.
        """
        market = self.market_of(currency, rate)
        sides = self._sides.get((source, currency, market), frozenset())
        if "mid" in sides:
            return self.series(source, currency, market, "mid")
        wanted = side or DEFAULT_SIDE
        if wanted not in sides and side is None and sides:
            wanted = min(sides)  # a one-sided quote other than the default: the side there is
        if wanted not in sides:
            return None
        return self.series(source, currency, market, wanted)

    def currencies(self) -> frozenset[str]:
        """Every currency some source quotes, bases included."""
        found = {info.base for info in self.sources.values()}
        return frozenset(found.union(*self._quoted.values()))

    def coverage(self) -> list[Coverage]:
        """For each source: its currencies and the span of dates it covers (computed once)."""
        if self._coverage is None:
            self._coverage = self._compute_coverage()
        return list(self._coverage)

    def _compute_coverage(self) -> list[Coverage]:
        result = []
        for source_id, info in self.sources.items():
            spans: dict[str, tuple[_dt.date, _dt.date]] = {}
            markets: dict[tuple[str, str], tuple[_dt.date, _dt.date]] = {}
            for store in self.stores:
                for key, span in store.market_spans(source_id).items():
                    _widen(spans, key[0], span)
                    _widen(markets, key, span)
            if not spans:
                continue
            result.append(
                Coverage(
                    source=info,
                    currencies=tuple(sorted(set(spans) | {info.base})),
                    first=min(first for first, _ in spans.values()),
                    last=max(last for _, last in spans.values()),
                    per_currency=spans,
                    per_market=markets,
                )
            )
        return result

    def series(
        self, source: str, currency: str, market: str = DEFAULT_MARKET, side: str = "mid"
    ) -> Series | None:
        """The published series of ``currency`` in ``source``, merged across stores."""
        key = (source, currency, market, side)
        if key not in self._series:
            parts = [
                s
                for s in (store.series(source, currency, market, side) for store in self.stores)
                if s
            ]
            self._series[key] = _merge(parts)
        return self._series[key]

    # -- quotes -------------------------------------------------------------------

    def quote(
        self,
        base: str,
        quote: str,
        on: _dt.date | str | None = None,
        *,
        policy: str | None = None,
        max_age: int | None = None,
        source: str | None = None,
        online: bool | None = None,
        rate: str | None = None,
        side: str | None = None,
    ) -> Quote:
        """How many ``quote`` one ``base`` was worth on ``on`` (default: today).

        ``policy`` is ``previous`` (default), ``exact``, ``nearest`` or
        ``interpolate``; ``max_age`` the staleness limit in days; ``source``
        restricts the answer to one source id (``ecb``, ``bcra``,
        ``currency-api``).

        ``rate`` is the market (:data:`~fxnorm.rates.model.MARKETS`: ``official``
        by default, ``retail``, ``blue``, ``mep``, ``ccl``, ``crypto``, ``card``,
        ``solidario``) for the currency of the pair quoted in it (the peso);
        ``side`` the ``buy`` or ``sell`` price of a two-sided quote (default
        ``sell``). The quote's ``market`` and ``side`` say what answered. An
        unknown market or side raises :class:`~fxnorm.errors.InvalidInputError`;
        a market no source quotes on that date raises
        :class:`~fxnorm.errors.RateNotFoundError` naming the markets and spans
        there are.

        Raises :class:`~fxnorm.errors.UnknownCurrencyError` for a code CLDR
        does not know, :class:`~fxnorm.errors.RateNotFoundError` when no source
        covers the pair on that date, and :class:`~fxnorm.errors.StaleRateError`
        when the nearest publication is older than ``max_age`` days; both name
        the dates that are available, and say how to fetch the missing rates.

        ``online`` (default: the book's ``online``) fetches a missing rate:
        on a miss, the range around the date is fetched from online sources
        (ECB, BCRA, … falling back in turn) into the cache, and the query is
        answered again from there. ``FXNORM_OFFLINE=1`` forbids it; a failed
        fetch raises :class:`~fxnorm.errors.SourceUnavailableError`.
        """
        day = on if type(on) is _date else _day(on)
        defaults = (
            policy is None and max_age is None and source is None and rate is None and side is None
        )
        if (
            defaults
            and (tabled := self._tabled.get(base, _NO_PAIRS).get(quote)) is not None
            and (made := tabled[2](day.toordinal(), day)) is not None
        ):
            return made  # from the day tables (as :meth:`value`), not memoised
        answers = self._answers.get((base, quote, policy, max_age, source, rate, side))
        if answers is None:
            answers = self._query(base, quote, policy, max_age, source, rate, side)
        found = answers.get(day)
        if found is None:
            first = answers.first  # the plan's first step, when its first route has one
            if first is not None:
                found = first.answer(day.toordinal(), day)
                if found is not None and first.value is not None:
                    # Read from day tables: as fast the next time, so not memoised.
                    if defaults:
                        self._tabled.setdefault(base, {})[quote] = (
                            first.known,
                            first.value,
                            first.answer,
                            first.quote,
                        )
                    return found
            if found is None:
                found = answers.plan.answer(day) or self._miss(answers.plan, day, online)
            if self._count >= _MEMO_SIZE:
                self._answers.clear()
                self._count = 0
            answers[day] = found
            self._count += 1
        return found

    def value(self, base: str, quote: str, on: _dt.date | str | None = None) -> Lookup:
        """:meth:`quote`'s value with the book's default options, without
        building the Quote when it is not needed: a tuple ``(value,
        quote_code, …)``, whose Quote :func:`~fxnorm.rates.model.built` gives.

        ``value`` is the quote's :attr:`~fxnorm.Quote.value` and ``quote_code``
        its :attr:`~fxnorm.Quote.quote` (the code tidied). When the value came
        from day tables alone, the Quote is built only when asked for (an equal
        one each time, even after :meth:`forget`: the tuple holds what was
        read); such answers are not memoised, since the tables answer again as
        fast. It raises what :meth:`quote` raises. :func:`fxnorm.convert` uses
        it and builds :attr:`Conversion.rate <fxnorm.Conversion.rate>` when it
        is first read.

        >>> book = RateBook.default()
        >>> found = book.value("CNY", "USD", on="2025-09-24")
        >>> found[0] == book.quote("CNY", "USD", on="2025-09-24").value
        True
        >>> from fxnorm.rates.model import built
        >>> built(found) == book.quote("CNY", "USD", on="2025-09-24")
        True
        """
        day = on if type(on) is _date else _day(on)
        # By base, then quote: two lookups of strings cost less than one of a new tuple.
        tabled = self._tabled.get(base, _NO_PAIRS).get(quote)
        if tabled is not None:
            known, value_on, answer, code = tabled
            found = known(day)
            if found is not None or (found := value_on(day)) is not None:
                return found, code, _on_day, answer, day
        made = self.quote(base, quote, day)  # which fills _tabled once the tables answer
        return made.value, made.quote, made

    def _query(
        self,
        base: str,
        quote: str,
        policy: str | None,
        max_age: int | None,
        source: str | None,
        rate: str | None,
        side: str | None,
    ) -> _Answers:
        """The memo of a query's answers by day, with the query's plan (made here)."""
        plan = self._checked_plan(base, quote, policy, max_age, source, rate, side)
        answers = self._answers[(base, quote, policy, max_age, source, rate, side)] = _Answers()
        answers.plan = plan
        first = plan.routes[0].steps if plan.routes else ()
        answers.first = first[0] if len(first) == 1 else None
        return answers

    def _miss(self, plan: Plan, day: _dt.date, online: bool | None) -> Quote:
        """A query no route answers from what the book holds: an identity, an
        online fetch, or the error that says what there is."""
        try:
            return self._answer(plan, day)
        except RateError as error:
            pair = (plan.base, plan.quote)
            several = len(self.markets(pair[0])) > 1 or len(self.markets(pair[1])) > 1
            if several and plan.source is None:
                self._name_markets(error, plan, day)
            if plan.market != DEFAULT_MARKET:
                raise  # the online sources publish official rates only
            use_online = self.online if online is None else online
            return self._after_miss(error, plan, day, use_online)

    def plan(
        self,
        base: str,
        quote: str,
        on: _dt.date | str | None = None,
        *,
        policy: str | None = None,
        max_age: int | None = None,
        source: str | None = None,
        rate: str | None = None,
        side: str | None = None,
    ) -> Plan:
        """Which sources, legs, markets and pivot answer ``base``/``quote``.

        The options mean what they mean for :meth:`quote`. Without ``on``, the
        plan lists every :class:`~fxnorm.rates.plan.Route` that may answer the
        pair, in the order :meth:`quote` tries them (official publishers
        before aggregators, one source before two; ``plan.describe()`` lists
        them), and none for a pair no source covers or a currency against
        itself. With ``on``, it lists the routes that answer on that day,
        the first of which :meth:`quote` uses, and raises what :meth:`quote`
        raises when none does (nothing is fetched online).

        :meth:`quote` and :mod:`fxnorm.frame` both execute these plans: one
        day at a time, or a column of days at once.

        >>> book = RateBook.default()
        >>> book.plan("CNY", "ARS", on="2020-05-05").describe()[0]
        'ecb+bcra via USD: ecb CNY official mid, ecb USD official mid, bcra ARS official mid'
        """
        made = self._checked_plan(base, quote, policy, max_age, source, rate, side)
        if source is not None and source not in self.sources:
            raise InvalidInputError(
                f"unknown source {source!r}; available: {', '.join(self.sources)}"
            )
        if on is None:
            return made
        day = _day(on)
        self._answer(made, day)  # raises as quote() does when no route answers
        ordinal = day.toordinal()
        answering = tuple(r for r in made.routes if r.answer(ordinal, day) is not None)
        return replace(made, routes=answering, on=day)

    def _checked_plan(
        self,
        base: str,
        quote: str,
        policy: str | None,
        max_age: int | None,
        source: str | None,
        rate: str | None,
        side: str | None,
    ) -> Plan:
        """The plan of a query's options as :meth:`quote` and :meth:`plan` take them:
        codes tidied, options checked, the book's defaults for those not given."""
        return self._plan(
            _code(base),
            _code(quote),
            self.policy if policy is None else check_policy(policy),
            self.max_age if max_age is None else check_max_age(max_age),
            source,
            DEFAULT_MARKET if rate is None else check_market(rate),
            check_side(side),
        )

    def _plan(
        self,
        base: str,
        quote: str,
        policy: str,
        max_age: int,
        source: str | None,
        market: str,
        side: str | None,
    ) -> Plan:
        """The plan of a query with checked options (made once, kept until :meth:`forget`)."""
        key = (base, quote, policy, max_age, source, market, side)
        found = self._plans.get(key)
        if found is None:
            found = self._plans[key] = Plan(
                base,
                quote,
                policy,
                max_age,
                market,
                side,
                source,
                self._routes(base, quote, policy, max_age, source, market, side),
            )
        return found

    def _routes(
        self,
        base: str,
        quote: str,
        policy: str,
        max_age: int,
        only: str | None,
        market: str,
        side: str | None,
    ) -> tuple[Route, ...]:
        """The routes for a pair, most preferred first.

        Routes are ordered by the least preferred source they use, then by
        the number of sources, then by the sum of their ranks. A currency is
        looked up in ``market`` when some source quotes it there (else in its
        official market); a query for a market neither currency is quoted in
        has no route.
        """
        if base == quote or (only is not None and only not in self.sources):
            return ()
        if market != DEFAULT_MARKET and market not in (
            self.market_of(base, market),
            self.market_of(quote, market),
        ):
            return ()
        rank = self._rank
        sources = self.sources
        holders = self._holders
        legs = self._legs
        steps = self._steps

        def holding(currency: str) -> tuple[str, ...]:
            key = (currency, market)
            found = holders.get(key)
            if found is None:
                looked_up = self.market_of(currency, market)
                found = holders[key] = tuple(
                    s for s in sources if self.covers(s, currency, looked_up)
                )
            return found

        def leg(source: str, currency: str) -> Leg | None:
            info = sources[source]
            if currency == info.base:
                return None
            key = (source, currency, policy, max_age, market, side)
            found = legs.get(key)
            if found is None:
                looked_up = self.market_of(currency, market)
                found = legs[key] = Leg(
                    info,
                    currency,
                    looked_up,
                    policy,
                    max_age,
                    lambda: self.leg_series(source, currency, market, side),
                    published_sides=self._sides.get((source, currency, looked_up), frozenset()),
                    wanted_side=side,
                )
            return found

        def step(source: str, frm: str, to: str) -> Step:
            key = (source, frm, to, policy, max_age, market, side)
            found = steps.get(key)
            if found is None:
                found = steps[key] = Step(
                    sources[source], frm, to, leg(source, to), leg(source, frm), self._kept
                )
            return found

        scored: list[tuple[tuple[int, int, int], Route]] = []
        of_base = holding(base)
        of_quote = holding(quote)
        if only is not None:
            of_base = tuple(s for s in of_base if s == only)
            of_quote = tuple(s for s in of_quote if s == only)
        for s1 in of_base:
            if s1 in of_quote:
                scored.append(((rank[s1], 1, rank[s1]), Route((step(s1, base, quote),))))
        if only is None:
            for s1 in of_base:
                for s2 in of_quote:
                    if s1 == s2:
                        continue
                    for pivot in dict.fromkeys((self.sources[s1].base, self.sources[s2].base)):
                        if pivot in (base, quote):
                            continue
                        if s1 in (held := holding(pivot)) and s2 in held:
                            worst = max(rank[s1], rank[s2])
                            route = Route((step(s1, base, pivot), step(s2, pivot, quote)), pivot)
                            scored.append(((worst, 2, rank[s1] + rank[s2]), route))
        scored.sort(key=lambda item: item[0])
        return tuple(route for _, route in scored)

    def _answer(self, plan: Plan, day: _dt.date) -> Quote:
        """Execute ``plan`` on ``day`` (:meth:`quote` memoises the answers), or raise
        the most useful of its routes' errors."""
        base, quote = plan.base, plan.quote
        if base == quote:
            return new_quote(
                base, quote, Decimal(1), day, day, "identity", "", "identity", (), "embedded",
                DEFAULT_MARKET, "mid",
            )  # fmt: skip
        found = plan.answer(day)
        if found is not None:
            return found
        source, market = plan.source, plan.market
        if source is not None and source not in self.sources:
            raise InvalidInputError(
                f"unknown source {source!r}; available: {', '.join(self.sources)}"
            )
        if not plan.routes:
            raise self._uncovered(base, quote, source, market)
        alone, joined = plan.errors(day)
        raise _best_error(base, quote, day, alone or joined, market)

    def _name_markets(self, error: RateError, plan: Plan, day: _dt.date) -> None:
        """Add to ``error`` which markets do answer for the pair on ``day``, and their spans."""
        pair = (plan.base, plan.quote)
        answering = []
        for market in MARKETS:
            if market == plan.market:
                continue
            if any(market in self.markets(code) for code in pair if code not in self._bases()):
                other = self._plan(*pair, plan.policy, plan.max_age, plan.source, market, plan.side)
                if other.answer(day) is not None:
                    answering.append(market)
        notes = []
        if plan.market != DEFAULT_MARKET and not getattr(error, "available", None):
            spans = self._market_spans(pair, plan.market)
            notes.append(f"the {plan.market} rate: {spans or 'no source quotes it'}")
        listed = ", ".join(answering) if answering else "none"
        notes.append(f"other rates for {pair[0]}/{pair[1]} on {day.isoformat()}: {listed}")
        error.args = (f"{error.args[0]}; {'; '.join(notes)}", *error.args[1:])

    def _bases(self) -> frozenset[str]:
        return frozenset(info.base for info in self.sources.values())

    def _market_spans(self, pair: tuple[str, str], market: str) -> str:
        """``argentinadatos 2011-01-03..2026-02-21, dolarapi …``: who quotes ``market`` when."""
        parts = []
        for coverage in self.coverage():
            for (currency, found), (first, last) in sorted(coverage.per_market.items()):
                if currency in pair and found == market and currency not in self._bases():
                    parts.append(f"{coverage.source.id} {first.isoformat()}..{last.isoformat()}")
        return ", ".join(parts)

    def market_quotes(
        self,
        base: str,
        quote: str,
        on: _dt.date | str | None = None,
        *,
        policy: str | None = None,
        max_age: int | None = None,
        source: str | None = None,
    ) -> dict[str, tuple[Quote, ...]]:
        """Every market's quote for the pair on ``on``: ``{market: quotes}``, in
        :data:`~fxnorm.rates.model.MARKETS` order, for the markets that answer.

        Each market has one quote (side ``mid``) when its publisher prints one
        figure, else its ``buy`` and ``sell`` quotes (one of them when only one
        is published). A claim check compares a claim with each market's band.
        Nothing is fetched online.
        """
        pair = (_code(base), _code(quote))
        day = _day(on)
        found: dict[str, tuple[Quote, ...]] = {}
        for market in MARKETS:
            if market != DEFAULT_MARKET and all(self.market_of(c, market) != market for c in pair):
                continue
            sides: list[Quote] = []
            for side in SIDE_CHOICES:
                plan = self._checked_plan(base, quote, policy, max_age, source, market, side)
                try:  # not through quote(): a miss here needs no explanation
                    answer = self._answer(plan, day)
                except RateError:
                    continue
                if answer.side == "mid":
                    sides = [answer]
                    break
                sides.append(answer)
            if sides:
                found[market] = tuple(sides)
        return found

    def rate(
        self, base: str, quote: str, on: _dt.date | str | None = None, **options: object
    ) -> Decimal:
        """Just the value of :meth:`quote` (through :meth:`value` when no option is given)."""
        if not options:
            found: Decimal = self.value(base, quote, on)[0]
            return found
        return self.quote(base, quote, on, **options).value  # type: ignore[arg-type]

    # -- internals ------------------------------------------------------------------

    def _after_miss(self, error: RateError, plan: Plan, day: _dt.date, online: bool) -> Quote:
        """Fetch what a query missed and answer again (online), or say how to (offline)."""
        from . import sources

        pair = (plan.base, plan.quote)
        policy, age = plan.policy, plan.max_age
        only = self.sources.get(plan.source or "")
        if only is not None and only.kind == "fixed":
            raise error  # a rate fixed by law: nothing to fetch
        if not online:
            raise sources.with_fetch_hint(error, pair, day, policy, age)
        if sources.offline():
            error.args = (
                f"{error.args[0]}; online fetching was asked for, but FXNORM_OFFLINE=1 forbids it",
            )
            raise error
        notes = sources.fetch_for(pair[0], pair[1], day, policy=policy, max_age=age)
        self._reload_cache()
        try:
            return self._answer(
                self._plan(*pair, policy, age, plan.source, plan.market, plan.side), day
            )
        except RateError as again:
            fetched = "; ".join(notes) or "nothing new"
            again.args = (f"{again.args[0]} (fetched online: {fetched})",)
            raise again from None

    def _reload_cache(self) -> None:
        """Open the cache afresh (it just gained rates) and start this book again with it."""
        from .cache import open_store

        fresh = open_store()
        if fresh is None:
            return
        stores = [store for store in self.stores if store.name != "cache"] + [fresh]
        RateBook.__init__(
            self, stores, policy=self.policy, max_age=self.max_age, online=self.online
        )

    def _uncovered(
        self, base: str, quote: str, only: str | None, market: str = DEFAULT_MARKET
    ) -> RateNotFoundError:
        from ..currencies import validate

        for code in (base, quote):
            validate(code)  # an unknown code gets its own error, with suggestions
        ids = [only] if only else list(self.sources)
        available: dict[str, str] = {}
        for code in (base, quote):
            holders = [s for s in ids if self.covers(s, code, self.market_of(code, market))]
            available[code] = ", ".join(holders) if holders else "no source"
        detail = "; ".join(f"{code}: {where}" for code, where in available.items())
        scope = f"source {only!r}" if only else "the available sources"
        what = "rate" if market == DEFAULT_MARKET else f"{market} rate"
        if market != DEFAULT_MARKET and not any(
            self.market_of(code, market) == market for code in (base, quote)
        ):
            listed = "; ".join(f"{code}: {', '.join(self.markets(code))}" for code in (base, quote))
            return RateNotFoundError(
                f"no {what} for {base}/{quote}: no source quotes either currency in that "
                f"market (rates there are: {listed})",
                available,
            )
        return RateNotFoundError(
            f"no {what} for {base}/{quote} in {scope} ({detail}); "
            "`fxnorm rates sources` lists what is covered",
            available,
        )


def _widen(
    table: dict[_K, tuple[_dt.date, _dt.date]], key: _K, span: tuple[_dt.date, _dt.date]
) -> None:
    """Make ``table[key]`` the span covering both its old value and ``span``."""
    old = table.get(key)
    table[key] = (min(old[0], span[0]), max(old[1], span[1])) if old else span


def _merge(parts: Sequence[Series]) -> Series | None:
    """One series from several stores' copies; the first store wins on a shared day."""
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    merged: dict[int, tuple[str, str]] = {}
    for part in reversed(parts):
        for index, day in enumerate(part.days):
            merged[day] = (part.values[index], part.origin(index))
    days = sorted(merged)
    return Series(
        parts[0].source,
        parts[0].currency,
        days,
        [merged[d][0] for d in days],
        [merged[d][1] for d in days],
        market=parts[0].market,
        side=parts[0].side,
        until=parts[0].until,
    )


def _best_error(
    base: str,
    quote: str,
    day: _dt.date,
    errors: Iterable[RateError],
    market: str = DEFAULT_MARKET,
) -> RateError:
    """The most useful of several failures.

    A staleness error names the publications nearest the date, so it wins;
    when every source is simply out of range, one error lists what each covers.
    """
    collected = list(errors)
    stale = [e for e in collected if isinstance(e, StaleRateError)]
    if stale:
        best = stale[0]
        others = list(dict.fromkeys(str(e) for e in collected if str(e) != str(best)))
        if others:
            best.args = (f"{best.args[0]} (also: {'; '.join(others[:2])})",)
        return best
    available: dict[str, str] = {}
    for error in collected:
        if isinstance(error, RateNotFoundError):
            for source, span in error.available.items():
                available.setdefault(source, span)
    if len(available) < 2:
        return collected[0]
    spans = ", ".join(f"{source} covers {span}" for source, span in available.items())
    ends = [span.rpartition("..")[2] for span in available.values()]
    latest = max(ends) if all(end < day.isoformat() for end in ends) else None
    hint = f"; the latest rate is of {latest}" if latest else ""
    what = "" if market == DEFAULT_MARKET else f"{market} "
    return RateNotFoundError(
        f"no {what}{base}/{quote} rate for {day.isoformat()}: {spans}{hint}", available
    )


def _day(on: _dt.date | str | None) -> _dt.date:
    """The date a query asks for: ``on`` read as a date, or today."""
    if type(on) is _dt.date:
        return on
    return _dt.date.today() if on is None else to_date(on)


def _code(code: str) -> str:
    if not isinstance(code, str):
        raise InvalidInputError(f"a currency code must be a string, not {type(code).__name__}")
    return code.strip().upper()


@lru_cache(maxsize=4)
def default_book(*, online: bool | None = None) -> RateBook:
    """The embedded dataset, then the rate cache if there is one; opened once per process.

    The embedded data answers first; the cache (``fxnorm rates update``, or an
    online fetch) fills dates and currencies it lacks. A cache file that cannot
    be read is moved aside with a warning, and the embedded data still answers.
    ``online=True`` (default: ``FXNORM_ONLINE=1`` in the environment) fetches
    what is missing; see :meth:`RateBook.quote`.
    """
    from ..data import DATASET_PATH
    from .cache import open_store

    if online is None:
        import os

        online = os.environ.get("FXNORM_ONLINE", "").strip().lower() in ("1", "true", "yes")
    from .fixed import fixed_store

    stores: list[RateStore] = [SQLiteStore(DATASET_PATH, name="embedded"), fixed_store()]
    cache = open_store()
    if cache is not None:
        stores.append(cache)
    return RateBook(stores, online=online)
