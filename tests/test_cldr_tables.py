"""fxnorm decides with the CLDR extract it ships, whatever babel is installed.

What "drift" means here, and how each kind is caught:

- **The extract is not what its recorded babel writes.** ``tools/build_cldr_tables.py
  --check`` rebuilds it with the babel it records and compares byte for byte,
  then checks that :mod:`fxnorm.cldr` resolves every locale's separators and
  symbols, canonical identifiers, minor units and legal tender as babel does.
  It needs that exact babel, so ``.ci/run`` runs it in a venv of its own.
- **The installed babel moved** (another CLDR). The parser and the dataset do
  not follow it: the tests below prove that parsing never imports babel. What
  can still move is babel's *formatting*; it matters where fxnorm's own output
  would stop being something fxnorm reads back, so the drift tests format with
  the installed babel and read with the extract. They fail, naming the locale,
  the currency and both CLDR versions, when that breaks; they never skip.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

import fxnorm
from fxnorm import cldr, currencies
from fxnorm.parsing import languages as language_data
from fxnorm.parsing.report import mention_to_dict

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cldr", ROOT / "tools/build_cldr_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _installed_cldr() -> str:
    return str(_tool().babel_cldr())


# -- the extract ----------------------------------------------------------------


def test_every_file_records_the_same_cldr_and_format() -> None:
    files = sorted(cldr.DATA_DIR.glob("*.json"))
    assert {p.name for p in files} == {"core.json", "currencies.json", "likely.json"} | {
        f"{language}.json" for language in cldr.languages()
    }
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert (data["format"], data["cldr"]) == (cldr.FORMAT, cldr.version()), path.name
    recorded = json.loads((cldr.DATA_DIR / "core.json").read_text(encoding="utf-8"))
    assert cldr.source() == f"babel {recorded['babel']} (CLDR {cldr.version()})"


def test_every_language_and_home_locale_the_parser_reads_is_in_the_extract() -> None:
    assert set(language_data.global_data().borrow) <= set(cldr.languages())
    assert set(language_data.available()) <= set(cldr.languages())
    missing = [
        name for name in language_data.global_data().home_locales if not cldr.locale_exists(name)
    ]
    assert missing == []


def test_values_fxnorm_decides_with_are_cldr_s() -> None:
    """Spot checks against CLDR's published data (supplementalData.xml and the
    locale files; unicode.org/cldr), independent of how the extract is read."""
    assert cldr.digits("JPY") == 0 and cldr.digits("BHD") == 3 and cldr.digits("USD") == 2
    assert cldr.number_symbols("es_AR") == (",", ".")
    assert cldr.number_symbols("de_CH")[0] == "."
    assert ("ARS", "$") in cldr.currency_symbols("es_AR")
    assert ("USD", "US$") in cldr.currency_symbols("es_AR")
    assert cldr.canonical_locale("zh-TW") == "zh_Hant_TW"
    assert cldr.canonical_locale("en_JP") is None or cldr.locale_exists("en_JP")
    # Germany: the mark until the euro (2002-01-01 as the end of the DEM span).
    spans = {span.code: span for span in cldr.tender("DE")}
    assert spans["EUR"].start is not None and spans["EUR"].start.year == 1999
    assert "DEM" in currencies.active_codes(__import__("datetime").date(1998, 6, 1))
    assert "DEM" not in currencies.active_codes(__import__("datetime").date(2005, 6, 1))
    assert "PLN" in cldr.symbol_codes()["zł"]
    # Short date formats: es_AR d/M/yy, en_US M/d/yy, ja y/MM/dd.
    assert [cldr.date_order(x) for x in ("es_AR", "en_US", "ja")] == ["dmy", "mdy", "ymd"]
    assert cldr.territory_names("es")["AR"] == "Argentina"


def test_a_broken_or_foreign_extract_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for content, words in (("not json", "unreadable"), ('{"format": 999}', "format 999")):
        (tmp_path / "core.json").write_text(content, encoding="utf-8")
        monkeypatch.setattr(cldr, "DATA_DIR", tmp_path)
        cldr._core.cache_clear()
        try:
            with pytest.raises(RuntimeError, match=words):
                cldr.version()
        finally:
            monkeypatch.undo()
            cldr._core.cache_clear()
    assert cldr.version()  # the real one reads again


# -- the parser does not read babel ---------------------------------------------

SAMPLES = [
    ("Alibaba will spend more than 380 billion yuan ($53 billion)", "en"),
    ("its shares reached 25.960,50 ARS", "es_AR"),
    ("3800亿元", "zh"),
    ("Rs 1,200 crore", "en_IN"),
    ("CHF 1'250.–", "de_CH"),
    ("4,5 Milliarden Euro", "de"),
    ("R$ 2,5 bilhões", "pt_BR"),
    ("NT$500", "zh_Hant_TW"),
    ("5 millions de francs", "fr"),
    ("1兆円", "ja"),
]


def test_parsing_works_with_babel_unimportable() -> None:
    """Every decision of the parser comes from the extract: with ``import babel``
    failing, the same texts read the same way."""
    script = (
        "import sys, json\n"
        "sys.modules['babel'] = None\n"
        "import fxnorm\n"
        "from fxnorm.parsing.report import mention_to_dict as d\n"
        f"samples = {SAMPLES!r}\n"
        "print(json.dumps([[d(m) for m in fxnorm.extract(t, locale=l)] for t, l in samples]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    here = [[mention_to_dict(m) for m in fxnorm.extract(text, locale=loc)] for text, loc in SAMPLES]
    assert json.loads(result.stdout) == json.loads(json.dumps(here))
    assert all(here), "every sample has a figure"


def test_the_first_parse_loads_no_babel_locale() -> None:
    """Before the extract, the first lexicon loaded about sixty locales' data from
    babel (0.3 s); now it loads none."""
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
        "assert fxnorm.parse('25.960,50 ARS', locale='es_AR').amount == 25960.5\n"
        "print(len(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert int(result.stdout) == 0, result.stdout


# -- drift: what the installed babel writes, fxnorm reads ------------------------

ROUND_TRIP = [
    ("en", ["USD", "EUR", "GBP", "JPY", "CNY", "INR"]),
    ("en_GB", ["GBP", "EUR", "USD"]),
    ("en_IN", ["INR", "USD"]),
    ("es_AR", ["ARS", "USD", "EUR"]),
    ("es_MX", ["MXN", "USD"]),
    ("pt_BR", ["BRL", "USD"]),
    ("fr", ["EUR", "CHF", "USD"]),
    ("de", ["EUR", "USD", "CHF"]),
    ("de_CH", ["CHF", "EUR"]),
    ("zh", ["CNY", "USD"]),
    ("zh_Hant_TW", ["TWD", "USD"]),
    ("ja", ["JPY", "USD"]),
]


@pytest.mark.parametrize(("locale", "codes"), ROUND_TRIP, ids=[loc for loc, _ in ROUND_TRIP])
def test_fxnorm_reads_what_the_installed_babel_writes(locale: str, codes: list[str]) -> None:
    problems = []
    for code in codes:
        money = fxnorm.Money(Decimal("1234567.25"), code).rounded()
        written = money.format(locale)
        got = fxnorm.parse(written, locale=locale)
        # A symbol CLDR gives two currencies in this locale (¥ in en) may stay
        # ambiguous, listing the right one: that is a reading, not a misreading.
        read = got.currency == code or (got.currency is None and code in got.alternatives)
        if got.amount != money.amount or not read:
            problems.append(f"{written!r} read as {got.amount} {got.currency or got.alternatives}")
    assert not problems, (
        f"babel {_installed_cldr()} formats {locale} money that the extract "
        f"(CLDR {cldr.version()}) does not read back: {problems}; review with "
        "tools/build_cldr_tables.py --diff and rebuild the extract or fix the parser"
    )


def test_format_and_rounded_agree_on_minor_units_whatever_babel_says() -> None:
    """CLDR 49 gives IDR, HUF and COP 0 decimals where CLDR 47 gives 2: the
    extract decides for both rounding and formatting."""
    for code in ("IDR", "HUF", "COP", "RSD", "JPY", "BHD", "USD"):
        money = fxnorm.Money(Decimal("1234.5678"), code)
        written = money.format("en", group_separator=False)
        digits = currencies.minor_units(code)
        fraction = written.rsplit(".", 1)[1] if "." in written else ""
        fraction = "".join(ch for ch in fraction if ch.isdigit())
        assert len(fraction) == digits, (code, written, digits)


# -- the build tool's diff -------------------------------------------------------


def test_the_diff_names_what_moved() -> None:
    tool = _tool()
    shipped = tool.shipped()
    moved = dict(shipped)
    units = json.loads(shipped["currencies.json"])
    units["digits"]["IDR"] = 0
    moved["currencies.json"] = json.dumps(units, ensure_ascii=False)
    core = json.loads(shipped["core.json"])
    core["locales"]["es_AR"]["symbols"]["ARS"] = "AR$"
    core["tender"]["BG"][-1][2] = [2026, 1, 1]
    moved["core.json"] = json.dumps(core, ensure_ascii=False)
    spanish = json.loads(shipped["es.json"])
    spanish["names"]["ARS"] = ["peso argentino", "pesos argentinos", "pesitos"]
    moved["es.json"] = json.dumps(spanish, ensure_ascii=False)
    lines = tool.diff(shipped, moved)
    assert f"minor units of IDR: {cldr.digits('IDR')} -> 0" in lines
    assert "symbol of ARS in es_AR: '$' -> 'AR$'" in lines
    assert any(line.startswith("currencies of BG:") for line in lines)
    assert any(line.startswith("names of ARS in es:") and "pesitos" in line for line in lines)
    assert tool.diff(shipped, shipped) == [lines[0]]  # only the version line


def test_a_broken_shipped_file_is_a_clear_error(tmp_path: Path) -> None:
    """A missing, corrupt or other-format data file names the tool that rebuilds it."""
    from fxnorm._shipped import read_shipped_json

    missing = tmp_path / "core.json"
    with pytest.raises(RuntimeError, match=r"core\.json is missing or unreadable.*build_x\.py"):
        read_shipped_json(missing, "CLDR extract", 3, "tools/build_x.py")
    missing.write_text("{not json", encoding="utf-8")
    with pytest.raises(RuntimeError, match="missing or unreadable"):
        read_shipped_json(missing, "CLDR extract", 3, "tools/build_x.py")
    missing.write_text('{"format": 2}', encoding="utf-8")
    with pytest.raises(RuntimeError, match="has format 2, this fxnorm reads format 3"):
        read_shipped_json(missing, "CLDR extract", 3, "tools/build_x.py")
    missing.write_text('{"format": 3, "x": 1}', encoding="utf-8")
    assert read_shipped_json(missing, "CLDR extract", 3, "tools/build_x.py") == {
        "format": 3,
        "x": 1,
    }
