"""Runs long core work (export, merge, reports) off the GUI thread and reports back by signals."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

#: The work receives a function to report progress with, and returns its result.
Work = Callable[[Callable[[Any], None]], Any]


class TaskSignals(QObject):
    """Signals of a background task, delivered on the GUI thread.

    Signals:
        progress(object): whatever the work reported (a core progress dataclass).
        done(object): the work's result.
        failed(object): the exception the work raised.
    """

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One piece of work on the shared thread pool; it never touches a widget."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        """Runs the work on a pool thread."""
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # noqa: BLE001 - every failure is shown to the user
            # Shown through messages.user_message, which logs a bug's traceback (not a refusal).
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


def run_in_background(
    work: Work,
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[Any], None],
    on_progress: Callable[[Any], None] | None = None,
) -> Task:
    """Starts `work` on the global thread pool; the callbacks run on the GUI thread."""
    task = Task(work)
    task.setAutoDelete(False)  # the caller keeps it, so its signals outlive the run
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task


class GuiThreadGarbageCollector(QObject):
    """Collects Python's reference cycles on the GUI thread only.

    Python collects cycles in whichever thread happens to allocate. A cycle holding a dialog,
    collected on a pool thread while a background task runs, deletes the widget off the GUI
    thread and crashes the process. So automatic collection is turned off and this timer
    collects instead, generation by generation with Python's own thresholds.
    """

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> None:
        """Collects the generations whose count passed Python's threshold."""
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)
