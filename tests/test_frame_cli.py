"""``fxnorm convert --input … --output …``: a file converted row by row, as the per-row API.

Expected values come from the per-row API (``fxnorm.convert`` and
``RateBook.quote``, tested against the raw publisher files elsewhere); the
command runs in-process through ``fxnorm.cli.main``.
"""

from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow  # noqa: F401  (a test dependency: missing is an error)
import pytest

import fxnorm
from fxnorm.cli import main

BOOK = fxnorm.RateBook.default()

ROWS = """id,amount,ccy,date,note
1,100,EUR,2025-09-24,plain
2,25960.50,ARS,2025-04-03,after the BCRA's last rate
3,1.5,jpy,2025-09-21,a Sunday
4,,USD,2025-01-01,NA
5,380e9,CNY,2025-09-24,"quoted, with a comma"
6,007,GBP,2024-02-29,leading zeros kept
"""

OPTIONS = ["--amount-col", "amount", "--currency-col", "ccy", "--date-col", "date"]


def quote(currency: str, to: str, day: str) -> Any:
    offline: dict[str, Any] = {"online": False} if hasattr(BOOK, "online") else {}
    return BOOK.quote(currency, to, day, **offline)


def run(tmp_path: Path, *extra: str, rows: str = ROWS, name: str = "rows.csv") -> tuple[int, Path]:
    source = tmp_path / name
    if name.endswith(".csv"):
        source.write_text(rows, encoding="utf-8")
    return main(["convert", "--input", str(source), *OPTIONS, "--to", "USD", *extra]), source


def test_csv_to_csv_float(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    code, _ = run(tmp_path, "--output", str(out))
    assert code == 0
    assert capsys.readouterr().out == f"converted 6 rows to USD: {out}\n"
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    source = list(csv.DictReader(io.StringIO(ROWS)))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    for row, original in zip(rows, source, strict=True):  # other columns copied as written
        assert {k: row[k] for k in original} == original
    assert list(rows[0])[5:] == [
        "amount_usd",
        "amount_usd_rate",
        "amount_usd_rate_date",
        "amount_usd_source",
    ]
    for row in rows:
        q = quote(row["ccy"], "USD", row["date"])
        assert float(row["amount_usd_rate"]) == pytest.approx(float(q.value), rel=1e-15)
        assert row["amount_usd_rate_date"] == q.date.isoformat()
        assert row["amount_usd_source"] == q.source
        if row["amount"]:
            want = float(Decimal(row["amount"]) * q.value)
            assert float(row["amount_usd"]) == pytest.approx(want, rel=1e-15)
        else:
            assert row["amount_usd"] == ""
    assert rows[2]["amount_usd_rate_date"] == "2025-09-19"  # Friday's rate for the Sunday
    assert not (tmp_path / "out.csv.partial").exists()


def test_csv_to_parquet_decimal_is_exact(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    code, _ = run(tmp_path, "--output", str(out), "--decimal")
    assert code == 0
    frame = pd.read_parquet(out)
    assert list(frame["id"]) == ["1", "2", "3", "4", "5", "6"]
    for _, row in frame.iterrows():
        conversion = None
        if row["amount"]:
            money = fxnorm.Money(row["amount"], row["ccy"])
            conversion = fxnorm.convert(money, "USD", row["date"], book=BOOK)
        q = quote(row["ccy"], "USD", row["date"])
        assert row["amount_usd_rate"] == format(q.value, "f")  # exact text
        assert row["amount_usd_rate_date"] == q.date
        if conversion is None:
            assert pd.isna(row["amount_usd"])
        else:
            assert row["amount_usd"] == format(conversion.result.amount, "f")
    assert "E" not in frame.loc[4, "amount_usd"]  # 380e9 CNY: fixed-point text, no exponent


def test_parquet_input_and_csv_output(tmp_path: Path) -> None:
    first = tmp_path / "first.parquet"
    assert run(tmp_path, "--output", str(first))[0] == 0
    out = tmp_path / "again.csv"
    code = main(["convert", "--input", str(first), *OPTIONS, "--to", "EUR", "--output", str(out)])
    assert code == 0
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert "amount_usd" in frame.columns and "amount_eur" in frame.columns
    q = quote("ARS", "EUR", "2025-04-03")
    assert float(frame.loc[1, "amount_eur"]) == pytest.approx(25960.50 * float(q.value))
    assert frame.loc[1, "amount_eur_source"] == q.source


def test_a_row_without_a_rate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = "amount,ccy,date\n1,EUR,2025-09-24\n2,VEF,2025-09-24\n3,ISK,2010-06-01\n"
    out = tmp_path / "out.csv"
    code, _ = run(tmp_path, "--output", str(out), rows=rows)
    assert code == 3
    err = capsys.readouterr().err
    assert err.startswith("fxnorm: error: row 1 (line 3 of rows.csv): no rate for VEF/USD")
    assert err.count("\n") == 1
    assert not out.exists() and not (tmp_path / "out.csv.partial").exists()

    code, _ = run(tmp_path, "--output", str(out), "--errors", "null", rows=rows)
    assert code == 0
    assert capsys.readouterr().out.startswith("converted 3 rows to USD (2 without a rate)")
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame["amount_usd"] == "") == [False, True, True]
    assert frame.loc[1, "amount_usd_error"].startswith("no rate for VEF/USD")
    assert frame.loc[2, "amount_usd_error"].startswith("ecb has no ISK rate for 2010-06-01")
    assert frame.loc[0, "amount_usd_error"] == ""


@pytest.mark.parametrize(
    ("argv", "message", "code"),
    [
        (["convert", "--to", "USD"], "give an AMOUNT to convert, or --input FILE", 2),
        (["convert", "1", "EUR", "--to", "USD", "--output", "x.csv"], "--output only apply", 2),
        (["convert", "--input", "rows.csv", "--to", "USD"], "--input also needs --output", 2),
    ],
)
def test_usage_errors(
    argv: list[str], message: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == code
    assert message in capsys.readouterr().err


def test_file_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "out.csv")
    assert run(tmp_path, "--output", str(tmp_path / "out.xlsx"))[0] == 2
    assert "unknown file type" in capsys.readouterr().err
    assert main(["convert", "--input", str(tmp_path / "none.csv"), *OPTIONS, "--to", "USD",
                 "--output", out]) == 2  # fmt: skip
    assert "no such input file" in capsys.readouterr().err
    assert run(tmp_path, "--output", out, rows="amount,currency,date\n1,EUR,2025-09-24\n")[0] == 2
    assert "has no column 'ccy'; its columns are: amount, currency, date" in capsys.readouterr().err
    assert (
        run(
            tmp_path, "--output", out, rows="amount,ccy,date\n1,EUR,2025-09-24\nx,EUR,2025-09-24\n"
        )[0]
        == 2
    )
    assert "row 1 (line 3 of rows.csv): amount 'x' is not a number" in capsys.readouterr().err
    assert run(tmp_path, "--output", out, rows="amount,ccy,date\n1,EUR,someday\n")[0] == 2
    assert "row 0 (line 2 of rows.csv): 'someday'" in capsys.readouterr().err


def test_missing_pandas_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert run(tmp_path, "--output", str(tmp_path / "o.csv"))[0] == 2
    assert 'pip install "fxnorm[pandas]"' in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("with_tqdm", [True, False])
def test_progress_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_tqdm: bool
) -> None:
    from fxnorm.cli import batch

    if not with_tqdm:
        monkeypatch.setitem(sys.modules, "tqdm", None)
    else:
        import tqdm  # noqa: F401
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 2)
    rows = "amount,ccy,date\n" + "1,EUR,2025-09-24\n" * 5
    assert run(tmp_path, "--output", str(tmp_path / "o.csv"), rows=rows)[0] == 0
    shown = terminal.getvalue()
    if with_tqdm:
        assert "fxnorm convert" in shown and "100%" in shown and "5/5" in shown
    else:
        assert shown.split("\r")[1:] == [
            "fxnorm convert: 2 / 5 rows",
            "fxnorm convert: 4 / 5 rows",
            "fxnorm convert: 5 / 5 rows\n",
        ]
    assert len(pd.read_csv(tmp_path / "o.csv")) == 5


def test_no_progress_when_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, "--output", str(tmp_path / "o.csv"))[0] == 0
    assert capsys.readouterr().err == ""


def test_a_file_converted_at_another_market(tmp_path: Path) -> None:
    """--rate and --side reach every row, as RateBook.quote(..., rate=, side=) answers it."""
    out = tmp_path / "blue.csv"
    options = ("--rate", "blue", "--side", "buy", "--decimal", "--errors", "null")
    code, _ = run(tmp_path, "--output", str(out), *options)
    assert code == 0
    rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    blue = BOOK.quote("ARS", "USD", "2025-04-03", rate="blue", side="buy", online=False)
    assert rows["2"]["amount_usd_rate"] == str(blue.value)
    assert rows["2"]["amount_usd_source"] == "argentinadatos"
    expected = fxnorm.convert(
        fxnorm.Money("25960.50", "ARS"), "USD", "2025-04-03", rate="blue", side="buy"
    )
    assert Decimal(rows["2"]["amount_usd"]) == expected.result.amount
    # A pair with no blue rate at all has none in bulk either, as RateBook says.
    with pytest.raises(fxnorm.errors.RateNotFoundError) as caught:
        BOOK.quote("EUR", "USD", "2025-09-24", rate="blue")
    assert rows["1"]["amount_usd_rate"] == "" and rows["1"]["amount_usd_error"] == str(caught.value)
