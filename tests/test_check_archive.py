"""Archives of articles: ``fxnorm check --input`` and ``fxnorm.frame.check_frame``.

One row per stated conversion, with its verdict, deviation, width, reference
and date basis. The archive here is the two corpus articles (one dated, one
left to its text), the issue's won sentence and a row with an unreadable
date; every row must agree with ``fxnorm.check_text`` on the same article,
and the dated Bloomberg claim with the raw ECB rate of its day (``raw_ecb``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import fxnorm
from fxnorm.cli import main
from fxnorm.frame import CHECK_COLUMNS, check_frame

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
ARS_TEXT = (CORPUS / "alibaba-ai-spend-ars.txt").read_text(encoding="utf-8")
BBG_TEXT = (CORPUS / "alibaba-ai-spend-bloomberg.txt").read_text(encoding="utf-8")
WON_TEXT = "Samsung will invest 1 trillion won ($600 million) in the plant."
ARTICLES = [
    {"id": "ars", "body": ARS_TEXT, "published": ""},
    {"id": "bbg", "body": BBG_TEXT, "published": "2025-09-24"},
    {"id": "won", "body": WON_TEXT, "published": "2020-01-22"},
    {"id": "bad", "body": "Sales: 7.2 billion yuan ($1.0 billion).", "published": "09/10/2024"},
    {"id": "none", "body": "No figures here.", "published": "2025-01-02"},
]
EXPECTED = [("ars", "undated"), ("bbg", "consistent"), ("won", "imprecise"), ("bad", "error")]


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "body", "published"])
        writer.writeheader()
        writer.writerows(ARTICLES)


def test_csv_archive_to_csv_on_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw_ecb: dict[str, dict[str, Decimal]]
) -> None:
    source = tmp_path / "articles.csv"
    write_csv(source)
    code = main(["check", "--input", str(source), "--text-column", "body",
                 "--date-column", "published", "--id-column", "id"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0
    rows = list(csv.DictReader(captured.out.splitlines()))
    assert [(r["id"], r["verdict"]) for r in rows] == EXPECTED
    assert "checked 5 articles: 3 claims" in captured.err
    by_id = {r["id"]: r for r in rows}
    bbg = by_id["bbg"]
    assert bbg["date_basis"] == "given" and bbg["checked_on"] == "2025-09-24"
    ecb = raw_ecb["2025-09-24"]
    reference = Decimal(bbg["reference_rate"])
    assert abs(reference / (ecb["CNY"] / ecb["USD"]) - 1) < Decimal("1e-20")
    deviation = Decimal(bbg["implied_rate"]) / reference - 1
    assert abs(Decimal(bbg["deviation"]) - deviation) < Decimal("1e-20")
    assert by_id["ars"]["date_basis"] == "none" and by_id["ars"]["reference_rate"] == ""
    assert Decimal(by_id["won"]["width"]) > Decimal("0.10")
    assert by_id["won"]["exact_verdict"] == "inconsistent"
    assert "ambiguous" in by_id["bad"]["reason"]
    # The same as checking each article on its own.
    for article in ARTICLES[:3]:
        report = fxnorm.check_text(article["body"], article["published"] or None, figures=False)
        (check,) = report.checks
        row = by_id[article["id"]]
        assert (row["verdict"], row["text"]) == (check.verdict, check.pair.text)
        assert row["deviation"] == ("" if check.deviation is None else format(check.deviation, "f"))


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_jsonl_and_parquet_archives(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / f"articles.{kind}"
    if kind == "jsonl":
        source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    else:
        pd.DataFrame(ARTICLES).to_parquet(source)
    target = tmp_path / f"claims.{kind}"
    options = ["--date-column", "published", "--id-column", "id", "--output", str(target)]
    code = main(["check", "--input", str(source), "--text-column", "body", *options])
    assert code == 0 and f": {target}" in capsys.readouterr().err
    if kind == "jsonl":
        rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    else:
        rows = pd.read_parquet(target).to_dict("records")
    assert [(r["id"], r["verdict"]) for r in rows] == EXPECTED
    assert not target.with_name(target.name + ".partial").exists()


def test_archive_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "articles.csv"
    write_csv(source)
    assert main(["check", "--input", str(source), "--text-column", "text"]) == 2
    assert "has no column 'text'" in capsys.readouterr().err
    assert main(["check", "--input", str(source)]) == 2
    assert "--text-column" in capsys.readouterr().err
    assert main(["check", "--input", str(tmp_path / "missing.csv"), "--text-column", "body"]) == 2
    assert (
        main(
            [
                "check",
                "--input",
                str(source),
                "--text-column",
                "body",
                "--output",
                str(tmp_path / "x.xlsx"),
            ]
        )
        == 2
    )
    assert "unknown file type" in capsys.readouterr().err
    assert main(["check", "some text", "--text-column", "body"]) == 2
    assert "only apply with --input" in capsys.readouterr().err


def test_progress_on_standard_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    main(["check", "--input", str(source), "--text-column", "body", "--progress", "on",
          "--output", str(tmp_path / "out.csv")])  # fmt: skip
    err = capsys.readouterr().err
    assert "fxnorm check" in err and "5/5" in err.replace(" ", "")


# -- fxnorm.frame.check_frame ------------------------------------------------------------------


def test_check_frame_pandas(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    frame = pd.DataFrame(ARTICLES[:3]).set_index("id")
    # Dates as a datetime column (a missing one: NaT, dated from its text).
    frame["published"] = pd.to_datetime(frame["published"].replace("", None))
    result = check_frame(frame, text_col="body", date_col="published")
    assert tuple(result.columns) == CHECK_COLUMNS
    assert list(zip(result["row"], result["verdict"], strict=True)) == [
        ("ars", "undated"), ("bbg", "consistent"), ("won", "imprecise"),
    ]  # fmt: skip
    bbg = result.set_index("row").loc["bbg"]
    assert isinstance(bbg["deviation"], Decimal) and bbg["checked_on"] == dt.date(2025, 9, 24)
    ecb = raw_ecb["2025-09-24"]
    assert abs(bbg["reference_rate"] / (ecb["CNY"] / ecb["USD"]) - 1) < Decimal("1e-20")
    with pytest.raises(fxnorm.errors.InvalidDateError):
        check_frame(pd.DataFrame(ARTICLES[3:4]), text_col="body", date_col="published")
    kept = check_frame(
        pd.DataFrame(ARTICLES[3:4]), text_col="body", date_col="published", errors="null"
    )
    assert list(kept["verdict"]) == ["error"]
    assert check_frame(pd.DataFrame(ARTICLES).iloc[:0], text_col="body").empty


def test_check_frame_polars() -> None:
    frame = pl.DataFrame(ARTICLES[:3])
    result = check_frame(frame, text_col="body", date_col="published", id_col="id")
    assert isinstance(result, pl.DataFrame) and tuple(result.columns) == CHECK_COLUMNS
    assert result.select(["row", "verdict"]).rows() == [
        ("ars", "undated"), ("bbg", "consistent"), ("won", "imprecise"),
    ]  # fmt: skip
    assert result.schema["checked_on"] == pl.Date
    assert Decimal(result.filter(pl.col("row") == "won")["width"][0]) > Decimal("0.10")


def test_without_an_id_column_each_claim_names_its_row(tmp_path: Path) -> None:
    """An input's own "id" column is not overwritten: without --id-column the
    output says which row (from 1) each claim came from."""
    source = tmp_path / "articles.csv"
    write_csv(source)
    target = tmp_path / "claims.csv"
    code = main(["check", "--input", str(source), "--text-column", "body",
                 "--date-column", "published", "--output", str(target)])  # fmt: skip
    assert code in (0, 1)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and "id" not in rows[0]
    bodies = [a["body"] for a in ARTICLES]
    for row in rows:
        assert row["text"] in bodies[int(row["row"]) - 1]
