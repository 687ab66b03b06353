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
    "ClaimCheck": "fxnorm.claims",
    "Conversion": "fxnorm.conversion",
    "Mention": "fxnorm.parsing",
    "Pair": "fxnorm.parsing",
    "TextReport": "fxnorm.claims",
    "check": "fxnorm.claims",
    "check_text": "fxnorm.claims",
    "extract": "fxnorm.parsing",
    "extract_pairs": "fxnorm.parsing",
    "parse": "fxnorm.parsing",
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
    "ClaimCheck",
    "Conversion",
    "Coverage",
    "Mention",
    "Money",
    "Pair",
    "Quote",
    "RateBook",
    "SourceInfo",
    "TextReport",
    "__version__",
    "check",
    "check_text",
    "convert",
    "currencies",
    "errors",
    "extract",
    "extract_pairs",
    "parse",
]

if TYPE_CHECKING:
    from . import currencies, errors
    from .claims import ClaimCheck, TextReport, check, check_text
    from .conversion import Conversion, convert
    from .money import Money
    from .parsing import Mention, Pair, extract, extract_pairs, parse
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
