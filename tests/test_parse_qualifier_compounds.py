"""Where words touch (Chinese, Japanese, Thai), a word may end with a qualifier's
characters and be none (issue #14: a qualifier is never a guess): "契約" (contract)
ends with "約" (about), "合约" with "约", "งบประมาณ" (budget) with "ประมาณ" (about).
Each language lists such words as ``none`` under ``[qualifiers.before]``; the longest
phrase ending before the figure wins. These strings are look-alikes of the press
usage, and the test is that the figure carries no qualifier, as the words mean.
"""

from __future__ import annotations

import pytest

from fxnorm import extract


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("ドジャースと10年契約7億ドルで合意した。", "ja_JP"),
        ("予約500円", "ja_JP"),
        ("双方签订合约5亿元", "zh_CN"),
        ("預約100元", "zh_TW"),
        ("รัฐบาลอนุมัติงบประมาณ 3.5 ล้านล้านบาท", "th_TH"),
    ],
)
def test_a_word_ending_with_a_qualifier_is_none(text: str, locale: str) -> None:
    (found,) = extract(text, locale=locale)
    assert found.qualifier is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("約500円", "ja_JP"),
        ("大约5亿元", "zh_CN"),
        ("ประมาณ 3.5 ล้านล้านบาท", "th_TH"),
    ],
)
def test_the_qualifier_alone_still_qualifies(text: str, locale: str) -> None:
    (found,) = extract(text, locale=locale)
    assert found.qualifier == "approximate"
