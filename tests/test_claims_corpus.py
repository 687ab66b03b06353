"""The two Alibaba articles of tests/data/corpus/, fact-checked on 2025-09-24.

Both articles report Alibaba's AI spending plans on Wednesday 24 September
2025. Their two stated conversions are the published figures
"33.40 billion yuan ($4.67 billion)" (the -ars article) and "more than 380
billion yuan ($53 billion)" (the Bloomberg one); the references are the ECB's
reference rates of that day. The -ars article also quotes the February
figure, "$52.44 billion", for the same 380 billion yuan: set against each other
as "380 billion yuan ($52.44 billion)" they do not hold in September, and date
inference must find the dates that make them exact. Those dates are
re-derived here from the raw ECB file (``raw_ecb``: zipfile + csv only), and
the peso figure's conversion from the raw currency-api file (gzip + csv).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

import fxnorm
from fxnorm.claims.model import TextReport
from fxnorm.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
ARS_ARTICLE = CORPUS / "alibaba-ai-spend-ars.txt"
BLOOMBERG_ARTICLE = CORPUS / "alibaba-ai-spend-bloomberg.txt"
CURRENCY_API = ROOT / "data" / "raw" / "fawazahmed0" / "usd-daily.csv.gz"
AD_MAYORISTA = ROOT / "data" / "raw" / "ars" / "argentinadatos" / "mayorista.json"
DAY = "2025-09-24"
FEBRUARY_CLAIM = "380 billion yuan ($52.44 billion)"
SUMMARY = (
    "1 checked: 1 consistent, 0 inconsistent, 0 imprecise, 0 undated, 0 unverifiable, 0 ambiguous"
)


def close(value: Decimal | None, expected: Decimal) -> bool:
    """Equal to 20 significant digits (fxnorm computes with more than Python's default 28)."""
    return value is not None and abs(value / expected - 1) < Decimal("1e-20")


def report_of(path: Path) -> TextReport:
    return fxnorm.check_text(path.read_text(encoding="utf-8"), on=DAY, to="USD")


# -- the explicit conversions ------------------------------------------------------------


def test_ars_article_conversion_is_consistent() -> None:
    text = ARS_ARTICLE.read_text(encoding="utf-8")
    report = report_of(ARS_ARTICLE)
    assert [c.pair.text for c in report.checks] == ["33.40 billion yuan ($4.67 billion)"]
    (check,) = report.checks
    start, end = check.pair.span
    assert text[start:end] == "33.40 billion yuan ($4.67 billion)"
    assert (check.pair.source.currency, check.pair.stated.currency) == ("CNY", "USD")
    assert check.verdict == "consistent"
    assert check.reference is not None and check.reference.source == "ecb"
    assert check.reference.date == dt.date(2025, 9, 24)
    assert close(check.implied_rate, Decimal("33.40") / Decimal("4.67"))
    assert report.counts == {"consistent": 1}
    assert report.summary == SUMMARY


def test_bloomberg_article_conversion_is_consistent_with_its_bound() -> None:
    report = report_of(BLOOMBERG_ARTICLE)
    assert [c.pair.text for c in report.checks] == ["380 billion yuan ($53 billion)"]
    (check,) = report.checks
    assert check.pair.source.qualifier == "more_than"
    assert check.verdict == "consistent"
    assert any(note.startswith("more than (source)") for note in check.qualifiers)
    assert close(check.implied_rate, Decimal(380) / Decimal(53))
    assert report.counts == {"consistent": 1}
    assert report.summary == SUMMARY


def test_explicit_conversions_against_the_raw_ecb_rate(
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    ecb = raw_ecb[DAY]
    cny_per_usd = ecb["CNY"] / ecb["USD"]
    for path in (ARS_ARTICLE, BLOOMBERG_ARTICLE):
        (check,) = report_of(path).checks
        assert check.reference is not None
        assert close(check.reference.value, cny_per_usd)
        assert check.deviation is not None and check.tolerance is not None
        assert abs(check.deviation) < check.tolerance


# -- every other figure, in USD ----------------------------------------------------------------


def raw_currency_api(day: str, code: str) -> Decimal:
    """Units of ``code`` per USD on ``day`` from the raw exchange-api file, as published."""
    with gzip.open(CURRENCY_API, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["date"] == day and row["code"] == code:
                return Decimal(row["units_per_usd"])
    raise LookupError(f"{code} on {day} not in {CURRENCY_API.name}")


def test_ars_article_other_figures_in_usd() -> None:
    report = report_of(ARS_ARTICLE)
    listed = [(v.mention.text, v.mention.currency) for v in report.mentions]
    assert listed == [
        ("25,960 ARS", "ARS"),
        ("25,640 ARS", "ARS"),
        ("28,260 ARS", "ARS"),
        ("380B yuan", "CNY"),
        ("380 billion yuan", "CNY"),
        ("$52.44 billion", "USD"),
        ("100 billion yuan", "CNY"),
        ("$3.2 billion", "USD"),
    ]
    assert all(v.currency == "USD" and v.converted is not None for v in report.mentions)
    # No ECB or BCRA rate for ARS on 2025-09-24 (BCRA ends 2025-03-28): the official
    # (wholesale) rate of ArgentinaDatos that day converts, its selling price as published.
    records = json.loads((AD_MAYORISTA).read_text(encoding="utf-8"))
    (published,) = [str(r["venta"]) for r in records if r["fecha"] == DAY]
    assert published == "1337.5"  # data/raw/README.md section 4, sample value
    price = report.mentions[0]
    assert price.rate is not None
    assert (price.rate.source, price.rate.date) == ("argentinadatos", dt.date(2025, 9, 24))
    assert (price.rate.market, price.rate.side) == ("official", "sell")
    expected = Decimal(25960) / Decimal(published)
    assert close(price.converted, expected)
    assert price.converted is not None and round(price.converted, 2) == Decimal("19.41")
    # The USD snapshot of the day before, one source down, is within 6 % of it.
    snapshot = Decimal(25960) / raw_currency_api("2025-09-23", "ARS")
    assert abs(snapshot / expected - 1) < Decimal("0.06")
    dollars = {v.mention.text: v.converted for v in report.mentions}
    assert dollars["$52.44 billion"] == Decimal("52440000000")


def test_bloomberg_article_other_figures_in_usd() -> None:
    report = report_of(BLOOMBERG_ARTICLE)
    listed = [(v.mention.text, v.converted) for v in report.mentions]
    assert listed == [
        ("$50 billion", Decimal("5E+10")),
        ("$4 trillion", Decimal("4E+12")),
        ("$32 billion", Decimal("3.2E+10")),
        ("$13 billion", Decimal("1.3E+10")),
    ]


# -- the February figure: off in September, exact in late January and late February ------


def test_february_figure_is_inconsistent_in_september() -> None:
    result = fxnorm.check(FEBRUARY_CLAIM, on=DAY)
    assert result.verdict == "inconsistent"
    assert result.deviation is not None and result.tolerance is not None
    assert result.deviation > result.tolerance


def jan_feb_2025_days_within(raw_ecb: dict[str, dict[str, Decimal]]) -> tuple[set[str], set[str]]:
    """(every ECB day of Jan-Feb 2025, those whose CNY/USD is in the claim's rounding)."""
    low = Decimal("379.5e9") / Decimal("52.445e9")
    high = Decimal("380.5e9") / Decimal("52.435e9")
    days = {d for d in raw_ecb if d.startswith(("2025-01-", "2025-02-"))}
    within = {d for d in days if low <= raw_ecb[d]["CNY"] / raw_ecb[d]["USD"] <= high}
    return days, within


@pytest.mark.parametrize(
    "kwargs",
    [{"on": DAY, "infer_dates": True}, {}],
    ids=["around-2025-09-24", "no-date"],
)
def test_february_figure_dates_match_the_raw_ecb_cross_rate(
    kwargs: dict[str, object], raw_ecb: dict[str, dict[str, Decimal]]
) -> None:
    result = fxnorm.check(FEBRUARY_CLAIM, **kwargs)  # type: ignore[arg-type]
    assert close(result.implied_low, Decimal("379.5e9") / Decimal("52.445e9"))
    assert close(result.implied_high, Decimal("380.5e9") / Decimal("52.435e9"))
    ranges = result.matching_dates
    assert ranges
    days, within = jan_feb_2025_days_within(raw_ecb)
    # Late January and late February, as the ECB published them.
    assert {"2025-01-24", "2025-01-31", "2025-02-21", "2025-02-24"} <= within
    assert "2025-02-05" not in within and "2025-02-20" not in within
    covered = {d for d in days if any(r.start <= dt.date.fromisoformat(d) <= r.end for r in ranges)}
    assert covered == within
    assert [r.start for r in ranges] == sorted(r.start for r in ranges)  # in date order
    if "on" not in kwargs:
        # No date given or found: not judged against some other era's best day.
        assert result.verdict == "undated" and result.reference is None
        assert result.date_basis.kind == "none" and result.deviation is None


# -- the command line -------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def fxnorm_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    """``fxnorm ARGV`` run in-process (the console script calls the same ``main``)."""
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


@pytest.mark.parametrize("article", [ARS_ARTICLE, BLOOMBERG_ARTICLE], ids=lambda p: p.stem)
def test_cli_checks_a_whole_article(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = fxnorm_cli(capsys, "check", "--file", str(article), "--date", DAY, "--to", "USD")
    assert result.returncode == 0, result.stderr
    assert "CONSISTENT" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == SUMMARY


def test_cli_json_report_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    result = fxnorm_cli(
        capsys,
        "check",
        "--file",
        str(ARS_ARTICLE),
        "--date",
        DAY,
        "--to",
        "USD",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {
        *("requested_date", "date_basis", "to", "summary", "checks", "mentions"),
        *("restatements", "dates"),
    }
    assert report["summary"] == {
        "checked": 1,
        "consistent": 1,
        "inconsistent": 0,
        "imprecise": 0,
        "undated": 0,
        "unverifiable": 0,
        "ambiguous": 0,
    }
    assert report["date_basis"]["kind"] == "given" and report["date_basis"]["start"] == DAY
    (check,) = report["checks"]
    assert {"text", "verdict", "implied_rate", "reference", "deviation", "tolerance"} <= set(check)
    assert {"date_basis", "width", "checked_on", "exact_verdict"} <= set(check)
    assert check["text"] == "33.40 billion yuan ($4.67 billion)"
    assert check["reference"]["source"] == "ecb"
    assert len(report["mentions"]) == 8


def test_cli_csv_report_has_one_row_per_pair(capsys: pytest.CaptureFixture[str]) -> None:
    result = fxnorm_cli(
        capsys,
        "check",
        "--file",
        str(BLOOMBERG_ARTICLE),
        "--date",
        DAY,
        "--to",
        "USD",
        "--format",
        "csv",
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert len(rows) == 1
    assert rows[0]["text"] == "380 billion yuan ($53 billion)"
    assert rows[0]["verdict"] == "consistent"
    assert rows[0]["reference_source"] == "ecb"


def test_cli_markdown_report_has_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    result = fxnorm_cli(
        capsys,
        "check",
        "--file",
        str(ARS_ARTICLE),
        "--date",
        DAY,
        "--to",
        "USD",
        "--format",
        "markdown",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Date: given {DAY}" and lines[1] == ""
    assert lines[2].startswith("| claim | verdict | date |")
    assert lines[3].startswith("|---|")
    assert lines[4].startswith(f"| 33.40 billion yuan ($4.67 billion) | consistent | given {DAY} |")


def test_cli_exit_code_is_one_for_an_inconsistent_claim(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = fxnorm_cli(capsys, "check", FEBRUARY_CLAIM, "--date", DAY)
    assert result.returncode == 1
    assert "INCONSISTENT" in result.stdout
