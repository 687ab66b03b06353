"""``fxnorm convert --input rows.csv --amount-col … --to USD --output out.parquet``.

A whole file of amounts, each converted as of its own date, chunk by chunk
(so a file larger than memory streams through) with the bulk lookup of
:mod:`fxnorm.frame`. Needs pandas and pyarrow (``pip install "fxnorm[pandas]"``).

Input and output are CSV (``.csv``, also ``.csv.gz`` …) or Parquet
(``.parquet``, ``.pq``), chosen by the file name. CSV cells are read as
text, so the other columns are copied exactly as written; the amount is read
as a number (as text, exactly, with ``--decimal``). Each output row is the
input row plus ``{amount}_{to}`` (the converted amount), ``…_rate``,
``…_rate_date`` (the publication used) and ``…_source``; with
``--errors null`` also ``…_error``, and a row without a rate has empty
values instead of stopping the run. ``--decimal`` writes exact decimal text.

The output is written to ``OUTPUT.partial`` and renamed when complete, so a
failed run never leaves a truncated file under the requested name.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import FxnormError, InvalidInputError
from .progress import Progress

__all__ = ["CHUNK_ROWS", "run_batch", "wants_batch"]

#: Rows converted (and written) at a time.
CHUNK_ROWS = 200_000

_CSV = re.compile(r"\.(csv|tsv)(\.(gz|bz2|zip|xz|zst))?$", re.I)
_PARQUET = re.compile(r"\.(parquet|pq)$", re.I)
_ROW = re.compile(r"^row (\d+): ")


_BATCH_ONLY = {
    "output": "--output",
    "amount_col": "--amount-col",
    "currency_col": "--currency-col",
    "date_col": "--date-col",
    "decimal": "--decimal",
    "errors": "--errors",
}


def wants_batch(args: argparse.Namespace) -> bool:
    """Whether ``fxnorm convert`` converts a file (``--input``) rather than one amount.

    Raises when file options come without ``--input``, or nothing is given to convert.
    """
    if getattr(args, "input", None) is not None:
        return True
    given = [flag for name, flag in _BATCH_ONLY.items() if getattr(args, name, None)]
    if given:
        raise InvalidInputError(f"{', '.join(given)} only apply with --input FILE")
    if args.amount is None:
        raise InvalidInputError("give an AMOUNT to convert, or --input FILE")
    return False


def run_batch(args: argparse.Namespace) -> int:
    """Convert ``args.input`` into ``args.output``; print one summary line."""
    _check_arguments(args)
    pd = _require("pandas")
    _require("pyarrow")
    from ..frame import convert

    source, target = Path(args.input), Path(args.output)
    reader_format, writer_format = _format(source), _format(target)
    if not source.is_file():
        raise InvalidInputError(f"no such input file: {source}")
    if source.resolve() == target.resolve():
        raise InvalidInputError("--output must not be the --input file")
    decimal = bool(args.decimal)
    errors = getattr(args, "errors", None) or "raise"
    out_col = f"{args.amount_col}_{args.to.strip().lower()}"
    chunks, total = _read_csv(pd, source) if reader_format == "csv" else _read_parquet(source)
    partial = target.with_name(target.name + ".partial")
    writer = _Writer(partial, writer_format, [out_col, f"{out_col}_rate"] if decimal else [])
    progress = Progress(total, sys.stderr)
    done = failed = 0
    try:
        for chunk in chunks:
            for name in (args.amount_col, args.currency_col, args.date_col):
                if name not in chunk.columns:
                    raise InvalidInputError(
                        f"{source.name} has no column {name!r}; its columns are: "
                        + ", ".join(map(str, chunk.columns))
                    )
            amounts = chunk[args.amount_col]
            if amounts.dtype.kind in "OSU" or str(amounts.dtype) in ("str", "string"):
                amounts = _amounts(pd, amounts, decimal, done, source, reader_format)
            try:
                answer = convert(
                    amounts,
                    _blank_missing(chunk[args.currency_col]),
                    args.to,
                    _blank_missing(chunk[args.date_col]),
                    dtype="decimal" if decimal else "float64",
                    policy=args.policy,
                    max_age=args.max_age,
                    source=args.source,
                    errors=errors,
                    with_provenance=True,
                    rate=args.rate,
                    side=args.side,
                )
            except FxnormError as error:
                raise _locate(error, done, source, reader_format) from None
            converted = chunk.copy(deep=False)
            for name, column in answer.items():
                if name != "error" or errors == "null":
                    converted[out_col if name == "result" else f"{out_col}_{name}"] = column
            failed += int(answer["error"].notna().sum())
            writer.write(converted)
            done += len(chunk)
            progress.update(len(chunk))
        writer.close()
        os.replace(partial, target)
    finally:
        progress.close()
        writer.close()
        if partial.exists():
            partial.unlink()
    note = f" ({failed} without a rate)" if failed else ""
    print(f"converted {done} rows to {args.to.strip().upper()}{note}: {target}")
    return 0


def _check_arguments(args: argparse.Namespace) -> None:
    if args.amount is not None or args.currency is not None:
        raise InvalidInputError("give either AMOUNT [CURRENCY] or --input FILE, not both")
    if getattr(args, "online", False):
        raise InvalidInputError(
            "--online does not apply to --input: fetch the rates first "
            "(`fxnorm rates update`), then convert the file"
        )
    if getattr(args, "json", False):
        raise InvalidInputError("--json does not apply to --input (the output is --output)")
    if args.date is not None:
        raise InvalidInputError("with --input, dates come from --date-col, not --date")
    if getattr(args, "locale", None) is not None:
        raise InvalidInputError("--locale does not apply to --input: amounts must be plain numbers")
    needed = {
        "--output": args.output,
        "--amount-col": args.amount_col,
        "--currency-col": args.currency_col,
        "--date-col": args.date_col,
    }
    missing = [flag for flag, value in needed.items() if not value]
    if missing:
        raise InvalidInputError(f"--input also needs {', '.join(missing)}")


def _require(name: str) -> Any:
    try:
        return __import__(name)
    except ImportError:
        raise InvalidInputError(
            f'fxnorm convert --input needs {name}: pip install "fxnorm[pandas]"'
        ) from None


def _format(path: Path) -> str:
    if _CSV.search(path.name):
        return "csv"
    if _PARQUET.search(path.name):
        return "parquet"
    raise InvalidInputError(
        f"{path.name}: unknown file type; use a .csv (.csv.gz …) or .parquet file name"
    )


def _locate(error: FxnormError, offset: int, source: Path, kind: str) -> FxnormError:
    """The error with its row counted from the start of the file (and its CSV line)."""
    if error.args and isinstance(error.args[0], str):
        match = _ROW.match(error.args[0])
        if match:
            row = int(match.group(1)) + offset
            where = f"row {row}" + (f" (line {row + 2} of {source.name})" if kind == "csv" else "")
            error.args = (f"{where}: {error.args[0][match.end() :]}", *error.args[1:])
    return error


# -- reading ------------------------------------------------------------------------


def _read_csv(pd: Any, path: Path) -> tuple[Iterator[Any], int | None]:
    """Chunks of a CSV file, every cell as text."""
    separator = "\t" if ".tsv" in path.name.lower() else ","
    total = _count_lines(path)
    try:
        reader = pd.read_csv(
            path,
            sep=separator,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            chunksize=CHUNK_ROWS,
        )
    except (ValueError, OSError) as error:
        raise InvalidInputError(f"cannot read {path.name}: {error}") from None

    def chunks() -> Iterator[Any]:
        try:
            yield from reader
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
            raise InvalidInputError(f"cannot read {path.name}: {error}") from None

    return chunks(), total


def _blank_missing(column: Any) -> Any:
    """Empty CSV cells as missing values (the column itself is written back as read)."""
    if column.dtype.kind in "OSU" or str(column.dtype) in ("str", "string"):
        return column.astype(object).where(column != "", None)
    return column


def _amounts(pd: Any, column: Any, decimal: bool, offset: int, path: Path, kind: str) -> Any:
    """A column of amounts as text: kept for exact output, else numbers (errors name the row)."""
    column = _blank_missing(column)
    if decimal:
        return column
    numbers = pd.to_numeric(column, errors="coerce")
    bad = numbers.isna() & column.notna()
    if bad.any():
        row = int(bad.to_numpy().argmax())
        from ..errors import InvalidAmountError

        error = InvalidAmountError(f"row {row}: amount {column.iloc[row]!r} is not a number")
        raise _locate(error, offset, path, kind)
    return numbers.astype("float64")


def _count_lines(path: Path) -> int | None:
    """Data rows in a plain CSV file (for the progress bar; None when compressed)."""
    if not path.name.lower().endswith((".csv", ".tsv")):
        return None
    lines = 0
    last = b"\n"
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    if last != b"\n":
        lines += 1
    return max(lines - 1, 0)


def _read_parquet(path: Path) -> tuple[Iterator[Any], int | None]:
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several kinds for a bad file
        raise InvalidInputError(f"cannot read {path.name}: {error}") from None

    def chunks() -> Iterator[Any]:
        empty = True
        for batch in file.iter_batches(batch_size=CHUNK_ROWS):
            empty = False
            yield batch.to_pandas()
        if empty:  # still write a file with the columns
            yield file.schema_arrow.empty_table().to_pandas()

    return chunks(), file.metadata.num_rows


# -- writing ------------------------------------------------------------------------


class _Writer:
    """Appends converted chunks to a CSV or Parquet file."""

    def __init__(self, path: Path, kind: str, decimals: list[str]) -> None:
        self.path = path
        self.kind = kind
        self.decimals = decimals
        self.started = False
        self._parquet: Any = None

    def write(self, frame: Any) -> None:
        frame = self._text_decimals(frame)
        if self.kind == "csv":
            frame = frame.copy()
            for name in frame.columns:
                if frame[name].dtype.kind == "M":
                    frame[name] = frame[name].dt.strftime("%Y-%m-%d")
            frame.to_csv(self.path, mode="a" if self.started else "w", header=not self.started,
                         index=False)  # fmt: skip
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            table = _typed(pa, table, frame)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            elif table.schema != self._parquet.schema:
                table = table.cast(self._parquet.schema)
            self._parquet.write_table(table)
        self.started = True

    def _text_decimals(self, frame: Any) -> Any:
        """The Decimal columns fxnorm added as exact fixed-point text (never ``1E+3``)."""
        if not self.decimals:
            return frame
        frame = frame.copy()
        for name in self.decimals:
            frame[name] = frame[name].map(_fixed).astype(object)
        return frame

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        elif not self.started and self.kind == "csv" and not self.path.exists():
            self.path.write_text("", encoding="utf-8")


def _fixed(value: object) -> object:
    from decimal import Decimal

    return format(value, "f") if isinstance(value, Decimal) else value


def _typed(pa: Any, table: Any, frame: Any) -> Any:
    """Columns that are all missing get the type they have when filled (text, date)."""
    for index, field in enumerate(table.schema):
        if pa.types.is_null(field.type):
            kind = pa.string()
            table = table.set_column(
                index, pa.field(field.name, kind), table.column(index).cast(kind)
            )
        elif pa.types.is_timestamp(field.type) and field.name.endswith("_rate_date"):
            column = table.column(index).cast(pa.timestamp("s")).cast(pa.date32())
            table = table.set_column(index, pa.field(field.name, pa.date32()), column)
    return table
