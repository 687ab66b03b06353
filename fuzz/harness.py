"""What the fuzzers check on every input: the parser's promises.

Shared by the coverage-guided fuzzer (``fuzz_parse.py``, atheris) and by the
test suite's fallback where atheris has no wheel (``tests/test_fuzz.py``):
nothing but ParseError escapes, every span lies inside the input and its text
is exactly that slice, amounts are finite Decimals, and ``parse`` gives the
whole pipeline's answer (the early exit of ``fxnorm.parsing.parse``
may only be faster, never different).
"""

from __future__ import annotations

from decimal import Decimal

from fxnorm.errors import ParseError
from fxnorm.parsing import extract, extract_pairs, parse
from fxnorm.parsing.reader import parse_whole

LOCALES = (
    "en",
    "en_IN",
    "es_AR",
    "es",
    "de",
    "fr",
    "pt_BR",
    "zh",
    "ja",
    "ko",
    "ru",
    "pl",
    "ro",
    "it",
)


def check_mention(text: str, mention: object) -> None:
    start, end = mention.span  # type: ignore[attr-defined]
    assert 0 <= start <= end <= len(text), (text, mention)
    assert text[start:end] == mention.text, (text, mention)  # type: ignore[attr-defined]
    amount = mention.amount  # type: ignore[attr-defined]
    assert isinstance(amount, Decimal) and amount.is_finite(), (text, mention)


def check(text: str, locale: str) -> None:
    """Raise AssertionError (or let an unexpected exception out) unless the
    parser keeps its promises on ``text`` read in ``locale``."""
    for mention in extract(text, locale=locale):
        check_mention(text, mention)
    for pair in extract_pairs(text, locale=locale):
        check_mention(text, pair.source)
        check_mention(text, pair.stated)
    try:
        parsed: object = parse(text, locale=locale)
    except ParseError as error:
        parsed = str(error)
    else:
        check_mention(text, parsed)
    try:
        general: object = parse_whole(text, locale=locale)
    except ParseError as error:
        general = str(error)
    assert parsed == general, (text, locale, parsed, general)
