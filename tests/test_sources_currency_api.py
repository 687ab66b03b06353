"""The exchange-api daily USD snapshots, their CDN address and the documented fallback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from _httpserver import FixtureServer, error_file, fast_http, file, fixture, hang, status, truncated

from fxnorm.errors import InvalidInputError, SourceUnavailableError
from fxnorm.rates.sources import get_source
from fxnorm.rates.sources.currency_api import CurrencyApiSource

NOV19, NOV20, NOV21 = dt.date(2026, 11, 19), dt.date(2026, 11, 20), dt.date(2026, 11, 21)
PRIMARY = "/npm/@fawazahmed0/currency-api@{date}/v1/currencies/usd.min.json"
FALLBACK = "/pages/{date}/v1/currencies/usd.min.json"
#: Codes of the fixtures CLDR calls legal tender on the day, plus the metals.
KEPT = {"AED", "AFN", "ALL", "ARS", "BGN", "CNY", "EUR", "GBP", "JPY", "VES", "XAG", "XAU"}


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FXNORM_CURRENCY_API_URL", raising=False)
    monkeypatch.delenv("FXNORM_CURRENCY_API_FALLBACK_URL", raising=False)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as running:
        yield running


def source(server: FixtureServer, **options: object) -> CurrencyApiSource:
    settings: dict[str, object] = {"http": fast_http()}
    settings.update(options)
    return CurrencyApiSource(server.url + PRIMARY, server.url + FALLBACK, **settings)  # type: ignore[arg-type]


def literal(name: str) -> dict[str, str]:
    return json.loads(fixture(name), parse_float=str, parse_int=str)["usd"]  # type: ignore[no-any-return]


def test_one_file_per_day_fiat_and_metals_only(server: FixtureServer) -> None:
    for day in ("2026-11-19", "2026-11-20"):
        server.route(PRIMARY.format(date=day), file(f"currency-api/{day}.usd.min.json"))
    batch = source(server).fetch(NOV19, NOV20)
    for day in ("2026-11-19", "2026-11-20"):
        published = literal(f"currency-api/{day}.usd.min.json")
        got = {code: value for _, code, d, value in batch.rows if d == day}
        assert got == {code.upper(): published[code.lower()] for code in KEPT}
    assert {row[0] for row in batch.rows} == {"currency-api"}
    rows = {(r[1], r[2]): r[3] for r in batch.rows}
    assert rows[("ARS", "2026-11-20")] == "1452.10398766"  # the literal, not a float repr
    assert rows[("XAU", "2026-11-20")] == "0.00037234"
    (info,) = batch.sources
    assert (info.id, info.base, info.priority, info.kind) == (
        "currency-api",
        "USD",
        3,  # as in the embedded dataset: after argentinadatos and dolarapi (2)
        "aggregator",
    )
    assert server.paths() == [PRIMARY.format(date="2026-11-19"), PRIMARY.format(date="2026-11-20")]


def test_currencies_filter(server: FixtureServer) -> None:
    server.route(PRIMARY.format(date="2026-11-20"), file("currency-api/2026-11-20.usd.min.json"))
    batch = source(server).fetch(NOV20, NOV20, ["ars", "EUR", "BTC"])
    assert [(r[1], r[3]) for r in batch.rows] == [("ARS", "1452.10398766"), ("EUR", "0.89597893")]


def test_fallback_address_is_used_when_the_cdn_fails(server: FixtureServer) -> None:
    server.route(PRIMARY.format(date="2026-11-20"), status(503, "Service Unavailable"))
    server.route(FALLBACK.format(date="2026-11-20"), file("currency-api/2026-11-20.usd.min.json"))
    batch = source(server).fetch(NOV20, NOV20, ["ARS"])
    assert batch.rows == (("currency-api", "ARS", "2026-11-20", "1452.10398766"),)
    assert batch.notes == (
        "currency-api: 2026-11-20 came from the fallback address ("
        + server.url
        + PRIMARY.format(date="2026-11-20")
        + ": HTTP 503; gave up after 3 attempts)",
    )


def test_fallback_on_a_bad_body_too(server: FixtureServer) -> None:
    primary = file("currency-api/2026-11-20.usd.min.json")
    server.route(PRIMARY.format(date="2026-11-20"), truncated(primary))
    server.route(FALLBACK.format(date="2026-11-20"), file("currency-api/2026-11-20.usd.min.json"))
    batch = source(server).fetch(NOV20, NOV20, ["ARS"])
    assert len(batch) == 1 and "truncated answer" in batch.notes[0]


def test_a_day_without_a_snapshot_is_skipped(server: FixtureServer) -> None:
    server.route(PRIMARY.format(date="2026-11-20"), file("currency-api/2026-11-20.usd.min.json"))
    server.route(
        PRIMARY.format(date="2026-11-21"), error_file(404, "currency-api/jsdelivr-404.txt")
    )
    server.route(FALLBACK.format(date="2026-11-21"), error_file(404, "currency-api/pages-404.html"))
    batch = source(server).fetch(NOV20, NOV21, ["ARS"])
    assert batch.rows == (("currency-api", "ARS", "2026-11-20", "1452.10398766"),)
    assert batch.notes == ("currency-api: no snapshot for 2026-11-21",)


def test_both_addresses_failing_is_an_error_and_nothing_partial(server: FixtureServer) -> None:
    server.route(PRIMARY.format(date="2026-11-19"), file("currency-api/2026-11-19.usd.min.json"))
    server.route(PRIMARY.format(date="2026-11-20"), hang(1.0))
    server.route(FALLBACK.format(date="2026-11-20"), status(500))
    with pytest.raises(SourceUnavailableError) as caught:
        source(server, http=fast_http(timeout=0.2, retries=0)).fetch(NOV19, NOV20)
    message = str(caught.value)
    assert message.startswith("currency-api: 2026-11-20: ")
    assert "no answer within 0.2 s" in message and "the fallback failed too" in message
    assert "HTTP 500" in message


def test_a_file_for_another_date_is_refused(server: FixtureServer) -> None:
    wrong = file("currency-api/2026-11-18-wrong-date.usd.min.json")
    server.route(PRIMARY.format(date="2026-11-18"), wrong)
    server.route(FALLBACK.format(date="2026-11-18"), wrong)
    with pytest.raises(SourceUnavailableError, match="dated 2026-11-17, not 2026-11-18"):
        source(server).fetch(dt.date(2026, 11, 18), dt.date(2026, 11, 18))


def test_not_an_exchange_api_file(server: FixtureServer) -> None:
    server.route(PRIMARY.format(date="2026-11-20"), status(200, '{"eur": {}}', "application/json"))
    server.route(FALLBACK.format(date="2026-11-20"), status(200, "[1, 2]", "application/json"))
    with pytest.raises(SourceUnavailableError, match="no usd object"):
        source(server).fetch(NOV20, NOV20)


def test_range_is_bounded(server: FixtureServer) -> None:
    with pytest.raises(InvalidInputError, match="more than the 3 fetched at once"):
        source(server, max_days=3).fetch(NOV19, dt.date(2026, 11, 24))


def test_progress_counts_days(server: FixtureServer) -> None:
    for day in ("2026-11-19", "2026-11-20"):
        server.route(PRIMARY.format(date=day), file(f"currency-api/{day}.usd.min.json"))
    seen: list[tuple[int, int]] = []
    source(server).fetch(NOV19, NOV20, ["ARS"], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_templates_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer
) -> None:
    monkeypatch.setenv("FXNORM_CURRENCY_API_URL", server.url + "/a/{date}.json")
    monkeypatch.setenv("FXNORM_CURRENCY_API_FALLBACK_URL", server.url + "/b/{date}.json")
    server.route("/b/2026-11-20.json", file("currency-api/2026-11-20.usd.min.json"))
    batch = get_source("currency-api", http=fast_http()).fetch(NOV20, NOV20, ["EUR"])
    assert batch.rows == (("currency-api", "EUR", "2026-11-20", "0.89597893"),)
    assert server.paths() == ["/a/2026-11-20.json", "/b/2026-11-20.json"]
    monkeypatch.setenv("FXNORM_CURRENCY_API_URL", server.url + "/no-date.json")
    with pytest.raises(InvalidInputError, match=r"no \{date\}"):
        get_source("currency-api")
