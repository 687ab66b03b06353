"""Hypothesis' entry point for fxnorm: ``st.from_type(Money)`` without imports.

``pyproject.toml`` declares::

    [project.entry-points.hypothesis]
    _ = "fxnorm._hypothesis:_hypothesis_setup_hook"

so Hypothesis calls :func:`_hypothesis_setup_hook` while *it* is being
imported, in any environment where fxnorm is installed. Nothing happens
unless Hypothesis is in use, and ``import fxnorm`` never imports Hypothesis.

The hook runs in the middle of ``import hypothesis``, so it imports only
:mod:`hypothesis.strategies` and :mod:`fxnorm.money` (standard library only),
and registers a *function* that builds the strategy the first time
``from_type(Money)`` is resolved. Importing :mod:`fxnorm.strategies` here
would import Hypothesis again, half initialised, when a user's first import
is ``fxnorm.strategies`` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from .money import Money

__all__ = ["_hypothesis_setup_hook"]

_built: list[SearchStrategy[Money]] = []


def _money_strategy(_: type) -> SearchStrategy[Money]:
    """:func:`fxnorm.strategies.money`, built on first use and kept."""
    if not _built:
        from .strategies import money

        _built.append(money())
    return _built[0]


def _hypothesis_setup_hook() -> None:
    """Register :func:`fxnorm.strategies.money` as the strategy for :class:`~fxnorm.Money`."""
    import hypothesis.strategies as st

    from .money import Money

    st.register_type_strategy(Money, _money_strategy)
