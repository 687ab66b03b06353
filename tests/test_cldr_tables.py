"""The CLDR extract shipped in ``fxnorm/data/cldr_tables.json`` is babel's data.

The expected values here are babel's own answers (read live, with the shipped
file set aside), so the extract can never drift from CLDR unnoticed: the file
must equal what ``tools/build_cldr_tables.py`` writes from the installed babel,
and lexicons built from it must equal lexicons built from babel directly.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fxnorm.parsing import cldr
from fxnorm.parsing import lexicon as lexicon_module

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ["en", "es_AR", "pt_BR", "fr", "de_CH", "zh_Hant_TW", "ja", "en_IN", "ro", "it"]


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("build_cldr", ROOT / "tools/build_cldr_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _clear() -> None:
    for cached in (
        cldr._shipped,
        lexicon_module.lexicon,
        lexicon_module._global_symbols,
        lexicon_module._cldr_names,
    ):
        cached.cache_clear()


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    _clear()
    yield
    _clear()


def test_the_shipped_file_is_what_babel_says() -> None:
    shipped = json.loads(cldr.TABLES_PATH.read_text(encoding="utf-8"))
    if shipped["cldr"] != cldr.cldr_version():
        pytest.skip(
            f"extract of CLDR {shipped['cldr']}, babel has CLDR {cldr.cldr_version()}: "
            "run tools/build_cldr_tables.py (babel is read meanwhile)"
        )
    assert cldr.TABLES_PATH.read_text(encoding="utf-8") == _tool().content()  # type: ignore[attr-defined]


def _snapshot(locale: str) -> tuple[object, ...]:
    lex = lexicon_module.lexicon(locale)
    return (
        lex.after,
        lex.before,
        {word: (m.exponent, m.composable) for word, m in lex.magnitudes.items()},
        lex.locale_symbols,
        lex.territory_currency,
    )


def test_lexicons_from_the_file_equal_lexicons_from_babel(
    fresh_caches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cldr._shipped() is not None, "the shipped extract is not used"
    from_file = {locale: _snapshot(locale) for locale in LOCALES}
    _clear()
    monkeypatch.setattr(cldr, "_shipped", lambda: None)
    from_babel = {locale: _snapshot(locale) for locale in LOCALES}
    for locale in LOCALES:
        assert from_file[locale] == from_babel[locale], locale


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"format": cldr.FORMAT, "cldr": "0", "symbols": {}}),
        json.dumps({"format": cldr.FORMAT + 1, "cldr": cldr.cldr_version()}),
    ],
)
def test_a_file_of_another_cldr_or_format_or_a_broken_one_is_not_used(
    content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    broken = tmp_path / "cldr_tables.json"
    broken.write_text(content, encoding="utf-8")
    monkeypatch.setattr(cldr, "TABLES_PATH", broken)
    assert cldr._shipped() is None
    assert ("GBP", "£") in cldr.currency_symbols("en_GB")  # read from babel


def test_the_first_parse_loads_few_locales() -> None:
    """What the file is for: before it, the first lexicon loaded about sixty
    locales' data (0.3 s); now the locale's own and what it inherits."""
    script = (
        "import babel.localedata as data\n"
        "loaded = set()\n"
        "load = data.load\n"
        "def counting(name, merge_inherited=True):\n"
        "    loaded.add(name)\n"
        "    return load(name, merge_inherited)\n"
        "data.load = counting\n"
        "import fxnorm\n"
        "assert fxnorm.parse('380 billion yuan').currency == 'CNY'\n"
        "print(len(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert int(result.stdout) <= 5, result.stdout
