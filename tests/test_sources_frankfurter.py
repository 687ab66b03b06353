"""Frankfurter v1 and v2 against a local server serving Frankfurter's JSON answers."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from _httpserver import FixtureServer, error_file, fast_http, file, fixture, status, truncated

from fxnorm.errors import SourceUnavailableError
from fxnorm.rates.sources import get_source
from fxnorm.rates.sources.frankfurter import FrankfurterSource, FrankfurterV2Source

NOV16, NOV20 = dt.date(2026, 11, 16), dt.date(2026, 11, 20)
SERIES = "/v1/2026-11-16..2026-11-20"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FXNORM_FRANKFURTER_URL", raising=False)
    monkeypatch.delenv("FXNORM_FRANKFURTER_V2_URL", raising=False)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as running:
        yield running


def literal_rates(name: str) -> dict[tuple[str, str], str]:
    """(day, code) -> the number exactly as written in the fixture's JSON text."""
    data = json.loads(fixture(name), parse_float=str, parse_int=str)
    if "date" in data:
        return {(data["date"], code): value for code, value in data["rates"].items()}
    return {
        (day, code): value for day, rates in data["rates"].items() for code, value in rates.items()
    }


def v1(server: FixtureServer, **options: object) -> FrankfurterSource:
    return FrankfurterSource(f"{server.url}/v1", http=fast_http(), **options)  # type: ignore[arg-type]


def v2(server: FixtureServer, *providers: str) -> FrankfurterV2Source:
    return FrankfurterV2Source(
        f"{server.url}/v2", providers=providers or ("BCRA",), http=fast_http()
    )


def test_v1_time_series(server: FixtureServer) -> None:
    server.route(SERIES, file("frankfurter/v1-2026-11-16..2026-11-20.json"))
    batch = v1(server).fetch(NOV16, NOV20, ["USD", "CNY"])
    expected = literal_rates("frankfurter/v1-2026-11-16..2026-11-20.json")
    assert {(day, code): value for _, code, day, value in batch.rows} == expected
    assert {row[0] for row in batch.rows} == {"frankfurter"}
    assert len(batch.rows) == 10
    assert server.paths() == [f"{SERIES}?base=EUR&symbols=CNY,USD"]
    (info,) = batch.sources
    assert (info.id, info.base, info.priority, info.kind) == ("frankfurter", "EUR", 3, "mirror")


def test_v1_one_day_keeps_rubys_digits(server: FixtureServer) -> None:
    server.route("/v1/2026-11-20", file("frankfurter/v1-2026-11-20.json"))
    batch = v1(server).fetch(NOV20, NOV20)
    rows = {code: value for _, code, _, value in batch.rows}
    assert rows == {
        code: v for (_, code), v in literal_rates("frankfurter/v1-2026-11-20.json").items()
    }
    assert rows["ISK"] == "136.0" and rows["USD"] == "1.1161"
    assert server.paths() == ["/v1/2026-11-20?base=EUR"]


def test_v1_weekend_answers_with_friday_which_is_outside_the_range(server: FixtureServer) -> None:
    server.route("/v1/2026-11-22", file("frankfurter/v1-2026-11-20.json"))
    sunday = dt.date(2026, 11, 22)
    assert v1(server).fetch(sunday, sunday).rows == ()


def test_v1_long_ranges_are_asked_in_chunks(server: FixtureServer) -> None:
    server.route(SERIES, file("frankfurter/v1-2026-11-16..2026-11-20.json"))
    server.route("/v1/2026-11-21..2026-11-24", error_file(404, "frankfurter/v1-not-found.json"))
    batch = v1(server, chunk_days=5).fetch(NOV16, dt.date(2026, 11, 24), ["USD"])
    assert len(batch.rows) == 5
    assert [p.split("?")[0] for p in server.paths()] == [SERIES, "/v1/2026-11-21..2026-11-24"]
    assert batch.notes == ("frankfurter: nothing published 2026-11-21..2026-11-24",)


def test_v1_not_found_is_an_empty_answer(server: FixtureServer) -> None:
    server.route("/v1/2026-11-21..2026-11-22", error_file(404, "frankfurter/v1-not-found.json"))
    batch = v1(server).fetch(dt.date(2026, 11, 21), dt.date(2026, 11, 22))
    assert batch.rows == () and batch.notes


def test_v1_a_404_that_is_not_frankfurters_is_an_error(server: FixtureServer) -> None:
    with pytest.raises(SourceUnavailableError, match="not valid JSON"):
        v1(server).fetch(NOV16, NOV20)  # the fixture server's own plain-text 404


def test_v1_error_response(server: FixtureServer) -> None:
    server.route(SERIES, error_file(422, "frankfurter/v1-422.json"))
    with pytest.raises(SourceUnavailableError, match=r"frankfurter: .*HTTP 422: .*invalid date"):
        v1(server).fetch(NOV16, NOV20)


def test_v1_truncated(server: FixtureServer) -> None:
    server.route(SERIES, truncated(file("frankfurter/v1-2026-11-16..2026-11-20.json")))
    with pytest.raises(SourceUnavailableError, match="truncated answer"):
        v1(server).fetch(NOV16, NOV20)


def test_v1_wrong_dates(server: FixtureServer) -> None:
    body = fixture("frankfurter/v1-2026-11-20.json").replace(b"2026-11-20", b"2026-09-01")
    server.route("/v1/2026-11-20", status(200, body, "application/json"))
    with pytest.raises(SourceUnavailableError, match="answered with 2026-09-01, outside"):
        v1(server).fetch(NOV20, NOV20)


def test_v1_rebased_answers_are_refused(server: FixtureServer) -> None:
    body = fixture("frankfurter/v1-2026-11-20.json").replace(b'"base":"EUR"', b'"base":"USD"')
    server.route("/v1/2026-11-20", status(200, body, "application/json"))
    with pytest.raises(SourceUnavailableError, match="base 'USD'"):
        v1(server).fetch(NOV20, NOV20)


def test_v2_named_provider_answers_and_is_recorded(server: FixtureServer) -> None:
    query = "base=USD&providers=BCRA&quotes=ARS&from=2026-11-16&to=2026-11-20"
    server.route(f"/v2/rates?{query}", file("frankfurter/v2-bcra-ars.json"))
    batch = v2(server).fetch(NOV16, NOV20, ["ARS"])
    records = json.loads(fixture("frankfurter/v2-bcra-ars.json"), parse_float=str)
    assert batch.rows == tuple(
        ("frankfurter-v2:bcra", "ARS", r["date"], r["rate"]) for r in records
    )
    assert batch.rows[1][3] == "1450.0"
    (info,) = batch.sources
    assert (info.id, info.base, info.kind) == ("frankfurter-v2:bcra", "USD", "mirror")
    assert "BCRA" in info.publisher
    assert batch.notes == ("frankfurter-v2: ARS answered by BCRA",)
    assert server.paths() == [f"/v2/rates?{query}"]


def test_v2_falls_back_to_the_next_provider_and_says_so(server: FixtureServer) -> None:
    server.route("/v2/rates", status(500, "boom"))
    fred = "base=USD&providers=FRED&quotes=ARS&from=2026-11-16&to=2026-11-20"
    server.route(f"/v2/rates?{fred}", file("frankfurter/v2-fred-ars.json"))
    batch = v2(server, "BCRA", "FRED").fetch(NOV16, NOV20, ["ARS"])
    assert {row[0] for row in batch.rows} == {"frankfurter-v2:fred"}
    assert [row[3] for row in batch.rows] == ["1448.1", "1451.9"]
    assert [s.id for s in batch.sources] == ["frankfurter-v2:fred"]
    assert "HTTP 500" in batch.notes[0] and "asking the next provider" in batch.notes[0]
    assert batch.notes[1] == "frankfurter-v2: ARS answered by FRED"


def test_v2_empty_and_not_found_move_on(server: FixtureServer) -> None:
    server.route("/v2/rates", error_file(404, "frankfurter/v2-404.json"))
    bcra = "base=USD&providers=BCRA&quotes=ARS&from=2026-11-16&to=2026-11-20"
    server.route(f"/v2/rates?{bcra}", file("frankfurter/v2-empty.json"))
    batch = v2(server, "BCRA", "BOC").fetch(NOV16, NOV20, ["ARS"])
    assert batch.rows == ()
    assert batch.notes == (
        "frankfurter-v2: provider BCRA has no rates for 2026-11-16..2026-11-20",
        "frankfurter-v2: provider BOC has no rates for 2026-11-16..2026-11-20",
    )


def test_v2_every_provider_failing_is_an_error(server: FixtureServer) -> None:
    server.route("/v2/rates", error_file(422, "frankfurter/v2-422.json"))
    with pytest.raises(SourceUnavailableError, match=r"HTTP 422: .*invalid currency: XXX"):
        v2(server, "BCRA").fetch(NOV16, NOV20, ["ARS"])


def test_v2_wrong_dates(server: FixtureServer) -> None:
    server.route("/v2/rates", file("frankfurter/v2-wrong-dates.json"))
    with pytest.raises(SourceUnavailableError, match="answered with 2026-10-01, outside"):
        v2(server).fetch(NOV16, NOV20, ["ARS"])


def test_v2_truncated(server: FixtureServer) -> None:
    body = fixture("frankfurter/v2-bcra-ars.json")
    server.route("/v2/rates", status(200, body[:-30], "application/json"))
    with pytest.raises(SourceUnavailableError, match="not valid JSON"):
        v2(server).fetch(NOV16, NOV20, ["ARS"])


def test_environment_addresses(monkeypatch: pytest.MonkeyPatch, server: FixtureServer) -> None:
    server.route("/mirror/2026-11-20", file("frankfurter/v1-2026-11-20.json"))
    monkeypatch.setenv("FXNORM_FRANKFURTER_URL", f"{server.url}/mirror")
    source = get_source("frankfurter", http=fast_http())
    assert len(source.fetch(NOV20, NOV20, ["USD"])) == 1
    monkeypatch.setenv("FXNORM_FRANKFURTER_V2_URL", f"{server.url}/elsewhere/v2")
    assert get_source("frankfurter-v2").base_url == f"{server.url}/elsewhere/v2"
