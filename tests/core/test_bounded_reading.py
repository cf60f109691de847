"""Small crafted export files cannot exhaust memory or time: zip bombs, costly headers."""

from __future__ import annotations

import hashlib
import json
import secrets
import zipfile
from pathlib import Path

import pytest
from sync_support import add_complete, all_rows, empty_store, laptop

from inclusion_desktop.sync import bundle as bundle_module
from inclusion_desktop.sync.bundle import (
    MAGIC,
    BundleError,
    export_bundle,
    read_bundle,
)
from inclusion_desktop.sync.merge import merge_files

PASSPHRASE = "campagne Sambre 2025"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    store, form_id, operator_id = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(store, form_id, operator_id, {"age": 30})
    path = export_bundle(store, tmp_path / "bon.idbundle").path
    store.close()
    return path


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _bomb(good: Path, out: Path, mebibytes: int) -> Path:
    """The good file with its submissions member replaced by `mebibytes` of zeros (deflated)."""
    members = _members(good)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", members["manifest.json"])
        with zf.open("submissions.jsonl", "w", force_zip64=True) as member:
            zeros = b"\0" * (1 << 20)
            for _ in range(mebibytes):
                member.write(zeros)
        for name, data in members.items():
            if name not in ("manifest.json", "submissions.jsonl"):
                zf.writestr(name, data)
    return out


def test_zip_bomb_is_refused_before_decompression(good: Path, tmp_path: Path) -> None:
    bomb = _bomb(good, tmp_path / "bombe.idbundle", 600)
    assert bomb.stat().st_size < 1024 * 1024  # 600 MiB once decompressed
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        before = all_rows(coordinator)
        # No passphrase given: the refusal comes from the sizes alone.
        (report,) = merge_files(coordinator, [bomb])
        assert not report.ok and not report.merged
        assert "submissions.jsonl" in (report.refused_reason or "")
        assert "archive piégée" in (report.refused_reason or "")
        assert all_rows(coordinator) == before


def test_total_budget_is_enforced_while_decompressing(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = _bomb(good, tmp_path / "bombe.idbundle", 3)
    # Declared sizes under the caps, but the decompressed total is over: reading stops there.
    monkeypatch.setattr(bundle_module, "MAX_TOTAL_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(bundle_module, "_check_sizes", lambda zf, path: None)
    with pytest.raises(BundleError, match="archive piégée"):
        read_bundle(bomb)


def test_too_many_members_and_too_large_file(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_module, "MAX_MEMBERS", 3)
    with pytest.raises(BundleError, match="membres"):
        read_bundle(good)
    monkeypatch.setattr(bundle_module, "MAX_FILE_BYTES", 100)
    with pytest.raises(BundleError, match="refusé sans être ouvert"):
        read_bundle(good)


def _encrypted(tmp_path: Path) -> Path:
    store, form_id, operator_id = laptop(tmp_path / "e.sqlite", "Portable E")
    add_complete(store, form_id, operator_id, {"age": 41})
    path = export_bundle(store, tmp_path / "chiffre.idbundle", passphrase=PASSPHRASE).path
    store.close()
    return path


def test_header_asking_a_higher_scrypt_cost_is_refused_without_deriving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bytearray(_encrypted(tmp_path).read_bytes())
    data[len(MAGIC) + 2] = 22  # log2(n): 4 GiB of memory per attempt if obeyed
    header = bytes(data[: bundle_module._HEADER.size])
    digest = hashlib.sha256(header).digest()[:8]  # a consistent header: only the cost is wrong
    data[len(header) : len(header) + 8] = digest
    costly = tmp_path / "couteux.idbundle"
    costly.write_bytes(bytes(data))

    def forbidden(*args: object) -> None:
        raise AssertionError("scrypt must not run on a refused header")

    monkeypatch.setattr(bundle_module, "_derive", forbidden)
    with pytest.raises(BundleError, match="en-tête de chiffrement endommagé"):
        read_bundle(costly, PASSPHRASE)


@pytest.mark.parametrize("offset", [13, 20, 30, 45, 60])
def test_damaged_header_is_not_called_a_wrong_passphrase(tmp_path: Path, offset: int) -> None:
    data = bytearray(_encrypted(tmp_path).read_bytes())
    data[offset] ^= 0x10  # salt, nonce, key check or the header digest itself
    damaged = tmp_path / "abime.idbundle"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BundleError) as refused:
        read_bundle(damaged, PASSPHRASE)
    assert "endommagé" in refused.value.reason
    assert "phrase de passe incorrecte" not in refused.value.reason
    with pytest.raises(BundleError, match="phrase de passe incorrecte"):
        read_bundle(_encrypted(tmp_path / "autre"), "mauvaise phrase")


def test_files_encrypted_by_the_previous_version_still_open(good: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    clear = good.read_bytes()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check = bundle_module._derive(PASSPHRASE, salt, 15, 8, 1)
    header = bundle_module._HEADER.pack(MAGIC, 1, 15, 8, 1, salt, nonce, check)
    old = tmp_path / "ancien.idbundle"
    old.write_bytes(header + AESGCM(key).encrypt(nonce, clear, header))
    assert read_bundle(old, PASSPHRASE).submissions == read_bundle(good).submissions
    manifest = json.loads(_members(good)["manifest.json"])
    assert manifest["counts"]["submissions"] == 1
    # The same old file asking a higher cost is refused.
    costly = bundle_module._HEADER.pack(MAGIC, 1, 20, 8, 1, salt, nonce, check)
    (tmp_path / "ancien-couteux.idbundle").write_bytes(costly + b"x" * 64)
    with pytest.raises(BundleError, match="endommagé"):
        read_bundle(tmp_path / "ancien-couteux.idbundle", PASSPHRASE)
