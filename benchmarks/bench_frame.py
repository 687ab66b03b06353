"""Bulk conversion with fxnorm.frame against a per-row loop and a pandas ``merge_asof``, in one run.

Measures, on the same rows (mixed currencies, random dates 2000-2026, a
fixed seed), converted into USD as of each row's date:

1. ``fxnorm.frame.convert`` with float64 output on one core: the first call
   (it builds the day tables) and warm (best of 3);
2. the same with provenance columns, and with exact Decimal output;
3. a per-row loop over ``currency_converter.CurrencyConverter`` (ECB data,
   last known rate on days without one), timed on a sample and extrapolated;
4. a plain pandas ``merge_asof`` of the same lookup (ECB rates only: the
   currency's and the dollar's euro rates, each the last within 7 days);
5. Dask: the 10M-row case (float64) and a 2M-row Decimal case, each in one
   plain process (partition after partition), then on a ``LocalCluster`` of
   1 and of 2 worker processes; partitions are generated on the workers.

Run with ``python benchmarks/bench_frame.py`` (needs ``pip install -e ".[dask,bench]"``).
Ratios are the other timing divided by fxnorm's warm float64 time, so 20x
means fxnorm is 20 times faster.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

# ECB currencies published over the whole period (ARS comes from the BCRA, then currency-api).
CURRENCIES = ["EUR", "JPY", "GBP", "CHF", "CNY", "SEK", "NOK", "AUD", "CAD", "HKD", "KRW", "ARS"]
FIRST, LAST = np.datetime64("2000-01-01"), np.datetime64("2026-09-30")


def rows(count: int, seed: int = 2026) -> pd.DataFrame:
    """``count`` rows: amounts, currencies, dates (a fixed seed, so every run draws the same)."""
    rng = np.random.default_rng(seed)
    span = int((LAST - FIRST).astype(int))
    codes = rng.integers(0, len(CURRENCIES), count)
    return pd.DataFrame(
        {
            "amount": rng.uniform(1, 1_000_000, count).round(2),
            "ccy": pd.Categorical.from_codes(codes, categories=CURRENCIES),
            "date": FIRST + rng.integers(0, span + 1, count).astype("timedelta64[D]"),
        }
    )


def best(function: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Best wall time of ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def merge_asof_usd(frame: pd.DataFrame, max_age: int = 7) -> pd.Series:
    """The lookup as a plain pandas program: ECB legs by ``merge_asof``, crossed through EUR."""
    import fxnorm

    book = fxnorm.RateBook.default()
    parts = []
    for code in [c for c in CURRENCIES if c not in ("EUR", "ARS")] + ["USD"]:
        series = book.series("ecb", code)
        assert series is not None
        parts.append(
            pd.DataFrame(
                {
                    "ccy": code,
                    "date": (np.asarray(series.days) - 719_163).astype("datetime64[D]"),
                    "per_eur": np.asarray(series.values, dtype=float),
                }
            )
        )
    table = pd.concat(parts, ignore_index=True)
    table["date"] = table["date"].astype("datetime64[ns]")
    table = table.sort_values("date")
    usd = table[table["ccy"] == "USD"][["date", "per_eur"]].rename(columns={"per_eur": "usd"})
    left = frame[["ccy", "date"]].copy()
    left["ccy"] = left["ccy"].astype(str)
    left["date"] = left["date"].astype("datetime64[ns]")
    left["row"] = np.arange(len(left))
    left = left.sort_values("date")
    tolerance = pd.Timedelta(days=max_age)
    legs = pd.merge_asof(
        left, table, on="date", by="ccy", direction="backward", tolerance=tolerance
    )
    legs = pd.merge_asof(legs, usd, on="date", direction="backward", tolerance=tolerance)
    legs.loc[legs["ccy"] == "EUR", "per_eur"] = 1.0
    rate = (legs["usd"] / legs["per_eur"]).to_numpy()
    result = np.empty(len(frame))
    result[legs["row"].to_numpy()] = rate
    return pd.Series(frame["amount"].to_numpy() * result, index=frame.index)


def currencyconverter_loop(frame: pd.DataFrame) -> list[float | None]:
    """One ``CurrencyConverter.convert`` call per row (None where it has no rate)."""
    from currency_converter import CurrencyConverter

    converter = CurrencyConverter(
        fallback_on_missing_rate=True,
        fallback_on_missing_rate_method="last_known",
        fallback_on_wrong_date=False,
    )
    out: list[float | None] = []
    for amount, currency, day in zip(
        frame["amount"].tolist(),
        frame["ccy"].astype(str).tolist(),
        frame["date"].dt.date.tolist(),
        strict=True,
    ):
        try:
            out.append(converter.convert(amount, currency, "USD", date=day))
        except Exception:  # RateNotFoundError, ValueError for an unsupported currency
            out.append(None)
    return out


def make_partition(seed: int, size: int, run: int = 0) -> pd.DataFrame:
    """Partition ``seed`` of the large case (``run`` only makes each Dask run's keys new)."""
    return rows(size, seed)


def partition_total(part: pd.DataFrame) -> pd.Series:
    """The sum of a partition's converted amounts (floats or Decimals), as one float."""
    values = part["amount_usd"].dropna()
    return pd.Series([float(sum(values.tolist()))], dtype=float)


def dask_case(total: int, partitions: int, dtype: str) -> dict[str, float]:
    """One process, then Dask with 1 and 2 worker processes, on the same partitions.

    Partitions are generated where they are converted (``dd.from_map``), so no
    data crosses processes but one number per partition. Each cluster runs once
    to warm up (imports, the embedded data, day tables), then is timed (best of 2).
    """
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    import fxnorm.frame as fxf
    import fxnorm.frame.dask as fxd

    size = total // partitions
    options = dict(amount_col="amount", currency_col="ccy", date_col="date", to="USD")
    options.update(errors="null", dtype=dtype)

    def single() -> float:
        found = 0.0
        for seed in range(partitions):
            part = fxf.convert_partition(make_partition(seed, size), **options)
            found += float(partition_total(part).iloc[0])
        return found

    def generate_only() -> float:
        return sum(float(make_partition(seed, size)["amount"].sum()) for seed in range(partitions))

    figures = {"single": best(single, repeat=2)[0], "generate": best(generate_only, repeat=2)[0]}
    expected = single()
    for workers in (1, 2):
        with (
            LocalCluster(
                n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            runs = iter(range(1_000_000))

            def frame(workers: int = workers, runs: Any = runs) -> Any:  # new keys: no reuse
                return dd.from_map(
                    make_partition,
                    range(partitions),
                    size=size,
                    meta=make_partition(0, 0),
                    run=workers * 1000 + next(runs),
                )

            def run() -> float:
                converted = fxd.convert(frame(), **options)
                totals = converted.map_partitions(partition_total, meta=pd.Series(dtype=float))
                return float(totals.sum().compute())

            run()  # warm up: imports, embedded data and day tables in each worker
            seconds, found = best(run, repeat=2)
            assert abs(found - expected) <= 1e-9 * abs(expected), (found, expected)
            figures[f"dask{workers}"] = seconds
            figures[f"generate{workers}"] = best(
                lambda: float(frame()["amount"].sum().compute()), repeat=2
            )[0]
    return figures


def report_dask(title: str, figures: dict[str, float]) -> None:
    print(f"\n{title}")
    print(f"  {'setup':<36} {'generate+convert':>17} {'generate only':>14}")
    lines = [
        ("one process, partitions in turn", figures["single"], figures["generate"]),
        ("LocalCluster, 1 worker process", figures["dask1"], figures["generate1"]),
        ("LocalCluster, 2 worker processes", figures["dask2"], figures["generate2"]),
    ]
    for name, whole, made in lines:
        print(f"  {name:<36} {whole:>16.2f}s {made:>13.2f}s")
    print(
        f"  2 workers against 1: {figures['dask1'] / figures['dask2']:.2f}x faster; "
        f"against one plain process: {figures['single'] / figures['dask2']:.2f}x "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=50_000, help="rows timed per-row, then ×")
    parser.add_argument("--dask-rows", type=int, default=10_000_000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()

    import fxnorm.frame as fxf

    frame = rows(args.rows)
    count = len(frame)
    print(
        f"python {sys.version.split()[0]}, numpy {np.__version__}, pandas {pd.__version__}, "
        f"{os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f}); {count:,} rows, "
        f"{len(CURRENCIES)} currencies, dates {FIRST}..{LAST}, into USD\n"
    )

    def fx_float() -> Any:
        return fxf.convert(frame["amount"], frame["ccy"], "USD", frame["date"], errors="null")

    start = time.perf_counter()
    first = fx_float()
    cold = time.perf_counter() - start
    warm, result = best(fx_float)
    answered = float(result.notna().mean())
    text = frame["ccy"].astype(object)
    as_text, _ = best(
        lambda: fxf.convert(frame["amount"], text, "USD", frame["date"], errors="null")
    )
    prov, _ = best(
        lambda: fxf.convert(
            frame["amount"],
            frame["ccy"],
            "USD",
            frame["date"],
            errors="null",
            with_provenance=True,
        )
    )
    exact, exact_result = best(
        lambda: fxf.convert(
            frame["amount"], frame["ccy"], "USD", frame["date"], errors="null", dtype="decimal"
        ),
        repeat=1,
    )
    assert first.equals(result)

    sample = frame.iloc[: args.sample]
    cc_time, cc_values = best(lambda: currencyconverter_loop(sample), repeat=1)
    cc_total = cc_time * count / len(sample)
    asof, asof_result = best(lambda: merge_asof_usd(frame))

    # Agreement, where each answers (currencyconverter has no ARS; merge_asof is ECB-only).
    ecb_rows = (frame["ccy"] != "ARS").to_numpy()
    both = ecb_rows & result.notna().to_numpy() & asof_result.notna().to_numpy()
    asof_gap = float(np.max(np.abs(asof_result[both] / result[both] - 1)))
    cc = np.array([np.nan if v is None else v for v in cc_values])
    mine = result.to_numpy()[: len(sample)]
    ok = ~np.isnan(cc) & ~np.isnan(mine)
    cc_gap = float(np.max(np.abs(cc[ok] / mine[ok] - 1)))
    exact_gap = float(
        np.nanmax(
            np.abs(
                np.array([np.nan if v is None else float(v) for v in exact_result])
                / result.to_numpy()
                - 1
            )
        )
    )

    table: list[tuple[str, int, float, str]] = [
        ("fxnorm.frame float64, first call (builds day tables)", count, cold, ""),
        ("fxnorm.frame float64, warm", count, warm, ""),
        ("fxnorm.frame float64, warm, currencies as str objects", count, as_text, ""),
        ("fxnorm.frame float64 + provenance (rate, date, source, error)", count, prov, ""),
        ("fxnorm.frame Decimal (exact)", count, exact, ""),
        (
            f"currencyconverter per-row loop ({len(sample):,} rows timed, ×{count // len(sample)})",
            count,
            cc_total,
            "extrapolated",
        ),
        ("pandas merge_asof (ECB legs only, crossed through EUR)", count, asof, ""),
    ]
    print(f"{'case':<74} {'rows':>11} {'time (s)':>9} {'rows/s':>12} {'vs warm':>8}")
    for name, size, seconds, note in table:
        print(
            f"{name:<74} {size:>11,} {seconds:>9.3f} {size / seconds:>12,.0f} "
            f"{seconds / warm:>7.1f}x {note}"
        )
    print(
        f"\nanswered: {answered:.1%} of rows (the rest: no rate within 7 days, e.g. ARS gaps);"
        f"\nlargest relative difference, float64 vs Decimal: {exact_gap:.1e};"
        f" vs merge_asof: {asof_gap:.1e}; vs currencyconverter: {cc_gap:.1e}"
        " (its own copy of the ECB file, last known rate on days without one)"
    )
    print(f"target: 1,000,000 rows under 1 s with float64 on one core: warm {warm:.3f} s")

    if args.no_dask:
        return
    big = dask_case(args.dask_rows, args.partitions, "float64")
    report_dask(f"Dask, float64, {args.dask_rows:,} rows in {args.partitions} partitions:", big)
    exact_rows = args.dask_rows // 5
    exact = dask_case(exact_rows, args.partitions, "decimal")
    report_dask(f"Dask, Decimal, {exact_rows:,} rows in {args.partitions} partitions:", exact)


if __name__ == "__main__":
    main()
