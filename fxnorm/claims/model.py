"""Value types of claim checking: verdicts, readings, date ranges, restatements, reports.

Each value prints as the command line prints it (``str(check)``), and has
``to_dict()`` (the documented JSON shape) and ``to_markdown()``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..parsing.dates import DateMention
from ..parsing.model import Mention, Pair
from ..rates.model import Quote
from .dating import DateBasis, no_basis

if TYPE_CHECKING:
    from ..rates.book import RateBook
    from .markets import MarketMatch

__all__ = [
    "VERDICTS",
    "ClaimCheck",
    "DateRange",
    "MentionValue",
    "Reading",
    "Resolution",
    "Restatement",
    "TextReport",
]

#: ``consistent``: the reference rate is within what the statement allows;
#: ``inconsistent``: it is not; ``imprecise``: the figures allow so much (more
#: than ``max_width``) that the test has no teeth, whatever the rate;
#: ``undated``: no date was given or found, so the claim is not judged (the
#: dates on which it would hold are listed); ``unverifiable``: no rate covers
#: the date (or a figure has no currency at all); ``ambiguous``: a currency is
#: unresolved and the readings are listed.
VERDICTS = ("consistent", "inconsistent", "imprecise", "undated", "unverifiable", "ambiguous")


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

    def text(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


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
class Resolution:
    """A locale or default currency that resolves an ambiguous pair into one reading.

    It was tried: reading the claim again with ``locale`` (or
    ``default_currency``) gives ``source_currency``/``stated_currency``, whose
    verdict is ``verdict``. ``evidence`` says what in the text points to it
    (``the text names Argentina``), or is empty.
    """

    source_currency: str
    stated_currency: str
    verdict: str
    locale: str | None
    default_currency: str | None
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_currency": self.source_currency,
            "stated_currency": self.stated_currency,
            "verdict": self.verdict,
            "locale": self.locale,
            "default_currency": self.default_currency,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The check of one stated equivalence, ``source (stated)``.

    Rates are expressed as units of the source figure's currency per one unit
    of the stated figure's currency (``380 billion yuan ($53 billion)``:
    CNY per USD, 7.1698). ``implied_rate`` is what the text states;
    ``implied_low``/``implied_high`` the interval its figures allow (each
    figure ± half its stated precision, ± a whole unit of it when the writer
    says ``about``); ``width`` how wide that is, relative to the implied rate
    (the larger side): the strength of the test. Above ``max_width`` the
    verdict is ``imprecise``, and ``exact_verdict`` says what it would be if
    the figures were exact.

    ``date_basis`` says which date the claim is judged on and why (given,
    inferred from the text with the phrases used, the sentence's own date, or
    none). ``checked_on`` is the day whose rate was compared: the given day,
    or the best day of a window; ``held_days`` counts, for a window, the
    publication days on which the claim holds, of all in the window, and
    ``drift`` is how far the reference moves over it (its half-range, relative
    to the mid-range). A window whose drift and the figures' width add up to
    more than ``max_width`` cannot date the claim closely enough to test it:
    the verdict is then ``imprecise`` too.

    ``reference`` is the published rate on ``checked_on``; ``deviation`` is
    ``implied_rate / reference - 1`` (signed). ``tolerance`` is what the
    statement allows on the side the deviation falls: the figures' interval
    plus the rate ``slack`` (another provider or another day's rate), so that
    the claim is consistent exactly when ``abs(deviation) <= tolerance``.
    ``qualifiers`` lists every qualifier taken into account and how;
    ``compared`` says how the figures were compared when it is not each
    figure ± its rounding: the unit side of a stated rate (``1ドル=約111円``)
    is exact, two ranges are compared end to end.
    ``matching_dates`` are the runs of days on which the figures are exact
    (inside their interval), in date order.

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
    date_basis: DateBasis = field(default_factory=no_basis)
    width: Decimal | None = None
    max_width: Decimal | None = None
    exact_verdict: str | None = None
    checked_on: _dt.date | None = None
    held_days: tuple[int, int] | None = None
    resolutions: tuple[Resolution, ...] = ()
    drift: Decimal | None = None
    markets: tuple[MarketMatch, ...] = ()
    market: str | None = None
    compared: tuple[str, ...] = ()

    @property
    def consistent(self) -> bool:
        return self.verdict == "consistent"

    @property
    def source_currency(self) -> str | None:
        return self.pair.source.currency

    @property
    def stated_currency(self) -> str | None:
        return self.pair.stated.currency

    def __str__(self) -> str:
        from .render import render_check

        return render_check(self)

    def to_markdown(self) -> str:
        """A Markdown table of this check (as ``--format markdown`` prints it)."""
        from .render import markdown_checks

        return markdown_checks((self,))

    def plot(self, path: str, *, book: RateBook | None = None) -> str:
        """Draw the evidence into ``path`` (PNG, SVG, PDF; needs ``fxnorm[plot]``).

        The reference rate over the window around the date checked, one series
        per source, gaps left as gaps; the band the figures allow, and the
        slack around it; the date checked. Returns ``path``.
        """
        from ..plotting import plot_check

        plot_check(self, path, book=book)
        return path

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
            "date_basis": self.date_basis.to_dict(),
            "checked_on": self.checked_on.isoformat() if self.checked_on else None,
            "held_days": list(self.held_days) if self.held_days else None,
            "drift": _num(self.drift),
            "implied_rate": _num(self.implied_rate),
            "implied_interval": [_num(self.implied_low), _num(self.implied_high)],
            "width": _num(self.width),
            "max_width": _num(self.max_width),
            "exact_verdict": self.exact_verdict,
            "reference": self.reference.to_dict() if self.reference else None,
            "deviation": _num(self.deviation),
            "tolerance": _num(self.tolerance),
            "slack": _num(self.slack),
            "qualifiers": list(self.qualifiers),
            "compared": list(self.compared),
            "reason": self.reason,
            "readings": [reading.to_dict() for reading in self.readings],
            "resolutions": [r.to_dict() for r in self.resolutions],
            "matching_dates": (
                None if self.matching_dates is None else [r.to_dict() for r in self.matching_dates]
            ),
            "market": self.market,
            "markets": [match.to_dict() for match in self.markets],
        }


@dataclass(frozen=True, slots=True)
class MentionValue:
    """A figure of a document that is not part of a pair, normalised to one currency.

    ``shown`` is the figure with its qualifier as written (``around $52.44
    billion``, ``$50 billion-plus``, ``just under $13 billion``).
    """

    mention: Mention
    converted: Decimal | None
    currency: str | None
    rate: Quote | None
    reason: str = ""
    shown: str = ""

    @property
    def label(self) -> str:
        return self.shown or self.mention.text

    def to_dict(self) -> dict[str, Any]:
        from ..parsing.report import mention_to_dict

        return {
            "mention": mention_to_dict(self.mention),
            "shown": self.label,
            "converted": _num(self.converted),
            "currency": self.currency,
            "rate": self.rate.to_dict() if self.rate else None,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Restatement:
    """Two figures of a document, in different sentences and currencies, that may be
    the same amount: on the ``matching_dates`` the rate between them lies inside
    the interval the two figures allow.

    Not a stated conversion: the writer did not say they are equal. ``implied_rate``
    is in ``first``'s currency per one unit of ``second``'s; ``scanned`` the
    window searched.
    """

    first: Mention
    second: Mention
    first_shown: str
    second_shown: str
    implied_rate: Decimal
    implied_low: Decimal
    implied_high: Decimal
    width: Decimal
    matching_dates: tuple[DateRange, ...]
    scanned: str

    def to_dict(self) -> dict[str, Any]:
        from ..parsing.report import mention_to_dict

        return {
            "first": mention_to_dict(self.first),
            "second": mention_to_dict(self.second),
            "first_shown": self.first_shown,
            "second_shown": self.second_shown,
            "implied_rate": _num(self.implied_rate),
            "implied_interval": [_num(self.implied_low), _num(self.implied_high)],
            "width": _num(self.width),
            "matching_dates": [r.to_dict() for r in self.matching_dates],
            "scanned": self.scanned,
        }


@dataclass(frozen=True, slots=True)
class TextReport:
    """Every pair of a document checked, every other figure normalised, and the evidence.

    ``date_basis`` is the document's (given, inferred with its phrases, or
    none); ``dates`` every date phrase found in the text; ``restatements`` the
    figures that may restate each other across sentences.
    """

    checks: tuple[ClaimCheck, ...]
    mentions: tuple[MentionValue, ...]
    requested_date: _dt.date | None
    to: str | None
    counts: dict[str, int] = field(default_factory=dict)
    date_basis: DateBasis = field(default_factory=no_basis)
    dates: tuple[DateMention, ...] = ()
    restatements: tuple[Restatement, ...] = ()

    @property
    def summary(self) -> str:
        """``3 checked: 2 consistent, 1 inconsistent, 0 imprecise, …``."""
        parts = ", ".join(f"{self.counts.get(v, 0)} {v}" for v in VERDICTS)
        return f"{len(self.checks)} checked: {parts}"

    def __str__(self) -> str:
        from .render import render_report

        return render_report(self)

    def to_markdown(self) -> str:
        """The report as Markdown tables (as ``--format markdown`` prints it)."""
        from .render import render_report

        return render_report(self, "markdown")

    def to_dict(self) -> dict[str, Any]:
        return {
            "requested_date": self.requested_date.isoformat() if self.requested_date else None,
            "date_basis": self.date_basis.to_dict(),
            "to": self.to,
            "summary": {
                "checked": len(self.checks),
                **{verdict: self.counts.get(verdict, 0) for verdict in VERDICTS},
            },
            "checks": [check.to_dict() for check in self.checks],
            "mentions": [value.to_dict() for value in self.mentions],
            "restatements": [r.to_dict() for r in self.restatements],
            "dates": [d.to_dict() for d in self.dates],
        }
