"""Words that qualify a figure: ``about``, ``more than``, ``-plus``, ``up to`` …

A qualifier changes what a figure claims (``more than 380 billion yuan`` is a
lower bound), so a fact-checker needs it as data. Phrases before a figure and
after it are matched literally (case-insensitive, on word boundaries) against
the tables here; nothing is inferred from grammar. ``nearly`` and ``almost``
read as ``approximate`` (close to, usually from below); ``X-plus`` and ``X+``
read as ``more_than``.

East Asian "-odd" marks written inside a number, after its digits or a unit
(Korean 여 in ``56억4천여만 원`` and ``1조여 원``, Chinese 多 and 余 in
``3000多万元`` and ``2600余万元``), are found by the scanner, which knows where
the number's units are (``grammar._EA_MORE``), not by the tables here. They
read as ``more_than``, like ``-plus``: the stated number is a lower bound
("56억4천여만" is 5,640 million and a little over); ``approximate`` would lose
the direction. After a whole figure, 多 and 余 are in the table below.
"""

from __future__ import annotations

__all__ = ["KINDS", "match_after", "match_before"]

KINDS = ("approximate", "more_than", "at_least", "less_than", "at_most")

_BEFORE: dict[str, tuple[str, ...]] = {
    "approximate": (
        "about",
        "around",
        "roughly",
        "approximately",
        "approx.",
        "approx",
        "nearly",
        "almost",
        "some",
        "circa",
        "ca.",
        "c.",
        "an estimated",
        "estimated",
        "close to",
        "~",
        "≈",
        "alrededor de",
        "cerca de",
        "unos",
        "unas",
        "aproximadamente",
        "casi",
        "cerca de",
        "quase",
        "environ",
        "près de",
        "presque",
        "quelque",
        "rund",
        "etwa",
        "knapp",
        "fast",
        "ungefähr",
        "intorno a",
        "quasi",
        "aproximativ",
        "aproape",
        "în jur de",
        "in jur de",
        "cirka",
        "omkring",
        "omtrent",
        "ungefär",
        "около",
        "примерно",
        "примерно в",
        "почти",
        "порядка",
        "około",
        "ok.",
        "prawie",
        "blisko",
        "약",
        "约",
        "大约",
        "近",
        "約",
        "およそ",
    ),
    "more_than": (
        "more than",
        "over",
        "above",
        "exceeding",
        "exceeds",
        "exceeded",
        "in excess of",
        "upwards of",
        "north of",
        "just over",
        "well over",
        "just above",
        "well above",
        "slightly more than",
        "much more than",
        "far more than",
        "más de",
        "mais de",
        "plus de",
        "mehr als",
        "über",
        "più di",
        "oltre",
        "mai mult de",
        "peste",
        "более",
        "свыше",
        "ponad",
        "drygt",
        "超过",
        "逾",
    ),
    "at_least": (
        "at least",
        "no less than",
        "not less than",
        "a minimum of",
        "al menos",
        "por lo menos",
        "pelo menos",
        "au moins",
        "mindestens",
        "almeno",
        "cel puțin",
        "cel putin",
        "не менее",
        "co najmniej",
        "至少",
    ),
    "less_than": (
        "less than",
        "under",
        "below",
        "just under",
        "just below",
        "slightly less than",
        "fewer than",
        "short of",
        "just short of",
        "menos de",
        "moins de",
        "weniger als",
        "unter",
        "meno di",
        "mai puțin de",
        "mai putin de",
        "sub",
        "менее",
        "mniej niż",
        "不到",
        "不足",
    ),
    "at_most": (
        "up to",
        "no more than",
        "not more than",
        "at most",
        "a maximum of",
        "as much as",
        "hasta",
        "até",
        "jusqu'à",
        "jusqu’à",
        "bis zu",
        "fino a",
        "până la",
        "pana la",
        "최대",
        "höchstens",
        "最多",
    ),
}

_AFTER: dict[str, str] = {
    "-plus": "more_than",
    "+": "more_than",
    " or more": "at_least",
    " or so": "approximate",
    " or less": "at_most",
    "以上": "at_least",
    "多": "more_than",
    "余": "more_than",
    "左右": "approximate",
    "未満": "less_than",
    "以下": "at_most",
}

# last character -> phrases ending with it, longest first
_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _kind, _phrases in _BEFORE.items():
    for _phrase in _phrases:
        _BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _kind))
for _items in _BY_LAST.values():
    _items.sort(key=lambda item: -len(item[0]))
_LONGEST = max(len(p) for ps in _BEFORE.values() for p in ps)


def _is_letter(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


def match_before(text: str, start: int) -> tuple[str, int, int] | None:
    """A qualifier ending just before ``start`` (spaces between allowed).

    Returns ``(kind, phrase_start, phrase_end)``.
    """
    end = start
    while end > 0 and text[end - 1] in " \u00a0\u202f\t" and start - end < 2:
        end -= 1
    if end == 0:
        return None
    candidates = _BY_LAST.get(text[end - 1].lower()[-1:])
    if not candidates:
        return None  # decided on the last character, before lower-casing a window
    window = text[max(0, end - _LONGEST - 1) : end].lower()
    for phrase, kind in candidates:
        if window.endswith(phrase):
            begin = end - len(phrase)
            if phrase[0].isalpha() and begin > 0 and _is_letter(text[begin - 1]):
                continue
            if phrase[-1].isalpha() and end == start and _is_letter(phrase[-1]):
                continue  # "over5": a word glued to the number is not a qualifier
            return kind, begin, end
    return None


# first character -> phrases starting with it (none starts with a letter)
_AFTER_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _phrase, _kind in _AFTER.items():
    _AFTER_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _kind))


def match_after(text: str, end: int) -> tuple[str, int, int] | None:
    """A qualifier starting at ``end`` (``-plus``, ``+``, `` or more``, ``以上``)."""
    candidates = _AFTER_BY_FIRST.get(text[end : end + 1])
    if candidates is None:
        return None
    for phrase, kind in candidates:
        stop = end + len(phrase)
        if text[end:stop].lower() == phrase:
            if phrase[-1].isalpha() and stop < len(text) and _is_letter(text[stop]):
                continue
            begin = end + 1 if phrase[0] == " " else end
            return kind, begin, stop
    return None
