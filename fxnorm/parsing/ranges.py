"""Ranges: two figures joined by a link (``$50-60 billion``, ``50 to 60 billion
yuan``, ``between $5 and $6 bn``, ``two to three billion dollars``).

The reader joins the scanner's figures (:func:`fxnorm.parsing.reader._merge_ranges`)
and the number-word pass (:mod:`.words`) joins the number words of a low end
to the word figure after them; both decide with :func:`is_range` and join
with :func:`join`, so a range of words has the structure of a range of digits.
The low end is kept in the joined figure: ``value`` and ``exponent`` are the
low end's, ``high`` and ``high_exponent`` the high end's in the low end's
magnitude, and the span runs from the low end to the high end's currency.
"""

from __future__ import annotations

import re

from .grammar import Figure
from .numbers import EXACT

__all__ = ["LINK_WORDS", "is_range", "join"]

#: Words that link the ends of a range; Swedish ``till``, Norwegian ``til``,
#: Russian ``до`` (``от 2 до 3 млрд``), Polish ``do`` (``od 2 do 3 mld``).
RANGE_WORDS = ("to", "a", "à", "bis", "até", "al", "till", "til", "до", "do")
#: "and" after "between": ``mellan 2 och 3``, ``mellom 2 og 3``, ``tra 2 e 3``.
BETWEEN_WORDS = ("and", "y", "e", "et", "und", "och", "og")
#: Every link word, lower case (a cheap test before reading a low end of words).
LINK_WORDS = frozenset(RANGE_WORDS + BETWEEN_WORDS)

_RANGE_LINK = re.compile(
    r"\s*(?:-|–|—|~|～|" + "|".join(RANGE_WORDS) + r"|至|到)\s*\Z", re.IGNORECASE
)
#: A link that is a word (``to``, ``bis``), not a dash.
_WORD_LINK = re.compile(r"[^\W\d_]")
_BETWEEN_LINK = re.compile(r"\s*(?:" + "|".join(BETWEEN_WORDS) + r"|和|与)\s*\Z", re.IGNORECASE)
_BETWEEN = re.compile(
    r"(?<![^\W\d_])(?:between|entre|zwischen|tra|fra|mellan|mellom|介于)\s*\Z", re.IGNORECASE
)
#: "from" before a range's low end makes it a change (``from $13 billion to $32
#: billion``): English, Spanish, Portuguese, French, German, Italian ``da``,
#: Swedish ``från``, Norwegian ``fra``, Russian ``с`` and Polish ``z`` (Russian
#: ``от`` and Polish ``od`` state ranges). Whole words only: ``made 5 to 6``.
_FROM = re.compile(
    r"(?<![^\W\d_])(?:from|de|desde|von|from\s+just|da|från|fra|с|z|ze)\s*\Z", re.IGNORECASE
)


def is_range(text: str, low: Figure, high: Figure) -> bool:
    """Whether ``low`` and the ``high`` figure after it state one range: a link
    between them (``-``, ``to``, ``bis``; ``and`` after ``between``), not a
    change (``from $13 billion to $32 billion``), currencies that agree, and a
    low end below the high end (the high end's magnitude counts for a low end
    without one: ``50 to 60 billion``). A range is no end of another."""
    between = text[low.end : high.start]
    if len(between) > 12 or high.qualifier is not None or between.isspace() or not between:
        return False  # spaces alone link nothing (neither link pattern matches them)
    if high.high is not None or low.high is not None:
        return False
    if _RANGE_LINK.match(between):
        if _FROM.search(text[max(0, low.start - 12) : low.start]) and _WORD_LINK.search(between):
            # "from $13 billion to $32 billion" is a change, not a range; but a dash
            # links a range even after "from" ("prices range from £10-£20")
            return False
    elif not (
        _BETWEEN_LINK.match(between) and _BETWEEN.search(text[max(0, low.start - 12) : low.start])
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


def join(low: Figure, high: Figure) -> None:
    """Make ``low`` the range from ``low`` to ``high`` (see the module docstring)."""
    bare_low = low.mag_text is None and not low.mag_exponent
    # the high end's magnitude, or its unit's scale (50-60 cents: 0.50 to 0.60)
    high_scaled = high.mag_text is not None or high.mag_exponent != 0
    if (bare_low and high_scaled and low.value <= high.value) or (
        low.mag_text is not None and _shares_magnitude(low, high)
    ):
        low.mag_exponent = high.mag_exponent
        low.mag_text = high.mag_text
    # Store the high end in the low end's magnitude.
    shift = high.mag_exponent - low.mag_exponent
    low.high = high.value.scaleb(shift, EXACT)
    low.high_exponent = high.exponent + shift
    low.end = high.end
    if low.surface is None:
        low.surface = high.surface
    if low.mag_text is None:
        low.mag_text = high.mag_text
