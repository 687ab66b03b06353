"""A second figure followed by a word of comparison states a difference, not an
equivalent (issue #14: pairing stays conservative): "$150 pesos, casi $3.50 por
debajo del solidario" says the blue dollar was almost 3.50 pesos below another rate,
it converts nothing. The words are each language's ``[pairs] compares``.
"""

from __future__ import annotations

import pytest

from fxnorm import extract_pairs


@pytest.mark.parametrize(
    ("text", "locale", "source"),
    [
        (
            "Cotizó a $150 pesos, casi $3.50 por debajo del solidario, que es la suma del "
            "oficial más el 30%.",
            "es_AR",
            "http://diario1588.com/2021/02/aunque-usted-no-lo-crea-el-dolar-blue-mas-bajo-"
            "que-el-solidario/",
        ),
        ("It cost 20 pesos, about $5 more than a year before.", "en", "look-alike"),
        ("Das Ticket kostet 100 Euro, rund 20 Dollar mehr als im Vorjahr.", "de_DE", "look-alike"),
    ],
)
def test_a_difference_is_no_pair(text: str, locale: str, source: str) -> None:
    assert extract_pairs(text, locale=locale) == [], source


@pytest.mark.parametrize(
    "text",
    [
        # a duration after the equivalent is no comparison
        "Alibaba will spend 380 billion yuan, or about $53 billion over three years.",
        "Alibaba will spend more than 380 billion yuan ($53 billion) over three years",
    ],
)
def test_a_conversion_followed_by_other_words_still_pairs(text: str) -> None:
    (pair,) = extract_pairs(text)
    assert (pair.source.currency, pair.stated.currency) == ("CNY", "USD")
