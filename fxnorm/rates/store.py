"""Read published rates from an SQLite file with fxnorm's schema.

The embedded dataset (``fxnorm/data/rates.sqlite``) is opened read-only and
immutable, so nothing can write to it and SQLite skips locking. The same
reader serves the persistent cache, which shares the schema. Series are
loaded on first use, one indexed query each, and kept.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from ..errors import DataError
from .model import SourceInfo
from .series import Series

__all__ = ["RateStore", "SQLiteStore"]

_SOURCE_COLUMNS = "id, name, publisher, base, url, licence, retrieved, priority, kind, notes"


class RateStore(Protocol):
    """Anything that holds published rates: the embedded dataset, the cache, a test double."""

    name: str

    def sources(self) -> dict[str, SourceInfo]:
        """Every source this store holds rates of, by id."""
        ...

    def currencies(self, source: str) -> frozenset[str]:
        """Codes quoted by ``source`` (its base excluded)."""
        ...

    def series(self, source: str, currency: str) -> Series | None:
        """The whole series, or None when the store has none."""
        ...

    def spans(self, source: str) -> dict[str, tuple[_dt.date, _dt.date]]:
        """First and last publication date of each currency of ``source``."""
        ...


class SQLiteStore:
    """A read-only view of an SQLite rates file (the embedded dataset, or the cache)."""

    def __init__(self, path: str | Path, *, name: str = "embedded", immutable: bool = True) -> None:
        self.name = name
        self.path = Path(path)
        if not self.path.is_file():
            raise DataError(f"rates file not found: {self.path}")
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        try:
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?{flags}", uri=True, check_same_thread=False
            )
            rows = self._db.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources").fetchall()
            pairs = self._db.execute("SELECT DISTINCT source, currency FROM rates").fetchall()
        except sqlite3.DatabaseError as error:
            raise DataError(f"{self.path} is not a readable fxnorm rates file: {error}") from None
        self._sources = {row[0]: SourceInfo(*row) for row in rows}
        self._currencies: dict[str, set[str]] = {}
        for source, currency in pairs:
            self._currencies.setdefault(source, set()).add(currency)
        self._frozen = {k: frozenset(v) for k, v in self._currencies.items()}
        self._series: dict[tuple[str, str], Series | None] = {}

    def sources(self) -> dict[str, SourceInfo]:
        return self._sources

    def currencies(self, source: str) -> frozenset[str]:
        return self._frozen.get(source, frozenset())

    def series(self, source: str, currency: str) -> Series | None:
        key = (source, currency)
        if key in self._series:
            return self._series[key]
        found = None
        if currency in self._frozen.get(source, ()):
            rows = self._db.execute(
                "SELECT day, value FROM rates WHERE source = ? AND currency = ? ORDER BY day",
                key,
            ).fetchall()
            if rows:
                to_ordinal = _dt.date.fromisoformat
                found = Series(
                    source,
                    currency,
                    [to_ordinal(day).toordinal() for day, _ in rows],
                    [value for _, value in rows],
                    [self.name] * len(rows),
                )
        self._series[key] = found
        return found

    def spans(self, source: str) -> dict[str, tuple[_dt.date, _dt.date]]:
        rows = self._db.execute(
            "SELECT currency, MIN(day), MAX(day) FROM rates WHERE source = ? GROUP BY currency",
            (source,),
        ).fetchall()
        iso = _dt.date.fromisoformat
        return {currency: (iso(first), iso(last)) for currency, first, last in rows}

    def meta(self) -> dict[str, str]:
        """The dataset's ``meta`` table (schema, checksum, build date, inputs)."""
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def rows(self) -> Iterator[tuple[str, str, str, str]]:
        """Every rate row in canonical order (source, currency, day)."""
        yield from self._db.execute(
            "SELECT source, currency, day, value FROM rates ORDER BY source, currency, day"
        )

    def close(self) -> None:
        self._db.close()
