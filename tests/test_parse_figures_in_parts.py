"""Figures written in parts (issue #14): Indian amounts counted in crores by lakhs
and thousands, and parts joined by a word (Persian and Arabic ``و``).

Hindi, Marathi and Indian English write a large rupee figure as parts, the last
magnitude multiplying all of them: ``6 लाख 78 हजार 852 करोड़`` is
(6,00,000 + 78,000 + 852) crore = 6,78,852 crore. The parser had read only the
last part (852 crore), a wrong amount with no word of warning.

Expected values are worked out by hand from the place values (lakh 10^5, हजार /
thousand 10^3, करोड़ / कोटी / crore 10^7), and, for the qnaclub.com page, checked
against the crore figure the page itself states beside its words.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

CRORE = Decimal(10) ** 7


@pytest.mark.parametrize(
    ("text", "locale", "crores", "precision"),
    [
        # Marathi, the form of etvbharat.com's budget report (reported by the
        # language sweep): six lakh seventy-eight thousand eight hundred fifty-two crore
        ("६ लाख ७८ हजार ८५२ कोटी रुपये", "mr", 678852, CRORE),
        ("6 लाख 78 हजार 852 करोड़ रुपये", "hi", 678852, CRORE),
        # a lakh and twenty thousand crore: the last part has no units of its own
        ("1 लाख 20 हजार करोड़ रुपये", "hi", 120000, CRORE * 1000),
        # qnaclub.com/bld/what-is-the-value-of-862.6-billion-dollars-in-rupees states
        # "In crores: ₹7159580 crores" beside "Seventy One Lakh Fifty Nine Thousand
        # Five Hundred Eighty Crore": the same figure written with digits
        ("₹ 71 lakh 59 thousand 580 crore", "en_IN", 7159580, CRORE),
        ("Rs 1 lakh 20 thousand crore", "en_IN", 120000, CRORE * 1000),
    ],
)
def test_parts_before_a_larger_magnitude_are_counted_in_it(
    text: str, locale: str, crores: int, precision: Decimal
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.amount, mention.currency) == (crores * CRORE, "INR")
    assert mention.precision == precision
    assert mention.text == text


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        # parts that only descend are a sum, as before
        ("3 million 500 thousand dollars", "en", Decimal("3.5e6")),
        ("5 trilyon 406 milyar 254 milyon dolar", "tr", Decimal("5406254e6")),
        # Mexican Spanish "mil" before a larger unit, as before
        ("3 mil 500 millones de pesos", "es_MX", Decimal("3.5e9")),
        # a larger magnitude after a full stop is another figure's
        ("6 lakh. 852 crore rupees", "en_IN", Decimal("852") * CRORE),
    ],
)
def test_other_sequences_of_parts_read_as_before(text: str, locale: str, amount: Decimal) -> None:
    assert [m.amount for m in extract(text, locale=locale)][-1] == amount


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency"),
    [
        # the forms the language sweep found read wrongly (only the last part was
        # kept) in Persian and Arabic news; look-alikes of its strings
        ("۱۰ هزار و ۸۰۷ میلیارد ریال", "fa", Decimal("10807e9"), "IRR"),  # (10,000 + 807) x 10^9
        ("2میلیارد و 932میلیون دلار", "fa", Decimal("2932e6"), "USD"),  # 2 x 10^9 + 932 x 10^6
        ("۵۵۹ میلیون و ۱۴۰ هزار افغانی", "fa_AF", Decimal("559140e3"), "AFN"),
        ("3 مليارات و500 مليون دولار", "ar", Decimal("3.5e9"), "USD"),
        ("3 مليارات و 500 مليون دولار", None, Decimal("3.5e9"), "USD"),
    ],
)
def test_parts_joined_by_the_language_s_and_are_one_figure(
    text: str, locale: str | None, amount: Decimal, currency: str
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.amount, mention.currency, mention.text) == (amount, currency, text)


def test_an_and_between_two_figures_with_their_own_currency_joins_nothing() -> None:
    found = extract("5 مليارات دولار و 3 مليارات يورو", locale="ar")
    assert [(m.amount, m.currency) for m in found] == [
        (Decimal("5e9"), "USD"),
        (Decimal("3e9"), "EUR"),
    ]
