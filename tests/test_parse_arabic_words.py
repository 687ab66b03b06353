"""Arabic magnitude words as numbers (issue #14): the press writes a magnitude alone
for one of it (``استثمار مليار دولار``, a billion dollars) and its dual for two
(``ملياري دولار``, two billion dollars). They come from ``[number_words]`` of
``data/languages/ar.toml``.

The strings are the page's own, named with them; the amounts follow Arabic grammar:
the singular مليار is one billion, its dual ملياري two.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

ALWATAN = "https://alwatannews.net/ampArticle/38305"


@pytest.mark.parametrize(
    ("text", "amount", "qualifier"),
    [
        (
            "يعتزم بيل جيتس المستثمر الأمريكي الأشهر استثمار مليار دولار في مصر وهو ما يعد "
            "أكبر استثمار في مصر منذ الثورة",
            Decimal(10) ** 9,
            None,
        ),
        (
            "وأوضحت الشركة اليوم الاثنين أنها قد حصلت على ارتباطات تتجاوز ملياري دولار من "
            "المستثمرين المشاركين",
            2 * Decimal(10) ** 9,
            "more_than",
        ),
        (
            "مضيفة أن هذا يتضمن مليار دولار من مستثمرين أمريكيين منهم كاسكيد انفستمنت",
            Decimal(10) ** 9,
            None,
        ),
    ],
)
def test_a_magnitude_alone_and_its_dual(text: str, amount: Decimal, qualifier: str) -> None:
    (found,) = extract(text, locale="ar_EG")
    assert (found.amount, found.currency, found.qualifier) == (amount, "USD", qualifier), ALWATAN


def test_after_a_number_the_accusative_is_still_a_magnitude() -> None:
    # "20 مليونا" is twenty million (the accusative after a number), not 20 x two million
    (found,) = extract("بلغت الأرباح 20 مليونا دولار", locale="ar_EG")
    assert found.amount == 20 * Decimal(10) ** 6
