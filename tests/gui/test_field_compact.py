"""Field mode on a short screen: the pages' question texts get smaller, and back on a tall one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from inclusion_desktop.gui.field.form_view import COMPACT_HEIGHT, FieldFormView
from inclusion_desktop.gui.shell.main_window import MainWindow


def question_label(view: FieldFormView, name: str) -> QLabel:
    assert view.page_widget is not None
    return next(
        label
        for label in view.page_widget.findChildren(QLabel, "questionLabel")
        if label.property("questionName") == name
    )


def test_question_text_is_smaller_on_a_short_screen_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.new_questionnaire()
    view = window.form_view
    view.show_page("bloc_consentement")
    QApplication.processEvents()
    assert view.height() >= COMPACT_HEIGHT
    tall = question_label(view, "presentation").font().pointSizeF()
    window.resize(1024, 560)
    qtbot.waitUntil(lambda: view.height() < COMPACT_HEIGHT)
    short = question_label(view, "presentation").font().pointSizeF()
    assert short < tall
    assert "Bonjour" in question_label(view, "presentation").text()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: view.height() >= COMPACT_HEIGHT)
    assert question_label(view, "presentation").font().pointSizeF() == tall
