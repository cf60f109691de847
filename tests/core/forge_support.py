"""Hand-crafted export files, as an attacker with the campaign passphrase could write them."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inclusion_desktop.store import Store
from inclusion_desktop.store.hashing import content_hash_of_text
from inclusion_desktop.sync.signing import laptop_key, revision_message, sign_manifest


def read_members(path: Path) -> dict[str, bytes]:
    """Every member of a clear export file."""
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def forge(
    path: Path,
    out: Path,
    change: Callable[[dict[str, Any], list[dict[str, Any]]], None],
    sign: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """Rewrite a clear export file, recomputing every member hash and count afterwards.

    `change(manifest, submission records)` edits them in place; the result passes the
    integrity checks a file had before signatures. It is unsigned, or signed by `sign`
    (see :func:`signed_by`).
    """
    members = read_members(path)
    manifest = json.loads(members["manifest.json"])
    records = [json.loads(line) for line in members["submissions.jsonl"].decode().splitlines()]
    change(manifest, records)
    members["submissions.jsonl"] = "".join(
        json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n" for rec in records
    ).encode()
    hashes = {rev["hash"] for rec in records for rev in rec["revisions"]}
    manifest["counts"] = {
        "submissions": len(records),
        "revisions": len(hashes),
        "deletions": sum(
            rev["status"] == "deleted" for rec in records for rev in rec["revisions"]
        ),
    }
    for name, data in members.items():
        if name != "manifest.json":
            manifest["members"][name] = hashlib.sha256(data).hexdigest()
    manifest.pop("signature", None)  # unsigned unless `sign` signs it again
    if sign is not None:
        sign(manifest)
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def rehash(record: dict[str, Any], revision: dict[str, Any]) -> str:
    """Recompute (and set) a revision's hash after its content was edited."""
    revision["hash"] = content_hash_of_text(
        submission=record["uuid"],
        form=record["form"],
        status=revision["status"],
        answers_text=revision["answers"],
        parent=revision["parent"],
        reason=revision["reason"],
        parent2=revision.get("parent2"),
    )
    return str(revision["hash"])


def signed_by(store: Store) -> Callable[[dict[str, Any]], None]:
    """Sign a manifest with `store`'s laptop key, as that laptop (maybe a malicious one) would."""
    key = laptop_key(store)
    device = store.device()
    assert device is not None

    def sign(manifest: dict[str, Any]) -> None:
        sign_manifest(key, {"uuid": device.uuid, "name": device.name}, manifest)

    return sign


def sign_revision(store: Store, content_hash: str) -> str:
    """`store`'s laptop signature of a revision it claims to have made."""
    device = store.device()
    assert device is not None
    return laptop_key(store).sign(revision_message(content_hash, device.uuid))
