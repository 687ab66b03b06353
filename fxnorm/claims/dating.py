"""The date a claim is judged on: given, inferred from the text, the sentence's own, or none.

A conversion is right or wrong *as of a date*. This module decides which
date, from what the user gave and what the text says (the date phrases of
:func:`fxnorm.parsing.dates.extract_dates`), and keeps the phrases it used,
so that every verdict carries its basis:

``given``
    ``--date`` / ``on=``: the publication date the user states.
``inferred``
    The text's own evidence, first rule that applies:

    1. a dateline, a complete date in the header of the text (``BEIJING,
       Sept 24 (Reuters)``, a publication line): that day; a dateline without
       a year takes the year of rule 2;
    2. the latest year the text names (``in 2025 alone``, ``February 2025``,
       ``2025年``), leaving out years that point ahead (``by 2030``) and
       years after today: that calendar year, up to today. An article names
       the year it is written in far more often than a later one; the report
       lists the phrases, so that a reader can judge.
``sentence``
    A date with a year in the claim's own sentence (``In 2009, 20 pesos was
    about $5``, ``at the time of the 2012 deal``, ``last year`` or ``去年10月``
    once the publication year is known: a month of a relative year is that
    month, not the whole year) governs that claim when it does not contain
    the publication date.
``none``
    Nothing to go on: the check is ``undated`` and lists the dates on which
    the claim would hold, in date order.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..parsing.dates import DateMention
from ..parsing.languages import date_words

__all__ = [
    "BASIS_KINDS",
    "DateBasis",
    "given_basis",
    "in_months",
    "infer_publication",
    "named_months",
    "no_basis",
    "sentence_basis",
    "sentence_bounds",
]

#: Where the date of a check comes from.
BASIS_KINDS = ("given", "inferred", "sentence", "none")


@dataclass(frozen=True, slots=True)
class DateBasis:
    """The date (or window of dates) a check is judged on, and why.

    ``start``/``end`` bound the window (equal for one day; both None for
    ``none``). ``phrases`` are the date phrases of the text the window rests
    on, ``note`` says in words what was done (and, for ``none``, what the text
    named without a year).
    """

    kind: str
    start: _dt.date | None = None
    end: _dt.date | None = None
    phrases: tuple[DateMention, ...] = ()
    note: str = ""

    @property
    def day(self) -> _dt.date | None:
        """The one day of the basis, when it is one day."""
        return self.start if self.start is not None and self.start == self.end else None

    @property
    def is_window(self) -> bool:
        return self.start is not None and self.end is not None and self.start < self.end

    def window_text(self) -> str:
        if self.start is None or self.end is None:
            return "no date"
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def describe(self) -> str:
        """One line: ``inferred 2025-01-01..2025-09-30 from 'in 2025 alone' (2025)``."""
        if self.kind == "none":
            return f"none: {self.note}" if self.note else "none"
        text = f"{self.kind} {self.window_text()}"
        if self.phrases:
            text += " from " + ", ".join(p.describe() for p in self.phrases)
        if self.note:
            text += f"; {self.note}"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "phrases": [phrase.to_dict() for phrase in self.phrases],
            "note": self.note,
        }


def given_basis(day: _dt.date) -> DateBasis:
    """The basis of a date the user gave."""
    return DateBasis("given", day, day)


def no_basis(note: str = "no date given, and none found in the text") -> DateBasis:
    return DateBasis("none", note=note)


def infer_publication(
    mentions: Sequence[DateMention], *, today: _dt.date | None = None
) -> DateBasis:
    """The publication window the date phrases of a text point to (see the module doc)."""
    today = today or _dt.date.today()
    datelines = [m for m in mentions if m.dateline and m.month is not None and m.day is not None]
    year, year_phrases = _latest_year(mentions, today)
    for mention in datelines:
        if mention.year is not None and mention.date is not None and mention.date <= today:
            return DateBasis("inferred", mention.date, mention.date, (mention,), "dateline")
    for mention in datelines:
        if mention.year is None and year is not None:
            try:
                day = _dt.date(year, mention.month, mention.day)  # type: ignore[arg-type]
            except ValueError:
                continue
            if day <= today:
                note = f"dateline without a year, in {year}"
                return DateBasis("inferred", day, day, (mention, *year_phrases), note)
    if year is not None:
        start, end = _dt.date(year, 1, 1), min(_dt.date(year, 12, 31), today)
        note = "the latest year the text names"
        return DateBasis("inferred", start, end, tuple(year_phrases), note)
    partial = [m for m in mentions if m.kind in ("month_day", "month_name", "weekday", "relative")]
    if partial:
        kept = _unique(partial)
        named = ", ".join(repr(m.text) for m in kept[:6])
        note = f"no date given; the text names {named} but no year"
        return DateBasis("none", phrases=tuple(kept), note=note)
    return no_basis()


def named_months(basis: DateBasis) -> tuple[int, ...]:
    """The months an undated text names without a year (``in February``, ``September 19``)."""
    if basis.kind != "none":
        return ()
    months = {p.month for p in basis.phrases if p.month is not None and p.year is None}
    return tuple(sorted(m for m in months if m is not None))


def in_months(start: _dt.date, end: _dt.date, months: Sequence[int]) -> bool:
    """Whether the days from ``start`` to ``end`` touch one of ``months``."""
    if (end - start).days >= 365:
        return bool(months)
    day = start
    while day <= end:
        if day.month in months:
            return True
        day = (day.replace(day=1) + _dt.timedelta(days=32)).replace(day=1)
    return False


def sentence_basis(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[DateMention],
    document: DateBasis,
    figures: Sequence[tuple[int, int]] = (),
) -> DateBasis | None:
    """The basis a date in the claim's own sentence gives, when it governs the claim.

    ``mentions`` (the text's date phrases) and ``figures`` (the spans of its
    money figures) are in text order. A date phrase with a year governs the
    claim at ``span`` when it is in the same sentence, with no other money
    figure (one not inside ``span``) between the two: ``from 1.6 million euros
    in 2014`` dates the 1.6 million, not the claim before it; after the claim,
    no other number either: ``an increase of 14.09 per cent from 2018`` dates
    the base of the change. A claim that says it is at today's rate
    (``aktuell``, ``currently``: the ``current`` words of
    :func:`fxnorm.parsing.languages.date_words`)
    keeps the publication date.
    """
    if _says_current(text[span[0] : span[1]]):
        return None
    first, last = sentence_bounds(text, span[0])
    anchor = document.day or document.start
    candidates: list[tuple[int, DateMention, tuple[_dt.date, _dt.date]]] = []
    # Mentions and figures come in text order: only the sentence's are looked at.
    lo = bisect_left(mentions, first, key=lambda m: m.span[0])
    hi = bisect_left(mentions, last, key=lambda m: m.span[0])
    f_lo = bisect_left(figures, first, key=lambda f: f[0])
    f_hi = bisect_left(figures, last, key=lambda f: f[0])
    nearby = [f for f in figures[f_lo:f_hi] if not (span[0] <= f[0] and f[1] <= span[1])]
    for mention in mentions[lo:hi]:
        if mention.forward:
            continue
        if span[0] <= mention.span[0] < span[1]:
            continue  # inside the claim's own figures
        if mention.year is not None and mention.kind in ("day", "month", "year"):
            interval = mention.interval()
        elif (
            mention.kind == "relative"
            and mention.unit in ("year", "month", "occurrence")
            and (
                mention.offset or mention.month is not None  # 今年10月: this year's October
            )
        ):
            interval = mention.interval(anchor) if anchor is not None else None
        else:
            interval = None
        if interval is None:
            continue
        if mention.span[1] <= span[0]:
            gap = (mention.span[1], span[0])
        else:
            gap = (span[1], mention.span[0])
        if any(gap[0] <= f_start and f_end <= gap[1] for f_start, f_end in nearby):
            continue  # another figure stands between: the date is that figure's
        if mention.span[0] >= span[1] and any(ch.isdigit() for ch in text[gap[0] : gap[1]]):
            continue  # "…, an increase of 14.09 per cent from 2018": the change's base
        # Before the claim counts first (In 2009, …), nearest first; then after it.
        distance = (
            span[0] - mention.span[1]
            if mention.span[1] <= span[0]
            else 10**6 + (mention.span[0] - span[1])
        )
        candidates.append((distance, mention, interval))
    if not candidates:
        return None
    _, mention, (start, end) = min(candidates, key=lambda item: item[0])
    known = document.start is not None and document.end is not None
    if known and start <= document.start <= document.end <= end:  # type: ignore[operator]
        return None  # the sentence's time contains the publication date: no news
    note = "the claim's sentence names its own time"
    if document.kind != "none":
        note += f" (publication: {document.kind} {document.window_text()})"
    return DateBasis("sentence", start, end, (mention,), note)


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=1)
def _current_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every language's words that say a conversion is at today's rate, and the
    short ones of scripts written without spaces, looked for inside the claim."""
    words = frozenset().union(*date_words().current.values())
    return words, tuple(word for word in words if not word.isascii() and len(word) <= 3)


def _says_current(claim: str) -> bool:
    current, inside = _current_words()
    words = {word.casefold() for word in _WORD.findall(claim)}
    return bool(words & current) or any(word in claim for word in inside)


_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[¿¡]?[A-Z0-9])|(?<=[。！？])|\n\s*\n|\n"
)


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``position``: (start, end).

    The boundaries of a text are found once (the last few texts are kept), so
    that a document of many claims is read in linear time.
    """
    starts, ends = _sentences(text)
    index = bisect_right(starts, position) - 1
    return starts[index], ends[index]


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [0], []
    for match in _SENTENCE_END.finditer(text):
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(text))
    return starts, ends


def _latest_year(
    mentions: Sequence[DateMention], today: _dt.date
) -> tuple[int | None, list[DateMention]]:
    years: dict[int, list[DateMention]] = {}
    for mention in mentions:
        if mention.forward:
            continue
        if mention.year is not None and mention.kind in ("day", "month", "year"):
            year = mention.year
        elif mention.readings and len({d.year for d in mention.readings}) == 1:
            year = mention.readings[0].year
        else:
            continue
        if year <= today.year:
            years.setdefault(year, []).append(mention)
    if not years:
        return None, []
    latest = max(years)
    return latest, _unique(years[latest])


def _unique(mentions: Sequence[DateMention]) -> list[DateMention]:
    seen: set[str] = set()
    kept = []
    for mention in mentions:
        if mention.text not in seen:
            seen.add(mention.text)
            kept.append(mention)
    return kept
