"""Writing the embedded dataset, and reading back what a built one says of itself.

The file is assembled under a temporary name in the output's folder and moved
into place only when complete, so a failed build never leaves a half written
dataset where the library would find it. Its ``sources`` table comes from the
catalogue of sources (:mod:`fxnorm.rates.catalog`), the one the online
sources describe themselves with; ``meta`` records the sha256 of the
canonical rate stream (:func:`fxnorm.data.rates_checksum`) and of each raw
input, so ``--check`` can prove the shipped file is reproducible.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import astuple
from pathlib import Path

from rates_raw import BuildError

__all__ = [
    "BUILDER",
    "EMBEDDED_SOURCES",
    "SCHEMA_VERSION",
    "built_at",
    "stored_checksum",
    "summarise",
    "write_database",
]

BUILDER = "tools/build_rates.py"
SCHEMA_VERSION = 2
#: 4096 is SQLite's default; larger pages did not make the file meaningfully smaller.
PAGE_SIZE = 4096

#: The sources of the embedded dataset, in the order of its ``sources`` table.
EMBEDDED_SOURCES = ("ecb", "bcra", "fed", "argentinadatos", "dolarapi", "currency-api")

#: (source, currency, market, side, day, value): a row of the ``rates`` view.
FullRow = tuple[str, str, str, str, str, str]


def write_database(
    output: Path,
    rows: Iterable[FullRow],
    *,
    retrieved: str,
    inputs: dict[str, str],
    built_at: str,
) -> dict[str, str]:
    """Write a fresh dataset to ``output`` atomically and return its ``meta`` table."""
    from fxnorm.data import SCHEMA, rates_checksum
    from fxnorm.rates.catalog import describe

    sources = [describe(i, channel="embedded", retrieved=retrieved) for i in EMBEDDED_SOURCES]
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.executescript(SCHEMA)
            with connection:
                connection.executemany(
                    "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [astuple(source) for source in sources],  # the table's column order
                )
                ordered = sorted(rows)
                keys = sorted({row[:4] for row in ordered})
                connection.executemany(
                    "INSERT INTO series(id, source, currency, market, side) VALUES (?, ?, ?, ?, ?)",
                    [(number, *key) for number, key in enumerate(keys, start=1)],
                )
                ids = {key: number for number, key in enumerate(keys, start=1)}
                connection.executemany(
                    "INSERT INTO points(series, day, value) VALUES (?, ?, ?)",
                    [(ids[row[:4]], row[4], row[5]) for row in ordered],
                )
                count = connection.execute("SELECT COUNT(*) FROM points").fetchone()[0]
                meta = {
                    "schema": str(SCHEMA_VERSION),
                    "built_at": built_at,
                    "rates_sha256": rates_checksum(connection),
                    "rows": str(count),
                    "inputs": json.dumps(inputs, sort_keys=True, separators=(",", ":")),
                    "builder": BUILDER,
                }
                connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute("VACUUM")
        finally:
            connection.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except sqlite3.IntegrityError as error:
        raise BuildError(f"inconsistent rows: {error}") from error
    finally:
        temporary.unlink(missing_ok=True)
    return meta


def built_at(retrieved: str) -> str:
    """SOURCE_DATE_EPOCH if set, else the retrieval day: the same inputs give the same file."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return f"{retrieved}T00:00:00Z"
    try:
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise BuildError(f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix timestamp") from None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def summarise(path: Path) -> list[str]:
    """Short human summary of a built dataset: rows and dates per source, file size."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        per_source = connection.execute(
            "SELECT r.source, COUNT(*), COUNT(DISTINCT r.currency), MIN(r.day), MAX(r.day)"
            " FROM rates r JOIN sources s ON s.id = r.source"
            " GROUP BY r.source ORDER BY MIN(s.priority), r.source"
        ).fetchall()
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()
    lines = [
        f"{source:<14} {rows:>7} rows {codes:>4} currencies  {first}..{last}"
        for source, rows, codes, first, last in per_source
    ]
    lines.append(
        f"wrote {path} ({path.stat().st_size:,} bytes, {meta['rows']} rows, "
        f"rates_sha256 {meta['rates_sha256']})"
    )
    return lines


def stored_checksum(path: Path) -> str:
    """meta.rates_sha256 of a shipped dataset, verified against its rows."""
    from fxnorm.data import rates_checksum

    if not path.is_file():
        raise BuildError(f"no dataset to check at {path}")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            stored = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            actual = rates_checksum(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BuildError(f"{path}: not a readable dataset ({error})") from error
    if stored.get("rates_sha256") != actual:
        raise BuildError(f"{path}: meta.rates_sha256 does not match its own rows")
    return actual
