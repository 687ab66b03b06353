"""Languages added after a held-out measurement (issue #14): Slovenian, Slovak,
Croatian, Serbian (Latin and Cyrillic), Bulgarian, Macedonian, Albanian,
Latvian, Lithuanian, Estonian, Georgian, Kazakh, Azerbaijani, Nepali, Afrikaans.

Their real sentences are in ``tests/data/realtext/`` (read by hand before fxnorm
was first run on them). The strings here are look-alikes of those sentences,
built on the page named beside each (another figure, another case of the noun,
another qualifier or magnitude word of the same language), to pin each class
the language data reads; every expected amount is worked out by hand from the
place values (Nepali करोड 10^7, अर्ब 10^9, खर्ब 10^11). Each is read with the
page's locale; the look-alikes that are no money (a percentage, a year, a count)
must give nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract, extract_pairs

Expected = list[tuple[Decimal, str | None, str | None]]

K = Decimal(10) ** 3
M = Decimal(10) ** 6
B = Decimal(10) ** 9
CRORE = Decimal(10) ** 7
ARAB = Decimal(10) ** 9  # Nepali अर्ब (अरब), a hundred crore
KHARAB = Decimal(10) ** 11  # Nepali खर्ब (खरब), a hundred arab


def _read(text: str, locale: str) -> Expected:
    return [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]


# the pages the look-alikes follow (their rows are in tests/data/realtext/)
RTVSLO = "https://otroski.rtvslo.si/infodrom/prispevek/559"
INTEREZ = "https://www.interez.sk/jackpot-aky-tu-este-nebol-euromiliony-priniesli-rekordnu-vyhru-hrac-nemusi-do-konca-zivota-pohnut-prstom/"
LIDER = "https://rebuild.lidermedia.hr/poslovna-scena/kompanije/74-milijardera-najvece-kompanije-rasle-sporije-od-manjih-tvrtki-ali-dobit-su-udvostrucile-128945"
KURIR = "https://www.kurir.rs/vesti/politika/9848208/skupstina-usvojila-budzet-za-2026-u-nacelu"
CROSS = "http://cross.bg/leva-prezidenta-byudzheta-1429204.html"
VESTNIK = "https://vestnikpriatel.com/"
MIA = "https://mia.mk/"
JAVANEWS = (
    "https://javanews.al/te-henen-miratohet-buxheti-i-2021-te-gjithe-vemendjen-e-merr-covid-19/"
)
DELFI_LV = "https://www.delfi.lv/bizness/biznesa_vide/apstrades-rupnieciba-stradajoso-uznemumu-vertiba-palielinajusies-par-22-3.d?id=54260284"
TV3_LT = "https://www.tv3.lt/naujiena/verslas/top20-lietuvos-imoniu-apyvarta-pernai-mazejo-taciau-pelnas-augo-trecdaliu-n1100645"
POSTIMEES = "https://leht.postimees.ee/7075403/riigi-rahakulv-jouab-igale-pollule"
ADJARATV = "https://adjaratv.ge/article/20866"
CONTINENT = "https://continent-online.com/Document/?doc_id=34646934&mode=p&page=1"
BIZIMAZ = "http://bizimaz.az/index.php/iqtisadiyyat/11547-büdcədə-gəlirlər-xərcləri-üstələdi.html"
FUTURESSOFT = "https://ga.futuressoft.com/archives/109460"
PROAGRI = "http://www.proagri.co.za/die-begrotingsrede-r6-miljard-beskikbaar-vir-die-droogte/"

READINGS = [
    # Slovenian: the euro in its cases, the abbreviation without its point
    ("sl_SI", "Proračun znaša 140 milijard evrov.", [(140 * B, "EUR", None)], RTVSLO),
    (
        "sl_SI",
        "Škoda je znašala okoli 12 milijonov evrov.",
        [(12 * M, "EUR", "approximate")],
        RTVSLO,
    ),
    ("sl_SI", "Za obnovo so namenili 5 mio evrov.", [(5 * M, "EUR", None)], RTVSLO),
    ("sl_SI", "Dobili so več kot 300 milijonov evrov.", [(300 * M, "EUR", "more_than")], RTVSLO),
    # Slovak: the code's letters after a magnitude word, "mld" without its point
    ("sk_SK", "Jackpot dosiahol 120 miliónov eur.", [(120 * M, "EUR", None)], INTEREZ),
    ("sk_SK", "Štát zaplatí približne 3 miliardy eur.", [(3 * B, "EUR", "approximate")], INTEREZ),
    ("sk_SK", "Firma utŕžila viac ako 2 mld eur.", [(2 * B, "EUR", "more_than")], INTEREZ),
    # Croatian: the kuna alone in its cases, a magnitude word alone, the bounds
    ("hr_HR", "Tvrtka je ostvarila 230 milijuna kuna prihoda.", [(230 * M, "HRK", None)], LIDER),
    ("hr_HR", "Prihodi su bili veći od milijardu kuna.", [(B, "HRK", "more_than")], LIDER),
    ("hr_HR", "Klub dobiva najmanje 5 milijuna eura.", [(5 * M, "EUR", "at_least")], LIDER),
    # Serbian in both scripts: the dinar and the euro alone
    ("sr_Latn_RS", "Deficit će biti 337 milijardi dinara.", [(337 * B, "RSD", None)], KURIR),
    (
        "sr_Latn_RS",
        "Investicija vredi oko 50 miliona evra.",
        [(50 * M, "EUR", "approximate")],
        KURIR,
    ),
    ("sr_RS", "Дефицит ће бити 337 милијарди динара.", [(337 * B, "RSD", None)], KURIR),
    # Bulgarian: the lev alone, the abbreviations with and without their point
    ("bg_BG", "Бюджетът е 12,5 млн. лв.", [(Decimal("12.5") * M, "BGN", None)], VESTNIK),
    ("bg_BG", "Общината ще получи близо 2 милиона лева.", [(2 * M, "BGN", "approximate")], CROSS),
    ("bg_BG", "Разходите са над 3 млрд лева.", [(3 * B, "BGN", "more_than")], CROSS),
    ("bg_BG", "Заплатата е 1500 лв.", [(1500 * Decimal(1), "BGN", None)], CROSS),
    # Macedonian: the euro and the denar alone, "околу" before the figure
    ("mk_MK", "Инвестицијата е вредна 45 милиони евра.", [(45 * M, "EUR", None)], MIA),
    ("mk_MK", "Платата изнесува 30.000 денари.", [(30 * K, "MKD", None)], MIA),
    ("mk_MK", "Извозот ќе биде над 200 милиони евра.", [(200 * M, "EUR", "more_than")], MIA),
    # Albanian: the lek alone and in its cases, the plural magnitude words
    ("sq_AL", "Buxheti arrin 600 miliardë lekë.", [(600 * B, "ALL", None)], JAVANEWS),
    ("sq_AL", "Rroga është 40 mijë lekësh.", [(40 * K, "ALL", None)], JAVANEWS),
    ("sq_AL", "Fondi është rreth 15 milionë euro.", [(15 * M, "EUR", "approximate")], JAVANEWS),
    (
        "sq_AL",
        "Shpenzimet janë 2 miliard e 300 milionë lekë.",
        [(2300 * M, "ALL", None)],
        JAVANEWS,
    ),
    # Latvian: the magnitude words in their cases, "exceed" before the figure
    ("lv_LV", "Apgrozījums sasniedza 12 miljonus eiro.", [(12 * M, "EUR", None)], DELFI_LV),
    (
        "lv_LV",
        "Vērtība novērtēta ar 3,4 miljardiem eiro.",
        [(Decimal("3.4") * B, "EUR", None)],
        DELFI_LV,
    ),
    ("lv_LV", "Vērtība pārsniedza 1 miljardu eiro.", [(B, "EUR", "more_than")], DELFI_LV),
    ("lv_LV", "Apgrozījums nepārsniedz 10 miljonus eiro.", [(10 * M, "EUR", "at_most")], DELFI_LV),
    # Lithuanian: "Eur" and the litas after a magnitude abbreviation
    ("lt_LT", "Įmonė uždirbo 25 mln. Eur pelno.", [(25 * M, "EUR", None)], TV3_LT),
    ("lt_LT", "Pardavimai siekė 90 mln. litų.", [(90 * M, "LTL", None)], TV3_LT),
    ("lt_LT", "Pajamos sudarė apie 3 mlrd. eurų.", [(3 * B, "EUR", "approximate")], TV3_LT),
    # Estonian: the euro and the magnitude words in their cases, "ligi" and "üle"
    ("et_EE", "Riik kulutab 1,2 miljardit eurot.", [(Decimal("1.2") * B, "EUR", None)], POSTIMEES),
    (
        "et_EE",
        "Eestilt oodatakse ligi 300 miljonit eurot.",
        [(300 * M, "EUR", "approximate")],
        POSTIMEES,
    ),
    ("et_EE", "Kulud on üle 50 miljoni euro.", [(50 * M, "EUR", "more_than")], POSTIMEES),
    # Georgian: the lari with its case endings, a figure in parts
    ("ka_GE", "ბიუჯეტი 20 მილიარდ ლარს შეადგენს.", [(20 * B, "GEL", None)], ADJARATV),
    (
        "ka_GE",
        "ხარჯი დაახლოებით 500 მილიონი ლარი იქნება.",
        [(500 * M, "GEL", "approximate")],
        ADJARATV,
    ),
    (
        "ka_GE",
        "ბიუჯეტი 13 მილიარდ 200 მილიონ ლარი იქნება.",
        [(13200 * M, "GEL", None)],
        ADJARATV,
    ),
    # Kazakh: the tenge after "мың", a bound after the figure
    ("kk_KZ", "шығындар - 5 000 000 мың теңге;", [(5 * B, "KZT", None)], CONTINENT),
    (
        "kk_KZ",
        "Бюджеттен 631 миллиард теңгеден астам бөлінді.",
        [(631 * B, "KZT", "more_than")],
        CONTINENT,
    ),
    # Azerbaijani: the manat with its suffixes, a figure in parts, "çox" after it
    ("az_Latn_AZ", "Gəlirlər 25 milyard manat təşkil edib.", [(25 * B, "AZN", None)], BIZIMAZ),
    (
        "az_Latn_AZ",
        "Xərclər 2 milyard 150 milyon 300 min manat olub.",
        [(Decimal(2150300000), "AZN", None)],
        BIZIMAZ,
    ),
    (
        "az_Latn_AZ",
        "Büdcəyə 5 milyon manatdan çox vəsait daxil olub.",
        [(5 * M, "AZN", "more_than")],
        BIZIMAZ,
    ),
    (
        "az_Latn_AZ",
        "Kəsir təxminən 300 mln. manat olub.",
        [(300 * M, "AZN", "approximate")],
        BIZIMAZ,
    ),
    # Nepali: अर्ब and खर्ब as the press spells them, a figure in parts
    ("ne_NP", "सरकारले ५ अर्ब रुपैयाँ छुट्याएको छ ।", [(5 * ARAB, "NPR", None)], FUTURESSOFT),
    (
        "ne_NP",
        "कुल बजेट रु २ खर्ब ३ अर्ब ५० करोड हो ।",
        [(2 * KHARAB + 3 * ARAB + 50 * CRORE, "NPR", None)],
        FUTURESSOFT,
    ),
    ("ne_NP", "करिब ५० करोड रुपैयाँ खर्च भयो ।", [(50 * CRORE, "NPR", "approximate")], FUTURESSOFT),
    # Afrikaans: the rand's R, the magnitude after a hyphen, the qualifiers
    (
        "af_ZA",
        "Die regering het R2,5-miljard bewillig.",
        [(Decimal("2.5") * B, "ZAR", None)],
        PROAGRI,
    ),
    ("af_ZA", "Daar is meer as R100 miljoen oorbetaal.", [(100 * M, "ZAR", "more_than")], PROAGRI),
    ("af_ZA", "Sowat R40 miljoen sal bestee word.", [(40 * M, "ZAR", "approximate")], PROAGRI),
]


@pytest.mark.parametrize(("locale", "text", "expected", "source"), READINGS)
def test_new_languages_read_their_press_figures(
    locale: str, text: str, expected: Expected, source: str
) -> None:
    assert source.startswith("http")
    assert _read(text, locale) == expected


NO_MONEY = [
    # percentages after the words of each language, and years with their marks
    ("hr_HR", "Dobit je porasla 99,1 posto u 2018. godini.", LIDER),
    ("sr_Latn_RS", "Rast će iznositi tri odsto, odnosno 2,9 odsto BDP-a.", KURIR),
    ("sl_SI", "Izplačila so bila za 11,6 odstotka višja.", RTVSLO),
    ("lt_LT", "Pajamos išaugo 27 proc. per 2022 metus.", TV3_LT),
    ("lv_LV", "2017.gadā apgrozījums palielinājies par 22,3%.", DELFI_LV),
    ("az_Latn_AZ", "2020-ci ilin yanvar ayında 6,4 faiz artım olub.", BIZIMAZ),
    ("ne_NP", "यो ४१.२ प्रतिशत हो ।", FUTURESSOFT),
    # counts beside magnitude words
    ("bg_BG", "Изтеглени са 12 милиона билети.", CROSS),
    ("mk_MK", "Ќе отворат околу 1 000 работни места.", MIA),
]


@pytest.mark.parametrize(("locale", "text", "source"), NO_MONEY)
def test_new_languages_read_no_money_in_look_alikes(locale: str, text: str, source: str) -> None:
    assert source.startswith("http")
    assert extract(text, locale=locale) == []


PAIRS = [
    # "39,5 milijuna dolara, odnosno 250 milijuna kuna" (that is)
    (
        "hr_HR",
        "Zaradili bi 20 milijuna dolara, odnosno 130 milijuna kuna.",
        ((20 * M, "USD"), (130 * M, "HRK")),
        "http://www.pressreader.com/croatia/24sata/20180712/281685435611290",
    ),
    # "4,85 milijardi kuna (644 miliona evra)": the equivalent in brackets
    (
        "sr_Latn_RS",
        "Građani poseduju 3 milijarde kuna (400 miliona evra) gotovine.",
        ((3 * B, "HRK"), (400 * M, "EUR")),
        "https://bizlife.rs/hr-skoro-pet-milijardi-kuna-jos-nije-zamenjeno-u-evre/embed",
    ),
    # Slovenian "oziroma" (that is) between tolars and euros
    (
        "sl_SI",
        "Nagrada je bila 10 milijonov tolarjev oziroma 41.729 evrov.",
        ((10 * M, "SIT"), (41729 * Decimal(1), "EUR")),
        "https://podravski.hr/sto-ce-biti-s-milijunasem-nakon-sto-uvedemo-euro/",
    ),
]


@pytest.mark.parametrize(("locale", "text", "pair", "source"), PAIRS)
def test_new_languages_find_stated_equivalents(
    locale: str,
    text: str,
    pair: tuple[tuple[Decimal, str], tuple[Decimal, str]],
    source: str,
) -> None:
    assert source.startswith("http")
    found = [
        ((p.source.amount, p.source.currency), (p.stated.amount, p.stated.currency))
        for p in extract_pairs(text, locale=locale)
    ]
    assert found == [pair]
