"""The scanner's shortcuts skip only what it would reject anyway.

``extract`` without ``default_currency`` lets a regular expression skip runs of
digits that cannot be money (``grammar._not_plain_pattern``), percentages among
them. A run that the scanner splits at a plain space is several numbers, and
only its last piece touches the percent sign: the others must still be read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$2023 100%", [("$2023", Decimal(2023))]),  # split: "$2023" and "100%"
        ("$2023 100 %", [("$2023", Decimal(2023))]),
        ("up 7.8% to $5", [("$5", Decimal(5))]),
        ("US$ 12 345%", []),  # one number, 12345, and a percentage
        ("$1\u00a0234%", []),
        ("5%-$6", [("$6", Decimal(6))]),
    ],
)
def test_percentages_are_skipped_and_nothing_else(
    text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert [(m.text, m.amount) for m in extract(text)] == expected
