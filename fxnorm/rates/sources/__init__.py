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
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from ...errors import InvalidInputError
from .base import Batch, Progress, RateSource, fetch_first

__all__ = [
    "NAMES",
    "Batch",
    "RateSource",
    "UpdateResult",
    "fetch_first",
    "get_source",
    "update",
]

# name -> (module, class, environment variable of its base address)
_REGISTRY: dict[str, tuple[str, str, str]] = {
    "ecb": ("ecb", "ECBSource", "FXNORM_ECB_URL"),
    "frankfurter": ("frankfurter", "FrankfurterSource", "FXNORM_FRANKFURTER_URL"),
    "frankfurter-v2": ("frankfurter", "FrankfurterV2Source", "FXNORM_FRANKFURTER_V2_URL"),
    "currency-api": ("currency_api", "CurrencyApiSource", "FXNORM_CURRENCY_API_URL"),
    "bcra": ("bcra", "BCRASource", "FXNORM_BCRA_URL"),
    "forex-python": ("forex", "ForexPythonSource", "FXNORM_FOREX_URL"),
}

#: Every source name ``fxnorm rates update --source`` accepts.
NAMES: tuple[str, ...] = tuple(_REGISTRY)


def env_var(name: str) -> str:
    """The environment variable that overrides ``name``'s base address."""
    return _entry(name)[2]


def get_source(name: str, **options: Any) -> RateSource:
    """A source by name; ``options`` go to its constructor (``base_url=``, ``http=`` …)."""
    module, cls, _ = _entry(name)
    factory = getattr(import_module(f"{__name__}.{module}"), cls)
    source: RateSource = factory(**options)
    return source


def _entry(name: str) -> tuple[str, str, str]:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise InvalidInputError(
            f"unknown online source {name!r}; choose one of {', '.join(NAMES)}"
        ) from None


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
