"""fxnorm.frame on a real Dask cluster: two worker processes, the same result as one process.

The reference is the single-process result of ``convert_partition`` on the
whole frame (itself checked row by row against the per-row API,
``RateBook.quote``, in test_frame.py).
"""

from __future__ import annotations

import os
from typing import Any

import dask.dataframe as dd
import dask.distributed as distributed
import numpy as np
import pandas as pd
import pytest

import fxnorm.frame as fxf
import fxnorm.frame.dask as fxd


def rows(count: int, seed: int = 21) -> Any:
    rng = np.random.default_rng(seed)
    codes = ["EUR", "USD", "CNY", "JPY", "ARS", "BRL", "GBP", "ISK", "AED", "INR"]
    return pd.DataFrame(
        {
            "amount": rng.uniform(0, 1e6, count).round(2),
            "ccy": rng.choice(codes, count),
            "date": pd.Timestamp("2002-01-01")
            + pd.to_timedelta(rng.integers(0, 8700, count), unit="D"),
        }
    )


def _worker_state() -> dict[str, int]:
    """On a worker: its process id, how often it opened the dataset, how many tables it built."""
    from fxnorm.frame import _core
    from fxnorm.rates.book import default_book

    tables = sum(len(tables) for tables in _core._CACHES.values())
    return {"pid": os.getpid(), "opened": default_book.cache_info().misses, "tables": tables}


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_local_cluster_with_two_worker_processes_equals_one_process() -> None:
    frame = rows(200_000)
    options: dict[str, Any] = dict(
        amount_col="amount",
        currency_col="ccy",
        date_col="date",
        to="USD",
        errors="null",
        with_provenance=True,
    )
    expected = fxf.convert_partition(frame, **options)
    exact_expected = fxf.convert_partition(frame.iloc[:20_000], **{**options, "dtype": "decimal"})
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        ddf = dd.from_pandas(frame, npartitions=8)
        result = fxd.convert(ddf, **options).compute()
        # The plain map_partitions form, with meta from an empty partition, in Decimal.
        exact_ddf = dd.from_pandas(frame.iloc[:20_000], npartitions=4)
        exact_options: dict[str, Any] = {**options, "dtype": "decimal"}
        exact = exact_ddf.map_partitions(
            fxf.convert_partition,
            **exact_options,
            meta=fxf.convert_partition(exact_ddf._meta, **exact_options),
        ).compute()
        states = list(client.run(_worker_state).values())

    assert len(result) == len(frame)
    for name in ("amount_usd", "amount_usd_rate", "amount_usd_rate_date"):
        pd.testing.assert_series_equal(result[name], expected[name])
    for name in ("amount_usd_source", "amount_usd_error"):  # Dask may store text as arrow strings
        got = result[name].astype(object).where(result[name].notna(), None)
        assert list(got) == list(expected[name])
    assert result["amount_usd"].notna().mean() > 0.7  # mostly answered (AED only since 2024)
    assert result["amount_usd_error"].notna().any()  # and ISK/AED gaps exercised
    assert list(exact["amount_usd"]) == list(exact_expected["amount_usd"])  # Decimal, exact

    # Two separate processes, each opened the embedded data once and built its own tables.
    assert len({state["pid"] for state in states}) == 2
    assert os.getpid() not in {state["pid"] for state in states}
    assert [state["opened"] for state in states] == [1, 1]
    assert all(state["tables"] >= 9 for state in states)
