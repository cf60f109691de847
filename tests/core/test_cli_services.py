"""The command line on the services: setup, conflicts resolve, keying share, population set.

Each rule the GUI also follows (tests/gui/test_service_rules.py) is checked here on the
command line: who may do it, and whose name the audit log records.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inclusion_desktop import cli
from inclusion_desktop.store import ROLE_COORDINATOR, Store
from tests.conflict_support import make_conflict

TARGETS = (
    "variable,modalite,libelle,effectif,source\n"
    "tranche_age,15_29,15-29 ans,22051,INSEE\n"
    "tranche_age,30_44,30-44 ans,22747,INSEE\n"
)


def _no_prompt(prompt: str = "") -> str:
    raise AssertionError(f"nothing should be asked, got {prompt!r}")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A coordination store: Claire (coordinator, password claire-pw), Samira (mediator)."""
    path = tmp_path / "coordination.sqlite"
    with Store.open(str(path)) as store:
        store.set_device_name("Coordination")
        claire = store.add_operator("Claire", ROLE_COORDINATOR)
        store.add_operator("Samira")
        store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    monkeypatch.setattr(cli.getpass, "getpass", _no_prompt)
    return path


@pytest.fixture
def password(tmp_path: Path) -> Path:
    path = tmp_path / "claire.txt"
    path.write_text("claire-pw\n", encoding="utf-8")
    return path


def _audit(db: Path, target: str) -> list[str | None]:
    with Store.open(str(db)) as store:
        return [
            row.operator_name
            for row in store.audit_log()
            if row.action == "reglage" and row.target == target
        ]


def test_keying_report_is_refused_without_a_coordinator_password(
    db: Path, password: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["keying", "report", "--db", str(db), "--json"]) == 1
    refusal = json.loads(capsys.readouterr().out)
    assert refusal["ok"] is False and "--password-file" in refusal["error"]
    report = ["keying", "report", "--db", str(db), "--password-file", str(password), "--json"]
    assert cli.main(report) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_keying_share_none_needs_a_coordinator_and_names_them(
    db: Path, password: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["keying", "share", "--db", str(db), "--set", "0"]) == 1
    assert "réservée à la coordination" in capsys.readouterr().err
    assert _audit(db, "verification_share") == []
    # Reading the share asks nothing.
    assert cli.main(["keying", "share", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "share": 5}
    command = ["keying", "share", "--db", str(db), "--set", "0", "--password-file", str(password)]
    assert cli.main(command) == 0
    assert capsys.readouterr().out.strip() == (
        "Double saisie : aucun questionnaire (pas de double saisie)."
    )
    assert _audit(db, "verification_share") == ["Claire"]
    assert cli.main([*command[:-4], "--set", "3", "--password-file", str(password)]) == 1
    assert "Part de double saisie inconnue : 3" in capsys.readouterr().err


def test_population_targets_need_a_coordinator_and_name_them(
    db: Path, password: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    targets = tmp_path / "cibles.csv"
    targets.write_text(TARGETS, encoding="utf-8")
    command = ["population", "set", "--db", str(db), str(targets)]
    assert cli.main(command) == 1
    assert "réservée à la coordination" in capsys.readouterr().err
    assert cli.main([*command, "--password-file", str(password)]) == 0
    assert "Cibles de population du territoire enregistrées" in capsys.readouterr().out
    assert _audit(db, "population_targets") == ["Claire"]
    bad = tmp_path / "faux.csv"
    bad.write_text(TARGETS.replace("22051", "douze"), encoding="utf-8")
    bad_command = ["population", "set", "--db", str(db), str(bad), "--password-file"]
    assert cli.main([*bad_command, str(password)]) == 1
    err = capsys.readouterr().err
    assert "faux.csv" in err and "Rien n'a été enregistré" in err
    assert _audit(db, "population_targets") == ["Claire"]


def test_conflicts_resolve_is_signed_by_the_coordinator(
    db: Path, password: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(str(db)) as store:
        uuid = make_conflict(store, tmp_path / "portables")
        kept = next(h for h in store.conflicts()[0].heads if h.answers["age"] == "23")
    command = ["conflicts", "resolve", "--db", str(db), uuid[:8], "--keep", kept.content_hash[:10]]
    assert cli.main([*command, "--operator", "Samira"]) == 1
    assert "réservée à la coordination" in capsys.readouterr().err
    assert cli.main([*command, "--password-file", str(password), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["operator"] == "Claire" and result["kept"] == kept.content_hash
    with Store.open(str(db)) as store:
        assert store.conflicts() == []
        claire = next(op for op in store.operators() if op.name == "Claire")
        assert store.revisions(uuid)[-1].operator_id == claire.id


def test_without_roles_a_conflict_needs_someone_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "ouverte.sqlite"
    with Store.open(str(db)) as store:
        store.set_device_name("Coordination")
        store.add_operator("Premier de la liste")
        samira = store.add_operator("Samira")
        uuid = make_conflict(store, tmp_path / "portables")
        head = store.conflicts()[0].heads[0].content_hash
    command = ["conflicts", "resolve", "--db", str(db), uuid, "--keep", head[:12]]
    assert cli.main(command) == 1
    assert "personne n'est choisi" in capsys.readouterr().err
    assert cli.main([*command, "--operator", "Personne"]) == 1
    assert "connus : " in capsys.readouterr().err
    assert cli.main([*command, "--operator", "samira"]) == 0
    with Store.open(str(db)) as store:
        assert store.revisions(uuid)[-1].operator_id == samira.id


def test_setup_writes_everything_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "terrain.sqlite"
    secret = tmp_path / "nouveau.txt"
    secret.write_text("abc\n", encoding="utf-8")
    command = ["setup", "--db", str(db), "--device", "Portable 3", "--coordinator", "Claire"]
    command += ["--mediator", "Samira", "--mediator", "Karim"]
    # Too short a password: refused, named, and nothing written.
    assert cli.main([*command, "--new-password-file", str(secret)]) == 1
    assert "mot de passe de la coordination" in capsys.readouterr().err
    with Store.open(str(db)) as store:
        assert store.device() is None and store.operators() == []
    secret.write_text("claire-pw\n", encoding="utf-8")
    assert cli.main([*command, "--new-password-file", str(secret), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["device"] == "Portable 3" and result["coordinator_has_password"] is True
    assert [m["name"] for m in result["mediators"]] == ["Samira", "Karim"]
    with Store.open(str(db)) as store:
        assert store.has_coordinator_secret()
        assert sorted(op.name for op in store.operators()) == ["Claire", "Karim", "Samira"]
    assert cli.main(command) == 1
    assert "déjà installée" in capsys.readouterr().err


def test_data_review_confirms_in_the_coordinators_name(
    db: Path, password: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib

    from tests.conflict_support import FORM_SOURCE

    with Store.open(str(db)) as store:
        form = store.register_form(
            source=FORM_SOURCE,
            filename="enquete.md",
            form_id="enquete",
            version="1",
            title="Enquête",
            sha256=hashlib.sha256(FORM_SOURCE).hexdigest(),
        )
        samira = next(op for op in store.operators() if op.name == "Samira")
        sub = store.create_submission(form_version_id=form.id, zone="QPV-A", operator_id=samira.id)
        store.finalize(sub.uuid, {"age": "200"}, samira.id)
        problem = '[{"line": 2, "column": "age", "value": "200", "message": "hors limites"}]'
        store.mark_for_review({sub.uuid: problem}, source="export-kobo.csv")
    command = ["data", "review", "--db", str(db), "--confirm", sub.uuid]
    assert cli.main(command) == 1
    assert "réservée à la coordination" in capsys.readouterr().err
    assert cli.main([*command, "--password-file", str(password)]) == 0
    with Store.open(str(db)) as store:
        rows = [row for row in store.audit_log() if row.action == "a_verifier"]
        assert [(row.target, row.operator_name) for row in rows] == [(sub.uuid, "Claire")]
