"""Turn price-parser's published test cases into ``tests/data/price_parser_cases.json``.

price-parser (scrapinghub/price-parser, BSD-3-Clause) keeps its cases as
``Example(currency_hint, text, currency, amount_text, amount)`` calls in
``tests/test_price_parsing.py``. This script reads a local copy of that file
with :mod:`ast` (the file is never imported or executed, so neither pytest nor
price-parser is needed) and writes every case, in file order, with the list it
came from. No case is dropped: the lists price-parser itself marks as expected
failures are kept and flagged ``upstream_xfail``, because their expected values
are still the true reading of the text.

Usage::

    python tools/convert_price_parser_cases.py path/to/test_price_parsing.py \\
        --release 0.5.1 --released 2026-03-19 --retrieved 2026-12-04

The expected amount is written as a decimal string the way price-parser's own
``Example`` builds it: ``Decimal(str(amount))`` for a float or int, the
``Decimal`` itself when the file gives one. ``iso`` is the set of ISO 4217 codes
that price-parser's expected currency string can denote, from the hand-made
table below (not from fxnorm, so the table stays a check on fxnorm); an empty
list means the string has no currency, or one whose code is not decidable.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

__all__ = ["ISO_BY_CURRENCY_STRING", "convert", "main"]

#: price-parser's currency strings -> the ISO 4217 codes each can denote, by hand.
#: A symbol shared by several currencies lists them all (``$``, ``kr``, ``Rs``);
#: a string that names a withdrawn currency gives its historic code (``DEM``).
ISO_BY_CURRENCY_STRING: dict[str, tuple[str, ...]] = {
    "$": ("USD", "CAD", "AUD", "NZD", "MXN", "ARS", "CLP", "COP", "SGD", "HKD", "TWD"),
    "US$": ("USD",),
    "USD": ("USD",),
    "A$": ("AUD",),
    "AU$": ("AUD",),
    "AUD": ("AUD",),
    "C$": ("CAD",),
    "CA$": ("CAD",),
    "CAD": ("CAD",),
    "NZ$": ("NZD",),
    "NZD": ("NZD",),
    "HK$": ("HKD",),
    "HKD": ("HKD",),
    "S$": ("SGD",),
    "SGD": ("SGD",),
    "SG$": ("SGD",),
    "NT$": ("TWD",),
    "NTD": ("TWD",),
    "TWD": ("TWD",),
    "MX$": ("MXN",),
    "MXN": ("MXN",),
    "R$": ("BRL",),
    "BRL": ("BRL",),
    "€": ("EUR",),
    "EUR": ("EUR",),
    "euro": ("EUR",),
    "Euro": ("EUR",),
    "£": ("GBP", "EGP", "GIP", "FKP", "SHP"),
    "₤": ("GBP", "ITL", "TRL"),
    "GBP": ("GBP",),
    "¥": ("JPY", "CNY"),
    "円": ("JPY",),
    "JPY": ("JPY",),
    "元": ("CNY", "TWD", "HKD"),
    "CNY": ("CNY",),
    "RMB": ("CNY",),
    "₩": ("KRW",),
    "원": ("KRW",),
    "KRW": ("KRW",),
    "₹": ("INR",),
    "Rs": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "INR": ("INR",),
    "₪": ("ILS",),
    "ILS": ("ILS",),
    "CHF": ("CHF",),
    "Fr.": ("CHF",),
    "zł": ("PLN",),
    "Zł": ("PLN",),
    "PLN": ("PLN",),
    "Kč": ("CZK",),
    "CZK": ("CZK",),
    "Ft": ("HUF",),
    "HUF": ("HUF",),
    "lei": ("RON", "MDL"),
    "Lei": ("RON", "MDL"),
    "RON": ("RON",),
    "лв": ("BGN",),
    "лв.": ("BGN",),
    "BGN": ("BGN",),
    "руб": ("RUB", "BYN"),
    "руб.": ("RUB", "BYN"),
    "р.": ("RUB", "BYN"),
    "Р": ("RUB",),
    "₽": ("RUB",),
    "RUB": ("RUB",),
    "грн": ("UAH",),
    "грн.": ("UAH",),
    "₴": ("UAH",),
    "UAH": ("UAH",),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    "kr.": ("DKK", "ISK", "SEK", "NOK"),
    ",-": (),
    "DKK": ("DKK",),
    "SEK": ("SEK",),
    "NOK": ("NOK",),
    "TL": ("TRY",),
    "₺": ("TRY",),
    "TRY": ("TRY",),
    "₫": ("VND",),
    "đ": ("VND",),
    "VND": ("VND",),
    "Rp": ("IDR",),
    "IDR": ("IDR",),
    "RM": ("MYR",),
    "MYR": ("MYR",),
    "฿": ("THB",),
    "THB": ("THB",),
    "₱": ("PHP",),
    "PHP": ("PHP",),
    "R": ("ZAR",),
    "ZAR": ("ZAR",),
    "KSh": ("KES",),
    "KES": ("KES",),
    "₦": ("NGN",),
    "NGN": ("NGN",),
    "AED": ("AED",),
    "درهم": ("AED", "MAD"),
    "د.إ": ("AED",),
    "SAR": ("SAR",),
    "ريال": ("SAR", "QAR", "OMR", "YER", "IRR"),
    "ر.س": ("SAR",),
    "ریال": ("IRR",),
    "تومان": (),
    "جنيه": ("EGP", "SDG"),
    "ج.م": ("EGP",),
    "E£": ("EGP",),
    "EGP": ("EGP",),
    "KD": ("KWD",),
    "KWD": ("KWD",),
    "OMR": ("OMR",),
    "BHD": ("BHD",),
    "QAR": ("QAR",),
    "₸": ("KZT",),
    "KZT": ("KZT",),
    "₾": ("GEL",),
    "GEL": ("GEL",),
    "֏": ("AMD",),
    "₼": ("AZN",),
    "₶": (),
    "ლ": ("GEL",),
    "B/.": ("PAB",),
    "PAB": ("PAB",),
    "T$": ("TOP",),
    "TOP": ("TOP",),
    "G": ("GYD", "HTG", "PYG"),
    "L": ("RON", "MDL", "ALL", "HNL", "LSL", "SZL"),
    "S/": ("PEN",),
    "S/.": ("PEN",),
    "PEN": ("PEN",),
    "Bs": ("BOB", "VES"),
    "Bs.": ("BOB", "VES"),
    "COP": ("COP",),
    "CLP": ("CLP",),
    "ARS": ("ARS",),
    "UYU": ("UYU",),
    "PTE": ("PTE",),
    "DEM": ("DEM",),
    "FRF": ("FRF",),
    "ITL": ("ITL",),
    "ESP": ("ESP",),
    "NLG": ("NLG",),
    "BEF": ("BEF",),
    "ATS": ("ATS",),
    "IEP": ("IEP",),
    "FIM": ("FIM",),
    "GRD": ("GRD",),
    "৳": ("BDT",),
    "BDT": ("BDT",),
    "₨": ("PKR", "INR", "LKR", "NPR", "MUR", "SCR"),
    "PKR": ("PKR",),
    "LKR": ("LKR",),
    "NPR": ("NPR",),
    "₮": ("MNT",),
    "MNT": ("MNT",),
    "₭": ("LAK",),
    "៛": ("KHR",),
    "Ks": ("MMK",),
    "MMK": ("MMK",),
    "ден": ("MKD",),
    "ден.": ("MKD",),
    "MKD": ("MKD",),
    "дин": ("RSD",),
    "дин.": ("RSD",),
    "din": ("RSD",),
    "din.": ("RSD",),
    "RSD": ("RSD",),
    "kn": ("HRK",),
    "HRK": ("HRK",),
    "KM": ("BAM",),
    "BAM": ("BAM",),
    "сом": ("KGS",),
    "с.": ("TJS",),
    "ман.": ("AZN", "TMT"),
    "Br": ("BYN", "ETB"),
    "BYN": ("BYN",),
    "ISK": ("ISK",),
    "MAD": ("MAD",),
    "DH": ("MAD", "AED"),
    "Dh": ("MAD", "AED"),
    "TND": ("TND",),
    "DT": ("TND",),
    "DA": ("DZD",),
    "DZD": ("DZD",),
    "CFA": ("XOF", "XAF"),
    "FCFA": ("XOF", "XAF"),
    "XOF": ("XOF",),
    "XAF": ("XAF",),
    "GHS": ("GHS",),
    "GH₵": ("GHS",),
    "₵": ("GHS",),
    "UGX": ("UGX",),
    "TZS": ("TZS",),
    "ZMW": ("ZMW",),
    "BWP": ("BWP",),
    "P": ("BWP", "MOP"),
    "MOP": ("MOP",),
    "MOP$": ("MOP",),
    # the rest follow the upstream file's own comments where it has them
    "Dinara": ("RSD",),
    "pln": ("PLN",),
    "LEI": ("RON", "MDL"),
    "र": ("INR", "NPR"),
    "؋": ("AFN",),
    "Lek": ("ALL",),
    "ƒ": ("ANG", "AWG"),
    "BZ$": ("BZD",),
    "Nu.": ("BTN",),
    "Nu": ("BTN",),
    "FBu": ("BIF",),
    "Fbu": ("BIF",),
    "BD": ("BHD",),
    "KMF": ("KMF",),
    "₣": (),
    "₡": ("CRC", "SVC"),
    "CUC$": ("CUC",),
    "Fdj": ("DJF",),
    "RD$": ("DOP",),
    "Nfk": ("ERN",),
    "﷼": ("SAR", "IRR", "OMR", "QAR", "YER"),
    "J$": ("JMD",),
    "LD": ("LYD", "LRD"),
    "MK": ("MWK",),
    "Rf": ("MVR",),
    "UM": ("MRU",),
    "Db": ("STN",),
    "TSh": ("TZS",),
    "TT$": ("TTD",),
    "USh": ("UGX",),
    "$U": ("UYU",),
    "VT": ("VUV",),
    "Vt": ("VUV",),
    "ZK": ("ZMW",),
    "Z$": ("ZWL",),
    "₿": (),
    "Ƀ": (),
    "BTC": (),
    "FG": ("GNF",),
    "GFr": ("GNF",),
    "yen": ("JPY",),
    "บาท": ("THB",),
    "Kr": ("SEK", "NOK", "DKK", "ISK"),
    "zl": ("PLN",),
    "CAN$": ("CAD",),
    "CAD$": ("CAD",),
    "CND": ("CAD",),
    "q": ("GTQ",),
    "Q": ("GTQ",),
    "دج": ("DZD",),
    ".د.ب": ("BHD",),
    "$b": ("BBD", "BOB"),
    "franc": ("CHF", "FRF", "BEF", "XOF", "XAF"),
    "francs": ("CHF", "FRF", "BEF", "XOF", "XAF"),
    "ናቕፋ": ("ERN",),
    "نافكا": ("ERN",),
    "E": ("EGP", "SZL"),
    "ብር": ("ETB",),
    "D": ("GMD",),
    "¢": ("GHS",),
    "ع.د": ("IQD",),
    "د.ع": ("IQD",),
    "ID": ("IQD",),
    "د.": ("AED", "BHD", "DZD", "IQD", "JOD", "KWD", "LYD", "MAD", "TND"),
    "د.ك": ("KWD",),
    "ل.د": ("LYD",),
    "د.ل": ("LYD",),
    "ДЕН": ("MKD",),
    "mkd": ("MKD",),
    "Ar": ("MGA",),
    "MT": ("MZN",),
    "K": ("PGK", "MMK", "ZMW", "MWK"),
    "FRw": ("RWF",),
    "RF": ("RWF",),
    "R₣": ("RWF",),
    "Дин": ("RSD",),
    "SPL": (),
    "ج.س.": ("SDG",),
    "ج.س": ("SDG",),
    "د.ت": ("TND",),
    "AU $": ("AUD",),
    "US $": ("USD",),
    "G$": ("GYD",),
    "GY$": ("GYD",),
    "CHf": ("CHF",),
    "chf": ("CHF",),
    "SFr": ("CHF",),
    "Dhs": ("AED",),
    "Esc": ("CVE",),
    "NT": ("TWD",),
    "Rbl": ("BYN", "RUB"),
    "Re": ("INR", "LKR"),
    "Sl": (),
    "VNĐ": ("VND",),
    "hrn": ("UAH",),
    "kwz": ("AOA",),
    "lari": ("GEL",),
    "ლარი": ("GEL",),
    "nis": ("ILS",),
    "ש״ח": ("ILS",),
    'ש"ח': ("ILS",),
    "ש'ח": ("ILS",),
    "ش.ج": ("ILS",),
    "pound": ("GBP",),
    "stg": ("GBP",),
    "GBp": ("GBP",),
    "￡": ("GBP",),
    "Sʻ": ("UZS",),
    "S'": ("UZS",),
    "so'm": ("UZS",),
    "som": ("UZS",),
    "yuan": ("CNY",),
    "人民币": ("CNY",),
    "圆": ("CNY",),
    "圓": ("CNY", "TWD", "HKD"),
    "км": ("BAM",),
    "с": ("KGS", "TJS"),
    "د.أ": ("JOD",),
    "د.ا": ("JOD",),
    "دينار أردني": ("JOD",),
    "د.ج": ("DZD",),
    "د.م": ("MAD",),
    "دينار": ("BHD", "DZD", "IQD", "JOD", "KWD", "LYD", "TND", "RSD"),
    "دينار كويتي": ("KWD",),
    "ر.ع": ("OMR",),
    "ر.ق": ("QAR",),
    "ر.ي": ("YER",),
    "ل.س": ("SYP",),
    "ل.ل": ("LBP",),
    "ரூ": ("LKR", "INR"),
    "රු": ("LKR",),
    "nzd": ("NZD",),
    "KShs": ("KES",),
    "тг": ("KZT",),
    "ش.ص": ("SOS",),
}


def _literal(node: ast.expr) -> Any:
    """A literal argument, or ``Decimal('...')`` written in the file."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Decimal"
        and len(node.args) == 1
    ):
        return Decimal(ast.literal_eval(node.args[0]))
    return ast.literal_eval(node)


def _amount_string(value: object) -> str | None:
    """The expected amount as price-parser's ``Example`` builds it, as a string."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"unexpected amount {value!r}")
    return str(Decimal(str(value)))


def _example(call: ast.Call, group: str) -> dict[str, Any]:
    names = ("currency_hint", "text", "currency", "amount_text", "amount")
    args = [_literal(a) for a in call.args]
    row: dict[str, Any] = dict(zip(names, args[:5], strict=False))
    optional = ("decimal_separator", "digit_group_separator")
    for name, value in zip(optional, args[5:], strict=False):
        row[name] = value
    for kw in call.keywords:
        if kw.arg is None:
            raise ValueError("**kwargs in an Example")
        row[kw.arg.replace("amount_float", "amount")] = _literal(kw.value)
    row["amount"] = _amount_string(row.get("amount"))
    currency = row.get("currency")
    if currency is not None and currency not in ISO_BY_CURRENCY_STRING:
        raise KeyError(f"no ISO reading for currency string {currency!r}: add it to the table")
    return {
        "group": group,
        "upstream_xfail": "XFAIL" in group,
        "text": row.get("text"),
        "currency_hint": row.get("currency_hint"),
        "decimal_separator": row.get("decimal_separator"),
        "digit_group_separator": row.get("digit_group_separator"),
        "amount": row["amount"],
        "amount_text": row.get("amount_text"),
        "currency": currency,
        "iso": list(ISO_BY_CURRENCY_STRING.get(currency, ())) if currency else [],
        "line": call.lineno,
    }


def convert(source: str) -> list[dict[str, Any]]:
    """Every ``Example(...)`` in the module-level ``PRICE_PARSING_*`` lists, in order."""
    tree = ast.parse(source)
    rows: list[dict[str, Any]] = []
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        if not (isinstance(target, ast.Name) and target.id.startswith("PRICE_PARSING_")):
            continue
        if not isinstance(node.value, ast.List):
            continue
        for element in node.value.elts:
            if (
                isinstance(element, ast.Call)
                and isinstance(element.func, ast.Name)
                and element.func.id == "Example"
            ):
                rows.append(_example(element, target.id))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a local copy of tests/test_price_parsing.py")
    parser.add_argument("--release", required=True, help="price-parser release the file is from")
    parser.add_argument("--released", required=True, help="its release date (YYYY-MM-DD)")
    parser.add_argument("--retrieved", required=True, help="date the copy was taken (YYYY-MM-DD)")
    parser.add_argument(
        "--out", type=Path, default=Path("tests/data/price_parser_cases.json"), help="output file"
    )
    args = parser.parse_args(argv)
    raw = args.source.read_bytes()
    rows = convert(raw.decode("utf-8"))
    document = {
        "source": {
            "repository": "https://github.com/scrapinghub/price-parser",
            "path": "tests/test_price_parsing.py",
            "release": args.release,
            "released": args.released,
            "retrieved": args.retrieved,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "licence": "BSD-3-Clause, see price_parser_cases.LICENSE",
        },
        "fields": {
            "group": "the list of the upstream test file the case is in",
            "upstream_xfail": "price-parser marks the case as an expected failure of its own",
            "text": "the input string (price_raw upstream); null in one upstream case",
            "currency_hint": "the currency hint price-parser's test passes (currency_raw)",
            "decimal_separator": "the decimal separator price-parser's test passes, if any",
            "digit_group_separator": "the group separator the case names, if any",
            "amount": "the expected amount, a decimal string, or null for no price",
            "amount_text": "the expected amount text, as upstream",
            "currency": "the expected currency string, as upstream (a symbol, not a code)",
            "iso": "ISO 4217 codes that currency string can denote (hand-made table)",
            "line": "line of the case in the upstream file",
        },
        "cases": rows,
    }
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(rows)} cases -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
