"""polars: conversions as expressions (``pip install "fxnorm[polars]"``; pandas not needed).

:func:`convert_expr` is an expression, so it goes wherever polars takes one,
in a DataFrame or a LazyFrame::

    import fxnorm.frame.polars as fxp
    df.with_columns(amount_usd=fxp.convert_expr("amount", "ccy", "date", to="USD"))

It runs the bulk lookup of :func:`fxnorm.frame.lookup` once per batch
(``map_batches`` on a struct of the three columns), not once per row.
:func:`convert` is the same on a whole (lazy) frame. Rows without a rate
(``errors="null"``) or with a missing input are null.
``dtype="decimal"`` gives an ``Object`` column of exact
:class:`~decimal.Decimal` values (polars' own Decimal type has a fixed
scale, so it could not hold every exact product).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from ..errors import InvalidInputError
from ._api import multiply_amounts
from ._core import EPOCH_ORDINAL, MISSING, check_options, lookup_codes, ordinals

__all__ = ["convert", "convert_expr"]

_FIELDS = ("result", "rate", "rate_date", "source", "error")


def convert_expr(
    amount: str | pl.Expr,
    currency: str | pl.Expr,
    date: str | pl.Expr,
    *,
    to: str,
    dtype: str = "float64",
    policy: str | None = None,
    max_age: int | None = None,
    source: str | None = None,
    errors: str = "raise",
    with_provenance: bool = False,
    rate: str | None = None,
    side: str | None = None,
) -> pl.Expr:
    """An expression converting ``amount`` from ``currency`` into ``to`` as of ``date``.

    The three arguments are column names or expressions. Dates may be
    ``Date``, ``Datetime`` (its local calendar date) or strings. Options are
    those of :func:`fxnorm.frame.convert`. With ``with_provenance=True`` the
    expression is a struct with the fields ``result``, ``rate``,
    ``rate_date``, ``source`` and ``error`` (``.struct.field("rate")``,
    ``.struct.unnest()``).
    """
    check_options(errors, dtype)
    if dtype == "decimal" and with_provenance:
        raise InvalidInputError(
            "a polars struct cannot hold Decimal objects: with dtype='decimal' and provenance, "
            "call fxnorm.frame.polars.convert() on a DataFrame"
        )
    options = _options(policy, max_age, source, errors, rate, side)

    def batch(values: pl.Series) -> pl.Series:
        columns = _convert_columns(
            values.struct.field("amount"),
            values.struct.field("currency"),
            values.struct.field("date"),
            to,
            dtype,
            options,
            with_provenance,
        )
        if not with_provenance:
            return columns[0].alias(values.name)
        return pl.DataFrame(columns).to_struct(values.name)

    columns = pl.struct(amount=_expr(amount), currency=_expr(currency), date=_expr(date))
    return columns.map_batches(batch, return_dtype=_return_dtype(dtype, with_provenance))


def convert(
    df: Any,
    *,
    amount_col: str,
    currency_col: str,
    date_col: str,
    to: str,
    out_col: str | None = None,
    dtype: str = "float64",
    policy: str | None = None,
    max_age: int | None = None,
    source: str | None = None,
    errors: str = "raise",
    with_provenance: bool = False,
    rate: str | None = None,
    side: str | None = None,
) -> Any:
    """``df`` (a polars DataFrame or LazyFrame) with the converted amounts in ``out_col``.

    ``out_col`` defaults to ``{amount_col}_{to}`` in lower case; with
    provenance the columns ``{out_col}_rate``, ``{out_col}_rate_date``,
    ``{out_col}_source`` and ``{out_col}_error`` come too, as in
    :func:`fxnorm.frame.convert_partition`.
    """
    if not isinstance(df, (pl.DataFrame, pl.LazyFrame)):
        raise InvalidInputError(
            f"expected a polars DataFrame or LazyFrame, not {type(df).__name__}"
        )
    target = out_col or f"{amount_col}_{to.strip().lower()}"
    names = [target, *(f"{target}_{field}" for field in _FIELDS[1:])]
    if isinstance(df, pl.DataFrame):  # eager: no expression machinery needed
        check_options(errors, dtype)
        options = _options(policy, max_age, source, errors, rate, side)
        columns = _convert_columns(
            df[amount_col], df[currency_col], df[date_col], to, dtype, options, with_provenance
        )
        return df.with_columns(
            [column.alias(name) for column, name in zip(columns, names, strict=False)]
        )
    expr = convert_expr(
        amount_col,
        currency_col,
        date_col,
        to=to,
        dtype=dtype,
        policy=policy,
        max_age=max_age,
        source=source,
        errors=errors,
        with_provenance=with_provenance,
        rate=rate,
        side=side,
    )
    if not with_provenance:
        return df.with_columns(expr.alias(target))
    hidden = f"__fxnorm_{target}"
    return df.with_columns(expr.struct.rename_fields(names).alias(hidden)).unnest(hidden)


def _expr(column: str | pl.Expr) -> pl.Expr:
    return pl.col(column) if isinstance(column, str) else column


def _return_dtype(dtype: str, with_provenance: bool) -> Any:
    value = pl.Float64 if dtype == "float64" else pl.Object
    if not with_provenance:
        return value
    return pl.Struct(
        {
            "result": value,
            "rate": value,
            "rate_date": pl.Date,
            "source": pl.Utf8,
            "error": pl.Utf8,
        }
    )


def _codes(currencies: pl.Series) -> tuple[np.ndarray[Any, Any], list[object]]:
    """Factorized currencies, in polars: dense ranks of the sorted distinct codes."""
    text = currencies.cast(pl.Utf8)
    ranks = text.rank("dense").cast(pl.Int64).fill_null(0).to_numpy() - 1
    uniques: list[object] = text.drop_nulls().unique().sort().to_list()
    return ranks.astype(np.int64), uniques


def _days(dates: pl.Series) -> tuple[np.ndarray[Any, Any], Any]:
    """Day ordinals of a polars date column (see :func:`fxnorm.frame._core.ordinals`)."""
    if dates.dtype == pl.Datetime or isinstance(dates.dtype, pl.Datetime):
        dates = dates.dt.date()
    if dates.dtype == pl.Date:
        physical = dates.to_physical().cast(pl.Int64)
        missing = physical.is_null().to_numpy()
        days = physical.fill_null(0).to_numpy().astype(np.int64) + EPOCH_ORDINAL
        days[missing] = MISSING
        return days, dates.__getitem__
    values = dates.to_numpy()
    return ordinals(values.astype(object) if values.dtype.kind != "M" else values, len(values))


def _convert_columns(
    amounts: pl.Series,
    currencies: pl.Series,
    dates: pl.Series,
    to: str,
    dtype: str,
    options: dict[str, Any],
    with_provenance: bool,
) -> list[pl.Series]:
    """The converted amounts (and the provenance columns) for three polars columns."""
    codes, uniques = _codes(currencies)
    days, raw = _days(dates)
    rates = lookup_codes(
        codes,
        uniques,
        days,
        to,
        raw_date=raw,
        dtype=dtype,
        with_provenance=with_provenance,
        **options,
    )
    given: Any = amounts.cast(pl.Float64).to_numpy() if dtype == "float64" else amounts.to_list()
    result = multiply_amounts(given, rates, dtype, len(amounts))
    if not with_provenance:
        return [_series("result", result)]
    assert rates.date is not None and rates.source is not None and rates.error is not None
    return [
        _series("result", result),
        _series("rate", rates.rate),
        pl.Series("rate_date", rates.date, dtype=pl.Date),
        pl.Series("source", rates.source.tolist(), dtype=pl.Utf8),
        pl.Series("error", rates.error.tolist(), dtype=pl.Utf8),
    ]


def _series(name: str, values: np.ndarray[Any, Any]) -> pl.Series:
    if values.dtype == np.float64:
        return pl.Series(name, values, dtype=pl.Float64, nan_to_null=True)
    return pl.Series(name, values.tolist(), dtype=pl.Object)


def _options(
    policy: str | None,
    max_age: int | None,
    source: str | None,
    errors: str,
    rate: str | None,
    side: str | None,
) -> dict[str, Any]:
    """The lookup options both front doors pass on to the conversion of columns."""
    return {
        "policy": policy,
        "max_age": max_age,
        "source": source,
        "errors": errors,
        "rate": rate,
        "side": side,
    }
