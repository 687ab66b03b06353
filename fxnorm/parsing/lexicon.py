"""Currency words, symbols and magnitude words, per locale, built once.

Almost everything comes from CLDR through babel: ISO codes, currency display
names in several languages with their plural forms (``US dollars``, ``pesos
argentinos``, ``人民币``), each locale's currency symbols (``$`` is ARS in
``es_AR``, ``R$`` BRL everywhere) and the magnitude words of its compact number
formats (``K``/``thousand``, ``mil``/``millones``, ``Md``/``milliard``,
``Mio.``/``Mrd.``, ``万``/``亿``/``万亿``, ``億``/``兆``, ``L``/``Cr``). The
hand-written tables below only hold what CLDR lacks: colloquial names
(``yuan``, ``bucks``, ``quid``, ``元``), press abbreviations (``US$``, ``RMB``,
``Rs``, ``bn``, ``mn``, ``MM``, ``crore``) and the groups of currencies one
word can name (``pesos``, ``dollars``, ``kr``).

A :class:`Lexicon` is built lazily on first use for a locale and kept
(:func:`lexicon` is cached), so importing :mod:`fxnorm.parsing` loads no CLDR
data at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import cldr
from .matching import EndingMatcher, WordMatcher, fold
from .numbers import NumberFormat, number_format

__all__ = ["Lexicon", "Magnitude", "Surface", "canonical_locale", "lexicon"]

# -- curated tables: only what CLDR does not have ------------------------------

DOLLARS = ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD")
PESOS = ("ARS", "MXN", "CLP", "COP", "UYU", "PHP", "DOP", "CUP")
RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")
KRONER = ("SEK", "NOK", "DKK", "ISK")
POUNDS = ("GBP", "EGP", "LBP", "SYP", "SSP", "FKP", "GIP", "SHP")
YEN_YUAN = ("CNY", "JPY")
LEI = ("RON", "MDL")
SHILLINGS = ("KES", "TZS", "UGX", "SOS")
FRANCS = ("CHF", "XOF", "XAF", "FRF", "BEF", "LUF")
CFA_FRANCS = ("XOF", "XAF")

#: Colloquial and press names CLDR lacks, matched case-insensitively after a
#: number. A tuple of several codes is a group; the first of a group named in
#: :data:`GROUP_DEFAULTS` is its usual reading when no locale decides.
NAMES: dict[str, tuple[str, ...]] = {
    # English
    **dict.fromkeys(["dollar", "dollars", "buck", "bucks"], DOLLARS),
    **dict.fromkeys(["greenback", "greenbacks", "u.s. dollar", "u.s. dollars"], ("USD",)),
    **dict.fromkeys(["american dollars", "us dollar", "us dollars"], ("USD",)),
    **dict.fromkeys(["yuan", "renminbi", "yuan renminbi", "chinese yuan renminbi"], ("CNY",)),
    **dict.fromkeys(["euro", "euros"], ("EUR",)),
    **dict.fromkeys(["pound", "pounds"], POUNDS),
    **dict.fromkeys(["pounds sterling", "pound sterling", "sterling", "quid"], ("GBP",)),
    **dict.fromkeys(["yen"], ("JPY",)),
    **dict.fromkeys(["rupee", "rupees"], RUPEES),
    **dict.fromkeys(["peso", "pesos"], PESOS),
    **dict.fromkeys(["reais", "reales"], ("BRL",)),
    # Agência Brasil's English edition, Reuters: the Portuguese plural (CLDR en says "reals")
    **dict.fromkeys(["brazilian reais"], ("BRL",)),
    **dict.fromkeys(["rubles", "roubles", "ruble", "rouble"], ("RUB",)),
    **dict.fromkeys(["rand"], ("ZAR",)),
    **dict.fromkeys(["won"], ("KRW",)),
    **dict.fromkeys(["lira", "liras"], ("TRY",)),
    **dict.fromkeys(["naira"], ("NGN",)),
    **dict.fromkeys(["krona", "kronor", "krone", "kroner", "kronur"], KRONER),
    **dict.fromkeys(["swiss francs", "swiss franc"], ("CHF",)),
    # currencies the euro replaced, as the English press wrote them (CLDR: "German Mark")
    **dict.fromkeys(["deutsche marks", "deutschmarks", "deutschemarks", "d-marks"], ("DEM",)),
    **dict.fromkeys(["french francs", "french franc"], ("FRF",)),
    **dict.fromkeys(["lire", "italian lire"], ("ITL",)),
    **dict.fromkeys(["pesetas"], ("ESP",)),
    **dict.fromkeys(["drachmas", "drachmae"], ("GRD",)),
    # the Swiss franc, the CFA francs of West (XOF) and Central (XAF) Africa, or the
    # French, Belgian and Luxembourg francs of articles before the euro: only the
    # territory decides (the mention lists them all otherwise); CLDR's names carry
    # the bank in parentheses ("franc CFA (BCEAO)"), the press leaves it out
    **dict.fromkeys(["francs", "franc"], FRANCS),
    **dict.fromkeys(["cfa francs", "cfa franc", "francs cfa", "franc cfa"], CFA_FRANCS),
    # Reuters and AP write "crowns" for the Nordic and Czech currencies (CLDR: krone, koruna)
    **dict.fromkeys(["norwegian crowns", "norwegian crown"], ("NOK",)),
    **dict.fromkeys(["swedish crowns", "swedish crown"], ("SEK",)),
    **dict.fromkeys(["danish crowns", "danish crown"], ("DKK",)),
    **dict.fromkeys(["czech crowns", "czech crown"], ("CZK",)),
    **dict.fromkeys(["icelandic crowns", "icelandic crown"], ("ISK",)),
    # Spanish, Portuguese, French, German colloquial forms
    **dict.fromkeys(["dólar", "dólares", "dolar", "dolares"], DOLLARS),
    **dict.fromkeys(["dólares estadounidenses", "dolares estadounidenses"], ("USD",)),
    **dict.fromkeys(["yuanes", "yuans", "iuanes", "yuan chinois"], ("CNY",)),
    **dict.fromkeys(["libras", "livres", "pfund"], POUNDS),
    **dict.fromkeys(["livres sterling", "libras esterlinas"], ("GBP",)),
    **dict.fromkeys(["pesos argentinos", "peso argentino"], ("ARS",)),
    **dict.fromkeys(["pesos mexicanos", "peso mexicano"], ("MXN",)),
    # Chinese and Japanese
    **dict.fromkeys(["元", "块", "人民币", "人民元", "中国元"], ("CNY",)),
    **dict.fromkeys(["円", "日元", "日圆"], ("JPY",)),
    **dict.fromkeys(["ドル"], DOLLARS),
    **dict.fromkeys(["美元", "美金", "米ドル"], ("USD",)),
    **dict.fromkeys(["港元", "港币"], ("HKD",)),
    **dict.fromkeys(["欧元", "ユーロ"], ("EUR",)),
    **dict.fromkeys(["英镑"], ("GBP",)),
}

#: Names read only in texts of one language, being other words elsewhere
#: (Italian ``lei`` is "she"; ``kroner`` is NOK in Norwegian, DKK in Danish).
#: CLDR names currencies with their country (``leu românesc``/``lei
#: românești``, ``российских рублей``, ``złotych polskich``, ``대한민국 원``,
#: ``norske kroner``); news writes the bare noun (``1.234,56 lei``, ``12 млрд
#: рублей``, ``100 milionów złotych``, ``5조 원``), which is not there.
LANGUAGE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ro": {
        **dict.fromkeys(["lei", "leu"], LEI),
        **dict.fromkeys(["dolar", "dolari"], DOLLARS),
        **dict.fromkeys(["lire sterline", "liră sterlină"], ("GBP",)),
        **dict.fromkeys(["yuani"], ("CNY",)),
    },
    "ru": {
        **dict.fromkeys(["рубль", "рубля", "рублей", "руб.", "руб"], ("RUB",)),
        **dict.fromkeys(["доллар", "доллара", "долларов", "долл."], DOLLARS),
        **dict.fromkeys(["юань", "юаня", "юаней"], ("CNY",)),
    },
    "pl": {
        **dict.fromkeys(["złoty", "złote", "złotych", "złotego"], ("PLN",)),
        **dict.fromkeys(["dolar", "dolary", "dolarów", "dolara"], DOLLARS),
        **dict.fromkeys(["juan", "juany", "juanów"], ("CNY",)),
    },
    "ko": {
        **dict.fromkeys(["원"], ("KRW",)),
        **dict.fromkeys(["달러"], DOLLARS),
        **dict.fromkeys(["위안"], ("CNY",)),
        **dict.fromkeys(["엔"], ("JPY",)),
    },
    # Turkish glues case and derivation suffixes to the noun: "730 milyon liraya"
    # (dative), "214,5 milyar liralık" (worth), "14 lirası", "21 milyar doları aştı"
    "tr": {
        **dict.fromkeys(["liraya", "liralık", "lirası"], ("TRY",)),
        **dict.fromkeys(["doları"], DOLLARS),
    },
    "nb": {**dict.fromkeys(["krone", "kroner"], ("NOK",))},
    "da": {**dict.fromkeys(["krone", "kroner"], ("DKK",))},
    "sv": {**dict.fromkeys(["krona", "kronor"], ("SEK",))},
    # the currencies the euro replaced, as their own press wrote them
    "de": {
        **dict.fromkeys(["dm", "d-mark", "mark"], ("DEM",)),
        **dict.fromkeys(["schilling"], ("ATS",)),
    },
    "es": {**dict.fromkeys(["peseta", "pesetas", "ptas", "ptas."], ("ESP",))},
    "it": {
        **dict.fromkeys(["lira", "lire"], ("ITL",)),  # the Italian lira (CLDR: "lira italiana")
        **dict.fromkeys(["dollaro", "dollari"], DOLLARS),
        **dict.fromkeys(["sterlina", "sterline"], ("GBP",)),
        **dict.fromkeys(["yen"], ("JPY",)),
        **dict.fromkeys(["yuan"], ("CNY",)),
    },
}

#: The names of a hundredth of a currency (CLDR has none), per language, read
#: after a number like a currency name: ``50 cents`` is 0.50 USD (the dollars'
#: usual reading), ``20 pence`` 0.20 GBP, ``50 centavos``, ``30 Cent``, ``10 öre``.
SUBUNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        **dict.fromkeys(["cents", "cent"], DOLLARS),
        **dict.fromkeys(["euro cents", "euro cent"], ("EUR",)),
        **dict.fromkeys(["pence", "penny"], ("GBP",)),
        **dict.fromkeys(["paise"], ("INR",)),
    },
    "es": {
        **dict.fromkeys(["centavos", "centavo"], PESOS),
        **dict.fromkeys(["céntimos", "céntimo", "centimos", "centimo"], ("EUR",)),
    },
    "pt": {**dict.fromkeys(["centavos", "centavo"], ("BRL",))},
    "fr": {**dict.fromkeys(["centimes", "centime"], ("EUR", "CHF"))},
    "de": {**dict.fromkeys(["cent", "cents"], ("EUR",)), "rappen": ("CHF",)},
    "it": {**dict.fromkeys(["centesimi", "centesimo"], ("EUR",))},
    "ru": {**dict.fromkeys(["копеек", "копейки", "копейка", "коп."], ("RUB",))},
    "pl": {**dict.fromkeys(["groszy", "grosze", "grosz"], ("PLN",))},
    "sv": {"öre": ("SEK",)},
    "nb": {"øre": ("NOK",)},
    "da": {"øre": ("DKK",)},
}

#: Currency names that may come before a number, per language: ``pesos 500``,
#: ``dólares 1.500``, ``reais 100`` (lower case; also read capitalised and in capitals).
NAMES_BEFORE: dict[str, tuple[str, ...]] = {
    "es": ("pesos", "dólares", "dolares", "euros", "reales", "soles"),
    "pt": ("reais", "dólares", "dolares", "euros", "pesos"),
}

#: Languages that write ``de`` between a number (from 20 on) and its noun.
LINKED_NUMBERS = frozenset({"ro"})

#: Magnitude words that also name the currency (Mexican press: millones de
#: dólares, millones de pesos).
MAGNITUDE_CURRENCY: dict[str, tuple[str, ...]] = {"mdd": ("USD",), "mdp": PESOS}

#: The usual reading of a group when the locale has no currency of the group.
GROUP_DEFAULTS = {DOLLARS: "USD", POUNDS: "GBP", LEI: "RON"}

#: Symbols and press abbreviations CLDR lacks (matched exactly, before or after a number).
SYMBOLS: dict[str, tuple[str, ...]] = {
    "US$": ("USD",),
    "U$S": ("USD",),
    "u$s": ("USD",),  # Argentine press and documents also write it in lower case
    "U$s": ("USD",),
    "U$D": ("USD",),
    "USD$": ("USD",),
    "$US": ("USD",),
    "$ US": ("USD",),
    "$\u00a0US": ("USD",),
    "AR$": ("ARS",),
    "ARS$": ("ARS",),
    "CN¥": ("CNY",),
    "RMB": ("CNY",),
    "¥": YEN_YUAN,
    "￥": YEN_YUAN,
    "円": ("JPY",),
    "Rs": RUPEES,
    "Rs.": RUPEES,
    "INR.": ("INR",),
    "C$": ("CAD",),
    "Can$": ("CAD",),
    "A$": ("AUD",),
    "$A": ("AUD",),  # AP and The Sydney Morning Herald: "$US10 billion ($A10.78 billion)"
    "AU$": ("AUD",),
    "NZ$": ("NZD",),
    "DM": ("DEM",),  # the German press's Deutsche Mark, before 2002
    # CLDR: "FCFA" is XAF's symbol, "F CFA" XOF's; the press writes both for both
    "FCFA": CFA_FRANCS,
    "F CFA": CFA_FRANCS,
    "F\u00a0CFA": CFA_FRANCS,
    # East African press: "$599 million (Sh65.2 billion)" (Nation, Kenya); CLDR has Ksh, TSh, USh
    "Sh": SHILLINGS,
    "HK$": ("HKD",),
    "S$": ("SGD",),
    "NT$": ("TWD",),
    "MX$": ("MXN",),
    "Mex$": ("MXN",),
    "R$": ("BRL",),
    "kr": KRONER,
    "kr.": KRONER,
    "Fr.": ("CHF",),
    "SFr.": ("CHF",),
    "SFr": ("CHF",),  # swissinfo.ch house style: "SFr3.03 billion"
    "Sfr": ("CHF",),
    "TL": ("TRY",),  # Turkish English press (A News, Daily Sabah, Hürriyet): "TL 23.8 billion"
    "$": ("USD",),  # completed from CLDR with every currency written "$" at home
    "€": ("EUR",),
    "£": ("GBP",),
    "₹": ("INR",),
}

#: ISO-like codes that are also common upper-case words; never read as codes.
CODE_STOPLIST = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "SOS", "MAD", "TRY", "PEN", "GEL"})

#: Historic codes still seen in text (active ones come from CLDR): the currencies
#: the euro replaced (their fixed rates are in :mod:`fxnorm.rates.fixed`) and VEF.
HISTORIC_CODES = frozenset(
    {
        *("ATS", "BEF", "DEM", "ESP", "FIM", "FRF", "IEP", "ITL", "LUF", "NLG", "PTE"),
        *("GRD", "SIT", "CYP", "MTL", "SKK", "EEK", "LVL", "LTL", "HRK", "VEF"),
    }
)

#: Locales whose own currency symbol is worth knowing (home markets).
HOME_LOCALES = (
    "en",
    "en_US",
    "en_GB",
    "en_CA",
    "en_AU",
    "en_NZ",
    "en_SG",
    "en_IN",
    "en_ZA",
    "en_PH",
    "es_AR",
    "es_MX",
    "es_CL",
    "es_CO",
    "es_UY",
    "es_PE",
    "es_DO",
    "es_CU",
    "es_VE",
    "pt_BR",
    "fr",
    "fr_CH",
    "de",
    "de_CH",
    "zh",
    "zh_Hant_HK",
    "zh_Hant_TW",
    "ja",
    "ko",
    "ru",
    "tr",
    "he",
    "th",
    "vi",
    "pl",
    "cs",
    "hu",
    "sv",
    "nb",
    "da",
    "is",
    "uk",
    "id",
    "ms",
    "ar_EG",
    "ur_PK",
    "ne",
    "si",
    "fil",
)

#: Languages whose CLDR names and magnitudes every lexicon knows.
LANGUAGES = ("en", "es", "pt", "fr", "de", "zh", "ja")

#: Magnitude words CLDR's compact formats lack, per language ("*" for all).
MAGNITUDES: dict[str, dict[str, int]] = {
    "*": {
        "k": 3,
        "K": 3,
        "m": 6,
        "M": 6,
        "mn": 6,
        "MN": 6,
        "Mn": 6,
        "mln": 6,
        "MM": 6,
        "b": 9,
        "B": 9,
        "bn": 9,
        "BN": 9,
        "Bn": 9,
        "bln": 9,
        "tn": 12,
        "TN": 12,
        "trn": 12,
        "trln": 12,
        "T": 12,
        "thousand": 3,
        "thousands": 3,
        "million": 6,
        "millions": 6,
        "billion": 9,
        "billions": 9,
        "trillion": 12,
        "trillions": 12,
        "lakh": 5,
        "lakhs": 5,
        "lac": 5,
        "lacs": 5,
        "crore": 7,
        "crores": 7,
        "cr": 7,
        "Cr": 7,
        "万": 4,
        "萬": 4,
        "亿": 8,
        "億": 8,
        "兆": 12,
        "千": 3,
        "百": 2,
    },
    "es": {
        "millón": 6,
        "millon": 6,
        "millones": 6,
        "billón": 12,
        "billon": 12,
        "billones": 12,
        "mil": 3,
        "MM": 6,
        "mdd": 6,
        "mdp": 6,
    },
    "pt": {
        "milhão": 6,
        "milhões": 6,
        "milhao": 6,
        "milhoes": 6,
        "bilhão": 9,
        "bilhões": 9,
        "bilhao": 9,
        "bilhoes": 9,
        "trilhão": 12,
        "trilhões": 12,
        "bilião": 12,
        "biliões": 12,
        "mil": 3,
        "mi": 6,
        "bi": 9,
        "tri": 12,
    },
    "fr": {
        "milliard": 9,
        "milliards": 9,
        "Mds": 9,
        "Mrd": 9,
        "mds": 9,
        "md": 9,
        "billion": 12,
        "billions": 12,
        "millier": 3,
        "milliers": 3,
    },
    # the press often writes a full stop CLDR's compact forms (млн, млрд) lack: "120 млрд. руб."
    "ru": {"млн.": 6, "млрд.": 9, "трлн.": 12},
    "de": {
        "Mio": 6,
        "Mrd": 9,
        "Md.": 9,
        "Mia.": 9,
        "Mia": 9,
        "Mill.": 6,
        "Bio": 12,
        "Millionen": 6,
        "Milliarde": 9,
        "Milliarden": 9,
        "Billion": 12,
        "Billionen": 12,
        "Tsd": 3,
    },
}

#: Magnitude words a language must not borrow from another (``mil`` is slang
#: for million in English, a thousand in Spanish and Portuguese).
MAGNITUDE_EXCLUDED = {"en": frozenset({"mil", "mi", "bi", "tri", "md", "Md"})}

#: The "$" or "¥" of CLDR English is not a safe reading in English news, which
#: writes ¥ for yuan as often as for yen.
UNSAFE_LOCALE_SYMBOLS = frozenset({"¥", "￥"})

#: Where a currency's amounts are written with a comma decimal mark at home; used
#: when a figure with an explicit currency has no reading (or an implausible one)
#: in the text's locale: ``AR$ 25.960`` in an English text is 25,960 pesos.
HOME_NUMBER_LOCALE = {
    "ARS": "es_AR",
    "BRL": "pt_BR",
    "EUR": "de",
    "CLP": "es_CL",
    "COP": "es_CO",
    "UYU": "es_UY",
    "VES": "es_VE",
    "IDR": "id",
    "TRY": "tr",
    "RUB": "ru",
    "PLN": "pl",
    "SEK": "sv",
    "NOK": "nb",
    "DKK": "da",
    "CZK": "cs",
    "HUF": "hu",
    "VND": "vi",
    "CHF": "de_CH",
    "USD": "en",
    "GBP": "en",
    "JPY": "ja",
    "CNY": "zh",
    "INR": "en_IN",
    "MXN": "es_MX",
    "CAD": "en_CA",
    "AUD": "en_AU",
}

_DIGIT_PATTERN = re.compile(r"0+")


@dataclass(frozen=True, slots=True)
class Surface:
    """A way of writing a currency: its text, the codes it may stand for, its kind.

    ``kind`` is ``code`` (ISO 4217), ``symbol`` (``$``, ``R$``, ``RMB``, ``Rs``)
    or ``name`` (``yuan``, ``pesos argentinos``, ``人民币``). ``scale`` is the
    power of ten of one unit it names: ``-2`` for a hundredth (``cents``,
    ``pence``, ``centavos``), 0 for the currency itself.
    """

    text: str
    codes: tuple[str, ...]
    kind: str
    scale: int = 0


@dataclass(frozen=True, slots=True)
class Magnitude:
    """A magnitude word and its power of ten; ``composable`` words may follow
    another magnitude (``mil millones``, ``lakh crore``, ``千万``)."""

    text: str
    exponent: int
    composable: bool


@dataclass(slots=True)
class Lexicon:
    """Everything the scanner needs to know about one locale."""

    locale: str
    language: str
    territory_currency: str | None
    numbers: NumberFormat
    #: surface (lower-cased for names) -> Surface, for matching after a number
    after: dict[str, Surface] = field(default_factory=dict)
    after_words: WordMatcher = field(default_factory=lambda: WordMatcher((), ()))
    #: exact surface -> Surface, for matching before a number (codes and symbols)
    before: dict[str, Surface] = field(default_factory=dict)
    before_words: EndingMatcher = field(default_factory=lambda: EndingMatcher(()))
    #: word (lower-cased unless a short ASCII abbreviation) -> Magnitude
    magnitudes: dict[str, Magnitude] = field(default_factory=dict)
    magnitude_words: WordMatcher = field(default_factory=lambda: WordMatcher((), ()))
    #: lower-cased first characters of every magnitude and currency word
    word_starts: frozenset[str] = frozenset()
    #: symbol -> the one code this locale writes that way
    locale_symbols: dict[str, str] = field(default_factory=dict)
    #: symbol -> the one code English (CLDR en) writes that way (fallback reading)
    english_symbols: dict[str, str] = field(default_factory=dict)
    #: whether ``de`` may link any number to its currency, not only a magnitude
    #: word (Romanian: ``4.050 de lei``)
    linked_numbers: bool = False
    #: currency names read before a number (``pesos 500``), in the languages that write them
    names_before: EndingMatcher | None = None


@lru_cache(maxsize=256)
def canonical_locale(locale: str | None) -> str:
    """``es-AR`` -> ``es_AR``; an unknown or empty locale becomes ``en``.

    A language and territory CLDR has no locale for (``en_JP``, ``en_AR``) keep
    their territory: it decides what ``¥`` or ``pesos`` mean (see :func:`lexicon`).
    """
    if not locale or not isinstance(locale, str):
        return "en"
    name = locale.replace("-", "_")
    found = cldr.canonical_locale(name)
    if found is not None:
        return found
    language, _, territory = name.partition("_")
    parsed = cldr.canonical_locale(language)
    if parsed is None:
        return "en"
    if _territory_currency(territory.upper()) is None:
        return parsed
    return f"{parsed}_{territory.upper()}"


def _territory_currency(territory: str | None) -> str | None:
    """The first legal tender of ``territory`` today (CLDR), if it is a territory."""
    if not territory or not territory.isalpha():
        return None
    tender = _tender_today(territory)
    return tender[0] if tender else None


def _tender_today(territory: str) -> list[str]:
    """The legal tenders of ``territory`` today, in CLDR's order."""
    import datetime

    today = datetime.date.today()
    return [span.code for span in cldr.tender(territory) if span.tender and span.covers(today)]


def _split_locale(locale: str) -> tuple[str, str | None]:
    """The locale whose CLDR data to use, and the territory that decides currencies.

    ``en_JP`` (no such CLDR locale) reads numbers and names as ``en`` and ``¥`` as yen.
    """
    if not cldr.locale_exists(locale):
        language, _, territory = locale.rpartition("_")
        return language, territory
    return locale, cldr.territory(locale)


@lru_cache(maxsize=1)
def _global_symbols() -> dict[str, tuple[str, ...]]:
    """symbol -> codes, from the home locales' own currencies plus the curated table."""
    found: dict[str, list[str]] = {s: list(c) for s, c in SYMBOLS.items()}
    for name in (*LANGUAGES, *HOME_LOCALES):
        symbols = dict(cldr.currency_symbols(name))  # only symbols other than the code
        territory = cldr.territory(name)
        codes = _tender_today(territory) if territory else list(symbols)
        for code in codes:
            symbol = symbols.get(code)
            if not symbol or len(symbol) > 5:
                continue
            if len(symbol) == 1 and symbol.isascii() and symbol.isalpha():
                continue  # "R", "K", "L": too common as letters
            if territory is None and symbol[-1].isalpha() and len(symbol) <= 2:
                continue
            bucket = found.setdefault(symbol, [])
            if code not in bucket:
                bucket.append(code)
    return {symbol: tuple(codes) for symbol, codes in found.items()}


@lru_cache(maxsize=1)
def _all_codes() -> frozenset[str]:
    """Every code whose names are read: active ones and :data:`HISTORIC_CODES`."""
    from .. import currencies

    return currencies.active_codes() | HISTORIC_CODES


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """The codes read as codes: the stop-list only keeps words like ``ALL`` from
    being read as one, the currencies' names (``livres turques``) stay."""
    return _all_codes() - CODE_STOPLIST


#: Head nouns of CLDR's English names that are everyday English words after a
#: number, so not read as currencies: "5 gold medals" (ZWG, "Zimbabwean Gold"),
#: "full marks" (BAM, "convertible marks"), "real" (BRL: "reais" is read),
#: "sol" (a Martian day; PEN: "soles" is read), "dram" (a unit of weight).
HEAD_STOPLIST = frozenset({"gold", "mark", "marks", "real", "sol", "dram", "drams"})


@lru_cache(maxsize=1)
def _english_heads() -> dict[str, set[str]]:
    """The bare nouns of CLDR's English currency names -> codes: ``zlotys`` (from
    "Polish zlotys"), ``rupiah``, ``forints``, ``dirhams`` (AED and MAD, so
    ambiguous), ``shillings`` (KES, SOS, TZS, UGX).

    English news writes the noun without the country once the country is clear
    ("4.5 billion zlotys ($1.1 billion)"); CLDR names it with the country. The
    noun is the last word of a name of two words or more; a noun shared by
    several currencies names all of them (the mention lists the alternatives).
    Only historic currencies are left out: their nouns (``marks``, ``francs``)
    would name a currency that no longer circulates.
    """
    from .. import currencies

    heads: dict[str, set[str]] = {}
    active = currencies.active_codes()
    for code, forms in cldr.currency_forms("en", _all_codes()).items():
        if code not in active:
            continue
        for form in forms:
            words = fold(form.strip()).split()
            if len(words) >= 2 and words[-1] not in HEAD_STOPLIST:
                heads.setdefault(words[-1], set()).add(code)
    return heads


@lru_cache(maxsize=16)
def _cldr_names(language: str) -> dict[str, set[str]]:
    """Lower-cased CLDR display names (singular and plural forms) -> codes."""
    names: dict[str, set[str]] = {}
    for code, forms in cldr.currency_forms(language, _all_codes()).items():
        for form in forms:
            form = fold(form.strip())
            if form and form != code.lower():
                names.setdefault(form, set()).add(code)
    return names


def _compact_magnitudes(locale: str) -> dict[str, int]:
    """Magnitude words of ``locale``'s compact formats: ``0 M`` at 1e9 as ``0000 M`` …"""
    words: dict[str, int] = {}
    for magnitude, pattern in cldr.compact_patterns(locale):
        text = pattern.replace("'", "").replace("¤", "")
        zeros = _DIGIT_PATTERN.search(text)
        if zeros is None:
            continue
        exponent = len(str(magnitude)) - 1 - (len(zeros.group()) - 1)
        word = (text[: zeros.start()] + " " + text[zeros.end() :]).split()
        if len(word) == 1 and exponent > 0:
            words.setdefault(word[0], exponent)
    return words


@lru_cache(maxsize=256)
def lexicon(locale: str) -> Lexicon:
    """The lexicon of ``locale`` (canonical form, see :func:`canonical_locale`)."""
    data_locale, territory = _split_locale(locale)
    language, script, _ = cldr.locale_parts(data_locale)
    if territory is None:
        likely = cldr.likely_subtags(language) or ""
        territory = likely.rsplit("_", 1)[-1] if "_" in likely else None
    territory_currency = _territory_currency(territory)
    lex = Lexicon(locale, language, territory_currency, number_format(data_locale))

    # Currencies after a number: codes, symbols, names (own language first).
    after: dict[str, Surface] = {}
    symbols = _global_symbols()
    for code in sorted(_codes()):
        after[code] = Surface(code, (code,), "code")
    for symbol, codes in symbols.items():
        after.setdefault(symbol, Surface(symbol, codes, "symbol"))
    folded: dict[str, set[str]] = {}
    languages = [language, *(lang for lang in LANGUAGES if lang != language)]
    if script:  # zh_Hant writes 歐元 and 美元 differently from zh's 欧元
        languages.insert(0, f"{language}_{script}")
    for lang in languages:
        for form, found in _cldr_names(lang).items():
            folded.setdefault(form, set()).update(found)
    if language == "en":  # other languages put the noun first or inflect it
        for form, found in _english_heads().items():
            folded.setdefault(form, set()).update(found)
    names = {**NAMES, **LANGUAGE_NAMES.get(language, {})}
    for form, curated_codes in names.items():
        folded[form] = set(curated_codes)
    for form, found in folded.items():
        if form in after:
            continue
        ordered = tuple(sorted(found, key=lambda c: (c != "USD", c)))
        curated = names.get(form)
        after[form] = Surface(form, curated if curated else ordered, "name")
    for form, codes in SUBUNITS.get(language, {}).items():
        after[form] = Surface(form, codes, "name", -2)  # 50 cents: a hundredth of a unit
    after.update(_own_symbols(data_locale, after))
    # The locale's own currency symbol, even a single letter ("R" in en_ZA).
    if territory_currency:
        own = dict(cldr.currency_symbols(data_locale)).get(territory_currency, "")
        if own and own not in after:
            after[own] = Surface(own, (territory_currency,), "symbol")
    lex.after = after
    lex.after_words = WordMatcher(
        (text for text, surface in after.items() if surface.kind != "name"),
        (text for text, surface in after.items() if surface.kind == "name"),
    )
    # Currencies before a number: codes and symbols only.
    lex.before = {t: s for t, s in after.items() if s.kind != "name"}
    lex.before_words = EndingMatcher(lex.before)

    # Magnitudes: the locale's CLDR words, then its curated words, then the
    # universal abbreviations, then other languages' (first definition wins).
    magnitudes: dict[str, Magnitude] = {}
    excluded = MAGNITUDE_EXCLUDED.get(language, frozenset())

    def add(words: dict[str, int], composable: bool, *, borrowed: bool = False) -> None:
        for word, exponent in words.items():
            if borrowed and (word in excluded or (len(word) <= 3 and word.isascii())):
                continue
            key = word if len(word) <= 2 and word.isascii() else fold(word)
            if key not in magnitudes:
                long_or_cjk = len(word) > 2 or not word.isascii()
                magnitudes[key] = Magnitude(word, exponent, composable or long_or_cjk)

    add(_compact_magnitudes(data_locale), True)
    add(MAGNITUDES.get(language, {}), True)
    add(MAGNITUDES["*"], False)
    for lang in LANGUAGES:
        if lang != language:
            add(_compact_magnitudes(lang), True, borrowed=True)
            add(MAGNITUDES.get(lang, {}), True, borrowed=True)
    lex.magnitudes = magnitudes
    lex.magnitude_words = WordMatcher(
        (k for k in magnitudes if len(k) <= 2 and k.isascii()),
        (k for k in magnitudes if not (len(k) <= 2 and k.isascii())),
    )
    lex.word_starts = lex.magnitude_words.firsts | lex.after_words.firsts

    # How this locale (and English, as a fallback) reads a symbol.
    lex.locale_symbols = _symbol_readings(data_locale)
    lex.english_symbols = _symbol_readings("en")
    lex.linked_numbers = language in LINKED_NUMBERS
    before_names = [n for n in NAMES_BEFORE.get(language, ()) if n in after]
    if before_names:
        lex.names_before = EndingMatcher(
            form for n in before_names for form in (n, n.capitalize(), n.upper())
        )
    return lex


def _own_symbols(locale: str, known: dict[str, Surface]) -> dict[str, Surface]:
    """The symbols ``locale`` writes for one current currency that no home locale
    taught the lexicon: ``元`` for CNY before a number in ``ja``, the full-width
    ``￦`` for KRW in ``zh_Hant_TW`` (a curated name of the same text gives way)."""
    found: dict[str, Surface] = {}
    codes = _all_codes()
    for symbol, code in _symbol_readings(locale).items():
        if symbol == code or code not in codes:
            continue
        if len(symbol) == 1 and symbol.isascii() and symbol.isalpha():
            continue  # "R", "K", "L": too common as letters
        have = known.get(symbol)
        if have is None or (have.kind == "name" and have.codes == (code,)):
            found[symbol] = Surface(symbol, (code,), "symbol")
    return found


@lru_cache(maxsize=256)
def _symbol_readings(locale: str) -> dict[str, str]:
    """symbol -> code for the symbols ``locale`` gives exactly one currency."""
    readings: dict[str, set[str]] = {}
    for code, symbol in cldr.currency_symbols(locale):
        readings.setdefault(symbol, set()).add(code)
    return {s: next(iter(c)) for s, c in readings.items() if len(c) == 1}
