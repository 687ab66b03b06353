"""Bengali as a language file (issue #14: adding a language is one data file).

The strings are Bangladeshi budget reports, quoted from the pages named beside
them; each expected amount is the published figure worked out by hand from the
place values (হাজার 10^3, লাখ 10^5, কোটি 10^7, শ’ a hundred, বিলিয়ন 10^9).
টাকা is the taka in Bangladesh (the locale ``bn``, and Bengali text without a
locale, read as Bangladesh's) and the rupee in India's Bengali press (``bn_IN``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

CRORE = Decimal(10) ** 7

BANGLANEWS = "https://banglanews.news/a/160708"
DAILY_STAR = (
    "https://bangla.thedailystar.net/tags/"
    "%E0%A6%AA%E0%A7%8D%E0%A6%B0%E0%A6%B8%E0%A7%8D%E0%A6%A4%E0%A6%BE%E0%A6%AC%E0%A6%BF%E0%A6%A4-"
    "%E0%A6%AC%E0%A6%BE%E0%A6%9C%E0%A7%87%E0%A6%9F"
)
BARTA24 = "https://barta24.com/details/economics/162186/announcement-of-introduction-of-universal-pension-system"
RADIODHONI = (
    "https://radiodhoni.fm/%E0%A7%AA%E0%A7%AB%E0%A6%A4%E0%A6%AE-%E0%A6%AC%E0%A6%BE%E0%A6%9C"
    "%E0%A7%87%E0%A6%9F-%E0%A6%98%E0%A7%8B%E0%A6%B7%E0%A6%A3%E0%A6%BE-%E0%A6%86%E0%A6%9C/"
)
DHAKAPOST = "https://www.dhakapost.com/economy/121417"


@pytest.mark.parametrize("locale", ["bn", None])
@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "আকার হতে পারে ৭ লাখ ৯০ হাজার কোটি টাকা।",
            [(790000 * CRORE, "BDT", None)],
            BANGLANEWS,
        ),
        (
            "৭ লাখ ৬১ হাজার ৭৮৫ কোটি টাকার প্রস্তাবিত বাজেট পেশ চলছে",
            [(761785 * CRORE, "BDT", None)],
            DAILY_STAR,
        ),
        (
            "প্রস্তাবিত বাজেটে সরকার ৫ লাখ কোটি টাকা রাজস্ব সংগ্রহের লক্ষ্যমাত্রা নিয়েছে, যা গত"
            " অর্থবছরের তুলনায় প্রায় ৬৭ হাজার কোটি টাকা বেশি।",
            [(500000 * CRORE, "BDT", None), (67000 * CRORE, "BDT", "approximate")],
            DAILY_STAR,
        ),
        (
            "৬ লাখ ৭৮ হাজার ৬৪ কোটি টাকার বাজেট উপস্থাপন করেছেন অর্থমন্ত্রী",
            [(678064 * CRORE, "BDT", None)],
            BARTA24,
        ),
        (
            "এবারের বাজেটের সম্ভাব্য আকার ধরা হয়েছে প্রায় ৩ লাখ ৪০ হাজার ৬শ’ কোটি টাকা।",
            [(340600 * CRORE, "BDT", "approximate")],
            RADIODHONI,
        ),
        (
            "২০৩০ সালের মধ্যে জলবায়ু স্থিতিস্থাপকতা অর্জনে ৮০ বিলিয়ন মার্কিন ডলার বিনিয়োগের পরিকল্পনা নেওয়া হচ্ছে।",
            [(Decimal("80e9"), "USD", None)],
            DHAKAPOST,
        ),
    ],
)
def test_bangladeshi_budget_figures(
    text: str,
    expected: list[tuple[Decimal, str, str | None]],
    source: str,
    locale: str | None,
) -> None:
    found = [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]
    assert found == expected, source


def test_taka_in_india_s_bengali_press_is_the_rupee() -> None:
    # khaborghantayghantay.com/economy/বাজেট-কি (a West Bengal site, on India's
    # budget): "ভারতীয় মুদ্রায় ২৩ লক্ষ ৯৯ হাজার ১৪৭ কোটি টাকা"
    text = "বাজেটের মোট পরিমান ভারতীয় মুদ্রায় ২৩ লক্ষ ৯৯ হাজার ১৪৭ কোটি টাকা"
    (mention,) = extract(text, locale="bn_IN")
    assert (mention.amount, mention.currency) == (2399147 * CRORE, "INR")
    assert set(mention.alternatives) == {"BDT", "INR"}
