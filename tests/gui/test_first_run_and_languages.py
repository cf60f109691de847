"""The first run, the question-language switch and right-to-left forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from inclusion_desktop.gui.field.form_view import FieldFormView, language_is_rtl
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.services.provisioning import needs_first_run
from inclusion_desktop.store import Store


def test_open_main_window_runs_the_assistant_once(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.admin import first_run
    from inclusion_desktop.gui.shell.app import open_main_window

    store = Store.open(str(tmp_path / "neuf.sqlite"))
    try:
        assert needs_first_run(store)
        monkeypatch.setattr(first_run.FirstRunWizard, "exec", lambda self: 0)  # « Quitter »
        assert open_main_window(store) is None
        assert needs_first_run(store)

        def finish(self) -> int:  # type: ignore[no-untyped-def]
            self.device_page.device_edit.setText("Portable médiation 3")
            self.operators_page.coordinator_edit.setText("Aïcha M.")
            self.operators_page.password_edit.setText("sambre-2026")
            self.operators_page.confirm_edit.setText("sambre-2026")
            self.folder_page.folder_edit.setText(str(tmp_path / "exports"))
            self.accept()
            return int(self.result())

        monkeypatch.setattr(first_run.FirstRunWizard, "exec", finish)
        window = open_main_window(store)
        assert window is not None
        qtbot.addWidget(window)
        assert not needs_first_run(store)
        device = store.device()
        assert device is not None and device.name == "Portable médiation 3"
        assert [op.name for op in store.operators()] == ["Aïcha M."]
        assert window.home.operator_combo.currentText() == "Aïcha M."
        # She has just chosen her password: the start-up does not ask it again.
        assert store.has_coordinator_secret() and window._pending_operator_id is None
        assert window.ask_start_operator() and window.current_operator_id() is not None
        window.close()
    finally:
        store.close()


def test_language_switch_shows_english_labels(qtbot, window: MainWindow) -> None:
    window.new_questionnaire()
    view = window.form_view
    combo = view.language_combo
    assert combo.isVisibleTo(window)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Français", "English"]
    french = view.page_widget.findChild(type(view.title_label), "questionLabel").text()
    combo.setCurrentIndex(1)
    english = view.page_widget.findChild(type(view.title_label), "questionLabel").text()
    assert english != french
    assert view.session is not None and view.session.language == "English (en)"
    assert view.scroll.layoutDirection() == Qt.LayoutDirection.LeftToRight


ARABIC_FORM = """
| survey |
| | type | name | label::Français (fr) | label::العربية (ar) |
| | select_one yn | accord | Êtes-vous d'accord ? | هل توافق؟ |
| choices |
| | list_name | name | label::Français (fr) | label::العربية (ar) |
| | yn | oui | Oui | نعم |
| | yn | non | Non | لا |
| settings |
| | form_id | default_language |
| | rtl | Français (fr) |
"""


def test_arabic_labels_render_right_to_left(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "rtl.md"
    path.write_text(ARABIC_FORM, encoding="utf-8")
    form = load_form(path)
    assert language_is_rtl("العربية (ar)") and not language_is_rtl("Français (fr)")
    view = FieldFormView()
    qtbot.addWidget(view)
    session = FormSession(form)
    saved: list[str] = []
    view.start(
        session,
        "uuid:test",
        title="RTL",
        position=None,
        save_draft=lambda uuid, answers, position: saved.append(position),
        finalize=lambda uuid, s: None,
    )
    view.show()
    assert view.scroll.layoutDirection() == Qt.LayoutDirection.LeftToRight
    view.language_combo.setCurrentIndex(view.language_combo.findData("العربية (ar)"))
    assert view.scroll.layoutDirection() == Qt.LayoutDirection.RightToLeft
    labels = [w.text() for w in view.page_widget.findChildren(type(view.title_label))]
    assert any("هل توافق" in text for text in labels)
    qtbot.waitUntil(lambda: bool(saved))  # the page's position is saved once it is shown
    view.stop()


ONE_LANGUAGE_FORM = """
| survey |
| | type | name | label |
| | integer | age | Quel âge avez-vous ? |
| settings |
| | form_id |
| | une_langue |
"""


def test_a_form_in_one_language_shows_no_language_choice(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "une_langue.md"
    path.write_text(ONE_LANGUAGE_FORM, encoding="utf-8")
    view = FieldFormView()
    qtbot.addWidget(view)
    view.start(
        FormSession(load_form(path)),
        "uuid:test",
        title="Une langue",
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: None,
    )
    view.show()
    # « Langue des questions : » with nothing after it would ask a question with no answer.
    assert not view.language_combo.isVisible()
    assert not view.language_label.isVisible()
    view.stop()


def test_collector_prefills_neighbourhood(window: MainWindow, store: Store) -> None:
    collector: Collector = window.collector
    neighbourhood = next(n for n in window.neighbourhoods if n.code == "maubeuge/epinette")
    operator = store.operators()[0]
    version = store.form_versions()[0]
    opened = collector.new_questionnaire(version.id, neighbourhood, operator.id)
    assert opened.session.value("commune") == "maubeuge"
    assert opened.session.value("quartier") == "epinette"
    assert store.get_submission(opened.uuid).zone == "maubeuge/epinette"


def test_standard_buttons_are_in_french(qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from inclusion_desktop.gui.shell.app import create_application

    create_application()
    box = QMessageBox(QMessageBox.Icon.Question, "Titre", "Texte")
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Oui"


def test_shortcuts_help_lists_every_menu_shortcut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.shell.help_dialogs import SHORTCUTS

    listed = " ".join(keys for keys, _ in SHORTCUTS)
    found = {
        action.shortcut().toString()
        for action in window.findChildren(type(window.menuBar().actions()[0]))
    } - {"", "Del", "Ctrl+Q"}
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+M", "F1"} <= found
    native = QKeySequence.SequenceFormat.NativeText  # « Maj » as the French keyboard says
    for shortcut in found:
        assert shortcut in listed or QKeySequence(shortcut).toString(native) in listed, shortcut


def test_unselected_tabs_are_not_lowered_so_capital_accents_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QStyle

    from inclusion_desktop.gui.shell.app import create_application

    create_application()
    style = QApplication.style()
    assert style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical) == 0
