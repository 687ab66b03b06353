"""The one hierarchy of errors fxnorm raises.

Every error fxnorm raises on purpose derives from :class:`FxnormError`, so a
caller can catch them all at once, and each also derives from the built-in
exception a Python programmer would expect (``ValueError`` for bad input,
``LookupError`` for a missing rate, ``OSError`` for an unreachable source).
The command line maps each class to one line on stderr and an exit code
(:data:`EXIT_CODES`), never a traceback.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

__all__ = [
    "EXIT_CODES",
    "AmbiguousCurrencyError",
    "DataError",
    "FxnormError",
    "InvalidAmountError",
    "InvalidDateError",
    "InvalidInputError",
    "NetworkUnreachableError",
    "ParseError",
    "RateError",
    "RateNotFoundError",
    "SourceUnavailableError",
    "StaleRateError",
    "UnknownCurrencyError",
    "exit_code_for",
]


class FxnormError(Exception):
    """Base class of every error fxnorm raises on purpose."""


class InvalidInputError(FxnormError, ValueError):
    """An argument could not be understood (amount, date, option, text)."""


class InvalidAmountError(InvalidInputError):
    """An amount is not a finite decimal number within fxnorm's limits."""


class InvalidDateError(InvalidInputError):
    """A date could not be parsed, or does not exist (``2025-02-30``)."""


class ParseError(InvalidInputError):
    """No monetary expression could be read from a text."""


class UnknownCurrencyError(FxnormError, ValueError):
    """A currency code or name is not known to CLDR.

    ``suggestions`` holds close matches (codes), best first.
    """

    def __init__(self, given: str, suggestions: Sequence[str] = ()) -> None:
        self.given = given
        self.suggestions = tuple(suggestions)
        message = f"unknown currency {given!r}"
        if self.suggestions:
            message += f"; did you mean {', '.join(self.suggestions)}?"
        super().__init__(message)


class AmbiguousCurrencyError(FxnormError, ValueError):
    """A symbol or name stands for several currencies and nothing decided.

    ``alternatives`` lists the candidate ISO codes.
    """

    def __init__(self, given: str, alternatives: Sequence[str]) -> None:
        self.given = given
        self.alternatives = tuple(alternatives)
        if self.alternatives:
            message = (
                f"{given!r} is ambiguous: it may be {', '.join(self.alternatives)}; "
                "pass a currency code, locale= or default_currency="
            )
        else:
            message = f"{given!r} names no currency; pass a currency code or default_currency="
        super().__init__(message)


class RateError(FxnormError, LookupError):
    """No usable exchange rate for a currency pair on a date."""


class RateNotFoundError(RateError):
    """No source covers the pair on the date asked for.

    ``available`` describes what is covered, e.g. ``{"ecb": "1999-01-04..2026-10-30"}``.
    """

    def __init__(self, message: str, available: dict[str, str] | None = None) -> None:
        self.available = dict(available or {})
        super().__init__(message)


class StaleRateError(RateError):
    """The nearest publication is further from the date than the staleness limit.

    ``nearest_before`` and ``nearest_after`` name the closest dates that do
    have a rate (``None`` where there is none).
    """

    def __init__(
        self,
        message: str,
        nearest_before: _dt.date | None = None,
        nearest_after: _dt.date | None = None,
    ) -> None:
        self.nearest_before = nearest_before
        self.nearest_after = nearest_after
        super().__init__(message)


class SourceUnavailableError(FxnormError, OSError):
    """An online source could not be reached or answered with unusable data."""


class NetworkUnreachableError(SourceUnavailableError):
    """No connection could be made at all: the host name does not resolve, the
    network is down, or the host refuses the connection. Retrying would only
    wait, so this fails at once (retries are for timeouts, 429 and 5xx).
    ``hosts`` names the hosts that could not be reached."""

    def __init__(self, message: str, hosts: tuple[str, ...] = ()) -> None:
        self.hosts = hosts
        super().__init__(message)


class DataError(FxnormError):
    """The embedded dataset or the cache is missing, corrupt or inconsistent."""


#: Exit code of the ``fxnorm`` command for each error class (most specific first).
EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (InvalidInputError, 2),
    (UnknownCurrencyError, 2),
    (AmbiguousCurrencyError, 2),
    (RateError, 3),
    (SourceUnavailableError, 4),
    (DataError, 5),
    (FxnormError, 1),
)


def exit_code_for(error: BaseException) -> int:
    """The documented exit code for ``error`` (1 for anything unexpected)."""
    for cls, code in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return 1
