"""The embedded rates dataset (fxnorm/data/rates.sqlite) and its builder.

Expected values come from the raw files parsed here independently of the
builder (zipfile/csv/gzip/xlrd), or from published figures quoted in
data/raw/README.md; each is named where it is used. Nothing here touches the
internet: the --online build is pointed at a 127.0.0.1 http.server.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import hashlib
import importlib.util
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from fxnorm.currencies import active_codes, all_codes
from fxnorm.data import DATASET_PATH, rates_checksum
from fxnorm.rates.model import MARKETS, SIDES

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "data" / "raw"
BUILDER = REPO / "tools" / "build_rates.py"
SHIPPED = REPO / "fxnorm" / "data" / "rates.sqlite"
CATALOG = REPO / "fxnorm" / "data" / "sources.json"

ECB_ZIP = RAW / "ecb" / "eurofxref-hist.zip"
API_GZ = RAW / "fawazahmed0" / "usd-daily.csv.gz"
DATOS_CSV = RAW / "ars" / "datos-tipo-cambio-usd-futuro-dolar-frecuencia-diaria.csv"
BCRA_XLS = RAW / "ars" / "com3500.xls"

#: sha256 of the raw files, from the table in data/raw/README.md.
RAW_SHA256 = {
    "ecb/eurofxref-hist.zip": "73db21584dd46cebf5cd6df75ebb6de7afcdeebff52f54d5046ca8e459c0fbb3",
    "fawazahmed0/usd-daily.csv.gz": (
        "7bce837f3b5207bddef399670433b73f2d440f01b36b7c2d9b6f732a350dcb01"
    ),
    "fawazahmed0/snapshots.csv": (
        "8f35fb73569284d3e4750b8de3d421d0007682ebd903a509da15842ea1120306"
    ),
    "ars/datos-tipo-cambio-usd-futuro-dolar-frecuencia-diaria.csv": (
        "b9ceaffe8ddd798b3b637951ac73659b11e318822cc1400eb7fca453820f221a"
    ),
    "ars/com3500.xls": "81496c811e86f100bca445338b841f9d796919d84b019aa480a8addff41bce40",
    "ars/argentinadatos/blue.json": (
        "8b1a96e7ed45295646d2e8f8d66253a41d7e9168d139051761c113578ef19426"
    ),
    "ars/argentinadatos/bolsa.json": (
        "acfe8ca77fcceb5c090fca1f033bcd9108b4fb67ae54826e66d2f44684fd498d"
    ),
    "ars/argentinadatos/contadoconliqui.json": (
        "fc27f3c4306fa40464f726611cb4c2a044645946944bf551677a9cdee001cb21"
    ),
    "ars/argentinadatos/cripto.json": (
        "6337ef36380ae485e07b7a57ca9cf94c76fe42d627d0dd0c870d7e9afbc52bc2"
    ),
    "ars/argentinadatos/mayorista.json": (
        "cdfba6eb808ff766257c0ffb7f00ecfaf94c0c32b76feabfc08f246777bf4449"
    ),
    "ars/argentinadatos/oficial.json": (
        "00489c6ca3bb134b4977dd0aa661cf3cf04125de8f948c0831bb21cb49141871"
    ),
    "ars/argentinadatos/solidario.json": (
        "9a208ce2e72523b4243515c6b5b47303f15f620a8e8d7abe3a00873a5cff56a6"
    ),
    "ars/argentinadatos/tarjeta.json": (
        "fb5afb30109ce43faa0118a940dd2dd2ccad3b14e0ebde9d406ed72ba8e0e9af"
    ),
    "ars/dolarapi/dolarapi-dolares-observations.csv.gz": (
        "8cf3a0401e0ce77e8e3ea1f804d51f1586b403bb99ac25d5dd5f74f59a767635"
    ),
    "ars/dolarapi/ambito-dolares-observations.csv.gz": (
        "6a3e407b5a1bc954532f342bcd88283849f4949f0e8dc74bf7db5c91cd932a65"
    ),
    "fred/DEXCHUS.csv": "475a7d70dbcddc96c6a123395aed144396b44c50531915eb5c7e0618e31fba07",
    "fred/DEXCHUS-to-2025-09-26.csv": (
        "e6abcca98a54b7aa177230ec03c1d805361f84442af0aa7d821cde0a9d4949c3"
    ),
}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def db() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{SHIPPED.as_uri()}?mode=ro", uri=True)
    yield connection
    connection.close()


def _rates(connection: sqlite3.Connection, source: str) -> dict[tuple[str, str], str]:
    """{(currency, day): value} of one source's official single-figure (mid) rates."""
    query = (
        "SELECT currency, day, value FROM rates WHERE source = ? "
        "AND market = 'official' AND side = 'mid'"
    )
    return {(c, d): v for c, d, v in connection.execute(query, (source,))}


@pytest.fixture(scope="module")
def ecb_raw() -> dict[tuple[str, str], str]:
    """Every non-N/A cell of the ECB history file, parsed here with zipfile and csv."""
    with zipfile.ZipFile(ECB_ZIP) as archive:
        text = archive.read("eurofxref-hist.csv").decode("utf-8")
    records = list(csv.reader(io.StringIO(text)))
    header = records[0]
    cells = {}
    for record in records[1:]:
        for code, value in zip(header[1:], record[1:], strict=True):
            if code and value != "N/A":
                cells[(code, record[0])] = value
    return cells


@pytest.fixture(scope="module")
def datos_raw() -> dict[str, dict[str, str]]:
    """The Datos Argentina series by day, parsed here with csv."""
    with DATOS_CSV.open(encoding="utf-8", newline="") as handle:
        return {record["indice_tiempo"]: record for record in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def workbook(raw_a3500: dict[str, Decimal]) -> dict[str, Decimal]:
    """The BCRA's own com3500.xls A3500 series, read here with xlrd (conftest)."""
    return raw_a3500


@pytest.fixture(scope="module")
def api_raw() -> list[tuple[str, str, str]]:
    """(date, code, units_per_usd) rows of the combined snapshots, parsed here with gzip/csv."""
    with gzip.open(API_GZ, "rt", encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    assert records[0] == ["date", "code", "units_per_usd"]
    return [(d, c, v) for d, c, v in records[1:]]


def _run_builder(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, str(BUILDER), *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=240,
    )


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_rates", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while executing
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _meta(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()


# --------------------------------------------------------------------------- file and schema


def test_dataset_path_points_at_the_shipped_file() -> None:
    assert DATASET_PATH == SHIPPED
    assert SHIPPED.is_file()
    assert SHIPPED.stat().st_size < 12 * 1024 * 1024


def test_schema_and_pragmas(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA user_version").fetchone() == (2,)
    assert db.execute("PRAGMA page_size").fetchone() == (4096,)
    # A file left in WAL mode would need write access next to it; DELETE does not.
    assert SHIPPED.read_bytes()[18:20] == b"\x01\x01"
    kinds = dict(db.execute("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite%'"))
    assert kinds == {
        "sources": "table",
        "series": "table",
        "points": "table",
        "rates": "view",
        "rates_insert": "trigger",
        "rates_update": "trigger",
        "rates_delete": "trigger",
        "meta": "table",
    }
    columns = {
        table: [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        for table in ("sources", "series", "points", "rates", "meta")
    }
    assert columns == {
        "sources": [
            "id",
            "name",
            "publisher",
            "base",
            "url",
            "licence",
            "retrieved",
            "priority",
            "kind",
            "notes",
        ],
        "series": ["id", "source", "currency", "market", "side"],
        "points": ["series", "day", "value"],
        "rates": ["source", "currency", "market", "side", "day", "value"],
        "meta": ["key", "value"],
    }
    markets = {m for (m,) in db.execute("SELECT DISTINCT market FROM series")}
    assert markets == set(MARKETS)
    assert {s for (s,) in db.execute("SELECT DISTINCT side FROM series")} == set(SIDES)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sources_metadata(db: sqlite3.Connection) -> None:
    db.row_factory = sqlite3.Row
    try:
        sources = {row["id"]: dict(row) for row in db.execute("SELECT * FROM sources")}
    finally:
        db.row_factory = None
    assert sorted(sources) == ["argentinadatos", "bcra", "currency-api", "dolarapi", "ecb", "fed"]
    expected = {
        "ecb": (
            "EUR",
            0,
            "official",
            "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
        ),
        "bcra": (
            "USD",
            1,
            "official",
            "https://www.bcra.gob.ar/Pdfs/PublicacionesEstadisticas/com3500.xls",
        ),
        "currency-api": ("USD", 3, "aggregator", "https://github.com/fawazahmed0/exchange-api"),
        "fed": ("USD", 1, "official", "https://fred.stlouisfed.org/series/DEXCHUS"),
        "argentinadatos": (
            "USD",
            2,
            "aggregator",
            "https://github.com/enzonotario/esjs-argentina-datos-api",
        ),
        "dolarapi": ("USD", 2, "aggregator", "https://github.com/enzonotario/esjs-dolar-api"),
    }
    for source_id, (base, priority, kind, url) in expected.items():
        row = sources[source_id]
        assert (row["base"], row["priority"], row["kind"], row["url"]) == (
            base,
            priority,
            kind,
            url,
        )
        # data/raw/README.md: sections 1-3 obtained 2026-11-24, sections 4-6 2026-12-04.
        late = source_id in ("fed", "argentinadatos", "dolarapi")
        assert row["retrieved"] == ("2026-12-04" if late else "2026-11-24")
        assert row["name"] and row["publisher"] and row["licence"] and row["notes"]
    assert "public domain" in sources["fed"]["licence"] and "[DEXCHUS]" in sources["fed"]["licence"]
    assert "MIT" in sources["argentinadatos"]["licence"]
    assert "last quote" in sources["dolarapi"]["name"]
    assert sources["ecb"]["licence"].endswith('("Source: ECB")')
    assert sources["currency-api"]["licence"] == "not stated by the publisher"
    assert "Datos Argentina" in sources["bcra"]["publisher"]
    assert "datos.gob.ar" in sources["bcra"]["notes"]
    assert "float" in sources["currency-api"]["notes"]
    assert "irregular" in sources["currency-api"]["notes"]


def test_no_rate_is_quoted_in_its_own_base(db: sqlite3.Connection) -> None:
    query = (
        "SELECT COUNT(*) FROM rates r JOIN sources s ON s.id = r.source WHERE r.currency = s.base"
    )
    assert db.execute(query).fetchone() == (0,)


def test_every_value_is_a_positive_decimal_and_every_day_iso(db: sqlite3.Connection) -> None:
    for source, currency, day, value in db.execute(
        "SELECT source, currency, day, value FROM rates"
    ):
        assert dt.date.fromisoformat(day).isoformat() == day, (source, currency, day)
        assert Decimal(value) > 0, (source, currency, day, value)
        assert currency in all_codes(), (source, currency)


# --------------------------------------------------------------------------- ECB


def test_ecb_rows_are_exactly_the_raw_cells(
    db: sqlite3.Connection, ecb_raw: dict[tuple[str, str], str]
) -> None:
    # Same keys both ways and identical value strings ("7.9620" stays "7.9620").
    assert _rates(db, "ecb") == ecb_raw
    assert len(ecb_raw) == 221_702


def test_ecb_published_figures(db: sqlite3.Connection) -> None:
    ecb = _rates(db, "ecb")
    # Figures quoted in data/raw/README.md section 1.
    assert ecb[("USD", "2025-02-20")] == "1.0443"
    assert ecb[("CNY", "2025-02-20")] == "7.5807"
    assert ecb[("USD", "2025-09-24")] == "1.1756"
    assert ecb[("CNY", "2025-09-24")] == "8.3786"
    assert max(d for c, d in ecb if c == "RUB") == "2022-03-01"
    assert ecb[("RUB", "2022-03-01")] == "117.201"
    assert max(d for c, d in ecb if c == "BGN") == "2025-12-31"
    assert ecb[("BGN", "2025-12-31")] == "1.9558"
    isk = sorted(d for c, d in ecb if c == "ISK")
    assert not [d for d in isk if "2008-12-10" <= d <= "2018-01-31"]
    assert "2008-12-09" in isk
    days = sorted({d for _, d in ecb})
    assert (days[0], days[-1], len(days)) == ("1999-01-04", "2026-10-30", 7126)
    assert not [c for c, _ in ecb if c == "ARS"]


# --------------------------------------------------------------------------- BCRA


def test_bcra_has_no_weekend_rows(db: sqlite3.Connection) -> None:
    days = [d for _, d in _rates(db, "bcra")]
    assert days
    assert not [d for d in days if dt.date.fromisoformat(d).weekday() >= 5]


def test_bcra_published_figures(db: sqlite3.Connection) -> None:
    bcra = {d: v for (c, d), v in _rates(db, "bcra").items() if c == "ARS"}
    assert {c for c, _ in _rates(db, "bcra")} == {"ARS"}
    # Sample values and devaluation step from data/raw/README.md section 3a.
    # The BCRA's workbook (section 3b) starts a day before the series: 2002-03-04, 2.0083.
    assert min(bcra) == "2002-03-04"
    assert bcra["2002-03-04"] == "2.0083"
    assert bcra["2002-03-05"] == "1.9917"
    assert bcra["2010-01-04"] == "3.7975"
    assert bcra["2023-12-12"] == "366.5"
    assert bcra["2023-12-13"] == "799.975"
    assert bcra["2024-03-01"] == "842.75"
    assert bcra["2025-02-20"] == "1059.875"
    assert max(bcra) == "2025-03-28"
    assert bcra["2025-03-28"] == "1072.2917"


def test_bcra_holiday_fill_collapses(db: sqlite3.Connection) -> None:
    bcra = {d: v for (_, d), v in _rates(db, "bcra").items()}
    window = {d: v for d, v in bcra.items() if "2025-03-20" <= d <= "2025-03-28"}
    # The raw series reads 1071.3333 from Fri 2025-03-21 to Mon 2025-03-24 (Argentina's
    # 24 March holiday) with identical BNA and MAE quotes: only the Friday is a publication.
    # 2025-03-28 repeats 2025-03-27's A3500 but its BNA and MAE quotes moved: a business day.
    assert window == {
        "2025-03-20": "1069.8333",
        "2025-03-21": "1071.3333",
        "2025-03-25": "1071.5833",
        "2025-03-26": "1072.0833",
        "2025-03-27": "1072.2917",
        "2025-03-28": "1072.2917",
    }
    # Fixed holidays after the workbook ends (2021-07-20) are gone.
    for holiday in ("2021-12-08", "2022-05-25", "2023-05-25", "2024-05-01", "2024-12-25"):
        assert holiday not in bcra
    assert "2025-01-01" not in bcra


def test_bcra_values_equal_the_series(
    db: sqlite3.Connection, datos_raw: dict[str, dict[str, str]]
) -> None:
    rounded = 0
    for (_, day), value in _rates(db, "bcra").items():
        if day not in datos_raw:  # before the series begins: the BCRA's workbook
            assert day == "2002-03-04" and "tipo_cambio_a3500" not in datos_raw.get(day, {})
            continue
        published = datos_raw[day]["tipo_cambio_a3500"]
        if len(published.partition(".")[2]) <= 4:
            assert value == published, day
        else:
            # Float noise such as 2.3407999999999998: stored as the four-decimal figure.
            rounded += 1
            assert Decimal(value) == Decimal(published).quantize(Decimal("0.0001")), day
            assert len(value.partition(".")[2]) <= 4
    assert rounded == 234
    assert _rates(db, "bcra")[("ARS", "2002-03-15")] == "2.3408"
    assert _rates(db, "bcra")[("ARS", "2024-11-07")] == "995.3333"


def test_bcra_agrees_with_the_bcra_workbook(
    db: sqlite3.Connection, workbook: dict[str, Decimal]
) -> None:
    bcra = {d: Decimal(v) for (_, d), v in _rates(db, "bcra").items()}
    early = {d for d in bcra if d <= "2021-07-20"}
    # Up to the workbook's end the kept days are exactly its business days, from its first.
    assert early == set(workbook)
    differ = {d: (bcra[d], workbook[d]) for d in early if bcra[d] != workbook[d]}
    # The two differences documented in data/raw/README.md; the series' value is kept.
    assert differ == {
        "2010-01-25": (Decimal("3.8058"), Decimal("3.8059")),
        "2010-06-11": (Decimal("3.9222"), Decimal("3.923")),
    }


# --------------------------------------------------------------------------- currency-api


API_METALS = {"XAU", "XAG"}


def test_currency_api_rows_are_the_fiat_raw_rows(
    db: sqlite3.Connection, api_raw: list[tuple[str, str, str]]
) -> None:
    expected = {
        (code, day): value
        for day, code, value in api_raw
        if code != "USD"
        and (code in active_codes(dt.date.fromisoformat(day)) or code in API_METALS)
    }
    assert _rates(db, "currency-api") == expected


def test_currency_api_codes(db: sqlite3.Connection) -> None:
    rows = _rates(db, "currency-api")
    codes = {c for c, _ in rows}
    assert not codes & {"USD", "BTC", "ETH", "USDT", "DEM", "FRF", "VEF", "XDR"}
    assert {"ARS", "CNY", "EUR", "XAU", "XAG"} <= codes
    active = {day: active_codes(dt.date.fromisoformat(day)) for day in {d for _, d in rows}}
    for code, day in rows:
        assert code in API_METALS or code in active[day], (code, day)


def test_currency_api_sample_values(
    db: sqlite3.Connection, api_raw: list[tuple[str, str, str]]
) -> None:
    rows = _rates(db, "currency-api")
    raw = {(c, d): v for d, c, v in api_raw}
    # data/raw/README.md section 2, sample table (values rounded there to 4 or 6 decimals).
    table = {
        "2024-03-04": ("843.0221", "7.195935", "0.922292"),
        "2024-12-31": ("1030.8322", "7.295511", "0.960749"),
        "2025-02-12": ("1055.9202", "7.307776", "0.965361"),
        "2025-09-23": ("1410.1681", "7.111677", "0.846168"),
        "2026-09-29": ("1525.0273", "6.707784", "0.880226"),
    }
    for day, figures in table.items():
        for code, figure in zip(("ARS", "CNY", "EUR"), figures, strict=True):
            value = rows[(code, day)]
            assert value == raw[(code, day)]
            places = Decimal(figure).as_tuple().exponent
            assert isinstance(places, int)
            assert Decimal(value).quantize(Decimal(1).scaleb(places)) == Decimal(figure)
    days = sorted({d for _, d in rows})
    assert (days[0], days[-1], len(days)) == ("2024-03-02", "2026-09-29", 203)


# --------------------------------------------------------------------------- meta


def _independent_checksum(connection: sqlite3.Connection) -> str:
    rows = sorted(
        connection.execute(
            "SELECT s.source, s.currency, s.market, s.side, p.day, p.value "
            "FROM points p JOIN series s ON s.id = p.series"
        )
    )
    stream = "".join(f"{s},{c},{m},{e},{d},{v}\n" for s, c, m, e, d, v in rows)
    return hashlib.sha256(stream.encode("utf-8")).hexdigest()


def test_meta(db: sqlite3.Connection) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert set(meta) == {"schema", "built_at", "rates_sha256", "rows", "inputs", "builder"}
    assert meta["schema"] == "2"
    assert meta["builder"] == "tools/build_rates.py"
    assert meta["built_at"] == "2026-11-24T00:00:00Z"
    assert meta["rows"] == str(db.execute("SELECT COUNT(*) FROM rates").fetchone()[0])
    assert meta["rates_sha256"] == _independent_checksum(db)
    assert rates_checksum(db) == meta["rates_sha256"]
    inputs = json.loads(meta["inputs"])
    actual = {name: hashlib.sha256((RAW / name).read_bytes()).hexdigest() for name in inputs}
    assert inputs == actual == RAW_SHA256


def test_row_counts(db: sqlite3.Connection) -> None:
    counts = dict(db.execute("SELECT source, COUNT(*) FROM rates GROUP BY source").fetchall())
    # ECB, currency-api and the Fed's 11,167 rows: data/raw/README.md; the BCRA's series
    # and its workbook's first day; the markets' rows are counted in test_dataset_markets.
    assert {s: counts[s] for s in ("ecb", "bcra", "currency-api", "fed")} == {
        "ecb": 221_702,
        "bcra": 5_651,
        "currency-api": 31_384,
        "fed": 11_167,
    }
    assert set(counts) == {"ecb", "bcra", "currency-api", "fed", "argentinadatos", "dolarapi"}


# --------------------------------------------------------------------------- builder


def test_rebuild_is_reproducible(tmp_path: Path) -> None:
    output = tmp_path / "rates.sqlite"
    report = tmp_path / "rates-validation.md"
    result = _run_builder("--output", str(output), "--report", str(report))
    assert result.returncode == 0, result.stderr
    assert "2 differ; 2010-01-25" in result.stdout
    assert _meta(output) == _meta(SHIPPED)
    # The docs carry the build's cross-checks as they are today.
    docs = REPO / "docs" / "rates-validation.md"
    assert report.read_text(encoding="utf-8") == docs.read_text(encoding="utf-8")


def test_check_passes_on_the_shipped_file() -> None:
    result = _run_builder("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check: OK" in result.stdout


def test_check_fails_on_a_different_dataset(tmp_path: Path) -> None:
    altered = tmp_path / "rates.sqlite"
    shutil.copyfile(SHIPPED, altered)
    connection = sqlite3.connect(altered)
    with connection:
        connection.execute(
            "UPDATE rates SET value = '1.0444' WHERE source = 'ecb' AND currency = 'USD'"
            " AND day = '2025-02-20'"
        )
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'rates_sha256'", (rates_checksum(connection),)
        )
    connection.close()
    result = _run_builder("--check", "--output", str(altered))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "DIFFERENT" in result.stdout


@pytest.mark.parametrize(
    "damage",
    [
        "missing",
        "corrupt-zip",
        "corrupt-xls",
        "bad-csv",
        "corrupt-json",
        "changed-flaw",
        "corrupt-gzip",
        "fred-differs",
    ],
)
def test_bad_inputs_fail_with_one_line(tmp_path: Path, damage: str) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    ad = raw / "ars" / "argentinadatos"
    if damage == "missing":
        (raw / "ars" / "com3500.xls").unlink()
    elif damage == "corrupt-json":
        (ad / "blue.json").write_text('[{"casa": "blue", "compra": 4', encoding="utf-8")
    elif damage == "changed-flaw":  # a known-bad stretch no longer as described: not dropped
        records = json.loads((ad / "mayorista.json").read_text(encoding="utf-8"))
        for record in records:
            if record["fecha"] == "2023-12-20":
                record["compra"], record["venta"] = 805.5, 808.5  # as if fixed by the publisher
        (ad / "mayorista.json").write_text(json.dumps(records), encoding="utf-8")
    elif damage == "corrupt-gzip":
        (raw / "ars" / "dolarapi" / "dolarapi-dolares-observations.csv.gz").write_bytes(b"\x1f\x8b")
    elif damage == "fred-differs":
        path = raw / "fred" / "DEXCHUS.csv"
        path.write_text(path.read_text().replace("7.1426", "7.1427", 1), encoding="utf-8")
    elif damage == "corrupt-zip":
        (raw / "ecb" / "eurofxref-hist.zip").write_bytes(b"not a zip")
    elif damage == "corrupt-xls":
        (raw / "ars" / "com3500.xls").write_bytes(b"\xd0\xcf\x11\xe0 truncated")
    else:
        path = raw / "ars" / "datos-tipo-cambio-usd-futuro-dolar-frecuencia-diaria.csv"
        text = path.read_text(encoding="utf-8").replace("2010-06-14,", "2010-06-32,", 1)
        path.write_text(text, encoding="utf-8")
    output = tmp_path / "out.sqlite"
    result = _run_builder("--raw", str(raw), "--output", str(output))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()
    assert not list(tmp_path.glob("*.tmp"))


def test_parse_days_and_rounding() -> None:
    builder = _load_builder()
    days = builder.parse_days("2025-09-23, 2025-09-30..2025-10-02,2025-09-23")
    assert [d.isoformat() for d in days] == [
        "2025-09-23",
        "2025-09-30",
        "2025-10-01",
        "2025-10-02",
    ]
    bcra_value = sys.modules["rates_parse"].bcra_value  # loaded by the builder
    assert bcra_value("3.7560000000000002") == "3.756"
    assert bcra_value("8.413499999999999") == "8.4135"
    assert bcra_value("7.9620") == "7.9620"


# --------------------------------------------------------------------------- online (local server)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A 127.0.0.1 http.server over a temp folder; yields (base URL, folder)."""
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_online_build_against_a_local_server(
    tmp_path: Path, local_server: tuple[str, Path], db: sqlite3.Connection
) -> None:
    base, root = local_server
    for name in ("ecb/eurofxref-hist.zip", "ars/com3500.xls"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RAW / name, root / name)
    shutil.copyfile(DATOS_CSV, root / "series.csv")
    # currency-api documents in the project's real format. 2025-09-23 is served by the
    # main URL, 2025-09-24 only by the fallback, 2025-09-25 by neither (skipped).
    documents = {
        ("main", "2025-09-23"): {
            "date": "2025-09-23",
            "usd": {
                "ars": 1410.16810968,
                "cny": 7.11167746,
                "eur": 0.84616756,
                "usd": 1,
                "btc": 8.9e-06,
                "dem": 1.65494,
                "xau": 0.00026638,
            },
        },
        ("fallback", "2025-09-24"): {
            "date": "2025-09-24",
            "usd": {"ars": 1350.5, "cny": 7.12, "eur": 0.85, "usd": 1, "eth": 0.00024},
        },
    }
    for (kind, day), document in documents.items():
        path = root / kind / day / "usd.min.json"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(document), encoding="utf-8")
    output = tmp_path / "online.sqlite"
    saved = tmp_path / "saved-raw"
    env = {
        "FXNORM_ECB_URL": f"{base}/ecb/eurofxref-hist.zip",
        "FXNORM_DATOS_URL": f"{base}/series.csv",
        "FXNORM_CURRENCY_API_URL": f"{base}/main/{{date}}/usd.min.json",
        "FXNORM_CURRENCY_API_FALLBACK_URL": f"{base}/fallback/{{date}}/usd.min.json",
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }
    result = _run_builder(
        "--online",
        "--bcra-url",  # flags work as well as environment variables
        f"{base}/ars/com3500.xls",
        "--api-dates",
        "2025-09-23..2025-09-25",
        "--timeout",
        "10",
        "--save-raw",
        str(saved),
        "--output",
        str(output),
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no snapshot for 2025-09-25" in result.stdout
    for name in ("ecb/eurofxref-hist.zip", "ars/com3500.xls"):
        assert (saved / name).read_bytes() == (RAW / name).read_bytes()

    online = sqlite3.connect(f"{output.as_uri()}?mode=ro", uri=True)
    try:
        assert _rates(online, "ecb") == _rates(db, "ecb")
        assert _rates(online, "bcra") == _rates(db, "bcra")
        assert _rates(online, "currency-api") == {
            ("ARS", "2025-09-23"): "1410.16810968",
            ("CNY", "2025-09-23"): "7.11167746",
            ("EUR", "2025-09-23"): "0.84616756",
            ("XAU", "2025-09-23"): "0.00026638",
            ("ARS", "2025-09-24"): "1350.5",
            ("CNY", "2025-09-24"): "7.12",
            ("EUR", "2025-09-24"): "0.85",
        }
        # The sources fetched here were retrieved today; those read from raw files
        # that record their own retrieval date (sources.json) keep that date.
        today = dt.datetime.now(dt.timezone.utc).date().isoformat()
        catalog = json.loads(CATALOG.read_text(encoding="utf-8"))["sources"]
        retrieved = dict(online.execute("SELECT id, retrieved FROM sources"))
        assert retrieved == {
            source: catalog[source].get("retrieved", today) for source in retrieved
        }
        assert {retrieved[source] for source in ("ecb", "bcra", "currency-api")} == {today}
        inputs = json.loads(dict(online.execute("SELECT key, value FROM meta"))["inputs"])
        assert inputs["ecb/eurofxref-hist.zip"] == RAW_SHA256["ecb/eurofxref-hist.zip"]
        assert online.execute("SELECT value FROM meta WHERE key = 'rates_sha256'").fetchone() == (
            _independent_checksum(online),
        )
    finally:
        online.close()


def test_online_build_fails_cleanly_when_a_file_is_missing(
    tmp_path: Path, local_server: tuple[str, Path]
) -> None:
    base, _ = local_server
    # Every URL points at the local server, which has none of the files.
    env = {
        "FXNORM_ECB_URL": f"{base}/nothing.zip",
        "FXNORM_DATOS_URL": f"{base}/nothing.csv",
        "FXNORM_BCRA_URL": f"{base}/nothing.xls",
        "FXNORM_CURRENCY_API_URL": f"{base}/nothing/{{date}}.json",
        "FXNORM_CURRENCY_API_FALLBACK_URL": f"{base}/nothing/{{date}}.json",
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }
    output = tmp_path / "x.sqlite"
    result = _run_builder("--online", "--api-dates", "2025-09-23", "--output", str(output), env=env)
    assert result.returncode == 2
    assert "HTTP 404" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not output.exists()
