"""Opens every window and dialog of the application on the current screen and reports misfits.

Run in its own process (the screen's size is chosen when Qt starts): tests/gui/test_screen_fit.py
starts it on an offscreen screen of 1024×600, 1366×768 and 2048×1200 at scale ×2 (with window
frames), and tests/gui/x11/ on a real X server. It prints one JSON object: the screen, and for
every window the problems seen (empty list when the window fits and its buttons are whole).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
    QWizard,
)


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` a person sees: clipped by its parents (scroll areas' viewports)."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        clip = parent.viewport() if isinstance(parent, QAbstractScrollArea) else parent
        rect = rect.intersected(QRect(clip.mapToGlobal(QPoint(0, 0)), clip.size()))
        parent = parent.parentWidget()
    return rect


def in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """True when the widget is reached by scrolling (inside a scroll area's viewport)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def problems(window: QWidget) -> list[str]:
    """What does not fit: the framed window off the screen, a button cut or outside."""
    found: list[str] = []
    from inclusion_desktop.gui.common.widgets import framed_geometry

    area = window.screen().availableGeometry()
    frame = framed_geometry(window)
    if not area.contains(frame):
        found.append(f"fenêtre {frame.getRect()} hors de l'écran {area.getRect()}")
    inside = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        name = button.text() or button.accessibleName() or button.toolTip() or repr(button)
        if in_scroll_area(button, window):
            continue  # reached by scrolling, the scroll area itself is checked below
        seen = visible_rect(button)
        whole = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if seen != whole or not inside.contains(whole) or not area.contains(whole):
            found.append(f"bouton « {name} » coupé : {seen.getRect()} sur {whole.getRect()}")
        elif button.height() < button.minimumSizeHint().height():
            # A layout given less height than it needs squeezes its buttons, text cut.
            found.append(
                f"bouton « {name} » écrasé : {button.height()} pixels de haut sur "
                f"{button.minimumSizeHint().height()}"
            )
    for scroll in window.findChildren(QAbstractScrollArea):
        if scroll.isVisible() and scroll.window() is window and not in_scroll_area(scroll, window):
            if visible_rect(scroll).height() < min(scroll.height(), 40):
                found.append(f"zone défilante {scroll.objectName() or scroll!r} presque cachée")
    return found


def windows(folder: Path) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Every window and dialog, built on stores with data in them."""
    from inclusion_desktop.demo import fill_demo_store
    from inclusion_desktop.gui.admin.backup_dialog import RestoreDialog
    from inclusion_desktop.gui.admin.first_run import FirstRunWizard
    from inclusion_desktop.gui.admin.operators_dialogs import OperatorsDialog
    from inclusion_desktop.gui.admin.settings_dialog import SettingsDialog
    from inclusion_desktop.gui.common.settings import Preferences
    from inclusion_desktop.gui.coordination.campaign_dialogs import ClearFreeTextDialog, PurgeDialog
    from inclusion_desktop.gui.coordination.data_dialogs import DataExportDialog, DataImportDialog
    from inclusion_desktop.gui.coordination.form_register_dialog import FormRegisterDialog
    from inclusion_desktop.gui.coordination.offer_view import OfferDialog
    from inclusion_desktop.gui.coordination.reports_dialogs import (
        DashboardDialog,
        PopulationTargetsDialog,
        ReportsDialog,
    )
    from inclusion_desktop.gui.coordination.sync_dialogs import (
        AuditDialog,
        ConflictsDialog,
        ExportDialog,
        MergeDialog,
        MergeLogDialog,
    )
    from inclusion_desktop.gui.coordination.territory_dialog import TerritoryDialog
    from inclusion_desktop.gui.field.camera_dialog import CameraDialog, multimedia_available
    from inclusion_desktop.gui.field.fieldwork_view import FieldworkView
    from inclusion_desktop.gui.keying.keying_dialogs import DoubleEntryDialog
    from inclusion_desktop.gui.keying.paper_form_dialog import PaperFormDialog
    from inclusion_desktop.gui.shell.app import open_main_window
    from inclusion_desktop.gui.shell.help_dialogs import ShortcutsDialog
    from inclusion_desktop.services.collect import Collector
    from inclusion_desktop.store import ROLE_COORDINATOR, Store
    from inclusion_desktop.sync.bundle import export_bundle
    from inclusion_desktop.sync.merge import merge_files

    laptop = Store.open(str(folder / "portable.sqlite"))
    fill_demo_store(laptop, submissions=8, seed=4, device_name="Portable médiation 2")
    store = Store.open(str(folder / "coordination.sqlite"))
    store.set_device_name("Coordination de l'agglomération")
    coordinator = store.add_operator("Claire (coordination)", ROLE_COORDINATOR).id
    first = folder / "premier.zip"
    export_bundle(laptop, first)
    merge_files(store, [first])
    uuid = laptop.list_submissions(status="complete")[0].uuid
    answers = laptop.revisions(uuid)[-1].answers
    laptop.save_revision(uuid, {**answers, "age": "61"}, laptop.operators()[0].id)
    store.save_revision(uuid, {**answers, "age": "16"}, coordinator)
    second = folder / "second.zip"
    export_bundle(laptop, second)
    merge_files(store, [second])
    collector = Collector(store)
    collector.register_bundled_forms()
    preferences = Preferences()
    database = Path(str(store.path))
    form = collector.form(store.form_versions()[-1].id)

    def main_window() -> QWidget:
        window = open_main_window(store, first_run=False)
        assert window is not None
        return window

    def field_page() -> QWidget:
        window = main_window()
        window.show()
        window.new_questionnaire()
        return window

    def merge_with_files() -> QWidget:
        return MergeDialog(store, [str(first), str(second)], operator_id=coordinator)

    yield "fenêtre principale", main_window
    yield "questionnaire terrain", field_page
    yield "assistant de premier lancement", lambda: FirstRunWizard(
        Store.open(str(folder / "neuf.sqlite")), preferences
    )
    yield "raccourcis clavier (F1)", lambda: ShortcutsDialog()
    yield "à propos", lambda: QMessageBox(QMessageBox.Icon.Information, "À propos", "x" * 80)
    yield "export", lambda: ExportDialog(store, preferences=preferences)
    yield "fusion", merge_with_files
    yield "conflits", lambda: ConflictsDialog(store, operator_id=coordinator)
    yield "journal des fusions", lambda: MergeLogDialog(store)
    yield "journal d'activité", lambda: AuditDialog(store)
    yield "fiches de synthèse", lambda: ReportsDialog(store)
    yield "tableau de bord", lambda: DashboardDialog(store)
    yield "cibles de population", lambda: PopulationTargetsDialog(store)
    yield "double saisie", lambda: DoubleEntryDialog(collector, coordinator, lambda _n: None)
    yield "territoire", lambda: TerritoryDialog(store, coordinator)
    yield "effacer les textes libres", lambda: ClearFreeTextDialog(collector, coordinator)
    yield "purger la campagne", lambda: PurgeDialog(store, coordinator)
    yield "offre des structures", lambda: OfferDialog(store)
    yield "terrain : quotas", lambda: FieldworkView(store, form=form)
    yield "restaurer une sauvegarde", lambda: RestoreDialog(database)
    yield "exporter les réponses", lambda: DataExportDialog(store, preferences=preferences)
    yield "importer des données", lambda: DataImportDialog(store)
    yield "ajouter un questionnaire", lambda: FormRegisterDialog(store, None)
    yield "réglages", lambda: SettingsDialog(store, preferences)
    yield "opérateurs", lambda: OperatorsDialog(store, coordinator)
    yield "questionnaire papier", lambda: PaperFormDialog(form)
    if multimedia_available():
        # Without a camera the dialog says so, in the place where the preview's problems go.
        yield "prendre une photo", lambda: CameraDialog()


def settle(app: QApplication, window: QWidget) -> None:
    """Lets the window manager frame and place the window.

    The wait ends as soon as the frame is there; its bound is generous because a loaded machine
    can keep the window manager from framing a window for seconds.
    """
    from PySide6.QtCore import QDeadlineTimer, QThread

    from inclusion_desktop.gui.common.widgets import is_framed

    deadline = QDeadlineTimer(60_000)
    while True:
        app.processEvents()
        if (is_framed(window) or app.platformName() != "xcb") or deadline.hasExpired():
            break
        QThread.msleep(20)
    for _ in range(10):  # the fitting done on the first framed move, and its repaint
        app.processEvents()
        QThread.msleep(10 if app.platformName() == "xcb" else 0)


def main() -> int:
    """Shows each window in turn (each wizard page too) and prints the report as JSON."""
    from inclusion_desktop.gui.shell.app import create_application

    app = create_application()
    report: dict[str, object] = {}
    screen = app.primaryScreen()
    report["screen"] = screen.availableGeometry().getRect()
    report["scale"] = screen.devicePixelRatio()
    found: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in windows(Path(tmp)):
            window = build()
            window.show()
            settle(app, window)
            if isinstance(window, QWizard):
                for number, page_id in enumerate(window.pageIds()):
                    window.setStartId(page_id)
                    window.restart()
                    for _ in range(3):
                        app.processEvents()
                    found[f"{name}, page {number + 1}"] = problems(window)
            else:
                found[name] = problems(window)
            if isinstance(window, QDialog):
                window.done(0)  # closed without the questions a person's « Fermer » may ask
            window.close()
            window.deleteLater()
            app.processEvents()
    report["windows"] = found
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
