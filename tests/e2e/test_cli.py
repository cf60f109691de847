"""End-to-end tests of the console commands, run as a user runs them: a separate process.

`form check` must say in French what a form holds or why it is refused (with the row and the
column to fix), and `demo` must give the same data for the same seed, every questionnaire valid.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from inclusion_desktop.questionnaire.loader import load_form, load_form_bytes
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RESIDENT_FORM = ROOT / "resources" / "questionnaires" / "habitants.xlsx"
REFERENCE_FORMS = ROOT / "tests" / "reference-data" / "xlsforms"

BROKEN_FORM = """\
| survey |
| | type     | name   | label  | relevant         |
| | integer  | age    | Âge    |                  |
| | text     | age    | Âge 2  |                  |
| | text     | nom    | Nom    | ${age} >         |
"""


def run_cli(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Runs `python -m inclusion_desktop ARGS` with user directories kept inside tmp_path."""
    env = dict(os.environ)
    env.pop("INCLUSION_DB", None)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "inclusion_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


# -- form check ----------------------------------------------------------------------------------


def test_form_check_summarises_the_bundled_form_in_french(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "form", "check", RESIDENT_FORM)

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "identifiant habitants" in out
    assert "Langues : Français (fr), English (en) ; par défaut : Français (fr)" in out
    form = load_form(RESIDENT_FORM)
    groups = sum(1 for group in form.groups if not group.is_repeat)
    assert f"{len(form.questions)} questions, {groups} groupes, 0 répétitions" in out
    assert "listes de choix" in out
    assert "select_one" in out and "calculate 1" in out
    assert f"SHA-256 : {hashlib.sha256(RESIDENT_FORM.read_bytes()).hexdigest()}" in out


def test_form_check_json_describes_the_bundled_form(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "form", "check", RESIDENT_FORM, "--json")

    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    form = load_form(RESIDENT_FORM)
    assert summary["ok"] is True
    assert summary["form_id"] == "habitants"
    assert summary["version"] == form.version
    assert summary["default_language"] == "Français (fr)"
    assert summary["languages"] == ["Français (fr)", "English (en)"]
    assert summary["questions"] == len(form.questions)
    assert sum(summary["question_types"].values()) == len(form.questions)
    assert summary["repeats"] == 0
    assert summary["choice_lists"] == len(form.choice_lists)
    assert summary["sha256"] == form.sha256


def test_form_check_lists_the_problems_of_a_broken_form(tmp_path: Path) -> None:
    path = tmp_path / "casse.md"
    path.write_text(BROKEN_FORM, encoding="utf-8")

    result = run_cli(tmp_path, "form", "check", path)

    assert result.returncode == 1
    out = result.stdout
    assert "Questionnaire refusé (2 problèmes)" in out
    assert "casse.md, feuille « survey », ligne 3, colonne « name »" in out
    assert "« age » est déjà utilisé ligne 2" in out
    assert "ligne 4, colonne « relevant »" in out
    assert "Traceback" not in result.stderr


def test_form_check_json_of_a_broken_form_has_the_problems(tmp_path: Path) -> None:
    path = tmp_path / "casse.md"
    path.write_text(BROKEN_FORM, encoding="utf-8")

    result = run_cli(tmp_path, "form", "check", path, "--json")

    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    places = {(p["sheet"], p["row"], p["column"]) for p in report["problems"]}
    assert places == {("survey", 3, "name"), ("survey", 4, "relevant")}
    assert all(p["file"] == "casse.md" and p["message"] for p in report["problems"])


def test_form_check_refuses_a_file_that_is_not_a_form(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("pas un questionnaire\n", encoding="utf-8")

    result = run_cli(tmp_path, "form", "check", path, "--json")

    assert result.returncode == 1
    (problem,) = json.loads(result.stdout)["problems"]
    assert "non reconnue" in problem["message"]


@pytest.mark.skipif(not REFERENCE_FORMS.is_dir(), reason=f"no reference forms at {REFERENCE_FORMS}")
def test_form_check_refuses_a_real_form_naming_the_rows(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "form", "check", REFERENCE_FORMS / "ceat__Abidjan_2022.xls")

    assert result.returncode == 1
    assert "Questionnaire refusé (3 problèmes)" in result.stdout
    for row in (62, 125, 129):
        assert f"ligne {row}, colonne « name »" in result.stdout


@pytest.mark.skipif(not REFERENCE_FORMS.is_dir(), reason=f"no reference forms at {REFERENCE_FORMS}")
def test_form_check_accepts_a_real_odk_form_with_remarks(tmp_path: Path) -> None:
    result = run_cli(
        tmp_path, "form", "check", REFERENCE_FORMS / "pyxform__UCL_Biomass_Plot_Form.xlsx"
    )

    assert result.returncode == 0
    assert "geopoint" in result.stdout and "image" in result.stdout
    assert "Remarque : feuille « survey », ligne 16, colonne « type »" in result.stdout


# -- demo -----------------------------------------------------------------------------------------


def stored_questionnaires(db: Path) -> list[tuple[str, str | None, dict[str, Any], bytes]]:
    """Every stored questionnaire: zone, operator, last answers, form it was entered with."""
    store = Store.open(str(db))
    try:
        result = []
        for row in store.list_submissions():
            submission = store.get_submission(row.uuid)
            revisions = store.revisions(row.uuid)
            source, _ = store.form_source(submission.form_version_id)
            result.append((row.zone, row.operator_name, revisions[-1].answers, source))
        return result
    finally:
        store.close()


def comparable(answers: dict[str, Any]) -> str:
    # The resident form has no start/end, but they would be the only clock-dependent answers.
    kept = {key: value for key, value in answers.items() if key not in ("start", "end")}
    return json.dumps(kept, sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def demo_databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("demo")
    first, second = folder / "premiere.sqlite", folder / "seconde.sqlite"
    for db in (first, second):
        result = run_cli(folder, "demo", "--db", db, "--submissions", "20", "--seed", "3")
        assert result.returncode == 0, result.stderr
        assert "20 questionnaires de démonstration" in result.stdout
    return first, second


def test_demo_with_the_same_seed_gives_the_same_answers(demo_databases: tuple[Path, Path]) -> None:
    first, second = (stored_questionnaires(db) for db in demo_databases)

    assert len(first) == len(second) == 20
    as_rows = [
        sorted((zone, operator, comparable(answers)) for zone, operator, answers, _ in rows)
        for rows in (first, second)
    ]
    assert as_rows[0] == as_rows[1]
    # Not twenty copies of one questionnaire.
    assert len({answers for _, _, answers in as_rows[0]}) > 10


def test_demo_with_another_seed_gives_other_answers(
    tmp_path: Path, demo_databases: tuple[Path, Path]
) -> None:
    other = tmp_path / "autre.sqlite"
    result = run_cli(tmp_path, "demo", "--db", other, "--submissions", "20", "--seed", "4")
    assert result.returncode == 0, result.stderr

    reference = sorted(
        comparable(answers) for _, _, answers, _ in stored_questionnaires(demo_databases[0])
    )
    changed = sorted(comparable(answers) for _, _, answers, _ in stored_questionnaires(other))
    assert reference != changed


def test_every_demo_questionnaire_passes_the_form_checks(demo_databases: tuple[Path, Path]) -> None:
    rows = stored_questionnaires(demo_databases[0])
    consented = 0
    forms = {source: load_form_bytes(source, "habitants.xlsx") for _, _, _, source in rows}
    for zone, _, answers, source in rows:
        form = forms[source]
        session = FormSession(form, answers)
        assert session.errors() == {}, (zone, answers)
        # What was saved is exactly what the session keeps: nothing irrelevant, nothing empty.
        assert session.final_answers() == answers
        commune, quartier = zone.split("/")
        if answers["consentement"] == "oui":
            consented += 1
            assert (answers["commune"], answers["quartier"]) == (commune, quartier)
    assert consented > 0
