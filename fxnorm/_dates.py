"""Turn what users write for a date into ``datetime.date``.

ISO dates (``2025-09-24``) take a fast path; anything else goes to
python-dateutil, imported only then. Month-first is dateutil's default for
``03/04/2025``; pass ``dayfirst=True`` for the other reading.
"""

from __future__ import annotations

import datetime as _dt

from .errors import InvalidDateError

__all__ = ["DateLike", "to_date"]

DateLike = _dt.date | str

#: Years outside this window are typos, not history: no rate source reaches them.
_MIN_YEAR, _MAX_YEAR = 1900, 2200


def to_date(value: object, *, dayfirst: bool = False) -> _dt.date:
    """Read ``value`` (a ``date``, ``datetime`` or string) as a calendar date.

    Strings: ISO 8601 first, then whatever :func:`dateutil.parser.parse`
    understands (``"24 Sep 2025"``, ``"September 24, 2025"``, ``"2025/09/24"``).
    ``"today"`` is today. Impossible dates (``2025-02-30``) and years outside
    1900–2200 raise :class:`~fxnorm.errors.InvalidDateError`.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise InvalidDateError(f"expected a date or a string, not {type(value).__name__}")
    text = value.strip()
    if not text or len(text) > 64:
        raise InvalidDateError(f"{value[:40]!r} is not a date")
    if text.casefold() == "today":
        return _dt.date.today()
    try:
        day = _dt.date.fromisoformat(text)
    except ValueError:
        day = _parse_loose(text, dayfirst)
    if not _MIN_YEAR <= day.year <= _MAX_YEAR:
        raise InvalidDateError(f"{text!r}: year {day.year} is outside {_MIN_YEAR}..{_MAX_YEAR}")
    return day


def _parse_loose(text: str, dayfirst: bool) -> _dt.date:
    from dateutil import parser

    try:
        return parser.parse(text, dayfirst=dayfirst, default=_dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError) as error:
        reason = str(error).split(":")[0]
        raise InvalidDateError(f"{text!r} is not a valid date ({reason})") from None
