"""``fxnorm rates …``: what the rate sources cover."""

from __future__ import annotations

import argparse
import json
from typing import Any

HELP = "list rate sources and what they cover"


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("rates", help=HELP, description=HELP[0].upper() + HELP[1:] + ".")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    sources = actions.add_parser("sources", help="each source: publisher, base, currencies, dates")
    sources.add_argument("--json", action="store_true", help="print JSON")
    sources.set_defaults(run=run_sources)


def run_sources(args: argparse.Namespace) -> int:
    from ..rates.book import default_book

    book = default_book()
    coverage = book.coverage()
    if args.json:
        print(json.dumps([c.to_dict() for c in coverage], ensure_ascii=False, indent=2))
        return 0
    for entry in coverage:
        info = entry.source
        print(f"{info.id}: {info.name}")
        print(f"  publisher  {info.publisher} ({info.kind})")
        print(f"  base       {info.base}; {len(entry.currencies)} currencies")
        print(f"  dates      {entry.first.isoformat()} .. {entry.last.isoformat()}")
        print(f"  licence    {info.licence}")
        print(f"  retrieved  {info.retrieved} from {info.url}")
        print(f"  currencies {' '.join(entry.currencies)}")
    return 0
