"""Rewrite the output under every ``$ fxnorm …`` line of README.md and docs/*.md.

The test suite (tests/test_docs.py) runs those commands and compares their
output exactly; after a deliberate change of output, run

    python tools/refresh_doc_examples.py

review the diff, and commit it with the change.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(```console\n)(.*?)(```)", re.S)


def run(command: str) -> str:
    argv = shlex.split(command)
    env = {**os.environ, "FXNORM_OFFLINE": "1", "COLUMNS": "100"}
    result = subprocess.run(
        [sys.executable, "-m", "fxnorm", *argv[1:]],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
    )
    return (result.stdout + result.stderr).rstrip("\n")


def refresh_block(body: str) -> str:
    lines = body.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        index += 1
        if line.startswith("$ fxnorm "):
            while index < len(lines) and not lines[index].startswith("$ "):
                index += 1  # drop the old output
            out.extend(run(line[2:]).splitlines())
    return "\n".join(out) + "\n"


def main() -> None:
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        new = BLOCK.sub(lambda m: m.group(1) + refresh_block(m.group(2)) + m.group(3), text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"updated {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
