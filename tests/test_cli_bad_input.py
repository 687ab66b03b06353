"""Every subcommand, fed bad arguments, answers with one line and a documented exit code.

The argument cases run the command's ``main`` in this process (fast); the
standard-input cases run the real command in a new process, so a traceback
printed at exit would be seen. All run offline with a throw-away cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _helpers import Terminal

JUNK = "\x01\x7f\ufffd\u202e\x1b[31m\udcff"  # no NUL: the OS refuses it in argv

CASES: list[tuple[list[str], int]] = [
    # convert
    (["convert"], 2),
    (["convert", "", "EUR", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "100", "", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "100", "QQQ", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "100", "EUR", "--to", "", "--date", "2025-09-24"], 2),
    (["convert", "100", "EUR", "--to", "ZZZ", "--date", "2025-09-24"], 2),
    (["convert", "NaN", "EUR", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "inf", "EUR", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "1e999999", "EUR", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "1e30", "EUR", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "-1e31", "EUR", "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2025-02-30"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "9999-01-01"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "0001-01-01"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2150-01-01"], 3),
    (["convert", "100", "EUR", "--to", "USD", "--date", "1950-01-01"], 3),
    (["convert", "100", "EUR", "--to", "USD", "--date", JUNK], 2),
    (["convert", JUNK, "--to", "USD", "--date", "2025-09-24"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--max-age", "-3"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--max-age", "x"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--locale", "xx_YY"], 2),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--locale", "es-AR"], 0),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--locale", "en_AR"], 0),
    (["convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--locale", "en_XX"], 2),
    # parse
    (["parse"], 2),
    (["parse", ""], 0),
    (["parse", JUNK], 0),
    (["parse", "$5", "--locale", "not a locale"], 2),
    (["parse", "--file", "/nonexistent"], 2),
    # check
    (["check"], 2),
    (["check", ""], 2),
    (["check", JUNK, "--date", "2025-09-24"], 2),
    (["check", "380 billion yuan ($53 billion)", "--date", "2025-02-30"], 2),
    (["check", "380 billion yuan ($53 billion)", "--date", "2150-01-01"], 0),
    (["check", "380 billion yuan ($53 billion)", "--slack", "NaN"], 2),
    (["check", "380 billion yuan ($53 billion)", "--slack", "-1"], 2),
    (["check", "380 billion yuan ($53 billion)", "--window", "x"], 2),
    # rates
    (["rates"], 2),
    (["rates", "nope"], 2),
    (["rates", "show", "QQQ", "USD", "--date", "2025-09-24"], 2),
    (["rates", "show", "EUR", "USD", "--date", "2025-02-30"], 2),
    (["rates", "history", "EUR", "USD", "--from", "garbage"], 2),
    (["rates", "history", "EUR", "QQQ", "--from", "2025-01-01", "--to", "2025-01-31"], 2),
    (["rates", "update", "--source", "nope"], 2),
    (["rates", "update", "--source", "ecb"], 4),  # FXNORM_OFFLINE=1 forbids fetching
    # top level
    ([], 2),
    (["frobnicate"], 2),
    (["--definitely-not-an-option"], 2),
]


def run(
    argv: list[str], tmp_path: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "FXNORM_OFFLINE": "1", "FXNORM_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("FXNORM_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "fxnorm", *argv],
        input=stdin,
        capture_output=True,
        check=False,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("argv", "exit_code"),
    CASES,
    ids=[" ".join(a)[:60].encode("unicode_escape").decode() or "(none)" for a, _ in CASES],
)
def test_bad_arguments(
    argv: list[str],
    exit_code: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from fxnorm.cli import main

    monkeypatch.setenv("FXNORM_OFFLINE", "1")
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FXNORM_DEBUG", raising=False)
    monkeypatch.setattr(sys, "stdin", Terminal())  # no text piped in
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's usage errors
        code = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert code == exit_code, err
    assert "Traceback" not in err
    if exit_code:
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith("fxnorm")


def test_negative_and_large_amounts_convert(tmp_path: Path) -> None:
    negative = run(["convert", "-100", "EUR", "--to", "USD", "--date", "2025-09-24"], tmp_path)
    assert negative.returncode == 0 and b"-117.56 USD" in negative.stdout  # ECB: 1.1756
    large = run(
        ["convert", "5e29", "EUR", "--to", "USD", "--date", "2025-09-24", "--json"], tmp_path
    )
    assert large.returncode == 0 and b'"587800000000000000000000000000"' in large.stdout
    # A result beyond the 1e30 limit is refused like an input beyond it.
    beyond = run(["convert", "9e29", "EUR", "--to", "USD", "--date", "2025-09-24"], tmp_path)
    assert beyond.returncode == 2 and b"out of range" in beyond.stderr


def test_piped_text_needs_no_argument(tmp_path: Path) -> None:
    result = run(["parse", "--json"], tmp_path, stdin=b"spend 380 billion yuan")
    assert result.returncode == 0 and b'"amount": "380000000000"' in result.stdout


def test_no_text_at_a_terminal_is_a_usage_error(tmp_path: Path) -> None:
    """A real terminal (a pseudo-terminal) as standard input: no waiting for typing."""
    import pty

    leader, follower = pty.openpty()
    try:
        env = {**os.environ, "FXNORM_OFFLINE": "1", "FXNORM_CACHE_DIR": str(tmp_path / "c")}
        result = subprocess.run(
            [sys.executable, "-m", "fxnorm", "parse"],
            stdin=follower,
            capture_output=True,
            check=False,
            env=env,
            timeout=60,
        )
    finally:
        os.close(leader)
        os.close(follower)
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [
        "fxnorm: error: give either TEXT or --file (or pipe the text in)"
    ]


@pytest.mark.parametrize(
    "command", [["parse", "--file", "-"], ["check", "--file", "-", "--date", "2025-09-24"]]
)
def test_binary_junk_on_stdin(command: list[str], tmp_path: Path) -> None:
    junk = bytes(range(256)) * 4096  # 1 MB of every byte value
    result = run(command, tmp_path, stdin=junk)
    assert result.returncode == 0 and b"Traceback" not in result.stderr


@pytest.mark.slow
def test_ten_megabytes_on_stdin(tmp_path: Path) -> None:
    text = ("Revenue rose to 33.40 billion yuan ($4.67 billion), up 26%. " * 170_000)[: 10 * 2**20]
    result = run(
        ["check", "--file", "-", "--date", "2025-09-24", "--format", "csv"],
        tmp_path,
        stdin=text.encode(),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.count(b"\n") > 100_000  # one CSV row per pair


def test_more_than_the_input_limit_is_refused(tmp_path: Path) -> None:
    result = run(["parse", "--file", "-"], tmp_path, stdin=b"1" * (32 * 2**20 + 1))
    assert result.returncode == 2 and b"larger than 32 MB" in result.stderr


@pytest.mark.parametrize(
    ("argv", "advice", "followed"),
    [
        (
            ["convert", "¥5 billion", "--to", "USD", "--date", "2025-09-24"],
            "give its code after the amount ('¥5 billion' CNY) or pass --locale",
            ["convert", "¥5 billion", "CNY", "--to", "USD", "--date", "2025-09-24"],
        ),
        (
            ["convert", "5 billion", "--to", "USD", "--date", "2025-09-24"],
            "give its code after the amount ('5 billion' USD, say)",
            ["convert", "5 billion", "USD", "--to", "EUR", "--date", "2025-09-24"],
        ),
    ],
)
def test_advice_on_a_currency_names_the_command_line_options(
    argv: list[str], advice: str, followed: list[str], tmp_path: Path
) -> None:
    """The library says ``default_currency=``; the command line says what to type instead."""
    result = run(argv, tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 2 and err.rstrip().endswith(advice), err
    assert "default_currency=" not in err and "locale=" not in err
    assert run(followed, tmp_path).returncode == 0  # the advice works


def test_advice_for_check_names_default_currency() -> None:
    from fxnorm.cli import _cli_message, build_parser
    from fxnorm.errors import AmbiguousCurrencyError

    args = build_parser().parse_args(["check", "x", "--date", "2025-09-24"])
    message = _cli_message(AmbiguousCurrencyError("$5", ["USD", "ARS"]), args)
    assert (
        message == "'$5' is ambiguous: it may be USD, ARS; pass --default-currency CODE or --locale"
    )
    assert _cli_message(AmbiguousCurrencyError("5", []), args).endswith(
        "pass --default-currency CODE"
    )
