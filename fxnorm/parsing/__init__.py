"""Read money in free text: :func:`parse`, :func:`extract`, :func:`extract_pairs`.

``fxnorm.parsing`` imports nothing heavy: babel's CLDR data is loaded the first
time a locale is used, and kept.
"""

from __future__ import annotations

from .model import Mention, Pair
from .reader import extract, extract_pairs, parse
from .report import format_mentions_table, mention_to_dict, pair_to_dict

__all__ = [
    "Mention",
    "Pair",
    "extract",
    "extract_pairs",
    "format_mentions_table",
    "mention_to_dict",
    "pair_to_dict",
    "parse",
]
