"""Purging a campaign: only against a verified export holding everything, and really gone."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sync_support import add_complete, all_rows, laptop

from inclusion_desktop.cli import main
from inclusion_desktop.services.campaign import PurgeRefused, check_purge, purge_campaign
from inclusion_desktop.store import Store, list_backups
from inclusion_desktop.sync.bundle import export_bundle

PASSPHRASE = "campagne Sambre 2025"
SECRET = "REPONSE-DISTINCTIVE-ORNITHORYNQUE"


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def campaign(tmp_path: Path) -> Any:
    """A laptop with an edited, a deleted and a plain questionnaire, exported (encrypted)."""
    store, form_id, op = laptop(tmp_path / "terrain.sqlite", "Portable A")
    edited = add_complete(store, form_id, op, {"age": 30, "note": SECRET})
    store.save_revision(edited, {"age": 31, "note": SECRET + " bis"}, op)
    deleted = add_complete(store, form_id, op, {"age": 40})
    store.delete_submission(deleted, "doublon", op)
    add_complete(store, form_id, op, {"age": 50})
    bundle = export_bundle(store, tmp_path / "fin.idbundle", passphrase=PASSPHRASE).path
    yield store, form_id, op, bundle
    store.close()


def test_purge_removes_everything_but_the_trace(campaign: Any, tmp_path: Path) -> None:
    store, _form_id, op, bundle = campaign
    check = check_purge(store, bundle, PASSPHRASE)
    assert check.ok and check.finished == 3, check.message
    result = purge_campaign(store, bundle, PASSPHRASE, operator_id=op)
    assert result.counts.as_dict() == {
        "submissions": 3,
        "revisions": 5,
        "drafts": 0,
        "verifications": 0,
    }
    assert store.list_submissions() == []
    assert result.backup is not None and result.backup.exists()
    assert [b.reason for b in list_backups(store)][-1] == "avant-purge"
    (entry,) = [row for row in store.audit_log() if row.action == "purge"]
    assert entry.target == "fin.idbundle" and json.loads(entry.detail)["submissions"] == 3
    assert entry.operator_name == "Samira"
    # The answers are gone from the database file and from its WAL, even from free pages.
    data = _file_bytes(store.path)
    assert SECRET.encode() not in data
    # The export log stays; the store still works and exports nothing.
    assert [e.file_name for e in store.exports()] == ["fin.idbundle"]
    assert export_bundle(store, tmp_path / "vide.idbundle").submissions == 0


def _unchanged(store: Store, before: dict[str, Any], backups: int) -> None:
    assert all_rows(store) == before
    assert len(list_backups(store)) == backups


def test_wrong_passphrase_is_refused(campaign: Any) -> None:
    store, _, _, bundle = campaign
    before, backups = all_rows(store), len(list_backups(store))
    with pytest.raises(PurgeRefused, match="phrase de passe incorrecte"):
        purge_campaign(store, bundle, "mauvaise phrase")
    with pytest.raises(PurgeRefused, match="chiffré"):
        purge_campaign(store, bundle, None)
    _unchanged(store, before, backups)


def test_tampered_bundle_is_refused(campaign: Any, tmp_path: Path) -> None:
    store, _, _, bundle = campaign
    before, backups = all_rows(store), len(list_backups(store))
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "modifie.idbundle"
    tampered.write_bytes(bytes(data))
    with pytest.raises(PurgeRefused, match="authentification refusée"):
        purge_campaign(store, tampered, PASSPHRASE)
    # A clear bundle with a member changed.
    clear = export_bundle(store, tmp_path / "clair.idbundle").path
    with zipfile.ZipFile(clear) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members["submissions.jsonl"] = members["submissions.jsonl"].replace(b"31", b"32", 1)
    changed = tmp_path / "clair-modifie.idbundle"
    with zipfile.ZipFile(changed, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    before = all_rows(store)
    with pytest.raises(PurgeRefused, match="empreinte"):
        purge_campaign(store, changed)
    _unchanged(store, before, backups)


def test_missing_questionnaire_is_refused(campaign: Any, tmp_path: Path) -> None:
    store, form_id, op, bundle = campaign
    late = add_complete(store, form_id, op, {"age": 60})
    edited = store.list_submissions()[-1].uuid  # the first one, edited again
    store.save_revision(edited, {"age": 32}, op)
    before, backups = all_rows(store), len(list_backups(store))
    check = check_purge(store, bundle, PASSPHRASE)
    assert not check.ok and len(check.missing) == 2
    assert "2 questionnaires terminés ou supprimés sur 4 ne figurent pas" in check.message
    assert late.removeprefix("uuid:")[:8] in check.message
    with pytest.raises(PurgeRefused, match="ne figurent pas dans fin.idbundle"):
        purge_campaign(store, bundle, PASSPHRASE)
    _unchanged(store, before, backups)
    # A since-last export that misses the unchanged ones does not do either.
    partial = export_bundle(store, tmp_path / "suite.idbundle", since_last=True).path
    assert len(check_purge(store, partial).missing) == 2


def test_drafts_are_refused_and_named(campaign: Any) -> None:
    store, form_id, op, bundle = campaign
    draft = store.create_submission(form_version_id=form_id, zone="QPV-B", operator_id=op)
    store.save_draft(draft.uuid, {"age": 70}, None)
    before, backups = all_rows(store), len(list_backups(store))
    check = check_purge(store, bundle, PASSPHRASE)
    assert not check.ok and not check.missing and len(check.unfinished) == 1
    assert draft.uuid.removeprefix("uuid:")[:8] in check.message
    assert "QPV-B" in check.message and "Samira" in check.message
    with pytest.raises(PurgeRefused, match="en cours de saisie"):
        purge_campaign(store, bundle, PASSPHRASE)
    _unchanged(store, before, backups)
    # A neighbourhood of the territory is named as people know it, not by its code.
    named = store.create_submission(
        form_version_id=form_id, zone="maubeuge/sous_le_bois", operator_id=op
    )
    store.save_draft(named.uuid, {"age": 40}, None)
    assert "Sous-le-Bois — Maubeuge" in check_purge(store, bundle, PASSPHRASE).message


def test_form_scope(campaign: Any, tmp_path: Path) -> None:
    store, _, op, bundle = campaign
    other = store.register_form(
        source=b"autre",
        filename="autre.md",
        form_id="structures",
        version="1",
        title="Structures",
        sha256="1" * 64,
    )
    draft = store.create_submission(form_version_id=other.id, zone="z", operator_id=op)
    # The draft of another form neither blocks nor is touched by a purge of this form.
    result = purge_campaign(store, bundle, PASSPHRASE, form_id="enquete")
    assert result.counts.submissions == 3
    assert [row.uuid for row in store.list_submissions()] == [draft.uuid]


def test_cli_purge(campaign: Any, tmp_path: Path, capsys: Any, monkeypatch: Any) -> None:
    store, form_id, op, bundle = campaign
    draft = store.create_submission(form_version_id=form_id, zone="z", operator_id=op)
    db = str(store.path)
    secret = tmp_path / "phrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    args = ["purge", "--db", db, "--bundle", str(bundle), "--passphrase-file", str(secret)]
    assert main([*args, "--yes", "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert not refused["ok"] and "en cours de saisie" in refused["error"]
    store.discard_untouched_draft(draft.uuid)
    # Without --yes the confirmation word is asked; another answer, no purge.
    monkeypatch.setattr("builtins.input", lambda prompt: "oui")
    assert main(args) == 1
    assert "purge annulée" in capsys.readouterr().err
    assert len(store.list_submissions()) == 3
    assert main([*args, "--yes"]) == 0
    assert "Campagne purgée : 3 questionnaires" in capsys.readouterr().out
    assert store.list_submissions() == []
