"""A progress bar for long commands: tqdm when installed, else a plain counter."""

from __future__ import annotations

from typing import Any, TextIO

__all__ = ["Progress"]


class Progress:
    """Counts ``unit`` done (of ``total`` when known) on ``stream``.

    ``mode`` ``auto`` shows it when ``stream`` is a terminal, ``on`` always,
    ``off`` never. tqdm (``fxnorm[online]``) draws a bar; without it a counter
    is rewritten in place.
    """

    def __init__(
        self,
        total: int | None,
        stream: TextIO,
        *,
        label: str = "fxnorm convert",
        unit: str = "rows",
        mode: str = "auto",
    ) -> None:
        self.total = total
        self.stream = stream
        self.label = label
        self.unit = unit
        self.done = 0
        terminal = bool(getattr(stream, "isatty", lambda: False)())
        self.enabled = mode == "on" or (mode == "auto" and terminal)
        self.bar: Any = None
        if self.enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                pass
            else:
                self.bar = tqdm(
                    total=total,
                    unit=f" {unit}",
                    unit_scale=total is None or total >= 10_000,
                    file=stream,
                    desc=label,
                )

    def update(self, count: int) -> None:
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
        elif self.enabled:
            of = f" / {self.total:,}" if self.total else ""
            self.stream.write(f"\r{self.label}: {self.done:,}{of} {self.unit}")
            self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()
            self.enabled = False
