"""The language of a text, from its own evidence: its script and its frequent words.

When no locale is given, a text's language decides how its words read
(``billion`` is 10^12 in French), how a number the digits leave open reads (a
Spanish ``4.737 millones`` is 4,737 millions) and which currency ``$``, ``元`` or
``kr`` usually means (its territory, when the language implies one). When a
locale is given and the text is clearly in another language, its words are read
too, and the mentions say so.

The evidence is cheap and bounded: the scripts of the first few thousand
characters (Hangul is Korean, kana Japanese, Han Chinese, in Traditional or
Simplified characters; Tamil, Telugu, Devanagari …), then, for scripts several
languages share (Latin, Devanagari, Cyrillic), the frequent words each
language's data lists (``de``, ``los``, ``millones``; ``der``, ``und``; ``है``,
``आहे``). A language is *confident* when it leads clearly; a text too short to
tell (``$119.00``, ``5 kr``) has no language, and the caller falls back on the
locale or on English, unless one of its money words tells it: a currency noun or a
magnitude word only one language lists (``đồng``, ``millionen``), or only languages
that read it alike (``juta``: Indonesian and Malay, read together), beside a number
(see :func:`.languages.tell_words`; the mentions say which word decided).

Such a text may still name a currency whose press writes one language at home
(``R$ 2,5 bi``: the real, Portuguese): :attr:`TextLanguage.home` lists that
language, weaker evidence than words, which only lends the text its magnitude
words (see :func:`.lexicon.lexicon`); the mentions say when one was read so.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .languages import available, detect_words, global_data, language, script_of, tell_words

__all__ = ["TextLanguage", "detect"]

#: How much of a text is looked at for words, and for scripts.
_WINDOW = 1500
_SCRIPT_WINDOW = 1000

#: What may stick to a word in running text: stripped from its ends.
_PUNCTUATION = '.,;:!?"()[]«»“”‘’¿¡…–—/'

#: Scripts by their Unicode block: (first, last, script).
_BLOCKS = (
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x04FF, "Cyrl"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Hang"),
    (0x3040, 0x30FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xAC00, 0xD7AF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
)

#: The languages of a script that only one language here writes (unless the data
#: gives the frequent words of others of the script: Arabic, Urdu, Persian).
_SCRIPT_LANGUAGE = {
    "Grek": "el",
    "Hebr": "he",
    "Beng": "bn",
    "Gujr": "gu",
    "Taml": "ta",
    "Telu": "te",
    "Knda": "kn",
    "Mlym": "ml",
    "Thai": "th",
    "Hang": "ko",
    "Kana": "ja",
    "Arab": "ar",
}


class TextLanguage(NamedTuple):
    """What a text's evidence says about its language."""

    #: ISO 639-1 code, or None when the text does not tell
    language: str | None
    #: ISO 15924 script (``Latn``, ``Hans``, ``Hant``, ``Deva``), or None
    script: str | None
    #: whether the language leads clearly (several of its words, well ahead of others)
    confident: bool
    #: the evidence, for the mentions' notes (``script Hant``, ``words: de 5, la 3``)
    evidence: str
    #: when no language leads in a script others do not write (Devanagari: Hindi and
    #: Marathi; Cyrillic), the languages of the text's script it may be in: their
    #: words name money alike (``रुपये``, ``рублей``) and are read together
    leaders: tuple[str, ...] = ()
    #: when the words do not tell the language: the home languages of the currency
    #: the text names (``R$``, ``BRL``: Portuguese), and that evidence (``R$ (BRL)``)
    home: tuple[str, ...] = ()
    home_evidence: str = ""
    #: the money words only the language (or ``leaders``) writes that decided it,
    #: when the frequent words did not (``đồng``, ``juta``): one word is thin
    #: evidence, so every mention says it
    told: tuple[str, ...] = ()


_NONE = TextLanguage(None, None, False, "")
#: What :func:`_by_words` says of a Latin-script text without a letter.
_NO_WORDS = TextLanguage(None, "Latn", False, "script Latn")
_ASCII_LETTER = re.compile("[A-Za-z]")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    code = ord(ch)
    for first, last, script in _BLOCKS:
        if first <= code <= last:
            return script
    return "Latn"


@lru_cache(maxsize=16)
def _all_words(script: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """Every frequent word of the languages of ``script``, and who lists each."""
    owners: dict[str, list[str]] = {}
    for code, words in _word_sets().get(script, {}).items():
        for word in words:
            owners.setdefault(word, []).append(code)
    return frozenset(owners), {w: tuple(c) for w, c in owners.items()}


@lru_cache(maxsize=1)
def _word_sets() -> dict[str, dict[str, frozenset[str]]]:
    """script -> language -> the frequent words its data lists (distinct words of a
    text that are among them are the language's evidence)."""
    table: dict[str, dict[str, set[str]]] = {}
    for code in available():
        usual = script_of(code) or "Latn"
        for word in detect_words(code):
            # a word in Latin letters is Latin evidence, whatever the language's usual
            # script: Serbian is written in Cyrillic and in Latin letters
            script = "Latn" if _LATIN_WORD.fullmatch(word) else usual
            table.setdefault(script, {}).setdefault(code, set()).add(word)
    return {
        script: {code: frozenset(words) for code, words in languages.items()}
        for script, languages in table.items()
    }


#: A word of Latin letters only (ASCII and the Latin extensions: č, ė, ə, ş …).
_LATIN_WORD = re.compile(r"[a-z\u00c0-\u024f'’.\-]+")


@lru_cache(maxsize=16)
def _tells(script: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """word -> the languages of ``script`` it tells (see :func:`.languages.tell_words`:
    a money word only they list, and read alike), and the words as a set."""
    owners: dict[str, set[str]] = {}
    for code in _word_sets().get(script, {}):
        for word in tell_words(code):
            owners.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in owners.items()}, frozenset(owners)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The characters of the scripts in :data:`_BLOCKS` (found in C, then told apart),
    and the Latin letters beyond ASCII (é, ł, ș …: a text of them is Latin-written);
    compiled when first needed, not on import."""
    ranges = []
    for first, last, _ in _BLOCKS:
        # a currency sign in a script's block (฿, ৳, ௹, ؋) is no evidence of the
        # text's language: "1,001 Mio. ฿" is German
        start = first
        for code in range(first, last + 1):
            if unicodedata.category(chr(code)) == "Sc":
                if start < code:
                    ranges.append((start, code - 1))
                start = code + 1
        if start <= last:
            ranges.append((start, last))
    scripted = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]")
    return scripted, re.compile(r"[A-Za-z\u00c0-\u024f]")


def detect(text: str) -> TextLanguage:
    """The language and script of ``text`` (see the module docstring)."""
    found = _detect(text[:_WINDOW])
    if found.confident or found.leaders or found is _NO_WORDS:
        return found
    home = _home(text[:_WINDOW])
    if home is None:
        return found
    return found._replace(home=home[0], home_evidence=home[1])


@lru_cache(maxsize=1)
def _home_signs() -> tuple[re.Pattern[str], dict[str, str]]:
    """The signs and codes of the currencies with home languages (one currency
    each, not a letter alone), as one expression, and the currency of each."""
    data = global_data()
    homes = data.home_languages
    currency = {code: code for code in homes}
    for symbol, codes in data.symbols.items():
        if len(codes) == 1 and codes[0] in homes and (len(symbol) > 1 or not symbol.isascii()):
            currency[symbol] = codes[0]
    # the signs, then the codes as any three capitals (the caller keeps those it
    # knows), every branch starting with a character and no lookbehind (the caller
    # tests the character before): so searched, a text is scanned for those first
    # characters by a fast loop, not tried at every position
    signs = sorted(
        (sign for sign in currency if sign not in homes), key=lambda sign: (-len(sign), sign)
    )
    capitals = [f"{letter}[A-Z]{{2}}" for letter in sorted({code[0] for code in homes})]
    pattern = re.compile(
        "(?:" + "|".join([*(re.escape(sign) for sign in signs), *capitals]) + r")(?![^\W\d_])"
    )
    return pattern, currency


def _home(window: str) -> tuple[tuple[str, ...], str] | None:
    """The home languages of the currencies ``window`` names by sign or code, and
    the evidence (``R$ (BRL)``); ``None`` when it names none, or currencies of
    different languages."""
    pattern, currency = _home_signs()
    seen: dict[str, str] = {}
    for match in pattern.finditer(window):
        code = currency.get(match.group())
        start = match.start()
        if code is not None and not (start and _LETTER.match(window, start - 1)):
            seen.setdefault(match.group(), code)
    if not seen:
        return None
    homes = global_data().home_languages
    languages = {homes[code] for code in seen.values()}
    if len(languages) != 1:
        return None
    evidence = ", ".join(
        f"{sign} ({code})" if sign != code else sign for sign, code in seen.items()
    )
    return languages.pop(), evidence


def _detect(window: str) -> TextLanguage:
    if window.isascii():
        if _ASCII_LETTER.search(window) is None:
            return _NO_WORDS  # "$119.00", "/": no word to tell a language
        return _by_words(window, "Latn")
    scripted_chars, latin = _patterns()
    if not _may_hold_script(window) or scripted_chars.search(window, 0, _SCRIPT_WINDOW) is None:
        return _by_words(window, "Latn")
    scripted = scripted_chars.findall(window, 0, _SCRIPT_WINDOW)
    counts: dict[str, int] = {}
    for ch in scripted:
        script = _script(ch)
        counts[script] = counts.get(script, 0) + 1
    if counts.get("Kana"):
        return TextLanguage("ja", "Jpan", True, f"script: {counts['Kana']} kana")
    script, count = max(counts.items(), key=lambda kv: kv[1])
    if count < 4 and len(latin.findall(window[:_SCRIPT_WINDOW])) > 4 * count:
        return _by_words(window, "Latn")  # a Latin text quoting a word or two of another
    if script == "Hani":
        return _chinese(window, count)
    found = _SCRIPT_LANGUAGE.get(script)
    if found is not None and set(_word_sets().get(script, {})) <= {found}:
        return TextLanguage(found, script, True, f"script: {count} {script}")
    return _by_words(window, script)


def _may_hold_script(window: str) -> bool:
    """Whether the first :data:`_SCRIPT_WINDOW` characters of a long ``window`` may
    hold a character of :data:`_BLOCKS`: told in C by the high bytes of their UTF-16
    form (most text in a Latin script has none in those blocks, only ``é`` or ``’``),
    where the class of the scripts' ranges is tried character by character."""
    if len(window) < _HIGHS_FIRST:
        return True  # a short window: the search alone costs less
    head = window[:_SCRIPT_WINDOW].encode("utf-16-be", "surrogatepass")[::2]
    return bool(head.translate(None, _NOT_SCRIPT_HIGHS))


#: Windows at least this long are tested by :func:`_may_hold_script` first.
_HIGHS_FIRST = 256
#: The high bytes (UTF-16) of no character of :data:`_BLOCKS`, deleted by the test.
_NOT_SCRIPT_HIGHS = bytes(
    set(range(256)).difference(
        high for first, last, _ in _BLOCKS for high in range(first >> 8, (last >> 8) + 1)
    )
)


def _chinese(window: str, count: int) -> TextLanguage:
    traditional_marks, simplified_marks = _script_marks()
    traditional = len(traditional_marks.findall(window))
    simplified = len(simplified_marks.findall(window))
    if traditional > simplified:
        script = "Hant"
    elif simplified > traditional:
        script = "Hans"
    else:
        script = None
    evidence = f"script: {count} Han ({traditional} traditional, {simplified} simplified)"
    # Chinese writes one script; Japanese kanji with no kana take marks of both
    # (債, 補 beside 国, 会: "一般会計31.9兆円=赤字国債22.6兆円"): no confident Chinese
    return TextLanguage("zh", script, not (traditional and simplified), evidence)


@lru_cache(maxsize=1)
def _script_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The characters that tell Traditional from Simplified Chinese (the data's),
    each script's as one character class: a text is searched once for each."""
    data = language("zh")
    marks = data.script_marks if data is not None else {}
    traditional, simplified = marks.get("Hant", ""), marks.get("Hans", "")
    return _one_of(traditional), _one_of(simplified)


def _one_of(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]" if chars else "(?!)")


def _by_words(window: str, script: str) -> TextLanguage:
    table = _word_sets().get(script)
    if not table:
        return TextLanguage(None, script, False, f"script {script}")
    # a long text tells its language in its first sentences: the rest is read only
    # when they leave it open
    if len(window) > 600:
        cut = window.rfind(" ", 0, 400)
        parts: tuple[str, ...] = (window[:cut], window[cut:])
    else:
        parts = (window,)
    hits: dict[str, int] = {}
    ranked: list[tuple[str, int]] = []
    everyone, owners = _all_words(script)
    seen: list[str] = []  # every token read, and those stripped, for the tells
    stripped: list[str] = []
    for part in parts:
        tokens = part.lower().split()
        bare = [t.strip(_PUNCTUATION) for t in tokens if not t.isalpha()]
        if seen:
            seen += tokens
            stripped += bare
        else:
            seen, stripped = tokens, bare
        found = everyone.intersection(tokens)
        found |= everyone.intersection(bare)
        for word in found:
            for code in owners[word]:
                hits[code] = hits.get(code, 0) + 1
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and ranked[0][1] >= 6 and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
            break
    if not hits:
        told = _told(seen, stripped, script, hits)
        if told is not None:
            return told
        leaders = tuple(sorted(table)) if script != "Latn" else ()
        return TextLanguage(None, script, False, f"script {script}", leaders)
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    confident = score >= 2 and score >= 1.5 * second + 0.5
    shown = ", ".join(f"{code} {count}" for code, count in ranked[:3])
    if not confident:
        told = _told(seen, stripped, script, hits)
        if told is not None:
            return told
    leaders = ()
    if not confident and script != "Latn":
        leaders = tuple(code for code, count in ranked if count == score)
    return TextLanguage(best, script, confident, f"words: {shown}", leaders)


def _told(
    tokens: list[str], stripped: list[str], script: str, hits: dict[str, int]
) -> TextLanguage | None:
    """What the money words only some languages write say, when the frequent words
    leave the language open (a short text: ``25.000 đồng``, ``100 juta dollar``):
    the languages every such word of the text belongs to, ranked by the frequent
    words. One leads: it is the text's language; several (Indonesian and Malay,
    who read ``juta`` alike): the text is read in them together (``leaders``).
    A money word counts beside a number, or in a text with frequent words of its
    languages: one alone may be another language's ordinary word (``real``,
    ``mark``). ``None`` when the text has no such word, when its words belong to no
    one language, or when the frequent words point elsewhere (an Italian ``mille euro``
    is not French: ``euro`` is an Italian frequent word)."""
    tells, words = _tells(script)
    # most texts hold none: two set intersections say so (``stripped``: the tokens
    # not all letters, stripped of punctuation, as _by_words read them)
    slashed = [token for token in stripped if "/" in token]  # "50.000 đồng/xe"
    if slashed:
        stripped = [*stripped, *(part for token in slashed for part in token.split("/"))]
    if words.isdisjoint(tokens) and words.isdisjoint(stripped):
        return None
    if slashed:
        tokens = [part for token in tokens for part in token.split("/") if part]
    found: dict[str, frozenset[str]] = {}
    for i, token in enumerate(tokens):
        word = token.strip(_PUNCTUATION)
        owners = tells.get(word)
        if owners is None or word in found:
            continue
        # a money word counts where it is one: by a number ("25.000 đồng"), or in a
        # text with frequent words of its languages ("real price" is no Romanian)
        near = tokens[max(i - 1, 0) : i + 2]
        if any(hits.get(code) for code in owners) or any(_DIGIT.search(t) for t in near):
            found[word] = owners
    if not found:
        return None
    group = frozenset.intersection(*found.values())
    if not group:
        return None
    top = max(hits.values(), default=0)
    if top and not any(hits.get(code, 0) == top for code in group):
        return None
    best = max(hits.get(code, 0) for code in group)
    leaders = tuple(sorted(code for code in group if hits.get(code, 0) == best))
    shown = ", ".join(f"{code} {count}" for code, count in sorted(hits.items()))
    told = tuple(found)
    evidence = (f"words: {shown}; " if shown else "") + ", ".join(
        f"{word!r} only in {' and '.join(sorted(owners))}" for word, owners in found.items()
    )
    if len(leaders) == 1:
        return TextLanguage(leaders[0], script, True, evidence, told=told)
    return TextLanguage(leaders[0], script, False, evidence, leaders, told=told)
