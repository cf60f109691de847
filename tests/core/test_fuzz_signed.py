"""Fuzzing of signed export files, read by a coordinator whose campaign enrolled laptops.

Every mutated file must be refused with a BundleError (or some questionnaires refused), or, when
accepted, carry exactly the content that was signed: bit flips anywhere, truncations, file
signatures swapped between laptops, revision signatures swapped, a genuine file re-signed by a
laptop that is not enrolled. The default runs a few hundred cases; a longer campaign is
``FUZZ_SIGNED=5000 .venv/bin/pytest tests/core/test_fuzz_signed.py``, which prints its figures.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import zipfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from forge_support import read_members, signed_by
from sync_support import add_complete, laptop

from inclusion_desktop.sync.bundle import BundleError, CheckedBundle, _parse, export_bundle
from inclusion_desktop.sync.merge import merge_files
from inclusion_desktop.sync.signing import laptop_key
from inclusion_desktop.sync.trust import TrustPolicy, vet_signatures

CASES = int(os.environ.get("FUZZ_SIGNED", "300"))


@cache
def _files(folder: str) -> dict[str, Any]:
    """Laptop A's signed file, laptop B's file relaying A's work, and the keys."""
    base = Path(folder)
    a, form_a, op_a = laptop(base / "a.sqlite", "Portable A")
    for age in (19, 34, 61):
        uuid = add_complete(a, form_a, op_a, {"age": age})
    a.save_revision(uuid, {"age": 62}, op_a)
    file_a = export_bundle(a, base / "a.idbundle").path
    b, form_b, op_b = laptop(base / "b.sqlite", "Portable B", "Karim")
    add_complete(b, form_b, op_b, {"age": 45})
    merge_files(b, [file_a])
    file_b = export_bundle(b, base / "b.idbundle").path
    x, _, _ = laptop(base / "x.sqlite", "Portable X")
    keys = {
        a.device().uuid: laptop_key(a).public,  # type: ignore[union-attr]
        b.device().uuid: laptop_key(b).public,  # type: ignore[union-attr]
    }
    result = {
        "a": file_a,
        "b": file_b,
        "keys": keys,
        "x_sign": signed_by(x),
        "b_sign": signed_by(b),
    }
    for store in (a, b, x):
        store.close()
    return result


def _content(checked: CheckedBundle) -> tuple[Any, ...]:
    bundle = checked.bundle
    return (
        json.dumps(bundle.submissions, sort_keys=True),
        json.dumps(bundle.audit, sort_keys=True),
        [(f.sha256, f.source) for f in bundle.forms],
        bundle.device_uuid,
    )


def _outcome(data: bytes, files: dict[str, Any], genuine: CheckedBundle) -> str:
    """refused / partly refused / identical (accepted, same content) / WRONG (accepted, changed)."""
    policy = TrustPolicy(dict(files["keys"]), True, False)
    path = Path("fuzz.idbundle")
    try:
        parsed = _parse(data, path, None)
        vetted = vet_signatures(
            CheckedBundle(parsed.bundle, parsed.signer, parsed.encrypted), policy, path
        )
    except BundleError:
        return "refused"
    if vetted.refused:
        return "questionnaires refused"
    same = _content(CheckedBundle(vetted.bundle, None, False)) == _content(genuine)
    return "identical" if same else "WRONG"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _files(str(tmp_path_factory.mktemp("signed")))


def _genuine(path: Path, files: dict[str, Any]) -> CheckedBundle:
    """The genuine file as the policy takes it (other laptops' audit rows left out)."""
    parsed = _parse(path.read_bytes(), path, None)
    checked = CheckedBundle(parsed.bundle, parsed.signer, parsed.encrypted)
    vetted = vet_signatures(checked, TrustPolicy(dict(files["keys"]), True, False), path)
    assert not vetted.refused
    return CheckedBundle(vetted.bundle, parsed.signer, parsed.encrypted)


def _report(name: str, counts: Counter[str]) -> None:
    print(f"\n{name}: {dict(sorted(counts.items()))}")
    assert counts["WRONG"] == 0, counts


@pytest.mark.parametrize("which", ["a", "b"])
def test_bit_flips(files: dict[str, Any], which: str) -> None:
    data = files[which].read_bytes()
    genuine = _genuine(files[which], files)
    rng = random.Random(f"flips-{which}")
    counts: Counter[str] = Counter()
    for _ in range(CASES):
        mutated = bytearray(data)
        for _ in range(rng.choice((1, 1, 2, 8))):
            mutated[rng.randrange(len(mutated))] ^= 1 << rng.randrange(8)
        counts[_outcome(bytes(mutated), files, genuine)] += 1
    _report(f"bit flips ({which})", counts)


def test_truncations(files: dict[str, Any]) -> None:
    data = files["a"].read_bytes()
    genuine = _genuine(files["a"], files)
    rng = random.Random("truncations")
    counts: Counter[str] = Counter()
    for length in sorted({rng.randrange(len(data)) for _ in range(CASES)}):
        counts[_outcome(data[:length], files, genuine)] += 1
    _report("truncations", counts)
    assert set(counts) == {"refused"}


def _rezip(members: dict[str, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_swapped_file_signatures(files: dict[str, Any]) -> None:
    a, b = read_members(files["a"]), read_members(files["b"])
    manifest_a, manifest_b = json.loads(a["manifest.json"]), json.loads(b["manifest.json"])
    manifest_a["signature"], manifest_b["signature"] = (
        manifest_b["signature"],
        manifest_a["signature"],
    )
    a["manifest.json"] = json.dumps(manifest_a).encode()
    b["manifest.json"] = json.dumps(manifest_b).encode()
    genuine = _genuine(files["a"], files)
    outcomes = [_outcome(_rezip(m), files, genuine) for m in (a, b)]
    assert outcomes == ["refused", "refused"]


def test_swapped_revision_signatures(files: dict[str, Any]) -> None:
    """In B's file, A's relayed revisions carry A's signatures: swapping them is caught."""
    members = read_members(files["b"])
    genuine = _genuine(files["b"], files)
    records = [json.loads(line) for line in members["submissions.jsonl"].splitlines()]
    relayed = [rev for rec in records for rev in rec["revisions"] if "sig" in rev]
    rng = random.Random("swap")
    counts: Counter[str] = Counter()
    for _ in range(min(CASES, 50)):
        first, second = rng.sample(range(len(relayed)), 2)
        sigs = [rev["sig"] for rev in relayed]
        sigs[first], sigs[second] = sigs[second], sigs[first]
        changed = [json.loads(line) for line in members["submissions.jsonl"].splitlines()]
        position = 0
        for rec in changed:
            for rev in rec["revisions"]:
                if "sig" in rev:
                    rev["sig"] = sigs[position]
                    position += 1
        copy = dict(members)
        copy["submissions.jsonl"] = "".join(
            json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n" for rec in changed
        ).encode()
        # B is enrolled and re-signs its file: only A's signatures can catch the swap.
        manifest = json.loads(copy["manifest.json"])
        manifest["members"]["submissions.jsonl"] = hashlib.sha256(
            copy["submissions.jsonl"]
        ).hexdigest()
        manifest.pop("signature")
        files["b_sign"](manifest)
        copy["manifest.json"] = json.dumps(manifest).encode()
        outcome = _outcome(_rezip(copy), files, genuine)
        counts[outcome] += 1
    _report("swapped revision signatures", counts)
    assert set(counts) == {"questionnaires refused"}


def test_resigned_by_a_laptop_not_enrolled(files: dict[str, Any]) -> None:
    members = read_members(files["a"])
    manifest = json.loads(members["manifest.json"])
    manifest.pop("signature")
    files["x_sign"](manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    assert _outcome(_rezip(members), files, _genuine(files["a"], files)) == "refused"


def test_member_flagged_as_password_protected_is_refused(files: dict[str, Any]) -> None:
    """A flipped flag bit made zipfile raise RuntimeError: now a French refusal."""
    data = bytearray(files["a"].read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x01  # "encrypted" flag of the first member in the central directory
    with pytest.raises(BundleError, match="endommagé"):
        _parse(bytes(data), Path("drapeau.idbundle"), None)
