"""fxnorm.cldr_format writes numbers from the extract as babel writes them.

The independent computation is babel's ``format_decimal`` with the locale's
pattern given the amount's number of decimals (resolving the locale as
``fxnorm convert`` did with babel: an unknown one as its language). It runs
with the installed babel, whose CLDR may be newer than the extract's: a
locale whose pattern or separators moved between the two cannot be compared
and is left out (as is a locale newer than the extract, which the command
formats with babel), and the test requires that to be a few locales, never one
the command-line tests use. ``tools/build_cldr_tables.py --check`` compares
every locale under the extract's own babel.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from decimal import Decimal, localcontext

import pytest
from babel import Locale, UnknownLocaleError, localedata
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from fxnorm import cldr
from fxnorm.cldr_format import parse_decimal_pattern, write_exact
from fxnorm.cli.convert import as_stated

#: The fraction of a CLDR pattern, replaced by exactly the decimals wanted.
_FRACTION = re.compile(r"([#0,]*0)(?:\.[0#]*)?")

#: Locales the command-line tests use, and others of each grouping.
USED = ("en", "es_AR", "es", "de", "fr", "en_IN", "pt_BR", "zh", "ja", "hi", "ar")


def babel_writes(amount: Decimal, locale: str) -> str:
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        locale = locale.partition("_")[0]
    places = max(0, -int(amount.as_tuple().exponent))
    fraction = "." + "0" * places if places else ""
    pattern = str(Locale.parse(locale).decimal_formats[None].pattern)
    pattern = _FRACTION.sub(lambda match: match.group(1) + fraction, pattern)
    with localcontext() as context:
        context.prec = 100
        return str(format_decimal(amount, format=pattern, locale=locale))


def same_data(locale: str) -> bool:
    """Whether the extract has ``locale`` (the installed babel may have locales
    newer than it) with its pattern and separators as the installed babel has them."""
    resolved = cldr.canonical_locale(locale)
    return resolved is not None and (
        str(Locale.parse(locale).decimal_formats[None].pattern),
        str(get_decimal_symbol(locale)),
        str(get_group_symbol(locale)),
    ) == (cldr.decimal_pattern(resolved), *cldr.number_symbols(resolved))


def amounts(count: int, seed: int) -> list[Decimal]:
    """Signed amounts from 1e-30 to 1e30, with 0 to 30 stated decimals, and zeros."""
    rng = random.Random(seed)
    found = [Decimal("0"), Decimal("0.00"), Decimal("-0.5"), Decimal("380e9"), Decimal("1E+3")]
    while len(found) < count:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 30)))
        exponent = rng.randint(-30, 30 - len(digits))
        found.append(Decimal(f"{rng.choice(('', '-'))}{digits}E{exponent}"))
    return found


LOCALES = sorted(localedata.locale_identifiers())
COMPARED = [name for name in LOCALES if same_data(name)]


def test_almost_every_locale_is_compared() -> None:
    assert len(COMPARED) >= 0.9 * len(LOCALES)
    assert set(USED) <= set(COMPARED)


def test_every_locale_writes_numbers_as_babel_does() -> None:
    samples = amounts(12, seed=1)
    wrong = [
        (name, str(amount), write_exact(amount, name), babel_writes(amount, name))
        for name in COMPARED
        for amount in samples
        if write_exact(amount, name) != babel_writes(amount, name)
    ]
    assert wrong == []


@pytest.mark.parametrize("locale", sorted({*USED, "en_US_POSIX", "as", "bn", "sr_Latn"}))
def test_many_amounts_in_the_locales_used(locale: str) -> None:
    for amount in amounts(300, seed=len(locale)):
        assert write_exact(amount, locale) == babel_writes(amount, locale), (locale, amount)


@pytest.mark.parametrize(
    "given", ["zh_TW", "zh_HK", "sr_ME", "EN", "en_AR", "es_DE", "pt_AO", "hi_Latn", "ZH_tw"]
)
def test_a_locale_named_otherwise_is_resolved_as_babel_resolves_it(given: str) -> None:
    for amount in amounts(30, seed=3):
        assert as_stated(amount, given) == babel_writes(amount, given), (given, amount)


def test_a_pattern_that_is_not_a_plain_decimal_is_left_to_babel() -> None:
    for pattern in ("#,##0%", "#E0", "@@@", "¤#,##0.00", "#,##0‰"):
        assert parse_decimal_pattern(pattern) is None, pattern
    parsed = parse_decimal_pattern("'x'#,##,##0.###;(#)")
    assert parsed is not None
    assert (parsed.prefixes, parsed.suffixes, parsed.grouping) == (("x", "("), ("", ")"), (3, 2))


def test_the_convert_report_imports_no_babel() -> None:
    for locale in ([], ["--locale", "es_AR"], ["--locale", "zh_TW"]):
        command = ["convert", "25960.50", "EUR", "--to", "USD", "--date", "2025-09-24", *locale]
        probe = (
            f"from fxnorm.cli import main\nmain({command!r})\n"
            "import sys; print(sorted(m for m in sys.modules if m.startswith('babel')))"
        )
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        )
        assert result.stdout.splitlines()[-1] == "[]", locale
