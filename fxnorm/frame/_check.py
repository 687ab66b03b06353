"""Claim checks over a column of texts: one row per stated conversion found.

The same checks as ``fxnorm check --file`` for each text (its date from a
date column, or from the text itself), flattened into a frame for pandas,
polars and Dask (:func:`fxnorm.frame.dask.check`).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any

from ..claims.render import ROW_COLUMNS
from ..errors import FxnormError, InvalidInputError
from ._api import require_pandas
from ._core import is_missing

__all__ = ["CHECK_COLUMNS", "check_frame", "check_partition"]

#: The columns of :func:`check_frame`, in order (``row`` names the input row).
CHECK_COLUMNS = (
    "row",
    *(name for name in ROW_COLUMNS if name not in ("requested_date", "best_matching_date")),
)

_DECIMALS = (
    "deviation",
    "width",
    "tolerance",
    "implied_rate",
    "implied_low",
    "implied_high",
    "reference_rate",
    "drift",
)
_DATES = ("reference_date", "checked_on")


def check_frame(
    frame: Any,
    *,
    text_col: str = "text",
    date_col: str | None = None,
    id_col: str | None = None,
    locale: str | None = None,
    default_currency: str | None = None,
    slack: Decimal | str | float = "0.01",
    max_width: Decimal | str | float = "0.10",
    policy: str = "previous",
    max_age: int | None = None,
    errors: str = "raise",
) -> Any:
    """Every stated conversion in ``frame[text_col]``, checked: one row per claim.

    ``frame`` is a pandas or polars DataFrame; the answer is the same kind.
    Each text is checked as of its ``date_col`` value (a date, or a string
    read as :func:`fxnorm.check` reads it), or, where that is missing or there
    is no such column, on the date its own text points to (``date_basis``
    says which). ``row`` holds the input row's ``id_col`` value, or its index
    label (its position in polars). Rates, deviations and widths are exact:
    Decimals in pandas, their decimal text in polars; ``reference_date`` and
    ``checked_on`` are dates. With ``errors="null"`` a text whose date
    cannot be read gives a row with the verdict ``error`` instead of raising.
    """
    if errors not in ("raise", "null"):
        raise InvalidInputError(f"errors must be 'raise' or 'null', not {errors!r}")
    polars = _is_polars(frame)
    pd = require_pandas() if not polars else None
    names = list(frame.columns)
    labels = range(frame.height) if polars else frame.index
    for name in (text_col, date_col, id_col):
        if name is not None and name not in names:
            known = ", ".join(map(str, names))
            raise InvalidInputError(f"no column {name!r}; the columns are: {known}")
    records = _records(frame, polars)
    rows: dict[str, list[Any]] = {name: [] for name in CHECK_COLUMNS}
    options = dict(
        locale=locale,
        default_currency=default_currency,
        slack=slack,
        max_width=max_width,
        policy=policy,
        max_age=max_age,
    )
    for label, record in zip(labels, records, strict=True):
        ident = record[id_col] if id_col else label
        for row in _claims(record.get(text_col), _date(record.get(date_col) if date_col else None),
                           options, errors == "null"):  # fmt: skip
            row["row"] = ident
            for name in CHECK_COLUMNS:
                rows[name].append(row.get(name))
    if polars:
        return _polars_frame(rows)
    assert pd is not None
    return _pandas_frame(pd, rows)


def check_partition(partition: Any, **options: Any) -> Any:
    """:func:`check_frame` on one pandas partition (for Dask's ``map_partitions``)."""
    return check_frame(partition, **options)


# -- internals ----------------------------------------------------------------------


def _is_polars(frame: object) -> bool:
    module = type(frame).__module__
    return module.startswith("polars")


def _records(frame: Any, polars: bool) -> Any:
    if polars:
        return frame.iter_rows(named=True)
    columns = list(frame.columns)
    return (dict(zip(columns, values, strict=True)) for values in frame.itertuples(index=False))


def _date(value: object) -> object:
    if value is None or is_missing(value):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp, datetime
        return value.date()
    return value


def _claims(
    text: object, on: object, options: dict[str, Any], keep_errors: bool
) -> list[dict[str, Any]]:
    from ..claims import check_text
    from ..claims.render import check_row

    if text is None or is_missing(text):
        return []
    if not isinstance(text, str):
        raise InvalidInputError(f"texts must be strings, not {type(text).__name__}")
    try:
        report = check_text(text, on, figures=False, **options)  # type: ignore[arg-type]
    except FxnormError as error:
        if not keep_errors:
            raise
        return [{"verdict": "error", "reason": str(error)}]
    found = []
    for check in report.checks:
        row = check_row(check)
        typed: dict[str, Any] = {}
        for name, value in row.items():
            if name in _DECIMALS:
                typed[name] = Decimal(value) if value else None
            elif name in _DATES:
                typed[name] = _dt.date.fromisoformat(value) if value else None
            else:
                typed[name] = value if value != "" else None
        found.append(typed)
    return found


def _pandas_frame(pd: Any, rows: dict[str, list[Any]]) -> Any:
    columns: dict[str, Any] = {}
    for name, values in rows.items():
        if name in ("start", "end"):
            columns[name] = pd.Series(values, dtype="Int64")
        else:
            columns[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(columns)


def _polars_frame(rows: dict[str, list[Any]]) -> Any:
    import polars as pl

    kinds: dict[str, Any] = {
        "start": pl.Int64,
        "end": pl.Int64,
        **{name: pl.Date for name in _DATES},
    }
    columns = []
    for name, values in rows.items():
        if name in _DECIMALS:
            columns.append(pl.Series(name, [None if v is None else str(v) for v in values],
                                     dtype=pl.String))  # fmt: skip
        elif name == "row":
            columns.append(pl.Series(name, values))
        else:
            columns.append(pl.Series(name, values, dtype=kinds.get(name, pl.String)))
    return pl.DataFrame(columns)
