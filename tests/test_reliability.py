"""Faults and load on the rate cache: many writers, a killed writer, a reader meanwhile.

Expected counts are the rows the workers wrote, counted by the test itself; the
cache is read back with sqlite3 directly, not through fxnorm.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from fxnorm.rates.cache import RateCache
from fxnorm.rates.model import SourceInfo
from fxnorm.rates.sources.base import Batch

TODAY = dt.date(2026, 11, 25)
START = dt.date(2000, 1, 1)
WRITERS, WRITES = 8, 500
INFO = SourceInfo(
    "ecb",
    "ECB (test)",
    "Test",
    "EUR",
    "http://127.0.0.1/",
    "test",
    "2026-11-25T00:00:00Z",
    0,
    "official",
    "",
)
CODES = ("USD", "JPY", "GBP", "CHF", "CNY", "SEK", "NOK", "AUD")


def _writer(path: str, code: str, go: Any) -> None:
    """One process: WRITES transactions of one row each, for its own currency."""
    go.wait(60)
    cache = RateCache(path, timeout=60)
    for n in range(WRITES):
        day = (START + dt.timedelta(days=n)).isoformat()
        cache.write(Batch((INFO,), (("ecb", code, day, f"1.{n:04d}"),)), today=TODAY)


def _reader(path: str, go: Any, stop: Any, seen: Any) -> None:
    """Reads the cache over and over while the writers work; counts never go down."""
    go.wait(60)
    last = 0
    while not stop.is_set():
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60) as connection:
            count = connection.execute("SELECT COUNT(*) FROM rates").fetchone()[0]
        assert count >= last
        last = count
        seen.value = last
        time.sleep(0.01)


def _big_writer(path: str) -> None:
    """One transaction of many rows: killed before it can commit."""
    rows = tuple(
        ("ecb", "ZAR", (START + dt.timedelta(days=n)).isoformat(), "17.5") for n in range(9000)
    )
    cache = RateCache(path, timeout=60)
    while True:  # keep writing the same batch until killed
        cache.write(Batch((INFO,), rows), today=TODAY)


@pytest.mark.slow
def test_eight_writers_and_a_reader_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rates.sqlite"
    RateCache(path).connect().close()
    context = multiprocessing.get_context("spawn")
    go, stop = context.Event(), context.Event()
    seen = context.Value("i", 0)
    writers = [context.Process(target=_writer, args=(str(path), code, go)) for code in CODES]
    reader = context.Process(target=_reader, args=(str(path), go, stop, seen))
    for process in [*writers, reader]:
        process.start()
    go.set()
    for process in writers:
        process.join(240)
    stop.set()
    reader.join(30)
    assert [p.exitcode for p in writers] == [0] * WRITERS
    assert reader.exitcode == 0 and seen.value > 0
    with sqlite3.connect(path) as connection:
        per_code = dict(
            connection.execute("SELECT currency, COUNT(*) FROM rates GROUP BY currency").fetchall()
        )
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert per_code == dict.fromkeys(CODES, WRITES)


@pytest.mark.slow
def test_a_writer_killed_mid_transaction_leaves_the_cache_valid(tmp_path: Path) -> None:
    path = tmp_path / "rates.sqlite"
    kept = tuple(
        ("ecb", "USD", (START + dt.timedelta(days=n)).isoformat(), "1.1") for n in range(100)
    )
    RateCache(path).write(Batch((INFO,), kept), today=TODAY)
    context = multiprocessing.get_context("spawn")
    for delay in (0.3, 0.6, 0.9):
        victim = context.Process(target=_big_writer, args=(str(path),))
        victim.start()
        time.sleep(delay)
        os.kill(victim.pid, signal.SIGKILL)  # type: ignore[arg-type]
        victim.join(10)
        assert victim.exitcode == -signal.SIGKILL
        cache = RateCache(path)
        assert cache.check() is None  # healthy: nothing to move aside
        with sqlite3.connect(path) as connection:
            usd = connection.execute("SELECT COUNT(*) FROM rates WHERE currency = 'USD'")
            zar = connection.execute("SELECT COUNT(*) FROM rates WHERE currency = 'ZAR'")
            assert usd.fetchone()[0] == 100
            assert zar.fetchone()[0] in (0, 9000)  # all of a transaction or none of it
    assert not list(tmp_path.glob("*.corrupt-*"))
