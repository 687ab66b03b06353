"""The embedded exchange-rate dataset (``rates.sqlite``) and its checksum.

The file is built by ``tools/build_rates.py`` from the raw publisher files in
``data/raw/`` and ships inside the wheel. This module stays tiny and imports
only the standard library, so locating the dataset costs nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

__all__ = ["DATASET_PATH", "SCHEMA", "rates_checksum"]

#: The shipped SQLite file (schema version 1), next to this module.
DATASET_PATH: Path = Path(__file__).with_name("rates.sqlite")

#: The tables of a rates file, shared by the embedded dataset (built by
#: tools/build_rates.py) and the persistent cache. ``value`` is the exact
#: decimal string published: units of ``currency`` per one unit of the
#: source's ``base``.
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
CREATE TABLE IF NOT EXISTS rates(
  source TEXT NOT NULL REFERENCES sources(id),
  currency TEXT NOT NULL,
  day TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (source, currency, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


def rates_checksum(connection: sqlite3.Connection) -> str:
    """sha256 hex digest of the canonical stream of the ``rates`` table.

    The stream is, for every row ordered by (source, currency, day), the UTF-8
    line ``f"{source},{currency},{day},{value}\\n"``. It depends only on the
    rate values, not on SQLite's file layout, so two builds agree on it exactly
    when they hold the same data. The builder stores it as ``meta.rates_sha256``.
    """
    digest = hashlib.sha256()
    cursor = connection.execute(
        "SELECT source, currency, day, value FROM rates ORDER BY source, currency, day"
    )
    for source, currency, day, value in cursor:
        digest.update(f"{source},{currency},{day},{value}\n".encode())
    return digest.hexdigest()
