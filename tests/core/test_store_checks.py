"""A damaged store is never copied over good backups; logs and leftovers keep no answers."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sync_support import add_complete, laptop

from inclusion_desktop.store import list_backups
from inclusion_desktop.store.backup import (
    StoreDamaged,
    backup_folder,
    backup_store,
    quick_check,
)


def _damage(path: Path) -> None:
    """Overwrite the middle of the biggest table's pages, as a failing disk would."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'revision' AND pagetype = 'leaf'"
            )
        ]
    with path.open("r+b") as stream:
        for page in pages[:3]:
            stream.seek((page - 1) * page_size + 8)
            stream.write(b"\xff" * 64)


def test_damaged_store_is_not_backed_up_and_good_backups_stay(tmp_path: Path) -> None:
    store, form_id, op = laptop(tmp_path / "terrain.sqlite", "Portable A")
    for age in range(40):
        add_complete(store, form_id, op, {"age": age, "note": "x" * 300})
    assert store.path is not None
    for _ in range(3):
        backup_store(store, reason="demarrage", keep=3)
    good = [info.path for info in list_backups(store)]
    assert len(good) == 3 and all(quick_check(path) == [] for path in good)
    store.close()
    _damage(tmp_path / "terrain.sqlite")
    assert quick_check(tmp_path / "terrain.sqlite")
    from inclusion_desktop.store.backup import backup_file

    for _ in range(5):  # ten restarts would have rotated every good backup away
        with pytest.raises(StoreDamaged) as refused:
            backup_file(tmp_path / "terrain.sqlite", reason="demarrage", keep=3)
        assert "endommagée" in str(refused.value) and "Restaurez" in str(refused.value)
    assert [info.path for info in list_backups(tmp_path / "terrain.sqlite")] == good


def test_leftover_partial_backup_is_cleaned(tmp_path: Path) -> None:
    store, form_id, op = laptop(tmp_path / "terrain.sqlite", "Portable A")
    add_complete(store, form_id, op, {"age": 30})
    folder = backup_folder(tmp_path / "terrain.sqlite")
    folder.mkdir()
    leftover = folder / ".terrain-20260101-000000-demarrage.sqlite.part"
    leftover.write_bytes(b"copie interrompue avec des reponses")
    other = folder / ".autre-20260101-000000-demarrage.sqlite.part"
    other.write_bytes(b"")
    backup_store(store, reason="demarrage")
    assert not leftover.exists() and other.exists()
    store.close()


def test_technical_log_is_owner_only_and_keeps_no_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inclusion_desktop.app_log import PrivateRotatingFileHandler

    path = tmp_path / "inclusion-desktop.log"
    path.write_text("ancien\n", encoding="utf-8")
    os.chmod(path, 0o644)
    handler = PrivateRotatingFileHandler(path, maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("test-private-log")
    logger.addHandler(handler)
    try:
        for number in range(20):
            logger.warning("ligne %d %s", number, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.glob("inclusion-desktop.log*"))
    assert len(files) >= 2
    if os.name != "nt":
        assert {oct(f.stat().st_mode & 0o777) for f in files} == {oct(0o600)}


def test_store_on_a_read_only_medium_is_named_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inclusion_desktop.store import Store, StoreError, engine

    path = tmp_path / "cle.sqlite"
    store, form_id, op = laptop(path, "Portable A")
    add_complete(store, form_id, op, {"age": 30})
    store.close()
    before = path.read_bytes()
    real_connect = sqlite3.connect

    def refusing_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        if "mode=ro" in str(args[0]):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.sqlite3, "connect", refusing_connect)
    monkeypatch.setattr(engine.os, "access", lambda *args, **kwargs: False)
    with pytest.raises(StoreError) as refused:
        Store.open(str(path))
    assert "lecture seule" in str(refused.value)
    assert "pas une base SQLite lisible" not in str(refused.value)
    assert path.read_bytes() == before
