"""The words claim checking reads besides the parser's (``claims.json``).

Written by ``tools/build_lexicon.py`` from the ``[claims]`` sections of
``data/languages/<language>.toml``: ``below`` are words the parser reads as
``approximate`` that put the amount below the figure (``almost``, ``nearly``,
``knapp``, ``casi``), so that a claim check widens that figure on its lower
side only.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .._shipped import read_shipped_json

__all__ = ["is_below"]

_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "claims.json"
_FORMAT = 1


@lru_cache(maxsize=1)
def _below() -> frozenset[str]:
    data = read_shipped_json(_FILE, "language data", _FORMAT, "tools/build_lexicon.py")
    return frozenset(word for entry in data["languages"].values() for word in entry["below"])


def is_below(qualifier_text: str | None) -> bool:
    """Whether an approximate qualifier, as written, puts the amount below the figure
    (``almost $53 billion``: a little less than 53 billion, never more)."""
    if not qualifier_text:
        return False
    return " ".join(qualifier_text.replace("\u0130", "i").lower().split()) in _below()
