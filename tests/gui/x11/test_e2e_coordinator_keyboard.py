"""End to end on a real X server: the coordinator's day by keyboard only.

Two laptops' export files (made here from demo stores, one questionnaire corrected differently on
each) are merged through the merge dialog, whose Qt file dialog gets their path typed in; the
conflict they make is resolved in the conflicts view by choosing one answer; the summary sheets
are written to a folder. Every dialog is opened from its menu (Alt+letter, then the item's
letter) and every button is reached with Tab and pressed with Entrée. After each key the focused
widget is the expected one, shown and inside the window; the store and the PDFs are read back.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMenu, QWidget

from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.gui.coordination.reports_dialogs import ReportsDialog
from inclusion_desktop.gui.coordination.sync_dialogs import ConflictsDialog, MergeDialog
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store
from inclusion_desktop.sync import export_bundle
from inclusion_desktop.sync.merge import merge_files
from tests.gui.x11.conftest import KEY_TIMEOUT_MS
from tests.gui.x11.flow import key
from tests.gui.x11.test_field_reveal import show_on_screen

#: More Tab presses than any of these dialogs has widgets: a button not reached by then is not
#: reachable by keyboard.
MAX_TABS = 25
#: Upper bound of a merge or of writing the sheets on a loaded machine (each wait ends as soon
#: as the work is done).
WORK_TIMEOUT_MS = 300_000


class WhenModal:
    """Runs `steps` once a modal dialog of `kind` is shown, inside its own event loop.

    A dialog opened with exec() blocks the key that opened it until it closes; its steps run
    from a timer that fires in the dialog's loop. A failure closes the dialogs it opened, so the
    test ends on the error instead of waiting forever.
    """

    def __init__(self, qtbot, kind: type[QDialog], steps: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.kind = kind
        self.steps = steps
        self.done = False
        self.error: BaseException | None = None
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, self.kind) or not dialog.isVisible():
            return
        self.timer.stop()
        try:
            self.steps(dialog)
        except BaseException as error:  # noqa: BLE001 (re-raised by check())
            self.error = error
            while (shown := QApplication.activeModalWidget()) is not None and isinstance(
                shown, QDialog
            ):
                shown.reject()
                QApplication.processEvents()
        finally:
            self.done = True

    def check(self) -> None:
        """Waits until the steps have run (the dialog may still be closing) and re-raises."""
        try:
            self.qtbot.waitUntil(lambda: self.done, timeout=KEY_TIMEOUT_MS)
        finally:
            self.timer.stop()
        if self.error is not None:
            raise self.error


def tab_to(qtbot, target: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Presses Tab until `target` has the focus.

    Each Tab moves the focus to another widget (none keeps it, as a table going cell by cell
    would), shown and inside the window.
    """
    for _ in range(MAX_TABS):
        before = QApplication.focusWidget()
        if before is target:
            return
        key(qtbot, "Tab", until=lambda: QApplication.focusWidget() is not before)  # noqa: B023
    assert QApplication.focusWidget() is target, (
        f"{target!r} ({getattr(target, 'text', lambda: '')()!r}) n'est pas atteint par Tab ; "
        f"le focus est sur {QApplication.focusWidget()!r}"
    )


def type_text(qtbot, text: str, edit: QLineEdit, expected: str) -> None:  # type: ignore[no-untyped-def]
    """Types `text` with real X key events into the focused `edit`, until it shows `expected`."""
    assert QApplication.focusWidget() is edit, QApplication.focusWidget()
    subprocess.run(["xdotool", "type", "--delay", "10", text], check=True)
    qtbot.waitUntil(lambda: edit.text() == expected, timeout=KEY_TIMEOUT_MS)
    key(qtbot, "End", focus=edit)  # one more key: the focus is checked where the text was typed


def make_export_files(folder: Path, work: Path) -> tuple[Path, Path, str]:
    """Two laptops' export files; one questionnaire corrected on each, differently (a conflict)."""
    folder.mkdir()
    first = Store.open(str(work / "portable1.sqlite"))
    second = Store.open(str(work / "portable2.sqlite"))
    try:
        fill_demo_store(first, submissions=6, seed=4, device_name="Portable médiation 1")
        fill_demo_store(second, submissions=4, seed=5, device_name="Portable médiation 2")
        # The second laptop received the first one's questionnaires (an earlier merge).
        early = export_bundle(first, work / "premier-export.zip").path
        (report,) = merge_files(second, [early])
        assert report.ok and report.new == 6, report
        uuid = first.list_submissions(status="complete")[0].uuid
        answers = first.revisions(uuid)[-1].answers
        first.save_revision(
            uuid, {**answers, "age": "61", "tranche_age": "60_74"}, first.operators()[0].id
        )
        second.save_revision(
            uuid, {**answers, "age": "16", "tranche_age": "15_29"}, second.operators()[0].id
        )
        one = export_bundle(first, folder / "inclusion-portable-1.zip").path
        two = export_bundle(second, folder / "inclusion-portable-2.zip").path
    finally:
        first.close()
        second.close()
    return one, two, uuid


def open_from_menu(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, menu_key: str, item_key: str, modal: WhenModal
) -> None:
    """Alt+letter opens the menu, the item's letter opens the dialog; its steps then run."""
    menu = next(
        cast(QMenu, action.menu())
        for action in window.menuBar().actions()
        if action.text().replace("&", "").casefold().startswith(menu_key)
    )
    key(qtbot, f"alt+{menu_key}", until=lambda: menu.isVisible())
    key(qtbot, item_key, focus=lambda: window.home.table if window.home.table.isVisible() else None)
    modal.check()
    assert QApplication.activeModalWidget() is None


def test_merge_resolve_and_sheets_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    one, two, uuid = make_export_files(tmp_path / "cle", tmp_path)
    show_on_screen(qtbot, window)
    window.home.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.home.table, timeout=KEY_TIMEOUT_MS)

    # 1. The merge: files typed into the Qt file dialog, merged, dialog closed.
    def choose_files(chooser: QDialog) -> None:
        assert isinstance(chooser, QFileDialog)
        edit = chooser.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None, "le sélecteur de fichiers n'est pas celui de Qt"
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=KEY_TIMEOUT_MS)
        folder = str(one.parent)
        type_text(qtbot, folder, edit, folder)
        key(
            qtbot,
            "Return",
            until=lambda: Path(chooser.directory().absolutePath()) == one.parent,
            focus=edit,
        )
        qtbot.waitUntil(lambda: edit.text() == "", timeout=KEY_TIMEOUT_MS)
        names = f'"{one.name}" "{two.name}"'
        type_text(qtbot, names, edit, names)
        # A completion list may be open on the typed names: Entrée closes it, then accepts.
        for _ in range(3):
            key(qtbot, "Return")
            if not chooser.isVisible():
                break
        assert not chooser.isVisible(), edit.text()

    def merge(dialog: QDialog) -> None:
        assert isinstance(dialog, MergeDialog)
        add = next(
            b for b in dialog.findChildren(type(dialog.close_button)) if "Ajouter" in b.text()
        )
        tab_to(qtbot, add)
        chooser = WhenModal(qtbot, QFileDialog, choose_files)
        key(qtbot, "Return", until=lambda: dialog.files() == [str(one), str(two)], focus=add)
        chooser.check()
        tab_to(qtbot, dialog.merge_button)
        key(qtbot, "Return", until=lambda: dialog.task is not None, focus=dialog)
        qtbot.waitUntil(
            lambda: len(dialog.reports) == 2 and dialog.close_button.isEnabled(),
            timeout=WORK_TIMEOUT_MS,
        )
        first, second = dialog.reports
        assert first.merged and first.new == 6 and first.conflicts == 0, first
        assert second.merged and second.new == 4 and second.conflicts == 1, second
        assert "conflit" in dialog.message.text()
        tab_to(qtbot, dialog.close_button)
        key(qtbot, "Return", until=lambda: not dialog.isVisible())

    open_from_menu(qtbot, window, "f", "f", WhenModal(qtbot, MergeDialog, merge))
    assert len(store.list_submissions()) == 10
    assert [conflict.uuid for conflict in store.conflicts()] == [uuid]

    # 2. The conflict: the age of version B chosen in its list, the chosen version saved.
    chosen: dict[str, str] = {}

    def resolve(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictsDialog)
        assert dialog.conflict_list.count() == 1 and set(dialog.merged_choices) == {"age"}
        combo = dialog.merged_choices["age"]
        assert combo.currentIndex() == 0
        tab_to(qtbot, combo)
        key(qtbot, "Down", until=lambda: combo.currentIndex() == 1, focus=combo)
        chosen["age"] = str(combo.currentData())
        tab_to(qtbot, dialog.keep_mixed)
        key(qtbot, "Return", until=lambda: dialog.conflict_list.count() == 0)
        assert "Aucun conflit" in dialog.message.text()
        close = next(b for b in dialog.findChildren(type(dialog.keep_a)) if b.text() == "Fermer")
        tab_to(qtbot, close)
        key(qtbot, "Return", until=lambda: not dialog.isVisible())

    open_from_menu(qtbot, window, "f", "c", WhenModal(qtbot, ConflictsDialog, resolve))
    assert store.conflicts() == []
    head = store.revisions(uuid)[-1].answers
    assert chosen["age"] in {"61", "16"} and head["age"] == chosen["age"]
    assert head["tranche_age"] == {"61": "60_74", "16": "15_29"}[chosen["age"]]

    # 3. The summary sheets, written to a folder typed in the dialog.
    sheets = tmp_path / "fiches"

    def write_sheets(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportsDialog)
        tab_to(qtbot, dialog.folder_edit)
        key(
            qtbot,
            "ctrl+a",
            until=lambda: dialog.folder_edit.selectedText() != "",
            focus=dialog.folder_edit,
        )
        type_text(qtbot, str(sheets), dialog.folder_edit, str(sheets))
        tab_to(qtbot, dialog.make_button)
        key(qtbot, "Return", until=lambda: dialog.task is not None, focus=dialog)
        qtbot.waitUntil(
            lambda: dialog.outcome is not None and dialog.make_button.isEnabled(),
            timeout=WORK_TIMEOUT_MS,
        )
        paths = [Path(path) for path in dialog.outcome.paths]
        assert paths, dialog.message.text()
        assert f"{len(paths)} fichier" in dialog.message.text(), dialog.message.text()
        assert str(sheets) in dialog.message.text(), dialog.message.text()
        for path in paths:
            assert path.parent == sheets and path.read_bytes().startswith(b"%PDF")
        text = subprocess.run(
            ["pdftotext", str(paths[0]), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "%" in text, text[:500]  # the sheets give percentages
        key(qtbot, "Tab")  # the focus is back on the dialog's widgets once the work is done
        tab_to(qtbot, dialog.close_button)
        key(qtbot, "Return", until=lambda: not dialog.isVisible())

    open_from_menu(qtbot, window, "r", "f", WhenModal(qtbot, ReportsDialog, write_sheets))
    assert sorted(sheets.glob("*.pdf")), list(sheets.iterdir())
