"""Reading the JSON data files that ship inside the package (the CLDR extract,
the merged language files): one place that says what a broken install looks like."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["read_shipped_json"]


def read_shipped_json(path: Path, what: str, fmt: int, tool: str) -> dict[str, Any]:
    """The object in ``path``, a file of ``what`` (``"CLDR extract"``) in format
    ``fmt``, written by ``tool``. A missing, unreadable or other-format file is a
    broken install, not a user error: ``RuntimeError`` naming the tool that
    rebuilds it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RuntimeError(
            f"fxnorm's {what} {path.name} is missing or unreadable ({error}); "
            f"reinstall fxnorm or run {tool}"
        ) from error
    if not isinstance(data, dict) or data.get("format") != fmt:
        found = data.get("format") if isinstance(data, dict) else None
        raise RuntimeError(
            f"fxnorm's {what} {path.name} has format {found!r}, this fxnorm reads "
            f"format {fmt}: run {tool}"
        )
    return data
