"""The items of a list share the currency its last item writes (issue #14): ``20,
50 and 100 dollars``, ``billets de 5, 10, 20, 50, 100, 200 et 500 euros``,
``номиналами 200 и 2000 рублей``, ``1、5、10元``. Each item is a figure of its own,
lent the last item's currency (and its magnitude when the item writes none:
``3.2 and 4.1 billion``), and its mention says so. A list is joined by commas and
the language's "and"/"or" (``[context] lists`` of the language files); a name
with a number (``Chapter 11``), a year and a currency written before the last
number alone (``20 and $50``) are no items.

The real strings were found on the pages named with them; the expected amounts are
the denominations as the sentence writes them (a banknote of 20 is 20 of the
currency named after the last one, a coin of 2 centimes 0.02 euro).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

BILLION = Decimal(10) ** 9

REAL = [
    (
        "Il existe sept billets de 5, 10, 20, 50, 100, 200 et 500 euros, qui ont chacun "
        "des dimensions différentes et une couleur dominante qui leur est propre.",
        "fr_FR",
        ["5", "10", "20", "50", "100", "200", "500"],
        "EUR",
        "https://www.banque-france.fr/fr/a-votre-service/particuliers/"
        "mieux-connaitre-moyens-paiement/pieces-billets-en-euro",
    ),
    (
        "Signes propres aux coupures de 5, 10 et 20 euros :",
        "fr_FR",
        ["5", "10", "20"],
        "EUR",
        "https://mobile.interieur.gouv.fr/Archives/Archives-de-la-rubrique-Ma-securite/"
        "L-euro-notre-monnaie",
    ),
    (
        "Il existe huit pièces de 1, 2, 5, 10, 20, 50 centimes et 1 et 2 euros.",
        "fr_FR",
        ["0.01", "0.02", "0.05", "0.10", "0.20", "0.50", "1", "2"],
        "EUR",
        "https://www.banque-france.fr/fr/a-votre-service/particuliers/"
        "mieux-connaitre-moyens-paiement/pieces-billets-en-euro",
    ),
    (
        "Detalló que este papel moneda destaca por compartir características físicas con "
        "los ejemplares de 50, 100, 200, 500 y mil pesos que ya circulan en el sistema "
        "monetario.",
        "es_MX",
        ["50", "100", "200", "500", "1000"],
        "MXN",
        "https://www.hoytamaulipas.net/notas/470154/Presentan-nuevo-billete-de-20-pesos.html",
    ),
    (
        "En México, un peso equivale a 100 centavos y existen monedas de 1, 5, 10 y 20 "
        "pesos, así como billetes de 20, 50, 100, 200, 500, y 1.000 pesos.",
        "es_MX",
        ["1", "1", "5", "10", "20", "20", "50", "100", "200", "500", "1000"],
        "MXN",
        "https://elcomercio.pe/economia/mercados/precio-del-dolar-en-mexico-al-dia-de-hoy-"
        "a-cuanto-esta-el-tipo-de-cambio-este-20-de-marzo-de-2022-dof-sie-citibanamex-"
        "tdex-rmmn-noticia",
    ),
    (
        "Банк России вводит в обращение новые банкноты номиналами 200 и 2000 рублей, "
        "сообщила пресс-служба регулятора.",
        "ru_RU",
        ["200", "2000"],
        "RUB",
        "https://incrussia.ru/news/tsb-pokazal-novye-kupyury-v-200-i-2000-rublej",
    ),
    (
        "Кроме того, в оборот в столичном регионе начнут поступать банкноты номиналом 5 и "
        "10 рублей.",
        "ru_RU",
        ["5", "10"],
        "RUB",
        "https://rulenta.com/2023/07/novaya-100-rublevaya-kupyura-postupila-v-oborot.amp",
    ),
    (
        "Центробанк РФ выпустил в оборот новые купюры, номиналом в 1 000 и 5 000 рублей.",
        "ru_RU",
        ["1000", "5000"],
        "RUB",
        "https://agenda-u.org/print/75300",
    ),
]


@pytest.mark.parametrize(("text", "locale", "amounts", "currency", "source"), REAL)
def test_real_lists_lend_the_last_items_currency(
    text: str, locale: str, amounts: list[str], currency: str, source: str
) -> None:
    found = extract(text, locale=locale)
    assert [m.amount for m in found] == [Decimal(a) for a in amounts], source
    assert {m.currency for m in found} == {currency}, source


def test_an_item_says_where_its_currency_comes_from() -> None:
    first, second, last = extract("The central bank issues notes of 20, 50 and 100 dollars.")
    for item in (first, second):
        assert any("an item of a list" in note for note in item.notes)
    assert not any("an item of a list" in note for note in last.notes)


@pytest.mark.parametrize(
    ("text", "amounts", "currency"),
    [
        # the last item's magnitude, for items that write none
        ("Revenue rose to 3.2 and 4.1 billion dollars", ["3.2", "4.1"], "USD"),
        # an item writing the first word of the last's two takes both (a range's rule)
        ("2 mil y 3 mil millones de pesos argentinos", ["2", "3"], "ARS"),
        ("fines of 10 or 20 billion euros", ["10", "20"], "EUR"),
    ],
)
def test_items_take_the_magnitude_they_do_not_write(
    text: str, amounts: list[str], currency: str
) -> None:
    found = extract(text)
    assert [m.amount for m in found] == [Decimal(a) * BILLION for a in amounts]
    assert {m.currency for m in found} == {currency}


def test_a_last_item_in_words_lends_no_magnitude() -> None:
    # "mil pesos" is a thousand pesos: 500 is 500 pesos, not 500 thousand
    found = extract("billetes de 200, 500 y mil pesos", locale="es_MX")
    assert [m.amount for m in found] == [Decimal(200), Decimal(500), Decimal(1000)]


def test_cjk_enumeration_comma() -> None:
    found = extract("面值有1、5、10元三种", locale="zh_CN")
    assert [(m.amount, m.currency) for m in found] == [
        (Decimal(1), "CNY"),
        (Decimal(5), "CNY"),
        (Decimal(10), "CNY"),
    ]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # one comma alone is no list: the number before it is its own
        ("In 2024, 5 dollars bought a meal.", [5]),
        ("On March 3, 2024, 5 dollars bought a meal.", [5]),
        # a currency written before the last number is that item's alone
        ("They paid 20 and $50.", [50]),
        # a name with a number is no item
        ("Chapter 11 and 500 million dollars in debt", [500_000_000]),
        ("Windows 11 or 12 dollars a month", [12]),
        # a year is no item
        ("between 2023 and 2024, 7 and 8 dollars", [7, 8]),
        # an item that is a count is no item
        ("3 people and 5 dollars", [5]),
    ],
)
def test_what_is_no_list(text: str, amounts: list[int]) -> None:
    assert [m.amount for m in extract(text)] == [Decimal(a) for a in amounts]


def test_the_same_without_a_locale_and_with_a_default_currency() -> None:
    # the bare path (a default currency keeps bare numbers) lends the same currency
    text = "notes of 20, 50 and 100 euros"
    expected = [(Decimal(20), "EUR"), (Decimal(50), "EUR"), (Decimal(100), "EUR")]
    assert [(m.amount, m.currency) for m in extract(text)] == expected
    assert [(m.amount, m.currency) for m in extract(text, default_currency="USD")] == expected
