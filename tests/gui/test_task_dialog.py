"""The base of the dialogs that run work off the GUI thread: lock, progress, result, error."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

from inclusion_desktop.gui.common.task_dialog import TaskDialog
from inclusion_desktop.store import StoreError


class CountingDialog(TaskDialog):
    """A dialog with one button starting a task, the way the real ones are built."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.add_task_area(layout, busy=True)
        self.add_buttons(layout)
        self.start_button = self.add_button(
            "Compter", QDialogButtonBox.ButtonRole.AcceptRole, lambda: None
        )
        self.close_button = self.add_button(
            "Fermer", QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )
        self.results: list[Any] = []
        self.steps: list[Any] = []

    def start(self, work: Callable[[Callable[[Any], None]], Any]) -> None:
        self.run_task(
            work,
            "Comptage…",
            lock=[self.start_button],
            on_done=self.results.append,
            failure="Comptage impossible : {reason}",
            on_progress=self.steps.append,
        )


def test_work_runs_off_the_gui_thread_with_its_buttons_locked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CountingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    release = threading.Event()
    threads: list[str] = []

    def work(report: Callable[[Any], None]) -> int:
        threads.append(threading.current_thread().name)
        report("moitié")
        release.wait()
        return 42

    dialog.start(work)
    # While the work waits: the button is locked, the bar and the status are shown.
    assert dialog.running and not dialog.start_button.isEnabled()
    assert dialog.close_button.isEnabled()  # not in `lock`
    assert dialog.progress.isVisible() and dialog.message.text() == "Comptage…"
    release.set()
    qtbot.waitUntil(lambda: bool(dialog.results), timeout=20_000)
    assert dialog.results == [42] and dialog.steps == ["moitié"]
    assert threads != [threading.current_thread().name]
    assert not dialog.running and dialog.start_button.isEnabled()
    assert not dialog.progress.isVisible()


def test_a_refusal_is_shown_in_the_failure_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CountingDialog()
    qtbot.addWidget(dialog)

    def refuse(report: Callable[[Any], None]) -> None:
        raise StoreError("le fichier est en lecture seule.")

    dialog.start(refuse)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.message.text() == "Comptage impossible : le fichier est en lecture seule."
    assert "a4161a" in dialog.message.styleSheet()  # red
    assert dialog.results == [] and dialog.start_button.isEnabled()


def test_a_bug_is_shown_as_unexpected_not_as_a_refusal(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CountingDialog()
    qtbot.addWidget(dialog)

    def crash(report: Callable[[Any], None]) -> None:
        raise KeyError("réponse secrète")

    dialog.start(crash)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert "Erreur inattendue" in dialog.message.text()
    assert "réponse secrète" not in dialog.message.text()
