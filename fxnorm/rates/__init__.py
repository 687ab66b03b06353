"""Exchange rates as of a date: RateBook and its value types."""

from .book import DEFAULT_MAX_AGE, RateBook, default_book
from .model import DEFAULT_MARKET, MARKETS, POLICIES, SIDES, Coverage, Quote, SourceInfo
from .series import Series
from .store import RateStore, SQLiteStore

__all__ = [
    "DEFAULT_MARKET",
    "DEFAULT_MAX_AGE",
    "MARKETS",
    "POLICIES",
    "SIDES",
    "Coverage",
    "Quote",
    "RateBook",
    "RateStore",
    "SQLiteStore",
    "Series",
    "SourceInfo",
    "default_book",
]
