"""Run the coverage-guided fuzzer (fuzz/fuzz_parse.py) for a bounded time.

Skipped where atheris is not installed (it ships wheels for x86-64 Linux).
A crash, a leaked exception or a broken span invariant makes atheris exit
non-zero with the offending input.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("FXNORM_FUZZ_SECONDS", "20"))


@pytest.mark.slow
def test_fuzz_parser_for_a_bounded_time(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    # libFuzzer measures ru_maxrss, which Linux carries over from this (pytest)
    # process into the child: allow the fuzzer 2 GB above what we already used.
    inherited_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_parse.py"),
            f"-max_total_time={SECONDS}",
            f"-rss_limit_mb={inherited_mb + 2048}",
            "-timeout=10",
            str(tmp_path),
            str(ROOT / "fuzz" / "seeds"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=SECONDS + 120,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Done" in result.stderr
