"""Which of a currency's markets a stated conversion matches: the peso's official,
retail, blue, MEP, CCL … rates.

A peso figure in the press is converted at one of several dollars, and in
2023 the blue dollar was worth twice the official one. So a claim about a
currency quoted in several markets (``RateBook.markets``) is compared with
every market published that day, each as the band between its buying and
selling prices (a single figure where the publisher prints one):

- a market **matches** when its band meets the interval the claim allows
  (its rounding, the slack and any qualifier's widening: the interval
  :func:`fxnorm.claims.check` computes);
- a market whose figures are printed too coarsely to test the claim (the
  early ArgentinaDatos quotes are whole pesos: ``14`` when the rate was 14.08
  is 3.6 % of rounding) is **not tested**, and said so, rather than matching
  anything;
- the **likely** market, the one the writer most probably used: the official
  rate when it matches (the default of most writers and of fxnorm), else the
  matching market whose band is nearest the implied rate, else (nothing
  matches) the nearest market of all, for the report.

The deviation of a market is 0 inside its band, else the implied rate over
the nearer side, minus one; so the claim matches a market exactly when
``abs(deviation)`` is within the tolerance on that side.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Any

from .._decimal import CONTEXT
from ..rates.book import RateBook
from ..rates.model import DEFAULT_MARKET, MARKETS, Quote

if TYPE_CHECKING:
    from .model import ClaimCheck

__all__ = [
    "MarketMatch",
    "check_markets",
    "likely_market",
    "market_matches",
    "several_markets",
    "summary",
]

_ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class MarketMatch:
    """One market's quotes of the day against a claim (units: source per stated).

    ``quotes`` are the market's published sides (one ``mid`` quote, or ``buy``
    and ``sell``); ``low``/``high`` the band they span; ``deviation`` the
    implied rate against the band (0 inside); ``consistent`` whether the band
    meets the interval the claim allows; ``coarse`` that the market's figures
    are rounded more than the claim's tolerance, so it was not tested.
    """

    market: str
    quotes: tuple[Quote, ...]
    low: Decimal
    high: Decimal
    deviation: Decimal
    consistent: bool
    coarse: bool = False

    @property
    def nearest(self) -> Quote:
        """The published side nearest the implied rate (the reference a check reports)."""
        if self.deviation >= 0:
            return max(self.quotes, key=lambda q: q.value)
        return min(self.quotes, key=lambda q: q.value)

    def figures(self) -> str:
        """``buy 485, sell 490`` or ``240.0667``: the market's prices as published
        (one figure when both sides are the same, as MEP's often are)."""
        if len({q.value for q in self.quotes}) == 1:
            return _short(self.quotes[0].value)
        return ", ".join(
            _short(q.value) if q.side == "mid" else f"{q.side} {_short(q.value)}"
            for q in self.quotes
        )

    def describe(self) -> str:
        """``the blue rate (buy 485, sell 490)``."""
        return f"the {self.market} rate ({self.figures()})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "market": self.market,
            "quotes": [q.to_dict() for q in self.quotes],
            "low": format(self.low, "f"),
            "high": format(self.high, "f"),
            "deviation": format(self.deviation, "f"),
            "consistent": self.consistent,
            "coarse": self.coarse,
        }


def several_markets(rates: RateBook, *codes: str) -> bool:
    """Whether a currency of the pair is quoted in more than one market."""
    return any(len(rates.markets(code)) > 1 for code in codes)


def market_matches(
    rates: RateBook,
    stated_code: str,
    source_code: str,
    day: _dt.date,
    implied: Decimal,
    lowest: Decimal,
    highest: Decimal,
    tolerance: Decimal,
) -> tuple[MarketMatch, ...]:
    """Every market published on ``day`` for the pair, checked against the claim.

    ``lowest``/``highest`` bound the reference values the claim allows and
    ``tolerance`` is its larger relative allowance (both from the check); the
    rates are the book's ``previous`` answers for that day.
    """
    found = []
    for market, quotes in rates.market_quotes(stated_code, source_code, day).items():
        low = min(q.value for q in quotes)
        high = max(q.value for q in quotes)
        if implied < low:
            deviation = CONTEXT.subtract(CONTEXT.divide(implied, low), _ONE)
        elif implied > high:
            deviation = CONTEXT.subtract(CONTEXT.divide(implied, high), _ONE)
        else:
            deviation = Decimal(0)
        coarse = max(_rounding(q) for q in quotes) > tolerance
        consistent = not coarse and high >= lowest and low <= highest
        found.append(MarketMatch(market, quotes, low, high, deviation, consistent, coarse))
    return tuple(found)


def likely_market(matches: Sequence[MarketMatch]) -> MarketMatch | None:
    """The market the writer most probably used (see the module docstring)."""
    tested = [m for m in matches if not m.coarse]
    consistent = [m for m in tested if m.consistent]
    for match in consistent:
        if match.market == DEFAULT_MARKET:
            return match
    pool = consistent or tested
    if not pool:
        return None
    return min(pool, key=lambda m: (abs(m.deviation), MARKETS.index(m.market)))


def summary(matches: Sequence[MarketMatch], chosen: MarketMatch | None) -> str:
    """The reason line: which rate the claim matches, and what the other rates were.

    ``consistent with the blue rate (buy 485, sell 490); also with the crypto
    rate (486.97); the official rate was 240.0667``, or, when nothing matches,
    ``closest to the official rate (14.0803), +1.30 % off``; markets too
    coarse to test are named.
    """
    if chosen is None:
        return "no rate of the day could test it"
    parts = []
    if chosen.consistent:
        parts.append(f"consistent with {chosen.describe()}")
        also = [m for m in matches if m.consistent and m is not chosen]
        if also:
            parts.append("also with " + ", ".join(m.describe() for m in also))
    else:
        parts.append(f"closest to {chosen.describe()}, {_percent(chosen.deviation)} off")
    official = next((m for m in matches if m.market == DEFAULT_MARKET), None)
    if official is not None and official is not chosen and not official.consistent:
        parts.append(f"the official rate was {official.figures()}")
    coarse = [m for m in matches if m.coarse]
    if coarse:
        parts.append("too coarsely published to test: " + ", ".join(m.describe() for m in coarse))
    return "; ".join(parts)


def _rounding(quote: Quote) -> Decimal:
    """Relative rounding of a quote: half a unit of the last digit of each published
    figure it comes from, over the figure (a rate fixed by law is exact)."""
    if quote.method == "fixed" or quote.method == "identity":
        return Decimal(0)
    if quote.method == "published":
        exponent = quote.value.as_tuple().exponent
        if not isinstance(exponent, int) or quote.value == 0:
            return Decimal(0)
        half = Decimal(5).scaleb(exponent - 1)
        return CONTEXT.divide(half, abs(quote.value))
    return sum((_rounding(leg) for leg in quote.legs), Decimal(0))


def _short(value: Decimal) -> str:
    """At most ten significant digits, no trailing zeros: ``490``, ``0.002040816327``."""
    return f"{Context(prec=10).plus(value).normalize():f}"


def _percent(value: Decimal) -> str:
    return f"{value * 100:+.2f} %"


def check_markets(
    unchecked: ClaimCheck,
    rates: RateBook,
    stated_code: str,
    source_code: str,
    when: _dt.date,
    interval: tuple[Decimal, Decimal],
    sides: tuple[Decimal, Decimal | None],
) -> ClaimCheck:
    """The check of a claim about a currency with several markets, from the check so far.

    ``unchecked`` carries the implied rate and the claim's own tolerance;
    ``interval`` is (lowest, highest), the reference values the claim allows;
    ``sides`` the tolerance below and above. The verdict is consistent when a
    market matches; ``reference`` is the likely market's nearest published side.
    """
    implied = unchecked.implied_rate
    assert implied is not None and unchecked.tolerance is not None
    below, above = sides
    matches = market_matches(
        rates, stated_code, source_code, when, implied, *interval, unchecked.tolerance
    )
    chosen = likely_market(matches)
    if chosen is None:
        return replace(
            unchecked,
            markets=matches,
            reason=_no_market(rates, stated_code, source_code, when, matches),
        )
    reference = chosen.nearest
    deviation = CONTEXT.subtract(CONTEXT.divide(implied, reference.value), _ONE)
    if chosen.deviation == 0:
        deviation = Decimal(0)  # inside the band of the writer's market
    tolerance = below if deviation < 0 or above is None else above
    return replace(
        unchecked,
        verdict="consistent" if chosen.consistent else "inconsistent",
        reference=reference,
        deviation=deviation,
        tolerance=tolerance,
        markets=matches,
        market=chosen.market,
        reason=summary(matches, chosen),
    )


def _no_market(
    rates: RateBook,
    stated_code: str,
    source_code: str,
    when: _dt.date,
    matches: Sequence[MarketMatch],
) -> str:
    if matches:
        return summary(matches, None) + ": " + ", ".join(m.describe() for m in matches)
    from ..errors import RateError

    try:
        rates.quote(stated_code, source_code, when, policy="previous")
    except RateError as error:
        return str(error)
    return "no rate of the day"  # pragma: no cover - market_quotes found the official one
