"""Ranges: two figures joined by a link (``$50-60 billion``, ``50 to 60 billion
yuan``, ``between $5 and $6 bn``, ``14~15조원``, ``20亿美元至25亿美元``, ``two to
three billion dollars``).

The context stage joins the scanner's figures and the word pass joins the
number words of a low end to the word figure after them; both decide with
:func:`is_range` and join with :func:`join`, so a range of words has the
structure of a range of digits. The joined figure is a new value: the low
end's ``value`` and ``exponent``, the high end's in ``high`` and
``high_exponent`` (in the low end's magnitude), the span from the low end to
the high end's currency. The link words (``to``, ``bis``, ``至``, ``and`` after
``between``) are the languages' data, compiled by the lexicon.

A change (``from 1 to 2 billion dollars``) is no range: its bare start is a
figure of its own, lent the magnitude and currency its end writes once for both
(:func:`is_change_low`, :func:`lend`), and its mention says so.
"""

from __future__ import annotations

import re

from .figures import Figure
from .lexicon import Lexicon
from .numbers import EXACT

__all__ = ["MAX_LINK", "is_change_low", "is_range", "join", "lend", "lent_magnitude"]

#: The longest link between two figures of a range, spaces included (``" to "``).
MAX_LINK = 12

#: How far before a range's low end a word that makes ``from`` open it may begin.
_SPAN_BEFORE = 24

#: A link that is a word (``to``, ``bis``), not a dash.
_WORD_LINK = re.compile(r"[^\W\d_]")


def is_range(text: str, low: Figure, high: Figure, lex: Lexicon, high_qualified: bool) -> bool:
    """Whether ``low`` and the ``high`` figure after it state one range: a link
    between them (``-``, ``to``, ``bis``; ``and`` after ``between``), not a
    change (``from $13 billion to $32 billion``), currencies that agree, and a
    low end below the high end (the high end's magnitude counts for a low end
    without one: ``50 to 60 billion``). A range is no end of another, and a
    high end with a qualifier of its own (``$5 to more than $6``) is none."""
    between = text[low.end : high.start]
    if len(between) > MAX_LINK or high_qualified or between.isspace() or not between:
        return False
    if high.high is not None or low.high is not None:
        return False
    if low.start > 1 and text[low.start - 1] == "-" and text[low.start - 2].isdecimal():
        return False  # "2022-2021 – 609 מיליארד": the low end closes another pair
    before = text[max(0, low.start - 12) : low.start]
    if lex.range_link.match(between) or (
        # "de los 5 a los 100 millones": an article after the link, a "from" word before
        lex.range_link_article.match(between) and lex.from_word.search(before)
    ):
        if (
            lex.from_word.search(before)
            and _WORD_LINK.search(between)
            and (low.surface is not None or low.mag_text is not None or high.mag_text)
            and lex.span_from.search(text, max(0, low.start - _SPAN_BEFORE), low.start) is None
        ):
            # "from $13 billion to $32 billion" is a change, not a range; but a dash
            # links a range even after "from" ("prices range from £10-£20"), and so
            # does a bare low end before a price ("From 26 to 50 €"), and a word
            # before "from" that says the two figures span one ("na faixa de R$ 50 a
            # R$ 60", "que vai de US$ 15,50 a US$ 17,50")
            return False
        if _year_before_link(low, high, between):
            return False  # "in 2025 to US$11.39 billion": a year, not a low end
    elif not (
        lex.between_link.match(between)
        and lex.between_word.search(text[max(0, low.start - 12) : low.start])
    ):
        return False
    if (
        low.surface is not None
        and high.surface is not None
        and not set(low.surface.codes) & set(high.surface.codes)
    ):
        return False
    if low.mag_text is not None and high.mag_text is None:
        return False
    low_exponent = high.mag_exponent if _shares_magnitude(low, high) else low.mag_exponent
    low_amount = low.value.scaleb(low_exponent, EXACT)
    if low.mag_text is None and high.mag_text is not None and low.value > high.value:
        low_amount = low.value
    return low_amount < high.amount


def is_change_low(text: str, low: Figure, high: Figure, lex: Lexicon) -> bool:
    """Whether ``low`` is the start of a change, without a currency, whose end
    ``high`` names one: ``from 1 to 2 billion dollars``, ``de 1 a 2 mil millones
    de dólares``, ``from 500 million to 2 billion dollars``. It is a figure of its
    own (no range), and the end lends it what it writes once for both (:func:`lend`),
    as ``between 1 and 2 billion dollars`` shares them in a range. A bare start
    counts before an end with a magnitude word only, and a year is none (``from
    2019 to 3 billion``)."""
    if high.surface is None or low.high is not None:
        return False
    if low.surface is not None:
        # "from $1 to $2 billion": the start writes the currency, its end the magnitude
        return lent_magnitude(low, high) is not None and _linked_change(text, low, high, lex)
    bare = low.mag_text is None and not low.mag_exponent
    if bare and high.mag_text is None:
        return False
    return _linked_change(text, low, high, lex)


def _linked_change(text: str, low: Figure, high: Figure, lex: Lexicon) -> bool:
    """Whether a word links ``low`` to ``high`` as a change's start to its end, after
    a ``from`` word, and ``low`` is no year."""
    between = text[low.end : high.start]
    if not between or len(between) > 12 or not _WORD_LINK.search(between):
        return False
    if not (
        lex.range_link.match(between)
        or lex.change_link.match(between)
        or lex.range_link_article.match(between)
    ):
        return False
    if not lex.from_word.search(text[max(0, low.start - 12) : low.start]):
        return False
    return not _year_before_link(low, high, between)


def lend(low: Figure, high: Figure) -> Figure:
    """The start of a change (or an item of a list) with the currency its end writes
    once for both (unless it writes its own), and its magnitude when the start has
    none (see :func:`is_change_low`) or only the first word of the end's two (``2 mil
    y 3 mil millones``, as a range shares it); its span and digits are its own."""
    surface = low.surface if low.surface is not None else high.surface
    if low.mag_text is None and not low.mag_exponent:
        return low._replace(surface=surface, mag_exponent=high.mag_exponent)
    if low.mag_text is not None and _shares_magnitude(low, high):
        return low._replace(surface=surface, mag_exponent=high.mag_exponent, mag_text=high.mag_text)
    return low._replace(surface=surface)


def lent_magnitude(low: Figure, high: Figure) -> str | None:
    """The magnitude words of ``high`` when ``low`` writes a currency of its own but
    no magnitude and reads in ``high``'s (``$1 to $2 billion``, ``from $1 to $2
    billion``, ``$1-$2 billion``): the same currency, both ends written with it,
    and a low end below the high one in that magnitude. The text leaves it open
    (``$1`` alone is one dollar), so the mention says it; ``$50-60 billion``
    writes the currency once, as the magnitude, and is no such case."""
    if (
        low.surface is None
        or high.surface is None
        or low.mag_text is not None
        or low.mag_exponent
        or high.mag_text is None
        or high.mag_exponent <= 0
        or not set(low.surface.codes) & set(high.surface.codes)
    ):
        return None
    return high.mag_text if low.value < high.value else None


def _year_before_link(low: Figure, high: Figure, between: str) -> bool:
    """A bare year (``2025``) before a word link to a figure whose number, before its
    magnitude word, is smaller: the year dates the figure ("up in 2025 to US$11.39
    billion"), it is no low end ("2000 to 3000 dollars" is a range)."""
    raw = low.raw
    return (
        low.surface is None
        and low.mag_text is None
        and high.mag_text is not None
        and high.value < low.value
        and len(raw) == 4
        and raw.isdigit()
        and 1800 <= int(raw) <= 2199
        and _WORD_LINK.search(between) is not None
    )


def _shares_magnitude(low: Figure, high: Figure) -> bool:
    """Whether the low end takes the high end's magnitude: it has none (``50 to
    60 billion``), or only the first word of the high end's two (``2 mil y 3 mil
    millones`` is 2,000 to 3,000 millions, ``5 lakh to 10 lakh crore``)."""
    if low.mag_text is None:
        return True
    high_text = high.mag_text
    return (
        high_text is not None
        and high.mag_exponent > low.mag_exponent
        and high_text.startswith(low.mag_text + " ")
    )


def join(low: Figure, high: Figure) -> Figure:
    """The range from ``low`` to ``high`` (see the module docstring)."""
    mag_exponent, mag_text = low.mag_exponent, low.mag_text
    bare_low = low.mag_text is None and not low.mag_exponent
    # the high end's magnitude, or its unit's scale (50-60 cents: 0.50 to 0.60)
    high_scaled = high.mag_text is not None or high.mag_exponent != 0
    if (bare_low and high_scaled and low.value <= high.value) or (
        low.mag_text is not None and _shares_magnitude(low, high)
    ):
        mag_exponent, mag_text = high.mag_exponent, high.mag_text
    # the high end in the low end's magnitude
    shift = high.mag_exponent - mag_exponent
    # every field in order: ``low._replace(...)`` parses its keywords per call,
    # and a text dense with ranges joins one per range
    return _new(
        Figure,
        (
            low.start,
            high.end,
            low.value,
            low.exponent,
            low.surface if low.surface is not None else high.surface,
            low.raw,
            mag_exponent,
            mag_text if mag_text is not None else high.mag_text,
            low.mark,
            high.value.scaleb(shift, EXACT),
            high.exponent + shift,
            False,
            low.floor,
            low.written,
        ),
    )


#: ``Figure(...)`` without the Python-level ``__new__`` of a NamedTuple.
_new = tuple.__new__
