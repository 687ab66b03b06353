"""The persistent rate cache: what online sources fetched, kept for offline use.

One SQLite file, ``rates.sqlite`` in the user cache directory
(``platformdirs.user_cache_dir("fxnorm")``, e.g. ``~/.cache/fxnorm`` on Linux;
``FXNORM_CACHE_DIR`` overrides), with the embedded dataset's schema, so the
same reader (:class:`~fxnorm.rates.store.SQLiteStore`) serves both and a
RateBook can say which one answered (``Quote.origin``: ``embedded`` or ``cache``).

Writing is careful:

- every fetched batch is validated first (known source, CLDR currency code
  other than the base, ``YYYY-MM-DD`` day from 1990 to tomorrow, a positive
  finite decimal value, no contradicting duplicates); one bad row and nothing
  is written;
- a batch is written in one ``BEGIN IMMEDIATE`` transaction (upserts), in WAL
  mode with a busy timeout, so two processes updating at once both land;
- the directory is created ``0o700`` and the file ``0o600``; only SQL, never pickle.

A cache file that is not a readable fxnorm cache (garbage, truncated, wrong
tables) is moved aside as ``rates.sqlite.corrupt-<UTC time>`` with a warning,
and a fresh one is started; the embedded data is never affected.

A cache written before rate markets existed (schema 1: one table
``rates(source, currency, day, value)``) is still read as it is, and is
migrated on its next write: in one transaction its rows move to the
``series``/``points`` tables as official mid rates, the counts are checked,
and only then is the old table dropped. A failure rolls everything back, so
no cached row is ever lost.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

from ..data import SCHEMA, SCHEMA_VERSION, statements
from ..errors import DataError, SourceUnavailableError
from .model import SourceInfo
from .store import SQLiteStore

__all__ = [
    "CACHE_FILE",
    "RateCache",
    "SourceStatus",
    "WriteSummary",
    "cache_dir",
    "cache_path",
    "open_store",
    "quarantine",
    "validate_rows",
]

CACHE_FILE = "rates.sqlite"
#: Earliest plausible publication day; nothing fxnorm fetches is older.
MIN_DAY = _dt.date(1990, 1, 1)
#: Seconds a writer waits for another process's transaction to finish.
BUSY_TIMEOUT = 60.0


_COLUMNS = {
    "sources": [
        "id", "name", "publisher", "base", "url", "licence", "retrieved", "priority", "kind",
        "notes",
    ],
    "series": ["id", "source", "currency", "market", "side"],
    "points": ["series", "day", "value"],
    "rates": ["source", "currency", "market", "side", "day", "value"],
    "meta": ["key", "value"],
}  # fmt: skip
#: The tables of a schema 1 cache (migrated on its next write).
_COLUMNS_V1 = {
    "sources": _COLUMNS["sources"],
    "rates": ["source", "currency", "day", "value"],
    "meta": ["key", "value"],
}
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_LOW, _HIGH = Decimal("1e-12"), Decimal("1e13")

Row = tuple[str, str, str, str]


def cache_dir() -> Path:
    """``$FXNORM_CACHE_DIR``, else the platform's user cache directory for fxnorm.

    That is ``platformdirs.user_cache_dir("fxnorm")``. On Linux with an absolute
    ``XDG_CACHE_HOME`` or ``HOME`` it is the XDG rule itself,
    ``$XDG_CACHE_HOME/fxnorm`` or ``~/.cache/fxnorm``, worked out here:
    platformdirs takes longer to import than a conversion takes, and every
    process asks where the cache is (tests/test_cache.py checks that both agree).
    """
    configured = os.environ.get("FXNORM_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg) / "fxnorm"
        if os.path.isabs(os.environ.get("HOME", "")):
            return Path(os.path.expanduser("~/.cache")) / "fxnorm"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("fxnorm", appauthor=False))


def cache_path() -> Path:
    """Where the cache file is (it may not exist yet)."""
    return cache_dir() / CACHE_FILE


class WriteSummary(NamedTuple):
    """What one write did: rows new to the cache, rows whose value changed, rows already there."""

    path: Path
    added: int
    changed: int
    unchanged: int

    def describe(self) -> str:
        return f"{self.added:,} new, {self.changed:,} changed, {self.unchanged:,} already cached"


class SourceStatus(NamedTuple):
    """One source in the cache: rows, currencies, dates, last update."""

    info: SourceInfo
    rows: int
    currencies: int
    first: str | None
    last: str | None
    updated: str | None


class RateCache:
    """The cache file: open (creating or repairing it), validate and write batches, report."""

    def __init__(self, path: str | Path | None = None, *, timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path) if path is not None else cache_path()
        self.timeout = timeout

    # -- opening --------------------------------------------------------------------

    def connect(self) -> sqlite3.Connection:
        """A read-write connection to a healthy cache, created (or rebuilt) if need be.

        Another process preparing or writing the file at the same moment is waited
        for, up to ``timeout`` seconds: SQLite answers some of those moments (a
        journal mode switch, a first look at a file being created) with "database is
        locked" at once, without its busy handler, so the whole preparation is tried
        again. A locked file is never taken for a corrupt one."""
        deadline = time.monotonic() + self.timeout
        pause = 0.01
        while True:
            try:
                return self._connect_once()
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or time.monotonic() >= deadline:
                    raise DataError(f"cannot prepare the rate cache {self.path}: {error}") from None
            time.sleep(pause)
            pause = min(pause * 2, 0.2)

    def _connect_once(self) -> sqlite3.Connection:
        _private_dir(self.path.parent)
        _private_file(self.path)
        connection = self._open()
        problem = _problem(connection)
        if problem is not None:
            connection.close()
            quarantine(self.path, problem)
            _private_file(self.path)
            connection = self._open()
            problem = _problem(connection)
            if problem is not None:  # pragma: no cover - a fresh file is always healthy
                connection.close()
                raise DataError(f"cannot create the rate cache {self.path}: {problem}")
        try:
            connection.execute("PRAGMA journal_mode=WAL").fetchone()
            connection.execute("BEGIN IMMEDIATE")
            try:
                _migrate(connection)
                for statement in statements(SCHEMA):
                    connection.execute(statement)
                connection.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?), "
                    "('kind', 'cache')",
                    (str(SCHEMA_VERSION),),
                )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except (sqlite3.DatabaseError, DataError) as error:
            connection.close()
            if isinstance(error, sqlite3.OperationalError) and _is_busy(error):
                raise  # another process holds it: connect() waits and tries again
            raise DataError(f"cannot prepare the rate cache {self.path}: {error}") from None
        return connection

    def _open(self) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(
                self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
            )
            connection.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
        except sqlite3.Error as error:
            raise DataError(f"cannot open the rate cache {self.path}: {error}") from None
        return connection

    # -- writing --------------------------------------------------------------------

    def write(self, batch: Any, *, today: _dt.date | None = None) -> WriteSummary:
        """Validate ``batch`` (a :class:`~fxnorm.rates.sources.base.Batch`) and upsert it.

        All or nothing: an invalid row raises SourceUnavailableError before
        anything is written, and the rows are written in one transaction.
        """
        sources: tuple[SourceInfo, ...] = tuple(batch.sources)
        rows: tuple[Row, ...] = tuple(batch.rows)
        validate_rows(sources, rows, today=today)
        used = {row[0] for row in rows}
        connection = self.connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                before = _counts(connection, used)
                changes = connection.total_changes
                connection.executemany(
                    "INSERT INTO sources(id, name, publisher, base, url, licence, retrieved, "
                    "priority, kind, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                    "publisher = excluded.publisher, base = excluded.base, url = excluded.url, "
                    "licence = excluded.licence, retrieved = excluded.retrieved, "
                    "priority = excluded.priority, kind = excluded.kind, notes = excluded.notes",
                    [_source_row(info) for info in sources if info.id in used],
                )
                ids = _series_ids(connection, rows)
                changes = connection.total_changes
                connection.executemany(
                    "INSERT INTO points(series, day, value) VALUES (?, ?, ?) "
                    "ON CONFLICT(series, day) DO UPDATE SET value = excluded.value "
                    "WHERE points.value <> excluded.value",
                    [(ids[(row[0], row[1])], row[2], row[3]) for row in rows],
                )
                touched = connection.total_changes - changes
                after = _counts(connection, used)
                stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                connection.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [(f"updated:{source}", stamp) for source in sorted(used)],
                )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as error:
            raise DataError(f"cannot write to the rate cache {self.path}: {error}") from None
        finally:
            connection.close()
        added = sum(after.values()) - sum(before.values())
        changed = touched - added
        return WriteSummary(self.path, added, changed, len(rows) - added - changed)

    # -- reading --------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.is_file()

    def store(self) -> SQLiteStore:
        """A reader for RateBook (origin ``cache``)."""
        return SQLiteStore(self.path, name="cache", immutable=False)

    def status(self) -> dict[str, SourceStatus]:
        """Each cached source: rows, currencies, first and last day, last update."""
        if not self.exists():
            return {}
        connection = self.connect()
        try:
            infos = {
                row[0]: SourceInfo(*row)
                for row in connection.execute(
                    "SELECT id, name, publisher, base, url, licence, retrieved, priority, kind, "
                    "notes FROM sources ORDER BY priority, id"
                )
            }
            meta = dict(connection.execute("SELECT key, value FROM meta"))
            result = {}
            for source_id, info in infos.items():
                count, currencies, first, last = connection.execute(
                    "SELECT COUNT(*), COUNT(DISTINCT currency), MIN(day), MAX(day) FROM rates "
                    "WHERE source = ?",
                    (source_id,),
                ).fetchone()
                result[source_id] = SourceStatus(
                    info, count, currencies, first, last, meta.get(f"updated:{source_id}")
                )
            return result
        finally:
            connection.close()

    def check(self, *, thorough: bool = True) -> str | None:
        """None when the file is a healthy cache, else what is wrong (nothing is moved).

        ``thorough`` runs SQLite's ``quick_check`` over every page; without it
        only the header and the tables are looked at (reading the rates, as the
        store does next, finds damage inside them).
        """
        if not self.exists():
            return None
        try:
            connection = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=self.timeout
            )
        except sqlite3.Error as error:
            return str(error)
        try:
            return _problem(connection, thorough=thorough)
        except sqlite3.OperationalError as error:  # held by another process past the wait
            raise DataError(f"the rate cache {self.path} is busy: {error}") from None
        finally:
            connection.close()


def open_store(path: str | Path | None = None) -> SQLiteStore | None:
    """The cache as a RateBook store, or None when there is no (readable) cache.

    Used by :func:`~fxnorm.rates.book.default_book`: cheap (no network code),
    and a corrupt file is moved aside with a warning rather than breaking the
    embedded data.
    """
    target = Path(path) if path is not None else cache_path()
    if not target.is_file():
        return None
    try:
        problem = RateCache(target).check(thorough=False)
    except DataError as error:
        # locked by another process (a long update): not corrupt, so nothing is moved;
        # this run does without the cache and says so
        import warnings

        warnings.warn(f"{error}; the cache is not used this time", RuntimeWarning, stacklevel=2)
        return None
    if problem is None:
        try:
            return SQLiteStore(target, name="cache", immutable=False)
        except DataError as error:
            problem = str(error)
    quarantine(target, problem)
    return None


def quarantine(path: Path, reason: str) -> Path:
    """Move an unreadable cache file (and its WAL files) aside; warn; return the new name."""
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        os.replace(path, target)
    except FileNotFoundError:  # another process moved it first
        return target
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):  # best effort
                os.replace(companion, target.with_name(target.name + suffix))
    import warnings

    message = (
        f"the rate cache {path} is unreadable ({reason}); moved it to {target.name} "
        "and starting a new one (the embedded data is unaffected)"
    )
    warnings.warn(message, RuntimeWarning, stacklevel=3)
    return target


def validate_rows(
    sources: Iterable[SourceInfo], rows: Iterable[Row], *, today: _dt.date | None = None
) -> None:
    """Raise SourceUnavailableError, naming the first problems, unless every row is plausible."""
    from ..currencies import all_codes

    infos = {info.id: info for info in sources}
    codes = all_codes()
    latest = (today or _dt.date.today()) + _dt.timedelta(days=1)
    problems: list[str] = []
    for info in infos.values():
        if info.base not in codes or not info.id or not isinstance(info.priority, int):
            problems.append(f"source {info.id!r}: base {info.base!r} or priority is not valid")
    seen: dict[tuple[str, str, str], str] = {}
    days: dict[str, bool] = {}
    for row in rows:
        if len(problems) >= 5:
            break
        if not (isinstance(row, tuple) and len(row) == 4 and all(isinstance(x, str) for x in row)):
            problems.append(f"{str(row)[:60]}: not a (source, currency, day, value) row")
            continue
        source, currency, day, value = row
        where = f"{source} {currency} {day}"
        described = infos.get(source)
        if described is None:
            problems.append(f"{where}: unknown source {source!r}")
        elif currency not in codes or currency == described.base:
            problems.append(f"{where}: {currency!r} is not a currency code other than the base")
        ok = days.get(day)
        if ok is None:
            ok = days[day] = _plausible_day(day, latest)
        if not ok:
            problems.append(f"{where}: {day!r} is not a date from {MIN_DAY} to {latest}")
        if not _plausible_value(value):
            problems.append(f"{where}: {value[:30]!r} is not a positive finite decimal")
        earlier = seen.setdefault((source, currency, day), value)
        if earlier != value:
            problems.append(f"{where}: two different values ({earlier}, {value})")
    if problems:
        raise SourceUnavailableError(
            "the fetched data failed validation, nothing was written: " + "; ".join(problems)
        )


def _plausible_day(day: str, latest: _dt.date) -> bool:
    try:
        parsed = _dt.date.fromisoformat(day)
    except ValueError:
        return False
    return parsed.isoformat() == day and MIN_DAY <= parsed <= latest


def _plausible_value(value: str) -> bool:
    if not _NUMBER.fullmatch(value):
        return False
    try:
        number = Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return False
    return number.is_finite() and _LOW <= number < _HIGH


def _is_busy(error: sqlite3.OperationalError) -> bool:
    """Whether ``error`` says another connection holds the file (locked, busy)."""
    message = str(error).lower()
    return "locked" in message or "busy" in message


def _problem(connection: sqlite3.Connection, *, thorough: bool = True) -> str | None:
    """What makes this connection's file not a usable cache, or None.

    A schema 1 cache is usable: it is read as it is and migrated on its next write.
    """
    try:
        if thorough:
            result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                return "integrity check failed: " + "; ".join(str(r) for r in result[:3])
        tables = {
            name: [column[1] for column in connection.execute(f"PRAGMA table_info({name})")]
            for name in _COLUMNS
        }
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and _is_busy(error):
            raise  # locked by another process: no fault of the file's
        return str(error)
    present = {name for name, columns in tables.items() if columns}
    if not present or tables == {name: _COLUMNS_V1.get(name, []) for name in _COLUMNS}:
        return None  # a new file, or a schema 1 cache
    if present != set(_COLUMNS):
        return f"missing tables: {', '.join(sorted(set(_COLUMNS) - present))}"
    for name, columns in tables.items():
        if columns != _COLUMNS[name]:
            return f"table {name} has columns {columns}, not {_COLUMNS[name]}"
    return None


def _migrate(connection: sqlite3.Connection) -> None:
    """Move a schema 1 cache's rows to the schema 2 tables (inside the caller's transaction).

    Every old row becomes a point of an official mid series; the counts are
    compared before the old table is dropped, so a mistake raises (and the
    caller rolls back) rather than losing a row.
    """
    kind = connection.execute("SELECT type FROM sqlite_master WHERE name = 'rates'").fetchone()
    if kind is None or kind[0] != "table":
        return  # a new file, or already schema 2 (where rates is a view)
    connection.execute("ALTER TABLE rates RENAME TO rates_v1")
    for statement in statements(SCHEMA):
        connection.execute(statement)
    connection.execute(
        "INSERT INTO series(source, currency, market, side) "
        "SELECT DISTINCT source, currency, 'official', 'mid' FROM rates_v1 ORDER BY 1, 2"
    )
    connection.execute(
        "INSERT INTO points(series, day, value) SELECT s.id, r.day, r.value FROM rates_v1 r "
        "JOIN series s ON s.source = r.source AND s.currency = r.currency "
        "AND s.market = 'official' AND s.side = 'mid'"
    )
    (old,) = connection.execute("SELECT COUNT(*) FROM rates_v1").fetchone()
    (new,) = connection.execute("SELECT COUNT(*) FROM points").fetchone()
    if old != new:
        raise DataError(f"migrating the cache moved {new} of its {old} rows; nothing changed")
    connection.execute("DROP TABLE rates_v1")
    connection.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (str(SCHEMA_VERSION),),
    )


def _series_ids(connection: sqlite3.Connection, rows: Iterable[Row]) -> dict[tuple[str, str], int]:
    """The id of the official mid series of each (source, currency) of ``rows`` (made if new).

    Online sources publish one figure per day, the official rate.
    """
    wanted = sorted({(row[0], row[1]) for row in rows})
    connection.executemany(
        "INSERT OR IGNORE INTO series(source, currency, market, side) "
        "VALUES (?, ?, 'official', 'mid')",
        wanted,
    )
    return {
        (source, currency): connection.execute(
            "SELECT id FROM series WHERE source = ? AND currency = ? AND market = 'official' "
            "AND side = 'mid'",
            (source, currency),
        ).fetchone()[0]
        for source, currency in wanted
    }


def _counts(connection: sqlite3.Connection, sources: Iterable[str]) -> dict[str, int]:
    return {
        source: connection.execute(
            "SELECT COUNT(*) FROM rates WHERE source = ?", (source,)
        ).fetchone()[0]
        for source in sources
    }


def _source_row(info: SourceInfo) -> tuple[Any, ...]:
    return (
        info.id, info.name, info.publisher, info.base, info.url, info.licence, info.retrieved,
        info.priority, info.kind, info.notes,
    )  # fmt: skip


def _private_dir(path: Path) -> None:
    """Create ``path`` (and parents) for this user only; leave an existing one alone."""
    if path.is_dir():
        return
    try:
        path.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as error:
        raise DataError(f"cannot create the cache directory {path}: {error}") from None


def _private_file(path: Path) -> None:
    """Create ``path`` readable and writable by this user only, if it does not exist."""
    if path.exists():
        return
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first
        return
    except OSError as error:
        raise DataError(f"cannot create the rate cache {path}: {error}") from None
    os.close(descriptor)
    os.chmod(path, 0o600)
