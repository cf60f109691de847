"""The sync commands as a user runs them: export to a key, merge on the coordinator's laptop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
KOBO = ROOT / "tests" / "reference-data" / "kobo-exports"


def run_cli(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m inclusion_desktop ARGS` with user directories kept inside tmp_path."""
    env = dict(os.environ)
    env.pop("INCLUSION_DB", None)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "inclusion_desktop", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def as_json(process: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(process.stdout)


def test_export_merge_and_refusal_from_the_command_line(tmp_path: Path) -> None:
    laptop = tmp_path / "portable.sqlite"
    coordinator = tmp_path / "coordination.sqlite"
    secret = tmp_path / "phrase.txt"
    secret.write_text("Sambre 2025\n", encoding="utf-8")
    assert run_cli(tmp_path, "demo", "--db", laptop, "--submissions", "6").returncode == 0
    out = tmp_path / "jour1.idbundle"
    exported = run_cli(
        tmp_path, "export", "--db", laptop, "--out", out, "--passphrase-file", secret, "--json"
    )
    assert exported.returncode == 0, exported.stderr
    assert as_json(exported)["submissions"] == 6 and as_json(exported)["encrypted"]
    # This laptop's exports are encrypted: one without the passphrase is refused, not clear.
    clear = run_cli(tmp_path, "export", "--db", laptop, "--out", tmp_path / "clair.idbundle")
    assert clear.returncode == 1 and "chiffrés" in clear.stderr
    assert not (tmp_path / "clair.idbundle").exists()
    nothing = run_cli(
        tmp_path,
        "export",
        "--db",
        laptop,
        "--out",
        tmp_path / "j2.idbundle",
        "--since-last",
        "--passphrase-file",
        secret,
    )
    assert nothing.returncode == 0 and "0 questionnaire," in nothing.stdout
    assert "la clé peut être retirée" in nothing.stdout
    broken = tmp_path / "abime.idbundle"
    broken.write_bytes(out.read_bytes()[:-40])
    merged = run_cli(
        tmp_path, "merge", "--db", coordinator, out, broken, "--passphrase-file", secret, "--json"
    )
    assert merged.returncode == 1
    report = as_json(merged)
    assert [r["ok"] for r in report["preview"]] == [True, False]
    assert report["merged"][0]["new"] == 6
    assert "après chiffrement" in report["preview"][1]["refused_reason"]
    text = run_cli(tmp_path, "merge", "--db", coordinator, out, "--passphrase-file", secret)
    assert text.returncode == 0 and "6 déjà présents" in text.stdout
    wrong = tmp_path / "mauvaise.txt"
    wrong.write_text("autre\n", encoding="utf-8")
    refused = run_cli(tmp_path, "merge", "--db", coordinator, out, "--passphrase-file", wrong)
    assert refused.returncode == 1 and "phrase de passe incorrecte" in refused.stdout
    conflicts = run_cli(tmp_path, "conflicts", "--db", coordinator, "--json")
    assert as_json(conflicts) == {"ok": True, "conflicts": []}
    full = run_cli(
        tmp_path,
        "export",
        "--db",
        laptop,
        "--out",
        tmp_path / "ro" / "x.idbundle",
        "--passphrase-file",
        secret,
    )
    assert full.returncode == 1 and "n'existe pas" in full.stderr


@pytest.mark.skipif(not KOBO.is_dir(), reason="reference data not at hand")
def test_data_import_then_export(tmp_path: Path) -> None:
    db = tmp_path / "kobo.sqlite"
    folder = KOBO / "niger-msna-2020"
    form = folder / "form" / "MSNA_Outil_Collecte_FINAL_V6.xlsx"
    data = folder / "export-2020-08-02" / "data.csv"
    imported = run_cli(tmp_path, "data", "import", "--db", db, "--form", form, data, "--json")
    assert imported.returncode == 0, imported.stderr
    assert as_json(imported)["created"] == 87
    out = tmp_path / "table.csv"
    exported = run_cli(tmp_path, "data", "export", "--db", db, "--format", "csv", "--out", out)
    assert exported.returncode == 0, exported.stderr
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "_uuid" in header and "_device" in header
    assert any(column.endswith("/raison_depart/etude") for column in header)
