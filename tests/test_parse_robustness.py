"""The parser on hostile text: confusables, bidi controls, odd digits and spaces.

Scraped pages and OCR output mix scripts and invisible characters. Whatever
comes in, ``extract`` returns mentions whose spans lie inside the input and
whose text is exactly that slice, and ``parse`` raises nothing but ParseError.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fxnorm.errors import ParseError
from fxnorm.parsing import extract, extract_pairs, parse

HOSTILE = (
    "0123456789.,'() $€£¥₹"
    "０１２３４５６７８９＄￥"  # fullwidth
    "٠١٢٣٤٥٦٧٨٩٫٬"  # Arabic-Indic digits and separators
    "०१२३४५"  # Devanagari digits
    "𝟏𝟐𝟑¹²³½⅓"  # mathematical digits, superscripts, fractions
    "аеосрхАВЕМНОРСТ"  # Cyrillic letters that look Latin
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"  # Greek ones
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width characters, BOM
    "\u0301\u0300\u0308\u20dd"  # combining marks
    "\u00a0\u202f\u2009\u2002\u3000\u2028\u2029\t\r\n"  # spaces and separators
    "\udcff\ud800"  # lone surrogates (Python strings can hold them)
    "billionmbkKMB亿万元億円croreRsUSDRMB"
)


def check_spans(text: str, locale: str) -> None:
    for mention in extract(text, locale=locale):
        start, end = mention.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == mention.text
        assert mention.amount.is_finite()
    for pair in extract_pairs(text, locale=locale):
        assert text[pair.span[0] : pair.span[1]] == pair.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.sampled_from(HOSTILE), max_size=80),
    st.sampled_from(["en", "es_AR", "de", "zh", "ja", "en_IN", "ar", "hi"]),
)
def test_extract_on_hostile_text(text: str, locale: str) -> None:
    check_spans(text, locale)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(HOSTILE), max_size=40))
def test_parse_raises_only_parse_error(text: str) -> None:
    try:
        mention = parse(text)
    except ParseError:
        return
    assert text[mention.span[0] : mention.span[1]] == mention.text


def test_lookalikes_are_not_read_as_codes() -> None:
    # "USD" spelled with a Cyrillic Ѕ or an Armenian Ս is not the ISO code.
    assert extract("5 UЅD") == [] and extract("ՍSD 5") == []
    assert [(m.text, m.currency) for m in extract("5 USD")] == [("5 USD", "USD")]


def test_invisible_characters_inside_a_figure() -> None:
    # A zero-width space or a bidi mark inside a figure must not shift the span.
    for text in ("\u200f$53\u200b billion", "\u2066€1,234.56\u2069", "\ufeff380亿元"):
        check_spans(text, "en")
