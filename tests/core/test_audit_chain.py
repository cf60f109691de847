"""The audit log is tamper-evident: each laptop's rows form a hash chain checked everywhere."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sync_support import add_complete, laptop

from inclusion_desktop import cli
from inclusion_desktop.store import Store
from inclusion_desktop.store.audit_chain import verify_store_audit
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files


def _laptop_with_log(tmp_path: Path) -> Store:
    store, form_id, op = laptop(tmp_path / "a.sqlite", "Portable A")
    for age in (20, 30, 40):
        uuid = add_complete(store, form_id, op, {"age": age})
    store.delete_submission(uuid, "doublon", op)
    return store


def _tamper(store: Store, sql: str) -> None:
    """What someone with the store file does: drop the triggers, then change the log."""
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:
        triggers = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"
            )
        ]
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(sql)
        conn.commit()


def test_intact_log_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = _laptop_with_log(tmp_path)
    report = verify_store_audit(store._engine)
    assert report.ok and report.checked >= 8
    store.close()
    assert cli.main(["audit", "verify", "--db", str(tmp_path / "a.sqlite")]) == 0
    assert "Journal intact" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        (
            "DELETE FROM audit WHERE id = (SELECT id FROM audit WHERE action = 'creation'"
            " ORDER BY id LIMIT 1 OFFSET 1)",
            "supprimée",
        ),
        ("UPDATE audit SET detail = 'rien' WHERE action = 'suppression'", "modifiée"),
        ("UPDATE audit SET operator_name = 'Claire' WHERE action = 'finalisation'", "modifiée"),
    ],
    ids=["deleted", "edited-detail", "edited-author"],
)
def test_deleted_or_edited_row_is_detected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, words: str
) -> None:
    store = _laptop_with_log(tmp_path)
    _tamper(store, sql)
    report = verify_store_audit(store._engine)
    assert not report.ok and words in report.problems[0]
    assert "Portable A" in report.problems[0]
    # The next merge of the laptop's file refuses it, naming the laptop.
    tampered = export_bundle(store, tmp_path / "a.idbundle").path
    with Store.open(str(tmp_path / "c.sqlite")) as coordinator:
        (merged,) = merge_files(coordinator, [tampered])
        assert not merged.ok and words in (merged.refused_reason or "")
        assert coordinator.list_submissions() == []
    store.close()
    assert cli.main(["audit", "verify", "--db", str(tmp_path / "a.sqlite"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_chains_travel_and_verify_at_the_coordinator(tmp_path: Path) -> None:
    store = _laptop_with_log(tmp_path)
    file_a = export_bundle(store, tmp_path / "a.idbundle").path
    with Store.open(str(tmp_path / "c.sqlite")) as coordinator:
        coordinator.set_device_name("Coordination")
        (merged,) = merge_files(coordinator, [file_a])
        assert merged.ok and merged.audit_added >= 8
        report = verify_store_audit(coordinator._engine)
        assert report.ok and report.checked >= 9  # A's rows and the coordinator's own
    store.close()
