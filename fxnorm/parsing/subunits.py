"""The figure stage's last step for currencies written in two units: a smaller unit
glued after a whole figure (``111円28銭``, ``2元5角8分``) is taken into it.

The words and their powers of ten are language data (``[subunits_after]`` of
``data/languages/<language>.toml``, compiled into :attr:`.Lexicon.subunits_after`).
"""

from __future__ import annotations

from decimal import Decimal

from .figures import Figure
from .lexicon import Lexicon
from .numbers import EXACT

__all__ = ["with_subunits"]


def with_subunits(text: str, figures: list[Figure], lex: Lexicon) -> list[Figure]:
    """The smaller units written right after a whole figure in one currency taken
    into it: ``111円28銭`` is 111.28 yen, ``2元5角8分`` 2.58 yuan. Each smaller unit is
    glued to the one before, its number a whole one below the next larger unit
    (28 sen, 5 jiao), and finer than the one before (角 then 分); anything else stays
    as it was read."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        figure = figures[i]
        i += 1
        surface = figure.surface
        if (
            surface is None
            or figure.exponent
            or figure.mag_exponent
            or figure.high is not None
            or i >= len(figures)
            or figures[i].start != figure.end
        ):
            out.append(figure)
            continue
        codes = set(surface.codes)
        ranged = _subunit_range(text, figure, figures[i : i + 2], lex, codes)
        if ranged is not None:
            out.append(ranged)  # "1ドル＝155円25～27銭": 155.25 to 155.27 yen
            i += 2
            continue
        while i < len(figures) and figures[i].start == figure.end:
            unit = _subunit_at(text, figures[i], lex, codes, figure.exponent)
            if unit is None:
                break
            part, (exponent, end) = figures[i], unit
            figure = figure._replace(
                end=end,
                value=EXACT.add(figure.value, part.value.scaleb(exponent, EXACT)),
                exponent=exponent,
                lone=False,
            )
            i += 1
        out.append(figure)
    return out


def _subunit_range(
    text: str, figure: Figure, parts: list[Figure], lex: Lexicon, codes: set[str]
) -> Figure | None:
    """``155円25～27銭``: a whole figure, then the two ends of a range of its smaller
    unit (quotes of the yen), as the range of the figure with each end; or None."""
    if len(parts) < 2:
        return None
    low, high = parts
    if (
        low.start != figure.end
        or not _plain_part(low)
        or lex.range_link.match(text, low.end, high.start) is None
    ):
        return None
    unit = _subunit_at(text, high, lex, codes, figure.exponent)
    if unit is None or not low.value < high.value:
        return None
    exponent, end = unit
    return figure._replace(
        end=end,
        value=EXACT.add(figure.value, low.value.scaleb(exponent, EXACT)),
        exponent=exponent,
        high=EXACT.add(figure.value, high.value.scaleb(exponent, EXACT)),
        high_exponent=exponent,
        lone=False,
    )


def _plain_part(part: Figure) -> bool:
    """A whole number alone, as the smaller unit's number is."""
    return not (
        part.surface is not None or part.mag_exponent or part.exponent or part.high is not None
    )


def _subunit_at(
    text: str, part: Figure, lex: Lexicon, codes: set[str], last: int
) -> tuple[int, int] | None:
    """The power of ten of the smaller unit written after ``part`` in one of
    ``codes``, finer than ``last``, and where it ends; or None."""
    if not _plain_part(part):
        return None
    for word, (unit_codes, exponent, not_before) in lex.subunits_after.items():
        end = part.end + len(word)
        if (
            exponent < last
            and text.startswith(word, part.end)
            and not any(text.startswith(other, end) for other in not_before)
            and not codes.isdisjoint(unit_codes)
            and part.value < Decimal(1).scaleb(last - exponent)
        ):
            return exponent, end
    return None
