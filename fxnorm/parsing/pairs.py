"""Pairs: a figure and the equivalent its writer stated for it in another currency.

A stated equivalent is the figure that follows another one after

* a bracket, also full-width (``A (B)``, ``A（B）``), perhaps with a word that
  announces a conversion or a qualifier first, perhaps with the equivalent's
  currency name after the word (``，折合人民币约B``) (``(the equivalent of B)``,
  ``（折合约B）``, ``(約B)``, ``(unos B)``, ``(aktuell rund B)``), after at most
  one or two words or a quote mark (``4,5 Milliarden Euro Gewinn (rund 5 Mrd.
  Dollar)``, ``300 milhões de pesos" (US$ 60 milhões)``);
* an announcing word, perhaps with the bracket after it (``75 مليار ريال وهو ما
  يعادل (18 إلى 20 مليار دولار)``);
* a comma and an alternative or an announcing word (``A, or about B``, ``A,
  which came to B``, ``A, equivalente a B``, ``A, 우리 돈 약 B``), or a comma
  and an approximate qualifier alone (``200억 달러, 약 28조 원``), or a comma and a
  more-than or less-than qualifier when the equivalent ends its clause (``154
  miljarder dollar, drygt 1,6 biljoner kronor.``);
* an equals sign (``USD1.00 = CNY6.9533``, ``5500億ドル＝84兆円あまり``), or an
  approximately-equals sign, which also makes the equivalent approximate
  (``1欧元≈6.76人民币``, ``1ドル≒150円``);
* a spaced dash, when the equivalent is an aside: the same dash closes it, or it
  is approximate, more than or less than and ends its clause (``380 billion yuan —
  about $53 billion — over three years``, ``15 miljarder dollar – drygt 151
  miljarder kronor.``);
* a linking verb, perhaps after a comma and a relative word (``20 pesos was
  about $5.``, ``$500, which was 6,000 pesos``), when the equivalent ends its
  clause: followed by more words (``$5 was 20 pesos more than``) it is a
  comparison, not a conversion;
* a verb-final sentence's worth: the figure, perhaps a subject mark or a linking
  verb, then the equivalent and a word that says it is the figure's worth
  (``100 Mark waren damals rund 60 Dollar wert``, ``1兆円は約70億ドルに相当``,
  ``7조 원은 약 50억 달러에 해당한다``, ``… रुपये लगभग 1.2 अरब डॉलर के बराबर``);
* an announcing word alone (``$5 billion equivalent to €4.6 billion``), also when
  the reader took it as the equivalent's qualifier (``1万亿日元约合70亿美元``);
* an alternative word alone when the equivalent is written with an ISO code
  (``5.000 yuan o 700 USD``): written with a symbol (``$5 billion or €4 billion``)
  it is a list of alternatives, not a conversion;
* nothing but a space, when the equivalent's currency is written before its
  number (``2000 கோடி டாலர் ரூ. 1,63,440 கோடி``);
* or in the next sentence, when it opens by restating the amount (``That is
  equivalent to``, ``Das entspricht``, ``Eso equivale a``);
* a clause away, in the same sentence: a word that announces a conversion ends at
  most a few words before the equivalent or its qualifier (``570 milliards de
  dinars vont être imprimés pour couvrir les besoins de l'année, soit 4,38
  milliards de dollars``, ``US$ 649, o que convertido para a cotação do dólar …,
  se torna R$ 2.096``, ``105 Milliarden Euro - umgerechnet zum aktuellen
  Dollarkurs rund 135 Milliarden US-Dollar``), or the rate it was converted at
  stands a few words before it (``R$ 1.045,00 na cotação atual de R$ 5,60 é
  próximo de 190 dólares``); no bracket, no spaced dash and no figure of money
  but that rate stands between them, so the figure is the nearest one before.

A figure right after the words that make it an exchange rate (``na cotação
atual de R$ 5,60 é próximo de 190 dólares``) is the source of no pair.
A rate the bracket states before the equivalent is passed over (``1.213 美元(按 1
美元可兑换 7.76 港元计算,约合 9.412 港元)``): one unit of the figure's currency and a
figure in another currency, then the equivalent in that currency after a comma or
an announcing word; the rate's figures are paired with nothing.

After a stated equivalent, another figure after ``;``, ``,`` or ``/`` (``A (B;
C)``, ``10.4 lakh crore (13 billion euros, $16 billion)``) or after an
alternative word in the same sentence in the currency of the first equivalent
(``50 pesos, or about $6 at the official rate or $4 on the blue market``) is a
second equivalent of the same figure.

Pairing is conservative: two figures in a sentence with none of these between
them are never a pair, nor are two figures in the same currency. A bare number
(no currency of its own) is paired only when nothing but the opener stands between
it and its equivalent: the writer named the conversion (``2,102 mil milhões (470
mil milhões de euros)``), and the source stays without a currency unless
``default_currency`` gives one, since the sentence's other currencies are no
statement of its own; a word before the bracket that opens with a magnitude
(``۱۴ میلیاردریال (…)``, 14 billion rials written as one word) says the number
is not the amount converted, and then nothing is paired. With a locale given (and
no ``default_currency``), a bare source is money by its role, and in the page's
currency (see :func:`in_locale_currency`): ``10.4 lakh crore (13 billion euros,
$16 billion)`` under ``en_IN`` is rupees. The words are
the languages' data (``[pairs]`` of ``data/languages/<language>.toml``),
compiled by the lexicon.
"""

from __future__ import annotations

import dataclasses
import re

from .lexicon import Lexicon, Surface
from .matching import EndingMatcher, is_letter
from .model import Mention, Pair
from .resolve import CHOSEN, Context, Reader, resolve_surface

__all__ = ["in_locale_currency", "pairs"]

#: Where a sentence ends, or a clause set off by a spaced dash begins.
_CLAUSE_BREAK = re.compile(r"[.!?。！？][\"”’»)]*\s*|\s[–—]\s+")
#: How far before a figure the words that make it an exchange rate may begin.
_RATE_WORDS = 40
#: How much of its sentence may follow the figure a next sentence restates.
_MAX_TAIL = 100
#: The longest gap between a figure and a stated equivalent announced by a word.
_MAX_GAP = 24
#: …and when a bracket with a conversion word announces it (``，同比增长5%（折合约``).
_MAX_ANNOUNCED_GAP = 60
#: …and between a figure and the equivalent a conversion word announces a clause away
_MAX_CLAUSE = 120
#: Where a sentence ends (a point inside a number, ``1.475,11``, is none), or a clause
#: set off by a spaced dash begins (an aside the dash rule reads).
_SENTENCE_END = re.compile(r"[。！？]|[.!?][\"”’»)]*(?:\s|\Z)|\s[–—]\s")
#: What may follow a figure that a copula restates: the end of its clause.
_CLAUSE_END = re.compile(r"[ \u00a0]?(?:[.!?;:)\]）。]|\n|\Z)")
#: …and what may follow the equivalent a linking verb states: the end of its clause
_LINK_END = re.compile(r"[ \u00a0]?(?:[.!?;:,()\]（）。，]|\n|\Z)")
#: …and what leads, inside a bracket, from a first equivalent's words to a second one
_IN_BRACKET_NEXT = re.compile(r"[^()\[\]（）.!?。;；,，]*[,;，；]\s*")
#: …and the close of the bracket an equivalent stands in, after at most a few words
#: that qualify it ("6,4 millones de dólares actuales)", "$53 billion at today's rate)")
_CLOSE = re.compile(r"(?:[ \u00a0][^\W\d_][^()\[\]（）\d\n.!?;:,。，；]{0,32}?)?[ \u00a0]?[)\]）]")
#: a gap that opens with a word (after a quote mark or spaces)
_WORD_FIRST = re.compile(r"[\"”’»' \u00a0]*[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")
_BRACKETS = "(\\[（"
_COMMAS = ",，、،"
_QUOTES = "\"”’»'"


class _Openers:
    """The compiled openers of one lexicon's languages."""

    __slots__ = (
        "announced",
        "comma",
        "compares",
        "converts",
        "dash",
        "link",
        "next",
        "noun",
        "open",
        "or_converts",
        "or_word",
        "rate",
        "restated",
        "subject",
        "word",
        "worth",
    )

    def __init__(self, lex: Lexicon) -> None:
        equivalent, alternative = lex.pair_equivalent, lex.pair_or
        self.open = re.compile(
            r"\s*(?:"
            rf"(?:[{_COMMAS}]\s*)?[{_BRACKETS}]\s*(?:(?:{alternative})\s*)?"
            rf"|[{_COMMAS}]\s*(?:{alternative})\s+"
            rf"|(?:[{_BRACKETS}{_COMMAS}]\s*)?(?:{equivalent})\s*[:：]?\s*(?:[{_BRACKETS}]\s*)?"
            rf"|[=＝≈≒]\s*(?:(?:{equivalent})\s*)?"
            r")\Z",
            re.IGNORECASE,
        )
        #: a spaced dash, perhaps with an alternative or announcing word (``yuan — about
        #: $53 billion —``, ``Dollar – umgerechnet 3,7 Milliarden Euro –``)
        self.dash = re.compile(
            rf"\s[–—-]\s*(?:(?:{alternative}|{equivalent})\s+)?\Z", re.IGNORECASE
        )
        #: a linking verb, perhaps after a comma (``pesos was about $5``)
        self.link = re.compile(
            rf"(?:\s*[{_COMMAS}]\s*|\s+)(?:{lex.pair_links})\s+\Z", re.IGNORECASE
        )
        #: what follows the equivalent of a verb-final sentence (``60 Dollar wert``)…
        self.worth = re.compile(rf"[ \u00a0]*(?:{lex.pair_worth})", re.IGNORECASE)
        #: …and what may stand before it: a subject mark, a linking verb (``1兆円は``)
        self.subject = re.compile(
            rf"[ \u00a0]*(?:(?:{lex.pair_subjects})[ \u00a0]*)?"
            rf"(?:(?:{lex.pair_links})[ \u00a0]+)?",
            re.IGNORECASE,
        )
        #: a word after a second figure that makes it a difference (``casi $3.50 por
        #: debajo``, ``$5 more``): no equivalent, whatever leads to it
        self.compares = re.compile(rf"[ \u00a0]+(?:{lex.pair_compares})(?![^\W\d_])", re.IGNORECASE)
        #: words right before a figure that make it an exchange rate (``na cotação
        #: atual de R$ 5,60 é próximo de 190 dólares``): no amount the writer converts
        self.rate = re.compile(rf"(?:{lex.pair_rates})[ \u00a0]*\Z", re.IGNORECASE)
        #: a word that announces a conversion, then at most three words before the
        #: equivalent (``soit``, ``umgerechnet zum aktuellen Dollarkurs``)
        self.converts = re.compile(
            rf"(?:(?<![^\W\d_])|(?=[,;:]))(?:{lex.pair_converts})"
            r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]*\Z",
            re.IGNORECASE,
        )
        #: an alternative word alone, between spaces (``yuan o 700 USD``)
        self.or_word = re.compile(rf"\s+(?:{alternative})\s+\Z", re.IGNORECASE)
        #: an alternative word alone that states an equivalent in its language's
        #: press (``US$ 18 miliar atau Rp 257 triliun``)
        self.or_converts = re.compile(rf"\s+(?:{lex.pair_or_converts})\s+\Z", re.IGNORECASE)
        #: a comma alone (then an approximate qualifier: ``달러, 약 28조 원``)
        self.comma = re.compile(rf"\s*[{_COMMAS}]\s*\Z")
        #: one or two words (or a quote mark), then the bracket
        words = r"(?:[ \u00a0][^\W\d_]{1,20}){0,2}"
        self.noun = re.compile(
            rf"[{_QUOTES}]?{words}[{_QUOTES}]?[ \u00a0]?[{_BRACKETS}][ \u00a0]?\Z"
        )
        #: a bracket and one word before a qualifier: "(aktuell rund 178 Milliarden Euro)"
        self.word = re.compile(rf"\s*[{_BRACKETS}]\s*[^\W\d_]{{2,20}}\s\Z")
        #: a bracket or comma and a conversion word, anywhere at the end of a longer gap
        self.announced = re.compile(
            rf"[{_BRACKETS}{_COMMAS}]\s*(?:{equivalent})\s*\S{{0,3}}\s*\Z", re.IGNORECASE
        )
        #: what leads from a first equivalent to a second one
        self.next = re.compile(rf"\s*(?:[;,/，；、]\s*(?:(?:{alternative})\s*)?)\Z", re.IGNORECASE)
        self.restated = re.compile(
            r"\s*(?:(?P<restates>"
            + lex.pair_restates
            + r")|(?P<copula>"
            + lex.pair_copulas
            + r"))[\s,:]*\Z",
            re.IGNORECASE,
        )


_OPENERS: dict[tuple[str, ...], _Openers] = {}


def _openers(lex: Lexicon) -> _Openers:
    key = (
        lex.pair_equivalent,
        lex.pair_or,
        lex.pair_or_converts,
        lex.pair_restates,
        lex.pair_copulas,
        lex.pair_links,
        lex.pair_worth,
        lex.pair_subjects,
        lex.pair_compares,
        lex.pair_rates,
        lex.pair_converts,
    )
    found = _OPENERS.get(key)
    if found is None:
        found = _Openers(lex)
        if len(_OPENERS) >= 64:
            _OPENERS.clear()
        _OPENERS[key] = found
    return found


def _stated_start(stated: Mention) -> int:
    """Where a stated figure begins, with a qualifier before it (``(약 36억 달러)``);
    a mark inside the figure (여 in ``6천여만 원``) is no start."""
    start = stated.span[0]
    if stated.qualifier_span is not None and stated.qualifier_span[0] < start:
        return stated.qualifier_span[0]
    return start


def _opens_named(
    openers: _Openers,
    names: EndingMatcher | None,
    text: str,
    gap: str,
    stated: Mention,
    near: str,
) -> bool:
    """:func:`_opens`, or the same with a currency name after the announcing word
    taken off (``，折合人民币约360亿元``: the name says what the figure's unit says)."""
    if _opens(openers, text, gap, stated, near):
        return True
    if names is None or not gap or gap[-1] not in names.last_chars:
        return False
    named = names.match(gap, len(gap), 0)
    if named is None or named[1] == 0:
        return False
    rest = gap[: named[1]]
    return openers.open.match(rest) is not None or (
        len(rest) <= _MAX_ANNOUNCED_GAP and openers.announced.search(rest) is not None
    )


def _opens(openers: _Openers, text: str, gap: str, stated: Mention, near: str) -> bool:
    """Whether ``gap`` leads from a figure to ``stated``, its stated equivalent;
    ``near`` is the gap up to the stated figure itself, its qualifier included (a
    conversion word may begin the qualifier: ``（折合约``)."""
    if openers.compares.match(text, stated.span[1]) is not None:
        return False  # "$150 pesos, casi $3.50 por debajo del solidario": a difference
    if len(gap) <= _MAX_GAP:
        if openers.open.match(gap):
            return True
        if stated.qualifier_span is not None and openers.open.match(near):
            return True  # "1万亿日元约合70亿美元": the qualifier is the announcing word
        if openers.subject.fullmatch(gap) is not None and _worth(openers, text, stated):
            return True  # "100 Mark waren damals rund 60 Dollar wert"
        if openers.link.match(gap) is not None and _LINK_END.match(text, stated.span[1]):
            return True  # "20 pesos was about $5."
        if openers.dash.match(gap) is not None and _dashed(text, gap, stated):
            return True  # "380 billion yuan — about $53 billion — over three years"
        if openers.noun.match(gap) is not None and ("(" in gap or "（" in gap or "[" in gap):
            words = len(re.findall(r"[^\W\d_]{2,}", gap))
            if words <= 1 or stated.qualifier_span is not None:
                return True  # "Gewinn (rund 5 Mrd. Dollar)", "valor efectivo (unos …)"
        if stated.qualifier_span is not None and openers.word.match(gap) is not None:
            return True  # "(aktuell rund 178 Milliarden Euro)"
        if stated.qualifier == "approximate" and openers.comma.match(gap) is not None:
            return True  # "200억 달러, 약 28조 6000억 원"
        if openers.comma.match(gap) is not None and _hedged_end(text, stated):
            return True  # "154 miljarder dollar, drygt 1,6 biljoner kronor."
        if openers.or_word.match(gap) is not None and _coded(stated):
            return True  # "5.000 yuan o 700 USD"
        if openers.or_converts.match(gap) is not None:
            return True  # "US$ 18 miliar atau Rp 257 triliun"
        if gap.isspace() and near.isspace() and not stated.text[:1].isdigit():
            # "2000 கோடி டாலர் ரூ. 1,63,440 கோடி": an equivalent set beside it; with a
            # qualifier between them it is none ("ascendió 10 pesos hasta los $1.225")
            return True
    if len(gap) <= _MAX_ANNOUNCED_GAP and (
        openers.announced.search(near) is not None
        # the conversion word before the equivalent's own qualifier: "Dollar, das
        # entspricht aktuell knapp 100 Milliarden Euro", "sterline lorde (pari a quasi …"
        or (stated.qualifier_span is not None and openers.announced.search(gap) is not None)
    ):
        return _CLAUSE_BREAK.search(gap) is None  # "…，同比增长5%（折合约170亿美元）"
    return False


def _past_rate(openers: _Openers, text: str, mentions: list[Mention], i: int) -> int:
    """The index of the equivalent of ``mentions[i]`` stated in its bracket after the
    rate it was computed at, or 0: ``1.213 美元(按 1 美元可兑换 7.76 港元计算,约合
    9.412 港元)``. The bracket opens right after the figure and stays open; in it come
    one unit of the figure's currency, a figure in another currency (the rate), then,
    after a comma or an announcing word, the equivalent in that other currency. The
    rate's two figures are paired with nothing."""
    if i + 3 >= len(mentions):
        return 0
    source, one, rate, stated = mentions[i : i + 4]
    if one.amount != 1 or one.range is not None or one.currency != source.currency:
        return 0
    if rate.currency is None or rate.currency == source.currency:
        return 0
    if stated.currency != rate.currency:
        return 0
    opening = text[source.span[1] : _stated_start(one)]
    inside = text[one.span[1] : _stated_start(rate)]
    tail = text[rate.span[1] : _stated_start(stated)]
    if not (len(opening) <= _MAX_GAP and any(b in opening for b in _BRACKETS)):
        return 0
    if len(inside) > _MAX_GAP or len(tail) > _MAX_ANNOUNCED_GAP:
        return 0
    for part in (opening, inside, tail):
        if _CLAUSE_BREAK.search(part) is not None or any(c in part for c in ")]）"):
            return 0
    if any(b in inside + tail for b in _BRACKETS):
        return 0
    near = text[rate.span[1] : stated.span[0]]
    if openers.announced.search(near) is not None:
        return i + 3
    if stated.qualifier == "approximate" and openers.comma.match(tail) is not None:
        return i + 3
    return 0


def _magnitude_unread(lex: Lexicon, gap: str) -> bool:
    """Whether the word between a bare number and the bracket of its equivalent opens
    with a magnitude word the reader did not take as the number's (written together
    with what follows it: ``۱۴ میلیاردریال (حدود ۳۰۰ هزار دلار)`` is 14 billion rials,
    not 14). Such a number's amount is not what the writer converted, so it is not
    paired; a bare number before another word (``78 тысяч фунтов (…)``, the pounds
    unread) keeps its amount and is paired, without a currency."""
    word = _WORD_FIRST.match(gap)
    if word is None or not any(b in gap for b in _BRACKETS):
        return False
    first = _LETTERS.match(gap, word.end() - 1)
    if first is None:
        return False
    folded = first.group().casefold()
    return any(
        len(magnitude) >= 3 and folded.startswith(magnitude.casefold())
        for magnitude in lex.magnitudes
    )


def _worth(openers: _Openers, text: str, stated: Mention) -> bool:
    """Whether a word that says it is the figure's worth follows ``stated`` (``wert``,
    ``相当``, ``에 해당``), as a whole word where words are spaced (``wert``, not
    ``werten``); in the scripts that write no spaces the word may go on (``해당한다``)."""
    found = openers.worth.match(text, stated.span[1])
    if found is None or found.end() == stated.span[1]:
        return False
    return not is_letter(text[found.end() : found.end() + 1])


def _dashed(text: str, gap: str, stated: Mention) -> bool:
    """Whether the figure after a spaced dash is set off as an aside: the same dash
    closes it, or it is approximate and ends its clause. (``$5 billion — 20
    billion yuan of it from China`` is no aside.)"""
    dash = gap.strip()[:1]
    after = text[stated.span[1] : stated.span[1] + 3]
    if re.match(rf"\s{dash}(?:\s|\Z)", after):
        return True
    return _hedged_end(text, stated)


def _hedged_end(text: str, stated: Mention) -> bool:
    """Whether ``stated`` is approximate, more than or less than (``about``,
    ``drygt``, ``vajaa``) and ends its clause: a restatement, not a list's item."""
    if stated.qualifier not in ("approximate", "more_than", "less_than"):
        return False
    return _LINK_END.match(text, stated.span[1]) is not None


def _coded(stated: Mention) -> bool:
    """Whether the stated figure names its currency with an ISO code."""
    text = stated.text
    return stated.currency is not None and stated.currency in text and stated.resolved_by == "code"


def _restated_next(openers: _Openers, text: str, gap: str, stated: Mention) -> bool:
    """Whether ``gap``, from a figure to ``stated``, ends the figure's sentence (or
    starts a dash clause) and opens the next with a phrase that restates it.

    The rest of the figure's sentence is short and has no other break; the next
    sentence begins with the phrase and its first figure (or that figure's
    qualifier) follows it at once. A plain copula (``That is``, ``Das sind``)
    counts only when the stated figure also ends its clause.
    """
    if len(gap) > _MAX_TAIL + 60:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(gap))
    if len(breaks) != 1 or breaks[0].start() > _MAX_TAIL:
        return False
    opener = openers.restated.match(gap, breaks[0].end())
    if opener is None:
        return False
    return opener.group("restates") is not None or bool(_CLAUSE_END.match(text, stated.span[1]))


def _closing(text: str, end: int, between: str) -> int:
    """Extend a pair's span over the bracket that closes it: ``A ($53 billion)``, ``A
    (unos 6,4 millones de dólares actuales)``, and
    ``A (13 billion euros, $16 billion)`` for its second equivalent too, when a
    bracket opened ``between`` the two figures is still open."""
    close = _CLOSE.match(text, end)
    if close is None:
        return end
    opened = sum(between.count(b) for b in "([（") - sum(between.count(b) for b in ")]）")
    return close.end() if opened > 0 else end


def _apart(
    reader: Reader,
    source: tuple[Mention, Surface | None],
    stated: tuple[Mention, Surface | None],
) -> tuple[Mention, Mention]:
    """Source and stated figures of a pair read in the same currency, told apart if
    one of them was only chosen (default, locale, context): a stated equivalent is a
    conversion into another currency, so that one takes its next reading without the
    other's currency (``20.2 billion pesos ($1 billion)`` with ``default_currency="ARS"``
    is ARS and USD). The stated side is re-read first.

    Two figures written in the same group of currencies and both read in the one a
    locale or the context chose stay alike: the text names one currency twice (``plus
    de 7.000 milliards de FCfa (7356 milliards de Francs CFA selon les chiffres
    officiels)``, a sum restated), not two members of the group."""
    (first, first_surface), (second, second_surface) = source, stated
    if (
        first_surface is not None
        and second_surface is not None
        and set(first_surface.codes) == set(second_surface.codes)
        and first.resolved_by in CHOSEN
        and second.resolved_by in CHOSEN
    ):
        return first, second
    again = _reread_without(reader, stated, source[0])
    if again is not None:
        return source[0], again
    again = _reread_without(reader, source, stated[0])
    if again is not None:
        return again, stated[0]
    return source[0], stated[0]


def _reread_without(
    reader: Reader, side: tuple[Mention, Surface | None], other: Mention
) -> Mention | None:
    """The mention re-resolved without ``other``'s currency and without a default, if
    it was only chosen and another reading exists. Its ``resolved_by`` is then
    ``pair`` and a note says what the reading was and which rule chose the new one.
    When no rule chooses among the rest, the mention is left open (``currency=None``,
    the rest in ``alternatives``), but only when the other side names its currency
    itself (``$ 500.000 millones (unos US$ 2.500 millones)``: the pesos of some
    country, not dollars); two chosen readings (``$5 ($6)``) stay as they are."""
    mention, surface = side
    taken = other.currency
    if surface is None or mention.resolved_by not in CHOSEN or len(surface.codes) < 2:
        return None
    rest = tuple(code for code in surface.codes if code != taken)
    currency, alternatives, by = resolve_surface(
        reader, Surface(surface.text, rest, surface.kind), Context(set(), {}), default=False
    )
    if currency is None:
        if other.resolved_by in CHOSEN or other.resolved_by == "unresolved":
            return None
        note = (
            f"left open for its pair with {other.text!r}: a stated equivalent is in"
            f" another currency than its figure; alone it reads as {taken}"
            f" ({mention.resolved_by})"
        )
        return dataclasses.replace(
            mention,
            currency=None,
            alternatives=alternatives or rest,
            resolved_by="pair",
            notes=(*mention.notes, note),
        )
    note = (
        f"read as {currency} ({by}) for its pair with {other.text!r}: a stated equivalent"
        f" is in another currency than its figure; alone it reads as {taken}"
        f" ({mention.resolved_by})"
    )
    return dataclasses.replace(
        mention, currency=currency, resolved_by="pair", notes=(*mention.notes, note)
    )


def _next_sentence(
    openers: _Openers, text: str, mentions: list[Mention], keep_bare: list[bool], i: int
) -> int:
    """The index of the figure the next sentence states as the equivalent of
    ``mentions[i]``, or 0. Years, dates and counts between them belong to the
    first sentence and are passed over; any other figure in between makes
    ``mentions[i]`` not the last of its sentence, and then nothing is paired."""
    j = i + 1
    end = mentions[i].span[1]
    while j < len(mentions) and not (
        keep_bare[j] or mentions[j].currency or mentions[j].alternatives
    ):
        if mentions[j].span[0] - end > _MAX_TAIL:
            return 0  # past the tail a sentence may have: stop looking (linear time)
        j += 1
    if j == len(mentions):
        return 0
    stated = mentions[j]
    gap = text[mentions[i].span[1] : _stated_start(stated)]
    return j if _restated_next(openers, text, gap, stated) else 0


def pairs(
    text: str,
    reader: Reader,
    mentions: list[Mention],
    keep_bare: list[bool],
    surfaces: list[Surface | None],
) -> list[Pair]:
    """The stated equivalences among ``mentions`` (see the module docstring)."""
    openers = _openers(reader.lex)
    found: list[Pair] = []
    #: the source each stated figure was found for: two equivalents of one figure,
    #: side by side in its bracket, are no equivalents of each other (``240億ポンド(約310億
    #: 米ドル、約3兆3000億円)``)
    stated_for: dict[int, int] = {}
    for i, source in enumerate(mentions):
        has_currency = bool(source.currency or source.alternatives)
        if not has_currency and not keep_bare[i]:
            continue
        if openers.rate.search(
            text, max(0, _stated_start(source) - _RATE_WORDS), _stated_start(source)
        ):
            continue  # "na cotação atual de R$ 5,60 é próximo de 190 dólares": a rate
        j = i + 1
        first = True
        next_sentence = False  # the pair is "A. That is B.": one stated figure only
        stated_currency: str | None = None
        bracketed = False  # the first equivalent opened a bracket
        while j < len(mentions):
            stated = mentions[j]
            start = _stated_start(stated)
            previous = mentions[j - 1]
            gap = text[previous.span[1] : start]
            if first:
                opened = _opens_named(
                    openers,
                    reader.lex.names_before,
                    text,
                    gap,
                    stated,
                    text[previous.span[1] : stated.span[0]],
                )
                bracketed = any(b in gap for b in _BRACKETS)
                if opened and not has_currency and _magnitude_unread(reader.lex, gap):
                    opened = False  # "۱۴ میلیاردریال (…)": 14 billion rials, not 14
            else:
                opened = (
                    (len(gap) <= _MAX_GAP and openers.next.match(gap) is not None)
                    or _second_alternative(openers, gap, stated, stated_currency)
                    or (bracketed and _second_in_bracket(gap, stated, stated_currency))
                )
            if not opened:
                if not (first and has_currency):
                    break
                past = _past_rate(openers, text, mentions, i) if j == i + 1 else 0
                if past:
                    j, bracketed = past, True  # "1.213 美元(按 1 美元可兑换 7.76 港元计算,约合 …)"
                    stated = mentions[j]
                    gap = text[mentions[j - 1].span[1] : _stated_start(stated)]
                else:
                    j = _next_sentence(openers, text, mentions, keep_bare, i)
                    if j:
                        next_sentence = True
                    else:
                        j = _after_clause(openers, text, mentions, i)
                    if not j:
                        break
                    stated = mentions[j]
                    gap = text[source.span[1] : _stated_start(stated)]
            if not (stated.currency or stated.alternatives):
                break
            same = stated.currency is not None and stated.currency == source.currency
            if (
                same
                and stated.amount != source.amount
                and (first or stated_currency in stated.alternatives)
            ):
                # a later figure read in the source's currency is another equivalent only
                # if it may be read in the first one's ("$160 at the official rate, $120
                # at the blue rate"); else it is a rate or a part ("(28,93 milliárd
                # dollár, 1 rubel=4,3 forint)"), never another reading of the source.
                # The same sum read in the same currency is that sum restated ("INR 51
                # Crores (Fifty One Crores Rupees)"): no conversion
                source, stated = _apart(reader, (source, surfaces[i]), (stated, surfaces[j]))
                same = stated.currency == source.currency
            elif stated.currency is None and source.currency is None:
                # one noun left open both times ("10 рупій …, що дорівнює 127,74 мільярда
                # рупій"): the same currency, whichever it is
                same = bool(stated.alternatives) and stated.alternatives == source.alternatives
            sibling = i in stated_for and stated_for[i] == stated_for.get(j)
            if not same and not sibling:
                stated_for.setdefault(j, i)
                end = _closing(text, stated.span[1], text[source.span[1] : stated.span[0]])
                found.append(
                    Pair(source, stated, (source.span[0], end), text[source.span[0] : end])
                )
                stated_currency = stated_currency or stated.currency
            if next_sentence:
                break  # a next sentence restates one figure
            first = False
            j += 1
    return found


def _is_rate(openers: _Openers, text: str, mention: Mention) -> bool:
    """Whether the words right before ``mention`` make it an exchange rate."""
    start = _stated_start(mention)
    return openers.rate.search(text, max(0, start - _RATE_WORDS), start) is not None


def _after_clause(openers: _Openers, text: str, mentions: list[Mention], i: int) -> int:
    """The index of the equivalent of ``mentions[i]`` stated a clause away in its
    sentence, or 0 (see the module docstring): the next figure of money, past any
    exchange rate, is in another currency, no sentence end, spaced dash or bracket
    stands between them, and a conversion word ends at most three words before it (or its
    qualifier), or the rate passed over stands that close."""
    source = mentions[i]
    if source.currency is None and not source.alternatives:
        return 0
    rate: Mention | None = None
    j = i + 1
    while j < len(mentions):
        mention = mentions[j]
        if mention.span[0] - source.span[1] > _MAX_CLAUSE:
            return 0
        if mention.currency or mention.alternatives:  # a bare day or count passes
            if rate is not None or not _is_rate(openers, text, mention):
                break
            rate = mention  # "na cotação atual de R$ 5,60": passed over, once
        j += 1
    else:
        return 0
    stated = mentions[j]
    start = _stated_start(stated)
    gap = text[source.span[1] : start]
    if stated.currency is None or stated.currency == source.currency:
        return 0
    if _is_rate(openers, text, stated):
        return 0  # a second rate: no amount converted
    if _SENTENCE_END.search(gap) is not None or any(c in gap for c in "()[]（）"):
        return 0
    if openers.compares.match(text, stated.span[1]) is not None:
        return 0
    if rate is not None:
        if rate.currency not in (None, source.currency, stated.currency):
            return 0
        after = text[rate.span[1] : start]
        if re.fullmatch(r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]*", after):
            return j  # "R$ 1.045,00 na cotação atual de R$ 5,60 é próximo de 190 dólares"
        gap = after
    return j if openers.converts.search(gap) is not None else 0


def _second_in_bracket(gap: str, stated: Mention, first_currency: str | None) -> bool:
    """``(… $160 at the official rate, $120 at the blue rate)``: a few words about
    the first equivalent, then a comma or semicolon and a figure in its currency,
    still inside the bracket."""
    if first_currency is None or len(gap) > 40:
        return False
    if first_currency != stated.currency and first_currency not in stated.alternatives:
        return False
    return _IN_BRACKET_NEXT.fullmatch(gap) is not None


def _second_alternative(
    openers: _Openers, gap: str, stated: Mention, first_currency: str | None
) -> bool:
    """``…, or about $6 at the official rate or $4 on the blue market``: an
    alternative word after a few words, then a figure in the first equivalent's
    currency, in the same clause."""
    if first_currency is None or len(gap) > 40:
        return False
    if first_currency != stated.currency and first_currency not in stated.alternatives:
        return False
    if _CLAUSE_BREAK.search(gap) is not None or "(" in gap or ")" in gap:
        return False
    return openers.or_word.search(gap) is not None


def in_locale_currency(
    reader: Reader, mentions: list[Mention], found: list[Pair]
) -> tuple[list[Mention], list[Pair]]:
    """``mentions`` and ``found`` with each bare source (no currency written, none
    given by ``default_currency``) read in the given locale's currency: the writer
    states its equivalent in another currency, so it is money, and a page's figure of
    no currency is in the page's (``10.4 lakh crore (13 billion euros, $16 billion)``
    under ``en_IN``: rupees). Its ``resolved_by`` is ``locale`` and a note says why;
    the territory's other legal tenders are its ``alternatives``. Without a locale
    given by the caller (a language's guess is no page's territory), or when an
    equivalent is in that currency itself (``5 crore (₹50 million)``: no conversion
    then), the source stays as it is."""
    hint = reader.hint
    code = hint.territory_currency
    if not reader.given or reader.default is not None or code is None or not found:
        return mentions, found
    stated_in: dict[int, list[Mention]] = {}
    for pair in found:
        source = pair.source
        if source.currency is None and not source.alternatives:
            stated_in.setdefault(id(source), []).append(pair.stated)
    if not stated_in:
        return mentions, found
    from ..territories import currencies_of

    tenders = currencies_of(hint.territory) if hint.territory else ()
    alternatives = tenders if len(tenders) > 1 else ()
    read: dict[int, Mention] = {}
    for source in {id(p.source): p.source for p in found}.values():
        stated = stated_in.get(id(source))
        if not stated or any(
            m.currency == code or (m.currency is None and code in m.alternatives) for m in stated
        ):
            continue
        note = (
            f"no currency written: read in {hint.locale}'s currency {code}, as a figure"
            f" whose equivalent is stated in another currency ({stated[0].text!r})"
        )
        read[id(source)] = dataclasses.replace(
            source,
            currency=code,
            alternatives=alternatives,
            resolved_by="locale",
            notes=(*source.notes, note),
        )
    if not read:
        return mentions, found
    return (
        [read.get(id(m), m) for m in mentions],
        [
            dataclasses.replace(pair, source=read[id(pair.source)])
            if id(pair.source) in read
            else pair
            for pair in found
        ],
    )
