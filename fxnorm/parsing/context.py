"""Context: what the words around each figure say about it.

For each figure of the scan this stage finds

* its **qualifier** (``about``, ``more than``, ``up to`` …, before it; ``-plus``,
  ``以上``, ``가량``, ``あまり`` after it; an "-odd" mark inside it): a qualifier
  changes what a figure claims (``more than 380 billion yuan`` is a lower bound),
  so a fact-checker needs it as data. Phrases are the languages' data, matched
  literally (case-insensitive, on word boundaries); an article may come between
  a qualifier and its figure (``rondaba los $1.000``), and a negation before
  "less than" makes it "at least" (``no desembolsa menos de 30 mil pesos``);
* whether two figures state one **range** (:mod:`.ranges`);
* for a bare number, the **hints** that it is no money: a year, a date, a time,
  a phone number, a count of something else (``2025``, ``September 19``,
  ``1 trillion parameters``).

Nothing here decides a currency; the figures are not changed, new values are
made (:class:`Placed`).
"""

from __future__ import annotations

from typing import NamedTuple

from .figures import Figure
from .lexicon import Lexicon, QualifierTable, Surface
from .matching import fold, is_letter
from .ranges import MAX_LINK, is_change_low, is_range, join, lend, lent_magnitude
from .tokens import counts_or_dates

__all__ = ["Placed", "match_after", "match_before", "place"]

#: How far before a "less than" a negation may be: a few words of its clause.
_NEGATION_WINDOW = 40


class Placed(NamedTuple):
    """A figure with what its context says about it."""

    figure: Figure
    qualifier: str | None
    qualifier_span: tuple[int, int] | None
    #: a bare number that is not a year, date, time, phone number or count
    money_like: bool
    #: the currency is another figure's, named once for both (``di cui``, 收入3.2亿，利润0.5亿元)
    shared: bool = False
    #: not placed yet (a bare figure the caller drops unless it joins a range)
    pending: bool = False
    #: the bare start of a change ("from 1 to 2 billion dollars"): its magnitude and
    #: currency are the end's, named once for both
    change: bool = False
    #: an item of a list whose last item names the currency once for all ("20, 50
    #: and 100 dollars"): its currency, and a magnitude it does not write, are that item's
    listed: bool = False
    #: the magnitude words a low end that writes its own currency but no magnitude
    #: reads from its end ("$1 to $2 billion", "from $1 to $2 billion"): a reading
    #: the text leaves open, said in the mention's notes
    lent: str | None = None


def match_before(text: str, start: int, table: QualifierTable) -> tuple[str, int, int] | None:
    """A qualifier ending just before ``start`` (spaces between allowed, and one of
    the language's articles): ``(kind, phrase_start, phrase_end)``."""
    found = _before(text, start, table)
    if found is None and table.articles:
        article = _article_before(text, start, table)
        if article is not None:
            found = _before(text, article, table)
            if found is not None:
                found = found[0], found[1], _trim(text, start)  # "rondaba los"
    if (
        found is not None
        and found[0] == "less_than"
        and text[found[1] : found[2]].lower() in table.negatable
        and _negated(text, found[1], table)
    ):
        found = "at_least", found[1], found[2]
    return found


def _trim(text: str, start: int) -> int:
    end = start
    while end > 0 and text[end - 1] in " \u00a0\u202f\t" and start - end < 2:
        end -= 1
    return end


def _before(text: str, start: int, table: QualifierTable) -> tuple[str, int, int] | None:
    end = _trim(text, start)
    if end == 0 or text[end - 1].lower()[-1:] not in table.before:
        return None  # decided on the last character, before lower-casing a window
    offset = max(0, end - table.longest - 1)
    window = fold(text[offset:end])
    found = table.matcher.match(window, len(window), 0)
    if found is None:
        return None
    phrase, begin = found
    kind = table.kinds[phrase]
    if kind == "none":
        return None  # "契約7億ドル": a word that ends with a qualifier's characters
    if phrase[-1].isalpha() and end == start and is_letter(phrase[-1]):
        return None  # "over5": a word glued to the number is not a qualifier
    begin += offset
    if not phrase[0].isalpha() and begin > 0 and text[begin - 1].isdigit():
        return None  # "14~15조원": a sign between two numbers links a range
    return kind, begin, end


def _article_before(text: str, start: int, table: QualifierTable) -> int | None:
    """Where an article right before ``start`` (one space between) begins."""
    end = _trim(text, start)
    if end == start:
        return None
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:end].lower()
    if word in table.articles and begin > 0 and text[begin - 1] == " ":
        return begin
    return None


def _negated(text: str, start: int, table: QualifierTable) -> bool:
    """Whether a negation word is among the few words before ``start``, in its clause."""
    window = text[max(0, start - _NEGATION_WINDOW) : start]
    for stop in ".;:!?\n":
        window = window.rsplit(stop, 1)[-1]
    words = window.lower().split()
    return any(word in table.negations for word in words[-4:])


def match_after(text: str, end: int, table: QualifierTable) -> tuple[str, int, int] | None:
    """A qualifier starting at ``end`` (``-plus``, ``+``, `` or more``, ``以上``)."""
    candidates = table.after.get(text[end : end + 1])
    if candidates is None:
        return None
    # the second character rules most phrases out (ASCII only: its lower case is one
    # character whatever comes around it, so the test says what the full one would)
    second = text[end + 1 : end + 2]
    second = second.lower() if second.isascii() else ""
    for phrase, kind in candidates:
        if second and len(phrase) > 1 and phrase[1] != second:
            continue
        stop = end + len(phrase)
        if text[end:stop].lower() == phrase:
            if phrase[-1].isalpha() and stop < len(text) and is_letter(text[stop]):
                continue
            ending = table.after_endings.get(phrase)
            if ending is not None and not text.endswith(ending, 0, end):
                continue  # "કરોડ વધુ" (a crore more) is no "more than"
            begin = end + 1 if phrase[0] == " " else end
            return kind, begin, stop
    return None


def qualifier_of(text: str, figure: Figure, lex: Lexicon) -> tuple[str, tuple[int, int]] | None:
    """The qualifier of ``figure``: a word before it says more than a mark inside it
    (``약 3천여억 원`` is "about"); then the mark; then a phrase after it."""
    table = lex.qualifiers
    found = match_before(text, figure.start, table)
    if found is not None and found[1] >= figure.floor:
        return found[0], (found[1], found[2])
    if figure.mark is not None:
        return "more_than", figure.mark
    found = match_after(text, figure.end, table)
    if found is not None:
        return found[0], (found[1], found[2])
    return None


def _money_like(text: str, figure: Figure, lex: Lexicon) -> bool:
    """A bare number that is not a year, date, time, phone number or unit count."""
    raw, start = figure.raw, figure.start
    if figure.written != "digits":
        return True
    end = start + len(raw)
    length = len(text)
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < length else ""
    chained = (
        (before != "" and before in "/:+#")
        or (after != "" and after in "/:")
        or (before == "-" and start > 1 and text[start - 2].isdigit())
        or (after == "-" and end + 1 < length and text[end + 1].isdigit())
        or (len(raw) > 1 and raw[0] == "0" and raw.isdigit())
    )
    if chained:
        return False
    year_like = (
        figure.mag_text is None and len(raw) == 4 and raw.isdigit() and (1800 <= int(raw) <= 2199)
    )
    if year_like:
        return False
    return not counts_or_dates(text, start, figure.end, lex)


def place(text: str, figures: list[Figure], lex: Lexicon, *, bare: bool = True) -> list[Placed]:
    """Each figure with its qualifier and hints, ranges joined, in order.

    With ``bare=False`` the caller keeps only figures with a currency: a bare one
    is placed in full only when it joins a range or shares another's currency
    (the answer is the same, for less work on a long text).
    """
    placed = []
    for figure in figures:
        if not bare and figure.surface is None:
            placed.append(
                _new(Placed, (figure, None, None, False, False, True, False, False, None))
            )
        else:
            placed.append(_placed(text, figure, lex))
    return _shared(text, _ranges(text, placed, lex), lex)


def _placed(text: str, figure: Figure, lex: Lexicon) -> Placed:
    qualifier = qualifier_of(text, figure, lex)
    money_like = figure.surface is not None or _money_like(text, figure, lex)
    if qualifier is None:
        return _new(Placed, (figure, None, None, money_like, False, False, False, False, None))
    return _new(
        Placed,
        (figure, qualifier[0], qualifier[1], money_like, False, False, False, False, None),
    )


#: ``Placed(...)`` without the Python-level ``__new__`` of a NamedTuple (every field given).
_new = tuple.__new__


#: How far apart two figures that share a currency may be, and the label between
#: a figure and the one that names the currency for it (``，利润``).
_SHARE_GAP = 60
_LABEL = 8
_SENTENCE_END = frozenset(".!?。！？\n")


def _shared(text: str, placed: list[Placed], lex: Lexicon) -> list[Placed]:
    """Figures with no currency that take another figure's, named once for several,
    when the text says so:

    * after the part-of words (``11,9 miliardi di euro, di cui 2,1 miliardi``,
      ``$5 billion, of which 2 billion``, ``其中``), the currency before;
    * before a label and a figure with the same magnitude unit, when a noun of money
      stands before the bare one (``收入3.2亿，利润0.5亿元``), the currency after;
    * after a figure written with the same magnitude word and a currency, in the
      same sentence, when a noun of money stands before the bare one (``มูลค่ากว่า
      332,205 ล้านบาท ... มูลค่ารวม 256,775 ล้าน``) or the figure after it names the
      same currency with the same word too (``৪৬৫ মিলিয়ন ডলার বিদেশি, ৭০০ মিলিয়ন
      স্থানীয় এবং ৮৫ মিলিয়ন ডলার``), the currency before;
    * the items of a list whose last item names the currency after its number
      (``20, 50 and 100 dollars``, ``3.2 and 4.1 billion euros``, ``1, 5, 10 y 20
      pesos``): that item's currency, and its magnitude for an item with none written
      the same way (digits: ``50, 100, 200, 500 y mil pesos`` lends no thousand).
    """
    out = list(placed)
    listed_until = -1  # the items before this index are in a list already lent to
    for i, item in enumerate(out):
        figure = item.figure
        if figure.surface is not None or figure.high is not None or i < listed_until:
            continue
        if figure.mag_text is not None:
            # placed in full only when it may take a currency (a pending one left as
            # it is has none: the caller drops it, and no other figure reads it)
            sharer = (
                _part_of(text, out, i, lex)
                or _labelled(text, out, i, lex)
                or _echoed(text, out, i, lex)
            )
            item = out[i]  # _labelled places it when it looks at its qualifier
            if sharer is not None:
                if item.pending:
                    item = _placed(text, figure, lex)
                out[i] = item._replace(
                    figure=figure._replace(surface=sharer), money_like=True, shared=True
                )
                continue
        last = _list_end(text, out, i, lex)
        if last is not None:
            for k in range(i, last):
                out[k] = _listed(text, out[k], out[last].figure, lex)
            listed_until = last
    return out


def _listed(text: str, item: Placed, last: Figure, lex: Lexicon) -> Placed:
    """An item of a list with the last item's currency (see :func:`_shared`)."""
    if item.pending:
        item = _placed(text, item.figure, lex)
    figure = item.figure
    if not item.money_like:
        return item  # a year or a count in the list: "in 2024, 5 and 6 dollars"
    if last.written == figure.written:
        lent = lend(figure, last)
    else:  # "50, 100, 200, 500 y mil pesos": "mil" is the last item, no magnitude
        lent = figure._replace(surface=last.surface)
    return item._replace(figure=lent, shared=True, listed=True)


#: The most items a list may have before its last, and the longest gap between two.
_LIST_ITEMS = 12
_LIST_GAP = 8


def _list_end(text: str, placed: list[Placed], i: int, lex: Lexicon) -> int | None:
    """Where the last item is of the list the bare figure ``placed[i]`` is an item of, when
    that item writes its currency after its number: commas between the items and
    a joining word (or ``、``) before the last (``20, 50 and 100 dollars``), or
    commas alone between three items or more (``1, 2, 5, 10, 20, 50 centimes``). A
    currency before the last number (``20 and $50``) is that item's alone."""
    first = placed[i].figure
    if i + 1 >= len(placed) or placed[i + 1].figure.start - first.end > _LIST_GAP:
        return None  # no next item near (most bare figures: the cheap test first)
    if _labelled_number(text, first.start):
        return None  # "Chapter 11 and 20 dollars", "Windows 11 or 12 euros": a name
    j = i
    while j + 1 < len(placed) and j - i < _LIST_ITEMS:
        after = placed[j + 1].figure
        gap = text[placed[j].figure.end : after.start]
        if len(gap) > _LIST_GAP:
            return None
        link = lex.list_link.match(gap)
        if link is None or not (link.group("comma") or link.group("word")):
            return None
        word = link.group("word") is not None
        if after.surface is not None:
            if not (word or link.group("comma") == "、" or j > i):
                return None  # "In 2024, 5 dollars": one comma alone makes no list
            if not text.startswith(after.raw, after.start):
                return None
            return j + 1
        if word or after.high is not None:
            return None  # "5 and 6, 7 dollars": no list
        j += 1
    return None


def _labelled_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a capitalised word, one space apart: it
    is part of a name (``Chapter 11``, ``Boeing 737``, ``Article 5``), no amount."""
    end = start - 1
    if end < 1 or text[end] != " ":
        return False
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return begin < end and text[begin].isupper()


def _part_of(text: str, placed: list[Placed], i: int, lex: Lexicon) -> Surface | None:
    if i == 0:
        return None
    before = placed[i - 1].figure
    gap = text[before.end : placed[i].figure.start]
    if before.surface is None or len(gap) > _SHARE_GAP or _SENTENCE_END & set(gap):
        return None
    return before.surface if lex.shares.match(gap) is not None else None


def _echoed(text: str, placed: list[Placed], i: int, lex: Lexicon) -> Surface | None:
    if i == 0:
        return None
    figure, before = placed[i].figure, placed[i - 1].figure
    if before.surface is None or before.mag_text != figure.mag_text:
        return None
    gap = text[before.end : figure.start]
    if len(gap) > _SHARE_GAP or any(ch.isdigit() or ch in _SENTENCE_END for ch in gap):
        return None
    if counts_or_dates(text, figure.start, figure.end, lex):
        return None  # "$5 billion, 3 billion people and $2 billion": a count
    if placed[i].pending:
        placed[i] = _placed(text, figure, lex)
    if not placed[i].money_like:
        return None
    if i + 1 < len(placed):
        after = placed[i + 1].figure
        tail = text[figure.end : after.start]
        if (
            after.surface is not None
            and after.surface.codes == before.surface.codes
            and after.mag_text == figure.mag_text
            and len(tail) <= _SHARE_GAP
            and not any(ch.isdigit() or ch in _SENTENCE_END for ch in tail)
        ):
            return before.surface  # between two figures of one currency and magnitude
    end = figure.start - 1 if text[figure.start - 1 : figure.start] == " " else figure.start
    if lex.money_nouns.match(text, end, max(0, end - 12)) is None:
        return None
    return before.surface


def _labelled(text: str, placed: list[Placed], i: int, lex: Lexicon) -> Surface | None:
    if i + 1 >= len(placed):
        return None
    figure, after = placed[i].figure, placed[i + 1].figure
    if after.surface is None or after.mag_text != figure.mag_text:
        return None
    gap = text[figure.end : after.start]
    if not gap or gap[0] not in "，、,;；" or len(gap) > _LABEL + 1:
        return None
    if any(ch.isdigit() or ch in _SENTENCE_END for ch in gap):
        return None
    if placed[i].pending:
        placed[i] = _placed(text, figure, lex)
    span = placed[i].qualifier_span
    start = min(span[0], figure.start) if span is not None else figure.start
    if lex.money_nouns.match(text, start, max(0, figure.start - 8)) is None:
        return None
    return after.surface


def _ranges(text: str, placed: list[Placed], lex: Lexicon) -> list[Placed]:
    """Join ``$50-60 billion``, ``50 to 60 billion yuan``, ``between $5 and $6 bn``."""
    merged: list[Placed] = []
    i = 0
    while i < len(placed):
        low = placed[i]
        if i + 1 < len(placed):
            high = placed[i + 1]
            between = text[low.figure.end : high.figure.start]
            if not between or len(between) > MAX_LINK or between.isspace():
                # no link between them (what is_range looks at first): no range
                merged.append(low)
                i += 1
                continue
            if (low.pending or high.pending) and is_range(
                text, low.figure, high.figure, lex, False
            ):
                # a bare end of a possible range: placed in full, then asked again
                if low.pending:
                    low = _placed(text, low.figure, lex)
                if high.pending:
                    high = _placed(text, high.figure, lex)
            # a qualifier before the high end is its own ("$5 to more than $6"); one
            # after it qualifies the range ("14~15조원 정도", "5-6 million or so")
            span = high.qualifier_span
            own = span is not None and span[0] < high.figure.start
            if is_range(text, low.figure, high.figure, lex, own):
                joined = low._replace(
                    figure=join(low.figure, high.figure),
                    lent=lent_magnitude(low.figure, high.figure),
                )
                if joined.qualifier is None and high.qualifier is not None:
                    joined = joined._replace(
                        qualifier=high.qualifier, qualifier_span=high.qualifier_span
                    )
                merged.append(joined)
                i += 2
                continue
            if is_change_low(text, low.figure, high.figure, lex):
                if low.pending:
                    low = _placed(text, low.figure, lex)
                own_currency = low.figure.surface is not None  # from $1 to $2 billion
                low = low._replace(
                    figure=lend(low.figure, high.figure),
                    money_like=True,
                    shared=not own_currency,
                    change=not own_currency,
                    lent=lent_magnitude(low.figure, high.figure),
                )
        merged.append(low)
        i += 1
    return merged
