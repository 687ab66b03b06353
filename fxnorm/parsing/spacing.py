"""Runs of spaces, read as one space, with every span still pointing into the text given.

Text copied from web pages and PDFs often holds two or more spaces where its
writer put one (``7.088,2  millones de  dólares``: an editor's line break
collapsed, a column's padding). The pipeline's stages read a single space between
the parts of a figure, so the front door (:mod:`.reader`) reads such a text with
each run of spaces (and tabs, and no-break spaces among them) squeezed into one
space, then moves every span of what it found back onto the text it was given:
``Mention.text``, ``Pair.text`` and ``Skipped.text`` are slices of that text, as
always. A lone space, a line break and a thin space (a group separator in
``1 000``) are left as they are.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from typing import TypeVar

from .model import Mention, Pair, Skipped

__all__ = ["Squeezed", "squeeze"]

#: two or more of the spaces a page pads with: space, tab, no-break space
_RUN = re.compile(r"[ \t\u00a0]{2,}")

_Found = TypeVar("_Found", Mention, Pair, Skipped)


class Squeezed:
    """A text with its runs of spaces squeezed (``text``), and the way back to the
    text it came from (``original``)."""

    __slots__ = ("_removed", "_starts", "original", "text")

    def __init__(self, original: str, text: str, starts: list[int], removed: list[int]) -> None:
        self.original = original
        self.text = text
        #: where each kept space stands in ``text``, in order
        self._starts = starts
        #: how many characters were removed up to and including each run
        self._removed = removed

    def position(self, index: int) -> int:
        """Where ``index`` of :attr:`text` stands in :attr:`original`."""
        # runs whose kept space stands strictly before ``index`` moved it right
        before = bisect_left(self._starts, index)
        return index + (self._removed[before - 1] if before else 0)

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` of :attr:`text` as a span of :attr:`original`."""
        start, end = span
        return self.position(start), (self.position(end - 1) + 1 if end > start else start)

    def restore(self, found: _Found) -> _Found:
        """``found`` with its spans and texts moved onto :attr:`original`."""
        span = self.span(found.span)
        text = self.original[span[0] : span[1]]
        if isinstance(found, Pair):
            return dataclasses.replace(
                found,
                source=self.restore(found.source),
                stated=self.restore(found.stated),
                span=span,
                text=text,
            )
        if isinstance(found, Mention) and found.qualifier_span is not None:
            qualifier = self.span(found.qualifier_span)
            return dataclasses.replace(
                found,
                qualifier_span=qualifier,
                qualifier_text=self.original[qualifier[0] : qualifier[1]],
                span=span,
                text=text,
            )
        return dataclasses.replace(found, span=span, text=text)


def squeeze(text: str) -> Squeezed | None:
    """``text`` with each run of spaces as one space, or None when it has no run."""
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        return None  # the common case, told without the pattern's scan
    first = _RUN.search(text)
    if first is None:
        return None
    parts: list[str] = []
    starts: list[int] = []
    removed: list[int] = []
    taken = 0  # characters of ``text`` copied so far
    total = 0  # characters removed so far
    for run in _RUN.finditer(text, first.start()):
        parts.append(text[taken : run.start()])
        parts.append(" ")
        starts.append(run.start() - total)
        total += run.end() - run.start() - 1
        removed.append(total)
        taken = run.end()
    parts.append(text[taken:])
    return Squeezed(text, "".join(parts), starts, removed)
