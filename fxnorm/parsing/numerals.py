"""East Asian numbers: groups of four digits closed by units, and Chinese numerals.

Chinese, Japanese and Korean write large amounts in groups of four digits:
small units count inside a group (千/천 10^3, 百/백 10^2), large ones close it
(万/萬/만 10^4, 亿/億/억 10^8, 兆/조 10^12), and follow each other to compose
(``万亿`` is 10^12). So ``2천5백억`` is 2500 x 10^8, ``1억 5천만`` 10^8 + 5000 x
10^4, ``84億7473萬1000`` 8,474,731,000, ``2兆5千億`` 2.5 x 10^12. An "-odd" mark
may follow the digits or a unit (Korean 여, Chinese 多 and 余: ``56억4천여만``,
``3000多万``): the figure is the number as stated and reads as "more than".

Chinese numerals (一 二 三 … 十 百 千, with 〇 or ○ for zero) are read two
ways, as written: positionally (``四千億`` is 4000 x 10^8, ``三十億`` 30 x 10^8,
``二千五百万`` 2500 x 10^4) and digit by digit (``一六五〇億`` is 1650 x 10^8,
``一○五億`` 105 x 10^8); a decimal point (``點``, ``点``) is followed by digits read
one by one (``五九七○點二億`` is 5970.2 x 10^8, ``九十三點九億`` 93.9 x 10^8).

The units, marks and numerals are the languages' data (``data/languages/zh.toml``,
``ja.toml``, ``ko.toml``), handed over by the lexicon.
"""

from __future__ import annotations

from decimal import Decimal

from .lexicon import Lexicon
from .numbers import EXACT, Reading, read_number
from .tokens import NUMBER, SPACES

__all__ = ["EastAsian", "Numeral", "east_asian", "more_at", "read_numeral"]

#: (amount, exponent of its last stated digit, exponent of its largest unit, where
#: it ends, where its "-odd" mark is or -1)
EastAsian = tuple[Decimal, int, int, int, int]
#: (value before the magnitude, exponent of its last stated digit, magnitude, end)
Numeral = tuple[Decimal, int, int, int]


def more_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether an "-odd" mark at ``pos`` belongs to the number before it: a large
    unit follows it (``20여만``, ``3천여억``) or the number ends there, before a
    currency (``1亿多元``, ``30억여원``), a space or punctuation (``1조여 원``).
    Before another word (``20여명``, ``제1여객터미널``) the syllable is no mark."""
    if pos >= len(text) or text[pos] not in lex.east_odd:
        return False
    nxt = pos + 1
    if nxt >= len(text):
        return True
    ch = text[nxt]
    return ch in lex.east_large or not ch.isalnum() or lex.after_words.match(text, nxt) is not None


def east_asian(text: str, end: int, lex: Lexicon, first: Reading) -> EastAsian | None:
    """A number written in East Asian groups after the digits ``first`` that end at
    ``end``: ``67억4천500만``, ``1억 5천만``, ``2천5백억``, ``1亿5千万``, ``442億9,600万``,
    ``84億7473萬1000``, and numbers with an "-odd" mark: ``56억4천여만``, ``100多元``.

    ``None`` for a single group without a mark (``3800亿``, ``5조``: the scanner's
    usual magnitude reading). A larger unit after a smaller one (``1억 5천만 2억``)
    starts the next figure. Later groups are whole numbers glued to the previous
    unit or one space after it, each followed by a unit, or the last one followed
    by the currency (``84億7473萬1000美元``), so a year or a count after a figure
    stays out. Nothing but large units follows a mark: it ends the stated digits.
    """
    small_units, large_units, marks = lex.east_small, lex.east_large, lex.east_odd
    length = len(text)
    total = group = Decimal(0)
    term: Decimal | None = first.value
    term_exp = first.exponent  # of the term's last stated digit
    last_exp = first_unit = largest = 0
    previous_large = 99
    terms = 0
    more = -1  # where the "-odd" mark is
    pos = end
    before_term = (total, group, last_exp, end)  # the state before the term being read
    while True:
        if term is not None and term_exp == 0 and more_at(text, pos, lex):
            more, pos = pos, pos + 1  # 20여만, 3000多万, 100多元
        small = small_units.get(text[pos]) if pos < length and more < 0 else None
        if small is not None and term is not None:
            group += term.scaleb(small, EXACT)
            last_exp, term = term_exp + small, None
            first_unit = first_unit or small
            pos += 1
            if more_at(text, pos, lex):
                more, pos = pos, pos + 1  # 3천여억, 3千多元
        large = 0
        while pos < length and text[pos] in large_units:  # 万亿: units compose
            large += large_units[text[pos]]
            pos += 1
        if large:
            if large >= previous_large:  # 1억 5천만 2억: the next figure starts here
                total, group, last_exp, pos = before_term
                term, more = None, -1  # that term, and a mark in it, are the next figure's
                break
            if term is not None:
                group += term
                last_exp, term = term_exp, None
            total += group.scaleb(large, EXACT)
            group = Decimal(0)
            last_exp += large
            first_unit = first_unit or large
            largest = max(largest, large)
            previous_large = large
            if more < 0 and more_at(text, pos, lex):
                more, pos = pos, pos + 1  # 1조여 원, 1亿多元
        terms += 1
        if more >= 0:
            break  # no digit is stated after the mark
        nxt = pos + 1 if pos < length and text[pos] in SPACES else pos
        match = NUMBER.match(text, nxt)
        if match is None or terms > 8:
            break
        stop = match.end()
        last_group = (
            previous_large < 99
            and (stop == length or text[stop] not in small_units)
            and _units_then_currency(text, stop, lex)
        )
        if not last_group and (
            stop >= length
            or (
                text[stop] not in small_units
                and text[stop] not in large_units
                and not (text[stop] in marks and text[stop + 1 : stop + 2] in large_units)
            )
        ):
            break
        reading = read_number(match.group(), lex.numbers)
        if reading is None or reading.value >= 10000 or (reading.exponent and not last_group):
            break
        before_term = (total, group, last_exp, pos)
        term, term_exp, pos = reading.value, min(reading.exponent, 0), stop
        if last_group:
            terms += 1
            break  # 84億7473萬1000美元: the units of the last group, then the currency
    if terms < 2 and more < 0:
        return None
    if term is not None:  # 100多元: the mark follows the digits, no unit
        group += term
        last_exp = term_exp
    total += group  # 3억 2천: the last group counts units
    return total, last_exp, largest or first_unit, pos, more


def _units_then_currency(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a currency word starts at ``pos`` (or one space after it)."""
    start = pos + 1 if pos < len(text) and text[pos] in SPACES else pos
    return lex.after_words.match(text, start) is not None


def read_numeral(text: str, start: int, end: int, lex: Lexicon) -> Numeral | None:
    """The number the Chinese numerals ``text[start:end]`` write, with the large
    units at their end as its magnitude: ``四千億`` is (4000, 3, 8), ``一六五〇億``
    (1650, 0, 8), ``三十億`` (30, 1, 8), ``二兆五千億`` (25000, 11, 8)… as (value,
    exponent of its last stated digit, magnitude, end); ``None`` when the run
    writes no number (a lone unit, ``千万`` alone)."""
    digits, small, large = lex.numeral_digits, lex.numeral_units, lex.east_large
    points = lex.numeral_points
    total = Decimal(0)
    section = Decimal(0)
    run: list[int] = []  # digits written one after the other (一六五〇)
    last_exp = 0  # exponent of the last stated digit, within the number
    section_exp = 0
    stated = False
    pos = start
    previous_large = 99
    largest = 0
    while pos < end:
        ch = text[pos]
        if ch in digits:
            run.append(digits[ch])
            pos += 1
            continue
        if ch in small:
            unit = small[ch]
            if len(run) > 1:
                return None  # 一二百: no number
            multiplier = run[0] if run else 1
            if run and run[0] == 0:
                return None
            section += Decimal(multiplier).scaleb(unit)
            section_exp = unit
            run = []
            stated = True
            pos += 1
            continue
        if ch in points:
            fraction = _fraction_at(text, pos + 1, end, digits)
            if fraction is None or (not run and not section):
                break  # no digit after the point, or none before it: the number ends
            if run:
                if run[0] == 0 and len(run) > 1:
                    return None  # 〇一點五: no number
                section += _digits_value(run)
                run = []
            section += fraction[0]
            section_exp = fraction[1]
            stated = True
            pos = fraction[2]
            if pos < end and text[pos] not in large:
                break  # 三點五 then no large unit: the number ends there
            continue
        if ch in large:
            unit = 0
            while pos < end and text[pos] in large:  # 万亿: units compose
                unit += large[text[pos]]
                pos += 1
            if unit >= previous_large:
                return None
            if run:
                section += _digits_value(run)
                section_exp = 0
                run = []
            if section == 0:
                return None
            total += section.scaleb(unit)
            last_exp = section_exp + unit
            largest = max(largest, unit)
            previous_large = unit
            section = Decimal(0)
            section_exp = 0
            stated = True
            continue
        break
    if run:
        if run[0] == 0 and len(run) > 1 and not stated:
            return None  # 〇一: no number
        section += _digits_value(run)
        section_exp = 0
        stated = True
    if section:
        total += section
        last_exp = section_exp
    if not stated or total == 0:
        return None
    magnitude = largest
    return total.scaleb(-magnitude), last_exp - magnitude, magnitude, pos


def _fraction_at(
    text: str, pos: int, end: int, digits: dict[str, int]
) -> tuple[Decimal, int, int] | None:
    """The digits after a decimal point at ``pos`` (``二`` in ``五九七○點二``), read one
    by one: (their value below one, exponent of the last, where they end), or ``None``."""
    run: list[int] = []
    while pos < end and text[pos] in digits:
        run.append(digits[text[pos]])
        pos += 1
    if not run:
        return None
    return _digits_value(run).scaleb(-len(run)), -len(run), pos


def _digits_value(run: list[int]) -> Decimal:
    """Digits written one after the other: 一六五〇 is 1650."""
    return Decimal("".join(str(digit) for digit in run))
