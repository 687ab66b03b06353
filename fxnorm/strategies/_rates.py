"""Synthetic rate books and dates within a book's coverage."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal
from functools import lru_cache

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ..rates.book import RateBook
from ..rates.memory import MemoryStore, make_source
from ._core import COMMON, validate_codes

__all__ = ["SyntheticRateBook", "dates", "embedded_book", "rate_books"]

#: Currencies a drawn book picks from by default (ISO codes the parser reads).
BOOK_CURRENCIES: tuple[str, ...] = tuple(c for c in COMMON[:14])

#: The id of the one source of a synthetic book.
SYNTHETIC_SOURCE = "synthetic"

_EARLIEST = _dt.date(2000, 1, 1)
_LATEST = _dt.date(2030, 12, 31)
_MAX_DAYS = 3660

#: Published values keep six significant digits, as central banks print them.
_PUBLISHED = Context(prec=6, rounding=ROUND_HALF_EVEN)

#: Largest relative drift over a whole book: values stay positive and plausible.
_MAX_DRIFT = Decimal("0.4")


class SyntheticRateBook(RateBook):
    """A :class:`~fxnorm.RateBook` drawn by :func:`rate_books`, with a readable repr.

    One source (``synthetic``) publishes every day from ``start`` to ``end``
    the value of each code in ``codes`` per one ``base``; ``published`` holds
    those values as printed (``{"EUR": {date: "0.92"}}``).
    """

    def __init__(
        self,
        base: str,
        published: Mapping[str, Mapping[_dt.date, str]],
        *,
        max_age: int = 7,
    ) -> None:
        self.base = base
        self.published = {code: dict(values) for code, values in published.items()}
        days = sorted({day for values in self.published.values() for day in values})
        self.start, self.end = days[0], days[-1]
        self.codes = (base, *self.published)
        info = make_source(SYNTHETIC_SOURCE, base, publisher="Synthetic Bank")
        table: dict[str, Mapping[_dt.date | str, str]] = {}
        for code, values in self.published.items():
            by_day: dict[_dt.date | str, str] = {day: value for day, value in values.items()}
            table[code] = by_day
        store = MemoryStore([info], {SYNTHETIC_SOURCE: table}, name="synthetic")
        super().__init__([store], max_age=max_age)

    def __repr__(self) -> str:
        first = {code: values[self.start] for code, values in self.published.items()}
        last = {code: values[self.end] for code, values in self.published.items()}
        span = f"{self.start.isoformat()}..{self.end.isoformat()}"
        return f"SyntheticRateBook(base={self.base!r}, days={span}, first={first}, last={last})"


@st.composite
def _rate_series(draw: st.DrawFn, start: _dt.date, days: int) -> dict[_dt.date, str]:
    """One currency's daily values: a start value with up to five significant
    digits, drifting linearly by a whole number of basis points a day."""
    mantissa = draw(st.integers(min_value=1, max_value=99_999))
    places = draw(st.integers(min_value=0, max_value=4))
    first = Decimal(mantissa).scaleb(-places)
    steps = max(days - 1, 1)
    bound = int(_MAX_DRIFT * 10_000) // steps
    drift = draw(st.integers(min_value=-bound, max_value=bound))
    values: dict[_dt.date, str] = {}
    for offset in range(days):
        factor = 1 + Decimal(drift * offset) / 10_000
        value = _PUBLISHED.multiply(first, factor)
        values[start + _dt.timedelta(days=offset)] = f"{value.normalize(_PUBLISHED):f}"
    return values


def rate_books(
    *,
    currencies: Sequence[str] | st.SearchStrategy[Sequence[str]] | None = None,
    start: _dt.date | st.SearchStrategy[_dt.date] | None = None,
    days: int | st.SearchStrategy[int] | None = None,
) -> st.SearchStrategy[SyntheticRateBook]:
    """Synthetic, offline :class:`~fxnorm.RateBook` objects for tests.

    One source publishes, every calendar day for ``days`` days from ``start``,
    the value of each currency per one unit of the first currency (the base).
    Values are positive Decimals with up to six significant digits
    (``0.0001`` to ``99999``), each drifting linearly by a drawn number of
    basis points a day, never by more than 40 % over the book.

    - ``currencies``: the codes quoted, base first (at least two); or a
      strategy of such lists. Default: 2 to 5 of USD, EUR, CNY, JPY, GBP …
    - ``start``: a date or a strategy of dates (default 2000–2030).
    - ``days``: a number of days or a strategy (default 1 to 60).

    Examples shrink towards a one-day USD/EUR book at rate 1 on 2000-01-01.
    Everything is drawn through Hypothesis, so a seed gives the same books.
    """
    if currencies is None:
        codes: st.SearchStrategy[Sequence[str]] = st.lists(
            st.sampled_from(BOOK_CURRENCIES), min_size=2, max_size=5, unique=True
        )
    elif isinstance(currencies, st.SearchStrategy):
        codes = currencies
    else:
        fixed = validate_codes(currencies, "currencies")
        if len(set(fixed)) < 2:
            raise InvalidArgument("a rate book needs at least two different currencies")
        codes = st.just(list(dict.fromkeys(fixed)))
    if start is None:
        starts: st.SearchStrategy[_dt.date] = st.dates(min_value=_EARLIEST, max_value=_LATEST)
    elif isinstance(start, st.SearchStrategy):
        starts = start
    elif isinstance(start, _dt.date):
        starts = st.just(start)
    else:
        raise InvalidArgument(f"start must be a date or a strategy of dates, not {start!r}")
    if days is None:
        spans: st.SearchStrategy[int] = st.integers(min_value=1, max_value=60)
    elif isinstance(days, st.SearchStrategy):
        spans = days
    elif isinstance(days, int) and not isinstance(days, bool) and 1 <= days <= _MAX_DAYS:
        spans = st.just(days)
    else:
        raise InvalidArgument(f"days must be a whole number from 1 to {_MAX_DAYS}, not {days!r}")

    @st.composite
    def draw_book(draw: st.DrawFn) -> SyntheticRateBook:
        chosen = list(dict.fromkeys(validate_codes(draw(codes), "currencies")))
        if len(chosen) < 2:
            raise InvalidArgument("a rate book needs at least two different currencies")
        first_day = draw(starts)
        length = draw(spans)
        if not 1 <= length <= _MAX_DAYS:
            raise InvalidArgument(f"days must be from 1 to {_MAX_DAYS}, not {length}")
        base, quoted = chosen[0], chosen[1:]
        published = {code: draw(_rate_series(first_day, length)) for code in quoted}
        return SyntheticRateBook(base, published)

    return draw_book()


@lru_cache(maxsize=1)
def embedded_book() -> RateBook:
    """The embedded dataset alone (not the local cache): the same on every machine."""
    from ..data import DATASET_PATH
    from ..rates.store import SQLiteStore

    return RateBook([SQLiteStore(DATASET_PATH, name="embedded")])


def spans(book: RateBook, source: str | None = None) -> dict[str, tuple[_dt.date, _dt.date]]:
    """Each currency's first and last dates in ``book`` (or in one source), bases included."""
    found: dict[str, tuple[_dt.date, _dt.date]] = {}
    for coverage in book.coverage():
        if source is not None and coverage.source.id != source:
            continue
        per = dict(coverage.per_currency)
        per.setdefault(coverage.source.base, (coverage.first, coverage.last))
        for code, (first, last) in per.items():
            old = found.get(code)
            found[code] = (min(old[0], first), max(old[1], last)) if old else (first, last)
    return found


def dates(
    book: RateBook | None = None,
    *,
    source: str | None = None,
    currency: str | None = None,
) -> st.SearchStrategy[_dt.date]:
    """Dates within ``book``'s coverage (default: the embedded dataset).

    ``source`` restricts to one source's span (``"ecb"``), ``currency`` to the
    span over which that currency is quoted. A date in the span may still fall
    in a gap of a source's publications (a holiday, a suspension); for a
    synthetic book from :func:`rate_books` every day is published. Examples
    shrink towards 2000-01-01, or the first date of the span after it.
    """
    chosen = embedded_book() if book is None else book
    if not isinstance(chosen, RateBook):
        raise InvalidArgument(f"book must be a RateBook, not {type(chosen).__name__}")
    if source is not None and source not in chosen.sources:
        raise InvalidArgument(f"unknown source {source!r}; the book has {sorted(chosen.sources)}")
    found = spans(chosen, source)
    if currency is not None:
        (code,) = validate_codes([currency], "currency")
        if code not in found:
            raise InvalidArgument(f"{code} has no rates in this book")
        found = {code: found[code]}
    if not found:
        raise InvalidArgument("the book covers no dates")
    first = min(span[0] for span in found.values())
    last = max(span[1] for span in found.values())
    return st.dates(min_value=first, max_value=last)
