"""Exchange rates as of a date: RateBook and its value types."""

from .book import DEFAULT_MAX_AGE, RateBook, default_book
from .model import POLICIES, Coverage, Quote, SourceInfo
from .series import Series
from .store import RateStore, SQLiteStore

__all__ = [
    "DEFAULT_MAX_AGE",
    "POLICIES",
    "Coverage",
    "Quote",
    "RateBook",
    "RateStore",
    "SQLiteStore",
    "Series",
    "SourceInfo",
    "default_book",
]
