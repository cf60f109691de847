"""Export-file refusals are catalogued: a code and parameters, the same French, and English too.

Each damaged file is a real export rewritten, read back by the real reader; it is left as it was.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_support import add_complete, laptop
from translation_support import english

from inclusion_desktop.catalogue import Code
from inclusion_desktop.store import Store
from inclusion_desktop.sync import bundle as bundle_module
from inclusion_desktop.sync.bundle import BundleError, export_bundle, read_bundle


@pytest.fixture
def good(tmp_path: Path) -> Iterator[Path]:
    """A clear export file of one laptop with one questionnaire."""
    store: Store
    store, form_id, operator_id = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(store, form_id, operator_id, {"age": 20})
    yield export_bundle(store, tmp_path / "bon.idbundle").path
    store.close()


def _rewritten(good: Path, out: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(good) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    change(members)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _manifest_changed(**changes: object) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest.update(changes)
        members["manifest.json"] = json.dumps(manifest).encode()

    return change


def _refused(path: Path) -> BundleError:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    assert (path.read_bytes() if path.is_file() else None) == before  # left as it was
    return caught.value


def test_undeclared_and_damaged_members_render_in_french_and_english(
    good: Path, tmp_path: Path
) -> None:
    extra = _refused(
        _rewritten(good, tmp_path / "ajout.idbundle", lambda m: m.update({"extra.txt": b"x"}))
    )
    assert extra.code is Code.BUNDLE_MEMBER_UNDECLARED
    assert extra.params == {"name": "extra.txt"}
    assert str(extra) == "ajout.idbundle : membre non déclaré dans le manifeste : extra.txt."
    assert (
        extra.render(english()) == "ajout.idbundle: member not declared in the manifest: extra.txt."
    )

    def answers_changed(members: dict[str, bytes]) -> None:
        members["submissions.jsonl"] = members["submissions.jsonl"].replace(b"20", b"22", 1)

    changed = _refused(_rewritten(good, tmp_path / "membre.idbundle", answers_changed))
    assert changed.code is Code.BUNDLE_MEMBER_HASH
    assert changed.reason == (
        "le membre submissions.jsonl ne correspond pas à son empreinte SHA-256."
    )
    assert changed.reason_text.render(english()) == (
        "the member submissions.jsonl does not match its SHA-256 hash."
    )


def test_manifest_problems_render_in_french_and_english(good: Path, tmp_path: Path) -> None:
    newer = bundle_module.NEWEST_FORMAT_VERSION + 1
    future = _refused(
        _rewritten(good, tmp_path / "futur.idbundle", _manifest_changed(format_version=newer))
    )
    assert future.code is Code.BUNDLE_NEWER_FORMAT
    newest = bundle_module.NEWEST_FORMAT_VERSION
    assert future.reason == (
        f"fichier d'export au format {newer}, plus récent que celui de cette application "
        f"({newest}) : mettez inclusion_desktop à jour."
    )
    assert future.reason_text.render(english()) == (
        f"export file in format {newer}, newer than this application's ({newest}): "
        "update inclusion_desktop."
    )

    listless = _refused(
        _rewritten(good, tmp_path / "liste.idbundle", _manifest_changed(members=None))
    )
    assert listless.code is Code.BUNDLE_MANIFEST_NO_MEMBERS
    assert listless.reason == "manifeste invalide (liste des membres absente)."
    assert listless.reason_text.render(english()) == "invalid manifest (list of members missing)."


def test_content_too_large_once_decompressed_names_the_member(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_module, "MAX_MEMBER_BYTES", 10)
    bomb = _refused(good)
    assert bomb.code is Code.BUNDLE_MEMBER_BOMB
    assert bomb.reason.startswith("le membre ")
    assert "dépasserait 0 Mio une fois décompressé (archive piégée ou endommagée)" in bomb.reason
    assert "would exceed 0 Mio once decompressed" in bomb.reason_text.render(english())


def test_an_unreadable_file_names_the_system_reason(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.idbundle"
    folder.mkdir()
    unreadable = _refused(folder)
    assert unreadable.code is Code.BUNDLE_UNREADABLE
    assert str(unreadable).startswith("dossier.idbundle : lecture impossible (")
    assert unreadable.render(english()).startswith("dossier.idbundle: cannot be read (")


def test_a_content_check_names_the_questionnaire_in_french_and_english(
    good: Path, tmp_path: Path
) -> None:
    def unknown_entry_mode(members: dict[str, bytes]) -> None:
        record = json.loads(members["submissions.jsonl"])
        record["entry_mode"] = "télépathie"
        members["submissions.jsonl"] = json.dumps(record).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["members"]["submissions.jsonl"] = hashlib.sha256(
            members["submissions.jsonl"]
        ).hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()

    refused = _refused(_rewritten(good, tmp_path / "mode.idbundle", unknown_entry_mode))
    uuid = json.loads(_member(good, "submissions.jsonl"))["uuid"]
    assert refused.code is Code.BUNDLE_CONTENT_INVALID
    assert refused.reason == f"contenu invalide (ValueError: {uuid} : mode de saisie inconnu)."
    assert refused.reason_text.render(english()) == (
        f"invalid content (ValueError: {uuid}: unknown entry mode)."
    )


def _member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


@pytest.mark.parametrize(
    ("what", "french", "english_text"),
    [
        (
            "fichier PDF",
            "papier.pdf : le support est en lecture seule ou l'écriture y est interdite : "
            "aucun fichier PDF n'a été écrit.",
            "papier.pdf: the medium is read-only or writing to it is forbidden: "
            "no PDF file was written.",
        ),
        (
            "fichier d'export",
            "papier.pdf : le support est en lecture seule ou l'écriture y est interdite : "
            "aucun fichier d'export n'a été écrit.",
            "papier.pdf: the medium is read-only or writing to it is forbidden: "
            "no export file was written.",
        ),
    ],
)
def test_a_refused_write_names_the_file_not_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    french: str,
    english_text: str,
) -> None:
    def read_only_fsync(fd: int) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(bundle_module.os, "fsync", read_only_fsync)
    with pytest.raises(BundleError) as caught:
        bundle_module.write_atomically(tmp_path / "papier.pdf", b"%PDF", what=what)
    assert caught.value.code is Code.BUNDLE_READ_ONLY
    assert str(caught.value) == french
    assert caught.value.render(english()) == english_text
    assert list(tmp_path.iterdir()) == []
