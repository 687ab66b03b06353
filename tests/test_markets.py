"""Rates in several markets: the peso's official, retail, blue, MEP, CCL … dollars.

Expected values are the published figures in the raw files (data/raw/ars,
read here with json/csv, never through fxnorm), the ECB's history file
(conftest's ``raw_ecb``), the BCRA's workbook (``raw_a3500``) and the laws
that fixed the peso to the dollar (Ley 23.928, 1991; ended by Ley 25.561 on
2002-01-06). Synthetic books built by hand check the rules on their own.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import fxnorm
from fxnorm._decimal import CONTEXT
from fxnorm.errors import InvalidInputError, RateNotFoundError, StaleRateError
from fxnorm.rates import RateBook
from fxnorm.rates.fixed import fixed_store
from fxnorm.rates.memory import MemoryStore, make_source
from fxnorm.rates.model import MARKETS

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
BOOK = RateBook.default()


def published(casa: str) -> dict[str, tuple[str, str]]:
    """{day: (compra, venta)} of one ArgentinaDatos file, the numbers as printed."""
    path = RAW / "ars" / "argentinadatos" / f"{casa}.json"
    records = json.loads(path.read_text(encoding="utf-8"), parse_float=str, parse_int=str)
    return {r["fecha"]: (r["compra"], r["venta"]) for r in records}


# -- the embedded book --------------------------------------------------------------------


def test_blue_rate_of_2023_06_01_both_sides() -> None:
    buy, sell = published("blue")["2023-06-01"]
    assert (buy, sell) == ("485", "490")  # the published blue dollar of that day
    default = BOOK.quote("USD", "ARS", "2023-06-01", rate="blue")
    assert (default.value, default.side, default.market) == (Decimal(sell), "sell", "blue")
    assert default.method == "published" and default.source == "argentinadatos"
    bought = BOOK.quote("USD", "ARS", "2023-06-01", rate="blue", side="buy")
    assert (bought.value, bought.side) == (Decimal(buy), "buy")
    inverse = BOOK.quote("ARS", "USD", "2023-06-01", rate="blue")
    assert inverse.value == CONTEXT.divide(Decimal(1), Decimal(sell))
    assert (inverse.method, inverse.market, inverse.side) == ("inverse", "blue", "sell")
    payload = default.to_dict()
    assert (payload["market"], payload["side"]) == ("blue", "sell")


def test_the_official_rate_is_a3500_while_it_exists(raw_a3500: dict[str, Decimal]) -> None:
    quote = BOOK.quote("USD", "ARS", "2021-06-01")
    assert (quote.source, quote.market, quote.side) == ("bcra", "official", "mid")
    assert quote.value == raw_a3500["2021-06-01"]
    # A single published figure answers either side, and says it is one figure.
    assert BOOK.quote("USD", "ARS", "2021-06-01", side="buy").side == "mid"


def test_the_official_rate_of_2025_11_14_is_of_that_week() -> None:
    quote = BOOK.quote("USD", "ARS", "2025-11-14")
    assert quote.market == "official" and quote.source == "argentinadatos"
    assert dt.date(2025, 11, 10) <= quote.date <= dt.date(2025, 11, 14)
    assert quote.value == Decimal(published("mayorista")[quote.date.isoformat()][1])


def test_a_cross_through_the_dollar_keeps_the_market(
    raw_ecb: dict[str, dict[str, Decimal]],
) -> None:
    day = "2023-06-01"
    quote = BOOK.quote("CNY", "ARS", day, rate="blue")
    ecb = raw_ecb[day]
    expected = CONTEXT.multiply(CONTEXT.divide(ecb["USD"], ecb["CNY"]), Decimal("490"))
    assert quote.value == expected
    assert (quote.market, quote.side, quote.source) == ("blue", "sell", "ecb+argentinadatos")
    assert [leg.market for leg in quote.legs] == ["official", "blue"]
    euro = BOOK.quote("EUR", "ARS", day, rate="mep")
    assert euro.value == CONTEXT.multiply(ecb["USD"], Decimal(published("bolsa")[day][1]))


def test_markets_of_the_day() -> None:
    found = BOOK.market_quotes("USD", "ARS", "2023-06-01")
    assert list(found) == list(MARKETS)  # all eight were published that day
    assert [q.side for q in found["official"]] == ["mid"]
    assert [q.side for q in found["blue"]] == ["buy", "sell"]
    assert [q.side for q in found["card"]] == ["sell"]  # a price you pay, never one you get
    assert list(BOOK.market_quotes("USD", "ARS", "2015-06-01")) == [
        "official",
        "retail",
        "blue",
        "ccl",
    ]
    assert list(BOOK.market_quotes("CNY", "USD", "2025-09-24")) == ["official"]
    assert BOOK.markets("ARS") == MARKETS and BOOK.markets("CNY") == ("official",)


def test_unknown_rate_or_side_is_bad_input() -> None:
    with pytest.raises(InvalidInputError, match="unknown rate 'dolar'; choose one of official"):
        BOOK.quote("USD", "ARS", "2023-06-01", rate="dolar")
    with pytest.raises(InvalidInputError, match="unknown side 'mid'; choose buy or sell"):
        BOOK.quote("USD", "ARS", "2023-06-01", side="mid")


def test_a_market_not_published_that_day_names_what_is() -> None:
    with pytest.raises(RateNotFoundError) as caught:
        BOOK.quote("USD", "ARS", "2015-06-01", rate="mep")
    message = str(caught.value)
    assert message.startswith("no mep USD/ARS rate for 2015-06-01")
    assert "argentinadatos covers 2018-10-29.." in message
    assert message.endswith("other rates for USD/ARS on 2015-06-01: official, retail, blue, ccl")


def test_a_market_no_currency_has_names_the_markets_there_are() -> None:
    with pytest.raises(RateNotFoundError, match=r"no blue rate for CNY/USD: .*CNY: official"):
        BOOK.quote("CNY", "USD", "2023-06-01", rate="blue")


def test_a_side_that_is_not_published() -> None:
    with pytest.raises(RateNotFoundError, match="card ARS rate as sell prices only, not buy"):
        BOOK.quote("USD", "ARS", "2023-06-01", rate="card", side="buy")


# -- the convertibility years ---------------------------------------------------------------


@pytest.mark.parametrize("day", ["1991-04-01", "1995-06-01", "2001-12-31", "2002-01-06"])
def test_one_peso_was_one_dollar_by_law(day: str) -> None:
    quote = BOOK.quote("ARS", "USD", day)
    assert quote.value == 1 and quote.source == "convertibility"
    assert fxnorm.convert(fxnorm.Money("100", "ARS"), "USD", day).result.amount == 100
    (fixed,) = quote.legs
    assert fixed.method == "fixed" and fixed.legs[0].date == dt.date(1991, 4, 1)


def test_before_and_after_convertibility() -> None:
    with pytest.raises(RateNotFoundError, match=r"convertibility covers 1991-04-01\.\.2002-01-06"):
        BOOK.quote("ARS", "USD", "1991-03-29")
    # From the end of the parity to the BCRA's first reference rate nothing was published.
    for day in ("2002-01-07", "2002-02-11", "2002-03-01"):
        with pytest.raises(RateNotFoundError) as caught:
            BOOK.quote("ARS", "USD", day)
        message = str(caught.value)
        assert "convertibility covers 1991-04-01..2002-01-06" in message
        assert "bcra covers 2002-03-04..2025-03-28" in message
    # The BCRA's workbook: the first A3500 rate, 2.0083 pesos per dollar on 2002-03-04.
    assert BOOK.quote("USD", "ARS", "2002-03-04").value == Decimal("2.0083")


def test_the_ended_peg_alone() -> None:
    book = RateBook([fixed_store()])
    assert book.quote("USD", "ARS", "1999-01-01").value == 1
    with pytest.raises(RateNotFoundError, match="the fixed rate ended on 2002-01-06"):
        book.quote("USD", "ARS", "2002-01-07")
    (coverage,) = [c for c in book.coverage() if c.source.id == "convertibility"]
    assert coverage.per_currency["ARS"] == (dt.date(1991, 4, 1), dt.date(2002, 1, 6))


# -- the Fed's yuan ------------------------------------------------------------------------


def test_the_fed_answers_the_yuan_before_the_ecb_has_it() -> None:
    with (RAW / "fred" / "DEXCHUS.csv").open() as handle:
        fred = dict(line.strip().split(",") for line in handle if line[:4].isdigit())
    quote = BOOK.quote("USD", "CNY", "1995-06-01")
    assert (quote.source, quote.value) == ("fed", Decimal(fred["1995-06-01"]))
    # Where the ECB has the yuan it stays the default; the Fed is asked by name.
    assert BOOK.quote("USD", "CNY", "2025-09-24").source == "ecb"
    fed = BOOK.quote("USD", "CNY", "2025-09-24", source="fed")
    assert fed.value == Decimal("7.1315") and fed.method == "published"


# -- the rules, on a book made by hand -----------------------------------------------------


def synthetic() -> RateBook:
    sources = [
        make_source("central", "USD", priority=0),
        make_source("street", "USD", priority=1),
        make_source("ecb", "EUR", priority=0),
    ]
    rates: dict[str, dict[Any, dict[str, str]]] = {
        "central": {"ARS": {"2024-01-02": "800", "2024-01-03": "801"}},
        "street": {
            ("ARS", "official", "buy"): {"2024-01-02": "795"},
            ("ARS", "official", "sell"): {"2024-01-02": "805"},
            ("ARS", "blue", "buy"): {"2024-01-02": "1000", "2024-01-04": "1010"},
            ("ARS", "blue", "sell"): {"2024-01-02": "1020", "2024-01-04": "1030"},
            ("ARS", "card", "sell"): {"2024-01-02": "1300"},
        },
        "ecb": {"USD": {"2024-01-02": "1.1"}},
    }
    return RateBook([MemoryStore(sources, rates)])


def test_official_by_default_and_priority_within_a_market() -> None:
    book = synthetic()
    assert book.quote("USD", "ARS", "2024-01-02").value == Decimal("800")  # central first
    street = book.quote("USD", "ARS", "2024-01-02", source="street")
    assert (street.value, street.side) == (Decimal("805"), "sell")
    assert book.quote("USD", "ARS", "2024-01-02", source="street", side="buy").value == 795


def test_policies_apply_within_a_market() -> None:
    book = synthetic()
    middle = book.quote("USD", "ARS", "2024-01-03", rate="blue", policy="interpolate")
    assert middle.value == Decimal("1025") and middle.method == "interpolated"
    assert middle.market == "blue" and [leg.side for leg in middle.legs] == ["sell", "sell"]
    with pytest.raises(StaleRateError, match="no blue ARS rate for 2024-01-03 published on that"):
        book.quote("USD", "ARS", "2024-01-03", rate="blue", policy="exact")


def test_a_pivot_currency_stays_official() -> None:
    book = synthetic()
    quote = book.quote("EUR", "ARS", "2024-01-02", rate="blue")
    assert quote.value == CONTEXT.multiply(Decimal("1.1"), Decimal("1020"))
    assert (quote.market, quote.side) == ("blue", "sell")
    assert [(leg.source, leg.market) for leg in quote.legs] == [
        ("ecb", "official"),
        ("street", "blue"),
    ]


# -- the press's figures -------------------------------------------------------------------

#: Closing quotes of the day as the Argentine press published them: (day, market,
#: buy or None, sell, where).
PRESS = [
    (
        "2023-06-16",
        "blue",
        "487",
        "492",
        "mysocialgoodnews.com, 21 June 2023: 'el dólar blue cerró a $487 para la compra y "
        "$492 para la venta' on Friday 16 June",
    ),
    (
        "2024-06-07",
        "blue",
        "1245",
        "1265",
        "http://www.portaldelospueblos.com.ar/2024/06/dolar-blue-hoy-minuto-minuto-cuanto.html",
    ),
    ("2024-06-11", "blue", None, "1295", "https://esnota.com/2024/06/11/ (blue 'cerró a $1295')"),
    ("2024-06-11", "retail", None, "921", "https://esnota.com/2024/06/11/ ('dólar oficial $921')"),
    (
        "2025-04-15",
        "blue",
        "1255",
        "1285",
        "https://sanluis24.com.ar/dolar-blue-hoy-baja-fuerte-tras-el-fin-del-cepo-cambiario/",
    ),
]


@pytest.mark.parametrize(("day", "market", "buy", "sell", "where"), PRESS)
def test_the_press_published_the_same_quotes(
    day: str, market: str, buy: str | None, sell: str, where: str
) -> None:
    quote = BOOK.quote("USD", "ARS", day, rate=market, policy="exact")
    assert quote.value == Decimal(sell), where
    if buy is not None:
        bought = BOOK.quote("USD", "ARS", day, rate=market, side="buy", policy="exact")
        assert bought.value == Decimal(buy), where
