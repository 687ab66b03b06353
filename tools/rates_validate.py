"""Cross-checks of the raw files: what the build compares before it writes.

- the BCRA's A3500 days kept from the Datos Argentina series against the
  BCRA's own workbook: only the days ``data/raw/README.md`` documents
  (:data:`BCRA_KNOWN_MISMATCHES`) may differ, and the series' value is kept;
- every pair of publishers of one market, day by day (:func:`validate`): a
  Markdown report (``docs/rates-validation.md``) of how many days they share,
  how many agree within 1 %, and every run of days on which they disagree by
  more than 1 %.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from build_markets import (
    AD_DIR,
    AMBITO_CSV,
    CASAS,
    DOLARAPI_CSV,
    KNOWN_BAD,
    SELL_ONLY,
    MarketRow,
    Parsed,
    last_quotes,
    runs,
    weekend,
)
from rates_raw import BuildError, Report

from fxnorm.rates.sources.base import Row

__all__ = ["BCRA_KNOWN_MISMATCHES", "THRESHOLD", "Comparison", "check_bcra", "compare", "validate"]

#: Differences over this fraction are reported, day by day.
THRESHOLD = Decimal("0.01")

#: Days where the series and the BCRA workbook disagree, documented in data/raw/README.md.
BCRA_KNOWN_MISMATCHES = frozenset({"2010-01-25", "2010-06-11"})


def check_bcra(rows: Sequence[Row], workbook: dict[str, str], report: Report) -> None:
    """Compare the kept A3500 days with the BCRA workbook; fail on anything undocumented."""
    kept = {day: value for _, _, day, value in rows}
    first, last = min(kept), max(kept)
    missing = [day for day in workbook if first <= day <= last and day not in kept]
    if missing:
        raise BuildError(
            f"{len(missing)} BCRA business days have no A3500 value in the series, "
            f"first {missing[0]}"
        )
    shared = [day for day in kept if day in workbook]
    differ = [day for day in shared if Decimal(kept[day]) != Decimal(workbook[day])]
    report(
        f"bcra: {len(shared)} days cross-checked against com3500.xls, {len(differ)} differ"
        + "".join(
            f"; {day}: series {kept[day]}, workbook {workbook[day]} (series kept)" for day in differ
        )
    )
    unexpected = [day for day in differ if day not in BCRA_KNOWN_MISMATCHES]
    if unexpected:
        raise BuildError(
            f"the A3500 series and com3500.xls differ on undocumented days: {unexpected}"
        )


@dataclass(frozen=True)
class Comparison:
    """Two publishers of one market, compared on the weekdays both publish."""

    title: str
    left: str
    right: str
    shared: int
    equal: int
    within: int
    runs: tuple[tuple[str, str, int, Decimal, Decimal], ...]
    note: str = ""

    def markdown(self) -> list[str]:
        lines = [f"### {self.title}", ""]
        if self.note:
            lines += [self.note, ""]
        if not self.shared:
            return [*lines, "No shared days.", ""]
        share = Decimal(self.within * 100) / Decimal(self.shared)
        lines.append(
            f"{self.shared} shared weekdays; equal on {self.equal}; within 1 % on "
            f"{self.within} ({share:.1f} %); {self.shared - self.within} days over 1 %"
            + (f", in {len(self.runs)} runs:" if self.runs else ".")
        )
        if self.runs:
            lines += ["", f"| days | count | {self.left} vs {self.right} |", "|---|---|---|"]
            for first, last, count, low, high in self.runs:
                span = first if first == last else f"{first}..{last}"
                spread = _pct(low) if low == high else f"{_pct(low)} to {_pct(high)}"
                lines.append(f"| {span} | {count} | {spread} |")
        return [*lines, ""]


def _pct(value: Decimal) -> str:
    return f"{value * 100:+.1f} %"


def compare(
    title: str,
    left_name: str,
    left: dict[str, Decimal],
    right_name: str,
    right: dict[str, Decimal],
    *,
    note: str = "",
) -> Comparison:
    """``left`` against ``right`` on the weekdays both have: ``left / right - 1``."""
    shared = sorted(day for day in set(left) & set(right) if not weekend(day))
    runs: list[tuple[str, str, int, Decimal, Decimal]] = []
    equal = within = 0
    previous_bad = False
    for day in shared:
        gap = left[day] / right[day] - 1
        equal += gap == 0
        bad = abs(gap) > THRESHOLD
        within += not bad
        if bad:
            if previous_bad:
                first, _, count, low, high = runs[-1]
                runs[-1] = (first, day, count + 1, min(low, gap), max(high, gap))
            else:
                runs.append((day, day, 1, gap, gap))
        previous_bad = bad
    return Comparison(title, left_name, right_name, len(shared), equal, within, tuple(runs), note)


def validate(
    raw: Path,
    argentinadatos: Parsed,
    dolarapi: Parsed,
    a3500: dict[str, str],
    ecb_rows: Sequence[tuple[str, str, str, str]],
    fed_rows: Sequence[MarketRow],
) -> str:
    """The Markdown report of every overlap between publishers of one market.

    For each market: ArgentinaDatos as published against DolarApi's last
    quotes (one publisher, two files), and what fxnorm embeds (ArgentinaDatos
    as kept, then DolarApi's extension) against Ámbito's last quotes, another
    publisher; for the official market, ArgentinaDatos against the BCRA's
    A3500 too; for the yuan, the Fed against the ECB's cross.
    """
    full_dolarapi = last_quotes(raw / DOLARAPI_CSV)
    ambito = last_quotes(raw / AMBITO_CSV)

    def sells(daily: dict[str, dict[str, tuple[str, str]]], casa: str) -> dict[str, Decimal]:
        return {day: Decimal(sell) for day, (_, sell) in daily.get(casa, {}).items()}

    def embedded(market: str) -> dict[str, Decimal]:
        found: dict[str, Decimal] = {}
        for parsed in (argentinadatos, dolarapi):
            for day, (_, sell) in parsed.quotes.get(market, {}).items():
                if sell is not None:
                    found[day] = Decimal(sell)
        return found

    comparisons = [
        compare(
            "official: ArgentinaDatos `mayorista` against the BCRA's A3500",
            "ArgentinaDatos",
            _raw_sells(raw, "mayorista"),
            "A3500",
            {day: Decimal(value) for day, value in a3500.items()},
            note="The selling price of the wholesale quote against the BCRA's reference "
            "rate. A3500 answers the official rate wherever it exists (to 2025-03-28); "
            "the stretches dropped as known-bad are among the runs below.",
        )
    ]
    for casa, market in CASAS.items():
        if market == "solidario":
            continue
        comparisons.append(
            compare(
                f"{market}: ArgentinaDatos `{casa}` against DolarApi's last quote of the day",
                "ArgentinaDatos",
                _raw_sells(raw, casa),
                "DolarApi",
                sells(full_dolarapi, casa),
                note="From 2024 ArgentinaDatos is DolarApi's end-of-day value: one "
                "publisher, two files. Where they differ one of them was updated "
                "later in the day, or one is broken.",
            )
        )
        comparisons.append(
            compare(
                f"{market}: fxnorm's embedded `{market}` against Ámbito's `{casa}`",
                "embedded",
                embedded(market),
                "Ámbito",
                sells(ambito, casa),
                note="What fxnorm embeds (ArgentinaDatos as kept, then DolarApi's last "
                "quote of the day) against Ámbito's last quote of the day, another "
                "publisher of the market." + _AMBITO_NOTES.get(casa, ""),
            )
        )
    ecb = _ecb_cny_per_usd(ecb_rows)
    fed = {day: Decimal(value) for _, _, _, _, day, value in fed_rows}
    comparisons.append(
        compare(
            "CNY per USD: the Federal Reserve's H.10 (FRED DEXCHUS) against the ECB cross",
            "Fed",
            fed,
            "ECB",
            ecb,
            note="The ECB's CNY and USD rates of the day, divided (the cross fxnorm "
            "computes); the ECB fixes at 14:15 CET, the Fed reads noon in New York.",
        ),
    )
    lines = [
        "# Validation of the embedded rates",
        "",
        "<!-- Written by `python tools/build_rates.py --report docs/rates-validation.md`; "
        "tests check that it matches the raw files. Do not edit by hand. -->",
        "",
        "`tools/build_rates.py` compares every pair of publishers that quote the same "
        "market on the same days, and lists every run of weekdays on which they "
        "disagree by more than 1 % (the deviation is the first publisher's selling "
        "price over the second's, minus one). It drops known-bad stretches only "
        "from a list, each with its reason, after checking the raw file still holds "
        "exactly that flaw, and drops broken quotes by one stated rule. "
        "[Argentina's exchange rates](argentina.md) explains the markets and the "
        "publishers.",
        "",
        "## Dropped as known-bad",
        "",
        "| source | market | days | sell | reason |",
        "|---|---|---|---|---|",
    ]
    for stretch in KNOWN_BAD:
        lines.append(
            f"| argentinadatos | {stretch.market} | {stretch.first}..{stretch.last} | "
            f"{stretch.sell} | {stretch.reason} |"
        )
    lines += ["", "## Rules applied while reading", ""]
    lines += [f"- {note}" for note in argentinadatos.notes + dolarapi.notes]
    lines += [
        "",
        "## Buying above selling",
        "",
        "Kept as published when within the 15 % rule (a check compares a claim with "
        "the whole band between the two prices); days per market:",
        "",
    ]
    for parsed in (argentinadatos, dolarapi):
        for market, days in parsed.quotes.items():
            inverted = sorted(
                day
                for day, (buy, sell) in days.items()
                if buy is not None
                and sell is not None
                and market not in SELL_ONLY
                and Decimal(buy) > Decimal(sell)
            )
            if inverted:
                lines.append(f"- {parsed.source} {market}: {len(inverted)}: {runs(inverted)}")
    lines += ["", "## Publishers compared", ""]
    for comparison in comparisons:
        lines += comparison.markdown()
    return "\n".join(lines).rstrip("\n") + "\n"


_AMBITO_NOTES = {
    "oficial": " Ámbito's `oficial` is its average of bank quotes, not Banco Nación's "
    "rate: not the same quote, listed for reference.",
    "tarjeta": " Ámbito computes the card rate with its own tax rules.",
    "bolsa": " Ámbito prints one price (buy = sell).",
    "contadoconliqui": " Ámbito prints one price (buy = sell).",
    "cripto": " Ámbito prints one price (buy = sell).",
}


def _raw_sells(raw: Path, casa: str) -> dict[str, Decimal]:
    """A casa's selling prices as the raw ArgentinaDatos file has them (nothing dropped)."""
    records = json.loads((raw / AD_DIR / f"{casa}.json").read_text(encoding="utf-8"))
    return {r["fecha"]: Decimal(str(r["venta"])) for r in records if r["venta"] is not None}


def _ecb_cny_per_usd(rows: Sequence[tuple[str, str, str, str]]) -> dict[str, Decimal]:
    usd = {day: Decimal(value) for _, code, day, value in rows if code == "USD"}
    cny = {day: Decimal(value) for _, code, day, value in rows if code == "CNY"}
    return {day: cny[day] / usd[day] for day in cny if day in usd}
