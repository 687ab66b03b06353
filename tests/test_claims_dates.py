"""Verdicts a fact-checker can publish: the date each check rests on, and how strong it is.

- Both corpus articles checked *without* a date: the Bloomberg one names 2025
  (``in 2025 alone``) and is judged inside 2025; the other names no year and
  comes back ``undated`` with its dates in date order, never against some
  other era's best day. The counts are re-derived from the raw ECB file
  (``raw_ecb``: zipfile + csv only).
- ``1 trillion won ($600 million)`` on 2020-01-22 (the issue's example: the
  day's rate gives $859 million) is ``imprecise``, not consistent.
- A sentence's own time (``In 2009, …``, ``at the time of the 2012 deal``)
  governs its claim when the publication date does not fit; the peso's 2009
  rates are re-derived from the BCRA's own file (``raw_a3500``).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

import fxnorm
from fxnorm.cli import main
from fxnorm.errors import InvalidDateError

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
ARS_ARTICLE = CORPUS / "alibaba-ai-spend-ars.txt"
BLOOMBERG_ARTICLE = CORPUS / "alibaba-ai-spend-bloomberg.txt"
SLACK = Decimal("0.01")


def cny_per_usd(raw_ecb: dict[str, dict[str, Decimal]], day: str) -> Decimal:
    return raw_ecb[day]["CNY"] / raw_ecb[day]["USD"]


def close(value: Decimal | None, expected: Decimal) -> bool:
    """Equal to 20 significant digits (fxnorm computes with 34, this module with 28)."""
    return value is not None and abs(value / expected - 1) < Decimal("1e-20")


# -- the corpus articles, no date given ---------------------------------------------------


def test_bloomberg_article_is_judged_inside_2025(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    report = fxnorm.check_text(BLOOMBERG_ARTICLE.read_text(encoding="utf-8"))
    basis = report.date_basis
    assert basis.kind == "inferred"
    assert (basis.start, basis.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert [p.text for p in basis.phrases] == ["in 2025 alone"]
    (check,) = report.checks
    assert check.verdict == "consistent" and check.date_basis == basis
    assert check.checked_on is not None and check.checked_on.year == 2025
    # Independently: the ECB days of 2025 and those within the figures' interval ± 1 %.
    low = Decimal("379.5") / Decimal("53.5") * (1 - SLACK)
    high = Decimal("380.5") / Decimal("52.5") * (1 + SLACK)
    days = [d for d in raw_ecb if d.startswith("2025-")]
    held = [d for d in days if low <= cny_per_usd(raw_ecb, d) <= high]
    assert check.held_days == (len(held), len(days))
    assert check.reference is not None and check.reference.date.isoformat() in held
    assert "inferred 2025-01-01..2025-12-31 from 'in 2025 alone'" in str(check)


def test_ars_article_names_no_year_and_is_undated(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    report = fxnorm.check_text(ARS_ARTICLE.read_text(encoding="utf-8"))
    assert report.date_basis.kind == "none"
    assert {p.text for p in report.date_basis.phrases} >= {"September 19", "February"}
    (check,) = report.checks
    assert check.verdict == "undated"
    assert check.reference is None and check.deviation is None and check.checked_on is None
    ranges = check.matching_dates
    assert ranges and [r.start for r in ranges] == sorted(r.start for r in ranges)
    # The runs cover exactly the ECB days on which 33.40/4.67 billion is within its rounding.
    low, high = Decimal("33.395") / Decimal("4.675"), Decimal("33.405") / Decimal("4.665")
    within = {d for d in raw_ecb if "CNY" in raw_ecb[d] and low <= cny_per_usd(raw_ecb, d) <= high}
    covered = {
        d for d in raw_ecb if any(r.start.isoformat() <= d <= r.end.isoformat() for r in ranges)
    }
    assert covered == within
    text = str(check)
    assert "UNDATED" in text and "in February or September:" in text


def test_ars_article_restates_the_february_plan(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    """'380B yuan' and 'around $52.44 billion' are in different sentences: not a stated
    conversion, but the same plan converted in late January and late February 2025."""
    report = fxnorm.check_text(ARS_ARTICLE.read_text(encoding="utf-8"))
    (item,) = report.restatements
    assert (item.first_shown, item.second_shown) == ("380B yuan", "around $52.44 billion")
    # "around" reads $52.44 billion to a whole unit of its last digit: 52.43 to 52.45.
    low, high = Decimal("379.5") / Decimal("52.45"), Decimal("380.5") / Decimal("52.43")
    assert close(item.implied_low, low) and close(item.implied_high, high)
    early_2025 = {
        d
        for d in raw_ecb
        if d.startswith(("2025-01", "2025-02")) and low <= cny_per_usd(raw_ecb, d) <= high
    }
    found = {
        d
        for d in raw_ecb
        if d.startswith(("2025-01", "2025-02"))
        and any(r.start.isoformat() <= d <= r.end.isoformat() for r in item.matching_dates)
    }
    assert found == early_2025 and {"2025-02-21", "2025-02-24"} <= found
    assert "Possible restatements" in str(report)


def test_every_figure_keeps_its_qualifier() -> None:
    report = fxnorm.check_text(BLOOMBERG_ARTICLE.read_text(encoding="utf-8"), to="USD")
    assert [v.label for v in report.mentions] == [
        "$50 billion-plus",
        "some $4 trillion",
        "$32 billion",
        "just under $13 billion",
    ]


# -- strength --------------------------------------------------------------------------------


def test_a_round_figure_is_imprecise_not_consistent(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    check = fxnorm.check("1 trillion won ($600 million)", on="2020-01-22")
    assert check.verdict == "imprecise" and not check.consistent
    krw_per_usd = raw_ecb["2020-01-22"]["KRW"] / raw_ecb["2020-01-22"]["USD"]
    # The figure: the day's rate gives $859 million.
    assert round(Decimal(10**12) / krw_per_usd / 10**6) == 859
    assert check.deviation is not None
    assert abs(
        check.deviation - (Decimal(10**12) / Decimal(600 * 10**6) / krw_per_usd - 1)
    ) < Decimal("1e-20")
    assert check.exact_verdict == "inconsistent"  # 43 % off if the figures were exact
    assert check.width is not None and check.width > Decimal("0.10")
    loose = fxnorm.check("1 trillion won ($600 million)", on="2020-01-22", max_width="0.7")
    assert loose.verdict == "consistent" and loose.max_width == Decimal("0.7")


def test_cli_shows_the_strength_and_the_exact_reading(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "1 trillion won ($600 million)", "--date", "2020-01-22"])
    out = capsys.readouterr().out
    assert code == 0
    assert "verdict     IMPRECISE" in out and "too wide to test a rate (limit ±10.00 %)" in out
    assert "taken as exact figures" in out and "INCONSISTENT" in out
    assert main(["check", "1 trillion won ($600 million)", "--date", "2020-01-22",
                 "--max-width", "0.7"]) == 0  # fmt: skip
    assert "verdict     CONSISTENT" in capsys.readouterr().out


# -- a sentence's own time ------------------------------------------------------------------


def test_in_2009_governs_its_claim(raw_a3500: dict[str, Decimal]) -> None:
    text = "In 2009, 380 pesos (about $100) bought a return flight."
    check = fxnorm.check(text, on="2025-09-24", default_currency="ARS")
    basis = check.date_basis
    assert basis.kind == "sentence" and [p.text for p in basis.phrases] == ["In 2009"]
    assert (basis.start, basis.end) == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    assert "on the publication date 2025-09-24 it is inconsistent" in basis.note
    assert check.verdict == "consistent"
    # The BCRA's 2009 days within (380 ± 0.5) / (100 ± 1), ± 1 %: "about $100" is $99 to $101.
    low = Decimal("379.5") / 101 * (1 - SLACK)
    high = Decimal("380.5") / 99 * (1 + SLACK)
    days = [d for d in raw_a3500 if d.startswith("2009-")]
    held = [d for d in days if low <= raw_a3500[d] <= high]
    assert check.held_days == (len(held), len(days)) and held
    assert check.reference is not None and check.reference.date.isoformat() in held


def test_at_the_time_of_the_2012_deal(raw_ecb: dict[str, dict[str, Decimal]]) -> None:
    text = "It was worth 1.00 billion yuan ($158 million) at the time of the 2012 deal."
    check = fxnorm.check(text, on="2025-09-24")
    assert check.date_basis.kind == "sentence"
    assert check.date_basis.start == dt.date(2012, 1, 1) and check.verdict == "consistent"
    assert check.reference is not None and check.reference.date.year == 2012
    assert close(check.reference.value, cny_per_usd(raw_ecb, check.reference.date.isoformat()))
    # Without the sentence's year, the same claim in September 2025 is off.
    plain = fxnorm.check("It was worth 1.00 billion yuan ($158 million).", on="2025-09-24")
    assert plain.verdict == "inconsistent" and plain.date_basis.kind == "given"


def test_a_claim_that_holds_on_the_publication_date_stays_there() -> None:
    text = "Samsung Electronics marked 121.3 trillion won (US$112.7 billion) in sales in 2008"
    check = fxnorm.check(text, on="2013-09-23")
    assert check.verdict == "consistent" and check.date_basis.kind == "given"
    assert "the sentence names 'in 2008'; it holds on the publication date" in check.date_basis.note


def test_a_change_and_a_fiscal_year_after_the_claim_do_not_date_it() -> None:
    """affairscloud.com/highlights-of-union-budget-2019-20 (2019-07-05): the budget's
    year is written "2019-20" (a fiscal year, no one calendar year of it), and "from
    2018-19" after the claim is the base of the 14.09 % increase, not the claim's
    time: the publication date governs."""
    text = (
        "Total expenditure for 2019-20 is budgeted at Rs 2,786,349 crore (US$ 417.95"
        " billion), an increase of 14.09 per cent from 2018-19 (budget estimates)."
    )
    check = fxnorm.check(text, on="2019-07-05", locale="en_IN")
    assert check.date_basis.kind == "given" and check.checked_on == dt.date(2019, 7, 5)
    # a year and a percentage after the claim: the year is the change's base
    changed = "It cost 1.00 billion yuan ($158 million), up 12 % from 2012."
    assert fxnorm.check(changed, on="2025-09-24").date_basis.kind == "given"
    # with nothing between, the year after the claim is its own (see the 2012 deal)
    plain = "It cost 1.00 billion yuan ($158 million) in 2012."
    assert fxnorm.check(plain, on="2025-09-24").date_basis.kind == "sentence"


def test_a_dateline_dates_the_article() -> None:
    text = (
        "BEIJING, Sept 24 (Reuters) - Alibaba, which said in 2025 that it would spend more "
        "than 380 billion yuan ($53 billion) on AI, rose to its highest in four years."
    )
    check = fxnorm.check(text)
    assert check.date_basis.kind == "inferred" and check.date_basis.day == dt.date(2025, 9, 24)
    assert [p.text for p in check.date_basis.phrases] == ["Sept 24", "in 2025"]
    assert check.verdict == "consistent" and check.checked_on == dt.date(2025, 9, 24)


# -- ambiguity, with what resolves it ----------------------------------------------------------


def test_an_ambiguous_argentine_claim_suggests_its_locale() -> None:
    text = (
        "Argentina’s government posted a primary fiscal deficit of 20.2 billion pesos "
        "($1 billion) in February"
    )
    check = fxnorm.check(text, on="2018-03-15")
    assert check.verdict == "ambiguous"
    first = check.resolutions[0]
    assert (first.source_currency, first.locale, first.default_currency) == ("ARS", "en_AR", "ARS")
    assert first.evidence == "the text names Argentina"
    # The suggestion was tried: with it, the claim reads as Argentine pesos.
    again = fxnorm.check(text, on="2018-03-15", locale=first.locale)
    assert (again.pair.source.currency, again.verdict) == ("ARS", first.verdict)
    assert "--locale en_AR or --default-currency ARS reads ARS/USD" in str(check)


def test_a_suggested_locale_is_in_the_language_of_the_text() -> None:
    # diariohoy.net, 2025-12-21 (tests/data/realtext/es_AR.jsonl, es_AR-053): a Spanish
    # sentence that names no peso's country. Read without a locale, it is ambiguous;
    # the locales suggested are Spanish ones, and the first was tried and reads ARS.
    text = (
        "Según el artículo 11, se estipula un gasto de 9.429 millones de pesos (unos 6,4 "
        "millones de dólares actuales) para mejorar la casa del embajador de Estados Unidos."
    )
    check = fxnorm.check(text, on="2025-12-21")
    assert check.verdict == "ambiguous"
    assert check.resolutions and all(
        r.locale and r.locale.startswith("es_") for r in check.resolutions if r.locale
    )
    first = check.resolutions[0]
    again = fxnorm.check(text, on="2025-12-21", locale=first.locale)
    assert (again.pair.source.currency, again.verdict) == (first.source_currency, first.verdict)


# -- typed dates ------------------------------------------------------------------------------


def test_typed_dates_follow_the_locale(capsys: pytest.CaptureFixture[str]) -> None:
    claim = "49.000 pesos (unos US$100)"
    assert main(
        ["check", claim, "--date", "09/10/2024", "--locale", "es_AR", "--format", "json"]
    ) in (0, 1)
    report = json.loads(capsys.readouterr().out)
    assert report["requested_date"] == "2024-10-09"  # 9 October: es_AR writes d/M/yy (CLDR)
    assert main(
        ["check", claim, "--date", "2024-10-09", "--locale", "en_US", "--format", "json"]
    ) in (0, 1)
    assert json.loads(capsys.readouterr().out)["requested_date"] == "2024-10-09"  # ISO wins
    code = main(["check", claim, "--date", "09/10/2024"])
    err = capsys.readouterr().err
    assert code == 2 and "ambiguous" in err
    assert "9 October 2024 (day first)" in err and "10 September 2024 (month first)" in err
    with pytest.raises(InvalidDateError, match="ambiguous"):
        fxnorm.check(claim, on="09/10/2024")
    assert fxnorm.check(claim, on="09/10/2024", locale="es_AR").requested_date == dt.date(
        2024, 10, 9
    )


def test_convert_reads_its_date_in_the_locale(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "convert",
                "100",
                "EUR",
                "--to",
                "USD",
                "--date",
                "09/10/2024",
                "--locale",
                "es_AR",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["rate"]["requested_date"] == "2024-10-09"
    assert main(["convert", "100", "EUR", "--to", "USD", "--date", "09/10/2024"]) == 2
    assert "ambiguous" in capsys.readouterr().err


# -- the Python comfort ------------------------------------------------------------------------


def test_str_is_what_the_command_prints(capsys: pytest.CaptureFixture[str]) -> None:
    claim = "more than 380 billion yuan ($53 billion)"
    main(["check", claim, "--date", "2025-09-24"])
    assert str(fxnorm.check(claim, on="2025-09-24")) == capsys.readouterr().out.rstrip("\n")
    main(["check", "--file", str(BLOOMBERG_ARTICLE), "--to", "USD"])
    report = fxnorm.check_text(BLOOMBERG_ARTICLE.read_text(encoding="utf-8"), to="USD")
    assert str(report) == capsys.readouterr().out.rstrip("\n")
    main(["check", "--file", str(BLOOMBERG_ARTICLE), "--format", "markdown"])
    assert report.to_markdown().startswith(capsys.readouterr().out.splitlines()[0])
    assert fxnorm.check(claim, on="2025-09-24").to_markdown().startswith("| claim | verdict |")
    data = report.to_dict()
    assert data["date_basis"]["kind"] == "inferred" and data["checks"][0]["width"]


def test_policy_and_max_age(capsys: pytest.CaptureFixture[str]) -> None:
    # 2025-09-14 is a Sunday: no ECB rate, and no currency-api snapshot from 09-11 to 09-15
    # (data/raw/fawazahmed0/usd-daily.csv.gz); the last publication is the ECB's of 09-12.
    claim = "more than 380 billion yuan ($53 billion)"
    check = fxnorm.check(claim, on="2025-09-14")
    assert check.verdict == "consistent"
    assert check.reference is not None and check.reference.date == dt.date(2025, 9, 12)
    assert fxnorm.check(claim, on="2025-09-14", policy="exact").verdict == "unverifiable"
    assert fxnorm.check(claim, on="2025-09-14", max_age=1).verdict == "unverifiable"
    assert main(["check", claim, "--date", "2025-09-14", "--policy", "exact"]) == 0
    assert "UNVERIFIABLE" in capsys.readouterr().out
    assert main(["check", claim, "--date", "2025-09-14", "--max-age", "1"]) == 0
    assert "UNVERIFIABLE" in capsys.readouterr().out
    assert main(["check", claim, "--date", "2025-09-14", "--policy", "sideways"]) == 2
