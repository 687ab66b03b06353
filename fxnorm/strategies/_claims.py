"""Stated conversions ("380 billion CNY (53 billion USD)") with a known verdict."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .._decimal import CONTEXT
from ..errors import RateError
from ..money import Money
from ..rates.book import RateBook
from ._core import order
from ._rates import rate_books, spans
from ._texts import currency_word, symbol, writable

__all__ = ["ClaimCase", "claims"]

#: What the claim checker allows by default (fxnorm.claims.DEFAULT_SLACK and
#: DEFAULT_MAX_WIDTH; an approximate figure is read to a whole unit of its last
#: digit instead of half of one), restated here so that the expected verdict is
#: worked out independently of the checker's code.
_SLACK = Fraction(1, 100)
_MAX_WIDTH = Fraction(10, 100)

#: How far an inconsistent claim's stated figure is off: far outside any
#: tolerance these figures allow (two significant digits at least: ≤ 5 % each).
FACTORS: tuple[Decimal, ...] = (Decimal("0.8"), Decimal("1.25"), Decimal("0.5"), Decimal("2"))

#: English magnitude words by power of ten.
_WORDS = {0: "", 3: "thousand", 6: "million", 9: "billion", 12: "trillion"}

#: Ways of stating an equivalent, and whether each makes the figure approximate.
_PAIRS: tuple[tuple[str, bool], ...] = (
    ("{source} ({stated})", False),
    ("{source} (about {stated})", True),
    ("{source}, or {stated},", False),
    ("{source} (equivalent to {stated})", False),
    ("{source}, or roughly {stated},", True),
)
_LEADS = ("", "The deal is worth ")


@dataclass(frozen=True, slots=True)
class ClaimCase:
    """A stated conversion and the verdict :func:`fxnorm.check` must give it.

    ``fxnorm.check(case.text, case.on, book=case.book).verdict == case.verdict``.
    ``source`` and ``stated`` are the two figures as written (``stated`` is the
    one in parentheses); ``reference`` is the book's rate on ``on`` in units of
    ``source.currency`` per one ``stated.currency``; ``factor`` is how far the
    stated figure was put off on purpose (1 for a consistent claim).
    """

    text: str
    on: _dt.date
    book: RateBook
    verdict: str
    source: Money
    stated: Money
    reference: Decimal
    factor: Decimal


def _exact(units: int, exponent: int) -> Decimal:
    """``units`` × 10**exponent, written as an integer when it is one (not ``1.519E+10``)."""
    if exponent >= 0:
        return Decimal(units * 10**exponent)
    return Decimal(f"{units}E{exponent}")


def _number(units: int, places: int) -> str:
    """``units`` × 10**-places in English digits: ``1,234.50``."""
    whole, fraction = divmod(units, 10**places)
    text = f"{whole:,}"
    return f"{text}.{fraction:0{places}d}" if places else text


def _forms(code: str) -> list[str]:
    """How ``code`` can be written unambiguously in English, safest first."""
    code_ok, symbol_ok, names_ok = writable(code, "en")
    forms = ["code-after", "code-before"] if code_ok else []
    if symbol_ok:
        forms.append("symbol")
    if names_ok:
        forms.append("name")
    return forms


def _figure(units: int, places: int, magnitude: int, code: str, form: str) -> str:
    number = _number(units, places)
    word = _WORDS[magnitude]
    figure = f"{number} {word}" if word else number
    if form == "code-before":
        return f"{code} {figure}"
    if form == "symbol":
        return f"{symbol(code, 'en')}{figure}"
    if form == "name":
        return f"{figure} {currency_word(code, _exact(units, magnitude - places), 'en')}"
    return f"{figure} {code}"


def _verdict(
    source: Fraction,
    source_q: Fraction,
    stated: Fraction,
    stated_q: Fraction,
    reference: Fraction,
    approximate: bool,
) -> str:
    """The documented semantics of fxnorm.check, in exact fractions."""
    # Only the stated figure carries the qualifier in these forms ("(about …)").
    stated_half = stated_q if approximate else stated_q / 2
    low = (source - source_q / 2) / (stated + stated_half)
    high = (source + source_q / 2) / (stated - stated_half)
    implied = source / stated
    if max(high / implied - 1, 1 - low / implied) > _MAX_WIDTH:
        return "imprecise"
    within = low * (1 - _SLACK) <= reference <= high * (1 + _SLACK)
    return "consistent" if within else "inconsistent"


def claims(
    *, consistent: bool = True, book: RateBook | None = None
) -> st.SearchStrategy[ClaimCase]:
    """Stated conversions in English whose verdict under :func:`fxnorm.check` is known.

    Each :class:`ClaimCase` pairs a figure with its equivalent in another
    currency, ``380 billion CNY (53 billion USD)``, also written ``(about …)``,
    ``, or …,`` and ``(equivalent to …)``, with codes, symbols or names. The
    stated figure is the source figure converted at ``book``'s rate on
    ``case.on``, rounded to the precision it is written with; for
    ``consistent=False`` it is first multiplied by 0.8, 1.25, 0.5 or 2, far
    outside what rounding and the checker's 1 % slack allow. Figures too coarse
    to test a rate (the checker's ``imprecise``, above ±10 %) are not drawn.

    ``book`` defaults to a drawn :func:`rate_books` book; any RateBook works
    (dates and currencies are then drawn from its coverage).
    """
    if not isinstance(consistent, bool):
        raise InvalidArgument(f"consistent must be True or False, not {consistent!r}")
    if book is not None and not isinstance(book, RateBook):
        raise InvalidArgument(f"book must be a RateBook, not {type(book).__name__}")
    books: st.SearchStrategy[RateBook] = st.just(book) if book is not None else rate_books()
    known: dict[str, dict[str, tuple[_dt.date, _dt.date]]] = {}

    @st.composite
    def draw_claim(draw: st.DrawFn) -> ClaimCase:
        chosen = draw(books)
        if chosen is not book:
            covered = spans(chosen)
        elif "given" in known:
            covered = known["given"]
        else:  # a given book's coverage is read once
            covered = known["given"] = spans(chosen)
        codes = [code for code in order(covered) if _forms(code)]
        if len(codes) < 2:
            raise InvalidArgument("the book quotes fewer than two currencies the parser can read")
        source_code = draw(st.sampled_from(codes))
        stated_code = draw(st.sampled_from([c for c in codes if c != source_code]))
        first = max(covered[source_code][0], covered[stated_code][0])
        last = min(covered[source_code][1], covered[stated_code][1])
        if first > last:
            reject()
        day = draw(st.dates(min_value=first, max_value=last))
        try:
            rate = chosen.quote(stated_code, source_code, day, policy="previous").value
        except RateError:
            reject()

        # The source figure: 2 to 4 significant digits, with or without a magnitude word.
        magnitude = draw(st.sampled_from((0, 3, 6, 9)))
        source_places = draw(st.integers(min_value=0, max_value=2))
        source_units = draw(st.integers(min_value=10, max_value=9999))
        source_amount = _exact(source_units, magnitude - source_places)
        value = CONTEXT.divide(source_amount, rate)
        while value < 10 and magnitude < 12:
            magnitude += 3
            source_amount = _exact(source_units, magnitude - source_places)
            value = CONTEXT.divide(source_amount, rate)
        if value < 10:
            reject()  # a rate so large that no figure up to trillions converts to 10 units

        factor = Decimal(1) if consistent else draw(st.sampled_from(FACTORS))
        target = CONTEXT.multiply(value, factor)
        stated_magnitude = max(m for m in _WORDS if Decimal(10) ** m <= target)
        stated_places = draw(st.integers(min_value=0, max_value=2))
        while True:
            quantum = Decimal(1).scaleb(stated_magnitude - stated_places)
            stated_units = int(CONTEXT.divide(target, quantum).to_integral_value(ROUND_HALF_EVEN))
            if stated_units >= 10:
                break
            stated_places += 1
        stated_amount = _exact(stated_units, stated_magnitude - stated_places)

        pattern, approximate = draw(st.sampled_from(_PAIRS))
        expected = _verdict(
            Fraction(source_amount),
            Fraction(Decimal(1).scaleb(magnitude - source_places)),
            Fraction(stated_amount),
            Fraction(quantum),
            Fraction(rate),
            approximate,
        )
        if expected != ("consistent" if consistent else "inconsistent"):
            reject()  # figures too coarse to test (imprecise), or off by too little

        source_form = draw(st.sampled_from(_forms(source_code)))
        stated_form = draw(st.sampled_from(_forms(stated_code)))
        source_text = _figure(source_units, source_places, magnitude, source_code, source_form)
        stated_text = _figure(
            stated_units, stated_places, stated_magnitude, stated_code, stated_form
        )
        lead = draw(st.sampled_from(_LEADS))
        text = lead + pattern.format(source=source_text, stated=stated_text)
        return ClaimCase(
            text=text,
            on=day,
            book=chosen,
            verdict=expected,
            source=Money(source_amount, source_code),
            stated=Money(stated_amount, stated_code),
            reference=rate,
            factor=factor,
        )

    return draw_claim()
