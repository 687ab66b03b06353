"""Korean press usage (issue #14): ``弗`` (read 불) is the dollar in headlines, and
``무려`` ("as many as") stresses that a number is large without rounding it (the
Standard Korean Language Dictionary: "그 수가 생각보다 상당히 많음을 나타내는 말"),
so it is no "about".

The strings are the pages' own, named with them; the amounts are the figures as
written (억 = 10^8, 조 = 10^12).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs

ECONOMY_AC = "https://kr.economy.ac/profile/minjungkim?page=0"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("지난해 업황 부진에 뺐던 70억 弗", Decimal(70) * 10**8),
        ("전체 투자 500억 弗 넘어설 가능성", Decimal(500) * 10**8),
    ],
)
def test_the_headline_dollar(text: str, amount: Decimal) -> None:
    (found,) = extract(text, locale="ko_KR")
    assert (found.amount, found.currency) == (amount, "USD"), ECONOMY_AC


def test_muryeo_is_no_approximation() -> None:
    text = (
        "이번 투자 규모는 무려 170억달러(약 20조원)에 달하지만, 삼성전자의 유보자산 규모와 "
        "현금창출력을 고려하면 별도 차입 없이 내부자금으로 충분히 충당할 수 있을 전망이다."
    )
    source = "https://dealsiteplus.co.kr/articles/80606/025087"
    (pair,) = extract_pairs(text, locale="ko_KR")
    assert (pair.source.amount, pair.source.currency) == (Decimal(170) * 10**8, "USD"), source
    assert pair.source.qualifier is None, source
    # the equivalent's 약 is an "about"
    assert (pair.stated.amount, pair.stated.qualifier) == (Decimal(20) * 10**12, "approximate")
