"""Dates written in text (fxnorm.parsing.dates): every language of the CLDR extract,
the phrases of the corpus articles, spans, intervals, and linear time.

The main oracle is independent of the reader: babel's own date formatter
(``babel.dates.format_date``) writes a set of days in the long, full and
medium forms of each calendar language of the extract, and the reader must find
each day back in what babel wrote. With a babel of another CLDR than fxnorm's
extract, the dates written with a name the extract does not have are left
out (counted: most must remain). The phrase tables quote
the corpus articles (tests/data/corpus) and wire-style datelines as written.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import re
import time
from pathlib import Path

import babel.localedata
import pytest
from babel.dates import format_date

from fxnorm import cldr, cldr_babel
from fxnorm._dates import date_order
from fxnorm.parsing.dates import CALENDAR_LANGUAGES, DateMention, extract_dates

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
DAYS = [
    dt.date(2025, m, d)
    for m, d in [(1, 3), (2, 24), (3, 5), (5, 1), (6, 30), (8, 15), (9, 24), (12, 31)]
]
#: Forms the reader does not read, with the reason (documented in docs/fact-checking.md).
NOT_READ = {
    ("th", "long"): "the era 'ค.ศ.' stands between the month and the year",
    ("th", "full"): "the era 'ค.ศ.' stands between the month and the year",
    ("th", "medium"): "an abbreviation with inner dots (ธ.ค.)",
    ("he", "long"): "the month carries the prefix ב (in)",
    ("he", "full"): "the month carries the prefix ב (in)",
    ("he", "medium"): "the month carries the prefix ב (in)",
    ("hi", "medium"): "the abbreviation mark ॰",
    ("lt", "long"): "the year's mark 'm.' stands between the year and the month",
    ("lt", "full"): "the year's mark 'm.' stands between the year and the month",
    ("lv", "long"): "the word 'gada' (of the year) stands between the year and the day",
    ("lv", "full"): "the word 'gada' (of the year) stands between the year and the day",
    ("lv", "medium"): "the word 'gada' (of the year) stands between the year and the day",
    ("kk", "long"): "the year's mark 'ж.' stands between the year and the day",
    ("kk", "full"): "the year's mark 'ж.' stands between the year and the day",
    ("kk", "medium"): "the year's mark 'ж.' stands between the year and the day",
}

_ALL = ("long", "full", "medium")

#: Languages known from the CLDR extract alone (no curated file yet): the forms
#: babel writes that the reader does not take apart, and why.
_CLDR_ONLY_NOT_READ: dict[str, tuple[tuple[str, ...], str]] = {
    "bo": (_ALL, "year, month and day syllables glued to Tibetan digits (ཟླ་༡ཚེས་3)"),
    "ckb": (_ALL, "a month of two words with an ezafe ending (کانوونی دووەمی)"),
    "dz": (_ALL, "the words for year and day glued to the numbers (སྤྱི་ལོ་2025, ཚེས་03)"),
    "ee": (_ALL, "the word 'lia' (month) between the day and the year"),
    "eu": (_ALL, "the year first with '(e)ko', the month in the genitive (urtarrilaren)"),
    "ga": (("long", "full"), "a month of two words (Meán Fómhair)"),
    "gd": (_ALL, "an ordinal ending on the day (3mh), the month mutated after 'dhen'"),
    "kok": (("medium",), "day, month and year joined by hyphens (3-जानेवारी-2025)"),
    "la": (("full",), "'die' (on the day) before the day is Albanian's 'die' (Sunday)"),
    "ky": (_ALL, "the year's mark '-ж.', the day joined to the month by a hyphen (3-январь)"),
    "ln": (("long", "full"), "the month is a phrase (sánzá ya yambo: the first month)"),
    "lo": (("medium",), "an abbreviation with inner dots (ມ.ກ.)"),
    "mai": (("medium",), "the abbreviation mark ॰"),
    "mn": (_ALL, "the year with 'оны', the month an ordinal phrase (нэгдүгээр сарын)"),
    "mn_Mong": (_ALL, "CLDR has no month names in Mongolian script: babel writes 'M01'"),
    "mt": (("long", "full"), "'ta’' (of) stands between the day and the month"),
    "ps": (("full",), "'د' (of) between the weekday, the year and the month, the year first"),
    "sa": (("medium",), "a colon after the month (जनवरी:)"),
    "sah": (("long", "full"), "a month of two words (Кулун тутар), the year's mark 'сыл'"),
    "so": (("medium",), "day, month and year joined by hyphens (03-Jan-2025)"),
    "ug": (_ALL, "the day joined to the month by a hyphen (3-يانۋار)"),
    "uz": (_ALL, "the day joined to the month by a hyphen (3-yanvar)"),
    "uz_Arab": (("long", "full"), "the ordinal word 'نچی' between the day and the month"),
    "yo": (("medium",), "all numbers with spaces (3 01 2025), read only with separators"),
}
NOT_READ.update(
    {
        (language, form): reason
        for language, (forms, reason) in _CLDR_ONLY_NOT_READ.items()
        for form in forms
    }
)


#: Shapes of a written date the reader does not take apart, whichever form CLDR
#: writes them in (CLDR 47 writes Armenian's full form so, CLDR 49 its long and
#: medium forms too), and why.
UNREAD_SHAPES: dict[str, tuple[re.Pattern[str], str]] = {
    "hy": (re.compile(r"\d{4} թ\. \w"), "the year's mark 'թ.' between the year and the month"),
}


def test_the_reader_covers_the_languages_of_the_cldr_extract() -> None:
    spec = importlib.util.spec_from_file_location("bct", ROOT / "tools" / "build_cldr_tables.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert set(CALENDAR_LANGUAGES) == set(cldr.languages())
    if cldr_babel.version() == cldr.version():
        # the languages are CLDR's answer: with the extract's own CLDR, the build
        # tool's rule gives the shipped list (another CLDR may answer otherwise,
        # which moving the extract shows)
        assert set(CALENDAR_LANGUAGES) == set(tool.LANGUAGES)
    assert len(CALENDAR_LANGUAGES) >= 34
    assert all(cldr.month_names(language) for language in CALENDAR_LANGUAGES)


#: The languages whose dates babel writes for the read-back: all of the extract's
#: with babel of the extract's own CLDR; with another CLDR (the oldest babel CI
#: installs lacks some locales and writes others otherwise), the languages with a
#: curated file, whose forms the reader was made for whatever CLDR writes them.
READ_BACK = (
    CALENDAR_LANGUAGES
    if cldr_babel.version() == cldr.version()
    else tuple(
        language
        for language in CALENDAR_LANGUAGES
        if (ROOT / "data" / "languages" / f"{language.split('_')[0]}.toml").exists()
        and babel.localedata.exists(language)
    )
)


@pytest.mark.parametrize("language", READ_BACK)
def test_babel_written_dates_are_read_back(language: str) -> None:
    # babel writes a resolved alias into a table locales share in its cache, so
    # one language's abbreviations ("M01", "yan") reach the dates it writes for
    # the next: each language is written from a fresh cache.
    importlib.reload(babel.localedata)
    order = date_order(language)
    day_first = None if order is None else order == "dmy"
    missed = []
    read = left_out = unread = 0
    forms = [f for f in ("long", "full", "medium") if (language, f) not in NOT_READ]
    ours = {name for name, _ in (*cldr.month_names(language), *cldr.day_names(language))}
    theirs = {
        name for kind in ("months", "days") for name, _ in cldr_babel.calendar_names(language, kind)
    }
    foreign = sorted(theirs - ours, key=len, reverse=True)  # empty with the same CLDR
    for form in forms:
        for day in DAYS:
            written = format_date(day, format=form, locale=language)
            shape = UNREAD_SHAPES.get(language)
            if shape is not None and shape[0].match(written):
                unread += 1
                continue
            if any(name in written for name in foreign):
                left_out += 1
                continue
            found = extract_dates(written, locale=language, day_first=day_first)
            hits = [m for m in found if m.date == day]
            if not hits:
                missed.append(written)
                continue
            read += 1
            (hit,) = hits
            assert written[hit.span[0] : hit.span[1]] == hit.text
            if form == "full" and hit.weekday is not None:
                assert hit.weekday == day.weekday(), written
    assert not missed, missed
    assert read + left_out + unread == len(forms) * len(DAYS)
    if cldr_babel.version() == cldr.version():
        # With babel of the extract's own CLDR nothing is foreign: every form is read.
        assert left_out == 0 and read + unread == len(forms) * len(DAYS)
    if not forms:  # a language whose forms are all left out: none is read by mistake
        for form in ("long", "full", "medium"):
            written = format_date(DAYS[0], format=form, locale=language)
            assert not [m for m in extract_dates(written, locale=language) if m.date]


def describe(text: str, locale: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.value()) for m in extract_dates(text, locale=locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # The corpus articles, as written.
        ("The firm's shares hit an all-time high of 28,260 ARS on September 19, and",
         "en", [("September 19", "September 19, year not stated")]),
        ("The e-commerce giant revealed in February that it plans", "en",
         [("February", "February, year not stated")]),
        ("could top $32 billion in 2025 alone, according to", "en", [("in 2025 alone", "2025")]),
        ("Wu told a developer conference in Hangzhou on Wednesday.", "en",
         [("Wednesday", "a Wednesday")]),
        ("The company's stock had more than doubled this year.", "en",
         [("this year", "this year")]),
        ("raised $3.2 billion in convertible bonds earlier this month", "en",
         [("earlier this month", "this month")]),
        # Datelines and full dates.
        ("BEIJING, Sept 24 (Reuters) - China's", "en",
         [("Sept 24", "September 24, year not stated")]),
        ("Wednesday, September 24, 2025", "en", [("Wednesday, September 24, 2025", "2025-09-24")]),
        ("Wed, 24 Sep 2025 10:00:00 GMT", "en", [("Wed, 24 Sep 2025", "2025-09-24")]),
        ("the 24th of September", "en", [("24th of September", "September 24, year not stated")]),
        ("mid-February", "en", [("February", "February, year not stated")]),
        ("The fund may grow in May.", "en", [("May", "May, year not stated")]),
        ("target by 2030", "en", [("by 2030", "2030")]),
        ("NASA's Mars 2020 rover", "en", []),
        ("it made 1,200 September sales", "en", []),
        ("El 19 de septiembre de 2025 el dólar subió; en febrero, y el año pasado", "es",
         [("19 de septiembre de 2025", "2025-09-19"), ("febrero", "February, year not stated"),
          ("el año pasado", "last year")]),
        ("Am 24. September 2025 sagte er, seit 2020 und im Februar", "de",
         [("24. September 2025", "2025-09-24"), ("seit 2020", "2020"),
          ("Februar", "February, year not stated")]),
        ("le mercredi 24 septembre 2025, depuis mars", "fr",
         [("mercredi 24 septembre 2025", "2025-09-24"), ("mars", "March, year not stated")]),
        ("em 24 de setembro de 2025, no ano passado", "pt",
         [("24 de setembro de 2025", "2025-09-24"), ("no ano passado", "last year")]),
        ("il 24 settembre 2025, l'anno scorso", "it",
         [("24 settembre 2025", "2025-09-24"), ("l'anno scorso", "last year")]),
        ("2025年9月24日（周三），阿里巴巴今年和去年3月", "zh",
         [("2025年9月24日", "2025-09-24"), ("周三", "a Wednesday"), ("今年", "this year"),
          ("去年3月", "March of last year")]),
        ("2025年9月24日(水)、先月", "ja",
         [("2025年9月24日(水)", "2025-09-24"), ("先月", "last month")]),
        ("2025년 9월 24일 올해 지난해", "ko",
         [("2025년 9월 24일", "2025-09-24"), ("올해", "this year"), ("지난해", "last year")]),
        # A Spanish date read with the English locale: wide names of any language, with a number.
        ("published 19 de septiembre de 2025", "en", [("19 de septiembre de 2025", "2025-09-19")]),
        ("24 września 2025", "en", [("24 września 2025", "2025-09-24")]),
    ],
)  # fmt: skip
def test_phrases(text: str, locale: str, expected: list[tuple[str, str]]) -> None:
    assert describe(text, locale) == expected
    for mention in extract_dates(text, locale=locale):
        assert text[mention.span[0] : mention.span[1]] == mention.text


def test_a_weekday_with_a_date_must_agree_with_the_calendar() -> None:
    (mention,) = extract_dates("Wednesday, September 24, 2025")
    assert mention.weekday == 2 and mention.date is not None and mention.date.weekday() == 2


def test_forward_years_and_months_are_marked() -> None:
    found = {m.text: m.forward for m in extract_dates("by 2030, until March, in 2024")}
    assert found == {"by 2030": True, "March": True, "in 2024": False}


def test_datelines_are_marked() -> None:
    text = (
        "BEIJING, Sept 24 (Reuters) - Alibaba said on September 19 it would spend more on "
        "artificial intelligence infrastructure, its chief executive told a conference."
    )
    marked = [(m.text, m.dateline) for m in extract_dates(text)]
    assert marked == [("Sept 24", True), ("September 19", False)]
    header = "Alibaba lifts AI spending\nPublished 24 September 2025\n\n" + "Body text. " * 30
    (line,) = extract_dates(header)
    assert line.dateline and line.date == dt.date(2025, 9, 24)


def test_all_number_dates_follow_the_order_given_or_report_both_readings() -> None:
    (both,) = extract_dates("on 09/10/2024 the board")
    assert both.kind == "ambiguous"
    assert both.readings == (dt.date(2024, 10, 9), dt.date(2024, 9, 10))
    (day_first,) = extract_dates("on 09/10/2024 the board", day_first=True)
    assert day_first.date == dt.date(2024, 10, 9)
    (month_first,) = extract_dates("on 09/10/2024 the board", day_first=False)
    assert month_first.date == dt.date(2024, 9, 10)
    (clear,) = extract_dates("on 24/09/2025 the board")  # the digits decide
    assert clear.date == dt.date(2025, 9, 24)
    (iso,) = extract_dates("on 2025-09-24 the board", day_first=False)
    assert iso.date == dt.date(2025, 9, 24)


def test_intervals_count_from_the_time_of_writing() -> None:
    anchor = dt.date(2025, 9, 24)  # a Wednesday

    def interval(text: str) -> tuple[dt.date, dt.date] | None:
        (mention,) = extract_dates(text)
        return mention.interval(anchor)

    assert interval("on September 19") == (dt.date(2025, 9, 19),) * 2
    assert interval("in February") == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert interval("on Monday") == (dt.date(2025, 9, 22),) * 2
    assert interval("on Wednesday") == (anchor, anchor)
    assert interval("last month") == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    assert interval("last year") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert interval("in 2023") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    (month,) = extract_dates("in February")
    assert month.interval() is None  # no year, no time of writing: no interval


def test_mentions_serialise() -> None:
    (mention,) = extract_dates("in 2025 alone")
    assert isinstance(mention, DateMention)
    data = mention.to_dict()
    assert data["kind"] == "year" and data["year"] == 2025 and data["span"] == [0, 13]


def test_whole_articles_and_adversarial_text_are_read_in_linear_time() -> None:
    article = (CORPUS / "alibaba-ai-spend-bloomberg.txt").read_text(encoding="utf-8")
    extract_dates(article)  # tables built

    def adversarial(n: int) -> str:
        return "in 2025 " * n + "9月" * n + "1/2/2025 " * n + "last May "

    # a text and the same text ten times over (1 MB of article; 380 kB of dates
    # side by side): linear is about 10 times the time, quadratic 100 times; a
    # ratio holds on a loaded machine where a bound in seconds does not
    for make in (lambda k: (article * 40 * k)[: 100_000 * k], lambda k: adversarial(2_000 * k)):
        tenth = _seconds(make(1))
        whole = _seconds(make(10))
        assert whole < 30 * max(tenth, 0.01), (tenth, whole)


def _seconds(text: str) -> float:
    start = time.perf_counter()
    extract_dates(text)
    return time.perf_counter() - start
