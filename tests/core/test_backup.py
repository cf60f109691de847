"""Backups of the store (online backup, rotation, checked restore) and private file modes."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from inclusion_desktop.store import Store, StoreError, backup_store, list_backups, restore_backup
from inclusion_desktop.store.backup import BACKUP_DIRNAME, backup_folder
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files, preview_files
from inclusion_desktop.sync.tabular import export_table
from tests.core.sync_support import FORM_SHA, FORM_SOURCE, add_complete, laptop

FIXTURES = Path(__file__).with_name("fixtures")
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _filled(path: Path) -> tuple[Store, str]:
    store = Store.open(str(path))
    form = store.register_form(
        source=FORM_SOURCE,
        filename="enquete.md",
        form_id="enquete",
        version="1",
        title="Enquête",
        sha256=FORM_SHA,
    )
    operator = store.add_operator("Marie")
    return store, add_complete(store, form.id, operator.id, {"age": 34})


def _uuids(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT uuid FROM submission")}


def test_backup_is_a_consistent_private_copy_named_by_time_and_reason(tmp_path: Path) -> None:
    db = tmp_path / "inclusion.sqlite"
    store, uuid = _filled(db)
    with store:
        copy = backup_store(store, reason="démarrage")
        assert copy is not None and copy.parent == tmp_path / BACKUP_DIRNAME
        assert copy.name.startswith("inclusion-") and copy.name.endswith("-demarrage.sqlite")
        [info] = list_backups(store)
        assert info.path == copy and info.reason == "demarrage"
        assert info.size == copy.stat().st_size and info.created_at.tzinfo is not None
    # One self-contained file, readable on its own, with the questionnaire saved before.
    assert not copy.with_name(copy.name + "-wal").exists()
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _uuids(copy) == {uuid}
    if os.name != "nt":
        assert _mode(copy) == 0o600


def test_backups_are_rotated_to_the_last_ones(tmp_path: Path) -> None:
    store, _ = _filled(tmp_path / "inclusion.sqlite")
    with store:
        made = [backup_store(store, reason=f"essai {n}", keep=3) for n in range(5)]
        kept = list_backups(store)
    assert [info.path for info in kept] == made[-3:]
    assert [info.reason for info in kept] == ["essai-2", "essai-3", "essai-4"]
    assert len(list(backup_folder(tmp_path / "inclusion.sqlite").iterdir())) == 3


def test_memory_store_has_no_backup() -> None:
    with Store.open(":memory:") as store:
        assert backup_store(store, reason="demarrage") is None
        assert list_backups(store) == []


def test_backup_on_a_full_disk_raises_a_store_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = _filled(tmp_path / "inclusion.sqlite")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with store, pytest.raises(StoreError, match="Sauvegarde de la base .* impossible") as caught:
        backup_store(store, reason="demarrage")
    assert "plus de place sur le disque" in str(caught.value)  # not the system's English
    assert [p.name for p in (tmp_path / BACKUP_DIRNAME).iterdir()] == []


def test_restore_replaces_the_file_after_saving_it(tmp_path: Path) -> None:
    db = tmp_path / "inclusion.sqlite"
    store, first = _filled(db)
    with store:
        copy = backup_store(store, reason="demarrage")
        form_id = store.form_versions()[0].id
        second = add_complete(store, form_id, store.operators()[0].id, {"age": 51})
    assert copy is not None
    safety = restore_backup(db, copy)
    assert safety is not None and "avant-restauration" in safety.name
    assert _uuids(safety) == {first, second}
    assert not db.with_name(db.name + "-wal").exists()
    with Store.open(str(db)) as restored:
        assert {row.uuid for row in restored.list_submissions()} == {first}
    if os.name != "nt":
        assert _mode(db) == 0o600


def test_restore_refuses_an_open_store(tmp_path: Path) -> None:
    db = tmp_path / "inclusion.sqlite"
    store, uuid = _filled(db)
    with store:
        copy = backup_store(store, reason="demarrage")
        assert copy is not None
        store.set_setting("after", "1")
        with pytest.raises(StoreError, match="encore ouverte"):
            restore_backup(db, copy)
        assert store.get_setting("after") == "1"
    assert _uuids(db) == {uuid}


@pytest.mark.parametrize("kind", ["damaged", "newer", "foreign", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "inclusion.sqlite"
    store, _ = _filled(db)
    with store:
        copy = backup_store(store, reason="demarrage")
    assert copy is not None
    bad = tmp_path / "bad.sqlite"
    if kind == "damaged":
        data = bytearray(copy.read_bytes())
        for offset in range(4096, len(data), 4096):  # every page after the first
            data[offset + 20 : offset + 60] = b"\xa5" * 40
        bad.write_bytes(bytes(data))
    elif kind == "newer":
        shutil.copyfile(copy, bad)
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '0042_future'")
            conn.commit()
    elif kind == "foreign":
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
            conn.commit()
    before = db.read_bytes()
    backups_before = sorted(p.name for p in (tmp_path / BACKUP_DIRNAME).iterdir())
    with pytest.raises(StoreError) as caught:
        restore_backup(db, bad)
    assert "n'a pas été modifiée" in caught.value.message or kind == "missing"
    assert db.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / BACKUP_DIRNAME).iterdir()) == backups_before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_restore_of_the_oldest_backup_survives_its_own_rotation(tmp_path: Path) -> None:
    db = tmp_path / "inclusion.sqlite"
    store, first = _filled(db)
    with store:
        oldest = backup_store(store, reason="demarrage")
        for _ in range(9):
            backup_store(store, reason="demarrage")
        store.set_setting("later", "1")
    assert oldest is not None
    restore_backup(db, oldest)  # the safety copy rotates `oldest` away: the restore still works
    assert not oldest.exists()
    with Store.open(str(db)) as restored:
        assert restored.get_setting("later") is None
        assert [row.uuid for row in restored.list_submissions()] == [first]


def test_migration_is_preceded_by_a_backup_of_the_old_file(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "store_0001_initial.sqlite", db)
    Store.open(str(db)).close()
    [info] = list_backups(db)
    assert info.reason == "avant-migration"
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
    Store.open(str(db)).close()  # already at head: no new backup
    assert len(list_backups(db)) == 1


def test_new_store_makes_no_backup(tmp_path: Path) -> None:
    Store.open(str(tmp_path / "inclusion.sqlite")).close()
    assert not (tmp_path / BACKUP_DIRNAME).exists()


def test_merge_backs_up_once_per_run_and_not_in_preview(tmp_path: Path) -> None:
    source, form_id, operator_id = laptop(tmp_path / "a" / "a.sqlite", "Portable A")
    bundles = []
    with source:
        for n in range(2):
            add_complete(source, form_id, operator_id, {"age": n})
            bundles.append(tmp_path / f"paquet{n}.idbundle")
            export_bundle(source, bundles[-1], since_last=True)
    target, _, _ = laptop(tmp_path / "b" / "b.sqlite", "Portable B")
    with target:
        preview_files(target, bundles)
        assert list_backups(target) == []
        before = _uuids(target.path)  # type: ignore[arg-type]
        merge_files(target, bundles)
        [info] = list_backups(target)
    assert info.reason == "avant-fusion"
    assert _uuids(info.path) == before


@posix_only
def test_new_database_and_its_wal_are_private(tmp_path: Path) -> None:
    db = tmp_path / "inclusion.sqlite"
    old_umask = os.umask(0o022)
    try:
        store, _ = _filled(db)
    finally:
        os.umask(old_umask)
    with store:
        for suffix in ("", "-wal", "-shm"):
            assert _mode(db.with_name(db.name + suffix)) == 0o600, suffix


@posix_only
def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    db = tmp_path / "inclusion.sqlite"
    db.touch()
    db.chmod(0o640)
    Store.open(str(db)).close()
    assert _mode(db) == 0o640


@posix_only
def test_exports_are_private(tmp_path: Path) -> None:
    store, _ = _filled(tmp_path / "inclusion.sqlite")
    old_umask = os.umask(0o022)
    try:
        with store:
            bundle = tmp_path / "paquet.idbundle"
            export_bundle(store, bundle)
            table = tmp_path / "donnees.csv"
            export_table(store, table, fmt="csv")
    finally:
        os.umask(old_umask)
    assert _mode(bundle) == 0o600
    assert _mode(table) == 0o600
