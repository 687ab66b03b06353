#!/usr/bin/env python3
"""Print the oldest release ``pyproject.toml`` allows of each runtime dependency.

``babel>=2.12`` becomes ``babel==2.12``: a pip constraints file, with which
``.ci/run`` installs the test extras into a second venv and runs the fast
tests, so that the floors pyproject.toml declares are floors that work.

    python tools/oldest_requirements.py > oldest.txt
    pip install -e ".[test]" -c oldest.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
FLOOR = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*>=\s*([0-9][0-9A-Za-z.]*)\s*(?:,.*)?$")


def oldest(dependencies: list[str]) -> list[str]:
    """``name==floor`` for each ``name>=floor``; anything without a floor is an error."""
    pins = []
    for requirement in dependencies:
        match = FLOOR.match(requirement.split(";")[0])
        if match is None:
            raise SystemExit(f"{requirement!r} declares no floor (name>=version) to test")
        pins.append(f"{match.group(1)}=={match.group(2)}")
    return pins


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sys.stdout.write("".join(f"{pin}\n" for pin in oldest(project["dependencies"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
