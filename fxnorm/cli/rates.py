"""``fxnorm rates …``: the rate sources, the cache, one day's quotes, a history, a check.

``sources``   each source (embedded data, cache): currencies, dates, licence, last update
``update``    fetch a source's rates into the cache (``--source ecb``; a progress bar)
``show``      every source's quote for a pair on one day, side by side, and every
              market's (the peso's official, retail, blue … rates) with both sides
``history``   a pair's rates over a period (table, ``--csv``, ``--plot out.png``), in one
              market (``--rate blue``) or all of them (``--rate all``)
``verify``    recompute the embedded dataset's checksum from its rows
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..rates.book import RateBook
    from ..rates.model import Quote

from ._command import new_command

NAME = "rates"
HELP = "rate sources: list, update the cache, compare, chart, verify"

EPILOG = """examples:
  fxnorm rates sources
  fxnorm rates update --source ecb
  fxnorm rates update --source bcra --from 2025-01-01
  fxnorm rates show CNY USD --date 2025-09-24
  fxnorm rates show USD ARS --date 2023-06-01
  fxnorm rates history ARS USD --from 2025-01-01 --to 2025-09-30 --csv
  fxnorm rates history USD ARS --from 2023-05-01 --to 2023-06-30 --rate all --plot ars.png
  fxnorm rates history CNY USD --from 2025-09-01 --to 2025-09-30 --plot cny.png --mark 0.1395
  fxnorm rates verify
"""

#: Days fetched by ``update`` when neither the cache nor the embedded data has the source.
DEFAULT_UPDATE_DAYS = 30
#: The longest history printed or charted at once.
MAX_HISTORY_DAYS = 3660


def add_parser(commands: Any) -> None:
    parser = new_command(commands, NAME, HELP, EPILOG)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    sources = actions.add_parser(
        "sources", help="each source: publisher, base, currencies, dates, last update"
    )
    sources.add_argument("--json", action="store_true", help="print JSON")
    sources.set_defaults(run=run_sources)

    update = actions.add_parser(
        "update",
        help="fetch a source's rates into the cache",
        description=(
            "Fetch rates from an online source into the cache, so later conversions "
            "work offline. NAME is one of: ecb, frankfurter, frankfurter-v2, currency-api, "
            "bcra, forex-python; several, comma-separated, are tried in turn."
        ),
    )
    update.add_argument("--source", required=True, metavar="NAME", help="source(s) to fetch")
    update.add_argument(
        "--from",
        dest="start",
        metavar="D",
        help="first day (default: the day after the last one held, or 30 days ago)",
    )
    update.add_argument("--to", dest="end", metavar="D", help="last day (default: today)")
    update.add_argument(
        "--currency",
        action="append",
        metavar="CODE",
        help="only these currencies (repeat or comma-separate; default: all)",
    )
    update.add_argument(
        "--provider",
        metavar="KEYS",
        help="frankfurter-v2 providers to ask, in order (default: BCRA)",
    )
    update.add_argument(
        "--progress",
        choices=("auto", "on", "off"),
        default="auto",
        help="progress bar on stderr (default: auto, when stderr is a terminal)",
    )
    update.add_argument("--json", action="store_true", help="print JSON")
    update.set_defaults(run=run_update)

    show = actions.add_parser("show", help="every source's quote for a pair on one day")
    show.add_argument("base", metavar="BASE", help="currency of one unit")
    show.add_argument("quote", metavar="QUOTE", help="currency of the value")
    show.add_argument("--date", metavar="D", help="the day (default: today)")
    show.add_argument(
        "--policy",
        default="previous",
        help="exact, previous, nearest, interpolate (default: previous)",
    )
    show.add_argument("--max-age", type=int, default=None, metavar="DAYS", help="staleness limit")
    show.add_argument(
        "--rate", metavar="TYPE", help="the market the sources are compared in (default: official)"
    )
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=run_show)

    history = actions.add_parser("history", help="a pair's published rates over a period")
    history.add_argument("base", metavar="BASE", help="currency of one unit")
    history.add_argument("quote", metavar="QUOTE", help="currency of the value")
    history.add_argument("--from", dest="start", required=True, metavar="D", help="first day")
    history.add_argument("--to", dest="end", metavar="D", help="last day (default: today)")
    history.add_argument("--source", metavar="NAME", help="only this source (ecb, bcra, …)")
    history.add_argument(
        "--rate",
        metavar="TYPE",
        help="the market (official by default, blue, mep …), or 'all' for every market",
    )
    history.add_argument(
        "--side", choices=("buy", "sell"), help="of a two-sided quote (default: sell)"
    )
    output = history.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="print CSV")
    output.add_argument("--json", action="store_true", help="print JSON")
    history.add_argument(
        "--plot", metavar="FILE", help='draw the history into FILE (.png; needs "fxnorm[plot]")'
    )
    history.add_argument(
        "--mark",
        metavar="VALUE",
        help="mark a rate on the plot, e.g. the rate a claim implies (QUOTE per BASE)",
    )
    history.set_defaults(run=run_history)

    verify = actions.add_parser(
        "verify", help="recompute the embedded dataset's checksum and check the cache"
    )
    verify.add_argument(
        "--dataset", metavar="FILE", help="check this file instead of the embedded dataset"
    )
    verify.set_defaults(run=run_verify)


# -- sources ---------------------------------------------------------------------------


def run_sources(args: argparse.Namespace) -> int:
    from ..rates.book import default_book
    from ..rates.cache import RateCache
    from ..rates.sources import NAMES, env_var

    book = default_book()
    cache = RateCache()
    cached = cache.status()
    entries = []
    for coverage in book.coverage():
        info = coverage.source
        held = [store.name for store in book.stores if info.id in store.sources()]
        status = cached.get(info.id)
        entry = coverage.to_dict()
        entry.update(
            {
                "name": info.name,
                "licence": info.licence,
                "kind": info.kind,
                "url": info.url,
                "retrieved": info.retrieved,
                "stores": held,
                "updated": status.updated if status else None,
            }
        )
        entries.append(entry)
    online = [{"name": name, "env": env_var(name)} for name in NAMES]
    from .. import cldr

    if args.json:
        payload = {
            "sources": entries,
            "cache": str(cache.path),
            "online": online,
            "cldr": {"version": cldr.version(), "extracted_with": cldr.source()},
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for entry in entries:
        print(f"{entry['source']}: {entry['name']}")
        print(f"  publisher  {entry['publisher']} ({entry['kind']})")
        print(f"  base       {entry['base']}; {len(entry['currencies'])} currencies")
        print(f"  dates      {entry['first']} .. {entry['last']}")
        print(f"  held in    {', '.join(entry['stores'])}")
        for currency, spans in entry["markets"].items():
            listed = ", ".join(f"{m} {a}..{b}" for m, (a, b) in spans.items())
            print(f"  markets    {currency}: {listed}")
        print(f"  licence    {entry['licence']}")
        print(f"  retrieved  {entry['retrieved']} from {entry['url']}")
        if entry["updated"]:
            print(f"  updated    {entry['updated']} (cache)")
        print(f"  currencies {' '.join(entry['currencies'])}")
    rows = sum(s.rows for s in cached.values())
    state = f"{rows:,} rates" if cache.exists() else "none yet"
    print(f"cache: {cache.path} ({state})")
    print("online sources (fxnorm rates update --source NAME; address from the variable):")
    for item in online:
        print(f"  {item['name']:<15} {item['env']}")
    print(f"legal tender, minor units and currency words: {cldr.describe()}")
    return 0


# -- update ----------------------------------------------------------------------------


def run_update(args: argparse.Namespace) -> int:
    from .._dates import to_date
    from ..errors import InvalidInputError
    from ..rates.sources import get_source, update

    names = [n.strip() for n in args.source.split(",") if n.strip()]
    if not names:
        raise InvalidInputError("--source needs a name")
    options: dict[str, Any] = {}
    sources = []
    for name in names:
        options = {}
        if name == "frankfurter-v2" and args.provider:
            options["providers"] = [p for p in args.provider.split(",") if p.strip()]
        sources.append(get_source(name, **options))
    end = to_date(args.end) if args.end else _dt.date.today()
    start = to_date(args.start) if args.start else _default_start(sources[0].info.id, end)
    currencies = None
    if args.currency:
        currencies = sorted({c.strip().upper() for arg in args.currency for c in arg.split(",")})
    bar = _ProgressBar(f"{names[0]} {start}..{end}", args.progress)
    try:
        result = update(
            sources,
            start,
            end,
            currencies,
            progress=bar,
            report=lambda message: print(f"fxnorm: {message}", file=sys.stderr),
        )
    finally:
        bar.close()
    batch, summary = result.batch, result.summary
    if args.json:
        payload = {
            "source": result.source,
            "ids": sorted({row[0] for row in batch.rows}),
            "from": start.isoformat(),
            "to": end.isoformat(),
            "rates": len(batch.rows),
            "currencies": list(batch.currencies),
            "days": [batch.days[0], batch.days[-1]] if batch.rows else [],
            "added": summary.added,
            "changed": summary.changed,
            "unchanged": summary.unchanged,
            "cache": str(summary.path),
            "notes": list(batch.notes),
            "fallbacks": list(result.fallbacks),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(f"{result.source}: {batch.describe()} asked {start}..{end}")
    print(f"  cache  {summary.path}: {summary.describe()}")
    for note in batch.notes:
        print(f"  note   {note}")
    return 0


def _default_start(source_id: str, end: _dt.date) -> _dt.date:
    """The day after the last one held for ``source_id``, or 30 days before ``end``."""
    from ..rates.book import default_book

    last = None
    for coverage in default_book().coverage():
        if coverage.source.id == source_id:
            last = coverage.last
    if last is None or last >= end:
        return end - _dt.timedelta(days=DEFAULT_UPDATE_DAYS)
    return max(last + _dt.timedelta(days=1), end - _dt.timedelta(days=366))


class _ProgressBar:
    """tqdm if installed, else rich, else a plain counter on stderr; only when wanted."""

    def __init__(self, label: str, mode: str) -> None:
        self.label = label
        self.enabled = mode == "on" or (mode == "auto" and sys.stderr.isatty())
        self._bar: Any = None
        self._rich: Any = None
        self._task: Any = None
        self._plain = False
        if not self.enabled:
            return
        try:
            from tqdm import tqdm  # type: ignore[import-untyped,import-not-found,unused-ignore]

            self._bar = tqdm(desc=label, unit="step", file=sys.stderr, leave=False)
        except ImportError:
            try:
                from rich.console import Console  # type: ignore[import-not-found,unused-ignore]
                from rich.progress import Progress  # type: ignore[import-not-found,unused-ignore]

                self._rich = Progress(console=Console(stderr=True), transient=True)
                self._rich.start()
                self._task = self._rich.add_task(label, total=None)
            except ImportError:
                self._plain = True

    def __call__(self, done: int, total: int) -> None:
        if self._bar is not None:
            self._bar.total = total
            self._bar.n = done
            self._bar.refresh()
        elif self._rich is not None:
            self._rich.update(self._task, completed=done, total=total)
        elif self._plain:
            print(f"\r{self.label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._rich is not None:
            self._rich.stop()
        elif self._plain:
            print(file=sys.stderr)


# -- show ------------------------------------------------------------------------------


def run_show(args: argparse.Namespace) -> int:
    from .._dates import to_date
    from ..errors import RateError
    from ..rates.book import check_market, default_book

    book = default_book()
    day = to_date(args.date) if args.date else _dt.date.today()
    base, quote = args.base.strip().upper(), args.quote.strip().upper()
    market = check_market(args.rate) if args.rate else "official"
    options = {"policy": args.policy, "max_age": args.max_age, "rate": market}

    def ask(source: str | None) -> tuple[Quote | None, str | None]:
        try:
            return book.quote(base, quote, day, source=source, **options), None
        except RateError as error:
            return None, str(error)

    best, best_error = ask(None)
    # Only the sources that quote both currencies: the others have nothing to say.
    answers = [
        (source_id, *ask(source_id))
        for source_id in book.sources
        if all(book.covers(source_id, c, book.market_of(c, market)) for c in (base, quote))
    ]
    # Every market's quotes (both sides), for a currency quoted in several.
    markets = {}
    if any(len(book.markets(code)) > 1 for code in (base, quote)):
        markets = book.market_quotes(base, quote, day, policy=args.policy, max_age=args.max_age)
    if args.json:
        payload = {
            "base": base,
            "quote": quote,
            "date": day.isoformat(),
            "rate": market,
            "best": best.to_dict() if best else None,
            "error": best_error,
            "sources": [
                {"source": s, "quote": q.to_dict() if q else None, "error": e}
                for s, q, e in answers
            ],
            "markets": {m: [q.to_dict() for q in quotes] for m, quotes in markets.items()},
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0 if best else 3
    shown = "" if market == "official" else f", {market} rate"
    print(f"1 {base} in {quote} on {day.isoformat()}{shown}")
    width = max([len(s) for s, _, _ in answers] + [4])
    if best is not None:
        print(f"  {'best':<{width}}  {_line(best)}")
    for source_id, answer, error in answers:
        if answer is not None:
            print(f"  {source_id:<{width}}  {_line(answer)}")
            if answer.derived:
                print(f"  {'':<{width}}  legs: {_legs(answer)}")
        else:
            print(f"  {source_id:<{width}}  no rate: {_one_line(error or '')}")
    if markets:
        print("  markets that day (--rate), buying and selling prices:")
        for name, quotes in markets.items():
            print(f"    {name:<10} {_band(quotes)}")
    if best is None:
        print(f"fxnorm: error: {_one_line(best_error or 'no rate')}", file=sys.stderr)
        return 3
    return 0


def _line(quote: Quote) -> str:
    """``0.15016 USD  2026-11-20  derived (cross via EUR)  cache``."""
    label = "published" if not quote.derived else f"derived ({_how(quote)})"
    dated = quote.date.isoformat()
    if quote.date != quote.requested_date:
        dated += f" (for {quote.requested_date.isoformat()})"
    market = "" if quote.side == "mid" else f"  {quote.market} {quote.side}"
    return (
        f"{_value(quote)} {quote.quote}  {dated}  {label}  [{quote.source}, {quote.origin}]{market}"
    )


def _band(quotes: Sequence[Quote]) -> str:
    """``buy 485  sell 490  (argentinadatos, 2023-06-01)``: one market's quotes of a day."""
    prices = "  ".join(_value(q) if q.side == "mid" else f"{q.side} {_value(q)}" for q in quotes)
    sources = ", ".join(dict.fromkeys(q.source for q in quotes))
    dates = ", ".join(dict.fromkeys(q.date.isoformat() for q in quotes))
    return f"{prices}  ({sources}, {dates})"


def _how(quote: Quote) -> str:
    if quote.method == "cross":
        pivots = sorted({leg.base for leg in quote.legs} | {leg.quote for leg in quote.legs})
        pivots = [p for p in pivots if p not in (quote.base, quote.quote)]
        return f"cross via {'/'.join(pivots) or 'legs'}"
    return str(quote.method)


def _legs(quote: Quote) -> str:
    return "; ".join(
        f"1 {leg.base} = {leg.value:f} {leg.quote} ({leg.source} {leg.date.isoformat()}, "
        f"{leg.origin})"
        for leg in quote.published_legs
    )


def _value(quote: Quote) -> str:
    """Published values exactly; computed ones to 10 significant digits."""
    return f"{quote.value:f}" if not quote.derived else _digits(quote.value)


def _digits(value: Decimal) -> str:
    from decimal import Context

    return f"{Context(prec=10).plus(value):f}"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


# -- history ---------------------------------------------------------------------------


def run_history(args: argparse.Namespace) -> int:
    from .._dates import to_date
    from .._decimal import to_decimal
    from ..errors import InvalidInputError, RateError
    from ..rates.book import check_market, default_book
    from ..rates.model import MARKETS

    book = default_book()
    start = to_date(args.start)
    end = to_date(args.end) if args.end else _dt.date.today()
    if start > end:
        raise InvalidInputError(f"--from {start} is after --to {end}")
    if (end - start).days >= MAX_HISTORY_DAYS:
        raise InvalidInputError(f"at most {MAX_HISTORY_DAYS} days at once")
    mark = to_decimal(args.mark, "--mark") if args.mark is not None else None
    if mark is not None and not args.plot:
        raise InvalidInputError("--mark goes with --plot")
    base, quote = args.base.strip().upper(), args.quote.strip().upper()
    several = any(len(book.markets(code)) > 1 for code in (base, quote))
    if args.rate == "all":
        markets = [m for m in MARKETS if any(m in book.markets(c) for c in (base, quote))]
    else:
        markets = [check_market(args.rate) if args.rate else "official"]
    points = []
    last_error: str | None = None
    for market in markets:
        day = start
        while day <= end:
            try:
                points.append(
                    book.quote(
                        base,
                        quote,
                        day,
                        policy="exact",
                        max_age=0,
                        source=args.source,
                        rate=market,
                        side=args.side,
                    )
                )
            except RateError as error:
                last_error = str(error)
            day += _dt.timedelta(days=1)
    if not points:
        raise _no_history(base, quote, start, end, last_error)
    if args.plot:
        _plot(book, base, quote, start, end, args, markets, mark)
    if args.csv:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        extra = ["market", "side"] if several else []  # a currency with one rate: as ever
        writer.writerow(["date", "base", "quote", "value", "source", "method", "origin", *extra])
        for point in points:
            writer.writerow(
                [
                    point.date.isoformat(),
                    base,
                    quote,
                    f"{point.value:f}",
                    point.source,
                    point.method,
                    point.origin,
                    *([point.market, point.side] if several else []),
                ]
            )
    elif args.json:
        print(json.dumps([p.to_dict() for p in points], ensure_ascii=False, indent=2))
    elif not args.plot:
        for point in points:
            market = f"  {point.market} {point.side}" if several else ""
            print(
                f"{point.date.isoformat()}  {_value(point)}  {point.source}  "
                f"{'derived: ' + _how(point) if point.derived else 'published'}  "
                f"{point.origin}{market}"
            )
    if args.plot:
        values = [p.value for p in points]
        line = (
            f"plot: {args.plot} ({len(points)} rates of 1 {base} in {quote}, "
            f"{points[0].date}..{points[-1].date}, from {_digits(min(values))} "
            f"to {_digits(max(values))})"
        )
        if mark is not None:
            line += f"; marked {mark:f}"
        print(line, file=sys.stderr if (args.csv or args.json) else sys.stdout)
    return 0


def _no_history(
    base: str, quote: str, start: _dt.date, end: _dt.date, error: str | None
) -> Exception:
    from ..errors import RateNotFoundError

    detail = f" ({_one_line(error)})" if error else ""
    return RateNotFoundError(f"no published {base}/{quote} rate from {start} to {end}{detail}")


def _plot(
    book: RateBook, base: str, quote: str, start: _dt.date, end: _dt.date,
    args: argparse.Namespace, markets: list[str], mark: Decimal | None,
) -> None:  # fmt: skip
    """One series per source (and per market, for the peso's several dollars), each
    its own colour, broken where a source has a gap."""
    from ..plotting import collect_series, plot_history

    series = collect_series(
        book, base, quote, start, end, source=args.source, markets=markets, side=args.side
    )
    plot_history(series, args.plot, base=base, quote=quote, mark=mark)


# -- verify ----------------------------------------------------------------------------


def run_verify(args: argparse.Namespace) -> int:
    import sqlite3
    from pathlib import Path

    from ..data import DATASET_PATH, rates_checksum
    from ..rates.cache import RateCache

    path = Path(args.dataset) if args.dataset else DATASET_PATH
    fail: Callable[[str], int] = _fail
    if not path.is_file():
        return fail(f"the dataset {path} does not exist")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            rows = connection.execute("SELECT COUNT(*) FROM rates").fetchone()[0]
            actual = rates_checksum(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return fail(f"the dataset {path} is not readable: {error}")
    expected = meta.get("rates_sha256")
    if expected is None:
        return fail(f"the dataset {path} records no rates_sha256 in its meta table")
    if actual != expected:
        return fail(
            f"the dataset {path} does not match its checksum: meta.rates_sha256 is {expected}, "
            f"its {rows:,} rows give {actual}"
        )
    if meta.get("rows") not in (None, str(rows)):
        return fail(f"the dataset {path} has {rows:,} rows; its meta table says {meta['rows']}")
    print(f"dataset ok: {path} ({rows:,} rates, rates_sha256 {actual})")
    cache = RateCache()
    if not cache.exists():
        print(f"cache: none at {cache.path}")
        return 0
    problem = cache.check()
    if problem is not None:
        return fail(
            f"the rate cache {cache.path} is unreadable ({problem}); it will be moved aside "
            "and rebuilt on its next use"
        )
    total = sum(s.rows for s in cache.status().values())
    print(f"cache ok: {cache.path} ({total:,} rates)")
    return 0


def _fail(message: str) -> int:
    print(f"fxnorm: error: {message}", file=sys.stderr)
    return 5
