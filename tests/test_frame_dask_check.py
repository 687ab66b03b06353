"""fxnorm.frame.dask.check on a real Dask cluster: two worker processes, the same rows as one.

The reference is :func:`fxnorm.frame.check_frame` on the whole frame in this
process (itself checked against ``fxnorm.check_text`` and the raw ECB file in
test_check_archive.py). The archive is the two corpus articles and published
claims of tests/data/claims.csv, repeated so that every partition has work.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pandas as pd
import pytest
from dask import distributed

import fxnorm.frame.dask as fxd
from fxnorm.frame import CHECK_COLUMNS, check_frame

DATA = Path(__file__).resolve().parent / "data"


def articles() -> pd.DataFrame:
    rows = [
        {"body": (DATA / "corpus" / name).read_text(encoding="utf-8"), "published": None}
        for name in ("alibaba-ai-spend-ars.txt", "alibaba-ai-spend-bloomberg.txt")
    ]
    with (DATA / "claims.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["locale"] == "en":
                rows.append({"body": row["text"], "published": row["date"]})
    frame = pd.DataFrame(rows * 3)
    frame.index = [f"a{i:03d}" for i in range(len(frame))]
    return frame


def _pid() -> int:
    return os.getpid()


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_check_on_a_local_cluster_equals_one_process() -> None:
    frame = articles()
    options: dict[str, Any] = {"text_col": "body", "date_col": "published"}
    expected = check_frame(frame, **options)
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        ddf = dd.from_pandas(frame, npartitions=6)
        result = fxd.check(ddf, **options).compute()
        pids = set(client.run(_pid).values())
    assert tuple(result.columns) == CHECK_COLUMNS
    assert len(result) == len(expected) > 100
    result = result.reset_index(drop=True)
    for name in CHECK_COLUMNS:
        got = [None if pd.isna(v) else v for v in result[name]]
        want = [None if pd.isna(v) else v for v in expected[name]]
        assert got == want, name
    assert set(result["verdict"]) >= {"consistent", "undated"}
    assert len(pids) == 2 and os.getpid() not in pids
