"""Turn what users write for a date into ``datetime.date``.

ISO dates (``2025-09-24``) take a fast path and always win. An all-number
date such as ``09/10/2024`` is read in the order of the locale's short date
format in CLDR (``es_AR`` writes ``d/M/yy``: 9 October; ``en_US`` ``M/d/yy``:
10 September), or with ``dayfirst``; when neither is given and both readings
are real dates, it is an error that shows both, never a guess. Anything else
goes to python-dateutil (``24 Sep 2025``), imported only then, and with a
locale the date reader of :mod:`fxnorm.parsing.dates` reads the month names
of its language (``19 de septiembre de 2025``).
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from .errors import InvalidDateError

__all__ = ["DateLike", "date_order", "to_date"]

DateLike = _dt.date | str

#: Years outside this window are typos, not history: no rate source reaches them.
_MIN_YEAR, _MAX_YEAR = 1900, 2200

_NUMERIC = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})")
_ORDERS = {"dmy": "day first", "mdy": "month first", "ymd": "year first"}


def to_date(value: object, *, dayfirst: bool | None = None, locale: str | None = None) -> _dt.date:
    """Read ``value`` (a ``date``, ``datetime`` or string) as a calendar date.

    Strings: ISO 8601 first; then an all-number date in the order ``dayfirst``
    or ``locale`` gives (an ambiguous one without either raises
    :class:`~fxnorm.errors.InvalidDateError` showing both readings); then
    whatever :func:`dateutil.parser.parse` understands (``"24 Sep 2025"``,
    ``"September 24, 2025"``). ``"today"`` is today. Impossible dates
    (``2025-02-30``) and years outside 1900–2200 raise too.
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
        numeric = _NUMERIC.fullmatch(text)
        if numeric is not None:
            day = _numeric(text, numeric, dayfirst, locale)
        else:
            day = _parse_loose(text, bool(dayfirst), locale)
    if not _MIN_YEAR <= day.year <= _MAX_YEAR:
        raise InvalidDateError(f"{text!r}: year {day.year} is outside {_MIN_YEAR}..{_MAX_YEAR}")
    return day


@lru_cache(maxsize=64)
def date_order(locale: str) -> str | None:
    """``"dmy"``, ``"mdy"`` or ``"ymd"``: the order of CLDR's short date format for
    ``locale`` (``es_AR`` ``d/M/yy`` is ``dmy``; ``en_AR``, which CLDR lacks, follows
    its territory: ``dmy``); None for a locale CLDR does not know. From fxnorm's
    CLDR extract, so it does not move with the installed babel."""
    from . import cldr

    name = locale.replace("-", "_")
    known = cldr.canonical_locale(name)
    if known is None:
        # A language with a territory CLDR has no locale for (en_AR): the territory's
        # own writing (und_AR is es_AR) decides the order of its dates.
        territory = name.partition("_")[2].upper()
        likely = cldr.likely_subtags(f"und_{territory}") if territory else None
        if likely is None:
            return None
        language, _, likely_territory = cldr.locale_parts(likely)
        known = cldr.canonical_locale(f"{language}_{likely_territory}")
        if known is None:
            return None
    return cldr.date_order(known)


def _numeric(
    text: str, match: re.Match[str], dayfirst: bool | None, locale: str | None
) -> _dt.date:
    first, second, third = match[1], match[3], match[4]
    if len(first) > 2:  # 2024/10/09, 2024.10.09: year first in every locale
        return _make(text, int(first), int(second), int(third))
    if len(third) not in (2, 4):
        raise InvalidDateError(f"{text!r} is not a valid date")
    order = None
    if dayfirst is not None:
        order = "dmy" if dayfirst else "mdy"
    elif locale:
        order = date_order(locale)
    if order == "ymd" and len(third) == 4:
        order = None  # 09/10/2024 in a year-first locale: the year is last, as written
    readings: dict[str, _dt.date] = {}
    for candidate in ("dmy", "mdy", "ymd"):
        if candidate == "ymd" and (len(third) == 4 or order != "ymd"):
            continue
        parts = dict(zip(candidate, (first, second, third), strict=True))
        try:
            readings[candidate] = _dt.date(_year(parts["y"]), int(parts["m"]), int(parts["d"]))
        except ValueError:
            continue
    if not readings:
        raise InvalidDateError(f"{text!r} is not a valid date")
    if order in readings:
        return readings[order]
    if order is not None or len(set(readings.values())) == 1:
        return next(iter(readings.values()))
    shown = " or ".join(f"{day.day} {day:%B %Y} ({_ORDERS[o]})" for o, day in readings.items())
    iso = " or ".join(day.isoformat() for day in readings.values())
    raise InvalidDateError(
        f"{text!r} is ambiguous: {shown}; write it as {iso}, or give the locale "
        "whose order it follows (--locale es_AR reads day first, en_US month first)"
    )


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    value = 2000 + int(text)
    return value if value <= _dt.date.today().year + 10 else value - 100


def _make(text: str, year: int, month: int, day: int) -> _dt.date:
    try:
        return _dt.date(year, month, day)
    except ValueError as error:
        raise InvalidDateError(f"{text!r} is not a valid date ({error})") from None


def _parse_loose(text: str, dayfirst: bool, locale: str | None) -> _dt.date:
    from dateutil import parser

    try:
        return parser.parse(text, dayfirst=dayfirst, default=_dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError) as error:
        written = _in_words(text, locale)
        if written is not None:
            return written
        reason = str(error).split(":")[0]
        raise InvalidDateError(f"{text!r} is not a valid date ({reason})") from None


def _in_words(text: str, locale: str | None) -> _dt.date | None:
    """A whole date written in the locale's language (``19 de septiembre de 2025``)."""
    from .parsing.dates import extract_dates

    found = extract_dates(text, locale=locale or "en")
    if len(found) == 1 and found[0].date is not None:
        covered = text[: found[0].span[0]] + text[found[0].span[1] :]
        if not covered.strip(" ,.").strip():
            return found[0].date
    return None
