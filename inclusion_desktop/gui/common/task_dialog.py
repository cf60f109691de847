"""The base of the dialogs that run core work off the GUI thread (export, merge, sheets, purge…).

Each such dialog has a progress bar hidden until work starts, a wrapped message line and a row
of buttons. `TaskDialog.run_task` locks the buttons that must wait, shows the bar and a status,
runs the work on the shared thread pool, then unlocks, hides the bar and hands the result or the
error back on the GUI thread; a failure is shown in the interface language through
`user_message`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.gui.common.widgets import add_progress_area, fit_height, show_status
from inclusion_desktop.gui.common.workers import Task, Work, run_in_background


class TaskDialog(QDialog):
    """A dialog with a progress bar, a message line and buttons, running one task at a time.

    Subclasses build their fields, call `add_task_area` and `add_buttons` where those go, add
    their buttons with `add_button`, then start their work with `run_task`.
    """

    #: True for dialogs that grow so that a long message shows whole (fit_height).
    grows_with_message = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The running (or last) task; kept so that its signals outlive the run.
        self.task: Task | None = None
        #: True from `run_task` until the work has finished or failed.
        self.running = False
        self.progress: QProgressBar
        self.message: QLabel
        self.buttons: QDialogButtonBox

    def add_task_area(self, layout: QBoxLayout, *, busy: bool, visible: bool = False) -> None:
        """Adds the progress bar (a moving indicator when `busy`) and the message line."""
        self.progress, self.message = add_progress_area(self, layout, busy=busy, visible=visible)

    def add_buttons(self, layout: QBoxLayout) -> None:
        """Adds the (empty) button row; `add_button` fills it, in the order of the Tab key."""
        self.buttons = QDialogButtonBox(self)
        layout.addWidget(self.buttons)

    def add_button(
        self, text: str, role: QDialogButtonBox.ButtonRole, slot: Callable[[], Any]
    ) -> QPushButton:
        """A button of the row, placed by its role, that calls `slot` when clicked."""
        button = self.buttons.addButton(text, role)
        button.clicked.connect(lambda: slot())  # the clicked flag is no argument of `slot`
        return button

    def show_message(self, text: str, *, ok: bool) -> None:
        """Shows `text` on the message line, green when `ok`, red otherwise."""
        show_status(self.message, text, ok=ok)
        if self.grows_with_message:
            fit_height(self)

    def run_task(
        self,
        work: Work,
        status: str | None,
        *,
        lock: Sequence[QWidget],
        on_done: Callable[[Any], None],
        failure: str = "",
        on_failed: Callable[[Exception], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> None:
        """Runs `work` on a pool thread, `lock` disabled and `status` shown meanwhile (if any).

        At the end `lock` is enabled again and the bar hidden, then `on_done(result)` runs, or on
        a failure `on_failed(error)`, or else the message `failure` with {reason} (or {error})
        replaced by the error as the user reads it.
        """
        for widget in lock:
            widget.setEnabled(False)
        self.progress.setRange(0, 0)  # a moving indicator until the work says how far it got
        self.progress.show()
        if status is not None:
            self.show_message(status, ok=True)
        self.running = True

        def finish() -> None:
            self.running = False
            self.progress.hide()
            for widget in lock:
                widget.setEnabled(True)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: Exception) -> None:
            finish()
            if on_failed is not None:
                on_failed(error)
                return
            reason = user_message(error)
            self.show_message(failure.format(reason=reason, error=reason), ok=False)

        self.task = run_in_background(work, on_done=done, on_failed=failed, on_progress=on_progress)
