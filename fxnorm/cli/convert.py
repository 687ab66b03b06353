"""``fxnorm convert AMOUNT [CURRENCY] --to CODE [--date D] …``"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..rates.model import MARKETS, POLICIES
from ._command import new_command

if TYPE_CHECKING:
    from ..conversion import Conversion
    from ..money import Money
    from ..rates.book import RateBook
    from ..rates.model import Quote

NAME = "convert"
HELP = "convert an amount into another currency as of a date"

EPILOG = """examples:
  fxnorm convert 380000000000 CNY --to USD --date 2025-09-24
  fxnorm convert "380 billion yuan" --to USD --date 2025-09-24
  fxnorm convert 25960 ARS --to USD --date 2025-09-23 --json
  fxnorm convert 1000 USD --to ARS --date 2023-06-01 --rate blue
  fxnorm convert --input rows.csv --amount-col amount --currency-col ccy \\
      --date-col date --to USD --output out.parquet
"""


def add_parser(commands: Any) -> None:
    parser = new_command(commands, NAME, HELP, EPILOG)
    parser.add_argument(
        "amount",
        metavar="AMOUNT",
        nargs="?",
        help='a number (380e9, 25960.50) or an expression ("380 billion yuan")',
    )
    parser.add_argument(
        "currency",
        metavar="CURRENCY",
        nargs="?",
        help="ISO 4217 code of AMOUNT (omit when AMOUNT names it)",
    )
    parser.add_argument("--to", required=True, metavar="CODE", help="currency to convert into")
    parser.add_argument(
        "--date", metavar="D", help="date of the rate: 2025-09-24, '24 Sep 2025' … (default: today)"
    )
    parser.add_argument(
        "--policy",
        choices=POLICIES,
        default="previous",
        help="what to do on a day without a publication (default: previous)",
    )
    parser.add_argument(
        "--max-age",
        type=int,
        default=None,
        metavar="DAYS",
        help="staleness limit in days (default: 7)",
    )
    parser.add_argument("--source", metavar="NAME", help="only this source (ecb, bcra, …)")
    parser.add_argument(
        "--rate",
        metavar="TYPE",
        help=f"the market, for a currency with several ({', '.join(MARKETS)}; default: official)",
    )
    parser.add_argument(
        "--side",
        choices=("buy", "sell"),
        help="the buying or selling price of a two-sided quote (default: sell)",
    )
    parser.add_argument(
        "--locale",
        default=None,
        metavar="L",
        help="locale of AMOUNT and --date, and of the result (default: a plain number, en)",
    )
    parser.add_argument(
        "--online",
        action="store_true",
        help="on a miss, fetch the rate online into the cache (FXNORM_OFFLINE=1 forbids it)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    batch = parser.add_argument_group("converting a file (CSV or Parquet; needs fxnorm[pandas])")
    batch.add_argument("--input", metavar="FILE", help="rows to convert: .csv or .parquet")
    batch.add_argument("--output", metavar="FILE", help="where to write them: .csv or .parquet")
    batch.add_argument("--amount-col", metavar="NAME", help="column of amounts")
    batch.add_argument("--currency-col", metavar="NAME", help="column of currency codes")
    batch.add_argument("--date-col", metavar="NAME", help="column of dates")
    batch.add_argument("--decimal", action="store_true", help="exact decimal output (slower)")
    batch.add_argument(
        "--errors",
        choices=("raise", "null"),
        help="a row without a rate stops the run (raise, default) or is left empty (null)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .batch import run_batch, wants_batch

    if wants_batch(args):
        return run_batch(args)

    from .._dates import to_date
    from ..conversion import convert
    from ..rates.book import default_book

    money = read_money(args.amount, args.currency, args.locale)
    book = default_book(online=True) if args.online else default_book()
    conversion = convert(
        money,
        args.to,
        to_date(args.date, locale=args.locale) if args.date is not None else None,
        book=book,
        policy=args.policy,
        max_age=args.max_age,
        source=args.source,
        rate=args.rate,
        side=args.side,
    )
    if args.json:
        print(json.dumps(conversion.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(describe(conversion, book, args.locale or "en"))
    return 0


def read_money(amount: str, currency: str | None, locale: str | None) -> Money:
    """AMOUNT and CURRENCY as given on the command line, as Money.

    A plain number with a code is read directly (``380e9 CNY``), unless a locale
    says how its separators read (``25.960 ARS --locale es_AR`` is 25,960 pesos);
    anything else (``"380 billion yuan"``) goes through the text parser.
    """
    from decimal import Decimal, InvalidOperation

    from .._decimal import to_decimal
    from ..money import Money

    if (
        locale is None
        and currency is not None
        and len(currency.strip()) == 3
        and currency.strip().isalpha()
    ):
        try:
            Decimal(amount.strip().replace("_", ""))
        except InvalidOperation:
            pass  # not a plain number: let the text parser read it
        else:  # a plain number, perhaps NaN or 1e999999: its own error is the right one
            return Money(to_decimal(amount), currency)
    from ..parsing import parse

    text = amount if currency is None else f"{amount} {currency}"
    return parse(text, locale=locale).money


def describe(conversion: Conversion, book: RateBook, locale: str) -> str:
    """The human report: the result, then the rate, its date and its publisher."""
    original, result, quote = conversion.original, conversion.result, conversion.rate

    def show(money: Money, exact: bool) -> str:
        shown = money if exact else money.rounded()
        return f"{as_stated(shown.amount, locale)} {money.currency}"

    lines = [f"{show(original, True)} = {show(result, False)}"]
    lines.append(f"  rate    {quote.describe()}")
    for leg in quote.published_legs:
        lines.append(
            f"          from 1 {leg.base} = {leg.value:f} {leg.quote} "
            f"({leg.source}, {leg.date.isoformat()})"
        )
    dated = quote.date.isoformat()
    if quote.date != quote.requested_date:
        dated += f" (asked for {quote.requested_date.isoformat()})"
    lines.append(f"  date    {dated}")
    market = market_line(quote, book)
    if market:
        lines.append(f"  market  {market}")
    sources = quote.source.split("+")
    for source_id in sources:
        info = book.sources.get(source_id)
        if info is not None:
            lines.append(f"  source  {info.publisher}: {info.name}")
    exact = format(result.amount, "f")
    if exact != format(result.rounded().amount, "f"):
        lines.append(f"  exact   {exact} {result.currency}")
    return "\n".join(lines)


def market_line(quote: Quote, book: RateBook) -> str:
    """``blue, selling price; other rates of ARS: official, retail, … (--rate)``, or ""
    for a currency with one rate only, whose output stays as it always was.

    It names the markets the currency has at all, which costs nothing;
    ``fxnorm rates show`` lists the ones published on the day, with their values.
    """
    lines = []
    for code in (quote.base, quote.quote):
        markets = book.markets(code)
        if len(markets) > 1:
            others = ", ".join(m for m in markets if m != quote.market)
            lines.append(f"other rates of {code}: {others} (--rate)")
    if not lines:
        return ""
    default = " (the default)" if quote.market == "official" else ""
    side = {"mid": "one published figure", "buy": "buying price", "sell": "selling price"}
    return f"{quote.market}{default}, {side.get(quote.side, quote.side)}; {'; '.join(lines)}"


def as_stated(amount: Decimal, locale: str) -> str:
    """``amount`` in the locale's digit grouping and symbols, with exactly the
    digits it has: ``25960.50`` is ``25,960.50`` (``en``) or ``25.960,50``
    (``es_AR``), never ``25,960.5``, which babel's ``format_decimal`` would
    print (a stated cent is part of the figure) nor a rounded one.

    Written from the shipped CLDR extract (:func:`fxnorm.cldr_format.write_exact`);
    babel only for a locale the extract cannot write (it then formats as before:
    a locale CLDR lacks, such as ``en_AR``, as its language)."""
    from ..cldr_format import write_exact

    written = write_exact(amount, locale)
    if written is not None:
        return written
    return _babel_stated(amount, locale)


def _babel_stated(amount: Decimal, locale: str) -> str:
    """:func:`as_stated` through babel's pattern of ``locale`` (or of its language)."""
    import copy
    from decimal import localcontext

    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        locale = locale.partition("_")[0]  # en_AR: CLDR formats it as its language, en
    pattern = copy.copy(Locale.parse(locale).decimal_formats[None])
    places = max(0, -int(amount.as_tuple().exponent))
    pattern.frac_prec = (places, places)
    with localcontext() as context:
        context.prec = 100  # babel quantizes in the current context: room for 30 + 30 digits
        return str(pattern.apply(amount, locale))
