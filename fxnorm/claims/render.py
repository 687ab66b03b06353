"""Claim checks for people and programs: text, Markdown, CSV, JSON and flat rows.

The text form is what ``fxnorm check`` prints and what ``str(check)`` and
``str(report)`` return; :func:`check_row` is one flat row per claim, the
shape of ``--format csv``, of ``fxnorm check --input`` and of
:func:`fxnorm.frame.check_frame`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from .dating import DateBasis, in_months, named_months
from .model import ClaimCheck, DateRange, TextReport

__all__ = [
    "FORMATS",
    "ROW_COLUMNS",
    "check_row",
    "markdown_checks",
    "render_check",
    "render_report",
]

FORMATS = ("table", "json", "markdown", "csv")

#: The columns of :func:`check_row`, in order.
ROW_COLUMNS = (
    "text",
    "start",
    "end",
    "verdict",
    "deviation",
    "width",
    "tolerance",
    "exact_verdict",
    "implied_rate",
    "implied_low",
    "implied_high",
    "reference_rate",
    "reference_source",
    "reference_date",
    "checked_on",
    "requested_date",
    "date_basis",
    "date_window",
    "date_phrases",
    "held_days",
    "drift",
    "qualifiers",
    "compared",
    "best_matching_date",
    "reason",
)

_DATES_SHOWN = 6


def _rate(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:.6g}"


def _pct(value: Decimal | None, signed: bool = True) -> str:
    if value is None:
        return "-"
    text = f"{value * 100:+.2f} %" if signed else f"{value * 100:.2f} %"
    return text.replace("-0.00", "0.00").replace("+0.00", "0.00")


def _runs(ranges: Iterable[DateRange], limit: int = _DATES_SHOWN) -> str:
    shown = list(ranges)
    text = ", ".join(r.text() for r in shown[:limit])
    more = len(shown) - limit
    return text + (f" (+{more} more)" if more > 0 else "")


def render_check(check: ClaimCheck, *, limit_dates: int = _DATES_SHOWN) -> str:
    """A readable block for one check (the output of ``fxnorm check TEXT``)."""
    pair = check.pair
    source, stated = pair.source, pair.stated
    unit = f"{source.currency or '?'} per {stated.currency or '?'}"
    # The pair's span is the two figures; the qualifier before them is part of the claim.
    qualifier = f"{source.qualifier_text} " if source.qualifier_text else ""
    lines = [f"{qualifier}{pair.text}", f"  verdict     {check.verdict.upper()}"]
    lines.append(f"  date        {check.date_basis.describe()}")
    if check.implied_rate is not None:
        lines.append(
            f"  implied     {_rate(check.implied_rate)} {unit} "
            f"(the figures allow {_rate(check.implied_low)} to {_rate(check.implied_high)})"
        )
    if check.width is not None:
        limit = _pct(check.max_width, signed=False)
        strength = f"±{_pct(check.width, signed=False)}"
        if check.drift is not None:
            drift = _pct(check.drift, signed=False)
            strength += f" from the figures, ±{drift} from the window's rates"
        if check.verdict == "imprecise":
            strength += f": too wide to test a rate (limit ±{limit})"
        else:
            strength += f" (imprecise above ±{limit})"
        lines.append(f"  strength    {strength}")
    if check.reference is not None:
        ref = check.reference
        asked = ""
        if ref.requested_date != ref.date:
            asked = f", asked for {ref.requested_date.isoformat()}"
        best = " (best day of the window)" if check.held_days is not None else ""
        market = f"; {ref.market} rate, {ref.side}" if check.markets else ""
        lines.append(
            f"  reference   {_rate(ref.value)} {unit} ({ref.publisher}, "
            f"{ref.date.isoformat()}{asked}; {ref.method}{market}){best}"
        )
    if check.deviation is not None:
        if check.exact_verdict is not None:
            lines.append(
                f"  deviation   {_pct(check.deviation)} (taken as exact figures, with the "
                f"{_pct(check.slack, signed=False)} slack: {check.exact_verdict.upper()})"
            )
        else:
            lines.append(
                f"  deviation   {_pct(check.deviation)} "
                f"(tolerance {_pct(check.tolerance, signed=False)}, "
                f"including slack {_pct(check.slack, signed=False)})"
            )
    if check.held_days is not None:
        held, total = check.held_days
        wide = ""
        spread, ceiling = check.width, check.max_width
        if spread is not None and ceiling is not None and spread > ceiling:
            # It holds inside an interval too wide to test: say so beside the count,
            # which the deviation taken as exact would otherwise seem to contradict.
            wide = f", only as the figures allow ±{_pct(spread, signed=False)}"
        lines.append(f"  holds       on {held} of {total} publication days of the window{wide}")
    for note in check.qualifiers:
        lines.append(f"  qualifier   {note}")
    for note in check.compared:
        lines.append(f"  compared    {note}")
    lines.extend(_market_lines(check))
    for reading in check.readings:
        lines.append(
            f"  reading     {reading.source_currency}/{reading.stated_currency}: "
            f"{reading.verdict} (deviation {_pct(reading.deviation)})"
        )
    for option in check.resolutions:
        ways = []
        if option.locale:
            ways.append(f"--locale {option.locale}")
        if option.default_currency:
            ways.append(f"--default-currency {option.default_currency}")
        why = f"; {option.evidence}" if option.evidence else ""
        lines.append(
            f"  resolve     {' or '.join(ways)} reads {option.source_currency}/"
            f"{option.stated_currency}: {option.verdict}{why}"
        )
    if check.verdict != "ambiguous" and (
        check.verdict in ("unverifiable", "undated") or check.reference is None
    ):
        lines.append(f"  reason      {check.reason}")
    if check.matching_dates is not None:
        if check.matching_dates:
            lines.append(f"  exact on    {_runs(check.matching_dates, limit_dates)}")
            named = _in_named_months(check.matching_dates, check.date_basis)
            if named:
                lines.append(f"  {named[0]}: {named[1]}")
        else:
            lines.append("  exact on    no date in the range scanned")
    return "\n".join(lines)


def _in_named_months(ranges: Iterable[DateRange], basis: DateBasis) -> tuple[str, str] | None:
    """For an undated text that names months: the runs in those months, any year."""
    months = named_months(basis)
    if not months:
        return None
    chosen = [r for r in ranges if in_months(r.start, r.end, months)]
    names = " or ".join(_month_name(m) for m in months)
    shown = _runs(chosen) if chosen else "none"
    return f"in {names}", shown


def _month_name(month: int) -> str:
    """The English name of ``month`` (1-12), from CLDR."""
    from .. import cldr

    return cldr.month_names("en")[month - 1][0]


def _market_lines(check: ClaimCheck) -> list[str]:
    """For a currency with several markets: the writer's likely rate, then every market."""
    if not check.markets:
        return []
    lines = [f"  rate        {check.market or '-'}: {check.reason}"]
    for match in check.markets:
        if match.coarse:
            state = "too coarse to test"
        else:
            state = f"{_pct(match.deviation)}, {'matches' if match.consistent else 'no'}"
        lines.append(f"  market      {match.market:<10} {match.figures()} ({state})")
    return lines


def render_report(report: TextReport, fmt: str = "table") -> str:
    """A whole document's report in one of :data:`FORMATS`."""
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "csv":
        return _csv(report)
    if fmt == "markdown":
        return _markdown(report)
    blocks = [f"Date: {report.date_basis.describe()}"]
    blocks += [render_check(check) for check in report.checks]
    if report.mentions:
        blocks.append(_mentions_table(report))
    if report.restatements:
        blocks.append(_restatements_text(report))
    blocks.append(report.summary)
    return "\n\n".join(blocks)


def _mentions_table(report: TextReport) -> str:
    day = report.date_basis.day
    header = "Other figures" + (f" in {report.to}" if report.to else "")
    if report.to and day:
        header += f" as of {day.isoformat()}"
    rows = [
        (
            v.label,
            f"{v.mention.amount:f}",
            v.mention.currency or "?",
            "-" if v.converted is None else f"{v.converted:,.2f} {v.currency}",
            (v.reason if report.to or v.currency is None else "")
            or (f"{v.rate.source}, {v.rate.date.isoformat()}" if v.rate else ""),
        )
        for v in report.mentions
    ]
    columns = 4 if report.to else 3
    widths = [max(len(r[i]) for r in rows) for i in range(columns)]
    lines = [header]
    for row in rows:
        cells = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:columns]))
        lines.append(("  " + cells + (f"  {row[4]}" if row[4] else "")).rstrip())
    return "\n".join(lines)


def _restatements_text(report: TextReport) -> str:
    lines = [
        "Possible restatements (figures in different sentences; not stated conversions)",
    ]
    for item in report.restatements:
        unit = f"{item.first.currency} per {item.second.currency}"
        lines.append(
            f"  {item.first_shown} = {item.second_shown}: {_rate(item.implied_rate)} {unit} "
            f"(±{_pct(item.width, signed=False)})"
        )
        lines.append(f"    exact on {_runs(item.matching_dates)} (scanned {item.scanned})")
        named = _in_named_months(item.matching_dates, report.date_basis)
        if named:
            lines.append(f"    {named[0]}: {named[1]}")
    return "\n".join(lines)


def check_row(check: ClaimCheck) -> dict[str, Any]:
    """One flat row for a check (:data:`ROW_COLUMNS`): decimals and dates as text."""
    ref = check.reference
    basis = check.date_basis

    def num(value: Decimal | None) -> str:
        return "" if value is None else format(value, "f")

    return {
        "text": check.pair.text,
        "start": check.pair.span[0],
        "end": check.pair.span[1],
        "verdict": check.verdict,
        "deviation": num(check.deviation),
        "width": num(check.width),
        "tolerance": num(check.tolerance),
        "exact_verdict": check.exact_verdict or "",
        "implied_rate": num(check.implied_rate),
        "implied_low": num(check.implied_low),
        "implied_high": num(check.implied_high),
        "reference_rate": "" if ref is None else format(ref.value, "f"),
        "reference_source": "" if ref is None else ref.source,
        "reference_date": "" if ref is None else ref.date.isoformat(),
        "checked_on": check.checked_on.isoformat() if check.checked_on else "",
        "requested_date": check.requested_date.isoformat() if check.requested_date else "",
        "date_basis": basis.kind,
        "date_window": "" if basis.start is None else basis.window_text(),
        "date_phrases": "; ".join(p.text for p in basis.phrases),
        "held_days": "" if check.held_days is None else "{}/{}".format(*check.held_days),
        "drift": num(check.drift),
        "qualifiers": "; ".join(check.qualifiers),
        "compared": "; ".join(check.compared),
        "best_matching_date": (
            min(check.matching_dates, key=lambda r: abs(r.best_deviation)).best.isoformat()
            if check.matching_dates
            else ""
        ),
        "reason": check.reason,
    }


def _csv(report: TextReport) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ROW_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for check in report.checks:
        writer.writerow(check_row(check))
    return buffer.getvalue().rstrip("\n")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_checks(checks: Iterable[ClaimCheck]) -> str:
    """The checks as one Markdown table."""
    lines = [
        "| claim | verdict | date | implied | strength | reference | deviation | tolerance |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for check in checks:
        ref = check.reference
        reference = "-" if ref is None else f"{_rate(ref.value)} ({ref.source}, {ref.date})"
        basis = check.date_basis
        date = basis.kind if basis.start is None else f"{basis.kind} {basis.window_text()}"
        strength = "-" if check.width is None else f"±{_pct(check.width, signed=False)}"
        lines.append(
            f"| {_cell(check.pair.text)} | {check.verdict} | {date} | "
            f"{_rate(check.implied_rate)} | {strength} | {reference} | "
            f"{_pct(check.deviation)} | {_pct(check.tolerance, signed=False)} |"
        )
    return "\n".join(lines)


def _markdown(report: TextReport) -> str:
    lines = [f"Date: {_cell(report.date_basis.describe())}", ""]
    lines.append(markdown_checks(report.checks))
    if report.mentions:
        lines += ["", "| figure | amount | currency | converted |", "|---|---|---|---|"]
        for v in report.mentions:
            converted = "-" if v.converted is None else f"{v.converted:,.2f} {v.currency}"
            lines.append(
                f"| {_cell(v.label)} | {v.mention.amount:f} | "
                f"{v.mention.currency or '?'} | {converted} |"
            )
    if report.restatements:
        lines += [
            "",
            "| possible restatement (not a stated conversion) | implied | exact on |",
            "|---|---|---|",
        ]
        for item in report.restatements:
            lines.append(
                f"| {_cell(item.first_shown)} = {_cell(item.second_shown)} | "
                f"{_rate(item.implied_rate)} {item.first.currency}/{item.second.currency} | "
                f"{_runs(item.matching_dates)} |"
            )
    lines += ["", f"**{report.summary}**"]
    return "\n".join(lines)
