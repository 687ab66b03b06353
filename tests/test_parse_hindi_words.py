"""Hindi magnitudes alone and the rupee's abbreviation (issue #14): "लाख रुपये" is a
lakh rupees (10^5) and "हजार रुपये" a thousand, as "a thousand dollars" is; "रु."
(and "रु") is the Hindi and Nepali press's abbreviation of the rupee, decided among
the rupees by the locale.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

NEWS18 = "https://webstories.news18.com/web-stories/mrf-shares-multibagger-return-since-1993-chgu"


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "क्या किसी शेयर की कीमत 10 रुपये से बढ़कर लाख रुपये हो सकती है.",
            [Decimal(10), Decimal(100_000)],
        ),
        (
            "30 साल में इस शेयर ने हजार रुपये लगाने वाले को करोड़पति बना दिया.",
            [Decimal(1000)],
        ),
        ("एमआरएफ के शेयर डेढ़ लाख रुपये का उच्चतम स्तर छू चुके हैं.", [Decimal(150_000)]),
    ],
)
def test_a_magnitude_alone_is_one_of_it(text: str, amounts: list[Decimal]) -> None:
    found = extract(text, locale="hi_IN")
    assert [(m.amount, m.currency) for m in found] == [(a, "INR") for a in amounts], NEWS18


@pytest.mark.parametrize(
    ("text", "locale", "currency"),
    [
        ("एप्पल 10 हजार करोड़ रु. का निवेश करेगी", "hi_IN", "INR"),
        ("इसकी कीमत रु. 500 है", "hi_IN", "INR"),
        ("यसको मूल्य रु. 500 हो", "ne_NP", "NPR"),
    ],
)
def test_the_rupees_abbreviation(text: str, locale: str, currency: str) -> None:
    # look-alikes of the press's usage; the locale's territory decides the rupee
    (found,) = extract(text, locale=locale)
    assert found.currency == currency
    assert found.amount in (Decimal(500), Decimal(10) ** 11)


@pytest.mark.parametrize(
    "text",
    [
        # "हो" (is) and "है" begin with ह, Marathi's abbreviation of हजार (thousand): the
        # vowel sign after ह goes on the word, so no magnitude ends there
        "मूल्य $500 हो",
        "यसको मूल्य $500 होला",
    ],
)
def test_a_letter_with_its_vowel_sign_is_no_abbreviation(text: str) -> None:
    (found,) = extract(text)
    assert (found.amount, found.magnitude_text) == (Decimal(500), None)
