"""Check stated conversions in text against reference rates, on the date the text points to."""

from .checking import DEFAULT_MAX_WIDTH, DEFAULT_SLACK, check, check_pair, check_text
from .dating import BASIS_KINDS, DateBasis
from .infer import DEFAULT_WINDOW_DAYS, matching_dates
from .model import (
    VERDICTS,
    ClaimCheck,
    DateRange,
    MentionValue,
    Reading,
    Resolution,
    Restatement,
    TextReport,
)

__all__ = [
    "BASIS_KINDS",
    "DEFAULT_MAX_WIDTH",
    "DEFAULT_SLACK",
    "DEFAULT_WINDOW_DAYS",
    "VERDICTS",
    "ClaimCheck",
    "DateBasis",
    "DateRange",
    "MentionValue",
    "Reading",
    "Resolution",
    "Restatement",
    "TextReport",
    "check",
    "check_pair",
    "check_text",
    "matching_dates",
]
