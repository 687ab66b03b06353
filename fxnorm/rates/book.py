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
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple, TypeVar

from .._dates import to_date
from .._decimal import CONTEXT
from ..errors import InvalidInputError, RateError, RateNotFoundError, StaleRateError
from .model import DEFAULT_MARKET, MARKETS, POLICIES, Coverage, Quote, SourceInfo
from .series import Series, pick
from .store import RateStore, SQLiteStore

__all__ = ["DEFAULT_MAX_AGE", "DEFAULT_SIDE", "RateBook", "default_book"]

#: Staleness limit in days: a daily source's rate older than this is not an answer.
DEFAULT_MAX_AGE = 7

#: The side of a two-sided quote a conversion uses unless told otherwise: the
#: selling price (venta), the figure publishers and the press quote as the rate.
DEFAULT_SIDE = "sell"

#: The sides a caller may ask for (a single published figure answers both).
_SIDE_CHOICES = ("buy", "sell")

#: Answers memoised per book before the memo is emptied and starts again.
_MEMO_SIZE = 200_000

# A plan: ((source,), pivot=None) for one source, or ((s1, s2), pivot) for two.
_Plan = tuple[tuple[str, ...], str | None]

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
        self.policy = _check_policy(policy)
        self.max_age = _check_max_age(max_age)
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
        self._plans: dict[tuple[str, str, str | None, str], list[_Plan]] = {}
        self._published: dict[tuple[str, str, str, str, int], Quote] = {}
        self._memo: dict[tuple[object, ...], Quote] = {}
        self._coverage: list[Coverage] | None = None

    def forget(self) -> None:
        """Drop what this book has loaded and memoised, e.g. after a store gained rates."""
        self._series.clear()
        self._plans.clear()
        self._published.clear()
        self._memo.clear()
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
        day = on if type(on) is _dt.date else _dt.date.today() if on is None else to_date(on)
        chosen_policy = self.policy if policy is None else _check_policy(policy)
        age = self.max_age if max_age is None else _check_max_age(max_age)
        key = (base, quote, day, chosen_policy, age, source, rate, side)
        found = self._memo.get(key)
        if found is None:
            pair = (_code(base), _code(quote))
            market = DEFAULT_MARKET if rate is None else check_market(rate)
            lookup = _Lookup(chosen_policy, age, source, market, check_side(side))
            try:
                found = self._compute(pair[0], pair[1], day, lookup)
            except RateError as error:
                several = len(self.markets(pair[0])) > 1 or len(self.markets(pair[1])) > 1
                if several and source is None:
                    self._name_markets(error, pair, day, lookup)
                if market != DEFAULT_MARKET:
                    raise  # the online sources publish official rates only
                use_online = self.online if online is None else online
                found = self._after_miss(error, pair, day, lookup, use_online)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found
        return found

    def _compute(self, base: str, quote: str, day: _dt.date, lookup: _Lookup) -> Quote:
        """Answer one query (``quote`` memoises the answers: a Quote is immutable)."""
        if base == quote:
            return Quote(base, quote, Decimal(1), day, day, "identity", "", "identity", ())
        source, market = lookup.source, lookup.market
        if source is not None and source not in self.sources:
            raise InvalidInputError(
                f"unknown source {source!r}; available: {', '.join(self.sources)}"
            )
        plans = self._plans_for(base, quote, source, market)
        if not plans or (
            market != DEFAULT_MARKET
            and self.market_of(base, market) != market
            and self.market_of(quote, market) != market
        ):
            raise self._uncovered(base, quote, source, market)
        errors: list[RateError] = []
        joined: list[RateError] = []  # failures of two-source plans: reported only if alone
        for sources, pivot in plans:
            try:
                if pivot is None:
                    return self._within(sources[0], base, quote, day, lookup)
                first = self._within(sources[0], base, pivot, day, lookup)
                second = self._within(sources[1], pivot, quote, day, lookup)
            except RateError as error:
                (errors if pivot is None else joined).append(error)
                continue
            return _compose(first, second, day)
        raise _best_error(base, quote, day, errors or joined, market)

    def _name_markets(
        self, error: RateError, pair: tuple[str, str], day: _dt.date, lookup: _Lookup
    ) -> None:
        """Add to ``error`` which markets do answer for the pair on ``day``, and their spans."""
        answering = []
        for market in MARKETS:
            if market == lookup.market:
                continue
            other = _Lookup(lookup.policy, lookup.max_age, lookup.source, market, lookup.side)
            if any(market in self.markets(code) for code in pair if code not in self._bases()):
                try:
                    self._compute(pair[0], pair[1], day, other)
                except RateError:
                    continue
                answering.append(market)
        notes = []
        if lookup.market != DEFAULT_MARKET and not getattr(error, "available", None):
            spans = self._market_spans(pair, lookup.market)
            notes.append(f"the {lookup.market} rate: {spans or 'no source quotes it'}")
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
        day = on if type(on) is _dt.date else _dt.date.today() if on is None else to_date(on)
        chosen_policy = self.policy if policy is None else _check_policy(policy)
        age = self.max_age if max_age is None else _check_max_age(max_age)
        found: dict[str, tuple[Quote, ...]] = {}
        for market in MARKETS:
            if market != DEFAULT_MARKET and all(self.market_of(c, market) != market for c in pair):
                continue
            sides: list[Quote] = []
            for side in _SIDE_CHOICES:
                try:  # not through quote(): a miss here needs no explanation
                    answer = self._compute(
                        pair[0], pair[1], day, _Lookup(chosen_policy, age, source, market, side)
                    )
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
        """Just the value of :meth:`quote`."""
        return self.quote(base, quote, on, **options).value  # type: ignore[arg-type]

    # -- internals ------------------------------------------------------------------

    def _plans_for(
        self, base: str, quote: str, only: str | None, market: str = DEFAULT_MARKET
    ) -> list[_Plan]:
        key = (base, quote, only, market)
        plans = self._plans.get(key)
        if plans is None:
            plans = self._plans[key] = self._make_plans(base, quote, only, market)
        return plans

    def _make_plans(self, base: str, quote: str, only: str | None, market: str) -> list[_Plan]:
        ids = [only] if only else list(self.sources)
        rank = {source_id: index for index, source_id in enumerate(self.sources)}
        scored: list[tuple[tuple[int, int, int], _Plan]] = []

        def covers(source: str, currency: str) -> bool:
            return self.covers(source, currency, self.market_of(currency, market))

        for s1 in ids:
            if covers(s1, base) and covers(s1, quote):
                scored.append(((rank[s1], 1, rank[s1]), ((s1,), None)))
        if only is None:
            for s1 in ids:
                for s2 in ids:
                    if s1 == s2 or not (covers(s1, base) and covers(s2, quote)):
                        continue
                    for pivot in dict.fromkeys((self.sources[s1].base, self.sources[s2].base)):
                        if pivot in (base, quote):
                            continue
                        if covers(s1, pivot) and covers(s2, pivot):
                            worst = max(rank[s1], rank[s2])
                            scored.append(((worst, 2, rank[s1] + rank[s2]), ((s1, s2), pivot)))
        scored.sort(key=lambda item: item[0])
        return [plan for _, plan in scored]

    def _within(self, source: str, base: str, quote: str, day: _dt.date, lookup: _Lookup) -> Quote:
        """A quote from one source: published, inverted, or crossed through its base."""
        info = self.sources[source]
        if base == info.base:
            leg = self._leg(info, quote, day, lookup)
            if leg.requested_date == day:
                return leg
            return replace(leg, requested_date=day)
        base_leg = self._leg(info, base, day, lookup)
        if quote == info.base:
            value = CONTEXT.divide(Decimal(1), base_leg.value)
            return Quote(
                base,
                quote,
                value,
                base_leg.date,
                day,
                source,
                info.publisher,
                "inverse",
                (base_leg,),
                base_leg.origin,
                base_leg.market,
                base_leg.side,
            )
        quote_leg = self._leg(info, quote, day, lookup)
        value = CONTEXT.divide(quote_leg.value, base_leg.value)
        origin = base_leg.origin if base_leg.origin == quote_leg.origin else "mixed"
        return Quote(
            base,
            quote,
            value,
            min(base_leg.date, quote_leg.date),
            day,
            source,
            info.publisher,
            "cross",
            (base_leg, quote_leg),
            origin,
            *_market_side((base_leg, quote_leg)),
        )

    def _leg(self, info: SourceInfo, currency: str, day: _dt.date, lookup: _Lookup) -> Quote:
        """The published (or interpolated) value of ``currency`` per one unit of the base."""
        series = self.leg_series(info.id, currency, lookup.market, lookup.side)
        if series is None:
            market = self.market_of(currency, lookup.market)
            sides = sorted(self._sides.get((info.id, currency, market), ()))
            if sides:
                raise RateNotFoundError(
                    f"{info.id} publishes its {market} {currency} rate as "
                    f"{' and '.join(sides)} prices only, not {lookup.side}",
                    {},
                )
            raise RateNotFoundError(f"{info.id} has no {currency} rates", {})
        if info.kind == "fixed":  # a rate fixed by law is in force every day from its own
            act = self._publication(info, series, _in_force(series, info, day))
            return Quote(
                info.base,
                currency,
                act.value,
                day,
                day,
                info.id,
                info.publisher,
                "fixed",
                (act,),
                act.origin,
                act.market,
                act.side,
            )
        chosen = pick(series, day, lookup.policy, lookup.max_age)
        if len(chosen) == 1:
            return self._publication(info, series, chosen[0])
        before, after = (self._publication(info, series, i) for i in chosen)
        span = (after.date - before.date).days
        step = CONTEXT.divide(CONTEXT.subtract(after.value, before.value), Decimal(span))
        value = CONTEXT.add(before.value, CONTEXT.multiply(step, Decimal((day - before.date).days)))
        return Quote(
            info.base,
            currency,
            value,
            day,
            day,
            info.id,
            info.publisher,
            "interpolated",
            (before, after),
            before.origin,
            before.market,
            before.side,
        )

    def _publication(self, info: SourceInfo, series: Series, index: int) -> Quote:
        """The published value at ``index`` as a Quote (kept: publications do not change)."""
        key = (info.id, series.currency, series.market, series.side, index)
        found = self._published.get(key)
        if found is None:
            published_on = series.date(index)
            found = self._published[key] = Quote(
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
        return found

    def _after_miss(
        self,
        error: RateError,
        pair: tuple[str, str],
        day: _dt.date,
        lookup: _Lookup,
        online: bool,
    ) -> Quote:
        """Fetch what a query missed and answer again (online), or say how to (offline)."""
        from . import sources

        policy, age = lookup.policy, lookup.max_age
        only = self.sources.get(lookup.source or "")
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
            return self._compute(pair[0], pair[1], day, lookup)
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


def _in_force(series: Series, info: SourceInfo, day: _dt.date) -> int:
    """The index of the fixed rate in force on ``day``: the last set on or before it.
    Not for a day after today: nobody can say yet what will be in force then;
    nor after the last day of a fixed rate that ended (``series.until``)."""
    source = info.id
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
    position = bisect_right(series.days, day.toordinal())
    if not position:
        last = _dt.date.fromordinal(series.until).isoformat() if series.until else ""
        raise RateNotFoundError(
            f"{source} has no {series.currency} rate for {day.isoformat()}: "
            f"it was fixed to {'the euro' if info.base == 'EUR' else info.base} on {first}",
            {source: f"{first}..{last}"},
        )
    return position - 1


def _market_side(legs: Sequence[Quote]) -> tuple[str, str]:
    """The market and side of a quote derived from ``legs``: those of the leg in a
    market other than the official one, else of a two-sided leg, else official mid."""
    for leg in legs:
        if leg.market != DEFAULT_MARKET:
            return leg.market, leg.side
    for leg in legs:
        if leg.side != "mid":
            return leg.market, leg.side
    return DEFAULT_MARKET, "mid"


def _compose(first: Quote, second: Quote, day: _dt.date) -> Quote:
    """A rate through a pivot currency, from two quotes (possibly two sources)."""
    value = CONTEXT.multiply(first.value, second.value)
    publishers = " / ".join(dict.fromkeys((first.publisher, second.publisher)))
    origin = first.origin if first.origin == second.origin else "mixed"
    return Quote(
        first.base,
        second.quote,
        value,
        min(first.date, second.date),
        day,
        f"{first.source}+{second.source}",
        publishers,
        "cross",
        (first, second),
        origin,
        *_market_side((first, second)),
    )


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


def _code(code: str) -> str:
    if not isinstance(code, str):
        raise InvalidInputError(f"a currency code must be a string, not {type(code).__name__}")
    return code.strip().upper()


def _check_policy(policy: str) -> str:
    if policy not in POLICIES:
        raise InvalidInputError(f"unknown policy {policy!r}; choose one of {', '.join(POLICIES)}")
    return policy


def check_market(rate: str) -> str:
    """``rate`` if it is a market fxnorm knows (:data:`MARKETS`), else InvalidInputError."""
    if rate not in MARKETS:
        raise InvalidInputError(f"unknown rate {rate!r}; choose one of {', '.join(MARKETS)}")
    return rate


def check_side(side: str | None) -> str | None:
    """``side`` if it is None, ``buy`` or ``sell``, else InvalidInputError."""
    if side is not None and side not in _SIDE_CHOICES:
        raise InvalidInputError(f"unknown side {side!r}; choose buy or sell")
    return side


class _Lookup(NamedTuple):
    """How one query is answered: policy, staleness limit, source, market, side."""

    policy: str
    max_age: int
    source: str | None
    market: str
    side: str | None


def _check_max_age(max_age: int) -> int:
    if isinstance(max_age, bool) or not isinstance(max_age, int) or not 0 <= max_age <= 3660:
        raise InvalidInputError(
            f"max_age must be a whole number of days from 0 to 3660, not {max_age!r}"
        )
    return max_age


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
