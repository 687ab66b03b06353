"""Coverage-guided fuzzing of the text parser with atheris.

Run for a bounded time (the test suite runs it for 20 s, tests/test_fuzz.py)::

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=60 /tmp/fxnorm-corpus fuzz/seeds

The first directory receives the inputs the fuzzer finds; ``fuzz/seeds`` holds
the committed starting inputs (first byte: locale index). It feeds arbitrary
Unicode (decoded leniently from the fuzzer's bytes) and locales to
``extract``/``extract_pairs``/``parse`` and checks the invariants the library
promises: nothing but ParseError escapes, every span lies inside
the input and its text is exactly that slice, amounts are finite Decimals,
and ``parse`` gives the general path's answer (the figure-alone shortcut of
``fxnorm.parsing.quick`` may only be faster, never different).
"""

from __future__ import annotations

import sys
from decimal import Decimal

import atheris

with atheris.instrument_imports(include=["fxnorm"]):  # not babel: its tables blow up memory
    from fxnorm.errors import ParseError
    from fxnorm.parsing import extract, extract_pairs, parse
    from fxnorm.parsing.reader import _parse_general

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


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    locale = LOCALES[provider.ConsumeIntInRange(0, len(LOCALES) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
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
        general: object = _parse_general(text, locale, None)
    except ParseError as error:
        general = str(error)
    assert parsed == general, (text, locale, parsed, general)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
