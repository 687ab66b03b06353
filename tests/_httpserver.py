"""A real HTTP server on 127.0.0.1 for the online-source tests, never the internet.

``FixtureServer`` serves a dict of routes, ``path`` or ``path?query`` ->
:class:`Reply` (or a list of replies served in turn, the last one repeating,
or a function of the request). Replies can misbehave on purpose:

- ``hang(seconds)``: answer only after a bounded sleep (beyond a client's timeout);
- ``status(500)`` / ``too_many(retry_after)``: an error status (429 with Retry-After);
- ``garbage()``: bytes that are no format at all, with status 200;
- ``truncated(body, keep)``: a Content-Length for the whole body, only ``keep``
  bytes sent, then the connection closed;
- fixture files: ``fixture("ecb/eurofxref-hist-90d.xml")``.

Every request is recorded (path, query, headers) so tests can check what the
client asked for and which User-Agent it sent.
"""

from __future__ import annotations

import io
import threading
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "providers"

#: Longest any reply waits: a hanging server still ends by itself.
MAX_HANG = 5.0


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    keep: int | None = None  # send only this many body bytes, then close


@dataclass
class Request:
    path: str
    query: str
    headers: dict[str, str]


Handler = Callable[[Request], Reply]
Route = Reply | Sequence[Reply] | Handler


def fixture(name: str) -> bytes:
    """The bytes of ``tests/fixtures/providers/<name>``."""
    return (FIXTURES / name).read_bytes()


def zipped(name: str, member: str) -> bytes:
    """A zip holding the fixture ``name`` as ``member`` (as the ECB ships its CSV)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(member, date_time=(2026, 11, 24, 16, 0, 0))
        archive.writestr(info, fixture(name), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def ok(body: bytes | str, content_type: str = "application/json") -> Reply:
    data = body.encode() if isinstance(body, str) else body
    return Reply(200, data, {"Content-Type": content_type})


def file(name: str, content_type: str | None = None) -> Reply:
    if content_type is None:
        suffix = name.rsplit(".", 1)[-1]
        content_type = {
            "xml": "text/xml",
            "json": "application/json; charset=utf-8",
            "csv": "text/csv",
            "html": "text/html; charset=utf-8",
            "txt": "text/plain; charset=utf-8",
        }.get(suffix, "application/octet-stream")
    return Reply(200, fixture(name), {"Content-Type": content_type})


def status(code: int, body: bytes | str = b"", content_type: str = "text/plain") -> Reply:
    data = body.encode() if isinstance(body, str) else body
    return Reply(code, data, {"Content-Type": content_type})


def error_file(code: int, name: str) -> Reply:
    reply = file(name)
    reply.status = code
    return reply


def too_many(retry_after: str = "1") -> Reply:
    return Reply(429, b"Too Many Requests", {"Retry-After": retry_after})


def hang(seconds: float, then: Reply | None = None) -> Reply:
    reply = then or ok(b"{}")
    return Reply(reply.status, reply.body, dict(reply.headers), min(seconds, MAX_HANG), reply.keep)


def garbage() -> Reply:
    return Reply(200, bytes(range(256)) * 4 + b"\x00<<not a feed>>", {"Content-Type": "text/xml"})


def truncated(reply: Reply, keep: int | None = None) -> Reply:
    size = len(reply.body)
    return Reply(reply.status, reply.body, dict(reply.headers), reply.delay, keep or size // 2)


class FixtureServer:
    """A threaded HTTP server on 127.0.0.1:<free port>, stopped by ``close()`` or ``with``."""

    def __init__(self, routes: Mapping[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self._closed = False
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                request = Request(
                    parts.path, parts.query, {k.lower(): v for k, v in self.headers.items()}
                )
                reply = server._reply(request)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    if reply.keep is not None:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    body = reply.body if reply.keep is None else reply.body[: reply.keep]
                    self.wfile.write(body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if reply.keep is not None:
                    self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def route(self, path: str, reply: Route) -> None:
        self.routes[path] = reply

    def paths(self) -> list[str]:
        return [r.path + (f"?{r.query}" if r.query else "") for r in self.requests]

    def _reply(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            key = f"{request.path}?{request.query}" if request.query else request.path
            chosen = key if key in self.routes else request.path
            route = self.routes.get(chosen)
            if route is None:
                return Reply(404, b"Not Found", {"Content-Type": "text/plain"})
            if isinstance(route, Reply):
                return route
            if callable(route):
                return route(request)
            count = self._served.get(chosen, 0)
            self._served[chosen] = count + 1
            return route[min(count, len(route) - 1)]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FixtureServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fast_http(**options: Any) -> Any:
    """An HttpClient for tests: short timeout, two retries, no waiting between them."""
    from fxnorm.rates.sources.base import HttpClient

    settings: dict[str, Any] = {"timeout": 0.5, "retries": 2, "backoff": 0.0, "max_delay": 0.05}
    settings.update(options)
    return HttpClient(**settings)
