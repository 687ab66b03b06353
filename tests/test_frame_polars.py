"""fxnorm.frame.polars: the expression and the frame helper equal the per-row API.

Expected values come from the per-row API (``RateBook.quote`` and
``fxnorm.convert``, tested against the raw publisher files elsewhere).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

import polars as pl
import pytest

import fxnorm
import fxnorm.frame.polars as fxp
from fxnorm.errors import FxnormError, InvalidInputError, RateNotFoundError

BOOK = fxnorm.RateBook.default()


def quote(currency: str, to: str, day: Any) -> Any:
    offline: dict[str, Any] = {"online": False} if hasattr(BOOK, "online") else {}
    return BOOK.quote(currency, to, day, **offline)


def sample(count: int = 400, seed: int = 3) -> Any:
    rng = random.Random(seed)
    codes = ["EUR", "USD", "CNY", "JPY", "ARS", "BRL", "GBP", "ISK", "AED", "XYZ", None]
    first = dt.date(2000, 1, 1).toordinal()
    last = dt.date(2026, 6, 30).toordinal()
    return pl.DataFrame(
        {
            "amount": [round(rng.uniform(0, 1e6), 2) for _ in range(count)],
            "ccy": [rng.choice(codes) for _ in range(count)],
            "date": [dt.date.fromordinal(rng.randint(first, last)) for _ in range(count)],
        }
    )


def expected(frame: Any, to: str) -> list[Decimal | None]:
    """fxnorm.convert per row (None where it raises or an input is missing)."""
    found: list[Decimal | None] = []
    for amount, currency, day in frame.iter_rows():
        if currency is None:
            found.append(None)
            continue
        try:
            rate = quote(currency, to, day)
        except FxnormError:
            found.append(None)
        else:
            money = fxnorm.Money(str(amount), currency)
            found.append(fxnorm.convert(money, to, day, book=BOOK).result.amount)
            assert rate.value == fxnorm.convert(money, to, day, book=BOOK).rate.value
    return found


@pytest.mark.parametrize("lazy", [False, True])
def test_expression_equals_per_row_api(lazy: bool) -> None:
    frame = sample()
    source = frame.lazy() if lazy else frame
    out = source.with_columns(
        usd=fxp.convert_expr("amount", "ccy", pl.col("date"), to="USD", errors="null")
    )
    result = out.collect() if lazy else out
    assert result.columns == ["amount", "ccy", "date", "usd"]
    assert result["usd"].dtype == pl.Float64
    answered = 0
    for got, want in zip(result["usd"].to_list(), expected(frame, "USD"), strict=True):
        if want is None:
            assert got is None
        else:
            answered += 1
            assert got == pytest.approx(float(want), rel=1e-15)
    assert answered > 150


def test_decimal_frame_with_provenance_is_exact() -> None:
    frame = sample(200, seed=8)
    out = fxp.convert(
        frame,
        amount_col="amount",
        currency_col="ccy",
        date_col="date",
        to="EUR",
        dtype="decimal",
        errors="null",
        with_provenance=True,
    )
    assert out.columns[3:] == [
        "amount_eur",
        "amount_eur_rate",
        "amount_eur_rate_date",
        "amount_eur_source",
        "amount_eur_error",
    ]
    assert out["amount_eur_rate_date"].dtype == pl.Date
    for row, want in zip(out.iter_rows(named=True), expected(frame, "EUR"), strict=True):
        got = row["amount_eur"]
        if want is None:
            assert got is None
            assert (row["amount_eur_error"] is None) == (row["ccy"] is None)
            continue
        assert isinstance(got, Decimal) and got == want and str(got) == str(want)
        rate = quote(row["ccy"], "EUR", row["date"])
        assert row["amount_eur_rate"] == rate.value
        assert row["amount_eur_rate_date"] == rate.date
        assert row["amount_eur_source"] == rate.source


def test_lazy_provenance_struct_and_date_forms() -> None:
    frame = pl.DataFrame(
        {
            "amount": [100.0, 25960.0, None],
            "ccy": ["CNY", "ARS", "EUR"],
            "day": ["2025-09-24", "2025-09-23", "2025-09-21"],
        }
    )
    with_dates = frame.with_columns(
        pl.col("day").str.to_date().alias("as_date"),
        pl.col("day").str.to_datetime().dt.replace_time_zone("Asia/Tokyo").alias("as_datetime"),
    )
    results = []
    for column in ("day", "as_date", "as_datetime"):
        out = fxp.convert(
            with_dates.lazy(),
            amount_col="amount",
            currency_col="ccy",
            date_col=column,
            to="USD",
            with_provenance=True,
        ).collect()
        results.append(out.select(pl.col("^amount_usd.*$")).rows())
    assert results[0] == results[1] == results[2]
    usd, rate, day, source, error = results[0][1]
    ars = quote("ARS", "USD", "2025-09-23")
    assert usd == pytest.approx(25960 * float(ars.value), rel=1e-15)
    assert (rate, day, source, error) == (
        pytest.approx(float(ars.value)),
        ars.date,
        ars.source,
        None,
    )
    assert results[0][2][0] is None and results[0][2][3] == "ecb"  # no amount, still a rate
    struct = frame.select(
        fxp.convert_expr("amount", "ccy", "day", to="USD", with_provenance=True).alias("x")
    )
    assert struct["x"].struct.fields == ["result", "rate", "rate_date", "source", "error"]


def test_errors() -> None:
    frame = pl.DataFrame({"a": [1.0], "c": ["VEF"], "d": ["2025-09-24"]})
    with pytest.raises(RateNotFoundError, match=r"^row 0: no rate for VEF/USD"):
        fxp.convert(frame, amount_col="a", currency_col="c", date_col="d", to="USD")
    with pytest.raises(RateNotFoundError, match=r"^row 0: no rate for VEF/USD"):  # lazily too
        fxp.convert(
            frame.lazy(), amount_col="a", currency_col="c", date_col="d", to="USD"
        ).collect()
    with pytest.raises(InvalidInputError, match="cannot hold Decimal"):
        fxp.convert_expr("a", "c", "d", to="USD", dtype="decimal", with_provenance=True)
    with pytest.raises(InvalidInputError, match="expected a polars DataFrame"):
        fxp.convert(frame.to_dicts(), amount_col="a", currency_col="c", date_col="d", to="USD")
