"""Coverage-guided fuzzing of the text parser with atheris.

Run for a bounded time (the test suite runs it for 20 s, tests/test_fuzz.py)::

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=60 /tmp/fxnorm-corpus fuzz/seeds

The first directory receives the inputs the fuzzer finds; ``fuzz/seeds`` holds
the committed starting inputs (first byte: locale index). It feeds arbitrary
Unicode (decoded leniently from the fuzzer's bytes) and locales to the checks
of ``harness.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["fxnorm"]):  # not babel: its tables blow up memory
    from harness import LOCALES, check


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    locale = LOCALES[provider.ConsumeIntInRange(0, len(LOCALES) - 1)]
    check(provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes()), locale)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
