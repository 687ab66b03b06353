"""fxnorm.frame: bulk conversion equals the per-row API, row for row.

Expected values come from the per-row API, ``RateBook.quote`` and
``fxnorm.convert`` (themselves tested against the raw publisher files in
test_dataset.py and test_ratebook.py): the bulk path must give, for every
row, the same Decimal digit for digit (``dtype="decimal"``), the same value
within float64 rounding (``dtype="float64"``), the same publication date and
source, and the same error. Random samples use fixed seeds.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest

import fxnorm
import fxnorm.frame as fxf
from fxnorm.errors import (
    FxnormError,
    InvalidAmountError,
    InvalidInputError,
    RateNotFoundError,
    StaleRateError,
    UnknownCurrencyError,
)
from fxnorm.rates.memory import MemoryStore, make_source

BOOK = fxnorm.RateBook.default()
#: Float output: a few units in the last place (2**-52 is about 2.2e-16).
FLOAT_RTOL = 1e-15


def quote(book: fxnorm.RateBook, currency: str, to: str, day: Any, **options: Any) -> Any:
    """RateBook.quote as the bulk path asks it: from what the book holds, no fetching."""
    offline: dict[str, Any] = {"online": False} if hasattr(book, "online") else {}
    return book.quote(currency, to, day, **options, **offline)


def draw(seed: int, count: int) -> tuple[list[str], list[dt.date]]:
    """Random currencies (every one the book knows, ARS and USD often) and dates, 1998-2027."""
    rng = random.Random(seed)
    codes = sorted(BOOK.currencies())
    pool = codes + ["ARS"] * 30 + ["USD", "EUR", "CNY", "JPY"] * 5 + ["XYZ", "usd ", "DEM"]
    first, last = dt.date(1998, 11, 1).toordinal(), dt.date(2027, 1, 31).toordinal()
    currencies = [rng.choice(pool) for _ in range(count)]
    days = [dt.date.fromordinal(rng.randint(first, last)) for _ in range(count)]
    return currencies, days


def assert_rows_match(
    currencies: list[Any], days: list[Any], to: str, book: fxnorm.RateBook, **options: Any
) -> tuple[int, int]:
    """Compare every row of the bulk lookup with RateBook.quote; return (answered, failed)."""
    exact = fxf.lookup(
        currencies,
        to,
        days,
        book=book,
        dtype="decimal",
        errors="null",
        with_provenance=True,
        **options,
    )
    fast = fxf.lookup(
        currencies, to, days, book=book, errors="null", with_provenance=True, **options
    )
    assert exact.source is not None and exact.date is not None and exact.error is not None
    assert fast.source is not None and fast.date is not None and fast.error is not None
    answered = failed = 0
    for row, (currency, day) in enumerate(zip(currencies, days, strict=True)):
        try:
            expected = quote(book, currency, to, day, **options)
        except FxnormError as error:
            failed += 1
            assert not exact.ok[row] and not fast.ok[row], (currency, day)
            assert exact.rate[row] is None and np.isnan(fast.rate[row])
            assert exact.error[row] == fast.error[row] == str(error), (currency, day)
            assert exact.source[row] is None and np.isnat(exact.date[row])
            continue
        answered += 1
        got = exact.rate[row]
        assert isinstance(got, Decimal)
        assert got == expected.value and str(got) == str(expected.value), (currency, day)
        assert fast.rate[row] == pytest.approx(float(expected.value), rel=FLOAT_RTOL)
        assert exact.source[row] == fast.source[row] == expected.source, (currency, day)
        assert exact.date[row] == fast.date[row] == np.datetime64(expected.date, "D")
        assert exact.error[row] is None
    return answered, failed


@pytest.mark.parametrize("to", ["USD", "EUR", "ARS", "CNY", "BRL"])
def test_random_sample_equals_ratebook_quote(to: str) -> None:
    currencies, days = draw(seed=sum(map(ord, to)), count=1200)
    answered, failed = assert_rows_match(currencies, days, to, BOOK)
    assert answered > 300 and failed > 100  # both paths are exercised


@pytest.mark.parametrize("policy", ["exact", "nearest", "interpolate"])
def test_random_sample_equals_ratebook_quote_for_each_policy(policy: str) -> None:
    currencies, days = draw(seed=len(policy), count=800)
    answered, failed = assert_rows_match(currencies, days, "USD", BOOK, policy=policy)
    assert answered > 150 and failed > 100


@pytest.mark.parametrize(("max_age", "source"), [(0, None), (3, None), (30, None), (7, "ecb")])
def test_staleness_limit_and_source_restriction(max_age: int, source: str | None) -> None:
    currencies, days = draw(seed=max_age, count=600)
    answered, failed = assert_rows_match(
        currencies, days, "USD", BOOK, max_age=max_age, source=source
    )
    assert answered > 100 and failed > 100


def test_ars_switches_from_bcra_to_argentinadatos_as_ratebook_does() -> None:
    """The BCRA answers until its last rate (28 March 2025) is too old, then
    ArgentinaDatos' wholesale quote, the official rate after A3500 (its selling price)."""
    days = [dt.date(2025, 3, 1) + dt.timedelta(days=n) for n in range(90)]
    for to in ("USD", "EUR", "CNY"):
        assert_rows_match(["ARS"] * len(days), days, to, BOOK)
        assert_rows_match([to] * len(days), days, "ARS", BOOK)
    result = fxf.lookup(["ARS"] * len(days), "USD", days, errors="null", with_provenance=True)
    assert result.source is not None
    assert set(result.source) == {"bcra", "argentinadatos"}
    usd = fxf.lookup(["ARS"] * 3, "USD", ["2025-03-28", "2025-04-04", "2025-04-05"],
                     with_provenance=True)  # fmt: skip
    assert usd.source is not None and usd.date is not None
    assert list(usd.source) == ["bcra", "bcra", "argentinadatos"]  # 7 days old: the BCRA's
    # 2025-04-05 is a Saturday: ArgentinaDatos' Friday quote answers it.
    assert [str(d) for d in usd.date] == ["2025-03-28", "2025-03-28", "2025-04-04"]
    with pytest.raises(StaleRateError, match=r"^row 0: currency-api has no ARS rate for 2025-04"):
        fxf.lookup(["ARS"], "USD", ["2025-04-15"], source="currency-api")


def test_weekend_uses_the_friday_publication() -> None:
    """Saturday and Sunday 20-21 September 2025 answer with Friday's ECB rate (1.1736)."""
    days = ["2025-09-19", "2025-09-20", "2025-09-21", "2025-09-22"]
    result = fxf.lookup(["EUR"] * 4, "USD", days, dtype="decimal", with_provenance=True)
    assert [str(r) for r in result.rate[:3]] == ["1.1736"] * 3
    assert result.date is not None
    assert [str(d) for d in result.date] == ["2025-09-19"] * 3 + ["2025-09-22"]
    with pytest.raises(StaleRateError, match=r"^row 1: .*2025-09-20 published on that day"):
        fxf.lookup(["EUR"] * 4, "USD", days, policy="exact")


def test_stale_gaps_raise_or_give_null_with_the_per_row_error() -> None:
    """ISK has no ECB rate from 2008-12-09 to 2018-02-01; currency-api has gaps in April 2024."""
    currencies = ["EUR", "ISK", "AED", "ISK"]
    days = ["2010-06-01", "2010-06-01", "2024-04-25", "2008-12-10"]
    with pytest.raises(StaleRateError) as caught:
        fxf.convert([1, 2, 3, 4], currencies, "USD", days)
    with pytest.raises(StaleRateError) as per_row:
        quote(BOOK, "ISK", "USD", dt.date(2010, 6, 1))
    assert str(caught.value) == f"row 1: {per_row.value}"

    result = fxf.convert([1, 2, 3, 4], currencies, "USD", days, errors="null", with_provenance=True)
    assert isinstance(result, fxf.Conversions)
    assert np.isnan(result.result[1]) and np.isnan(result.result[2])
    assert result.result[3] == pytest.approx(
        4 * float(quote(BOOK, "ISK", "USD", "2008-12-10").value)
    )
    assert result.error[1] == str(per_row.value)
    with pytest.raises(StaleRateError) as aed:
        quote(BOOK, "AED", "USD", dt.date(2024, 4, 25))
    assert result.error[2] == str(aed.value)
    assert result.error[0] is None and result.error[3] is None


def test_unknown_and_uncovered_currencies() -> None:
    with pytest.raises(UnknownCurrencyError, match=r"^row 2: unknown currency 'XYZ'"):
        fxf.convert([1, 1, 1], ["EUR", "usd ", "XYZ"], "USD", "2025-09-24")
    with pytest.raises(RateNotFoundError, match=r"^row 0: no rate for VEF/USD"):
        fxf.convert([1], ["VEF"], "USD", "2025-09-24")  # the old bolívar: no source has it
    with pytest.raises(InvalidInputError, match="must be a string, not int"):
        fxf.convert([1, 1], ["EUR", 5], "USD", "2025-09-24")
    result = fxf.convert([1, 1], ["usd ", "XYZ"], "eur", "2025-09-24", errors="null")
    assert result[0] == pytest.approx(1 / 1.1756, rel=FLOAT_RTOL) and np.isnan(result[1])


def test_missing_inputs_give_missing_results_without_errors() -> None:
    frame = pd.DataFrame(
        {
            "amount": [1.0, np.nan, 2.0, 3.0],
            "ccy": ["EUR", "EUR", None, "EUR"],
            "date": pd.to_datetime(["2025-09-24", "2025-09-24", "2025-09-24", None]),
        }
    )
    result = fxf.convert(frame["amount"], frame["ccy"], "USD", frame["date"])
    assert result.iloc[0] == pytest.approx(1.1756) and result.iloc[1:].isna().all()
    exact = fxf.convert(
        frame["amount"], frame["ccy"], "USD", frame["date"], dtype="decimal", with_provenance=True
    )
    assert list(exact["result"]) == [Decimal("1.1756"), None, None, None]
    assert exact["error"].isna().all()


def test_identity_rows() -> None:
    result = fxf.convert(
        ["5.50", "7"], ["USD", "usd"], "USD", ["1950-01-01", "2025-09-24"], dtype="decimal",
        with_provenance=True,
    )  # fmt: skip
    assert list(result.result) == [Decimal("5.50"), Decimal("7")]
    assert list(result.source) == ["identity", "identity"]
    assert str(result.rate_date[0]) == "1950-01-01"


def test_decimal_output_equals_fxnorm_convert_row_by_row() -> None:
    """Amounts as str, int, float and Decimal: the same digits as fxnorm.convert."""
    rng = random.Random(11)
    currencies, days = draw(seed=11, count=600)
    amounts: list[Any] = []
    for _ in currencies:
        kind = rng.randrange(4)
        value = rng.uniform(0, 1e9)
        amounts.append([f"{value:.2f}", int(value), value, Decimal(f"{value:.4f}")][kind])
    result = fxf.convert(amounts, currencies, "USD", days, dtype="decimal", errors="null")
    floats = fxf.convert([float(a) for a in amounts], currencies, "USD", days, errors="null")
    compared = 0
    for row, (amount, currency, day) in enumerate(zip(amounts, currencies, days, strict=True)):
        try:
            money = fxnorm.Money(amount, currency.strip())
            expected = fxnorm.convert(money, "USD", day, **_offline()).result.amount
        except FxnormError:
            assert result[row] is None
            continue
        compared += 1
        assert result[row] == expected and str(result[row]) == str(expected)
        assert floats[row] == pytest.approx(float(expected), rel=FLOAT_RTOL, abs=1e-300)
    assert compared > 150


def test_float_amounts_into_decimal_equal_fxnorm_convert_row_by_row() -> None:
    """Float columns take a shortcut (a float read as a scaled integer): every row
    must still equal fxnorm.convert(Money(amount, …)), which reads ``repr(amount)``,
    digit for digit: prices, every magnitude and digit count, the edges of repr's
    positional notation (1e-4, 1e15, 1e16), negatives, zeros and missing values."""
    rng = np.random.default_rng(17)
    size = 3000
    digits = rng.integers(1, 18, size)
    magnitudes = 10.0 ** rng.integers(-7, 19, size)
    raw = rng.uniform(-1, 1, size) * magnitudes
    amounts = np.array([round(float(v), int(d) % 9) for v, d in zip(raw, digits, strict=True)])
    amounts[:1000] = np.round(rng.uniform(0, 1e6, 1000), 2)  # prices
    edges = [
        *(1e-4, 9.999999999999999e-05, 0.00010000000000000002, 1e15, 999999999999999.9, 1e16),
        *(123456789012345.67, 0.1 + 0.2, 100.0, -0.0, 0.0, -12.5, np.nan, 1e-29, 2.5e28),
    ]
    amounts[1000 : 1000 + len(edges)] = edges
    currencies = np.array(["CNY", "EUR", "JPY", "ARS", "USD"])[rng.integers(0, 5, size)]
    days = np.datetime64("2012-01-01") + rng.integers(0, 4000, size)
    result = fxf.convert(amounts, currencies, "USD", days, dtype="decimal", errors="null")
    compared = 0
    for row in range(size):
        day = days[row].astype(dt.date)
        try:
            money = fxnorm.Money(float(amounts[row]), str(currencies[row]))
            expected = fxnorm.convert(money, "USD", day, **_offline()).result.amount
        except FxnormError:
            assert result[row] is None
            continue
        compared += 1
        assert str(result[row]) == str(expected), (row, amounts[row], currencies[row], day)
    assert compared > 2500


def _offline() -> dict[str, Any]:
    import inspect

    return {"online": False} if "online" in inspect.signature(fxnorm.convert).parameters else {}


def test_pandas_series_keep_their_index_and_accept_every_date_form() -> None:
    index = pd.Index([10, 20, 30], name="id")
    amounts = pd.Series([100.0, 200.0, 300.0], index=index)
    currencies = pd.Series(["EUR", "CNY", "JPY"], index=index, dtype="category")
    expected = [
        100 * float(quote(BOOK, "EUR", "USD", "2025-09-24").value),
        200 * float(quote(BOOK, "CNY", "USD", "2025-09-24").value),
        300 * float(quote(BOOK, "JPY", "USD", "2025-09-24").value),
    ]
    forms = [
        pd.Series(pd.to_datetime(["2025-09-24"] * 3), index=index),
        pd.Series(pd.to_datetime(["2025-09-24 23:30"] * 3), index=index).dt.tz_localize(
            "America/Argentina/Buenos_Aires"
        ),
        pd.Series(["2025-09-24", "24 Sep 2025", "September 24, 2025"], index=index),
        pd.Series([dt.date(2025, 9, 24)] * 3, index=index),
        pd.Series(pd.array([dt.date(2025, 9, 24)] * 3, dtype="date32[pyarrow]"), index=index),
        np.array(["2025-09-24"] * 3, dtype="datetime64[D]"),
        ["2025-09-24"] * 3,
        "2025-09-24",
        dt.date(2025, 9, 24),
    ]
    for on in forms:
        result = fxf.convert(amounts, currencies, "USD", on)
        assert isinstance(result, pd.Series) and list(result.index) == [10, 20, 30]
        assert result.name == "USD" and result.dtype == np.float64
        assert list(result) == pytest.approx(expected, rel=FLOAT_RTOL), on


def test_numpy_and_list_inputs_give_numpy_output() -> None:
    result = fxf.convert(np.array([1.0, 2.0]), np.array(["EUR", "CNY"]), "USD", "2025-09-24")
    assert isinstance(result, np.ndarray) and result.dtype == np.float64
    assert result[0] == pytest.approx(1.1756)
    single_currency = fxf.convert([1, 2], "EUR", "USD", ["2025-09-19", "2025-09-22"])
    monday = float(quote(BOOK, "EUR", "USD", "2025-09-22").value)
    assert list(single_currency) == pytest.approx([1.1736, 2 * monday], rel=FLOAT_RTOL)
    empty = fxf.convert([], [], "USD", [], dtype="decimal")
    assert len(empty) == 0


def test_provenance_frame_columns() -> None:
    frame = fxf.convert(
        pd.Series([1.0]), pd.Series(["CNY"]), "USD", pd.Series(["2025-09-24"]),
        with_provenance=True,
    )  # fmt: skip
    assert list(frame.columns) == ["result", "rate", "rate_date", "source", "error"]
    row = frame.iloc[0]
    assert row["rate"] == pytest.approx(1.1756 / 8.3786, rel=FLOAT_RTOL)
    assert row["rate_date"] == pd.Timestamp("2025-09-24")
    assert row["source"] == "ecb" and row["error"] is None


def test_convert_partition_adds_columns_and_keeps_dtypes_when_empty() -> None:
    frame = pd.DataFrame(
        {"amount": [100.0, 25960.0], "ccy": ["EUR", "ARS"], "date": ["2025-09-24", "2025-09-23"]}
    )
    options: dict[str, Any] = dict(
        amount_col="amount", currency_col="ccy", date_col="date", to="USD"
    )
    out = fxf.convert_partition(frame, **options, with_provenance=True)
    assert list(out.columns)[:3] == ["amount", "ccy", "date"]
    assert list(out.columns)[3:] == [
        "amount_usd",
        "amount_usd_rate",
        "amount_usd_rate_date",
        "amount_usd_source",
        "amount_usd_error",
    ]
    assert list(frame.columns) == ["amount", "ccy", "date"]  # not modified
    ars = quote(BOOK, "ARS", "USD", "2025-09-23")
    assert out["amount_usd"].iloc[1] == pytest.approx(25960 * float(ars.value), rel=FLOAT_RTOL)
    assert out["amount_usd_source"].iloc[1] == ars.source == "argentinadatos"  # after the BCRA
    empty = fxf.convert_partition(frame.head(0), **options, with_provenance=True)
    assert list(empty.columns) == list(out.columns) and len(empty) == 0
    assert list(empty.dtypes) == list(out.dtypes)
    with pytest.raises(InvalidInputError, match="no column 'amt'"):
        fxf.convert_partition(frame, **{**options, "amount_col": "amt"})


def test_bad_options_and_inputs_are_one_line_errors() -> None:
    with pytest.raises(InvalidInputError, match="errors must be one of raise, null"):
        fxf.convert([1], ["EUR"], "USD", "2025-09-24", errors="ignore")
    with pytest.raises(InvalidInputError, match="dtype must be one of float64, decimal"):
        fxf.convert([1], ["EUR"], "USD", "2025-09-24", dtype="float32")
    with pytest.raises(InvalidInputError, match="unknown policy"):
        fxf.convert([1], ["EUR"], "USD", "2025-09-24", policy="latest")
    with pytest.raises(InvalidInputError, match="unknown source 'imf'"):
        fxf.convert([1], ["EUR"], "USD", "2025-09-24", source="imf")
    with pytest.raises(InvalidInputError, match="lengths must match"):
        fxf.convert([1, 2], ["EUR"], "USD", ["2025-09-24"])
    with pytest.raises(InvalidInputError, match="must be a column"):
        fxf.convert(1, "EUR", "USD", "2025-09-24")
    with pytest.raises(InvalidAmountError, match="float64 output"):
        fxf.convert(["a"], ["EUR"], "USD", "2025-09-24")
    with pytest.raises(InvalidAmountError, match=r"^row 1: amount 'x'"):
        fxf.convert(["1", "x"], ["EUR"] * 2, "USD", "2025-09-24", dtype="decimal")
    with pytest.raises(fxnorm.errors.InvalidDateError, match=r"^row 1: 'not a date'"):
        fxf.convert([1, 1], ["EUR"] * 2, "USD", ["2025-09-24", "not a date"])
    result = fxf.convert(
        [1, 1], ["EUR"] * 2, "USD", ["2025-09-24", "2025-02-30"], errors="null",
        with_provenance=True,
    )  # fmt: skip
    assert "2025-02-30" in result.error[1] and np.isnan(result.result[1])


def test_a_synthetic_book_hand_computed() -> None:
    """A two-source book with values chosen by hand: cross, inverse, pivot, priority, staleness."""
    store = MemoryStore(
        [make_source("official", "EUR", priority=0), make_source("other", "USD", priority=1)],
        {
            "official": {
                "USD": {"2025-01-06": "1.25", "2025-01-07": "1.5"},
                "GBP": {"2025-01-06": "0.8"},
            },
            "other": {"ARS": {"2025-01-06": "1000", "2025-01-20": "1100"}},
        },
    )
    book = fxnorm.RateBook([store])
    days = ["2025-01-06", "2025-01-07", "2025-01-08", "2025-01-14", "2025-01-20"]
    result = fxf.lookup(
        ["GBP"] * 5, "USD", days, book=book, dtype="decimal", errors="null", with_provenance=True
    )
    # 1 GBP = 1.25 / 0.8 USD on the 6th, 1.5 / 0.8 on the 7th (GBP from the 6th, 1 day old).
    assert list(result.rate[:3]) == [Decimal("1.5625"), Decimal("1.875"), Decimal("1.875")]
    assert result.rate[3] is None  # GBP's only rate is 8 days old on the 14th
    assert result.error is not None and "GBP" in result.error[3]
    ars = fxf.lookup(["ARS"] * 2, "EUR", ["2025-01-06", "2025-01-20"], book=book,
                     dtype="decimal", errors="null", with_provenance=True)  # fmt: skip
    # ARS -> USD from "other" (1/1000), then USD -> EUR from "official" (1/1.25), through USD.
    assert ars.rate[0] == Decimal("0.0008")
    assert ars.source is not None and ars.source[0] == "other+official"
    assert ars.rate[1] is None  # the official USD rate of the 7th is 13 days old on the 20th
    assert_rows_match(["GBP", "ARS", "USD", "EUR"] * 5, days * 4, "USD", book)
    assert_rows_match(["GBP", "ARS", "USD", "EUR"] * 5, days * 4, "ARS", book, policy="nearest")


def test_day_tables_follow_the_book_after_forget() -> None:
    """A cached day table is rebuilt when the book serves other series (after forget())."""
    rates = {"official": {"USD": {"2025-01-06": "1.25"}}}
    store = MemoryStore([make_source("official", "EUR")], rates)
    book = fxnorm.RateBook([store])
    assert fxf.lookup(["EUR"], "USD", "2025-01-06", book=book).rate[0] == 1.25
    store._series[("official", "USD", "official", "mid")] = fxnorm.rates.Series(
        "official", "USD", [dt.date(2025, 1, 6).toordinal()], ["2.5"]
    )
    book.forget()
    assert fxf.lookup(["EUR"], "USD", "2025-01-06", book=book).rate[0] == 2.5


def test_million_rows_are_looked_up_in_bulk() -> None:
    """A million rows in one call agree with the per-row API (speed: benchmarks/bench_frame.py)."""
    rng = np.random.default_rng(5)
    size = 1_000_000
    currencies = pd.Series(rng.choice(["EUR", "CNY", "JPY", "ARS", "GBP", "BRL"], size))
    dates = pd.Series(np.datetime64("2010-01-01") + rng.integers(0, 5000, size))
    fxf.convert(np.ones(3), currencies[:3], "USD", dates[:3], errors="null")  # build the tables
    result = fxf.convert(np.ones(size), currencies, "USD", dates, errors="null")
    assert result.notna().mean() > 0.95
    sample = rng.integers(0, size, 200)
    for row in sample.tolist():
        day = pd.Timestamp(dates.iloc[row]).date()
        try:
            expected = float(quote(BOOK, currencies.iloc[row], "USD", day).value)
        except FxnormError:
            assert np.isnan(result.iloc[row])
        else:
            assert result.iloc[row] == pytest.approx(expected, rel=FLOAT_RTOL)


MARKET_OPTIONS = [
    {"rate": "blue"},
    {"rate": "blue", "side": "buy"},
    {"rate": "retail", "policy": "nearest"},
    {"rate": "mep", "side": "sell", "policy": "exact"},
    {"rate": "ccl", "policy": "interpolate"},
    {"rate": "crypto"},
    {"rate": "card", "side": "buy"},  # published as a selling price only: every row fails
    {"rate": "solidario"},
    {"rate": "official", "side": "buy"},
]


@pytest.mark.parametrize("options", MARKET_OPTIONS, ids=lambda o: "-".join(o.values()))
def test_every_market_and_side_equals_ratebook_quote(options: dict[str, str]) -> None:
    """The peso's markets: the same answers, sides and errors on both paths, also for
    pairs through a pivot (CNY, EUR) and for currencies quoted in one market only."""
    rng = random.Random(len(str(options)))
    first, last = dt.date(2010, 6, 1).toordinal(), dt.date(2026, 7, 31).toordinal()
    pool = ["ARS"] * 8 + ["USD", "EUR", "CNY", "BRL"]
    currencies = [rng.choice(pool) for _ in range(400)]
    days = [dt.date.fromordinal(rng.randint(first, last)) for _ in range(400)]
    unpublished = options["rate"] == "card" and options.get("side") == "buy"
    for to in ("USD", "ARS", "EUR"):
        answered, failed = assert_rows_match(currencies, days, to, BOOK, **options)
        if unpublished:  # only identities (ARS to ARS) answer
            assert failed > 100 and answered == currencies.count(to)
        else:
            assert answered > 50


def test_convertibility_years_bulk_as_per_row() -> None:
    """A fixed rate that ended (the peso's 1:1, 1991-04-01..2002-01-06) on both paths."""
    days = ["1991-03-31", "1991-04-01", "1995-06-01", "2002-01-06", "2002-01-07", "2002-03-04"]
    assert_rows_match(["ARS"] * len(days), days, "USD", BOOK)
    result = fxf.lookup(["ARS"] * len(days), "USD", days, dtype="decimal", errors="null")
    first_a3500 = fxnorm._decimal.CONTEXT.divide(Decimal(1), Decimal("2.0083"))  # BCRA workbook
    assert list(result.rate) == [None, 1, 1, 1, None, first_a3500]
