"""Per-laptop signatures: forged, re-signed, unsigned and clear files as an attacker makes them."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from forge_support import forge, read_members, rehash, sign_revision, signed_by
from sync_support import add_complete, all_rows, laptop
from translation_support import english

from inclusion_desktop import cli
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.enrolment import enrol_from_file
from inclusion_desktop.sync.merge import merge_files
from inclusion_desktop.sync.signing import (
    SigningError,
    enrolled_laptops,
    key_path,
    laptop_key,
    short_code,
)

PASSPHRASE = "campagne Sambre 2025"


@pytest.fixture
def campaign(tmp_path: Path) -> Any:
    """Laptops A and B with questionnaires, a coordinator C that enrolled A only."""
    a, form_a, op_a = laptop(tmp_path / "a.sqlite", "Portable A")
    for age in (20, 30, 40):
        add_complete(a, form_a, op_a, {"age": age})
    b, form_b, op_b = laptop(tmp_path / "b.sqlite", "Portable B", "Karim")
    add_complete(b, form_b, op_b, {"age": 50})
    c, _, _ = laptop(tmp_path / "c.sqlite", "Coordination", "Claire")
    file_a = export_bundle(a, tmp_path / "a.idbundle").path
    enrol_from_file(c, file_a, passphrase=None, code=short_code(laptop_key(a).public), by="Claire")
    yield a, b, c, file_a
    for store in (a, b, c):
        store.close()


def _edit_answers(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
    """Rewrite every current answer, recomputing hashes (what a forger with the format does)."""
    for record in records:
        head = record["revisions"][-1]
        child = copy.deepcopy(head)
        child.pop("sig", None)
        child.update(
            parent=head["hash"],
            number=head["number"] + 1,
            answers=json.dumps({"age": '=HYPERLINK("http://x.invalid")'}),
        )
        rehash(record, child)
        record["revisions"].append(child)


def test_key_pair_is_made_once_and_owner_only(tmp_path: Path) -> None:
    store, _, _ = laptop(tmp_path / "x.sqlite", "Portable X")
    first = laptop_key(store).public
    assert laptop_key(store).public == first
    path = key_path(store)
    assert path.exists() and b"PRIVATE KEY" in path.read_bytes()
    if os.name != "nt":
        assert path.stat().st_mode & 0o777 == 0o600
    store.close()


def test_genuine_file_of_an_enrolled_laptop_merges(campaign: Any) -> None:
    _, _, c, file_a = campaign
    (report,) = merge_files(c, [file_a])
    assert report.ok and report.new == 3 and not report.refused


def test_forged_unsigned_file_is_refused_naming_the_laptop(campaign: Any, tmp_path: Path) -> None:
    _, _, c, file_a = campaign
    forged = forge(file_a, tmp_path / "forge.idbundle", _edit_answers)
    before = all_rows(c)
    (report,) = merge_files(c, [forged])
    assert not report.ok
    assert "non signé" in (report.refused_reason or "")
    assert "Portable A" in (report.refused_reason or "")
    assert all_rows(c) == before


def _rewrite(path: Path, out: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def test_file_edited_after_signing_is_refused(campaign: Any, tmp_path: Path) -> None:
    _, _, c, file_a = campaign
    members = read_members(file_a)
    manifest = json.loads(members["manifest.json"])
    members["submissions.jsonl"] = members["submissions.jsonl"].replace(b"20", b"21", 1)
    manifest["members"]["submissions.jsonl"] = hashlib.sha256(
        members["submissions.jsonl"]
    ).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()  # genuine signature kept
    (report,) = merge_files(c, [_rewrite(file_a, tmp_path / "f.idbundle", members)])
    assert not report.ok
    reason = report.refused_reason or ""
    assert "signature du fichier invalide" in reason or "empreinte" in reason
    # Only the manifest changed (a count, a date): the signature alone tells.
    members = read_members(file_a)
    manifest = json.loads(members["manifest.json"])
    manifest["created_at"] = "2020-01-01T00:00:00.000000+00:00"
    members["manifest.json"] = json.dumps(manifest).encode()
    (report,) = merge_files(c, [_rewrite(file_a, tmp_path / "g.idbundle", members)])
    assert not report.ok and "signature du fichier invalide" in (report.refused_reason or "")


def test_file_resigned_by_a_laptop_not_enrolled_is_refused(campaign: Any, tmp_path: Path) -> None:
    _, b, c, file_a = campaign
    forged = forge(file_a, tmp_path / "forge.idbundle", _edit_answers, sign=signed_by(b))
    (report,) = merge_files(c, [forged])
    assert not report.ok
    reason = report.refused_reason or ""
    assert "non enrôlé" in reason and short_code(laptop_key(b).public) in reason


def test_enrolled_laptop_cannot_forge_another_laptops_revisions(
    campaign: Any, tmp_path: Path
) -> None:
    a, b, c, file_a = campaign
    file_b = export_bundle(b, tmp_path / "b.idbundle").path
    enrol_from_file(c, file_b, passphrase=None, code=short_code(laptop_key(b).public), by="Claire")

    # B (enrolled, malicious) edits A's questionnaires and signs the file with its own key,
    # even signing the forged revisions itself: they claim to be A's, so A's key must verify.
    def edit_and_sign(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
        _edit_answers(manifest, records)
        for record in records:
            head = record["revisions"][-1]
            head["sig"] = sign_revision(b, head["hash"])

    forged = forge(file_a, tmp_path / "forge.idbundle", edit_and_sign, sign=signed_by(b))
    (report,) = merge_files(c, [forged])
    assert report.ok and report.new == 0
    assert len(report.refused) == 3
    assert all("Portable A" in item["reason"] for item in report.refused)
    # The English interface reads the same reason in English.
    assert report.refused[0]["reason"].render(english()) == (
        "revision signed by no enrolled computer (made on “Portable A”): questionnaire refused"
    )
    assert c.list_submissions() == []


def test_relayed_revisions_keep_their_original_signature(campaign: Any, tmp_path: Path) -> None:
    a, b, c, file_a = campaign
    (to_b,) = merge_files(b, [file_a])  # B enrolled nobody: it takes A's file as before
    assert to_b.ok and to_b.new == 3
    file_b = export_bundle(b, tmp_path / "b.idbundle").path
    enrol_from_file(c, file_b, passphrase=None, code=short_code(laptop_key(b).public), by="Claire")
    (report,) = merge_files(c, [file_b])
    assert report.ok and report.new == 4 and not report.refused


def test_clear_file_is_refused_once_a_passphrase_is_set(campaign: Any, tmp_path: Path) -> None:
    a, _, c, file_a = campaign
    (report,) = merge_files(c, [file_a], passphrase=PASSPHRASE)
    assert not report.ok and "non chiffré" in (report.refused_reason or "")
    sealed = export_bundle(a, tmp_path / "scelle.idbundle", passphrase=PASSPHRASE).path
    (report,) = merge_files(c, [sealed], passphrase=PASSPHRASE)
    assert report.ok and report.new == 3


def test_old_unsigned_file_only_through_the_audited_path(campaign: Any, tmp_path: Path) -> None:
    _, _, c, file_a = campaign
    old = forge(file_a, tmp_path / "ancien.idbundle", lambda m, r: None)  # unsigned
    (refused,) = merge_files(c, [old])
    assert not refused.ok
    (report,) = merge_files(c, [old], allow_unsigned=True)
    assert report.ok and report.new == 3
    rows = [row for row in c.audit_log() if row.action == "import_sans_signature"]
    assert [row.target for row in rows] == ["ancien.idbundle"]
    assert rows[0].action_label == "fichier importé sans signature"


def test_audit_rows_of_other_laptops_are_not_taken(campaign: Any, tmp_path: Path) -> None:
    a, _, c, file_a = campaign
    coordinator = c.device()
    assert coordinator is not None
    # Enrolled laptop A slips in a backdated « purge » row under the coordinator's laptop.
    members = read_members(file_a)
    manifest = json.loads(members["manifest.json"])
    row = {
        "uuid": "00000000-0000-4000-8000-000000000001",
        "created_at": "2024-01-01T00:00:00.000000+00:00",
        "device": coordinator.uuid,
        "operator_name": "Claire",
        "action": "purge",
        "target": "campagne",
        "detail": "{}",
    }
    members["audit.jsonl"] += (json.dumps(row) + "\n").encode()
    manifest["audit_count"] += 1
    manifest["devices"].append({"uuid": coordinator.uuid, "name": "Coordination"})
    manifest["members"]["audit.jsonl"] = hashlib.sha256(members["audit.jsonl"]).hexdigest()
    manifest.pop("signature")
    signed_by(a)(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    forged = _rewrite(file_a, tmp_path / "forge.idbundle", members)
    (report,) = merge_files(c, [forged])
    assert report.ok and report.new == 3 and report.audit_added > 0
    assert not [entry for entry in c.audit_log() if entry.action == "purge"]


def test_enrolment_needs_the_code_shown_on_the_laptop(campaign: Any, tmp_path: Path) -> None:
    _, b, c, _ = campaign
    file_b = export_bundle(b, tmp_path / "b.idbundle").path
    with pytest.raises(SigningError, match="ne correspond pas"):
        enrol_from_file(c, file_b, passphrase=None, code="0000 0000 0000", by="Claire")
    assert [item.name for item in enrolled_laptops(c)] == ["Portable A"]


def test_cli_laptop_code_enrol_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, form_a, op_a = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(a, form_a, op_a, {"age": 20})
    file_a = export_bundle(a, tmp_path / "a.idbundle").path
    a.close()
    Store.open(str(tmp_path / "c.sqlite")).close()
    db_a, db_c = str(tmp_path / "a.sqlite"), str(tmp_path / "c.sqlite")
    assert cli.main(["laptop", "code", "--db", db_a, "--json"]) == 0
    code = json.loads(capsys.readouterr().out)["code"]
    assert cli.main(["laptop", "enrol", "--db", db_c, str(file_a), "--code", "1"]) == 1
    assert "ne correspond pas" in capsys.readouterr().err
    assert cli.main(["laptop", "enrol", "--db", db_c, str(file_a), "--code", code]) == 0
    assert "Portable A enrôlé" in capsys.readouterr().out
    assert cli.main(["laptop", "list", "--db", db_c, "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)["laptops"]
    assert listed["name"] == "Portable A" and listed["code"] == code
    assert cli.main(["merge", "--db", db_c, str(file_a)]) == 0
