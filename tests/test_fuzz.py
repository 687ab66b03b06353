"""Fuzz the parser for a bounded time, and check that the fuzzing really ran.

Where atheris has a wheel (x86-64 Linux, which CI is), the coverage-guided
fuzzer ``fuzz/fuzz_parse.py`` runs; elsewhere the same checks
(``fuzz/harness.py``) run over seeded random texts. Either way the test
asserts how many inputs ran and that none broke a promise: a crash, a leaked
exception or a broken span invariant fails it with the offending input.
"""

from __future__ import annotations

import importlib.util
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("FXNORM_FUZZ_SECONDS", "20"))

#: Fewer inputs than this in the time allowed means the fuzzer did not really run.
MINIMUM_RUNS = 500

sys.path.insert(0, str(ROOT / "fuzz"))
from harness import LOCALES, check  # noqa: E402


def _run_atheris(tmp_path: Path) -> int:
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
    done = re.search(r"Done (\d+) runs in", result.stderr)
    assert done is not None, result.stderr[-4000:]
    return int(done.group(1))


#: What the fallback's inputs are made of: digits, separators, currency signs
#: and words, CJK numerals and magnitude marks, range and pair marks.
PIECES = [
    *"0123456789.,'  ",
    "$",
    "€",
    "¥",
    "元",
    "亿",
    "万",
    "억",
    "원",
    "R$",
    "US$",
    "Rs",
    " million",
    " billion",
    " mil millones",
    " crore",
    " lakh",
    " yuan",
    " pesos",
    " (",
    ")",
    "-",
    "–",
    " to ",
    " about ",
    "more than ",
    "bn",
    "k",
    "M",
]


def _run_random(seed: int = 20261204) -> int:
    """The harness over random texts of PIECES and arbitrary characters until
    the time is up (a seeded generator: a failure names its input)."""
    rng = random.Random(seed)
    runs = 0
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        parts = []
        for _ in range(rng.randrange(1, 40)):
            if rng.random() < 0.8:
                parts.append(rng.choice(PIECES))
            else:
                parts.append(
                    chr(rng.choice([rng.randrange(32, 0x250), rng.randrange(0x3000, 0xAC00)]))
                )
        check("".join(parts), rng.choice(LOCALES))
        runs += 1
    return runs


@pytest.mark.slow
def test_fuzz_the_parser_for_a_bounded_time(tmp_path: Path) -> None:
    if importlib.util.find_spec("atheris") is not None:
        runs = _run_atheris(tmp_path)
    else:
        runs = _run_random()
    assert runs >= MINIMUM_RUNS, f"only {runs} inputs in {SECONDS} s"


def test_the_checks_catch_a_broken_promise(monkeypatch: pytest.MonkeyPatch) -> None:
    """The harness is not vacuous: a figure whose span is not its text fails it."""
    from decimal import Decimal
    from types import SimpleNamespace

    import harness

    check("$5 million", "en")  # the real parser keeps its promises
    wrong = SimpleNamespace(span=(1, 3), text="$5", amount=Decimal(5))
    monkeypatch.setattr(harness, "extract", lambda text, locale=None: [wrong])
    with pytest.raises(AssertionError):
        check("$5 million", "en")
