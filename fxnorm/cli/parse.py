"""``fxnorm parse TEXT`` / ``fxnorm parse --file F``: every monetary figure of a text."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ._command import new_command

NAME = "parse"
HELP = "read the monetary figures of a text"

EPILOG = """examples:
  fxnorm parse 'spend more than 380 billion yuan ($53 billion)' --json
  fxnorm parse --file article.txt
  cat article.txt | fxnorm parse --json
  fxnorm parse '$ 25.960,50' --locale es_AR
"""


def add_parser(commands: Any) -> None:
    parser = new_command(commands, NAME, HELP, EPILOG)
    parser.add_argument(
        "text", metavar="TEXT", nargs="?", help="the text (or use --file, or pipe it in)"
    )
    parser.add_argument("--file", metavar="F", help="read a text file ('-' reads standard input)")
    parser.add_argument(
        "--locale",
        metavar="L",
        help="locale of the text, a hint: separators, words, symbols "
        "(default: the text's language, else en)",
    )
    parser.add_argument(
        "--default-currency", metavar="CODE", help="currency for '$', '¥', 'pesos' and bare numbers"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"mentions": [...], "pairs": [...], "skipped": [...]}',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..parsing import (
        as_paired,
        format_mentions_table,
        mention_to_dict,
        pair_to_dict,
        read,
        skipped_to_dict,
    )
    from ._input import read_text

    text = read_text(args.text, args.file)
    found = read(text, locale=args.locale, default_currency=args.default_currency)
    # a figure its pair read again is listed as the pair reads it (resolved_by "pair")
    mentions = as_paired(found.mentions, found.pairs)
    if args.json:
        document = {
            "mentions": [mention_to_dict(m) for m in mentions],
            "pairs": [pair_to_dict(p) for p in found.pairs],
            "skipped": [skipped_to_dict(s) for s in found.skipped],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(format_mentions_table(mentions))
    for pair in found.pairs:
        print(f"pair: {pair.source.text} = {pair.stated.text}")
    for item in found.skipped:
        print(f"skipped: {item.text} ({item.span[0]}-{item.span[1]}): {item.reason}")
    return 0
