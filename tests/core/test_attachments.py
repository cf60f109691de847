"""Attached files: kept in the store, carried and checked in export files, purged with the rest."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sync_support import FORM_SHA, FORM_SOURCE, add_complete, all_rows, empty_store, laptop

from inclusion_desktop.services.campaign import purge_campaign
from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.store.attachments import MAX_ATTACHMENT_BYTES, clean_file_name
from inclusion_desktop.sync.bundle import (
    ATTACHMENTS_FORMAT_VERSION,
    BundleError,
    bundle_manifest,
    export_bundle,
    read_bundle,
)
from inclusion_desktop.sync.merge import merge_files
from inclusion_desktop.sync.tabular import TabularError, export_tables

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
RECORDING = b"OggS" + b"\x01" * 5000


def _filled(store: Store, form_id: int, operator_id: int) -> tuple[str, str]:
    """A questionnaire whose answer names a photo; returns its uuid and the stored name."""
    sub = store.create_submission(form_version_id=form_id, zone="QPV-A", operator_id=operator_id)
    info = store.add_attachment(sub.uuid, question="photo", file_name="/tmp/façade.png", data=PHOTO)
    store.finalize(sub.uuid, {"age": 40, "photo": info.file_name}, operator_id)
    return sub.uuid, info.file_name


def test_store_round_trip(store_url: str) -> None:
    with Store.open(store_url) as store:
        form = store.register_form(
            source=FORM_SOURCE,
            filename="enquete.md",
            form_id="enquete",
            version="1",
            title="Enquête",
            sha256=FORM_SHA,
        )
        operator = store.add_operator("Samira").id
        sub = store.create_submission(form_version_id=form.id, zone="QPV-A", operator_id=operator)
        first = store.add_attachment(sub.uuid, question="photo", file_name="façade.png", data=PHOTO)
        assert (first.file_name, first.media_type, first.size) == (
            "façade.png",
            "image/png",
            len(PHOTO),
        )
        assert first.sha256 == hashlib.sha256(PHOTO).hexdigest()
        # The same file again is not stored twice; another content with that name is renamed.
        again = store.add_attachment(sub.uuid, question="photo", file_name="façade.png", data=PHOTO)
        assert again.file_name == "façade.png"
        other = store.add_attachment(
            sub.uuid, question="photo", file_name="façade.png", data=RECORDING
        )
        assert other.file_name == "façade-2.png"
        assert [a.file_name for a in store.attachments(sub.uuid)] == ["façade.png", "façade-2.png"]
        assert store.attachment_data(sub.uuid, "façade-2.png") == RECORDING
        assert store.attachment_counts([sub.uuid]) == {sub.uuid: 2}
        with pytest.raises(StoreError, match="introuvable"):
            store.attachment_data(sub.uuid, "absent.png")


def test_file_above_the_cap_is_refused_and_nothing_written(tmp_path: Path) -> None:
    store, form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    with store:
        sub = store.create_submission(form_version_id=form_id, zone="QPV-A", operator_id=operator)
        before = all_rows(store)
        with pytest.raises(StoreError) as caught:
            store.add_attachment(
                sub.uuid,
                question="video",
                file_name="film.mp4",
                data=b"0" * (MAX_ATTACHMENT_BYTES + 1),
            )
        assert "film.mp4" in caught.value.message and "20,0 Mo" in caught.value.message
        assert all_rows(store) == before


def test_attachment_rows_are_never_changed(tmp_path: Path) -> None:
    store, form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    with store:
        uuid, _name = _filled(store, form_id, operator)
        with store.engine.begin() as conn, pytest.raises(Exception, match="never changed"):
            conn.exec_driver_sql("UPDATE attachment SET data = x'00'")
        assert store.attachment_data(uuid, "façade.png") == PHOTO


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("C:\\Users\\marie\\photo 1.jpg", "photo 1.jpg"),
        ("../../etc/passwd", "passwd"),
        ("a:b?.txt", "a_b_.txt"),
        ("..", "fichier"),
        ("son\x00.ogg", "son_.ogg"),
    ],
)
def test_file_names_are_made_safe(given: str, kept: str) -> None:
    assert clean_file_name(given) == kept


def test_bundle_round_trip_merges_without_duplicates(tmp_path: Path) -> None:
    source, form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    with source:
        uuid, name = _filled(source, form_id, operator)
        # Attached then removed before saving: not an answer, it stays home.
        source.add_attachment(uuid, question="son", file_name="essai.ogg", data=RECORDING)
        result = export_bundle(source, tmp_path / "jour.idbundle")
    manifest = bundle_manifest(result.path)
    assert manifest["format_version"] == ATTACHMENTS_FORMAT_VERSION
    [entry] = manifest["attachments"]
    assert (entry["file_name"], entry["sha256"]) == (name, hashlib.sha256(PHOTO).hexdigest())
    # The file is signed with the rest: its member hash is in the signed manifest.
    assert manifest["members"][entry["member"]] == entry["sha256"] and "signature" in manifest
    incoming = read_bundle(result.path)
    assert [a["data"] for a in incoming.attachments] == [PHOTO]
    with empty_store(tmp_path / "coord.sqlite") as coordinator:
        [report] = merge_files(coordinator, [result.path], allow_unsigned=True)
        assert report.merged, report.refused_reason
        assert coordinator.attachment_data(uuid, name) == PHOTO
        merge_files(coordinator, [result.path], allow_unsigned=True)
        assert [a.file_name for a in coordinator.attachments(uuid)] == [name]


def test_tampered_attachment_is_refused_naming_the_file(tmp_path: Path) -> None:
    source, form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    with source:
        uuid, name = _filled(source, form_id, operator)
        result = export_bundle(source, tmp_path / "jour.idbundle")
    with zipfile.ZipFile(result.path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    [member] = [n for n in members if n.startswith("attachments/")]
    members[member] = PHOTO[:-1] + b"\x00"
    tampered = tmp_path / "modifie.idbundle"
    with zipfile.ZipFile(tampered, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    with pytest.raises(BundleError) as caught:
        read_bundle(tampered)
    assert name in caught.value.reason and uuid in caught.value.reason
    assert "empreinte" in caught.value.reason
    with empty_store(tmp_path / "coord.sqlite") as coordinator:
        before = all_rows(coordinator)
        [report] = merge_files(coordinator, [tampered], allow_unsigned=True)
        assert not report.merged and name in (report.refused_reason or "")
        assert all_rows(coordinator) == before


def test_same_name_other_content_at_merge_is_refused(tmp_path: Path) -> None:
    source, form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    with source:
        uuid, name = _filled(source, form_id, operator)
        result = export_bundle(source, tmp_path / "jour.idbundle")
    with zipfile.ZipFile(result.path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest: dict[str, Any] = json.loads(members["manifest.json"])
    del manifest["signature"]
    [entry] = manifest["attachments"]
    del members[entry["member"]], manifest["members"][entry["member"]]
    digest = hashlib.sha256(RECORDING).hexdigest()
    entry.update(member=f"attachments/{digest}", sha256=digest, size=len(RECORDING))
    members[entry["member"]] = RECORDING
    manifest["members"][entry["member"]] = digest
    members["manifest.json"] = json.dumps(manifest).encode()
    other = tmp_path / "autre.idbundle"
    with zipfile.ZipFile(other, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    with empty_store(tmp_path / "coord.sqlite") as coordinator:
        merge_files(coordinator, [result.path], allow_unsigned=True)
        before = all_rows(coordinator)
        with pytest.raises(StoreError) as caught:
            merge_files(coordinator, [other], allow_unsigned=True)
        assert name in caught.value.message and "autre contenu" in caught.value.message
        assert all_rows(coordinator) == before


def test_purge_and_abandon_remove_attachments(tmp_path: Path) -> None:
    store, form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    with store:
        _filled(store, form_id, operator)
        add_complete(store, form_id, operator, {"age": 50})
        abandoned = store.create_submission(
            form_version_id=form_id, zone="QPV-A", operator_id=operator
        )
        store.add_attachment(abandoned.uuid, question="photo", file_name="x.png", data=RECORDING)
        assert store.discard_untouched_draft(abandoned.uuid)
        bundle = export_bundle(store, tmp_path / "fin.idbundle").path
        purge_campaign(store, bundle, None, operator_id=operator)
        assert all_rows(store)["attachment"] == []
        assert store.path is not None and PHOTO not in store.path.read_bytes()


PHOTO_FORM = (
    b"| survey |\n| | type | name | label |\n| | integer | age | Age |\n"
    b"| | image | photo | Photo de la fa\xc3\xa7ade |\n"
    b"| | begin repeat | pieces | Pi\xc3\xa8ces |\n| | file | justificatif | Justificatif |\n"
    b"| | end repeat | | |\n"
    b"| settings |\n| | form_id | version |\n| | photos | 1 |\n"
)


def test_data_export_writes_the_files_beside_the_table(tmp_path: Path) -> None:
    store, _form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    with store:
        form = store.register_form(
            source=PHOTO_FORM,
            filename="photos.md",
            form_id="photos",
            version="1",
            title="Photos",
            sha256=hashlib.sha256(PHOTO_FORM).hexdigest(),
        )
        sub = store.create_submission(form_version_id=form.id, zone="QPV-A", operator_id=operator)
        photo = store.add_attachment(sub.uuid, question="photo", file_name="façade.png", data=PHOTO)
        paper = store.add_attachment(
            sub.uuid, question="pieces/justificatif", file_name="bail.pdf", data=RECORDING
        )
        answers = {"age": 33, "photo": photo.file_name, "pieces": [{"justificatif": "bail.pdf"}]}
        store.finalize(sub.uuid, answers, operator)
        out = tmp_path / "export" / "photos.csv"
        out.parent.mkdir()
        result = export_tables(store, out, fmt="csv", form_id="photos")
        folder = out.parent / "attachments" / sub.uuid.removeprefix("uuid:")
        assert result.attachments == 2
        assert (folder / "façade.png").read_bytes() == PHOTO
        assert (folder / paper.file_name).read_bytes() == RECORDING
        table = out.read_text(encoding="utf-8-sig")
        assert "façade.png" in table
        # Exported again: the same files are kept; a different file there is refused untouched.
        assert (
            export_tables(store, out.with_suffix(".xlsx"), fmt="xlsx", form_id="photos").attachments
            == 2
        )
        (folder / "façade.png").write_bytes(b"autre")
        before = out.read_bytes()
        with pytest.raises(TabularError, match="façade.png existe déjà"):
            export_tables(store, out, fmt="csv", form_id="photos")
        assert (folder / "façade.png").read_bytes() == b"autre" and out.read_bytes() == before
