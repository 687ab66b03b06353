"""`fxnorm check`: exit codes and one-line errors (the corpus runs are in test_claims_corpus)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from _helpers import Terminal
from _helpers import run_cli as run


def test_consistent_claim_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    # ECB 2025-09-24: 8.3786 CNY and 1.1756 USD per EUR → 7.127 CNY per USD; 380/53 = 7.170.
    code, out, _ = run(
        capsys, "check", "more than 380 billion yuan ($53 billion)", "--date", "2025-09-24"
    )
    assert code == 0 and "CONSISTENT" in out and "European Central Bank" in out


def test_inconsistent_claim_exits_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "check", "380 billion yuan ($52.44 billion)", "--date", "2025-09-24", "--infer-date"
    )
    assert code == 1 and "INCONSISTENT" in out and "exact on" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["check", "no money here at all", "--date", "2025-09-24"], "no stated conversion"),
        (
            # two figures in two currencies, no equivalence stated: the error names them
            ["check", "Sales were 5 billion pesos; costs were $2 billion.", "--date", "2025-09-24"],
            "(read 2 figure(s) of money ('5 billion pesos', '$2 billion'))",
        ),
        (["check", "--date", "2025-09-24"], "either TEXT or --file"),
        (["check", "380 billion yuan ($53 billion)", "--date", "2025-13-01"], "not a valid date"),
        (["check", "380 billion yuan ($53 billion)", "--slack", "abc"], "slack"),
        (["check", "--file", "/nonexistent/article.txt"], "cannot read"),
        (["check", "x", "--format", "pdf"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_exit_two(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    fragment: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal())
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and fragment in err and "Traceback" not in err


def test_binary_junk_file_is_read_without_crashing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 64)
    code, out, err = run(capsys, "check", "--file", str(junk), "--date", "2025-09-24")
    assert code == 0 and "0 checked" in out and err == ""


def test_piped_text_is_checked_as_a_document(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``cat article.txt | fxnorm check`` reports like ``--file``: every pair, the
    other figures and the summary line."""
    article = (
        Path(__file__).parent / "data" / "corpus" / "alibaba-ai-spend-bloomberg.txt"
    ).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(article)))
    code, out, _ = run(capsys, "check", "--date", "2025-09-24", "--to", "USD")
    assert code == 0
    assert out.rstrip().endswith(
        "1 checked: 1 consistent, 0 inconsistent, 0 imprecise, 0 undated, 0 unverifiable, "
        "0 ambiguous"
    )
    assert "$32 billion" in out  # another figure of the article, converted
