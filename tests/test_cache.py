"""The persistent rate cache: validation, upserts, permissions, concurrency, corruption."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
import sqlite3
import stat
import sys
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from fxnorm.errors import DataError, SourceUnavailableError
from fxnorm.rates import RateBook
from fxnorm.rates.book import default_book
from fxnorm.rates.cache import RateCache, cache_path, open_store
from fxnorm.rates.model import SourceInfo
from fxnorm.rates.sources.base import Batch

TODAY = dt.date(2026, 11, 25)


def info(source_id: str = "ecb", base: str = "EUR", priority: int = 0) -> SourceInfo:
    return SourceInfo(
        source_id,
        f"{source_id} test",
        "Test publisher",
        base,
        "http://127.0.0.1/",
        "test",
        "2026-11-25T00:00:00Z",
        priority,
        "official",
        "",
    )


def batch(rows: list[tuple[str, str, str, str]], *sources: SourceInfo) -> Batch:
    return Batch(sources or (info(),), tuple(rows))


ROWS = [
    ("ecb", "USD", "2026-11-19", "1.1183"),
    ("ecb", "USD", "2026-11-20", "1.1161"),
    ("ecb", "CNY", "2026-11-20", "7.9123"),
]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    default_book.cache_clear()
    yield
    default_book.cache_clear()


@pytest.fixture
def cache(tmp_path: Path) -> RateCache:
    return RateCache()


def rows_in(path: Path) -> list[tuple[str, ...]]:
    """(source, currency, day, value) of the official mid rates, the only ones sources fetch."""
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT source, currency, day, value FROM rates "
            "WHERE market = 'official' AND side = 'mid' ORDER BY source, currency, day"
        ).fetchall()


def test_location_follows_the_environment(tmp_path: Path) -> None:
    assert cache_path() == tmp_path / "cache" / "rates.sqlite"
    assert RateCache().path == cache_path()


# Expected locations from the XDG Base Directory Specification 0.8
# (specifications.freedesktop.org/basedir-spec/0.8/): "If $XDG_CACHE_HOME is
# either not set or empty, a default equal to $HOME/.cache should be used", and
# "All paths set in these environment variables must be absolute. If an
# implementation encounters a relative path in any of these variables it should
# consider the path invalid and ignore it." platformdirs follows the second rule
# only in its newer releases (3.0 still uses a relative XDG_CACHE_HOME), so the
# spec, not the installed platformdirs, is the reference: the cache must not move
# when platformdirs does.
@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"XDG_CACHE_HOME": "/srv/cache", "HOME": "/home/ana"}, "/srv/cache/fxnorm"),
        ({"XDG_CACHE_HOME": "relative/cache", "HOME": "/home/ana"}, "/home/ana/.cache/fxnorm"),
        ({"XDG_CACHE_HOME": "", "HOME": "/home/ana"}, "/home/ana/.cache/fxnorm"),
        ({"HOME": "/root"}, "/root/.cache/fxnorm"),
    ],
)
def test_the_default_location_follows_the_xdg_specification(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    from fxnorm.rates.cache import cache_dir

    monkeypatch.delenv("FXNORM_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    if not sys.platform.startswith("linux"):  # the XDG rule is Linux's; elsewhere platformdirs'
        from platformdirs import user_cache_dir

        expected = user_cache_dir("fxnorm", appauthor=False)
    assert cache_dir() == Path(expected)


def test_with_no_absolute_home_the_location_is_platformdirs_user_cache_dir(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the XDG rule cannot decide (no absolute HOME), platformdirs does."""
    from platformdirs import user_cache_dir

    from fxnorm.rates.cache import cache_dir

    monkeypatch.delenv("FXNORM_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "relative-home")
    assert cache_dir() == Path(user_cache_dir("fxnorm", appauthor=False))


def test_written_rates_are_read_back_exactly_with_origin_cache(cache: RateCache) -> None:
    summary = cache.write(batch(ROWS), today=TODAY)
    assert (summary.added, summary.changed, summary.unchanged) == (3, 0, 0)
    book = RateBook([cache.store()])
    quote = book.quote("EUR", "USD", on="2026-11-20")
    assert quote.value == Decimal("1.1161") and str(quote.value) == "1.1161"
    assert quote.origin == "cache" and quote.source == "ecb"
    cross = book.quote("CNY", "USD", on="2026-11-20")
    assert cross.origin == "cache" and [leg.origin for leg in cross.legs] == ["cache", "cache"]


def test_schema_is_the_embedded_one(cache: RateCache) -> None:
    cache.write(batch(ROWS), today=TODAY)
    with sqlite3.connect(cache.path) as connection:
        tables = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
        assert set(tables) == {"sources", "series", "points", "meta"}
        assert "WITHOUT ROWID" in tables["points"]
        views = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='view'")
        ]
        assert views == ["rates"]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        series = connection.execute("SELECT source, currency, market, side FROM series").fetchall()
    assert meta["schema_version"] == "2" and meta["kind"] == "cache"
    assert sorted(series) == [("ecb", code, "official", "mid") for code in ("CNY", "USD")]
    assert meta["updated:ecb"].endswith("Z")


def test_file_and_directory_are_private(cache: RateCache) -> None:
    cache.write(batch(ROWS), today=TODAY)
    assert stat.S_IMODE(cache.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.path.parent.stat().st_mode) == 0o700


def test_upserts_count_new_changed_and_unchanged(cache: RateCache) -> None:
    cache.write(batch(ROWS), today=TODAY)
    again = cache.write(batch(ROWS), today=TODAY)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 3)
    revised = [("ecb", "USD", "2026-11-20", "1.1162"), ("ecb", "USD", "2026-11-23", "1.1194")]
    summary = cache.write(batch(revised), today=TODAY)
    assert (summary.added, summary.changed, summary.unchanged) == (1, 1, 0)
    assert ("ecb", "USD", "2026-11-20", "1.1162") in rows_in(cache.path)
    assert summary.describe() == "1 new, 1 changed, 0 already cached"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (("ecb", "USD", "2026-11-27", "1.1"), "is not a date from 1990-01-01 to 2026-11-26"),
        (("ecb", "USD", "1989-12-29", "1.1"), "is not a date"),
        (("ecb", "USD", "2026-02-30", "1.1"), "is not a date"),
        (("ecb", "USD", "20261120", "1.1"), "is not a date"),
        (("ecb", "XYZ", "2026-11-20", "1.1"), "'XYZ' is not a currency code"),
        (("ecb", "usd", "2026-11-20", "1.1"), "'usd' is not a currency code"),
        (("ecb", "EUR", "2026-11-20", "1"), "other than the base"),
        (("ecb", "USD", "2026-11-20", "0"), "not a positive finite decimal"),
        (("ecb", "USD", "2026-11-20", "-1.1"), "not a positive finite decimal"),
        (("ecb", "USD", "2026-11-20", "NaN"), "not a positive finite decimal"),
        (("ecb", "USD", "2026-11-20", "Infinity"), "not a positive finite decimal"),
        (("ecb", "USD", "2026-11-20", "1e400"), "not a positive finite decimal"),
        (("ecb", "USD", "2026-11-20", "1,1"), "not a positive finite decimal"),
        (("ecb", "USD", "2026-11-20", ""), "not a positive finite decimal"),
        (("other", "USD", "2026-11-20", "1.1"), "unknown source 'other'"),
        (("ecb", "USD", "2026-11-19", "1.2"), "two different values"),
    ],
)
def test_an_invalid_row_writes_nothing(
    cache: RateCache, row: tuple[str, ...], problem: str
) -> None:
    cache.write(batch([("ecb", "JPY", "2026-11-18", "175.5")]), today=TODAY)
    before = rows_in(cache.path)
    with pytest.raises(SourceUnavailableError, match=problem) as caught:
        cache.write(batch([*ROWS, row]), today=TODAY)  # type: ignore[list-item]
    assert "nothing was written" in str(caught.value)
    assert rows_in(cache.path) == before


def test_an_invalid_first_batch_creates_no_file(cache: RateCache) -> None:
    with pytest.raises(SourceUnavailableError):
        cache.write(batch([("ecb", "USD", "2031-01-01", "1.1")]), today=TODAY)
    assert not cache.path.exists()


def test_status_per_source(cache: RateCache) -> None:
    assert cache.status() == {}
    cache.write(batch(ROWS), today=TODAY)
    status = cache.status()["ecb"]
    assert (status.rows, status.currencies, status.first, status.last) == (
        3,
        2,
        "2026-11-19",
        "2026-11-20",
    )
    assert status.updated is not None and status.info.base == "EUR"


def test_default_book_reads_embedded_then_cache(cache: RateCache) -> None:
    cache.write(
        batch([("frankfurter", "USD", "2026-11-20", "1.1161")], info("frankfurter", priority=3)),
        today=TODAY,
    )
    book = default_book()
    assert [store.name for store in book.stores] == ["embedded", "fixed", "cache"]
    quote = book.quote("EUR", "USD", on="2026-11-20", source="frankfurter")
    assert (quote.value, quote.origin) == (Decimal("1.1161"), "cache")
    assert book.quote("EUR", "USD", on="2025-09-24").origin == "embedded"


def test_default_book_without_a_cache_is_the_embedded_data() -> None:
    assert [store.name for store in default_book().stores] == ["embedded", "fixed"]


def test_garbage_cache_is_moved_aside_and_rebuilt(cache: RateCache) -> None:
    cache.path.parent.mkdir(parents=True)
    cache.path.write_bytes(b"this is not a database, just bytes\n" * 200)
    with pytest.warns(RuntimeWarning, match="unreadable .* moved it to rates.sqlite.corrupt-"):
        summary = cache.write(batch(ROWS), today=TODAY)
    assert summary.added == 3 and len(rows_in(cache.path)) == 3
    (aside,) = cache.path.parent.glob("rates.sqlite.corrupt-*")
    assert aside.read_bytes().startswith(b"this is not a database")


def test_truncated_cache_is_detected_on_open_and_embedded_keeps_working(cache: RateCache) -> None:
    many = [
        ("ecb", code, f"2026-{month:02d}-{day:02d}", "1.5")
        for code in ("USD", "JPY", "GBP", "CHF", "CNY")
        for month in range(1, 11)
        for day in range(1, 29)
    ]
    cache.write(batch(many), today=TODAY)
    data = cache.path.read_bytes()
    assert len(data) > 8 * 4096
    cache.path.write_bytes(data[: len(data) // 2])
    with pytest.warns(RuntimeWarning, match="rate cache .* is unreadable"):
        book = default_book()
    assert [store.name for store in book.stores] == ["embedded", "fixed"]
    assert book.quote("EUR", "USD", on="2025-09-24").value == Decimal("1.1756")
    assert not cache.path.exists()
    assert len(list(cache.path.parent.glob("rates.sqlite.corrupt-*Z"))) == 1


def test_wrong_tables_count_as_corrupt(cache: RateCache) -> None:
    cache.path.parent.mkdir(parents=True)
    with sqlite3.connect(cache.path) as connection:
        connection.execute("CREATE TABLE rates(x)")
    assert "missing tables" in (cache.check() or "")
    with pytest.warns(RuntimeWarning):
        assert open_store(cache.path) is None


def test_healthy_cache_gives_no_warning(cache: RateCache) -> None:
    cache.write(batch(ROWS), today=TODAY)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        store = open_store()
    assert store is not None and store.name == "cache"
    assert cache.check() is None


def test_a_locked_cache_is_waited_for_and_never_taken_for_a_corrupt_one(
    cache: RateCache,
) -> None:
    """Another process holding the file (here: a connection in exclusive locking mode
    with a write open) makes ``check`` and ``connect`` wait and then fail with a
    typed error; the file is not moved aside and keeps every row."""
    cache.write(batch([("ecb", "USD", "2020-01-02", "1.12")]), today=TODAY)
    holder = sqlite3.connect(cache.path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO meta(key, value) VALUES ('held', '1')")
        impatient = RateCache(cache.path, timeout=0.2)
        with pytest.raises(DataError, match=r"busy|locked"):
            impatient.check()
        with pytest.raises(DataError, match="locked"):
            impatient.connect()
        assert not list(cache.path.parent.glob("*.corrupt-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert cache.check() is None
    assert rows_in(cache.path) == [("ecb", "USD", "2020-01-02", "1.12")]


def _writer(path: str, currency: str, start: int, go: object) -> None:
    """One process: 25 transactions of 8 days each, plus rows the other process also writes."""
    go.wait(30)  # type: ignore[attr-defined]
    target = RateCache(path)
    base = dt.date(2020, 1, 1)
    for chunk in range(25):
        rows = [
            (
                "ecb",
                currency,
                (base + dt.timedelta(days=start + chunk * 8 + i)).isoformat(),
                f"1.{chunk}{i}",
            )
            for i in range(8)
        ]
        rows.append(("ecb", "GBP", (base + dt.timedelta(days=chunk)).isoformat(), "0.8"))
        target.write(batch(rows), today=TODAY)


def test_two_processes_updating_at_once_lose_nothing(cache: RateCache) -> None:
    context = multiprocessing.get_context("spawn")
    go = context.Event()
    workers = [
        context.Process(target=_writer, args=(str(cache.path), code, 0, go))
        for code in ("USD", "JPY")
    ]
    for worker in workers:
        worker.start()
    go.set()
    for worker in workers:
        worker.join(60)
    assert [worker.exitcode for worker in workers] == [0, 0]
    rows = rows_in(cache.path)
    assert len([r for r in rows if r[1] == "USD"]) == 200
    assert len([r for r in rows if r[1] == "JPY"]) == 200
    assert len([r for r in rows if r[1] == "GBP"]) == 25
    assert len(rows) == 425


def test_no_pickle_anywhere() -> None:
    source = Path(__file__).resolve().parent.parent / "fxnorm" / "rates" / "cache.py"
    assert "pickle" not in source.read_text().replace("never pickle", "")
    assert os.sep  # keep os imported for platforms


def test_the_command_line_warns_about_a_corrupt_cache_in_one_line(tmp_path: Path) -> None:
    """The warning reaches a user of the command as one line, not as Python's
    ``cache.py:313: RuntimeWarning`` followed by the source line."""
    import os
    import subprocess
    import sys

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "rates.sqlite").write_bytes(b"garbage" * 1000)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fxnorm",
            "convert",
            "100",
            "EUR",
            "--to",
            "USD",
            "--date",
            "2025-09-24",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "FXNORM_CACHE_DIR": str(cache)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        f"fxnorm: warning: the rate cache {cache / 'rates.sqlite'} is unreadable"
    )
    assert "Warning" not in result.stderr and ".py:" not in result.stderr
    assert [p.name.startswith("rates.sqlite.corrupt-") for p in cache.iterdir()] == [True]


# -- a cache written before rate markets existed (schema 1) ------------------------------

#: The schema fxnorm wrote caches with before markets (schema_version "1").
SCHEMA_V1 = """
CREATE TABLE sources(id TEXT PRIMARY KEY, name TEXT NOT NULL, publisher TEXT NOT NULL,
  base TEXT NOT NULL, url TEXT NOT NULL, licence TEXT NOT NULL, retrieved TEXT NOT NULL,
  priority INTEGER NOT NULL, kind TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE rates(source TEXT NOT NULL REFERENCES sources(id), currency TEXT NOT NULL,
  day TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (source, currency, day)) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


def _old_cache(path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA_V1)
        connection.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", dataclasses.astuple(info())
        )
        connection.executemany("INSERT INTO rates VALUES (?, ?, ?, ?)", rows)
        connection.execute("INSERT INTO meta VALUES ('schema_version', '1'), ('kind', 'cache')")
    connection.close()


def test_an_old_cache_is_read_as_it_is(cache: RateCache) -> None:
    _old_cache(cache.path, ROWS)
    assert cache.check() is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # not treated as corrupt, nothing moved aside
        store = open_store()
    assert store is not None
    book = RateBook([store])
    quote = book.quote("USD", "EUR", on="2026-11-20")
    assert quote.legs[0].value == Decimal("1.1161") and quote.origin == "cache"
    assert (quote.market, quote.side) == ("official", "mid")


def test_an_old_cache_is_migrated_on_its_next_write_without_losing_a_row(
    cache: RateCache,
) -> None:
    old = [("ecb", "JPY", f"2026-10-{day:02d}", f"17{day}.5") for day in range(1, 31)] + ROWS
    _old_cache(cache.path, old)
    summary = cache.write(batch([("ecb", "USD", "2026-11-23", "1.1194")]), today=TODAY)
    assert (summary.added, summary.changed, summary.unchanged) == (1, 0, 0)
    assert rows_in(cache.path) == sorted([*old, ("ecb", "USD", "2026-11-23", "1.1194")])
    with sqlite3.connect(cache.path) as connection:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    assert meta["schema_version"] == "2"
    assert "rates_v1" not in tables and {"series", "points"} <= tables


def test_a_failed_migration_changes_nothing(
    cache: RateCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fxnorm.data import SCHEMA
    from fxnorm.rates import cache as cache_module

    _old_cache(cache.path, ROWS)
    # A statement that fails half-way through the migration, after the old table was renamed.
    monkeypatch.setattr(cache_module, "SCHEMA", SCHEMA + "CREATE TABLE meta(x);\n")
    with pytest.raises(DataError, match="cannot prepare the rate cache"):
        cache.write(batch([("ecb", "USD", "2026-11-23", "1.1194")]), today=TODAY)
    with sqlite3.connect(cache.path) as connection:
        assert sorted(connection.execute("SELECT * FROM rates").fetchall()) == sorted(ROWS)
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    assert "series" not in tables and "rates_v1" not in tables
    monkeypatch.undo()
    cache.write(batch([("ecb", "USD", "2026-11-23", "1.1194")]), today=TODAY)
    assert len(rows_in(cache.path)) == len(ROWS) + 1


def test_the_rates_view_takes_writes_as_the_old_table_did(cache: RateCache) -> None:
    """Programs that wrote the schema 1 table (INSERT, UPDATE of a value, DELETE) still can."""
    cache.write(batch(ROWS), today=TODAY)
    with sqlite3.connect(cache.path) as connection:
        connection.execute(
            "INSERT INTO rates(source, currency, day, value) "
            "VALUES ('ecb', 'JPY', '2026-11-20', '176.5')"
        )
        connection.execute(
            "UPDATE rates SET value = '1.1162' WHERE source = 'ecb' AND currency = 'USD' "
            "AND day = '2026-11-20'"
        )
        connection.execute("DELETE FROM rates WHERE currency = 'CNY'")
        with pytest.raises(sqlite3.OperationalError, match="cannot modify rates"):
            connection.execute("UPDATE rates SET day = '2026-11-21' WHERE currency = 'JPY'")
    assert rows_in(cache.path) == [
        ("ecb", "JPY", "2026-11-20", "176.5"),
        ("ecb", "USD", "2026-11-19", "1.1183"),
        ("ecb", "USD", "2026-11-20", "1.1162"),
    ]
