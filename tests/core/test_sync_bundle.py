"""Bundle files: atomic verified writes, encryption, and every kind of refused file."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_support import add_complete, all_rows, empty_store, laptop

from inclusion_desktop.store import Store
from inclusion_desktop.sync import bundle as bundle_module
from inclusion_desktop.sync.bundle import (
    MAGIC,
    BundleError,
    bundle_manifest,
    export_bundle,
    read_bundle,
)
from inclusion_desktop.sync.merge import merge_files

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "campagne Sambre 2025"


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[Store, int, int, list[str]]]:
    """A laptop with two questionnaires, one edited, one deleted."""
    store, form_id, operator_id = laptop(tmp_path / "a.sqlite", "Portable A")
    uuids = [add_complete(store, form_id, operator_id, {"age": age}) for age in (20, 30)]
    store.save_revision(uuids[0], {"age": 21, "note": "« réponse » ü"}, operator_id)
    store.delete_submission(uuids[1], "Doublon", operator_id)
    yield store, form_id, operator_id, uuids
    store.close()


def _rezip(path: Path, out: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """Copy a clear bundle with some members changed (the manifest is a member too)."""
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    change(members)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _set_manifest(members: dict[str, bytes], **changes: Any) -> None:
    manifest = json.loads(members["manifest.json"])
    manifest.update(changes)
    members["manifest.json"] = json.dumps(manifest).encode()


def test_export_contents_and_manifest(source: Any, tmp_path: Path) -> None:
    store, _, _, uuids = source
    result = export_bundle(store, tmp_path / "jour.idbundle")
    assert (result.submissions, result.revisions, result.deletions) == (2, 4, 1)
    assert result.verified and not result.encrypted
    manifest = bundle_manifest(result.path)
    assert manifest["format_version"] == 1
    assert manifest["device"]["name"] == "Portable A"
    assert [op["name"] for op in manifest["operators"]] == ["Samira"]
    assert manifest["counts"] == {"submissions": 2, "revisions": 4, "deletions": 1}
    with zipfile.ZipFile(result.path) as zf:
        assert set(zf.namelist()) == {"manifest.json", *manifest["members"]}
        assert any(name.startswith("forms/") for name in zf.namelist())
    incoming = read_bundle(result.path)
    assert {rec["uuid"] for rec in incoming.submissions} == set(uuids)
    assert [e.file_sha256 for e in store.exports()] == [result.sha256]
    with pytest.raises(BundleError, match="existe déjà"):
        export_bundle(store, result.path)


def test_encrypted_bundle_round_trip_and_leaks_nothing(source: Any, tmp_path: Path) -> None:
    store, _, _, uuids = source
    result = export_bundle(store, tmp_path / "secret.idbundle", passphrase=PASSPHRASE)
    data = result.path.read_bytes()
    assert data.startswith(MAGIC) and result.encrypted
    assert b"Portable A" not in data and uuids[0].encode() not in data
    assert {r["uuid"] for r in read_bundle(result.path, PASSPHRASE).submissions} == set(uuids)


# -- refused files: each merged next to a good one, nothing written for it ---------------------


def _truncated(good: Path, enc: Path, tmp: Path) -> Path:
    out = tmp / "tronque.idbundle"
    out.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return out


def _corrupted(good: Path, enc: Path, tmp: Path) -> Path:
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("submissions.jsonl")
    data[info.header_offset + 60] ^= 0xFF
    out = tmp / "abime.idbundle"
    out.write_bytes(bytes(data))
    return out


def _member_hash(good: Path, enc: Path, tmp: Path) -> Path:
    def change(members: dict[str, bytes]) -> None:
        members["submissions.jsonl"] = members["submissions.jsonl"].replace(b"21", b"22", 1)

    return _rezip(good, tmp / "membre.idbundle", change)


def _revision_hash(good: Path, enc: Path, tmp: Path) -> Path:
    """Answers changed and the member hash updated: only the revision hash can tell."""

    def change(members: dict[str, bytes]) -> None:
        import hashlib

        lines = members["submissions.jsonl"].replace(b'\\"age\\":21', b'\\"age\\":99', 1)
        assert lines != members["submissions.jsonl"]
        members["submissions.jsonl"] = lines
        manifest = json.loads(members["manifest.json"])
        manifest["members"]["submissions.jsonl"] = hashlib.sha256(lines).hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()

    return _rezip(good, tmp / "revision.idbundle", change)


def _tampered_encrypted(good: Path, enc: Path, tmp: Path) -> Path:
    data = bytearray(enc.read_bytes())
    data[len(data) // 2] ^= 0x01
    out = tmp / "chiffre-modifie.idbundle"
    out.write_bytes(bytes(data))
    return out


def _wrong_passphrase(good: Path, enc: Path, tmp: Path) -> Path:
    return enc  # merged below with a different passphrase


def _newer_format(good: Path, enc: Path, tmp: Path) -> Path:
    newer = bundle_module.NEWEST_FORMAT_VERSION + 1
    return _rezip(good, tmp / "futur.idbundle", lambda m: _set_manifest(m, format_version=newer))


def _newer_encrypted_format(good: Path, enc: Path, tmp: Path) -> Path:
    data = bytearray(enc.read_bytes())
    data[len(MAGIC) : len(MAGIC) + 2] = (bundle_module.HEADER_VERSION + 1).to_bytes(2, "big")
    out = tmp / "futur-chiffre.idbundle"
    out.write_bytes(bytes(data))
    return out


def _not_a_bundle(good: Path, enc: Path, tmp: Path) -> Path:
    out = tmp / "notes.idbundle"
    out.write_text("Liste des rendez-vous\n", encoding="utf-8")
    return out


def _other_zip(good: Path, enc: Path, tmp: Path) -> Path:
    out = tmp / "photos.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("photo.txt", "pas un paquet")
    return out


def _empty(good: Path, enc: Path, tmp: Path) -> Path:
    out = tmp / "vide.idbundle"
    out.write_bytes(b"")
    return out


def _undeclared_member(good: Path, enc: Path, tmp: Path) -> Path:
    return _rezip(good, tmp / "ajout.idbundle", lambda m: m.update({"extra.txt": b"x"}))


def _missing(good: Path, enc: Path, tmp: Path) -> Path:
    return tmp / "absent.idbundle"


REFUSALS = {
    "truncated": (_truncated, "tronqué ou endommagé"),
    "corrupted": (_corrupted, "tronqué ou endommagé|empreinte"),
    "member hash": (_member_hash, "ne correspond pas à son empreinte SHA-256"),
    "revision hash": (_revision_hash, "révision .* ne correspond pas à son empreinte"),
    "modified after encryption": (_tampered_encrypted, "modifié ou tronqué après chiffrement"),
    "wrong passphrase": (_wrong_passphrase, "phrase de passe incorrecte"),
    "newer format": (_newer_format, "plus récent"),
    "newer encrypted format": (_newer_encrypted_format, "plus récent"),
    "not a bundle": (_not_a_bundle, "n'est pas un fichier d'export"),
    "zip but not a bundle": (_other_zip, "n'est pas un fichier d'export"),
    "empty file": (_empty, "n'est pas un fichier d'export"),
    "undeclared member": (_undeclared_member, "non déclaré"),
    "missing file": (_missing, "introuvable"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refused_file_writes_nothing_and_does_not_block_others(
    case: str, source: Any, tmp_path: Path
) -> None:
    store, _, _, uuids = source
    good = export_bundle(store, tmp_path / "bon.idbundle").path
    enc = export_bundle(store, tmp_path / "chiffre.idbundle", passphrase=PASSPHRASE).path
    make, message = REFUSALS[case]
    bad = make(good, enc, tmp_path)
    passphrase = "mauvaise phrase" if case == "wrong passphrase" else PASSPHRASE
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        before = all_rows(coordinator)
        (alone,) = merge_files(coordinator, [bad], passphrase=passphrase)
        assert not alone.ok and not alone.merged
        assert all_rows(coordinator) == before
        import re

        assert re.search(message, alone.refused_reason or ""), alone.refused_reason
        # With a campaign passphrase a clear file is refused: the good companion is encrypted.
        companion, companion_passphrase = (
            (good, None) if case == "wrong passphrase" else (enc, passphrase)
        )
        reports = merge_files(coordinator, [bad, companion], passphrase=companion_passphrase)
        assert [r.ok for r in reports] == [False, True]
        assert reports[1].new == 2
        assert {row.uuid for row in coordinator.list_submissions()} == set(uuids)
        with pytest.raises(BundleError) as caught:
            read_bundle(bad, passphrase)
        assert bad.name in str(caught.value)


def test_encrypted_without_passphrase_is_refused(source: Any, tmp_path: Path) -> None:
    store = source[0]
    enc = export_bundle(store, tmp_path / "chiffre.idbundle", passphrase=PASSPHRASE).path
    with pytest.raises(BundleError, match="indiquez la phrase de passe"):
        read_bundle(enc)


# -- writing failures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "message"),
    [(errno.ENOSPC, "espace insuffisant"), (errno.EROFS, "lecture seule")],
)
def test_full_or_read_only_key_leaves_no_file(
    source: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    store = source[0]
    key = tmp_path / "cle"
    key.mkdir()

    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(bundle_module.os, "fsync", failing_fsync)
    with pytest.raises(BundleError, match=message) as caught:
        export_bundle(store, key / "jour.idbundle")
    assert "jour.idbundle" in str(caught.value)
    assert list(key.iterdir()) == []
    assert store.exports() == []


def test_vanished_folder_is_a_clear_error(source: Any, tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="n'existe pas"):
        export_bundle(source[0], tmp_path / "cle-retiree" / "jour.idbundle")


def test_export_killed_mid_write_leaves_no_valid_bundle(source: Any, tmp_path: Path) -> None:
    store = source[0]
    assert store.path is not None
    store.close()
    key = tmp_path / "cle"
    key.mkdir()
    out = key / "jour.idbundle"
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from inclusion_desktop.store import Store
        from inclusion_desktop.sync import bundle

        real_write = os.fdopen
        def dying_fdopen(fd, mode):
            stream = real_write(fd, mode)
            class Half:
                def write(self, data):
                    stream.write(data[: len(data) // 2])
                    stream.flush()
                    os.kill(os.getpid(), signal.SIGKILL)
                def __getattr__(self, name):
                    return getattr(stream, name)
                def __enter__(self):
                    return self
                def __exit__(self, *exc):
                    return False
            return Half()
        bundle.os.fdopen = dying_fdopen
        with Store.open({str(store.path)!r}) as store:
            bundle.export_bundle(store, Path({str(out)!r}))
        """
    )
    process = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert process.returncode == -signal.SIGKILL, process.stderr
    assert not out.exists()
    leftovers = list(key.iterdir())
    assert leftovers and all(p.name.startswith(".") and p.suffix == ".part" for p in leftovers)
    for partial in leftovers:
        with pytest.raises(BundleError):
            read_bundle(partial)
    with Store.open(str(store.path)) as reopened:
        assert reopened.exports() == []
        assert export_bundle(reopened, out).verified


def test_rezip_helper_is_faithful(source: Any, tmp_path: Path) -> None:
    """The refusal cases above start from an untouched copy that is itself accepted."""
    good = export_bundle(source[0], tmp_path / "bon.idbundle").path
    copy = _rezip(good, tmp_path / "copie.idbundle", lambda members: None)
    assert len(read_bundle(copy).submissions) == 2
    assert io.BytesIO(copy.read_bytes()).read(4) == b"PK\x03\x04"
