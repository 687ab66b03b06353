"""Online mode: a miss fetches into the cache and answers again; FXNORM_OFFLINE forbids it.

Every source's address points at the local fixture server, so nothing here can
reach the internet even when a fallback goes further down the chain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from _httpserver import FixtureServer, file, fixture, hang, ok, status, zipped

from fxnorm.cli import main
from fxnorm.data import DATASET_PATH
from fxnorm.errors import NetworkUnreachableError, RateError, SourceUnavailableError
from fxnorm.rates import RateBook
from fxnorm.rates.book import default_book
from fxnorm.rates.cache import RateCache
from fxnorm.rates.memory import MemoryStore, make_source
from fxnorm.rates.sources import chains_for, window
from fxnorm.rates.store import SQLiteStore

NOV20 = dt.date(2026, 11, 20)

#: The fixtures are the publishers' answers for 2026-11-13..2026-11-20; the
#: embedded data the tests see ends before them, whatever day the shipped
#: dataset was built on, so that a query on those days is always a miss.
FIXTURES_START = "2026-11-01"


@pytest.fixture(scope="module")
def dataset_before_fixtures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the embedded dataset without its rows from FIXTURES_START on."""
    copy = tmp_path_factory.mktemp("dataset") / "rates.sqlite"
    shutil.copyfile(DATASET_PATH, copy)
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        connection.execute("DELETE FROM rates WHERE day >= ?", (FIXTURES_START,))
        connection.commit()
    return copy


def embedded_has(source: str, currency: str, day: str) -> bool:
    import fxnorm.data

    series = SQLiteStore(fxnorm.data.DATASET_PATH).series(source, currency)
    return series is not None and day in {series.date(i).isoformat() for i in range(len(series))}


@pytest.fixture
def server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dataset_before_fixtures: Path
) -> Iterator[FixtureServer]:
    with FixtureServer() as running:
        url = running.url
        monkeypatch.setattr("fxnorm.data.DATASET_PATH", dataset_before_fixtures)
        monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("FXNORM_ECB_URL", f"{url}/ecb")
        monkeypatch.setenv("FXNORM_FRANKFURTER_URL", f"{url}/frankfurter")
        monkeypatch.setenv("FXNORM_FRANKFURTER_V2_URL", f"{url}/frankfurter/v2")
        monkeypatch.setenv("FXNORM_CURRENCY_API_URL", url + "/cdn/{date}.json")
        monkeypatch.setenv("FXNORM_CURRENCY_API_FALLBACK_URL", url + "/pages/{date}.json")
        monkeypatch.setenv("FXNORM_BCRA_URL", f"{url}/bcra")
        monkeypatch.setenv("FXNORM_FOREX_URL", f"{url}/forex/")
        monkeypatch.setenv("FXNORM_HTTP_RETRIES", "0")
        monkeypatch.setenv("FXNORM_HTTP_TIMEOUT", "2")
        for name in ("FXNORM_OFFLINE", "FXNORM_ONLINE"):
            monkeypatch.delenv(name, raising=False)
        running.route("/ecb/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
        running.route(
            "/ecb/eurofxref-hist.zip",
            ok(zipped("ecb/eurofxref-hist.csv", "eurofxref-hist.csv"), "application/zip"),
        )
        default_book.cache_clear()
        yield running
        default_book.cache_clear()


def test_a_miss_is_fetched_into_the_cache_and_answered(server: FixtureServer) -> None:
    book = default_book(online=True)
    quote = book.quote("EUR", "USD", on=NOV20)
    assert quote.value == Decimal("1.1161") and quote.source == "ecb"
    assert quote.origin == "cache"
    assert server.paths()[0].split("/")[-1].startswith("eurofxref-hist")
    assert RateCache().status()["ecb"].rows > 0
    assert [store.name for store in book.stores] == ["embedded", "fixed", "cache"]
    cross = book.quote("CNY", "USD", on=NOV20)  # now answered without asking again
    assert cross.method == "cross" and len(server.requests) <= 1


def test_the_online_flag_per_query(server: FixtureServer) -> None:
    book = default_book()
    assert book.online is False
    with pytest.raises(RateError):
        book.quote("EUR", "USD", on=NOV20)
    assert server.requests == []
    assert book.quote("EUR", "USD", on=NOV20, online=True).value == Decimal("1.1161")


def test_fallback_to_the_next_source_is_reported(
    server: FixtureServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("/ecb/eurofxref-hist-90d.xml", status(500))
    server.route("/ecb/eurofxref-hist.zip", status(500))
    server.route(
        "/frankfurter/2026-11-13..2026-11-20", file("frankfurter/v1-2026-11-16..2026-11-20.json")
    )
    store = MemoryStore([make_source("ecb", "EUR")], {"ecb": {"USD": {"2020-01-02": "1.1"}}})
    book = RateBook([store], online=True)
    with caplog.at_level(logging.WARNING, logger="fxnorm.sources"):
        quote = book.quote("EUR", "USD", on=NOV20)
    assert (quote.source, quote.value, quote.origin) == ("frankfurter", Decimal("1.1161"), "cache")
    assert any(
        "ecb failed: " in message and "falling back to frankfurter" in message
        for message in caplog.messages
    )


def test_official_ars_online_from_the_bcra(server: FixtureServer) -> None:
    answer = json.loads(fixture("bcra/REF-2026-11-16..2026-11-24.json"))
    answer["results"] = [r for r in answer["results"] if r["fecha"] <= "2026-11-20"]
    answer["metadata"]["resultset"]["count"] = len(answer["results"])
    server.route(
        "/bcra/Cotizaciones/REF?fechadesde=2026-11-13&fechahasta=2026-11-20&limit=500&offset=0",
        ok(json.dumps(answer)),
    )
    store = MemoryStore([make_source("ecb", "EUR")], {"ecb": {"USD": {"2020-01-02": "1.1"}}})
    book = RateBook([store], online=True)
    quote = book.quote("USD", "ARS", on=NOV20)
    assert (quote.source, str(quote.value), quote.origin) == ("bcra", "1452.3333", "cache")
    assert not any(p.startswith("/ecb/") for p in server.paths())  # USD/ARS needs no ECB


def test_every_source_failing_is_source_unavailable(server: FixtureServer) -> None:
    server.route("/ecb/eurofxref-hist-90d.xml", status(503))
    server.route("/ecb/eurofxref-hist.zip", status(503))
    store = MemoryStore([make_source("ecb", "EUR")], {"ecb": {"USD": {"2020-01-02": "1.1"}}})
    # The snapshots answer 404 for every day: no data, which is not a failure ...
    with pytest.raises(
        RateError,
        match=r"after its coverage .*\(fetched online: currency-api: "
        r"no rates",
    ):
        RateBook([store], online=True).quote("EUR", "USD", on=NOV20)
    # ... but when they fail too, the whole fetch has failed.
    for day in range(13, 21):
        server.route(f"/cdn/2026-11-{day}.json", status(500))
        server.route(f"/pages/2026-11-{day}.json", status(500))
    with pytest.raises(
        SourceUnavailableError,
        match="no EUR/USD rate for 2026-11-20 offline, "
        "and fetching it failed: every source "
        "failed: ecb: ",
    ):
        RateBook([store], online=True).quote("EUR", "USD", on=NOV20)


def test_offline_environment_forbids_fetching(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FXNORM_OFFLINE", "1")
    store = MemoryStore([make_source("ecb", "EUR")], {"ecb": {"USD": {"2020-01-02": "1.1"}}})
    with pytest.raises(RateError, match="online fetching was asked for, but FXNORM_OFFLINE=1"):
        RateBook([store], online=True).quote("EUR", "USD", on=NOV20)
    assert server.requests == []


def test_no_fetch_hint_for_a_day_no_source_reaches(server: FixtureServer) -> None:
    """The USD snapshots start in March 2024 (the exchange-api project's first
    daily file): a currency only they quote gets no fetch advice for 2020, nor
    for 2000 (DEM, legal tender then), and one for a day after their coverage."""
    store = MemoryStore(
        [make_source("ecb", "EUR"), make_source("currency-api", "USD")],
        {"ecb": {"USD": {"2020-01-02": "1.1"}}, "currency-api": {"KES": {"2024-03-04": "160"}}},
    )
    for code, day in (("KES", "2020-01-03"), ("DEM", "2000-01-03")):
        with pytest.raises(RateError) as early:
            RateBook([store]).quote(code, "USD", on=day)
        assert "fxnorm rates update" not in str(early.value)
    with pytest.raises(RateError) as late:
        RateBook([store]).quote("KES", "USD", on=NOV20)
    assert "`fxnorm rates update --source currency-api --from 2026-11-13" in str(late.value)
    assert server.requests == []


def test_an_offline_miss_says_how_to_fetch(server: FixtureServer) -> None:
    store = MemoryStore([make_source("ecb", "EUR")], {"ecb": {"USD": {"2020-01-02": "1.1"}}})
    with pytest.raises(RateError) as caught:
        RateBook([store]).quote("EUR", "USD", on=NOV20)
    message = str(caught.value)
    assert "after its coverage" in message
    assert message.endswith(
        "to fetch it: `fxnorm rates update --source ecb --from 2026-11-13 --to 2026-11-20`, "
        "or let fxnorm fetch on a miss (--online; RateBook(online=True) in Python)"
    )
    with pytest.raises(RateError, match="--source bcra --from 2026-11-20 --to 2026-11-20`"):
        RateBook([store]).quote("USD", "ARS", on=NOV20, policy="exact")
    with pytest.raises(RateError) as old:
        RateBook([store]).quote("EUR", "USD", on="1995-01-02")
    assert "fxnorm rates update" not in str(old.value)  # nothing online reaches 1995
    weekly = MemoryStore(
        [make_source("ecb", "EUR")],
        {"ecb": {"USD": {"2026-11-13": "1.1", "2026-11-20": "1.2"}}},
    )
    with pytest.raises(RateError) as skipped:
        RateBook([weekly]).quote("EUR", "USD", on="2026-11-16", policy="exact")
    assert "fxnorm rates update" not in str(skipped.value)  # a day between publications


def test_cli_convert_online(server: FixtureServer, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["convert", "100", "EUR", "--to", "USD", "--date", "2026-11-20", "--online", "--json"]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    payload = json.loads(captured.out)
    assert payload["rate"]["value"] == "1.1161" and payload["result"]["amount"] == "111.6100"


def test_cli_convert_online_but_offline(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not embedded_has("ecb", "USD", "2026-11-20")
    monkeypatch.setenv("FXNORM_OFFLINE", "1")
    code = main(["convert", "100", "EUR", "--to", "USD", "--date", "2026-11-20", "--online"])
    err = capsys.readouterr().err
    assert code == 3 and "FXNORM_OFFLINE=1 forbids it" in err and err.count("\n") == 1
    code = main(["rates", "update", "--source", "ecb"])
    err = capsys.readouterr().err
    assert code == 4 and "FXNORM_OFFLINE=1 forbids fetching rates" in err
    assert server.requests == []


def test_online_by_configuration(server: FixtureServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FXNORM_ONLINE", "1")
    default_book.cache_clear()
    assert default_book().online is True


def test_chains_and_windows() -> None:
    chains = dict(chains_for(["CNY", "ARS"]))
    by_first = {chain[0]: (chain, codes) for chain, codes in chains.items()}
    assert by_first["ecb"][1] == {"CNY", "USD"} and by_first["ecb"][0][1] == "frankfurter"
    assert by_first["bcra"] == (("bcra", "frankfurter-v2", "currency-api"), frozenset({"ARS"}))
    assert dict(chains_for(["EUR", "KES"])) == {("currency-api",): frozenset({"KES"})}
    assert [codes for _, codes in chains_for(["EUR", "USD"])] == [frozenset({"USD"})]
    assert window(NOV20, "previous", 7) == (dt.date(2026, 11, 13), NOV20)
    assert window(NOV20, "exact", 7) == (NOV20, NOV20)
    assert window(NOV20, "previous", 30) == (dt.date(2026, 11, 6), NOV20)


def test_an_unreachable_network_fails_at_once_in_one_line(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no network, a name that does not resolve is not retried: four sources
    fail in well under a second and the command says so in one line (exit 4)."""
    import socket
    import time

    def no_network(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    for name in ("ECB", "FRANKFURTER", "FRANKFURTER_V2", "BCRA"):
        monkeypatch.setenv(f"FXNORM_{name}_URL", f"http://rates.invalid/{name.lower()}")
    monkeypatch.setenv("FXNORM_CURRENCY_API_URL", "http://cdn.invalid/{date}.json")
    monkeypatch.setenv("FXNORM_CURRENCY_API_FALLBACK_URL", "http://pages.invalid/{date}.json")
    monkeypatch.setenv("FXNORM_FOREX_URL", "http://forex.invalid/")
    monkeypatch.setenv("FXNORM_HTTP_RETRIES", "4")
    monkeypatch.setenv("FXNORM_HTTP_BACKOFF", "5")  # a retry would cost seconds
    started = time.monotonic()
    code = main(["convert", "100", "EUR", "--to", "USD", "--date", "2026-11-20", "--online"])
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 4, err
    assert err.count("\n") == 1 and err.startswith("fxnorm: error: the network is unreachable")
    assert "rates.invalid" in err and "no EUR/USD rate for 2026-11-20" in err
    assert elapsed < 4, elapsed  # one retry alone would wait 5 s
    assert server.requests == []


def test_a_refused_connection_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    from fxnorm.rates.sources.base import HttpClient

    waits: list[float] = []
    with FixtureServer() as running:
        closed = running.url  # nothing listens there once the server is closed
    client = HttpClient(retries=4, backoff=5, sleep=waits.append)
    with pytest.raises(NetworkUnreachableError, match="refused the connection") as failure:
        client.get(f"{closed}/anything", label="test")
    assert waits == [] and len(client.log) == 1
    assert failure.value.hosts == ("127.0.0.1",)


def test_a_timeout_is_still_retried(server: FixtureServer) -> None:
    from fxnorm.rates.sources.base import HttpClient

    server.route("/slow", hang(1.0))
    waits: list[float] = []
    client = HttpClient(timeout=0.2, retries=2, backoff=0.01, sleep=waits.append)
    with pytest.raises(SourceUnavailableError, match="gave up after 3 attempts") as failure:
        client.get(f"{server.url}/slow", label="test")
    assert not isinstance(failure.value, NetworkUnreachableError)
    assert len(waits) == 2
