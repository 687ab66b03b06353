"""forex-python, wrapped: Decimal rates, a bounded call, fxnorm's errors."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import forex_python.converter  # noqa: F401  (a test dependency: missing is an error)
import pytest
from _httpserver import FixtureServer, fast_http, file, fixture, garbage, hang, status, truncated

from fxnorm.errors import NetworkUnreachableError, SourceUnavailableError
from fxnorm.rates.sources.forex import ForexPythonSource

NOV19, NOV20, NOV21 = dt.date(2026, 11, 19), dt.date(2026, 11, 20), dt.date(2026, 11, 21)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FXNORM_FOREX_URL", raising=False)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as running:
        yield running


def forex(server: FixtureServer, **options: object) -> ForexPythonSource:
    settings: dict[str, object] = {"http": fast_http()}
    settings.update(options)
    return ForexPythonSource(f"{server.url}/api", **settings)  # type: ignore[arg-type]


def test_rates_are_the_json_literals_as_decimals(server: FixtureServer) -> None:
    server.route("/api/2026-11-20", file("forex/2026-11-20.json"))
    batch = forex(server).fetch(NOV20, NOV20)
    literal = json.loads(fixture("forex/2026-11-20.json"), parse_float=str, parse_int=str)
    assert {code: value for _, code, _, value in batch.rows} == literal["rates"]
    assert {(r[0], r[2]) for r in batch.rows} == {("forex-python", "2026-11-20")}
    assert dict((r[1], r[3]) for r in batch.rows)["ISK"] == "136"
    request = server.requests[0]
    assert request.query == "base=EUR&rtype=fpy"  # what forex-python itself sends
    (info,) = batch.sources
    assert (info.id, info.base, info.priority) == ("forex-python", "EUR", 5)


def test_a_weekend_is_stored_under_the_day_the_backend_answered(server: FixtureServer) -> None:
    server.route("/api/2026-11-21", file("forex/2026-11-20.json"))
    server.route("/api/2026-11-20", file("forex/2026-11-20.json"))
    batch = forex(server).fetch(NOV20, NOV21, ["USD"])
    assert batch.rows == (("forex-python", "USD", "2026-11-20", "1.1161"),)


def test_empty_day(server: FixtureServer) -> None:
    server.route("/api/2026-11-19", file("forex/empty.json"))
    batch = forex(server).fetch(NOV19, NOV19)
    assert batch.rows == () and batch.notes == ("forex-python: no rates for 2026-11-19",)


def test_backend_error_becomes_source_unavailable(server: FixtureServer) -> None:
    server.route("/api/2026-11-20", status(500, "Internal Server Error"))
    with pytest.raises(SourceUnavailableError, match=r"forex-python: .*Source Not Ready"):
        forex(server).fetch(NOV20, NOV20)


def test_hanging_backend_is_abandoned_after_the_timeout(server: FixtureServer) -> None:
    server.route("/api/2026-11-20", hang(1.0, file("forex/2026-11-20.json")))
    with pytest.raises(SourceUnavailableError, match=r"no answer within 0\.2 s; gave up after 2"):
        forex(server, http=fast_http(timeout=0.2, retries=1)).fetch(NOV20, NOV20)


def test_connection_errors_are_translated(server: FixtureServer) -> None:
    url = server.url
    server.close()
    source = ForexPythonSource(f"{url}/api", http=fast_http(retries=1))
    with pytest.raises(NetworkUnreachableError, match=r"127\.0\.0\.1 refused the connection"):
        source.fetch(NOV20, NOV20)


def test_truncated_answer(server: FixtureServer) -> None:
    server.route("/api/2026-11-20", truncated(file("forex/2026-11-20.json")))
    with pytest.raises(SourceUnavailableError, match="forex-python: "):
        forex(server).fetch(NOV20, NOV20)


def test_garbage(server: FixtureServer) -> None:
    server.route("/api/2026-11-20", garbage())
    with pytest.raises(SourceUnavailableError, match="not valid JSON"):
        forex(server).fetch(NOV20, NOV20)


def test_an_answer_for_another_base_is_refused(server: FixtureServer) -> None:
    server.route("/api/2026-11-20", file("forex/wrong-base.json"))
    with pytest.raises(SourceUnavailableError, match="base 'USD'"):
        forex(server).fetch(NOV20, NOV20)


def test_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "forex_python.converter", None)
    with pytest.raises(SourceUnavailableError, match=r"pip install \"fxnorm\[online\]\""):
        ForexPythonSource("http://127.0.0.1:9/api").fetch(NOV20, NOV20)
