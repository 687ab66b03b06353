"""Longest-word lookups next to a number: :class:`WordMatcher`, :class:`EndingMatcher`.

The scanner asks, next to every number, whether a currency or magnitude word
starts after it (``billion``, ``yuan``, ``pesos argentinos``) or a code or
symbol ends before it (``US$``, ``RMB``). Both are walks through a trie of
dictionaries, one character at a time, so a lookup costs one probe per
character of the word found (most often a single probe: nothing is there),
whatever the size of the vocabulary, and never more than the longest word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["UNSPACED", "EndingMatcher", "WordMatcher", "fold", "is_letter", "word_end"]

#: The one character whose lower case is two characters: ``İ`` (Turkish dotted
#: capital I) lowers to ``i`` plus a combining dot above.
_DOTTED_I = "\u0130"
_DOTTED_I_LOWER = _DOTTED_I.lower()


def fold(text: str) -> str:
    """``text`` in lower case, one character for one (``İ`` becomes ``i``), so that
    a folded word is as long as the text it matches and offsets stay right."""
    return text.replace(_DOTTED_I, "i").lower()


#: The letters of the scripts below U+2E80 that write no space between words, as
#: CJK and kana do not: the blocks of Unicode's line-breaking class SA ("South East
#: Asian", UAX #14: words are found by a dictionary, not by spaces) below U+2E80:
#: Thai and Lao, Myanmar, Khmer, Tai Le, New Tai Lue, Khmer Symbols, Tai Tham (Tai
#: Viet and the Myanmar extensions are above it). A word of theirs may touch the
#: next (หมื่นล้านบาท).
UNSPACED = frozenset(
    chr(code)
    for first, last in (
        (0x0E00, 0x0EFF),  # Thai, Lao
        (0x1000, 0x109F),  # Myanmar
        (0x1780, 0x17FF),  # Khmer
        (0x1950, 0x19FF),  # Tai Le, New Tai Lue, Khmer Symbols
        (0x1A20, 0x1AAF),  # Tai Tham
    )
    for code in range(first, last + 1)
)


def is_letter(ch: str) -> bool:
    """A letter or digit of a script that writes spaces between words: CJK, kana and
    the scripts of :data:`UNSPACED` are not (3800亿元, 3 หมื่นล้านบาท), so that their
    words may touch. A combining mark (the vowel signs of Devanagari, Bengali, Tamil:
    the "ो" of "हो") goes on the word of the letter before it."""
    return (
        (ch.isalnum() or (ch > "\u02ff" and unicodedata.category(ch)[0] == "M"))
        and ch < "\u2e80"
        and ch not in UNSPACED
    )


def word_end(text: str, pos: int) -> int:
    """Where the word going on at ``pos`` ends: letters and the combining marks of
    scripts that write vowels with them (Devanagari, Tamil, Telugu)."""
    length = len(text)
    while pos < length:
        ch = text[pos]
        if not (ch.isalpha() or unicodedata.category(ch)[0] == "M"):
            break
        pos += 1
    return pos


class _Node:
    """A trie node: the next characters, and the word that is complete here (if any)."""

    __slots__ = ("children", "glues", "stem", "word")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.word: str | None = None
        #: the word ends (or, read leftwards, starts) with a letter: it must not touch another
        self.glues = False
        #: the word is read with whatever ending is glued to it (Marathi डॉलर्सची)
        self.stem = False


def _trie(words: Iterable[str], *, reverse: bool = False, stems: Iterable[str] = ()) -> _Node:
    return _build_trie(frozenset(words), reverse, frozenset(stems))


class _Branch(_Node):
    """A node under the root whose own subtree is built when first walked: a
    lexicon knows thousands of words (every language's currency names), a text
    meets the words of a few first characters, and a short one is read at once."""

    __slots__ = ("_pending",)

    def __init__(self, pending: list[tuple[str, str, bool]]) -> None:
        # no ``children`` yet: reading them builds them (see __getattr__)
        self.word = None
        self.glues = False
        self.stem = False
        #: (the rest of the word, the word, whether it is a stem)
        self._pending = pending

    def __getattr__(self, name: str) -> dict[str, _Node]:
        if name != "children":
            raise AttributeError(name)
        below = _Node()
        for rest, word, stem in self._pending:
            node = below
            for ch in rest:
                node = node.children.setdefault(ch, _Node())
            _complete(node, word, stem, rest)
        _alias_dotted_i(below)
        self.children = below.children
        return below.children


def _complete(node: _Node, word: str, stem: bool, path: str) -> None:
    node.word = word
    # a word ending in a letter must not go on; one ending in a vowel sign may take a
    # suffix (Tamil "கோடிக்கு", crore's dative)
    last = path[-1]
    node.glues = last.isalnum() and last < "\u2e80" and last not in UNSPACED
    node.stem = stem


@lru_cache(maxsize=64)
def _build_trie(words: frozenset[str], reverse: bool, stems: frozenset[str]) -> _Node:
    # Shared between lexicons (never changed once built, but for a branch built when
    # first walked): most locales know the same words.
    root = _Node()
    pending: dict[str, list[tuple[str, str, bool]]] = {}
    for word in words:
        path = word[::-1] if reverse else word
        pending.setdefault(path[0], []).append((path[1:], word, word in stems))
    for first, entries in pending.items():
        branch = _Branch([entry for entry in entries if entry[0]])
        for rest, word, stem in entries:
            if not rest:  # a one-character word ends at the branch itself
                _complete(branch, word, stem, first)
        root.children[first] = branch
    _alias_dotted_i(root, lazy=True)
    return root


def _alias_dotted_i(root: _Node, *, lazy: bool = False) -> None:
    """Let ``İ`` walk where ``i`` does: the walk lower-cases one text character at a
    time, and ``"İ".lower()`` is two characters, so it is a key of its own. Costs
    nothing at lookup time (no test per character). With ``lazy`` only the root's
    own children (its branches alias theirs when they are built)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if not lazy:
            stack.extend(node.children.values())
        child = node.children.get("i")
        if child is not None:
            node.children[_DOTTED_I_LOWER] = child


def _walk(node: _Node, text: str, i: int, fold: bool) -> tuple[str, int] | None:
    """The longest word at or below ``node`` (the node of the text's character
    before ``i``) not glued to a letter after it, and where it ends.

    With ``fold`` the text is lower-cased character by character (the words
    are lower-case); ``İ`` walks where ``i`` does (see :func:`_alias_dotted_i`).
    One dictionary probe per character, the first few taken from a slice (lower-cased
    at once when it is ASCII); the folded and exact walks are apart so that neither
    tests ``fold`` per character.
    """
    length = len(text)
    found = None
    if fold:
        ahead = text[i : i + _AHEAD]
        if ahead.isascii():  # lower-cased at once: one character for one, whatever is around
            for ch in ahead.lower():
                word = node.word
                if word is not None:  # _found, told by ``ch``, the ASCII character after it
                    if node.stem:
                        found = word, word_end(text, i)
                    elif (
                        not node.glues
                        or not ch.isalnum()
                        or (ch.isdecimal() and not word.isascii())
                    ):
                        found = word, i
                child = node.children.get(ch)
                if child is None:
                    return found
                node = child
                i += 1
        while True:
            if node.word is not None:
                found = _found(node, text, i, length, found)
            if i >= length:
                return found
            child = node.children.get(text[i].lower())
            if child is None:
                return found
            node = child
            i += 1
    for ch in text[i : i + _AHEAD]:
        if node.word is not None:
            found = _found(node, text, i, length, found)
        child = node.children.get(ch)
        if child is None:
            return found
        node = child
        i += 1
    while True:
        if node.word is not None:
            found = _found(node, text, i, length, found)
        if i >= length:
            return found
        child = node.children.get(text[i])
        if child is None:
            return found
        node = child
        i += 1


#: How many characters a folded walk lower-cases at once (most words are shorter;
#: a longer one goes on character by character).
_AHEAD = 12


def _found(
    node: _Node, text: str, i: int, length: int, found: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The word complete at ``node`` (ending at ``i``) if it may end there, else ``found``."""
    word = node.word
    assert word is not None
    if node.stem:
        return word, word_end(text, i)
    if not node.glues:
        return word, i
    # the character after it must not be a letter (see is_letter); the digits of the
    # next part may touch a word of a script other than Latin ("ارب26کروڑ")
    after = text[i] if i < length else ""
    # is_letter, at once for ASCII (a space or a bracket after most words found)
    if (after.isalnum() if after.isascii() else is_letter(after)) and not (
        after.isdecimal() and not word.isascii()
    ):
        return found
    return word, i


class WordMatcher:
    """The longest known word starting at a position of a text.

    ``exact`` words match as written (codes, symbols, ``M``, ``bn``);
    ``folded`` words are lower-case and match in any case (``Billion``,
    ``Pesos Argentinos``). At equal length an exact word wins. A word that
    ends with a letter must not be followed by one (``mil`` is not in
    ``million``): then a shorter word on the same path is taken.
    """

    __slots__ = (
        "_exact",
        "_exact_children",
        "_exact_longest",
        "_folded",
        "_folded_children",
        "firsts",
    )

    def __init__(
        self, exact: Iterable[str], folded: Iterable[str], stems: Iterable[str] = ()
    ) -> None:
        exact = frozenset(exact)
        self._exact = _trie(exact)
        self._folded = _trie(folded, stems=stems)
        #: the roots' first characters (a lookup that finds none there costs two probes)
        self._exact_children = self._exact.children
        self._folded_children = self._folded.children
        #: per first character, the length of the longest exact word: a folded word
        #: found longer than that wins without the exact walk (``billion``: ``bn``)
        self._exact_longest: dict[str, int] = {}
        for word in exact:
            self._exact_longest[word[0]] = max(len(word), self._exact_longest.get(word[0], 0))
        firsts = set(self._folded.children)
        firsts.update(ch.lower() for ch in self._exact.children)
        #: the lower-cased first characters of the words (an attribute, not a
        #: property: the scanner reads it next to every number)
        self.firsts: frozenset[str] = frozenset(firsts)

    def match(self, text: str, pos: int) -> tuple[str, int] | None:
        """``(word, end)`` of the longest word at ``pos``; folded words come back lower-case."""
        if pos >= len(text):
            return None
        first = text[pos]
        node = self._folded_children.get(first.lower())
        folded = _walk(node, text, pos + 1, True) if node is not None else None
        node = self._exact_children.get(first)
        if node is None or (folded is not None and folded[1] - pos > self._exact_longest[first]):
            return folded  # most words found: no exact word is as long (the folded walk first)
        exact = _walk(node, text, pos + 1, False)
        if folded is not None and (exact is None or folded[1] > exact[1]):
            return folded
        return exact


class EndingMatcher:
    """The longest known word ending at a position of a text (read leftwards)."""

    __slots__ = ("_root", "last_chars", "longest")

    def __init__(self, words: Iterable[str]) -> None:
        words = frozenset(words)
        self._root = _trie(words, reverse=True)
        #: the characters a word may end with
        self.last_chars = frozenset(self._root.children)
        #: the length of the longest word: no lookup reads further back than this and one more
        self.longest = max(map(len, words), default=0)

    def match(self, text: str, end: int, floor: int) -> tuple[str, int] | None:
        """``(word, start)`` of the longest word ending at ``end`` and starting at
        ``floor`` or later; a word that starts with a letter must not follow one."""
        node = self._root
        found = None
        start = end
        # no word is longer than ``longest``: the walk reads no further back
        for ch in reversed(text[max(0, floor, end - self.longest) : end]):
            child = node.children.get(ch)
            if child is None:
                break
            node = child
            start -= 1
            if node.word is not None and not (
                node.glues and start > 0 and is_letter(text[start - 1])
            ):
                found = node.word, start
        return found
