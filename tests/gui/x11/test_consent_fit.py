"""The consent page on the session's screen (1024×600 in the x11 run): nothing to scroll.

The interviewer reads the introduction aloud and the person answers « Oui » or « Non »: the text,
the question and both answers are wholly visible at once, the window maximised.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from inclusion_desktop.gui.field.question_widgets import ChoiceButtons
from inclusion_desktop.gui.shell.main_window import MainWindow
from tests.gui.x11.conftest import assert_focus_visible, visible_rect
from tests.gui.x11.test_field_reveal import open_field_form, to_page


def wholly_visible(widget: QWidget) -> bool:
    """True when every pixel of `widget` is on screen, inside its scroll area and window."""
    return widget.isVisible() and visible_rect(widget).size() == widget.size()


def test_consent_text_and_both_answers_show_without_scrolling(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = open_field_form(qtbot, window)
    to_page(qtbot, view, "bloc_consentement")
    consent = view.editors["consentement"]
    assert isinstance(consent, ChoiceButtons)
    answers = {button.text().split()[-1]: button for _, button in consent.buttons}
    assert set(answers) == {"Oui", "Non"}
    for name, button in answers.items():
        seen = visible_rect(button)
        assert wholly_visible(button), f"« {name} » dépasse : {seen} pour {button.size()}"
    texts = [
        label
        for label in view.page_widget.findChildren(QLabel)  # type: ignore[union-attr]
        if label.property("questionName") in ("presentation", "consentement")
    ]
    assert [label.property("questionName") for label in texts] == ["presentation", "consentement"]
    assert "Bonjour" in texts[0].text()
    for label in texts:
        assert wholly_visible(label), f"texte coupé : {label.text()[:40]}"
    assert view.scroll.verticalScrollBar().value() == 0
    assert_focus_visible(answers["Oui"])
