"""Drives the field-mode form view with key presses only, as a mediator would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.field.form_view import REVIEW_GUARD_S, REVIEW_KEY, FieldFormView
from inclusion_desktop.gui.field.question_widgets import (
    AcknowledgeEditor,
    ChoiceButtons,
    ChoiceCombo,
    LineEditor,
    MultilineEditor,
)
from inclusion_desktop.questionnaire.model import QuestionType


def started(  # type: ignore[no-untyped-def]
    qtbot, view, session, title: str, *, finalize=None, uuid=None, save_draft=None, **options
):
    """`view` (field or keying mode) on screen at 1024×600, active, with `session` started in it.

    `uuid` and `save_draft` default to a questionnaire of no store; `options` go to start()
    (`attachments`…).
    """
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    # Only field mode reopens a questionnaire at a page.
    position = {"position": None} if isinstance(view, FieldFormView) else {}
    view.start(
        session,
        uuid or f"uuid:{title.lower()}",
        title=title,
        save_draft=save_draft or (lambda uuid, answers, position: None),
        finalize=finalize or (lambda uuid, s: None),
        **position,
        **options,
    )
    return view


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Sends one key to the widget that has the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types ASCII text into the focused widget."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def answer_current(qtbot, view: FieldFormView, overrides: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Answers the focused question with the keyboard (digit for choices, text otherwise)."""
    focus = QApplication.focusWidget()
    editor = view._editor_with_focus(focus) if focus is not None else None
    if editor is None:
        return
    name = editor.question.name
    wanted = overrides.get(name)
    if isinstance(editor, ChoiceButtons | AcknowledgeEditor):
        press(qtbot, getattr(Qt.Key, f"Key_{wanted or '1'}"))
    elif isinstance(editor, ChoiceCombo):
        if not editor.combo.currentData():
            press(qtbot, Qt.Key.Key_Down)
    elif isinstance(editor, LineEditor | MultilineEditor):
        if view.session is not None and view.session.value(name):
            return
        if wanted is not None:
            type_text(qtbot, wanted)
        elif editor.question.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
            type_text(qtbot, "3")
        else:
            type_text(qtbot, "ok")


def key_through(
    qtbot, view: FieldFormView, overrides: dict[str, str], limit: int = 400
) -> list[str]:  # type: ignore[no-untyped-def]
    """Answers every question until the review page; returns the page keys seen."""
    seen = []
    for _ in range(limit):
        if view.current_key == REVIEW_KEY:
            return seen
        if not seen or seen[-1] != view.current_key:
            seen.append(view.current_key)
        answer_current(qtbot, view, overrides)
        if isinstance(QApplication.focusWidget(), MultilineEditor | type(None)):
            press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            focus = QApplication.focusWidget()
            if focus is not None and focus.metaObject().className() == "QPlainTextEdit":
                press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            else:
                press(qtbot, Qt.Key.Key_Return)
    raise AssertionError(f"review page not reached; pages seen: {seen}")


def confirm_review(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Presses Enter on the review page once its guard against a doubled Enter has passed."""
    qtbot.wait(int(REVIEW_GUARD_S * 1000) + 50)
    press(qtbot, Qt.Key.Key_Return)


def leave_with_one_answer(window) -> None:  # type: ignore[no-untyped-def]
    """Answers the first question of the open questionnaire, then closes it (a draft stays)."""
    view = window.form_view
    view._on_answered(view.session.form.question("mode_collecte"), None, "plie")
    view._on_close()
