"""Who each source is: the metadata of every rate source, kept as data in one place.

``fxnorm/data/sources.json`` describes every source fxnorm reads or fetches
(name, publisher, base, licence, priority, kind, notes): the series of the
embedded dataset (``tools/build_rates.py`` writes them into its ``sources``
table), the online sources (:mod:`fxnorm.rates.sources`, which write them
into the cache) and the rates fixed by law (:mod:`fxnorm.rates.fixed`). A
source read in two ways (the ECB's history file in the dataset, its feeds
online) has one entry; what differs between the two (where it came from, how
it was read) is under ``embedded`` or ``online``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import SourceInfo

__all__ = ["CATALOG_PATH", "describe", "source_ids"]

#: The catalogue of sources, next to the embedded dataset.
CATALOG_PATH = Path(__file__).resolve().parent.parent / "data" / "sources.json"

#: How a copy of a source's rates was obtained.
CHANNELS = ("embedded", "online")


@lru_cache(maxsize=1)
def _catalog() -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))[
        "sources"
    ]
    return entries


def source_ids() -> tuple[str, ...]:
    """Every source the catalogue describes (``frankfurter-v2`` stands for its providers)."""
    return tuple(_catalog())


def describe(
    source_id: str,
    *,
    channel: str = "online",
    url: str | None = None,
    retrieved: str = "",
    base: str | None = None,
    provider: str | None = None,
) -> SourceInfo:
    """The :class:`~fxnorm.rates.model.SourceInfo` of ``source_id`` as read through
    ``channel`` (``embedded`` or ``online``).

    ``url`` is where the rates came from (default: the catalogue's, the raw
    file of the embedded copy), ``retrieved`` when (the catalogue's date wins
    for the sources whose raw files have their own); ``base`` a source
    that can be asked on another base (forex-python); ``provider`` the
    Frankfurter v2 provider (``BCRA``) whose rates ``frankfurter-v2`` relays.
    """
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; choose one of {', '.join(CHANNELS)}")
    entry = _catalog().get(source_id)
    if entry is None:
        raise KeyError(f"no source {source_id!r} in {CATALOG_PATH.name}")
    fields = {key: value for key, value in entry.items() if key not in CHANNELS}
    fields.update(entry.get(channel, {}))
    fields.setdefault("id", source_id)
    fields.setdefault("url", "")
    fields.setdefault("retrieved", retrieved)
    if url is not None:
        fields["url"] = url
    if base is not None:
        fields["base"] = base
    if provider is not None:
        names = {"provider": provider, "provider_id": provider.lower()}
        fields = {k: v.format(**names) if isinstance(v, str) else v for k, v in fields.items()}
    return SourceInfo(
        id=fields["id"],
        name=fields["name"],
        publisher=fields["publisher"],
        base=fields["base"],
        url=fields["url"],
        licence=fields["licence"],
        retrieved=fields["retrieved"],
        priority=int(fields["priority"]),
        kind=fields["kind"],
        notes=fields.get("notes", ""),
    )
