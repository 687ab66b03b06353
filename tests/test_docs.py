"""The examples in README.md and docs/ run as tests, and the docs build cleanly.

- ``>>>`` examples in Markdown files run through doctest;
- ``$ fxnorm …`` lines in ```console blocks run through the real command, and
  the lines under them must be exactly what it prints (stdout, then stderr);
- Sphinx builds docs/ with warnings as errors.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])

_CONSOLE_BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def console_examples(path: Path) -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ fxnorm`` line of a file's console blocks."""
    examples: list[tuple[str, str]] = []
    for block in _CONSOLE_BLOCK.findall(path.read_text(encoding="utf-8")):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    examples.append((command, "\n".join(output)))
                command, output = line[2:], []
            elif command is not None:
                output.append(line)
        if command is not None:
            examples.append((command, "\n".join(output)))
    return [(c, o) for c, o in examples if c.startswith("fxnorm ")]


_PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_python_examples(path: Path) -> None:
    """Every ```python block of a file, in order, as one doctest (names carry over)."""
    blocks = _PYTHON_BLOCK.findall(path.read_text(encoding="utf-8"))
    source = "\n".join(blocks)
    test = doctest.DocTestParser().get_doctest(source, {}, path.name, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


CONSOLE = [
    (path, command, expected) for path in DOCS for command, expected in console_examples(path)
]


def test_docs_have_console_examples() -> None:
    assert len(CONSOLE) >= 3


@pytest.mark.parametrize(
    ("path", "command", "expected"), CONSOLE, ids=[f"{p.name}:{c[:50]}" for p, c, _ in CONSOLE]
)
def test_console_examples(path: Path, command: str, expected: str) -> None:
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
    printed = (result.stdout + result.stderr).rstrip("\n")
    assert printed == expected.rstrip("\n"), f"{path.name}: {command}"


@pytest.mark.slow
def test_sphinx_builds_without_warnings(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(ROOT / "docs"),
            str(tmp_path / "html"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]


_DOUBLE_QUOTED_DOLLAR = re.compile(r'"[^"\n]*\$[^"\n]*"')
_SHELL_BLOCK = re.compile(r"```(?:console|sh|bash)\n(.*?)```", re.S)


def _command_lines(text: str) -> list[str]:
    lines = []
    for block in _SHELL_BLOCK.findall(text):
        for line in block.splitlines():
            line = line.removeprefix("$ ").strip()
            if line.startswith("fxnorm "):
                lines.append(line)
    return lines


def test_commands_with_a_dollar_are_single_quoted(capsys: pytest.CaptureFixture[str]) -> None:
    """Pasted into bash, "… ($53 billion)" loses "$5" (an empty variable) and the claim
    with it: every example command, in the docs and in --help, quotes $ with '…'."""
    from fxnorm.cli import main

    found = [line for path in DOCS for line in _command_lines(path.read_text(encoding="utf-8"))]
    assert any("$" in line for line in found)
    for command in ("convert", "parse", "check", "rates"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        help_text = capsys.readouterr().out
        found += [line.strip() for line in help_text.splitlines()
                  if line.strip().startswith("fxnorm ")]  # fmt: skip
    assert any("'" in line and "$" in line for line in found)
    assert [line for line in found if _DOUBLE_QUOTED_DOLLAR.search(line)] == []
