"""What would resolve an ambiguous pair: a locale or a default currency, tried, not guessed.

"20.2 billion pesos ($1 billion)" may be Argentine, Mexican, Chilean …
pesos. For each reading the check lists, this module looks for the
``--locale`` (the text's language with the territory whose currency it is)
and the ``--default-currency`` that make the parser read the claim that way,
*by reading it again with them*, so a suggestion is never a guess. When the
text names the territory (``Argentina``, in its language's CLDR name), the
suggestion says so and comes first.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..parsing import extract_pairs
from ..parsing.model import Pair
from ..parsing.textlang import detect
from ..territories import named_territories, territories_of
from .model import Reading, Resolution

__all__ = ["resolutions"]

#: The most locales tried per reading.
_TRIES = 3


def resolutions(
    pair: Pair,
    readings: Sequence[Reading],
    text: str | None,
    locale: str | None,
    default_currency: str | None,
) -> tuple[Resolution, ...]:
    """One :class:`Resolution` per reading that some locale or default currency gives."""
    language = _language(locale, text or pair.text)
    named = named_territories(text or pair.text, language)
    found: list[Resolution] = []
    for reading in readings:
        if reading.verdict == "unverifiable":
            continue  # nothing to learn from it
        codes = _open_codes(pair, reading)
        if not codes:
            continue
        chosen_locale = None
        evidence = ""
        for territory in _territories_for(codes, named)[:_TRIES]:
            candidate = f"{language}_{territory}"
            if _reads_as(pair, reading, candidate, default_currency):
                chosen_locale = candidate
                if territory in named:
                    evidence = f"the text names {named[territory]}"
                break
        default = None
        if len(set(codes)) == 1 and _reads_as(pair, reading, locale or "en", codes[0]):
            default = codes[0]
        if chosen_locale or default:
            found.append(
                Resolution(
                    reading.source_currency,
                    reading.stated_currency,
                    reading.verdict,
                    chosen_locale,
                    default,
                    evidence,
                )
            )
    found.sort(key=lambda r: (not r.evidence, r.verdict != "consistent"))
    return tuple(found)


def _language(locale: str | None, text: str) -> str:
    """The language of the suggested locales: the given locale's, else the text's own
    when its words tell it clearly (a Spanish text gets ``es_AR``, not ``en_AR``),
    else English."""
    if locale:
        return locale.replace("-", "_").split("_")[0]
    found = detect(text)
    return found.language if found.confident and found.language else "en"


def _open_codes(pair: Pair, reading: Reading) -> list[str]:
    """The codes this reading chooses for the figures whose currency is open."""
    codes = []
    if pair.source.currency is None:
        codes.append(reading.source_currency)
    if pair.stated.currency is None:
        codes.append(reading.stated_currency)
    return codes


def _reads_as(pair: Pair, reading: Reading, locale: str, default_currency: str | None) -> bool:
    try:
        again = extract_pairs(pair.text, locale=locale, default_currency=default_currency)
    except Exception:  # a locale the parser cannot use is no suggestion
        return False
    return any(
        p.source.currency == reading.source_currency
        and p.stated.currency == reading.stated_currency
        for p in again
    )


def _territories_for(codes: Sequence[str], named: dict[str, str]) -> list[str]:
    """Territories whose currency today is ``codes[0]``: named in the text first,
    then the one the code is named after (ARS: AR), then the others."""
    code = codes[0]
    territories = territories_of(code)
    return sorted(territories, key=lambda t: (t not in named, t != code[:2], t))
