"""The bulk API: convert columns, extract mentions into a frame, convert partitions.

pandas is imported only when a pandas object comes in or a DataFrame goes out,
so the numpy-level functions work without it (the polars helpers use them).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from operator import mul
from typing import Any

import numpy as np
import numpy.typing as npt

from .._decimal import CONTEXT, to_decimal
from ..errors import InvalidAmountError, InvalidInputError
from ..rates.book import RateBook
from ._core import ObjectArray, Rates, check_options, common_size, is_column, is_missing, lookup

__all__ = ["Conversions", "convert", "convert_partition", "extract_frame", "require_pandas"]

#: Columns of :func:`convert` with ``with_provenance=True`` (suffixes in :func:`convert_partition`).
PROVENANCE = ("rate", "rate_date", "source", "error")


@dataclass(frozen=True, eq=False)
class Conversions:
    """:func:`convert`'s answer for numpy or list input with ``with_provenance=True``.

    ``result`` holds the converted amounts; ``rate``, ``rate_date``,
    ``source`` and ``error`` are as in :class:`fxnorm.frame.Rates`.
    """

    result: npt.NDArray[Any]
    rate: npt.NDArray[Any]
    rate_date: npt.NDArray[np.datetime64]
    source: ObjectArray
    error: ObjectArray

    def to_pandas(self) -> Any:
        """The same columns as a pandas DataFrame."""
        pd = require_pandas()
        return _provenance_frame(pd, self, None)


def require_pandas() -> Any:
    """pandas, or an error saying which extra installs it."""
    try:
        import pandas
    except ImportError:
        raise InvalidInputError('this needs pandas: pip install "fxnorm[pandas]"') from None
    return pandas


def _is_pandas(value: object) -> bool:
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(value, (pd.Series, pd.Index))


def _index(*values: object) -> Any:
    """The index of the first pandas Series among ``values`` (None: a default index)."""
    pd = sys.modules.get("pandas")
    for value in values:
        if pd is not None and isinstance(value, pd.Series):
            return value.index
    return None


def float_amounts(amounts: Any, size: int) -> npt.NDArray[np.float64]:
    """Amounts as float64 (NaN where missing); a single amount is repeated."""
    try:
        if not is_column(amounts):
            return np.full(size, np.nan if is_missing(amounts) else float(amounts))
        if _is_pandas(amounts):
            return np.asarray(amounts.to_numpy(dtype=np.float64, na_value=np.nan))
        array = np.asarray(amounts)
        if array.dtype.kind == "O":
            return np.array(
                [np.nan if is_missing(v) else float(v) for v in array], dtype=np.float64
            )
        return array.astype(np.float64)
    except (TypeError, ValueError) as error:
        raise InvalidAmountError(
            f"amounts must be numbers for float64 output ({error}); "
            'pass dtype="decimal" to read numeric strings exactly'
        ) from None


def decimal_amounts(amounts: Any, size: int) -> list[Decimal | None]:
    """Amounts as Decimal, read as :class:`fxnorm.Money` reads them (None where missing)."""
    if not is_column(amounts):
        return [None if is_missing(amounts) else to_decimal(amounts)] * size
    floats = _float_column(amounts)
    if floats is not None:
        return _decimal_floats(floats)
    values = amounts.to_numpy(dtype=object) if _is_pandas(amounts) else amounts
    read: dict[object, Decimal] = {}
    result: list[Decimal | None] = []
    for row, value in enumerate(values):
        if is_missing(value):
            result.append(None)
            continue
        if isinstance(value, np.generic):
            value = value.item()
        key = (type(value), value)
        found = read.get(key)
        if found is None:
            try:
                found = read[key] = to_decimal(value)
            except InvalidAmountError as error:
                error.args = (f"row {row}: {error.args[0]}",)
                raise
        result.append(found)
    return result


def _float_column(amounts: Any) -> npt.NDArray[np.float64] | None:
    """The amounts as a float64 array when they are binary floats already, else None."""
    if _is_pandas(amounts):
        if amounts.dtype.kind != "f":
            return None
        return np.asarray(amounts.to_numpy(dtype=np.float64, na_value=np.nan))
    if isinstance(amounts, np.ndarray) and amounts.dtype.kind == "f":
        return amounts.astype(np.float64, copy=False)
    return None


def _decimal_floats(values: npt.NDArray[np.float64]) -> list[Decimal | None]:
    """Floats as :func:`fxnorm._decimal.to_decimal` reads them (their shortest repr), in bulk.

    Magnitudes well inside fxnorm's limits take the fast path; the rest (and
    infinities) go through ``to_decimal`` itself, which raises as it always does.
    """
    magnitude = np.abs(values)
    plain = (magnitude == 0) | ((magnitude >= 1e-29) & (magnitude < 1e29))
    result: list[Decimal | None] = []
    append = result.append
    for row, (value, easy) in enumerate(zip(values.tolist(), plain.tolist(), strict=True)):
        if value != value:  # NaN: missing
            append(None)
        elif easy:
            append(Decimal(repr(value)))
        else:
            try:
                append(to_decimal(value))
            except InvalidAmountError as error:
                error.args = (f"row {row}: {error.args[0]}",)
                raise
    return result


def convert(
    amounts: Any,
    currencies: Any,
    to: str,
    on: Any,
    *,
    book: RateBook | None = None,
    dtype: str = "float64",
    policy: str | None = None,
    max_age: int | None = None,
    source: str | None = None,
    errors: str = "raise",
    with_provenance: bool = False,
    rate: str | None = None,
    side: str | None = None,
) -> Any:
    """Convert each row's amount from its currency into ``to`` with the rate of its date.

    ``amounts``, ``currencies`` and ``on`` are columns of equal length (pandas
    Series, numpy arrays or lists; any of them may be one value for every
    row), matched by position. Each row's rate is the one
    :meth:`RateBook.quote` gives for ``(currency, to, date)`` with the same
    ``policy``, ``max_age``, ``source``, ``rate`` (the market: ``official``
    by default, ``blue``, ``mep`` … for the peso) and ``side`` (default: the
    book's; ``sell`` of a two-sided quote).

    ``dtype="float64"`` (default) computes in binary floating point: fast, and
    within a few units in the last place (about 1e-16 relative) of the exact
    value. ``dtype="decimal"`` gives :class:`~decimal.Decimal` objects equal to
    ``fxnorm.convert(Money(amount, currency), to, date).result.amount``
    (amounts read as :class:`fxnorm.Money` reads them: a float through its
    shortest repr), slower.

    Returns a pandas Series (the index of the first pandas input) when an
    input is a pandas object, otherwise a numpy array. With
    ``with_provenance=True``: a DataFrame with columns ``result``, ``rate``,
    ``rate_date`` (the publication used), ``source`` and ``error`` (a
    :class:`Conversions` for numpy or list input).

    A missing amount, currency or date gives a missing result and no error.
    A row without a rate raises what :meth:`RateBook.quote` raises, prefixed
    with ``row N:`` (``errors="raise"``, default), or gives NaN (None for
    Decimal) and the error's message in the ``error`` column
    (``errors="null"``).
    """
    check_options(errors, dtype)
    size = common_size(currencies, on, amounts)
    if is_column(amounts) and len(amounts) != size:
        raise InvalidInputError(
            f"{len(amounts)} amounts but {size} rows of currencies/dates: lengths must match"
        )
    rates = lookup(
        currencies,
        to,
        on,
        book=book,
        policy=policy,
        max_age=max_age,
        source=source,
        errors=errors,
        dtype=dtype,
        with_provenance=with_provenance,
        rate=rate,
        side=side,
    )
    result = multiply_amounts(amounts, rates, dtype, size)
    inputs = (amounts, currencies, on)
    pandas_out = any(_is_pandas(value) for value in inputs)
    if not with_provenance:
        if not pandas_out:
            return result
        pd = require_pandas()
        # The result is a new array, fxnorm's own: no copy (pandas 3 copies by default).
        return pd.Series(
            result, index=_index(*inputs), name=_code(to), dtype=result.dtype, copy=False
        )
    assert rates.date is not None and rates.source is not None and rates.error is not None
    answer = Conversions(result, rates.rate, rates.date, rates.source, rates.error)
    if not pandas_out:
        return answer
    return _provenance_frame(require_pandas(), answer, _index(*inputs))


def _code(to: str) -> str:
    return to.strip().upper() if isinstance(to, str) else str(to)


def multiply_amounts(amounts: Any, rates: Rates, dtype: str, size: int) -> npt.NDArray[Any]:
    if dtype == "float64":
        result: npt.NDArray[Any] = float_amounts(amounts, size) * rates.rate
        return result
    floats = _float_column(amounts) if is_column(amounts) else None
    if floats is not None and rates.codes is not None and rates.distinct is not None:
        array, decimals = _decimal_products(floats, rates.codes, rates.distinct)
        if decimals is None:
            return array
        amounts = decimals  # the rows the scaled integers did not cover
    else:
        array = np.full(size, None, dtype=object)
    rows: list[int] = []
    factors: list[Decimal] = []
    for row, (amount, rate) in enumerate(
        zip(decimal_amounts(amounts, size), rates.rate.tolist(), strict=True)
    ):
        if amount is not None and rate is not None and array[row] is None:
            rows.append(row)
            factors.append(amount)
    if rows:
        where = np.asarray(rows, dtype=np.int64)
        array[where] = list(map(CONTEXT.multiply, factors, rates.rate[where].tolist()))
    return array


#: Decimal places tried when reading a float as a scaled integer (``123.45`` is
#: 12345 scaled by 10**-2); its significant digits stay below 10**15.
_MAX_PLACES = 15
_MAX_SCALED = 10**15


def _decimal_products(
    floats: npt.NDArray[np.float64],
    codes: npt.NDArray[np.int64],
    distinct: ObjectArray,
) -> tuple[ObjectArray, npt.NDArray[Any] | None]:
    """``Decimal(repr(amount)) × rate`` for float amounts, without a Decimal per
    amount: where ``repr`` writes the float positionally with at most 15
    significant digits (``123.45``), it is the integer ``k`` (12345) scaled by
    ``10**-d`` (2), found here for all rows at once, and the product is
    ``k × (rate scaled by 10**-d)``, which Decimal rounds exactly as
    ``(k scaled) × rate`` (a power of ten moves the exponent, not the digits).

    ``k / 10**d == amount`` holds exactly when the decimal ``k·10**-d`` reads
    back as the float (both are exact doubles and division rounds correctly),
    and the first ``d`` for which it holds gives the fewest digits, which is
    what ``repr`` writes (with at least one decimal: ``123.0``). Returns the
    products (None in the other rows) and the amounts of the rows left for
    :func:`decimal_amounts` (NaN elsewhere), or None when none is left.
    """
    size = len(floats)
    wanted = (codes >= 0) & ~np.isnan(floats)
    magnitude = np.abs(floats)
    candidate = wanted & (magnitude >= 1e-4) & (magnitude < 1e15)  # repr is positional there
    places = np.zeros(size, dtype=np.int64)
    scaled = np.zeros(size, dtype=np.int64)
    pending = np.flatnonzero(candidate)
    with np.errstate(invalid="ignore", over="ignore"):
        for digits in range(1, _MAX_PLACES + 1):
            if not len(pending):
                break
            power = 10.0**digits
            values = floats[pending]
            whole = np.rint(values * power)
            found = (np.abs(whole) < _MAX_SCALED) & (whole / power == values)
            rows = pending[found]
            places[rows] = digits
            scaled[rows] = whole[found].astype(np.int64)
            pending = pending[~found]
    fast = places > 0
    count = int(np.count_nonzero(fast))
    if count:
        # Each distinct (rate, places) once: the rate scaled by 10**-places; one
        # more, zero, for the other rows (scaled 0), whose products are then
        # cleared: the column is made in one pass, each product written once
        # while it is new (a second pass over a million Decimals costs as
        # much again, in cache misses).
        combo = codes[fast] * (_MAX_PLACES + 1) + places[fast]
        used = np.zeros(len(distinct) * (_MAX_PLACES + 1), dtype=bool)
        used[combo] = True
        keys = np.flatnonzero(used)
        index = np.zeros(len(used), dtype=np.int64)
        index[keys] = np.arange(len(keys))
        position = np.full(size, len(keys), dtype=np.int64)
        position[fast] = index[combo]
        rates = np.empty(len(keys) + 1, dtype=object)
        rates[: len(keys)] = list(
            map(
                CONTEXT.scaleb,
                distinct[keys // (_MAX_PLACES + 1)].tolist(),
                (-(keys % (_MAX_PLACES + 1))).tolist(),
            )
        )
        rates[len(keys)] = _ZERO
        # numpy's take of the object pointers, then one list: far quicker than a
        # Python lookup per row. Decimal's ``*`` in a local copy of CONTEXT
        # rounds as CONTEXT.multiply does, without parsing a tuple per call.
        rate_of_row = rates[position].tolist()
        with localcontext(CONTEXT):
            products = map(mul, rate_of_row, scaled.tolist())
            out: ObjectArray = np.fromiter(products, dtype=object, count=size)
        if count < size:
            out[~fast] = None
    else:
        out = np.full(size, None, dtype=object)
    rest = wanted & ~fast
    if not rest.any():
        return out, None
    return out, np.where(rest, floats, np.nan)


_ZERO = Decimal(0)


def _provenance_frame(pd: Any, answer: Conversions, index: Any) -> Any:
    """The provenance columns as a DataFrame (object columns stay object in any pandas)."""
    columns = {
        "result": _column(pd, answer.result, index),
        "rate": _column(pd, answer.rate, index),
        "rate_date": pd.Series(answer.rate_date, index=index),
        "source": pd.Series(answer.source, index=index, dtype=object),
        "error": pd.Series(answer.error, index=index, dtype=object),
    }
    return pd.DataFrame(columns, index=index)


def _column(pd: Any, values: npt.NDArray[Any], index: Any) -> Any:
    return pd.Series(values, index=index, dtype=values.dtype)


# -- Dask, Spark: one partition at a time ------------------------------------------------


def convert_partition(
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
    """``df`` (a pandas DataFrame) with the converted amounts in a new column.

    Written for ``dask_df.map_partitions(convert_partition, ...)`` and Spark's
    ``mapInPandas``: a top-level function (pickled by reference), using the
    process's default RateBook, so each worker process opens the embedded
    data once and builds each day table once, however many partitions it
    converts. Options are those of :func:`convert`.

    The new column is ``out_col`` (default ``{amount_col}_{to}`` in lower
    case, e.g. ``amount_usd``); with provenance also ``{out_col}_rate``,
    ``{out_col}_rate_date``, ``{out_col}_source`` and ``{out_col}_error``.
    ``df`` itself is not modified. An empty ``df`` gives the empty frame with
    the final columns and dtypes (what Dask's ``meta=`` wants).
    """
    pd = require_pandas()
    if not isinstance(df, pd.DataFrame):
        raise InvalidInputError(f"expected a pandas DataFrame, not {type(df).__name__}")
    for name in (amount_col, currency_col, date_col):
        if name not in df.columns:
            raise InvalidInputError(
                f"no column {name!r}; the columns are: {', '.join(map(str, df.columns))}"
            )
    target = out_col or f"{amount_col}_{_code(to).lower()}"
    converted = convert(
        df[amount_col],
        df[currency_col],
        to,
        df[date_col],
        dtype=dtype,
        policy=policy,
        max_age=max_age,
        source=source,
        errors=errors,
        with_provenance=with_provenance,
        rate=rate,
        side=side,
    )
    out = df.copy(deep=False)
    if with_provenance:
        for name, column in converted.items():
            out[target if name == "result" else f"{target}_{name}"] = column
    else:
        out[target] = converted
    return out


# -- mentions in text -------------------------------------------------------------------

_MENTION_COLUMNS = (
    "doc",
    "start",
    "end",
    "text",
    "amount",
    "amount_high",
    "currency",
    "alternatives",
    "resolved_by",
    "precision",
    "qualifier",
    "qualifier_text",
    "magnitude_text",
)


def extract_frame(
    texts: Iterable[str] | Mapping[Any, str] | Any,
    *,
    locale: str = "en",
    default_currency: str | None = None,
    dtype: str = "decimal",
) -> Any:
    """Every monetary figure in ``texts``, one row per mention (a pandas DataFrame).

    ``texts`` is a list of strings, a pandas Series (``doc`` is the index
    label) or a mapping ``{doc id: text}``; a missing text has no mentions.
    Each text goes through :func:`fxnorm.extract` with ``locale`` and
    ``default_currency``.

    Columns: ``doc``, ``start`` and ``end`` (the span: ``text ==
    source[start:end]``), ``text``, ``amount`` (the low end of a range),
    ``amount_high`` (the high end of a range, else missing), ``currency`` (None
    when unresolved), ``alternatives`` (candidate codes, comma-separated),
    ``resolved_by``, ``precision``, ``qualifier``, ``qualifier_text`` and
    ``magnitude_text``. Amounts and precisions are exact Decimals
    (``dtype="decimal"``, default) or float64 (``dtype="float64"``).
    """
    from ..parsing import extract

    check_options("raise", dtype)
    pd = require_pandas()
    if isinstance(texts, Mapping):
        items: Iterable[tuple[Any, Any]] = texts.items()
    elif isinstance(texts, pd.Series):
        items = texts.items()
    elif isinstance(texts, str):
        raise InvalidInputError("texts must be a collection of strings, not one string")
    else:
        items = enumerate(texts)
    rows: dict[str, list[Any]] = {name: [] for name in _MENTION_COLUMNS}
    for doc, text in items:
        if not isinstance(text, str):
            if is_missing(text):
                continue
            raise InvalidInputError(f"text {doc!r} is a {type(text).__name__}, not a string")
        for mention in extract(text, locale=locale, default_currency=default_currency):
            rows["doc"].append(doc)
            rows["start"].append(mention.span[0])
            rows["end"].append(mention.span[1])
            rows["text"].append(mention.text)
            rows["amount"].append(mention.amount)
            rows["amount_high"].append(mention.range[1] if mention.range else None)
            rows["currency"].append(mention.currency)
            rows["alternatives"].append(",".join(mention.alternatives))
            rows["resolved_by"].append(mention.resolved_by)
            rows["precision"].append(mention.precision)
            rows["qualifier"].append(mention.qualifier)
            rows["qualifier_text"].append(mention.qualifier_text)
            rows["magnitude_text"].append(mention.magnitude_text)
    numbers = ("amount", "amount_high", "precision")
    columns: dict[str, Any] = {}
    for name, values in rows.items():
        if name in ("start", "end"):
            columns[name] = pd.Series(values, dtype="int64")
        elif name in numbers and dtype == "float64":
            columns[name] = pd.Series(
                [np.nan if v is None else float(v) for v in values], dtype="float64"
            )
        else:
            columns[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(columns)
