"""Benchmark: importing 100,000 KoboToolbox rows of the resident survey, every row checked.

Writes a Kobo-style CSV export of the resident questionnaire (``group/question`` headers,
select_multiple as text plus 0/1 columns, ``_uuid``, ``_submission_time``, ``_index``), then in
the same process:

- baseline: ``pandas.read_csv`` of the file, then one ``executemany`` of every row (uuid and
  the answers as JSON) into a fresh SQLite table, committed;
- the import: ``data import`` of the same file into a fresh store (form engine check of every
  row, calculations, neighbourhoods, one transaction).

Prints both times, their ratio and the peak resident memory. Goals: ratio <= 3, peak RSS
< 600 MB.

    python benchmarks/bench_import.py [--rows 100000] [--distinct 400]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from inclusion_desktop.demo import random_answers
from inclusion_desktop.questionnaire.bundled import load_bundled_form
from inclusion_desktop.store import Store
from inclusion_desktop.sync.tabular import import_table

FORM = Path(__file__).resolve().parents[1] / "resources" / "questionnaires" / "habitants.xlsx"


def write_export(path: Path, rows: int, distinct: int, seed: int) -> None:
    """A Kobo CSV of `rows` questionnaires drawn from `distinct` valid demo answer sets."""
    from inclusion_desktop.questionnaire.model import Group, QuestionType

    form = load_bundled_form()
    rng = random.Random(seed)
    pool = [random_answers(form, rng) for _ in range(distinct)]
    columns: list[tuple[str, str, str | None]] = []  # header, question, choice

    def visit(items, path):  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, Group):
                if not item.is_repeat:
                    visit(item.children, [*path, item.name])
                continue
            if item.type is QuestionType.NOTE:
                continue
            header = "/".join([*path, item.name])
            columns.append((header, item.name, None))
            if item.type is QuestionType.SELECT_MULTIPLE and item.choices is not None:
                choices = item.choices.choices
                columns.extend((f"{header}/{c.name}", item.name, c.name) for c in choices)

    visit(form.children, [])
    headers = [c[0] for c in columns] + ["_id", "_uuid", "_submission_time", "_index"]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(headers)
        for i in range(rows):
            answers = pool[i % distinct]
            line = []
            for _header, name, choice in columns:
                value = str(answers.get(name, ""))
                if choice is not None:
                    value = ("1" if choice in value.split() else "0") if value else ""
                line.append(value)
            line += [str(i + 1), f"00000000-0000-4000-8000-{i:012d}", "2026-11-02T10:00:00", i + 1]
            writer.writerow(line)


def baseline(path: Path, db: Path) -> float:
    """pandas.read_csv, then one executemany of (uuid, answers JSON) into SQLite."""
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    records = frame.to_dict("records")
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE row (uuid TEXT PRIMARY KEY, answers TEXT)")
    conn.executemany(
        "INSERT INTO row VALUES (?, ?)",
        ((r["_uuid"], json.dumps(r, ensure_ascii=False)) for r in records),
    )
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def _phase(phase: str, data: Path, work: Path) -> None:
    """One measured step in its own process: prints seconds, peak RSS (MB) and rows."""
    if phase == "baseline":
        seconds, rows = baseline(data, work / "baseline.sqlite"), -1
    else:
        store = Store.open(str(work / "store.sqlite"))
        start = time.perf_counter()
        report = import_table(store, form_path=FORM, data_path=data)
        seconds, rows = time.perf_counter() - start, report.created
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "rows": rows}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, default=400)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--phase", choices=("baseline", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        _phase(args.phase, args.data, args.work)
        return 0
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / "export.csv"
        write_export(data, args.rows, args.distinct, args.seed)
        results = {}
        for phase in ("baseline", "import"):
            # Each step in a fresh process, so that its peak memory is its own.
            done = subprocess.run(
                [sys.executable, __file__, "--phase", phase, "--data", str(data),
                 "--work", str(work)],
                capture_output=True, text=True, check=True,
            )
            results[phase] = json.loads(done.stdout.strip().splitlines()[-1])
    plain, imported = results["baseline"], results["import"]
    print(f"rows: {args.rows}, imported: {imported['rows']}")
    print(f"baseline (read_csv + executemany): {plain['seconds']:.2f} s, "
          f"peak RSS {plain['peak_mb']:.0f} MB")
    print(f"import with validation:            {imported['seconds']:.2f} s, "
          f"peak RSS {imported['peak_mb']:.0f} MB (goal < 600)")
    print(f"ratio: {imported['seconds'] / plain['seconds']:.2f} (goal <= 3)")
    return 0 if imported["rows"] == args.rows else 1


if __name__ == "__main__":
    sys.exit(main())
