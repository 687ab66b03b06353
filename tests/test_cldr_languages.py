"""Which languages the CLDR extract holds, and what holding them changes.

The extract's languages are CLDR's own answer (``tools/build_cldr_tables.py``,
``cldr_languages``): every language CLDR's territory data names as official, de
facto official or official in a region of at least one territory, or as the
language of half a territory's people, whose locale data names a currency.
Expected values come from CLDR's published territory data
(unicode.org/cldr, ``supplementalData.xml``, ``territoryInfo``) and from the
real pages of ``tests/data/realtext/``.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from decimal import Decimal
from pathlib import Path
from types import ModuleType

from fxnorm import cldr, cldr_babel, extract
from fxnorm.parsing import languages

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_extract_holds_the_official_languages_cldr_has_data_for() -> None:
    held = set(cldr.languages())
    # official in a state: Iceland, Armenia, Ethiopia, Mongolia, Kyrgyzstan, Uzbekistan
    # (in both scripts CLDR lists), Laos, Cambodia, Myanmar, Sri Lanka, Malta
    assert {"is", "hy", "am", "mn", "ky", "uz", "uz_Cyrl", "lo", "km", "my", "si", "mt"} <= held
    # official in a region only: Wales, Galicia, the Basque Country, Marathi and Telugu
    assert {"cy", "gl", "eu", "mr", "te"} <= held
    # the language of most of Pakistan's people, in the script CLDR gives it there
    assert "pa_Arab" in held
    # CLDR 47's Kinyarwanda and Tswana locales name no currency: nothing to read
    assert not {"rw", "tn"} & held
    # every language with curated data is one of them
    curated = {p.stem for p in (ROOT / "data" / "languages").glob("*.toml")} - {"global"}
    assert curated <= held


def test_every_language_of_the_extract_has_a_lexicon() -> None:
    bare = {name for name in cldr.languages() if "_" not in name}
    assert bare <= set(languages.available())
    assert len(bare) >= 130


def test_the_build_tool_states_its_rule_not_a_list() -> None:
    tool = _tool("build_cldr_tables")
    assert {"official", "de_facto_official", "official_regional"} == tool.OFFICIAL_STATUSES
    assert tool.MAJORITY_PERCENT == 50
    recorded = json.loads((cldr.DATA_DIR / "core.json").read_text(encoding="utf-8"))
    assert recorded["languages"] == list(cldr.languages()) == sorted(cldr.languages())


def test_one_language_s_months_never_reach_another_s() -> None:
    """babel writes a resolved alias into a table a locale shares with its parent;
    reading Azerbaijani months first once gave Hebrew the names ``yanvar`` and
    ``fevral``, and Chinese months reached Hebrew, Azerbaijani and Japanese."""
    from babel import Locale

    # babel's cached tables, read the way that spreads Azerbaijani's abbreviations
    Locale.parse("az").months["stand-alone"]["abbreviated"]
    azerbaijani = {name for name, _ in cldr_babel.calendar_names("az", "months")}
    hebrew = {name for name, _ in cldr_babel.calendar_names("he", "months")}
    assert "yanvar" in azerbaijani and not azerbaijani & hebrew
    assert "ינואר" in hebrew
    for language in ("he", "az", "ja", "zh_Hant"):
        assert "一月" not in {name for name, _ in cldr.month_names(language)}, language
    scripts = {unicodedata.name(ch).split()[0] for n, _ in cldr.month_names("he") for ch in n}
    assert scripts <= {"HEBREW", "DIGIT", "FULL", "APOSTROPHE"}, scripts


def test_a_word_a_curated_language_reads_alike_still_tells_it() -> None:
    """``bilioni`` is 10^9 in Swahili's data and 10^12 in CLDR's Venetian compact
    words; Venetian, known from CLDR alone, does not take the word from Swahili.
    The headline is a real Tanzanian one (tests/data/realtext/sw_TZ.jsonl, sw_TZ-002,
    https://www.collector.com.tr/947354471): without a locale it still reads as
    6.6 billion shillings, Tanzania's as the text's language implies."""
    assert "bilioni" in languages.tell_words("sw")
    assert "bilioni" not in languages.tell_words("vec")
    (mention,) = extract("Takukuru yabaini madudu miradi ya Sh6.6 bilioni")
    assert mention.amount == Decimal("6600000000")
    assert mention.currency == "TZS"


def test_a_language_known_from_cldr_alone_reads_its_currency_names() -> None:
    """Welsh, Basque and Amharic have no curated file: CLDR's currency names,
    symbols and compact words read these real sentences (tests/data/realtext/)."""
    (pounds,) = extract("Mae gan y Llywodraeth £15 biliwn i'w wario.", locale="cy_GB")
    assert (pounds.amount, pounds.currency) == (Decimal("15000000000"), "GBP")
    (euros,) = extract(
        "Eusko Jaurlaritzak 714.000 euro ematea onartu du Euskadiko erremolatxa sektorea"
        " indartzeko 2011. urtean",
        locale="eu_ES",
    )
    assert (euros.amount, euros.currency) == (Decimal("714000"), "EUR")
    (birr,) = extract("በ2006 ዓም ትምህርት በ26 ቢሊዮን ብር ከፍተኛውን ድርሻ ይዟል።", locale="am_ET")
    assert (birr.amount, birr.currency) == (Decimal("26000000000"), "ETB")
