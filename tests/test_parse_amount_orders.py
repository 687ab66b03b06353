"""Amounts written in orders and forms the parser had misread or not read (issue #14).

Each class is tested on real strings, with the page they were taken from;
expected values are what the text itself states, worked out by hand from the
place values of its words (bilioni 10^9, trilioni 10^12, milioni 10^6).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

# -- Swahili: the currency noun, the magnitude word, then the number -----------------
#
# Swahili news writes "shilingi bilioni 326" (shillings billion 326): 326 billion
# shillings. The parser read no amount (the magnitude word stood between the
# currency noun before the number and the number).

RADIOKAYA = "https://www.radiokaya.co.ke/deni-la-taifa-limethibitiwa-asema-waziri-wa-fedha/"
MSUMBA = "http://www.msumbanews.co.tz/2019/06/nchi-za-afrika-mashariki-kutangaza.html"
MEDIAMAX = (
    "http://www.mediamaxnetwork.co.ke/443051/"
    "waziri-wa-fedha-henry-rotich-kusoma-bajeti-ya-mwaka-wa-kifedha-2018-19-leo/"
)


@pytest.mark.parametrize(
    ("source", "text", "locale", "found"),
    [
        (
            RADIOKAYA,  # Kenya's budget: 326 billion shillings for security
            "Katika bajeti hiyo Rotich amesema shilingi bilioni 326 zimetengewa idara ya "
            "usalama",
            "sw_KE",
            [("shilingi bilioni 326", Decimal("326e9"), "KES", Decimal("1e9"))],
        ),
        (
            RADIOKAYA,
            "Shilingi bilioni 450.9 zimetengewa mpango wa agenda nne kuu za serikali",
            "sw_KE",
            [("Shilingi bilioni 450.9", Decimal("450.9e9"), "KES", Decimal("1e8"))],
        ),
        (
            MEDIAMAX,  # "will have to borrow 562.74 billion shillings"
            "huenda serikali ikalazimika kukopa shilingi bilioni 562.74 kufadhili bajeti hii",
            "sw_KE",
            [("shilingi bilioni 562.74", Decimal("562.74e9"), "KES", Decimal("1e7"))],
        ),
        (
            MSUMBA,  # Tanzania's budget in shillings, and in US dollars beside it
            "Serikali ya Tanzania inapanga kutumia takriban shilingi trilioni 33.1, "
            "(dola bilioni 14.3) katika mwaka wa fedha 2019/2020",
            "sw_TZ",
            [
                ("shilingi trilioni 33.1", Decimal("33.1e12"), "TZS", Decimal("1e11")),
                ("dola bilioni 14.3", Decimal("14.3e9"), "USD", Decimal("1e8")),
            ],
        ),
    ],
)
def test_swahili_writes_the_magnitude_between_the_currency_and_the_number(
    source: str, text: str, locale: str, found: list[tuple[str, Decimal, str, Decimal]]
) -> None:
    mentions = extract(text, locale=locale)
    assert [(m.text, m.amount, m.currency, m.precision) for m in mentions] == found, source


def test_swahili_text_is_read_so_without_a_locale() -> None:
    text = (  # RADIOKAYA; the language is told by the text's own words
        "Katika bajeti hiyo Rotich amesema shilingi bilioni 326 zimetengewa idara ya "
        "usalama huku bilioni 2.9 zikitengewa taasisi za kupambana na ufisadi nchini."
    )
    (mention,) = extract(text)
    # "bilioni 2.9" names no currency: a bare magnitude and number is no amount
    assert (mention.text, mention.amount) == ("shilingi bilioni 326", Decimal("326e9"))


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        # the order the parser read before, unchanged (sw.toml's "Dola 120 milioni")
        ("Dola 120 milioni", "sw", Decimal("120e6")),
        # a magnitude word after the number is the number's: no second magnitude
        ("shilingi 500 milioni", "sw_KE", Decimal("500e6")),
    ],
)
def test_swahili_other_orders_read_as_before(text: str, locale: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale=locale)
    assert mention.amount == amount


def test_the_order_is_swahili_s_only() -> None:
    # English writes no magnitude word before the number: "dollars million 5" is no
    # figure of 5 million (the language file of English does not set the order)
    assert [m.amount for m in extract("dollars million 5", locale="en")] != [Decimal("5e6")]
