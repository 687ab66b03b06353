"""Read published rates from an SQLite file with fxnorm's schema.

The embedded dataset (``fxnorm/data/rates.sqlite``) is opened read-only and
immutable, so nothing can write to it and SQLite skips locking. The same
reader serves the persistent cache, which shares the schema. Series are
loaded on first use, one indexed query each, and kept.

A series is identified by (source, currency, market, side): most currencies
have one per source, the official mid rate; the Argentine peso has several
markets, each with a buy and a sell side. The file lists its series in a
small table (``fxnorm.data.SCHEMA``), read when the store opens; a schema 1
file (a cache written before markets existed, one table ``rates``) is read
as official mid rates throughout.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from ..errors import DataError
from .model import DEFAULT_MARKET, SourceInfo
from .series import Series

__all__ = ["RateStore", "SQLiteStore", "SeriesKey"]

_SOURCE_COLUMNS = "id, name, publisher, base, url, licence, retrieved, priority, kind, notes"

#: A series of one source: (currency, market, side).
SeriesKey = tuple[str, str, str]


class RateStore(Protocol):
    """Anything that holds published rates: the embedded dataset, the cache, a test double."""

    name: str

    def sources(self) -> dict[str, SourceInfo]:
        """Every source this store holds rates of, by id."""
        ...

    def currencies(self, source: str) -> frozenset[str]:
        """Codes quoted by ``source`` (its base excluded), in any market."""
        ...

    def keys(self, source: str) -> frozenset[SeriesKey]:
        """The (currency, market, side) of every series ``source`` has here."""
        ...

    def series(
        self, source: str, currency: str, market: str = DEFAULT_MARKET, side: str = "mid"
    ) -> Series | None:
        """The whole series, or None when the store has none."""
        ...

    def spans(self, source: str) -> dict[str, tuple[_dt.date, _dt.date]]:
        """First and last publication date of each currency of ``source`` (any market)."""
        ...

    def market_spans(self, source: str) -> dict[tuple[str, str], tuple[_dt.date, _dt.date]]:
        """First and last publication date of each (currency, market) of ``source``."""
        ...


def _ordinals(days: list[str]) -> list[int]:
    """``YYYY-MM-DD`` days as ordinals (``date.toordinal()``)."""
    return list(map(_dt.date.toordinal, map(_dt.date.fromisoformat, days)))


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
            tables = {
                name
                for (name,) in self._db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            #: Schema 1 files have one table, rates(source, currency, day, value): official, mid.
            self._v1 = "series" not in tables
            listed = self._db.execute(
                "SELECT DISTINCT source, currency, 'official', 'mid', NULL FROM rates"
                if self._v1
                else "SELECT source, currency, market, side, id FROM series"
            ).fetchall()
        except sqlite3.DatabaseError as error:
            raise DataError(f"{self.path} is not a readable fxnorm rates file: {error}") from None
        self._sources = {row[0]: SourceInfo(*row) for row in rows}
        found: dict[str, set[SeriesKey]] = {}
        #: (source, currency, market, side) -> series id (schema 2)
        self._ids: dict[tuple[str, str, str, str], int] = {}
        for source, currency, market, side, number in listed:
            found.setdefault(source, set()).add((currency, market, side))
            self._ids[(source, currency, market, side)] = number
        self._keys = {source: frozenset(k) for source, k in found.items()}
        self._frozen = {
            source: frozenset(currency for currency, _, _ in k) for source, k in found.items()
        }
        self._series: dict[tuple[str, str, str, str], Series | None] = {}

    def sources(self) -> dict[str, SourceInfo]:
        return self._sources

    def currencies(self, source: str) -> frozenset[str]:
        return self._frozen.get(source, frozenset())

    def keys(self, source: str) -> frozenset[SeriesKey]:
        return self._keys.get(source, frozenset())

    def series(
        self, source: str, currency: str, market: str = DEFAULT_MARKET, side: str = "mid"
    ) -> Series | None:
        key = (source, currency, market, side)
        if key in self._series:
            return self._series[key]
        found = None
        if key in self._ids:
            arguments: tuple[object, ...]
            if self._v1:
                where, arguments = "rates WHERE source = ? AND currency = ?", (source, currency)
            else:
                where, arguments = "points WHERE series = ?", (self._ids[key],)
            days, values = self._points(where, arguments)
            if days:
                found = Series(
                    source, currency, days, values, market=market, side=side, store=self.name
                )
        self._series[key] = found
        return found

    def _points(self, where: str, arguments: tuple[object, ...]) -> tuple[list[int], list[str]]:
        """The days (ordinals) and values of one series, oldest first.

        SQLite hands them over as two joined strings, which takes half the time
        of a row per publication and matters to the first conversion of a
        process. The strings are joined straight from the primary key's scan,
        which visits a series' days in order (a subquery with ``ORDER BY``
        would take twice as long); anything unexpected (a value with the
        separator, days out of order) is read again row by row and sorted.
        """
        days_text, values_text, count = self._db.execute(
            f"SELECT group_concat(day, ','), group_concat(value, ','), COUNT(*) FROM {where}",
            arguments,
        ).fetchone()
        if days_text is not None:
            days = days_text.split(",")
            values = values_text.split(",")
            if len(days) == len(values) == count and days == sorted(days):
                return _ordinals(days), values
        pairs = sorted(self._db.execute(f"SELECT day, value FROM {where}", arguments))
        return _ordinals([day for day, _ in pairs]), [value for _, value in pairs]

    def spans(self, source: str) -> dict[str, tuple[_dt.date, _dt.date]]:
        rows = self._db.execute(
            "SELECT currency, MIN(day), MAX(day) FROM rates WHERE source = ? GROUP BY currency",
            (source,),
        ).fetchall()
        iso = _dt.date.fromisoformat
        return {currency: (iso(first), iso(last)) for currency, first, last in rows}

    def market_spans(self, source: str) -> dict[tuple[str, str], tuple[_dt.date, _dt.date]]:
        if self._v1:
            return {(c, DEFAULT_MARKET): span for c, span in self.spans(source).items()}
        rows = self._db.execute(
            "SELECT currency, market, MIN(day), MAX(day) FROM rates WHERE source = ? "
            "GROUP BY currency, market",
            (source,),
        ).fetchall()
        iso = _dt.date.fromisoformat
        return {
            (currency, market): (iso(first), iso(last)) for currency, market, first, last in rows
        }

    def meta(self) -> dict[str, str]:
        """The dataset's ``meta`` table (schema, checksum, build date, inputs)."""
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def rows(self) -> Iterator[tuple[str, str, str, str, str, str]]:
        """Every rate row in canonical order: (source, currency, market, side, day, value)."""
        if self._v1:
            for source, currency, day, value in self._db.execute(
                "SELECT source, currency, day, value FROM rates ORDER BY source, currency, day"
            ):
                yield source, currency, DEFAULT_MARKET, "mid", day, value
            return
        yield from self._db.execute(
            "SELECT source, currency, market, side, day, value FROM rates "
            "ORDER BY source, currency, market, side, day"
        )

    def close(self) -> None:
        self._db.close()
