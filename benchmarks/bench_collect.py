"""Speed of field entry, each figure next to a baseline measured in the same run.

- answer → next question shown, in the real form view (offscreen), against swapping a bare page
  of Qt widgets; goal p95 ≤ 16 ms;
- saving a draft, against one raw sqlite3 UPDATE + commit with synchronous=FULL in the same folder;
  goal p95 ≤ 5 ms;
- cold start to the main window shown, against a bare PySide6 window, each in a new process;
  goal ≤ 4×.

Run: .venv/bin/python benchmarks/bench_collect.py [--questionnaires N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget  # noqa: E402

from inclusion_desktop.demo import _candidate  # noqa: E402
from inclusion_desktop.gui.app import create_application, open_main_window  # noqa: E402
from inclusion_desktop.gui.form_view import REVIEW_KEY  # noqa: E402
from inclusion_desktop.store import Store  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def describe(values: list[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds."""
    return {"p50_ms": percentile(values, 0.5) * 1000, "p95_ms": percentile(values, 0.95) * 1000}


def answer(view: object, question: object, instance: int | None, rng: random.Random) -> None:
    """Gives a valid answer through the view, as an editor's signal would."""
    session = view.session  # type: ignore[attr-defined]
    for _try in range(30):
        view._on_answered(question, instance, _candidate(session, question, instance, rng))  # type: ignore[attr-defined]
        if session.error_for(question, instance) is None:
            return


def bench_answer_to_next(store: Store, questionnaires: int) -> list[float]:
    """Times, per page, from an answer given to the next page rendered."""
    window = open_main_window(store, first_run=False)
    assert window is not None
    window.resize(1366, 768)
    window.show()
    rng = random.Random(5)
    timings: list[float] = []
    for _ in range(questionnaires):
        window.new_questionnaire()
        view = window.form_view
        session = view.session
        assert session is not None
        for _step in range(200):
            if view.current_key == REVIEW_KEY:
                break
            page = next(p for p in session.relevant_pages() if p.key == view.current_key)
            questions = [
                q
                for q in page.questions
                if session.is_relevant(q.name, page.instance)
                and q.type.value != "note"
                and not session.value(q.name, page.instance)
            ]
            # Every answer but the page's last is given untimed: the figure is from the answer
            # that completes the page to the next page on screen.
            for question in questions[:-1]:
                answer(view, question, page.instance, rng)
            start = time.perf_counter()
            if questions:
                answer(view, questions[-1], page.instance, rng)
            view.go_next()
            QApplication.processEvents()
            timings.append(time.perf_counter() - start)
        view.go_next()
    window.close()
    return timings


def bench_bare_page_swap(count: int) -> list[float]:
    """Baseline: replacing a page of one label and five buttons, then processing events."""
    host = QWidget()
    layout = QVBoxLayout(host)
    host.resize(1366, 768)
    host.show()
    timings = []
    page: QWidget | None = None
    for index in range(count):
        start = time.perf_counter()
        if page is not None:
            layout.removeWidget(page)
            page.hide()
            page.deleteLater()
        page = QWidget(host)
        inner = QVBoxLayout(page)
        inner.addWidget(QLabel(f"Question {index}", page))
        for choice in range(5):
            inner.addWidget(QPushButton(f"{choice + 1}   Choix", page))
        layout.addWidget(page)
        QApplication.processEvents()
        timings.append(time.perf_counter() - start)
    host.close()
    return timings


def bench_draft_save(store: Store, count: int) -> list[float]:
    """Times of Store.save_draft with a full resident questionnaire's answers."""
    rows = store.list_submissions(status="complete")
    answers = store.revisions(rows[0].uuid)[-1].answers
    operator = store.operators()[0]
    version = store.form_versions()[0]
    submission = store.create_submission(
        form_version_id=version.id, zone="maubeuge/montplaisir", operator_id=operator.id
    )
    timings = []
    for index in range(count):
        answers = dict(answers, commentaire=f"essai {index}")
        start = time.perf_counter()
        store.save_draft(submission.uuid, answers, "bloc_fin")
        timings.append(time.perf_counter() - start)
    return timings


def bench_raw_sqlite_update(folder: Path, payload: str, count: int) -> list[float]:
    """Baseline: one UPDATE + commit through sqlite3, WAL and synchronous=FULL."""
    connection = sqlite3.connect(folder / "baseline.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE draft (id INTEGER PRIMARY KEY, answers TEXT)")
    connection.execute("INSERT INTO draft VALUES (1, '{}')")
    timings = []
    for index in range(count):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("UPDATE draft SET answers = ? WHERE id = 1", (payload + str(index),))
        connection.execute("COMMIT")
        timings.append(time.perf_counter() - start)
    connection.close()
    return timings


_COLD_APP = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
start = time.perf_counter()
from inclusion_desktop.gui.app import create_application, open_main_window
from inclusion_desktop.store import Store
app = create_application()
store = Store.open(sys.argv[1])
window = open_main_window(store, first_run=False)
window.show()
app.processEvents()
print(time.perf_counter() - start)
"""

_COLD_BARE = """
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(time.perf_counter() - start)
"""


def bench_cold_start(database: Path, runs: int) -> tuple[list[float], list[float]]:
    """In-process times to a shown window, app and bare Qt alternating, each in a new process."""
    app_times, bare_times = [], []
    for _ in range(runs):
        for code, into, extra in (
            (_COLD_APP, app_times, [str(database)]),
            (_COLD_BARE, bare_times, []),
        ):
            wall = time.perf_counter()
            output = subprocess.run(
                [sys.executable, "-c", code, *extra], capture_output=True, text=True, check=True
            ).stdout
            del output
            into.append(time.perf_counter() - wall)
    return app_times, bare_times


def main() -> int:
    """Prints the figures (JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questionnaires", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    create_application()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        from inclusion_desktop.demo import fill_demo_store

        store = Store.open(str(folder / "bench.sqlite"))
        fill_demo_store(store, submissions=30, seed=11)
        answer = bench_answer_to_next(store, args.questionnaires)
        swap = bench_bare_page_swap(len(answer))
        draft = bench_draft_save(store, 300)
        payload = json.dumps(
            store.revisions(store.list_submissions(status="complete")[0].uuid)[-1].answers
        )
        raw = bench_raw_sqlite_update(folder, payload, 300)
        store.close()
        app_cold, bare_cold = bench_cold_start(folder / "bench.sqlite", args.cold_runs)
    results = {
        "answer_to_next_question": describe(answer) | {"pages": len(answer)},
        "baseline_bare_page_swap": describe(swap),
        "draft_save": describe(draft),
        "baseline_raw_sqlite_update_commit": describe(raw),
        "cold_start_main_window_s": statistics.median(app_cold),
        "baseline_cold_start_bare_window_s": statistics.median(bare_cold),
    }
    results["ratios"] = {
        "answer_p95_vs_page_swap_p95": answer_p95 / swap_p95
        if (answer_p95 := results["answer_to_next_question"]["p95_ms"])
        and (swap_p95 := results["baseline_bare_page_swap"]["p95_ms"])
        else None,
        "draft_p95_vs_raw_p95": results["draft_save"]["p95_ms"]
        / results["baseline_raw_sqlite_update_commit"]["p95_ms"],
        "cold_start_vs_bare_window": results["cold_start_main_window_s"]
        / results["baseline_cold_start_bare_window_s"],
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    a, s, d, r = (
        results[k]
        for k in (
            "answer_to_next_question",
            "baseline_bare_page_swap",
            "draft_save",
            "baseline_raw_sqlite_update_commit",
        )
    )
    ratios = results["ratios"]
    print(
        f"Réponse → question suivante ({a['pages']} pages) : p50 {a['p50_ms']:.2f} ms, "
        f"p95 {a['p95_ms']:.2f} ms (objectif p95 ≤ 16 ms)"
    )
    print(
        f"  référence, page Qt nue : p50 {s['p50_ms']:.2f} ms, p95 {s['p95_ms']:.2f} ms "
        f"→ rapport p95 {ratios['answer_p95_vs_page_swap_p95']:.1f}×"
    )
    print(
        f"Enregistrement du brouillon : p50 {d['p50_ms']:.2f} ms, p95 {d['p95_ms']:.2f} ms "
        f"(objectif p95 ≤ 5 ms)"
    )
    print(
        f"  référence, UPDATE sqlite3 + commit : p50 {r['p50_ms']:.2f} ms, "
        f"p95 {r['p95_ms']:.2f} ms → rapport p95 {ratios['draft_p95_vs_raw_p95']:.1f}×"
    )
    print(
        f"Démarrage à froid jusqu'à la fenêtre : {results['cold_start_main_window_s']:.2f} s ; "
        f"fenêtre PySide6 nue : {results['baseline_cold_start_bare_window_s']:.2f} s "
        f"→ {ratios['cold_start_vs_bare_window']:.1f}× (objectif ≤ 4×)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
