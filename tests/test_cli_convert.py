"""The `fxnorm convert` command: output, JSON shape, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import pytest
from _helpers import run_cli as run

from fxnorm.cli import main


def test_human_output_names_rate_date_and_publisher(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "convert", "380000000000", "CNY", "--to", "USD", "--date", "2025-09-24"
    )
    assert code == 0 and err == ""
    # 380e9 × 1.1756 / 8.3786 (ECB, 2025-09-24) = 53,317,738,046.929…
    assert out.splitlines()[0] == "380,000,000,000 CNY = 53,317,738,046.93 USD"
    assert "1 EUR = 8.3786 CNY (ecb, 2025-09-24)" in out
    assert "1 EUR = 1.1756 USD (ecb, 2025-09-24)" in out
    assert "European Central Bank" in out


@pytest.mark.parametrize(
    ("argv", "first_line"),
    [
        # 1000 × 1.1756 (ECB, 2025-09-24) = 1175.6: the cent is printed, not dropped
        (["1000", "EUR", "--to", "USD"], "1,000 EUR = 1,175.60 USD"),
        # the amount as stated, in the locale's symbols: its last zero is part of it
        # 25960.50 × 1.1756 = 30519.16380
        (["25960.50", "EUR", "--to", "USD", "--locale", "es-AR"], "25.960,50 EUR = 30.519,16 USD"),
        # read from text: "$" is ARS in es-AR; the result's rate is checked elsewhere
        (["$ 25.960,50", "--to", "USD", "--locale", "es-AR"], "25.960,50 ARS = "),
    ],
)
def test_amounts_keep_their_stated_digits(
    argv: list[str], first_line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "convert", *argv, "--date", "2025-09-24")
    line = out.splitlines()[0]
    assert code == 0 and (
        line == first_line or (first_line.endswith(" = ") and line.startswith(first_line))
    )


def test_json_shape_and_exact_strings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "convert", "25960", "ARS", "--to", "USD", "--date", "2025-03-28", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"amount", "currency", "result", "rate"}
    assert (data["amount"], data["currency"]) == ("25960", "ARS")
    rate = data["rate"]
    assert {"value", "base", "quote", "date", "requested_date", "source", "legs"} <= set(rate)
    assert (rate["source"], rate["date"], rate["method"]) == ("bcra", "2025-03-28", "inverse")
    assert rate["legs"][0]["value"] == "1072.2917"  # BCRA A3500, 2025-03-28
    result = Fraction(Decimal(data["result"]["amount"]))
    assert abs(result - Fraction(25960) / Fraction(Decimal("1072.2917"))) < Fraction(1, 10**25)


def test_weekend_date_shows_the_date_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "100", "EUR", "--to", "USD", "--date", "2025-09-21")
    assert code == 0
    assert "2025-09-19 (asked for 2025-09-21)" in out


@pytest.mark.parametrize(
    ("argv", "exit_code", "fragment"),
    [
        (["convert", "100", "XYZ", "--to", "USD", "--date", "2025-09-24"], 2, "unknown currency"),
        (["convert", "100", "EUR", "--to", "USB", "--date", "2025-09-24"], 2, "did you mean"),
        (["convert", "NaN", "EUR", "--to", "USD", "--date", "2025-09-24"], 2, ""),
        (["convert", "1e999999", "EUR", "--to", "USD", "--date", "2025-09-24"], 2, "out of range"),
        (["convert", "100", "EUR", "--to", "USD", "--date", "2025-02-30"], 2, "not a valid date"),
        (
            ["convert", "100", "EUR", "--to", "USD", "--date", "1990-01-01"],
            3,
            "ecb covers 1999-01-04..2026-10-30",
        ),
        (["convert", "100", "EUR", "--to", "USD", "--date", "2030-01-01"], 3, "2026-10-30"),
        (
            ["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--policy", "x"],
            2,
            "invalid choice",
        ),
        (
            ["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--source", "nope"],
            2,
            "unknown source",
        ),
        (["convert", "100", "EUR"], 2, "--to"),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(
    capsys: pytest.CaptureFixture[str], argv: list[str], exit_code: int, fragment: str
) -> None:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse usage errors exit from inside parse_args
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    assert code == exit_code
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and fragment in err
    assert "Traceback" not in err


def test_stale_rate_names_the_nearest_dates(capsys: pytest.CaptureFixture[str]) -> None:
    # No USD-feed snapshot between 2024-09-06 and 2024-11-01 (data/raw/README.md).
    code, _, err = run(capsys, "convert", "1", "USD", "--to", "VES", "--date", "2024-10-01")
    assert code == 3 and "2024-09-06" in err and "2024-11-01" in err


def test_console_script_and_module_entry_points() -> None:
    args = ["convert", "1", "EUR", "--to", "USD", "--date", "2025-09-24", "--json"]
    result = subprocess.run(
        [sys.executable, "-m", "fxnorm", *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["result"]["amount"] == "1.1756"
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "fxnorm",
            "convert",
            "1",
            "EUR",
            "--to",
            "QQQ",
            "--date",
            "2025-09-24",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
