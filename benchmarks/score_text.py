"""Score fxnorm's reading of text it was not written for, and say how it misses.

Two tables from outside the project feed it:

* ``tests/data/price_parser_cases.json``: price-parser's own published cases.
  fxnorm reads each string with no locale (``fxnorm.parse(text)``);
  price-parser reads it the way its own tests do
  (``Price.fromstring(text, currency_hint, decimal_separator)``). An amount is
  right when it equals the expected one as a ``Decimal``; a case that expects
  no price is right when no figure is read. fxnorm's currency is right when it
  is one of the ISO codes the expected symbol can denote (the table's ``iso``),
  price-parser's when it equals the expected symbol.
* ``tests/data/realtext/*.jsonl``: real sentences from many countries' pages,
  read by hand. fxnorm reads each with the page's locale
  (``fxnorm.extract(text, locale=...)``); every expected amount is compared on
  amount, currency, qualifier and range, and every stated conversion is looked
  for in ``fxnorm.extract_pairs(text, locale=...)``.

Every miss is put in a *class* (a magnitude word misread, a symbol left
unresolved, a qualifier missed, a pair not found …) so that a parser engineer
sees what to fix rather than which row to patch. Run::

    python benchmarks/score_text.py            # figures, then every miss by class
    python benchmarks/score_text.py --json     # the figures (and misses) as JSON
    python benchmarks/score_text.py --no-price-parser   # without the peer library

The module is importable: :func:`check_row` gives the misses of one realtext
row, :func:`score_realtext` and :func:`score_price_parser` the figures. It uses
nothing beyond fxnorm and the standard library, and price-parser when it is
installed (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PRICE_PARSER_CASES = ROOT / "tests" / "data" / "price_parser_cases.json"
REALTEXT = ROOT / "tests" / "data" / "realtext"

__all__ = [
    "Miss",
    "check_row",
    "load_price_parser_cases",
    "load_realtext",
    "main",
    "score_price_parser",
    "score_realtext",
]

FIELDS = ("amount", "currency", "qualifier", "range")


# --------------------------------------------------------------------------- loading


def load_price_parser_cases(path: Path = PRICE_PARSER_CASES) -> list[dict[str, Any]]:
    """The cases of price-parser's table, as written by the converter."""
    document = json.loads(path.read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = document["cases"]
    return cases


def load_realtext(directory: Path = REALTEXT) -> list[dict[str, Any]]:
    """Every row of every ``<locale>.jsonl`` file, files in name order."""
    rows: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    row = json.loads(line)
                    row.setdefault("_where", f"{path.name}:{number}")
                    rows.append(row)
    return rows


# --------------------------------------------------------------------------- misses


@dataclass(frozen=True)
class Miss:
    """One thing fxnorm got wrong on one row: its class, and expected vs got."""

    kind: str
    row_id: str
    locale: str
    text: str
    expected: str
    got: str

    def line(self) -> str:
        return f"[{self.row_id} {self.locale}] expected {self.expected} | got {self.got}"


def _d(value: Any) -> Decimal:
    return Decimal(str(value))


def _show_expected(exp: dict[str, Any]) -> str:
    cur = exp.get("currency") or "/".join(exp.get("alternatives", ())) or "?"
    parts = [f"{exp['amount']} {cur}"]
    if exp.get("range"):
        parts.append(f"range {exp['range'][0]}..{exp['range'][1]}")
    if exp.get("qualifier"):
        parts.append(exp["qualifier"])
    return ", ".join(parts)


def _show_mention(mention: Any) -> str:
    if mention is None:
        return "nothing"
    cur = mention.currency
    if cur is None:
        cur = "?" + ("(" + "/".join(mention.alternatives[:6]) + ")" if mention.alternatives else "")
    parts = [f"{mention.amount} {cur}"]
    if mention.range is not None:
        parts.append(f"range {mention.range[0]}..{mention.range[1]}")
    if mention.qualifier:
        parts.append(mention.qualifier)
    parts.append(f"from {mention.text!r}")
    if mention.currency is not None and mention.resolved_by not in ("code", "symbol", "name"):
        parts.append(f"by {mention.resolved_by}")
    return ", ".join(parts)


def _power_of_ten(ratio: Decimal) -> int | None:
    """``k`` when ``ratio == 10**k`` exactly, else ``None``."""
    if ratio <= 0:
        return None
    exponent = ratio.normalize().as_tuple()
    if exponent.digits == (1,) and isinstance(exponent.exponent, int):
        return exponent.exponent
    return None


def _amount_class(expected: Decimal, got: Decimal, mention_text: str) -> str:
    """Why an amount is wrong: a separator misread, a magnitude lost, or another number."""
    if got == 0 or expected == 0:
        return "amount: other number"
    k = _power_of_ten(got / expected)
    if k is None:
        return "amount: other number"
    has_separator = any(
        mention_text[i] in ".,'’ \u00a0\u202f"
        and mention_text[i - 1].isdigit()
        and mention_text[i + 1].isdigit()
        for i in range(1, len(mention_text) - 1)
    )
    if has_separator and abs(k) <= 3:
        return f"amount: number format (x10^{k})"
    return f"amount: magnitude (x10^{k})"


def _currency_ok(exp: dict[str, Any], mention: Any) -> bool:
    if exp.get("currency"):
        return bool(mention.currency == exp["currency"])
    wanted = set(exp.get("alternatives", ()))
    return mention.currency is None and wanted <= set(mention.alternatives)


def _currency_class(exp: dict[str, Any], mention: Any) -> str:
    if not exp.get("currency"):
        return "currency: ambiguity not reported"
    if mention.currency is None:
        if exp["currency"] in mention.alternatives:
            return "currency: left unresolved (expected among the alternatives)"
        return "currency: unresolved, expected not among the alternatives"
    by = mention.resolved_by
    if by in ("code", "symbol", "name"):
        return f"currency: wrong code from the text's {by}"
    return f"currency: wrong code chosen by {by}"


def _qualifier_class(expected: str | None, got: str | None) -> str:
    if expected and not got:
        return f"qualifier: missed ({expected})"
    if got and not expected:
        return f"qualifier: spurious ({got})"
    return f"qualifier: wrong kind ({expected} read as {got})"


def _range_of(mention: Any) -> tuple[Decimal, Decimal] | None:
    return None if mention.range is None else (mention.range[0], mention.range[1])


def _match(expected: list[dict[str, Any]], mentions: list[Any]) -> list[int | None]:
    """For each expected amount, the index of the mention that reads it (or None).

    First every expected amount takes the earliest unused mention with the same
    amount; the amounts left are then paired with the mentions left, in order,
    so that a misread figure is compared with the figure fxnorm read there.
    """
    chosen: list[int | None] = [None] * len(expected)
    used: set[int] = set()
    for i, exp in enumerate(expected):
        want = _d(exp["amount"])
        for j, mention in enumerate(mentions):
            if j not in used and mention.amount == want:
                chosen[i] = j
                used.add(j)
                break
    rest = [j for j in range(len(mentions)) if j not in used]
    for i in range(len(expected)):
        if chosen[i] is None and rest:
            chosen[i] = rest.pop(0)
    return chosen


@dataclass
class RowResult:
    """What fxnorm made of one realtext row."""

    row: dict[str, Any]
    fields_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    amounts: int = 0
    amounts_right: int = 0
    extra: int = 0
    pairs_expected: int = 0
    pairs_found: int = 0
    false_pairs: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def right(self) -> bool:
        """Every amount read right, nothing extra, every stated pair found."""
        return (
            self.amounts_right == self.amounts
            and self.extra == 0
            and self.pairs_found == self.pairs_expected
            and self.false_pairs == 0
        )


def _why_not_found(text: str, locale: str, exp: dict[str, Any]) -> tuple[str, str]:
    """Why a figure did not come back: its currency word, its number, or both.

    The text is read again with the expected currency as ``default_currency``:
    if the number then comes back right, the number was read and only the
    currency word or symbol was not recognised; if it comes back as another
    number, the number was misread too; if nothing comes back, the number was
    not read as a figure at all (numerals, scripts or magnitude words unknown).
    """
    import fxnorm

    code = exp.get("currency") or (exp.get("alternatives") or [None])[0]
    if code is None:
        return "figure not found", "nothing"
    want = _d(exp["amount"])
    try:
        bare = [m for m in fxnorm.extract(text, locale=locale, default_currency=code)]
    except Exception as error:
        return "crash: extract raised", repr(error)
    if any(m.amount == want for m in bare):
        return "figure not found: number read, currency word or symbol not recognised", "nothing"
    if bare:
        shown = "; ".join(f"{m.amount} from {m.text!r}" for m in bare)
        return (
            "figure not found: number misread and currency not recognised",
            f"nothing (bare: {shown})",
        )
    return "figure not found: no number read at all", "nothing"


def _miss(row: dict[str, Any], kind: str, expected: str, got: str) -> Miss:
    return Miss(
        kind, row.get("id", row.get("_where", "?")), row["locale"], row["text"], expected, got
    )


def check_row(row: dict[str, Any]) -> RowResult:
    """Read one realtext row with fxnorm (the page's locale passed) and list its misses.

    An empty ``misses`` list means fxnorm read the row exactly as it was read by hand.
    """
    import fxnorm

    result = RowResult(row)
    text, locale = row["text"], row["locale"]
    expected: list[dict[str, Any]] = row["amounts"]
    result.amounts = len(expected)
    try:
        mentions = list(fxnorm.extract(text, locale=locale))
    except Exception as error:  # the scorer reports a crash as a miss, it does not stop
        result.misses.append(_miss(row, "crash: extract raised", "no error", repr(error)))
        mentions = []
    chosen = _match(expected, mentions)
    for exp, j in zip(expected, chosen, strict=True):
        mention = None if j is None else mentions[j]
        if mention is None:
            kind, got = _why_not_found(text, locale, exp)
            result.misses.append(_miss(row, kind, _show_expected(exp), got))
            continue
        want = _d(exp["amount"])
        ok = {
            "amount": mention.amount == want,
            "currency": _currency_ok(exp, mention),
            "qualifier": mention.qualifier == exp.get("qualifier"),
            "range": _range_of(mention)
            == (None if not exp.get("range") else (_d(exp["range"][0]), _d(exp["range"][1]))),
        }
        for name, good in ok.items():
            result.fields_right[name] += good
        if all(ok.values()):
            result.amounts_right += 1
            continue
        shown = _show_expected(exp), _show_mention(mention)
        if not ok["amount"]:
            result.misses.append(
                _miss(row, _amount_class(want, mention.amount, mention.text), *shown)
            )
        if not ok["currency"]:
            result.misses.append(_miss(row, _currency_class(exp, mention), *shown))
        if not ok["qualifier"]:
            kind = _qualifier_class(exp.get("qualifier"), mention.qualifier)
            result.misses.append(_miss(row, kind, *shown))
        if not ok["range"]:
            kind = "range: missed" if exp.get("range") else "range: spurious"
            result.misses.append(_miss(row, kind, *shown))
    taken = {j for j in chosen if j is not None}
    for j, mention in enumerate(mentions):
        if j not in taken:
            result.extra += 1
            result.misses.append(
                _miss(row, "extra figure (not money, or read twice)", "-", _show_mention(mention))
            )
    _check_pairs(row, result, expected)
    return result


def _check_pairs(row: dict[str, Any], result: RowResult, expected: list[dict[str, Any]]) -> None:
    import fxnorm

    wanted = [tuple(p) for p in row.get("pairs", ())]
    result.pairs_expected = len(wanted)
    try:
        pairs = list(fxnorm.extract_pairs(row["text"], locale=row["locale"]))
    except Exception as error:
        result.misses.append(_miss(row, "crash: extract_pairs raised", "no error", repr(error)))
        return
    matched: set[int] = set()
    for i, j in wanted:
        a, b = expected[i], expected[j]
        hit = None
        for k, pair in enumerate(pairs):
            if k in matched:
                continue
            if pair.source.amount == _d(a["amount"]) and pair.stated.amount == _d(b["amount"]):
                hit = k
                break
        shown = f"{_show_expected(a)}  <->  {_show_expected(b)}"
        if hit is None:
            got = "; ".join(f"{p.source.text!r} <-> {p.stated.text!r}" for p in pairs) or "no pair"
            # was each side at least read as a figure?
            read = {m.amount for m in fxnorm.extract(row["text"], locale=row["locale"])}
            both = _d(a["amount"]) in read and _d(b["amount"]) in read
            kind = (
                "pair: not found (both figures read)"
                if both
                else "pair: not found (a figure misread)"
            )
            result.misses.append(_miss(row, kind, shown, got))
            continue
        matched.add(hit)
        pair = pairs[hit]
        if not (_currency_ok(a, pair.source) and _currency_ok(b, pair.stated)):
            got = f"{_show_mention(pair.source)}  <->  {_show_mention(pair.stated)}"
            result.misses.append(_miss(row, "pair: found, a currency wrong", shown, got))
        result.pairs_found += 1
    for k, pair in enumerate(pairs):
        if k not in matched:
            result.false_pairs += 1
            got = f"{pair.source.text!r} <-> {pair.stated.text!r}"
            result.misses.append(_miss(row, "pair: false pair (no equivalence stated)", "-", got))


# --------------------------------------------------------------------------- realtext figures


def _group(locale: str) -> str:
    """The locale group a page counts in: the countries the tables were collected for."""
    language, _, rest = locale.partition("_")
    if language in ("de", "fr", "it", "ja", "ko"):
        return language
    if language in ("hi", "ta", "te", "mr") or locale == "en_IN":
        return "en_IN + Indian languages"
    if language == "en":
        return "en (GB, US, other)"
    if language in ("ar", "ru"):
        return language
    if language == "zh":
        return {"Hans_CN": "zh_CN", "Hant_TW": "zh_TW"}.get(rest, "zh (HK, other)")
    return locale


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def score_realtext(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Figures over the realtext rows: overall, per locale group, per field, and the misses."""
    results = [check_row(row) for row in rows]
    groups: dict[str, list[RowResult]] = defaultdict(list)
    for result in results:
        groups[_group(result.row["locale"])].append(result)

    def figures(items: Sequence[RowResult]) -> dict[str, Any]:
        amounts = sum(r.amounts for r in items)
        pairs = sum(r.pairs_expected for r in items)
        out: dict[str, Any] = {
            "rows": len(items),
            "rows_right": sum(r.right for r in items),
            "amounts": amounts,
            "amounts_right": sum(r.amounts_right for r in items),
            "extra_figures": sum(r.extra for r in items),
            "pairs_expected": pairs,
            "pairs_found": sum(r.pairs_found for r in items),
            "false_pairs": sum(r.false_pairs for r in items),
        }
        for name in FIELDS:
            out[f"{name}_right"] = sum(r.fields_right[name] for r in items)
        out["rows_right_pct"] = _share(out["rows_right"], len(items))
        out["amounts_right_pct"] = _share(out["amounts_right"], amounts)
        out["pairs_found_pct"] = _share(out["pairs_found"], pairs)
        return out

    misses = [m for r in results for m in r.misses]
    return {
        "overall": figures(results),
        "per_group": {g: figures(items) for g, items in sorted(groups.items())},
        "per_locale": {
            loc: figures([r for r in results if r.row["locale"] == loc])
            for loc in sorted({r.row["locale"] for r in results})
        },
        "miss_classes": dict(Counter(m.kind for m in misses).most_common()),
        "misses": [asdict(m) for m in misses],
    }


# --------------------------------------------------------------------------- price-parser figures


def _fxnorm_price(text: str | None) -> Any:
    """fxnorm's reading of a price string with no locale: a Mention, or None for no figure."""
    import fxnorm
    from fxnorm.errors import ParseError

    if text is None:
        return None
    try:
        return fxnorm.parse(text)
    except ParseError:
        return None


def _no_figure_class(text: str) -> str:
    """Why no figure came back: a comma decimal or group not readable without a locale, or else."""
    if re.search(r"\d,\s?\d", text):
        return "price: no figure read (a comma number unreadable with no locale)"
    if re.search(r"\d\.\d{3}(?!\d)", text):
        return "price: no figure read (a dot group unreadable with no locale)"
    return "price: no figure read (other)"


def _currency_in_text(case: dict[str, Any]) -> bool:
    """Whether the case's currency is written in its text and has an ISO reading.

    price-parser's tests also pass a currency *hint* from around the price
    (``'€'`` for ``'17,35'``); fxnorm reads the text alone, so currencies are
    scored only where the text itself names one.
    """
    return bool(case["iso"]) and case["text"] is not None and case["currency"] in case["text"]


def _price_parser_reading(case: dict[str, Any]) -> tuple[Decimal | None, str | None]:
    from price_parser import Price

    if case["text"] is None:
        return None, None
    price = Price.fromstring(case["text"], case["currency_hint"], case["decimal_separator"])
    return price.amount, price.currency


def score_price_parser(cases: Sequence[dict[str, Any]], *, peer: bool = True) -> dict[str, Any]:
    """Amounts and currencies right for fxnorm (no locale) and, if ``peer``, price-parser."""
    with_amount = [c for c in cases if c["amount"] is not None]
    no_amount = [c for c in cases if c["amount"] is None]
    with_iso = [c for c in cases if _currency_in_text(c)]
    fx = {"amounts_right": 0, "no_price_right": 0, "currencies_right": 0, "currencies_open": 0}
    misses: list[Miss] = []
    symbols: Counter[str] = Counter()
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        mention = _fxnorm_price(case["text"])
        row = {"id": f"pp-line{case['line']}", "locale": "(none)", "text": str(case["text"])}
        expected = f"{case['amount']} {case['currency'] or ''}".strip()
        by_group[case["group"]]["cases"] += 1
        if case["amount"] is None:
            if mention is None:
                fx["no_price_right"] += 1
            else:
                misses.append(
                    _miss(
                        row,
                        "price: figure read where none is",
                        expected or "none",
                        _show_mention(mention),
                    )
                )
            continue
        want = _d(case["amount"])
        if mention is not None and mention.amount == want:
            fx["amounts_right"] += 1
            by_group[case["group"]]["fxnorm_amounts_right"] += 1
        else:
            if mention is None:
                kind = _no_figure_class(str(case["text"]))
            else:
                kind = _amount_class(want, mention.amount, mention.text)
                kind = kind.replace("amount:", "price amount:")
            misses.append(_miss(row, kind, expected, _show_mention(mention)))
        if _currency_in_text(case) and mention is not None:
            if mention.currency in case["iso"]:
                fx["currencies_right"] += 1
            elif mention.currency is None and set(mention.alternatives) & set(case["iso"]):
                fx["currencies_open"] += 1
            elif mention.amount == want:
                unread = mention.currency is None and not mention.alternatives
                kind = "price currency: unread" if unread else "price currency: other"
                symbols[case["currency"]] += 1
                misses.append(
                    _miss(
                        row,
                        kind,
                        f"{case['currency']} = {'/'.join(case['iso'])}",
                        _show_mention(mention),
                    )
                )
    out: dict[str, Any] = {
        "cases": len(cases),
        "cases_with_amount": len(with_amount),
        "cases_without_amount": len(no_amount),
        "cases_with_iso_currency": len(with_iso),
        "fxnorm": fx,
        "miss_classes": dict(Counter(m.kind for m in misses).most_common()),
        "currency_strings_missed": dict(symbols.most_common()),
        "misses": [asdict(m) for m in misses],
    }
    if peer:
        pp = {"amounts_right": 0, "no_price_right": 0, "currencies_right": 0}
        for case in cases:
            amount, currency = _price_parser_reading(case)
            if case["amount"] is None:
                pp["no_price_right"] += amount is None
                continue
            if amount is not None and amount == _d(case["amount"]):
                pp["amounts_right"] += 1
                by_group[case["group"]]["price_parser_amounts_right"] += 1
            if _currency_in_text(case):
                pp["currencies_right"] += currency == case["currency"]
        out["price_parser"] = pp
    out["per_group"] = {g: dict(c) for g, c in sorted(by_group.items())}
    return out


# --------------------------------------------------------------------------- report


def _print_misses(misses: list[dict[str, Any]], limit: int | None) -> None:
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for miss in misses:
        by_kind[miss["kind"]].append(miss)
    for kind, items in sorted(by_kind.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"\n### {kind}: {len(items)}")
        for miss in items[: limit or len(items)]:
            print(f"  [{miss['row_id']} {miss['locale']}] {miss['text']}")
            print(f"      expected {miss['expected']}")
            print(f"      got      {miss['got']}")
        if limit and len(items) > limit:
            print(f"  … {len(items) - limit} more")


_ROW_FORMAT = "{:26} {:>9} {:>11} {:>5} {:>5} {:>5} {:>5} {:>5} {:>7} {:>5}"


def _table_row(name: str, f: dict[str, Any]) -> str:
    return _ROW_FORMAT.format(
        name,
        f"{f['rows_right']}/{f['rows']}",
        f"{f['amounts_right']}/{f['amounts']}",
        f["amount_right"],
        f["currency_right"],
        f["qualifier_right"],
        f["range_right"],
        f["extra_figures"],
        f"{f['pairs_found']}/{f['pairs_expected']}",
        f["false_pairs"],
    )


def _print_report(pp: dict[str, Any] | None, rt: dict[str, Any] | None, limit: int | None) -> None:
    if pp is not None:
        fx = pp["fxnorm"]
        print("== price-parser's published cases (fxnorm with no locale) ==")
        print(
            f"cases {pp['cases']}: {pp['cases_with_amount']} with an amount, "
            f"{pp['cases_without_amount']} with none, "
            f"{pp['cases_with_iso_currency']} naming a currency in the text"
        )
        print(
            f"  fxnorm        amounts right {fx['amounts_right']}/{pp['cases_with_amount']}"
            f"   no-price right {fx['no_price_right']}/{pp['cases_without_amount']}"
            f"   currency right {fx['currencies_right']}/{pp['cases_with_iso_currency']}"
            f" (+{fx['currencies_open']} left open with the right one among the alternatives)"
        )
        if "price_parser" in pp:
            peer = pp["price_parser"]
            print(
                f"  price-parser  amounts right {peer['amounts_right']}/{pp['cases_with_amount']}"
                f"   no-price right {peer['no_price_right']}/{pp['cases_without_amount']}"
                f"   currency symbol right {peer['currencies_right']}"
                f"/{pp['cases_with_iso_currency']}"
            )
        print("  per upstream list (cases, fxnorm amounts right, price-parser amounts right):")
        for group, counts in pp["per_group"].items():
            print(
                f"    {group:55} {counts.get('cases', 0):5}"
                f" {counts.get('fxnorm_amounts_right', 0):5}"
                f" {counts.get('price_parser_amounts_right', '-'):>5}"
            )
        print("  classes of miss:")
        for kind, count in pp["miss_classes"].items():
            print(f"    {count:5}  {kind}")
        missed = ", ".join(f"{s} {n}" for s, n in pp["currency_strings_missed"].items())
        print(f"  currency strings fxnorm did not read as their currency: {missed}")
    if rt is not None:
        o = rt["overall"]
        print("\n== real text, read with the page's locale ==")
        print(
            f"rows right {o['rows_right']}/{o['rows']} ({o['rows_right_pct']} %)   "
            f"amounts right {o['amounts_right']}/{o['amounts']} ({o['amounts_right_pct']} %)   "
            f"extra figures {o['extra_figures']}"
        )
        print("per field: " + "   ".join(f"{n} {o[f'{n}_right']}/{o['amounts']}" for n in FIELDS))
        print(
            f"pairs found {o['pairs_found']}/{o['pairs_expected']} ({o['pairs_found_pct']} %)   "
            f"false pairs {o['false_pairs']}"
        )
        header = _ROW_FORMAT.format(
            "group / locale",
            "rows",
            "amounts",
            "amt",
            "cur",
            "qual",
            "rng",
            "extra",
            "pairs",
            "false",
        )
        for title, table in (
            ("per locale group", rt["per_group"]),
            ("per page locale", rt["per_locale"]),
        ):
            print(f"\n{title}:\n{header}")
            for name, f in table.items():
                print(_table_row(name, f))
        print("\nclasses of miss (real text):")
        for kind, count in rt["miss_classes"].items():
            print(f"  {count:5}  {kind}")
    if rt is not None:
        print("\n== every miss on real text, by class ==")
        _print_misses(rt["misses"], limit)
    if pp is not None:
        print("\n== every miss on price-parser's cases, by class ==")
        _print_misses(pp["misses"], limit)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score fxnorm on text from outside the project.")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-misses", action="store_true", help="with --json: figures only")
    parser.add_argument(
        "--no-price-parser", action="store_true", help="do not run the peer library"
    )
    parser.add_argument("--only", choices=("price-parser", "realtext"), help="score one table")
    parser.add_argument("--limit", type=int, default=None, help="misses shown per class")
    args = parser.parse_args(argv)
    pp = rt = None
    if args.only != "realtext":
        peer = not args.no_price_parser
        if peer:
            try:
                import price_parser  # noqa: F401
            except ImportError:
                print(
                    "price-parser is not installed (pip install price-parser): fxnorm alone",
                    file=sys.stderr,
                )
                peer = False
        pp = score_price_parser(load_price_parser_cases(), peer=peer)
    if args.only != "price-parser":
        rt = score_realtext(load_realtext())
    if args.json:
        if args.no_misses:
            for part in (pp, rt):
                if part is not None:
                    part.pop("misses", None)
        print(json.dumps({"price_parser_cases": pp, "realtext": rt}, ensure_ascii=False, indent=1))
    else:
        _print_report(pp, rt, args.limit)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except (InvalidOperation, KeyError) as error:  # a malformed table: one line, not a traceback
        print(f"score_text: malformed table: {error!r}", file=sys.stderr)
        raise SystemExit(2) from None
