"""The BCRA's Estadísticas Cambiarias API (series REF, Comunicación A 3500)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from _httpserver import (
    FixtureServer,
    error_file,
    fast_http,
    file,
    fixture,
    garbage,
    status,
    truncated,
)

from fxnorm.errors import SourceUnavailableError
from fxnorm.rates.sources import get_source
from fxnorm.rates.sources.bcra import BCRASource, today_in_buenos_aires

NOV16, NOV20, NOV24 = dt.date(2026, 11, 16), dt.date(2026, 11, 20), dt.date(2026, 11, 24)
PATH = "/estadisticascambiarias/v1.0/Cotizaciones/REF"


def query(start: str, end: str, limit: int = 500, offset: int = 0) -> str:
    return f"{PATH}?fechadesde={start}&fechahasta={end}&limit={limit}&offset={offset}"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FXNORM_BCRA_URL", raising=False)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as running:
        yield running


def bcra(server: FixtureServer, **options: object) -> BCRASource:
    settings: dict[str, object] = {"http": fast_http(), "today": lambda: dt.date(2026, 11, 25)}
    settings.update(options)
    return BCRASource(f"{server.url}/estadisticascambiarias/v1.0", **settings)  # type: ignore[arg-type]


def published(name: str) -> dict[str, str]:
    """Day -> tipoCotizacion as written in the fixture (with the API's padding)."""
    data = json.loads(fixture(name), parse_float=str)
    return {
        item["fecha"]: detail["tipoCotizacion"]
        for item in data["results"]
        for detail in item["detalle"]
    }


def test_reference_rate_per_day_without_padding(server: FixtureServer) -> None:
    name = "bcra/REF-2026-11-16..2026-11-24.json"
    server.route(query("2026-11-16", "2026-11-24"), file(name))
    batch = bcra(server).fetch(NOV16, NOV24)
    raw = published(name)
    assert raw["2026-11-20"] == "1452.33330000"
    expected = {day: value.rstrip("0").rstrip(".") for day, value in raw.items()}
    assert {day: value for _, _, day, value in batch.rows} == expected
    assert dict((r[2], r[3]) for r in batch.rows)["2026-11-17"] == "1450"
    assert {(r[0], r[1]) for r in batch.rows} == {("bcra", "ARS")}
    assert [r[2] for r in batch.rows] == sorted(expected)  # oldest first
    assert batch.notes == ("bcra: no quotation on 2026-11-23",)  # the empty day
    (info,) = batch.sources
    assert (info.id, info.base, info.priority, info.kind) == ("bcra", "USD", 1, "official")
    assert server.requests[0].headers["accept"] == "application/json"


def test_pages_are_followed(server: FixtureServer) -> None:
    for page in range(3):
        server.route(
            query("2026-11-16", "2026-11-24", 3, page * 3), file(f"bcra/REF-page{page + 1}.json")
        )
    seen: list[tuple[int, int]] = []
    batch = bcra(server, page_size=3).fetch(NOV16, NOV24, progress=lambda *p: seen.append(p))
    assert seen[:3] == [(0, 1), (1, 3), (2, 3)]
    assert len(batch.rows) == 6 and len(server.requests) == 3


def test_a_range_past_today_is_cut_at_today(server: FixtureServer) -> None:
    name = "bcra/REF-2026-11-16..2026-11-24.json"
    server.route(query("2026-11-16", "2026-11-24"), file(name))
    batch = bcra(server, today=lambda: NOV24).fetch(NOV16, dt.date(2026, 12, 31))
    assert len(batch.rows) == 6
    assert (
        bcra(server, today=lambda: NOV24).fetch(dt.date(2026, 12, 1), dt.date(2026, 12, 2)).rows
        == ()
    )


def test_other_currencies_are_not_asked_for(server: FixtureServer) -> None:
    batch = bcra(server).fetch(NOV16, NOV20, ["EUR"])
    assert batch.rows == () and server.requests == []


def test_empty_answer(server: FixtureServer) -> None:
    server.route(query("2026-11-21", "2026-11-22"), file("bcra/REF-empty.json"))
    assert bcra(server).fetch(dt.date(2026, 11, 21), dt.date(2026, 11, 22)).rows == ()


def test_not_found_is_empty(server: FixtureServer) -> None:
    server.route(query("2026-11-21", "2026-11-22"), error_file(404, "bcra/404.json"))
    assert bcra(server).fetch(dt.date(2026, 11, 21), dt.date(2026, 11, 22)).rows == ()


def test_error_messages_are_reported(server: FixtureServer) -> None:
    server.route(query("2026-11-16", "2026-11-20"), error_file(400, "bcra/400.json"))
    with pytest.raises(
        SourceUnavailableError, match="HTTP 400: La fecha desde no puede ser mayor a la fecha hasta"
    ):
        bcra(server).fetch(NOV16, NOV20)


def test_server_error_then_garbage(server: FixtureServer) -> None:
    server.route(query("2026-11-16", "2026-11-20"), [status(502), garbage()])
    with pytest.raises(SourceUnavailableError, match="not valid JSON"):
        bcra(server).fetch(NOV16, NOV20)


def test_truncated(server: FixtureServer) -> None:
    server.route(
        query("2026-11-16", "2026-11-24"), truncated(file("bcra/REF-2026-11-16..2026-11-24.json"))
    )
    with pytest.raises(SourceUnavailableError, match="truncated answer"):
        bcra(server).fetch(NOV16, NOV24)


def test_wrong_dates(server: FixtureServer) -> None:
    server.route(query("2026-11-16", "2026-11-20"), file("bcra/REF-wrong-dates.json"))
    with pytest.raises(SourceUnavailableError, match="answered with 2026-10-01, outside"):
        bcra(server).fetch(NOV16, NOV20)


def test_status_field_must_say_ok(server: FixtureServer) -> None:
    body = fixture("bcra/REF-empty.json").replace(b'"status":200', b'"status":500')
    server.route(query("2026-11-16", "2026-11-20"), status(200, body, "application/json"))
    with pytest.raises(SourceUnavailableError, match="HTTP 200: no details"):
        bcra(server).fetch(NOV16, NOV20)


def test_environment_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FXNORM_BCRA_URL", "http://127.0.0.1:9/api/v1.0/")
    assert get_source("bcra").base_url == "http://127.0.0.1:9/api/v1.0"


def test_today_in_buenos_aires_is_near_utc() -> None:
    utc = dt.datetime.now(dt.timezone.utc).date()
    assert abs((today_in_buenos_aires() - utc).days) <= 1
