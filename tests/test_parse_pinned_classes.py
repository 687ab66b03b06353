"""The classes behind rows pinned in ``OPEN`` of ``tests/test_realtext.py``, each
with look-alike sentences from other real pages (their source named above each),
read by hand, and sentences where the rule must not fire."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract

D = Decimal


def _read(text: str, locale: str) -> list[tuple[Decimal, str | None]]:
    return [(m.amount, m.currency) for m in extract(text, locale=locale)]


# --------------------------------------------------------------------------- a number between
# A currency named at one figure carries to a later bare one with the same magnitude
# word over a percentage between them (a percentage is no amount), and over a year
# only where the words after the year make the bare one the end of a change that the
# first one starts ("de … en 2019 a …") or a part of it ("en 2022, dont …").

OVER_A_NUMBER = [
    # https://www.estrategiasdeinversion.com/actualidad/noticias/bolsa-espana/abertis-gana-559-millones-de-euros-hasta-septiembre-n-20040
    (
        "El resultado bruto de explotación (Ebitda) se ha situado en 1.782 millones de"
        " euros, un 10% más, mientras que los ingresos de explotación han alcanzado los"
        " 2.750 millones, lo que supone un avance del 10%.",
        "es_ES",
        [(D(1782e6), "EUR"), (D(2750e6), "EUR")],
    ),
    # https://eldato.do/destacan-aumento-sostenido-en-el-promedio-mensual-de-exportaciones-entre-2019-y-2024
    (
        "Un análisis reciente resalta que el promedio mensual de exportaciones del país"
        " pasó de 900 millones de dólares en 2019 a 1,300 millones en 2024, reflejando un"
        " crecimiento continuo.",
        "es_DO",
        [(D(900e6), "USD"), (D(1300e6), "USD")],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), OVER_A_NUMBER)
def test_the_currency_carries_over_a_percentage_or_a_year_that_ends_a_change(
    text: str, locale: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _read(text, locale) == expected


NOT_OVER_A_NUMBER = [
    # https://iphoneaddict.fr/post/news-324070-tiktok-devient-premiere-app-non-facebook-atteindre-3-milliards-telechargements
    # a percentage, then a count of downloads (and a sentence end)
    (
        "Les dépenses par les utilisateurs sont estimées à 919,2 millions de dollars. Bien"
        " que les nouveaux téléchargements de l'application aient diminué de 38% par"
        " rapport aux 619 millions de téléchargements un an plus tôt.",
        "fr_FR",
        [(D("919.2e6"), "USD")],
    ),
    # the eldato.do sentence above with a count after the change's end
    (
        "el país pasó de 900 millones de dólares en 2019 a 1,300 millones de visitas",
        "es_DO",
        [(D(900e6), "USD")],
    ),
    # fr_FR-019's clause with a count after the part
    (
        "1.000 milliards de dollars ont été consacrés à cette pratique en 2022, dont 90"
        " milliards de titres rachetés.",
        "fr_FR",
        [(D(1000e9), "USD")],
    ),
    # a year and a plain "and": another year's figure, no change (as in
    # test_parse_world_real's NOT_CARRIED)
    (
        "Gastó 500 millones de euros en 2024 y 300 millones en 2025.",
        "es_ES",
        [(D(500e6), "EUR")],
    ),
    # a percentage between, then another magnitude word
    (
        "Facturó 5 mil millones de euros, un 10% más, y 300 millones de pedidos.",
        "es_ES",
        [(D(5e9), "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), NOT_OVER_A_NUMBER)
def test_the_currency_does_not_carry_over_a_number_to_a_count_or_another_year(
    text: str, locale: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert _read(text, locale) == expected
