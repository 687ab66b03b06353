"""Small helpers shared by several test modules."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from fxnorm.cli import main


class Terminal(io.StringIO):
    """Standard input at an interactive terminal, with nothing typed: commands that
    read piped text must not wait on it."""

    def isatty(self) -> bool:
        return True


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``fxnorm ARGV`` in this process: (exit code, stdout, stderr).

    argparse's usage errors exit from inside ``parse_args``; their code counts
    like any other.
    """
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def bare_venv(tmp_path: Path) -> tuple[Path, Path]:
    """A new venv without pip: (its python, its site-packages folder).

    Tests run offline, so callers add what the venv needs themselves (a wheel
    unpacked into site-packages, or a .pth pointing at this environment).
    """
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return python, Path(purelib)
