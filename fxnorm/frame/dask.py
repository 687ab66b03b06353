"""Dask: convert or check a Dask DataFrame partition by partition (``pip install "fxnorm[dask]"``).

:func:`convert` is ``ddf.map_partitions(fxnorm.frame.convert_partition, ...)``
with the ``meta`` (the output's columns and dtypes) worked out from an
empty partition, so Dask needs no sample. Each worker process imports
fxnorm, opens the embedded rates once and keeps its day tables for the
partitions it converts; nothing large is shipped with the tasks.
"""

from __future__ import annotations

from typing import Any

from ._api import convert_partition
from ._check import check_partition

__all__ = ["check", "convert"]


def convert(ddf: Any, **options: Any) -> Any:
    """``ddf`` with the converted amounts (and provenance) in new columns, lazily.

    ``options`` are those of :func:`fxnorm.frame.convert_partition`
    (``amount_col``, ``currency_col``, ``date_col``, ``to`` are required).
    """
    meta = convert_partition(ddf._meta, **options)
    return ddf.map_partitions(convert_partition, meta=meta, **options)


def check(ddf: Any, **options: Any) -> Any:
    """The stated conversions in ``ddf``'s texts, checked: one row per claim, lazily.

    ``options`` are those of :func:`fxnorm.frame.check_frame` (``text_col``,
    ``date_col``, ``id_col``, ``locale`` …); each partition is checked by
    :func:`fxnorm.frame.check_partition` on a worker, and ``row`` keeps the
    input's index label.
    """
    meta = check_partition(ddf._meta, **options)
    return ddf.map_partitions(check_partition, meta=meta, **options)
