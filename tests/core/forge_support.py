"""Hand-crafted export files, as an attacker with the campaign passphrase could write them."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inclusion_desktop.store.hashing import content_hash_of_text


def read_members(path: Path) -> dict[str, bytes]:
    """Every member of a clear export file."""
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def forge(
    path: Path,
    out: Path,
    change: Callable[[dict[str, Any], list[dict[str, Any]]], None],
) -> Path:
    """Rewrite a clear export file, recomputing every member hash and count afterwards.

    `change(manifest, submission records)` edits them in place; the result passes the
    integrity checks a file had before signatures.
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
