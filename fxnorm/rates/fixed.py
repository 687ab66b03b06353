"""Rates fixed by law: the euro's conversion rates, the CFA parity, the peso's convertibility.

Two kinds of currency have a rate to the euro that nobody publishes daily
because it never changes:

* the national currencies the euro replaced (``DEM``, ``FRF``, ``ITL`` … and
  later ``GRD``, ``SIT``, ``CYP``, ``MTL``, ``SKK``, ``EEK``, ``LVL``,
  ``LTL``, ``HRK``, ``BGN``): the Council of the European Union fixed each
  one irrevocably on the day the country adopted the euro. The rate stays the
  legal one after the old notes stopped circulating, which is what a reader
  of an old article needs (``10 Milliarden Mark`` in 2001);
* the West and Central African CFA francs (``XOF``, ``XAF``) and the Comorian
  franc (``KMF``), pegged to the euro since 1999 at the parities that carried
  over their French-franc pegs (Council Decision 98/683/EC).

Each rate is given here as written in its legal act (units per 1 EUR) with
the day it took effect, and served as a source of ``kind="fixed"``: a
:class:`~fxnorm.rates.RateBook` answers any day on or after that day with it,
as a publication of that day (so a converted figure says "fixed since
1999-01-01"), and no day before it. The ECB's daily series answer first for
the days they cover (``HRK`` until 2022, ``BGN`` until 2025), since the
sources are ranked by priority and then by name.

A third kind ended: Argentina's convertibility law (Ley 23.928) fixed the
currency at 10,000 australes, from 1992 one peso, to the US dollar from
1991-04-01 until the public emergency law (Ley 25.561) abolished the parity
on 2002-01-06. It is the source ``convertibility`` (base USD), in force on
those days only (:data:`ENDED_PEGS`). Between its end and the BCRA's first
Comunicación "A" 3500 reference rate (2002-03-04) the peso floated, first in
a dual market; fxnorm has no published rate for those weeks, and a query for
one gets an error naming the spans that exist.
"""

from __future__ import annotations

import datetime as _dt

from .catalog import describe
from .memory import MemoryStore

__all__ = ["ENDED_PEGS", "FIXED_RATES", "SOURCE_IDS", "fixed_store"]

_EURO_ACT = "Council Regulation (EC) No 2866/98 of 31 December 1998"

#: (source, code, units per 1 EUR as in the legal act, in force from, the act)
FIXED_RATES: tuple[tuple[str, str, str, str, str], ...] = (
    ("euro-fixed", "ATS", "13.7603", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "BEF", "40.3399", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "DEM", "1.95583", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "ESP", "166.386", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "FIM", "5.94573", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "FRF", "6.55957", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "IEP", "0.787564", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "ITL", "1936.27", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "LUF", "40.3399", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "NLG", "2.20371", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "PTE", "200.482", "1999-01-01", _EURO_ACT),
    ("euro-fixed", "GRD", "340.750", "2001-01-01", "Council Regulation (EC) No 1478/2000"),
    ("euro-fixed", "SIT", "239.640", "2007-01-01", "Council Regulation (EC) No 1086/2006"),
    ("euro-fixed", "CYP", "0.585274", "2008-01-01", "Council Regulation (EC) No 1135/2007"),
    ("euro-fixed", "MTL", "0.429300", "2008-01-01", "Council Regulation (EC) No 1134/2007"),
    ("euro-fixed", "SKK", "30.1260", "2009-01-01", "Council Regulation (EC) No 694/2008"),
    ("euro-fixed", "EEK", "15.6466", "2011-01-01", "Council Regulation (EU) No 671/2010"),
    ("euro-fixed", "LVL", "0.702804", "2014-01-01", "Council Regulation (EU) No 870/2013"),
    ("euro-fixed", "LTL", "3.45280", "2015-01-01", "Council Regulation (EU) No 851/2014"),
    ("euro-fixed", "HRK", "7.53450", "2023-01-01", "Council Regulation (EU) 2022/1208"),
    (
        "euro-fixed",
        "BGN",
        "1.95583",
        "2026-01-01",
        "Council Regulation of July 2025 amending Regulation (EC) No 2866/98 (Bulgaria)",
    ),
    ("cfa-peg", "XOF", "655.957", "1999-01-01", "Council Decision 98/683/EC"),
    ("cfa-peg", "XAF", "655.957", "1999-01-01", "Council Decision 98/683/EC"),
    ("cfa-peg", "KMF", "491.96775", "1999-01-01", "Council Decision 98/683/EC"),
)

#: Pegs fixed by law that have ended: (source, code, units per 1 unit of the
#: source's base, in force from, last day in force, the act that fixed it, the
#: act that ended it).
ENDED_PEGS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    (
        "convertibility",
        "ARS",
        "1",
        "1991-04-01",
        "2002-01-06",
        "Ley 23.928 de Convertibilidad del Austral (27 March 1991)",
        "Ley 25.561 de Emergencia Pública y Reforma del Régimen Cambiario (6 January 2002)",
    ),
)

#: The sources of these rates (fxnorm/data/sources.json has their descriptions).
SOURCE_IDS = ("euro-fixed", "cfa-peg", "convertibility")


class _FixedStore(MemoryStore):
    """A MemoryStore whose series cover every day from their first to today (or their end)."""

    def market_spans(self, source: str) -> dict[tuple[str, str], tuple[_dt.date, _dt.date]]:
        today = _dt.date.today()
        found = {}
        for key, (first, _) in super().market_spans(source).items():
            series = self.series(source, key[0], key[1])
            end = today if series is None or series.until is None else _ended(series.until)
            found[key] = (first, max(first, end))
        return found


def _ended(until: int) -> _dt.date:
    return min(_dt.date.fromordinal(until), _dt.date.today())


def fixed_store() -> MemoryStore:
    """The fixed rates as a store named ``fixed`` (:func:`~fxnorm.rates.book.default_book`)."""
    rates: dict[str, dict[str | tuple[str, str], dict[_dt.date | str, str]]] = {}
    until: dict[tuple[str, str], _dt.date | str] = {}
    for source, code, value, since, _ in FIXED_RATES:
        rates.setdefault(source, {})[code] = {since: value}
    for source, code, value, since, last, _, _ in ENDED_PEGS:
        rates.setdefault(source, {})[code] = {since: value}
        until[(source, code)] = last
    sources = [describe(source_id, channel="embedded") for source_id in SOURCE_IDS]
    return _FixedStore(sources, rates, name="fixed", until=until)
