"""The values the parser hands out: :class:`Mention` and :class:`Pair`.

They are frozen dataclasses so that a mention can be kept, hashed and
compared like any value, and they hold only plain data (``Decimal``, ISO codes,
offsets): nothing in them refers back to the lexicon or to the locale that
produced them, so they pickle and serialise cleanly.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..money import Money

__all__ = ["NUMBER_READINGS", "RESOLUTIONS", "Mention", "Pair", "Skipped", "TextReading"]

#: How a mention's currency was decided, most explicit first.
RESOLUTIONS = ("code", "symbol", "name", "default", "locale", "context", "unresolved")

#: Who decided how a number was read: its own ``digits``, or (for one separator
#: before three digits, ``25.960``) the ``text``'s other figures (the decimal mark
#: their digits show), the ``locale``, the text's ``language``, the ``currency``'s
#: home conventions, or the ``default`` (English) when nothing did.
NUMBER_READINGS = ("digits", "text", "locale", "language", "currency", "default")


@dataclass(frozen=True, slots=True)
class Mention:
    """One monetary figure found in a text.

    ``span`` covers the figure only: the number, its magnitude word and its
    currency code, symbol or name (``$53 billion``, ``380 billion yuan``,
    ``3800亿元``), never the qualifier words before it; those are in
    ``qualifier_text`` at ``qualifier_span``. ``text == source[span[0]:span[1]]``.
    An "-odd" mark written inside an East Asian number (Korean 여, Chinese 多 or
    余: ``56억4천여만 원``, ``3000多万元``) is part of the figure, so there
    ``qualifier_span`` lies inside ``span``.

    ``amount`` is exact. For a range (``$50-60 billion``, ``between $50 and $60
    billion``) ``amount`` is the low end and ``range`` holds ``(low, high)``.

    ``currency`` is an ISO 4217 code, or ``None`` when the figure has no
    currency (a bare number) or names several and nothing decided; then
    ``alternatives`` lists the candidates. ``alternatives`` is also kept when
    the locale, the document or ``default_currency`` decided, so that a reader
    can see that a choice was made; ``resolved_by`` says which rule made it:
    ``code``, ``symbol`` or ``name`` (the text was explicit), ``default``
    (``default_currency=``), ``locale`` (the locale's usual reading),
    ``context`` (the same document names one of the candidates explicitly),
    or ``unresolved``; in a :class:`Pair` also ``pair``: a figure whose currency was
    only chosen and came out the same as the other side's is read again without it
    (a stated equivalent is in another currency), and a note says what it read as
    alone and which rule chose the new reading (``$5`` in ``20 pesos was about $5``
    under ``es_AR``: ARS alone, USD in the pair), or that none did and the currency
    is left open among the rest (``$ 500.000 millones (unos US$ 2.500 millones)``
    in ``es``: USD alone, by the document, the pesos of some country in the pair).

    ``precision`` is the quantum of the last stated digit in absolute units:
    ``$53 billion`` has precision ``1E+9``, ``$52.44 billion`` ``1E+7`` and
    ``25,960 ARS`` ``1``. For a range it is the finer of the two ends.

    ``qualifier`` is one of ``approximate``, ``more_than``, ``at_least``,
    ``less_than``, ``at_most`` or ``None``; ``X-plus``, ``X+`` and the "-odd"
    marks 여, 多, 余 (``20여만 달러``, ``1亿多元``) read as ``more_than``.

    ``number_format`` is how the digits were read, as a template (``1,234.5``,
    ``1.234,5``, ``1 234,5``, ``1,23,456``; ``None`` for digits without a
    separator), and ``number_read_by`` who decided (:data:`NUMBER_READINGS`):
    ``digits`` when they decide themselves, else the locale, the text's language,
    the currency's home conventions, or the default. ``notes`` says, in words,
    every choice made for this mention that the text did not state (a locale
    assumed from the text's language, a locale's reading overridden, a number
    the digits left open).
    """

    text: str
    span: tuple[int, int]
    amount: Decimal
    currency: str | None
    alternatives: tuple[str, ...] = ()
    resolved_by: str = "unresolved"
    precision: Decimal = Decimal(1)
    qualifier: str | None = None
    qualifier_text: str | None = None
    qualifier_span: tuple[int, int] | None = None
    range: tuple[Decimal, Decimal] | None = None
    magnitude_text: str | None = None
    number_format: str | None = None
    number_read_by: str = "digits"
    notes: tuple[str, ...] = ()

    @property
    def money(self) -> Money:
        """This figure as :class:`~fxnorm.money.Money` (the low end of a range).

        Raises :class:`~fxnorm.errors.AmbiguousCurrencyError` when the currency
        was not decided (its ``alternatives`` are the candidates; empty for a
        bare number).
        """
        from ..errors import AmbiguousCurrencyError
        from ..money import Money

        if self.currency is None:
            raise AmbiguousCurrencyError(self.text, self.alternatives)
        return Money(self.amount, self.currency)

    @property
    def is_range(self) -> bool:
        """Whether the figure states a range (``$50-60 billion``)."""
        return self.range is not None


class _MentionSlots:
    """:class:`Mention`'s slots without its frozen guard: how the parser builds one.

    A frozen dataclass sets each field with a call to ``object.__setattr__``;
    with twelve fields that is a large part of the cost of reading a short
    price. The parser fills this twin with plain slot stores, then turns it
    into a Mention by assigning ``__class__``, which Python allows between
    classes with the same slots, at the end of ``__init__``: calling the class
    gives an ordinary Mention (see :func:`new_mention`).
    """

    __slots__ = (
        "alternatives",
        "amount",
        "currency",
        "magnitude_text",
        "notes",
        "number_format",
        "number_read_by",
        "precision",
        "qualifier",
        "qualifier_span",
        "qualifier_text",
        "range",
        "resolved_by",
        "span",
        "text",
    )

    def __init__(
        self,
        text: str,
        span: tuple[int, int],
        amount: Decimal,
        currency: str | None,
        alternatives: tuple[str, ...],
        resolved_by: str,
        precision: Decimal,
        qualifier: str | None,
        qualifier_text: str | None,
        qualifier_span: tuple[int, int] | None,
        range: tuple[Decimal, Decimal] | None,  # the field's name, shadowing the builtin here
        magnitude_text: str | None,
        number_format: str | None = None,
        number_read_by: str = "digits",
        notes: tuple[str, ...] = (),
    ) -> None:
        self.text = text
        self.span = span
        self.amount = amount
        self.currency = currency
        self.alternatives = alternatives
        self.resolved_by = resolved_by
        self.precision = precision
        self.qualifier = qualifier
        self.qualifier_text = qualifier_text
        self.qualifier_span = qualifier_span
        self.range = range
        self.magnitude_text = magnitude_text
        self.number_format = number_format
        self.number_read_by = number_read_by
        self.notes = notes
        self.__class__ = Mention  # type: ignore[assignment]


if sorted(_MentionSlots.__slots__) != sorted(f.name for f in fields(Mention)):  # pragma: no cover
    raise RuntimeError("_MentionSlots must have Mention's fields as slots")


if TYPE_CHECKING:

    def new_mention(
        text: str,
        span: tuple[int, int],
        amount: Decimal,
        currency: str | None,
        alternatives: tuple[str, ...],
        resolved_by: str,
        precision: Decimal,
        qualifier: str | None,
        qualifier_text: str | None,
        qualifier_span: tuple[int, int] | None,
        range_: tuple[Decimal, Decimal] | None,
        magnitude_text: str | None,
        number_format: str | None = None,
        number_read_by: str = "digits",
        notes: tuple[str, ...] = (),
    ) -> Mention:
        """``Mention(...)`` with every field given in order, about four times faster."""

else:
    #: ``Mention(...)`` with every field given in order, about four times faster: the
    #: twin itself (no function around it, whose call with fifteen arguments cost a
    #: third as much again), typed as above
    new_mention = _MentionSlots


@dataclass(frozen=True, slots=True)
class Pair:
    """A figure and its stated equivalent: ``380 billion yuan ($53 billion)``.

    ``source`` is the figure outside the parentheses (or before ``, or``),
    ``stated`` the equivalent the writer gave for it. ``span`` runs from the
    start of ``source`` to the end of ``stated``, and ``text`` is that slice.
    """

    source: Mention
    stated: Mention
    span: tuple[int, int]
    text: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A number next to a currency that could not be read as an amount: it is not
    lost, it is reported (``99999999999999999999999999999999999 yuan`` is beyond
    fxnorm's amounts, ``1.2.3 €`` no number). ``text == source[span[0]:span[1]]``."""

    text: str
    span: tuple[int, int]
    reason: str


@dataclass(frozen=True, slots=True)
class TextReading:
    """Everything :func:`~fxnorm.parsing.read` finds in a text.

    ``mentions`` and ``pairs`` are what :func:`~fxnorm.parsing.extract` and
    :func:`~fxnorm.parsing.extract_pairs` return; ``skipped`` the figures that
    could not be read, with their reasons; ``language`` the text's language as
    its evidence shows it (``None`` when it does not tell) and ``language_evidence``
    that evidence (``words: es 6, pt 2``, ``script: 40 Han``).
    """

    mentions: tuple[Mention, ...]
    pairs: tuple[Pair, ...]
    skipped: tuple[Skipped, ...]
    language: str | None
    language_evidence: str
