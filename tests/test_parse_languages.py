"""The parser's language data, and the shape of the pipeline that reads it.

* ``fxnorm/data/lexicon/`` is exactly what ``tools/build_lexicon.py`` makes of
  the curated files (``data/languages/*.toml``) and the CLDR extract;
* a language is data: the parsing code names no word of any language's script,
  so Hindi, Marathi, Tamil and Telugu (added as data files only) are read from
  their files, as the real strings of their pages show;
* the text's language is told by its own evidence, and never told wrong with
  confidence on the real-text tables;
* one job per module: no parsing module imports another one's private names.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from fxnorm.parsing import extract, extract_pairs, languages, parse
from fxnorm.parsing.textlang import detect

ROOT = Path(__file__).resolve().parent.parent
PARSING = ROOT / "fxnorm" / "parsing"


def _tool() -> ModuleType:
    path = ROOT / "tools" / "build_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_lexicon", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_lexicon"] = module
    spec.loader.exec_module(module)
    return module


def _toml(path: Path) -> dict[str, object]:
    data: dict[str, object] = _tool().tomllib.loads(path.read_text(encoding="utf-8"))
    return data


def test_the_shipped_lexicon_is_what_the_sources_make() -> None:
    tool = _tool()
    made = tool.contents()
    assert made == tool.shipped(), "run tools/build_lexicon.py"
    index = json.loads(made["index.json"])
    curated = {path.stem for path in (ROOT / "data" / "languages").glob("*.toml")} - {"global"}
    assert {name for name, entry in index["languages"].items() if entry["curated"]} == curated


def test_the_build_tool_refuses_what_it_does_not_understand(tmp_path: Path) -> None:
    tool = _tool()
    with pytest.raises(tool.SourceError, match="no currency code"):
        tool.Codes({})("XXQ", "test")
    with pytest.raises(tool.SourceError, match="unclosed"):
        tool.pattern("(that|this")
    assert tool.pattern("(that|this)('s| is) [the ]equivalent") == (
        r"(?:that|this)(?:['’]s|\s+is)\s+(?:the\s+)?equivalent"
    )


def _scripts(text: str) -> set[str]:
    found = set()
    for ch in text:
        if ord(ch) > 0x2000 and ch.isalpha():
            found.add(unicodedata.name(ch, "?").split()[0])
    return found


def _literals(tree: ast.AST) -> list[str]:
    """The string literals of a module that are not docstrings (the examples in
    docstrings and comments say what the code reads; they are not what it reads)."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_the_parsing_code_names_no_language_s_words() -> None:
    """Words of Devanagari, Tamil, Telugu, Han, Hangul, kana, Cyrillic … scripts
    are in data files only: adding a language touches no code."""
    for path in sorted(PARSING.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for literal in _literals(tree):
            assert not _scripts(literal), (path.name, literal)


@pytest.mark.parametrize(
    ("text", "locale", "amounts"),
    [
        # realtext hi_IN-001 (Navbharat Times, 2020): अरब 10^9, करोड़ 10^7
        (
            "इस साल मार्च में 1.93 अरब डॉलर (14,495 करोड़ रुपये) प्रत्यक्ष विदेशी निवेश किया।",
            "hi_IN",
            [("1930000000", "USD"), ("144950000000", "INR")],
        ),
        # realtext mr_IN-001: अब्ज 10^9, a case ending glued to the noun
        ("देशात 23.32 अब्ज डॉलर्सची परकीय गुंतवणूक झाली होती.", "mr_IN", [("23320000000", "USD")]),
        # realtext ta_IN-005: லட்சம் 10^5 then கோடி 10^7, the noun with its ending
        ("இதன் மதிப்பு 7 லட்சம் கோடி ரூபாயாகும்.", "ta_IN", [("7000000000000", "INR")]),
        # realtext te_IN-002: కోట్ల 10^7, Indian groups
        (
            "మహారాష్ట్ర 1,355 కోట్ల డాలర్లు (రూ.1,14,490 కోట్లు)",
            "te_IN",
            [("13550000000", "USD"), ("1144900000000", "INR")],
        ),
    ],
)
def test_indian_languages_are_read_from_their_data_files(
    text: str, locale: str, amounts: list[tuple[str, str]]
) -> None:
    assert [(f"{m.amount:f}", m.currency) for m in extract(text, locale=locale)] == amounts
    # and without a locale: the script tells the language
    assert [(f"{m.amount:f}", m.currency) for m in extract(text)] == amounts


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1,20,000 रुपये", "120000", "INR"),  # Hindi or Marathi: both say rupees so
        ("5 करोड़ रुपये", "50000000", "INR"),
        ("₹5 कोटी", "50000000", "INR"),
        ("1128240 рублей", "1128240", "RUB"),  # price-parser's case: one Russian word
    ],
)
def test_a_short_text_in_a_script_few_languages_write_reads_their_money_words(
    text: str, amount: str, currency: str
) -> None:
    # too short for a language to lead: the languages of its script read it together
    mention = parse(text)
    assert (f"{mention.amount:f}", mention.currency) == (amount, currency)


def test_an_indian_conversion_is_a_pair() -> None:
    text = "इस साल मार्च में 1.93 अरब डॉलर (14,495 करोड़ रुपये) प्रत्यक्ष विदेशी निवेश किया।"
    (pair,) = extract_pairs(text)
    assert (pair.source.amount, pair.stated.amount) == (Decimal("1.93e9"), Decimal("1.4495e11"))


def test_every_language_with_a_data_file_has_its_words() -> None:
    for code in languages.available():
        data = languages.language(code)
        assert data is not None and data.code == code
        assert data.names, code  # CLDR names every currency in every language here
    for path in (ROOT / "data" / "languages").glob("*.toml"):
        if path.stem == "global":
            continue
        sections = set(_toml(path)) - {"language", "dates"}
        if sections:  # a file of money words; one of dates only tells no language
            data = languages.language(path.stem)
            assert data is not None and data.detect, path.stem


def test_a_file_of_dates_only_leaves_the_language_s_lexicon_as_cldr_s() -> None:
    # every language file's [dates], alone with its code, as a file of dates only
    tool = _tool()
    codes = tool.Codes(json.loads(tool.contents()["global.json"])["groups"])
    with_dates = [
        path for path in (ROOT / "data" / "languages").glob("*.toml") if "dates" in _toml(path)
    ]
    assert with_dates
    for path in with_dates:
        dates = _toml(path)["dates"]
        assert isinstance(dates, dict)
        source = {"language": {"code": path.stem}, "dates": dates}
        assert tool.language_file(path.stem, source, codes) == tool.language_file(
            path.stem, {}, codes
        ), path.stem
        if dates.get("before_time"):
            assert languages.date_words().before_time[path.stem], path.stem


def test_the_build_tool_checks_the_words_of_dates() -> None:
    tool = _tool()
    good = {"before_time": ["by", "in"], "forward": ["by"], "relative": {"last year": [-1, "year"]}}
    assert tool.dates_entry("xx", good)["relative"] == {"last year": [-1, "year"]}
    with pytest.raises(tool.SourceError, match="not in before_time"):
        tool.dates_entry("xx", {**good, "forward": ["until"]})
    with pytest.raises(tool.SourceError, match="offset, unit"):
        tool.dates_entry("xx", {**good, "relative": {"last year": [-1, "decade"]}})
    with pytest.raises(tool.SourceError, match="lower-case"):
        tool.dates_entry("xx", {**good, "before_time": ["In", "by"]})
    with pytest.raises(tool.SourceError, match="one character"):
        tool.dates_entry("xx", {**good, "year_marks": ["年度"]})


def _realtext() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in sorted((ROOT / "tests" / "data" / "realtext").glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return rows


def test_a_text_s_language_is_never_told_wrong_with_confidence() -> None:
    rows = _realtext()
    confident = 0
    for row in rows:
        found = detect(str(row["text"]))
        if found.confident:
            confident += 1
            assert found.language == row["language"], (row["id"], found)
    assert confident >= 0.9 * len(rows)


def test_no_parsing_module_imports_another_s_private_names() -> None:
    for path in sorted(PARSING.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module != "__future__":
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, (path.name, node.module, private)
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and node.attr not in ("_replace", "_fields", "_asdict")  # NamedTuple's API
            ):
                assert node.value.id in ("self", "cls"), (path.name, node.value.id, node.attr)


def test_the_api_docs_name_every_language_with_a_file() -> None:
    """docs/api.md lists the languages the parser reads: one per curated file."""
    root = Path(__file__).resolve().parents[1]
    docs = (root / "docs" / "api.md").read_text(encoding="utf-8")
    curated = sorted(p.stem for p in (root / "data" / "languages").glob("*.toml"))
    missing = []
    for path in curated:
        if path == "global":
            continue
        text = (root / "data" / "languages" / f"{path}.toml").read_text(encoding="utf-8")
        name = next(line for line in text.splitlines() if line.startswith("name = "))
        if name.split('"')[1] not in docs:
            missing.append(path)
    assert missing == []
