"""``fxnorm check TEXT``, ``--file F`` and ``--input ARCHIVE``: check stated conversions."""

from __future__ import annotations

import argparse
from typing import Any

from ._command import new_command

NAME = "check"
HELP = "check stated conversions such as '380 billion yuan ($53 billion)'"

EPILOG = """examples (single quotes, so that the shell leaves $53 alone):
  fxnorm check 'more than 380 billion yuan ($53 billion)' --date 2025-09-24
  fxnorm check '380 billion yuan ($52.44 billion)' --date 2025-02-24 --infer-date
  fxnorm check '49.000 pesos (unos US$100)' --locale es_AR --date 01/06/2023
  fxnorm check 'more than 380 billion yuan ($53 billion)' --date 2025-09-24 --plot claim.png
  fxnorm check --file article.txt --to USD --format markdown
  fxnorm check --input articles.csv --text-column body --date-column published --output claims.csv

Without --date, the date comes from the text (a dateline, the latest year it
names, the claim's own sentence) and the report says which phrases it used;
with nothing to go on the verdict is UNDATED. A typed date follows --locale
(es_AR: 09/10/2024 is 9 October); ISO dates (2024-10-09) always work.

exit code: 0 when no checked claim is inconsistent, 1 when one is.
"""


def add_parser(commands: Any) -> None:
    parser = new_command(commands, NAME, HELP, EPILOG)
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
    parser.add_argument(
        "--date", metavar="D", help="publication date (default: from the text, or undated)"
    )
    parser.add_argument(
        "--infer-date",
        action="store_true",
        help="also list the dates around --date on which the figures are exact",
    )
    parser.add_argument(
        "--window",
        type=int,
        default=730,
        metavar="DAYS",
        help="how far around --date to look with --infer-date (default: 730)",
    )
    parser.add_argument(
        "--slack",
        default="0.01",
        metavar="FRACTION",
        help="rate slack allowed, as a fraction (default: 0.01 = 1 %%)",
    )
    parser.add_argument(
        "--max-width",
        default="0.10",
        metavar="FRACTION",
        help="widest interval the figures may allow before the verdict is IMPRECISE "
        "(default: 0.10 = ±10 %%)",
    )
    parser.add_argument(
        "--policy",
        default="previous",
        help="rate on the date: exact, previous, nearest, interpolate (default: previous)",
    )
    parser.add_argument(
        "--max-age", type=int, default=None, metavar="DAYS", help="staleness limit (default: 7)"
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
        "--plot",
        metavar="FILE",
        help='draw the evidence of the (first) claim into FILE (.png, .svg; needs "fxnorm[plot]")',
    )
    parser.add_argument(
        "--locale",
        default=None,
        metavar="L",
        help="locale of the text and of --date (default: the text's language, else en)",
    )
    parser.add_argument(
        "--default-currency", metavar="CODE", help="currency for '$', '¥', 'pesos' and bare numbers"
    )
    archive = parser.add_argument_group("checking an archive (one row per claim)")
    archive.add_argument(
        "--input", metavar="FILE", help="articles to check: .csv, .jsonl or .parquet"
    )
    archive.add_argument(
        "--output", metavar="FILE", help="where to write the rows: .csv, .jsonl or .parquet"
    )
    archive.add_argument("--text-column", metavar="NAME", help="column of article texts")
    archive.add_argument(
        "--date-column", metavar="NAME", help="column of publication dates (empty: from the text)"
    )
    archive.add_argument(
        "--id-column", metavar="NAME", help="column that names each article (default: its row)"
    )
    archive.add_argument(
        "--progress",
        choices=("auto", "on", "off"),
        default="auto",
        help="progress bar on stderr (default: auto, when stderr is a terminal)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.input is not None:
        from .archive import run_archive

        return run_archive(args)
    _refuse_archive_options(args)
    from ..claims import check_text
    from ..claims.render import render_check, render_report
    from ..errors import ParseError
    from ._input import read_text

    text = read_text(args.text, args.file)
    document = args.text is None  # --file, or text piped in: a whole report
    report = check_text(
        text,
        args.date,
        to=args.to,
        slack=args.slack,
        locale=args.locale,
        default_currency=args.default_currency,
        infer_dates=True if args.infer_date else None,
        window_days=args.window,
        max_width=args.max_width,
        policy=args.policy,
        max_age=args.max_age,
        figures=document,
    )
    _warn_skipped(text, args)
    if not document and not report.checks:
        raise ParseError(_no_claim_message(text, args))
    if not document and args.format == "table":
        print("\n\n".join(render_check(c) for c in report.checks))
    else:
        print(render_report(report, args.format))
    if args.plot:
        _plot(report, args.plot)
    return 1 if any(c.verdict == "inconsistent" for c in report.checks) else 0


def _no_claim_message(text: str, args: argparse.Namespace) -> str:
    """Why ``fxnorm check`` found nothing to check: the figures it did read, and the
    forms of a stated conversion it looks for."""
    from ..parsing import extract

    figures = extract(text, locale=args.locale, default_currency=args.default_currency)
    shown = ", ".join(repr(m.text) for m in figures[:3]) + (", …" if len(figures) > 3 else "")
    read = f"read {len(figures)} figure(s) of money ({shown})" if figures else "read no money"
    return (
        f"no stated conversion found ({read}): a claim is a figure and its equivalent"
        " in another currency stated with it, such as '380 billion yuan ($53 billion)',"
        " '5.000 yuan o 700 USD' or '$500, which came to 6,000 pesos'"
    )


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


def _plot(report: Any, path: str) -> None:
    import sys

    from ..errors import InvalidInputError

    checks = [c for c in report.checks if c.implied_rate is not None]
    if not checks:
        raise InvalidInputError("--plot: no checked claim has a rate to draw")
    checks[0].plot(path)
    more = f" (the first of {len(checks)} claims)" if len(checks) > 1 else ""
    print(f"plot: {path}{more}", file=sys.stderr)


def _refuse_archive_options(args: argparse.Namespace) -> None:
    from ..errors import InvalidInputError

    given = [
        flag
        for name, flag in (
            ("output", "--output"),
            ("text_column", "--text-column"),
            ("date_column", "--date-column"),
            ("id_column", "--id-column"),
        )
        if getattr(args, name, None)
    ]
    if given:
        raise InvalidInputError(f"{', '.join(given)} only apply with --input FILE")
