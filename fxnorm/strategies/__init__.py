"""Hypothesis strategies for fxnorm's values: currencies, Money, texts, rates, claims.

Install the ``testing`` extra (``pip install fxnorm[testing]``) and::

    from hypothesis import given
    from fxnorm.strategies import money, monetary_texts

This module imports Hypothesis; ``import fxnorm`` never does. Once fxnorm is
installed, ``st.from_type(Money)`` works without importing this module:
fxnorm registers :func:`money` through Hypothesis' ``hypothesis`` entry point
(see docs/property-testing.md).
"""

try:
    import hypothesis  # noqa: F401
except ImportError:  # pragma: no cover - the testing extra is not installed
    raise ImportError("fxnorm.strategies needs Hypothesis: pip install 'fxnorm[testing]'") from None

from ._claims import ClaimCase, claims
from ._core import COMMON, currencies, money
from ._rates import SyntheticRateBook, dates, rate_books
from ._texts import (
    DEFAULT_LOCALES,
    EXCLUDED,
    REFERENCE_DATE,
    STYLES,
    SUPPORTED_LOCALES,
    MonetaryCase,
    monetary_cases,
    monetary_texts,
)

__all__ = [
    "COMMON",
    "DEFAULT_LOCALES",
    "EXCLUDED",
    "REFERENCE_DATE",
    "STYLES",
    "SUPPORTED_LOCALES",
    "ClaimCase",
    "MonetaryCase",
    "SyntheticRateBook",
    "claims",
    "currencies",
    "dates",
    "monetary_cases",
    "monetary_texts",
    "money",
    "rate_books",
]
