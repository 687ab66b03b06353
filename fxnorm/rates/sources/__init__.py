"""Online rate sources, by name, and fetching them into the cache.

Each source lives in its own module, imported only when it is used:

========================  ===============================================  ==============
name                      what                                             cache id
========================  ===============================================  ==============
``ecb``                   ECB reference rates (XML feeds, history zip)     ``ecb``
``frankfurter``           Frankfurter v1 (ECB data, JSON time series)      ``frankfurter``
``frankfurter-v2``        Frankfurter v2, named central-bank providers     ``frankfurter-v2:<key>``
``currency-api``          exchange-api daily USD snapshots (fawazahmed0)   ``currency-api``
``bcra``                  BCRA estadísticas cambiarias (A 3500, ARS/USD)   ``bcra``
``forex-python``          forex-python's CurrencyRates (optional extra)    ``forex-python``
========================  ===============================================  ==============

Importing this package loads no network code; that happens on the first fetch.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from ...errors import (
    InvalidInputError,
    NetworkUnreachableError,
    RateError,
    SourceUnavailableError,
)
from .base import Batch, Progress, RateSource, fetch_first

__all__ = [
    "ECB_CURRENCIES",
    "NAMES",
    "Batch",
    "RateSource",
    "UpdateResult",
    "chains_for",
    "fetch_first",
    "fetch_for",
    "get_source",
    "offline",
    "update",
    "with_fetch_hint",
]

# name -> (module, class)
_REGISTRY: dict[str, tuple[str, str]] = {
    "ecb": ("ecb", "ECBSource"),
    "frankfurter": ("frankfurter", "FrankfurterSource"),
    "frankfurter-v2": ("frankfurter", "FrankfurterV2Source"),
    "currency-api": ("currency_api", "CurrencyApiSource"),
    "bcra": ("bcra", "BCRASource"),
    "forex-python": ("forex", "ForexPythonSource"),
}

#: Every source name ``fxnorm rates update --source`` accepts.
NAMES: tuple[str, ...] = tuple(_REGISTRY)


def env_var(name: str) -> str:
    """The environment variable that overrides ``name``'s base address."""
    return _source_class(name).env


def get_source(name: str, **options: Any) -> RateSource:
    """A source by name; ``options`` go to its constructor (``base_url=``, ``http=`` …)."""
    source: RateSource = _source_class(name)(**options)
    return source


def _source_class(name: str) -> type[RateSource]:
    try:
        module, cls = _REGISTRY[name]
    except KeyError:
        raise InvalidInputError(
            f"unknown online source {name!r}; choose one of {', '.join(NAMES)}"
        ) from None
    found: type[RateSource] = getattr(import_module(f"{__name__}.{module}"), cls)
    return found


@dataclass(frozen=True)
class UpdateResult:
    """What :func:`update` fetched, from which source, and what the cache made of it."""

    source: str
    batch: Batch
    summary: Any  # fxnorm.rates.cache.WriteSummary
    fallbacks: tuple[str, ...]


def update(
    names: Sequence[str] | Sequence[RateSource],
    start: _dt.date,
    end: _dt.date,
    currencies: Collection[str] | None = None,
    *,
    cache: Any = None,
    progress: Progress | None = None,
    report: Callable[[str], None] | None = None,
) -> UpdateResult:
    """Fetch ``start``..``end`` from the first of ``names`` that answers; write it to the cache.

    The batch is validated and written in one transaction
    (:meth:`fxnorm.rates.cache.RateCache.write`); a failed or invalid fetch
    writes nothing. Falling back from one source to the next is reported.
    """
    from ..cache import RateCache

    if offline():
        raise SourceUnavailableError(
            "FXNORM_OFFLINE=1 forbids fetching rates; unset it to update the cache"
        )
    if start > end:
        raise InvalidInputError(f"--from {start} is after --to {end}")
    sources = [get_source(n) if isinstance(n, str) else n for n in names]
    if not sources:
        raise InvalidInputError("no source to fetch from")
    answered, batch, failures = fetch_first(
        sources, start, end, currencies, progress=progress, report=report
    )
    target = cache if cache is not None else RateCache()
    summary = target.write(batch)
    return UpdateResult(answered.name, batch, summary, tuple(failures))


#: What the ECB publishes today (besides EUR): these go to the ECB first.
ECB_CURRENCIES = frozenset({
    "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "GBP", "HKD", "HUF", "IDR", "ILS", "INR",
    "ISK", "JPY", "KRW", "MXN", "MYR", "NOK", "NZD", "PHP", "PLN", "RON", "SEK", "SGD", "THB",
    "TRY", "USD", "ZAR",
})  # fmt: skip
#: The first day any online source reaches back to (the ECB's first publication).
FIRST_DAY = _dt.date(1999, 1, 4)
#: The first day each online source can answer for: the ECB's first publication,
#: the BCRA's first A3500 rate (Frankfurter's BCRA provider serves the same
#: series), the exchange-api project's first daily snapshot.
FIRST_ONLINE = {
    "ecb": FIRST_DAY,
    "frankfurter": FIRST_DAY,
    "forex-python": FIRST_DAY,
    "bcra": _dt.date(2002, 3, 5),
    "frankfurter-v2": _dt.date(2002, 3, 5),
    "currency-api": _dt.date(2024, 3, 2),
}


def offline() -> bool:
    """Whether ``FXNORM_OFFLINE`` forbids every network access."""
    return os.environ.get("FXNORM_OFFLINE", "").strip().lower() not in ("", "0", "false", "no")


def chains_for(codes: Iterable[str]) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Which sources to ask, in order, for which currencies.

    ARS goes to the BCRA, then Frankfurter's BCRA provider, then the USD
    snapshots; what the ECB publishes goes to the ECB, then Frankfurter (and
    forex-python when installed), then the snapshots; anything else to the
    snapshots. The ECB group always includes USD, the pivot to USD-based sources.
    """
    import importlib.util

    ecb_chain: tuple[str, ...] = ("ecb", "frankfurter")
    if importlib.util.find_spec("forex_python") is not None:
        ecb_chain += ("forex-python",)
    ecb_chain += ("currency-api",)
    groups: dict[tuple[str, ...], set[str]] = {}
    asked = {c.upper() for c in codes}
    for code in sorted(asked - {"EUR", "USD"}):
        if code == "ARS":
            chain: tuple[str, ...] = ("bcra", "frankfurter-v2", "currency-api")
        elif code in ECB_CURRENCIES:
            chain = ecb_chain
        else:
            chain = ("currency-api",)
        groups.setdefault(chain, set()).add(code)
    euro_side = "EUR" in asked or ecb_chain in groups
    dollar_side = "USD" in asked or any(chain[0] == "bcra" for chain in groups)
    if euro_side and dollar_side:  # the ECB's USD joins EUR-based and USD-based rates
        groups.setdefault(ecb_chain, set()).add("USD")
    return [(chain, frozenset(found)) for chain, found in groups.items()]


def window(day: _dt.date, policy: str, max_age: int) -> tuple[_dt.date, _dt.date]:
    """The days to fetch so ``policy`` can answer ``day`` within ``max_age``."""
    reach = _dt.timedelta(days=min(max_age, 14))
    if policy == "exact":
        return day, day
    after = day + reach if policy in ("nearest", "interpolate") else day
    return day - reach, min(after, _dt.date.today())


def with_fetch_hint(
    error: RateError, pair: tuple[str, str], day: _dt.date, policy: str, max_age: int
) -> RateError:
    """``error`` with how to fetch the missing rate added to its message (when that can help).

    Fetching helps for a date after what the sources hold, or a currency none
    of them quotes; not for a day the publishers skipped (a weekend between two
    publications), nor for a date before the first that every currency's
    sources can answer for (:data:`FIRST_ONLINE`: 1999 for the ECB's, March
    2024 for the USD snapshots, so not for ``DEM`` in 2000).
    """
    if not FIRST_DAY <= day <= _dt.date.today() or "fxnorm rates update" in str(error):
        return error
    if not _worth_fetching(error, day):
        return error
    start, end = window(day, policy, max_age)
    names = []
    for chain, _ in chains_for(pair):
        reaching = [name for name in chain if FIRST_ONLINE.get(name, FIRST_DAY) <= day]
        if not reaching:
            return error  # no source of this currency reaches back to the day
        names.append(reaching[0])
    commands = " or ".join(
        f"`fxnorm rates update --source {name} --from {start} --to {end}`"
        for name in dict.fromkeys(names)
    )
    hint = (
        f"to fetch it: {commands}, "
        "or let fxnorm fetch on a miss (--online; RateBook(online=True) in Python)"
    )
    if offline():
        hint += " once FXNORM_OFFLINE is unset"
    error.args = (f"{error.args[0]}; {hint}", *error.args[1:])
    return error


def _worth_fetching(error: RateError, day: _dt.date) -> bool:
    from ...errors import StaleRateError

    if isinstance(error, StaleRateError):
        return error.nearest_after is None
    available: dict[str, str] = getattr(error, "available", {})
    spans = [value.split("..") for value in available.values() if ".." in value]
    if spans:
        return any(len(span) == 2 and span[1] < day.isoformat() for span in spans)
    return True


def fetch_for(
    base: str,
    quote: str,
    day: _dt.date,
    *,
    policy: str = "previous",
    max_age: int = 7,
    report: Callable[[str], None] | None = None,
) -> list[str]:
    """Fetch what a ``base``/``quote`` query on ``day`` needs into the cache; say what came.

    Each group of currencies goes to its chain of sources (:func:`chains_for`),
    falling back in turn; everything the answering source published on those
    days is kept. Raises SourceUnavailableError when every chain failed.
    """
    if offline():
        raise SourceUnavailableError("FXNORM_OFFLINE=1 forbids fetching rates")
    start, end = window(day, policy, max_age)
    if start > end:
        return [f"nothing is published for {day} yet"]
    notes: list[str] = []
    failures: list[str] = []
    unreachable: list[str] = []  # hosts
    unreachable_chains: list[Sequence[str]] = []
    for chain, codes in chains_for((base, quote)):
        # A feed's whole day comes in one download, so keep all of it; only
        # Frankfurter v2 must be asked for named currencies to get published digits.
        wanted = sorted(codes) if "frankfurter-v2" in chain else None
        try:
            result = update(list(chain), start, end, wanted, report=report)
        except NetworkUnreachableError as error:
            failures.append(str(error))
            unreachable.extend(error.hosts)
            unreachable_chains.append(chain)
            continue
        except SourceUnavailableError as error:
            failures.append(str(error))
            continue
        notes.append(f"{result.source}: {result.batch.describe()} ({result.summary.describe()})")
    if unreachable and not notes and len(unreachable_chains) == len(failures):
        hosts = tuple(dict.fromkeys(unreachable))
        raise NetworkUnreachableError(
            f"the network is unreachable (could not reach {', '.join(hosts)}): "
            f"no {base}/{quote} rate for {day} offline",
            hosts,
        )
    if failures and not notes:
        raise SourceUnavailableError(
            f"no {base}/{quote} rate for {day} offline, and fetching it failed: "
            + " | ".join(failures)
        )
    return notes
