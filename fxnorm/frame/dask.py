"""Dask: convert a Dask DataFrame partition by partition (``pip install "fxnorm[dask]"``).

:func:`convert` is ``ddf.map_partitions(fxnorm.frame.convert_partition, ...)``
with the ``meta`` (the output's columns and dtypes) worked out from an
empty partition, so Dask needs no sample. Each worker process imports
fxnorm, opens the embedded rates once and keeps its day tables for the
partitions it converts; nothing large is shipped with the tasks.
"""

from __future__ import annotations

from typing import Any

from ._api import convert_partition

__all__ = ["convert"]


def convert(ddf: Any, **options: Any) -> Any:
    """``ddf`` with the converted amounts (and provenance) in new columns, lazily.

    ``options`` are those of :func:`fxnorm.frame.convert_partition`
    (``amount_col``, ``currency_col``, ``date_col``, ``to`` are required).
    """
    meta = convert_partition(ddf._meta, **options)
    return ddf.map_partitions(convert_partition, meta=meta, **options)
