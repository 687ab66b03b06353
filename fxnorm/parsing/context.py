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

import re
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
    #: the price basis the text states for the figure (``in 1988 dollars``,
    #: ``de dólares de 2010``): the phrase, said in the mention's notes
    basis: str | None = None


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
    if end == 0:
        return None
    # decided on the last two characters, before lower-casing a window, when they are
    # ASCII (their lower case is then what the folded window ends with, whatever comes
    # before them): most words before a figure end with a phrase's last character but
    # not with its last two (the ``rs`` of ``dollars``); else on the last character
    tail = text[max(0, end - 2) : end]
    if tail.isascii():
        tail = tail.lower()
        if tail not in table.before_pairs and tail[-1] not in table.before_singles:
            return None
    elif text[end - 1].lower()[-1:] not in table.before:
        return None
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
    if end == start or end == 0:
        return None
    last = text[end - 1]
    if last.isascii() and last.lower() not in table.article_lasts:
        return None  # "dollars", "5": no article ends so (told by its last character)
    begin = end
    floor = max(0, end - table.article_longest - 1)  # a longer word is none either
    while begin > floor and text[begin - 1].isalpha():
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
    first = text[end : end + 1]
    candidates = table.after.get(first)
    if candidates is None:
        return None
    # the second character rules most phrases out (ASCII only: its lower case is one
    # character whatever comes around it, so the test says what the full one would),
    # all of them at once most often
    second = text[end + 1 : end + 2]
    second = second.lower() if second.isascii() else ""
    seconds = table.after_seconds.get(first)
    if seconds is not None and second and second not in seconds:
        return None
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
    if found is not None and found[1] >= figure.floor and not _ends_change(text, found, lex):
        return found[0], (found[1], found[2])
    if figure.mark is not None:
        return "more_than", figure.mark
    found = match_after(text, figure.end, table)
    if found is not None:
        return found[0], (found[1], found[2])
    return None


#: How far before an "up to" word the figure of a change and its change word may be.
_CHANGE_WINDOW = 60
#: The last number of a window, and what may stand between it and the "up to" word:
#: a percent sign or a few words, a comma (``un 9,7%, hasta``, ``10 pesos hasta``,
#: ``del 33,1% interanual, hasta``)
_CHANGE_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?(?P<tail>[^\d.;:!?()]{0,30})\Z")


def _ends_change(text: str, found: tuple[str, int, int], lex: Lexicon) -> bool:
    """Whether the "up to" word of ``found`` ends a change, not bounds a figure: one of
    the language's ``change_ends`` right after the figure of a change (a percentage,
    an amount) that one of its change words announces a few words before, in one
    clause (``el Ebitda aumentó un 9,7%, hasta los 3.703 millones de euros``, ``el blue
    ascendió 10 pesos hasta los $1.225``). Without the change word it stays "up to"
    (``un descuento del 20%, hasta $5.000``)."""
    if found[0] != "at_most" or not lex.change_ends:
        return False
    words = text[found[1] : found[2]].split()
    if not words or fold(words[0]) not in lex.change_ends:
        return False
    window = text[max(0, found[1] - _CHANGE_WINDOW) : found[1]]
    number = _CHANGE_FIGURE.search(window)
    if number is None or len(re.findall(r"[^\W\d_]+", number["tail"])) > 3:
        return False
    head = re.split(r"[.;:!?]\s", window[: number.start()])[-1]
    before = re.findall(r"[^\W\d_]+", head)[-4:]
    return any(fold(word) in lex.changes for word in before)


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
                _new(Placed, (figure, None, None, False, False, True, False, False, None, None))
            )
        else:
            placed.append(_placed(text, figure, lex))
    return _basis(
        text, _distributed(text, _shared(text, _ranges(text, placed, lex), lex), lex), lex
    )


def _placed(text: str, figure: Figure, lex: Lexicon) -> Placed:
    qualifier = qualifier_of(text, figure, lex)
    money_like = figure.surface is not None or _money_like(text, figure, lex)
    if qualifier is None:
        return _new(
            Placed, (figure, None, None, money_like, False, False, False, False, None, None)
        )
    return _new(
        Placed,
        (figure, qualifier[0], qualifier[1], money_like, False, False, False, False, None, None),
    )


#: ``Placed(...)`` without the Python-level ``__new__`` of a NamedTuple (every field given).
_new = tuple.__new__


#: How far apart two figures that share a currency may be, and the label between
#: a figure and the one that names the currency for it (``，利润``).
_SHARE_GAP = 60
_LABEL = 8
_SENTENCE_END = frozenset(".!?。！？\n")


def _plain_gap(gap: str, longest: int) -> bool:
    """Whether ``gap`` between two figures is at most ``longest`` characters of one
    sentence with no other number in it: the two may share a currency or a basis."""
    return len(gap) <= longest and not any(ch.isdigit() or ch in _SENTENCE_END for ch in gap)


def _shared(text: str, placed: list[Placed], lex: Lexicon) -> list[Placed]:
    """Figures with no currency that take another figure's, named once for several,
    when the text says so:

    * after the part-of words (``11,9 miliardi di euro, di cui 2,1 miliardi``,
      ``$5 billion, of which 2 billion``, ``其中``), the currency before;
    * before a label and a figure with the same magnitude unit, when a noun of money
      stands before the bare one (``收入3.2亿，利润0.5亿元``), the currency after;
    * after a figure with a currency and a magnitude word, a later one of its sentence
      with the same magnitude word and no currency, no other number between them, the
      currency before (see :func:`_carried`): when no noun of its own follows it
      (``38.835 millones de euros y un flujo neto de 24.165 millones``, not ``… y 2
      millones de personas``), when a noun of money stands before it (``มูลค่ากว่า
      332,205 ล้านบาท ... มูลค่ารวม 256,775 ล้าน``), or when the figure after it names
      the same currency with the same word too (``৪৬৫ মিলিয়ন ডলার বিদেশি, ৭০০ মিলিয়ন
      স্থানীয় এবং ৮৫ মিলিয়ন ডলার``), or when the words around it say it is a
      difference from the figure before, an increase or the rest (``3.319,9 milions
      d'euros, 207 milions més``, ``9495億元，比去年增加1768億``);
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
                or _carried(text, out, i, lex)
                or _rest_after(text, out, i, lex)
            )
            item = out[i]  # _labelled and _carried place it when they look at it
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


#: How many characters (a verb, a preposition: ``分別以約``, ``分別錄得約``) may stand
#: between a "respectively" word and the qualifier it distributes.
_RESPECTIVE_GAP = 4


def _distributed(text: str, placed: list[Placed], lex: Lexicon) -> list[Placed]:
    """The qualifier before the first figure of a list, given to the items after it that
    have none, when a "respectively" word stands before it: ``分別以約新台幣25億元及15億
    元`` (about NT$2.5 billion and about 1.5 billion respectively), ``分別錄得約 6200萬、
    1770萬及 550萬元``. Without that word the qualifier is the first figure's alone
    (``約5億元及3億元`` may be an estimate and a sum)."""
    if not lex.respectively.longest:
        return placed
    out = placed
    for i in range(1, len(placed)):
        item, before = out[i], out[i - 1]
        span = before.qualifier_span
        if item.qualifier is not None or before.qualifier is None or span is None:
            continue
        if span[0] >= before.figure.start or item.pending or not item.money_like:
            continue  # a phrase after the first figure or a mark inside it is its own
        link = lex.list_link.match(text, before.figure.end, item.figure.start)
        if link is None or not (link.group("comma") or link.group("word")):
            continue
        if not _respectively_before(text, span[0], lex):
            continue
        if out is placed:
            out = list(placed)
        out[i] = item._replace(qualifier=before.qualifier, qualifier_span=span)
    return out


def _respectively_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a "respectively" word ends a few characters before ``start``, in its clause."""
    floor = max(0, start - _RESPECTIVE_GAP - lex.respectively.longest)
    for end in range(start, max(floor, start - _RESPECTIVE_GAP - 1), -1):
        if end < start and (text[end] in _SENTENCE_END or text[end] in ",，、;；"):
            return False
        if lex.respectively.match(text, end, floor) is not None:
            return True
    return False


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


#: How far a currency named at one figure carries to a later bare one of its sentence.
_CARRY_GAP = 80
#: the word after a figure, with the apostrophe of an elided link (``d'actions``: ``d'``)
_WORD_AFTER = re.compile(r"[ \u00a0]*([^\W\d_]+(?:['’](?=[^\W\d_]))?)")


def _carried(text: str, placed: list[Placed], i: int, lex: Lexicon) -> Surface | None:
    """The currency of the figure before ``placed[i]`` in its sentence, carried to it: the
    earlier figure writes a currency and the same magnitude word (``millones``, ``mil
    milhões``, ``ล้าน``), nothing but words stand between them, and the bare one is
    money (no year, no count).

    Then a noun of money before the bare one (``มูลค่ารวม 256,775 ล้าน``), or a figure
    after it with the same currency and magnitude word (``৪৬৫ মিলিয়ন ডলার …, ৭০০
    মিলিয়ন স্থানীয় এবং ৮৫ মিলিয়ন ডলার``), or words that say it is a difference from the
    earlier one (see :func:`_difference`), carries it. Otherwise it carries only where the
    earlier figure links its magnitude word to its currency (``millones de euros``,
    ``mil milhões de euros``) and no link follows the bare one: a link after it joins
    the thing counted (``2 millones de personas``), a word right after it is a verb or
    a participle (``420 milhões contratualizados em 2024``); without that link a label
    or a noun near the bare one is what it counts (``营收3.2亿元，用户0.5亿``, ``$5
    billion … 2 billion users``), unless a word that counts nothing follows it (a
    preposition of the language's ``carry_after``: ``2000 milliards FCFA …, 1358
    milliards par la Banque africaine``)."""
    if i == 0:
        return None
    figure = placed[i].figure
    k = i - 1
    while k > 0 and _is_year(placed[k].figure.raw) and placed[k].figure.surface is None:
        if placed[k].pending:
            placed[k] = _placed(text, placed[k].figure, lex)
        if not _no_amount(placed[k]):
            break
        k -= 1  # "3,58 mil milhões de euros … em 2025 … 3,7 mil milhões": over the year
    before = placed[k].figure
    if before.surface is None or before.mag_text is None or figure.mag_text is None:
        return None
    if fold(before.mag_text) != fold(figure.mag_text):
        return None
    gap = text[before.end : figure.start]
    if len(gap) > _CARRY_GAP or not _plain_gap(_without_years(text, placed, k, i), _CARRY_GAP):
        return None
    if counts_or_dates(text, figure.start, figure.end, lex):
        return None  # "$5 billion, 3 billion people and $2 billion": a count
    if placed[i].pending:
        placed[i] = _placed(text, figure, lex)
    if not placed[i].money_like:
        return None
    if _between_same(text, placed, i, before.surface) or _money_noun_before(text, figure, lex):
        return before.surface
    if k < i - 1:
        # a year between them ("500 millones de euros en 2024 y 300 millones en 2025"
        # may count another year's something): carried only where the words after
        # the year say the bare one is the end of a change from the first or a part
        # of it (see :func:`_over_year`)
        word = _WORD_AFTER.match(text, figure.end)
        if word is not None and word.group(1).lower() in lex.links:
            return None
        return before.surface if _over_year(text, before, placed[i - 1], figure, lex) else None
    if _difference(text, gap, figure, lex):
        return before.surface
    while k > 0 and placed[k].shared and placed[k].figure.surface == before.surface:
        k -= 1  # carried on: "1.000 milliards de dollars … 90 milliards … (550 milliards"
        while k > 0 and _no_amount(placed[k]):
            k -= 1
    word = _WORD_AFTER.match(text, figure.end)
    if not _linked(text, placed[k].figure, lex):
        # "营收3.2亿元，用户0.5亿", "$5 billion … 2 billion users": a count, unless a
        # word that counts nothing follows it ("2000 milliards FCFA …, 1358 milliards
        # par la Banque africaine")
        if word is not None and fold(word.group(1)) in lex.carry_after:
            return before.surface
        return None
    if word is not None and word.group(1).lower() in lex.links:
        return None  # "… y 2 millones de personas"
    return before.surface


#: a percentage: a number that is no amount, which a currency named before it carries over
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?[ \u00a0]?[%٪％]")


def _no_amount(item: Placed) -> bool:
    """Whether ``item`` is a bare year that is no money (``em 2025``, ``en 2022``)."""
    figure = item.figure
    return (
        figure.surface is None
        and not item.money_like
        and figure.high is None
        and figure.mag_text is None
        and _is_year(figure.raw)
    )


def _over_year(text: str, before: Figure, year: Placed, figure: Figure, lex: Lexicon) -> bool:
    """Whether the words between a year and the bare ``figure`` after it make ``figure``
    the end of a change that ``before`` starts after a "from" word (``bajó de 105.8 mil
    millones de dólares en 2018 a 97.6 mil millones``) or a part of it (``1.000 milliards
    de dollars … en 2022, dont 90 milliards``)."""
    tail = text[year.figure.end : figure.start]
    if lex.shares.fullmatch(tail.rstrip(" \u00a0")) is not None:
        return True
    if not (lex.range_link.match(tail) or lex.change_link.match(tail)):
        return False
    return lex.from_word.search(text, max(0, before.start - 12), before.start) is not None


def _without_years(text: str, placed: list[Placed], k: int, i: int) -> str:
    """The text between ``placed[k]`` and ``placed[i]`` without the years placed between
    them and without percentages (``o equivalente a 1% do PIB``): what is left must be
    plain words for a currency to carry over them."""
    parts = []
    end = placed[k].figure.end
    for item in placed[k + 1 : i]:
        parts.append(text[end : item.figure.start])
        end = item.figure.end
    parts.append(text[end : placed[i].figure.start])
    return _PERCENT.sub("", " ".join(parts))


def _difference(text: str, gap: str, figure: Figure, lex: Lexicon) -> bool:
    """Whether the words around a bare figure say it is a difference from the figure
    before it, an increase or the rest: a phrase that is the whole gap, or follows a
    comma in it (``，比去年增加1768億``, ``，另外2500億``: a label before the phrase,
    ``用户增加0.5亿``, counts something else), or one right after it with no link to a
    noun after that (``207 milions més``, not ``2 milions més de persones``)."""
    if lex.differences_before.match(gap) is not None:
        return True
    after = lex.differences_after.match(text, figure.end)
    if after is None:
        return False
    word = _WORD_AFTER.match(text, after.end())
    return word is None or word.group(1).lower() not in lex.links


def _rest_after(text: str, placed: list[Placed], i: int, lex: Lexicon) -> Surface | None:
    """The currency of the figure after ``placed[i]`` in its sentence when the words
    before that figure say it is the rest of a whole (``τα υπόλοιπα``, the remaining):
    the bare one is the other part, in the same money. Both write a magnitude word
    (any: ``1,3 δισεκατομμύριο … τα υπόλοιπα 900 εκατομμύρια ευρώ``), nothing but words
    stand between them, and the bare one is money (no year, no count, no link to the
    thing it counts after it)."""
    if i + 1 >= len(placed):
        return None
    figure, after = placed[i].figure, placed[i + 1].figure
    if after.surface is None or after.mag_text is None or figure.mag_text is None:
        return None
    gap = text[figure.end : after.start]
    if not _plain_gap(gap, _CARRY_GAP):
        return None
    if lex.remainders.search(gap) is None:
        return None
    if counts_or_dates(text, figure.start, figure.end, lex):
        return None
    word = _WORD_AFTER.match(text, figure.end)
    if word is not None and word.group(1).lower() in lex.links:
        return None  # "2 millones de personas …, y los restantes 900 millones de euros"
    if placed[i].pending:
        placed[i] = _placed(text, figure, lex)
    return after.surface if placed[i].money_like else None


def _between_same(text: str, placed: list[Placed], i: int, surface: Surface) -> bool:
    """Whether the figure after ``placed[i]`` names ``surface``'s currency with the same
    magnitude word, close by in the same sentence: the bare one sits between two figures
    of one currency."""
    if i + 1 >= len(placed):
        return False
    figure, after = placed[i].figure, placed[i + 1].figure
    tail = text[figure.end : after.start]
    return (
        after.surface is not None
        and after.surface.codes == surface.codes
        and after.mag_text == figure.mag_text
        and _plain_gap(tail, _SHARE_GAP)
    )


def _money_noun_before(text: str, figure: Figure, lex: Lexicon) -> bool:
    """Whether a noun of money (``มูลค่ารวม``, value) stands right before ``figure``, or
    before a word that may stand between it and its figure (``投資只有2500億``)."""
    end = figure.start - 1 if text[figure.start - 1 : figure.start] == " " else figure.start
    if lex.money_nouns.match(text, end, max(0, end - 12)) is not None:
        return True
    verb = lex.money_verbs.match(text, end, max(0, end - 6)) if lex.money_verbs.longest else None
    if verb is None:
        return False
    end = verb[1] - 1 if text[verb[1] - 1 : verb[1]] == " " else verb[1]
    return lex.money_nouns.match(text, end, max(0, end - 12)) is not None


def _linked(text: str, figure: Figure, lex: Lexicon) -> bool:
    """Whether ``figure`` writes a link between its magnitude word and its currency
    after it (``millones de euros``, ``mil milhões de euros``)."""
    written = text[figure.start : figure.end]
    at = written.find(figure.mag_text or "\0")
    if at < 0:
        return False
    rest = written[at + len(figure.mag_text or "") :].split()
    return len(rest) > 1 and rest[0].lower() in lex.links


def _labelled(text: str, placed: list[Placed], i: int, lex: Lexicon) -> Surface | None:
    if i + 1 >= len(placed):
        return None
    figure, after = placed[i].figure, placed[i + 1].figure
    if after.surface is None or after.mag_text != figure.mag_text:
        return None
    gap = text[figure.end : after.start]
    if not gap or gap[0] not in "，、,;；" or not _plain_gap(gap, _LABEL + 1):
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
    source = placed
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
            # a word that is both a link and "up to" (až, έως) links the two figures
            linking = own and span is not None and span[0] >= low.figure.end
            linking = linking and (
                lex.range_link.match(between) is not None
                # "desde 85€ hasta 135€": "hasta" links after a "from" word
                or (
                    lex.range_link_article.match(between) is not None
                    and lex.from_word.search(text, max(0, low.figure.start - 12), low.figure.start)
                    is not None
                )
            )
            if linking:
                high = high._replace(qualifier=None, qualifier_span=None)
                own = False
                if placed is source:
                    placed = list(source)
                placed[i + 1] = high  # kept when the two state a change, not a range
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


# -- price bases ------------------------------------------------------------------------

#: A year a price basis may name, as :func:`_money_like` tells a year.
_FIRST_YEAR, _LAST_YEAR = 1800, 2199
#: How far before a year basis the figure it qualifies may end ("$5 billion in 1988
#: dollars", "$5 billion, in constant 2015 dollars").
_BASIS_GAP = 24
_BRACKETS = {"(": ")", "[": "]"}
#: what may follow a currency between brackets that make a year a basis
#: ("(2020 US$)", "(constant 2015 US$ million)")
_BRACKET_END = re.compile(r"[ \u00a0]*(?:[^\W\d_]+\.?[ \u00a0]*)?([)\]])")
_YEAR_AFTER = re.compile(r"[ \u00a0]+(\w+)[ \u00a0]+(\d{4})(?!\d)")
#: a second year a few characters after the first: a period ("de 2010 a 2015"), no basis
_PERIOD = re.compile(r"[ \u00a0]*(?:[^\s\d]{1,5}[ \u00a0]*)?\d{4}(?!\d)")


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and _FIRST_YEAR <= int(raw) <= _LAST_YEAR


def _basis(text: str, placed: list[Placed], lex: Lexicon) -> list[Placed]:
    """Years that state a figure's price basis, not an amount:

    * a year written before a currency, after a word of the language's
      ``year_basis`` (``in 1988 dollars``, ``constant 2015 dollars``) or between
      brackets (``(2020 US$)``): no figure of money; the figure just before it, in
      the same clause, takes it as its basis, and a bare one its currency too
      (``5 million in 1988 dollars``);
    * a year after a currency and a word of the language's ``year_basis_after``
      (``5 millones de dólares de 2010``, ``Dollar von 2010``): the figure's basis.
    """
    out = placed
    for i, item in enumerate(placed):
        figure = item.figure
        surface = figure.surface
        if surface is None or figure.high is not None:
            continue
        if (
            figure.mag_text is None
            and figure.written == "digits"
            and _is_year(figure.raw)
            and text.startswith(figure.raw, figure.start)
        ):
            phrase = _year_before(text, figure, lex, placed[i - 1].figure if i else None)
            if phrase is not None:
                if out is placed:
                    out = list(placed)
                out[i] = item._replace(
                    figure=figure._replace(surface=None), money_like=False, basis=phrase
                )
                _lend_basis(text, out, i, phrase, surface, lex)
                continue
        if lex.year_basis_after and item.basis is None:
            found = _YEAR_AFTER.match(text, figure.end)
            written = figure.end - len(surface.text)
            if (
                found is not None
                and fold(found[1]) in lex.year_basis_after
                and _is_year(found[2])
                and fold(text[written : figure.end]) == fold(surface.text)
                and _PERIOD.match(text, found.end()) is None
            ):
                # the currency written last, the year after it: "dólares de 2010"
                if out is placed:
                    out = list(placed)
                out[i] = out[i]._replace(basis=text[written : found.end()])
    return out


def _year_before(text: str, figure: Figure, lex: Lexicon, last: Figure | None) -> str | None:
    """The phrase that makes the year of ``figure`` a price basis, if one does (not
    brackets right after the figure ``last``: "€1,870 (2020 USD)" states an equivalent)."""
    begin = _trim(text, figure.start)
    opening = text[begin - 1 : begin] if begin > 0 else ""
    if opening in _BRACKETS:
        if last is not None and not text[last.end : begin - 1].strip(" \u00a0,"):
            return None
        closing = _BRACKET_END.match(text, figure.end)
        if closing is not None and closing[1] == _BRACKETS[opening]:
            return text[begin - 1 : closing.end()]
        return None
    if not lex.year_basis:
        return None
    start = begin
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start == begin or fold(text[start:begin]) not in lex.year_basis:
        return None
    return text[start : figure.end]


def _lend_basis(
    text: str, placed: list[Placed], i: int, phrase: str, surface: Surface, lex: Lexicon
) -> None:
    """The figure before the year basis at ``i`` takes it, when it ends a few
    characters before it in the same clause; a bare one takes its currency too."""
    if i == 0:
        return
    year = placed[i].figure
    before = placed[i - 1]
    gap = text[before.figure.end : year.start]
    if not _plain_gap(gap, _BASIS_GAP):
        return
    if before.figure.surface is not None:
        placed[i - 1] = before._replace(basis=phrase)
        return
    if before.figure.high is None and before.figure.mag_text is not None:
        # "5 million in 1988 dollars": the amount is in the dollars of the basis
        if before.pending:
            before = _placed(text, before.figure, lex)
        placed[i - 1] = before._replace(
            figure=before.figure._replace(surface=surface),
            money_like=True,
            shared=True,
            basis=phrase,
        )
