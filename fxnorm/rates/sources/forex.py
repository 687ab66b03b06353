"""forex-python's ``CurrencyRates``, wrapped so it behaves like fxnorm's own sources.

forex-python (``pip install "fxnorm[online]"``) asks its backend,
``https://theratesapi.com/api/<date>?base=EUR&rtype=fpy`` in version 1.9, with
``requests`` and no timeout, and answers ``{"base": "EUR", "date": ..., "rates":
{"USD": 1.1161, ...}}`` as a dict of rates. The wrapper:

- uses ``CurrencyRates(force_decimal=True)``, so rates are Decimals parsed from
  the JSON literals (no float on the way);
- points it at ``FXNORM_FOREX_URL`` (or ``base_url=``) by overriding its
  ``_source_url``, and records the ``date`` the backend answered for (a
  weekend answers with Friday's rates, stored under Friday);
- bounds every call: it runs in a worker thread and is abandoned after
  ``timeout`` seconds, since forex-python passes no timeout to ``requests``;
- turns ``requests``' exceptions, forex-python's ``RatesNotAvailableError``
  and malformed JSON into :class:`~fxnorm.errors.SourceUnavailableError`.

Rows go under the id ``forex-python`` (priority 5, base EUR by default).
forex-python sends ``requests``' own User-Agent; fxnorm cannot change it.
"""

from __future__ import annotations

import datetime as _dt
import json
import threading
import urllib.parse
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ...errors import InvalidInputError, NetworkUnreachableError, SourceUnavailableError
from ..model import SourceInfo
from .base import Fetch, HttpClient, RateSource, iso_day, number_text, retrieved_now

__all__ = ["DEFAULT_URL", "ForexPythonSource"]

DEFAULT_URL = "https://theratesapi.com/api/"
MAX_DAYS = 400


class ForexPythonSource(RateSource):
    """Rates through forex-python, bounded in time and with fxnorm's errors."""

    name = source_id = "forex-python"
    env = "FXNORM_FOREX_URL"
    default_url = DEFAULT_URL

    def __init__(
        self,
        base_url: str | None = None,
        *,
        base: str = "EUR",
        http: HttpClient | None = None,
        max_days: int = MAX_DAYS,
    ) -> None:
        self.base = base.upper()
        #: Only its timeout, retries, backoff and sleep are used: forex-python does the HTTP.
        super().__init__(base_url, http=http)
        self.base_url += "/"
        self.info = self.describe(self.base_url)
        self.max_days = max_days

    def describe(self, url: str) -> SourceInfo:
        from ..catalog import describe

        return describe(self.source_id, url=url, retrieved=retrieved_now(), base=self.base)

    def ask(self, fetch: Fetch) -> Iterator[tuple[int, int]]:
        start, end = fetch.start, fetch.end
        count = (end - start).days + 1
        if count > self.max_days:
            raise InvalidInputError(
                f"forex-python asks one day at a time: {count} days is more than "
                f"{self.max_days}; ask for a shorter range"
            )
        factory = _client_class(self.base_url)
        rows: dict[tuple[str, str], str] = {}
        empty: list[str] = []
        for index in range(max(count, 0)):
            day = start + _dt.timedelta(days=index)
            yield index, count
            published, rates = self._day(factory, day)
            if not rates:
                empty.append(day.isoformat())
            for code, value in rates.items():
                rows.setdefault((code, published), value)
        fetch.rows.extend(("forex-python", code, day, v) for (code, day), v in rows.items())
        fetch.sources.append(self.describe(self.base_url))
        if empty:
            fetch.notes.append(f"forex-python: no rates for {', '.join(empty)}")

    def _day(self, factory: Any, day: _dt.date) -> tuple[str, dict[str, str]]:
        problem = ""
        for attempt in range(self.http.retries + 1):
            if attempt:
                self.http.sleep(min(self.http.backoff * 2 ** (attempt - 1), self.http.max_delay))
            try:
                return self._call(factory(), day)
            except _Transient as error:
                problem = str(error)
        raise SourceUnavailableError(
            f"forex-python: {self.base_url}{day}: {problem}; "
            f"gave up after {self.http.retries + 1} attempts"
        )

    def _call(self, client: Any, day: _dt.date) -> tuple[str, dict[str, str]]:
        """One ``get_rates`` in a worker thread, abandoned after the timeout."""
        outcome: dict[str, Any] = {}
        when = _dt.datetime(day.year, day.month, day.day)

        def work() -> None:
            try:
                outcome["rates"] = client.get_rates(self.base, when)
                outcome["answer"] = client.last_answer
            except BaseException as error:  # handed to the caller's thread
                outcome["error"] = error

        worker = threading.Thread(target=work, name=f"fxnorm-forex-{day}", daemon=True)
        worker.start()
        worker.join(self.http.timeout)
        if worker.is_alive():
            raise _Transient(f"no answer within {self.http.timeout:g} s")
        if "error" in outcome:
            raise _translate(outcome["error"], f"{self.base_url}{day}")
        return self._checked(outcome["rates"], outcome.get("answer"), day)

    def _checked(self, rates: Any, answer: Any, day: _dt.date) -> tuple[str, dict[str, str]]:
        from ...currencies import all_codes

        where = f"forex-python: {self.base_url}{day}"
        if not isinstance(rates, dict):
            raise SourceUnavailableError(f"{where}: rates are not an object")
        published = day.isoformat()
        if isinstance(answer, dict):
            if answer.get("base", self.base) != self.base:
                raise SourceUnavailableError(f"{where}: answered for base {answer.get('base')!r}")
            if answer.get("date") is not None:
                published = iso_day(answer["date"], where)
        if not day - _dt.timedelta(days=14) <= _dt.date.fromisoformat(published) <= day:
            raise SourceUnavailableError(f"{where}: answered with {published}, not {day}")
        known = all_codes()
        values: dict[str, str] = {}
        for code, value in rates.items():
            if code == self.base or code not in known:
                continue
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                text = str(value)
            else:
                raise SourceUnavailableError(f"{where}: {code}: {value!r} is not a decimal")
            values[code] = number_text(text, f"{where} {code}")
        return published, values


class _Transient(Exception):
    """A failure worth another attempt."""


def _translate(error: BaseException, where: str) -> Exception:
    """forex-python's and requests' exceptions as fxnorm errors (or retryable ones)."""
    module = type(error).__module__
    name = type(error).__name__
    if module.startswith(("requests", "urllib3")):
        transient = name in {
            "ConnectionError",
            "ConnectTimeout",
            "ReadTimeout",
            "Timeout",
            "ChunkedEncodingError",
            "ProtocolError",
        }
        message = f"{name}: {error}"
        unreachable = _unreachable_cause(error)
        if unreachable is not None:
            host = urllib.parse.urlsplit(where).hostname or where
            return NetworkUnreachableError(
                f"forex-python: {where}: {unreachable.format(host=host)}", (host,)
            )
        if transient:
            return _Transient(message)
        return SourceUnavailableError(f"forex-python: {where}: {message}")
    if name == "RatesNotAvailableError":
        return SourceUnavailableError(f"forex-python: {where}: {error}")
    if isinstance(error, ValueError):  # simplejson / json decoding
        return SourceUnavailableError(
            f"forex-python: {where}: the answer is not valid JSON ({error}); it may be truncated"
        )
    if isinstance(error, Exception):
        return SourceUnavailableError(f"forex-python: {where}: {name}: {error}")
    raise error


def _unreachable_cause(error: BaseException) -> str | None:
    """What ``requests`` wrapped, when no connection could be made at all (no name
    resolution, connection refused): then retrying cannot help. A ``{host}``
    placeholder stays in the message."""
    import socket

    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, socket.gaierror) or type(current).__name__ == "NameResolutionError":
            return "the network is unreachable: cannot resolve {host}"
        if isinstance(current, ConnectionRefusedError) or "Connection refused" in str(current):
            return "{host} refused the connection"
        pending.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
        pending.extend(current.args)
    return None


def _client_class(url: str) -> Any:
    """A forex-python CurrencyRates(force_decimal=True) subclass aimed at ``url``."""
    try:
        from forex_python.converter import CurrencyRates
    except ImportError:
        raise SourceUnavailableError(
            'forex-python is not installed; pip install "fxnorm[online]"'
        ) from None

    class _Rates(CurrencyRates):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(force_decimal=True)
            self.last_answer: Any = None

        def _source_url(self) -> str:
            return url

        def _decode_rates(
            self, response: Any, use_decimal: bool = False, date_str: Any = None
        ) -> Any:
            rates = super()._decode_rates(response, use_decimal=use_decimal, date_str=date_str)
            try:
                self.last_answer = json.loads(response.text)
            except ValueError:
                self.last_answer = None
            return rates

    return _Rates
