"""Check stated conversions ("380 billion yuan ($53 billion)") against reference rates.

The semantics, in short (docs/fact-checking.md has the long form, with
worked examples):

- The **implied rate** is the source figure over the stated figure, in units
  of the source currency per one unit of the stated currency.
- Each figure is read as precise to its last stated digit: ``$53 billion`` is
  anything from 52.5 to 53.5 billion. A figure the writer calls approximate
  (``about``, ``around``, ``some``, ``~`` …) is read to a whole unit of its last
  digit either side: ``about $53 billion`` is 52 to 54 billion, ``around
  $52.44 billion`` 52.43 to 52.45. The **interval** of the implied rate follows
  from both figures' intervals, and its **width** (the larger side, relative
  to the implied rate) is the strength of the test.
- A claim whose figures allow more than ``max_width`` (default ±10 %) is
  **imprecise**: ``1 trillion won ($600 million)`` allows ±64 %, so no rate
  can contradict it. The report still gives the deviation and what the verdict
  would be if the figures were exact.
- The **reference rate** is RateBook's quote on the date (policy ``previous``
  by default) in the same direction. The claim is **consistent** when the
  reference lies in the interval widened by the rate ``slack`` (default 1 %,
  for writers using another provider or another day's rate).
- The **date** is the one given, or the one the text points to (a dateline,
  the latest year it names, or a date in the claim's own sentence:
  :mod:`.dating`). For a window of dates the claim is consistent when it holds
  on some publication day of the window; the best day is the reference and
  the report counts the days it holds on. With no date at all the verdict is
  **undated**, with the runs of dates on which the figures are exact.
- The **unit side** of a stated rate (``1ドル=約111円``, ``USD1.00 =
  CNY6.9533``: a bare 1 of its currency, beside a figure that is not 1) is
  its definition, exact: the width comes from the other figure alone.
- Two **ranges** (``10億至20億美元(約78億至156億元)``) are compared end to
  end: the rate must lie where the low ends' and the high ends' intervals
  meet; if they do not meet, the interval spans both and the report says so.
- A **bound** qualifier (``more than 380 billion yuan ($53 billion)``) bounds
  the quantity both figures describe; the writer converted the bound itself,
  so the two figures are compared as stated.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .._dates import date_order, to_date
from .._decimal import CONTEXT, to_decimal
from ..errors import InvalidInputError, ParseError, RateError
from ..parsing import extract, extract_pairs
from ..parsing.dates import DateMention, extract_dates
from ..parsing.model import Mention, Pair
from ..rates.book import RateBook, default_book
from ..rates.model import POLICIES
from .dating import DateBasis, given_basis, infer_publication, no_basis, sentence_basis
from .infer import DEFAULT_WINDOW_DAYS, RateDay, rate_days, runs
from .markets import check_markets, several_markets
from .model import ClaimCheck, DateRange, MentionValue, Reading, Restatement, TextReport
from .words import is_below

__all__ = [
    "DEFAULT_MAX_WIDTH",
    "DEFAULT_SLACK",
    "check",
    "check_pair",
    "check_text",
    "figure_bounds",
]

#: Rate slack allowed by default: 1 % (another provider, another day's rate).
DEFAULT_SLACK = Decimal("0.01")

#: Figures of one document compared for possible restatements (the first ones, in order).
MAX_RESTATED = 200

#: Above this width (±10 %) the figures cannot test a rate: the verdict is ``imprecise``.
DEFAULT_MAX_WIDTH = Decimal("0.10")

#: Why a figure of a document was not converted when no target currency was asked for.
NO_TARGET = "not converted: no target currency given"

_HALF = Decimal("0.5")
_ONE = Decimal(1)
_ZERO = Decimal(0)

_QUALIFIER_NOTES = {
    "approximate": "approximate: read to ±{unit} (a whole unit of its last digit)",
    "more_than": "lower bound on the amount both figures describe: compared as stated",
    "at_least": "lower bound on the amount both figures describe: compared as stated",
    "less_than": "upper bound on the amount both figures describe: compared as stated",
    "at_most": "upper bound on the amount both figures describe: compared as stated",
}

_BELOW_NOTE = (
    "approximate, below the figure: read to -{unit} (a whole unit of its last digit) "
    "and +{half} (its rounding)"
)


@dataclass(frozen=True, slots=True)
class _Settings:
    rates: RateBook
    slack: Decimal
    max_width: Decimal
    policy: str
    max_age: int | None
    infer: bool | None
    window_days: int | None


def check(
    claim: str | Pair,
    on: _dt.date | str | None = None,
    *,
    book: RateBook | None = None,
    slack: Decimal | str | float = DEFAULT_SLACK,
    locale: str | None = None,
    default_currency: str | None = None,
    infer_dates: bool | None = None,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    max_width: Decimal | str | float = DEFAULT_MAX_WIDTH,
    policy: str = "previous",
    max_age: int | None = None,
) -> ClaimCheck:
    """Check the first stated conversion ``A (B)`` in ``claim`` as of ``on``.

    ``claim`` is a text (``"more than 380 billion yuan ($53 billion)"``) or a
    :class:`~fxnorm.parsing.Pair`. ``locale`` (default English) and
    ``default_currency`` are passed to the parser as in :func:`fxnorm.parse`;
    a typed date such as ``"09/10/2024"`` follows the locale's order. ``slack``
    is the relative rate slack (default ``0.01``), ``max_width`` the widest
    interval the figures may allow before the verdict is ``imprecise``
    (default ``0.10``); ``policy`` and ``max_age`` are RateBook's.

    Without ``on``, the date comes from the text (``date_basis`` says how), or
    the verdict is ``undated``. ``infer_dates=True`` also lists the dates
    within ``window_days`` of the date on which the figures are exact.

    Raises :class:`~fxnorm.errors.ParseError` when the text holds no stated
    conversion, :class:`~fxnorm.errors.InvalidDateError` for a bad or
    ambiguous date; a missing rate is not raised but reported as
    ``unverifiable``.
    """
    if isinstance(claim, Pair):
        return check_pair(
            claim,
            on,
            book=book,
            slack=slack,
            infer_dates=infer_dates,
            window_days=window_days,
            max_width=max_width,
            policy=policy,
            max_age=max_age,
            locale=locale,
            default_currency=default_currency,
        )
    report = check_text(
        claim,
        on,
        book=book,
        slack=slack,
        locale=locale,
        default_currency=default_currency,
        infer_dates=infer_dates,
        window_days=window_days,
        max_width=max_width,
        policy=policy,
        max_age=max_age,
        figures=False,
    )
    if not report.checks:
        raise ParseError(
            "no stated conversion found: expected a figure followed by its equivalent "
            "in parentheses, such as '380 billion yuan ($53 billion)'"
        )
    return report.checks[0]


def check_pair(
    pair: Pair,
    on: _dt.date | str | None = None,
    *,
    basis: DateBasis | None = None,
    book: RateBook | None = None,
    slack: Decimal | str | float = DEFAULT_SLACK,
    infer_dates: bool | None = None,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    max_width: Decimal | str | float = DEFAULT_MAX_WIDTH,
    policy: str = "previous",
    max_age: int | None = None,
    locale: str | None = None,
    default_currency: str | None = None,
    text: str | None = None,
) -> ClaimCheck:
    """Check one :class:`~fxnorm.parsing.Pair` (see :func:`check`).

    ``basis`` is the date basis to judge it on (default: ``on`` as a given
    date, or none); ``text``, ``locale`` and ``default_currency`` serve only to
    suggest how to resolve an ambiguous pair.
    """
    settings = _settings(book, slack, max_width, policy, max_age, infer_dates, window_days)
    if basis is None:
        basis = given_basis(to_date(on, locale=locale)) if on is not None else no_basis()
    return _check(pair, basis, settings, text, locale, default_currency)


def check_text(
    text: str,
    on: _dt.date | str | None = None,
    *,
    to: str | None = None,
    book: RateBook | None = None,
    slack: Decimal | str | float = DEFAULT_SLACK,
    locale: str | None = None,
    default_currency: str | None = None,
    infer_dates: bool | None = None,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    max_width: Decimal | str | float = DEFAULT_MAX_WIDTH,
    policy: str = "previous",
    max_age: int | None = None,
    figures: bool = True,
) -> TextReport:
    """Check every stated conversion of a document, and list every other figure.

    Each pair is checked as by :func:`check`, on the document's date basis
    (``on``, or what the text says) or on its own sentence's date. Every
    other monetary figure is listed with its qualifier and normalised to
    ``to`` when the date is one day; figures in different sentences that may
    be one amount in two currencies are listed as possible restatements, with
    the dates they would match (``figures=False`` skips both).
    """
    settings = _settings(book, slack, max_width, policy, max_age, infer_dates, window_days)
    reading_locale = locale or "en"
    given = to_date(on, locale=locale) if on is not None else None
    target = to.strip().upper() if to else None
    pairs = extract_pairs(text, locale=reading_locale, default_currency=default_currency)
    mentions = extract(text, locale=reading_locale, default_currency=default_currency)
    dates = _text_dates(text, locale, mentions)
    document = given_basis(given) if given is not None else infer_publication(dates)
    checks = []
    spans = sorted(m.span for m in mentions)
    for pair in pairs:
        own = sentence_basis(text, pair.span, dates, document, spans)
        checks.append(_check_dated(pair, document, own, settings, text, locale, default_currency))
    values: tuple[MentionValue, ...] = ()
    restated: tuple[Restatement, ...] = ()
    if figures:
        in_pairs = {m.span for p in pairs for m in (p.source, p.stated)}
        others = [m for m in mentions if m.span not in in_pairs]
        values = tuple(_normalise(m, text, target, document, settings) for m in others)
        restated = _restatements(mentions, text, document, settings)
    counts: dict[str, int] = {}
    for result in checks:
        counts[result.verdict] = counts.get(result.verdict, 0) + 1
    return TextReport(tuple(checks), values, given, target, counts, document, dates, restated)


def figure_bounds(mention: Mention) -> tuple[Decimal, Decimal, Decimal]:
    """(low, central, high) of a figure: its range or amount, ± half its precision
    (± a whole unit of it when the figure is approximate; when the word puts the
    amount below the figure, ``almost $53 billion``, a whole unit below and half a
    unit above, its rounding: 52 to 53.5 billion)."""
    low, high = mention.range if mention.range is not None else (mention.amount, mention.amount)
    unit = _unit(mention)
    central = CONTEXT.divide(CONTEXT.add(low, high), Decimal(2))
    above = CONTEXT.multiply(mention.precision, _HALF) if _below(mention) else unit
    return CONTEXT.subtract(low, unit), central, CONTEXT.add(high, above)


def _below(mention: Mention) -> bool:
    """An approximate figure whose word puts the amount below it (``almost``)."""
    return mention.qualifier == "approximate" and is_below(mention.qualifier_text)


# -- internals ----------------------------------------------------------------------


def _settings(
    book: RateBook | None,
    slack: Decimal | str | float,
    max_width: Decimal | str | float,
    policy: str,
    max_age: int | None,
    infer: bool | None,
    window_days: int | None,
) -> _Settings:
    if policy not in POLICIES:
        raise InvalidInputError(f"unknown policy {policy!r}; use one of {', '.join(POLICIES)}")
    if max_age is not None and max_age < 0:
        raise InvalidInputError(f"max_age must be 0 or more days, not {max_age}")
    width = to_decimal(max_width, "max_width")
    if width <= 0:
        raise InvalidInputError(f"max_width must be above 0 (0.10 is ±10 %), not {width}")
    return _Settings(
        book or default_book(), _check_slack(slack), width, policy, max_age, infer, window_days
    )


def _text_dates(
    text: str, locale: str | None, mentions: Sequence[Mention]
) -> tuple[DateMention, ...]:
    """The date phrases of ``text`` that are not part of a money figure."""
    order = date_order(locale) if locale else None
    day_first = None if order is None else order == "dmy"
    taken = [m.span for m in mentions]
    taken += [m.qualifier_span for m in mentions if m.qualifier_span is not None]
    merged: list[list[int]] = []  # the taken spans as disjoint intervals, in order
    for start, end in sorted(taken):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]
    found = extract_dates(text, locale=locale or "en", day_first=day_first)

    def free(span: tuple[int, int]) -> bool:
        index = bisect_right(starts, span[1] - 1) - 1  # the last interval starting inside
        return index < 0 or merged[index][1] <= span[0]

    return tuple(d for d in found if free(d.span))


def _check_dated(
    pair: Pair,
    document: DateBasis,
    own: DateBasis | None,
    settings: _Settings,
    text: str,
    locale: str | None,
    default_currency: str | None,
) -> ClaimCheck:
    """Check ``pair`` on the document's date, or on its sentence's own time.

    A writer may convert a figure of another time (``sales in 2008``) at the
    rate of the day of writing, or at that time's: when the document has one
    day, the claim is tried on it first and, if it holds, judged there (the
    basis notes the sentence's time); otherwise it is judged on the sentence's
    time, and the basis notes what the publication day gave.
    """
    if own is None:
        return _check(pair, document, settings, text, locale, default_currency)
    if document.day is not None:
        first = _check(pair, document, settings, text, locale, default_currency)
        if first.verdict == "consistent":
            note = f"the sentence names {own.phrases[0].text!r}; it holds on the publication date"
            return replace(first, date_basis=replace(document, note=_join(document.note, note)))
        result = _check(pair, own, settings, text, locale, default_currency)
        if first.deviation is not None:
            note = (
                f"on the publication date {document.day.isoformat()} it is {first.verdict} "
                f"(deviation {_percent(first.deviation)})"
            )
            result = replace(result, date_basis=replace(own, note=_join(own.note, note)))
        return result
    return _check(pair, own, settings, text, locale, default_currency)


def _join(*notes: str) -> str:
    return "; ".join(note for note in notes if note)


def _readings(mention: Mention) -> Sequence[str]:
    if mention.currency is not None:
        return (mention.currency,)
    return mention.alternatives


def _check(
    pair: Pair,
    basis: DateBasis,
    settings: _Settings,
    text: str | None,
    locale: str | None,
    default_currency: str | None,
) -> ClaimCheck:
    requested = basis.day if basis.kind == "given" else None
    source_codes = _readings(pair.source)
    stated_codes = _readings(pair.stated)
    if not source_codes or not stated_codes:
        missing = pair.source if not source_codes else pair.stated
        return ClaimCheck(
            pair,
            "unverifiable",
            requested,
            slack=settings.slack,
            reason=f"{missing.text!r} names no currency",
            date_basis=basis,
            max_width=settings.max_width,
        )
    combinations = list(itertools.product(source_codes, stated_codes))
    if len(combinations) == 1:
        ((source_code, stated_code),) = combinations
        return _check_reading(pair, source_code, stated_code, basis, settings)
    readings = []
    for source_code, stated_code in combinations:
        result = _check_reading(
            pair, source_code, stated_code, basis, replace(settings, infer=False)
        )
        readings.append(Reading(source_code, stated_code, result.verdict, result.deviation))
    from .resolve import resolutions

    names = ", ".join(f"{r.source_currency}/{r.stated_currency}: {r.verdict}" for r in readings)
    return ClaimCheck(
        pair,
        "ambiguous",
        requested,
        slack=settings.slack,
        readings=tuple(readings),
        reason=f"currency not resolved; readings: {names}",
        date_basis=basis,
        max_width=settings.max_width,
        resolutions=resolutions(pair, readings, text, locale, default_currency),
    )


def _check_reading(
    pair: Pair,
    source_code: str,
    stated_code: str,
    basis: DateBasis,
    settings: _Settings,
) -> ClaimCheck:
    requested = basis.day if basis.kind == "given" else None
    _, source_mid, _ = figure_bounds(pair.source)
    stated_low, stated_mid, _ = _bounds(pair.stated, pair.source)
    if stated_low <= 0 or stated_mid <= 0 or source_mid <= 0:
        return ClaimCheck(
            pair,
            "unverifiable",
            requested,
            slack=settings.slack,
            reason="a figure is zero or too coarse to imply a rate",
            date_basis=basis,
            max_width=settings.max_width,
        )
    slack = settings.slack
    implied, low, high, compared = _interval(pair)
    width = max(
        CONTEXT.subtract(CONTEXT.divide(high, implied), _ONE),
        CONTEXT.subtract(_ONE, CONTEXT.divide(low, implied)),
    )
    imprecise = width > settings.max_width
    # The reference may lie anywhere in [lowest, highest]; expressed as limits on the
    # deviation implied/reference - 1, that is [implied/highest - 1, implied/lowest - 1].
    lowest = CONTEXT.multiply(low, CONTEXT.subtract(_ONE, slack))
    highest = CONTEXT.multiply(high, CONTEXT.add(_ONE, slack))
    below = CONTEXT.subtract(_ONE, CONTEXT.divide(implied, highest))
    above = CONTEXT.subtract(CONTEXT.divide(implied, lowest), _ONE) if lowest > 0 else None
    base = ClaimCheck(
        pair,
        "unverifiable",
        requested,
        implied_rate=implied,
        implied_low=low,
        implied_high=high,
        tolerance=max(below, above) if above is not None else below,
        slack=slack,
        qualifiers=_qualifiers(pair),
        date_basis=basis,
        width=width,
        max_width=settings.max_width,
        compared=compared,
    )
    rates = settings.rates

    def holds(value: Decimal) -> bool:
        return lowest <= value <= highest

    if basis.start is None or basis.end is None:  # no date: undated
        days = rate_days(rates, stated_code, source_code)
        everywhere = runs(days, low, high, implied)
        if not days:
            return replace(base, reason=f"no published {stated_code}/{source_code} rate")
        span = f"{days[0].day.isoformat()}..{days[-1].day.isoformat()}"
        if imprecise:
            return replace(
                base,
                verdict="imprecise",
                matching_dates=everywhere,
                reason=f"the figures allow ±{_percent(width)}, more than "
                f"±{_percent(settings.max_width)}; no date to judge it on",
            )
        if not any(holds(d.value) for d in days):
            return replace(
                base,
                verdict="inconsistent",
                matching_dates=everywhere,
                reason=f"it holds on no date of the rates' coverage ({span})",
            )
        return replace(
            base,
            verdict="undated",
            matching_dates=everywhere,
            reason="no date given and none found in the text: not judged; "
            "the figures are exact on the dates listed",
        )

    matches: tuple[DateRange, ...] | None = None
    held_days = None
    drift = None
    checked_on: _dt.date
    if basis.day is not None:
        day = basis.day
        if settings.infer:
            first: _dt.date | None = None
            last: _dt.date | None = None
            if settings.window_days is not None:
                first = day - _dt.timedelta(days=settings.window_days)
                last = day + _dt.timedelta(days=settings.window_days)
            matches = runs(
                rate_days(rates, stated_code, source_code, first, last), low, high, implied
            )
        if several_markets(rates, source_code, stated_code):  # the peso: which of its dollars?
            checked = check_markets(
                replace(base, matching_dates=matches, checked_on=day),
                rates,
                stated_code,
                source_code,
                day,
                (lowest, highest),
                (below, above),
            )
            if not imprecise or checked.verdict not in ("consistent", "inconsistent"):
                return checked
            return replace(
                checked,
                verdict="imprecise",
                exact_verdict=checked.verdict,
                reason=f"the figures allow ±{_percent(width)}, more than "
                f"±{_percent(settings.max_width)}: imprecise; {checked.reason}",
            )
        try:
            reference = rates.quote(
                stated_code, source_code, day, policy=settings.policy, max_age=settings.max_age
            )
        except RateError as error:
            return replace(base, matching_dates=matches, reason=str(error), checked_on=day)
        checked_on = day
    else:
        days = rate_days(rates, stated_code, source_code, basis.start, basis.end)
        if not days:
            return replace(
                base,
                reason=f"no {stated_code}/{source_code} rate published in {basis.window_text()}",
            )
        matches = runs(days, low, high, implied)
        within = [d for d in days if holds(d.value)]
        best = _closest(within or days, implied)
        reference, checked_on = best.quote, best.day
        held_days = (len(within), len(days))
        values = [d.value for d in days]
        drift = CONTEXT.divide(
            CONTEXT.subtract(max(values), min(values)), CONTEXT.add(max(values), min(values))
        )
    value = reference.value
    deviation = CONTEXT.subtract(CONTEXT.divide(implied, value), _ONE)
    consistent = holds(value)
    # The tolerance reported is the limit on the side the deviation falls, so that
    # |deviation| <= tolerance exactly when the claim is consistent.
    tolerance = below if deviation < 0 or above is None else above
    reason = (
        f"implied {_short(implied)} {source_code}/{stated_code} vs reference "
        f"{_short(value)} ({reference.source}, {reference.date.isoformat()}): "
        f"deviation {_percent(deviation)}, tolerance {_percent(tolerance)}"
    )
    verdict = "consistent" if consistent else "inconsistent"
    exact_verdict = None
    loose = (
        drift is not None and consistent and width + drift > settings.max_width
    )  # holding on some days of a window whose rates move that much says little
    if loose and not imprecise:
        assert drift is not None
        reason = (
            f"the rates of the window {basis.window_text()} move ±{_percent(drift)}: with the "
            f"figures' ±{_percent(width)}, more than ±{_percent(settings.max_width)}: "
            f"imprecise; {reason}; it holds on {held_days[0] if held_days else 0} of its days"
        )
        verdict = "imprecise"
    elif imprecise:
        exact_verdict = "consistent" if abs(deviation) <= slack else "inconsistent"
        reason = (
            f"the figures allow ±{_percent(width)}, more than ±{_percent(settings.max_width)}: "
            f"imprecise; {reason}; taken as exact it would be {exact_verdict}"
        )
        verdict = "imprecise"
    return replace(
        base,
        tolerance=tolerance,
        verdict=verdict,
        reference=reference,
        deviation=deviation,
        matching_dates=matches,
        reason=reason,
        exact_verdict=exact_verdict,
        checked_on=checked_on,
        held_days=held_days,
        drift=drift,
    )


def _is_unit(mention: Mention, other: Mention) -> bool:
    """Whether ``mention`` is one unit of its currency, the defined side of a stated
    rate (``1ドル=約111円``, ``USD1.00 = CNY6.9533``): a bare 1, no range, no
    magnitude word, no qualifier of its own, beside a figure that is not also 1
    (``1 euro ($1)`` states a parity: both sides are measured)."""
    return (
        mention.amount == _ONE
        and mention.range is None
        and mention.magnitude_text is None
        and mention.qualifier is None
        and not (other.amount == _ONE and other.range is None)
    )


def _bounds(mention: Mention, other: Mention) -> tuple[Decimal, Decimal, Decimal]:
    """:func:`figure_bounds`, except that the unit side of a stated rate is exact."""
    if _is_unit(mention, other):
        return _ONE, _ONE, _ONE
    return figure_bounds(mention)


def _interval(pair: Pair) -> tuple[Decimal, Decimal, Decimal, tuple[str, ...]]:
    """(implied rate, lowest, highest, notes on how the figures were compared).

    The rate is source over stated; each figure contributes its rounding
    (:func:`figure_bounds`), except the unit side of a stated rate, which is a
    definition and exact. Two ranges (``10億至20億美元(約78億至156億元)``) are
    compared end to end: the writer converted each end at one rate, so the rate
    lies in both ends' intervals; if those do not meet, the ends imply
    different rates, and the interval spans both (the notes say so).
    """
    source, stated = pair.source, pair.stated
    notes: list[str] = []
    for role, mention, other in (("source", source, stated), ("stated", stated, source)):
        if _is_unit(mention, other):
            notes.append(
                f"{mention.text} ({role}) is one unit of its currency, the definition "
                "of the rate: exact; the width comes from the other figure"
            )
    if source.range is not None and stated.range is not None:
        ends = []
        for index in (0, 1):
            a_low, a, a_high = _end_bounds(source, index)
            b_low, b, b_high = _end_bounds(stated, index)
            if b_low <= 0:
                break
            ends.append(
                (
                    CONTEXT.divide(a, b),
                    CONTEXT.divide(max(a_low, _ZERO), b_high),
                    CONTEXT.divide(a_high, b_low),
                )
            )
        if len(ends) == 2:
            (rate_low, low_a, high_a), (rate_high, low_b, high_b) = ends
            implied = CONTEXT.divide(
                CONTEXT.add(source.range[0], source.range[1]),
                CONTEXT.add(stated.range[0], stated.range[1]),
            )
            low, high = max(low_a, low_b), min(high_a, high_b)
            how = (
                f"ranges compared end to end: low ends {_short(rate_low)}, "
                f"high ends {_short(rate_high)}"
            )
            if low > high:
                low, high = min(low_a, low_b), max(high_a, high_b)
                notes.append(f"{how}; they imply different rates: the interval spans both")
            else:
                notes.append(f"{how}; both must hold: the interval is where they meet")
            return implied, low, high, tuple(notes)
    source_low, source_mid, source_high = _bounds(source, stated)
    stated_low, stated_mid, stated_high = _bounds(stated, source)
    implied = CONTEXT.divide(source_mid, stated_mid)
    low = CONTEXT.divide(max(source_low, _ZERO), stated_high)
    high = CONTEXT.divide(source_high, stated_low)
    return implied, low, high, tuple(notes)


def _end_bounds(mention: Mention, index: int) -> tuple[Decimal, Decimal, Decimal]:
    """(low, value, high) of one end of a range figure, read as :func:`figure_bounds`
    reads a figure."""
    assert mention.range is not None
    end = mention.range[index]
    low, _, high = figure_bounds(replace(mention, amount=end, range=None))
    return low, end, high


def _unit(mention: Mention) -> Decimal:
    """How far a figure may be from what it states: half its precision, or a whole
    unit of it when the writer says it is approximate."""
    if mention.qualifier == "approximate":
        return mention.precision
    return CONTEXT.multiply(mention.precision, _HALF)


def _closest(days: Sequence[RateDay], implied: Decimal) -> RateDay:
    return min(days, key=lambda d: abs(CONTEXT.subtract(CONTEXT.divide(implied, d.value), _ONE)))


def _qualifiers(pair: Pair) -> tuple[str, ...]:
    notes: list[str] = []
    for role, mention in (("source", pair.source), ("stated", pair.stated)):
        if mention.qualifier is None:
            continue
        template = _QUALIFIER_NOTES.get(mention.qualifier, "{qualifier}: not used")
        if _below(mention):
            template = _BELOW_NOTE
        note = template.format(
            unit=_amount(mention.precision),
            half=_amount(CONTEXT.multiply(mention.precision, _HALF)),
            qualifier=mention.qualifier,
        )
        notes.append(f"{mention.qualifier_text or mention.qualifier} ({role}): {note}")
    return tuple(notes)


def _shown(mention: Mention, text: str) -> str:
    """The figure with its qualifier, as written."""
    start, end = mention.span
    if mention.qualifier_span is not None:
        start = min(start, mention.qualifier_span[0])
        end = max(end, mention.qualifier_span[1])
    return " ".join(text[start:end].split())


def _normalise(
    mention: Mention, text: str, to: str | None, basis: DateBasis, settings: _Settings
) -> MentionValue:
    shown = _shown(mention, text)
    if mention.currency is None:
        alternatives = ", ".join(mention.alternatives)
        why = f"currency not resolved ({alternatives})" if alternatives else "no currency"
        return MentionValue(mention, None, None, None, why, shown)
    if to is None:
        return MentionValue(mention, None, None, None, NO_TARGET, shown)
    day = basis.day
    if day is None:
        why = (
            "not converted: no date given"
            if basis.kind == "none"
            else f"not converted: the date is a window ({basis.window_text()}); give --date"
        )
        return MentionValue(mention, None, None, None, why, shown)
    try:
        quote = settings.rates.quote(
            mention.currency, to, day, policy=settings.policy, max_age=settings.max_age
        )
    except RateError as error:
        return MentionValue(mention, None, to, None, str(error), shown)
    return MentionValue(
        mention, CONTEXT.multiply(mention.amount, quote.value), to, quote, "", shown
    )


def _restatements(
    mentions: Sequence[Mention], text: str, basis: DateBasis, settings: _Settings
) -> tuple[Restatement, ...]:
    """Figures in two currencies that match on some day of the window (see Restatement);
    with no window, on some day of the months the text names, if it names any."""
    from .dating import in_months, named_months, sentence_bounds

    months = named_months(basis)
    distinct: dict[tuple[str, Decimal, tuple[Decimal, Decimal] | None], Mention] = {}
    for mention in mentions:
        if mention.currency is None or mention.amount <= 0:
            continue
        distinct.setdefault((mention.currency, mention.amount, mention.range), mention)
        if len(distinct) == MAX_RESTATED:
            break  # a document of thousands of figures: its first ones are compared
    if basis.start is not None and basis.end is not None:
        reach = settings.window_days if basis.day is not None and settings.window_days else 0
        first = basis.start - _dt.timedelta(days=reach)
        last = basis.end + _dt.timedelta(days=reach)
        scanned = f"{first.isoformat()}..{last.isoformat()}"
    else:
        first = last = None  # type: ignore[assignment]
        scanned = "the whole coverage (no date)"
    cache: dict[tuple[str, str], tuple[list[RateDay], Decimal, Decimal]] = {}
    found = []
    for a, b in itertools.combinations(distinct.values(), 2):
        if a.currency == b.currency or a.currency is None or b.currency is None:
            continue
        if sentence_bounds(text, a.span[0]) == sentence_bounds(text, b.span[0]):
            continue  # one sentence: a stated conversion, or not a restatement
        first_m, second_m = (a, b) if a.amount >= b.amount else (b, a)
        low_a, mid_a, high_a = figure_bounds(first_m)
        low_b, mid_b, high_b = figure_bounds(second_m)
        if low_b <= 0:
            continue
        implied = CONTEXT.divide(mid_a, mid_b)
        low = CONTEXT.divide(max(low_a, _ZERO), high_b)
        high = CONTEXT.divide(high_a, low_b)
        width = max(CONTEXT.divide(high, implied) - _ONE, _ONE - CONTEXT.divide(low, implied))
        if width > settings.max_width:
            continue  # too coarse to say anything
        key = (b.currency, a.currency) if first_m is a else (a.currency, b.currency)
        if key not in cache:
            days = rate_days(settings.rates, key[0], key[1], first, last)
            values = [d.value for d in days] or [Decimal(0)]
            cache[key] = (days, min(values), max(values))
        days, least, most = cache[key]
        if high < least or low > most:
            continue  # no rate of the window comes near
        matches = runs(days, low, high, implied)
        if months and first is None:
            # No year, but the text names months ("in February"): a match in
            # another month of some other decade is a coincidence of the rates.
            matches = tuple(r for r in matches if in_months(r.start, r.end, months))
        if matches:
            found.append(
                Restatement(
                    first_m,
                    second_m,
                    _shown(first_m, text),
                    _shown(second_m, text),
                    implied,
                    low,
                    high,
                    width,
                    matches,
                    scanned,
                )
            )
    return tuple(found)


def _check_slack(slack: Decimal | str | float) -> Decimal:
    value = to_decimal(slack, "slack")
    if not Decimal(0) <= value < _ONE:
        raise InvalidInputError(f"slack must be a fraction from 0 to 1 (0.01 is 1 %), not {value}")
    return value


def _short(value: Decimal) -> str:
    return f"{value:.6g}"


def _amount(value: Decimal) -> str:
    return f"{value.normalize():,f}" if value >= 1 else f"{value.normalize():f}"


def _percent(value: Decimal) -> str:
    text = f"{value * 100:.2f} %"
    return text[1:] if text.startswith("-0.00") else text
