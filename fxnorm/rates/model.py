"""Value types of the rates layer: sources, quotes, coverage, lookup policies."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, Protocol

from ..errors import InvalidInputError

__all__ = [
    "DEFAULT_MARKET",
    "DEFAULT_SIDE",
    "MARKETS",
    "MAX_AGE_LIMIT",
    "POLICIES",
    "SIDES",
    "SIDE_CHOICES",
    "Coverage",
    "Later",
    "LegsOf",
    "Pending",
    "Policy",
    "Quote",
    "SourceInfo",
    "built",
    "check_market",
    "check_max_age",
    "check_policy",
    "check_side",
    "new_quote",
]

#: How a date without a publication is answered.
#: ``exact``: only a publication on that very day; ``previous`` (default): the
#: last publication on or before it, as ECB users do; ``nearest``: the closest
#: publication either side; ``interpolate``: linear between the publications
#: either side. All of them respect the staleness limit.
Policy = Literal["exact", "previous", "nearest", "interpolate"]
POLICIES: tuple[str, ...] = ("exact", "previous", "nearest", "interpolate")

#: The markets (rate types) a currency can be quoted in on one day, in the order
#: fxnorm lists them. Every currency has its ``official`` rate (the central
#: bank's or the ECB's reference: for ARS the BCRA's wholesale Comunicación
#: "A" 3500 rate); the Argentine peso also has ``retail`` (Banco Nación's bank
#: note rate), ``blue`` (the informal street rate), ``mep`` (the stock-market
#: "dólar bolsa"), ``ccl`` (contado con liquidación), ``crypto`` (USDT),
#: ``card`` (the official rate plus card taxes, "dólar tarjeta") and, from
#: 2020 to 2023, ``solidario`` (the official rate plus the savings taxes).
#: docs/argentina.md says who publishes each and since when.
MARKETS: tuple[str, ...] = (
    "official",
    "retail",
    "blue",
    "mep",
    "ccl",
    "crypto",
    "card",
    "solidario",
)
DEFAULT_MARKET = "official"

#: The side of a published quote: ``mid`` when the publisher prints one figure
#: (the ECB's and the BCRA's reference rates), ``buy`` and ``sell`` when it
#: prints the dealer's buying (compra) and selling (venta) price of one unit
#: of the base. A conversion uses ``sell`` unless told otherwise: it is the
#: figure the Argentine press and the publishers quote as "the" rate of the day.
SIDES: tuple[str, ...] = ("mid", "buy", "sell")

#: The sides a caller may ask for (a single published figure answers both).
SIDE_CHOICES: tuple[str, ...] = ("buy", "sell")

#: The side of a two-sided quote a conversion uses unless told otherwise: the
#: selling price (venta), the figure publishers and the press quote as the rate.
DEFAULT_SIDE = "sell"

#: The largest staleness limit accepted, in days (ten years).
MAX_AGE_LIMIT = 3660


def check_policy(policy: str) -> str:
    """``policy`` if it is one of :data:`POLICIES`, else InvalidInputError."""
    if policy not in POLICIES:
        raise InvalidInputError(f"unknown policy {policy!r}; choose one of {', '.join(POLICIES)}")
    return policy


def check_max_age(max_age: int) -> int:
    """``max_age`` if it is a whole number of days from 0 to :data:`MAX_AGE_LIMIT`."""
    if (
        isinstance(max_age, bool)
        or not isinstance(max_age, int)
        or not 0 <= max_age <= MAX_AGE_LIMIT
    ):
        raise InvalidInputError(
            f"max_age must be a whole number of days from 0 to {MAX_AGE_LIMIT}, not {max_age!r}"
        )
    return max_age


def check_market(rate: str) -> str:
    """``rate`` if it is a market fxnorm knows (:data:`MARKETS`), else InvalidInputError."""
    if rate not in MARKETS:
        raise InvalidInputError(f"unknown rate {rate!r}; choose one of {', '.join(MARKETS)}")
    return rate


def check_side(side: str | None) -> str | None:
    """``side`` if it is None, ``buy`` or ``sell``, else InvalidInputError."""
    if side is not None and side not in SIDE_CHOICES:
        raise InvalidInputError(f"unknown side {side!r}; choose buy or sell")
    return side


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Who publishes a series, on what base, under which terms."""

    id: str
    name: str
    publisher: str
    base: str
    url: str
    licence: str
    retrieved: str
    priority: int
    kind: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """An exchange rate: 1 ``base`` = ``value`` ``quote`` on ``date``.

    ``date`` is the publication actually used (for a rate derived from
    several publications, the oldest of them); ``requested_date`` is the date
    asked for. ``method`` says how the value was obtained:

    - ``published``: a value exactly as its publisher printed it;
    - ``inverse``: 1 / a published value;
    - ``cross``: computed through a third currency from ``legs``;
    - ``interpolated``: linear between the two publications in ``legs``;
    - ``fixed``: a rate fixed by law (the euro's conversion rates, the CFA
      francs' parity), in force on ``date``; its act is the one leg;
    - ``identity``: a currency against itself.

    ``legs`` are the published quotes a derived value comes from, so every
    figure can be traced to what its publisher printed. ``origin`` names the
    store that answered (``embedded`` dataset or ``cache``).

    ``market`` is the rate type (:data:`MARKETS`; ``official`` unless a
    currency of the pair was quoted in another market) and ``side`` the side
    of the published quote used (:data:`SIDES`): ``mid`` for a single
    published figure, ``buy`` or ``sell`` for one side of a two-sided quote.
    A derived quote takes both from the leg quoted in a market other than
    ``official`` (else from its two-sided leg, else ``mid``).
    """

    base: str
    quote: str
    value: Decimal
    date: _dt.date
    requested_date: _dt.date
    source: str
    publisher: str
    method: str = "published"
    legs: tuple[Quote, ...] = ()
    origin: str = "embedded"
    market: str = DEFAULT_MARKET
    side: str = "mid"

    @property
    def derived(self) -> bool:
        """True when the value was computed rather than printed by its publisher."""
        return self.method not in ("published", "identity")

    @property
    def published_legs(self) -> tuple[Quote, ...]:
        """The publications a derived value comes from, in order, through every level
        of ``legs`` (a cross through a pivot has crosses as legs): what its
        publishers printed. Empty for a published or identity quote."""
        if not self.derived:
            return ()
        found: list[Quote] = []
        for leg in self.legs:
            found.extend(leg.published_legs if leg.derived else (leg,))
        return tuple(found)

    @property
    def age_days(self) -> int:
        """Days between the publication used and the date asked for (≥ 0 for ``previous``)."""
        return (self.requested_date - self.date).days

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description: decimals and dates as strings."""
        return {
            "value": format(self.value, "f"),
            "base": self.base,
            "quote": self.quote,
            "date": self.date.isoformat(),
            "requested_date": self.requested_date.isoformat(),
            "source": self.source,
            "publisher": self.publisher,
            "method": self.method,
            "origin": self.origin,
            "market": self.market,
            "side": self.side,
            "legs": [leg.to_dict() for leg in self.legs],
        }

    def describe(self) -> str:
        """One line for people: ``1 CNY = 0.14031 USD (ECB, 2025-09-24, cross via EUR)``."""
        text = f"1 {self.base} = {self.value:f} {self.quote}"
        detail = f"{self.source}, {self.date.isoformat()}"
        if self.method == "cross":
            pivots = sorted({leg.base for leg in self.legs} - {self.base, self.quote})
            detail += f", cross via {'/'.join(pivots) or 'legs'}"
        elif self.method in ("inverse", "interpolated"):
            detail += f", {self.method}"
        elif self.method == "fixed" and self.legs:
            detail += f", fixed since {self.legs[0].date.isoformat()}"
        if self.market != DEFAULT_MARKET or self.side != "mid":
            detail += f", {self.market} rate, {self.side}"
        return f"{text} ({detail})"


class LegsOf(Protocol):
    """What builds a quote's legs the first time they are read: the rates layer
    answers from the publications it holds and puts this in :attr:`Quote.legs`
    instead of the published quotes, which most conversions never read."""

    def legs_of(self, quote: Quote) -> tuple[Quote, ...]:
        """The legs of ``quote``, which this object answered."""
        ...


class Later(tuple):  # type: ignore[type-arg]
    """Legs to build on first read: ``(function, *arguments)``, called then."""

    __slots__ = ()

    def legs_of(self, quote: Quote) -> tuple[Quote, ...]:
        legs: tuple[Quote, ...] = self[0](*self[1:])
        return legs


class _LegsSlot:
    """:attr:`Quote.legs`: the slot; a :class:`LegsOf` in it is built on first read."""

    def __init__(self, slot: Any) -> None:
        self._slot = slot
        self.__doc__ = "The published quotes a derived value comes from (built on first use)."

    def __get__(self, quote: Quote | None, owner: type | None = None) -> Any:
        if quote is None:
            return self
        legs = self._slot.__get__(quote, owner)
        if type(legs) is not tuple:
            legs = legs.legs_of(quote)
            self._slot.__set__(quote, legs)
        return legs

    def __set__(self, quote: Quote, legs: tuple[Quote, ...]) -> None:
        self._slot.__set__(quote, legs)


Quote.legs = _LegsSlot(Quote.__dict__["legs"])  # type: ignore[assignment,misc]


class _QuoteSlots:
    """:class:`Quote`'s slots without its frozen guard: how the book builds one.

    A frozen dataclass sets each of its twelve fields with a call to
    ``object.__setattr__``, which costs more than the rest of a lookup.
    :func:`new_quote` fills this twin with plain slot stores, then turns it
    into a Quote by assigning ``__class__``, which Python allows between
    classes with the same slots (as :func:`fxnorm.parsing.model.new_mention`
    does). What comes out is an ordinary, frozen Quote.
    """

    __slots__ = Quote.__slots__


def new_quote(
    base: str,
    quote: str,
    value: Decimal,
    date: _dt.date,
    requested_date: _dt.date,
    source: str,
    publisher: str,
    method: str,
    legs: tuple[Quote, ...] | LegsOf,
    origin: str,
    market: str,
    side: str,
) -> Quote:
    """``Quote(...)`` with every field given in order (``legs`` possibly a
    :class:`LegsOf`), several times faster; for the rates layer, which builds
    one per answer. The caller vouches for the fields (nothing is checked)."""
    made: Any = _QuoteSlots()
    made.base = base
    made.quote = quote
    made.value = value
    made.date = date
    made.requested_date = requested_date
    made.source = source
    made.publisher = publisher
    made.method = method
    made.legs = legs
    made.origin = origin
    made.market = market
    made.side = side
    made.__class__ = Quote
    built: Quote = made
    return built


#: A quote not built yet: what :meth:`RateBook.value <fxnorm.RateBook.value>`
#: answers, a plain tuple ``(value, code, function, *arguments)`` whose
#: ``function(*arguments)`` builds the quote, or ``(value, code, quote)`` when it
#: is built. :func:`built` gives its Quote; :attr:`fxnorm.Conversion.rate`
#: builds it when first read.
Pending = tuple[Any, ...]


def built(quote: Quote | Pending) -> Quote:
    """The Quote of a :meth:`RateBook.value <fxnorm.RateBook.value>` answer
    (``quote`` itself when it is one). A quote still to build is built again
    at each call: keep what it returns."""
    if type(quote) is not tuple:
        return quote  # type: ignore[return-value]
    if len(quote) == 3:
        done: Quote = quote[2]
        return done
    made: Quote = quote[2](*quote[3:])
    return made


@dataclass(frozen=True, slots=True)
class Coverage:
    """What one source covers: its currencies and the dates of its first and last rates.

    ``per_market`` has the span of each (currency, market) the source quotes,
    so the peso's markets can be listed with their dates.
    """

    source: SourceInfo
    currencies: tuple[str, ...]
    first: _dt.date
    last: _dt.date
    per_currency: dict[str, tuple[_dt.date, _dt.date]] = field(default_factory=dict)
    per_market: dict[tuple[str, str], tuple[_dt.date, _dt.date]] = field(default_factory=dict)

    def markets(self) -> dict[str, dict[str, tuple[_dt.date, _dt.date]]]:
        """``{currency: {market: (first, last)}}`` for the currencies quoted in a
        market other than the official one (empty for most sources)."""
        found: dict[str, dict[str, tuple[_dt.date, _dt.date]]] = {}
        for (currency, market), span in sorted(self.per_market.items()):
            found.setdefault(currency, {})[market] = span
        return {
            currency: dict(sorted(spans.items(), key=lambda item: MARKETS.index(item[0])))
            for currency, spans in found.items()
            if set(spans) != {DEFAULT_MARKET}
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.id,
            "publisher": self.source.publisher,
            "base": self.source.base,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "currencies": list(self.currencies),
            "markets": {
                currency: {m: [a.isoformat(), b.isoformat()] for m, (a, b) in spans.items()}
                for currency, spans in self.markets().items()
            },
        }
