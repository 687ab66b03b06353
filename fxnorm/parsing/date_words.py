"""The curated words the date reader needs besides CLDR's month and day names.

Month and day names come from CLDR (:func:`fxnorm.cldr.month_names`,
:func:`~fxnorm.cldr.day_names`). What CLDR offers for relative dates
("last year", "this month") is not in babel's data (babel keeps only the
``in {0} years`` patterns), and CLDR has no list of the small words that make
a bare year or a month name a date ("in 2025", "en febrero", "seit 2020").
Those are written here, per language, as data; :mod:`.dates` reads them.

- :data:`RELATIVE`: phrase -> (offset, unit) from the time of writing:
  ``last year`` is (-1, "year"), ``this month`` (0, "month").
- :data:`BEFORE_TIME`: words after which a bare year or a month name alone
  is a date (``in 2025``, ``since February``). Those in :data:`FORWARD`
  point ahead (``by 2030``, ``hasta marzo``): a limit, not a time something
  happened.
- :data:`CONNECTORS`: words allowed between a day, a month and a year
  (``19 de septiembre de 2025``, ``the 24th of September``).
- :data:`CJK_UNITS`: the characters after a year and a day in Chinese,
  Japanese and Korean dates (``2025年9月24日``, ``2025년 9월 24일``); the month
  forms (``9月``, ``9월``) are CLDR's.

Languages without an entry still have their dates with numbers read
(``24 września 2025``); only bare years, month names alone and relative
phrases need these words.
"""

from __future__ import annotations

__all__ = ["BEFORE_TIME", "CJK_UNITS", "CONNECTORS", "CURRENT", "FORWARD", "RELATIVE"]

_Y, _M, _W, _D = "year", "month", "week", "day"


def _table(*rows: tuple[str, int, str]) -> dict[str, tuple[int, str]]:
    return {phrase: (offset, unit) for phrase, offset, unit in rows}


#: Relative phrases per language (matched case-insensitively, whole words).
RELATIVE: dict[str, dict[str, tuple[int, str]]] = {
    "en": _table(
        ("this year", 0, _Y),
        ("earlier this year", 0, _Y),
        ("so far this year", 0, _Y),
        ("later this year", 0, _Y),
        ("last year", -1, _Y),
        ("a year ago", -1, _Y),
        ("next year", 1, _Y),
        ("this month", 0, _M),
        ("earlier this month", 0, _M),
        ("last month", -1, _M),
        ("next month", 1, _M),
        ("this week", 0, _W),
        ("earlier this week", 0, _W),
        ("last week", -1, _W),
        ("next week", 1, _W),
        ("today", 0, _D),
        ("yesterday", -1, _D),
        ("tomorrow", 1, _D),
    ),
    "es": _table(
        ("este año", 0, _Y),
        ("en lo que va del año", 0, _Y),
        ("en lo que va de año", 0, _Y),
        ("el año pasado", -1, _Y),
        ("el año anterior", -1, _Y),
        ("el próximo año", 1, _Y),
        ("el año próximo", 1, _Y),
        ("el año que viene", 1, _Y),
        ("este mes", 0, _M),
        ("el mes pasado", -1, _M),
        ("el próximo mes", 1, _M),
        ("esta semana", 0, _W),
        ("la semana pasada", -1, _W),
        ("hoy", 0, _D),
        ("ayer", -1, _D),
    ),
    "pt": _table(
        ("este ano", 0, _Y),
        ("neste ano", 0, _Y),
        ("no ano passado", -1, _Y),
        ("o ano passado", -1, _Y),
        ("no próximo ano", 1, _Y),
        ("este mês", 0, _M),
        ("neste mês", 0, _M),
        ("no mês passado", -1, _M),
        ("o mês passado", -1, _M),
        ("esta semana", 0, _W),
        ("na semana passada", -1, _W),
        ("hoje", 0, _D),
        ("ontem", -1, _D),
    ),
    "fr": _table(
        ("cette année", 0, _Y),
        ("l'an dernier", -1, _Y),
        ("l'an passé", -1, _Y),
        ("l'année dernière", -1, _Y),
        ("l'an prochain", 1, _Y),
        ("l'année prochaine", 1, _Y),
        ("ce mois-ci", 0, _M),
        ("le mois dernier", -1, _M),
        ("le mois prochain", 1, _M),
        ("cette semaine", 0, _W),
        ("la semaine dernière", -1, _W),
        ("aujourd'hui", 0, _D),
        ("hier", -1, _D),
    ),
    "de": _table(
        ("dieses jahr", 0, _Y),
        ("in diesem jahr", 0, _Y),
        ("diesen jahres", 0, _Y),
        ("letztes jahr", -1, _Y),
        ("im vergangenen jahr", -1, _Y),
        ("vergangenes jahr", -1, _Y),
        ("im vorjahr", -1, _Y),
        ("nächstes jahr", 1, _Y),
        ("im nächsten jahr", 1, _Y),
        ("diesen monat", 0, _M),
        ("in diesem monat", 0, _M),
        ("letzten monat", -1, _M),
        ("im vergangenen monat", -1, _M),
        ("im vormonat", -1, _M),
        ("diese woche", 0, _W),
        ("letzte woche", -1, _W),
        ("vergangene woche", -1, _W),
        ("heute", 0, _D),
        ("gestern", -1, _D),
    ),
    "it": _table(
        ("quest'anno", 0, _Y),
        ("quest’anno", 0, _Y),
        ("l'anno scorso", -1, _Y),
        ("l’anno scorso", -1, _Y),
        ("l'anno prossimo", 1, _Y),
        ("questo mese", 0, _M),
        ("il mese scorso", -1, _M),
        ("questa settimana", 0, _W),
        ("la settimana scorsa", -1, _W),
        ("oggi", 0, _D),
        ("ieri", -1, _D),
    ),
    "nl": _table(
        ("dit jaar", 0, _Y),
        ("vorig jaar", -1, _Y),
        ("volgend jaar", 1, _Y),
        ("deze maand", 0, _M),
        ("vorige maand", -1, _M),
        ("vandaag", 0, _D),
        ("gisteren", -1, _D),
    ),
    # Chinese, Japanese and Korean phrases are read in any text: their scripts
    # say which language they are.
    "zh": _table(
        ("今年", 0, _Y),
        ("去年", -1, _Y),
        ("前年", -2, _Y),
        ("明年", 1, _Y),
        ("本月", 0, _M),
        ("上月", -1, _M),
        ("上个月", -1, _M),
        ("上個月", -1, _M),
        ("下个月", 1, _M),
        ("下個月", 1, _M),
        ("本周", 0, _W),
        ("本週", 0, _W),
        ("上周", -1, _W),
        ("上週", -1, _W),
        ("今天", 0, _D),
        ("昨天", -1, _D),
    ),
    "ja": _table(
        ("昨年", -1, _Y),
        ("来年", 1, _Y),
        ("今月", 0, _M),
        ("先月", -1, _M),
        ("来月", 1, _M),
        ("今週", 0, _W),
        ("先週", -1, _W),
        ("本日", 0, _D),
        ("昨日", -1, _D),
    ),
    "ko": _table(
        ("올해", 0, _Y),
        ("금년", 0, _Y),
        ("지난해", -1, _Y),
        ("작년", -1, _Y),
        ("내년", 1, _Y),
        ("이번 달", 0, _M),
        ("이달", 0, _M),
        ("지난달", -1, _M),
        ("다음 달", 1, _M),
        ("이번 주", 0, _W),
        ("지난주", -1, _W),
        ("오늘", 0, _D),
        ("어제", -1, _D),
    ),
}

#: Languages whose relative phrases are read whatever the locale.
SCRIPT_LANGUAGES = ("zh", "ja", "ko")

#: Words after which a bare year or a month name alone is a date (lower case).
BEFORE_TIME: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "in",
            "since",
            "during",
            "from",
            "of",
            "early",
            "late",
            "mid",
            "before",
            "after",
            "throughout",
            "between",
            "until",
            "till",
            "through",
            "by",
            "year",
            "fiscal",
            "this",
            "last",
            "next",
            "end",
            "start",
            "beginning",
        ]
    ),
    "es": frozenset(
        [
            "en",
            "desde",
            "durante",
            "de",
            "del",
            "hasta",
            "entre",
            "antes",
            "después",
            "principios",
            "finales",
            "mediados",
            "fines",
            "inicios",
            "pasado",
            "próximo",
            "año",
            "para",
        ]
    ),
    "pt": frozenset(
        [
            "em",
            "no",
            "na",
            "desde",
            "durante",
            "de",
            "do",
            "da",
            "até",
            "entre",
            "antes",
            "depois",
            "início",
            "final",
            "meados",
            "fim",
            "passado",
            "próximo",
            "ano",
            "para",
        ]
    ),
    "fr": frozenset(
        [
            "en",
            "depuis",
            "pendant",
            "de",
            "d",
            "dès",
            "jusqu",
            "jusqu'en",
            "avant",
            "après",
            "début",
            "fin",
            "mi",
            "courant",
            "ici",
            "année",
            "an",
        ]
    ),
    "de": frozenset(
        [
            "im",
            "in",
            "seit",
            "bis",
            "von",
            "vom",
            "ab",
            "anfang",
            "ende",
            "mitte",
            "jahr",
            "nach",
            "vor",
            "während",
            "zum",
            "für",
            "jahres",
        ]
    ),
    "it": frozenset(
        [
            "a",
            "in",
            "nel",
            "nell",
            "dal",
            "da",
            "di",
            "del",
            "fino",
            "entro",
            "inizio",
            "fine",
            "metà",
            "prima",
            "dopo",
            "durante",
            "anno",
        ]
    ),
    "nl": frozenset(["in", "sinds", "tot", "van", "begin", "eind", "medio", "voor", "na", "jaar"]),
    "ro": frozenset(["în", "in", "din", "de", "până", "anul", "începutul", "sfârșitul"]),
    "ca": frozenset(["el", "al", "del", "des", "de", "fins", "durant"]),
    "pl": frozenset(["w", "od", "do", "roku"]),
    "ru": frozenset(["в", "с", "до", "года", "году"]),
    "uk": frozenset(["у", "в", "з", "до", "року"]),
    "sv": frozenset(["i", "sedan", "från", "till", "under"]),
    "nb": frozenset(["i", "siden", "fra", "til"]),
    "da": frozenset(["i", "siden", "fra", "til"]),
}

#: The words of :data:`BEFORE_TIME` that point ahead: a deadline, not a date passed.
FORWARD = frozenset(
    [
        *("by", "until", "till", "through", "next", "hasta", "para", "próximo", "até"),
        *("jusqu", "jusqu'en", "ici", "bis", "zum", "fino", "entro", "tot", "până", "fins"),
        *("do", "до"),
    ]
)

#: Words inside a stated conversion that say it is at today's rate, whatever
#: time the sentence talks about (``Für 199 Milliarden Dollar (aktuell rund 178
#: Milliarden Euro) … im April 2000``): the sentence's date does not govern it.
CURRENT = frozenset(
    [
        *("currently", "today", "now", "current", "actualmente", "hoy", "actual"),
        *("atualmente", "hoje", "atual", "actuellement", "aujourd'hui", "actuel"),
        *("aktuell", "derzeit", "heute", "heutigen", "attualmente", "oggi", "acum"),
        *("現在", "目前", "当前", "현재"),
    ]
)

#: Words that may stand between a day, a month and a year, per language.
CONNECTORS: dict[str, frozenset[str]] = {
    "en": frozenset({"of", "the"}),
    "es": frozenset({"de", "del"}),
    "pt": frozenset({"de", "do"}),
    "fr": frozenset(),
    "de": frozenset(),
    "it": frozenset({"di", "del"}),
    "ca": frozenset({"de", "del", "d", "’", "'"}),
    "ro": frozenset(),
}

#: Year and day marks of Chinese, Japanese and Korean dates (the month marks are CLDR's).
CJK_UNITS = {"year": ("年", "년"), "day": ("日", "号", "號", "일")}
