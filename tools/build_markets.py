"""The peso's markets and the Federal Reserve's yuan rate, for ``tools/build_rates.py``.

``build_rates.py`` imports this module to parse four more inputs; the
cross-checks of the publishers that overlap are in ``rates_validate.py``.

``argentinadatos`` (base USD, currency ARS, 2011 to 2026-02-21)
    One JSON file per market ("casa") of ArgentinaDatos' daily history. Each
    object is ``{"casa", "compra", "venta", "fecha"}``; ``compra`` becomes
    the ``buy`` side and ``venta`` the ``sell`` side of the market in
    :data:`CASAS`, with the number exactly as the JSON writes it (``239.85``,
    ``490``). Rules, each reported by the build:

    * a Saturday or Sunday row that repeats the previous row's prices is the
      previous business day carried forward, and is dropped; one whose prices
      moved (the crypto dollar trades every day) is kept;
    * ``card`` and ``solidario`` keep ``sell`` only: nobody buys dollars from
      you at these rates (they are the official selling rate plus taxes), and
      the ``compra`` field of these files holds another rate, the official
      buying rate (2020-2023) or that rate plus the same taxes;
    * the stretches in :data:`KNOWN_BAD` are dropped, each with its reason,
      after checking that the file still holds exactly the flaw described
      (a changed file fails the build instead of losing good data);
    * a day whose buy and sell are more than :data:`MAX_SPREAD` apart is a
      broken quote and is dropped (each such day is listed in the report);
    * a ``null`` price (97 ``compra`` of ``solidario``) is not a price and is
      skipped.

``dolarapi`` (base USD, currency ARS, after ArgentinaDatos ends, to 2026-06-14)
    DolarApi's own quotes rebuilt from the git history of its data
    repository: for each casa and Buenos Aires day (UTC-3), the quote with
    the latest ``fechaActualizacion`` (the publisher's update time; on a tie,
    the one seen last), i.e. **the last quote of the day**. Only the days
    after ArgentinaDatos' last day of the same market are kept: before that,
    ArgentinaDatos is DolarApi's end-of-day value (equal on 87-99.8 % of
    days), so both would be one publisher twice. The weekend and ``card``
    rules above apply.

``fed`` (base USD, currency CNY, 1981-01-02 to 2025-09-26)
    FRED's series DEXCHUS (the Federal Reserve Board's H.10 noon buying rate
    in New York), from the longer copy ``DEXCHUS-to-2025-09-26.csv``; every
    value must equal the unchanged FRED download ``DEXCHUS.csv`` on the
    dates both have, and every dated value of the download must be in the
    longer copy, or the build fails.

Ámbito's quotes (``ambito-dolares-observations.csv.gz``) are not embedded:
they are another publisher of the same markets and serve as a cross-check
(``rates_validate.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from fxnorm.errors import SourceUnavailableError
from fxnorm.rates.sources.base import iso_day

__all__ = [
    "AD_DIR",
    "AMBITO_CSV",
    "CASAS",
    "DOLARAPI_CSV",
    "FRED_CSV",
    "FRED_LONG_CSV",
    "KNOWN_BAD",
    "SELL_ONLY",
    "MarketRow",
    "MarketsError",
    "Parsed",
    "last_quotes",
    "parse_argentinadatos",
    "parse_dolarapi",
    "parse_fred",
    "runs",
    "weekend",
]

AD_DIR = "ars/argentinadatos"
DOLARAPI_CSV = "ars/dolarapi/dolarapi-dolares-observations.csv.gz"
AMBITO_CSV = "ars/dolarapi/ambito-dolares-observations.csv.gz"
FRED_CSV = "fred/DEXCHUS.csv"
FRED_LONG_CSV = "fred/DEXCHUS-to-2025-09-26.csv"

#: ArgentinaDatos / DolarApi casa -> fxnorm market. ``mayorista`` is the
#: wholesale market, the official rate; ``oficial`` Banco Nación's retail rate.
CASAS: dict[str, str] = {
    "mayorista": "official",
    "oficial": "retail",
    "blue": "blue",
    "bolsa": "mep",
    "contadoconliqui": "ccl",
    "cripto": "crypto",
    "tarjeta": "card",
    "solidario": "solidario",
}

#: Markets quoted as a selling price only (see the module docstring).
SELL_ONLY = frozenset({"card", "solidario"})

#: One row of the dataset: (source, currency, market, side, day, value).
MarketRow = tuple[str, str, str, str, str, str]

Report = Callable[[str], None]

#: A buy and a sell price further apart than this (either way round) are not a
#: market's spread but a broken quote, one side stale or the two swapped
#: (MEP 2025-05-02: buy 751.67, sell 1363.6, when both were near 1180): the
#: day is dropped for that market, and listed. Dealers' spreads in these
#: files stay under 12 %.
MAX_SPREAD = Decimal("0.15")


class MarketsError(Exception):
    """A market input is unreadable or no longer what its rules describe."""


@dataclass(frozen=True)
class BadStretch:
    """Days of one ArgentinaDatos market dropped from the dataset, and why.

    ``sell`` is the selling price every day of the stretch holds in the raw
    file (the build checks it); ``reason`` is recorded in the report.
    """

    market: str
    first: str
    last: str
    sell: str
    reason: str


#: Known-bad stretches of ArgentinaDatos, from data/raw/README.md section 4,
#: each confirmed against the BCRA's A3500 rate of the same days.
KNOWN_BAD: tuple[BadStretch, ...] = (
    BadStretch(
        "official",
        "2023-09-08",
        "2023-09-12",
        "287.35",
        "stale: back at the rate of before the 2023-08-14 devaluation (A3500 287.29 then) "
        "while A3500 was 349.98",
    ),
    BadStretch(
        "official",
        "2023-12-07",
        "2023-12-10",
        "385",
        "the wholesale file repeats Banco Nación's retail selling rate (385); "
        "A3500 was 364.41 to 366.50",
    ),
    BadStretch(
        "official",
        "2023-12-12",
        "2024-01-10",
        "366.45",
        "stale: stuck at the pre-devaluation 366.45 while A3500 moved from "
        "799.975 (2023-12-13) to over 810",
    ),
    BadStretch(
        "official",
        "2024-01-23",
        "2024-03-12",
        "839.57",
        "stale: flat at 839.57 for seven weeks of a crawling peg (A3500 rose "
        "about 2 % a month); 1-4 % off",
    ),
    BadStretch(
        "official",
        "2024-07-08",
        "2024-08-02",
        "934.63",
        "stale: flat at 934.63 for four weeks of a crawling peg; 1-4 % off",
    ),
    BadStretch(
        "official",
        "2024-08-13",
        "2024-10-22",
        "939.5",
        "stale: flat at 939.5 for ten weeks of a crawling peg; 1-4 % off",
    ),
)


# --------------------------------------------------------------------------- parsing


def weekend(day: str) -> bool:
    return dt.date.fromisoformat(day).weekday() >= 5


def _number(value: object, where: str) -> str | None:
    """The literal of a JSON or CSV number (None for ``null``), checked positive."""
    if value is None:
        return None
    text = str(value)
    try:
        number = Decimal(text)
    except ArithmeticError:
        raise MarketsError(f"{where}: {text!r} is not a number") from None
    if not number.is_finite() or number <= 0 or "e" in text.lower():
        raise MarketsError(f"{where}: {text!r} is not a positive decimal")
    return text


def _iso(text: str, where: str) -> str:
    """fxnorm's ISO day check (the online sources'), failing the build."""
    try:
        return iso_day(text, where)
    except SourceUnavailableError as error:
        raise MarketsError(str(error)) from None


@dataclass
class Parsed:
    """Daily quotes of one source: {market: {day: (buy or None, sell or None)}}.

    ``last`` is the last day of each market in the raw file, kept or not.
    """

    source: str
    quotes: dict[str, dict[str, tuple[str | None, str | None]]]
    notes: list[str]
    last: dict[str, str]

    def rows(self, currency: str = "ARS") -> list[MarketRow]:
        found: list[MarketRow] = []
        for market, days in self.quotes.items():
            for day, (buy, sell) in days.items():
                if buy is not None and market not in SELL_ONLY:
                    found.append((self.source, currency, market, "buy", day, buy))
                if sell is not None:
                    found.append((self.source, currency, market, "sell", day, sell))
        return found


def _daily(
    source: str,
    market: str,
    days: Iterable[tuple[str, str | None, str | None]],
    notes: list[str],
) -> dict[str, tuple[str | None, str | None]]:
    """Weekdays, and the weekend days whose prices moved; (day, buy, sell) in date order."""
    kept: dict[str, tuple[str | None, str | None]] = {}
    previous: tuple[str | None, str | None] | None = None
    dropped = kept_weekend = 0
    for day, buy, sell in days:
        prices = (buy, sell)
        if weekend(day):
            if previous is not None and _same(prices, previous):
                dropped += 1
                previous = prices
                continue
            kept_weekend += 1
        if buy is not None or sell is not None:
            kept[day] = prices
        previous = prices
    notes.append(
        f"{source} {market}: {len(kept)} days kept; {dropped} weekend days that repeat "
        f"the previous prices dropped, {kept_weekend} weekend days with new prices kept"
    )
    return kept


def _drop_broken(
    source: str,
    market: str,
    days: dict[str, tuple[str | None, str | None]],
    notes: list[str],
) -> dict[str, tuple[str | None, str | None]]:
    """``days`` without the quotes whose two sides are too far apart (:data:`MAX_SPREAD`)."""
    if market in SELL_ONLY:
        return days
    broken = []
    for day, (buy, sell) in days.items():
        if buy is None or sell is None:
            continue
        low, high = sorted((Decimal(buy), Decimal(sell)))
        if high / low - 1 > MAX_SPREAD:
            broken.append(day)
    if broken:
        notes.append(
            f"{source} {market}: dropped {len(broken)} days whose buy and sell are more than "
            f"{MAX_SPREAD * 100:.0f} % apart: {runs(broken)}"
        )
    return {day: prices for day, prices in days.items() if day not in broken}


def runs(days: Sequence[str]) -> str:
    """``2012-06-06..2012-06-29, 2013-01-02``: days at most three apart (a weekend) joined."""
    parts: list[list[str]] = []
    for day in days:
        if parts and dt.date.fromisoformat(day) - dt.date.fromisoformat(
            parts[-1][-1]
        ) <= dt.timedelta(days=3):
            parts[-1].append(day)
        else:
            parts.append([day])
    return ", ".join(p[0] if len(p) == 1 else f"{p[0]}..{p[-1]}" for p in parts)


def _same(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    return all(
        (x is None and y is None) or (x is not None and y is not None and Decimal(x) == Decimal(y))
        for x, y in zip(a, b, strict=True)
    )


def parse_argentinadatos(folder: Path, report: Report = print) -> Parsed:
    """Every casa file of ArgentinaDatos, the weekend, side and known-bad rules applied."""
    quotes: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    notes: list[str] = []
    last: dict[str, str] = {}
    for casa, market in CASAS.items():
        path = folder / f"{casa}.json"
        try:
            records = json.loads(path.read_text(encoding="utf-8"), parse_float=str, parse_int=str)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise MarketsError(f"{path}: not a readable ArgentinaDatos file ({error})") from None
        if not isinstance(records, list) or not records:
            raise MarketsError(f"{path}: not a list of quotes")
        days: list[tuple[str, str | None, str | None]] = []
        previous = ""
        for index, record in enumerate(records):
            where = f"{path} item {index}"
            if not isinstance(record, dict) or set(record) != {"casa", "compra", "venta", "fecha"}:
                raise MarketsError(f"{where}: not a {{casa, compra, venta, fecha}} object")
            if record["casa"] != casa:
                raise MarketsError(f"{where}: casa {record['casa']!r}, expected {casa!r}")
            day = _iso(str(record["fecha"]), where)
            if day <= previous:
                raise MarketsError(f"{where}: dates are not strictly increasing ({day})")
            previous = day
            days.append((day, _number(record["compra"], where), _number(record["venta"], where)))
        quotes[market] = _drop_broken(
            "argentinadatos", market, _daily("argentinadatos", market, days, notes), notes
        )
        last[market] = previous
    _drop_known_bad(quotes, notes)
    for note in notes:
        report(note)
    return Parsed("argentinadatos", quotes, notes, last)


def _drop_known_bad(
    quotes: dict[str, dict[str, tuple[str | None, str | None]]], notes: list[str]
) -> None:
    for stretch in KNOWN_BAD:
        series = quotes[stretch.market]
        inside = [day for day in series if stretch.first <= day <= stretch.last]
        wrong = [day for day in inside if series[day][1] != stretch.sell]
        if not inside or wrong:
            raise MarketsError(
                f"argentinadatos {stretch.market} {stretch.first}..{stretch.last} is no "
                f"longer the known flaw (every sell {stretch.sell}): "
                f"{'no days' if not inside else 'differs on ' + ', '.join(wrong[:3])}"
            )
        for day in inside:
            del series[day]
        notes.append(
            f"argentinadatos {stretch.market}: dropped {stretch.first}..{stretch.last} "
            f"({len(inside)} days, sell {stretch.sell}): {stretch.reason}"
        )


def last_quotes(path: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """{casa: {Buenos Aires day: (buy, sell)}}: each day's last quote of an observation file.

    The day is the local date (UTC-3) of ``fechaActualizacion``; the last quote
    is the one with the latest update time, and of equal update times the one
    first seen in the latest commit.
    """
    header = [
        "casa", "fechaActualizacion", "compra", "venta", "first_seen_commit",
        "first_seen_commit_time",
    ]  # fmt: skip
    best: dict[tuple[str, str], tuple[dt.datetime, dt.datetime, str, str]] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            if next(reader, None) != header:
                raise MarketsError(f"{path}: header is not {','.join(header)}")
            for line, record in enumerate(reader, start=2):
                where = f"{path} line {line}"
                if len(record) != len(header):
                    raise MarketsError(f"{where}: {len(record)} fields, expected {len(header)}")
                casa, updated, buy, sell, _, seen = record
                try:
                    moment = dt.datetime.fromisoformat(updated.replace("Z", "+00:00"))
                    commit = dt.datetime.fromisoformat(seen)
                except ValueError:
                    raise MarketsError(f"{where}: unreadable time") from None
                if moment.tzinfo is None or commit.tzinfo is None:
                    raise MarketsError(f"{where}: a time without its offset")
                checked_buy = _number(buy, where)
                checked_sell = _number(sell, where)
                if checked_buy is None or checked_sell is None:
                    raise MarketsError(f"{where}: an empty price")
                local = (moment.astimezone(dt.timezone.utc) - dt.timedelta(hours=3)).date()
                key = (casa, local.isoformat())
                candidate = (moment, commit, checked_buy, checked_sell)
                old = best.get(key)
                if old is None or candidate[:2] > old[:2]:
                    best[key] = candidate
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as error:
        raise MarketsError(f"{path}: unreadable ({error})") from None
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for (casa, day), (_, _, buy, sell) in sorted(best.items()):
        found.setdefault(casa, {})[day] = (buy, sell)
    return found


def parse_dolarapi(path: Path, after: dict[str, str], report: Report = print) -> Parsed:
    """DolarApi's last quote of each day, for the days after ``after[market]``."""
    daily = last_quotes(path)
    quotes: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    notes: list[str] = []
    last: dict[str, str] = {}
    for casa, market in CASAS.items():
        if casa not in daily:
            continue
        start = after.get(market, "")
        days = [(d, b, s) for d, (b, s) in daily[casa].items() if d > start]
        kept = _daily("dolarapi", market, days, notes)
        quotes[market] = _drop_broken("dolarapi", market, kept, notes)
        last[market] = max(daily[casa])
    unknown = sorted(set(daily) - set(CASAS))
    if unknown:
        raise MarketsError(f"{path}: unknown casas {unknown}")
    for note in notes:
        report(note)
    return Parsed("dolarapi", quotes, notes, last)


def parse_fred(long_path: Path, download_path: Path, report: Report = print) -> list[MarketRow]:
    """``fed`` rows (CNY per USD) from the longer DEXCHUS copy, checked against FRED's file."""
    long = _fred_values(long_path, ["date", "value"])
    download = _fred_values(download_path, ["DATE", "DEXCHUS"])
    differ = sorted(day for day in set(long) & set(download) if long[day] != download[day])
    last = max(download)
    absent = sorted(day for day in download if day not in long)
    extra = sorted(day for day in long if day <= last and day not in download)
    if differ or absent or extra:
        raise MarketsError(
            f"{long_path} is not {download_path} without its empty rows: "
            f"values differ on {differ[:3]}, missing {absent[:3]}, extra {extra[:3]}"
        )
    report(
        f"fed: {len(long)} days {min(long)}..{max(long)}; equal to FRED's download on all "
        f"{len(download)} of its dated values (to {last})"
    )
    return [("fed", "CNY", "official", "mid", day, value) for day, value in sorted(long.items())]


def _fred_values(path: Path, header: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            if next(reader, None) != header:
                raise MarketsError(f"{path}: header is not {','.join(header)}")
            for line, record in enumerate(reader, start=2):
                where = f"{path} line {line}"
                if len(record) != 2:
                    raise MarketsError(f"{where}: {len(record)} fields, expected 2")
                day = _iso(record[0], where)
                if day in values:
                    raise MarketsError(f"{where}: {day} occurs twice")
                if record[1] in ("", "."):
                    continue  # a US holiday: FRED writes no value
                checked = _number(record[1], where)
                assert checked is not None
                values[day] = checked
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise MarketsError(f"{path}: unreadable ({error})") from None
    if not values:
        raise MarketsError(f"{path}: no values")
    return values
