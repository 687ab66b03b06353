"""A rates store held in memory: for tests, examples and synthetic books."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from .._dates import to_date
from .model import DEFAULT_MARKET, SourceInfo
from .series import Series
from .store import SeriesKey

__all__ = ["MemoryStore", "make_source"]


def make_source(
    source_id: str,
    base: str,
    *,
    priority: int = 0,
    publisher: str | None = None,
    kind: str = "official",
) -> SourceInfo:
    """A SourceInfo for a synthetic or test source."""
    return SourceInfo(
        id=source_id,
        name=f"{source_id} (in memory)",
        publisher=publisher or source_id,
        base=base,
        url="",
        licence="synthetic",
        retrieved="",
        priority=priority,
        kind=kind,
    )


#: How a series is named in a MemoryStore: a currency code (its official mid
#: rates), (code, market) for a single-figure market, or (code, market, side).
SeriesName = str | tuple[str, str] | tuple[str, str, str]


def _key(name: SeriesName) -> SeriesKey:
    if isinstance(name, str):
        return name, DEFAULT_MARKET, "mid"
    if len(name) == 2:
        return name[0], name[1], "mid"
    return name[0], name[1], name[2]


class MemoryStore:
    """Published rates given as ``{source: {currency: {date: "value"}}}``.

    A currency may also be given as ``(code, market, side)``, e.g.
    ``("ARS", "blue", "sell")``, for the rates of a market other than the
    official one or for one side of a two-sided quote, or as ``(code,
    market)`` for a market's single published figure (:data:`SeriesName`).

    >>> store = MemoryStore(
    ...     [make_source("demo", "EUR")],
    ...     {"demo": {"USD": {"2025-09-24": "1.1756"}, "CNY": {"2025-09-24": "8.3786"}}},
    ... )
    >>> store.series("demo", "USD").values
    ['1.1756']
    """

    def __init__(
        self,
        sources: list[SourceInfo],
        rates: Mapping[str, Mapping[Any, Mapping[Any, str]]],
        *,
        name: str = "memory",
        until: Mapping[tuple[str, str], _dt.date | str] | None = None,
    ) -> None:
        self.name = name
        self._sources = {info.id: info for info in sources}
        self._series: dict[tuple[str, str, str, str], Series] = {}
        ends = {key: to_date(day).toordinal() for key, day in (until or {}).items()}
        for source_id, by_currency in rates.items():
            for series_name, by_day in by_currency.items():
                currency, market, side = _key(series_name)
                points = sorted((to_date(day).toordinal(), value) for day, value in by_day.items())
                if points:
                    self._series[(source_id, currency, market, side)] = Series(
                        source_id,
                        currency,
                        [d for d, _ in points],
                        [v for _, v in points],
                        market=market,
                        store=name,
                        side=side,
                        until=ends.get((source_id, currency)),
                    )

    def sources(self) -> dict[str, SourceInfo]:
        return self._sources

    def currencies(self, source: str) -> frozenset[str]:
        return frozenset(key[1] for key in self._series if key[0] == source)

    def keys(self, source: str) -> frozenset[SeriesKey]:
        return frozenset(key[1:] for key in self._series if key[0] == source)

    def series(
        self, source: str, currency: str, market: str = DEFAULT_MARKET, side: str = "mid"
    ) -> Series | None:
        return self._series.get((source, currency, market, side))

    def spans(self, source: str) -> dict[str, tuple[_dt.date, _dt.date]]:
        found: dict[str, tuple[_dt.date, _dt.date]] = {}
        for (currency, _), span in self.market_spans(source).items():
            old = found.get(currency)
            found[currency] = (min(old[0], span[0]), max(old[1], span[1])) if old else span
        return found

    def market_spans(self, source: str) -> dict[tuple[str, str], tuple[_dt.date, _dt.date]]:
        found: dict[tuple[str, str], tuple[_dt.date, _dt.date]] = {}
        for (src, currency, market, _), series in self._series.items():
            if src != source:
                continue
            old = found.get((currency, market))
            span = (series.first, series.last)
            found[(currency, market)] = (
                (min(old[0], span[0]), max(old[1], span[1])) if old else span
            )
        return found
