"""Read money in free text: :func:`parse`, :func:`extract`, :func:`extract_pairs`, :func:`read`.

``fxnorm.parsing`` imports nothing heavy: the language data is read the first
time a language is needed, and kept (see :mod:`.reader` for the stages).
"""

from __future__ import annotations

from .model import Mention, Pair, Skipped, TextReading
from .reader import extract, extract_pairs, parse, read
from .report import (
    as_paired,
    format_mentions_table,
    mention_to_dict,
    pair_to_dict,
    skipped_to_dict,
)

__all__ = [
    "Mention",
    "Pair",
    "Skipped",
    "TextReading",
    "as_paired",
    "extract",
    "extract_pairs",
    "format_mentions_table",
    "mention_to_dict",
    "pair_to_dict",
    "parse",
    "read",
    "skipped_to_dict",
]
