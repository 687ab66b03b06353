"""Currencies and Money: the strategies everything else builds on."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Iterable, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from functools import lru_cache

from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import currencies as _currencies
from .._decimal import MAX_AMOUNT, MIN_EXPONENT, to_decimal
from ..errors import FxnormError, RateError
from ..money import Money
from ..rates.book import RateBook

__all__ = ["COMMON", "currencies", "money"]

#: The currencies examples shrink towards, most common first. Every strategy
#: that draws a currency orders its choices this way (then the rest of CLDR's
#: codes alphabetically), so a failing example ends in USD, EUR or CNY when it can.
COMMON: tuple[str, ...] = (
    "USD",
    "EUR",
    "CNY",
    "JPY",
    "GBP",
    "INR",
    "CHF",
    "CAD",
    "AUD",
    "BRL",
    "ARS",
    "MXN",
    "KRW",
    "HKD",
    "SGD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "TRY",
    "RUB",
    "ZAR",
    "NZD",
    "TWD",
    "THB",
    "IDR",
    "MYR",
    "PHP",
    "VND",
    "ILS",
    "EGP",
    "NGN",
    "SAR",
    "AED",
    "KWD",
    "BHD",
    "CLP",
    "COP",
    "PEN",
    "UYU",
)

_RANK = {code: index for index, code in enumerate(COMMON)}

#: Decimal places drawn when ``respect_minor_units=False`` (at least the bounds' own).
_MAX_FREE_PLACES = 12

#: Exact scaling of bounds (30 digits at most, any exponent fxnorm accepts).
_EXACT = Context(prec=100, Emin=-999_999, Emax=999_999)


def order(codes: Iterable[str]) -> list[str]:
    """``codes`` without repeats, common currencies first (see :data:`COMMON`), then A-Z."""
    return sorted(set(codes), key=lambda code: (_RANK.get(code, len(_RANK)), code))


def validate_codes(codes: Iterable[str], what: str = "codes") -> list[str]:
    """ISO codes as Money accepts them, or InvalidArgument naming the bad one."""
    if isinstance(codes, str):
        raise InvalidArgument(f"{what} must be a list of codes, not the string {codes!r}")
    found = []
    for code in codes:
        try:
            found.append(_currencies.validate(code))
        except FxnormError as error:
            raise InvalidArgument(f"{what}: {error}") from None
    if not found:
        raise InvalidArgument(f"{what} is empty")
    return found


@lru_cache(maxsize=256)
def _precision(code: str) -> int:
    return _currencies.minor_units(code)


def _rated_on(book: RateBook, day: _dt.date) -> set[str]:
    """Codes ``book`` can quote against another currency on ``day`` (policy ``previous``)."""
    codes = sorted(book.currencies())
    rated: set[str] = set()
    for code in codes:
        for other in codes:
            if other == code:
                continue
            try:
                book.quote(code, other, day)
            except (RateError, FxnormError):
                continue
            rated.update((code, other))
            break
    return rated


def currencies(
    *,
    active_on: _dt.date | None = None,
    with_rates_on: tuple[RateBook, _dt.date] | None = None,
    minor_units: int | Collection[int] | None = None,
    codes: Iterable[str] | None = None,
) -> st.SearchStrategy[str]:
    """ISO 4217 codes that :class:`~fxnorm.Money` accepts, common ones first.

    Without arguments: every code CLDR knows, current and historic. The filters
    combine:

    - ``active_on``: legal tender somewhere on that date (CLDR's territory table);
    - ``with_rates_on=(book, date)``: ``book`` quotes it against another currency
      on that date;
    - ``minor_units``: its number of decimal places (``0``, or a set such as ``{0, 3}``);
    - ``codes``: only these codes.

    Examples shrink towards USD, then EUR, then CNY (see :data:`COMMON`). A
    combination of filters that leaves no code raises ``InvalidArgument``.
    """
    pool = set(validate_codes(codes) if codes is not None else _currencies.all_codes())
    if active_on is not None:
        if not isinstance(active_on, _dt.date):
            raise InvalidArgument(f"active_on must be a date, not {active_on!r}")
        pool &= _currencies.active_codes(active_on)
    if with_rates_on is not None:
        try:
            book, day = with_rates_on
        except (TypeError, ValueError):
            raise InvalidArgument("with_rates_on must be a (RateBook, date) pair") from None
        if not isinstance(book, RateBook) or not isinstance(day, _dt.date):
            raise InvalidArgument("with_rates_on must be a (RateBook, date) pair")
        pool &= _rated_on(book, day)
    if minor_units is not None:
        wanted = {minor_units} if isinstance(minor_units, int) else set(minor_units)
        if not all(isinstance(n, int) and n >= 0 for n in wanted):
            raise InvalidArgument(f"minor_units must be whole numbers >= 0, not {minor_units!r}")
        pool = {code for code in pool if _precision(code) in wanted}
    if not pool:
        raise InvalidArgument("no currency satisfies these filters")
    return st.sampled_from(order(pool))


def _bound(value: object, name: str) -> Decimal | None:
    if value is None:
        return None
    try:
        number = to_decimal(value, name)
    except FxnormError as error:
        raise InvalidArgument(str(error)) from None
    return number


def _quanta(low: Decimal, high: Decimal, places: int) -> tuple[int, int]:
    """The whole numbers of ``10**-places`` units from ``low`` to ``high``, as (first, last)."""
    first = low.scaleb(places, _EXACT).to_integral_value(ROUND_CEILING, _EXACT)
    last = high.scaleb(places, _EXACT).to_integral_value(ROUND_FLOOR, _EXACT)
    return int(first), int(last)


def _places_floor(*bounds: Decimal) -> int:
    """Decimal places needed to write the bounds exactly."""
    needed = [-int(b.normalize(_EXACT).as_tuple().exponent) for b in bounds if b]
    return max([0, *needed])


def money(
    *,
    currencies: Sequence[str] | st.SearchStrategy[str] | None = None,
    min_value: Decimal | int | str | None = None,
    max_value: Decimal | int | str | None = None,
    respect_minor_units: bool = True,
    allow_negative: bool = False,
) -> st.SearchStrategy[Money]:
    """:class:`~fxnorm.Money` values.

    ``currencies`` is a list of codes or a strategy of codes (default: every
    code CLDR knows, see :func:`currencies`). ``min_value`` and ``max_value``
    bound the amount; give them as strings or Decimals (``"0.01"``, ``"1e12"``).
    By default amounts go from 0 to just below 1e30, everything Money
    accepts; negative amounts only with ``allow_negative=True`` (and then the
    default lower bound is ``-max_value``).

    With ``respect_minor_units`` (the default) an amount is a whole number of
    its currency's minor unit, written with exactly that many decimal places
    (``Money("12.50", "USD")``, ``Money("1250", "JPY")``, ``Money("1.250",
    "BHD")``). Without it, amounts have up to 12 decimal places (more when a
    bound needs them).

    Amounts are drawn as whole numbers of units, so examples shrink towards
    zero (or the bound nearest to it) in USD.
    """
    low = _bound(min_value, "min_value")
    high = _bound(max_value, "max_value")
    if not isinstance(respect_minor_units, bool) or not isinstance(allow_negative, bool):
        raise InvalidArgument("respect_minor_units and allow_negative must be True or False")
    if high is None:
        # Just below 1e30: Money's limit, and a whole number in any minor unit.
        high = MAX_AMOUNT.fma(1, -1, _EXACT)
    if low is None:
        low = -high if allow_negative else Decimal(0)
    if low < 0 and not allow_negative:
        raise InvalidArgument(f"min_value={low} is negative; pass allow_negative=True")
    if high < low:
        raise InvalidArgument(f"max_value={high} is below min_value={low}")
    floor = _places_floor(low, high)

    if isinstance(currencies, st.SearchStrategy):
        codes: st.SearchStrategy[str] = currencies
    else:
        pool = order(validate_codes(currencies, "currencies")) if currencies is not None else None
        if pool is None:
            pool = order(_currencies.all_codes())
        if respect_minor_units:
            pool = [c for c in pool if _fits(low, high, _precision(c))]
            if not pool:
                raise InvalidArgument(
                    f"no amount from {low} to {high} is a whole number of minor units "
                    "of these currencies; widen the bounds or pass respect_minor_units=False"
                )
        codes = st.sampled_from(pool)

    @st.composite
    def draw_money(draw: st.DrawFn) -> Money:
        code = draw(codes)
        if respect_minor_units:
            places = _precision(code)
        else:
            places = draw(st.integers(min_value=0, max_value=max(floor, _MAX_FREE_PLACES)))
            places = max(places, floor)
        first, last = _quanta(low, high, places)
        if first > last:
            reject()  # only when a strategy of currencies gives one with no amount in bounds
        return Money(_scaled(draw(units(first, last, places)), places), code)

    return draw_money()


@st.composite
def units(draw: st.DrawFn, first: int, last: int, places: int) -> int:
    """A whole number of ``10**-places`` units from ``first`` to ``last``.

    Drawn as whole units, then the fraction: an amount of 1000 shrinks to
    1000.00 USD rather than 1000 of a currency without decimals, because the
    whole part stays the same when the currency shrinks to USD.
    """
    scale: int = 10**places  # int ** int is typed Any: places is never negative
    whole: int = draw(st.integers(min_value=first // scale, max_value=last // scale))
    fraction: int = draw(
        st.integers(
            min_value=max(0, first - whole * scale), max_value=min(scale - 1, last - whole * scale)
        )
    )
    return whole * scale + fraction


def _fits(low: Decimal, high: Decimal, places: int) -> bool:
    first, last = _quanta(low, high, places)
    return first <= last


def _scaled(units: int, places: int) -> Decimal:
    """``units`` × 10**-places, exactly, written with ``places`` decimal places."""
    value = Decimal(f"{units}E-{places}")
    if value and value.adjusted() < MIN_EXPONENT:  # pragma: no cover - bounds prevent it
        raise InvalidArgument(f"{value} is below Money's smallest magnitude")
    return value
