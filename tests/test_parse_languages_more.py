"""Languages added as data files only (issue #14): Vietnamese, Indonesian, Malay,
Czech, Hungarian, Finnish, Arabic, Thai, Greek, and short Turkish text, read with
no locale.

Every string is copied from the page named next to it, or is one of the issue's
own examples (#14); the expected amounts are computed from the words of the
string (``1,93 miliardy`` is 1.93 x 10^9), not taken from the parser.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, extract_pairs, parse
from fxnorm.parsing.textlang import detect

BILLION = 10**9
MILLION = 10**6
TRILLION = 10**12

NEWSTREAM = "https://www.newstream.cz/money/eib-loni-v-cesku-podporila-projekty-za-1-93-miliardy-eur-mezirocne-to-bylo-mene"
E15 = "https://www.e15.cz/byznys/prumysl-a-energetika/ceska-skupina-eco-investment-expanduje-v-bosne-postavi-tam-papirnu-za-miliardy-1410898"
NEWRICH = "https://www.newrich.vn/1-ty-do-bang-bao-nhieu-tien-viet-nam/"
BARTRA = "https://bartrawealthadvisors.com.vn/5000-ty-usd-bang-bao-nhieu-tien-viet-nam"
RAKYAT = "https://edu.rakyatpress.com/1-miliar-dolar-berapa-rupiah"
IQR2 = "https://iqr2.com/"
ISSUE = "issue #14's examples"
GIGITAN = (
    "http://gigitankerengga.blogspot.com/2021/04/kerajaan-dah-tak-banyak-wang-kata-pm.html?m=1"
)
PASKANGAR = "http://paskangar.blogspot.com/2011/06/bajet-pru13-sebanyak-rm13bilion.html"
XKLUSIF = "https://xklusif.my/peruntukan-rmk12-dinaikkan-kepada-rm415-bilion-anwar/"
MEDIATELUS = "https://mediatelus.com//detail/3097"
DETIK = "https://finance.detik.com/berita-ekonomi-bisnis/d-3891797/jokowi-sebut-ekonomi-ri-tembus-us-1-triliun-apa-artinya"
PTAGN = "https://gnv1.ptagn.com/tag/burden+sharing"
HIRNAVIGATOR = "https://hirnavigator.hu/hir/9574723-1600-milliard-forintot-csoportositana-at-a-kormany-az-mfb-hez"
# hirkatalogus.oldal.info, economy news of 2018-02-07 ("rekordot döntöttek a beruházások tavaly")
HIRKATALOGUS = "https://hirkatalogus.oldal.info/"
KMONITOR = "https://adatbazis.k-monitor.hu/hirek/magyar-hirek/gyorsitosavon-koltott-unios-penzek"
MAGYARNEMZET = "https://magyarnemzet.hu/gazdasag/2020/04/stabil-koltsegvetes-adhat-alapot-a-gazdasag-ujrainditasahoz"
INFOSTART = "https://infostart.hu/gazdasag/2018/06/15/4000-milliard-forintot-fordit-a-kormany-kozuti-es-vasuti-fejlesztesekre"
UAEBARQ = "https://uaebarq.ae/ar/2020/08/04/"  # Hamdan bin Mohammed: Dubai first in FDI
ELFAGR = "https://elfagr.org/3709317"
EMARATALYOUM = "https://www.emaratalyoum.com/business/local/2025-11-14-1.1987720"
UAEVOICE = "https://ar.uae-voice.net/رؤية-محمد-بن-راشد-وراء-ريادة-دبي-في-استق"
NEWS1 = "https://news1.gr/ikonomiko-schedio-87-tris-dolarion-gia-na-aniki-to-ntoubai-stis-3-koryfees-polis-pagkosmios/"
MTV = "https://www.mtvuutiset.fi/artikkeli/nama-firmat-paukauttivat-huipputuloksen-katso-lista-sadasta-nopeimmin-kasvaneesta-yrityksesta/7438202"
# the page of 2021-01-25 titled "Στήριξη 200 εκατ. ευρώ από την Ευρωπαϊκή Τράπεζα Επενδύσεων"
ASKT = "https://www.askt.gr/2021/01/25/"
NEWSBOMB = "https://www.newsbomb.gr/oikonomia/story/1712794/pierrakakis-gia-evropaiki-trapeza-ependyseon-synergasia-stratigikis-simasias-gia-tin-oikonomia"
POLITIK = "https://dev.politik.gr/ (Σχέδιο Γιούνκερ: η Ελλάδα πρώτη σε επενδύσεις)"


# (language, text, [(amount, currency, qualifier)], source)
READINGS = [
    (
        "vi",
        "2 tỷ USD (khoảng 50.000 tỷ đồng)",
        [(2 * BILLION, "USD", None), (50_000 * BILLION, "VND", "approximate")],
        ISSUE,
    ),
    ("vi", "tương đương với 1,3 tỷ USD", [(Decimal("1.3") * BILLION, "USD", None)], NEWRICH),
    (
        "vi",
        "130.790.000.000.000.000 VND (tức là 130,79 triệu tỷ đồng)",
        [
            (130_790_000_000_000_000, "VND", None),
            (Decimal("130.79") * MILLION * BILLION, "VND", None),  # triệu tỷ: 10^6 x 10^9
        ],
        BARTRA,
    ),
    (
        "id",
        "nilai 1 miliar dolar setara dengan kurang lebih 15,5 triliun hingga 16 triliun rupiah",
        [(1 * BILLION, "USD", None), (Decimal("15.5") * TRILLION, "IDR", "approximate")],
        RAKYAT,
    ),
    (
        "cs",
        "projekty za 1,93 miliardy eur (46,8 miliardy korun)",
        [(Decimal("1.93") * BILLION, "EUR", None), (Decimal("46.8") * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "480 milionů eur (11,6 miliardy korun)",
        [(480 * MILLION, "EUR", None), (Decimal("11.6") * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "205 milionů eur (pět miliard korun)",  # pět: five
        [(205 * MILLION, "EUR", None), (5 * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "700 milionů eur (17 miliard korun)",
        [(700 * MILLION, "EUR", None), (17 * BILLION, "CZK", None)],
        NEWSTREAM,
    ),
    (
        "cs",
        "za více než 100 milionů eur, v přepočtu přes 2,5 miliardy korun",
        [(100 * MILLION, "EUR", "more_than"), (Decimal("2.5") * BILLION, "CZK", "more_than")],
        E15,
    ),
    ("hu", "120 milliárd forint", [(120 * BILLION, "HUF", None)], ISSUE),
    ("fi", "2 miljardia euroa", [(2 * BILLION, "EUR", None)], ISSUE),
    ("ar", "3 ملايين دولار", [(3 * MILLION, "USD", None)], ISSUE),
    ("ar", "5 مليارات دولار", [(5 * BILLION, "USD", None)], ISSUE),
    ("ar", "2 مليون دولار كم ريال سعودي", [(2 * MILLION, "USD", None)], IQR2),
    ("th", "36 บาทต่อ 1 ดอลลาร์", [(36, "THB", None), (1, "USD", None)], ISSUE),
    ("tr", "Türkiye 5 milyar dolar yatırım", [(5 * BILLION, "USD", None)], ISSUE),
    # Malay: bilion 10^9, juta 10^6
    (
        "ms",
        "Kerajaan telah membelanjakan banyak wang iaitu sebanyak RM600 bilion dalam "
        "Belanjawan 2021",
        [(600 * BILLION, "MYR", None)],
        GIGITAN,
    ),
    (
        "ms",
        "RM340 bilion untuk pakej-pakej rangsangan, RM322 bilion untuk belanjawan.",
        [(340 * BILLION, "MYR", None), (322 * BILLION, "MYR", None)],
        GIGITAN,
    ),
    (
        "ms",
        "Peruntukan tambahan itu menjadikan anggaran perbelanjaan bagi tahun ini bertambah "
        "daripada kira-kira RM163 bilion, yang diluluskan tahun lepas, kepada RM176 bilion.",
        [(163 * BILLION, "MYR", "approximate"), (176 * BILLION, "MYR", None)],  # kira-kira: about
        PASKANGAR,
    ),
    (
        "ms",
        "Kerajaan akan membelanjakan sepenuhnya peruntukan RM400 bilion di bawah Rancangan "
        "Malaysia Ke-12 (RMK12) dan menambah siling RM15 bilion lagi, menjadikan jumlah "
        "keseluruhannya RM415 bilion",
        [(400 * BILLION, "MYR", None), (15 * BILLION, "MYR", None), (415 * BILLION, "MYR", None)],
        XKLUSIF,
    ),
    (
        "ms",
        "kerajaan komited untuk membelanjakan sekurang-kurangnya RM90 bilion setahun",
        [(90 * BILLION, "MYR", "at_least")],  # sekurang-kurangnya: at least
        XKLUSIF,
    ),
    (
        "ms",
        "Kerajaan Persekutuan mengumumkan kenaikan sekali ganda kepada RM600 juta daripada "
        "RM300 juta mulai tahun depan",
        [(600 * MILLION, "MYR", None), (300 * MILLION, "MYR", None)],
        MEDIATELUS,
    ),
    # Indonesian: triliun 10^12, juta 10^6, the decimal comma
    (
        "id",
        "negara yang produk domestik bruto (PDB) nya mencapai lebih dari US$ 1 triliun atau "
        "setara Rp 13.500 triliun dengan nilai kurs rata-rata Rp 13.500 per US$.",
        [
            (TRILLION, "USD", "more_than"),
            (13_500 * TRILLION, "IDR", None),
            (13_500, "IDR", None),
        ],
        DETIK,
    ),
    (
        "id",
        "nilai PDB Indonesia saat ini sebesar US$ 1,02 triliun atau meningkat dibandingkan PDB "
        "pada 2016 yang sebesar US$ 932,7 juta.",
        [(Decimal("1.02") * TRILLION, "USD", None), (Decimal("932.7") * MILLION, "USD", None)],
        DETIK,
    ),
    (
        "id",
        "Saran Ekonom atas Utang Burden Sharing Rp612,56 Triliun Pemerintah ke Bank Indonesia",
        [(Decimal("612.56") * TRILLION, "IDR", None)],
        PTAGN,
    ),
    # Hungarian: milliárd 10^9, the noun with its case endings
    (
        "hu",
        "1600 milliárd forintot csoportosítana át a kormány az MFB-hez",
        [(1600 * BILLION, "HUF", None)],
        HIRNAVIGATOR,
    ),
    (
        "hu",
        "a 96 beruházással 3,5 milliárd eurónyi befektetés érkezett",
        [(Decimal("3.5") * BILLION, "EUR", None)],
        HIRKATALOGUS,
    ),
    (
        "hu",
        "Pályáztatás nélkül dönt a kormány 1900 milliárd forint értékű uniós támogatás "
        "felhasználásáról.",
        [(1900 * BILLION, "HUF", None)],
        KMONITOR,
    ),
    (
        "hu",
        "A következő hetekben várhatóan 100 milliárd forintnyi fejlesztést számolunk el az "
        "Európai Unióval",
        [(100 * BILLION, "HUF", None)],
        MAGYARNEMZET,
    ),
    (
        "hu",
        "a következő években 2500 milliárd forintból fejlesztenek 900 kilométer gyorsforgalmi "
        "utat.",
        [(2500 * BILLION, "HUF", None)],
        INFOSTART,
    ),
    (
        "el",
        "Το Ντουμπάι ανακοίνωσε την Τετάρτη ένα οικονομικό σχέδιο-μαμούθ ύψους 8,7 "
        "τρισεκατομμυρίων δολαρίων για την επόμενη δεκαετία",
        [(Decimal("8.7") * TRILLION, "USD", None)],  # τρισεκατομμυρίων: of trillions
        NEWS1,
    ),
    (
        "fi",
        "viimeisen tilikauden liikevaihto ylittää 1,7 miljoonaa euroa ja on kasvanut "
        "edeltävästä vuodesta",
        [(Decimal("1.7") * MILLION, "EUR", "more_than")],  # ylittää: exceeds
        MTV,
    ),
    # Greek: εκατ. (εκατομμύρια) 10^6, δισ. 10^9
    (
        "el",
        "Στήριξη 200 εκατ. ευρώ από την Ευρωπαϊκή Τράπεζα Επενδύσεων",
        [(200 * MILLION, "EUR", None)],
        ASKT,
    ),
    (
        "el",
        "Με συνολικά πάνω από 16 δισ. ευρώ σε επενδύσεις",  # πάνω από: more than
        [(16 * BILLION, "EUR", "more_than")],
        NEWSBOMB,
    ),
    (
        "el",
        "χρηματοδοτήσεις σε επενδύσεις στην ελληνική οικονομία κοντά στα 4 δισ. ευρώ",
        [(4 * BILLION, "EUR", "approximate")],  # κοντά στα: close to
        NEWSBOMB,
    ),
    (
        "el",
        "της κινητοποίησης 315 δισεκατομμυρίων ευρώ μέχρι το καλοκαίρι του 2018",
        [(315 * BILLION, "EUR", None)],
        POLITIK,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "source"), READINGS)
def test_text_in_a_language_with_a_data_file_reads_without_a_locale(
    lang: str, text: str, expected: list[tuple[int | Decimal, str, str | None]], source: str
) -> None:
    found = detect(text)
    assert (found.language, found.confident) == (lang, True), (source, found)
    got = [(m.amount, m.currency, m.qualifier) for m in extract(text)]
    assert got == [(Decimal(a), c, q) for a, c, q in expected], source


@pytest.mark.parametrize(
    ("text", "source_amount", "stated_amount", "source"),
    [
        (
            "projekty za 1,93 miliardy eur (46,8 miliardy korun)",
            (Decimal("1.93") * BILLION, "EUR"),
            (Decimal("46.8") * BILLION, "CZK"),
            NEWSTREAM,
        ),
        (
            "205 milionů eur (pět miliard korun)",
            (205 * MILLION, "EUR"),
            (5 * BILLION, "CZK"),
            NEWSTREAM,
        ),
        (
            "za více než 100 milionů eur, v přepočtu přes 2,5 miliardy korun",
            (100 * MILLION, "EUR"),
            (Decimal("2.5") * BILLION, "CZK"),
            E15,
        ),
        (
            "2 tỷ USD (khoảng 50.000 tỷ đồng)",
            (2 * BILLION, "USD"),
            (50_000 * BILLION, "VND"),
            ISSUE,
        ),
        (
            "nilai 1 miliar dolar setara dengan kurang lebih 15,5 triliun hingga 16 triliun rupiah",
            (1 * BILLION, "USD"),
            (Decimal("15.5") * TRILLION, "IDR"),
            RAKYAT,
        ),
        (
            "negara yang produk domestik bruto (PDB) nya mencapai lebih dari US$ 1 triliun atau "
            "setara Rp 13.500 triliun dengan nilai kurs rata-rata Rp 13.500 per US$.",
            (TRILLION, "USD"),
            (13_500 * TRILLION, "IDR"),
            DETIK,
        ),
    ],
)
def test_a_stated_conversion_is_a_pair(
    text: str,
    source_amount: tuple[int | Decimal, str],
    stated_amount: tuple[int | Decimal, str],
    source: str,
) -> None:
    (pair,) = extract_pairs(text)
    assert (pair.source.amount, pair.source.currency) == (
        Decimal(source_amount[0]),
        source_amount[1],
    ), source
    assert (pair.stated.amount, pair.stated.currency) == (
        Decimal(stated_amount[0]),
        stated_amount[1],
    ), source


def test_an_indonesian_range_keeps_both_ends() -> None:
    # RAKYAT: "15,5 triliun hingga 16 triliun rupiah" (hingga: up to)
    text = "nilai 1 miliar dolar setara dengan kurang lebih 15,5 triliun hingga 16 triliun rupiah"
    stated = extract(text)[1]
    assert stated.range == (Decimal("15.5") * TRILLION, Decimal(16 * TRILLION))


def test_a_riyal_without_its_country_is_left_open_among_the_riyals() -> None:
    # issue #14: "100 ريال": Saudi, Omani, Qatari, Yemeni or Iranian, the text does not say
    mention = parse("100 ريال")
    assert (mention.amount, mention.currency) == (Decimal(100), None)
    assert "SAR" in mention.alternatives and "OMR" in mention.alternatives


def test_arabic_indic_digits_read_as_digits() -> None:
    # ٣ is three: "٣ ملايين دولار" is the issue's "3 ملايين دولار" in Arabic-Indic digits
    (mention,) = extract("٣ ملايين دولار")
    assert (mention.amount, mention.currency) == (Decimal(3 * MILLION), "USD")


def test_a_thai_magnitude_word_is_its_power_of_ten() -> None:
    # CLDR's Thai compact words: หมื่นล้าน is หมื่น (10^4) x ล้าน (10^6), 10^10
    (mention,) = extract("มูลค่า 3 หมื่นล้าน บาท")
    assert (mention.amount, mention.currency) == (Decimal(3 * 10**4 * 10**6), "THB")


def test_indonesian_and_malay_are_not_told_apart_by_the_words_they_share() -> None:
    # "juta" (million) is both languages' word: alone it tells neither with confidence
    assert not detect("100 juta dollar").confident
    # their own words do (sentences made of each language's words, not quoted):
    # bahwa / bahawa, miliar / bilion, rupiah / ringgit
    assert detect("pemerintah mengatakan bahwa 5 miliar rupiah").language == "id"
    assert detect("kerajaan berkata bahawa RM5 bilion ringgit").language == "ms"


@pytest.mark.parametrize(
    ("text", "amount", "qualifier", "source"),
    [
        (
            "بإجمالي 190 مشروعاً برؤوس أموال تقدر بحوالي 12 مليار درهم.",
            12 * BILLION,
            "approximate",  # بحوالي: at about
            UAEBARQ,
        ),
        (
            "أن الاستثمارات في البنية التحتية للمجمع وصلت إلى 1,5 مليار درهم منذ تأسيسه.",
            Decimal("1.5") * BILLION,
            None,
            ELFAGR,
        ),
        (
            "بقيمة إجمالية تزيد عن 21.85 مليار درهم.",
            Decimal("21.85") * BILLION,
            "more_than",
            UAEVOICE,
        ),
    ],
)
def test_a_dirham_without_its_country_is_left_open_between_the_dirhams(
    text: str, amount: int | Decimal, qualifier: str | None, source: str
) -> None:
    (mention,) = extract(text)
    assert (mention.amount, mention.currency, mention.qualifier) == (
        Decimal(amount),
        None,
        qualifier,
    ), source
    assert set(mention.alternatives) == {"AED", "MAD"}, source  # the Emirates' or Morocco's


def test_an_equivalent_that_is_no_figure_makes_no_pair() -> None:
    # EMARATALYOUM: "أي ما يعادل ضعف ..." (equivalent to twice ...): no stated amount
    text = (
        "أن قيمة الاستثمارات الأميركية المباشرة في دبي بلغت 14.3 مليار درهم، خلال النصف الأول "
        "من عام 2025، أي ما يعادل ضعف إجمالي الاستثمارات الأميركية في الإمارة خلال عام 2024"
    )
    assert [m.amount for m in extract(text)] == [Decimal("14.3") * BILLION]
    assert extract_pairs(text) == []


def test_digits_and_a_half_are_never_read_as_the_digits_alone() -> None:
    # https://www.irozhlas.cz/zpravy-tag/miliarda: "8 a půl bilionu korun" is
    # 8.5 x 10^12 korun; a reading of it, or a pair with it, must be that (or none)
    text = "za 315 miliard eur, tedy za víc než 8 a půl bilionu korun"
    half = (8 + Decimal("0.5")) * TRILLION
    assert all(m.amount == half for m in extract(text) if m.currency == "CZK")
    assert all(p.stated.amount == half for p in extract_pairs(text))
