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
locale or on English.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .languages import available, language

__all__ = ["TextLanguage", "detect"]

#: How much of a text is looked at.
_WINDOW = 4000

_WORDS = re.compile(r"[^\W\d_]+")

#: Scripts by their Unicode block: (first, last, script).
_BLOCKS = (
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x04FF, "Cyrl"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Hang"),
    (0x3040, 0x30FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xAC00, 0xD7AF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
)

#: The languages of a script that only one language here writes.
_SCRIPT_LANGUAGE = {
    "Grek": "el",
    "Hebr": "he",
    "Beng": "bn",
    "Taml": "ta",
    "Telu": "te",
    "Thai": "th",
    "Hang": "ko",
    "Kana": "ja",
    "Arab": "ar",
}


@dataclass(frozen=True, slots=True)
class TextLanguage:
    """What a text's evidence says about its language."""

    #: ISO 639-1 code, or None when the text does not tell
    language: str | None
    #: ISO 15924 script (``Latn``, ``Hans``, ``Hant``, ``Deva``), or None
    script: str | None
    #: whether the language leads clearly (several of its words, well ahead of others)
    confident: bool
    #: the evidence, for the mentions' notes (``script Hant``, ``words: de 5, la 3``)
    evidence: str


_NONE = TextLanguage(None, None, False, "")


def _script(ch: str) -> str | None:
    code = ord(ch)
    for first, last, script in _BLOCKS:
        if first <= code <= last:
            return script
    return None


@lru_cache(maxsize=1)
def _detect_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """script -> word -> the languages that list it as frequent."""
    table: dict[str, dict[str, list[str]]] = {}
    for code in available():
        data = language(code)
        if data is None or not data.detect:
            continue
        script = data.script or "Latn"
        words = table.setdefault(script, {})
        for word in data.detect:
            words.setdefault(word, []).append(code)
    return {s: {w: tuple(c) for w, c in words.items()} for s, words in table.items()}


def detect(text: str) -> TextLanguage:
    """The language and script of ``text`` (see the module docstring)."""
    window = text[:_WINDOW]
    if window.isascii():
        if not any(ch.isalpha() for ch in window):
            return _NONE
        return _by_words(window, "Latn")
    counts: dict[str, int] = {}
    latin = 0
    for ch in window:
        if ch.isascii():
            if ch.isalpha():
                latin += 1
            continue
        script = _script(ch)
        if script is None:
            if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
                latin += 1
            continue
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return _by_words(window, "Latn") if latin else _NONE
    if counts.get("Kana"):
        return TextLanguage("ja", "Jpan", True, f"script: {counts['Kana']} kana")
    script, count = max(counts.items(), key=lambda kv: kv[1])
    if count < 2 and latin > 8:
        return _by_words(window, "Latn")
    if script == "Hani":
        return _chinese(window, count)
    found = _SCRIPT_LANGUAGE.get(script)
    if found is not None:
        return TextLanguage(found, script, True, f"script: {count} {script}")
    return _by_words(window, script)


def _chinese(window: str, count: int) -> TextLanguage:
    data = language("zh")
    marks = data.script_marks if data is not None else {}
    traditional = sum(window.count(ch) for ch in marks.get("Hant", ""))
    simplified = sum(window.count(ch) for ch in marks.get("Hans", ""))
    if traditional > simplified:
        script = "Hant"
    elif simplified > traditional:
        script = "Hans"
    else:
        script = None
    evidence = f"script: {count} Han ({traditional} traditional, {simplified} simplified)"
    return TextLanguage("zh", script, True, evidence)


def _by_words(window: str, script: str) -> TextLanguage:
    table = _detect_words().get(script)
    if not table:
        return TextLanguage(None, script, False, f"script {script}")
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    for match in _WORDS.finditer(window.lower()):
        codes = table.get(match.group())
        if codes is None:
            continue
        share = 1.0 / len(codes)
        for code in codes:
            scores[code] = scores.get(code, 0.0) + share
            hits[code] = hits.get(code, 0) + 1
    if not scores:
        return TextLanguage(None, script, False, f"script {script}")
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confident = score >= 2.0 and score >= 1.5 * second
    shown = ", ".join(f"{code} {hits[code]}" for code, _ in ranked[:3])
    return TextLanguage(best, script, confident, f"words: {shown}")
