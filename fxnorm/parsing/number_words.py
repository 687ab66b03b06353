"""The curated number words of each language the word pass reads.

Why a table of our own: CLDR has rule-based spell-out data (RBNF) for these
languages, but babel neither ships nor parses it, so the number words (one to
nineteen, the tens, the hundreds, "half", "and", the articles that mean one)
are written here, one :class:`Language` per language, as data. How they are
read (anchors, tokens, the magnitude words after them) is :mod:`.words`'s job.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "AND",
    "ARTICLE",
    "HALF",
    "HALF_VALUE",
    "HUNDRED",
    "LANGUAGES",
    "SCALE",
    "VALUE",
    "Language",
]

#: Token kinds of the word pass.
VALUE, ARTICLE, HUNDRED, HALF, AND, SCALE = range(6)

HALF_VALUE = Decimal("0.5")


def _values(text: str) -> dict[str, Decimal]:
    """``"one 1 two 2"`` -> ``{"one": 1, "two": 2}``."""
    parts = text.split()
    return {parts[i]: Decimal(parts[i + 1]) for i in range(0, len(parts), 2)}


class Language:
    """The curated number words of one language (lower case)."""

    def __init__(
        self,
        values: str,
        *,
        articles: str,
        hundreds: str = "",
        halves: str,
        ands: str,
        standalone: str = "",
        compounds: bool = False,
        vigesimal: bool = False,
        article_one: bool = True,
        bare_hundred: bool = True,
        vague: str = "",
        nouns: str = "",
    ) -> None:
        self.words: dict[str, tuple[int, Decimal]] = {}
        for word, value in _values(values).items():
            self.words[word] = (VALUE, value)
        for word in articles.split():
            self.words[word] = (ARTICLE, Decimal(1))
        for word in hundreds.split():
            self.words[word] = (HUNDRED, Decimal(100))
        for word in halves.split():
            self.words[word] = (HALF, HALF_VALUE)
        for word in ands.split():
            self.words[word] = (AND, Decimal(0))
        #: magnitude words that are a number alone (``mil pesos``, ``mille euros``)
        self.standalone = frozenset(standalone.split())
        #: whether numbers are written as one word (``zweihundert``, ``duemila``)
        self.compounds = compounds
        #: whether it counts in twenties from sixty (French ``soixante-dix``,
        #: ``quatre-vingts``, ``quatre-vingt-dix-neuf``)
        self.vigesimal = vigesimal
        #: whether the article is the number one after "and" (``vingt et un``,
        #: ``treinta y un``); English ``twenty and a`` is no number
        self.article_one = article_one
        #: whether "hundred" alone is a hundred (``hundert Euro``, ``cent euros``);
        #: English says "a hundred", and "several hundred" is no figure
        self.bare_hundred = bare_hundred
        #: words that make a following bare "hundred" or "thousand" a vague count
        #: (``einige hundert Euro``, ``några tusen kronor``): no figure
        self.vague = frozenset(vague.split())
        #: the beginnings of the currency nouns written after number words without
        #: a magnitude (``five dollars``, ``cien pesos``): the anchors of that pass
        #: (see _noun_anchors); the lexicon says which words are currencies
        self.nouns = tuple(nouns.split())
        self.longest = max(len(word) for word in self.words)


#: The curated table (see the module docstring for why it is not CLDR's).
LANGUAGES: dict[str, Language] = {
    "en": Language(
        "one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11"
        " twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18"
        " nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80"
        " ninety 90",
        articles="a an",
        hundreds="hundred",
        halves="half",
        ands="and",
        article_one=False,
        bare_hundred=False,
        # pivots u and o; not "yen", "francs", "reais", "lira" (each a third pattern),
        # nor "pounds": "two to three pounds of chicken breast" is a weight
        nouns="dollar buck euro quid yuan rupee pesos rubl roubl kron",
    ),
    "es": Language(
        "uno 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11"
        " doce 12 trece 13 catorce 14 quince 15 dieciséis 16 dieciseis 16 diecisiete 17"
        " dieciocho 18 diecinueve 19 veinte 20 veintiún 21 veintiun 21 veintiuno 21"
        " veintidós 22 veintidos 22 veintitrés 23 veintitres 23 veinticuatro 24"
        " veinticinco 25 veintiséis 26 veintiseis 26 veintisiete 27 veintiocho 28"
        " veintinueve 29 treinta 30 cuarenta 40 cincuenta 50 sesenta 60 setenta 70"
        " ochenta 80 noventa 90 cien 100 ciento 100 doscientos 200 doscientas 200"
        " trescientos 300 trescientas 300 cuatrocientos 400 cuatrocientas 400"
        " quinientos 500 quinientas 500 seiscientos 600 seiscientas 600 setecientos 700"
        " setecientas 700 ochocientos 800 ochocientas 800 novecientos 900 novecientas 900",
        articles="un una",
        halves="medio media",
        ands="y",
        standalone="mil",
        # pivots e and u (plural "dólares": "un dólar" is no figure anyway)
        nouns="dólares dolares pesos peso reales euro yuan",
    ),
    "pt": Language(
        "dois 2 duas 2 três 3 tres 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10"
        " onze 11 doze 12 treze 13 catorze 14 quatorze 14 quinze 15 dezesseis 16"
        " dezasseis 16 dezessete 17 dezassete 17 dezoito 18 dezenove 19 dezanove 19"
        " vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60 setenta 70 oitenta 80"
        " noventa 90 cem 100 cento 100 duzentos 200 duzentas 200 trezentos 300"
        " trezentas 300 quatrocentos 400 quatrocentas 400 quinhentos 500 quinhentas 500"
        " seiscentos 600 seiscentas 600 setecentos 700 setecentas 700 oitocentos 800"
        " oitocentas 800 novecentos 900 novecentas 900",
        articles="um uma",
        halves="meio meia",
        ands="e",
        standalone="mil",
        nouns="reais dólares dolares pesos euro yuan iuan",  # pivots e and u
    ),
    "fr": Language(
        "deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11"
        " douze 12 treize 13 quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30"
        " quarante 40 cinquante 50 soixante 60"
        # Belgium and Switzerland: septante, huitante (octante), nonante
        " septante 70 huitante 80 octante 80 nonante 90",
        articles="un une",
        hundreds="cent cents",
        halves="demi demie",
        ands="et",
        standalone="mille",
        vigesimal=True,  # 70 is soixante-dix, 80 quatre-vingts: see WordScanner._add
        vague="quelques plusieurs",
        # pivots o and r; not "livres": five books as often as five pounds
        nouns="euro dollar franc roubl",
    ),
    "de": Language(
        "zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11"
        " zwölf 12 dreizehn 13 vierzehn 14 fünfzehn 15 sechzehn 16 siebzehn 17"
        " achtzehn 18 neunzehn 19 zwanzig 20 dreißig 30 vierzig 40 fünfzig 50"
        " sechzig 60 siebzig 70 achtzig 80 neunzig 90 einhalb 0.5 anderthalb 1.5",
        articles="ein eine einen einer",
        hundreds="hundert",
        halves="halbe halben",
        ands="und",
        standalone="tausend",
        compounds=True,
        vague="einige mehrere paar etliche",
        nouns="euro dollar yuan pesos",  # pivots o and u; not "Pfund" (a weight too)
    ),
    "it": Language(
        "due 2 tre 3 tré 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 dieci 10"
        " undici 11 dodici 12 tredici 13 quattordici 14 quindici 15 sedici 16"
        " diciassette 17 diciotto 18 diciannove 19 venti 20 vent 20 trenta 30 trent 30"
        " quaranta 40 quarant 40 cinquanta 50 cinquant 50 sessanta 60 sessant 60"
        " settanta 70 settant 70 ottanta 80 ottant 80 novanta 90 novant 90",
        articles="un uno una",
        hundreds="cento",
        halves="mezzo mezza",
        ands="e",
        standalone="mille",
        compounds=True,
        vague="alcune alcuni qualche parecchie parecchi",
        nouns="euro dollar sterlin yuan",  # pivots l and u
    ),
    "ru": Language(
        "один 1 одна 1 одно 1 два 2 две 2 три 3 четыре 4 пять 5 шесть 6 семь 7 восемь 8"
        " девять 9 десять 10 одиннадцать 11 двенадцать 12 тринадцать 13 четырнадцать 14"
        " пятнадцать 15 шестнадцать 16 семнадцать 17 восемнадцать 18 девятнадцать 19"
        " двадцать 20 тридцать 30 сорок 40 пятьдесят 50 шестьдесят 60 семьдесят 70"
        " восемьдесят 80 девяносто 90 сто 100 двести 200 триста 300 четыреста 400"
        " пятьсот 500 шестьсот 600 семьсот 700 восемьсот 800 девятьсот 900"
        " полтора 1.5 полторы 1.5"
        # genitive, after около, более, свыше, менее: "более двух миллиардов рублей"
        " одного 1 двух 2 трёх 3 трех 3 четырёх 4 четырех 4 пяти 5 шести 6 семи 7"
        " восьми 8 девяти 9 десяти 10 двадцати 20 тридцати 30 сорока 40 пятидесяти 50"
        " ста 100 двухсот 200 трёхсот 300 трехсот 300 пятисот 500 полутора 1.5",
        articles="",
        halves="половина",
        ands="и",
        standalone="тысяча миллион миллиард триллион",
        nouns="рубль рубля рублей доллар евро",  # pivots в and л
    ),
    "pl": Language(
        "jeden 1 jedna 1 dwa 2 dwie 2 trzy 3 cztery 4 pięć 5 sześć 6 siedem 7 osiem 8"
        " dziewięć 9 dziesięć 10 jedenaście 11 dwanaście 12 trzynaście 13 czternaście 14"
        " piętnaście 15 szesnaście 16 siedemnaście 17 osiemnaście 18 dziewiętnaście 19"
        " dwadzieścia 20 trzydzieści 30 czterdzieści 40 pięćdziesiąt 50 sześćdziesiąt 60"
        " siedemdziesiąt 70 osiemdziesiąt 80 dziewięćdziesiąt 90 sto 100 dwieście 200"
        " trzysta 300 czterysta 400 pięćset 500 sześćset 600 siedemset 700 osiemset 800"
        " dziewięćset 900 półtora 1.5"
        # genitive, after około, od, do: "około dwóch miliardów złotych"
        " dwóch 2 trzech 3 czterech 4 pięciu 5 sześciu 6 siedmiu 7 ośmiu 8 dziewięciu 9"
        " dziesięciu 10 dwudziestu 20 trzydziestu 30 czterdziestu 40 pięćdziesięciu 50"
        " stu 100 dwustu 200 trzystu 300 pięciuset 500",
        articles="",
        halves="pół",
        ands="i",
        standalone="tysiąc milion miliard bilion",
        nouns="złot dolar euro juan",  # pivots o and u
    ),
    "sv": Language(
        "två 2 tre 3 fyra 4 fem 5 sex 6 sju 7 åtta 8 nio 9 tio 10 elva 11 tolv 12"
        " tretton 13 fjorton 14 femton 15 sexton 16 sjutton 17 arton 18 nitton 19"
        " tjugo 20 trettio 30 fyrtio 40 femtio 50 sextio 60 sjuttio 70 åttio 80 nittio 90",
        articles="en ett",
        hundreds="hundra",
        halves="halv halva",
        ands="och",
        standalone="tusen",
        compounds=True,
        vague="några flera",
        nouns="kron euro dollar yuan",  # pivots o and u
    ),
    "nb": Language(
        "to 2 tre 3 fire 4 fem 5 seks 6 sju 7 syv 7 åtte 8 ni 9 ti 10 elleve 11 tolv 12"
        " tretten 13 fjorten 14 femten 15 seksten 16 sytten 17 atten 18 nitten 19"
        " tjue 20 tretti 30 førti 40 femti 50 seksti 60 sytti 70 åtti 80 nitti 90",
        articles="en ett én",
        hundreds="hundre",
        halves="halv halve",
        ands="og",
        standalone="tusen",
        compounds=True,
        vague="noen flere",
        nouns="kron euro dollar yuan",  # pivots o and u
    ),
}
