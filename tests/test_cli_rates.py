"""``fxnorm rates sources|update|show|history|verify`` against a local server and a temp cache."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _helpers import run_cli
from _httpserver import FixtureServer, file, ok, status, zipped

import fxnorm
from fxnorm.data import DATASET_PATH
from fxnorm.rates.book import default_book
from fxnorm.rates.cache import RateCache
from fxnorm.rates.store import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
ENV_NAMES = (
    "FXNORM_ECB_URL",
    "FXNORM_FRANKFURTER_URL",
    "FXNORM_FRANKFURTER_V2_URL",
    "FXNORM_CURRENCY_API_URL",
    "FXNORM_CURRENCY_API_FALLBACK_URL",
    "FXNORM_BCRA_URL",
    "FXNORM_FOREX_URL",
    "FXNORM_OFFLINE",
    "FXNORM_ONLINE",
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FXNORM_HTTP_RETRIES", "1")
    monkeypatch.setenv("FXNORM_HTTP_BACKOFF", "0")
    monkeypatch.setenv("FXNORM_HTTP_TIMEOUT", "2")
    default_book.cache_clear()
    yield
    default_book.cache_clear()


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    """The ECB's files and Frankfurter's, whichever feed today's date makes the source pick."""
    with FixtureServer() as running:
        running.route("/ecb/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
        running.route(
            "/ecb/eurofxref-hist.zip",
            ok(zipped("ecb/eurofxref-hist.csv", "eurofxref-hist.csv"), "application/zip"),
        )
        running.route(
            "/frankfurter/2026-11-16..2026-11-20",
            file("frankfurter/v1-2026-11-16..2026-11-20.json"),
        )
        yield running


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    default_book.cache_clear()  # each command sees the cache as the test left it
    return run_cli(capsys, *argv)


def update_ecb(
    monkeypatch: pytest.MonkeyPatch,
    server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    *extra: str,
) -> tuple[int, str, str]:
    monkeypatch.setenv("FXNORM_ECB_URL", f"{server.url}/ecb")
    return run(
        capsys,
        "rates",
        "update",
        "--source",
        "ecb",
        "--from",
        "2026-11-16",
        "--to",
        "2026-11-20",
        *extra,
    )


# -- update ---------------------------------------------------------------------------------


def test_update_fills_the_cache(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = update_ecb(monkeypatch, server, capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert (
        lines[0] == "ecb: 145 rates of 29 currencies, 2026-11-16..2026-11-20 asked "
        "2026-11-16..2026-11-20"
    )
    cache = RateCache()
    assert lines[1] == f"  cache  {cache.path}: 145 new, 0 changed, 0 already cached"
    assert cache.status()["ecb"].rows == 145
    code, out, _ = update_ecb(monkeypatch, server, capsys, "--json")
    payload = json.loads(out)
    assert (payload["added"], payload["unchanged"], payload["ids"]) == (0, 145, ["ecb"])
    assert payload["days"] == ["2026-11-16", "2026-11-20"] and len(payload["currencies"]) == 29


def test_update_one_currency(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = update_ecb(monkeypatch, server, capsys, "--currency", "usd,CNY")
    assert code == 0 and out.startswith("ecb: 10 rates of 2 currencies")


def test_update_falls_back_and_says_so(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("/ecb/eurofxref-hist-90d.xml", status(500))
    server.route("/ecb/eurofxref-hist.zip", status(500))
    monkeypatch.setenv("FXNORM_ECB_URL", f"{server.url}/ecb")
    monkeypatch.setenv("FXNORM_FRANKFURTER_URL", f"{server.url}/frankfurter")
    code, out, err = run(
        capsys,
        "rates",
        "update",
        "--source",
        "ecb,frankfurter",
        "--from",
        "2026-11-16",
        "--to",
        "2026-11-20",
        "--currency",
        "USD,CNY",
    )
    assert code == 0
    assert err.startswith("fxnorm: ecb failed: http://127.0.0.1:")
    assert "HTTP 500; gave up after 2 attempts; falling back to frankfurter" in err
    assert out.startswith("frankfurter: 10 rates of 2 currencies")
    assert set(RateCache().status()) == {"frankfurter"}


def test_update_every_source_down_is_exit_4(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("/ecb/eurofxref-hist-90d.xml", status(503))
    server.route("/ecb/eurofxref-hist.zip", status(503))
    code, out, err = update_ecb(monkeypatch, server, capsys)
    assert code == 4 and out == ""
    assert err.startswith("fxnorm: error: every source failed: ecb: ") and err.count("\n") == 1
    assert not RateCache().exists()


def test_update_with_implausible_data_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = file("ecb/eurofxref-daily.xml").body.replace(b"2026-11-24", b"2031-01-02")
    server.route("/ecb/eurofxref-hist-90d.xml", ok(body, "text/xml"))
    server.route("/ecb/eurofxref-hist.zip", ok(body, "text/xml"))
    monkeypatch.setenv("FXNORM_ECB_URL", f"{server.url}/ecb")
    code, _, err = run(
        capsys, "rates", "update", "--source", "ecb", "--from", "2026-11-16", "--to", "2031-01-02"
    )
    assert code == 4
    assert "failed validation, nothing was written" in err and "2031-01-02" in err


def test_update_unknown_source_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rates", "update", "--source", "yahoo")
    assert code == 2 and "unknown online source 'yahoo'; choose one of ecb," in err


def test_progress_bar_with_tqdm(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    import tqdm  # noqa: F401

    code, _, err = update_ecb(monkeypatch, server, capsys, "--progress", "on")
    assert code == 0 and "ecb 2026-11-16..2026-11-20" in err


def test_plain_counter_without_tqdm_or_rich(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "rich", None)
    monkeypatch.setitem(sys.modules, "rich.console", None)
    code, _, err = update_ecb(monkeypatch, server, capsys, "--progress", "on")
    assert code == 0
    assert "\recb 2026-11-16..2026-11-20: 0/1\recb 2026-11-16..2026-11-20: 1/1\n" in err


def test_no_progress_output_when_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = update_ecb(monkeypatch, server, capsys)
    assert err == ""


# -- sources ----------------------------------------------------------------------------------


def test_sources_lists_embedded_and_cache(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "rates", "sources")
    assert code == 0 and "cache: " in out and "(none yet)" in out
    assert "  ecb             FXNORM_ECB_URL" in out
    update_ecb(monkeypatch, server, capsys)
    code, out, _ = run(capsys, "rates", "sources")
    block = out.split("ecb: ", 1)[1].split("\n\n")[0]
    assert "held in    embedded, cache" in block
    assert "updated    " in block and "(cache)" in block
    assert f"cache: {RateCache().path} (145 rates)" in out
    payload = json.loads(run(capsys, "rates", "sources", "--json")[1])
    ecb = next(s for s in payload["sources"] if s["source"] == "ecb")
    assert ecb["stores"] == ["embedded", "cache"] and ecb["last"] >= "2026-11-20"
    assert [o["name"] for o in payload["online"]][:2] == ["ecb", "frankfurter"]


# -- show ---------------------------------------------------------------------------------------


def test_show_puts_every_source_side_by_side(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rates", "show", "CNY", "USD", "--date", "2025-09-24")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "1 CNY in USD on 2025-09-24"
    assert lines[1].split()[:2] == ["best", "0.1403098370"]
    assert "derived (cross via EUR)  [ecb, embedded]" in lines[1]
    assert lines[3].strip() == (
        "legs: 1 EUR = 8.3786 CNY (ecb 2025-09-24, embedded); "
        "1 EUR = 1.1756 USD (ecb 2025-09-24, embedded)"
    )
    # The BCRA quotes only ARS, so it has nothing to say about CNY/USD.
    assert not any(line.split()[0] == "bcra" for line in lines)
    assert any(line.split()[0] == "currency-api" for line in lines)


def test_show_json_and_cache_origin(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    update_ecb(monkeypatch, server, capsys)
    code, out, _ = run(capsys, "rates", "show", "EUR", "USD", "--date", "2026-11-20", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["best"]["value"] == "1.1161"
    ecb = next(s for s in payload["sources"] if s["source"] == "ecb")
    embedded = SQLiteStore(DATASET_PATH).series("ecb", "USD")
    in_embedded = embedded is not None and embedded.last.isoformat() >= "2026-11-20"
    assert ecb["quote"]["origin"] == ("embedded" if in_embedded else "cache")


def test_show_without_any_rate_is_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rates", "show", "EUR", "USD", "--date", "1995-01-02")
    assert code == 3 and "no rate" in out and err.startswith("fxnorm: error: ")


# -- history ------------------------------------------------------------------------------------


def test_history_table_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "rates",
        "history",
        "EUR",
        "CNY",
        "--from",
        "2025-09-20",
        "--to",
        "2025-09-24",
        "--source",
        "ecb",
    )
    assert code == 0
    with sqlite3.connect(DATASET_PATH) as connection:
        published = connection.execute(
            "SELECT day, value FROM rates WHERE source = 'ecb' AND currency = 'CNY' "
            "AND day BETWEEN '2025-09-20' AND '2025-09-24' ORDER BY day"
        ).fetchall()
    assert [line.split()[:2] for line in out.splitlines()] == [list(row) for row in published]
    assert [row[0] for row in published] == ["2025-09-22", "2025-09-23", "2025-09-24"]
    assert all(line.endswith("ecb  published  embedded") for line in out.splitlines())
    code, out, _ = run(
        capsys,
        "rates",
        "history",
        "ARS",
        "USD",
        "--from",
        "2025-03-27",
        "--to",
        "2025-03-28",
        "--csv",
    )
    rows = out.splitlines()
    # The peso has several markets: each row says which, and which side (A3500 is one figure).
    assert rows[0] == "date,base,quote,value,source,method,origin,market,side"
    assert rows[1].startswith("2025-03-27,ARS,USD,0.00093") and rows[1].endswith(
        ",bcra,inverse,embedded,official,mid"
    )


def test_history_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "rates",
        "history",
        "EUR",
        "USD",
        "--from",
        "2025-09-23",
        "--to",
        "2025-09-24",
        "--json",
        "--source",
        "ecb",
    )
    assert code == 0 and [p["value"] for p in json.loads(out)] == ["1.1793", "1.1756"]


def test_history_plot_with_a_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import matplotlib  # noqa: F401

    target = tmp_path / "cny.png"
    code, out, _ = run(
        capsys,
        "rates",
        "history",
        "CNY",
        "USD",
        "--from",
        "2025-09-01",
        "--to",
        "2025-09-30",
        "--plot",
        str(target),
        "--mark",
        "0.1395",
    )
    assert code == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.startswith(f"plot: {target} (23 rates of 1 CNY in USD, 2025-09-01..2025-09-30")
    assert out.rstrip().endswith("marked 0.1395")


def test_history_plot_without_matplotlib(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    code, _, err = run(
        capsys,
        "rates",
        "history",
        "CNY",
        "USD",
        "--from",
        "2025-09-01",
        "--to",
        "2025-09-05",
        "--plot",
        str(tmp_path / "x.png"),
    )
    assert code == 2 and 'pip install "fxnorm[plot]"' in err


def test_history_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(capsys, "rates", "history", "EUR", "USD", "--from", "2025-09-24", "--to", "2025-09-01")[
            0
        ]
        == 2
    )
    assert (
        run(
            capsys,
            "rates",
            "history",
            "EUR",
            "USD",
            "--from",
            "2025-09-01",
            "--to",
            "2025-09-05",
            "--mark",
            "1.1",
        )[0]
        == 2
    )
    code, _, err = run(
        capsys, "rates", "history", "EUR", "USD", "--from", "1995-01-01", "--to", "1995-01-31"
    )
    assert code == 3 and "no published EUR/USD rate from 1995-01-01 to 1995-01-31" in err


# -- verify ----------------------------------------------------------------------------------------


def test_verify_the_embedded_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rates", "verify")
    assert code == 0
    assert out.splitlines()[0].startswith(f"dataset ok: {DATASET_PATH} (")
    assert "cache: none at" in out


def test_verify_finds_a_changed_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "rates.sqlite"
    shutil.copyfile(DATASET_PATH, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute(
            "UPDATE rates SET value = '1.1757' WHERE source = 'ecb' AND currency = 'USD' "
            "AND day = '2025-09-24'"
        )
    code, out, err = run(capsys, "rates", "verify", "--dataset", str(copy))
    assert code == 5 and out == ""
    assert err.startswith(
        f"fxnorm: error: the dataset {copy} does not match its checksum: meta.rates_sha256 is "
    )


def test_verify_reports_an_unreadable_cache(capsys: pytest.CaptureFixture[str]) -> None:
    cache = RateCache()
    cache.path.parent.mkdir(parents=True)
    cache.path.write_bytes(b"garbage" * 1000)
    code, out, err = run(capsys, "rates", "verify")
    assert code == 5 and out.startswith("dataset ok")
    assert "rate cache" in err and "unreadable" in err
    assert cache.path.exists()  # verify reports, it does not move


# -- the whole path, as a user runs it -----------------------------------------------------------


def test_update_then_convert_offline_from_the_cache(tmp_path: Path, server: FixtureServer) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    env.update(
        {
            "FXNORM_CACHE_DIR": str(tmp_path / "cache"),
            "FXNORM_ECB_URL": f"{server.url}/ecb",
            "FXNORM_HTTP_RETRIES": "0",
            "PYTHONPATH": str(ROOT),
        }
    )

    def fxnorm(*argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "fxnorm", *argv],
            capture_output=True,
            text=True,
            env={**env, **extra},
            timeout=60,
            check=False,
        )

    updated = fxnorm(
        "rates", "update", "--source", "ecb", "--from", "2026-11-16", "--to", "2026-11-20"
    )
    assert updated.returncode == 0, updated.stderr
    assert updated.stdout.startswith("ecb: 145 rates")
    server.close()  # from here on, nothing online
    converted = fxnorm(
        "convert", "100", "EUR", "--to", "USD", "--date", "2026-11-20", "--json", FXNORM_OFFLINE="1"
    )
    assert converted.returncode == 0, converted.stderr
    payload = json.loads(converted.stdout)
    assert payload["rate"]["value"] == "1.1161" and payload["result"]["amount"] == "111.6100"
    embedded = SQLiteStore(DATASET_PATH).series("ecb", "USD")
    assert embedded is not None
    expected = "embedded" if embedded.last.isoformat() >= "2026-11-20" else "cache"
    assert payload["rate"]["origin"] == expected
    crossed = fxnorm(
        "convert", "1000", "CNY", "--to", "USD", "--date", "2026-11-20", FXNORM_OFFLINE="1"
    )
    assert crossed.returncode == 0, crossed.stderr
    assert "from 1 EUR = 7.4326 CNY (ecb, 2026-11-20)" in crossed.stdout


def test_update_from_frankfurter_v2_with_named_providers(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "base=USD&providers=BCRA&quotes=ARS&from=2026-11-16&to=2026-11-20"
    server.route("/v2/rates", status(500))
    server.route(f"/v2/rates?{query}", file("frankfurter/v2-bcra-ars.json"))
    monkeypatch.setenv("FXNORM_FRANKFURTER_V2_URL", f"{server.url}/v2")
    code, out, _ = run(
        capsys,
        "rates",
        "update",
        "--source",
        "frankfurter-v2",
        "--provider",
        "FRED,BCRA",
        "--currency",
        "ARS",
        "--from",
        "2026-11-16",
        "--to",
        "2026-11-20",
    )
    assert code == 0
    assert out.startswith("frankfurter-v2: 5 rates of 1 currency, 2026-11-16..2026-11-20")
    assert "  note   frankfurter-v2: ARS answered by BCRA" in out
    assert "HTTP 500" in out and "asking the next provider" in out
    assert set(RateCache().status()) == {"frankfurter-v2:bcra"}
    show = json.loads(
        run(capsys, "rates", "show", "USD", "ARS", "--date", "2026-11-20", "--json")[1]
    )
    answer = next(s for s in show["sources"] if s["source"] == "frankfurter-v2:bcra")
    assert answer["quote"]["value"] == "1452.0" and answer["quote"]["origin"] == "cache"


def test_history_plot_draws_one_line_per_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """USD/ARS around the end of the BCRA's A3500 series in the embedded data
    (2025-03-28): the plot keeps the BCRA's rates and the aggregator's apart, one
    colour each, and never draws a line across a gap of more than a week (the
    aggregator's snapshots are sparse: gaps up to 56 days)."""
    from matplotlib.figure import Figure

    drawn: list[list[tuple[str, str, list[dt.date]]]] = []
    save = Figure.savefig

    def spy(self: Figure, *args: Any, **kwargs: Any) -> None:
        lines = []
        for line in self.axes[0].get_lines():
            xdata: Any = line.get_xdata()
            days = [d if isinstance(d, dt.date) else d.date() for d in xdata]
            lines.append((str(line.get_label()), str(line.get_color()), days))
        drawn.append(lines)
        save(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", spy)
    target = tmp_path / "ars.png"
    code, out, _ = run(
        capsys, "rates", "history", "USD", "ARS", "--from", "2025-03-01", "--to", "2025-07-31",
        "--plot", str(target),
    )  # fmt: skip
    assert code == 0 and target.read_bytes()[:4] == b"\x89PNG" and out.startswith("plot:")
    (lines,) = drawn
    labels = [label for label, _, _ in lines if not label.startswith("_")]
    # The BCRA's series ends on 2025-03-28; ArgentinaDatos' wholesale rate and the
    # USD feed's snapshots carry on: three sources, three colours.
    names = [label.split(" (")[0] for label in labels]
    assert names == ["bcra", "argentinadatos", "currency-api"]
    colours = {label.split(" (")[0]: colour for label, colour, _ in lines if label in labels}
    assert len(set(colours.values())) == 3
    # Every drawn segment belongs to one source's colour, and no segment crosses a gap.
    book = fxnorm.RateBook.default()
    for _, colour, days in lines:
        source = next(name for name, c in colours.items() if c == colour)
        assert all((b - a).days <= 7 for a, b in itertools.pairwise(days))
        for day in days:  # each point is that source's own publication of the day
            quote = book.quote("USD", "ARS", day, policy="exact", max_age=0, source=source)
            assert quote.date == day
    # The aggregator's series has gaps longer than a week in these months: several segments.
    assert sum(1 for _, colour, _ in lines if colour == colours["currency-api"]) > 1
