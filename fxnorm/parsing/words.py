"""Numbers written as words: before a magnitude word (``five million dollars``,
``a billion dollars``, ``dos mil millones de dólares``, ``un milliard d'euros``,
``eine Milliarde Euro``, ``um bilhão de reais``, ``half a million dollars``)
and before a currency noun alone (``five dollars``, ``a hundred dollars``,
``cien pesos``, ``cinq euros``, ``zehn Euro``, ``пять рублей``, ``sto złotych``).

Why a module of its own: the scanner (:mod:`.grammar`) is built around digits;
its regular expression finds numeric runs and everything else is looked up
next to them. Number words need a different anchor, and most texts have none,
so they are read in a separate pass whose results :func:`merge` sorts in among
the scanner's figures. The pass has two anchors, both rare in text and both
found by regular expressions that start with a literal (run in C), so that a
text without one costs a few fast failed searches:

* *magnitude words* (``million``, ``millones``, ``Milliarde``, ``mil``…, see
  :func:`_anchors`): the words before one are read (a bounded number of
  them), and a figure is kept only when a currency word follows (``a million
  people``, ``one of the two banks`` and ``five years`` are never money);
* *currency nouns* after a space and a number word or a word of a longer
  name (``five dollars``, ``US dollars``; ``dollar``, ``pesos``, ``Euro``,
  ``рубля``…, a curated list per language, see :func:`_noun_anchors`): the
  number words right before one are read, to their units (``two thousand
  five hundred dollars``); a magnitude word right before the noun is the
  first anchor's.

Of the words before an anchor, the longest run that is a number is read
(``between five and six million euros``: six million, five being the low end
of a range, see below).

Every position is looked at a bounded number of times, so the pass is linear.

Where the data comes from: magnitude words and their powers of ten are the
lexicon's (CLDR's compact formats plus its curated table), so ``billion`` is
1e12 in French and 1e9 in English exactly as after digits, and the currency
after them is read by the scanner's own ``_suffix``, so
resolution (``resolved_by``, ``alternatives``) is the same as for digits.
CLDR also has rule-based spell-out data (RBNF) for these languages, but babel
neither ships nor parses it, so the number words themselves (one to nineteen,
the tens, the hundreds, "half", "and") are a small curated table per language
in :mod:`.number_words` (English, Spanish, Portuguese, French with its twenties (``soixante-dix``,
``quatre-vingt-dix-neuf``) and the Belgian and Swiss ``septante``/``nonante``,
German, Italian, Russian with its genitive after ``около``/``более``, Polish,
Swedish, Norwegian). German, Italian and the Scandinavian languages write
numbers as one word (``zweihundertfünfzig``, ``duemila``, ``tjugofem``): such
words are split into the table's words.

Precision: the words before the last magnitude word read like digits, so
``five million dollars`` has the precision of ``5 million dollars`` (1E+6)
and ``dos mil quinientos millones`` of ``2500 millones`` (1E+6); without a
magnitude word at the end the figure is stated to its units, as ``100
dollars`` is: ``a hundred dollars`` and ``two thousand five hundred dollars``
have precision 1 (``zweieinhalb Euro``: 0.1), and ``mil pesos`` and ``a
thousand dollars`` keep their magnitude word's (1E+3).

Fractions (the ``halves``, ``fractions``, ``fraction_links`` and
``fraction_ands`` of the language files, and the fraction characters of
``global.toml``): a half or a quarter before a magnitude word adds to the whole
before it (``two and a half billion``, ``1½ million``, ``tres millones y
medio``, ``три с половиной миллиона``), stands alone (``half a million``, ``a
quarter of a billion``, ``eine Viertelmillion``) or, after a number word, counts
(``three quarters of a billion``). The whole may be digits: the scanner reads
``3`` in ``3 and a half million dollars`` as a number alone and ``3 millones``
in ``3 millones y medio de pesos`` without a currency, and this pass goes on
from its figure (:meth:`WordScanner._lead`, :meth:`WordScanner._fractions_after`),
whose place the figure made takes (:func:`.figures.merge`).

Not read:

* an article alone before a noun (``a dollar``, ``un euro``, ``ein Euro``):
  in news it is as often an attribute (``a dollar store``, ``a dollar
  shortage``, ``un euro fuerte``) as one unit, so ``one dollar`` must say it;
* "hundred" alone in English (``several hundred dollars``), and a bare
  hundred or thousand after a vague count (``einige hundert Euro``, ``några
  tusen kronor``);
* nouns glued by a hyphen (``a five-dollar bill``, as ``5-dollar`` after
  digits), in capitals (``five DOLLARS``, as for magnitude words), or not in
  a language's list: each list is what two literal searches find (English
  ``yen``, ``francs``, ``reais`` would need a third), and ``pounds``,
  ``Pfund`` and ``livres`` are left out, being weights or books as often
  (``two to three pounds of chicken breast``; after digits the scanner still
  reads ``5 pounds`` as money);
* a code or symbol after number words (``five USD``, ``cinq €``). A currency
  right before them is read only where a magnitude word is among them and no
  currency follows (Indian English ``Rupees Five Crore Only``, ``Rs.Ten crores``,
  see :meth:`WordScanner._prefixed`).

Ranges of words (``two to three billion dollars``, ``between five and six
million euros``, ``entre dos y tres millones de pesos``, ``zwei bis drei
Milliarden Euro``, ``five to ten dollars``) are read as ranges of digits are:
the number words one link before a figure (a dash, ``to``, ``and`` after
``between`` …) are its low end when :func:`.ranges.is_range` says so, and
:func:`.ranges.join` makes them one figure (:meth:`WordScanner._low_end`).
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from bisect import bisect_left
from collections import deque
from collections.abc import Callable
from decimal import Decimal

from .figures import Figure
from .languages import NumberWords, global_data
from .lexicon import Lexicon, Surface
from .matching import fold, is_letter, word_end
from .numbers import EXACT
from .ranges import is_range, join
from .tokens import combine, currency_before, name_may_precede, skip_space
from .tokens import suffix as _suffix

__all__ = ["Language", "WordScanner", "word_scanner"]

#: Token kinds of the word pass. HALF is a half or a fraction character (added
#: to the number before it: ``three and a half``, ``1½``), FRACTION another
#: fraction word (``a quarter``; after a number word, so many of them: ``three
#: quarters``), OF the word between a fraction and its magnitude word (``a
#: quarter of a billion``), JOIN a word that joins a whole to its fraction only
#: (``три с половиной``). Each token carries its value (a half's is 0.5).
VALUE, ARTICLE, HUNDRED, HALF, AND, SCALE, FRACTION, OF, JOIN = range(9)

HALF_VALUE = Decimal("0.5")


class Language:
    """A language's number words (:class:`~.languages.NumberWords`) as the pass
    reads them: each word with its kind and value."""

    __slots__ = (
        "article_one",
        "bare_hundred",
        "before_digits",
        "compounds",
        "fraction_links",
        "glyphs",
        "longest",
        "nouns",
        "standalone",
        "vague",
        "vigesimal",
        "words",
    )

    def __init__(self, data: NumberWords) -> None:
        self.words: dict[str, tuple[int, Decimal]] = {}
        for word, value in data.values.items():
            self.words[word] = (VALUE, Decimal(value))
        for word in data.articles:
            self.words[word] = (ARTICLE, Decimal(1))
        for word in data.hundreds:
            self.words[word] = (HUNDRED, Decimal(100))
        for word in data.halves:
            self.words[word] = (HALF, HALF_VALUE)
        for word, value in data.fractions.items():
            self.words[word] = (FRACTION, Decimal(value))
        for word in data.fraction_links:
            self.words[word] = (OF, Decimal(0))
        for word in data.fraction_ands:
            self.words[word] = (JOIN, Decimal(0))
        for word in data.ands:
            self.words[word] = (AND, Decimal(0))
        #: fraction characters (every language's): a half's kind, their own value
        glyphs = global_data().fraction_glyphs
        for glyph, value in glyphs.items():
            self.words[glyph] = (HALF, Decimal(value))
        self.glyphs = frozenset(glyphs)
        self.fraction_links = bool(data.fraction_links)
        self.standalone = frozenset(data.standalone)
        self.compounds = data.compounds
        self.vigesimal = data.vigesimal
        self.article_one = data.article_one
        self.bare_hundred = data.bare_hundred
        self.vague = frozenset(data.vague)
        self.nouns = data.nouns
        #: words before digits that add a fraction of their unit (ساڑھے 22 کروڑ)
        self.before_digits = data.before_digits
        self.longest = max(len(word) for word in self.words)


#: A token: (kind, value, start, end, magnitude exponent for scale words).
_Token = tuple[int, Decimal, int, int, int]
#: The tokens of the words a scan has read, by where each word starts.
_Seen = dict[int, list[_Token] | None]
#: What :meth:`WordScanner._word` finds in a ``_Seen`` for a word not read yet.
_UNSEEN: list[_Token] = []
#: A number read from words: (value, exponent of its last magnitude word, where
#: its magnitude words start and end; 0, -1, -1 when it ends in units).
_Number = tuple[Decimal, int, int, int]

_LETTERS = re.compile(r"[^\W\d_]+")
#: Those letters in ASCII (``[^\W\d_]`` and ``str.isalpha`` agree there).
_ASCII_LETTERS = string.ascii_letters
#: The letters up to the end of the window, from where their run starts (the
#: lookbehind makes a try inside a word fail at once: a search costs one step
#: per character of the window, not one match per character)
_LAST_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]+\Z")
_SEPARATORS = frozenset(" \u00a0-")
_SPACES = frozenset(" \u00a0")
_DIGIT = re.compile(r"\d")
_MAX_LEAD = 24  # how far before a magnitude word digits may begin a figure (see _lead)
_DASHES = frozenset("-–—")  # a range's link between number words: five-six million
_MAX_LINK = 5  # longest link word of a range, and its space ("till", "até")
_MAX_WORDS = 10  # words read before a magnitude word: "two hundred and fifty-five"
_MAX_WORD = 40  # longest word looked at (German compounds)
#: The powers of ten below which a magnitude word of a first part is counted in a
#: larger one after the parts (thousands and lakhs of crores, of billions)
_COUNTED = 6
_AHEAD = 64  # words swept ahead of a word without a currency near (see _Closes)
_NONE = 1 << 62  # no anchor (past any text)
_SHORT = 400  # shorter texts are searched with one expression (see _Hits)


# -- anchoring --------------------------------------------------------------
#
# An anchor is a first letter of a magnitude word (either case) followed by the
# next three letters of one (``Bill``, ``mill``, ``Thou``, ``lakh``): one
# regular expression, ``[BCLMTbclmt](?:acs|akh|…|ill|…|ror)``, states it. Run
# as it stands it costs about 6 ns per character, because a pattern that starts
# with a character class makes Python's ``re`` try a match at every letter of
# the class, a fifth of an English text. A pattern that starts with a literal
# is searched for its literal by a tight loop in C instead (under 1 ns per
# character). So the anchor is split by the first letter of the three: one
# pattern per such letter, starting with the literal the group shares (``il``
# for ``ilh ili ill il``, ``hou``, ``a`` for ``acs akh aus``), with a
# lookbehind for the first letter (lookbehinds also see text before the search
# position). The hits of the groups are merged in text order by :class:`_Hits`;
# they are exactly the hits of the one expression (a test compares the two).
# Four searches cost four calls, though, about a microsecond: a short text
# (most of them: prices, table cells) is searched with the one expression.
#
# Most magnitude words in news text follow digits (``$53 billion``): those are
# the scanner's figures, and a hit there read nothing but cost a round trip
# through Python. Both forms of the anchor leave them out with a negative
# lookbehind (:data:`_NOT_AFTER_DIGITS`, tried only where the rest matched), so
# an anchor is a magnitude word that does not follow a digit and one space or
# hyphen (what :func:`_after_digits` tests).

#: Before the anchor's letters (as many as the dot and what follows it stand
#: for): not a digit and a space or hyphen.
_NOT_AFTER_DIGITS = r"(?<!\d[ \u00a0\-]."


def _anchor(scales: dict[str, int]) -> re.Pattern[str]:
    """The anchor as one expression (for short texts); a match is an anchor."""
    tails = sorted({re.escape(w[1:4]) for w in scales}, key=lambda t: (-len(t), t))
    first = _first_letter(scales) + _NOT_AFTER_DIGITS + ")"
    return re.compile(first + "(?:" + "|".join(tails) + ")")


def _first_letter(scales: dict[str, int]) -> str:
    firsts = sorted({w[0] for w in scales} | {w[0].upper() for w in scales})
    return "[" + "".join(re.escape(ch) for ch in firsts) + "]"


def _anchors(scales: dict[str, int]) -> tuple[re.Pattern[str], ...]:
    """One pattern per first letter of the anchors' three-letter tails; a match
    ``m`` is an anchor from ``m.start() - 1`` to ``m.end()``."""
    letter = _first_letter(scales)
    groups: dict[str, set[str]] = {}
    for word in scales:
        groups.setdefault(word[1], set()).add(word[1:4])
    patterns = []
    for _, tails in sorted(groups.items()):
        shared = min(tails, key=len)
        while not all(t.startswith(shared) for t in tails):
            shared = shared[:-1]  # the tails' common prefix: one letter at least
        # longest first, as the one expression tried them: "mill" before "mil"
        rests = sorted((t[len(shared) :] for t in tails), key=lambda r: (-len(r), r))
        alternatives = "|".join(
            re.escape(rest)
            + "(?<="
            + letter
            + re.escape(shared + rest)
            + ")"
            + _NOT_AFTER_DIGITS
            + re.escape(shared + rest)
            + ")"
            for rest in rests
        )
        patterns.append(re.compile(re.escape(shared) + "(?:" + alternatives + ")"))
    return tuple(patterns)


class _Hits:
    """The anchors of one text in order: each group's next anchor is kept until
    the scan has passed it, so every group is searched through the text once.
    Positions asked for must not go down (the scan only moves forward)."""

    __slots__ = ("ends", "searches", "starts", "text")

    def __init__(self, patterns: tuple[re.Pattern[str], ...], text: str) -> None:
        self.text = text
        self.searches = [pattern.search for pattern in patterns]
        #: per group, where its next anchor starts and ends (_NONE: no more)
        self.starts = [-1] * len(patterns)
        self.ends = [-1] * len(patterns)

    def next(self, pos: int) -> tuple[int, int] | None:
        """``(start, end)`` of the first anchor that starts at ``pos`` or after it."""
        starts = self.starts
        for i, start in enumerate(starts):
            if start < pos:  # passed: search the group again
                match = self.searches[i](self.text, pos + 1)  # a letter into the anchor
                if match is None:
                    starts[i] = _NONE
                else:
                    starts[i], self.ends[i] = match.start() - 1, match.end()
        first = min(starts)
        return None if first == _NONE else (first, self.ends[starts.index(first)])


# -- anchoring on currency nouns ---------------------------------------------
#
# Number words without a magnitude word (``five dollars``, ``cien pesos``) have
# no magnitude word to anchor on, and number words themselves are everywhere
# (``one``, ``a``, ``to`` in Norwegian). What such a figure always has is a
# currency noun after a space, and those are few per language: a curated list
# of their beginnings (``Language.nouns``: ``dollar``, ``euro``, ``pesos``);
# the lexicon's :func:`_suffix` then decides what the word names. They are
# found as the magnitude words are, with patterns that start with a literal:
# one letter inside the nouns (the pivot) followed by the rest of a noun,
# with a lookbehind for the noun's first letters (either case), the space and
# a number word or a word of a longer name before it (``five dollars``, ``US
# dollars``: see _noun_anchors), so that the nouns of text without figures
# (``the dollar rose``) and after digits (``5 dollars``) cost nothing in Python.
# Each pattern costs a pass of the C loop over the text (1 to 2 ns per
# character of news text, with the tries at its pivot letter), so the pivots
# are the fewest letters that every noun of the language has one of (``u``
# and ``o`` for English: ``euro``, ``yuan``, ``rupee`` …, ``dollar``,
# ``pesos``, ``kron``), two per language; a noun that would need a third is
# not in the list (see the languages' tables).


def _pivots(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """The fewest letters such that every noun has one of them after its first
    letter and before its last (first such set in alphabetical order)."""
    inner = [set(noun[1:-1]) for noun in nouns]
    letters = sorted(set().union(*inner))
    for size in range(1, len(letters) + 1):
        for chosen in itertools.combinations(letters, size):
            if all(set(chosen) & letters_of for letters_of in inner):
                return chosen
    raise ValueError(f"a noun of {nouns} has no letter inside it")


def _noun_anchors(nouns: tuple[str, ...], before: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """:func:`_noun_sources`, compiled."""
    return tuple(re.compile(source) for source in _noun_sources(nouns, before))


def _noun_sources(nouns: tuple[str, ...], before: frozenset[str]) -> tuple[str, ...]:
    """One pattern per pivot letter (see :func:`_pivots`); a match ends where a
    noun's beginning ends, with a space right before the noun and, before the
    space, the last three letters (or the whole, if shorter) of one of the
    ``before`` words, in lower case, capitalised or in capitals.

    The test of the word before keeps ``the dollar rose``, ``against the
    euro`` and ``380 billion yuan`` out of Python. A lookbehind has a fixed
    width, and an alternation of literals is skipped a word at its first
    letter, so the words are cut to their last three letters: at most three
    lookbehinds, tried only where the noun is (``(?<=(?:ive|One|one|…) [dD]ollar)``).
    It is a necessary condition (``someone dollars`` passes, compounds too:
    ``zweihundertfünfzig Euro`` ends like ``fünfzig``), and
    :meth:`WordScanner._noun_figure` decides."""
    if not nouns or not before:
        return ()
    ends: dict[int, set[str]] = {}
    for word in before:
        for form in (word, word.capitalize(), word.upper()):
            ends.setdefault(len(form[-3:]), set()).add(form[-3:])
    pivots = _pivots(nouns)
    arms: dict[str, list[str]] = {pivot: [] for pivot in pivots}
    for noun in sorted(nouns, key=lambda n: (-len(n), n)):
        at = min(noun.index(p, 1) for p in pivots if p in noun[1:-1])
        first = "[" + re.escape(noun[0]) + re.escape(noun[0].upper()) + "]"
        rest = " " + first + re.escape(noun[1:]) + ")"
        behind = "|".join("(?<=" + _alternatives(words) + rest for _, words in sorted(ends.items()))
        # the noun and its space first: most tries fail there, at one lookbehind
        arms[noun[at]].append(re.escape(noun[at + 1 :]) + "(?<=" + rest + "(?:" + behind + ")")
    return tuple(re.escape(pivot) + "(?:" + "|".join(arms[pivot]) + ")" for pivot in pivots)


def _alternatives(words: set[str]) -> str:
    """``words`` (of one length) as one expression factored by their letters,
    ``(?:a(?:nd|…)|e(?:…)|…)``: ``re`` skips a branch at its first letter, so
    a try costs one comparison per first letter, not one per word."""
    if all(not word for word in words):
        return ""
    tails: dict[str, set[str]] = {}
    for word in words:
        tails.setdefault(word[0], set()).add(word[1:])
    return (
        "(?:"
        + "|".join(re.escape(first) + _alternatives(rest) for first, rest in sorted(tails.items()))
        + ")"
    )


def _word_figure(
    start: int,
    end: int,
    value: Decimal,
    exponent: int,
    surface: Surface | None,
    raw: str,
    mag_exponent: int,
    mag_text: str | None,
) -> Figure:
    """The :class:`Figure` of number words, built with every field given in order
    (``tuple.__new__``, without the Python-level ``__new__`` a NamedTuple has, which
    fills defaults and keywords: half the cost, in a text dense with currency nouns
    once per noun)."""
    return _new_tuple(
        Figure,
        (
            start,
            end,
            value,
            exponent,
            surface,
            raw,
            mag_exponent,
            mag_text,
            None,
            None,
            0,
            False,
            0,
            "words",
        ),
    )


#: ``tuple.__new__``, see :func:`_word_figure`.
_new_tuple = tuple.__new__
#: The sum a number's words are added to.
_ZERO = Decimal(0)


def _disjoint(figures: list[Figure]) -> list[Figure]:
    """``figures`` in text order, without one that overlaps the one before it."""
    figures.sort(key=lambda f: f.start)
    kept: list[Figure] = []
    for figure in figures:
        if not kept or figure.start >= kept[-1].end:
            kept.append(figure)
    return kept


def _after_digits(text: str, hit: int) -> bool:
    """Whether the magnitude word at ``hit`` follows digits and one space or hyphen
    (``$53 billion``, ``50-million``): a figure of the scanner's, never of this pass."""
    return hit > 1 and text[hit - 2].isdigit() and text[hit - 1] in _SEPARATORS


def _one(anchor: re.Pattern[str], text: str) -> Callable[[int], tuple[int, int] | None]:
    """The anchors of a short text, with the one expression (see :class:`_Hits`)."""
    search = anchor.search

    def next_hit(pos: int) -> tuple[int, int] | None:
        found = search(text, pos)
        return None if found is None else found.span()

    return next_hit


class WordScanner:
    """The word-number pass for one lexicon (see :func:`word_scanner`)."""

    __slots__ = (
        "_noun_sources",
        "anchor",
        "anchors",
        "join_firsts",
        "known",
        "lang",
        "lex",
        "noun",
        "nouns",
        "scale_ends",
        "scale_longest",
        "scale_tails",
        "scales",
        "word_tails",
    )

    #: currency nouns after a space (see _noun_anchors), one pattern per pivot
    #: letter (long texts) and the same as one expression (short texts, as the
    #: magnitude anchor); compiled on first use (:meth:`__getattr__`)
    nouns: tuple[re.Pattern[str], ...]
    noun: re.Pattern[str] | None

    def __init__(self, lex: Lexicon, lang: Language) -> None:
        self.lex = lex
        self.lang = lang
        self.known: dict[str, tuple[_Token, ...] | None] = {}
        #: folded magnitude word -> power of ten: the lexicon's full words only
        #: (not ``mn``, ``Mrd``; words of three letters outside the Latin script:
        #: Urdu ``ارب``, Russian ``млн``), plus the language's standalone ones
        self.scales: dict[str, int] = {
            word: magnitude.exponent
            for word, magnitude in lex.magnitudes.items()
            if word_end(word, 0) == len(word)
            and (
                len(word) >= 4 or word in lang.standalone or (len(word) == 3 and not word.isascii())
            )
            and word == fold(word)
        }
        #: the last three letters of those words, and the last letter of those
        #: shorter; the words themselves, and the longest one's length: a word in
        #: ASCII before digits that ends with none of them ends with no magnitude
        #: word, alone or at the end of a compound (see :meth:`_may_end_scale`)
        self.scale_tails = (
            frozenset(word[-3:] for word in self.scales if len(word) >= 3),
            frozenset(word[-1] for word in self.scales if len(word) < 3),
        )
        #: the same of every number word (magnitude words too): a word whose last
        #: letters are ASCII and end none of them is no number word, alone or at
        #: the end of a compound (see :meth:`_may_end_number`)
        numbers = [*lang.words, *self.scales]
        self.word_tails = (
            frozenset(word[-3:] for word in numbers if len(word) >= 3),
            frozenset(word[-1] for word in numbers if len(word) < 3),
        )
        self.scale_ends = tuple(sorted(self.scales))
        self.scale_longest = max(map(len, self.scales), default=0)
        self.anchor = _anchor(self.scales)
        self.anchors = _anchors(self.scales)
        #: the first letters of the words that join a fraction to a figure (``and``,
        #: ``y``, ``с``): a word after a figure that starts otherwise is not read
        self.join_firsts = frozenset(
            word[0] for word, (kind, _) in lang.words.items() if kind in (AND, JOIN)
        )
        self._noun_sources = _noun_sources(lang.nouns, self._before_nouns())

    def __getattr__(self, name: str) -> object:
        """``nouns`` and ``noun``, compiled when first asked for: their patterns
        are large (a lookbehind per noun), and a process that reads one short
        text (``fxnorm convert "380 billion yuan"``) needs only ``noun``."""
        if name == "nouns":
            self.nouns = tuple(re.compile(source) for source in self._noun_sources)
            return self.nouns
        if name == "noun":
            sources = self._noun_sources
            self.noun = re.compile("|".join(sources)) if sources else None
            return self.noun
        raise AttributeError(name)

    def _before_nouns(self) -> frozenset[str]:
        """The words that may come right before a currency noun in a figure: the
        number words that may end a number (not magnitude words, whose figures
        are the magnitude pass's, nor an English article: ``a dollar``) and the
        word before the noun in the lexicon's longer names (``US dollars``,
        ``Hong Kong dollars``, ``norske kroner``), lower case."""
        lang = self.lang
        words = {
            word
            for word, (kind, _) in lang.words.items()
            if kind in (VALUE, HUNDRED) or (kind == ARTICLE and lang.article_one)
        }
        for name, surface in self.lex.after.items():
            parts = name.split()
            if surface.kind == "name" and len(parts) > 1 and parts[-1].startswith(lang.nouns):
                words.add(parts[-2])
        return frozenset(words)

    def scan(self, text: str, digits: list[Figure] | None = None) -> list[Figure]:
        """Every figure of ``text`` written with number words, in order.

        ``digits`` are the scanner's figures, if known: a currency noun inside one
        (``380 billion yuan``) is passed over at once (:func:`merge` would drop a
        word figure that overlaps it anyway)."""
        figures = self._magnitude_figures(text, digits or [])
        if digits:  # "3 millones y medio de pesos", "US$3 million and a half"
            fractions = self._fractions_after(text, digits)
            parts = self._parts_before(text, digits)  # one lakh 20 thousand crore
            if self.lang.before_digits:  # ساڑھے 22 کروڑ روپے
                parts += self._fraction_before(text, digits)
            if fractions or parts:
                figures = _disjoint(figures + fractions + parts)
        noun = self.noun
        if noun is not None and (len(text) >= _SHORT or noun.search(text) is not None):
            spaces = self._noun_spaces(text)  # most short texts: none, for one search
            if spaces:
                figures = self._noun_figures(text, spaces, figures, digits or [])
        if figures and digits:  # ایک ارب 54 کروڑ دس لاکھ روپے: a last part in words
            tails = self._parts_after(text, digits, figures)
            if tails:
                figures = _disjoint(tails + figures)
        if figures and self.lang.before_digits:  # साढ़े तीन लाख रुपये
            figures = self._fraction_before_words(text, figures)
        if figures:  # the low ends of ranges: two to three billion dollars
            figures = self._ranges(text, figures, digits or [])
        return figures

    def reads_more(self, text: str, figure: Figure) -> bool:
        """Whether this pass may read a figure in ``text`` beside the scanner's one
        ``figure`` (the early exit of :func:`.reader.parse` asks): a magnitude
        word not after digits, a currency noun, or a fraction after the figure's
        magnitude word (see :meth:`_fractions_after`)."""
        if self.anchor.search(text) is not None:
            return True
        noun = self.noun
        if noun is not None and noun.search(text) is not None:
            return True
        return self._joins_after(text, figure, {}) is not None

    def _noun_spaces(self, text: str) -> list[int]:
        """The space before each currency noun the pass anchors on, in order
        (the patterns' lookbehinds saw it there)."""
        if self.noun is None:
            return []
        if len(text) < _SHORT:  # one search, as for the magnitude words
            return [text.rfind(" ", 0, m.start()) for m in self.noun.finditer(text)]
        return sorted({text.rfind(" ", 0, m.start()) for p in self.nouns for m in p.finditer(text)})

    def _magnitude_figures(self, text: str, digits: list[Figure]) -> list[Figure]:
        """The figures that end with a magnitude word (and their currency);
        ``digits`` are the scanner's figures (see :meth:`_lead`)."""
        figures: list[Figure] = []
        if len(text) < _SHORT:
            if self.anchor.search(text) is None:
                return figures  # most short texts: no anchor
            next_hit = _one(self.anchor, text)
        else:
            next_hit = _Hits(self.anchors, text).next
        pos = 0
        seen: _Seen = {}
        closes = _Closes(self, text, seen)
        while True:
            hit = next_hit(pos)
            if hit is None:
                return figures
            start, end = hit
            figure = self._figure_at(text, start, seen, closes, digits)
            if figure is not None:
                figures.append(figure)
                pos = max(figure.end, end)
            else:
                # past the stretch of words settled False this hit is in, if any
                pos = max(closes.passed(start), end)

    # -- reading ----------------------------------------------------------

    def _word(self, text: str, start: int, seen: _Seen) -> list[_Token] | None:
        """The tokens of the word that starts at ``start`` (several for a compound),
        remembered in ``seen`` for the scan: the hits of a run of magnitude words
        (``mil mil mil``) read the same words again. The list is shared: not to
        be changed. A word is most often read for the first time: a lookup that
        finds nothing costs no exception."""
        tokens = seen.get(start, _UNSEEN)
        if tokens is _UNSEEN:
            tokens = seen[start] = self._read_word(text, start)
        return tokens

    def _read_word(self, text: str, start: int) -> list[_Token] | None:
        found = _LETTERS.match(text, start)
        if found is None:
            return None
        end = found.end()
        length = len(text)
        if end < length and not text[end].isascii() and _is_mark(text[end]):
            end = word_end(text, start)  # लाख, லட்சம்: letters and their vowel signs
        if end - start > _MAX_WORD or (end < length and text[end].isdigit()):
            return None
        word = fold(text[start:end])
        try:
            parts = self.known[word]
        except KeyError:
            parts = self._parts(word)
        if parts is None:
            return None
        if len(parts) == 1:  # most words: one token, built without a comprehension
            kind, value, a, b, exp = parts[0]
            return [(kind, value, start + a, start + b, exp)]
        return [(kind, value, start + a, start + b, exp) for kind, value, a, b, exp in parts]

    def _parts(self, word: str) -> tuple[_Token, ...] | None:
        """The tokens of ``word`` at offset 0, remembered (a text repeats its words)."""
        token = self._token(word, 0, len(word))
        if token is not None:
            parts: tuple[_Token, ...] | None = (token,)
        elif self.lang.compounds:
            split = self._split(word, 0)
            parts = tuple(split) if split is not None else None
        else:
            parts = None
        if len(self.known) >= 4096:
            self.known.clear()
        self.known[word] = parts
        return parts

    def _word_start(self, text: str, end: int, whole: bool = False) -> int:
        """Where the word that goes on up to ``end`` starts; -1 if there is none, if
        it is too long, or if it would start a compound in a language without them.

        A word is a run of letters as ``[^\\W\\d_]`` has them (``isalnum`` and
        not ``isdecimal``) and vowel signs (Devanagari, Tamil), read backwards a
        character at a time: cheaper than a regular expression for the few letters
        of a word. Where the window is ASCII its letters are ``A-Z`` and ``a-z``,
        and ``rstrip`` finds their run in C (a text dense with number words asks
        this of one or two words a figure)."""
        if not whole and not self.lang.compounds:
            return -1
        floor = max(0, end - _MAX_WORD)
        window = text[floor:end]
        if window.isascii():
            begin = floor + len(window.rstrip(_ASCII_LETTERS))
        else:
            begin = self._letters_back(text, floor, end)
        if begin == end:
            return -1
        return -1 if begin > 0 and is_letter(text[begin - 1]) else begin

    @staticmethod
    def _letters_back(text: str, floor: int, end: int) -> int:
        """Where the run of letters and vowel signs up to ``end`` starts, not before
        ``floor``."""
        begin = end
        while begin > floor:
            ch = text[begin - 1]
            if (not ch.isalnum() and not _is_mark(ch)) or ch.isdecimal():
                break
            begin -= 1
        return begin

    def _token(self, word: str, start: int, end: int) -> _Token | None:
        found = self.lang.words.get(word)
        if found is not None:
            return found[0], found[1], start, end, 0
        exponent = self.scales.get(word)
        if exponent is not None:
            return SCALE, Decimal(1), start, end, exponent
        return None

    def _split(self, word: str, start: int) -> list[_Token] | None:
        """``zweihundertfünfzig`` -> zwei, hundert, fünfzig (longest part first);
        ``fünfundzwanzig`` -> 25; ``duemila`` -> due, mila."""
        tokens: list[_Token] = []
        i = 0
        longest = max(self.lang.longest, 12)
        while i < len(word):
            for j in range(min(len(word), i + longest), i, -1):
                token = self._token(word[i:j], start + i, start + j)
                if token is not None:
                    break
            else:
                return None
            kind = token[0]
            if kind == ARTICLE:  # "ein" inside a word is the number one
                token = (VALUE, token[1], token[2], token[3], 0)
            tokens.append(token)
            i = j
        # German writes the units first: fünf und zwanzig is 25
        merged: list[_Token] = []
        for token in tokens:
            if (
                len(merged) >= 2
                and token[0] == VALUE
                and merged[-1][0] == AND
                and merged[-2][0] == VALUE
                and merged[-2][1] < 10 <= token[1]
            ):
                unit = merged[-2]
                merged[-2:] = [(VALUE, unit[1] + token[1], unit[2], token[3], 0)]
            else:
                merged.append(token)
        return merged

    def _figure_at(
        self, text: str, hit: int, seen: _Seen, closes: _Closes, digits: list[Figure]
    ) -> Figure | None:
        """The figure whose magnitude word the anchor found at ``hit``, if any."""
        if _after_digits(text, hit):
            return None  # "$53 billion": the scanner's (most hits in news text)
        # the word the hit is in (a compound: "duemila", "zweihundertmillionen")
        word_start = self._word_start(text, hit) if hit and is_letter(text[hit - 1]) else hit
        if word_start < 0:
            return None
        if word_start > 0 and text[word_start - 1].isdigit():
            return None
        first = self._word(text, word_start, seen)
        if first is None or not any(t[0] == SCALE for t in first):
            return None
        near = closes.near(word_start, first)
        if not near and not (
            digits and _DIGIT.search(text, max(0, word_start - _MAX_LEAD), word_start)
        ):
            # no currency where a figure from here could end, nor digits before: a
            # currency before the words may still be the figure's (cheque style)
            return self._prefixed(text, word_start, first, seen)
        tokens = self._before(text, word_start, first, seen, False)
        lead = self._lead(text, tokens, digits) if digits else None
        if lead is not None:  # "3 and a half million dollars", "1½ million"
            number = [(VALUE, lead.value, lead.end - len(lead.raw), lead.end, 0), *tokens]
            figure = self._read(text, _Tokens(self, text, number, seen), lead)
            if figure is not None:
                return figure
        if not near:
            return self._prefixed(text, word_start, first, seen)
        # The longest run of these words that reads as a number: "between five and
        # six million euros" is six million (and a range, see _with_low_end).
        for at in range(len(tokens)):
            if self._may_start(text, tokens, at):
                figure = self._read(text, _Tokens(self, text, tokens[at:], seen))
                if figure is not None:
                    return figure
        return self._prefixed(text, word_start, first, seen)

    def _prefixed(
        self, text: str, word_start: int, first: list[_Token], seen: _Seen
    ) -> Figure | None:
        """The figure of the number words before and after the magnitude word at
        ``word_start`` (its tokens ``first``) when a currency stands right before
        them and none after: Indian English writes amounts in words so on cheques,
        tenders and in law (``Rupees Five Crore Only``, ``Rs.Ten crores``, ``Rupees
        Two Lakh Fifty Thousand Only``), the units too (``Rupees One Lakh Twenty
        Thousand Five Hundred Only``). A code or symbol glued or a space before
        the first word, or a name the language writes before numbers."""
        tokens = self._before(text, word_start, first, seen, False)
        if not self._may_start(text, tokens, 0):
            return None
        start = tokens[0][2]
        prefix = currency_before(text, start, self.lex, 0, False)
        if prefix is None and name_may_precede(text, start, self.lex):
            prefix = self._name_before(text, start)
        if prefix is None:
            return None
        figure = self._read(text, _Tokens(self, text, tokens, seen), prefix=prefix)
        if figure is not None and _DIGIT.match(text, skip_space(text, figure.end)):
            return None  # Rs one lakh 20 thousand crore: the digits go on (_parts_before)
        return figure

    def _name_before(self, text: str, start: int) -> tuple[Surface, int] | None:
        """A currency name one space before ``start`` (``Rupees Five``)."""
        names = self.lex.names_before
        if names is None or start < 2 or text[start - 1] not in _SPACES:
            return None
        found = names.match(text, start - 1, 0)
        if found is None:
            return None
        surface = self.lex.after.get(fold(found[0]))
        return None if surface is None else (surface, found[1])

    def _before(
        self, text: str, cursor: int, tokens: list[_Token], seen: _Seen, scales: bool
    ) -> list[_Token]:
        """``tokens`` (of the word at ``cursor``) with the number words before it,
        read right to left, at most :data:`_MAX_WORDS`. Before a magnitude word a
        magnitude word stops the reading (``mil millones`` is read from ``mil``)
        unless ``scales`` (``two thousand five hundred dollars``). A fraction
        character glued to digits (``1½ million``) is read, and stops it."""
        for _ in range(_MAX_WORDS):
            gap = cursor - 1
            if gap <= 0 or text[gap] not in _SEPARATORS:
                break
            if text[gap - 1] in self.lang.glyphs and gap > 1 and text[gap - 2].isdecimal():
                glyph = self._word(text, gap - 1, seen)
                return tokens if glyph is None else glyph + tokens
            if not self._may_end_number(text, gap):
                break  # "dollars" in "five dollars five dollars": read no further
            begin = self._word_start(text, gap, True)
            if begin < 0 or (begin > 0 and text[begin - 1].isdigit()):
                break
            before = self._word(text, begin, seen)
            if before is None or (not scales and any(t[0] == SCALE for t in before)):
                break
            tokens = before + tokens
            cursor = begin
        return tokens

    def _may_start(self, text: str, tokens: list[_Token], first: int) -> bool:
        """Whether a number may start at ``tokens[first]``: at the start of a word
        and not at "and". A bare "hundred" or thousand must not follow digits
        (``5 mil pesos`` is the scanner's, ``5 hundred million`` no figure; a
        number word may: ``bis 2030 eine Billion Euro``) nor count vaguely
        (``several hundred``, ``einige tausend Euro``)."""
        kind, _, start, _, _ = tokens[first]
        if kind == AND or (start > 0 and is_letter(text[start - 1])):
            return False
        if kind not in (HUNDRED, SCALE):
            return True
        if start > 0 and (text[start - 1].isdigit() or _after_digits(text, start)):
            return False
        if kind == HUNDRED and not self.lang.bare_hundred:
            return False
        if self.lang.vague and start > 1:
            before = _LAST_LETTERS.search(text, max(0, start - 1 - _MAX_WORD), start - 1)
            if text[start - 1] == " " and before is not None:
                return fold(before.group()) not in self.lang.vague
        return True

    # -- digits before number words -------------------------------------------
    #
    # The scanner reads ``3`` in ``3 and a half million dollars`` as a number
    # alone (the word after it is no magnitude word) and ``3 millones`` in ``3
    # millones y medio de pesos`` without a currency (the words after it are none).
    # The fraction is words, so this pass reads it, from the scanner's figure of
    # the digits: the figure made takes the digits' figure's place
    # (:func:`.figures.merge`), and a currency before the digits is its own
    # (``US$3 and a half million``).

    def _lead(self, text: str, tokens: list[_Token], digits: list[Figure]) -> Figure | None:
        """The scanner's figure of the digits the words ``tokens`` go on from, when
        they start with the fraction of a whole (``and``, ``с``; a fraction
        character: ``3 and a half``, ``3 с половиной``, ``1½``, ``2 ¼``), and
        it is a whole number alone (no magnitude, no currency after it)."""
        kind, _, start, end, _ = tokens[0]
        glyph = kind == HALF and text[start:end] in self.lang.glyphs
        if not start or not (glyph or kind in (AND, JOIN)):
            return None
        at = start - 1 if text[start - 1] in _SEPARATORS else start
        if (at == start and not glyph) or not at or not text[at - 1].isdecimal():
            return None
        i = bisect_left(digits, at, key=_end)
        if i == len(digits) or digits[i].end != at:
            return None
        return digits[i] if _whole_alone(digits[i]) else None

    def _joins_after(self, text: str, figure: Figure, seen: _Seen) -> list[_Token] | None:
        """The tokens of ``figure`` (digits and a magnitude word, no currency after
        it) when the words after it join a fraction to it (``3 millones y medio``,
        ``3 million and a half``, ``3 миллиона с половиной``), else ``None``."""
        mag = figure.mag_text
        end = figure.end
        if (
            mag is None
            or end + 2 > len(text)
            or text[end] not in _SPACES
            or figure.exponent
            or figure.lone
            or figure.high is not None
            or figure.written != "digits"
            or not text.endswith(mag, 0, end)
            or fold(text[end + 1]) not in self.join_firsts
        ):
            return None
        after = self._word(text, end + 1, seen)
        if after is None or after[0][0] not in (AND, JOIN):
            return None
        mag_start = end - len(mag)
        number = text.rfind(figure.raw, figure.start, mag_start)
        if number < 0:
            return None
        return [
            (VALUE, figure.value, number, number + len(figure.raw), 0),
            (SCALE, Decimal(1), mag_start, end, figure.mag_exponent),
        ]

    def _fractions_after(self, text: str, digits: list[Figure]) -> list[Figure]:
        """The figures of digits, a magnitude word and a fraction in words, then a
        currency (``3 millones y medio de pesos``) or with one before the digits
        (``US$ 3 millones y medio``): each replaces the scanner's figure."""
        found: list[Figure] = []
        seen: _Seen = {}
        length = len(text)
        join_firsts = self.join_firsts
        for figure in digits:
            if not figure.mag_exponent:
                continue
            end = figure.end  # the cheap tests of _joins_after first: most words rule out
            if (
                end + 2 > length
                or text[end] not in _SPACES
                or fold(text[end + 1]) not in join_firsts
            ):
                continue
            tokens = self._joins_after(text, figure, seen)
            if tokens is None:
                continue
            read = self._read(text, _Tokens(self, text, tokens, seen), figure)
            if read is not None and read.end > figure.end:
                found.append(read)
        return found

    # -- a part in words before parts in digits ---------------------------------
    #
    # Figures written in parts may write the first in words and the others in
    # digits: "one lakh 20 thousand crore rupees" is (1,00,000 + 20,000) crore,
    # "eight thousand 487 billion" 8,487 billion, "two billion 500 million
    # dollars" 2.5 billion. The scanner reads the digits' figure (20 thousand
    # crore, 487 billion); this pass reads the words before it, and the figure
    # made of both takes its place (:func:`.figures.merge`). The words end with a
    # magnitude word; the digits' figure either counts in a larger magnitude word
    # that multiplies the words' part too (the parts before it are below that
    # part's place, as :func:`.figures._outer` reads them in digits; the words'
    # magnitude is a thousand or a lakh, below :data:`_COUNTED`: "five million 20
    # billion" is no such figure) or is a part below the words' magnitude, added
    # to it.

    def _parts_before(self, text: str, digits: list[Figure]) -> list[Figure]:
        """The figures of number words ending with a magnitude word right before a
        figure of digits with a magnitude word, read as one figure in parts (see
        above), with the currency after the digits or before the words."""
        found: list[Figure] = []
        seen: _Seen = {}
        floor = 0
        for figure in digits:
            start = self._before_joiner(text, figure.start)
            if (
                start > 1
                and figure.mag_text is not None
                and figure.high is None
                and figure.written == "digits"
                and text[figure.start].isdecimal()
                and text[start - 1] in _SPACES
                and (is_letter(ch := text[start - 2]) or _is_mark(ch))
                and self._may_end_scale(text, start - 1)
            ):
                read = self._part_before(text, figure, floor, seen, start)
                if read is not None:
                    found.append(read)
            floor = figure.end
        return found

    def _before_joiner(self, text: str, start: int) -> int:
        """Where the words before the digits at ``start`` end: before a word the
        language joins a figure's parts with (Persian ``و``: ``دو میلیارد و ۲۱۵
        میلیون دلار``), written between spaces or glued to the digits."""
        for word in self.lex.part_joiners:
            size = len(word)
            if text[start - 1 : start] in _SPACES and text[start - 1 - size : start - 1] == word:
                at = start - 1 - size
            elif text[start - size : start] == word:
                at = start - size
            else:
                continue
            if at > 1 and text[at - 1] in _SPACES:
                return at
        return start

    def _may_end_scale(self, text: str, end: int) -> bool:
        """Whether the word ending at ``end`` may end with a magnitude word (not
        ``more than 380 billion``, ``spend 380B``): told at once when its last
        letters are ASCII, by them (``than``), then by the whole magnitude word
        (``spend`` only ends like ``tausend``)."""
        tail = text[max(0, end - 3) : end]
        if not tail.isascii():
            return True  # लाख, ملیارد: read by the tokens
        tails, lasts = self.scale_tails
        if tail.lower() not in tails and tail[-1:].lower() not in lasts:
            return False
        return fold(text[max(0, end - self.scale_longest) : end]).endswith(self.scale_ends)

    def _may_end_number(self, text: str, end: int) -> bool:
        """Whether the word ending at ``end`` may be a number word (or end with
        one): ``False`` when its last letters are ASCII and no number word ends
        with them (``dollars``, ``to``), told without finding where it starts
        nor reading it. Before a currency noun the pass looks at the word before
        the number's words; in a text dense with nouns that word is most often
        the last one's noun."""
        tail = text[max(0, end - 3) : end]
        if not tail.isascii():
            return True  # vowel signs, final sigma: read by the tokens
        tails, lasts = self.word_tails
        return tail.lower() in tails or tail[-1:].lower() in lasts

    def _part_before(
        self, text: str, figure: Figure, floor: int, seen: _Seen, words_end: int
    ) -> Figure | None:
        digits_words = figure.mag_text
        tokens = self._before(text, words_end, [], seen, True)
        if digits_words is None or not tokens or tokens[-1][0] != SCALE:
            return None
        for at in range(len(tokens)):
            if tokens[at][2] < floor or not self._may_start(text, tokens, at):
                continue
            number = self._whole(text, tokens[at:])
            if number is not None:
                break
        else:
            return None
        value, words_exp, mag_start, _ = number
        digits_mag = figure.mag_exponent
        amount = figure.amount
        last = self._last_magnitude(digits_words)
        lead = value.scaleb(words_exp)
        if (
            last is not None
            and words_exp < min(last, _COUNTED)
            and amount.scaleb(-last) < 10**words_exp
        ):
            # one lakh 20 thousand crore: (1 lakh + 20 thousand) crore
            total = (lead + amount.scaleb(-last)).scaleb(last)
            mag = digits_mag
            exponent = min(figure.exponent, words_exp + last - digits_mag + _exponent(value))
        elif words_exp > digits_mag and amount < 10**words_exp:
            total = lead + amount  # two billion 500 million dollars
            mag = words_exp
            exponent = min(_exponent(value), figure.exponent + digits_mag - words_exp)
        else:
            return None
        start = tokens[at][2]
        surface, fig_start, fig_end = figure.surface, start, figure.end
        prefix = currency_before(text, start, self.lex, floor, False)
        if prefix is None and name_may_precede(text, start, self.lex):
            prefix = self._name_before(text, start)
        if prefix is not None and surface is not None:
            surface, fig_start, _ = combine(prefix, (surface, fig_end), start, fig_end)
        elif prefix is not None:
            surface, fig_start = prefix  # Rs one lakh 20 thousand crore
        elif surface is None:
            return None
        mag_end = text.rfind(digits_words, figure.start, figure.end) + len(digits_words)
        return Figure(
            fig_start,
            fig_end,
            total.scaleb(-mag, EXACT),
            exponent,
            surface,
            text[start : figure.end],
            mag,
            text[mag_start:mag_end],
            written="words",
        )

    def _fraction_before(self, text: str, digits: list[Figure]) -> list[Figure]:
        """The figures of a word that adds a fraction of a unit to the digits after
        it (:attr:`.languages.NumberWords.before_digits`: Urdu ``ساڑھے 22 کروڑ
        روپے`` is 22.5 crore rupees, Hindi ``सवा 3 लाख`` 3.25 lakh), before a
        figure of whole digits and one magnitude word."""
        found: list[Figure] = []
        floor = 0
        for figure in digits:
            start = figure.start
            words = figure.mag_text
            if (
                start > 1
                and words is not None
                and figure.exponent == 0
                and figure.high is None
                and figure.written == "digits"
                and not any(ch.isdecimal() for ch in words)
                and text[start].isdecimal()
                and text[start - 1] in _SPACES
            ):
                begin = self._word_start(text, start - 1, True)
                fraction = (
                    self.lang.before_digits.get(fold(text[begin : start - 1]))
                    if begin >= floor
                    else None
                )
                if fraction is not None:
                    added = Decimal(fraction)
                    surface, fig_start = figure.surface, begin
                    prefix = currency_before(text, begin, self.lex, floor, False)
                    if prefix is not None and surface is None:
                        surface, fig_start = prefix
                    if surface is not None:
                        found.append(
                            figure._replace(
                                start=fig_start,
                                value=figure.value + added,
                                exponent=_exponent(added),
                                surface=surface,
                                raw=text[begin : figure.end],
                                written="words",
                            )
                        )
            floor = figure.end
        return found

    def _fraction_before_words(self, text: str, figures: list[Figure]) -> list[Figure]:
        """The figures in words that a word before them adds a fraction of their first
        unit to, as :meth:`_fraction_before` does for digits: Hindi ``साढ़े तीन लाख``
        is 3.5 lakh, ``साढ़े तीन सौ करोड़`` 350 crore (the unit of a number of
        hundreds is a hundred), ``पौने तीन लाख`` 2.75 lakh."""
        out = figures
        floor = 0
        for i, figure in enumerate(figures):
            start = figure.start
            value = figure.value
            if (
                figure.written == "words"
                and figure.high is None
                and figure.mag_text is not None
                and start > 1
                and text[start - 1] in _SPACES
                and value == value.to_integral_value()
                and value > 0
            ):
                begin = self._word_start(text, start - 1, True)
                fraction = (
                    self.lang.before_digits.get(fold(text[begin : start - 1]))
                    if begin >= floor
                    else None
                )
                unit = _leading_unit(value)
                if fraction is not None and unit is not None:
                    added = Decimal(fraction) * unit
                    surface, fig_start = figure.surface, begin
                    prefix = currency_before(text, begin, self.lex, floor, False)
                    if prefix is not None and surface is None:
                        surface, fig_start = prefix
                    if out is figures:
                        out = list(figures)
                    out[i] = figure._replace(
                        start=fig_start,
                        value=value + added,
                        exponent=min(0, _exponent(added)),
                        surface=surface,
                        raw=text[begin : figure.end],
                    )
            floor = figure.end
        return out

    def _parts_after(self, text: str, digits: list[Figure], figures: list[Figure]) -> list[Figure]:
        """The figures of a figure of digits with a magnitude word and no currency
        followed, a space apart, by a figure of words below its last magnitude word
        with the currency (``54 کروڑ دس لاکھ روپے``: 54 crore and ten lakh rupees),
        read as one figure in parts, with a part in words before the digits too
        (``ایک ارب 54 کروڑ دس لاکھ روپے``)."""
        found: list[Figure] = []
        seen: _Seen = {}
        for figure in figures:
            if figure.written != "words" or figure.surface is None or not figure.mag_exponent:
                continue
            i = bisect_left(digits, figure.start - 1, key=_end)
            if i == len(digits) or digits[i].end != figure.start - 1:
                continue
            head = digits[i]
            words = head.mag_text
            if (
                words is None
                or head.surface is not None
                or head.high is not None
                or figure.high is not None
                or text[head.end] not in _SPACES
            ):
                continue
            last = self._last_magnitude(words)
            if last is None or figure.mag_exponent >= last or figure.amount >= 10**last:
                continue
            mag = figure.mag_exponent
            total = head.amount + figure.amount
            mag_start = text.rfind(words, head.start, head.end)
            mag_end = figure.end
            if figure.mag_text is not None:
                tail = text.rfind(figure.mag_text, figure.start, figure.end)
                mag_end = tail + len(figure.mag_text)
            joined = Figure(
                head.start,
                figure.end,
                total.scaleb(-mag, EXACT),
                min(figure.exponent, head.exponent + head.mag_exponent - mag),
                figure.surface,
                text[head.start : figure.end],
                mag,
                text[mag_start:mag_end],
                written="words",
            )
            floor = digits[i - 1].end if i else 0
            before = None
            if head.start > 1 and text[head.start - 1] in _SPACES:
                before = self._part_before(text, joined, floor, seen, joined.start)
            found.append(before if before is not None else joined)
        return found

    def _last_magnitude(self, words: str) -> int | None:
        """The power of ten of the last of a figure's magnitude words (``crore`` in
        ``thousand crore``)."""
        last = words.split()[-1] if words.split() else words
        magnitude = self.lex.magnitudes.get(fold(last)) or self.lex.magnitudes.get(last)
        return magnitude.exponent if magnitude is not None else None

    # -- number words before a currency noun ---------------------------------

    def _noun_figures(
        self, text: str, spaces: list[int], taken: list[Figure], digits: list[Figure]
    ) -> list[Figure]:
        """``taken`` (the figures read from magnitude words) with the figures of
        number words before the currency nouns after ``spaces`` (in order) that
        are in none of them nor in the scanner's ``digits``."""
        found: list[Figure] = []
        seen: _Seen = {}
        i = j = 0  # the first figures of ``taken`` and ``digits`` not before the noun
        end = 0  # where the last figure found here ends
        for space in spaces:
            while i < len(taken) and taken[i].end <= space:
                i += 1
            while j < len(digits) and digits[j].end <= space:
                j += 1
            if (
                space < end
                or (i < len(taken) and taken[i].start <= space)
                or (j < len(digits) and digits[j].start <= space)
            ):
                continue  # "five million dollars", "380 billion yuan": read already
            figure = self._noun_figure(text, space, seen)
            if figure is not None:
                found.append(figure)
                end = figure.end
        return _disjoint(taken + found) if found else taken

    def _noun_figure(self, text: str, space: int, seen: _Seen) -> Figure | None:
        """The figure whose currency noun follows ``space``: the number words
        before it (``five dollars``, ``dos mil quinientos pesos``) or before one
        or two more words of the currency's name (``five US dollars``)."""
        noun = self.lex.after_words.match(text, space + 1)
        if noun is None:
            return None  # "European", "dollarization": no currency word here
        end = space
        for _ in range(3):
            begin = self._word_start(text, end, True)
            if begin < 0:
                return None
            tokens = self._word(text, begin, seen)
            if tokens is not None:
                break
            if begin < 2 or text[begin - 1] != " ":
                return None
            end = begin - 1  # a word of the name ("US dollars"), or no figure
        else:
            return None
        if tokens[-1][0] not in (VALUE, HUNDRED, ARTICLE):
            return None  # "five million dollars", "mil pesos": read from the magnitude word
        # right before the noun (a space at ``space``), the noun is the suffix's word
        looked_up = noun if end == space else None
        found = _suffix(text, end, self.lex, self.lex.linked_numbers, looked_up)
        if found is None or found[1] <= space + 1:
            return None  # the noun is no currency here ("dollarization")
        surface, fig_end = found
        tokens = self._before(text, begin, tokens, seen, True)
        return self._longest(text, tokens, 0, end, surface, fig_end)

    def _longest(
        self,
        text: str,
        tokens: list[_Token],
        floor: int,
        end: int,
        surface: Surface | None = None,
        fig_end: int = -1,
    ) -> Figure | None:
        """The figure of the longest run of ``tokens`` that is a number to their
        end (see :meth:`_whole`), not before ``floor``; ``end`` is where the
        words end. The figure has ``surface`` for its currency and ends at
        ``fig_end`` when given (after its currency noun): built once, not built
        and replaced, as a text dense with currency nouns asks per noun."""
        for at in range(len(tokens)):
            if tokens[at][2] < floor or not self._may_start(text, tokens, at):
                continue
            number = self._whole(text, tokens[at:])
            if number is None:
                continue
            value, mag_exponent, mag_start, mag_end = number
            start = tokens[at][2]
            exponent = 0
            if value != value.to_integral_value():  # zweieinhalb Euro, полтора рубля
                exponent = value.normalize().as_tuple().exponent  # type: ignore[assignment]
            else:
                value = Decimal(int(value))
            stop = end if fig_end < 0 else fig_end
            mag_text = text[mag_start:mag_end] if mag_exponent else None
            return _word_figure(
                start, stop, value, exponent, surface, text[start:end], mag_exponent, mag_text
            )
        return None

    def _whole(self, text: str, tokens: list[_Token]) -> _Number | None:
        """The number all of ``tokens`` spell (``five``, ``a hundred``, ``two
        thousand five hundred``, ``zweieinhalb``, ``five million``), as (value,
        exponent of the magnitude word it ends with, where its magnitude words
        start and end), the exponent 0 and no magnitude words when it ends in
        units. ``None`` when they spell none; "half" is read only before a
        magnitude word (:meth:`_read`), and an article alone is no number (``a
        dollar store``, ``un euro fuerte``)."""
        last = tokens[-1][0]
        if last == VALUE and len(tokens) == 1:
            # one number word (``five dollars``): what the loop below makes of it
            return _ZERO + tokens[0][1], 0, -1, -1
        if last in (HALF, AND) or (len(tokens) == 1 and last == ARTICLE):
            return None
        mag_start = mag_end = -1
        total = current = Decimal(0)
        last_exp = 99  # exponent of the previous magnitude group: groups go down
        first_exp = 0
        count = len(tokens)
        i = 0
        while i < count:
            kind, value, t_start, t_end, exponent = tokens[i]
            nxt = tokens[i + 1][0] if i + 1 < count else -1
            if kind == VALUE:
                added = self._add(current, value)
                if added is None:
                    return None
                current = added
            elif kind == HUNDRED:
                if current >= 100:
                    return None
                current = (current or Decimal(1)) * 100  # "twenty-five hundred dollars" too
            elif kind == ARTICLE:
                if current == 0 and nxt in (HUNDRED, SCALE):
                    current = Decimal(1)
                elif self._is_one(tokens, i, current):
                    current += 1
                else:
                    return None
            elif kind == AND:
                after_group = i > 0 and tokens[i - 1][0] == SCALE
                if nxt not in (VALUE, ARTICLE) or (current == 0 and not after_group):
                    return None
            elif kind == SCALE:
                if current == 0:
                    if i > 0 or fold(text[t_start:t_end]) not in self.lang.standalone:
                        return None
                    current = Decimal(1)  # mil quinientos pesos
                if mag_start < 0:
                    mag_start = t_start
                composed = nxt == SCALE
                if composed:  # "mil millones": one magnitude of two words
                    i += 1
                    exponent += tokens[i][4]
                mag_end = tokens[i][3]
                if exponent < last_exp:
                    total += current.scaleb(exponent)
                    first_exp = first_exp or exponent
                elif first_exp < _COUNTED and exponent > first_exp and not composed:
                    # as in _read: dos mil quinientos millones, seventy one lakh … crore
                    total = (total + current).scaleb(exponent)
                    first_exp = exponent
                else:
                    return None
                last_exp = exponent
                current = Decimal(0)
            else:  # "half": only before a magnitude word
                return None
            i += 1
        if last == SCALE:  # five million, dos mil
            return total.scaleb(-last_exp), last_exp, mag_start, mag_end
        return total + current, 0, -1, -1

    # -- ranges of words ------------------------------------------------------

    def _ranges(self, text: str, figures: list[Figure], digits: list[Figure]) -> list[Figure]:
        """``figures`` (in order), each joined with the number words of a range's
        low end before it, if any (see :meth:`_low_end`)."""
        seen: _Seen = {}
        joined: list[Figure] = []
        floor = j = 0  # where the figure before ends (word figures and ``digits``)
        for figure in figures:
            while j < len(digits) and digits[j].start < figure.start:
                floor = max(floor, digits[j].end)
                j += 1
            low = self._low_end(text, figure, floor, seen)
            joined.append(figure if low is None else low)
            floor = max(floor, figure.end)
        return joined

    def _low_end(self, text: str, high: Figure, floor: int, seen: _Seen) -> Figure | None:
        """The range from the number words one link before ``high`` to ``high``
        (``two to three billion dollars``, ``between five and six million
        euros``, ``entre dos y tres millones de pesos``, ``zwei bis drei
        Milliarden Euro``, ``five million to six million dollars``), or ``None``.

        The link is a dash or one short word between spaces; whether the words
        and the link make a range is :func:`.ranges.is_range`'s decision, as
        for digits (``from two to three billion dollars`` is a change), and the
        range is joined as digits are (:func:`.ranges.join`). The low end's
        words start at ``floor`` or later (after the figure before)."""
        i = high.start - 1
        if i > floor and text[i] == " ":
            i -= 1
        if i <= floor:
            return None
        if text[i] in _DASHES:  # five-six million, two – three billion
            end = i - 1 if i - 1 > floor and text[i - 1] == " " else i
        else:  # to, and, y, bis, à, e, till, до … (a few letters after a space)
            link = text.rfind(" ", max(floor, i - _MAX_LINK), i)
            if link <= floor or text[link + 1 : i + 1].lower() not in self.lex.range_words:
                return None
            end = link
        if end <= floor or not is_letter(text[end - 1]):
            return None
        begin = self._word_start(text, end, True)
        tokens = self._word(text, begin, seen) if begin >= floor else None
        if tokens is None:
            return None
        low = self._longest(text, self._before(text, begin, tokens, seen, True), floor, end)
        if low is None or not is_range(text, low, high, self.lex, high.mark is not None):
            return None
        return join(low, high)

    def _add(self, current: Decimal, value: Decimal) -> Decimal | None:
        """``current`` with the number word ``value`` added, or ``None`` when it
        does not fit (``five three``): a word fills a place ``current`` has free
        (``twenty five``, ``two hundred fifty``, see :func:`_free_place`).

        French counts in twenties from sixty: ``soixante-dix`` is 60 + 10,
        ``soixante et onze`` 60 + 11, ``quatre-vingts`` 4 x 20 and
        ``quatre-vingt-dix-neuf`` 80 + 19 (the words come split at their
        hyphens or spaces, so the rule is on values: after 60 or 80 a word from
        ten to nineteen fits, and twenty after a four multiplies it)."""
        if not current:
            return value
        if self.lang.vigesimal:
            rest = current % 100
            if rest in (60, 80) and 10 <= value < 20:
                return current + value
            if rest == 4 and value == 20:
                return current + 76  # quatre-vingts, deux cent quatre-vingts
        if value >= _free_place(current):
            return None
        return current + value

    def _units_after(
        self, tokens: list[_Token], done_at: int, stop: int, units: Decimal, last: int
    ) -> int | None:
        """Where the units after the last magnitude word end (``… Thousand Five
        Hundred``): number words only (``hundred``, ``and``), below that word's
        place; ``None`` when they are no such units."""
        kinds = {tokens[j][0] for j in range(done_at + 1, stop)}
        if not kinds <= {VALUE, HUNDRED, AND} or tokens[stop - 1][0] == AND:
            return None
        if units != units.to_integral_value() or units >= Decimal(10) ** last:
            return None
        return tokens[stop - 1][3]

    def _is_one(self, tokens: list[_Token], i: int, current: Decimal) -> bool:
        """Whether the article at ``i`` is the number one at the end of a number
        (``vingt et un``, ``quatre-vingt-un``, ``treinta y un``, ``cent un``):
        after ``and`` or a number word whose units are free."""
        return (
            self.lang.article_one
            and current > 0
            and tokens[i - 1][0] in (AND, VALUE, HUNDRED)
            and self._add(current, Decimal(1)) is not None
        )

    def _read(
        self,
        text: str,
        reader: _Tokens,
        lead: Figure | None = None,
        prefix: tuple[Surface, int] | None = None,
    ) -> Figure | None:
        """The number the tokens spell, up to its last magnitude word, with the
        currency after it; ``None`` without a magnitude word or a currency.
        The words after the magnitude word are read only as far as needed.

        ``lead`` is the scanner's figure of the digits the tokens start with
        (``$3 and a half million``, see :meth:`WordScanner._lead`): a currency
        before its digits is the figure's when none follows. ``prefix`` is a
        currency right before the words (see :meth:`_prefixed`): with none after
        them, the units after the last magnitude word are the figure's too."""
        tokens = reader.tokens
        kind_at = reader.kind_at
        total = Decimal(0)
        current = Decimal(0)
        group_exp = -1  # exponent of the magnitude words being read, -1 outside them
        last_exp = 99  # exponent of the previous group: groups must go down
        first_exp = 0  # exponent of the first group
        smallest = 0
        done_at = -1  # index of the token that ended the last complete group
        mag_start = mag_end = -1
        composed = 0
        numerator = Decimal(0)  # of a fraction after a number word: "three quarters"
        i = 0
        while kind_at(i) >= 0:
            kind, value, t_start, t_end, exponent = tokens[i]
            if kind == SCALE:
                if group_exp >= 0 and tokens[i - 1][0] == SCALE:
                    composed += 1
                    if composed > 1:
                        break
                    group_exp += exponent  # mil millones, lakh crore
                else:
                    composed = 0
                    if current == 0:
                        if i == 0 and fold(text[t_start:t_end]) in self.lang.standalone:
                            current = Decimal(1)
                        else:
                            break
                    group_exp = exponent
                    if mag_start < 0:
                        mag_start = t_start
                if kind_at(i + 1) != SCALE:
                    if group_exp < last_exp:
                        total += current.scaleb(group_exp)
                        first_exp = first_exp or group_exp
                    elif first_exp < _COUNTED and group_exp > first_exp and not composed:
                        # thousands (and lakhs) multiply a larger magnitude word: "dos
                        # mil quinientos millones" is 2,500 millions, "twenty five
                        # thousand crore", "seventy one lakh fifty nine thousand five
                        # hundred eighty crore" 71,59,580 crore (not one of two words:
                        # "dos mil y tres mil millones")
                        total = (total + current).scaleb(group_exp)
                        first_exp = group_exp
                    else:
                        break
                    current = Decimal(0)
                    last_exp = smallest = group_exp
                    group_exp = -1
                    done_at, mag_end = i, t_end
                i += 1
                continue
            nxt = kind_at(i + 1)
            if kind in (AND, JOIN):
                after_scale = i > 0 and tokens[i - 1][0] == SCALE and done_at == i - 1
                if after_scale and nxt in (HALF, FRACTION, ARTICLE):
                    # "millón y medio", "million and a half", "milliard et demi",
                    # "millones y cuarto"
                    j = i + 1 if nxt != ARTICLE else i + 2
                    if kind_at(j) in (HALF, FRACTION):
                        total += tokens[j][1].scaleb(last_exp)
                        done_at, mag_end = j, tokens[j][3]
                    break
                if kind == JOIN and nxt not in (HALF, FRACTION):
                    break  # "три с половиной", and nothing else
                if nxt not in (VALUE, ARTICLE, HALF, FRACTION) or (
                    current == 0 and not after_scale
                ):
                    break
            elif kind == ARTICLE:
                if nxt in (HALF, FRACTION):
                    pass  # "a half million", "eine halbe Million", "a quarter of a billion"
                elif nxt in (SCALE, HUNDRED) and current == 0:
                    current = Decimal(1)
                elif self._is_one(tokens, i, current):
                    current += 1  # "vingt et un millions", "treinta y un millones"
                else:
                    break
            elif kind in (HALF, FRACTION):
                j = i + 1
                if nxt == OF:  # "a quarter of a billion"
                    j += 1
                elif nxt == ARTICLE and current:
                    break  # "three and half a million" is no three and a half million
                elif kind == FRACTION and i == 0 and self.lang.fraction_links:
                    # where a word links a fraction to its magnitude word, one alone
                    # is none: "the fourth quarter a billion dollars were lost"
                    break
                if kind_at(j) == ARTICLE:  # "half a million"
                    j += 1
                if kind_at(j) != SCALE:
                    break
                # "two and a half billion", "1½ million"; "two and one-half",
                # "three quarters of a billion" (so many of them: see the number words)
                current += value * numerator if numerator else value
                numerator = Decimal(0)
                i = j
                continue
            elif kind == OF:
                break
            elif kind == HUNDRED:
                # hundreds of one to nine, and of eleven to ninety-nine not a round ten
                # ("eleven hundred billion rupees", "twenty-five hundred million")
                if current >= 100 or current == 10 or (current >= 20 and current % 10 == 0):
                    break
                current = (current or Decimal(1)) * 100
            else:  # a number word: it must fill a place the number has free
                if (
                    nxt in (HALF, FRACTION)
                    and value < 10
                    and (current == 0 or tokens[i - 1][0] in (AND, JOIN))
                    and text[tokens[i + 1][2] : tokens[i + 1][3]] not in self.lang.glyphs
                ):
                    numerator = value  # "one-half", "three quarters", "dreiviertel"
                    i += 1
                    continue
                added = self._add(current, value)
                if added is None:
                    break
                current = added
            i += 1
        if done_at < 0:
            return None
        end = tokens[done_at][3]
        start = tokens[0][2]
        found = _suffix(text, end, self.lex, True)
        if lead is not None and lead.surface is not None:
            prefix = lead.surface, lead.start  # "$3 and a half million"
        elif found is None and prefix is None:
            return None
        elif found is None and current and i > done_at + 1:
            units = self._units_after(tokens, done_at, i, current, smallest)
            if units is not None:  # Rupees One Lakh Twenty Thousand Five Hundred Only
                total += current
                smallest = 0
                end = units
        surface, fig_start, fig_end = combine(prefix, found, start, end)
        value = total.scaleb(-smallest)
        if value == value.to_integral_value():
            value, exponent = Decimal(int(value)), 0
        else:
            exponent = value.normalize().as_tuple().exponent  # type: ignore[assignment]
        return Figure(
            fig_start,
            fig_end,
            value,
            exponent,
            surface,
            text[start:end],
            smallest,
            text[mag_start:mag_end] if smallest else None,
            written="words",
        )


class _Closes:
    """Per scan: whether a currency follows a word where a figure read from a
    magnitude word could end, which is the cheap part of reading one.

    A figure found from a hit ends at a magnitude word (or at ``medio`` in
    ``millón y medio``) of the hit's word or of the :data:`_MAX_WORDS` number
    words after it, and :func:`_suffix` must find a currency there; else
    :meth:`WordScanner._read` returns ``None`` whatever the words say. So a hit
    whose window has no such word is passed over before any reading.

    In a run of magnitude words (``mil mil mil…``, ``one million one
    million…``) every hit would read the same ten words again. Here the words
    of a run are swept once, left to right, and each word's verdict is settled
    when a word that closes (a currency after it) comes up, when ten words have
    passed without one, or when the run ends. Verdicts are settled in order, so
    the words settled ``False`` last form one stretch, and every hit inside it
    reads nothing (:meth:`passed`): the scan goes on after it. Hits come in
    order, so the sweep only moves forward; it costs one :func:`_suffix` per
    magnitude word of the text and runs ahead at most :data:`_AHEAD` words
    past a word settled ``False``.
    """

    __slots__ = (
        "end",
        "index",
        "known",
        "pending",
        "scanner",
        "seen",
        "stretch",
        "text",
    )

    def __init__(self, scanner: WordScanner, text: str, seen: _Seen) -> None:
        self.scanner = scanner
        self.text = text
        self.seen = seen
        #: word start -> whether a word that closes is within its window
        self.known: dict[int, bool] = {}
        #: words of the run still open: (start, end, index in the run)
        self.pending: deque[tuple[int, int, int]] = deque()
        self.index = 0  # of the last word swept, in its run
        self.end = -1  # where the last word swept ends
        #: where the words settled False last begin and end ((0, 0): none)
        self.stretch = (0, 0)

    def near(self, start: int, tokens: list[_Token]) -> bool:
        """Whether the word at ``start`` (its ``tokens``) or one of the ten number
        words after it closes. ``start`` must not go down between calls."""
        known = self.known
        if start not in known:
            if start > self.end:  # not in the run swept so far: a new run
                self.pending.clear()  # earlier words, never asked again: unsettled
                self.index = -1
                self._add(start, tokens)
            while start not in known:
                if not self._step():
                    self._settle(False)  # the run ends: no more words that close
        if known[start]:
            return True
        for _ in range(_AHEAD):  # settle the words ahead, for passed()
            if not self._step():
                self._settle(False)
                break
        return False

    def passed(self, hit: int) -> int:
        """Where the stretch of words settled ``False`` that ``hit`` is in ends
        (no hit in it reads a figure), or ``hit`` when it is in none."""
        begin, end = self.stretch
        return end if begin <= hit < end else hit

    def _step(self) -> bool:
        """Sweep the next word of the run (as :class:`_Tokens` would read it)."""
        text, end = self.text, self.end
        if end >= len(text) or text[end] not in _SEPARATORS:
            return False
        tokens = self.scanner._word(text, end + 1, self.seen)
        if tokens is None:
            return False
        self._add(end + 1, tokens)
        return True

    def _add(self, start: int, tokens: list[_Token]) -> None:
        self.index += 1
        end = self.end = tokens[-1][3]
        text, lex, pending = self.text, self.scanner.lex, self.pending
        pending.append((start, end, self.index))
        for kind, _, _, t_end, _ in tokens:
            if kind in (SCALE, HALF, FRACTION) and _suffix(text, t_end, lex, True):
                self._settle(True)  # all within ten words: older ones were settled
                return
        if pending[0][2] <= self.index - _MAX_WORDS:  # its ten words passed
            self._settle_false(pending.popleft())

    def _settle(self, verdict: bool) -> None:
        """Settle every pending word."""
        pending = self.pending
        if verdict:
            for begin, _, _ in pending:
                self.known[begin] = True
            pending.clear()
        while pending:
            self._settle_false(pending.popleft())

    def _settle_false(self, word: tuple[int, int, int]) -> None:
        self.known[word[0]] = False
        begin, end = self.stretch
        # one stretch while the words settled False follow each other
        self.stretch = (begin if end == word[0] - 1 else word[0], word[1])


class _Tokens:
    """The tokens of a figure's words, read to the right of the magnitude word on
    demand (at most :data:`_MAX_WORDS` more words)."""

    __slots__ = ("end", "left", "scanner", "seen", "text", "tokens")

    def __init__(self, scanner: WordScanner, text: str, tokens: list[_Token], seen: _Seen) -> None:
        self.scanner = scanner
        self.text = text
        self.seen = seen
        self.tokens = list(tokens)  # its own: the words' lists are shared (see _word)
        self.end = tokens[-1][3] if tokens else len(text)
        self.left = _MAX_WORDS

    def kind_at(self, index: int) -> int:
        """The kind of the ``index``-th token, or -1 past the figure's words."""
        tokens = self.tokens
        while index >= len(tokens):
            text, end = self.text, self.end
            if self.left <= 0 or end >= len(text) or text[end] not in _SEPARATORS:
                return -1
            after = self.scanner._word(text, end + 1, self.seen)
            if after is None:
                self.left = 0
                return -1
            self.left -= 1
            tokens.extend(after)
            self.end = after[-1][3]
        return tokens[index][0]


def _is_mark(ch: str) -> bool:
    """Whether ``ch`` is a combining mark (a vowel sign of Devanagari or Tamil)."""
    return not ch.isascii() and unicodedata.category(ch)[0] == "M"


def _exponent(value: Decimal) -> int:
    """The exponent of the last digit of a number read from words (0 for a whole
    number, -1 for ``two and a half``)."""
    if value == value.to_integral_value():
        return 0
    return value.normalize().as_tuple().exponent  # type: ignore[return-value]


def _end(figure: Figure) -> int:
    return figure.end


def _leading_unit(value: Decimal) -> Decimal | None:
    """The unit of the first number of a whole ``value`` in words, before its
    magnitude word: one below a hundred ("twenty"), a thousand or a hundred for a
    number of them below a hundred ("three hundred", "twelve hundred"); None for a
    value of more numbers than one (320)."""
    whole = int(value)
    if whole < 100:
        return Decimal(1)
    for power in (1000, 100):
        if whole % power == 0 and whole // power < 100:
            return Decimal(power)
    return None


def _whole_alone(figure: Figure) -> bool:
    """Whether the scanner's ``figure`` is a whole number of digits alone, perhaps
    after a currency: what a fraction in words may go on from."""
    return (
        figure.written == "digits"
        and figure.mag_text is None
        and not figure.mag_exponent
        and not figure.exponent
        and not figure.lone
        and figure.high is None
    )


def _free_place(current: Decimal) -> Decimal:
    """The smallest place ``current`` has filled: a number word added to it must be
    below it (``twenty five``, ``two hundred fifty``, not ``five three``)."""
    place = Decimal(1)
    whole = int(current)
    if whole != current or whole == 0:
        return Decimal(1) if whole else Decimal(1000)
    while whole % 10 == 0:
        whole //= 10
        place *= 10
    return place


_SCANNERS: dict[tuple[tuple[str, ...], str | None, tuple[str, ...]], WordScanner | None] = {}


def word_scanner(lex: Lexicon) -> WordScanner | None:
    """The word-number pass for ``lex``'s primary language, or ``None`` when it has
    no number words (the pass then costs one dictionary lookup)."""
    key = (lex.languages, lex.locale, lex.home)
    try:
        return _SCANNERS[key]
    except KeyError:
        pass
    found = WordScanner(lex, Language(lex.number_words)) if lex.number_words else None
    if len(_SCANNERS) >= 256:
        _SCANNERS.clear()
    _SCANNERS[key] = found
    return found
