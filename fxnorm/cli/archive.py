"""``fxnorm check --input articles.csv --text-column body [--date-column published]``.

An archive of articles, checked one by one, written as one row per claim:
the article's id, then the columns of :data:`fxnorm.claims.render.ROW_COLUMNS`
(verdict, deviation, width, tolerance, reference rate, source and date, the
date basis and its phrases …). An article whose date cell is empty is dated
from its text, as ``fxnorm check --file`` does; one whose date cannot be read
gives a row with the verdict ``error`` and the reason, and the run goes on.

Input: CSV (``.csv``, read with the standard library), JSON Lines (``.jsonl``,
one object per line) or Parquet (``.parquet``, needs pyarrow). Output: the
same three, by the name of ``--output``; without it, CSV on standard output.
A Parquet output is written to ``OUTPUT.partial`` and renamed when complete.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import FxnormError, InvalidInputError

__all__ = ["run_archive"]

#: The column written before the check's own, saying which article the claim is
#: in: the ``--id-column``'s name and values, else ``row`` (the article's row, from 1).
ROW_COLUMN = "row"


def run_archive(args: argparse.Namespace) -> int:
    """Check every article of ``args.input``; one output row per claim."""
    from ..claims import check_text
    from ..claims.render import ROW_COLUMNS, check_row
    from .progress import Progress

    _check_arguments(args)
    source = Path(args.input)
    if not source.is_file():
        raise InvalidInputError(f"no such input file: {source}")
    rows, total = _read(source)
    id_column = args.id_column or ROW_COLUMN
    if id_column in ROW_COLUMNS:
        raise InvalidInputError(
            f"--id-column {id_column!r} is also a column of the results; rename it"
        )
    columns = (id_column, *ROW_COLUMNS)
    writer = _Writer(Path(args.output) if args.output else None, columns)
    progress = Progress(total, sys.stderr, label="fxnorm check", unit="articles",
                        mode=args.progress)  # fmt: skip
    counts: dict[str, int] = {}
    articles = 0
    try:
        for number, row in enumerate(rows):
            if args.text_column not in row:
                raise InvalidInputError(
                    f"{source.name} has no column {args.text_column!r}; its columns are: "
                    + ", ".join(map(str, row))
                )
            ident = row.get(args.id_column) if args.id_column else number + 1
            text = row.get(args.text_column) or ""
            date = row.get(args.date_column) if args.date_column else None
            try:
                report = check_text(
                    str(text),
                    _date_cell(date),
                    slack=args.slack,
                    locale=args.locale,
                    default_currency=args.default_currency,
                    max_width=args.max_width,
                    policy=args.policy,
                    max_age=args.max_age,
                    figures=False,
                )
            except FxnormError as error:
                writer.write({id_column: ident, "verdict": "error", "reason": str(error)})
                counts["error"] = counts.get("error", 0) + 1
            else:
                for check in report.checks:
                    writer.write({id_column: ident, **check_row(check)})
                    counts[check.verdict] = counts.get(check.verdict, 0) + 1
            articles += 1
            progress.update(1)
        writer.close()
    finally:
        progress.close()
        writer.abort()
    claims = sum(v for k, v in counts.items() if k != "error")
    parts = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    where = f": {args.output}" if args.output else ""
    print(f"checked {articles} articles: {claims} claims ({parts or 'none'}){where}",
          file=sys.stderr)  # fmt: skip
    return 1 if counts.get("inconsistent") else 0


def _check_arguments(args: argparse.Namespace) -> None:
    if args.text is not None or args.file is not None:
        raise InvalidInputError("give either TEXT, --file or --input, not several")
    if not args.text_column:
        raise InvalidInputError("--input also needs --text-column NAME")
    for flag, value in (("--date", args.date), ("--plot", args.plot), ("--to", args.to)):
        if value:
            raise InvalidInputError(f"{flag} does not apply to --input (use --date-column)")
    if args.format != "table":
        raise InvalidInputError("--format does not apply to --input: the --output name chooses")


def _date_cell(value: object) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from a data frame
        return None
    text = value if not isinstance(value, str) else value.strip()
    return text or None


def _kind(path: Path) -> str:
    name = path.name.lower()
    for kind, endings in (("csv", (".csv",)), ("jsonl", (".jsonl", ".ndjson")),
                          ("parquet", (".parquet", ".pq"))):  # fmt: skip
        if name.endswith(endings):
            return kind
    raise InvalidInputError(f"{path.name}: unknown file type; use .csv, .jsonl or .parquet")


def _read(path: Path) -> tuple[Iterator[dict[str, Any]], int | None]:
    kind = _kind(path)
    if kind == "parquet":
        pq = _pyarrow_parquet()
        try:
            file = pq.ParquetFile(path)
        except Exception as error:  # pyarrow raises several kinds for a bad file
            raise InvalidInputError(f"cannot read {path.name}: {error}") from None

        def batches() -> Iterator[dict[str, Any]]:
            for batch in file.iter_batches(batch_size=1000):
                yield from batch.to_pylist()

        return batches(), file.metadata.num_rows
    if kind == "jsonl":
        with path.open("rb") as stream:
            total = sum(1 for line in stream if line.strip())

        def objects() -> Iterator[dict[str, Any]]:
            with path.open(encoding="utf-8", errors="replace") as stream:
                for number, line in enumerate(stream, start=1):
                    if not line.strip():
                        continue
                    try:
                        value = json.loads(line)
                    except ValueError as error:
                        raise InvalidInputError(f"{path.name} line {number}: {error}") from None
                    if not isinstance(value, dict):
                        raise InvalidInputError(f"{path.name} line {number}: not a JSON object")
                    yield value

        return objects(), total

    def records() -> Iterator[dict[str, Any]]:
        csv.field_size_limit(64 * 2**20)
        with path.open(encoding="utf-8", errors="replace", newline="") as stream:
            try:
                yield from csv.DictReader(stream)
            except csv.Error as error:
                raise InvalidInputError(f"cannot read {path.name}: {error}") from None

    return records(), None


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InvalidInputError('Parquet needs pyarrow: pip install "fxnorm[pandas]"') from None
    return pq


class _Writer:
    """Rows out as CSV (a file or standard output), JSON Lines or Parquet."""

    def __init__(self, path: Path | None, columns: tuple[str, ...]) -> None:
        self.path = path
        self.columns = columns
        self.kind = _kind(path) if path is not None else "csv"
        self.partial = path.with_name(path.name + ".partial") if path is not None else None
        self.rows: list[dict[str, Any]] = []
        self.stream: TextIO | None = None
        self.csv: Any = None
        self.done = False
        if self.kind == "parquet":
            _pyarrow_parquet()
        elif path is None:
            self.stream = sys.stdout
        else:
            assert self.partial is not None
            self.stream = self.partial.open("w", encoding="utf-8", newline="")
        if self.kind == "csv" and self.stream is not None:
            self.csv = csv.DictWriter(self.stream, fieldnames=columns, lineterminator="\n")
            self.csv.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        full = {name: row.get(name, "") for name in self.columns}
        if self.kind == "csv":
            self.csv.writerow(full)
        elif self.kind == "jsonl":
            assert self.stream is not None
            self.stream.write(json.dumps(full, ensure_ascii=False) + "\n")
        else:
            self.rows.append(full)

    def close(self) -> None:
        if self.kind == "parquet":
            import pyarrow as pa

            pq = _pyarrow_parquet()
            table = pa.table(
                {name: [str(r[name]) for r in self.rows] for name in self.columns},
                schema=pa.schema([(name, pa.string()) for name in self.columns]),
            )
            assert self.partial is not None
            pq.write_table(table, self.partial)
        elif self.stream is not None and self.stream is not sys.stdout:
            self.stream.close()
        if self.path is not None and self.partial is not None:
            os.replace(self.partial, self.path)
        self.done = True

    def abort(self) -> None:
        """After a failure: no half-written output under the requested name."""
        if self.done:
            return
        if self.stream is not None and self.stream is not sys.stdout:
            self.stream.close()
        if self.partial is not None and self.partial.exists():
            self.partial.unlink()
