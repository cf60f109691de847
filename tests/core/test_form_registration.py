"""Adding a questionnaire with its files: the service both front ends use, and the command."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from inclusion_desktop import cli
from inclusion_desktop.catalogue import Code
from inclusion_desktop.questionnaire.loader import FormError
from inclusion_desktop.services.access import CoordinatorRequired
from inclusion_desktop.services.form_registration import (
    default_media_dir,
    register_questionnaire,
)
from inclusion_desktop.store import ROLE_COORDINATOR, OperatorInfo, Store, StoreError

FORM = """
| survey |
| | type                               | name     | label    |
| | select_one_from_file quartiers.csv | quartier | Quartier |
| | integer                            | age      | Âge      |
| settings |
| | form_id | version |
| | quartiers | 3     |
"""
QUARTIERS = "name,label\nepinette,L'Épinette\nsous_le_bois,Sous-le-Bois\n".encode()

BROKEN = """
| survey |
| | type    | name | label  |
| | integer | age  | Âge    |
| | text    | age  | Encore |
| settings |
| | form_id |
| | casse   |
"""

REFERENCE = Path(__file__).resolve().parents[2] / "tests" / "reference-data" / "xlsforms"


def _form(folder: Path, *, media_folder: str = "quartiers-media") -> Path:
    """The form and, in `media_folder` beside it, its choice file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "quartiers.md"
    path.write_text(textwrap.dedent(FORM).strip() + "\n", encoding="utf-8")
    media = folder / media_folder
    media.mkdir(exist_ok=True)
    (media / "quartiers.csv").write_bytes(QUARTIERS)
    return path


def _media_rows(db: Path) -> list[tuple[str, str, int]]:
    """The form_media rows of the SQLite file, read as another program would."""
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT file_name, sha256, size FROM form_media ORDER BY id"))


def _registrations(store: Store) -> list[tuple[str, str | None, str]]:
    return [
        (row.target, row.operator_name, row.detail)
        for row in store.audit_log()
        if row.action == "questionnaire_ajoute"
    ]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Claire (coordinator, password claire-pw) and Samira (mediator)."""
    path = tmp_path / "coordination.sqlite"
    with Store.open(str(path)) as store:
        store.set_device_name("Coordination")
        claire = store.add_operator("Claire", ROLE_COORDINATOR)
        store.add_operator("Samira")
        store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    return path


def _named(store: Store, name: str) -> OperatorInfo:
    return next(op for op in store.operators() if op.name == name)


def test_registers_the_form_with_its_files_and_an_audit_row(tmp_path: Path, db: Path) -> None:
    path = _form(tmp_path / "formulaires")
    assert default_media_dir(path) == tmp_path / "formulaires" / "quartiers-media"
    with Store.open(str(db)) as store:
        result = register_questionnaire(store, _named(store, "Claire"), path)
        assert result.created and result.media_added == 1
        version = result.version
        assert (version.form_id, version.version) == ("quartiers", "3")
        assert store.form_versions()[-1] == version
        assert result.media == {"quartiers.csv": hashlib.sha256(QUARTIERS).hexdigest()}
        # The form read back from the store alone has its choices.
        form = store.stored_form(version.id)
        choices = form.question("quartier").choices
        assert choices is not None
        assert [choice.name for choice in choices.choices] == ["epinette", "sous_le_bois"]
        [(target, author, detail)] = _registrations(store)
        assert target == "quartiers" and author == "Claire"
        assert "version 3" in detail and "1 fichier joint" in detail
        assert "ajouté" in result.message and "1 fichier joint" in result.message
        assert result.as_dict()["media"] == result.media
    assert _media_rows(db) == [
        ("quartiers.csv", hashlib.sha256(QUARTIERS).hexdigest(), len(QUARTIERS))
    ]


def test_registering_the_same_file_again_changes_nothing(tmp_path: Path, db: Path) -> None:
    path = _form(tmp_path / "formulaires")
    with Store.open(str(db)) as store:
        claire = _named(store, "Claire")
        first = register_questionnaire(store, claire, path)
        again = register_questionnaire(store, claire, path)
        assert again.version == first.version
        assert not again.created and again.media_added == 0
        assert "déjà enregistré" in again.message and "rien n'a changé" in again.message
        assert again.as_dict()["already_registered"] is True
        assert len(store.form_versions()) == 1
        assert len(_registrations(store)) == 1
    assert len(_media_rows(db)) == 1


def test_a_mediator_may_not_register_a_form(tmp_path: Path, db: Path) -> None:
    path = _form(tmp_path / "formulaires")
    with Store.open(str(db)) as store:
        with pytest.raises(CoordinatorRequired, match="ajouter un questionnaire XLSForm"):
            register_questionnaire(store, _named(store, "Samira"), path)
        with pytest.raises(CoordinatorRequired):
            register_questionnaire(store, None, path)
        assert store.form_versions() == []
        assert _registrations(store) == []


def test_a_broken_form_is_refused_located_and_nothing_stored(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "casse.md"
    path.write_text(textwrap.dedent(BROKEN).strip() + "\n", encoding="utf-8")
    with Store.open(str(db)) as store:
        with pytest.raises(FormError) as refused:
            register_questionnaire(store, _named(store, "Claire"), path)
        [problem] = refused.value.problems
        assert (problem.file, problem.sheet, problem.row) == ("casse.md", "survey", 3)
        assert problem.text.code == Code.FORM_NAME_TWICE
        assert store.form_versions() == []
        assert _registrations(store) == []
    assert _media_rows(db) == []


def test_a_real_damaged_workbook_is_refused(tmp_path: Path, db: Path) -> None:
    source = REFERENCE / "pyxform__duplicate_columns.xlsx"
    if not source.exists():
        pytest.skip("reference XLSForms absent")
    with Store.open(str(db)) as store:
        with pytest.raises(FormError) as refused:
            register_questionnaire(store, _named(store, "Claire"), source)
        assert refused.value.problems[0].file == source.name
        assert store.form_versions() == []


def test_the_media_folder_may_be_given(tmp_path: Path, db: Path) -> None:
    path = _form(tmp_path / "formulaires", media_folder="listes")
    assert default_media_dir(path) is None
    with Store.open(str(db)) as store:
        claire = _named(store, "Claire")
        with pytest.raises(FormError) as refused:
            register_questionnaire(store, claire, path, tmp_path / "absent")
        assert refused.value.problems[0].text.code == Code.FORM_MEDIA_FOLDER_MISSING
        result = register_questionnaire(store, claire, path, path.parent / "listes")
        assert result.media == {"quartiers.csv": hashlib.sha256(QUARTIERS).hexdigest()}
        assert result.notices == ()


def test_the_same_version_with_another_file_is_refused(tmp_path: Path, db: Path) -> None:
    path = _form(tmp_path / "formulaires")
    with Store.open(str(db)) as store:
        claire = _named(store, "Claire")
        register_questionnaire(store, claire, path)
        other = tmp_path / "autre"
        shutil.copytree(path.parent, other)
        changed = QUARTIERS + b"ailleurs,Ailleurs\n"
        (other / "quartiers-media" / "quartiers.csv").write_bytes(changed)
        with pytest.raises(StoreError) as refused:
            register_questionnaire(store, claire, other / "quartiers.md")
        assert refused.value.code == Code.FORM_MEDIA_DIFFERS
        assert len(_registrations(store)) == 1
    assert len(_media_rows(db)) == 1


# -- the command ----------------------------------------------------------------------------------


def test_cli_form_register(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _form(tmp_path / "formulaires")
    password = tmp_path / "mdp.txt"
    password.write_text("claire-pw\n", encoding="utf-8")
    monkeypatch.setattr(cli.sys.stdin, "isatty", lambda: False)
    base = ["form", "register", "--db", str(db), str(path)]
    # No password and no terminal: refused, nothing stored.
    assert cli.main([*base, "--json"]) == cli.EXIT_REFUSED
    assert json.loads(capsys.readouterr().out)["ok"] is False
    assert cli.main([*base, "--password-file", str(password), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] and payload["created"] and payload["form_id"] == "quartiers"
    assert payload["media"] == {"quartiers.csv": hashlib.sha256(QUARTIERS).hexdigest()}
    assert cli.main([*base, "--password-file", str(password)]) == 0
    assert "déjà enregistré" in capsys.readouterr().out
    with Store.open(str(db)) as store:
        [(_, author, _)] = _registrations(store)
        assert author == "Claire"
    broken = tmp_path / "casse.md"
    broken.write_text(textwrap.dedent(BROKEN).strip() + "\n", encoding="utf-8")
    code = cli.main(
        ["form", "register", "--db", str(db), str(broken), "--password-file", str(password)]
        + ["--media", str(path.parent / "quartiers-media"), "--json"]
    )
    assert code == cli.EXIT_REFUSED
    refused = json.loads(capsys.readouterr().out)
    assert refused["ok"] is False
    assert [(p["sheet"], p["row"]) for p in refused["problems"]] == [("survey", 3)]


def test_another_file_with_the_same_version_label_is_pointed_out(tmp_path: Path, db: Path) -> None:
    path = _form(tmp_path / "formulaires")
    with Store.open(str(db)) as store:
        claire = _named(store, "Claire")
        first = register_questionnaire(store, claire, path)
        assert first.same_label == ()
        path.write_text(path.read_text(encoding="utf-8").replace("Âge", "Âge révolu"), "utf-8")
        second = register_questionnaire(store, claire, path)
        assert second.created and second.version.id != first.version.id
        assert second.same_label == (first.version.id,)
        assert second.as_dict()["same_version_label"] == [first.version.id]
        assert len(_registrations(store)) == 2
