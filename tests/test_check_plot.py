"""``fxnorm check … --plot FILE`` and ``ClaimCheck.plot``: what the picture of a check holds.

The figure is read back from matplotlib as it is saved (a spy on
``Figure.savefig``): every line, its colour and its points; the shaded
bands; the marker of the day checked. The values are compared with the raw
ECB file (``raw_ecb``), and the lines with the rule that a gap of more than a
week in a source's publications is never bridged.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

import fxnorm
from fxnorm.cli import main
from fxnorm.plotting import GAP_DAYS, SeriesKey, split_at_gaps

CLAIM = "more than 380 billion yuan ($53 billion)"
ARTICLE = Path(__file__).resolve().parent / "data" / "corpus" / "alibaba-ai-spend-bloomberg.txt"


def _dated(xdata: Any) -> bool:
    return len(xdata) > 0 and all(isinstance(x, dt.date) for x in xdata)


def _data(values: Any) -> list[Any]:
    """A line's x or y data (matplotlib types it as any array-like) as a list."""
    return list(values)


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    figures: list[dict[str, Any]] = []
    save = Figure.savefig

    def spy(self: Figure, *args: Any, **kwargs: Any) -> None:
        axes = self.axes[0]
        lines = [
            {
                "label": str(line.get_label()),
                "colour": str(line.get_color()),
                "days": [_day(d) for d in _data(line.get_xdata())],
                "values": [float(v) for v in _data(line.get_ydata())],
            }
            for line in axes.get_lines()
            if _dated(line.get_xdata())  # not the horizontal guides (axes coordinates)
        ]
        _, labels = axes.get_legend_handles_labels()
        figures.append({"lines": lines, "legend": labels, "title": axes.get_title(loc="left")})
        save(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", spy)
    return figures


def series_lines(figure: dict[str, Any]) -> list[dict[str, Any]]:
    """The rate lines (one source's run each), not the marker or the guide lines."""
    guides = ("black", "darkgreen")
    return [line for line in figure["lines"] if line["colour"] not in guides]


def test_check_plot_draws_the_evidence(
    tmp_path: Path,
    drawn: list[dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    target = tmp_path / "claim.png"
    assert main(["check", CLAIM, "--date", "2025-09-24", "--plot", str(target)]) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"plot: {target}" in capsys.readouterr().err
    (figure,) = drawn
    assert figure["title"].startswith(f"{CLAIM}: CONSISTENT")
    legend = figure["legend"]
    assert any(label.startswith("what the figures allow: 7.09346 to 7.24762") for label in legend)
    assert any(label.startswith("with the 1% slack") for label in legend)
    assert "checked: 2025-09-24, 7.12708 (ecb)" in legend
    sources = [label.split(" (")[0] for label in legend if "publications)" in label]
    # Three publishers of yuan per dollar in 2025: the ECB (a cross through the
    # euro), the Federal Reserve's H.10 and the USD feed, each its own series.
    assert sources == ["ecb", "fed", "currency-api"]
    # Each ECB point is the ECB's published cross rate of that day.
    ecb_colour = next(
        line["colour"] for line in figure["lines"] if line["label"].startswith("ecb (")
    )
    points = 0
    for line in series_lines(figure):
        assert all((b - a).days <= GAP_DAYS for a, b in itertools.pairwise(line["days"]))
        if line["colour"] == ecb_colour:
            for day, value in zip(line["days"], line["values"], strict=True):
                published = raw_ecb[day.isoformat()]
                assert abs(value - float(published["CNY"] / published["USD"])) < 1e-9
                points += 1
    assert points > 100  # about four months either side of the day


def test_the_python_method_and_an_inferred_window(
    tmp_path: Path, drawn: list[dict[str, Any]]
) -> None:
    report = fxnorm.check_text(ARTICLE.read_text(encoding="utf-8"))
    (check,) = report.checks
    target = tmp_path / "window.svg"
    assert check.plot(str(target)) == str(target)
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    (figure,) = drawn
    assert "holds on" in figure["title"]
    assert any(
        label.startswith("date window (inferred): 2025-01-01..2025-12-31")
        for label in figure["legend"]
    )
    assert any(label.startswith("days the figures are exact") for label in figure["legend"])


def test_an_undated_claim_is_drawn_over_the_whole_coverage(
    tmp_path: Path, drawn: list[dict[str, Any]]
) -> None:
    check = fxnorm.check("33.40 billion yuan ($4.67 billion)")
    assert check.verdict == "undated"
    check.plot(str(tmp_path / "undated.png"))
    (figure,) = drawn
    days = [d for line in series_lines(figure) for d in line["days"]]
    assert min(days).year <= 2005 and max(days).year >= 2025
    assert not any(label.startswith("checked") for label in figure["legend"])


def test_gaps_stay_gaps() -> None:
    points = [(dt.date(2025, 1, d), Decimal(d)) for d in (1, 2, 3, 6, 7)] + [
        (dt.date(2025, 3, 1), Decimal(1)),
        (dt.date(2025, 3, 9), Decimal(2)),
    ]
    runs = split_at_gaps(points)
    assert [[d.day for d, _ in run] for run in runs] == [[1, 2, 3, 6, 7], [1], [9]]
    assert SeriesKey("bcra", "blue").label() == "bcra (blue)" and SeriesKey("ecb").label() == "ecb"


def test_without_matplotlib_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    code = main(["check", CLAIM, "--date", "2025-09-24", "--plot", str(tmp_path / "x.png")])
    assert code == 2 and 'pip install "fxnorm[plot]"' in capsys.readouterr().err
