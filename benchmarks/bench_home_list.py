"""Time to open the home screen list on a store of 1,000,000 questionnaires (issue 14).

- open: the home screen figures (store.counts), the number of matching questionnaires and the
  first page of the list, put in the table model; goal under 1 s at 1,000,000;
- baseline: a bare `SELECT uuid FROM submission ORDER BY created_at DESC LIMIT 200` on the same
  store in the same run; the ratio open / baseline is printed;
- before: the list as it was read before paging (every matching row, then the model), for
  comparison.

The store is made once in the work folder: a small demo store's questionnaires and revisions are
copied with new uuids, in bulk inserts, until the store holds --submissions of them. With
--postgres it is made in a new database of a throw-away cluster started like the tests'
(tests/postgres.py), or of the server of --url.

Run: .venv/bin/python benchmarks/bench_home_list.py
     [--submissions 1000000] [--workdir DIR] [--postgres [--url URL]]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
import uuid as uuid_module
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from inclusion_desktop.demo import fill_demo_store  # noqa: E402
from inclusion_desktop.store import Store  # noqa: E402
from inclusion_desktop.store.revisions import insert_many  # noqa: E402

DEMO_SUBMISSIONS = 500
CHUNK = 20_000


def _older(value: Any, days: dt.timedelta) -> Any:
    """A stored date moved `days` back: SQLite keeps ISO text, PostgreSQL a timestamp."""
    if isinstance(value, dt.datetime):
        return value - days
    day = dt.datetime.fromisoformat(value) - days
    return day.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def build_store(location: str, submissions: int) -> None:
    """A store of `submissions` questionnaires copied from a demo store, with new uuids."""
    with Store.open(location) as store:
        fill_demo_store(store, submissions=DEMO_SUBMISSIONS, seed=14)
        with store.engine.begin() as conn:
            sub_columns = list(conn.exec_driver_sql("SELECT * FROM submission LIMIT 0").keys())
            rev_columns = list(conn.exec_driver_sql("SELECT * FROM revision LIMIT 0").keys())
            demo = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM submission ORDER BY id")]
            revisions: dict[int, list[tuple[Any, ...]]] = {}
            for rev in conn.exec_driver_sql("SELECT * FROM revision ORDER BY id"):
                revisions.setdefault(rev[rev_columns.index("submission_id")], []).append(
                    tuple(rev)
                )
            sub_id = int(conn.exec_driver_sql("SELECT max(id) FROM submission").scalar_one())
            rev_id = int(conn.exec_driver_sql("SELECT max(id) FROM revision").scalar_one())
            uuid_at = sub_columns.index("uuid")
            dates_at = (sub_columns.index("created_at"), sub_columns.index("updated_at"))
            # The database counts the copied revisions itself as they are inserted.
            count_at = sub_columns.index("revision_count")
            rev_sub_at = rev_columns.index("submission_id")
            made = len(demo)
            copies = 0
            while made < submissions:
                # Each copy of the demo is a day older, so the store spans years like a real one.
                copies += 1
                days = dt.timedelta(days=copies)
                sub_rows: list[tuple[Any, ...]] = []
                rev_rows: list[tuple[Any, ...]] = []
                for source in demo[: min(len(demo), submissions - made)]:
                    sub_id += 1
                    row = list(source)
                    row[0], row[uuid_at] = sub_id, f"uuid:{uuid_module.uuid4()}"
                    for at in dates_at:
                        row[at] = _older(row[at], days)
                    row[count_at] = 0
                    sub_rows.append(tuple(row))
                    for rev in revisions.get(source[0], []):
                        rev_id += 1
                        copy = list(rev)
                        copy[0], copy[rev_sub_at] = rev_id, sub_id
                        rev_rows.append(tuple(copy))
                insert_many(conn, "submission", sub_columns, sub_rows)
                insert_many(conn, "revision", rev_columns, rev_rows)
                made += len(sub_rows)
                if made % 100_000 < len(demo):
                    print(f"  {made:,} questionnaires", file=sys.stderr)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def best_of(runs: int, call: Callable[[], Any]) -> float:
    """The fastest of `runs` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-before", action="store_true", help="not the list of every row")
    parser.add_argument("--postgres", action="store_true", help="the store on PostgreSQL")
    parser.add_argument("--url", help="with --postgres: a database on the server to use")
    args = parser.parse_args()
    if not args.postgres:
        return measure(sqlite_store(args), args)
    from bench_postgres import new_database, postgres_server

    with postgres_server(args.url) as admin:
        url = new_database(admin)
        print(f"Making a PostgreSQL store ({args.submissions:,} questionnaires)…", file=sys.stderr)
        start = time.perf_counter()
        build_store(url, args.submissions)
        print(f"  made in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        return measure(url, args)


def sqlite_store(args: argparse.Namespace) -> str:
    """The SQLite store of the work folder, made on the first run."""
    workdir = args.workdir or Path(tempfile.gettempdir()) / "bench_home_list"
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"home_{args.submissions}.sqlite"
    if not path.exists():
        print(f"Making {path} ({args.submissions:,} questionnaires)…", file=sys.stderr)
        start = time.perf_counter()
        partial = path.with_suffix(".partial")
        for leftover in workdir.glob(partial.name + "*"):
            leftover.unlink()
        build_store(str(partial), args.submissions)
        partial.rename(path)
        print(f"  made in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return str(path)


def measure(location: str, args: argparse.Namespace) -> int:
    """Time the home screen list of the store at `location`; print the figures."""
    # The model needs an application, not a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from inclusion_desktop.gui.shell.submissions_model import SubmissionsTableModel

    app = QApplication.instance() or QApplication([])
    today = dt.date.today()
    with Store.open(location) as store, store.engine.connect() as raw:
        model = SubmissionsTableModel(lambda code: code)

        def open_list() -> None:
            store.counts(today)
            model.load(store, {})

        def baseline() -> None:
            raw.exec_driver_sql(
                "SELECT uuid FROM submission ORDER BY created_at DESC LIMIT 200"
            ).fetchall()

        def before() -> None:
            store.counts(today)
            model.set_rows(store.list_submissions())

        def versions_counted() -> None:
            # The first page by « Versions » as it was read before the count was stored.
            raw.exec_driver_sql(
                "SELECT s.id FROM submission s ORDER BY (SELECT count(*) FROM revision r"
                " WHERE r.submission_id = s.id) DESC, s.created_at DESC, s.id DESC LIMIT 200"
            ).fetchall()

        baseline_s = best_of(args.runs, baseline)
        counts_s = best_of(args.runs, lambda: store.counts(today))
        open_s = best_of(args.runs, open_list)
        print(f"store ({store.engine.dialect.name}): {args.submissions:,} questionnaires,"
              f" {model.total:,} listed")
        print(f"baseline (bare first-page SELECT): {baseline_s * 1000:8.1f} ms")
        print(f"counts (home figures):             {counts_s * 1000:8.1f} ms")
        print(f"open home list (paged):            {open_s * 1000:8.1f} ms"
              f"   ratio {open_s / baseline_s:.1f}× baseline   goal < 1000 ms")
        sorts: dict[int, float] = {}
        for column, name in enumerate(SubmissionsTableModel.HEADERS):
            sorts[column] = best_of(1, lambda column=column: model.sort(column))
            print(f"  header click, sort by {name!r:18} {sorts[column] * 1000:8.1f} ms")
        counted_s = best_of(1, versions_counted)
        versions_s = sorts[SubmissionsTableModel.ORDER_KEYS.index("revisions")]
        print(f"  'Versions' counted per row (before): {counted_s * 1000:8.1f} ms"
              f"   stored count {counted_s / versions_s:.1f}× faster   goal < 1000 ms")
        model.sort(SubmissionsTableModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder)
        scroll_s = best_of(args.runs, lambda: model.fetchMore(QModelIndex()))
        print(f"  next page on scroll:             {scroll_s * 1000:8.1f} ms")
        if not args.skip_before:
            before_s = best_of(1, before)
            print(f"before (every row listed):         {before_s * 1000:8.1f} ms"
                  f"   {before_s / open_s:.0f}× the paged open")
    del app
    return 0 if open_s < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
