"""The raw publisher files of the embedded dataset: where they are, and one error.

Shared by the jobs of ``tools/build_rates.py``: fetching the files
(``rates_fetch.py``), reading them (``rates_parse.py``, ``build_markets.py``),
cross-checking them (``rates_validate.py``) and writing the dataset
(``rates_write.py``). The layout is the same online and offline;
``data/raw/README.md`` has each file's provenance.
"""

from __future__ import annotations

import csv
import hashlib
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW = REPO_ROOT / "data" / "raw"
DEFAULT_OUTPUT = REPO_ROOT / "fxnorm" / "data" / "rates.sqlite"

#: Day the shipped raw files were obtained (see data/raw/README.md).
RAW_RETRIEVED = "2026-11-24"

# Raw files, relative to the raw folder (the same layout online and offline).
ECB_ZIP = "ecb/eurofxref-hist.zip"
API_CSV = "fawazahmed0/usd-daily.csv.gz"
API_SNAPSHOTS = "fawazahmed0/snapshots.csv"
DATOS_CSV = "ars/datos-tipo-cambio-usd-futuro-dolar-frecuencia-diaria.csv"
BCRA_XLS = "ars/com3500.xls"
AD_CASAS = (
    "blue", "bolsa", "contadoconliqui", "cripto", "mayorista", "oficial", "solidario", "tarjeta",
)  # fmt: skip
AD_FILES = tuple(f"ars/argentinadatos/{casa}.json" for casa in AD_CASAS)
DOLARAPI_FILES = (
    "ars/dolarapi/dolarapi-dolares-observations.csv.gz",
    "ars/dolarapi/ambito-dolares-observations.csv.gz",
)
FRED_FILES = ("fred/DEXCHUS.csv", "fred/DEXCHUS-to-2025-09-26.csv")
#: Inputs --online cannot download (a git history, FRED's dated copies): the
#: shipped copies are used.
SHIPPED_ONLY = (*AD_FILES, *DOLARAPI_FILES, *FRED_FILES)
REQUIRED_FILES = (ECB_ZIP, API_CSV, DATOS_CSV, BCRA_XLS, *SHIPPED_ONLY)
#: Files hashed into meta.inputs when present (snapshots.csv is provenance only).
INPUT_FILES = (ECB_ZIP, API_CSV, API_SNAPSHOTS, DATOS_CSV, BCRA_XLS, *SHIPPED_ONLY)

#: The columns of the combined currency-api snapshots file.
API_HEADER = ["date", "code", "units_per_usd"]

#: How a job reports what it did, one line at a time.
Report = Callable[[str], None]

_T = TypeVar("_T")


class BuildError(Exception):
    """An input is missing, unreadable or fails a consistency check (exit status 2)."""


#: The many ways a corrupt input fails while it is read (fxnorm's
#: SourceUnavailableError, raised by the library's parsers, is an OSError).
INPUT_ERRORS = (
    OSError,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    struct.error,
    csv.Error,
    zipfile.BadZipFile,
)


def reading(path: Path, parse: Callable[[], _T]) -> _T:
    """Run a parser, turning the many ways a corrupt file fails into one BuildError."""
    try:
        return parse()
    except BuildError:
        raise
    except INPUT_ERRORS as error:
        detail = str(error).replace("\n", " ") or type(error).__name__
        raise BuildError(f"{path}: unreadable or corrupt input ({detail})") from error


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes, as recorded in meta.inputs and the raw README."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def store(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, making its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
