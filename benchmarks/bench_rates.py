"""fxnorm's rates against currencyconverter, side by side, in one run.

Measures, on the same (currency, date) draws for both libraries:

1. cold command-line wall time (a new process converting one amount);
2. import plus first conversion, in a new process;
3. conversions per second for historical dates, in a warm process.

Run with ``python benchmarks/bench_rates.py`` (needs ``pip install -e ".[bench]"``).
Ratios are fxnorm relative to currencyconverter: for times, lower is better for
fxnorm when the ratio is below 1; for throughput, above 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal

# Currencies both libraries cover through the ECB data, and dates on ECB business days.
CURRENCIES = ["USD", "JPY", "GBP", "CHF", "CNY", "SEK", "NOK", "AUD", "CAD", "HKD"]


def draws(count: int, seed: int = 7) -> list[tuple[str, str, dt.date]]:
    """Random currency pairs on random ECB publication days since 2006 (fixed seed)."""
    import fxnorm

    series = fxnorm.RateBook.default().series("ecb", "USD")
    assert series is not None
    days = [series.date(i) for i in range(len(series)) if series.date(i).year >= 2006]
    rng = random.Random(seed)
    return [(*rng.sample(CURRENCIES, 2), rng.choice(days)) for _ in range(count)]  # type: ignore[misc]


def timed_runs(command: list[str], repeat: int) -> float:
    """Median wall time of ``command`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def script(name: str) -> str:
    found = shutil.which(name, path=str(__import__("pathlib").Path(sys.executable).parent))
    return found or name


def throughput(
    function: Callable[[str, str, dt.date], object], cases: list[tuple[str, str, dt.date]]
) -> float:
    """Calls per second of ``function`` over ``cases`` (best of 3 passes)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for base, quote, day in cases:
            function(base, quote, day)
        best = min(best, time.perf_counter() - start)
    return len(cases) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per cold measurement")
    parser.add_argument("--calls", type=int, default=20000, help="conversions per pass")
    args = parser.parse_args()

    from currency_converter import CurrencyConverter

    import fxnorm
    from fxnorm import Money

    cases = draws(args.calls)
    print(f"python {sys.version.split()[0]}, {args.calls} conversions, {args.repeat} cold runs\n")

    # 1. Cold CLI, same conversion.
    fx_cli = [
        script("fxnorm"),
        "convert",
        "380000000000",
        "CNY",
        "--to",
        "USD",
        "--date",
        "2025-09-24",
    ]
    cc_cli = [
        script("currency_converter"),
        "380000000000",
        "CNY",
        "--to",
        "USD",
        "-d",
        "2025-09-24",
    ]
    fx_cold, cc_cold = timed_runs(fx_cli, args.repeat), timed_runs(cc_cli, args.repeat)

    # 2. Import plus first conversion, in a fresh interpreter.
    fx_first = timed_runs(
        [
            sys.executable,
            "-c",
            "import fxnorm; fxnorm.convert(fxnorm.Money('380e9','CNY'),'USD',on='2025-09-24')",
        ],
        args.repeat,
    )
    cc_first = timed_runs(
        [
            sys.executable,
            "-c",
            "import datetime; from currency_converter import CurrencyConverter;"
            "CurrencyConverter().convert(380e9,'CNY','USD',"
            "date=datetime.date(2025,9,24))",
        ],
        args.repeat,
    )
    base_python = timed_runs([sys.executable, "-c", "pass"], args.repeat)

    # 3. Warm throughput on historical dates. fxnorm memoises answers (a Quote is
    # immutable), so it is measured twice: every query new to the book (series
    # already loaded, memo empty) and the same queries again.
    converter = CurrencyConverter()
    amount = Decimal(100)
    book = fxnorm.RateBook.default()

    def fx_call(base: str, quote: str, day: dt.date) -> object:
        return amount * book.quote(base, quote, day).value

    def fx_convert(base: str, quote: str, day: dt.date) -> object:
        return fxnorm.convert(Money(amount, base), quote, day, book=book)

    def cc_call(base: str, quote: str, day: dt.date) -> object:
        return converter.convert(100, base, quote, date=day)

    for base, quote, day in cases[:200]:  # sanity: both agree to float precision
        ours = float(fx_call(base, quote, day))  # type: ignore[arg-type]
        theirs = cc_call(base, quote, day)
        assert abs(ours - theirs) <= 1e-9 * abs(theirs), (base, quote, day, ours, theirs)

    def fresh(function: Callable[[str, str, dt.date], object]) -> float:
        book.forget()
        for code in CURRENCIES:  # load the series first: a one-off cost per process
            book.series("ecb", code)
        start = time.perf_counter()
        for base, quote, day in cases:
            function(base, quote, day)
        return len(cases) / (time.perf_counter() - start)

    fx_new_quote, fx_new_convert = fresh(fx_call), fresh(fx_convert)
    fx_quote_rate = throughput(fx_call, cases)
    fx_convert_rate = throughput(fx_convert, cases)
    cc_rate = throughput(cc_call, cases)

    rows = [
        ("cold CLI, one conversion (s)", fx_cold, cc_cold),
        ("import + first conversion (s)", fx_first, cc_first),
        ("  (bare python startup, s)", base_python, base_python),
        ("quote × amount, new queries (calls/s)", fx_new_quote, cc_rate),
        ("convert(Money), new queries (calls/s)", fx_new_convert, cc_rate),
        ("quote × amount, repeated (calls/s)", fx_quote_rate, cc_rate),
        ("convert(Money), repeated (calls/s)", fx_convert_rate, cc_rate),
    ]
    print(f"{'measure':40} {'fxnorm':>12} {'currencyconverter':>18} {'ratio':>8}")
    for label, ours, theirs in rows:
        print(f"{label:40} {ours:12.4g} {theirs:18.4g} {ours / theirs:8.2f}")
    print("\nratio = fxnorm / currencyconverter (times: lower is better; calls/s: higher)")


if __name__ == "__main__":
    main()
