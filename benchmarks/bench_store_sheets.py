"""Time and memory of the sheets of every zone on a store of 1,000,000 questionnaires (issue 14).

- report: `write_reports` on the store, as the `report` command runs it (territory, each
  neighbourhood, combined PDF); goal under 60 s and a peak RSS under 1 GB;
- baseline: a bare `SELECT` of the same rows (uuid, zone and answers of every revision of the
  form) into a pandas frame, in the same run; the ratio report / baseline is printed.

Each measure runs in a child process of its own, so its peak RSS is its alone. The store is made
once in the work folder the way benchmarks/bench_home_list.py makes its store (a demo store's
questionnaires copied with new uuids, in bulk inserts). With --db postgresql://… the store is
made in a new database of that server; with --db postgresql alone, of a throw-away cluster
started like the tests' (tests/postgres.py).

Run: .venv/bin/python benchmarks/bench_store_sheets.py [--rows 1000000] [--workdir DIR]
     [--db postgresql[://…]]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

BASELINE_QUERY = (
    "SELECT s.uuid, s.zone, r.answers FROM submission s"
    " JOIN form_version f ON f.id = s.form_version_id"
    " JOIN revision r ON r.submission_id = s.id WHERE f.form_id = 'habitants'"
)


def _peak_mb() -> float:
    """Peak resident memory of this process, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_phase(phase: str, location: str) -> None:
    """One measure in this (child) process; prints a JSON line with its figures."""
    from inclusion_desktop.store import Store

    with Store.open(location) as store:
        start, cpu_start = time.perf_counter(), time.process_time()
        if phase == "baseline":
            import pandas as pd

            with store.engine.connect() as conn:
                frame = pd.read_sql_query(BASELINE_QUERY, conn)
            detail = f"{len(frame):,} revisions"
        else:
            from inclusion_desktop.reports import write_reports

            with tempfile.TemporaryDirectory() as out:
                result = write_reports(store, out)
            detail = f"{len(result.paths)} PDF"
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb(), "detail": detail}))


def measure(location: str, label: str) -> int:
    """Runs the baseline and the report in child processes and prints the figures."""
    figures = {}
    for phase in ("baseline", "report"):
        done = subprocess.run(
            [sys.executable, __file__, "--phase", phase, "--location", location],
            capture_output=True, text=True, check=False,
        )
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        figures[phase] = json.loads(done.stdout.strip().splitlines()[-1])
    base, report = figures["baseline"], figures["report"]
    print(f"store: {label}")
    # CPU seconds too: on a loaded machine they say what the process itself cost.
    print(f"baseline (bare SELECT into pandas): {base['seconds']:7.1f} s ({base['cpu']:.1f} s CPU)"
          f"  peak {base['peak_mb']:7.0f} MB  ({base['detail']})")
    print(f"report, every zone:                 {report['seconds']:7.1f} s"
          f" ({report['cpu']:.1f} s CPU)  peak {report['peak_mb']:7.0f} MB  ({report['detail']})")
    print(f"ratio report / baseline: {report['seconds'] / base['seconds']:.2f}× time,"
          f" {report['peak_mb'] / base['peak_mb']:.2f}× memory   goal < 60 s and < 1024 MB")
    return 0


def sqlite_store(rows: int, workdir: Path | None) -> str:
    """The SQLite store of the work folder, made on the first run."""
    from bench_home_list import build_store

    folder = workdir or Path(tempfile.gettempdir()) / "bench_store_sheets"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sheets_{rows}.sqlite"
    if not path.exists():
        print(f"Making {path} ({rows:,} questionnaires)…", file=sys.stderr)
        start = time.perf_counter()
        partial = path.with_suffix(".partial")
        for leftover in folder.glob(partial.name + "*"):
            leftover.unlink()
        build_store(str(partial), rows)
        for made in folder.glob(partial.name + "*"):
            made.rename(folder / made.name.replace(partial.name, path.name))
        print(f"  made in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return str(path)


def postgres_store(rows: int, db: str) -> int:
    """Makes the store in a new PostgreSQL database and measures it."""
    from bench_home_list import build_store
    from bench_postgres import new_database, postgres_server

    with postgres_server(db if "://" in db else None) as admin:
        url = new_database(admin)
        print(f"Making a PostgreSQL store ({rows:,} questionnaires)…", file=sys.stderr)
        start = time.perf_counter()
        build_store(url, rows)
        print(f"  made in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        return measure(url, f"PostgreSQL, {rows:,} questionnaires")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--db", help="postgresql (a throw-away cluster) or a server's URL")
    parser.add_argument("--phase", choices=("baseline", "report"), help=argparse.SUPPRESS)
    parser.add_argument("--location", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase(args.phase, args.location)
        return 0
    if args.db:
        return postgres_store(args.rows, args.db)
    return measure(sqlite_store(args.rows, args.workdir), f"SQLite, {args.rows:,} questionnaires")


if __name__ == "__main__":
    sys.exit(main())
