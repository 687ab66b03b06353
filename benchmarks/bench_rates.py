"""fxnorm's rates against currencyconverter, side by side, in one run.

Measures, on the same (currency, date) draws for both libraries:

1. cold command-line wall time (a new process converting one amount);
2. import plus first conversion, in a new process;
3. conversions per second for historical dates, in a warm process: fxnorm's
   ``quote × amount`` and ``convert(Money)`` on dates new to the book (its
   memo emptied, the series loaded) and repeated, and a plain loop of
   ``fxnorm.convert`` over the rows (the default book, as a first use looks);
4. a million rows converted into Decimal through ``fxnorm.frame`` (the rows of
   ``benchmarks/bench_frame.py``; the target is under one second).

Run with ``python benchmarks/bench_rates.py`` (needs ``pip install -e ".[bench]"``,
and ``[pandas]`` for 4). Ratios are fxnorm relative to currencyconverter: for
times, lower is better for fxnorm; for throughput, higher.

The machine may be shared: every figure is the median of repeated runs, and
each warm pass of fxnorm is timed between two passes of currencyconverter, so
a ratio compares passes that ran under the same load. Both packages' bytecode
is compiled before the cold runs (as ``pip install`` does; an editable
checkout with ``PYTHONDONTWRITEBYTECODE`` set would otherwise compile fxnorm's
modules in every new process).

Round of 2026-12-05 (branch ratespeed3, issue #17 item 3: per-call speed on
new queries). Profile at the branch start (b0131a5; CPython 3.11, cProfile and
timings of each step, per call): a new-date ``convert(Money)`` took 3.3 us
against 1.6 for the same call repeated (a memo hit). The caller's Money is
0.35 of both; on a new date the day-table step computes the cross (the
34-digit division, 0.3-0.4 us on the real operands) and builds the 12-field
Quote (0.3-0.4), which the memo keeps. With the collector off the pass took
0.45 us less (0.75 for ``quote × amount``): every kept Quote is visited by
later collections, and a full collection in this process took 24 ms, most of
it in the lists each loaded series holds (days, values, made Decimals and
dates). ``Context.multiply`` and ``divide`` spend about 0.1 us each parsing
their arguments (an operator takes 0.04-0.07 but rounds in the caller's
context, so it is not used). What changed: ``convert`` reads only the value
from the day tables (``RateBook.value``) and ``Conversion.rate`` builds its
Quote when first read (the result is still computed at once); day-table
answers are not memoised, the steps keep each day's cross value by day in
untracked dicts (bounded, 200,000); the series keep their Decimals and dates
in dicts (a full collection 24 -> 7 ms); steps hold no reference cycle (what
``forget`` drops is freed then, not by a collection during the next pass); the
per-pair lookup skips the 7-field memo key. Measured in alternation, start and
end (at cf70d35, before the last change below), three full runs each on a
quiet moment of the shared machine; fxnorm's best run, the range of the
ratios:

==========================================  ==================  ==================
measure                                     start (b0131a5)     end
==========================================  ==================  ==================
cold CLI, one conversion                    65.8 ms, 0.19       66.5 ms, 0.19
import + first conversion                   54.1 ms, 0.23       56.3 ms, 0.23
quote × amount, new queries                 2.07 us, 0.68-0.73  1.82 us, 0.77-0.79
convert(Money), new queries                 3.25 us, 0.44-0.45  2.17 us, 0.63-0.66
quote × amount, repeated                    0.56 us, 2.43-2.48  1.11 us, 1.23-1.30
convert(Money), repeated                    1.66 us, 0.85-0.88  1.49 us, 0.91-0.95
loop of fxnorm.convert, new queries         3.24 us, 0.43-0.46  2.23 us, 0.61-0.66
loop of fxnorm.convert, repeated            1.73 us, 0.80-0.86  1.52 us, 0.90-0.93
1,000,000 rows into Decimal, fxnorm.frame   0.474 s             0.450 s
==========================================  ==================  ==================

currencyconverter took 1.38-1.49 us per call in these runs (1.94 in the loaded
runs of the previous round, which is why ``convert(Money), repeated`` reads
below 1 at the start too). The repeated ``quote × amount`` is slower by
design: it builds its Quote again (about 0.3 us) where the memo returned a
kept one, since every kept Quote is a tracked object later collections visit
(0.45-0.75 us per new query at the start, above) and the memo could hold
200,000 of them. What is left on a new date: the Money 0.3 us, the 34-digit
division 0.3-0.4, the multiply 0.16, two objects 0.25, the Quote 0.3 for
``quote``; plans rebuilt after ``forget`` about 0.1 per call of a pass. The
targets of 1x on new queries are not met with the arithmetic done in Decimal
when the call returns.

Last change: a value kept already is read from the step's dict by
``RateBook.value`` itself (``Step.known``), without a call of the step's
(``RateBook.value`` 0.31 -> 0.24 us). Two more runs in alternation after it:
in the quiet one (the peer at 1.55-1.61 us) start / end ``convert(Money)``
repeated 0.92 / 1.08, new queries 0.46 / 0.64, ``quote × amount`` new 0.70 /
0.81, repeated 2.77 / 1.28; in the loaded one (the peer at 2.8-3.0 us) 1.15 /
1.12, 0.48 / 0.76, 0.77 / 0.78, 2.64 / 1.28. Cold CLI 0.16-0.19 and import +
first conversion 0.18-0.24 in both, the million rows 0.49-0.50 s.

Round of 2026-12-06 (branch rspeed3, the same item). The shared machine ran at
a load of 3-6 on its two cores, so wall times moved by a third between runs;
instructions counted by callgrind are the figures that do not (per call over
the 20,000 draws, a pass with the setup subtracted). Profile at the start
(fae5a2c): a new-date ``convert(Money)`` 21,918 instructions against 15,384
repeated and 12,819 for currencyconverter; of the new date's extra 6,500, the
34-digit division 2,400 (``Context.divide``, a third of it parsing its
arguments), the plans rebuilt after ``forget`` 1,400 (27 us per pair), the
step's function and its list reads about 2,000, keeping the value 1,050 (its
day looked up twice, a count decremented per value, the insertion). The
caller's ``Money(...)`` alone is 4,400 (the type call of a Python
``__new__``), the result's Money and the Conversion 1,500 each, the multiply
1,800: with the division, 11,600 of the call is objects and Decimal
arithmetic the result needs. What changed: the day is looked up once, the
step's table is charged 256 values at a time by a length test
(``Kept.take``), the tabled pair is found by base then quote (no tuple key
hashed and compared), and ``Money(...)`` and ``convert``'s result are built
without a call of ``new_money``. Instructions per call, start / end:
``convert(Money)`` new 21,918 / 20,550, repeated 15,384 / 14,329; the loop of
``fxnorm.convert`` new 22,563 / 20,905, repeated 16,023 / 15,166;
``quote × amount`` new 16,301 / 16,279, repeated 11,186 / 10,350. In six
alternations (start, end, start …; five passes each, the median of the
ratios) ``convert(Money)`` on new dates read 0.64-0.75 at the start and
0.69-0.80 at the end, repeated 1.09-1.40 and 1.21-1.41, ``quote × amount``
repeated 1.13-1.35 and 1.31-1.46; in four full runs at the end, cold CLI
0.11-0.19, import + first conversion 0.12-0.23. The target of 1x on new
dates is not met: of the 20,550, the objects and arithmetic above are 11,600
and the plans 1,400; the remaining 7,500 are four Python frames (``Money``,
``convert``, ``RateBook.value``, the step's function), their checks and
lookups, and the benchmark's own loop.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import importlib.util
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

# Currencies both libraries cover through the ECB data, and dates on ECB business days.
CURRENCIES = ["USD", "JPY", "GBP", "CHF", "CNY", "SEK", "NOK", "AUD", "CAD", "HKD"]

Case = tuple[str, str, dt.date]


def draws(count: int, seed: int = 7) -> list[Case]:
    """Random currency pairs on random ECB publication days since 2006 (fixed seed)."""
    import fxnorm

    series = fxnorm.RateBook.default().series("ecb", "USD")
    assert series is not None
    days = [series.date(i) for i in range(len(series)) if series.date(i).year >= 2006]
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(count):
        base, quote = rng.sample(CURRENCIES, 2)
        cases.append((base, quote, rng.choice(days)))
    return cases


def timed_runs(command: list[str], repeat: int) -> float:
    """Median wall time of ``command`` over ``repeat`` runs, in seconds.

    The runs start in the temp folder: ``python -c`` puts its working folder
    first on the path, and a checkout's ``fxnorm/`` there would be imported
    instead of the installed package.
    """
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def script(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    return found or name


def compile_bytecode(*packages: str) -> None:
    """Compile the packages' modules to bytecode, as ``pip install`` does."""
    for package in packages:
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.submodule_search_locations is not None
        for folder in spec.submodule_search_locations:
            compileall.compile_dir(folder, quiet=1)


def seconds(function: Callable[[Case], object], cases: list[Case]) -> float:
    """Wall time of one pass of ``function`` over ``cases``."""
    start = time.perf_counter()
    for case in cases:
        function(case)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9, help="runs per cold measurement")
    parser.add_argument("--calls", type=int, default=20000, help="conversions per pass")
    parser.add_argument("--passes", type=int, default=7, help="warm passes per measure")
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows through fxnorm.frame")
    parser.add_argument("--frame-runs", type=int, default=5, help="timed frame conversions")
    args = parser.parse_args()

    from currency_converter import CurrencyConverter

    import fxnorm
    from fxnorm import Money

    cases = draws(args.calls)
    print(
        f"python {sys.version.split()[0]}, {args.calls} conversions per pass, "
        f"{args.passes} warm passes, {args.repeat} cold runs; medians"
    )

    # 1. Cold CLI, same conversion.
    compile_bytecode("fxnorm", "currency_converter")
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
    # immutable), so it is measured on queries new to the book (series loaded,
    # memo empty: book.forget()) and on the same queries again.
    converter = CurrencyConverter()
    amount = Decimal(100)
    book = fxnorm.RateBook.default()
    default = fxnorm.RateBook.default

    def fx_call(case: Case) -> object:
        return amount * book.quote(case[0], case[1], case[2]).value

    def fx_convert(case: Case) -> object:
        return fxnorm.convert(Money(amount, case[0]), case[1], case[2], book=book)

    def fx_loop(case: Case) -> object:
        return fxnorm.convert(Money(amount, case[0]), case[1], case[2])

    def cc_call(case: Case) -> object:
        return converter.convert(100, case[0], case[1], date=case[2])

    for case in cases[:200]:  # sanity: both agree to float precision
        ours = float(fx_call(case))  # type: ignore[arg-type]
        theirs = cc_call(case)
        assert isinstance(theirs, float)
        assert abs(ours - theirs) <= 1e-9 * abs(theirs), (case, ours, theirs)

    def fresh(function: Callable[[Case], object], book: fxnorm.RateBook) -> float:
        book.forget()
        for code in CURRENCIES:  # load the series first: a one-off cost per process
            book.series("ecb", code)
        return seconds(function, cases)

    measures: dict[str, Callable[[], float]] = {
        "quote × amount, new queries": lambda: fresh(fx_call, book),
        "convert(Money), new queries": lambda: fresh(fx_convert, book),
        "quote × amount, repeated": lambda: seconds(fx_call, cases),
        "convert(Money), repeated": lambda: seconds(fx_convert, cases),
        "loop of fxnorm.convert, new queries": lambda: fresh(fx_loop, default()),
        "loop of fxnorm.convert, repeated": lambda: seconds(fx_loop, cases),
    }
    ours: dict[str, list[float]] = {name: [] for name in measures}
    ratios: dict[str, list[float]] = {name: [] for name in measures}
    peer: list[float] = []
    for _ in range(args.passes):
        for name, measure in measures.items():
            before = seconds(cc_call, cases)
            took = measure()
            after = seconds(cc_call, cases)
            peer += [before, after]
            ours[name].append(len(cases) / took)
            ratios[name].append((before + after) / 2 / took)
    cc_rate = len(cases) / statistics.median(peer)

    rows = [
        ("cold CLI, one conversion (s)", fx_cold, cc_cold, fx_cold / cc_cold),
        ("import + first conversion (s)", fx_first, cc_first, fx_first / cc_first),
        ("  (bare python startup, s)", base_python, base_python, 1.0),
    ]
    for name in measures:
        rows.append(
            (
                f"{name} (calls/s)",
                statistics.median(ours[name]),
                cc_rate,
                statistics.median(ratios[name]),
            )
        )

    # 4. A million rows into Decimal through fxnorm.frame (the rows of bench_frame.py).
    frame_time = None
    if importlib.util.find_spec("pandas") is not None and args.rows:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_frame import rows as frame_rows

        import fxnorm.frame as fxf

        frame = frame_rows(args.rows)

        def exact() -> object:
            return fxf.convert(
                frame["amount"], frame["ccy"], "USD", frame["date"], errors="null", dtype="decimal"
            )

        exact()  # builds the day tables: once per process
        times = []
        for _ in range(args.frame_runs):
            start = time.perf_counter()
            exact()
            times.append(time.perf_counter() - start)
        frame_time = statistics.median(times)

    print(f"\n{'measure':48} {'fxnorm':>12} {'currencyconverter':>18} {'ratio':>8}")
    for label, mine, theirs, ratio in rows:
        print(f"{label:48} {mine:12.4g} {theirs:18.4g} {ratio:8.2f}")
    if frame_time is not None:
        print(f"{f'{args.rows:,} rows into Decimal, fxnorm.frame (s)':48} {frame_time:12.4g}")
    print(
        "\nratio = fxnorm / currencyconverter for times (lower is better), currencyconverter's"
        "\ntime / fxnorm's for calls/s (higher is better), each the median over passes timed"
        "\nbetween two passes of currencyconverter; currencyconverter's calls/s is the median"
        "\nof all its passes. Targets: new queries and repeated convert(Money) >= 1,"
        "\ncold CLI and import + first conversion <= 0.25, the million rows < 1 s."
    )


if __name__ == "__main__":
    main()
