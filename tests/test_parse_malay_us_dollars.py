"""The US dollar as Malay and Indonesian write it (issue #14): ``AS$`` (the sign of
Amerika Syarikat / Amerika Serikat, as ``US$`` is the United States') and ``dolar
AS``. Both are the languages' data (``ms.toml``, ``id.toml``); ``AS$`` is lent
with the magnitude words of the home press of the currency a text names (``RM``:
Malay) when the text's words do not tell its language.

Expected amounts are the figures as printed (miliar and bilion = 10^9; Indonesian
text writes ``,`` as its decimal mark: ``7,7 miliar`` is 7.7 x 10^9).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs

BILLION = Decimal(10) ** 9
MILLION = Decimal(10) ** 6
ISSUE = "issue #14's example"
REPUBLIKA = "https://ekonomi.republika.co.id/berita/ry4xnj370/"
REPUBLIKA_TEXT = (
    "Menteri Investasi Bahlil Lahadalia menjelaskan, lima negara tersebut adalah Singapura "
    "dengan realisasi investasi 7,7 miliar dolar AS, China 3,8 miliar dolar AS, Hong Kong "
    "3,5 miliar dolar AS, Jepang 2,0 miliar dolar AS, dan Amerika Serikat (AS) 1,6 miliar "
    "dolar AS."
)


@pytest.mark.parametrize("locale", [None, "id", "id_ID"])
def test_dolar_as_is_the_us_dollar(locale: str | None) -> None:
    found = extract(REPUBLIKA_TEXT, locale=locale)
    expected = [Decimal(v) * BILLION for v in ("7.7", "3.8", "3.5", "2.0", "1.6")]
    assert [m.amount for m in found] == expected, REPUBLIKA
    assert {(m.currency, m.resolved_by) for m in found} == {("USD", "name")}, REPUBLIKA
    assert all(m.text.endswith("dolar AS") for m in found)


@pytest.mark.parametrize("locale", [None, "ms", "ms_MY"])
def test_as_dollar_sign_is_read_whole(locale: str | None) -> None:
    text = "RM5 bilion (kira-kira AS$1.1 bilion)"
    ringgit, dollars = extract(text, locale=locale)
    assert (ringgit.amount, ringgit.currency) == (5 * BILLION, "MYR"), ISSUE
    assert (dollars.text, dollars.amount, dollars.currency, dollars.resolved_by) == (
        "AS$1.1 bilion",
        Decimal("1.1") * BILLION,
        "USD",
        "symbol",
    ), ISSUE


@pytest.mark.parametrize("locale", ["ms", "ms_MY"])
def test_as_dollars_pair_with_ringgit(locale: str) -> None:
    (pair,) = extract_pairs("RM5 bilion (kira-kira AS$1.1 bilion)", locale=locale)
    assert (pair.source.currency, pair.stated.currency) == ("MYR", "USD"), ISSUE
    assert pair.stated.amount == Decimal("1.1") * BILLION


def test_malay_dolar_as_with_a_locale() -> None:
    (found,) = extract("dana sebanyak 10 juta dolar AS", locale="ms_MY")
    assert (found.amount, found.currency, found.resolved_by) == (10 * MILLION, "USD", "name")


def test_a_bare_dolar_stays_the_dollars() -> None:
    (found,) = extract("harga 5 juta dolar", locale="id_ID")
    assert found.currency == "USD" and found.resolved_by == "locale"
    assert "SGD" in found.alternatives
