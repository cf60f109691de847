"""The command line tells a refusal (exit 1, its reason) from a bug (exit 70, its own message)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from inclusion_desktop.cli import EXIT_REFUSED, EXIT_UNEXPECTED
from inclusion_desktop.store import Store

# Runs the command with one store function replaced by a bug: a KeyError whose message quotes
# an answer, as a bug in real code might.
BROKEN_COMMAND = textwrap.dedent(
    """
    import sys
    from inclusion_desktop.__main__ import main
    from inclusion_desktop.store import Store

    def conflicts(self):
        raise KeyError("réponse confidentielle de Mme Dupont")

    Store.conflicts = conflicts
    sys.exit(main(sys.argv[1:]))
    """
)


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Runs BROKEN_COMMAND with ARGS, user directories (the log among them) inside tmp_path."""
    home = tmp_path / "home"
    env = dict(os.environ)
    env.pop("INCLUSION_DB", None)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-c", BROKEN_COMMAND, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def test_a_bug_is_an_unexpected_error_with_its_traceback_in_the_log(tmp_path: Path) -> None:
    db = tmp_path / "coordination.sqlite"
    Store.open(str(db)).close()

    result = _run(tmp_path, "conflicts", "--db", str(db))

    assert result.returncode == EXIT_UNEXPECTED != EXIT_REFUSED
    assert result.stdout == ""
    assert result.stderr.startswith("Erreur inattendue : ce n'est pas un refus"), result.stderr
    assert not result.stderr.startswith("Erreur : ")  # the prefix of a refusal
    logs = list((tmp_path / "home" / "state").rglob("*.log"))
    assert len(logs) == 1 and str(logs[0]) in result.stderr
    log = logs[0].read_text(encoding="utf-8")
    assert "Erreur inattendue" in log and "KeyError" in log and "in conflicts" in log
    # Neither the log nor the screen repeats the message: it may quote an answer.
    assert "Dupont" not in log and "Dupont" not in result.stderr


def test_a_bug_in_json_mode_has_its_own_code(tmp_path: Path) -> None:
    db = tmp_path / "coordination.sqlite"
    Store.open(str(db)).close()

    result = _run(tmp_path, "conflicts", "--db", str(db), "--json")

    assert result.returncode == EXIT_UNEXPECTED
    payload = json.loads(result.stdout)
    assert payload["ok"] is False and payload["code"] == "unexpected"
    assert payload["error"].startswith("Erreur inattendue")


def test_a_refusal_keeps_exit_status_1_and_says_why(tmp_path: Path) -> None:
    db = tmp_path / "coordination.sqlite"
    Store.open(str(db)).close()
    missing = tmp_path / "phrase.txt"

    result = _run(
        tmp_path,
        "export",
        "--db",
        str(db),
        "--out",
        "x.zip",
        "--passphrase-file",
        str(missing),
        "--json",
    )

    assert result.returncode == EXIT_REFUSED
    payload = json.loads(result.stdout)
    assert payload["code"] == "bundle.passphrase_unreadable"
    reason = "fichier ou dossier introuvable"
    assert payload["error"] == f"phrase de passe illisible ({missing}) : {reason}"
    assert not list((tmp_path / "home" / "state").rglob("*.log"))  # a refusal is no bug
