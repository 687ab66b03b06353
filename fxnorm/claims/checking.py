"""Check stated conversions ("380 billion yuan ($53 billion)") against reference rates.

The semantics, in short (docs/fact-checking.md has the long form):

- The **implied rate** is the source figure over the stated figure, in units
  of the source currency per one unit of the stated currency.
- Each figure is read as precise to its last stated digit: ``$53 billion`` is
  anything from 52.5 to 53.5 billion. The **rounding interval** of the implied
  rate follows from both figures' intervals.
- The **reference rate** is RateBook's quote on the date (policy ``previous``)
  in the same direction. The claim is **consistent** when the reference lies
  in the rounding interval widened by the rate ``slack`` (default 1 %, for
  writers using another provider or another day's rate), plus
  :data:`APPROXIMATE_WIDENING` when a figure says ``about``/``around``/… .
- A **bound** qualifier (``more than 380 billion yuan ($53 billion)``) bounds
  the quantity both figures describe; the writer converted the bound itself,
  so the two figures are compared as stated.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from .._dates import to_date
from .._decimal import CONTEXT, to_decimal
from ..errors import InvalidInputError, ParseError, RateError
from ..parsing import extract, extract_pairs
from ..parsing.model import Mention, Pair
from ..rates.book import RateBook, default_book
from .infer import DEFAULT_WINDOW_DAYS, matching_dates
from .markets import check_markets, several_markets
from .model import ClaimCheck, MentionValue, Reading, TextReport

__all__ = [
    "APPROXIMATE_WIDENING",
    "DEFAULT_SLACK",
    "check",
    "check_pair",
    "check_text",
]

#: Rate slack allowed by default: 1 % (another provider, another day's rate).
DEFAULT_SLACK = Decimal("0.01")

#: Extra tolerance when a figure of the pair is approximate (about, around, some,
#: roughly, nearly, ~): 2 percentage points.
APPROXIMATE_WIDENING = Decimal("0.02")

_HALF = Decimal("0.5")
_ONE = Decimal(1)

_QUALIFIER_NOTES = {
    "approximate": "approximate: tolerance widened by {widening}",
    "more_than": "lower bound on the amount both figures describe: compared as stated",
    "at_least": "lower bound on the amount both figures describe: compared as stated",
    "less_than": "upper bound on the amount both figures describe: compared as stated",
    "at_most": "upper bound on the amount both figures describe: compared as stated",
}


def check(
    claim: str | Pair,
    on: _dt.date | str | None = None,
    *,
    book: RateBook | None = None,
    slack: Decimal | str | float = DEFAULT_SLACK,
    locale: str = "en",
    default_currency: str | None = None,
    infer_dates: bool | None = None,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
) -> ClaimCheck:
    """Check the first stated conversion ``A (B)`` in ``claim`` as of ``on``.

    ``claim`` is a text (``"more than 380 billion yuan ($53 billion)"``) or a
    :class:`~fxnorm.parsing.Pair`. ``locale`` and ``default_currency`` are
    passed to the parser as in :func:`fxnorm.parse`. ``slack`` is the relative
    rate slack (default ``0.01``).

    Without ``on``, date inference decides: the whole coverage is scanned, and
    the claim is consistent when some dates make it exact (``matching_dates``,
    best first; ``reference`` is the rate of the best date). ``infer_dates=True``
    also scans ``window_days`` either side of ``on``.

    Raises :class:`~fxnorm.errors.ParseError` when the text holds no stated
    conversion, :class:`~fxnorm.errors.InvalidDateError` for a bad date; a
    missing rate is not raised but reported as ``unverifiable``.
    """
    if isinstance(claim, Pair):
        pair = claim
    else:
        pairs = extract_pairs(claim, locale=locale, default_currency=default_currency)
        if not pairs:
            raise ParseError(
                "no stated conversion found: expected a figure followed by its equivalent "
                "in parentheses, such as '380 billion yuan ($53 billion)'"
            )
        pair = pairs[0]
    return check_pair(
        pair,
        on,
        book=book,
        slack=slack,
        infer_dates=infer_dates,
        window_days=window_days,
    )


def check_pair(
    pair: Pair,
    on: _dt.date | str | None = None,
    *,
    book: RateBook | None = None,
    slack: Decimal | str | float = DEFAULT_SLACK,
    infer_dates: bool | None = None,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
) -> ClaimCheck:
    """Check one :class:`~fxnorm.parsing.Pair` (see :func:`check`)."""
    rates = book or default_book()
    day = to_date(on) if on is not None else None
    slack_value = _check_slack(slack)
    infer = day is None if infer_dates is None else infer_dates
    source_codes = _readings(pair.source)
    stated_codes = _readings(pair.stated)
    if not source_codes or not stated_codes:
        missing = pair.source if not source_codes else pair.stated
        return ClaimCheck(
            pair,
            "unverifiable",
            day,
            slack=slack_value,
            reason=f"{missing.text!r} names no currency",
        )
    combinations = list(itertools.product(source_codes, stated_codes))
    if len(combinations) > 1:
        readings = []
        for source_code, stated_code in combinations:
            result = _check_reading(
                pair,
                source_code,
                stated_code,
                day,
                rates,
                slack_value,
                infer=False,
                window_days=window_days,
            )
            readings.append(Reading(source_code, stated_code, result.verdict, result.deviation))
        names = ", ".join(f"{r.source_currency}/{r.stated_currency}: {r.verdict}" for r in readings)
        return ClaimCheck(
            pair,
            "ambiguous",
            day,
            slack=slack_value,
            readings=tuple(readings),
            reason=f"currency not resolved; readings: {names}",
        )
    ((source_code, stated_code),) = combinations
    return _check_reading(
        pair,
        source_code,
        stated_code,
        day,
        rates,
        slack_value,
        infer=infer,
        window_days=window_days,
    )


def check_text(
    text: str,
    on: _dt.date | str | None = None,
    *,
    to: str | None = None,
    book: RateBook | None = None,
    slack: Decimal | str | float = DEFAULT_SLACK,
    locale: str = "en",
    default_currency: str | None = None,
    infer_dates: bool | None = None,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
) -> TextReport:
    """Check every stated conversion of a document and list every other figure.

    Each pair is checked as by :func:`check`. Every other monetary figure is
    normalised to ``to`` as of ``on`` when both are given (otherwise it is
    listed with the reason it was not converted).
    """
    rates = book or default_book()
    day = to_date(on) if on is not None else None
    target = to.strip().upper() if to else None
    pairs = extract_pairs(text, locale=locale, default_currency=default_currency)
    checks = tuple(
        check_pair(
            p, day, book=rates, slack=slack, infer_dates=infer_dates, window_days=window_days
        )
        for p in pairs
    )
    in_pairs = {m.span for p in pairs for m in (p.source, p.stated)}
    others = [
        m
        for m in extract(text, locale=locale, default_currency=default_currency)
        if m.span not in in_pairs
    ]
    values = tuple(_normalise(m, target, day, rates) for m in others)
    counts: dict[str, int] = {}
    for result in checks:
        counts[result.verdict] = counts.get(result.verdict, 0) + 1
    return TextReport(checks, values, day, target, counts)


# -- internals ----------------------------------------------------------------------


def _readings(mention: Mention) -> Sequence[str]:
    if mention.currency is not None:
        return (mention.currency,)
    return mention.alternatives


def _bounds(mention: Mention) -> tuple[Decimal, Decimal, Decimal]:
    """(low, central, high) of a figure: its range or amount, ± half its precision."""
    low, high = mention.range if mention.range is not None else (mention.amount, mention.amount)
    half = CONTEXT.multiply(mention.precision, _HALF)
    central = CONTEXT.divide(CONTEXT.add(low, high), Decimal(2))
    return CONTEXT.subtract(low, half), central, CONTEXT.add(high, half)


def _check_reading(
    pair: Pair,
    source_code: str,
    stated_code: str,
    day: _dt.date | None,
    rates: RateBook,
    slack: Decimal,
    *,
    infer: bool,
    window_days: int | None,
) -> ClaimCheck:
    source_low, source_mid, source_high = _bounds(pair.source)
    stated_low, stated_mid, stated_high = _bounds(pair.stated)
    if stated_low <= 0 or stated_mid <= 0 or source_mid <= 0:
        return ClaimCheck(
            pair,
            "unverifiable",
            day,
            slack=slack,
            reason="a figure is zero or too coarse to imply a rate",
        )
    implied = CONTEXT.divide(source_mid, stated_mid)
    low = CONTEXT.divide(max(source_low, Decimal(0)), stated_high)
    high = CONTEXT.divide(source_high, stated_low)
    qualifiers, widening = _qualifiers(pair)
    allowance = CONTEXT.add(slack, widening)
    # The reference may lie anywhere in [lowest, highest]; expressed as limits on the
    # deviation implied/reference - 1, that is [implied/highest - 1, implied/lowest - 1].
    lowest = CONTEXT.multiply(low, CONTEXT.subtract(_ONE, allowance))
    highest = CONTEXT.multiply(high, CONTEXT.add(_ONE, allowance))
    below = CONTEXT.subtract(_ONE, CONTEXT.divide(implied, highest))
    above = CONTEXT.subtract(CONTEXT.divide(implied, lowest), _ONE) if lowest > 0 else None
    tolerance = max(below, above) if above is not None else below
    unchecked = ClaimCheck(
        pair,
        "unverifiable",
        day,
        implied_rate=implied,
        implied_low=low,
        implied_high=high,
        tolerance=tolerance,
        slack=slack,
        qualifiers=qualifiers,
    )

    matches = None
    if infer or day is None:
        matches = matching_dates(
            rates,
            stated_code,
            source_code,
            low,
            high,
            implied,
            around=day,
            window_days=window_days if day else None,
        )
    when = day
    if when is None:
        if not matches:
            return replace(
                unchecked,
                verdict="inconsistent",
                matching_dates=matches,
                reason="no date in the rates' coverage makes it exact",
            )
        when = matches[0].best
    if several_markets(rates, source_code, stated_code):  # the peso: which of its dollars?
        checked = check_markets(
            replace(unchecked, matching_dates=matches),
            rates,
            stated_code,
            source_code,
            when,
            (lowest, highest),
            (below, above),
        )
        return checked
    try:
        reference = rates.quote(stated_code, source_code, when, policy="previous")
    except RateError as error:
        return replace(unchecked, matching_dates=matches, reason=str(error))
    value = reference.value
    deviation = CONTEXT.subtract(CONTEXT.divide(implied, value), _ONE)
    within = lowest <= value <= highest
    # The tolerance reported is the limit on the side the deviation falls, so that
    # |deviation| <= tolerance exactly when the claim is consistent.
    if deviation < 0:
        tolerance = below
    elif above is not None:
        tolerance = above
    reason = (
        f"implied {_short(implied)} {source_code}/{stated_code} vs reference "
        f"{_short(value)} ({reference.source}, {reference.date.isoformat()}): "
        f"deviation {_percent(deviation)}, tolerance {_percent(tolerance)}"
    )
    return replace(
        unchecked,
        tolerance=tolerance,
        verdict="consistent" if within else "inconsistent",
        reference=reference,
        deviation=deviation,
        matching_dates=matches,
        reason=reason,
    )


def _qualifiers(pair: Pair) -> tuple[tuple[str, ...], Decimal]:
    notes: list[str] = []
    widening = Decimal(0)
    for role, mention in (("source", pair.source), ("stated", pair.stated)):
        if mention.qualifier is None:
            continue
        if mention.qualifier == "approximate":
            widening = APPROXIMATE_WIDENING
        template = _QUALIFIER_NOTES.get(mention.qualifier, "{qualifier}: not used")
        note = template.format(widening=_percent(APPROXIMATE_WIDENING), qualifier=mention.qualifier)
        notes.append(f"{mention.qualifier_text or mention.qualifier} ({role}): {note}")
    return tuple(notes), widening


def _normalise(
    mention: Mention, to: str | None, day: _dt.date | None, rates: RateBook
) -> MentionValue:
    if mention.currency is None:
        return MentionValue(mention, None, None, None, "currency not resolved")
    if to is None:
        return MentionValue(mention, None, None, None, "not converted: no target currency given")
    if day is None:
        return MentionValue(mention, None, None, None, "not converted: no date given")
    try:
        quote = rates.quote(mention.currency, to, day)
    except RateError as error:
        return MentionValue(mention, None, to, None, str(error))
    return MentionValue(mention, CONTEXT.multiply(mention.amount, quote.value), to, quote)


def _check_slack(slack: Decimal | str | float) -> Decimal:
    value = to_decimal(slack, "slack")
    if not Decimal(0) <= value < _ONE:
        raise InvalidInputError(f"slack must be a fraction from 0 to 1 (0.01 is 1 %), not {value}")
    return value


def _short(value: Decimal) -> str:
    return f"{value:.6g}"


def _percent(value: Decimal) -> str:
    text = f"{value * 100:.2f} %"
    return text[1:] if text.startswith("-0.00") else text
