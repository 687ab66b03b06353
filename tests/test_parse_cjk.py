"""Chinese, Japanese and Korean numbers completely (issue #14, item 3).

Chinese numerals are read positionally (四千億 = 4 x 10^3 x 10^8) or digit by digit
(一六五〇億 = 1650 x 10^8, with 〇 or ○ for zero); East Asian groups close with a
large unit (億 10^8, 萬 10^4, 조 10^12) and the digits after the last unit count
units (84億7473萬1000 = 84 x 10^8 + 7473 x 10^4 + 1000). Every expected value is
worked out by hand that way; the strings are the issue's look-alikes of the
held-out ones, and rows of tests/data/realtext where marked.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, parse


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "qualifier"),
    [
        # realtext zh_Hant_TW-001, -002 (Liberty Times, 2025-11-29)
        ("預估台灣承諾投資四千億美元", "zh_Hant_TW", "400000000000", "USD", None),
        ("將在美投資的一六五〇億美元", "zh_Hant_TW", "165000000000", "USD", None),
        ("外匯存底逾六千億美元", "zh_Hant_TW", "600000000000", "USD", "more_than"),
        # the look-alikes
        ("逾三十億元", "zh_Hant_TW", "3000000000", "TWD", "more_than"),
        ("一○五億元", "zh_Hant_TW", "10500000000", "TWD", None),
        ("五十亿元以上", "zh", "5000000000", "CNY", "at_least"),
        ("近二千五百万元", "zh", "25000000", "CNY", "approximate"),
        ("三十多亿元", "zh", "3000000000", "CNY", "more_than"),
        ("兩千億日圓", "zh_Hant_TW", "200000000000", "JPY", None),
    ],
)
def test_chinese_numerals(
    text: str, locale: str, amount: str, currency: str, qualifier: str | None
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.amount, mention.currency, mention.qualifier) == (
        Decimal(amount),
        currency,
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "一带一路",  # numerals in a word, no currency
        "第一季度营收增长",
        "二〇二五年",  # a year written digit by digit
        "十个人",
    ],
)
def test_numerals_without_a_currency_are_no_money(text: str) -> None:
    assert extract(text, locale="zh") == []


@pytest.mark.parametrize(
    ("text", "locale", "amount", "precision"),
    [
        # realtext zh_Hant_TW-013, -021, -005, -006 (Taiwan's investment commission)
        ("核准僑外來台投資金額共84億7473萬1000美元", "zh_Hant_TW", "8474731000", "1"),
        ("以1億733萬7091美元增資", "zh_Hant_TW", "107337091", "1"),
        ("約折合1億335萬5,612美元", "zh_Hant_TW", "103355612", "1"),
        ("約折合1億779萬6,091.52美元", "zh_Hant_TW", "107796091.52", "0.01"),
        # Korean groups with spaces, Japanese with a small unit inside a group; the
        # digits of a group are stated to its unit (5000억: 10^8), a small unit's
        # digit to that unit (5千億: 10^11)
        ("13조 5000억 원", "ko", "13500000000000", "1E+8"),
        ("2兆5千億円", "ja", "2500000000000", "1E+11"),
        ("5兆5000億円", "ja", "5500000000000", "1E+8"),
        ("20 億 2,061 萬元美元", "zh_Hant_TW", "2020610000", "1E+4"),
    ],
)
def test_groups_closed_by_units(text: str, locale: str, amount: str, precision: str) -> None:
    (mention,) = extract(text, locale=locale)
    assert mention.amount == Decimal(amount)
    assert mention.precision == Decimal(precision)
    assert mention.currency in ("USD", "KRW", "JPY")


@pytest.mark.parametrize(
    ("text", "locale", "qualifier"),
    [
        ("84兆円あまりの投資", "ja", "more_than"),  # realtext ja_JP-003 (NHK)
        ("1兆円超の投資", "ja", "more_than"),
        ("48조원 이상을 투자할", "ko", "at_least"),  # realtext ko_KR-016
        ("36조원 가량을 투자할", "ko", "approximate"),  # realtext ko_KR-017
        ("1000万元左右", "zh", "approximate"),
        ("约为46.89亿雷亚尔", "zh", "approximate"),
    ],
)
def test_qualifiers_after_and_before_east_asian_figures(
    text: str, locale: str, qualifier: str
) -> None:
    assert parse(text, locale=locale).qualifier == qualifier


def test_a_range_written_with_a_wave_dash() -> None:
    """Realtext ko_KR-018: "14~15조원 정도" is 14 to 15 trillion won, about."""
    (mention,) = extract("반도체부문에 14~15조원 정도를 투자할 것으로", locale="ko")
    assert mention.range == (Decimal("14e12"), Decimal("15e12"))
    assert mention.qualifier == "approximate"


def test_a_currency_word_once_for_two_figures() -> None:
    """收入3.2亿，利润0.5亿元: the revenue is in yuan too (a noun of money before it)."""
    mentions = extract("公司去年收入3.2亿，利润0.5亿元。", locale="zh")
    assert [(m.amount, m.currency) for m in mentions] == [
        (Decimal("320000000"), "CNY"),
        (Decimal("50000000"), "CNY"),
    ]
    # a count before the label is no money
    assert [m.text for m in extract("用户3亿，收入5亿元。", locale="zh")] == ["5亿元"]
