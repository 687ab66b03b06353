"""A bare figure that is money by its role in the sentence.

1. A difference, an increase or the rest stated right after a figure with a
   currency, in its sentence, with the same magnitude word, is in that figure's
   money: "3.319,9 milions d'euros, 207 milions més que el 2015" (the words are
   each language's ``[context] differences_before`` / ``differences_after``). A
   count stays bare ("营收3.2亿元，用户增加0.5亿", "… 2 milions més de persones").
2. A bare figure whose equivalent its writer states in another currency is money in
   the page's currency, when the caller gives the page's locale: "10.4 lakh crore
   (13 billion euros, $16 billion)" under ``en_IN`` is rupees. Without a locale it
   stays open, and a bare figure with no stated equivalent stays bare.

Each look-alike string names the page whose sentence it imitates.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import check_text, extract, extract_pairs

CA_ES_002 = (
    "http://www.diaridegirona.cat/economia/2018/01/08/creixent-ritme-dos-digits/"
    "888802.html?utm_source=rss"
)
ZH_HANT_TW_067 = "https://udn.com/news/story/10930/8953885"
ZH_HANT_TW_056 = (
    "https://tw.news.yahoo.com/%E4%BC%81%E6%A5%AD%E8%87%AA%E4%B8%BB%E6%8A%95%E8%B3%87%E5%AE"
    "%8C%E5%8B%9D%E7%BE%8E%E6%96%B9%E6%8C%87%E5%AE%9A-%E5%BE%90%E5%B6%94%E7%85%8C%E8%88%89-"
    "%E7%86%8A%E6%9C%AC%E8%A8%AA%E5%8F%B0%E6%8B%9B%E5%95%86-%E7%82%BA%E4%BE%8B-%E6%B0%B4%E9"
    "%9B%BB%E9%81%93%E8%B7%AF%E7%BE%8E%E5%9C%8B%E5%85%A8%E5%8C%85-033507816.html"
)
EL_CY_002 = (
    "https://news.rik.cy/article/2017/3/6/sta-kheria-tes-peugeot-e-europaike-monada-tes-gm-2232459"
)
EN_IN_029 = (
    "https://www.news18.com/news/india/as-macron-meets-modi-india-and-france-sign-deals-"
    "worth-10-4-lakh-crore-1685109.html"
)


def _read(text: str, locale: str | None) -> list[tuple[Decimal, str | None]]:
    return [(m.amount, m.currency) for m in extract(text, locale=locale)]


# -- 1. a difference, an increase or the rest -------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected", "source"),
    [
        (
            "Les vendes de les 12 empreses sumen 1.204,5 milions d'euros, 96 milions més"
            " que l'any anterior.",
            "ca_ES",
            [("1204500000", "EUR"), ("96000000", "EUR")],
            CA_ES_002,
        ),
        (
            "La facturación llegó a 850 millones de euros, 40 millones menos que en 2019.",
            "es_ES",
            [("850000000", "EUR"), ("40000000", "EUR")],
            CA_ES_002,
        ),
        (
            "今年教育預算共計編列3120億元，比去年增加215億，為歷年新高。",
            "zh_Hant_TW",
            [("312000000000", "TWD"), ("21500000000", "TWD")],
            ZH_HANT_TW_067,
        ),
        (
            "政府匡列補助600億元，其中已撥付350億元，另外250億下半年發放。",
            "zh_Hant_TW",
            [("60000000000", "TWD"), ("35000000000", "TWD"), ("25000000000", "TWD")],
            ZH_HANT_TW_067,
        ),
    ],
)
def test_a_difference_takes_the_currency_of_the_figure_before(
    text: str, locale: str, expected: list[tuple[str, str]], source: str
) -> None:
    assert _read(text, locale) == [(Decimal(a), c) for a, c in expected], source


def test_a_noun_of_money_before_a_verb_and_a_difference_carry_on() -> None:
    # "企業自主投資只有2500億，另外2500億是貸款額度": the investment (投資) is only
    # (只有) part of the dollars before, and another (另外) part of them follows
    text = "他說，600億美元被算成1200億美元，其實企業投資只有600億，另外600億是貸款。"
    assert _read(text, "zh_Hant_TW") == [
        (Decimal("60000000000"), "USD"),
        (Decimal("120000000000"), "USD"),
        (Decimal("60000000000"), "USD"),
        (Decimal("60000000000"), "USD"),
    ], ZH_HANT_TW_056


@pytest.mark.parametrize(
    ("text", "locale", "kept"),
    [
        # a label before the increase counts something else
        ("营收3.2亿元，用户增加0.5亿", "zh_CN", "3.2亿元"),
        ("营收3.2亿元，用户0.5亿", "zh_CN", "3.2亿元"),
        # a count after the increase
        ("营收3.2亿元，比去年增加0.5亿人", "zh_CN", "3.2亿元"),
        # a verb after a label that is no noun of money
        ("营收3.2亿元，用户只有0.5亿", "zh_CN", "3.2亿元"),
        ("营收3.2亿元，投资人数达0.5亿", "zh_CN", "3.2亿元"),
        # a link after "més" joins the thing counted
        ("El projecte costa 3,3 milions d'euros, 2 milions més de persones", "ca_ES", None),
        ("Se invirtieron 300 millones de euros y 2 millones de personas", "es_ES", None),
        # English "more" is no difference word: a noun may follow it
        ("$5 billion in sales, 2 billion more users", "en_US", None),
        # another magnitude word: nothing carries
        ("Facturó 3 mil millones de euros, 20 millones más que en 2015.", "es_ES", None),
    ],
)
def test_a_count_after_a_figure_with_a_currency_stays_bare(
    text: str, locale: str, kept: str | None
) -> None:
    mentions = extract(text, locale=locale)
    assert len(mentions) == 1
    if kept is not None:
        assert mentions[0].text == kept


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "Το 2,1 δισεκατομμύριο αφορά τα εργοστάσια της εταιρείας και τα υπόλοιπα 400"
            " εκατομμύρια ευρώ τις τράπεζες.",
            "el_GR",
            [("2100000000", "EUR"), ("400000000", "EUR")],
        ),
        (
            "The first 1.3 billion goes to the carmakers and the remaining 900 million"
            " euros to the finance arm.",
            "en_GB",
            [("1300000000", "EUR"), ("900000000", "EUR")],
        ),
    ],
)
def test_the_other_part_takes_the_currency_of_the_rest(
    text: str, locale: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text, locale) == [(Decimal(a), c) for a, c in expected], EL_CY_002


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # a count before the rest stays bare
        (
            "Some 3 million people got help and the remaining 900 million euros went to banks.",
            "en_GB",
        ),
        # no magnitude word on the bare figure
        ("In 2016 the carmakers and the remaining 900 million euros", "en_GB"),
        # no words of a rest between them
        (
            "Το 1,3 δισεκατομμύριο αφορά τα εργοστάσια και 900 εκατομμύρια ευρώ τις τράπεζες.",
            "el_GR",
        ),
    ],
)
def test_a_figure_before_the_rest_stays_bare_without_its_role(text: str, locale: str) -> None:
    (only,) = extract(text, locale=locale)
    assert only.text.endswith(("ευρώ", "euros"))


# -- 2. a bare figure with a stated equivalent ------------------------------------

EN_IN_LOOKALIKE = "The deals are worth 10.4 lakh crore (13 billion euros, $16 billion)"


def test_a_bare_figure_with_a_stated_equivalent_is_the_locales_money() -> None:
    first, euros, dollars = extract(EN_IN_LOOKALIKE, locale="en_IN")
    assert (first.amount, first.currency) == (Decimal("10400000000000"), "INR"), EN_IN_029
    assert first.resolved_by == "locale"
    assert first.alternatives == ()  # India has one legal tender
    assert any("stated in another currency" in note for note in first.notes)
    assert (euros.currency, dollars.currency) == ("EUR", "USD")
    pairs = extract_pairs(EN_IN_LOOKALIKE, locale="en_IN")
    assert [(p.source.currency, p.stated.currency) for p in pairs] == [
        ("INR", "EUR"),
        ("INR", "USD"),
    ]


def test_the_stated_pair_becomes_checkable() -> None:
    # the page printed lakh crore for a tenth of that (1.04 lakh crore is about 13
    # billion euros in March 2018): the check says the figures disagree, tenfold
    report = check_text(EN_IN_LOOKALIKE, "2018-03-10", locale="en_IN")
    assert [c.verdict for c in report.checks] == ["inconsistent", "inconsistent"]
    assert all(c.deviation is not None and c.deviation > 8 for c in report.checks)
    # without the locale the rupees are nobody's: nothing to check against
    alone = check_text(EN_IN_LOOKALIKE, "2018-03-10")
    assert [c.verdict for c in alone.checks] == ["unverifiable", "unverifiable"]


def test_a_territory_with_two_tenders_lists_both() -> None:
    # Panama's legal tender is the balboa and the US dollar; the equivalent in euros
    text = "El contrato vale 50 millones (45 millones de euros)."
    first = extract(text, locale="es_PA")[0]
    assert first.amount == Decimal("50000000")
    assert first.currency == "PAB"
    assert set(first.alternatives) == {"PAB", "USD"}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # no locale: the page's currency is unknown, the source stays open
        (EN_IN_LOOKALIKE, None),
        # no stated equivalent and no word that says it is money: a bare lakh figure
        # is not rupees by the locale alone ("will spend over 100 crore" is: see
        # test_parse_implied_currency.py)
        ("There are now 1.59 lakh startups in the country.", "en_IN"),
    ],
)
def test_a_bare_figure_without_a_stated_pair_or_a_locale_stays_bare(
    text: str, locale: str | None
) -> None:
    assert all(m.currency != "INR" for m in extract(text, locale=locale))
    assert all(p.source.currency is None for p in extract_pairs(text, locale=locale)), (
        "the source stays open"
    )


def test_an_equivalent_in_the_locales_own_currency_is_no_conversion() -> None:
    # "5 crore (₹50 million)": the bracket restates the rupees, it converts nothing
    text = "The plant cost 5 crore (₹50 million)."
    assert extract_pairs(text, locale="en_IN") == []
    # the bare figure is rupees by its verb ("cost" says it is money, the text names
    # no other currency), not by a stated conversion
    mentions = extract(text, locale="en_IN")
    assert [(m.text, m.currency) for m in mentions] == [("5 crore", "INR"), ("₹50 million", "INR")]
    assert mentions[0].resolved_by == "locale"
    assert "'cost' says is money" in mentions[0].notes[-1]
