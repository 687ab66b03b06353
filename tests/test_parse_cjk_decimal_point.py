"""A decimal point between Chinese numerals (issue #14): ``點``/``点`` is followed by
digits read one by one, so ``五九七○點二億元`` is 5970.2 x 10^8 yuan. Before this the
reader took the last digit alone (``二億元``, 2 x 10^8): a wrong amount, silently.

The strings are the page's own; the values are the numerals as written (億 = 10^8).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

YES99 = "https://yes99.com.tw/?p=252504"
TEXT = (
    "去年台積電全年合併營收約五九七○點二億元,但光是董事會通過的資本預算就約達"
    "三○六六點三億元,占營收比重百分之五十一點四,還不包括研發與其他經常性資本預算的"
    "九十三點九億元。"
)


def test_numerals_with_a_decimal_point() -> None:
    found = extract(TEXT, locale="zh_TW")
    assert [(m.amount, m.currency, m.qualifier) for m in found] == [
        (Decimal("5970.2") * 10**8, "TWD", "approximate"),
        (Decimal("3066.3") * 10**8, "TWD", "approximate"),
        (Decimal("93.9") * 10**8, "TWD", None),
    ], YES99
    # the stated precision is the last written digit: a tenth of 億
    assert found[0].precision == Decimal("1E+7")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("三點五億美元", Decimal("3.5") * 10**8),
        ("收入三点五元", Decimal("3.5")),
    ],
)
def test_point_in_simplified_and_traditional(text: str, amount: Decimal) -> None:
    (found,) = extract(text, locale="zh_CN")
    assert found.amount == amount


def test_a_point_with_no_digit_after_it_ends_the_number() -> None:
    # "一點" (a little) is no decimal: no figure without digits after the point
    assert extract("價格高了一點,約五億元", locale="zh_TW")[0].amount == 5 * 10**8
