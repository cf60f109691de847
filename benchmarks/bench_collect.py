"""Speed of field entry, each figure next to a baseline measured in the same run.

- answer → next question shown, in the real form view (offscreen), against swapping a bare page
  of Qt widgets; goal p95 ≤ 16 ms;
- saving a draft, against one raw sqlite3 UPDATE + commit with synchronous=FULL in the same folder;
  goal p95 ≤ 5 ms;
- cold start to the main window shown, usable (it handles input, menus enabled, home screen
  sketched while the store opens on another thread) and filled (store open), by the
  application's own start-up, against a bare PySide6 window, each in a new process; goal: usable
  ≤ 4×. With --other-sources DIR, the sources in DIR (an earlier version) take turns with these,
  for a before/after in the same run.

Run: .venv/bin/python benchmarks/bench_collect.py [--questionnaires N] [--cold-start-only]
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
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget  # noqa: E402

from inclusion_desktop.demo import _candidate  # noqa: E402
from inclusion_desktop.gui.field.form_view import REVIEW_KEY  # noqa: E402
from inclusion_desktop.gui.shell.app import create_application, open_main_window  # noqa: E402
from inclusion_desktop.services.collect import Collector  # noqa: E402
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


class PaintClock(QObject):
    """Notes the instant of the last widget painted, application-wide."""

    def __init__(self) -> None:
        super().__init__()
        self.last = 0.0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Every paint event moves the clock; nothing is filtered out."""
        if event.type() == QEvent.Type.Paint:
            self.last = time.perf_counter()
        return False

    def stop(self) -> None:
        """Stops watching the application's events."""
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)


def bench_answer_to_next(
    store: Store, questionnaires: int
) -> tuple[list[float], list[float], list[float]]:
    """Times, per page, from an answer given to the next page painted, and to events all handled.

    The two differ by what runs after the paint: the page's position written to the draft
    (the answer itself is written before the page changes, and is counted in both). The third
    list is the processor time of the interface's thread to events handled: on a machine busy
    with other work, it leaves out the time spent waiting for a processor.
    """
    window = open_main_window(store, first_run=False)
    assert window is not None
    window.resize(1366, 768)
    window.show()
    rng = random.Random(5)
    timings: list[float] = []
    painted: list[float] = []
    processor: list[float] = []
    clock = PaintClock()
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
            start, start_cpu = time.perf_counter(), time.thread_time()
            if questions:
                answer(view, questions[-1], page.instance, rng)
            view.go_next()
            QApplication.processEvents()
            timings.append(time.perf_counter() - start)
            processor.append(time.thread_time() - start_cpu)
            painted.append(max(clock.last - start, 0.0))
        view.go_next()
    clock.stop()
    window.close()
    return painted, timings, processor


def bench_bare_page_swap(count: int) -> tuple[list[float], list[float], list[float]]:
    """Baseline: replacing a page of one label and five buttons, timed as the form view is.

    To painted, to idle, and the interface thread's processor time to idle.
    """
    host = QWidget()
    layout = QVBoxLayout(host)
    host.resize(1366, 768)
    host.show()
    timings = []
    painted = []
    processor = []
    clock = PaintClock()
    page: QWidget | None = None
    for index in range(count):
        start, start_cpu = time.perf_counter(), time.thread_time()
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
        processor.append(time.thread_time() - start_cpu)
        painted.append(max(clock.last - start, 0.0))
    clock.stop()
    host.close()
    return painted, timings, processor


def bench_draft_save(store: Store, count: int, *, entry: bool = False) -> list[float]:
    """Times of Store.save_draft with a full resident questionnaire's answers.

    With `entry`, through Collector.save_draft as the form view saves each answer: committed,
    the wait for the disk left to the collector's thread (flushed before returning).
    """
    rows = store.list_submissions(status="complete")
    answers = store.revisions(rows[0].uuid)[-1].answers
    operator = store.operators()[0]
    version = store.form_versions()[0]
    submission = store.create_submission(
        form_version_id=version.id, zone="maubeuge/montplaisir", operator_id=operator.id
    )
    save = Collector(store).save_draft if entry else store.save_draft
    timings = []
    for index in range(count):
        answers = dict(answers, commentaire=f"essai {index}")
        start = time.perf_counter()
        save(submission.uuid, answers, "bloc_fin")
        timings.append(time.perf_counter() - start)
    if entry:
        Collector(store).flush_drafts()
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


# The application's own start-up (its entry point, as `inclusion-desktop --db FILE`), stopped
# where the application's event loop would start, when the store is open and the window filled.
# « Usable » is the first moment the window handles an input (a mouse move over its menu bar,
# posted as soon as it is shown) while its menus are enabled: the user can open a menu, read the
# guide or quit, and the home screen shows its skeleton, greyed out until the store fills it. A
# thread posts such a move every 10 ms until the window is filled; the longest any of them waited
# is how long the window froze. Each child prints the wall-clock instants (time.time) shown,
# usable and filled, then the longest wait in seconds.
_COLD_APP = """
import os, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from inclusion_desktop.gui.shell import app as gui_app
marks, waits, filled = {}, [], threading.Event()
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.MouseMove and hasattr(event, "sent"):
            waits.append(time.time() - event.sent)
            if "usable" not in marks and watched.isEnabled():
                marks["usable"] = time.time()
        return False
def move(target):
    none = Qt.MouseButton.NoButton
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), none, none,
                        Qt.KeyboardModifier.NoModifier)
    event.sent = time.time()
    QCoreApplication.postEvent(target, event)
def keep_moving(target):
    while not filled.wait(0.01):
        move(target)
real_show = gui_app.show_main_window
probe = Probe()
def show(app):
    window = real_show(app)
    marks["shown"] = time.time()
    window.menuBar().installEventFilter(probe)
    move(window.menuBar())
    threading.Thread(target=keep_moving, args=(window.menuBar(),), daemon=True).start()
    return window
def run(*args):
    QApplication.processEvents()
    marks["filled"] = time.time()
    filled.set()
    return 0
gui_app.show_main_window = show
QApplication.exec = run
from inclusion_desktop.__main__ import main
main(["--db", sys.argv[1]])
print(marks["shown"], marks["usable"], marks["filled"], max(waits))
"""

_COLD_BARE = """
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(time.time())
"""

#: Seconds from launch to the window shown, usable and filled, and its longest freeze.
StartTimes = dict[str, list[float]]


def bench_cold_start(
    database: Path, runs: int, other_sources: Path | None = None
) -> tuple[StartTimes, list[float], StartTimes | None]:
    """The application's start times, a bare PySide6 window's, and those of `other_sources`.

    Each start is a new process; the application, the bare window and the other sources (an
    export of an earlier version, imported instead of these: a before/after in the same run)
    take turns.
    """
    starts: StartTimes = {"shown": [], "usable": [], "filled": [], "longest_wait": []}
    other: StartTimes | None = {key: [] for key in starts} if other_sources else None
    bare: list[float] = []
    # The user's own settings and data folders are left alone: the children get their own.
    with tempfile.TemporaryDirectory() as home:
        environment = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(Path(home) / "config"),
            XDG_DATA_HOME=str(Path(home) / "data"),
            XDG_STATE_HOME=str(Path(home) / "state"),  # the log
        )
        children = [(_COLD_APP, starts, environment), (_COLD_BARE, None, environment)]
        if other is not None:
            children.append((_COLD_APP, other, environment | {"PYTHONPATH": str(other_sources)}))
        for _ in range(runs):
            for code, times, child_environment in children:
                launched = time.time()
                output = subprocess.run(
                    [sys.executable, "-c", code, str(database)],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=child_environment,
                    cwd=home,  # not these sources' folder, which would come before PYTHONPATH
                ).stdout
                if times is None:
                    bare.append(float(output.split()[-1]) - launched)
                    continue
                *instants, longest_wait = (float(v) for v in output.split()[-4:])
                for key, instant in zip(("shown", "usable", "filled"), instants, strict=True):
                    times[key].append(instant - launched)
                times["longest_wait"].append(longest_wait)
    return starts, bare, other


def cold_start_results(database: Path, runs: int, other_sources: Path | None) -> dict[str, Any]:
    """Medians of the cold start times, and their ratios to a bare PySide6 window's."""
    starts, bare, other = bench_cold_start(database, runs, other_sources)
    baseline = statistics.median(bare)
    results: dict[str, Any] = {"baseline_cold_start_bare_window_s": baseline}
    for name, times in (("cold_start", starts), ("other_sources_cold_start", other)):
        if times is not None:
            medians = {key: statistics.median(values) for key, values in times.items()}
            results[name] = {f"{key}_s": value for key, value in medians.items()} | {
                f"{key}_vs_bare_window": medians[key] / baseline
                for key in ("shown", "usable", "filled")
            }
    return results


def cold_start_lines(results: dict[str, Any]) -> list[str]:
    """The cold start figures, in French."""
    bare = results["baseline_cold_start_bare_window_s"]
    lines = [f"Démarrage à froid (référence : fenêtre PySide6 nue affichée en {bare:.2f} s)"]
    for name, title in (("cold_start", "ces sources"), ("other_sources_cold_start", "avant")):
        if name not in results:
            continue
        times = results[name]
        lines += [
            f"  {title} : fenêtre affichée {times['shown_s']:.2f} s "
            f"→ {times['shown_vs_bare_window']:.1f}×",
            f"    utilisable (menus actifs, accueil esquissé, une entrée traitée) "
            f"{times['usable_s']:.2f} s → {times['usable_vs_bare_window']:.1f}× "
            f"(objectif ≤ 4×)",
            f"    remplie (base ouverte, accueil rempli) {times['filled_s']:.2f} s "
            f"→ {times['filled_vs_bare_window']:.1f}× ; plus longue attente d'une entrée "
            f"avant : {times['longest_wait_s'] * 1000:.0f} ms",
        ]
    return lines


def main() -> int:
    """Prints the figures (JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questionnaires", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument(
        "--cold-start-only", action="store_true", help="only the cold start figures"
    )
    parser.add_argument(
        "--other-sources",
        type=Path,
        help="also time the cold start of these sources (e.g. `git archive main` extracted)",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    create_application()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        from inclusion_desktop.demo import fill_demo_store

        store = Store.open(str(folder / "bench.sqlite"))
        fill_demo_store(store, submissions=30, seed=11)
        if args.cold_start_only:
            store.close()
            cold = cold_start_results(folder / "bench.sqlite", args.cold_runs, args.other_sources)
            print(json.dumps(cold, indent=2) if args.json else "\n".join(cold_start_lines(cold)))
            return 0
        answer_painted, answer, answer_cpu = bench_answer_to_next(store, args.questionnaires)
        swap_painted, swap, swap_cpu = bench_bare_page_swap(len(answer))
        draft = bench_draft_save(store, 300)
        entry_draft = bench_draft_save(store, 300, entry=True)
        payload = json.dumps(
            store.revisions(store.list_submissions(status="complete")[0].uuid)[-1].answers
        )
        raw = bench_raw_sqlite_update(folder, payload, 300)
        store.close()
        cold = cold_start_results(folder / "bench.sqlite", args.cold_runs, args.other_sources)
    results = {
        "answer_to_next_question": describe(answer) | {"pages": len(answer)},
        "answer_to_next_question_painted": describe(answer_painted),
        "baseline_bare_page_swap": describe(swap),
        "baseline_bare_page_swap_painted": describe(swap_painted),
        "answer_to_next_question_processor": describe(answer_cpu),
        "baseline_bare_page_swap_processor": describe(swap_cpu),
        "draft_save": describe(draft),
        "draft_save_during_entry": describe(entry_draft),
        "baseline_raw_sqlite_update_commit": describe(raw),
    } | cold
    results["ratios"] = {
        "answer_p95_vs_page_swap_p95": answer_p95 / swap_p95
        if (answer_p95 := results["answer_to_next_question"]["p95_ms"])
        and (swap_p95 := results["baseline_bare_page_swap"]["p95_ms"])
        else None,
        "answer_painted_p95_vs_page_swap_painted_p95": painted_p95 / swap_painted_p95
        if (painted_p95 := results["answer_to_next_question_painted"]["p95_ms"])
        and (swap_painted_p95 := results["baseline_bare_page_swap_painted"]["p95_ms"])
        else None,
        "answer_processor_p95_vs_page_swap_processor_p95": results[
            "answer_to_next_question_processor"
        ]["p95_ms"]
        / max(results["baseline_bare_page_swap_processor"]["p95_ms"], 1e-3),
        "draft_p95_vs_raw_p95": results["draft_save"]["p95_ms"]
        / results["baseline_raw_sqlite_update_commit"]["p95_ms"],
        "entry_draft_p95_vs_raw_p95": results["draft_save_during_entry"]["p95_ms"]
        / results["baseline_raw_sqlite_update_commit"]["p95_ms"],
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
    ap, sp = results["answer_to_next_question_painted"], results["baseline_bare_page_swap_painted"]
    print(
        f"Réponse → question suivante affichée ({a['pages']} pages) : p50 {ap['p50_ms']:.2f} ms, "
        f"p95 {ap['p95_ms']:.2f} ms (objectif p95 ≤ 16 ms)"
    )
    print(
        f"  référence, page Qt nue affichée : p50 {sp['p50_ms']:.2f} ms, "
        f"p95 {sp['p95_ms']:.2f} ms "
        f"→ rapport p95 {ratios['answer_painted_p95_vs_page_swap_painted_p95']:.1f}×"
    )
    print(
        f"  jusqu'aux événements tous traités (position de la page écrite ensuite) : "
        f"p50 {a['p50_ms']:.2f} ms, p95 {a['p95_ms']:.2f} ms ; page nue : "
        f"p95 {s['p95_ms']:.2f} ms → rapport p95 {ratios['answer_p95_vs_page_swap_p95']:.1f}×"
    )
    ac, sc = (
        results["answer_to_next_question_processor"],
        results["baseline_bare_page_swap_processor"],
    )
    print(
        f"  temps processeur de l'interface (hors attente d'un processeur libre) : "
        f"p50 {ac['p50_ms']:.2f} ms, p95 {ac['p95_ms']:.2f} ms ; page nue : "
        f"p95 {sc['p95_ms']:.2f} ms "
        f"→ rapport p95 {ratios['answer_processor_p95_vs_page_swap_processor_p95']:.1f}×"
    )
    print(
        f"Enregistrement du brouillon : p50 {d['p50_ms']:.2f} ms, p95 {d['p95_ms']:.2f} ms "
        f"(objectif p95 ≤ 5 ms)"
    )
    print(
        f"  référence, UPDATE sqlite3 + commit : p50 {r['p50_ms']:.2f} ms, "
        f"p95 {r['p95_ms']:.2f} ms → rapport p95 {ratios['draft_p95_vs_raw_p95']:.1f}×"
    )
    e = results["draft_save_during_entry"]
    print(
        f"  pendant la saisie (validé tout de suite, synchronisé sur le disque en arrière-plan) : "
        f"p50 {e['p50_ms']:.2f} ms, p95 {e['p95_ms']:.2f} ms "
        f"→ rapport p95 {ratios['entry_draft_p95_vs_raw_p95']:.1f}×"
    )
    print("\n".join(cold_start_lines(cold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
