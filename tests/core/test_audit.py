"""Every action that changes data leaves one append-only audit row: who, where, when, what."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files


def test_actions_are_logged_with_operator_and_device(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "terrain.sqlite")) as store:
        store.set_device_name("Portable 4")
        samira = store.add_operator("Samira B.")
        form = store.register_form(
            source=b"| survey |\n| | type | name | label |\n| | integer | age | Age |\n",
            filename="f.md",
            form_id="f",
            version="1",
            title="F",
            sha256="0" * 64,
        )
        sub = store.create_submission(form_version_id=form.id, zone="z", operator_id=samira.id)
        store.finalize(sub.uuid, {"age": "30"}, samira.id)
        store.save_revision(sub.uuid, {"age": "31"}, samira.id)
        store.delete_submission(sub.uuid, "doublon", samira.id)
        store.set_setting("active_zone", "z")  # a screen choice: not an action on data
        store.set_setting("verification_share", "2")
        added, *log = store.audit_log()
        assert (added.action, added.target, added.operator_name) == ("operateur", "Samira B.", None)
        assert [row.action for row in log] == [
            "creation",
            "finalisation",
            "modification",
            "suppression",
            "reglage",
        ]
        assert {row.operator_name for row in log[:4]} == {"Samira B."}
        assert {row.device_name for row in log} == {"Portable 4"}
        assert log[3].detail == "doublon" and log[3].action_label == "questionnaire supprimé"
        assert log[0].target == sub.uuid
        csv_path = tmp_path / "journal.csv"
        assert store.export_audit(csv_path) == 6
        assert "questionnaire modifié" in csv_path.read_text(encoding="utf-8")
        if os.name != "nt":
            assert csv_path.stat().st_mode & 0o777 == 0o600


def test_export_and_merge_are_logged(tmp_path: Path) -> None:
    from inclusion_desktop.demo import fill_demo_store

    with Store.open(str(tmp_path / "a.sqlite")) as laptop:
        fill_demo_store(laptop, submissions=3, seed=2, device_name="Portable 1")
        bundle = export_bundle(laptop, tmp_path / "export.zip").path
        assert laptop.audit_log()[-1].action == "export"
        assert laptop.audit_log()[-1].target == "export.zip"
    with Store.open(str(tmp_path / "b.sqlite")) as coordination:
        coordination.set_device_name("Coordination")
        merge_files(coordination, [bundle])
        (merged,) = [row for row in coordination.audit_log() if row.action == "fusion"]
        assert merged.target == "export.zip" and "Portable 1" in merged.detail


def test_audit_rows_cannot_be_changed(tmp_path: Path) -> None:
    path = tmp_path / "terrain.sqlite"
    with Store.open(str(path)) as store:
        store.set_device_name("Portable 4")
        store.set_setting("campaign_seed", "2026")
    with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("UPDATE audit SET target = 'x'")
    with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("DELETE FROM audit")
