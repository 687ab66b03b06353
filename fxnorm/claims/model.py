"""Value types of claim checking: verdicts, readings, date ranges, reports."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..parsing.model import Mention, Pair
from ..rates.model import Quote

if TYPE_CHECKING:
    from .markets import MarketMatch

__all__ = ["VERDICTS", "ClaimCheck", "DateRange", "MentionValue", "Reading", "TextReport"]

#: ``consistent``: the reference rate is within what the statement allows;
#: ``inconsistent``: it is not; ``unverifiable``: no rate covers the date (or a
#: figure has no currency at all); ``ambiguous``: a currency is unresolved and
#: the readings disagree or cannot all be checked.
VERDICTS = ("consistent", "inconsistent", "unverifiable", "ambiguous")


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


@dataclass(frozen=True, slots=True)
class DateRange:
    """Consecutive publication dates on which a claim is within its rounding interval.

    ``best`` is the date whose reference rate is closest to the implied rate,
    and ``best_deviation`` the signed relative deviation on that date.
    """

    start: _dt.date
    end: _dt.date
    best: _dt.date
    best_deviation: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "best": self.best.isoformat(),
            "best_deviation": _num(self.best_deviation),
        }


@dataclass(frozen=True, slots=True)
class Reading:
    """One way of reading an ambiguous pair's currencies, and its verdict."""

    source_currency: str
    stated_currency: str
    verdict: str
    deviation: Decimal | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_currency": self.source_currency,
            "stated_currency": self.stated_currency,
            "verdict": self.verdict,
            "deviation": _num(self.deviation),
        }


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The check of one stated equivalence, ``source (stated)``.

    Rates are expressed as units of the source figure's currency per one unit
    of the stated figure's currency (``380 billion yuan ($53 billion)``:
    CNY per USD, 7.1698). ``implied_rate`` is what the text states;
    ``implied_low``/``implied_high`` the interval its rounding allows (each
    figure ± half its stated precision); ``reference`` the published rate.

    ``deviation`` is ``implied_rate / reference - 1`` (signed). ``tolerance``
    is what the statement itself allows on the side the deviation falls: the
    rounding interval plus the rate ``slack`` (another provider or another
    day's rate) plus any widening for approximate qualifiers, so that the
    claim is consistent exactly when ``abs(deviation) <= tolerance``. Before a
    reference is known it is the larger of the two sides. ``qualifiers`` lists
    every qualifier taken into account and how.

    For a currency quoted in several markets (the peso's official, blue, MEP …
    rates), ``markets`` has every market of the day checked against the claim
    (:class:`~fxnorm.claims.markets.MarketMatch`) and ``market`` the one the
    writer most likely used; ``reference`` is then that market's published
    side nearest the implied rate, and ``deviation`` is 0 inside its band.
    """

    pair: Pair
    verdict: str
    requested_date: _dt.date | None
    implied_rate: Decimal | None = None
    implied_low: Decimal | None = None
    implied_high: Decimal | None = None
    reference: Quote | None = None
    deviation: Decimal | None = None
    tolerance: Decimal | None = None
    slack: Decimal = Decimal("0.01")
    qualifiers: tuple[str, ...] = ()
    reason: str = ""
    readings: tuple[Reading, ...] = ()
    matching_dates: tuple[DateRange, ...] | None = None
    markets: tuple[MarketMatch, ...] = ()
    market: str | None = None

    @property
    def consistent(self) -> bool:
        return self.verdict == "consistent"

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (decimals and dates as strings)."""
        from ..parsing.report import mention_to_dict

        return {
            "text": self.pair.text,
            "span": list(self.pair.span),
            "source": mention_to_dict(self.pair.source),
            "stated": mention_to_dict(self.pair.stated),
            "verdict": self.verdict,
            "requested_date": self.requested_date.isoformat() if self.requested_date else None,
            "implied_rate": _num(self.implied_rate),
            "implied_interval": [_num(self.implied_low), _num(self.implied_high)],
            "reference": self.reference.to_dict() if self.reference else None,
            "deviation": _num(self.deviation),
            "tolerance": _num(self.tolerance),
            "slack": _num(self.slack),
            "qualifiers": list(self.qualifiers),
            "reason": self.reason,
            "readings": [reading.to_dict() for reading in self.readings],
            "matching_dates": (
                None if self.matching_dates is None else [r.to_dict() for r in self.matching_dates]
            ),
            "market": self.market,
            "markets": [match.to_dict() for match in self.markets],
        }


@dataclass(frozen=True, slots=True)
class MentionValue:
    """A figure of a document that is not part of a pair, normalised to one currency."""

    mention: Mention
    converted: Decimal | None
    currency: str | None
    rate: Quote | None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        from ..parsing.report import mention_to_dict

        return {
            "mention": mention_to_dict(self.mention),
            "converted": _num(self.converted),
            "currency": self.currency,
            "rate": self.rate.to_dict() if self.rate else None,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class TextReport:
    """Every pair of a document checked, and every other figure normalised."""

    checks: tuple[ClaimCheck, ...]
    mentions: tuple[MentionValue, ...]
    requested_date: _dt.date | None
    to: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        """``3 checked: 2 consistent, 1 inconsistent, 0 unverifiable, 0 ambiguous``."""
        parts = ", ".join(f"{self.counts.get(v, 0)} {v}" for v in VERDICTS)
        return f"{len(self.checks)} checked: {parts}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "requested_date": self.requested_date.isoformat() if self.requested_date else None,
            "to": self.to,
            "summary": {
                "checked": len(self.checks),
                **{verdict: self.counts.get(verdict, 0) for verdict in VERDICTS},
            },
            "checks": [check.to_dict() for check in self.checks],
            "mentions": [value.to_dict() for value in self.mentions],
        }
