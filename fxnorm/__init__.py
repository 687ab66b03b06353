"""fxnorm: read money in text, convert it as of a date, check conversion claims.

The public API is re-exported here lazily, so ``import fxnorm`` stays cheap:
a name's module is imported the first time the name is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it
_EXPORTS = {
    "Conversion": "fxnorm.conversion",
    "Coverage": "fxnorm.rates.model",
    "Money": "fxnorm.money",
    "Quote": "fxnorm.rates.model",
    "RateBook": "fxnorm.rates.book",
    "SourceInfo": "fxnorm.rates.model",
    "convert": "fxnorm.conversion",
    "currencies": "fxnorm.currencies",
    "errors": "fxnorm.errors",
}

__all__ = [
    "Conversion",
    "Coverage",
    "Money",
    "Quote",
    "RateBook",
    "SourceInfo",
    "__version__",
    "convert",
    "currencies",
    "errors",
]

if TYPE_CHECKING:
    from . import currencies, errors
    from .conversion import Conversion, convert
    from .money import Money
    from .rates.book import RateBook
    from .rates.model import Coverage, Quote, SourceInfo


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'fxnorm' has no attribute {name!r}")
    module = import_module(module_name)
    value = module if module_name == f"fxnorm.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
