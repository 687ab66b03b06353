"""The ECB source against a local HTTP server serving the ECB's own file formats.

Also covers what every source shares: the HTTP client (timeouts, retries,
Retry-After, size limit, User-Agent) and falling back from one source to the next.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from _httpserver import (
    FixtureServer,
    Reply,
    error_file,
    fast_http,
    file,
    fixture,
    garbage,
    hang,
    ok,
    status,
    too_many,
    truncated,
    zipped,
)

from fxnorm import __version__
from fxnorm.errors import InvalidInputError, NetworkUnreachableError, SourceUnavailableError
from fxnorm.rates.sources import fetch_first, get_source
from fxnorm.rates.sources.ecb import ECBSource

NOV16, NOV20, NOV24 = dt.date(2026, 11, 16), dt.date(2026, 11, 20), dt.date(2026, 11, 24)
TODAY = dt.date(2026, 11, 25)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FXNORM_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("FXNORM_ECB_URL", "FXNORM_HTTP_TIMEOUT", "FXNORM_HTTP_RETRIES"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as running:
        yield running


def xml_rates(name: str) -> dict[tuple[str, str], str]:
    """(day, code) -> rate, read from the fixture with a regex, independently of fxnorm."""
    text = fixture(name).decode()
    found = {}
    for day, body in re.findall(r"<Cube time='([^']+)'>(.*?)</Cube>", text, re.S):
        for code, rate in re.findall(r"currency='(\w+)' rate='([^']+)'", body):
            found[(day, code)] = rate
    return found


def ecb(server: FixtureServer, **options: object) -> ECBSource:
    settings: dict[str, object] = {"http": fast_http(), "today": lambda: TODAY}
    settings.update(options)
    return ECBSource(server.url, **settings)  # type: ignore[arg-type]


def test_ninety_day_feed_values_are_the_strings_in_the_file(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    batch = ecb(server).fetch(NOV16, NOV20)
    expected = {
        (day, code): rate
        for (day, code), rate in xml_rates("ecb/eurofxref-hist-90d.xml").items()
        if "2026-11-16" <= day <= "2026-11-20"
    }
    assert {(day, code): value for _, code, day, value in batch.rows} == expected
    assert len(batch.rows) == 5 * 29
    assert {row[0] for row in batch.rows} == {"ecb"}
    assert batch.days == ("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20")
    (info,) = batch.sources
    assert (info.id, info.base, info.priority, info.kind) == ("ecb", "EUR", 0, "official")
    assert info.url == f"{server.url}/eurofxref-hist-90d.xml"
    assert server.paths() == ["/eurofxref-hist-90d.xml"]
    assert server.requests[0].headers["user-agent"] == f"fxnorm/{__version__}"


def test_values_keep_their_printed_digits(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    rows = {(r[1], r[2]): r[3] for r in ecb(server).fetch(NOV16, NOV24, ["ISK", "USD"]).rows}
    assert rows[("ISK", "2026-11-24")] == "137"  # no ".0" added
    assert rows[("USD", "2026-11-24")] == "1.1206"
    assert {code for code, _ in rows} == {"ISK", "USD"}


def test_daily_feed(server: FixtureServer) -> None:
    server.route("/eurofxref-daily.xml", file("ecb/eurofxref-daily.xml"))
    batch = ecb(server, feed="daily").fetch(NOV24, NOV24, ["CNY"])
    assert batch.rows == (
        ("ecb", "CNY", "2026-11-24", xml_rates("ecb/eurofxref-daily.xml")[("2026-11-24", "CNY")]),
    )


def test_history_zip_for_old_dates_keeps_legacy_columns_and_skips_na(server: FixtureServer) -> None:
    server.route(
        "/eurofxref-hist.zip",
        ok(zipped("ecb/eurofxref-hist.csv", "eurofxref-hist.csv"), "application/zip"),
    )
    source = ecb(server)
    assert source.feed_for(dt.date(1999, 1, 4), dt.date(2025, 9, 30)) == "hist"
    batch = source.fetch(dt.date(1999, 1, 4), dt.date(2025, 9, 30))
    rows = {(r[1], r[2]): r[3] for r in batch.rows}
    # Independent reading of the same fixture with the csv module.
    table = list(csv.reader(io.StringIO(fixture("ecb/eurofxref-hist.csv").decode())))
    header = table[0]
    for record in table[1:]:
        if not "1999-01-04" <= record[0] <= "2025-09-30":
            continue
        for code, cell in zip(header[1:], record[1:], strict=True):
            if code and cell != "N/A":
                assert rows.pop((code, record[0])) == cell
    assert rows == {}
    assert {r[2] for r in batch.rows} == {"1999-01-04", "2025-09-23", "2025-09-24"}
    real = {(r[1], r[2]): r[3] for r in batch.rows}
    assert real[("USD", "2025-09-24")] == "1.1756" and real[("CNY", "2025-09-24")] == "8.3786"
    assert real[("CYP", "1999-01-04")] == "0.58231"  # a legacy currency
    assert ("BGN", "1999-01-04") not in real  # N/A


def test_feed_choice_follows_the_dates() -> None:
    source = ECBSource("http://127.0.0.1:9", today=lambda: TODAY)
    assert source.feed_for(NOV16, NOV20) == "90d"
    assert source.feed_for(dt.date(2026, 1, 2), NOV20) == "hist"
    with pytest.raises(InvalidInputError, match="unknown ECB feed"):
        ECBSource("http://127.0.0.1:9", feed="weekly")


def test_base_address_from_environment(
    monkeypatch: pytest.MonkeyPatch, server: FixtureServer
) -> None:
    server.route("/mirror/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    monkeypatch.setenv("FXNORM_ECB_URL", f"{server.url}/mirror/")
    source = get_source("ecb", http=fast_http(), today=lambda: TODAY)
    assert len(source.fetch(NOV20, NOV20, ["USD"])) == 1
    assert server.paths() == ["/mirror/eurofxref-hist-90d.xml"]
    monkeypatch.setenv("FXNORM_ECB_URL", "file:///etc/passwd")
    with pytest.raises(InvalidInputError, match="not an http"):
        get_source("ecb")


def test_empty_feed_is_no_rates_with_a_note(server: FixtureServer) -> None:
    server.route("/eurofxref-daily.xml", file("ecb/eurofxref-empty.xml"))
    batch = ecb(server, feed="daily").fetch(NOV24, NOV24)
    assert batch.rows == () and "lists no rates" in batch.notes[0]
    assert batch.describe() == "no rates"


def test_a_day_outside_the_file_is_simply_absent(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    assert ecb(server).fetch(dt.date(2026, 11, 21), dt.date(2026, 11, 22)).rows == ()


def test_error_page_is_source_unavailable(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", error_file(404, "ecb/404.html"))
    with pytest.raises(
        SourceUnavailableError,
        match=r"ecb: http://127\.0\.0\.1:\d+/eurofxref-hist-"
        r"90d\.xml: HTTP 404: .*Page not found",
    ):
        ecb(server).fetch(NOV16, NOV20)
    assert len(server.requests) == 1  # a 404 is not retried


def test_server_errors_are_retried_then_reported(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", status(500, "Internal Server Error"))
    with pytest.raises(SourceUnavailableError, match="HTTP 500; gave up after 3 attempts"):
        ecb(server).fetch(NOV16, NOV20)
    assert len(server.requests) == 3


def test_a_retry_can_succeed(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", [status(503), file("ecb/eurofxref-hist-90d.xml")])
    assert len(ecb(server).fetch(NOV20, NOV20, ["USD"])) == 1
    assert len(server.requests) == 2


def test_retry_after_is_honoured_within_bounds(server: FixtureServer) -> None:
    server.route(
        "/eurofxref-hist-90d.xml",
        [too_many("2"), too_many("3600"), file("ecb/eurofxref-hist-90d.xml")],
    )
    waits: list[float] = []
    http = fast_http(backoff=0.01, max_delay=5.0, sleep=waits.append)
    assert len(ecb(server, http=http).fetch(NOV20, NOV20, ["USD"])) == 1
    assert waits == [2.0, 5.0]  # Retry-After: 2, then an hour capped at max_delay


def test_backoff_doubles(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", status(502))
    waits: list[float] = []
    http = fast_http(retries=3, backoff=0.5, max_delay=1.5, sleep=waits.append)
    with pytest.raises(SourceUnavailableError, match="gave up after 4 attempts"):
        ecb(server, http=http).fetch(NOV20, NOV20)
    assert waits == [0.5, 1.0, 1.5]


def test_garbage_is_source_unavailable(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", garbage())
    with pytest.raises(SourceUnavailableError, match="not well-formed XML"):
        ecb(server).fetch(NOV16, NOV20)


def test_html_with_status_200_is_not_a_feed(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", file("ecb/404.html"))
    with pytest.raises(SourceUnavailableError, match=r"ecb: .*(not an ECB|DTD)"):
        ecb(server).fetch(NOV16, NOV20)


def test_truncated_body_is_detected(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", truncated(file("ecb/eurofxref-hist-90d.xml")))
    with pytest.raises(SourceUnavailableError, match=r"truncated answer \(\d+ of \d+ bytes\)"):
        ecb(server).fetch(NOV16, NOV20)
    assert len(server.requests) == 3  # retried: the next answer might be whole


def test_truncated_xml_without_length_mismatch(server: FixtureServer) -> None:
    body = fixture("ecb/eurofxref-hist-90d.xml")
    server.route("/eurofxref-hist-90d.xml", ok(body[: len(body) // 2], "text/xml"))
    with pytest.raises(SourceUnavailableError, match="may be truncated"):
        ecb(server).fetch(NOV16, NOV20)


def test_truncated_zip(server: FixtureServer) -> None:
    body = zipped("ecb/eurofxref-hist.csv", "eurofxref-hist.csv")
    server.route("/eurofxref-hist.zip", ok(body[:-40], "application/zip"))
    with pytest.raises(SourceUnavailableError, match="not a zip file"):
        ecb(server, feed="hist").fetch(NOV16, NOV20)


def test_a_hanging_server_times_out(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", hang(1.5, file("ecb/eurofxref-hist-90d.xml")))
    http = fast_http(timeout=0.2, retries=1)
    with pytest.raises(SourceUnavailableError, match=r"no answer within 0\.2 s; gave up after 2"):
        ecb(server, http=http).fetch(NOV16, NOV20)


def test_nobody_listening(server: FixtureServer) -> None:
    url = server.url
    server.close()
    http = fast_http(retries=3)
    with pytest.raises(NetworkUnreachableError, match="refused the connection"):
        ECBSource(url, http=http, today=lambda: TODAY).fetch(NOV16, NOV20)
    assert len(http.log) == 1  # refused: not retried


def test_response_size_limit(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    with pytest.raises(SourceUnavailableError, match="over the 1,000 limit"):
        ecb(server, http=fast_http(max_bytes=1000)).fetch(NOV16, NOV20)


def test_entities_are_refused(server: FixtureServer) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
        b'<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01">&a;'
        b"</gesmes:Envelope>"
    )
    server.route("/eurofxref-hist-90d.xml", ok(bomb, "text/xml"))
    with pytest.raises(SourceUnavailableError, match="DTD"):
        ecb(server).fetch(NOV16, NOV20)


def test_bad_values_in_a_feed_are_refused(server: FixtureServer) -> None:
    body = fixture("ecb/eurofxref-daily.xml").replace(b"rate='1.1206'", b"rate='1,1206'")
    server.route("/eurofxref-daily.xml", ok(body, "text/xml"))
    with pytest.raises(SourceUnavailableError, match="not a positive decimal"):
        ecb(server, feed="daily").fetch(NOV24, NOV24)


def test_fallback_to_the_next_source_is_reported(server: FixtureServer) -> None:
    server.route("/down/eurofxref-hist-90d.xml", status(500))
    server.route("/mirror/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    first = ECBSource(f"{server.url}/down", http=fast_http(), today=lambda: TODAY)
    second = ECBSource(f"{server.url}/mirror", http=fast_http(), today=lambda: TODAY)
    second.name = "ecb-mirror"
    reports: list[str] = []
    answered, batch, failures = fetch_first(
        [first, second], NOV20, NOV20, ["USD"], report=reports.append
    )
    assert answered is second and len(batch) == 1
    assert reports == [
        f"ecb failed: {server.url}/down/eurofxref-hist-90d.xml: HTTP 500; "
        "gave up after 3 attempts; falling back to ecb-mirror"
    ]
    assert failures == [reports[0].replace(" failed:", ":").split("; falling")[0]]


def test_every_source_failing_names_them_all(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", status(500))
    first = ecb(server)
    second = ecb(server, http=fast_http(retries=0))
    second.name = "again"
    with pytest.raises(SourceUnavailableError, match=r"every source failed: ecb: .* \| again: "):
        fetch_first([first, second], NOV20, NOV20)


def test_progress_is_reported(server: FixtureServer) -> None:
    server.route("/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    seen: list[tuple[int, int]] = []
    ecb(server).fetch(NOV20, NOV20, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 1), (1, 1)]


def test_tls_is_verified_and_https_is_never_downgraded() -> None:
    import ssl
    import urllib.request

    from fxnorm.rates.sources.base import safe_opener

    opener = safe_opener()
    (https,) = [h for h in opener.handlers if isinstance(h, urllib.request.HTTPSHandler)]
    context = https._context  # type: ignore[attr-defined]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    (redirects,) = [h for h in opener.handlers if type(h).__name__ == "_SafeRedirect"]
    request = urllib.request.Request("https://www.ecb.europa.eu/stats/eurofxref/x.xml")
    with pytest.raises(Exception, match="refusing a redirect from https to http://"):
        redirects.redirect_request(request, None, 302, "Found", {}, "http://mirror.invalid/x")


def test_redirects_between_http_addresses_are_followed(server: FixtureServer) -> None:
    server.route(
        "/old/eurofxref-hist-90d.xml", Reply(301, b"", {"Location": "/eurofxref-hist-90d.xml"})
    )
    server.route("/eurofxref-hist-90d.xml", file("ecb/eurofxref-hist-90d.xml"))
    batch = ECBSource(f"{server.url}/old", http=fast_http(), today=lambda: TODAY).fetch(
        NOV20, NOV20, ["USD"]
    )
    assert len(batch) == 1
    assert server.paths() == ["/old/eurofxref-hist-90d.xml", "/eurofxref-hist-90d.xml"]
