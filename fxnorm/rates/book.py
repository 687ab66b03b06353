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
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from .._dates import to_date
from .._decimal import CONTEXT
from ..errors import InvalidInputError, RateError, RateNotFoundError, StaleRateError
from .model import POLICIES, Coverage, Quote, SourceInfo
from .series import Series, pick
from .store import RateStore, SQLiteStore

__all__ = ["DEFAULT_MAX_AGE", "RateBook", "default_book"]

#: Staleness limit in days: a daily source's rate older than this is not an answer.
DEFAULT_MAX_AGE = 7

#: Answers memoised per book before the memo is emptied and starts again.
_MEMO_SIZE = 200_000

# A plan: ((source,), pivot=None) for one source, or ((s1, s2), pivot) for two.
_Plan = tuple[tuple[str, ...], str | None]


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
        self._series: dict[tuple[str, str], Series | None] = {}
        self._plans: dict[tuple[str, str, str | None], list[_Plan]] = {}
        self._published: dict[tuple[str, str, int], Quote] = {}
        self._memo: dict[tuple[object, ...], Quote] = {}

    def forget(self) -> None:
        """Drop what this book has loaded and memoised, e.g. after a store gained rates."""
        self._series.clear()
        self._plans.clear()
        self._published.clear()
        self._memo.clear()

    @classmethod
    def default(cls) -> RateBook:
        """The book fxnorm uses when none is given: the embedded dataset, offline."""
        return default_book()

    # -- what is covered ----------------------------------------------------------

    def covers(self, source: str, currency: str) -> bool:
        """Whether ``source`` quotes ``currency`` (its base counts) on some date."""
        return currency == self.sources[source].base or currency in self._quoted[source]

    def currencies(self) -> frozenset[str]:
        """Every currency some source quotes, bases included."""
        found = {info.base for info in self.sources.values()}
        return frozenset(found.union(*self._quoted.values()))

    def coverage(self) -> list[Coverage]:
        """For each source: its currencies and the span of dates it covers."""
        result = []
        for source_id, info in self.sources.items():
            spans: dict[str, tuple[_dt.date, _dt.date]] = {}
            for store in self.stores:
                for currency, (first, last) in store.spans(source_id).items():
                    old = spans.get(currency)
                    spans[currency] = (
                        (min(old[0], first), max(old[1], last)) if old else (first, last)
                    )
            if not spans:
                continue
            result.append(
                Coverage(
                    source=info,
                    currencies=tuple(sorted(set(spans) | {info.base})),
                    first=min(first for first, _ in spans.values()),
                    last=max(last for _, last in spans.values()),
                    per_currency=spans,
                )
            )
        return result

    def series(self, source: str, currency: str) -> Series | None:
        """The published series of ``currency`` in ``source``, merged across stores."""
        key = (source, currency)
        if key not in self._series:
            parts = [s for s in (store.series(source, currency) for store in self.stores) if s]
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
    ) -> Quote:
        """How many ``quote`` one ``base`` was worth on ``on`` (default: today).

        ``policy`` is ``previous`` (default), ``exact``, ``nearest`` or
        ``interpolate``; ``max_age`` the staleness limit in days; ``source``
        restricts the answer to one source id (``ecb``, ``bcra``,
        ``currency-api``).

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
        key = (base, quote, day, chosen_policy, age, source)
        found = self._memo.get(key)
        if found is None:
            pair = (_code(base), _code(quote))
            try:
                found = self._compute(pair[0], pair[1], day, chosen_policy, age, source)
            except RateError as error:
                use_online = self.online if online is None else online
                found = self._after_miss(error, pair, day, (chosen_policy, age, source), use_online)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found
        return found

    def _compute(
        self,
        base: str,
        quote: str,
        day: _dt.date,
        chosen_policy: str,
        age: int,
        source: str | None,
    ) -> Quote:
        """Answer one query (``quote`` memoises the answers: a Quote is immutable)."""
        if base == quote:
            return Quote(base, quote, Decimal(1), day, day, "identity", "", "identity", ())
        if source is not None and source not in self.sources:
            raise InvalidInputError(
                f"unknown source {source!r}; available: {', '.join(self.sources)}"
            )
        plans = self._plans_for(base, quote, source)
        if not plans:
            raise self._uncovered(base, quote, source)
        errors: list[RateError] = []
        joined: list[RateError] = []  # failures of two-source plans: reported only if alone
        for sources, pivot in plans:
            try:
                if pivot is None:
                    return self._within(sources[0], base, quote, day, chosen_policy, age)
                first = self._within(sources[0], base, pivot, day, chosen_policy, age)
                second = self._within(sources[1], pivot, quote, day, chosen_policy, age)
            except RateError as error:
                (errors if pivot is None else joined).append(error)
                continue
            return _compose(first, second, day)
        raise _best_error(base, quote, day, errors or joined)

    def rate(
        self, base: str, quote: str, on: _dt.date | str | None = None, **options: object
    ) -> Decimal:
        """Just the value of :meth:`quote`."""
        return self.quote(base, quote, on, **options).value  # type: ignore[arg-type]

    # -- internals ------------------------------------------------------------------

    def _plans_for(self, base: str, quote: str, only: str | None) -> list[_Plan]:
        key = (base, quote, only)
        plans = self._plans.get(key)
        if plans is None:
            plans = self._plans[key] = self._make_plans(base, quote, only)
        return plans

    def _make_plans(self, base: str, quote: str, only: str | None) -> list[_Plan]:
        ids = [only] if only else list(self.sources)
        rank = {source_id: index for index, source_id in enumerate(self.sources)}
        scored: list[tuple[tuple[int, int, int], _Plan]] = []
        for s1 in ids:
            if self.covers(s1, base) and self.covers(s1, quote):
                scored.append(((rank[s1], 1, rank[s1]), ((s1,), None)))
        if only is None:
            for s1 in ids:
                for s2 in ids:
                    if s1 == s2 or not (self.covers(s1, base) and self.covers(s2, quote)):
                        continue
                    for pivot in dict.fromkeys((self.sources[s1].base, self.sources[s2].base)):
                        if pivot in (base, quote):
                            continue
                        if self.covers(s1, pivot) and self.covers(s2, pivot):
                            worst = max(rank[s1], rank[s2])
                            scored.append(((worst, 2, rank[s1] + rank[s2]), ((s1, s2), pivot)))
        scored.sort(key=lambda item: item[0])
        return [plan for _, plan in scored]

    def _within(
        self, source: str, base: str, quote: str, day: _dt.date, policy: str, max_age: int
    ) -> Quote:
        """A quote from one source: published, inverted, or crossed through its base."""
        info = self.sources[source]
        if base == info.base:
            leg = self._leg(info, quote, day, policy, max_age)
            if leg.requested_date == day:
                return leg
            return Quote(
                leg.base,
                leg.quote,
                leg.value,
                leg.date,
                day,
                leg.source,
                leg.publisher,
                leg.method,
                leg.legs,
                leg.origin,
            )
        base_leg = self._leg(info, base, day, policy, max_age)
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
            )
        quote_leg = self._leg(info, quote, day, policy, max_age)
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
        )

    def _leg(
        self, info: SourceInfo, currency: str, day: _dt.date, policy: str, max_age: int
    ) -> Quote:
        """The published (or interpolated) value of ``currency`` per one unit of the base."""
        series = self.series(info.id, currency)
        if series is None:
            raise RateNotFoundError(f"{info.id} has no {currency} rates", {})
        if info.kind == "fixed":  # a rate fixed by law is in force every day from its own
            act = self._publication(info, series, _in_force(series, info.id, day))
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
            )
        chosen = pick(series, day, policy, max_age)
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
        )

    def _publication(self, info: SourceInfo, series: Series, index: int) -> Quote:
        """The published value at ``index`` as a Quote (kept: publications do not change)."""
        key = (info.id, series.currency, index)
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
            )
        return found

    def _after_miss(
        self,
        error: RateError,
        pair: tuple[str, str],
        day: _dt.date,
        options: tuple[str, int, str | None],
        online: bool,
    ) -> Quote:
        """Fetch what a query missed and answer again (online), or say how to (offline)."""
        from . import sources

        policy, age, only = options
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
            return self._compute(pair[0], pair[1], day, policy, age, only)
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

    def _uncovered(self, base: str, quote: str, only: str | None) -> RateNotFoundError:
        from ..currencies import validate

        for code in (base, quote):
            validate(code)  # an unknown code gets its own error, with suggestions
        ids = [only] if only else list(self.sources)
        available: dict[str, str] = {}
        for code in (base, quote):
            holders = [s for s in ids if self.covers(s, code)]
            available[code] = ", ".join(holders) if holders else "no source"
        detail = "; ".join(f"{code}: {where}" for code, where in available.items())
        scope = f"source {only!r}" if only else "the available sources"
        return RateNotFoundError(
            f"no rate for {base}/{quote} in {scope} ({detail}); "
            "`fxnorm rates sources` lists what is covered",
            available,
        )


def _in_force(series: Series, source: str, day: _dt.date) -> int:
    """The index of the fixed rate in force on ``day``: the last set on or before it.
    Not for a day after today: nobody can say yet what will be in force then."""
    if day > _dt.date.today():
        raise RateNotFoundError(
            f"{source} has no {series.currency} rate for {day.isoformat()}: a day after today",
            {source: f"{series.first.isoformat()}..{_dt.date.today().isoformat()}"},
        )
    position = bisect_right(series.days, day.toordinal())
    if not position:
        raise RateNotFoundError(
            f"{source} has no {series.currency} rate for {day.isoformat()}: "
            f"it was fixed to the euro on {series.first.isoformat()}",
            {source: f"{series.first.isoformat()}.."},
        )
    return position - 1


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
    )


def _best_error(base: str, quote: str, day: _dt.date, errors: Iterable[RateError]) -> RateError:
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
    return RateNotFoundError(
        f"no {base}/{quote} rate for {day.isoformat()}: {spans}{hint}", available
    )


def _code(code: str) -> str:
    if not isinstance(code, str):
        raise InvalidInputError(f"a currency code must be a string, not {type(code).__name__}")
    return code.strip().upper()


def _check_policy(policy: str) -> str:
    if policy not in POLICIES:
        raise InvalidInputError(f"unknown policy {policy!r}; choose one of {', '.join(POLICIES)}")
    return policy


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
