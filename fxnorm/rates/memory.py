"""A rates store held in memory: for tests, examples and synthetic books."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from .._dates import to_date
from .model import SourceInfo
from .series import Series

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


class MemoryStore:
    """Published rates given as ``{source: {currency: {date: "value"}}}``.

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
        rates: Mapping[str, Mapping[str, Mapping[_dt.date | str, str]]],
        *,
        name: str = "memory",
    ) -> None:
        self.name = name
        self._sources = {info.id: info for info in sources}
        self._series: dict[tuple[str, str], Series] = {}
        for source_id, by_currency in rates.items():
            for currency, by_day in by_currency.items():
                points = sorted((to_date(day).toordinal(), value) for day, value in by_day.items())
                if points:
                    self._series[(source_id, currency)] = Series(
                        source_id,
                        currency,
                        [d for d, _ in points],
                        [v for _, v in points],
                        [name] * len(points),
                    )

    def sources(self) -> dict[str, SourceInfo]:
        return self._sources

    def currencies(self, source: str) -> frozenset[str]:
        return frozenset(c for s, c in self._series if s == source)

    def series(self, source: str, currency: str) -> Series | None:
        return self._series.get((source, currency))

    def spans(self, source: str) -> dict[str, tuple[_dt.date, _dt.date]]:
        return {c: (s.first, s.last) for (src, c), s in self._series.items() if src == source}
