"""Speed of merging bundles, next to SQLite inserting the same rows in the same run.

- first merge: N bundles of M resident questionnaires (each made with `demo` on its own laptop
  store) into an empty store; goal ≤ 4× the baseline and under 10 s for 50 × 2,000;
- second merge of the same bundles (all duplicates); goal ≤ 1× the first;
- signed vs unsigned: the first merge of the signed bundles into a store that enrolled every
  laptop (each file's signature checked, its laptop trusted), against the first merge of the same
  bundles with their signatures removed into a store that enrolled none; goal ≤ 1.3×;
- baseline: the same submission, revision and audit rows (the audit log travels in bundles)
  inserted with sqlite3 `executemany` in one transaction, into a store of the same schema in the
  same folder.

Run: .venv/bin/python benchmarks/bench_merge.py [--bundles 50] [--size 2000] [--workdir DIR]
The demo stores and bundles are kept in the work folder, so only the first run pays for them.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from pathlib import Path

from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle, read_bundle
from inclusion_desktop.sync.merge import merge_files
from inclusion_desktop.sync.signing import enrol


def unsigned_copy(path: Path, folder: Path) -> Path:
    """The bundle as an older version wrote it: no file signature, no revision signature."""
    import hashlib
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest.pop("signature", None)
    lines = []
    for line in members["submissions.jsonl"].decode("utf-8").splitlines():
        record = json.loads(line)
        for rev in record["revisions"]:
            rev.pop("sig", None)
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    members["submissions.jsonl"] = "".join(lines).encode("utf-8")
    manifest["members"]["submissions.jsonl"] = hashlib.sha256(
        members["submissions.jsonl"]
    ).hexdigest()
    if "audit.jsonl" in members:
        # Audit rows are signed by their laptop too: an older version's rows have no signature.
        rows = [json.loads(line) for line in members["audit.jsonl"].decode("utf-8").splitlines()]
        for row in rows:
            row.pop("sig", None)
        members["audit.jsonl"] = "".join(
            json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows
        ).encode("utf-8")
        manifest["members"]["audit.jsonl"] = hashlib.sha256(members["audit.jsonl"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    out = folder / f"unsigned-{path.name}"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def signed_vs_unsigned(paths: list[Path], folder: Path) -> tuple[float, float]:
    """Seconds of the first merge: signed into an enrolling store, unsigned into a plain one."""
    from inclusion_desktop.sync.bundle import read_checked_bundle

    unsigned = [unsigned_copy(path, folder) for path in paths]
    with Store.open(str(folder / "unsigned.sqlite")) as store:
        start = time.perf_counter()
        reports = merge_files(store, unsigned)
        unsigned_time = time.perf_counter() - start
    assert all(r.ok and not r.refused for r in reports)
    with Store.open(str(folder / "signed.sqlite")) as store:
        for path in paths:
            checked = read_checked_bundle(path)
            assert checked.signer is not None, f"{path.name} is not signed: remove it"
            enrol(
                store,
                device_uuid=checked.signer["device"],
                name=checked.bundle.device_name,
                public_key=checked.signer["public_key"],
                by="banc d'essai",
            )
        start = time.perf_counter()
        reports = merge_files(store, paths)
        signed_time = time.perf_counter() - start
    assert all(r.ok and not r.refused for r in reports)
    return signed_time, unsigned_time


def make_bundle(workdir: Path, index: int, size: int) -> Path:
    """Create (once) laptop `index` with `size` demo questionnaires and its full bundle."""
    bundle = workdir / f"laptop{index}-{size}.idbundle"
    if bundle.exists():
        return bundle
    db = workdir / f"laptop{index}-{size}.sqlite"
    with Store.open(str(db)) as store:
        if not store.list_submissions():
            fill_demo_store(store, submissions=size, seed=index, device_name=f"Portable {index}")
        export_bundle(store, bundle)
    return bundle


def baseline(paths: list[Path], folder: Path) -> float:
    """Seconds for sqlite3 to insert the bundles' rows with executemany in one transaction."""
    target = folder / "baseline.sqlite"
    target.unlink(missing_ok=True)
    Store.open(str(target)).close()
    bundles = [read_bundle(path) for path in paths]
    submissions = []
    revisions = []
    audit = [
        (
            rec["uuid"],
            rec["created_at"],
            1,
            rec["operator_name"],
            rec["action"],
            rec["target"],
            rec["detail"],
        )
        for bundle in bundles
        for rec in bundle.audit
    ]
    # The table is empty: submission ids are 1, 2, ... in insertion order, known in advance.
    for bundle in bundles:
        for rec in bundle.submissions:
            submissions.append(
                (
                    rec["uuid"],
                    1,
                    rec["zone"],
                    "complete",
                    rec["entry_mode"],
                    rec["created_at"],
                    rec["created_at"],
                    1,
                    None,
                )
            )
            for rev in rec["revisions"]:
                revisions.append(
                    (
                        len(submissions),
                        rev["number"],
                        rev["parent"],
                        rev["parent2"],
                        rev["hash"],
                        rev["answers"],
                        rev["status"],
                        rev["reason"],
                        rev["created_at"],
                        1,
                        None,
                    )
                )
    with closing(sqlite3.connect(target, isolation_level=None)) as conn:
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute(
            "INSERT INTO form_version (form_id, version, title, sha256, source, source_filename,"
            " created_at) VALUES ('f', '1', 't', 'x', x'00', 'f', '2025')"
        )
        conn.execute("INSERT INTO device (uuid, name, is_local) VALUES ('d', 'd', 0)")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO submission (uuid, form_version_id, zone, status, entry_mode, created_at,"
            " updated_at, device_id, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            submissions,
        )
        conn.executemany(
            "INSERT INTO revision (submission_id, number, parent_hash, parent2_hash, content_hash,"
            " answers, status, reason, created_at, device_id, operator_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            revisions,
        )
        conn.executemany(
            "INSERT INTO audit (uuid, created_at, device_id, operator_name, action, target,"
            " detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
            audit,
        )
        conn.execute("COMMIT")
        return time.perf_counter() - start


def main() -> int:
    """Prepare the bundles, time both merges and the baseline, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "bench_merge")
    parser.add_argument("--jobs", type=int, default=2, help="processes making the demo stores")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(args.jobs) as pool:
        paths = list(
            pool.map(
                make_bundle,
                [args.workdir] * args.bundles,
                range(1, args.bundles + 1),
                [args.size] * args.bundles,
            )
        )
    with tempfile.TemporaryDirectory(dir=args.workdir) as folder:
        base = baseline(paths, Path(folder))
        with Store.open(str(Path(folder) / "coordinator.sqlite")) as store:
            start = time.perf_counter()
            first = merge_files(store, paths)
            first_time = time.perf_counter() - start
            start = time.perf_counter()
            second = merge_files(store, paths)
            second_time = time.perf_counter() - start
        assert all(r.ok for r in first + second)
        assert sum(r.new for r in first) == args.bundles * args.size
        assert sum(r.already_present for r in second) == args.bundles * args.size
    with tempfile.TemporaryDirectory(dir=args.workdir) as folder:
        signed_time, unsigned_time = signed_vs_unsigned(paths, Path(folder))
    figures = {
        "bundles": args.bundles,
        "questionnaires_per_bundle": args.size,
        "baseline_executemany_s": round(base, 3),
        "first_merge_s": round(first_time, 3),
        "first_merge_ratio": round(first_time / base, 2),
        "second_merge_s": round(second_time, 3),
        "second_over_first": round(second_time / first_time, 2),
        "first_merge_unsigned_s": round(unsigned_time, 3),
        "first_merge_signed_enrolled_s": round(signed_time, 3),
        "signed_over_unsigned": round(signed_time / unsigned_time, 2),
        "goals": {
            "signed_over_unsigned_max": 1.3,
            "first_merge_ratio_max": 4,
            "first_merge_s_max": 10,
            "second_over_first_max": 1,
        },
    }
    print(json.dumps(figures, indent=2))
    ok = first_time <= 4 * base and second_time <= first_time
    ok = ok and signed_time <= 1.3 * unsigned_time
    if args.bundles * args.size >= 100_000:
        ok = ok and first_time < 10
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
