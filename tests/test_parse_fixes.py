"""Targeted tests for parser bugs found in review (issue 3): pairs, locales, symbols.

The table in tests/data/real_strings.tsv holds the single figures; what a
table row cannot say (pairs, default_currency, spans) is tested here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, extract_pairs, parse


@pytest.mark.parametrize(
    ("text", "default", "source", "stated"),
    [
        # Reuters, 2018-03-15: a user reading Argentine news passes ARS
        ("a primary fiscal deficit of 20.2 billion pesos ($1 billion)", "ARS", "ARS", "USD"),
        # Reuters via Daily8, 2025-07-28 (Pemex results)
        ("a net profit of 59.52 billion pesos ($3.17 billion)", "MXN", "MXN", "USD"),
    ],
)
def test_default_currency_does_not_make_both_sides_of_a_pair_alike(
    text: str, default: str, source: str, stated: str
) -> None:
    pairs = extract_pairs(text, default_currency=default)
    assert [(p.source.currency, p.stated.currency) for p in pairs] == [(source, stated)]
    assert pairs[0].stated.resolved_by == "pair"
    assert any("alone it reads as" in note for note in pairs[0].stated.notes)


def test_pair_of_one_explicit_currency_stays_no_pair() -> None:
    assert extract_pairs("US$5 (US$6)") == []
    assert extract_pairs("$5 ($6)") == []


def test_parse_alone_still_takes_the_default() -> None:
    assert parse("$1 billion", default_currency="ARS").currency == "ARS"
    assert parse("$1 billion", default_currency="ARS").amount == Decimal(10**9)


@pytest.mark.parametrize(
    ("locale", "canonical"),
    [("en-JP", "en_JP"), ("en_AR", "en_AR"), ("es-MX", "es_MX"), ("en_XX", "en"), ("", "en")],
)
def test_a_territory_without_its_own_cldr_locale_is_kept(locale: str, canonical: str) -> None:
    from fxnorm.parsing.lexicon import canonical_locale

    assert canonical_locale(locale) == canonical


@pytest.mark.parametrize(
    ("text", "locale", "source", "stated"),
    [
        ("20.2 billion pesos ($1 billion)", "en-AR", "ARS", "USD"),  # Reuters, 2018
        ("59.52 billion pesos ($3.17 billion)", "en-MX", "MXN", "USD"),  # Reuters, 2025
        ("¥1.4 trillion ($9.3 billion)", "en-JP", "JPY", "USD"),  # The Japan Times, 2023
    ],
)
def test_locale_territory_decides_a_pair(text: str, locale: str, source: str, stated: str) -> None:
    pairs = extract_pairs(text, locale=locale)
    assert [(p.source.currency, p.stated.currency) for p in pairs] == [(source, stated)]


def test_dotted_capital_i_keeps_offsets() -> None:
    from fxnorm.parsing import extract

    text = "Fiyat: 1,00 İsviçre frangı."
    (mention,) = extract(text, locale="tr")
    assert mention.currency == "CHF"
    assert text[mention.span[0] : mention.span[1]] == "1,00 İsviçre frangı"


@pytest.mark.parametrize(
    ("text", "locale", "source", "stated"),
    [
        # dpa via Süddeutsche Zeitung, 2016-09-14
        (
            "ein Volumen von 200 Milliarden Dollar (aktuell rund 178 Milliarden Euro)",
            "de",
            (Decimal("200e9"), "USD"),
            (Decimal("178e9"), "EUR"),
        ),
        ("$5 billion (currently about €4.6 billion)", "en", (Decimal("5e9"), "USD"), None),
    ],
)
def test_a_word_before_the_qualifier_inside_brackets_keeps_the_pair(
    text: str,
    locale: str,
    source: tuple[Decimal, str],
    stated: tuple[Decimal, str] | None,
) -> None:
    (pair,) = extract_pairs(text, locale=locale)
    assert (pair.source.amount, pair.source.currency) == source
    assert pair.stated.qualifier == "approximate"
    if stated is not None:
        assert (pair.stated.amount, pair.stated.currency) == stated


def test_a_word_without_a_qualifier_inside_brackets_is_no_pair() -> None:
    assert extract_pairs("$5 billion (plus 4 billion euros)") == []


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "qualifier"),
    [
        # Italian and Romanian qualifiers (the languages the parser reads since
        # the number-word work); phrasings as in Italian and Romanian news.
        ("oltre 2 miliardi di euro", "it", Decimal("2e9"), "EUR", "more_than"),
        ("più di 10 milioni di dollari", "it", Decimal("10e6"), "USD", "more_than"),
        ("fino a 500 euro", "it", Decimal("500"), "EUR", "at_most"),
        ("circa 1,5 miliardi di euro", "it", Decimal("1.5e9"), "EUR", "approximate"),
        ("peste 5 milioane de lei", "ro", Decimal("5e6"), "RON", "more_than"),
        ("aproximativ 1.882,9 miliarde USD", "ro", Decimal("1882.9e9"), "USD", "approximate"),
        ("cel puțin 100 de lei", "ro", Decimal("100"), "RON", "at_least"),
        ("până la 3.000 de lei", "ro", Decimal("3000"), "RON", "at_most"),
    ],
)
def test_italian_and_romanian_qualifiers(
    text: str, locale: str, amount: Decimal, currency: str, qualifier: str
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency, mention.qualifier) == (amount, currency, qualifier)
    assert mention.qualifier_text is not None and text.startswith(mention.qualifier_text)


def test_a_romanian_qualifier_inside_brackets_keeps_the_pair() -> None:
    """CRI (Romanian), 2014-01-27: "11.662,3 miliarde yuani (aproximativ 1.882,9 miliarde USD)"."""
    text = "valute în valoare de 11.662,3 miliarde yuani (aproximativ 1.882,9 miliarde USD) şi"
    (pair,) = extract_pairs(text, locale="ro")
    assert (pair.source.amount, pair.source.currency) == (Decimal("11662.3e9"), "CNY")
    assert (pair.stated.amount, pair.stated.currency) == (Decimal("1882.9e9"), "USD")
    assert pair.stated.qualifier == "approximate"


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "qualifier"),
    [
        # News writes the bare noun where CLDR names the currency with its country
        # (CLDR ru: "российских рублей", pl: "złotych polskich", ko: "대한민국 원").
        ("1,5 трлн рублей", "ru", Decimal("1.5e12"), "RUB", None),
        ("12 млрд руб.", "ru", Decimal("12e9"), "RUB", None),
        ("более 2 млрд рублей", "ru", Decimal("2e9"), "RUB", "more_than"),
        ("не менее 100 рублей", "ru", Decimal("100"), "RUB", "at_least"),
        ("2 миллиарда долларов", "ru", Decimal("2e9"), "USD", None),
        ("100 milionów złotych", "pl", Decimal("100e6"), "PLN", None),
        ("ponad 5 miliardów dolarów", "pl", Decimal("5e9"), "USD", "more_than"),
        ("5조 원", "ko", Decimal("5e12"), "KRW", None),
        ("최대 3억 원", "ko", Decimal("3e8"), "KRW", "at_most"),
        ("2,5 mrd. kroner", "nb", Decimal("2.5e9"), "NOK", None),
        ("2,5 mia. kroner", "da", Decimal("2.5e9"), "DKK", None),
        ("1 234,50 kronor", "sv", Decimal("1234.50"), "SEK", None),
    ],
)
def test_russian_polish_korean_and_nordic_news_figures(
    text: str, locale: str, amount: Decimal, currency: str, qualifier: str | None
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency, mention.qualifier) == (amount, currency, qualifier)


@pytest.mark.parametrize(
    ("text", "locale", "source", "stated"),
    [
        (
            "100 долларов (около 9000 рублей)",
            "ru",
            (Decimal("100"), "USD"),
            (Decimal("9000"), "RUB"),
        ),
        ("5조 원(약 36억 달러)", "ko", (Decimal("5e12"), "KRW"), (Decimal("3.6e9"), "USD")),
        (
            "100 milionów złotych (około 25 mln dolarów)",
            "pl",
            (Decimal("100e6"), "PLN"),
            (Decimal("25e6"), "USD"),
        ),
    ],
)
def test_approximate_equivalents_in_russian_korean_and_polish(
    text: str, locale: str, source: tuple[Decimal, str], stated: tuple[Decimal, str]
) -> None:
    (pair,) = extract_pairs(text, locale=locale)
    assert (pair.source.amount, pair.source.currency) == source
    assert (pair.stated.amount, pair.stated.currency) == stated
    assert pair.stated.qualifier == "approximate"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # krasnoyarsk.dk.ru: "он составляет на текущий момент 120 млрд. руб."
        ("он составляет на текущий момент 120 млрд. руб.", Decimal("120e9")),
        ("Ранее озвучивалась сумма в 100 млрд. руб.", Decimal("100e9")),
    ],
)
def test_russian_magnitudes_written_with_a_full_stop(text: str, amount: Decimal) -> None:
    """CLDR ru abbreviates without a stop (млн, млрд); the press often writes млрд. руб."""
    mention = parse(text, locale="ru")
    assert (mention.amount, mention.currency) == (amount, "RUB")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # CGTN Türk: "… yüzde 44,9 artarak 730 milyar 930 milyon liraya"
        ("yüzde 44,9 artarak 730 milyar 930 milyon liraya", Decimal("730930e6"), "TRY"),
        # Yeniçağ: "214,5 milyar liralık açık verilmesi"
        ("Yılın henüz ilk ayında 214,5 milyar liralık açık verilmesi", Decimal("214.5e9"), "TRY"),
        # firmandex.com (Haber7): "yatırımların toplamı 21 milyar doları aştı"
        ("yatırımların toplamı 21 milyar doları aştı.", Decimal("21e9"), "USD"),
    ],
)
def test_turkish_currency_nouns_with_case_suffixes(
    text: str, amount: Decimal, currency: str
) -> None:
    """Turkish glues case and derivation suffixes to the noun (lira-ya, lira-lık, dolar-ı)."""
    mention = parse(text, locale="tr")
    assert (mention.amount, mention.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "qualifier"),
    [
        # xn--80afdeock1adavfjdp2e8d.xn--p1ai, 2024-03-21: a preposition after the qualifier
        (
            "Сочи обойдется примерно в 1,4 триллиона рублей.",
            "ru",
            Decimal("1.4e12"),
            "RUB",
            "approximate",
        ),
        # Ekonomifakta, 2020-09-18: "drygt" is "just over"
        (
            "skatteintäkter till drygt 2 100 miljarder kronor",
            "sv",
            Decimal("2100e9"),
            "SEK",
            "more_than",
        ),
    ],
)
def test_russian_and_swedish_qualifiers_seen_in_the_press(
    text: str, locale: str, amount: Decimal, currency: str, qualifier: str
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.currency, mention.qualifier) == (amount, currency, qualifier)


@pytest.mark.parametrize(
    ("text", "locale", "amount", "precision"),
    [
        # Korean, Chinese and Japanese write large amounts in groups of four
        # digits, with small units (천/千 1e3, 백/百 1e2) inside a group and large
        # ones (만/万 1e4, 억/亿/億 1e8, 조/兆 1e12) closing it. Worked out by hand.
        ("매출 1억 5천만 원", "ko", "150000000", "1E+7"),
        ("2천5백억 원", "ko", "250000000000", "1E+10"),
        ("67억4천500만 원", "ko", "6745000000", "1E+4"),
        ("23억2천600만달러", "ko", "2326000000", "1E+4"),
        ("우리 돈 약 8조 4천억 원", "ko", "8400000000000", "1E+11"),
        ("4천 5백만 원", "ko", "45000000", "1E+6"),
        ("3억 2천 원", "ko", "300002000", "1E+3"),
        ("1亿5千万元", "zh", "150000000", "1E+7"),
        ("1億2千万円", "ja", "120000000", "1E+7"),
        ("442億9,600万円", "ja", "44296000000", "1E+4"),
        ("3800亿元", "zh", "380000000000", "1E+8"),
        ("3万亿元", "zh", "3000000000000", "1E+12"),
    ],
)
def test_east_asian_groups_of_digits_and_units(
    text: str, locale: str, amount: str, precision: str
) -> None:
    mention = parse(text, locale=locale)
    assert mention.amount == Decimal(amount)
    assert mention.precision == Decimal(precision)


def test_east_asian_groups_out_of_order_are_two_figures() -> None:
    """``5만 3억``: a larger unit after a smaller one starts another figure."""
    assert [m.amount for m in extract("5만 원 3억 원", locale="ko")] == [
        Decimal("50000"),
        Decimal("300000000"),
    ]
    assert [m.amount for m in extract("1억 5천만 2억 원", locale="ko")] == [
        Decimal("200000000")  # the first figure names no currency
    ]
    assert [m.amount for m in extract("1억 5천만 2억 원", locale="ko", default_currency="KRW")] == [
        Decimal("150000000"),
        Decimal("200000000"),
    ]
    # a year after a figure is no part of it
    assert parse("1억 원 2025년", locale="ko").amount == Decimal("100000000")


@pytest.mark.parametrize(
    ("text", "locale", "amount", "precision"),
    [
        # Turkish official statistics write a total as a chain of magnitudes
        # ("5 trilyon 406 milyar 254 milyon lira"); worked out by hand.
        ("5 trilyon 406 milyar 254 milyon lira", "tr", "5406254000000", "1E+6"),
        ("1 trilyon 421 milyar 245 milyon lira", "tr", "1421245000000", "1E+6"),
        ("1 trilyon 421 milyar lira", "tr", "1421000000000", "1E+9"),
        ("1 trillion 200 billion 300 million dollars", "en", "1200300000000", "1E+6"),
        ("36 mil 153 millones de pesos", "es_MX", "36153000000", "1E+6"),
    ],
)
def test_chains_of_descending_magnitudes(
    text: str, locale: str, amount: str, precision: str
) -> None:
    mention = parse(text, locale=locale)
    assert (mention.amount, mention.precision) == (Decimal(amount), Decimal(precision))
    assert mention.text == text


@pytest.mark.parametrize(
    ("text", "locale", "source", "stated"),
    [
        # the words news in these languages puts before a converted amount
        ("200 Millionen Dollar (umgerechnet 178 Millionen Euro)", "de", "200e6 USD", "178e6 EUR"),
        ("50 millions de dollars (soit 46 millions d'euros)", "fr", "50e6 USD", "46e6 EUR"),
        ("10 milioni di dollari (pari a 9,2 milioni di euro)", "it", "10e6 USD", "9.2e6 EUR"),
        (
            "50 millones de euros (equivalentes a 54 millones de dólares)",
            "es",
            "50e6 EUR",
            "54e6 USD",
        ),
        ("R$ 50 milhões (o equivalente a US$ 10 milhões)", "pt_BR", "50e6 BRL", "10e6 USD"),
        ("€1 billion (the equivalent of $1.06 billion)", "en", "1e9 EUR", "1.06e9 USD"),
        ("$5 billion equivalent to €4.6 billion", "en", "5e9 USD", "4.6e9 EUR"),
        (
            "100 milliarder norske kroner, svarende til 70 milliarder danske kroner",
            "da",
            "100e9 NOK",
            "70e9 DKK",
        ),
    ],
)
def test_words_that_announce_an_equivalent(
    text: str, locale: str, source: str, stated: str
) -> None:
    (pair,) = extract_pairs(text, locale=locale)
    for mention, want in ((pair.source, source), (pair.stated, stated)):
        amount, currency = want.split()
        assert (mention.amount, mention.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize("text", ["$5 billion or €4 billion", "$5 billion, €4 billion"])
def test_a_list_of_figures_is_no_equivalence(text: str) -> None:
    assert extract_pairs(text) == []


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "figure"),
    [
        # The SCAVIS study's consent text (scavis.net), as published
        ("20 Gutscheine in Höhe von 100,- € werden verlost", "de", "100", "EUR", "100,- €"),
        ("einen Gutschein in Höhe von 30,- Euro", "de", "30", "EUR", "30,- Euro"),
        # by hand: the forms German, Dutch, Swiss and Scandinavian shops use
        ("Preis: 1.299,- €", "de", "1299", "EUR", "1.299,- €"),
        ("nur 12,-- €", "de", "12", "EUR", "12,-- €"),
        ("Prijs: € 12,-", "nl", "12", "EUR", "€ 12,-"),
        ("Fr. 12.– pro Stück", "de_CH", "12", "CHF", "Fr. 12.–"),
        ("CHF 1'250.–", "de_CH", "1250", "CHF", "CHF 1'250.–"),
        ("kr 1 299,-", "sv", "1299", "SEK", "kr 1 299,-"),
        # the mark is the decimal symbol, whatever the page's language
        ("1.299,- €", "en", "1299", "EUR", "1.299,- €"),
    ],
)
def test_a_no_cents_mark_ends_a_whole_price(
    text: str, locale: str, amount: str, currency: str, figure: str
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.text, mention.amount, mention.currency) == (figure, Decimal(amount), currency)
    assert mention.precision == 1
    assert parse(text, locale=locale) == mention


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("5,-6 €", ["6 €"]),  # no mark: a digit follows the dash
        ("12,-x €", []),  # nor a letter
        ("12, - €", []),  # a space between: a list, not a mark
        ("1,5,- €", []),  # the mark is the decimal symbol: 1,5 cannot come before it
    ],
)
def test_what_is_no_no_cents_mark(text: str, figures: list[str]) -> None:
    assert [m.text for m in extract(text, locale="de")] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # by hand: a year, then a figure whose symbol is glued to its digits
        ("In 2020 €5 bought a coffee", [("€5", "5", "EUR")]),
        ("Between 2019 and 2023 $4 billion was spent", [("$4 billion", "4000000000", "USD")]),
        ("In 2023 USD5bn went abroad", [("USD5bn", "5000000000", "USD")]),
        ("paid in 100 $5 bills", [("$5", "5", "USD")]),
        # a symbol after a number with no digits glued to it stays that number's
        ("5 € 6 €", [("5 €", "5", "EUR"), ("6 €", "6", "EUR")]),
        ("it costs 2000 $ now", [("2000 $", "2000", "USD")]),
    ],
)
def test_a_symbol_glued_to_digits_begins_the_next_figure(
    text: str, figures: list[tuple[str, str, str]]
) -> None:
    assert [(m.text, m.amount, m.currency) for m in extract(text)] == [
        (t, Decimal(a), c) for t, a, c in figures
    ]


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("prices range from £10-£20", [("£10-£20", ("10", "20"))]),
        ("plans from $10–$20 a month", [("$10–$20", ("10", "20"))]),
        # a word after "from" announces a change, not a range (the Bloomberg article)
        ("it rose from $13 billion to $32 billion", [("$13 billion", None), ("$32 billion", None)]),
    ],
)
def test_a_dash_after_from_links_a_range(
    text: str, ranges: list[tuple[str, tuple[str, str] | None]]
) -> None:
    got = [(m.text, m.range) for m in extract(text)]
    want = [(t, None if r is None else (Decimal(r[0]), Decimal(r[1]))) for t, r in ranges]
    assert got == want


@pytest.mark.parametrize(
    ("text", "figure", "amount"),
    [
        # as written in an Argentine port's published fee schedule (ServiNoa)
        ("un alquiler diario equivalente a u$s 1,00 + IVA", "u$s 1,00", "1.00"),
        ("Ticket price: U$s 15", "U$s 15", "15"),  # by hand
        ("el Gobierno pagó u$s 1.200 millones", "u$s 1.200 millones", "1200000000"),
    ],
)
def test_argentine_dollar_abbreviations_in_any_case(text: str, figure: str, amount: str) -> None:
    (mention,) = extract(text, locale="es_AR")
    assert (mention.text, mention.amount, mention.currency) == (figure, Decimal(amount), "USD")


@pytest.mark.parametrize(
    ("text", "figure", "codes"),
    [
        # the last word of CLDR's English names ("Polish zlotys", "Hungarian forints")
        ("4.5 billion zlotys", "4.5 billion zlotys", ("PLN",)),
        ("a 50 billion forint plan", "50 billion forint", ("HUF",)),
        ("the 2.5 trillion rupiah project", "2.5 trillion rupiah", ("IDR",)),
        # a noun of several currencies (CLDR: UAE and Moroccan dirham) names them all,
        # in the order of their group in data/languages/global.toml
        ("5 billion dirhams", "5 billion dirhams", ("AED", "MAD")),
        ("500 million shillings", "500 million shillings", ("KES", "TZS", "UGX", "SOS")),
        # Reuters' "crowns" (CLDR: krone, koruna)
        ("800 million Norwegian crowns", "800 million Norwegian crowns", ("NOK",)),
        ("2 billion Czech crowns", "2 billion Czech crowns", ("CZK",)),
        # CLDR's English plural "Romanian lei": English text writes the noun too
        ("a fine of 500,000 lei", "500,000 lei", ("MDL", "RON")),
    ],
)
def test_bare_nouns_of_english_currency_names(
    text: str, figure: str, codes: tuple[str, ...]
) -> None:
    (mention,) = extract(text)
    assert mention.text == figure
    if len(codes) == 1:
        assert mention.currency == codes[0]
    else:
        assert mention.currency is None and mention.alternatives == codes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("won 5 gold medals", "en"),  # ZWG is "Zimbabwean gold"
        ("got 10 marks out of 10", "en"),  # BAM: convertible marks
        ("in 3 sols on Mars", "en"),  # PEN: "sol"; "soles" is read
        ("Ne ha comprati 5 lei", "it"),  # English nouns are read in English only
    ],
)
def test_everyday_words_are_no_currency_nouns(text: str, locale: str) -> None:
    assert extract(text, locale=locale) == []


FRANCS = ("CHF", "XOF", "XAF", "FRF", "BEF", "LUF")


@pytest.mark.parametrize(
    ("text", "locale", "currency", "alternatives"),
    [
        # by hand: the territory says which francs
        ("10 francs", "fr_CH", "CHF", FRANCS),
        ("2 milliards de francs", "fr_CI", "XOF", FRANCS),  # Ivory Coast: West African
        ("500 milliards de francs CFA", "fr_SN", "XOF", ("XOF", "XAF")),
        ("500 milliards de FCFA", "fr_CM", "XAF", ("XOF", "XAF")),  # Cameroon: Central African
        ("1 000 F CFA", "fr_SN", "XOF", ("XOF", "XAF")),
        # without one, "francs" may be Swiss, CFA, or French in an article before 2002
        ("10 francs", "en", None, FRANCS),
        ("6 milliards de francs", "fr", None, FRANCS),
        # "CFA" says which francs, not which of the two
        ("500 billion CFA francs", "en", None, ("XOF", "XAF")),
        ("5 million Swiss francs", "en", "CHF", ()),
    ],
)
def test_francs_and_cfa_francs(
    text: str, locale: str, currency: str | None, alternatives: tuple[str, ...]
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.currency, mention.alternatives) == (currency, alternatives)
    assert mention.text == text  # "CFA" is part of the figure


@pytest.mark.parametrize(
    ("text", "figure", "amount"),
    [
        # by hand: units after the last magnitude, then the currency
        ("cuesta 2 mil 500 pesos", "2 mil 500 pesos", "2500"),
        ("1 millón 200 mil 500 pesos", "1 millón 200 mil 500 pesos", "1200500"),
        ("36 mil 872 millones de dólares", "36 mil 872 millones de dólares", "36872000000"),
    ],
)
def test_units_after_mil(text: str, figure: str, amount: str) -> None:
    (mention,) = extract(text, locale="es_MX")
    assert (mention.text, mention.amount) == (figure, Decimal(amount))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("2 mil 500 personas", []),  # a count: no currency after the units
        ("2 mil, 500 pesos", ["500 pesos"]),  # a list, not one figure
        ("2 mil 1500 pesos", ["1500 pesos"]),  # units must be below the thousand
    ],
)
def test_what_is_no_units_part(text: str, figures: list[str]) -> None:
    assert [m.text for m in extract(text, locale="es_MX")] == figures


@pytest.mark.parametrize(
    ("text", "figure", "amount"),
    [
        # by hand: "mil" before digits adds its thousands, as Mexican Spanish writes them
        ("mil 500 pesos", "mil 500 pesos", "1500"),
        ("pagó dos mil 500 pesos", "dos mil 500 pesos", "2500"),
        ("veinticinco mil 300 pesos", "veinticinco mil 300 pesos", "25300"),
        ("mil 172 millones de pesos", "mil 172 millones de pesos", "1172000000"),
        ("dos mil 172 millones de pesos", "dos mil 172 millones de pesos", "2172000000"),
        # several number words before "mil": left unread (the span says so), not misread
        ("treinta y cinco mil 500 pesos", "500 pesos", "500"),
    ],
)
def test_mil_before_digits(text: str, figure: str, amount: str) -> None:
    (mention,) = extract(text, locale="es_MX")
    assert (mention.text, mention.amount) == (figure, Decimal(amount))


def test_mil_before_a_count_is_no_money() -> None:
    assert extract("el año dos mil 500 personas", locale="es_MX") == []


@pytest.mark.parametrize(
    ("text", "locale", "pairs"),
    [
        # by hand: one word, the noun the figure counts, then the bracket
        (
            "Der Konzern machte 4,5 Milliarden Euro Gewinn (rund 5 Mrd. Dollar)",
            "de",
            [("4,5 Milliarden Euro", "5 Mrd. Dollar")],
        ),
        ("a 10 billion rand loan ($540 million)", "en", [("10 billion rand", "$540 million")]),
        # more than one word, or a year, between them: no pair
        ("spend 380 billion yuan over three years ($53 billion)", "en", []),
        ("revenue of $5 billion in 2024 (€4.6 billion)", "en", []),
    ],
)
def test_a_noun_between_a_figure_and_its_bracket(
    text: str, locale: str, pairs: list[tuple[str, str]]
) -> None:
    assert [(p.source.text, p.stated.text) for p in extract_pairs(text, locale=locale)] == pairs


@pytest.mark.parametrize(
    ("text", "locale", "figure", "amount", "currency", "precision"),
    [
        # by hand: a hundredth of the currency the locale reads the name as
        ("gas rose 50 cents", "en", "50 cents", "0.50", "USD", "0.01"),
        ("costs 99 cents", "en_CA", "99 cents", "0.99", "CAD", "0.01"),
        ("50 euro cents", "en", "50 euro cents", "0.50", "EUR", "0.01"),
        ("a 20 pence rise", "en_GB", "20 pence", "0.20", "GBP", "0.01"),
        ("cuesta 50 centavos", "es_MX", "50 centavos", "0.50", "MXN", "0.01"),
        ("30 Cent pro Liter", "de", "30 Cent", "0.30", "EUR", "0.01"),
        ("50 centimes", "fr_CH", "50 centimes", "0.50", "CHF", "0.01"),
        ("10 öre", "sv", "10 öre", "0.10", "SEK", "0.01"),
        ("50 копеек", "ru", "50 копеек", "0.50", "RUB", "0.01"),
        ("between 20 and 30 pence", "en", "20 and 30 pence", "0.20", "GBP", "0.01"),
    ],
)
def test_hundredths_of_a_currency(
    text: str, locale: str, figure: str, amount: str, currency: str, precision: str
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.text, mention.amount, mention.currency) == (figure, Decimal(amount), currency)
    assert mention.precision == Decimal(precision)
    assert parse(text, locale=locale) == mention


def test_a_range_of_cents_is_scaled_at_both_ends() -> None:
    (mention,) = extract("50-60 cents")
    assert mention.range == (Decimal("0.50"), Decimal("0.60"))


@pytest.mark.parametrize(("text", "locale"), [("5 per cent", "en"), ("deux cents", "fr")])
def test_what_is_no_hundredth(text: str, locale: str) -> None:
    assert extract(text, locale=locale) == []
