"""Check stated conversions in text against reference rates, and infer their dates."""

from .checking import APPROXIMATE_WIDENING, DEFAULT_SLACK, check, check_pair, check_text
from .infer import DEFAULT_WINDOW_DAYS, matching_dates
from .model import VERDICTS, ClaimCheck, DateRange, MentionValue, Reading, TextReport

__all__ = [
    "APPROXIMATE_WIDENING",
    "DEFAULT_SLACK",
    "DEFAULT_WINDOW_DAYS",
    "VERDICTS",
    "ClaimCheck",
    "DateRange",
    "MentionValue",
    "Reading",
    "TextReport",
    "check",
    "check_pair",
    "check_text",
    "matching_dates",
]
