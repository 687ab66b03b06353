"""st.from_type(Money) with nothing but Hypothesis imported: fxnorm's entry point did it."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st
from invoice import split, total

from fxnorm import Money

# This module never imports fxnorm.strategies; pytest imports it before
# test_invoice.py, which does.
STRATEGIES_IMPORTED_FIRST = "fxnorm.strategies" in sys.modules


def test_this_module_does_not_need_fxnorm_strategies():
    assert not STRATEGIES_IMPORTED_FIRST


@given(st.from_type(Money))
def test_any_money_splits_in_two(amount):
    assert isinstance(amount, Money)
    halves = split(amount, 2)
    assert total(halves, amount.currency) == amount
