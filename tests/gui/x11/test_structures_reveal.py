"""Field mode on a real X server, structures questionnaire: answers that reveal a question.

Every answer that reveals a question on the same page keeps the keyboard on the choice typed,
then Enter goes on to the question below.

The reveals are read from the bundled form itself, so a new one is tested without being listed.
"""

from __future__ import annotations

import pytest

from inclusion_desktop.gui.field.question_widgets import choice_key
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.questionnaire.bundled import STRUCTURES_FORM, load_bundled_form
from inclusion_desktop.questionnaire.model import QuestionType
from inclusion_desktop.questionnaire.session import FormSession
from tests.gui.x11.conftest import KEY_TIMEOUT_MS
from tests.gui.x11.flow import key
from tests.gui.x11.test_field_reveal import choice, editor, focus_on, show_on_screen

#: Answers that open every page with a reveal (the workshops page asks for workshops).
PREFILLED = {"service_ateliers": "oui"}


def same_page_reveals() -> list[tuple[str, str, str, int]]:
    """(page, question answered, question revealed, number of the revealing choice)."""
    form = load_bundled_form(STRUCTURES_FORM)
    found = []
    for page in FormSession(form).pages():
        names = {q.name: q for q in page.questions}
        for target in page.questions:
            if target.relevant is None:
                continue
            for source_name in sorted(target.relevant.references & set(names)):
                source = names[source_name]
                if source.choices is None or "minimal" in source.appearance:
                    continue  # drop-down lists (commune) are covered by the resident form's test
                scratch = FormSession(form)
                for name, value in PREFILLED.items():
                    scratch.set_answer(name, value)
                for number, item in enumerate(scratch.choices_for(source), start=1):
                    scratch.set_answer(source.name, item.name)
                    if scratch.is_relevant(target.name):
                        found.append((page.key, source.name, target.name, number))
                        break
    return found


REVEALS = same_page_reveals()


def test_the_structures_form_has_reveals_to_drive() -> None:
    assert len(REVEALS) >= 6, REVEALS
    assert any(number > 10 for *_, number in REVEALS), "a reveal by a letter key (11th choice +)"


@pytest.mark.parametrize(("page", "source", "target", "number"), REVEALS)
def test_a_structures_answer_reveals_its_question_and_keeps_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, page: str, source: str, target: str, number: int
) -> None:
    window.home.form_combo.setCurrentIndex(
        next(
            index
            for index in range(window.home.form_combo.count())
            if "structure" in window.home.form_combo.itemText(index).lower()
        )
    )
    show_on_screen(qtbot, window)
    view = window.form_view
    key(qtbot, "ctrl+n", until=lambda: window.stack.currentWidget() is view)
    assert view.session is not None and view.session.form.form_id.startswith("structure")
    for name, value in PREFILLED.items():
        view.session.set_answer(name, value)
    view.show_page(page)
    assert view.current_key == page
    view.editors[source].focus_input()
    qtbot.waitUntil(lambda: focus_on(view, source), timeout=KEY_TIMEOUT_MS)
    assert target not in view.editors

    typed = choice_key(number).lower()
    key(qtbot, typed, until=lambda: target in view.editors, focus=choice(view, source, number))
    names = list(view.editors)
    following = names[names.index(source) + 1]
    key(qtbot, "Return", focus=editor(view, following))
    key(qtbot, "shift+Tab", focus=editor(view, source))
    if view.session.form.question(source).type is QuestionType.SELECT_MULTIPLE:
        key(qtbot, typed, until=lambda: target not in view.editors, focus=editor(view, source))
    key(qtbot, "Escape", until=lambda: window.stack.currentWidget() is window.home)
