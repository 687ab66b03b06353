#!/usr/bin/env python3
"""Write ``fxnorm/data/cldr_tables.json``: the slices of CLDR the parser's
lexicons are built from, read from the installed babel.

The first lexicon reads the currency symbols of about sixty home locales and
the currency names and compact formats of the parser's languages; from babel
that takes about 0.3 s (each locale's whole data file is loaded). The file
holds exactly what :mod:`fxnorm.parsing.cldr` would read, so that a cold
``fxnorm convert "380 billion yuan"`` does not pay for it. It is used only with
the CLDR version it records; run this again after upgrading babel (the test
``tests/test_cldr_tables.py`` says when).

Usage::

    python tools/build_cldr_tables.py          # write the file
    python tools/build_cldr_tables.py --check  # exit 1 if the file differs from babel's data
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fxnorm.parsing import cldr, lexicon  # noqa: E402


def every_code() -> frozenset[str]:
    """Every code CLDR has ever listed for a territory, and the historic ones the
    lexicon reads: a superset of the codes active on any day."""
    from babel.core import get_global

    codes = {
        str(entry[0])
        for entries in get_global("territory_currencies").values()
        for entry in entries
    }
    return frozenset(codes) | lexicon.HISTORIC_CODES


#: Languages whose month and day names are extracted, for dates written in text:
#: the parser's languages and the others whose news it reads.
CALENDAR_LANGUAGES = (
    *("en", "es", "pt", "fr", "de", "it", "nl", "ro", "ca", "pl", "cs", "ru", "uk"),
    *("sv", "nb", "da", "fi", "tr", "el", "hu", "id", "ms", "vi", "th"),
    *("zh", "zh_Hant", "ja", "ko", "hi", "ta", "bn", "ar", "he", "fa"),
)


def content() -> str:
    locales = list(dict.fromkeys((*lexicon.LANGUAGES, *lexicon.HOME_LOCALES)))
    calendars = list(dict.fromkeys((*lexicon.LANGUAGES, *CALENDAR_LANGUAGES)))
    data = cldr.extract(locales, list(lexicon.LANGUAGES), every_code(), calendars)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = content()
    if args.check:
        current = cldr.TABLES_PATH.read_text(encoding="utf-8") if cldr.TABLES_PATH.exists() else ""
        if current != text:
            print(f"{cldr.TABLES_PATH.relative_to(ROOT)} differs from babel's CLDR data")
            return 1
        print(f"{cldr.TABLES_PATH.relative_to(ROOT)} matches CLDR {cldr.cldr_version()}")
        return 0
    cldr.TABLES_PATH.write_text(text, encoding="utf-8")
    size = len(text.encode())
    print(
        f"wrote {cldr.TABLES_PATH.relative_to(ROOT)} ({size:,} bytes, CLDR {cldr.cldr_version()})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
