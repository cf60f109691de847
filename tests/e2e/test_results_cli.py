"""The `report` and `keying report` commands, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inclusion_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_report_and_keying_report(tmp_path: Path) -> None:
    db = str(tmp_path / "bilan.sqlite")
    assert run("demo", "--db", db, "--submissions", "60", "--seed", "5").returncode == 0
    out = tmp_path / "fiches"
    made = run("report", "--db", db, "--out", str(out), "--json")
    assert made.returncode == 0, made.stderr
    payload = json.loads(made.stdout)
    assert payload["ok"] and Path(payload["territory"]).is_file()
    assert payload["respondents"] + payload["refusals"] == 60 and payload["refusals"] >= 0
    refused = run("report", "--db", str(tmp_path / "vide.sqlite"), "--out", str(out / "x"))
    assert refused.returncode == 1
    assert "Aucun questionnaire" in refused.stderr
    keying = run("keying", "report", "--db", db, "--json")
    assert keying.returncode == 0, keying.stderr
    figures = json.loads(keying.stdout)
    assert figures["ok"] is True  # like every other command
    assert figures["by_operator"] == [] and figures["pending_review"] == 0
    text = run("keying", "report", "--db", db)
    assert "Par personne" in text.stdout and "aucune saisie papier" in text.stdout


def test_command_line_help_and_errors_are_in_french() -> None:
    helped = run("--help")
    assert helped.returncode == 0
    assert "utilisation :" in helped.stdout and "usage:" not in helped.stdout
    assert "show this help" not in helped.stdout and "show program" not in helped.stdout
    wrong = run("report", "--db", "x")
    assert wrong.returncode == 2
    assert "erreur : arguments obligatoires manquants : --out" in wrong.stderr
