"""Commands that would put real data at risk refuse, in French, and write nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from sync_support import add_complete, all_rows, laptop

from inclusion_desktop import cli
from inclusion_desktop.sync import bundle as bundle_module
from inclusion_desktop.sync.bundle import BundleError, export_bundle


def test_demo_refuses_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store, form_id, op = laptop(tmp_path / "terrain.sqlite", "Portable A")
    add_complete(store, form_id, op, {"age": 30})
    before = all_rows(store)
    store.close()
    db = str(tmp_path / "terrain.sqlite")
    assert cli.main(["demo", "--db", db, "--submissions", "3"]) == 1
    assert "pas des données de démonstration" in capsys.readouterr().err
    from inclusion_desktop.store import Store

    with Store.open(db) as reopened:
        assert all_rows(reopened) == before
    demo = str(tmp_path / "demo.sqlite")
    assert cli.main(["demo", "--db", demo, "--submissions", "3"]) == 0
    assert cli.main(["demo", "--db", demo, "--submissions", "2"]) == 0  # demo data: fine


def test_export_with_a_campaign_passphrase_always_encrypts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, form_id, op = laptop(tmp_path / "terrain.sqlite", "Portable A")
    add_complete(store, form_id, op, {"age": 30})
    export_bundle(store, tmp_path / "chiffre.idbundle", passphrase="campagne")
    store.close()
    out = tmp_path / "clair.idbundle"
    assert cli.main(["export", "--db", str(tmp_path / "terrain.sqlite"), "--out", str(out)]) == 1
    assert "chiffrés" in capsys.readouterr().err and not out.exists()


def test_read_only_key_even_for_the_cleanup_is_a_french_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, form_id, op = laptop(tmp_path / "terrain.sqlite", "Portable A")
    add_complete(store, form_id, op, {"age": 30})
    key = tmp_path / "cle"
    key.mkdir()
    real_unlink = Path.unlink

    def refusing_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == key:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        real_unlink(self, missing_ok=missing_ok)

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    from inclusion_desktop.sync.signing import laptop_key

    laptop_key(store)  # the laptop's key exists before the USB key goes read-only
    monkeypatch.setattr(bundle_module.os, "fsync", failing_fsync)
    monkeypatch.setattr(Path, "unlink", refusing_unlink)
    with pytest.raises(BundleError, match="lecture seule"):
        export_bundle(store, key / "jour.idbundle")
    store.close()
