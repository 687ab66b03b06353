"""The European Central Bank's euro foreign exchange reference rates, online.

The ECB publishes the same series in several files under one address
(``https://www.ecb.europa.eu/stats/eurofxref``; ``FXNORM_ECB_URL`` or
``base_url=`` point elsewhere):

- ``eurofxref-daily.xml``: the latest business day;
- ``eurofxref-hist-90d.xml``: the last 90 days or so;
- ``eurofxref-hist.xml`` and ``eurofxref-hist.zip`` (``eurofxref-hist.csv``
  inside): every day since 1999-01-04.

The XML files are a ``gesmes:Envelope`` holding ``<Cube time='YYYY-MM-DD'>``
elements, each with ``<Cube currency='USD' rate='1.1756'/>`` children; the CSV
has a ``Date`` column and one column per currency (a trailing comma on every
line, ``N/A`` where there is no rate). Values are kept exactly as written.
The feed is chosen by the dates asked for: the 90-day XML when it reaches
back far enough, else the full history zip. Rows are written under the id
``ecb``, the same series as the embedded data.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Callable, Iterator

from ...errors import InvalidInputError, SourceUnavailableError
from .base import Fetch, HttpClient, RateSource, Row, iso_day, number_text

__all__ = ["DEFAULT_URL", "FEEDS", "ECBSource", "parse_csv", "parse_xml", "parse_zip"]

DEFAULT_URL = "https://www.ecb.europa.eu/stats/eurofxref"

#: Feed name -> file under the base address.
FEEDS = {
    "daily": "eurofxref-daily.xml",
    "90d": "eurofxref-hist-90d.xml",
    "hist-xml": "eurofxref-hist.xml",
    "hist": "eurofxref-hist.zip",
}
#: The 90-day file covers a little over 60 business days; ask for the full history before that.
NINETY_DAY_REACH = 85

_NS_REF = "{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}"
_NS_GESMES = "{http://www.gesmes.org/xml/2002-08-01}"
_MAX_CSV_BYTES = 64 * 1024 * 1024


class ECBSource(RateSource):
    """ECB reference rates (units per 1 EUR) fetched from the ECB's eurofxref files."""

    name = source_id = "ecb"
    env = "FXNORM_ECB_URL"
    default_url = DEFAULT_URL

    def __init__(
        self,
        base_url: str | None = None,
        *,
        http: HttpClient | None = None,
        feed: str | None = None,
        today: Callable[[], _dt.date] = _dt.date.today,
    ) -> None:
        super().__init__(base_url, http=http)
        if feed is not None and feed not in FEEDS:
            raise InvalidInputError(f"unknown ECB feed {feed!r}; choose one of {', '.join(FEEDS)}")
        self.feed = feed
        self._today = today

    def feed_for(self, start: _dt.date, end: _dt.date) -> str:
        """The smallest file that holds ``start``..``end``."""
        if self.feed is not None:
            return self.feed
        if start >= self._today() - _dt.timedelta(days=NINETY_DAY_REACH):
            return "90d"
        return "hist"

    def ask(self, fetch: Fetch) -> Iterator[tuple[int, int]]:
        start, end = fetch.start, fetch.end
        feed = self.feed_for(start, end)
        url = f"{self.base_url}/{FEEDS[feed]}"
        yield 0, 1
        response = self.http.get(url, label=self.name)
        where = f"{self.name}: {url}"
        table = (
            parse_zip(response.body, where) if feed == "hist" else parse_xml(response.body, where)
        )
        rows, unknown = _rows(table)
        fetch.rows.extend(rows)
        fetch.sources.append(self.describe(url))
        if unknown:
            fetch.notes.append(
                f"ecb: skipped codes CLDR does not know: {', '.join(sorted(unknown))}"
            )
        if not table:
            fetch.notes.append(f"ecb: {FEEDS[feed]} lists no rates")


def _rows(table: dict[str, dict[str, str]]) -> tuple[list[Row], set[str]]:
    from ...currencies import all_codes

    known = all_codes()
    rows: list[Row] = []
    unknown: set[str] = set()
    for day, rates in table.items():
        for code, value in rates.items():
            if code in known and code != "EUR":
                rows.append(("ecb", code, day, value))
            else:
                unknown.add(code)
    return rows, unknown


def parse_xml(body: bytes, where: str = "ecb") -> dict[str, dict[str, str]]:
    """``{day: {code: value}}`` from an eurofxref XML file (daily, 90-day or history).

    Raises SourceUnavailableError for anything that is not such a file:
    malformed or truncated XML, an HTML error page, bad dates or values.
    """
    import xml.etree.ElementTree as ET

    if b"<!DOCTYPE" in body[:1024] or b"<!ENTITY" in body[:4096]:
        raise SourceUnavailableError(f"{where}: not an ECB eurofxref file (it declares a DTD)")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise SourceUnavailableError(
            f"{where}: not well-formed XML ({error}); the answer may be truncated"
        ) from None
    if root.tag != f"{_NS_GESMES}Envelope":
        raise SourceUnavailableError(f"{where}: not an ECB eurofxref file (root {root.tag!r})")
    table: dict[str, dict[str, str]] = {}
    for day_cube in root.iter(f"{_NS_REF}Cube"):
        day = day_cube.get("time")
        if day is None:
            continue
        day = iso_day(day, where)
        if day in table:
            raise SourceUnavailableError(f"{where}: {day} occurs twice")
        rates: dict[str, str] = {}
        for cube in day_cube:
            code, value = cube.get("currency"), cube.get("rate")
            if not code or value is None or len(code) != 3 or not code.isupper():
                raise SourceUnavailableError(f"{where}: {day}: a rate without a valid currency")
            rates[code] = number_text(value, f"{where} {day} {code}")
        table[day] = rates
    return table


def parse_zip(body: bytes, where: str = "ecb") -> dict[str, dict[str, str]]:
    """``{day: {code: value}}`` from ``eurofxref-hist.zip`` (or the daily ``eurofxref.zip``)."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
    except zipfile.BadZipFile as error:
        raise SourceUnavailableError(
            f"{where}: not a zip file ({error}); the answer may be truncated"
        ) from None
    with archive:
        members = [i for i in archive.infolist() if i.filename.lower().endswith(".csv")]
        if len(members) != 1:
            raise SourceUnavailableError(f"{where}: expected one CSV file inside the zip")
        member = members[0]
        if member.file_size > _MAX_CSV_BYTES:
            raise SourceUnavailableError(f"{where}: {member.filename} is implausibly large")
        try:
            data = archive.read(member)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise SourceUnavailableError(f"{where}: {member.filename}: {error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceUnavailableError(f"{where}: {member.filename} is not UTF-8") from None
    return parse_csv(text, f"{where}:{member.filename}")


def parse_csv(text: str, where: str = "ecb") -> dict[str, dict[str, str]]:
    """``{day: {code: value}}`` from the ECB CSV (``Date,USD,JPY,…,``; ``N/A`` skipped)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader, [])]
    if not header or header[0] != "Date":
        raise SourceUnavailableError(f"{where}: does not start with a Date column")
    columns = [(index, code) for index, code in enumerate(header) if index and code]
    codes = [code for _, code in columns]
    if len(set(codes)) != len(codes):
        raise SourceUnavailableError(f"{where}: a currency column occurs twice")
    table: dict[str, dict[str, str]] = {}
    for line, record in enumerate(reader, start=2):
        if not record or not "".join(record).strip():
            continue
        if len(record) != len(header):
            raise SourceUnavailableError(
                f"{where} line {line}: {len(record)} fields, the header has {len(header)}"
                " (truncated?)"
            )
        day = iso_day(_csv_day(record[0].strip()), f"{where} line {line}")
        if day in table:
            raise SourceUnavailableError(f"{where} line {line}: {day} occurs twice")
        rates: dict[str, str] = {}
        for index, code in columns:
            cell = record[index].strip()
            if cell and cell != "N/A":
                rates[code] = number_text(cell, f"{where} line {line} {code}")
        table[day] = rates
    return table


def _csv_day(text: str) -> str:
    """ISO as is; the daily CSV writes ``24 September 2025``."""
    if text[:4].isdigit():
        return text
    try:
        return _dt.datetime.strptime(text, "%d %B %Y").date().isoformat()
    except ValueError:
        return text
