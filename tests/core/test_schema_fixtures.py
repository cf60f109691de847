"""Every past schema, proved by a fixture store of that version, upgrades with all its rows.

Add a fixture here with each new migration (see fixtures/build_store_fixture.py).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from inclusion_desktop.store import SCHEMA_HEAD, Store, StoreError, list_backups
from inclusion_desktop.store.engine import known_revisions

FIXTURES = Path(__file__).with_name("fixtures")
SIDE_FILES = ("newer.sqlite-wal", "newer.sqlite-shm")
SCHEMA_FIXTURES = {
    "0001_initial": "store_0001_initial.sqlite",
    "0002_sync": "store_0002_sync.sqlite",
    "0003_keying": "store_0003_keying.sqlite",
    "0004_audit": "store_0004_audit.sqlite",
    "0005_trust": "store_0005_trust.sqlite",
    "0009_fieldwork": "store_0009_fieldwork.sqlite",
    "0012_postgres": "store_0012_postgres.sqlite",
    "0013_sealed": "store_0013_sealed.sqlite",
    "0014_revision_device": "store_0014_revision_device.sqlite",
    "0015_attachments": "store_0015_attachments.sqlite",
}


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every row of every table, with the table's columns as they were."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version'"
            )
        ]
        snapshot = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            listed = ", ".join(columns)
            rows = conn.execute(f"SELECT {listed} FROM {table} ORDER BY rowid").fetchall()
            snapshot[table] = (columns, rows)
        return snapshot


def _version(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


# Revisions that reached main together with a later one: no store was ever written at them.
LANDED_WITH_A_LATER_ONE = {"0010_review", "0011_signatures"}


def test_every_past_schema_has_a_fixture() -> None:
    # The head may already have its fixture: it is taken while that schema is the newest.
    past = known_revisions() - {SCHEMA_HEAD} - LANDED_WITH_A_LATER_ONE
    assert past <= set(SCHEMA_FIXTURES) <= known_revisions()


@pytest.mark.parametrize("version", sorted(SCHEMA_FIXTURES))
def test_fixture_upgrades_to_head_with_every_row_intact(tmp_path: Path, version: str) -> None:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / SCHEMA_FIXTURES[version], target)
    assert _version(target) == version
    before = _snapshot(target)
    assert sum(len(rows) for _columns, rows in before.values()) > 10
    with Store.open(str(target)) as store:
        after = _snapshot(target)
        for table, (columns, rows) in before.items():
            listed = ", ".join(columns)
            with closing(sqlite3.connect(target)) as conn:
                kept = conn.execute(f"SELECT {listed} FROM {table} ORDER BY rowid").fetchall()
            assert kept == rows, table
            assert table in after
        # Every questionnaire reads back through the store, history and all.
        for row in store.list_submissions():
            store.get_submission(row.uuid)
            assert store.revisions(row.uuid) or row.status == "draft"
    assert _version(target) == SCHEMA_HEAD
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # The file as it was before the migration is kept as a backup (none when nothing migrated).
    backups = list_backups(target)
    if version == SCHEMA_HEAD:
        assert backups == []
    else:
        [backup] = backups
        assert backup.reason == "avant-migration" and _version(backup.path) == version


@pytest.mark.parametrize("version", sorted(SCHEMA_FIXTURES))
def test_fixture_with_an_unknown_version_is_refused_untouched(
    tmp_path: Path, version: str
) -> None:
    target = tmp_path / "newer.sqlite"
    shutil.copyfile(FIXTURES / SCHEMA_FIXTURES[version], target)
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_avenir'")
        conn.commit()
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as caught:
        Store.open(str(target))
    assert "version plus récente" in caught.value.message
    assert "0099_avenir" in caught.value.message
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    # No backup, no migration; only SQLite's own -wal/-shm of the read-only look may remain.
    assert {p.name for p in tmp_path.iterdir()} <= {"newer.sqlite", *SIDE_FILES}
    assert not (tmp_path / "newer.sqlite-wal").exists() or not (
        tmp_path / "newer.sqlite-wal"
    ).stat().st_size


def test_upgrade_to_roles_keeps_every_operator_able_to_do_everything(tmp_path: Path) -> None:
    """Before roles everyone could do everything: old operators become coordinators, no secret."""
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / SCHEMA_FIXTURES["0004_audit"], target)
    with Store.open(str(target)):
        pass
    with closing(sqlite3.connect(target)) as conn:
        roles = conn.execute("SELECT DISTINCT role, secret_hash FROM operator").fetchall()
        audit = conn.execute("SELECT uuid, operator_id, operator_name FROM audit").fetchall()
        names = dict(conn.execute("SELECT id, name FROM operator"))
    assert roles == [("coordinateur", None)]
    assert len(audit) >= 5 and len({uuid for uuid, _, _ in audit}) == len(audit)
    assert all(name == names.get(operator_id) for _, operator_id, name in audit)
