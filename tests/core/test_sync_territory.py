"""The edited territory travels in export files: the later save wins, quartiers in use stay."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from sync_support import add_complete, laptop

from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import (
    MANIFEST,
    NEWEST_FORMAT_VERSION,
    TERRITORY,
    TERRITORY_FORMAT_VERSION,
    BundleError,
    bundle_manifest,
    export_bundle,
    read_bundle,
)
from inclusion_desktop.sync.merge import merge_files, preview_files
from inclusion_desktop.territory import (
    SETTING_TERRITORY,
    SETTING_TERRITORY_ORIGIN,
    TerritoryRow,
    is_territory_edited,
    load_territory,
    save_territory,
    shipped_territory,
    store_neighbourhoods,
)

PASSPHRASE = "campagne Sambre 2025"
HAUTS = TerritoryRow("hautmont", "Hautmont", "59291", "", "Les Hauts", "")


def _codes(store: Store) -> set[str]:
    return {n.code for n in store_neighbourhoods(store)}


def _with_hautmont(*extra: TerritoryRow) -> list[TerritoryRow]:
    return [*shipped_territory().rows, HAUTS, *extra]


def _settings(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT key, value FROM setting").fetchall())


def _territory_audit(store: Store) -> list[tuple[str, str | None, str]]:
    return [
        (row.detail, row.device_name, row.operator_name or "")
        for row in store.audit_log()
        if (row.action, row.target) == ("reglage", SETTING_TERRITORY)
    ]


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _rezip(out: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def test_an_edited_territory_travels_to_a_laptop_once(tmp_path: Path) -> None:
    coord, form, claire = laptop(tmp_path / "c.sqlite", "Coordination", operator="Claire")
    add_complete(coord, form, claire, {"age": 40})
    save_territory(coord, _with_hautmont(), operator_id=claire)
    path = export_bundle(coord, tmp_path / "c.idbundle", passphrase=PASSPHRASE).path
    manifest = bundle_manifest(path, PASSPHRASE)
    assert manifest["format_version"] == TERRITORY_FORMAT_VERSION
    assert TERRITORY in manifest["members"]
    incoming = read_bundle(path, PASSPHRASE).territory
    assert incoming is not None
    assert incoming["device"]["name"] == "Coordination"
    assert incoming["csv"] == coord.get_setting(SETTING_TERRITORY)

    lap, _, _ = laptop(tmp_path / "l.sqlite", "Portable A")
    assert "hautmont/les_hauts" not in _codes(lap)
    before = _settings(tmp_path / "l.sqlite")
    (preview,) = preview_files(lap, [path], passphrase=PASSPHRASE)
    assert (preview.territory, preview.ok) == ("updated", True)
    assert "serait remplacé" in preview.territory_message
    assert _settings(tmp_path / "l.sqlite") == before  # a preview writes nothing

    (report,) = merge_files(lap, [path], passphrase=PASSPHRASE)
    assert (report.ok, report.new, report.territory) == (True, 1, "updated")
    assert "Coordination" in report.territory_message
    assert "territoire" in report.summary()
    assert report.as_dict()["territory"] == {
        "outcome": "updated",
        "message": report.territory_message,
    }
    assert is_territory_edited(lap)
    assert "hautmont/les_hauts" in _codes(lap)
    assert load_territory(lap).csv_text() == load_territory(coord).csv_text()
    # Its own audit row, on this laptop, naming where the territory comes from.
    own = [row for row in _territory_audit(lap) if row[1] == "Portable A"]
    assert len(own) == 1
    assert "ajouté : Les Hauts (Hautmont)" in own[0][0]
    assert own[0][0].endswith("reçu de Coordination")
    # The origin is kept: the laptop passes the same save on, never a newer one.
    assert json.loads(lap.get_setting(SETTING_TERRITORY_ORIGIN) or "") == json.loads(
        coord.get_setting(SETTING_TERRITORY_ORIGIN) or ""
    )

    # Merging again changes nothing (beyond the merge's own log rows).
    settings = _settings(tmp_path / "l.sqlite")
    audit = _territory_audit(lap)
    (again,) = merge_files(lap, [path], passphrase=PASSPHRASE)
    assert (again.territory, again.new, again.already_present) == ("kept", 0, 1)
    assert "déjà à jour" in again.territory_message
    assert _settings(tmp_path / "l.sqlite") == settings
    assert _territory_audit(lap) == audit

    # Back to the coordination: its own save comes back, nothing changes.
    back = export_bundle(lap, tmp_path / "l.idbundle").path
    coord_settings = _settings(tmp_path / "c.sqlite")
    (returned,) = merge_files(coord, [back])
    assert returned.territory == "kept"
    assert _settings(tmp_path / "c.sqlite") == coord_settings


def test_an_older_edit_does_not_overwrite_a_newer_one(tmp_path: Path) -> None:
    a, _, _ = laptop(tmp_path / "a.sqlite", "Portable A")
    b, _, _ = laptop(tmp_path / "b.sqlite", "Coordination")
    renamed = [
        replace(row, label="Montplaisir – Les Hauts") if row.quartier == "montplaisir" else row
        for row in shipped_territory().rows
    ]
    save_territory(a, renamed, operator_id=None)  # older
    save_territory(b, _with_hautmont(), operator_id=None)  # newer
    old = export_bundle(a, tmp_path / "a.idbundle").path
    new = export_bundle(b, tmp_path / "b.idbundle").path

    b_settings = _settings(tmp_path / "b.sqlite")
    (report,) = merge_files(b, [old])
    assert (report.ok, report.territory) == (True, "kept")
    assert "n’est pas plus récent" in report.territory_message
    assert _settings(tmp_path / "b.sqlite") == b_settings
    assert "hautmont/les_hauts" in _codes(b)

    (report,) = merge_files(a, [new])
    assert report.territory == "updated"
    assert "hautmont/les_hauts" in _codes(a)
    names = {n.code: n.name for n in store_neighbourhoods(a)}
    assert names["maubeuge/montplaisir"] == "Montplaisir"
    # Whatever the order, both laptops end with the newer territory.
    assert load_territory(a).csv_text() == load_territory(b).csv_text()


def test_a_territory_removing_a_quartier_in_use_is_refused_alone(tmp_path: Path) -> None:
    coord, form, claire = laptop(tmp_path / "c.sqlite", "Coordination", operator="Claire")
    add_complete(coord, form, claire, {"age": 40})
    without = [row for row in _with_hautmont() if row.quartier != "montplaisir"]
    save_territory(coord, without, operator_id=None)
    path = export_bundle(coord, tmp_path / "c.idbundle").path

    lap, lap_form, samira = laptop(tmp_path / "l.sqlite", "Portable A")
    sub = lap.create_submission(
        form_version_id=lap_form, zone="maubeuge/montplaisir", operator_id=samira
    )
    lap.finalize(sub.uuid, {"age": 20}, samira)
    (preview,) = preview_files(lap, [path])
    assert preview.territory == "refused"
    (report,) = merge_files(lap, [path])
    assert (report.ok, report.merged, report.new) == (True, True, 1)  # the rest is merged
    assert report.territory == "refused"
    assert "Montplaisir" in report.territory_message
    assert "non appliqué" in report.territory_message
    assert "Montplaisir" in report.summary()
    assert not is_territory_edited(lap)
    assert "maubeuge/montplaisir" in _codes(lap)
    assert _territory_audit(lap) == [
        row for row in _territory_audit(lap) if row[1] == "Coordination"
    ]


def test_an_invalid_territory_is_refused_alone(tmp_path: Path) -> None:
    coord, _, _ = laptop(tmp_path / "c.sqlite", "Coordination")
    save_territory(coord, _with_hautmont(), operator_id=None)
    good = export_bundle(coord, tmp_path / "c.idbundle").path
    members = _members(good)
    record = json.loads(members[TERRITORY])
    record["csv"] = record["csv"].replace("Hautmont,59291,autre,", "Hautmont,59291,a_utre,")
    members[TERRITORY] = json.dumps(record).encode()
    manifest = json.loads(members[MANIFEST])
    manifest["members"][TERRITORY] = hashlib.sha256(members[TERRITORY]).hexdigest()
    del manifest["signature"]  # hand-made: unsigned, accepted while no laptop is enrolled
    members[MANIFEST] = json.dumps(manifest).encode()
    bad = _rezip(tmp_path / "bad.idbundle", members)
    lap, _, _ = laptop(tmp_path / "l.sqlite", "Portable A")
    (report,) = merge_files(lap, [bad])
    assert (report.ok, report.territory) == (True, "refused")
    assert "Autre quartier / hors QPV" in report.territory_message
    assert not is_territory_edited(lap)


def test_tampering_with_the_territory_is_detected(tmp_path: Path) -> None:
    coord, _, _ = laptop(tmp_path / "c.sqlite", "Coordination")
    save_territory(coord, _with_hautmont(), operator_id=None)
    good = export_bundle(coord, tmp_path / "c.idbundle").path
    members = _members(good)
    changed = dict(members)
    changed[TERRITORY] = members[TERRITORY].replace(b"Les Hauts", b"Les Bas")
    with pytest.raises(BundleError, match="territory.json ne correspond pas"):
        read_bundle(_rezip(tmp_path / "modifie.idbundle", changed))
    # Dropping the member and its hash: the manifest still says a territory was sent.
    dropped = {name: data for name, data in members.items() if name != TERRITORY}
    manifest = json.loads(members[MANIFEST])
    del manifest["members"][TERRITORY]
    dropped[MANIFEST] = json.dumps(manifest).encode()
    with pytest.raises(BundleError, match="membre manquant : territory.json"):
        read_bundle(_rezip(tmp_path / "sans.idbundle", dropped))
    # Encrypted: any change to the sealed file is refused.
    sealed = export_bundle(coord, tmp_path / "chiffre.idbundle", passphrase=PASSPHRASE).path
    data = bytearray(sealed.read_bytes())
    data[-20] ^= 0x01
    (tmp_path / "chiffre-modifie.idbundle").write_bytes(bytes(data))
    lap, _, _ = laptop(tmp_path / "l.sqlite", "Portable A")
    (report,) = merge_files(lap, [tmp_path / "chiffre-modifie.idbundle"], passphrase=PASSPHRASE)
    assert not report.ok and "modifié" in (report.refused_reason or "")
    assert not is_territory_edited(lap)


def test_bundles_without_a_territory_still_merge(tmp_path: Path) -> None:
    a, form, samira = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(a, form, samira, {"age": 30})
    plain = export_bundle(a, tmp_path / "a.idbundle").path
    manifest = bundle_manifest(plain)
    assert manifest["format_version"] == 1
    assert TERRITORY not in manifest["members"] and "territory_saved_at" not in manifest
    assert read_bundle(plain).territory is None

    coord, _, _ = laptop(tmp_path / "c.sqlite", "Coordination")
    save_territory(coord, _with_hautmont(), operator_id=None)
    (report,) = merge_files(coord, [plain])
    assert (report.ok, report.new, report.territory) == (True, 1, "")
    assert report.as_dict()["territory"] is None
    assert "territoire" not in report.summary()
    assert "hautmont/les_hauts" in _codes(coord)


def test_a_newer_format_is_refused_with_the_update_message(tmp_path: Path) -> None:
    coord, _, _ = laptop(tmp_path / "c.sqlite", "Coordination")
    save_territory(coord, _with_hautmont(), operator_id=None)
    members = _members(export_bundle(coord, tmp_path / "c.idbundle").path)
    manifest = json.loads(members[MANIFEST])
    manifest["format_version"] = NEWEST_FORMAT_VERSION + 1
    members[MANIFEST] = json.dumps(manifest).encode()
    with pytest.raises(BundleError, match="mettez inclusion_desktop à jour"):
        read_bundle(_rezip(tmp_path / "futur.idbundle", members))


def test_a_store_edited_before_save_times_were_kept_still_travels(tmp_path: Path) -> None:
    old, _, _ = laptop(tmp_path / "old.sqlite", "Ancien poste")
    save_territory(old, _with_hautmont(), operator_id=None)
    with closing(sqlite3.connect(tmp_path / "old.sqlite")) as conn, conn:
        conn.execute("DELETE FROM setting WHERE key = ?", (SETTING_TERRITORY_ORIGIN,))
    saved_at = [row.created_at for row in old.audit_log() if row.target == SETTING_TERRITORY][-1]
    incoming = read_bundle(export_bundle(old, tmp_path / "old.idbundle").path).territory
    assert incoming is not None
    assert incoming["saved_at"] == saved_at.isoformat(timespec="microseconds")
    assert incoming["device"]["name"] == "Ancien poste"
    lap, _, _ = laptop(tmp_path / "l.sqlite", "Portable A")
    (report,) = merge_files(lap, [tmp_path / "old.idbundle"])
    assert report.territory == "updated"
    assert "hautmont/les_hauts" in _codes(lap)
