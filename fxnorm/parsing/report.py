"""Mentions as JSON-ready dicts and as a fixed-width table, for the command line."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from .model import Mention, Pair, Skipped

__all__ = [
    "as_paired",
    "format_mentions_table",
    "mention_to_dict",
    "pair_to_dict",
    "skipped_to_dict",
]


def _num(value: Decimal) -> str:
    return f"{value:f}"


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """A mention as plain JSON types; Decimals become strings (``"380000000000"``)."""
    return {
        "text": mention.text,
        "span": list(mention.span),
        "amount": _num(mention.amount),
        "currency": mention.currency,
        "alternatives": list(mention.alternatives),
        "resolved_by": mention.resolved_by,
        "precision": _num(mention.precision),
        "qualifier": mention.qualifier,
        "qualifier_text": mention.qualifier_text,
        "qualifier_span": list(mention.qualifier_span) if mention.qualifier_span else None,
        "range": [_num(v) for v in mention.range] if mention.range else None,
        "magnitude_text": mention.magnitude_text,
        "number_format": mention.number_format,
        "number_read_by": mention.number_read_by,
        "notes": list(mention.notes),
    }


def skipped_to_dict(skipped: Skipped) -> dict[str, Any]:
    """A figure that could not be read, as plain JSON types."""
    return {"text": skipped.text, "span": list(skipped.span), "reason": skipped.reason}


def pair_to_dict(pair: Pair) -> dict[str, Any]:
    """A pair as plain JSON types: its two mentions, span and text."""
    return {
        "text": pair.text,
        "span": list(pair.span),
        "source": mention_to_dict(pair.source),
        "stated": mention_to_dict(pair.stated),
    }


def as_paired(mentions: Iterable[Mention], pairs: Iterable[Pair]) -> tuple[Mention, ...]:
    """``mentions`` with each figure a pair read again (``resolved_by="pair"``: see
    :class:`~fxnorm.parsing.Mention`) replaced by the pair's reading, so that a listing
    of the mentions and of the pairs tells one story: ``$5`` in ``20 pesos was about
    $5`` under ``es_AR`` is USD in both. The other mentions are returned as they are."""
    paired = {
        side.span: side
        for pair in pairs
        for side in (pair.source, pair.stated)
        if side.resolved_by == "pair"
    }
    return tuple(paired.get(m.span, m) for m in mentions)


def _amount(mention: Mention) -> str:
    if mention.range is not None:
        return f"{mention.range[0]:,f}-{mention.range[1]:,f}"
    return f"{mention.amount:,f}"


def format_mentions_table(mentions: Iterable[Mention]) -> str:
    """A readable fixed-width table: span, text, amount, currency, how, qualifier."""
    header = ("span", "text", "amount", "currency", "resolved_by", "qualifier")
    rows = [header]
    for m in mentions:
        currency = m.currency or ("|".join(m.alternatives) if m.alternatives else "-")
        text = m.text if len(m.text) <= 32 else m.text[:29] + "..."
        rows.append(
            (
                f"{m.span[0]}-{m.span[1]}",
                text.replace("\n", " "),
                _amount(m),
                currency if len(currency) <= 24 else currency[:21] + "...",
                m.resolved_by,
                m.qualifier or "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i == 2 and n else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    if len(rows) == 1:
        lines.append("(no monetary figures)")
    return "\n".join(lines)
