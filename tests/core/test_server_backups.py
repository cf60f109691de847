"""A merge into a PostgreSQL store makes a checked pg_dump first; the dumps are listed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sync_support import add_complete, laptop

from inclusion_desktop.cli import main
from inclusion_desktop.store import Store, list_backups, server_backup
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import MergeBackupFailed, merge_files


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """An export of two questionnaires."""
    a, form_a, op_a = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(a, form_a, op_a, {"age": 30})
    add_complete(a, form_a, op_a, {"age": 50})
    path = export_bundle(a, tmp_path / "a.idbundle").path
    a.close()
    return path


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder of the test: the dumps go to its « sauvegardes »."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    return tmp_path / "donnees" / "inclusion-desktop" / "sauvegardes"


def test_merge_into_postgresql_dumps_the_store_first(
    postgres_url: str, bundle: Path, data_home: Path
) -> None:
    with Store.open(postgres_url) as store:
        assert list_backups(store) == []
        [report] = merge_files(store, [bundle])
        assert report.new == 2
        [dump] = list_backups(store)
        assert dump.reason == "avant-fusion" and dump.path.parent == data_home
        assert dump.path.suffix == ".dump" and dump.size == dump.path.stat().st_size > 0
        # Made before the merge: pg_restore lists the (then empty) tables of the store.
        restore = [str(server_backup.find_tool("pg_restore")), "--list", str(dump.path)]
        listing = subprocess.run(restore, capture_output=True, text=True, check=True).stdout
        assert "TABLE DATA public submission" in listing
        merge_files(store, [bundle])
        assert len(list_backups(store)) == 2


def test_merge_without_pg_dump_is_refused_and_merges_nothing(
    postgres_url: str, bundle: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_backup, "find_tool", lambda name: None)
    with Store.open(postgres_url) as store:
        with pytest.raises(MergeBackupFailed) as caught:
            merge_files(store, [bundle])
        assert "pg_dump" in str(caught.value) and "Rien n'a été fusionné" in str(caught.value)
        assert store.list_submissions() == [] and store.merge_log() == []


def test_merge_command_says_how_to_go_without_the_dump(
    postgres_url: str,
    bundle: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(server_backup, "find_tool", lambda name: None)
    assert main(["merge", "--db", postgres_url, str(bundle), "--json"]) != 0
    refusal = json.loads(capsys.readouterr().out)
    assert "--sans-sauvegarde" in refusal["error"] and "pg_dump" in refusal["error"]
    with Store.open(postgres_url) as store:
        assert store.list_submissions() == []
    assert main(["merge", "--db", postgres_url, str(bundle), "--sans-sauvegarde", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    with Store.open(postgres_url) as store:
        assert len(store.list_submissions()) == 2 and list_backups(store) == []


def test_old_dumps_are_rotated(postgres_url: str, data_home: Path) -> None:
    with Store.open(postgres_url) as store:
        made = [
            server_backup.dump_store(store.url, reason="avant-fusion", keep=2) for _ in range(3)
        ]
        assert [b.path for b in list_backups(store)] == made[1:]
        assert not made[0].exists()


def test_backup_list_command(
    store_url: str, bundle: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(store_url) as store:
        merge_files(store, [bundle])
    capsys.readouterr()
    assert main(["backup", "list", "--db", store_url, "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)["backups"]
    assert listed["reason"] == "avant-fusion" and listed["size"] > 0
    assert listed["path"].endswith(".dump" if "postgresql" in store_url else ".sqlite")
    assert main(["backup", "list", "--db", store_url]) == 0
    text = capsys.readouterr().out
    assert "Sauvegardes de" in text and "avant-fusion" in text and "Ko" in text
    password = make_url(store_url).password if "postgresql" in store_url else None
    assert password is None or password not in text
