#!/usr/bin/env python3
"""Build fxnorm's embedded exchange-rate dataset, ``fxnorm/data/rates.sqlite``.

fxnorm converts money with historical rates that ship inside the wheel, so this
script turns the publishers' raw files (``data/raw/``, provenance in
``data/raw/README.md``) into one small SQLite file that the library reads
without a network. The rate values are never recomputed: each row keeps the
decimal string the publisher wrote, so a conversion can be traced back to a
published figure.

Usage::

    python tools/build_rates.py              # data/raw/ -> fxnorm/data/rates.sqlite
    python tools/build_rates.py --check      # rebuild in a temp file, compare checksums
    python tools/build_rates.py --online     # download current files first, then build
    python tools/build_rates.py --report docs/rates-validation.md   # and the cross-checks

Exit status: 0 on success, 1 when ``--check`` finds a difference, 2 with a
one-line message when an input is missing, corrupt or fails a consistency check.

One module per job, each reading fxnorm's own code where the library does the
same thing (its parsers, its legal-tender rule, its HTTP client, its
catalogue of sources):

- ``rates_raw.py``: the raw folder's layout and the build's one error;
- ``rates_fetch.py``: ``--online``, the publishers' current files;
- ``rates_parse.py``: the ECB (``ecb``), BCRA (``bcra``) and exchange-api
  (``currency-api``) files, and ``build_markets.py``: the peso's markets
  (``argentinadatos``, ``dolarapi``) and the Fed's yuan (``fed``); their
  docstrings have the rules;
- ``rates_validate.py``: the cross-checks, the BCRA's series against its
  workbook and every pair of publishers of one market (``--report``);
- ``rates_write.py``: the file, its ``sources`` table from the catalogue
  (``fxnorm/data/sources.json``), and its ``meta``: the sha256 of the
  canonical rate stream (``fxnorm.data.rates_checksum``) and of each raw
  input, so ``--check`` can prove the shipped file is reproducible.

Every build writes a fresh file (temp file, then ``os.replace``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
if str(TOOLS) not in sys.path:  # the job modules next to this script
    sys.path.insert(0, str(TOOLS))
if str(TOOLS.parent) not in sys.path:  # fxnorm from this checkout, installed or not
    sys.path.insert(0, str(TOOLS.parent))

import build_markets as markets  # noqa: E402
import rates_fetch  # noqa: E402
import rates_parse  # noqa: E402
import rates_validate  # noqa: E402
import rates_write  # noqa: E402
from rates_raw import (  # noqa: E402
    API_CSV,
    BCRA_XLS,
    DATOS_CSV,
    DEFAULT_OUTPUT,
    DEFAULT_RAW,
    ECB_ZIP,
    INPUT_ERRORS,
    INPUT_FILES,
    RAW_RETRIEVED,
    REQUIRED_FILES,
    BuildError,
    Report,
    reading,
    sha256_file,
)

__all__ = ["build", "main", "parse_arguments", "parse_days", "run"]


def build(
    raw: Path,
    output: Path,
    *,
    retrieved: str,
    report: Report = print,
    validation: Path | None = None,
) -> dict[str, str]:
    """Parse every raw file under ``raw``, cross-check, write ``output``, print a summary.

    ``validation``: where to write the cross-checks of overlapping publishers
    (Markdown; ``docs/rates-validation.md`` in the repository).
    """
    for name in REQUIRED_FILES:
        if not (raw / name).is_file():
            raise BuildError(f"missing raw input {raw / name}")
    ecb = reading(raw / ECB_ZIP, lambda: rates_parse.parse_ecb(raw / ECB_ZIP))
    workbook = reading(raw / BCRA_XLS, lambda: rates_parse.read_com3500(raw / BCRA_XLS))
    bcra = reading(
        raw / DATOS_CSV, lambda: rates_parse.parse_bcra(raw / DATOS_CSV, workbook, report)
    )
    rates_validate.check_bcra(bcra, workbook, report)
    api = reading(raw / API_CSV, lambda: rates_parse.parse_currency_api(raw / API_CSV))
    try:
        ad = markets.parse_argentinadatos(raw / markets.AD_DIR, report)
        dolarapi = markets.parse_dolarapi(raw / markets.DOLARAPI_CSV, ad.last, report)
        fed = markets.parse_fred(raw / markets.FRED_LONG_CSV, raw / markets.FRED_CSV, report)
        if validation is not None:
            a3500 = {day: value for _, _, day, value in bcra}
            text = rates_validate.validate(raw, ad, dolarapi, a3500, ecb, fed)
    except markets.MarketsError as error:
        raise BuildError(str(error)) from error
    except INPUT_ERRORS as error:
        detail = str(error).replace("\n", " ") or type(error).__name__
        raise BuildError(f"{raw}: unreadable or corrupt market input ({detail})") from error
    rows: list[rates_write.FullRow] = [
        (s, c, "official", "mid", d, v) for s, c, d, v in (*ecb, *bcra, *api)
    ]
    rows += [*ad.rows(), *dolarapi.rows(), *fed]
    inputs = {name: sha256_file(raw / name) for name in INPUT_FILES if (raw / name).is_file()}
    meta = rates_write.write_database(
        output, rows, retrieved=retrieved, inputs=inputs, built_at=rates_write.built_at(retrieved)
    )
    if validation is not None:
        validation.write_text(text, encoding="utf-8")
        report(f"wrote the cross-checks to {validation}")
    for line in rates_write.summarise(output):
        report(line)
    return meta


def parse_days(text: str) -> list[dt.date]:
    """``--api-dates``: comma-separated ISO days or inclusive ranges ``START..END``."""
    days: set[dt.date] = set()
    try:
        for item in filter(None, (part.strip() for part in text.split(","))):
            start_text, _, end_text = item.partition("..")
            start = dt.date.fromisoformat(start_text)
            end = dt.date.fromisoformat(end_text) if end_text else start
            if end < start:
                raise ValueError(f"empty range {item}")
            days.update(start + dt.timedelta(days=n) for n in range((end - start).days + 1))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"bad date list {text!r}: {error}") from None
    if not days:
        raise argparse.ArgumentTypeError("no dates given")
    return sorted(days)


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options; URL defaults come from FXNORM_*_URL variables when set."""
    environ = os.environ
    parser = argparse.ArgumentParser(
        prog="build_rates.py",
        description="Build fxnorm/data/rates.sqlite from the raw publisher files.",
    )
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw folder (data/raw)")
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="dataset to write or --check"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild into a temp file and compare rates_sha256 with --output (exit 1 if unequal)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="write the cross-checks of overlapping publishers here (docs/rates-validation.md)",
    )
    parser.add_argument(
        "--retrieved",
        default=RAW_RETRIEVED,
        help=f"day the raw files were obtained, for an offline build (default {RAW_RETRIEVED})",
    )
    online = parser.add_argument_group("online build")
    online.add_argument(
        "--online", action="store_true", help="download the publishers' current files first"
    )
    online.add_argument(
        "--save-raw", type=Path, help="keep the downloaded files in this folder (default: temp)"
    )
    online.add_argument(
        "--api-dates",
        type=parse_days,
        help="currency-api days to fetch: 2025-09-23,2026-01-01..2026-01-31 "
        "(default: the shipped snapshot days, then every day up to today)",
    )
    online.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    defaults = rates_fetch.Endpoints()
    for flag, variable, default in (
        ("--ecb-url", "FXNORM_ECB_URL", defaults.ecb),
        ("--datos-url", "FXNORM_DATOS_URL", defaults.datos),
        ("--bcra-url", "FXNORM_BCRA_URL", defaults.bcra),
        ("--currency-api-url", "FXNORM_CURRENCY_API_URL", defaults.api),
        ("--currency-api-fallback-url", "FXNORM_CURRENCY_API_FALLBACK_URL", defaults.api_fallback),
    ):
        online.add_argument(
            flag, default=environ.get(variable, default), help=f"env {variable}; default {default}"
        )
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Build (or check) from the raw folder, downloading it first with --online."""
    if not args.online:
        return _build_or_check(args.raw, args.output, args.check, args.retrieved, args.report)
    today = dt.datetime.now(dt.timezone.utc).date()
    endpoints = rates_fetch.Endpoints(
        ecb=args.ecb_url,
        datos=args.datos_url,
        bcra=args.bcra_url,
        api=args.currency_api_url,
        api_fallback=args.currency_api_fallback_url,
    )
    days = args.api_dates or rates_fetch.default_api_days(args.raw, today)
    with tempfile.TemporaryDirectory(prefix="fxnorm-raw-") as scratch:
        raw = args.save_raw or Path(scratch)
        rates_fetch.download_raw(raw, endpoints, days, timeout=args.timeout)
        rates_fetch.copy_shipped(args.raw, raw)
        return _build_or_check(raw, args.output, args.check, today.isoformat(), args.report)


def _build_or_check(
    raw: Path, output: Path, check: bool, retrieved: str, report: Path | None = None
) -> int:
    if not check:
        build(raw, output, retrieved=retrieved, validation=report)
        return 0
    shipped = rates_write.stored_checksum(output)
    with tempfile.TemporaryDirectory(prefix="fxnorm-check-") as scratch:
        rebuilt = build(raw, Path(scratch) / output.name, retrieved=retrieved, validation=report)[
            "rates_sha256"
        ]
    if rebuilt != shipped:
        print(f"check: DIFFERENT: {output} has rates_sha256 {shipped}, rebuild gives {rebuilt}")
        return 1
    print(f"check: OK, {output} matches a rebuild from {raw}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: exit status 0 ok, 1 check failed, 2 bad input (one line on stderr)."""
    args = parse_arguments(argv)
    try:
        return run(args)
    except BuildError as error:
        print(f"build_rates.py: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
