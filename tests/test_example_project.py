"""docs/examples/outside-project runs in a fresh venv, the way another project uses fxnorm.

The venv gets this environment's packages (fxnorm as installed here, with its
``hypothesis`` entry point, Hypothesis, pytest, babel) through a ``.pth`` file,
since the tests run offline; the example is copied out of the repository, so
nothing of fxnorm's own test setup reaches it.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest
from _helpers import bare_venv

import fxnorm

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "outside-project"


def _venv(tmp_path: Path) -> Path:
    python, purelib = bare_venv(tmp_path)
    # addsitedir also runs the .pth files there (an editable install's finder).
    here = sysconfig.get_paths()["purelib"]
    (purelib / "deps.pth").write_text(f"import site; site.addsitedir({here!r})\n")
    return python


def _run(python: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "HYPOTHESIS_NO_PLUGINS", "PYTEST_ADDOPTS")
    }
    return subprocess.run(
        [str(python), *args], capture_output=True, text=True, check=False, env=env, cwd=cwd
    )


@pytest.mark.slow
def test_outside_project_passes_with_from_type_from_the_entry_point(tmp_path: Path) -> None:
    hooks = [e.value for e in importlib.metadata.entry_points(group="hypothesis")]
    assert "fxnorm._hypothesis:_hypothesis_setup_hook" in hooks, (
        "fxnorm's installed metadata has no hypothesis entry point: reinstall it (pip install -e .)"
    )
    project = tmp_path / "project"
    shutil.copytree(EXAMPLE, project)
    python = _venv(tmp_path)

    # Where fxnorm comes from, and that Hypothesis alone registers Money.
    probe = _run(
        python,
        [
            "-c",
            "import sys, hypothesis.strategies as st, fxnorm\n"
            "from fxnorm import Money\n"
            "assert 'fxnorm.strategies' not in sys.modules\n"
            "print(fxnorm.__file__)\n"
            "print(st.from_type(Money).example().__class__.__name__)\n",
        ],
        project,
    )
    assert probe.returncode == 0, probe.stderr
    location, kind = probe.stdout.split()
    assert Path(location) == Path(fxnorm.__file__) and kind == "Money"  # this very install

    # The from_type module alone: it never imports fxnorm.strategies.
    alone = _run(
        python, ["-m", "pytest", "-p", "no:cacheprovider", "-q", "tests/test_any_money.py"], project
    )
    assert alone.returncode == 0, alone.stdout[-3000:] + alone.stderr[-2000:]
    assert "2 passed" in alone.stdout

    whole = _run(python, ["-m", "pytest", "-p", "no:cacheprovider", "-q"], project)
    assert whole.returncode == 0, whole.stdout[-3000:] + whole.stderr[-2000:]
    assert "5 passed" in whole.stdout
