"""The purge counts a version as exported only when its answers are in the file and verify."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from forge_support import forge, rehash
from sync_support import add_complete, all_rows, laptop

from inclusion_desktop.services.campaign import PurgeRefused, check_purge, purge_campaign
from inclusion_desktop.sync.bundle import export_bundle


def _redacted_heads(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
    """Each current version replaced by an empty « redacted » stand-in with a forged child."""
    manifest["format_version"] = max(manifest["format_version"], 2)
    for record in records:
        head = record["revisions"][-1]
        head["answers"] = "{}"
        head["redacted"] = True  # keeps the hash of the real current version
        child = copy.deepcopy(head)
        del child["redacted"]
        child.update(parent=head["hash"], number=head["number"] + 1)
        rehash(record, child)
        record["revisions"].append(child)


def test_redacted_stand_ins_for_current_versions_do_not_allow_a_purge(tmp_path: Path) -> None:
    store, form_id, op = laptop(tmp_path / "terrain.sqlite", "Portable A")
    for age in range(20, 30):
        add_complete(store, form_id, op, {"age": age})
    real = export_bundle(store, tmp_path / "vrai.idbundle").path
    forged = forge(real, tmp_path / "faux.idbundle", _redacted_heads)
    check = check_purge(store, forged)
    assert check.bundle_error is None  # the file itself reads: only the purge must say no
    assert not check.ok and len(check.missing) == 10
    before = all_rows(store)
    try:
        purge_campaign(store, forged, operator_id=op)
    except PurgeRefused as refused:
        assert "10" in str(refused) or "manque" in str(refused).lower()
    else:
        raise AssertionError("the purge must be refused")
    assert all_rows(store) == before
    # The genuine file still allows it.
    assert check_purge(store, real).ok
    store.close()
