"""What every online source shares: the protocol, the fetched batch, one careful HTTP GET.

Nothing here imports a network module at import time: ``urllib.request``,
``http.client`` and ``ssl`` are imported inside :meth:`HttpClient.get`, so
importing fxnorm, or even this module, never loads them.

The HTTP client is deliberately small and strict:

- a timeout on every connect and read, and an overall deadline per attempt;
- bounded retries with exponential backoff on timeouts, dropped connections,
  truncated bodies, HTTP 408, 429 and 5xx; ``Retry-After`` is honoured up to
  ``max_delay`` seconds;
- no retry when no connection can be made at all (the host name does not
  resolve, no route, connection refused): that fails at once with
  :class:`~fxnorm.errors.NetworkUnreachableError`, so that ``--online`` on a
  machine without a network says so in a moment instead of backing off;
- TLS verified with the default SSL context (``SSL_CERT_FILE`` and
  ``SSL_CERT_DIR`` are honoured by Python's ``ssl`` module); a redirect from
  https to http is refused;
- a ``User-Agent: fxnorm/<version>`` header;
- a response size limit (``max_bytes``), checked against ``Content-Length``
  and while reading.

Every failure becomes :class:`~fxnorm.errors.SourceUnavailableError` whose
message names the source, the address and what went wrong.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from ... import __version__
from ...errors import InvalidInputError, NetworkUnreachableError, SourceUnavailableError
from ..model import SourceInfo

__all__ = [
    "USER_AGENT",
    "Batch",
    "Fetch",
    "HttpClient",
    "HttpResponse",
    "Progress",
    "RateSource",
    "Row",
    "configured_url",
    "iso_day",
    "load_json",
    "number_text",
    "retrieved_now",
    "safe_opener",
]

log = logging.getLogger("fxnorm.sources")

#: One rate as written to the cache: (source id, currency, ISO day, value string).
Row = tuple[str, str, str, str]

#: Progress callback: ``progress(done, total)`` in requests (or days) of one fetch.
Progress = Callable[[int, int], None]

USER_AGENT = f"fxnorm/{__version__}"

#: Defaults, each overridable by constructor argument or environment variable.
DEFAULT_TIMEOUT = 20.0  # FXNORM_HTTP_TIMEOUT, seconds per connect / read
DEFAULT_RETRIES = 3  # FXNORM_HTTP_RETRIES, retries after the first attempt
DEFAULT_BACKOFF = 1.0  # FXNORM_HTTP_BACKOFF, first delay in seconds, doubled each retry
DEFAULT_MAX_DELAY = 30.0  # longest single wait, Retry-After included
DEFAULT_MAX_BYTES = 32 * 1024 * 1024  # no publisher's file comes near this

_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


class RateSource:
    """An online publisher of exchange rates that fxnorm can fetch into its cache.

    ``name`` is what ``fxnorm rates update --source NAME`` accepts; ``info``
    describes the series written (its id is the source id in the cache; the
    description comes from the catalogue, :mod:`fxnorm.rates.catalog`).
    :meth:`fetch` returns every publication from ``start`` to ``end``
    (inclusive) for ``currencies`` (None: all the source offers), or raises
    :class:`~fxnorm.errors.SourceUnavailableError`. It never writes anything:
    the cache validates the batch and writes it in one transaction.

    A source says where it is (``env``, ``default_url``: its base address,
    which the constructor's ``base_url`` or the environment variable
    override) and how to ask (:meth:`ask`); the skeleton of a fetch, the
    progress, the notes and the batch, is :meth:`fetch`, here once.
    """

    #: What ``fxnorm rates update --source`` calls it.
    name: str
    #: Its entry in the catalogue (:mod:`fxnorm.rates.catalog`) and id in the cache.
    source_id: ClassVar[str]
    #: The environment variable of its base address, and the publisher's.
    env: ClassVar[str]
    default_url: ClassVar[str]

    def __init__(self, base_url: str | None = None, *, http: HttpClient | None = None) -> None:
        self.base_url = configured_url(base_url, self.env, self.default_url)
        self.http = http or HttpClient()
        self.info = self.describe(self.base_url)

    def describe(self, url: str) -> SourceInfo:
        """The source as the catalogue describes it, fetched from ``url`` now."""
        from ..catalog import describe

        return describe(self.source_id, url=url, retrieved=retrieved_now())

    def fetch(
        self,
        start: _dt.date,
        end: _dt.date,
        currencies: Collection[str] | None = None,
        *,
        progress: Progress | None = None,
    ) -> Batch:
        """Every publication from ``start`` to ``end`` for ``currencies`` (None: all).

        ``progress(done, total)`` is told before each request and once at the end.
        """
        fetch = Fetch(start, end, currencies)
        total = 0
        for done, total in self.ask(fetch):
            if progress:
                progress(done, total)
        if progress and total:
            progress(total, total)
        return Batch(
            tuple(fetch.sources) or (self.info,),
            keep(fetch.rows, start, end, currencies),
            tuple(fetch.notes),
        )

    def ask(self, fetch: Fetch) -> Iterator[tuple[int, int]]:
        """Make the requests ``fetch`` needs, adding to it what each brought;
        yield ``(done, total)`` before each request."""
        raise NotImplementedError


@dataclass
class Fetch:
    """One fetch: the days and currencies asked for (None: all), and what its
    requests brought so far: rows, notes for people, and the sources they came
    from (default: the source's own :attr:`RateSource.info`)."""

    start: _dt.date
    end: _dt.date
    currencies: Collection[str] | None
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[SourceInfo] = field(default_factory=list)


@dataclass(frozen=True)
class Batch:
    """What one fetch brought back: source descriptions, rate rows, notes for people."""

    sources: tuple[SourceInfo, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def days(self) -> tuple[str, ...]:
        """Distinct publication days, oldest first."""
        return tuple(sorted({row[2] for row in self.rows}))

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted({row[1] for row in self.rows}))

    def describe(self) -> str:
        """``1,234 rates of 30 currencies, 2026-11-02..2026-11-20`` (or ``no rates``)."""
        if not self.rows:
            return "no rates"
        days = self.days
        span = days[0] if len(days) == 1 else f"{days[0]}..{days[-1]}"
        plural = "" if len(self.rows) == 1 else "s"
        count = len(self.currencies)
        return (
            f"{len(self.rows):,} rate{plural} of {count} "
            f"currenc{'y' if count == 1 else 'ies'}, {span}"
        )


def retrieved_now() -> str:
    """The retrieval stamp written to the cache's ``sources`` table (UTC, to the second)."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def configured_url(given: str | None, env: str, default: str) -> str:
    """A base address: the constructor argument, else ``$env``, else the publisher's."""
    url = (given or os.environ.get(env) or default).strip()
    if not url.startswith(("https://", "http://")):
        raise InvalidInputError(f"{env}: {url!r} is not an http(s) address")
    return url.rstrip("/") if "{" not in url else url


def iso_day(text: object, where: str) -> str:
    """``text`` if it is a ``YYYY-MM-DD`` date, else SourceUnavailableError naming ``where``."""
    if isinstance(text, str):
        try:
            day = _dt.date.fromisoformat(text)
        except ValueError:
            day = None
        if day is not None and day.isoformat() == text:
            return text
    raise SourceUnavailableError(f"{where}: {str(text)[:40]!r} is not a YYYY-MM-DD date")


def number_text(value: object, where: str) -> str:
    """The literal of a published number (``"1.1756"``), checked; never through float."""
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return value
    raise SourceUnavailableError(f"{where}: {str(value)[:40]!r} is not a positive decimal number")


def strip_zeros(text: str) -> str:
    """``1519.50000000`` → ``1519.5``; ``1450.00000000`` → ``1450``: same number, no padding."""
    if "." in text and "e" not in text.lower():
        text = text.rstrip("0").rstrip(".")
    return text


def is_positive(text: str) -> bool:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return False
    return number.is_finite() and number > 0


def load_json(response: HttpResponse, label: str) -> Any:
    """The JSON body, numbers kept as their literal strings (``parse_float=str``)."""
    try:
        return json.loads(response.body.decode("utf-8"), parse_float=str, parse_int=str)
    except (UnicodeDecodeError, ValueError) as error:
        raise SourceUnavailableError(
            f"{label}: {response.url}: the answer is not valid JSON "
            f"({_short(str(error))}); it may be truncated or an error page"
        ) from None


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _default_timeout() -> float:
    return _env_float("FXNORM_HTTP_TIMEOUT", DEFAULT_TIMEOUT) or DEFAULT_TIMEOUT


def _default_retries() -> int:
    return int(_env_float("FXNORM_HTTP_RETRIES", DEFAULT_RETRIES))


def _default_backoff() -> float:
    return _env_float("FXNORM_HTTP_BACKOFF", DEFAULT_BACKOFF)


@dataclass(frozen=True)
class HttpResponse:
    status: int
    url: str
    headers: Mapping[str, str]
    body: bytes

    def snippet(self) -> str:
        """The start of the body, for error messages."""
        return _short(self.body[:400].decode("utf-8", "replace"))


@dataclass
class HttpClient:
    """GET with timeouts, bounded retries, TLS verification, a User-Agent and a size limit.

    ``sleep`` is injectable so tests can record the backoff without waiting.
    """

    timeout: float = field(default_factory=_default_timeout)
    retries: int = field(default_factory=_default_retries)
    backoff: float = field(default_factory=_default_backoff)
    max_delay: float = DEFAULT_MAX_DELAY
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    #: Every request made, as (url, status or error), for reports and tests.
    log: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.retries < 0 or self.backoff < 0 or self.max_bytes <= 0:
            raise InvalidInputError(
                "HTTP timeout, retries, backoff and size limit must be positive"
            )

    def get(
        self,
        url: str,
        *,
        label: str,
        accept: str | None = None,
        ok: Collection[int] = (200,),
    ) -> HttpResponse:
        """The response to GET ``url`` whose status is in ``ok``; anything else raises.

        ``label`` names the source in error messages (``ecb``, ``bcra`` …).
        """
        import urllib.parse

        if not url.startswith(("https://", "http://")):
            raise InvalidInputError(f"{label}: refusing to fetch {url!r}: only http(s) addresses")
        problem = "no attempt made"
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self._delay(attempt, problem))
            try:
                response = self._once(url, accept)
            except _Retryable as error:
                problem = str(error)
                self.log.append((url, problem))
                log.info("%s: %s (attempt %d of %d)", label, problem, attempt + 1, self.retries + 1)
                continue
            except _Unreachable as error:
                self.log.append((url, str(error)))
                host = urllib.parse.urlsplit(url).hostname or url
                raise NetworkUnreachableError(f"{label}: {url}: {error}", (host,)) from None
            except _Fatal as error:
                self.log.append((url, str(error)))
                raise SourceUnavailableError(f"{label}: {url}: {error}") from None
            self.log.append((url, str(response.status)))
            if response.status in ok:
                return response
            if response.status in _RETRY_STATUSES:
                problem = f"HTTP {response.status}"
                retry_after = response.headers.get("retry-after")
                if retry_after:
                    problem += f" (Retry-After: {retry_after})"
                continue
            raise SourceUnavailableError(
                f"{label}: {url}: HTTP {response.status}: {response.snippet() or 'no details'}"
            )
        attempts = self.retries + 1
        raise SourceUnavailableError(
            f"{label}: {url}: {problem}; gave up after {attempts} attempt{'s' * (attempts > 1)}"
        )

    def _delay(self, attempt: int, problem: str) -> float:
        delay = float(self.backoff * 2 ** (attempt - 1))
        match = re.search(r"Retry-After: ([^)]+)\)", problem)
        if match:
            delay = max(delay, _retry_after_seconds(match.group(1)))
        return min(delay, self.max_delay)

    def _once(self, url: str, accept: str | None) -> HttpResponse:
        import http.client
        import urllib.error
        import urllib.request

        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, headers=headers, method="GET")
        opener = safe_opener()
        deadline = time.monotonic() + max(self.timeout * 6, 60.0)
        try:
            handle = opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as error:
            with error:
                body = self._read(error, deadline)
            return HttpResponse(error.code, url, _lower(error.headers), body)
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise _Retryable(f"no answer within {self.timeout:g} s") from None
            if isinstance(reason, str) and "redirect" in reason.lower():
                raise _Fatal(reason) from None
            unreachable = _unreachable(reason, url)
            if unreachable:
                raise _Unreachable(unreachable) from None
            raise _Retryable(f"cannot connect ({reason})") from None
        except TimeoutError:
            raise _Retryable(f"no answer within {self.timeout:g} s") from None
        except OSError as error:
            unreachable = _unreachable(error, url)
            if unreachable:
                raise _Unreachable(unreachable) from None
            if not isinstance(error, ConnectionError):
                raise
            raise _Retryable(f"connection failed ({type(error).__name__}: {error})") from None
        except http.client.HTTPException as error:
            raise _Retryable(f"connection failed ({type(error).__name__}: {error})") from None
        with handle:
            status = handle.status
            body = self._read(handle, deadline)
            return HttpResponse(status, handle.geturl() or url, _lower(handle.headers), body)

    def _read(self, handle: Any, deadline: float) -> bytes:
        import http.client

        length = handle.headers.get("Content-Length") if handle.headers else None
        if length and length.isdigit() and int(length) > self.max_bytes:
            raise _Fatal(f"the answer is {int(length):,} bytes, over the {self.max_bytes:,} limit")
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                chunk = handle.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_bytes:
                    raise _Fatal(f"the answer is over the {self.max_bytes:,}-byte limit")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise _Retryable("the answer is arriving too slowly")
        except http.client.IncompleteRead as error:
            got = size + len(error.partial)
            expected = f" of {length}" if length else ""
            raise _Retryable(f"truncated answer ({got}{expected} bytes)") from None
        except TimeoutError:
            raise _Retryable(f"the answer stalled for {self.timeout:g} s") from None
        except (ConnectionError, http.client.HTTPException) as error:
            raise _Retryable(f"connection dropped while reading ({type(error).__name__})") from None
        body = b"".join(chunks)
        if length and length.isdigit() and len(body) < int(length):
            raise _Retryable(f"truncated answer ({len(body)} of {length} bytes)")
        return body


class _Retryable(Exception):
    """A failure worth another attempt (timeout, dropped connection, truncated body)."""


class _Fatal(Exception):
    """A failure another attempt will not fix (too large, unsafe redirect)."""


class _Unreachable(Exception):
    """No connection can be made (no name resolution, no route, refused): not retried."""


def _lower(headers: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (headers.items() if headers else ())}


def _env_float(name: str, default: float) -> float:
    text = os.environ.get(name)
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise InvalidInputError(f"{name}={text!r} is not a number") from None
    if value < 0:
        raise InvalidInputError(f"{name}={text!r} must not be negative")
    return value


#: errno values that say no route exists: retrying cannot help.
_NO_ROUTE = frozenset({"ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EADDRNOTAVAIL"})


def _unreachable(reason: object, url: str) -> str | None:
    """Why no connection to ``url``'s host can be made, if that is the failure:
    the name does not resolve, the network is down, or the host refuses."""
    import errno
    import socket
    import urllib.parse

    host = urllib.parse.urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return f"the network is unreachable: cannot resolve {host} ({reason.strerror or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection"
    if isinstance(reason, OSError) and reason.errno is not None:
        name = errno.errorcode.get(reason.errno, "")
        if name in _NO_ROUTE:
            return f"the network is unreachable: no route to {host} ({reason.strerror or name})"
    return None


def _retry_after_seconds(text: str) -> float:
    """``Retry-After`` as seconds: a number, or an HTTP date."""
    text = text.strip()
    if text.isdigit():
        return float(text)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return 0.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    return max(0.0, (when - _dt.datetime.now(_dt.timezone.utc)).total_seconds())


def safe_opener() -> Any:
    """An opener that verifies TLS with the default context and refuses https→http redirects."""
    import ssl
    import urllib.request

    class _SafeRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(
            self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
        ) -> Any:
            if req.full_url.startswith("https://") and not newurl.startswith("https://"):
                raise _Fatal(f"refusing a redirect from https to {newurl}")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    context = ssl.create_default_context()
    return urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=context), _SafeRedirect()
    )


def fetch_first(
    sources: Sequence[RateSource],
    start: _dt.date,
    end: _dt.date,
    currencies: Collection[str] | None = None,
    *,
    progress: Progress | None = None,
    report: Callable[[str], None] | None = None,
) -> tuple[RateSource, Batch, list[str]]:
    """The first source that answers, its batch, and what failed before it and why.

    A source that raises SourceUnavailableError, or answers with no rates at
    all, hands over to the next; each hand-over is reported to ``report``, or
    else logged as a warning (``fxnorm.sources`` logger). When every source
    fails, the error lists them all.
    """
    failures: list[str] = []
    unreachable: list[str] = []  # hosts that could not be reached at all
    empty: tuple[RateSource, Batch] | None = None
    for index, source in enumerate(sources):
        following = sources[index + 1].name if index + 1 < len(sources) else None
        try:
            batch = source.fetch(start, end, currencies, progress=progress)
        except NetworkUnreachableError as error:
            # Said once at the end (one line), not as a fallback warning per source.
            unreachable.extend(error.hosts or (source.name,))
            failures.append(f"{source.name}: {str(error).removeprefix(f'{source.name}: ')}")
            continue
        except SourceUnavailableError as error:
            detail = str(error).removeprefix(f"{source.name}: ")
            failures.append(f"{source.name}: {detail}")
            message = f"{source.name} failed: {detail}"
        else:
            if batch.rows:
                return source, batch, failures
            empty = empty or (source, batch)
            if following is None:
                return empty[0], empty[1], failures
            failures.append(f"{source.name}: no rates for {start}..{end}")
            message = f"{source.name} has no rates for {start.isoformat()}..{end.isoformat()}"
        if following is None:
            break  # the error below says it
        message += f"; falling back to {following}"
        if report is not None:
            report(message)
        else:
            log.warning("fxnorm: %s", message)
    if empty is not None:
        return empty[0], empty[1], failures
    if failures and len(failures) == len(sources) and len(unreachable) >= len(failures):
        hosts = tuple(dict.fromkeys(unreachable))
        raise NetworkUnreachableError(
            f"the network is unreachable (could not reach {', '.join(hosts)})", hosts
        )
    raise SourceUnavailableError("every source failed: " + " | ".join(failures))


def keep(
    rows: Iterable[Row], start: _dt.date, end: _dt.date, currencies: Collection[str] | None
) -> tuple[Row, ...]:
    """The rows dated ``start``..``end`` whose currency was asked for, sorted."""
    first, last = start.isoformat(), end.isoformat()
    wanted = None if currencies is None else {c.upper() for c in currencies}
    return tuple(
        sorted(
            row for row in rows if first <= row[2] <= last and (wanted is None or row[1] in wanted)
        )
    )
