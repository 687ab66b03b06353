"""Claim checks for people and programs: table, Markdown, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from .model import ClaimCheck, TextReport

__all__ = ["FORMATS", "render_check", "render_report"]

FORMATS = ("table", "json", "markdown", "csv")

_CSV_COLUMNS = (
    "text",
    "start",
    "end",
    "verdict",
    "implied_rate",
    "implied_low",
    "implied_high",
    "reference_rate",
    "reference_source",
    "reference_date",
    "requested_date",
    "deviation",
    "tolerance",
    "qualifiers",
    "best_matching_date",
    "reason",
)


def _rate(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:.6g}"


def _pct(value: Decimal | None, signed: bool = True) -> str:
    if value is None:
        return "-"
    text = f"{value * 100:+.2f} %" if signed else f"{value * 100:.2f} %"
    return text.replace("-0.00", "0.00").replace("+0.00", "0.00")


def render_check(check: ClaimCheck, *, limit_dates: int = 5) -> str:
    """A readable block for one check (the human output of ``fxnorm check TEXT``)."""
    pair = check.pair
    source, stated = pair.source, pair.stated
    unit = f"{source.currency or '?'} per {stated.currency or '?'}"
    # The pair's span is the two figures; the qualifier before them is part of the claim.
    qualifier = f"{source.qualifier_text} " if source.qualifier_text else ""
    lines = [f"{qualifier}{pair.text}", f"  verdict     {check.verdict.upper()}"]
    if check.implied_rate is not None:
        lines.append(
            f"  implied     {_rate(check.implied_rate)} {unit} "
            f"(rounding allows {_rate(check.implied_low)} to {_rate(check.implied_high)})"
        )
    if check.reference is not None:
        ref = check.reference
        asked = ""
        if ref.requested_date != ref.date:
            asked = f", asked for {ref.requested_date.isoformat()}"
        market = f"; {ref.market} rate, {ref.side}" if check.markets else ""
        lines.append(
            f"  reference   {_rate(ref.value)} {unit} ({ref.publisher}, "
            f"{ref.date.isoformat()}{asked}; {ref.method}{market})"
        )
    if check.deviation is not None:
        lines.append(
            f"  deviation   {_pct(check.deviation)} "
            f"(tolerance {_pct(check.tolerance, signed=False)}, "
            f"including slack {_pct(check.slack, signed=False)})"
        )
    for note in check.qualifiers:
        lines.append(f"  qualifier   {note}")
    lines.extend(_market_lines(check))
    for reading in check.readings:
        lines.append(
            f"  reading     {reading.source_currency}/{reading.stated_currency}: "
            f"{reading.verdict} (deviation {_pct(reading.deviation)})"
        )
    if check.verdict in ("unverifiable", "ambiguous") or check.reference is None:
        lines.append(f"  reason      {check.reason}")
    if check.matching_dates is not None:
        if check.matching_dates:
            shown = ", ".join(
                (
                    f"{r.start.isoformat()}"
                    if r.start == r.end
                    else f"{r.start.isoformat()}..{r.end.isoformat()}"
                )
                for r in check.matching_dates[:limit_dates]
            )
            more = len(check.matching_dates) - limit_dates
            suffix = f" (+{more} more)" if more > 0 else ""
            lines.append(f"  exact on    {shown}{suffix}")
        else:
            lines.append("  exact on    no date in the range scanned")
    return "\n".join(lines)


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
    blocks = [render_check(check) for check in report.checks]
    if report.mentions:
        blocks.append(_mentions_table(report))
    blocks.append(report.summary)
    return "\n\n".join(blocks)


def _mentions_table(report: TextReport) -> str:
    header = f"Other figures{' in ' + report.to if report.to else ''}" + (
        f" as of {report.requested_date.isoformat()}" if report.requested_date else ""
    )
    rows = [
        (
            v.mention.text,
            f"{v.mention.amount:f}",
            v.mention.currency or "?",
            "-" if v.converted is None else f"{v.converted:,.2f} {v.currency}",
            v.reason or (f"{v.rate.source}, {v.rate.date.isoformat()}" if v.rate else ""),
        )
        for v in report.mentions
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [header]
    for row in rows:
        lines.append(
            "  "
            + "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4]))
            + (f"  {row[4]}" if row[4] else "")
        )
    return "\n".join(lines)


def _csv(report: TextReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for check in report.checks:
        ref = check.reference
        best = check.matching_dates[0].best.isoformat() if check.matching_dates else ""
        writer.writerow(
            [
                check.pair.text,
                check.pair.span[0],
                check.pair.span[1],
                check.verdict,
                *(
                    ("" if v is None else format(v, "f"))
                    for v in (check.implied_rate, check.implied_low, check.implied_high)
                ),
                "" if ref is None else format(ref.value, "f"),
                "" if ref is None else ref.source,
                "" if ref is None else ref.date.isoformat(),
                "" if check.requested_date is None else check.requested_date.isoformat(),
                "" if check.deviation is None else format(check.deviation, "f"),
                "" if check.tolerance is None else format(check.tolerance, "f"),
                "; ".join(check.qualifiers),
                best,
                check.reason,
            ]
        )
    return buffer.getvalue().rstrip("\n")


def _markdown(report: TextReport) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "| claim | verdict | implied | reference | deviation | tolerance |",
        "|---|---|---|---|---|---|",
    ]
    for check in report.checks:
        ref = check.reference
        reference = "-" if ref is None else f"{_rate(ref.value)} ({ref.source}, {ref.date})"
        lines.append(
            f"| {cell(check.pair.text)} | {check.verdict} | "
            f"{_rate(check.implied_rate)} | {reference} | {_pct(check.deviation)} | "
            f"{_pct(check.tolerance, signed=False)} |"
        )
    if report.mentions:
        lines += ["", "| figure | amount | currency | converted |", "|---|---|---|---|"]
        for v in report.mentions:
            converted = "-" if v.converted is None else f"{v.converted:,.2f} {v.currency}"
            lines.append(
                f"| {cell(v.mention.text)} | {v.mention.amount:f} | "
                f"{v.mention.currency or '?'} | {converted} |"
            )
    lines += ["", f"**{report.summary}**"]
    return "\n".join(lines)
