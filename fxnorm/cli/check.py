"""``fxnorm check TEXT --date D`` and ``fxnorm check --file F``: check stated conversions."""

from __future__ import annotations

import argparse
from typing import Any

HELP = "check stated conversions such as '380 billion yuan ($53 billion)'"

EPILOG = """examples:
  fxnorm check "more than 380 billion yuan ($53 billion)" --date 2025-09-24
  fxnorm check "380 billion yuan ($52.44 billion)" --infer-date
  fxnorm check --file article.txt --date 2025-09-24 --to USD --format markdown

exit code: 0 when no checked claim is inconsistent, 1 when one is.
"""


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "check",
        help=HELP,
        description=HELP[0].upper() + HELP[1:] + ".",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "text",
        metavar="TEXT",
        nargs="?",
        help="a sentence with a stated conversion (or use --file, or pipe it in)",
    )
    parser.add_argument(
        "--file",
        metavar="F",
        help="check every conversion of a text file ('-' reads standard input)",
    )
    parser.add_argument("--date", metavar="D", help="date of the claim (default: infer it)")
    parser.add_argument(
        "--infer-date", action="store_true", help="also list the dates that make the claim exact"
    )
    parser.add_argument(
        "--window",
        type=int,
        default=730,
        metavar="DAYS",
        help="how far around --date to look when inferring (default: 730)",
    )
    parser.add_argument(
        "--slack",
        default="0.01",
        metavar="FRACTION",
        help="rate slack allowed, as a fraction (default: 0.01 = 1 %%)",
    )
    parser.add_argument(
        "--to",
        metavar="CODE",
        help="normalise the document's other figures to this currency (with --file)",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "markdown", "csv"),
        default="table",
        help="output format (default: table)",
    )
    parser.add_argument(
        "--locale", metavar="L", help="locale of the text (default: the text's language, else en)"
    )
    parser.add_argument(
        "--default-currency", metavar="CODE", help="currency for '$', '¥', 'pesos' and bare numbers"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..claims import check_text
    from ..claims.render import render_check, render_report
    from ..errors import ParseError
    from ._input import read_text

    text = read_text(args.text, args.file)
    document = args.text is None  # --file, or text piped in: a whole report
    infer = True if args.infer_date else None
    report = check_text(
        text,
        args.date,
        to=args.to,
        slack=args.slack,
        locale=args.locale,
        default_currency=args.default_currency,
        infer_dates=infer,
        window_days=args.window,
    )
    _warn_skipped(text, args)
    if not document and not report.checks:
        raise ParseError(
            "no stated conversion found: expected a figure followed by its "
            "equivalent in parentheses, such as '380 billion yuan ($53 billion)'"
        )
    if not document and args.format == "table":
        print("\n\n".join(render_check(c) for c in report.checks))
    else:
        print(render_report(report, args.format))
    return 1 if any(c.verdict == "inconsistent" for c in report.checks) else 0


def _warn_skipped(text: str, args: argparse.Namespace) -> None:
    """One warning line per figure the parser could not read (beyond 10^30, no
    number), so that a claim is never dropped without a word."""
    import sys

    from ..parsing import read

    for item in read(text, locale=args.locale, default_currency=args.default_currency).skipped:
        print(
            f"fxnorm: warning: {item.text!r} ({item.span[0]}-{item.span[1]}) was not read: "
            f"{item.reason}",
            file=sys.stderr,
        )
