"""Value types of the rates layer: sources, quotes, coverage, lookup policies."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

__all__ = ["POLICIES", "Coverage", "Policy", "Quote", "SourceInfo"]

#: How a date without a publication is answered.
#: ``exact``: only a publication on that very day; ``previous`` (default): the
#: last publication on or before it, as ECB users do; ``nearest``: the closest
#: publication either side; ``interpolate``: linear between the publications
#: either side. All of them respect the staleness limit.
Policy = Literal["exact", "previous", "nearest", "interpolate"]
POLICIES: tuple[str, ...] = ("exact", "previous", "nearest", "interpolate")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Who publishes a series, on what base, under which terms."""

    id: str
    name: str
    publisher: str
    base: str
    url: str
    licence: str
    retrieved: str
    priority: int
    kind: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """An exchange rate: 1 ``base`` = ``value`` ``quote`` on ``date``.

    ``date`` is the publication actually used (for a rate derived from
    several publications, the oldest of them); ``requested_date`` is the date
    asked for. ``method`` says how the value was obtained:

    - ``published``: a value exactly as its publisher printed it;
    - ``inverse``: 1 / a published value;
    - ``cross``: computed through a third currency from ``legs``;
    - ``interpolated``: linear between the two publications in ``legs``;
    - ``fixed``: a rate fixed by law (the euro's conversion rates, the CFA
      francs' parity), in force on ``date``; its act is the one leg;
    - ``identity``: a currency against itself.

    ``legs`` are the published quotes a derived value comes from, so every
    figure can be traced to what its publisher printed. ``origin`` names the
    store that answered (``embedded`` dataset or ``cache``).
    """

    base: str
    quote: str
    value: Decimal
    date: _dt.date
    requested_date: _dt.date
    source: str
    publisher: str
    method: str = "published"
    legs: tuple[Quote, ...] = ()
    origin: str = "embedded"

    @property
    def derived(self) -> bool:
        """True when the value was computed rather than printed by its publisher."""
        return self.method not in ("published", "identity")

    @property
    def age_days(self) -> int:
        """Days between the publication used and the date asked for (≥ 0 for ``previous``)."""
        return (self.requested_date - self.date).days

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description: decimals and dates as strings."""
        return {
            "value": format(self.value, "f"),
            "base": self.base,
            "quote": self.quote,
            "date": self.date.isoformat(),
            "requested_date": self.requested_date.isoformat(),
            "source": self.source,
            "publisher": self.publisher,
            "method": self.method,
            "origin": self.origin,
            "legs": [leg.to_dict() for leg in self.legs],
        }

    def describe(self) -> str:
        """One line for people: ``1 CNY = 0.14031 USD (ECB, 2025-09-24, cross via EUR)``."""
        text = f"1 {self.base} = {self.value:f} {self.quote}"
        detail = f"{self.source}, {self.date.isoformat()}"
        if self.method == "cross":
            pivots = sorted({leg.base for leg in self.legs} - {self.base, self.quote})
            detail += f", cross via {'/'.join(pivots) or 'legs'}"
        elif self.method in ("inverse", "interpolated"):
            detail += f", {self.method}"
        elif self.method == "fixed" and self.legs:
            detail += f", fixed since {self.legs[0].date.isoformat()}"
        return f"{text} ({detail})"


@dataclass(frozen=True, slots=True)
class Coverage:
    """What one source covers: its currencies and the dates of its first and last rates."""

    source: SourceInfo
    currencies: tuple[str, ...]
    first: _dt.date
    last: _dt.date
    per_currency: dict[str, tuple[_dt.date, _dt.date]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.id,
            "publisher": self.source.publisher,
            "base": self.source.base,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "currencies": list(self.currencies),
        }
