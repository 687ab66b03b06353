"""The planner and the lookup primitives both RateBook and fxnorm.frame execute.

Which publication answers a day is decided once, in ``Series.locate``; the
vectorised ``Series.locate_all`` (fxnorm.frame) and the day tables of
``Series.previous_table`` (RateBook's fast path for the default policy) must
give the same answers on every day, and a step answered through the tables
must equal the general path field for field. The references here are the
scalar lookup itself and, for the legs, a linear scan of the embedded series.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import random
import weakref
from decimal import Decimal

import numpy as np
import pytest

import fxnorm
from fxnorm.errors import InvalidInputError, RateError, RateNotFoundError
from fxnorm.rates import POLICIES, Quote, RateBook, Series
from fxnorm.rates.model import built
from fxnorm.rates.plan import Kept, Step

BOOK = RateBook.default()

#: Series with regular days (ECB), gaps (the BCRA's holidays, currency-api's
#: irregular snapshots), weekend quotes (the crypto dollar) and the Fed's yuan.
SERIES = [
    ("ecb", "USD", "official", "mid"),
    ("ecb", "CNY", "official", "mid"),
    ("bcra", "ARS", "official", "mid"),
    ("currency-api", "ARS", "official", "mid"),
    ("argentinadatos", "ARS", "crypto", "sell"),
    ("fed", "CNY", "official", "mid"),
]


def series(key: tuple[str, str, str, str]) -> Series:
    found = BOOK.series(*key)
    assert found is not None, key
    return found


def sample_days(found: Series, margin: int, count: int, seed: int) -> list[int]:
    """Every day of the series' last 400 and ``count`` random days of its span ± ``margin``."""
    rng = random.Random(seed)
    first, last = found.days[0] - margin, found.days[-1] + margin
    days = list(range(max(first, last - 400), last + 1))
    return days + [rng.randint(first, last) for _ in range(count)]


@pytest.mark.parametrize("key", SERIES, ids=lambda k: "-".join(k))
@pytest.mark.parametrize("policy", POLICIES)
def test_locate_all_equals_locate_on_every_day(key: tuple[str, str, str, str], policy: str) -> None:
    found = series(key)
    for max_age in (0, 3, 7, 30):
        days = np.array(sample_days(found, 60, 1500, max_age), dtype=np.int64)
        located = found.locate_all(days, policy, max_age)
        for at, ordinal in enumerate(days.tolist()):
            picked = found.locate(ordinal, policy, max_age)
            assert bool(located.ok[at]) is (picked is not None), (ordinal, max_age)
            if picked is None:
                continue
            first, second = (picked, -1) if isinstance(picked, int) else picked
            assert (int(located.first[at]), int(located.second[at])) == (first, second)
            assert int(located.date[at]) == found.dated(picked, ordinal).toordinal()
            exact = float(found.exact(picked, ordinal))
            assert located.value[at] == pytest.approx(exact, rel=1e-15)


@pytest.mark.parametrize(
    ("source", "code"), [("convertibility", "ARS"), ("euro-fixed", "DEM"), ("cfa-peg", "XOF")]
)
def test_locate_all_of_a_fixed_rate_equals_in_force(source: str, code: str) -> None:
    found = series((source, code, "official", "mid"))
    today = dt.date.today().toordinal()
    days = np.arange(found.days[0] - 30, today + 30, dtype=np.int64)
    located = found.locate_all(days, "exact", 0, fixed=True, today=today)
    for at, ordinal in enumerate(days.tolist()):
        index = found.in_force(ordinal, today)
        assert bool(located.ok[at]) is (index is not None), ordinal
        if index is not None:
            assert int(located.first[at]) == index and int(located.date[at]) == ordinal


@pytest.mark.parametrize("key", SERIES, ids=lambda k: "-".join(k))
def test_previous_table_equals_locate(key: tuple[str, str, str, str]) -> None:
    found = series(key)
    for max_age in (0, 2, 7):
        first, indices, values, dates = found.previous_table(max_age)
        assert first == found.days[0]
        for ordinal in range(first - 5, first + len(indices) + 5):
            picked = found.locate(ordinal, "previous", max_age)
            at = ordinal - first
            inside = 0 <= at < len(indices)
            assert (inside and indices[at] is not None) is (picked is not None), ordinal
            if picked is not None:
                assert isinstance(picked, int)
                assert indices[at] == picked
                assert values[at] == found.value(picked) and dates[at] == found.date(picked)


def fields(quote: Quote) -> tuple[object, ...]:
    return (
        quote.base,
        quote.quote,
        str(quote.value),
        quote.date,
        quote.requested_date,
        quote.source,
        quote.publisher,
        quote.method,
        quote.origin,
        quote.market,
        quote.side,
        tuple(fields(leg) for leg in quote.legs),
    )


@pytest.mark.parametrize(
    ("base", "quote"), [("CNY", "USD"), ("USD", "ARS"), ("ARS", "USD"), ("CNY", "ARS")]
)
def test_steps_that_read_day_tables_answer_as_the_general_path(base: str, quote: str) -> None:
    """A step asked often reads its series' day tables; every answer must equal the
    general path's, legs included (built lazily from the publications)."""
    book = RateBook.default()
    book.forget()
    rng = random.Random(f"{base}{quote}")
    start, end = dt.date(2003, 1, 1).toordinal(), dt.date(2025, 3, 28).toordinal()
    days = [dt.date.fromordinal(rng.randint(start, end)) for _ in range(600)]
    for day in days[:100]:  # ask often enough for the tables to be made
        with contextlib.suppress(RateError):
            book.quote(base, quote, day)
    steps = [step for route in book.plan(base, quote).routes for step in route.steps]
    assert any(step.answer != step.answer_any for step in steps)  # tables in use
    for day in days:
        for step in steps:
            fast = step.answer(day.toordinal(), day)
            general = step.answer_any(day.toordinal(), day)
            assert (fast is None) is (general is None), (step, day)
            if fast is not None and general is not None:
                assert fields(fast) == fields(general), (step, day)
                assert fast == general


@pytest.mark.parametrize(
    ("base", "quote"), [("CNY", "USD"), ("USD", "JPY"), ("USD", "EUR"), ("EUR", "JPY")]
)
def test_values_without_their_quote_are_the_general_paths(base: str, quote: str) -> None:
    """RateBook.value and convert() read a value from the day tables and build the
    Quote only when it is read (Conversion.rate, built()): the value, the result
    and the Quote built later (even after forget()) equal the general path's."""
    book = RateBook(BOOK.stores)
    rng = random.Random(f"value{base}{quote}")
    start, end = dt.date(2003, 1, 1).toordinal(), dt.date(2025, 3, 28).toordinal()
    days = [dt.date.fromordinal(rng.randint(start, end)) for _ in range(400)]
    for day in days[:100]:  # ask often enough for the tables to be made
        with contextlib.suppress(RateError):
            book.quote(base, quote, day)
    first = book.plan(base, quote).routes[0].steps[0]
    assert first.value is not None  # the tables answer
    amount = fxnorm.Money("1234.5", base)
    later = []
    for day in days:
        general = first.answer_any(day.toordinal(), day)
        if general is None:  # another route answers, or none: as quote() does
            continue
        found = book.value(base, quote, day)
        assert (found[0], found[1]) == (general.value, general.quote)
        assert fields(built(found)) == fields(general)
        made = fxnorm.convert(amount, quote, day, book=book)
        assert made.result.amount == fxnorm._decimal.CONTEXT.multiply(amount.amount, general.value)
        later.append((made, general))
    assert len(later) > 200
    book.forget()
    for made, general in later:
        assert fields(made.rate) == fields(general) and made.rate is made.rate


def test_the_cross_values_a_step_keeps_are_bounded() -> None:
    """A step reading day tables keeps each day's cross value, up to the size of
    the Kept it shares with the book's other steps; then all are dropped and kept
    again. What it answers stays the general path's."""
    first = BOOK.plan("CNY", "USD").routes[0].steps[0]
    kept = Kept(3)
    step = Step(first.source, first.base, first.quote, first.numerator, first.denominator, kept)
    for leg in step.legs:  # make the day tables, so that the step reads them at once
        assert leg.series is not None
        leg.series.previous_table(leg.max_age)
    days = [dt.date(2024, 3, day) for day in range(4, 9)]  # Monday to Friday
    step.answer(days[0].toordinal(), days[0])
    assert step.value is not None
    for day in days + days:
        general = first.answer_any(day.toordinal(), day)
        assert general is not None and step.value(day) == general.value
        held = sum(len(table) for table in kept.tables)
        # A table is charged its values a chunk at a time, never less than it holds.
        assert 0 < held <= kept.size - kept.left <= 3


def test_steps_sharing_a_kept_are_charged_by_chunk_and_bounded() -> None:
    """Two steps share a Kept larger than one chunk: the first step's table is
    charged a chunk (256 values) for its first value and holds up to that many
    without another charge; the second step's first value would go over the
    size, so every table is dropped first. The values answered stay the
    general path's."""
    steps = []
    kept = Kept(300)
    assert kept.chunk == 256
    for pair in (("CNY", "USD"), ("JPY", "USD")):
        first = BOOK.plan(*pair).routes[0].steps[0]
        step = Step(first.source, first.base, first.quote, first.numerator, first.denominator, kept)
        for leg in step.legs:
            assert leg.series is not None
            leg.series.previous_table(leg.max_age)
        start = dt.date(2024, 1, 2)
        step.answer(start.toordinal(), start)
        assert step.value is not None
        steps.append((first, step))
    (cny, cny_step), (jpy, jpy_step) = steps
    assert cny_step.value is not None and jpy_step.value is not None
    days = [dt.date(2023, 1, 2) + dt.timedelta(days=offset) for offset in range(200)]
    for day in days:
        general = cny.answer_any(day.toordinal(), day)
        assert general is not None and cny_step.value(day) == general.value
    cny_table, jpy_table = kept.tables
    assert len(cny_table) == 200 and kept.left == 300 - 256
    assert cny_step.known(days[0]) == cny_step.value(days[0])  # kept, not charged again
    assert kept.left == 300 - 256
    general = jpy.answer_any(days[0].toordinal(), days[0])
    assert general is not None and jpy_step.value(days[0]) == general.value
    assert len(cny_table) == 0 and len(jpy_table) == 1 and kept.left == 300 - 256
    assert cny_step.known(days[1]) is None


def test_a_forgotten_plan_is_freed_without_the_garbage_collector() -> None:
    """Steps hold no reference cycle: what a book forgets (plans, steps, the cross
    values their day tables kept) is freed when forget() drops it, not left to
    a later collection."""
    book = RateBook(BOOK.stores)
    start = dt.date(2024, 1, 2).toordinal()
    for offset in range(80):
        day = dt.date.fromordinal(start + offset)
        book.quote("CNY", "USD", day)
        fxnorm.convert(fxnorm.Money(1, "CNY"), "USD", day, book=book)
    step = book.plan("CNY", "USD").routes[0].steps[0]
    assert step.value is not None  # the day tables answer
    freed = weakref.ref(step)
    del step
    gc.disable()
    try:
        book.forget()
        assert freed() is None
    finally:
        gc.enable()


def test_legs_are_the_publications_a_linear_scan_finds() -> None:
    """The legs of a cross are built when read, and are what the ECB published on
    the last day on or before the one asked for (found here by a linear scan)."""
    day = dt.date(2024, 12, 25)  # a holiday: the publication of the 24th answers
    quote = BOOK.quote("CNY", "JPY", day)
    for leg, code in zip(quote.legs, ("CNY", "JPY"), strict=True):
        found = series(("ecb", code, "official", "mid"))
        last = max(i for i, d in enumerate(found.days) if d <= day.toordinal())
        assert (leg.base, leg.quote, leg.method) == ("EUR", code, "published")
        assert leg.value == Decimal(found.values[last]) and leg.date == found.date(last)
    assert quote.date == dt.date(2024, 12, 24)
    assert quote.value == fxnorm._decimal.CONTEXT.divide(quote.legs[1].value, quote.legs[0].value)


def test_published_legs_are_the_publications_through_every_level() -> None:
    quote = BOOK.quote("CNY", "ARS", "2020-05-05")
    assert quote.source == "ecb+bcra" and quote.method == "cross"
    assert [(leg.source, leg.base, leg.quote) for leg in quote.published_legs] == [
        ("ecb", "EUR", "CNY"),
        ("ecb", "EUR", "USD"),
        ("bcra", "USD", "ARS"),
    ]
    assert all(leg.method == "published" for leg in quote.published_legs)
    published = BOOK.quote("USD", "ARS", "2020-05-05")
    assert published.method == "published" and published.published_legs == ()


def test_plan_lists_the_routes_and_narrows_to_a_day() -> None:
    plan = BOOK.plan("CNY", "ARS")
    labels = [route.label for route in plan.routes]
    # The peso's parity by law (priority 0) first, then the BCRA (1), then the others.
    assert labels[:2] == ["ecb+convertibility", "ecb+bcra"]
    assert all(route.pivot == "USD" for route in plan.routes[:2])
    assert {"currency-api", "ecb+argentinadatos"} <= set(labels)
    on_day = BOOK.plan("CNY", "ARS", on="2020-05-05")
    assert on_day.describe()[0] == (
        "ecb+bcra via USD: ecb CNY official mid, ecb USD official mid, bcra ARS official mid"
    )
    # After the BCRA's series ends (2025-03-28), ArgentinaDatos' wholesale quote answers.
    later = BOOK.plan("CNY", "ARS", on="2025-11-14")
    assert later.on == dt.date(2025, 11, 14)
    assert later.routes[0].label == "ecb+argentinadatos"
    assert BOOK.quote("CNY", "ARS", "2025-11-14").source == later.routes[0].label
    assert "ecb+bcra" not in [route.label for route in later.routes]


def test_plan_raises_what_quote_raises() -> None:
    with pytest.raises(RateNotFoundError) as planned:
        BOOK.plan("ARS", "USD", on="2002-02-01")
    with pytest.raises(RateNotFoundError) as quoted:
        BOOK.quote("ARS", "USD", "2002-02-01", online=False)
    assert str(quoted.value).startswith(str(planned.value).split("; to fetch")[0])
    with pytest.raises(InvalidInputError):
        BOOK.plan("CNY", "USD", policy="sometimes")
    with pytest.raises(InvalidInputError):
        BOOK.plan("CNY", "USD", rate="black")
    with pytest.raises(InvalidInputError):
        BOOK.plan("CNY", "USD", source="nobody")
    assert BOOK.plan("USD", "USD").routes == ()
    assert BOOK.plan("XYZ", "USD").routes == ()


def test_a_market_plan_uses_the_market_for_the_currency_quoted_in_it() -> None:
    plan = BOOK.plan("CNY", "ARS", rate="blue", side="buy")
    first = plan.routes[0]
    assert [(leg.currency, leg.market, leg.side) for leg in first.legs] == [
        ("CNY", "official", "mid"),
        ("USD", "official", "mid"),
        ("ARS", "blue", "buy"),
    ]
    assert isinstance(first.steps[1], Step) and first.steps[1].method == "published"
