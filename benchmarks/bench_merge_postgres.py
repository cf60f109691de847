"""Speed of merging bundles into a PostgreSQL store, against SQLite and raw COPY in the same run.

- PostgreSQL merge: N bundles of M questionnaires into a new database by one coordinator;
  goal ≤ 2× the same merge into a new SQLite store, and ≤ 4× a raw psycopg ``COPY`` of the
  same submission, revision and audit rows into a new database of the same schema;
- 4 coordinators (processes) merging a quarter of the bundles each, at the same time, into a
  new database: goal faster than the one coordinator.

The server is the one of ``--url`` (a database the benchmark may fill: each measure uses a new
database created beside it), else a throw-away cluster started like the tests' (tests/postgres.py).

Run: .venv/bin/python benchmarks/bench_merge_postgres.py [--bundles 50] [--size 2000]
The demo stores and bundles are kept in the work folder, so only the first run pays for them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_merge import make_bundle  # noqa: E402
from bench_postgres import dsn, new_database, postgres_server  # noqa: E402

from inclusion_desktop.questionnaire.bundled import RESIDENT_FORM  # noqa: E402
from inclusion_desktop.store import Store  # noqa: E402
from inclusion_desktop.store.concurrency import retries  # noqa: E402
from inclusion_desktop.sync.bundle import export_bundle, read_bundle  # noqa: E402
from inclusion_desktop.sync.merge import merge_files  # noqa: E402


def make_laptop_bundle(workdir: Path, index: int, size: int) -> Path:
    """Laptop 1 is a demo laptop (bench_merge); the others carry its answers under new uuids.

    They are filled with Store.import_submissions in one transaction, which takes seconds where
    drawing new demo answers takes minutes: the merge sees the same kind of rows either way.
    """
    first = make_bundle(workdir, 1, size)
    if index == 1:
        return first
    bundle = workdir / f"copy{index}-{size}.idbundle"
    if bundle.exists():
        return bundle
    with Store.open(str(workdir / f"laptop1-{size}.sqlite")) as source:
        (version,) = [v for v in source.form_versions() if v.source_filename == RESIDENT_FORM]
        form_bytes, filename = source.form_source(version.id)
        rows = [
            (str(uuid.uuid4()), row.zone, row.created_at, source.head_answers(row.uuid))
            for row in source.list_submissions()
        ]
    db = workdir / f"copy{index}-{size}.sqlite"
    db.unlink(missing_ok=True)
    with Store.open(str(db)) as store:
        store.set_device_name(f"Portable {index}")
        form = store.register_form(
            source=form_bytes,
            filename=filename,
            form_id=version.form_id,
            version=version.version,
            title=version.title,
            sha256=version.sha256,
        )
        store.import_submissions(
            form_version_id=form.id,
            rows=rows,
            device_uuid=str(uuid.uuid4()),
            device_name=f"Saisie {index}",
        )
        export_bundle(store, bundle)
    return bundle


def merge_into(url: str, paths: list[Path]) -> tuple[float, int, int]:
    """Merge `paths` into the store of `url`; seconds, questionnaires new, retries."""
    with Store.open(url) as store:
        before = retries["count"]
        start = time.perf_counter()
        reports = merge_files(store, paths)
        elapsed = time.perf_counter() - start
    assert all(r.ok for r in reports)
    return elapsed, sum(r.new for r in reports), retries["count"] - before


def copy_baseline(url: str, paths: list[Path]) -> float:
    """Seconds for psycopg COPY to load the bundles' rows into a new migrated database."""
    import psycopg

    Store.open(url).close()
    bundles = [read_bundle(path) for path in paths]
    submissions: list[tuple[Any, ...]] = []
    revisions: list[tuple[Any, ...]] = []
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
    with psycopg.connect(dsn(url)) as conn:
        conn.execute(
            "INSERT INTO form_version (form_id, version, title, sha256, source, source_filename,"
            " created_at) VALUES ('f', '1', 't', 'x', '\\x00', 'f', '2025')"
        )
        conn.execute("INSERT INTO device (uuid, name, is_local) VALUES ('d', 'd', false)")
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cursor:
            for table, columns, rows in (
                (
                    "submission",
                    "uuid, form_version_id, zone, status, entry_mode, created_at, updated_at,"
                    " device_id, operator_id",
                    submissions,
                ),
                (
                    "revision",
                    "submission_id, number, parent_hash, parent2_hash, content_hash, answers,"
                    " status, reason, created_at, device_id, operator_id",
                    revisions,
                ),
                (
                    "audit",
                    "uuid, created_at, device_id, operator_name, action, target, detail",
                    audit,
                ),
            ):
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        conn.commit()
        return time.perf_counter() - start


def _warm(_: int) -> int:
    return 0


def main() -> int:
    """Prepare the bundles, time every merge and the baseline, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--coordinators", type=int, default=4)
    parser.add_argument("--url", help="PostgreSQL URL of a database on the server to use")
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "bench_merge_postgres"
    )
    parser.add_argument("--jobs", type=int, default=2, help="processes making the demo stores")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    make_bundle(args.workdir, 1, args.size)
    with ProcessPoolExecutor(args.jobs) as pool:
        paths = list(
            pool.map(
                make_laptop_bundle,
                [args.workdir] * args.bundles,
                range(1, args.bundles + 1),
                [args.size] * args.bundles,
            )
        )
    with postgres_server(args.url) as admin:
        with tempfile.TemporaryDirectory(dir=args.workdir) as folder:
            sqlite_time, sqlite_new, _ = merge_into(str(Path(folder) / "c.sqlite"), paths)
        copy_time = copy_baseline(new_database(admin), paths)
        pg_time, pg_new, _ = merge_into(new_database(admin), paths)
        shares = [paths[i :: args.coordinators] for i in range(args.coordinators)]
        parallel_url = new_database(admin)
        Store.open(parallel_url).close()
        with ProcessPoolExecutor(args.coordinators) as pool:
            list(pool.map(_warm, range(args.coordinators)))  # processes started, imports done
            start = time.perf_counter()
            results = list(pool.map(merge_into, [parallel_url] * len(shares), shares))
            parallel_time = time.perf_counter() - start
        parallel_new = sum(result[1] for result in results)
        with Store.open(parallel_url) as store:
            stored = len(store.list_submissions())
    expected = args.bundles * args.size
    assert sqlite_new == pg_new == parallel_new == stored == expected
    figures = {
        "bundles": args.bundles,
        "questionnaires_per_bundle": args.size,
        "sqlite_merge_s": round(sqlite_time, 3),
        "copy_baseline_s": round(copy_time, 3),
        "postgres_merge_s": round(pg_time, 3),
        "postgres_over_sqlite": round(pg_time / sqlite_time, 2),
        "postgres_over_copy": round(pg_time / copy_time, 2),
        "coordinators": args.coordinators,
        "parallel_merge_s": round(parallel_time, 3),
        "parallel_over_one": round(parallel_time / pg_time, 2),
        "parallel_retries": sum(result[2] for result in results),
        "goals": {
            "postgres_over_sqlite_max": 2,
            "postgres_over_copy_max": 4,
            "parallel_over_one_max": 1,
        },
    }
    print(json.dumps(figures, indent=2))
    ok = pg_time <= 2 * sqlite_time and pg_time <= 4 * copy_time and parallel_time < pg_time
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
