"""Amounts written in orders and forms the parser had misread or not read (issue #14).

Each class is tested on real strings, with the page they were taken from;
expected values are what the text itself states, worked out by hand from the
place values of its words (bilioni 10^9, trilioni 10^12, milioni 10^6).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm import extract

# -- Swahili: the currency noun, the magnitude word, then the number -----------------
#
# Swahili news writes "shilingi bilioni 326" (shillings billion 326): 326 billion
# shillings. The parser read no amount (the magnitude word stood between the
# currency noun before the number and the number).

RADIOKAYA = "https://www.radiokaya.co.ke/deni-la-taifa-limethibitiwa-asema-waziri-wa-fedha/"
MSUMBA = "http://www.msumbanews.co.tz/2019/06/nchi-za-afrika-mashariki-kutangaza.html"
MEDIAMAX = (
    "http://www.mediamaxnetwork.co.ke/443051/"
    "waziri-wa-fedha-henry-rotich-kusoma-bajeti-ya-mwaka-wa-kifedha-2018-19-leo/"
)


@pytest.mark.parametrize(
    ("source", "text", "locale", "found"),
    [
        (
            RADIOKAYA,  # Kenya's budget: 326 billion shillings for security
            "Katika bajeti hiyo Rotich amesema shilingi bilioni 326 zimetengewa idara ya usalama",
            "sw_KE",
            [("shilingi bilioni 326", Decimal("326e9"), "KES", Decimal("1e9"))],
        ),
        (
            RADIOKAYA,
            "Shilingi bilioni 450.9 zimetengewa mpango wa agenda nne kuu za serikali",
            "sw_KE",
            [("Shilingi bilioni 450.9", Decimal("450.9e9"), "KES", Decimal("1e8"))],
        ),
        (
            MEDIAMAX,  # "will have to borrow 562.74 billion shillings"
            "huenda serikali ikalazimika kukopa shilingi bilioni 562.74 kufadhili bajeti hii",
            "sw_KE",
            [("shilingi bilioni 562.74", Decimal("562.74e9"), "KES", Decimal("1e7"))],
        ),
        (
            MSUMBA,  # Tanzania's budget in shillings, and in US dollars beside it
            "Serikali ya Tanzania inapanga kutumia takriban shilingi trilioni 33.1, "
            "(dola bilioni 14.3) katika mwaka wa fedha 2019/2020",
            "sw_TZ",
            [
                ("shilingi trilioni 33.1", Decimal("33.1e12"), "TZS", Decimal("1e11")),
                ("dola bilioni 14.3", Decimal("14.3e9"), "USD", Decimal("1e8")),
            ],
        ),
    ],
)
def test_swahili_writes_the_magnitude_between_the_currency_and_the_number(
    source: str, text: str, locale: str, found: list[tuple[str, Decimal, str, Decimal]]
) -> None:
    mentions = extract(text, locale=locale)
    assert [(m.text, m.amount, m.currency, m.precision) for m in mentions] == found, source


def test_swahili_text_is_read_so_without_a_locale() -> None:
    text = (  # RADIOKAYA; the language is told by the text's own words
        "Katika bajeti hiyo Rotich amesema shilingi bilioni 326 zimetengewa idara ya "
        "usalama huku bilioni 2.9 zikitengewa taasisi za kupambana na ufisadi nchini."
    )
    (mention,) = extract(text)
    # "bilioni 2.9" names no currency: a bare magnitude and number is no amount
    assert (mention.text, mention.amount) == ("shilingi bilioni 326", Decimal("326e9"))


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        # the order the parser read before, unchanged (sw.toml's "Dola 120 milioni")
        ("Dola 120 milioni", "sw", Decimal("120e6")),
        # a magnitude word after the number is the number's: no second magnitude
        ("shilingi 500 milioni", "sw_KE", Decimal("500e6")),
    ],
)
def test_swahili_other_orders_read_as_before(text: str, locale: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale=locale)
    assert mention.amount == amount


def test_the_order_is_swahili_s_only() -> None:
    # English writes no magnitude word before the number: "dollars million 5" is no
    # figure of 5 million (the language file of English does not set the order)
    assert [m.amount for m in extract("dollars million 5", locale="en")] != [Decimal("5e6")]


# -- a range's low end with its own currency but no magnitude word -------------------
#
# "$2 to $3 billion" repeats the currency at both ends but writes the magnitude once:
# the low end is read in the high end's magnitude (2 billion, not 2 dollars), as the
# parser did, but the text does not state it ("$2" alone is two dollars), so the
# mention says so. "from $1 to $2 billion" (a change: "from" and "to") had read
# "$1" as one dollar, silently.

OPENPARLIAMENT = "https://openparliament.ca/committees/transport/43-2/19/glenn-campbell-2/only"
LENT = "read in its end's 'billion'"


def test_a_low_end_with_a_currency_and_no_magnitude_is_read_in_the_high_end_s_and_said() -> None:
    text = (  # OPENPARLIAMENT: the Canada Infrastructure Bank's yearly spending plan
        "it started with the smaller amount and ended up at around $2 to $3 billion a "
        "year at the end of 10 years."
    )
    (mention,) = extract(text, locale="en_CA")
    assert (mention.text, mention.currency) == ("$2 to $3 billion", "CAD")
    assert mention.range == (Decimal("2e9"), Decimal("3e9"))
    assert mention.qualifier == "approximate"
    assert any(LENT in note for note in mention.notes), mention.notes


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # look-alikes of the form above: a dash, and "between ... and"
        ("$1-$2 billion", [Decimal("1e9")]),
        ("between $5 and $6 billion", [Decimal("5e9")]),
        # a change: its start is a figure of its own, in its end's magnitude
        ("revenue grew from $1 to $2 billion", [Decimal("1e9"), Decimal("2e9")]),
    ],
)
def test_the_low_end_s_lent_magnitude_is_in_its_notes(text: str, amounts: list[Decimal]) -> None:
    mentions = extract(text, locale="en_US")
    assert [m.amount for m in mentions] == amounts
    assert [m.currency for m in mentions] == ["USD"] * len(amounts)
    assert any(LENT in note for note in mentions[0].notes), mentions[0].notes


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # the currency written once, before the low end: the usual form, nothing open
        ("$50-60 billion", [Decimal("50e9")]),
        # both ends with their magnitude: nothing lent
        ("from $13 billion to $32 billion", [Decimal("13e9"), Decimal("32e9")]),
        # a start larger than the end's number is not read in its magnitude
        ("rose from $500 to $2 billion", [Decimal("500"), Decimal("2e9")]),
    ],
)
def test_no_lent_magnitude_is_said_where_none_is_lent(text: str, amounts: list[Decimal]) -> None:
    mentions = extract(text, locale="en_US")
    assert [m.amount for m in mentions] == amounts
    assert not any(LENT in note for m in mentions for note in m.notes)


# -- Indian amounts in words after the currency (cheques, tenders, sanction orders) ---
#
# Indian official text writes an amount in digits and again in words, the currency
# first and "only" after: "Rs. 2,90,56,000/- (Rupees Two Crore Ninety Lakh Fifty Six
# Thousand only)". The words had no reading (a currency after number words was
# required). The digits beside them state the same amount: the expected value.

SANCTION_TRIBAL = "https://docslib.org/doc/11367406/for-legal-action-i"
SANCTION_KERALA = (
    "https://docslib.org/download/1436450/state-housing-board-at-kudappanakunnu-n-c-c-nagar-"
    "thiruvananthpuram-kerala-release-of-first-installment"
)
SANCTION_MANIPUR = (
    "https://docslib.org/doc/1268110/ffi-1-iam-f-g-qqhtr-u-n-d-e-r-secr-m-r-t-v-731-i-i"
)
CPWD = "https://yumpu.com/en/document/view/2077292/contents-central-public-works-department/135"


@pytest.mark.parametrize(
    ("source", "text", "words", "amount", "precision"),
    [
        (
            SANCTION_TRIBAL,
            "release grant-in-aid of Rs. 1691100.00 (Rupees Sixteen Lakh Ninety One Thousand "
            "One Hundred only) to SRI LAKSHMI MAHILA MANDALI",
            "Rupees Sixteen Lakh Ninety One Thousand One Hundred",
            Decimal("1691100"),
            Decimal(1),
        ),
        (
            SANCTION_KERALA,  # "TWo" as the page has it
            "has sanctioned a non- recurring grant of Rs. 2,90,56,000/- (Rupees TWo Crore "
            "Ninety Lakh Fifty Six Thousand only) as Central Government's share",
            "Rupees TWo Crore Ninety Lakh Fifty Six Thousand",
            Decimal("29056000"),
            Decimal(1000),
        ),
        (
            SANCTION_KERALA,
            "the total estimated cost of Rs. 3,87,41,000/- (Rupees Three Crore Eighty Seven "
            "Lakh Forty One Thousand only) as admitted",
            "Rupees Three Crore Eighty Seven Lakh Forty One Thousand",
            Decimal("38741000"),
            Decimal(1000),
        ),
        (
            SANCTION_MANIPUR,  # "Lacs", and "Rs." before the words
            "a sum of Rs. 78,74,988/- (Rs. Seventy Eight Lacs Seventy Four Thousand Nine "
            "Hundred Eighty Eight only) being the first installment",
            "Rs. Seventy Eight Lacs Seventy Four Thousand Nine Hundred Eighty Eight",
            Decimal("7874988"),
            Decimal(1),
        ),
    ],
)
def test_indian_amounts_in_words_after_the_currency_read_as_their_digits(
    source: str, text: str, words: str, amount: Decimal, precision: Decimal
) -> None:
    digits, spelled = extract(text, locale="en_IN")
    assert digits.amount == amount, source  # the page's own digits
    assert (spelled.text, spelled.amount, spelled.currency) == (words, amount, "INR"), source
    assert spelled.precision == precision


def test_a_currency_glued_before_number_words() -> None:
    text = (  # CPWD: the earnest money rates of the Central Public Works Department
        "(ii) For works estimated to cost more than Rs.Ten crores: Rs.Twenty lakhs plus 1% "
        "(one percent) of the estimated cost in excess of Rs.Ten crores."
    )
    found = [(m.text, m.amount, m.currency) for m in extract(text, locale="en_IN")]
    assert found == [
        ("Rs.Ten crores", Decimal("1e8"), "INR"),
        ("Rs.Twenty lakhs", Decimal("2e6"), "INR"),
        ("Rs.Ten crores", Decimal("1e8"), "INR"),
    ], CPWD


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the name before digits, as the same documents write it
        ("Rupees 5,00,000 only", Decimal("500000")),
        ("Rupees Five Crore Only", Decimal("5e7")),  # 5 x 10^7
    ],
)
def test_rupees_before_the_number(text: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale="en_IN")
    assert (mention.amount, mention.currency, mention.text) == (amount, "INR", text[:-5])


def test_number_words_after_a_currency_word_that_is_no_figure_s() -> None:
    # the number words count people, not dollars: no currency touches them
    assert extract("the dollar two million people use", locale="en") == []


# -- Indian figures in parts: a first part in words, or all in words -----------------
#
# "Seventy One Lakh Fifty Nine Thousand Five Hundred Eighty Crore" counts crores in
# lakhs, thousands and units: (71,00,000 + 59,000 + 580) crore = 71,59,580 crore.
# The parser had read only "Fifty Nine Thousand Five Hundred Eighty Crore" (the
# lakhs lost). The page states the same figure in digits beside the words.

QNACLUB = "https://qnaclub.com/bld/what-is-the-value-of-862.6-billion-dollars-in-rupees"
CRORE = Decimal(10) ** 7


@pytest.mark.parametrize(
    "words",
    [
        "Seventy One Lakh Fifty Nine Thousand Five Hundred Eighty Crore Rupees",
        "Rupees Seventy One Lakh Fifty Nine Thousand Five Hundred Eighty Crore",
    ],
)
def test_lakhs_and_thousands_in_words_are_counted_in_the_crore_after_them(words: str) -> None:
    text = f"In crores: ₹7159580 crores. In words: {words}"  # QNACLUB
    digits, spelled = extract(text, locale="en_IN")
    assert digits.amount == 7159580 * CRORE  # the page's own digits
    assert (spelled.text, spelled.amount, spelled.currency) == (words, 7159580 * CRORE, "INR")
    assert spelled.precision == CRORE


@pytest.mark.parametrize(
    ("text", "locale", "amount", "precision"),
    [
        # look-alikes of the digit forms of test_parse_figures_in_parts (the language
        # sweep's Hindi and Urdu press strings), their first part in words:
        # (1,00,000 + 20,000) crore, and (8,000 + 487) billion
        ("one lakh 20 thousand crore rupees", "en_IN", 120000 * CRORE, 1000 * CRORE),
        ("Rs one lakh 20 thousand crore", "en_IN", 120000 * CRORE, 1000 * CRORE),
        ("eight thousand 487 billion dollars", "en", Decimal("8487e9"), Decimal("1e9")),
        # a smaller part in digits after the words' magnitude: 2 x 10^9 + 500 x 10^6
        ("two billion 500 million dollars", "en", Decimal("2.5e9"), Decimal("1e6")),
    ],
)
def test_a_first_part_in_words_before_parts_in_digits(
    text: str, locale: str, amount: Decimal, precision: Decimal
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.text, mention.amount, mention.precision) == (text, amount, precision)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a million counts no billions: the words are no part of the figure
        ("five million 20 billion dollars", Decimal("20e9")),
        ("two million three billion dollars", Decimal("3e9")),
    ],
)
def test_no_parts_where_the_places_do_not_fit(text: str, amount: Decimal) -> None:
    assert [m.amount for m in extract(text, locale="en")] == [amount]


# -- Urdu: the first part of a large figure in words ---------------------------------
#
# Urdu press writes "پانچ ہزار 705 ارب روپے" (five thousand 705 arab rupees): (5,000 +
# 705) x 10^9 = 5,705 arab. The parser had read 705 arab (the words had no reading:
# Urdu had no number words). ارب is 10^9, ہزار 10^3, لاکھ 10^5, کروڑ 10^7.

AHGROUP = "https://ahgroup-pk.com/blog/federal-govt-to-present-budget-for-fiscal-year-2020-21/"
DUNYA = "https://urdu.dunyanews.tv./index.php/ur/Business/655382"


@pytest.mark.parametrize(
    ("source", "text", "figure", "amount", "currency"),
    [
        (
            AHGROUP,  # the FBR's tax target for 2020-21
            "نئے مالی سال میں ٹیکس وصولیوں کا ہدف پانچ ہزار 705 ارب روپے ہوگا۔",
            "پانچ ہزار 705 ارب روپے",
            Decimal("5705e9"),
            "PKR",
        ),
        (
            AHGROUP,  # the same text's parts all in digits: 26 arab 80 crore dollars
            "برآمدات کاہدف 26 ارب 80 کروڑ ڈالر رکنے کی تجویز ہیں",
            "26 ارب 80 کروڑ ڈالر",
            Decimal("26.8e9"),
            "USD",
        ),
        (
            DUNYA,  # digits before ہزار, as before
            "قرض اور سود کی ادائیگیوں پر 3 ہزار 523 ارب روپے کا تخمینہ رکھا جا سکتا ہے۔",
            "3 ہزار 523 ارب روپے",
            Decimal("3523e9"),
            "PKR",
        ),
    ],
)
def test_urdu_figures_in_parts(
    source: str, text: str, figure: str, amount: Decimal, currency: str
) -> None:
    (mention,) = extract(text, locale="ur")
    assert (mention.text, mention.amount, mention.currency) == (figure, amount, currency), source


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # look-alikes: a part in words alone, and one and a half lakh
        ("آٹھ ہزار 487 ارب روپے", Decimal("8487e9")),
        ("دو ارب روپے", Decimal("2e9")),
        ("ڈیڑھ لاکھ روپے", Decimal("1.5e5")),
    ],
)
def test_urdu_number_words(text: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale="ur")
    assert (mention.text, mention.amount) == (text, amount)


# -- Hungarian number words, one word with their magnitude word ----------------------
#
# Hungarian writes "kétmilliárd forint" (two-billion forint) and "félmilliárd" (half a
# billion) as one word; Hungarian had no number words, so no amount was read.

HU_444_OCT = (
    "https://444.hu/2025/10/21/"
    "a-rogan-antal-fele-kommunikacio-egyre-fokozodik-ugyhogy-kap-ra-meg-ketmilliard-forintot"
)
HU_444_AUG = (
    "https://444.hu/2025/08/29/"
    "orban-viktor-megmozgatott-12-milliardot-roganek-4-milliarddal-tobbet-kolthetnek-kommunikaciora"
)


@pytest.mark.parametrize(
    ("source", "text", "figure", "amount"),
    [
        (
            HU_444_OCT,
            "A hétfő este közzétett kormányhatározatok alapján további kétmilliárd forintot "
            "juttatnak Rogán Antal propagandaminiszter Miniszterelnöki Kabinetirodájának",
            "kétmilliárd forintot",
            Decimal("2e9"),
        ),
        (
            HU_444_OCT,  # one and a half billion
            "Másfél milliárd forintot csoportosítanak át agrártámogatásokra.",
            "Másfél milliárd forintot",
            Decimal("1.5e9"),
        ),
        (
            HU_444_AUG,  # half a billion
            "valamint félmilliárd forintot „egyéb társaságok forrásjuttatásai” címen",
            "félmilliárd forintot",
            Decimal("0.5e9"),
        ),
    ],
)
def test_hungarian_number_words(source: str, text: str, figure: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale="hu")
    assert (mention.text, mention.amount, mention.currency) == (figure, amount, "HUF"), source


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # look-alikes: hundreds, and the tens' forms before units (tizen-, huszon-)
        ("hárommillió forint", Decimal("3e6")),
        ("kétszázötvenmillió forint", Decimal("250e6")),
        ("huszonötmilliárd forint", Decimal("25e9")),
        ("tizenöt milliárd forint", Decimal("15e9")),
    ],
)
def test_hungarian_compound_number_words(text: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale="hu")
    assert (mention.text, mention.amount) == (text, amount)


def test_a_hungarian_number_word_without_a_currency_is_no_amount() -> None:
    assert extract("Kétmilliárd többlet jut a Bethlen Gábor Alapnak.", locale="hu") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # Finnish ranges with the case endings of the magnitude word and the noun
        # (partitive "miljoonaa euroa", genitive "miljardin euron"), as read before
        ("5–10 miljoonaa euroa", Decimal("5e6"), Decimal("10e6")),
        ("5-10 miljardin euron", Decimal("5e9"), Decimal("10e9")),
    ],
)
def test_finnish_ranges_with_case_endings(text: str, low: Decimal, high: Decimal) -> None:
    (mention,) = extract(text, locale="fi")
    assert (mention.range, mention.currency) == ((low, high), "EUR")


# -- Tamil and Hindi: parts joined by the conjunctive form, the first part in words ---
#
# Tamil joins a part to the next with the conjunctive form of its magnitude word:
# "2 லட்சத்து 70 ஆயிரம் கோடி" (2 lakh-and 70 thousand crore) is (2,00,000 + 70,000)
# crore; "10 ஆயிரத்து 696 கோடி" (10 thousand-and 696 crore) 10,696 crore. The
# parser had read the last part only (70 thousand crore, 696 crore); with ஒரு (one)
# for the first part, the same.

MONEYPECHU = "https://moneypechu.com/news/how-much-for-whom"
TAMILNEWS = "https://1tamilnews.com/News_Details.php?nid=20035"


@pytest.mark.parametrize(
    ("source", "text", "found"),
    [
        (
            MONEYPECHU,  # the Union budget's allocations: home affairs, chemicals
            "மேலும், உள்துறை அமைச்சகத்துக்கு ஒரு லட்சத்து 96 ஆயிரம் கோடி ரூபாய், ரசாயனம் "
            "மற்றும் உரத் துறைக்கு ஒரு லட்சத்து 78 ஆயிரம் கோடி ரூபாய்,",
            [
                ("ஒரு லட்சத்து 96 ஆயிரம் கோடி ரூபாய்", 196000 * CRORE),
                ("ஒரு லட்சத்து 78 ஆயிரம் கோடி ரூபாய்", 178000 * CRORE),
            ],
        ),
        (
            MONEYPECHU,  # road transport, and railways ("ரூபாயும்": and rupees)
            "சாலைப் போக்குவரத்து மற்றும் நெடுஞ்சாலைத் துறைக்கு 2 லட்சத்து 70 ஆயிரம் கோடி "
            "ரூபாய் ஒதுக்கப்பட்டுள்ளது. ரயில்வே துறைக்கு 2 லட்சத்து 41 ஆயிரம் கோடி ரூபாயும்,",
            [
                ("2 லட்சத்து 70 ஆயிரம் கோடி ரூபாய்", 270000 * CRORE),
                ("2 லட்சத்து 41 ஆயிரம் கோடி ரூபாயும்", 241000 * CRORE),
            ],
        ),
        (
            TAMILNEWS,  # Puducherry's budget
            "புதுச்சேரி அரசுக்கு 10 ஆயிரத்து 696 கோடி ரூபாய் மதிப்பிலான பட்ஜெட்டுக்கு அனுமதி",
            [("10 ஆயிரத்து 696 கோடி ரூபாய்", 10696 * CRORE)],
        ),
    ],
)
def test_tamil_figures_in_parts(source: str, text: str, found: list[tuple[str, Decimal]]) -> None:
    mentions = extract(text, locale="ta")
    assert [(m.text, m.amount) for m in mentions] == found, source
    assert {m.currency for m in mentions} == {"INR"}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # look-alikes of the Hindi press forms (test_parse_figures_in_parts) with the
        # first part in words: one lakh 20 thousand crore; two and a half lakh crore;
        # one and a half lakh (डेढ़, its nukta as a mark)
        ("एक लाख 20 हजार करोड़ रुपये", 120000 * CRORE),
        ("ढाई लाख करोड़ रुपये", Decimal("2.5e12")),
        ("डेढ़ लाख रुपये", Decimal("1.5e5")),
    ],
)
def test_hindi_number_words(text: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale="hi")
    assert (mention.text, mention.amount, mention.currency) == (text, amount, "INR")


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        # Dutch writes the hundreds and the units before the tens in one word
        # (look-alikes: the press sweep found no such string with its currency)
        ("tweehonderd miljoen euro", "nl", Decimal("200e6")),
        ("vijfentwintig miljard euro", "nl", Decimal("25e9")),  # five-and-twenty
        ("anderhalf miljard euro", "nl", Decimal("1.5e9")),
        ("een half miljoen euro", "nl", Decimal("0.5e6")),
        # Finnish: the nominative number before the partitive magnitude word
        ("kaksi miljardia euroa", "fi", Decimal("2e9")),
        ("puolitoista miljardia euroa", "fi", Decimal("1.5e9")),
    ],
)
def test_dutch_and_finnish_number_words(text: str, locale: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.text, mention.amount, mention.currency) == (text, amount, "EUR")


# -- Urdu parts glued to the digits of the next part, and a last part in words -------
#
# Urdu press glues a magnitude word to the next part's digits ("77ارب18کروڑ10لاکھ
# روپے": 77 arab 18 crore 10 lakh rupees). A word touching digits was not seen as a
# magnitude word, so only the last part was read (10 lakh). And a last part may be
# words after parts in digits ("ایک ارب 54 کروڑ دس لاکھ روپے": one arab 54 crore ten
# lakh rupees), read as 10 lakh alone. ارب 10^9, کھرب 10^11, کروڑ 10^7, لاکھ 10^5.

DAILYPAKISTAN = "https://dailypakistan.com.pk/09-Aug-2024/1742186"
AIMSTV = "https://aimstv.tv/index.php/en/k2/item/15369-42"
JANG = "https://jang.com.pk/news/648648-topstory"


@pytest.mark.parametrize(
    ("source", "text", "figure", "amount"),
    [
        (
            DAILYPAKISTAN,  # BISP's education stipends: 77e9 + 18e7 + 10e5
            "بینظیر تعلیمی وظائف کیلئے 77ارب18کروڑ10لاکھ روپے ، بینظیر",
            "77ارب18کروڑ10لاکھ روپے",
            Decimal("77181000000"),
        ),
        (
            DAILYPAKISTAN,  # 1e9 + 6e7 + 40e5
            "اثاثہ جات کی خریداری کےلیے 1 ارب6کروڑ 40لاکھ روپے ، ملازمین",
            "1 ارب6کروڑ 40لاکھ روپے",
            Decimal("1064000000"),
        ),
        (
            AIMSTV,  # development funds released: 1e11 + 51e9 + 3e7 + 29e5 + 66e3
            "28 اکتوبر 2016 تک1کھرب51ارب3کروڑ 29لاکھ 66 ہزار روپے جاری کردیے",
            "1کھرب51ارب3کروڑ 29لاکھ 66 ہزار روپے",
            Decimal("151032966000"),
        ),
        (
            JANG,  # the Overseas Pakistanis division: 1e9 + 54e7 + 10e5
            "ڈویژن کی آئندہ مالی سال 2019-20 کیلئے رقم ایک ارب 54 کروڑ دس لاکھ روپے مختص کی گئی ہے",
            "ایک ارب 54 کروڑ دس لاکھ روپے",
            Decimal("1541000000"),
        ),
        (
            JANG,  # 1e9 + 71e7 + 30e5, the first part in words
            "وزارت بین الصوبائی رابطہ امور کیلئے ایک ارب 71 کروڑ 30 لاکھ روپے مختص کئے گئے ہیں",
            "ایک ارب 71 کروڑ 30 لاکھ روپے",
            Decimal("1713000000"),
        ),
    ],
)
def test_urdu_parts_glued_or_in_words_after_digits(
    source: str, text: str, figure: str, amount: Decimal
) -> None:
    (mention,) = extract(text, locale="ur")
    assert (mention.text, mention.amount, mention.currency) == (figure, amount, "PKR"), source


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the same in English: 5 x 10^6 + 200 x 10^3, 3 x 10^9 + 2 x 10^6
        ("5 million two hundred thousand dollars", Decimal("5200000")),
        ("3 billion two million dollars", Decimal("3002000000")),
    ],
)
def test_a_last_part_in_words_after_digits(text: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale="en")
    assert (mention.text, mention.amount) == (text, amount)


# -- a word before the digits that adds a fraction of their unit ---------------------
#
# Urdu and Hindi write "ساڑھے 22 کروڑ" (and-a-half 22 crore): 22.5 crore, and "सवा 3
# लाख" (and-a-quarter 3 lakh): 3.25 lakh. The parser had read 22 crore, silently.


def test_urdu_saadhe_adds_a_half() -> None:
    text = (  # DAILYPAKISTAN: BISP's media budget
        "ملازمین ، انتظامی اور دیگر ایڈمن اخراجات کےلیے 6ارب23 کروڑ50لاکھ روپے ، میڈیا "
        "کمیونیکیشن کیلئے ساڑھے 22کروڑ روپے رکھے گئے ہیں"
    )
    found = [(m.text, m.amount, m.precision) for m in extract(text, locale="ur")]
    assert found == [
        ("6ارب23 کروڑ50لاکھ روپے", Decimal("6235000000"), Decimal("1e5")),  # 6e9+23e7+50e5
        ("ساڑھے 22کروڑ روپے", Decimal("225000000"), Decimal("1e6")),  # 22.5 x 10^7
    ], DAILYPAKISTAN


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # look-alikes of the Hindi press forms: 3.25 lakh crore, 5.5 lakh
        ("सवा 3 लाख करोड़ रुपये", Decimal("3.25e12")),
        ("साढ़े 5 लाख रुपये", Decimal("5.5e5")),
    ],
)
def test_hindi_words_that_add_a_fraction(text: str, amount: Decimal) -> None:
    (mention,) = extract(text, locale="hi")
    assert (mention.text, mention.amount) == (text, amount)
