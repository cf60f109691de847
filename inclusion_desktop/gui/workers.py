"""Runs long core work (export, merge, reports) off the GUI thread and reports back by signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

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
            log.exception("Tâche en arrière-plan en échec")
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
