"""`fxnorm parse` and `fxnorm convert` with an expression: the parser behind the command."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from _helpers import Terminal
from _helpers import run_cli as run

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_json_has_mentions_and_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Alibaba will spend more than 380 billion yuan ($53 billion)"
    code, out, _ = run(capsys, "parse", text, "--json")
    data = json.loads(out)
    assert code == 0
    assert [(m["amount"], m["currency"]) for m in data["mentions"]] == [
        ("380000000000", "CNY"),
        ("53000000000", "USD"),
    ]
    (pair,) = data["pairs"]
    assert pair["source"]["qualifier"] == "more_than"
    start, end = pair["stated"]["span"]
    assert text[start:end] == "$53 billion"


def test_file_table_lists_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--file", str(CORPUS / "alibaba-ai-spend-bloomberg.txt"))
    assert code == 0
    for figure in (
        "$50 billion",
        "$4 trillion",
        "380 billion yuan",
        "$53 billion",
        "$32 billion",
        "$13 billion",
    ):
        assert figure in out
    assert "pair: 380 billion yuan = $53 billion" in out


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("costs €1.234,56".encode())))
    code, out, _ = run(capsys, "parse", "--file", "-", "--locale", "de", "--json")
    assert code == 0 and json.loads(out)["mentions"][0]["amount"] == "1234.56"


def test_piped_text_needs_no_argument(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("costs €1.234,56".encode())))
    code, out, _ = run(capsys, "parse", "--locale", "de", "--json")
    assert code == 0 and json.loads(out)["mentions"][0]["amount"] == "1234.56"


def test_text_and_file_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", "$5", "--file", "-")
    assert code == 2 and out == "" and "not both" in err


def test_locale_decides_the_dollar_sign(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "$ 25.960,50", "--locale", "es_AR", "--json")
    mention = json.loads(out)["mentions"][0]
    assert code == 0 and (mention["amount"], mention["currency"]) == ("25960.50", "ARS")


def test_convert_reads_an_expression(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "convert", "380 billion yuan", "--to", "USD", "--date", "2025-09-24", "--json"
    )
    assert code == 0 and json.loads(out)["amount"] == "380000000000"
    code, out, _ = run(
        capsys,
        "convert",
        "3800亿元",
        "--to",
        "USD",
        "--date",
        "2025-09-24",
        "--locale",
        "zh",
        "--json",
    )
    assert code == 0 and json.loads(out)["currency"] == "CNY"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["parse"], "either TEXT or --file"),
        (["convert", "Rs 1,200 crore", "--to", "USD", "--date", "2025-09-24"], "ambiguous"),
        (["convert", "no figure", "--to", "USD", "--date", "2025-09-24"], ""),
    ],
)
def test_errors(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    fragment: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal())
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and fragment in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "text",
    # the docs' example of a linking verb (docs/api.md), in English and in Spanish
    ["In 2009, 20 pesos was about $5.", "En 2009, 20 pesos era alrededor de $5."],
)
def test_table_and_pair_tell_one_story(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """Alone, '$5' under es_AR is the locale's peso; as the stated equivalent of 20
    pesos it is read again without the peso. The table, the JSON mentions and the
    pair all list the pair's reading, and say why (resolved_by "pair", a note)."""
    from fxnorm.parsing import extract

    code, out, _ = run(capsys, "parse", text, "--locale", "es_AR", "--json")
    data = json.loads(out)
    (pair,) = data["pairs"]
    stated = pair["stated"]
    listed = [m for m in data["mentions"] if m["span"] == stated["span"]]
    assert code == 0 and listed == [stated]
    assert (stated["currency"], stated["resolved_by"]) == ("USD", "pair")
    assert pair["source"]["currency"] == "ARS"
    assert any("alone it reads as ARS" in note for note in stated["notes"])
    code, out, _ = run(capsys, "parse", text, "--locale", "es_AR")
    row = next(line for line in out.splitlines() if line.split()[1:2] == ["$5"])
    assert code == 0 and row.split()[3:5] == ["USD", "pair"]
    # extract() keeps its contract: each figure as read alone, the pairs aside
    assert [m.currency for m in extract(text, locale="es_AR")] == ["ARS", "ARS"]
