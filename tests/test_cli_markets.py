"""The peso's markets at the command line: convert --rate/--side, rates show/history/sources,
check naming the writer's rate.

Expected figures are the published quotes of ArgentinaDatos (read here from
its raw files with json), the BCRA's A3500 (the BCRA's workbook and the
Datos Argentina series) and the Fed's H.10 file; the two claims are the
issue's examples of 2023-06-01, when the blue dollar was twice the official.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _helpers import run_cli

from fxnorm.rates.book import default_book

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("FXNORM_OFFLINE", "1")
    default_book.cache_clear()
    yield
    default_book.cache_clear()


def published(casa: str, day: str) -> tuple[str, str]:
    path = RAW / "ars" / "argentinadatos" / f"{casa}.json"
    records = json.loads(path.read_text(encoding="utf-8"), parse_float=str, parse_int=str)
    (record,) = [r for r in records if r["fecha"] == day]
    return record["compra"], record["venta"]


def test_convert_at_the_blue_rate(capsys: pytest.CaptureFixture[str]) -> None:
    buy, sell = published("blue", "2023-06-01")
    code, out, err = run_cli(
        capsys, "convert", "1000", "USD", "--to", "ARS", "--date", "2023-06-01", "--rate", "blue"
    )
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"1,000 USD = {int(sell) * 1000:,}.00 ARS"
    assert lines[1] == f"  rate    1 USD = {sell} ARS (argentinadatos, 2023-06-01, blue rate, sell)"
    assert lines[3].startswith(
        "  market  blue, selling price; other rates of ARS: official, retail"
    )
    code, out, _ = run_cli(
        capsys, "convert", "1000", "USD", "--to", "ARS", "--date", "2023-06-01",
        "--rate", "blue", "--side", "buy", "--json",
    )  # fmt: skip
    rate = json.loads(out)["rate"]
    assert (rate["value"], rate["market"], rate["side"]) == (buy, "blue", "buy")


def test_convert_says_the_official_rate_is_the_default(
    capsys: pytest.CaptureFixture[str], raw_a3500: dict[str, object]
) -> None:
    code, out, _ = run_cli(capsys, "convert", "1000", "USD", "--to", "ARS", "--date", "2021-06-01")
    assert code == 0
    assert f"= {raw_a3500['2021-06-01']} ARS (bcra, 2021-06-01)" in out
    assert "  market  official (the default), one published figure; other rates of ARS" in out


def test_convert_of_a_currency_with_one_market_is_unchanged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(capsys, "convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24")
    assert code == 0 and "market" not in out
    code, out, _ = run_cli(
        capsys, "convert", "100", "EUR", "--to", "USD", "--date", "2025-09-24", "--json"
    )
    rate = json.loads(out)["rate"]
    assert (rate["market"], rate["side"]) == ("official", "mid")


def test_convert_in_the_convertibility_years(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "convert", "100", "ARS", "--to", "USD", "--date", "1995-06-01")
    assert code == 0 and out.startswith("100 ARS = 100.00 USD\n")
    assert "(convertibility, 1991-04-01)" in out


@pytest.mark.parametrize(
    ("argv", "exit_code", "message"),
    [
        (["--rate", "dollar"], 2, "unknown rate 'dollar'; choose one of official, retail, blue"),
        (["--side", "mid"], 2, "argument --side: invalid choice: 'mid'"),
        (["--date", "2015-06-01", "--rate", "mep"], 3, "no mep USD/ARS rate for 2015-06-01"),
        (["--date", "2002-02-01"], 3, "convertibility covers 1991-04-01..2002-01-06"),
        (["--rate", "card", "--side", "buy"], 3, "as sell prices only, not buy"),
    ],
)
def test_bad_rate_options_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], exit_code: int, message: str
) -> None:
    day = [] if "--date" in argv else ["--date", "2023-06-01"]
    code, out, err = run_cli(capsys, "convert", "1000", "USD", "--to", "ARS", *day, *argv)
    assert code == exit_code and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_rates_show_lists_every_market(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "rates", "show", "USD", "ARS", "--date", "2023-06-01")
    assert code == 0
    buy, sell = published("blue", "2023-06-01")
    assert f"    blue       buy {buy}  sell {sell}  (argentinadatos, 2023-06-01)" in out
    assert "    card       sell " in out  # a price you pay only
    code, out, _ = run_cli(
        capsys, "rates", "show", "USD", "ARS", "--date", "2023-06-01", "--rate", "mep", "--json"
    )
    payload = json.loads(out)
    assert payload["rate"] == "mep" and payload["best"]["market"] == "mep"
    assert list(payload["markets"])[:3] == ["official", "retail", "blue"]
    assert [q["side"] for q in payload["markets"]["blue"]] == ["buy", "sell"]


def test_rates_show_puts_the_two_yuan_references_side_by_side(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with (RAW / "fred" / "DEXCHUS-to-2025-09-26.csv").open() as handle:
        fred = {r["date"]: r["value"] for r in csv.DictReader(handle)}
    code, out, _ = run_cli(capsys, "rates", "show", "CNY", "USD", "--date", "2025-09-24")
    assert code == 0
    assert "  ecb  " in out and "markets" not in out
    assert f"legs: 1 USD = {fred['2025-09-24']} CNY (fed 2025-09-24, embedded)" in out


def test_rates_history_of_every_market(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys, "rates", "history", "USD", "ARS", "--from", "2023-06-01", "--to", "2023-06-02",
        "--rate", "all", "--csv",
    )  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "date", "base", "quote", "value", "source", "method", "origin", "market", "side",
    ]  # fmt: skip
    blue = {r["date"]: r["value"] for r in rows if r["market"] == "blue"}
    assert blue == {d: published("blue", d)[1] for d in ("2023-06-01", "2023-06-02")}
    assert {r["market"] for r in rows} == {
        "official", "retail", "blue", "mep", "ccl", "crypto", "card", "solidario",
    }  # fmt: skip


def test_rates_sources_lists_the_markets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "rates", "sources")
    assert code == 0
    assert "  markets    ARS: official 2011-01-03..2026-02-20, retail 2011-01-03.." in out
    code, out, _ = run_cli(capsys, "rates", "sources", "--json")
    sources = {entry["source"]: entry for entry in json.loads(out)["sources"]}
    assert sources["ecb"]["markets"] == {}
    assert sources["argentinadatos"]["markets"]["ARS"]["mep"][0] == "2018-10-29"
    assert sources["convertibility"]["last"] == "2002-01-06"


def test_check_names_the_blue_rate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys, "check", "49.000 pesos (unos US$100)", "--date", "2023-06-01", "--locale", "es_AR"
    )
    assert code == 0
    assert "  verdict     CONSISTENT" in out
    assert "  rate        blue: consistent with the blue rate (buy 485, sell 490)" in out
    assert "the official rate was 240.0667" in out


def test_check_names_the_official_rate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys, "check", "24.000 pesos (unos US$100)", "--date", "2023-06-01", "--locale", "es_AR",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    (check,) = json.loads(out)["checks"]
    assert (check["verdict"], check["market"]) == ("consistent", "official")
    assert check["reference"]["source"] == "bcra" and check["reference"]["value"] == "240.0667"
    matched = [m["market"] for m in check["markets"] if m["consistent"]]
    assert matched == ["official", "retail"]


def test_every_market_in_one_picture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from matplotlib.figure import Figure

    drawn: list[list[str]] = []
    save = Figure.savefig

    def spy(self: Figure, *args: Any, **kwargs: Any) -> None:
        drawn.append(self.axes[0].get_legend_handles_labels()[1])
        save(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", spy)
    target = tmp_path / "ars.png"
    code, out, _ = run_cli(
        capsys, "rates", "history", "USD", "ARS", "--from", "2023-06-01", "--to", "2023-06-02",
        "--rate", "all", "--plot", str(target),
    )  # fmt: skip
    assert code == 0 and target.read_bytes()[:4] == b"\x89PNG"
    # Each source's own series of each market (the BCRA's official rate and
    # ArgentinaDatos' wholesale quote are both the official market), in the
    # order of fxnorm's markets, with how many publications each has.
    assert drawn == [
        [
            f"{series} (2 publications)"
            for series in (
                "bcra (official)", "argentinadatos (official)", "argentinadatos (retail)",
                "argentinadatos (blue)", "argentinadatos (mep)", "argentinadatos (ccl)",
                "argentinadatos (crypto)", "argentinadatos (card)", "argentinadatos (solidario)",
            )
        ]
    ]  # fmt: skip
    assert out.startswith("plot: ")
