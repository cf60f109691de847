"""The audit log travels in bundles: merged once by uuid, with its author's name and laptop."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from sync_support import add_complete, laptop

from inclusion_desktop.sync.bundle import AUDIT, MANIFEST, BundleError, export_bundle, read_bundle
from inclusion_desktop.sync.merge import merge_files

PASSPHRASE = "campagne Sambre 2025"


def _rezip(path: Path, out: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _audit_rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT uuid, created_at, action, target, detail, operator_id, operator_name,"
            " device_id FROM audit ORDER BY id"
        ).fetchall()


def test_audit_rows_travel_once_with_author_and_laptop(tmp_path: Path) -> None:
    a, form_a, samira = laptop(tmp_path / "a.sqlite", "Portable A", operator="Samira B.")
    uuid = add_complete(a, form_a, samira, {"age": 31})
    a.save_revision(uuid, {"age": 32}, samira)
    first = export_bundle(a, tmp_path / "a1.idbundle", passphrase=PASSPHRASE).path
    # Every row written on A before the export (the export's own row travels next time).
    a_uuids = {row[0] for row in _audit_rows(tmp_path / "a.sqlite")[:-1]}
    assert {rec["uuid"] for rec in read_bundle(first, PASSPHRASE).audit} == a_uuids
    b, _, _ = laptop(tmp_path / "b.sqlite", "Coordination", operator="Claire")
    b_before = len(b.audit_log())

    for _ in range(2):
        (report,) = merge_files(b, [first], passphrase=PASSPHRASE)
        assert report.ok
    rows = _audit_rows(tmp_path / "b.sqlite")
    foreign = [row for row in rows if row[0] in a_uuids]
    assert len(foreign) == len(a_uuids)
    assert {row[2] for row in foreign} >= {"creation", "finalisation", "modification"}
    assert {row[5] for row in foreign} == {None}
    assert {row[6] for row in foreign if row[2] != "operateur"} == {"Samira B."}
    # The bundle's author laptop is mapped to B's row for it, by uuid.
    with closing(sqlite3.connect(tmp_path / "b.sqlite")) as conn:
        device = conn.execute("SELECT id FROM device WHERE name = 'Portable A'").fetchone()[0]
    assert {row[7] for row in foreign} == {device}
    # Times, actions, targets and details are kept as they were written on A.
    with closing(sqlite3.connect(tmp_path / "a.sqlite")) as conn:
        originals = {
            row[0]: row[1:]
            for row in conn.execute("SELECT uuid, created_at, action, target, detail FROM audit")
        }
    assert {row[0]: row[1:5] for row in foreign} == {u: originals[u] for u in a_uuids}
    # Two merges: B's own log has its two fusion rows, A's rows are there once.
    log = b.audit_log()
    assert len(log) == b_before + len(a_uuids) + 2
    assert [row.action for row in log].count("fusion") == 2
    shown = [row for row in log if row.action == "modification"]
    assert [(r.operator_name, r.device_name) for r in shown] == [("Samira B.", "Portable A")]
    assert shown[0].target == uuid
    assert "Samira B." in b.audit_csv() and "Portable A" in b.audit_csv()

    # B exports everything back (A's rows included) to A: nothing is duplicated there, and
    # B's own rows arrive, named by B's operator.
    back = export_bundle(b, tmp_path / "b1.idbundle").path
    (report,) = merge_files(a, [back])
    # B's rows, but not A's own nor B's export row, written once the file was verified.
    assert report.audit_added == len(_audit_rows(tmp_path / "b.sqlite")) - len(a_uuids) - 1
    a_all = _audit_rows(tmp_path / "a.sqlite")
    assert len({row[0] for row in a_all}) == len(a_all)
    assert any(
        row.action == "fusion" and row.device_name == "Coordination" for row in a.audit_log()
    )
    a.close()
    b.close()


def test_audit_member_is_covered_by_the_checks(tmp_path: Path) -> None:
    a, form_a, samira = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(a, form_a, samira, {"age": 31})
    good = export_bundle(a, tmp_path / "bon.idbundle").path
    members = _members(good)
    count = json.loads(members[MANIFEST])["audit_count"]
    assert AUDIT in members and count >= 2
    assert len(read_bundle(good).audit) == count

    # Rewritten audit line, manifest untouched: the member hash tells.
    changed = dict(members)
    changed[AUDIT] = members[AUDIT].replace(b"creation", b"abandon", 1)
    with pytest.raises(BundleError, match="empreinte"):
        read_bundle(_rezip(good, tmp_path / "modifie.idbundle", changed))
    # Audit member removed but still listed: missing member.
    dropped = {k: v for k, v in members.items() if k != AUDIT}
    with pytest.raises(BundleError, match="membre manquant"):
        read_bundle(_rezip(good, tmp_path / "sans.idbundle", dropped))
    # A line removed and the member hash updated: the count in the manifest tells.
    lines = members[AUDIT].splitlines(keepends=True)[1:]
    shorter = dict(members)
    shorter[AUDIT] = b"".join(lines)
    manifest = json.loads(members[MANIFEST])
    manifest["members"][AUDIT] = hashlib.sha256(shorter[AUDIT]).hexdigest()
    shorter[MANIFEST] = json.dumps(manifest).encode()
    with pytest.raises(BundleError, match="totaux"):
        read_bundle(_rezip(good, tmp_path / "court.idbundle", shorter))
    # Encrypted: any flipped byte fails the authentication.
    sealed = export_bundle(a, tmp_path / "scelle.idbundle", passphrase=PASSPHRASE).path
    data = bytearray(sealed.read_bytes())
    data[-40] ^= 0x01
    (tmp_path / "scelle2.idbundle").write_bytes(bytes(data))
    with pytest.raises(BundleError, match="authentification"):
        read_bundle(tmp_path / "scelle2.idbundle", PASSPHRASE)
    a.close()


def test_bundle_without_audit_part_still_merges(tmp_path: Path) -> None:
    """A bundle written before the audit log travelled: no audit member, no count."""
    a, form_a, samira = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(a, form_a, samira, {"age": 31})
    good = export_bundle(a, tmp_path / "bon.idbundle").path
    members = _members(good)
    del members[AUDIT]
    manifest = json.loads(members[MANIFEST])
    del manifest["members"][AUDIT]
    del manifest["audit_count"]
    del manifest["signature"]  # written before files were signed, too
    members[MANIFEST] = json.dumps(manifest).encode()
    old = _rezip(good, tmp_path / "ancien.idbundle", members)
    b, _, _ = laptop(tmp_path / "b.sqlite", "Coordination")
    (report,) = merge_files(b, [old])
    assert report.ok and report.new == 1 and report.audit_added == 0
    assert [row.action for row in b.audit_log()][-1:] == ["fusion"]
    assert all(row.device_name == "Coordination" for row in b.audit_log())
    a.close()
    b.close()
