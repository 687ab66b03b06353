"""The package as users get it: the wheel carries the data, imports stay light."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from _helpers import bare_venv

ROOT = Path(__file__).resolve().parent.parent

# Modules that must never load on the default path (offline, cold start).
HEAVY = (
    "hypothesis",
    "pandas",
    "polars",
    "numpy",
    "requests",
    "httpx",
    "urllib3",
    "http.client",
    "urllib.request",
    "ssl",
    "forex_python",
    "matplotlib",
    "dask",
)


def loaded_modules(code: str) -> set[str]:
    probe = f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_import_fxnorm_loads_almost_nothing() -> None:
    modules = loaded_modules("import fxnorm")
    assert not [m for m in modules if m.split(".")[0] in {"babel", "dateutil", "sqlite3"}]
    assert not [m for m in HEAVY if m in modules]


def test_a_conversion_loads_no_network_or_test_code() -> None:
    modules = loaded_modules(
        "import fxnorm; fxnorm.convert(fxnorm.Money('380e9', 'CNY'), 'USD', on='2025-09-24')"
    )
    assert "fxnorm.rates.book" in modules
    assert not [m for m in HEAVY if m in modules]


def test_cli_convert_loads_no_network_or_test_code() -> None:
    modules = loaded_modules(
        "from fxnorm.cli import main\n"
        "main(['convert', '380000000000', 'CNY', '--to', 'USD', '--date', '2025-09-24'])"
    )
    assert not [m for m in HEAVY if m in modules]


@pytest.mark.slow
def test_wheel_carries_the_dataset_and_works_in_a_fresh_venv(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("fxnorm-*.whl")
    assert wheel.stat().st_size <= 10 * 1024 * 1024
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        headers = archive.read(metadata).decode("utf-8").split("\n\n", 1)[0].splitlines()
    # the licence as an SPDX expression and its text (core metadata 2.4)
    assert "License-Expression: Apache-2.0" in headers
    assert "License-File: LICENSE" in headers
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert {
        "fxnorm/data/rates.sqlite",
        "fxnorm/data/cldr/core.json",
        "fxnorm/data/cldr/en.json",
        "fxnorm/py.typed",
    } <= names

    # Dependencies come from this environment (tests run offline); fxnorm itself
    # only from the wheel, unpacked into the new venv's site-packages.
    python, purelib = bare_venv(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(purelib)
    here = sysconfig.get_paths()["purelib"]
    (purelib / "deps.pth").write_text(here + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [
            str(python),
            "-c",
            "import fxnorm, fxnorm.data, sys; print(fxnorm.data.DATASET_PATH);"
            "from fxnorm.cli import main; sys.exit(main(['convert', '380000000000', 'CNY', "
            "'--to', 'USD', '--date', '2025-09-24', '--json']))",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    location, payload = result.stdout.split("\n", 1)
    assert Path(location).is_relative_to(purelib)  # the data came from the wheel
    assert json.loads(payload)["rate"]["legs"][0]["value"] == "8.3786"
