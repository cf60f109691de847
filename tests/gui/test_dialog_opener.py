"""The one way the main window opens a dialog: home screen only, the rule's gate, store changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from inclusion_desktop.gui.shell.controllers import DialogOpener
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.permissions import Action
from tests.gui.test_operators import on_modal, team, type_secret

__all__ = ["team"]  # the fixture, used by name


class RecordingDialog(QDialog):
    """A dialog that closes at once, accepted, and says it was run."""

    runs: list[str] = []

    def exec(self) -> int:
        RecordingDialog.runs.append("exec")
        self.accept()
        return self.result()


@pytest.fixture
def opener(window: MainWindow) -> DialogOpener:
    RecordingDialog.runs = []
    return DialogOpener(window)


def _count_store_changes(window: MainWindow) -> list[int]:
    changes: list[int] = []
    window.store_events.changed.connect(lambda: changes.append(1))
    return changes


def test_runs_the_dialog_and_says_the_store_changed(
    window: MainWindow, opener: DialogOpener
) -> None:
    changes = _count_store_changes(window)
    dialog = opener.open(lambda: RecordingDialog(window), home_only=True, changes_store=True)
    assert isinstance(dialog, RecordingDialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert RecordingDialog.runs == ["exec"] and changes == [1]
    # A dialog that only reads (the merge log) leaves the views alone.
    opener.open(lambda: RecordingDialog(window))
    assert RecordingDialog.runs == ["exec", "exec"] and changes == [1]


def test_home_only_dialogs_wait_for_the_questionnaire_to_close(
    window: MainWindow, opener: DialogOpener
) -> None:
    window.new_questionnaire()
    assert not window.on_home()
    changes = _count_store_changes(window)
    built: list[RecordingDialog] = []

    def build() -> RecordingDialog:
        built.append(RecordingDialog(window))
        return built[-1]

    assert opener.open(build, home_only=True, changes_store=True) is None
    assert built == [] and RecordingDialog.runs == [] and changes == []
    # The merge log may be read over a questionnaire.
    assert opener.open(lambda: RecordingDialog(window)) is not None
    window.form_view._on_close()


def test_the_gate_comes_from_the_rules(
    qtbot, team: dict[str, int], window: MainWindow, opener: DialogOpener
) -> None:
    """Samira (a mediator) may export; a purge needs Claire's password, refused then given."""
    assert window.current_operator_id() == team["samira"]
    assert opener.open(lambda: RecordingDialog(window), action=Action.EXPORT) is not None
    seen = on_modal(qtbot, lambda dialog: dialog.reject())
    changes = _count_store_changes(window)
    assert (
        opener.open(lambda: RecordingDialog(window), action=Action.PURGE, changes_store=True)
        is None
    )
    assert seen == ["SecretDialog"] and RecordingDialog.runs == ["exec"] and changes == []
    assert "réservée à la coordination" in window.statusBar().currentMessage()
    seen = on_modal(qtbot, type_secret("claire-pw"))
    assert opener.open(lambda: RecordingDialog(window), action=Action.PURGE, changes_store=True)
    assert seen == ["SecretDialog"] and RecordingDialog.runs == ["exec", "exec"] and changes == [1]
    # The dialog acts in Claire's name; Samira stays at the keyboard.
    assert window.acting_operator_id() == team["claire"]
    assert window.current_operator_id() == team["samira"]
