"""The embedded exchange-rate dataset (``rates.sqlite``) and its checksum.

The file is built by ``tools/build_rates.py`` from the raw publisher files in
``data/raw/`` and ships inside the wheel. This module stays tiny and imports
only the standard library, so locating the dataset costs nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["DATASET_PATH", "SCHEMA", "SCHEMA_VERSION", "rates_checksum", "statements"]

#: The shipped SQLite file (schema version 2), next to this module.
DATASET_PATH: Path = Path(__file__).with_name("rates.sqlite")

#: Version 2 keeps each series (source, currency, market, side) once in
#: ``series`` and its publications in ``points``; the view ``rates`` shows them
#: as rows. A version 1 file has a table ``rates(source, currency, day, value)``
#: of official mid rates only; the cache migrates itself on its next write.
SCHEMA_VERSION = 2

#: The tables of a rates file, shared by the embedded dataset (built by
#: tools/build_rates.py) and the persistent cache.
#:
#: ``series``: one row per published series: the source, the ``currency``
#: quoted against the source's ``base``, the ``market`` (``official`` for
#: most; the peso's ``blue``, ``mep`` … rates; fxnorm.rates.model.MARKETS) and
#: the ``side`` (``mid`` for a single published figure, ``buy`` or ``sell``
#: for one side of a two-sided quote). ``points``: the series' publications,
#: ``value`` being the exact decimal string published, units of ``currency``
#: per one unit of the base. Keeping the series' names out of the 300,000
#: points keeps the file small, and reading the list of series is one
#: small table, not a scan. The view ``rates`` shows the points as rows of
#: ``(source, currency, market, side, day, value)`` and, through its triggers,
#: takes inserts, deletes and value updates as the schema 1 table did (an
#: insert without market and side is an official mid rate).
SCHEMA = """
CREATE TABLE IF NOT EXISTS sources(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  publisher TEXT NOT NULL,
  base TEXT NOT NULL,
  url TEXT NOT NULL,
  licence TEXT NOT NULL,
  retrieved TEXT NOT NULL,
  priority INTEGER NOT NULL,
  kind TEXT NOT NULL,
  notes TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS series(
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL REFERENCES sources(id),
  currency TEXT NOT NULL,
  market TEXT NOT NULL,
  side TEXT NOT NULL,
  UNIQUE (source, currency, market, side)
);
CREATE TABLE IF NOT EXISTS points(
  series INTEGER NOT NULL REFERENCES series(id),
  day TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (series, day)
) WITHOUT ROWID;
CREATE VIEW IF NOT EXISTS rates AS
  SELECT s.source AS source, s.currency AS currency, s.market AS market, s.side AS side,
         p.day AS day, p.value AS value
  FROM points AS p JOIN series AS s ON s.id = p.series;
CREATE TRIGGER IF NOT EXISTS rates_insert INSTEAD OF INSERT ON rates
BEGIN
  INSERT OR IGNORE INTO series(source, currency, market, side)
  VALUES (NEW.source, NEW.currency, COALESCE(NEW.market, 'official'), COALESCE(NEW.side, 'mid'));
  INSERT INTO points(series, day, value)
  SELECT id, NEW.day, NEW.value FROM series
  WHERE source = NEW.source AND currency = NEW.currency
    AND market = COALESCE(NEW.market, 'official') AND side = COALESCE(NEW.side, 'mid');
END;
CREATE TRIGGER IF NOT EXISTS rates_update INSTEAD OF UPDATE OF value ON rates
BEGIN
  UPDATE points SET value = NEW.value
  WHERE day = OLD.day AND series = (
    SELECT id FROM series WHERE source = OLD.source AND currency = OLD.currency
      AND market = OLD.market AND side = OLD.side);
END;
CREATE TRIGGER IF NOT EXISTS rates_delete INSTEAD OF DELETE ON rates
BEGIN
  DELETE FROM points
  WHERE day = OLD.day AND series = (
    SELECT id FROM series WHERE source = OLD.source AND currency = OLD.currency
      AND market = OLD.market AND side = OLD.side);
END;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


def statements(script: str) -> list[str]:
    """The SQL statements of ``script`` one by one (a trigger's body stays whole), for
    running them inside a transaction, which ``executescript`` would commit."""
    found: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    if current.strip():
        found.append(current.strip())
    return found


def rates_checksum(connection: sqlite3.Connection) -> str:
    """sha256 hex digest of the canonical stream of the ``rates`` table.

    The stream is, for every row of the ``rates`` view ordered by (source,
    currency, market, side, day), the UTF-8 line
    ``f"{source},{currency},{market},{side},{day},{value}\\n"``. It depends
    only on the rate values, not on SQLite's file layout, so two builds agree
    on it exactly when they hold the same data. The builder stores it as
    ``meta.rates_sha256``. A schema 1 file (no
    ``market`` and ``side``) gives the stream it was built with, the lines
    ``f"{source},{currency},{day},{value}\\n"``.
    """
    import hashlib  # only when a checksum is asked for: not on the default path

    digest = hashlib.sha256()
    columns = {row[1] for row in connection.execute("PRAGMA table_info(rates)")}
    if "market" not in columns:
        old = connection.execute(
            "SELECT source, currency, day, value FROM rates ORDER BY source, currency, day"
        )
        for source, currency, day, value in old:
            digest.update(f"{source},{currency},{day},{value}\n".encode())
        return digest.hexdigest()
    cursor = connection.execute(
        "SELECT source, currency, market, side, day, value FROM rates "
        "ORDER BY source, currency, market, side, day"
    )
    for source, currency, market, side, day, value in cursor:
        digest.update(f"{source},{currency},{market},{side},{day},{value}\n".encode())
    return digest.hexdigest()
