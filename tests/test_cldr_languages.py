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

from fxnorm import cldr, cldr_babel, extract, extract_pairs
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


# -- small curated files for the held-out languages' worst classes ----------------
# Look-alikes of the real rows in tests/data/realtext/{is_IS,mn_MN,am_ET,ky_KG,eu_ES,
# cy_GB,gl_ES,uz_Latn_UZ}.jsonl (each row names its page), changed in one point.


def _one(text: str, locale: str) -> tuple[Decimal, str | None, str | None]:
    (mention,) = extract(text, locale=locale)
    return mention.amount, mention.currency, mention.qualifier


def test_icelandic_reads_the_krona_and_magnitudes_in_their_cases() -> None:
    # is_IS-005 (mbl.is, 2025-03-19), the figure changed
    assert _one("fjárfesta fyrir 48 milljarða króna á næstu árum.", "is_IS") == (
        Decimal("48000000000"),
        "ISK",
        None,
    )
    # is_IS-008: "liðlega" (a little over)
    assert _one("gert ráð fyrir liðlega 7,5 milljörðum króna", "is_IS")[2] == "more_than"
    # is_IS-011: "aukið um" is "increased by", no "about"
    assert _one("framlagið aukið um 1,3 milljarða króna á árinu.", "is_IS")[2] is None


def test_mongolian_reads_the_togrog_in_its_cases() -> None:
    # mn_MN-002 (dnn.mn): a price of the dollar that looks like a year
    assert _one("банкууд 2010 төгрөгөөр зарж байна.", "mn_MN") == (Decimal("2010"), "MNT", None)
    # mn_MN-007 (legalinfo.mn): the dollar abbreviation in the comitative case
    assert _one("өр 3.2 тэрбум ам.доллартой тэнцэж байна.", "mn_MN")[:2] == (
        Decimal("3200000000"),
        "USD",
    )


def test_amharic_reads_a_decimal_point_written_as_a_word() -> None:
    # am_ET-006 (kalitipress.com): "ነጥብ" is the decimal point; ቢሊየን, a spelling of ቢሊዮን
    assert _one("በጀቱ 12 ነጥብ 5 ቢሊየን ብር ሆኖ ፀደቀ።", "am_ET")[:2] == (
        Decimal("12500000000"),
        "ETB",
    )


def test_qualifiers_after_the_figure_in_kyrgyz_and_basque() -> None:
    # ky_KG-001 (azattyk.org): "ашуун" (over) after the som in the ablative
    assert _one("чыгашасы 12 миллиард сомдон ашуун болот", "ky_KG") == (
        Decimal("12000000000"),
        "KGS",
        "more_than",
    )
    # eu_ES-009 (Irekia, 2021-03-11): "baino gehiagoko" (of more than) after the euros
    assert _one("40 milioi euro baino gehiagoko plana", "eu_ES")[2] == "more_than"
    # eu_ES-001: the euro with its case ending
    assert _one("Planak 75 milioi euroko zuzkidura du.", "eu_ES")[:2] == (
        Decimal("75000000"),
        "EUR",
    )


def test_qualifiers_before_the_figure_in_welsh_and_galician() -> None:
    # cy_GB-006 (senedd.cymru): "bron i" (almost)
    assert _one("cynyddu bron i £300 miliwn", "cy_GB") == (
        Decimal("300000000"),
        "GBP",
        "approximate",
    )
    # gl_ES-003 (ppdegalicia.com): "máis de" (more than)
    assert _one("unha aportación de máis de 2,4 millóns de euros.", "gl_ES")[2] == "more_than"


def test_uzbek_reads_the_somoni_and_its_dollar_equivalent() -> None:
    # uz_Latn_UZ-002 (kun.uz, 2016-11-15), the figures changed
    (pair,) = extract_pairs(
        "byudjyetdan 2 mlrd 150 mln somoni (273,1 mln dollar)ga ko‘p", locale="uz_Latn_UZ"
    )
    assert (pair.source.amount, pair.source.currency) == (Decimal("2150000000"), "TJS")
    assert (pair.stated.amount, pair.stated.currency) == (Decimal("273100000"), "USD")


def test_a_figure_in_parts_may_end_with_decimals() -> None:
    """uz_Latn_UZ-001 (kun.uz) and az_Latn_AZ-008 (banker.az): '19 mlrd 568,6 mln
    somoni', '6 mlrd. 133,8 mln. manat'; the same in Russian."""
    assert _one("19 млрд 568,6 млн рублей", "ru_RU")[:2] == (Decimal("19568600000"), "RUB")
    assert _one("6 mlrd. 133,8 mln. manat", "az_Latn_AZ")[:2] == (Decimal("6133800000"), "AZN")
