"""Rate statements as Japanese, Chinese, Spanish and Portuguese writers put them.

The strings are look-alikes of the real ones named (figures and dates changed).

* a smaller unit after the main one is part of the amount: ``1ドル=111円28銭`` is
  111.28 yen (as Kyodo writes "1ドル=151円94銭",
  https://nordot.app/1096704725298774822), ``2元5角8分`` 2.58 yuan; the sen's
  hundredth is stated in the Japanese data (ISO gives the yen no minor unit), 分's
  is CLDR's. A range of the smaller unit is a range of the amount, as the Bank of
  Japan's afternoon quotes are reported ("１ドル＝１５５円２５～２７銭",
  https://news.livedoor.com/topics/detail/30207623/), with the full-width tilde or
  the wave dash (〜, "１ドル＝１５１円１５〜１７銭",
  https://news.livedoor.com/topics/detail/29823829/), which also links other ranges;
* an approximately-equals sign links a pair as ``=`` does, and makes the stated
  side approximate: "即1欧元≈6.76人民币" (https://www.banghaiwai.com/article/123995);
* a comma glued to the word before a figure is punctuation, not a number's tail:
  "根据2020年1月7日汇率,1欧元=7.797人民币" (https://xialuotejs.com/a/127371.html);
* a month with ``del año pasado`` / ``do ano passado`` is that month of last year.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs
from fxnorm.parsing.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "locale", "written", "amount", "code"),
    [
        ("1ドル=111円28銭", "ja_JP", "111円28銭", "111.28", "JPY"),
        # as Kyodo writes it (nordot.app/1096704725298774822)
        ("昨年10月20日に付けた1ドル=150円36銭", "ja_JP", "150円36銭", "150.36", "JPY"),
        # "前後" after the sen qualifies the whole amount
        ("１ドル＝１５６円４２銭前後と", "ja_JP", "１５６円４２銭", "156.42", "JPY"),
        ("100円5銭", "ja_JP", "100円5銭", "100.05", "JPY"),
        ("3元5角", "zh_CN", "3元5角", "3.5", "CNY"),
        ("2元5角8分", "zh_CN", "2元5角8分", "2.58", "CNY"),
        ("3元5分", "zh_CN", "3元5分", "3.05", "CNY"),
        ("3块5毛", "zh_CN", "3块5毛", "3.5", "CNY"),
    ],
)
def test_a_smaller_unit_after_the_main_one_is_part_of_the_amount(
    text: str, locale: str, written: str, amount: str, code: str
) -> None:
    found = [m for m in extract(text, locale=locale) if m.currency == code]
    assert [(m.text, m.amount) for m in found] == [(written, Decimal(amount))]


@pytest.mark.parametrize(
    ("text", "locale", "written", "amount"),
    [
        # 50 jiao is no jiao digit: the yuan stays alone
        ("3元50角", "zh_CN", "3元", "3"),
        # a figure with decimals takes no smaller unit
        ("1.5元5角", "zh_CN", "1.5元", "1.5"),
        # a unit out of order (分 before 角) ends the amount
        ("3元5分6角", "zh_CN", "3元5分", "3.05"),
        # 銭 after a yuan is no unit of it
        ("3元28銭", "ja_JP", "3元", "3"),
        # 分钟 is minutes, no fen
        ("每3元5分钟", "zh_CN", "3元", "3"),
    ],
)
def test_what_is_no_smaller_unit_stays_as_it_was(
    text: str, locale: str, written: str, amount: str
) -> None:
    first = extract(text, locale=locale)[0]
    assert (first.text, first.amount) == (written, Decimal(amount))


def test_a_smaller_unit_alone_is_no_money() -> None:
    assert extract("比赛得了3分", locale="zh_CN") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # as the Bank of Japan's quotes are reported (livedoor 30207623, 29823829)
        ("１ドル＝１５４円３５～３７銭と前営業日比", "154.35", "154.37"),
        ("１ドル＝１５２円１４〜１６銭で大方の取引を終えた", "152.14", "152.16"),
        ("1ユーロ=182円08～12銭", "182.08", "182.12"),
    ],
)
def test_a_range_of_the_smaller_unit_is_a_range_of_the_amount(
    text: str, low: str, high: str
) -> None:
    (pair,) = extract_pairs(text, locale="ja_JP")
    assert pair.source.amount == Decimal(1)
    stated = pair.stated
    assert (stated.amount, stated.currency) == (Decimal(low), "JPY")
    assert stated.range == (Decimal(low), Decimal(high))


def test_a_falling_range_of_the_smaller_unit_is_none() -> None:
    (found,) = extract("155円27～25銭", locale="ja_JP")
    assert (found.text, found.amount, found.range) == ("155円", Decimal(155), None)


def test_the_wave_dash_links_a_range() -> None:
    (found,) = extract("10〜20億円", locale="ja_JP")
    assert found.range == (Decimal(1_000_000_000), Decimal(2_000_000_000))
    assert found.currency == "JPY"


def test_the_pair_takes_the_whole_amount() -> None:
    (pair,) = extract_pairs("1ドル=111円28銭", locale="ja_JP")
    assert pair.source.amount == Decimal(1)
    assert (pair.stated.amount, pair.stated.currency) == (Decimal("111.28"), "JPY")


@pytest.mark.parametrize(
    ("text", "locale", "stated"),
    [
        # as banghaiwai.com/article/123995 writes it
        ("即1欧元≈6.81人民币。", "zh_CN", ("6.81", "CNY")),
        ("1欧元≈6.76人民币", "zh_CN", ("6.76", "CNY")),
        ("1欧元 ≈ 6.76人民币", "zh_CN", ("6.76", "CNY")),
        ("1ドル≒150円", "ja_JP", ("150", "JPY")),
    ],
)
def test_an_approximately_equals_sign_links_a_pair(
    text: str, locale: str, stated: tuple[str, str]
) -> None:
    (pair,) = extract_pairs(text, locale=locale)
    assert pair.source.amount == Decimal(1)
    assert (pair.stated.amount, pair.stated.currency) == (Decimal(stated[0]), stated[1])
    assert pair.stated.qualifier == "approximate"


def test_an_equals_sign_states_no_approximation() -> None:
    (pair,) = extract_pairs("1欧元=6.76人民币", locale="zh_CN")
    assert pair.stated.qualifier is None


def test_approximately_equals_between_same_currencies_is_no_pair() -> None:
    assert extract_pairs("100元≈100元", locale="zh_CN") == []


@pytest.mark.parametrize(
    "text",
    [
        # as xialuotejs.com/a/127371.html writes it
        "根据2021年3月5日汇率,1欧元=7.797人民币",
        "汇率,1欧元=7.797人民币",
        "根据汇率，1欧元=7.797人民币",
    ],
)
def test_a_rate_after_a_label_and_comma_is_paired(text: str) -> None:
    (pair,) = extract_pairs(text, locale="zh_CN")
    assert (pair.source.amount, pair.source.currency) == (Decimal(1), "EUR")
    assert (pair.stated.amount, pair.stated.currency) == (Decimal("7.797"), "CNY")


def test_a_comma_glued_to_a_word_before_a_figure_is_punctuation() -> None:
    (found,) = extract("today,1 euro", locale="en")
    assert (found.amount, found.currency) == (Decimal(1), "EUR")


def test_a_comma_between_digits_still_joins_them() -> None:
    (found,) = extract("1,500 euros", locale="en")
    assert found.amount == Decimal(1500)


@pytest.mark.parametrize(
    ("text", "locale", "phrase", "value", "year"),
    [
        ("en octubre del año pasado", "es", "octubre del año pasado", "October of last year", 2022),
        ("en octubre de este año", "es", "octubre de este año", "October of this year", 2023),
        ("em outubro do ano passado", "pt", "outubro do ano passado", "October of last year", 2022),
        ("em outubro deste ano", "pt", "outubro deste ano", "October of this year", 2023),
    ],
)
def test_a_month_of_a_relative_year_in_spanish_and_portuguese(
    text: str, locale: str, phrase: str, value: str, year: int
) -> None:
    (mention,) = extract_dates(text, locale=locale)
    assert (mention.text, mention.value()) == (phrase, value)
    assert mention.interval(dt.date(2023, 3, 1)) == (dt.date(year, 10, 1), dt.date(year, 10, 31))


def test_a_month_alone_stays_without_a_year() -> None:
    (mention,) = extract_dates("en octubre", locale="es")
    assert mention.value() == "October, year not stated"
