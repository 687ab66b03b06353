"""Currency nouns alone, as the press writes them (issue #14).

``tools/build_lexicon.py`` reads the noun of each of CLDR's currency names, in
every plural form CLDR gives, for the languages whose file says where the noun
stands (``bare_nouns = "first"`` or ``"last"``): "фунтов" of "британских фунтов
стерлингов", "zlotys" of "zlotys polonais", "gulden" of "Nederlandse gulden"; of
the currencies in circulation and of the historic ones ([codes] historic of
global.toml). A noun of several currencies goes to their group (POUNDS,
GUILDERS, MARKS, LIRAS), whose default and the locale decide as for the curated
nouns. Expected values are what each text means.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the test extra installs tomli on 3.10
    import tomli as tomllib  # type: ignore[import-not-found]

from fxnorm.parsing import extract, extract_pairs

ROOT = Path(__file__).resolve().parents[1]
POUNDS = ("GBP", "EGP", "LBP", "SYP", "SSP", "FKP", "GIP", "SHP")


@pytest.mark.parametrize(
    ("text", "locale", "figure", "amount", "currency"),
    [
        # thespaceworkshop.wixsite.com/red-lion/post/10-pounds (a British pound's worth)
        (
            "Зарплатня моряка тоді становила 40 фунтів на рік, а зарплата хатньої"
            " служниці - 4 фунти на рік.",
            "uk",
            "40 фунтів",
            "40",
            "GBP",
        ),
        # infosekolah.net/uk/Німецька_марка: the euro's fixed rate in marks
        (
            "Обмін на нову валюту проводили за курсом 1,95583 марки за один євро.",
            "uk",
            "1,95583 марки",
            "1.95583",
            "DEM",
        ),
        # visitercracovie.webnode.fr/l/argent
        ("1 zloty = 23 centimes.", "fr", "1 zloty", "1", "PLN"),
        # nrc.nl/nieuws/1992/06/30/polen-saneert-zloty-7148289-a4313 (1992: guilders)
        (
            "Er zijn dertien verschillende bankbiljetten in omloop in Polen, in coupures"
            " van 50 tot 1.000.000 zloty die een waarde vertegenwoordigen van omgerekend"
            " 0,5 cent tot 17,75 gulden.",
            "nl",
            "17,75 gulden",
            "17.75",
            "NLG",
        ),
        (
            "De nieuw in te voeren zloty omvat acht verschillende coupures, variërend van"
            " één tot 200 zloty.",
            "nl",
            "200 zloty",
            "200",
            "PLN",
        ),
        # es.stringtranslate.com/de%20marcos%20alemanes/Deutsche_Mark (marks in 2012)
        (
            "En 2012, se estimó que había en circulación hasta 13.200 millones de marcos,"
            " y una encuesta de 2011 mostró",
            "es",
            "13.200 millones de marcos",
            "13.2e9",
            "DEM",
        ),
        # web-production-4e80b.up.railway.app/page/Dutch_guilder: the guilder's euro rate
        (
            "facilitating its smooth transition to the on 1 2002 at the fixed rate of"
            " €1 = 2.20371 guilders.",
            "en",
            "2.20371 guilders",
            "2.20371",
            "NLG",
        ),
        # iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Dutch_guilders
        (
            "Inverted, this gives 0.453780 euros for 1 guilder.",
            "en",
            "1 guilder",
            "1",
            "NLG",
        ),
        # fotbal.idnes.cz/prestupove-leto-v-anglii-nespokojeny-mourinho-fre-/premier-league
        # .aspx?c=A170704_111936_premier-league_jic (Manchester City pays Monaco)
        (
            "Monako za něj od bohatého Manchesteru City dostane 43 milionů liber.",
            "cs",
            "43 milionů liber",
            "43e6",
            "GBP",
        ),
        # dzen.ru/b/ZKbik2sqATvdwMkL (an English club's defender)
        (
            "Клуб мог бы продать защитника за 30-40 миллионов фунтов, но теперь найти"
            " ему новое место станет сложнее",
            "ru",
            "30-40 миллионов фунтов",
            "30e6",
            "GBP",
        ),
    ],
)
def test_a_currency_noun_alone_is_read(
    text: str, locale: str, figure: str, amount: str, currency: str
) -> None:
    found = [m for m in extract(text, locale=locale) if m.text == figure]
    assert len(found) == 1, extract(text, locale=locale)
    (mention,) = found
    assert (mention.amount, mention.currency) == (D(amount), currency)


def test_pounds_alone_in_russian_are_sterling_by_default() -> None:
    # lenta.ru/news/2008/10/01/banknote/amp: a pound banknote sold at auction in London
    text = (
        "Банкнота номиналом один миллион фунтов стерлингов 1 октября была продана на"
        " частном аукционе за 78 тысяч фунтов (более 150 тысяч долларов США),"
        " сообщается на сайте The Telegraph."
    )
    (pair,) = extract_pairs(text, locale="ru")
    assert (pair.source.amount, pair.source.currency) == (D("78e3"), "GBP")
    assert pair.source.alternatives == POUNDS
    assert (pair.stated.amount, pair.stated.currency) == (D("150e3"), "USD")


def test_the_lira_alone_in_russian_is_left_open_among_the_liras() -> None:
    # birga.tourdom.ru:80/news/turki-ustali-ot-kvadrilonov.html: Turkey's banknotes
    # before the 2005 redenomination (TRL); "лир" names several liras
    text = "Сейчас в Турции имеют хождение банкноты в 20 млн. лир (около $13)."
    mention = extract(text, locale="ru")[0]
    assert (mention.amount, mention.currency) == (D("20e6"), None)
    assert "TRL" in mention.alternatives


def test_the_press_abbreviation_before_cldr_s_words_names_one_dollar() -> None:
    # newsmir.info/237983: "долл. США" is the US dollar, "долларов" alone any dollar
    text = (
        "В 2015г. в экономику Днепропетровска иностранными инвесторами вложено 42,6 млн."
        " долл. США акционерного капитала, а из города в экономику стран мира в виде"
        " прямых инвестиций было направлено 52,9 млн. долларов"
    )
    first, second = extract(text, locale="ru")
    assert (first.amount, first.currency, first.alternatives) == (D("42.6e6"), "USD", ())
    assert (second.amount, second.currency) == (D("52.9e6"), "USD")
    assert "CAD" in second.alternatives


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Un franc-tireur a tiré trois fois.", "fr"),
        ("Mark Twain a écrit ce livre.", "fr"),
        # a year before a name: English "mark" is an everyday word, so German's
        # "Mark" (DEM) is not borrowed
        ("In 1876 Mark Twain published Tom Sawyer.", "en"),
        # first names and a club after a year are no marks, francs or reais
        ("In 2010 Mark Rutte werd premier.", "nl"),
        ("W 2004 Marek Belka został premierem.", "pl"),
        ("En 1975 Franco murió.", "es"),
        ("Em 2014 Real Madrid venceu.", "pt"),
        ("Nel 2010 Marco Rossi vinse.", "it"),
        ("En 2004 Mark Zuckerberg a fondé Facebook.", "fr"),
        ("Ne ha comprati 5 lei", "it"),  # "lei" (she) is no Italian currency noun
        ("Mamy 3 marki samochodów i 2 leki.", "pl"),  # brands, medicines
        ("Ten pies ma 3 tak", "cs"),  # a dog, "so"
    ],
)
def test_everyday_words_are_no_currency_nouns(text: str, locale: str) -> None:
    assert extract(text, locale=locale) == []


def test_the_nouns_are_cldr_s_and_an_abbreviation_takes_cldr_s_adjective() -> None:
    """Computed independently from the shipped CLDR extract: every Polish plural form
    of the Canadian dollar's name gives its first word, and "dol." before its
    adjective (forbes.pl/przywodztwo/polska-miedz-international/2rx9t8p:
    "2,9 mld dol. kanadyjskich")."""
    from fxnorm import cldr

    lexicon = json.loads((ROOT / "fxnorm" / "data" / "lexicon" / "pl.json").read_text("utf-8"))
    heads = lexicon["heads"]
    forms = cldr.currency_forms("pl", frozenset({"CAD"}))["CAD"]
    for form in forms:
        first, *rest = form.lower().split()
        assert "CAD" in heads[first]
        assert heads[" ".join(["dol.", *rest])] == ["CAD"]
    with (ROOT / "data" / "languages" / "pl.toml").open("rb") as handle:
        stop = tomllib.load(handle)["language"]["bare_nouns_stoplist"]
    assert not set(stop) & set(heads)
