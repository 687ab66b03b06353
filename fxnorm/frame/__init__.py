"""Normalise whole datasets: money columns converted in bulk, mentions as rows.

``fxnorm.frame`` needs numpy (``pip install "fxnorm[pandas]"``, or
``[polars]``, or ``[dask]``); nothing on fxnorm's default path imports it.

- :func:`convert`: amounts, currencies and dates as columns (pandas Series,
  numpy arrays, lists) into one currency, each row as of its own date;
- :func:`lookup`: just the rates (and their provenance) for a currency and
  date column pair;
- :func:`extract_frame`: every monetary figure in a collection of texts as a
  DataFrame, one row per mention;
- :func:`convert_partition`: :func:`convert` on one pandas partition, for
  Dask's ``map_partitions`` and Spark's ``mapInPandas``;
- :func:`check_frame`: every stated conversion in a column of texts, checked
  as of a date column (or the date each text points to), one row per claim;
- :mod:`fxnorm.frame.polars` and :mod:`fxnorm.frame.dask`: the same for
  polars expressions and Dask DataFrames.

Rates are looked up in bulk (sorted arrays and ``np.searchsorted``, one
gather per column), never with a Python call per row, and each row's rate is
the one :meth:`fxnorm.RateBook.quote` gives for it.
"""

from __future__ import annotations

from ._api import Conversions, convert, convert_partition, extract_frame
from ._check import CHECK_COLUMNS, check_frame, check_partition
from ._core import DTYPES, ERRORS, Rates, lookup

__all__ = [
    "CHECK_COLUMNS",
    "DTYPES",
    "ERRORS",
    "Conversions",
    "Rates",
    "check_frame",
    "check_partition",
    "convert",
    "convert_partition",
    "extract_frame",
    "lookup",
]
