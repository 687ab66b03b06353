"""Implied currency: a bare figure whose words say it is money, read in the
currency of the locale the caller gives.

The press writes an amount with a magnitude word and no currency, the page's
currency being understood: ``la petrolera BP gastará 2.000 millones para
transformar su refinería`` (es_ES: euros), ``will spend over 100 crore in a
second production line`` (en_IN: rupees), ``कोरस के लिए 6,000 करोड़ जुटाएगी टाटा``
(hi_IN, the verb after the figure). Such a figure is read in the locale's
currency when all of these hold:

* the caller gave a locale that names its territory (``es_ES``; a language's
  guess, or a language alone, ``es``, is no page's territory), no
  ``default_currency``, and that territory has a currency;
* the figure is bare, writes a magnitude word (``millones``, ``crore``,
  ``करोड़``, ``milhões``, ``亿``), and the context stage finds it money-like (no
  year, count, percentage or date);
* the text names no currency other than the locale's, with a figure or without
  one (``el dólar …``): the figure may be in that other currency;
* the language's words say it is money (``[implied]`` of
  ``data/languages/<language>.toml``): a phrase right before the figure or its
  qualifier (``gastará``, ``will spend over``, ``ahorro de al menos``,
  ``Ausgaben von knapp``) and then nothing that may be what it counts: the
  figure ends its clause or a word that counts nothing follows it (``para``,
  ``in``; not ``2 millones de personas``, ``raised 2 million doses``); or, in a
  head-final language, a phrase right after it (``जुटाएगी``, ``की चपत``).

The mention's ``resolved_by`` is ``locale``, the territory's other legal
tenders are its ``alternatives``, and a note quotes the words that decided it,
as :func:`.pairs.in_locale_currency` does for a bare figure whose equivalent is
stated. The stage runs on the whole pipeline's mentions and on the early exit's
one, which agree.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from .context import qualifier_of
from .figures import Figure
from .lexicon import Lexicon
from .matching import fold, is_letter
from .model import Mention
from .resolve import Reader

__all__ = ["implied", "may_imply"]

#: How far before a figure (or its qualifier) the words that say it is money may begin.
_WINDOW = 60
#: A word of the text, as a currency name is written (letters and combining marks)
_TOKEN = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'«»“”‘’/\\|]+")


def _applies(reader: Reader) -> str | None:
    """The locale's currency, when the caller gave a locale that names its territory
    (``es_ES``, not ``es``: a language's likely territory is a guess) and no default."""
    hint = reader.hint
    if not reader.given or reader.default is not None or hint.locale is None:
        return None
    if not any(_is_territory(part) for part in hint.locale.split("_")[1:]):
        return None
    return hint.territory_currency


def _is_territory(part: str) -> bool:
    """Whether a locale's subtag is a territory (``ES``, ``419``), not a script (``Hant``)."""
    return (len(part) == 2 and part.isalpha() and part.isupper()) or (
        len(part) == 3 and part.isdigit()
    )


def _start(mention: Mention) -> int:
    """Where the figure begins, with a qualifier written before it."""
    span = mention.qualifier_span
    if span is not None and span[0] < mention.span[0]:
        return span[0]
    return mention.span[0]


def _end(mention: Mention) -> int:
    """Where the figure ends, with a qualifier written after it."""
    span = mention.qualifier_span
    if span is not None and span[1] > mention.span[1]:
        return span[1]
    return mention.span[1]


def _saying(text: str, mention: Mention, lex: Lexicon) -> str | None:
    """The words that say ``mention`` is money, or ``None`` (see the module docstring)."""
    return _words_at(text, _start(mention), _end(mention), lex)


def _words_at(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The words that say the figure at ``start:end`` (its qualifier included) is
    money, or ``None``."""
    after = lex.implied_after.match(text, end)
    if after is not None and after.end() > end:
        stop = after.end()
        if stop >= len(text) or not is_letter(text[stop]):
            return after.group().strip()
    before = lex.implied_before.search(text, max(0, start - _WINDOW), start)
    if before is None or not _counts_nothing_after(text, end, lex):
        return None
    return before.group().strip()


def _counts_nothing_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether what follows a figure counts nothing: the end of the text or of a
    clause (a mark), or a word of the language's ``then`` (``para``, ``in``)."""
    pos = end
    length = len(text)
    while pos < length and text[pos] in " \u00a0\u202f\t":
        pos += 1
    if pos >= length:
        return True
    ch = text[pos]
    if ch.isdigit():
        return False
    if not is_letter(ch):
        return ch not in "-‐%‰％"  # "2 million-strong", a percentage
    stop = pos
    while stop < length and (is_letter(text[stop]) or text[stop] in "'’"):
        stop += 1
    word = fold(text[pos:stop]).replace("’", "'")
    return word in lex.implied_then


def _names_other(text: str, mentions: list[Mention], lex: Lexicon, code: str) -> bool:
    """Whether the text names a currency other than ``code``: a figure read in one,
    or a name, code or sign of one anywhere in it."""
    for m in mentions:
        if m.currency is not None and m.currency != code and code not in m.alternatives:
            return True
        if m.currency is None and m.alternatives and code not in m.alternatives:
            return True
    for match in _TOKEN.finditer(text):
        token = match.group()
        surface = lex.after.get(fold(token)) or lex.before.get(token)
        if surface is not None and code not in surface.codes:
            return True
        for ch in token:
            if unicodedata.category(ch) == "Sc":
                sign = lex.before.get(ch) or lex.after.get(ch)
                if sign is None or code not in sign.codes:
                    return True
    return False


def may_imply(text: str, reader: Reader, figures: list[Figure]) -> bool:
    """Whether :func:`implied` may read one of ``figures`` (the cheap test of a
    pipeline that builds no bare mention unless one may be kept): a bare one with a
    magnitude word and the words around it that say it is money."""
    if _applies(reader) is None:
        return False
    lex = reader.lex
    for figure in figures:
        if figure.surface is not None or figure.mag_text is None:
            continue
        start, end = figure.start, figure.end
        qualifier = qualifier_of(text, figure, lex)
        if qualifier is not None:
            start, end = min(start, qualifier[1][0]), max(end, qualifier[1][1])
        if _words_at(text, start, end, lex) is not None:
            return True
    return False


def implied(
    text: str, reader: Reader, mentions: list[Mention], keep_bare: list[bool]
) -> list[Mention]:
    """``mentions`` with each bare money-like figure (``keep_bare``) that writes a
    magnitude word and that the words around it say is money read in the given
    locale's currency (see the module docstring)."""
    code = _applies(reader)
    if code is None:
        return mentions
    lex = reader.lex
    out = mentions
    other: bool | None = None  # whether the text names another currency, found once
    for i, (m, bare) in enumerate(zip(mentions, keep_bare, strict=True)):
        if not bare or m.currency is not None or m.alternatives or m.magnitude_text is None:
            continue
        words = _saying(text, m, lex)
        if words is None:
            continue
        if other is None:
            other = _names_other(text, mentions, lex, code)
        if other:
            return mentions
        if out is mentions:
            out = list(mentions)
        out[i] = _read(m, reader, code, words)
    return out


def _read(mention: Mention, reader: Reader, code: str, words: str) -> Mention:
    from ..territories import currencies_of

    hint = reader.hint
    tenders = currencies_of(hint.territory) if hint.territory else ()
    note = (
        f"no currency written: read in {hint.locale}'s currency {code}, as an amount"
        f" that {words!r} says is money"
    )
    return dataclasses.replace(
        mention,
        currency=code,
        alternatives=tenders if len(tenders) > 1 else (),
        resolved_by="locale",
        notes=(*mention.notes, note),
    )
