"""Roles, secrets and audit rows sealed by the laptop: what is edited in the file is refused.

Each attack is made as someone holding the store file would make it: sqlite3 on the real file,
triggers dropped when they stand in the way, hashes recomputed with the published algorithm.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sync_support import add_complete, laptop

from inclusion_desktop import cli
from inclusion_desktop.store import ROLE_COORDINATOR, ROLE_MEDIATOR, Store
from inclusion_desktop.store.audit_chain import chain_hash, verify_store_audit
from inclusion_desktop.store.operators import TamperedOperator, hash_secret
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.enrolment import enrol_from_file
from inclusion_desktop.sync.merge import merge_files
from inclusion_desktop.sync.signing import key_path, laptop_key, short_code

FIXTURES = Path(__file__).with_name("fixtures")
CLAIRE_PASSWORD = "claire-mot-de-passe"
INES_PIN = "4321"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A coordination store: Claire (coordinator, password), Inès (mediator, PIN), one form."""
    store, form_id, samira = laptop(tmp_path / "coordination.sqlite", "Coordination", "Samira")
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    store.set_operator_secret(claire.id, CLAIRE_PASSWORD, by_operator_id=claire.id)
    ines = store.add_operator("Inès")
    store.set_operator_secret(ines.id, INES_PIN, by_operator_id=claire.id)
    add_complete(store, form_id, samira, {"age": 33})
    store.close()
    return tmp_path / "coordination.sqlite"


def _sql(path: Path, statement: str, *params: object) -> None:
    """Change the store file as sqlite3 would, the application closed."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(statement, params)
        conn.commit()


def _password_file(tmp_path: Path, secret: str) -> Path:
    path = tmp_path / f"secret-{secret}.txt"
    path.write_text(secret + "\n", encoding="utf-8")
    return path


def _operator(store: Store, name: str) -> int:
    return next(op.id for op in store.operators() if op.name == name)


def test_honest_store_verifies_and_roles_apply(office: Path) -> None:
    with Store.open(str(office)) as store:
        report = verify_store_audit(store.engine)
        assert report.ok, report.problems
        assert report.operators == 3 and report.signed == report.checked > 5
        assert all(op.seal_problem is None for op in store.operators())
        claire = store.authenticate_coordinator(CLAIRE_PASSWORD)
        assert claire is not None and claire.name == "Claire" and claire.is_coordinator
        store.check_operator_secret(_operator(store, "Inès"), INES_PIN)


def test_role_edited_in_the_file_is_refused_by_the_command_line(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(office, "UPDATE operator SET role = 'coordinateur' WHERE name = 'Inès'")
    pin = _password_file(tmp_path, INES_PIN)
    code = cli.main(["conflicts", "--db", str(office), "--password-file", str(pin)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Inès" in err and "modifié en dehors de l'application" in err
    assert "redonner son rôle" in err
    with Store.open(str(office)) as store:
        ines = store.get_operator(_operator(store, "Inès"))
        assert ines.role == ROLE_COORDINATOR and not ines.is_coordinator
        assert ines.seal_problem is not None and "Inès" in ines.seal_problem
        with pytest.raises(TamperedOperator):
            store.check_operator_secret(ines.id, INES_PIN)
        # The real coordinator still works, and audit verify names the account.
        assert store.authenticate_coordinator(CLAIRE_PASSWORD) is not None
    assert cli.main(["audit", "verify", "--db", str(office)]) == 1
    out = capsys.readouterr().out
    assert "Le compte de « Inès » a été modifié" in out


def test_secret_edited_in_the_file_is_refused(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Claire's password replaced by one the attacker knows.
    _sql(office, "UPDATE operator SET secret_hash = ? WHERE name = 'Claire'", hash_secret("0000"))
    code = cli.main(
        ["conflicts", "--db", str(office), "--password-file", str(_password_file(tmp_path, "0000"))]
    )
    err = capsys.readouterr().err
    assert code == 1 and "Le compte de « Claire » a été modifié" in err
    with Store.open(str(office)) as store:
        with pytest.raises(TamperedOperator) as refused:
            store.check_operator_secret(_operator(store, "Claire"), "0000")
        assert "Claire" in refused.value.message
        # Nor does the real password open a tampered account: nobody is obeyed.
        with pytest.raises(TamperedOperator) as no_one:
            store.authenticate_coordinator(CLAIRE_PASSWORD)
        assert "Restaurez une sauvegarde" in no_one.value.message


def test_removing_every_password_in_the_file_does_not_open_the_coordinator_actions(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(office, "UPDATE operator SET secret_hash = NULL")
    with Store.open(str(office)) as store:
        assert store.has_coordinator_secret()
    # Without a terminal the password must come from a file: refused before any action.
    assert cli.main(["conflicts", "--db", str(office)]) == 1
    assert "réservée à la coordination" in capsys.readouterr().err
    code = cli.main(
        ["conflicts", "--db", str(office), "--password-file", str(_password_file(tmp_path, "x1"))]
    )
    assert code == 1 and "Aucun compte coordinateur n'est intact" in capsys.readouterr().err


def test_a_coordinator_repairs_a_tampered_account_without_keeping_what_the_file_said(
    office: Path,
) -> None:
    _sql(office, "UPDATE operator SET role = 'coordinateur' WHERE name = 'Inès'")
    with Store.open(str(office)) as store:
        claire = store.authenticate_coordinator(CLAIRE_PASSWORD)
        assert claire is not None
        ines = _operator(store, "Inès")
        repaired = store.set_operator_role(ines, ROLE_MEDIATOR, by_operator_id=claire.id)
        # Back to a mediator without a code: the PIN hash read from the file is not trusted.
        assert repaired.seal_problem is None and not repaired.has_secret
        store.set_operator_secret(ines, "9876", by_operator_id=claire.id)
        store.check_operator_secret(ines, "9876")
        assert verify_store_audit(store.engine).ok


def test_operators_added_by_an_honest_merge_are_sealed_here(tmp_path: Path, office: Path) -> None:
    field, form_id, karim = laptop(tmp_path / "terrain.sqlite", "Portable B", "Karim")
    add_complete(field, form_id, karim, {"age": 61})
    bundle = export_bundle(field, tmp_path / "b.idbundle").path
    with Store.open(str(office)) as store:
        enrol_from_file(
            store, bundle, passphrase=None, code=short_code(laptop_key(field).public), by="Claire"
        )
        (merged,) = merge_files(store, [bundle])
        assert merged.ok
        names = {op.name: op for op in store.operators()}
        assert names["Karim"].seal_problem is None and names["Karim"].role == ROLE_MEDIATOR
        # Nobody is locked out, and the merged laptop's signed audit rows verify here.
        assert store.authenticate_coordinator(CLAIRE_PASSWORD) is not None
        report = verify_store_audit(store.engine)
        assert report.ok, report.problems
        local_rows = report.signed
    assert local_rows > 0
    field.close()


def test_upgrade_from_0012_seals_what_was_there(tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "store_0012_postgres.sqlite", target)
    with Store.open(str(target)) as store:
        assert key_path(store).exists()
        assert all(op.seal_problem is None for op in store.operators())
        claire = store.authenticate_coordinator("motdepasse-claire")
        assert claire is not None and claire.name == "Claire (coordination)"
        store.check_operator_secret(_operator(store, "Inès (médiatrice)"), "4321")
        report = verify_store_audit(store.engine)
        assert report.ok, report.problems
    # Every chained row this laptop wrote is signed; rows merged from laptops not enrolled
    # here have no key to be checked with.
    with closing(sqlite3.connect(target)) as conn:
        local = conn.execute(
            "SELECT count(*) FROM audit a JOIN device d ON d.id = a.device_id"
            " WHERE d.is_local AND a.chain IS NOT NULL"
        ).fetchone()[0]
    assert report.signed == local > 20 and report.checked > local


def _drop_audit_triggers(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit%'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.commit()


def _rechain(path: Path) -> None:
    """Recompute every chain value from the first row, as a forger knowing the algorithm would."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT a.id, a.uuid, a.created_at, d.uuid, a.operator_name, a.action, a.target,"
            " a.detail FROM audit a JOIN device d ON d.id = a.device_id"
            " WHERE a.chain IS NOT NULL ORDER BY a.id"
        ).fetchall()
        prev = ""
        for row in rows:
            record = dict(
                zip(
                    ("uuid", "created_at", "device", "operator_name", "action", "target", "detail"),
                    row[1:],
                    strict=True,
                )
            )
            chain = chain_hash(prev, record)
            conn.execute(
                "UPDATE audit SET chain = ?, prev_chain = ? WHERE id = ?", (chain, prev, row[0])
            )
            prev = chain
        conn.commit()


@pytest.mark.parametrize(
    ("attack", "words"),
    [
        ("UPDATE audit SET detail = 'rien' WHERE action = 'mot_de_passe'", "signature"),
        (
            "DELETE FROM audit WHERE id = (SELECT id FROM audit WHERE action = 'creation'"
            " ORDER BY id LIMIT 1)",
            "signature",
        ),
        (
            "DELETE FROM audit_signature WHERE audit_uuid = (SELECT uuid FROM audit"
            " WHERE action = 'finalisation' ORDER BY id LIMIT 1)",
            "n'est pas signée",
        ),
    ],
    ids=["edited-and-rechained", "deleted-and-rechained", "signature-removed"],
)
def test_audit_row_rewritten_with_its_chain_is_named_by_audit_verify(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    attack: str,
    words: str,
) -> None:
    _drop_audit_triggers(office)
    _sql(office, attack)
    if "audit_signature" not in attack:
        _rechain(office)
    assert cli.main(["audit", "verify", "--db", str(office), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert not report["ok"]
    assert any(words in problem and "« Coordination »" in problem for problem in report["problems"])
    # The laptop's next file is refused at the coordinator's merge, naming the row.
    with Store.open(str(office)) as store:
        bundle = export_bundle(store, tmp_path / "c.idbundle").path
    with Store.open(str(tmp_path / "autre.sqlite")) as other:
        (merged,) = merge_files(other, [bundle])
        assert not merged.ok and words in (merged.refused_reason or "")
        assert other.list_submissions() == []


def test_audit_rows_relayed_by_a_coordinator_keep_their_laptops_signature(tmp_path: Path) -> None:
    field, form_id, karim = laptop(tmp_path / "terrain.sqlite", "Portable B", "Karim")
    add_complete(field, form_id, karim, {"age": 44})
    coordinator, _, _ = laptop(tmp_path / "c.sqlite", "Coordination", "Claire")
    second, _, _ = laptop(tmp_path / "c2.sqlite", "Coordination 2", "Paul")
    field_file = export_bundle(field, tmp_path / "b.idbundle").path
    for store in (coordinator, second):
        enrol_from_file(
            store, field_file, passphrase=None, code=short_code(laptop_key(field).public), by="x"
        )
    (merged,) = merge_files(coordinator, [field_file])
    assert merged.ok
    relay = export_bundle(coordinator, tmp_path / "c.idbundle").path
    enrol_from_file(
        second, relay, passphrase=None, code=short_code(laptop_key(coordinator).public), by="x"
    )
    (relayed,) = merge_files(second, [relay])
    assert relayed.ok
    field_device = field.device()
    assert field_device is not None
    with closing(sqlite3.connect(tmp_path / "c2.sqlite")) as conn:
        kept = conn.execute(
            "SELECT count(*) FROM audit a JOIN device d ON d.id = a.device_id"
            " JOIN audit_signature s ON s.audit_uuid = a.uuid WHERE d.uuid = ?",
            (field_device.uuid,),
        ).fetchone()[0]
    assert kept >= 2
    assert verify_store_audit(second.engine).ok
    for store in (field, coordinator, second):
        store.close()


def test_deleting_the_coordinator_row_does_not_open_the_coordinator_actions(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # sqlite3 does not enforce foreign keys unless asked: the row goes.
    _sql(office, "DELETE FROM operator WHERE name = 'Claire'")
    with Store.open(str(office)) as store:
        assert "Claire" not in {op.name for op in store.operators()}
        assert store.has_coordinator_secret()
    code = cli.main(
        ["conflicts", "--db", str(office), "--password-file", str(_password_file(tmp_path, "x1"))]
    )
    assert code == 1 and "Le compte de « Claire » a été supprimé" in capsys.readouterr().err
    assert cli.main(["audit", "verify", "--db", str(office)]) == 1
    assert "« Claire » a été supprimé" in capsys.readouterr().out


def test_a_replaced_key_file_is_named_as_such(office: Path, tmp_path: Path) -> None:
    with Store.open(str(office)) as store:
        path = key_path(store)
        path.unlink()
        missing = store.get_operator(_operator(store, "Claire")).seal_problem
        assert missing is not None and "manque ou est illisible" in missing and str(path) in missing
        laptop_key(store)  # a new key made in its place
        replaced = store.get_operator(_operator(store, "Claire")).seal_problem
        assert replaced is not None and "n'est plus celle qui a scellé" in replaced
        with pytest.raises(TamperedOperator):
            store.authenticate_coordinator(CLAIRE_PASSWORD)


def test_a_tampered_account_is_granted_nothing_by_the_service_layer(office: Path) -> None:
    from inclusion_desktop.permissions import Action
    from inclusion_desktop.services.access import require

    _sql(office, "UPDATE operator SET name = 'Inès B.' WHERE name = 'Inès'")
    with Store.open(str(office)) as store:
        ines = next(op for op in store.operators() if op.name == "Inès B.")
        samira = next(op for op in store.operators() if op.name == "Samira")
        assert require(store, Action.EDIT_OWN_DRAFT, samira).operator == samira
        # Even an action open to every mediator is refused to an account edited in the file.
        with pytest.raises(TamperedOperator, match="Inès B."):
            require(store, Action.EDIT_OWN_DRAFT, ines)
