"""Charts of rates: a pair's history, and the evidence behind a claim check.

matplotlib is an optional extra (``pip install "fxnorm[plot]"``), imported
only when a chart is drawn. Two rules hold for every chart:

- **one series per source** (and, where a currency has several rates on one
  day, per rate type: :class:`SeriesKey`), each in its own colour, so that a
  change of publisher is seen as such, never as a jump in one line;
- **gaps stay gaps**: a line is broken where a series has no publication for
  more than :data:`GAP_DAYS` days (RateBook's staleness limit), instead of a
  straight line drawn across a month without data.
"""

from __future__ import annotations

import datetime as _dt
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .errors import InvalidInputError, RateError
from .rates.model import DEFAULT_MARKET, MARKETS

if TYPE_CHECKING:
    from .claims.model import ClaimCheck
    from .rates.book import RateBook
    from .rates.model import Quote

__all__ = [
    "GAP_DAYS",
    "SeriesKey",
    "collect_series",
    "plot_check",
    "plot_history",
    "series_key",
    "split_at_gaps",
]

#: A series is broken where it has no publication for more than this many days.
GAP_DAYS = 7

#: How far either side of a single checked day the chart of a check reaches.
AROUND_DAYS = 90

Point = tuple[_dt.date, Decimal]


@dataclass(frozen=True, slots=True, order=True)
class SeriesKey:
    """What makes a series its own line: the source, and the market where a
    currency has several (the peso's official, retail, blue … rates)."""

    source: str
    market: str | None = None

    def label(self) -> str:
        return self.source if self.market is None else f"{self.source} ({self.market})"


def series_key(quote: Quote, *, by_market: bool = False) -> SeriesKey:
    """The series a quote belongs to: its source, and its market (the peso's
    official, blue, MEP … rates) when the chart shows several markets or one
    other than the official rate."""
    market = quote.market if by_market or quote.market != DEFAULT_MARKET else None
    return SeriesKey(quote.source, market)


def collect_series(
    book: RateBook,
    base: str,
    quote: str,
    start: _dt.date,
    end: _dt.date,
    *,
    source: str | None = None,
    markets: Sequence[str] | None = None,
    side: str | None = None,
) -> dict[SeriesKey, list[Point]]:
    """Each source's own publications of ``base`` -> ``quote`` from ``start`` to ``end``.

    Every source that quotes both currencies gives one series, for each of
    ``markets`` (default: the official rate) on ``side`` (default: the book's); a
    pair no single source quotes is drawn as the book answers it (``ecb+bcra``:
    two sources joined through a pivot). Only publication days are kept (policy
    ``exact``), so that a gap in the data stays a gap.
    """
    sources: list[str | None] = (
        [source]
        if source
        else [s for s in book.sources if book.covers(s, base) and book.covers(s, quote)]
    )
    wanted = list(markets) if markets else [DEFAULT_MARKET]
    found: dict[SeriesKey, list[Point]] = {}
    for market in wanted:
        for source_id in sources or [None]:
            day = start
            while day <= end:
                try:
                    answer = book.quote(
                        base, quote, day, policy="exact", max_age=0, source=source_id,
                        rate=market, side=side,
                    )  # fmt: skip
                except RateError:
                    answer = None
                if answer is not None and answer.date == day and answer.method != "fixed":
                    key = series_key(answer, by_market=len(wanted) > 1)
                    found.setdefault(key, []).append((day, answer.value))
                day += _dt.timedelta(days=1)
    rank = {source_id: i for i, source_id in enumerate(book.sources)}

    def order(key: SeriesKey) -> tuple[int, int]:
        market = MARKETS.index(key.market) if key.market in MARKETS else -1
        return rank.get(key.source, 99), market

    return dict(sorted(found.items(), key=lambda item: order(item[0])))


def split_at_gaps(points: Sequence[Point], gap_days: int = GAP_DAYS) -> list[list[Point]]:
    """``points`` (in date order) cut where two publications are more than ``gap_days`` apart."""
    runs: list[list[Point]] = []
    for point in points:
        if runs and (point[0] - runs[-1][-1][0]).days <= gap_days:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def plot_history(
    series: Mapping[SeriesKey, Sequence[Point]],
    path: str,
    *,
    base: str,
    quote: str,
    mark: Decimal | None = None,
    title: str | None = None,
) -> None:
    """Draw each series of a pair's history into ``path``; ``mark`` a rate as a line."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(10, 5.2))
    try:
        _draw_series(axes, series)
        if mark is not None:
            axes.axhline(float(mark), color="tab:red", linestyle="--", linewidth=1.2,
                         label=f"marked rate {mark:f}")  # fmt: skip
        days = [d for points in series.values() for d, _ in points]
        axes.set_title(title or f"1 {base} in {quote}, {min(days)} to {max(days)}", fontsize=12)
        _finish(plt, figure, axes, f"{quote} per {base}", path)
    finally:
        plt.close(figure)


def plot_check(check: ClaimCheck, path: str, *, book: RateBook | None = None) -> None:
    """The evidence of one check: the reference rate over the window around the date
    checked (one series per source, gaps left as gaps), the band the claim's
    figures allow and the slack around it, the implied rate, the window the date
    basis allows, and the day checked."""
    from .rates.book import default_book

    if check.implied_rate is None or check.implied_low is None or check.implied_high is None:
        raise InvalidInputError(f"nothing to draw: {check.reason or check.verdict}")
    source, stated = _codes(check)
    rates = book or default_book()
    start, end = _span(check, rates, stated, source)
    series = collect_series(rates, stated, source, start, end)
    if not series:
        raise InvalidInputError(f"no {stated}/{source} rate published from {start} to {end}")
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(10.5, 6))
    try:
        low, high = float(check.implied_low), float(check.implied_high)
        slack = float(check.slack)
        axes.axhspan(low * (1 - slack), high * (1 + slack), color="tab:green", alpha=0.10,
                     label=f"with the {slack:.0%} slack: {low * (1 - slack):.6g} to "
                     f"{high * (1 + slack):.6g}", zorder=0)  # fmt: skip
        axes.axhspan(low, high, color="tab:green", alpha=0.28, zorder=1,
                     label=f"what the figures allow: {low:.6g} to {high:.6g} "
                     f"(±{float(check.width or 0):.2%})")  # fmt: skip
        axes.axhline(float(check.implied_rate), color="darkgreen", linestyle="--", linewidth=1,
                     label=f"implied rate {float(check.implied_rate):.6g}", zorder=2)  # fmt: skip
        basis = check.date_basis
        if basis.is_window and basis.start and basis.end:
            axes.axvspan(basis.start, basis.end, color="0.5", alpha=0.08, zorder=0,
                         label=f"date window ({basis.kind}): {basis.window_text()}")  # fmt: skip
        # Runs of a day or two stay visible on a chart of years: at least 1/250 of it wide.
        least = _dt.timedelta(days=max(1, (end - start).days // 250))
        for i, run in enumerate(check.matching_dates or ()):
            right = max(run.end + _dt.timedelta(days=1), run.start + least)
            label = (
                f"days the figures are exact ({len(check.matching_dates or ())} runs, marked below)"
            )
            axes.axvspan(run.start, right, ymin=0, ymax=0.04, color="tab:red", alpha=0.8,
                         linewidth=0, zorder=6, label=label if i == 0 else None)  # fmt: skip
        _draw_series(axes, series, zorder=3)
        if check.checked_on is not None and check.reference is not None:
            value = float(check.reference.value)
            axes.axvline(check.checked_on, color="black", linewidth=1, linestyle=":", zorder=4)
            axes.plot([check.checked_on], [value], marker="o", markersize=8, color="black",
                      zorder=5, label=f"checked: {check.checked_on.isoformat()}, "
                      f"{value:.6g} ({check.reference.source})")  # fmt: skip
        claim = check.pair.text
        if check.pair.source.qualifier_text:
            claim = f"{check.pair.source.qualifier_text} {claim}"
        verdict = check.verdict.upper()
        if check.held_days is not None:
            verdict += " (holds on {} of {} publication days of the window)".format(
                *check.held_days
            )
        title = "\n".join(textwrap.wrap(f"{claim}: {verdict}", 90))
        axes.set_title(title, fontsize=12, loc="left")
        figure.text(0.01, 0.005, "\n".join(textwrap.wrap(f"date: {basis.describe()}", 150)),
                    fontsize=8, color="0.3", va="bottom")  # fmt: skip
        _finish(plt, figure, axes, f"{source} per {stated}", path, bottom=0.03)
    finally:
        plt.close(figure)


# -- internals ----------------------------------------------------------------------


def _codes(check: ClaimCheck) -> tuple[str, str]:
    source = check.pair.source.currency
    stated = check.pair.stated.currency
    if check.reference is not None:
        stated, source = check.reference.base, check.reference.quote
    if source is None or stated is None:
        raise InvalidInputError("nothing to draw: a currency of the claim is not resolved")
    return source, stated


def _span(check: ClaimCheck, book: RateBook, base: str, quote: str) -> tuple[_dt.date, _dt.date]:
    """The days the chart of ``check`` covers."""
    basis = check.date_basis
    if basis.start is not None and basis.end is not None:
        around = max(AROUND_DAYS if basis.day else 30, 0)
        start = basis.start - _dt.timedelta(days=around)
        end = basis.end + _dt.timedelta(days=around)
    elif check.checked_on is not None:
        start = check.checked_on - _dt.timedelta(days=AROUND_DAYS)
        end = check.checked_on + _dt.timedelta(days=AROUND_DAYS)
    else:  # undated: the whole coverage
        from .claims.infer import publication_days

        days = publication_days(book, base, quote)
        if not days:
            raise InvalidInputError(f"no {base}/{quote} rate to draw")
        start, end = _dt.date.fromordinal(days[0]), _dt.date.fromordinal(days[-1])
    return start, min(end, _dt.date.today())


def _pyplot() -> Any:
    try:
        import matplotlib  # type: ignore[import-not-found,unused-ignore]

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise InvalidInputError('plotting needs matplotlib: pip install "fxnorm[plot]"') from None
    return plt


def _draw_series(axes: Any, series: Mapping[SeriesKey, Sequence[Point]], zorder: int = 3) -> None:
    colors = ["tab:blue", "tab:orange", "tab:purple", "tab:brown", "tab:pink", "tab:olive"]
    many = sum(len(points) for points in series.values()) > 120
    for k, (key, points) in enumerate(series.items()):
        color = colors[k % len(colors)]
        for i, run in enumerate(split_at_gaps(points)):
            axes.plot(
                [d for d, _ in run],
                [float(v) for _, v in run],
                color=color,
                linewidth=1.4,
                marker=None if many and len(run) > 1 else ".",
                markersize=4,
                zorder=zorder,
                label=f"{key.label()} ({len(points)} publications)" if i == 0 else None,
            )


def _finish(plt: Any, figure: Any, axes: Any, ylabel: str, path: str, bottom: float = 0.0) -> None:
    import matplotlib.dates as mdates  # type: ignore[import-not-found,unused-ignore]

    locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call,unused-ignore]
    axes.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call,unused-ignore]
    axes.xaxis.set_major_formatter(formatter)
    axes.set_ylabel(ylabel)
    axes.grid(True, alpha=0.3)
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, fontsize=8.5,
                frameon=False)  # fmt: skip
    figure.tight_layout(rect=(0, bottom, 1, 1))
    try:
        figure.savefig(path, dpi=120)
    except (OSError, ValueError) as error:
        raise InvalidInputError(f"cannot write {path}: {error}") from None
