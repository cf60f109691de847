"""Every reference form that pyxform accepts is filled in field mode and in keying mode.

The answers are random but valid (tests/core/form_filler.py picks them); they are given through
the widgets themselves: text typed into the line edits, choice buttons clicked, codes typed in
keying mode. The questionnaire must reach the review page (field mode) or be saved (keying).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.field.form_view import REVIEW_KEY, FieldFormView
from inclusion_desktop.gui.field.question_widgets import (
    AcknowledgeEditor,
    ChoiceButtons,
    ChoiceCombo,
    LineEditor,
    MultilineEditor,
    QuestionEditor,
    RangeEditor,
    to_displayed,
)
from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.keying import code_of
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.model import Form, Question, QuestionType
from inclusion_desktop.questionnaire.session import FormSession, date_as_typed
from tests.core.form_filler import MAX_FREE_INSTANCES, answer, candidates

from .keyboard import press, type_text

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_FORMS = ROOT / "tests" / "reference-data" / "xlsforms"
LOADING = [
    "aaz-kta__fetched_form.xlsx",
    "aaz-x2l__Supply_Chain_Analysis_Retailers_tool.xlsx",
    "epicentre__WHOVA2016_v1_5_3_ODK.xlsx",
    "hbm-niger__MSNA_Outil_Collecte_FINAL_V6.xlsx",
    "pyxform__UCL_Biomass_Plot_Form.xlsx",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not REFERENCE_FORMS.is_dir(), reason="reference XLSForms not found"),
]

_FORMS: dict[str, Form] = {}


def reference_form(filename: str) -> Form:
    if filename not in _FORMS:
        _FORMS[filename] = load_form(REFERENCE_FORMS / filename)
    return _FORMS[filename]


def through_widget(qtbot, editor: QuestionEditor, value: str) -> None:  # type: ignore[no-untyped-def]
    """Gives `value` to the question the way a person would with this editor."""
    if isinstance(editor, LineEditor):
        editor.edit.setFocus()
        editor.edit.clear()
        if value:
            shown = to_displayed(editor.question.type, value, editor.question.date_precision)
            qtbot.keyClicks(editor.edit, shown)
        else:
            editor.edit.textEdited.emit("")
    elif isinstance(editor, MultilineEditor):
        editor.edit.setPlainText(value)
    elif isinstance(editor, ChoiceButtons):
        wanted = set(value.split())
        for name, button in editor.buttons:
            if button.isChecked() != (name in wanted):
                button.click()
    elif isinstance(editor, ChoiceCombo):
        editor.pick_number(max(editor.combo.findData(value), 0))
    elif isinstance(editor, AcknowledgeEditor):
        if value:
            editor.pick_number(1)
    elif isinstance(editor, RangeEditor):
        position = round((float(value) - editor.start) / editor.step) if value else 0
        editor.slider.setValue(position)
    else:
        raise AssertionError(f"no way to answer {type(editor).__name__}")


def fill_in_field_mode(  # type: ignore[no-untyped-def]
    qtbot,
    view: FieldFormView,
    session: FormSession,
    rng: random.Random,
    *,
    give=through_widget,
    fewest_instances: int = 0,
) -> None:
    """Answers every page of `view` with valid random answers up to the review page.

    `give` puts each answer through its editor; each free repeat gets `fewest_instances` or more.
    """
    wanted: dict[str, int] = {}
    seen: list[str] = []
    for _ in range(3000):
        key = view.current_key
        if key == REVIEW_KEY:
            break
        seen.append(key)
        page = next(p for p in view._pages() if p.key == key)
        if page.repeat_prompt is not None:
            name = page.repeat_prompt.name
            target = wanted.setdefault(name, rng.randint(fewest_instances, MAX_FREE_INSTANCES))
            add, done = view._repeat_buttons
            (add if len(session.instances(name)) < target else done).click()
            continue
        for question in page.questions:
            if question.type is QuestionType.NOTE or question.read_only:
                continue
            if question.name not in view.editors:
                continue  # not relevant (any more)

            def apply(value: str, q: Question = question, i: int | None = page.instance) -> None:
                editor = view.editors.get(q.name)
                if editor is None:  # made irrelevant by an earlier answer of the page
                    session.set_answer(q.name, value, i)
                else:
                    give(qtbot, editor, value)

            assert answer(session, question, page.instance, rng, apply), question.name
        view.go_next()
        assert view.current_key != key, (key, session.errors())
    else:
        raise AssertionError(f"review not reached; last pages {seen[-5:]}")


@pytest.mark.parametrize("filename", LOADING)
def test_reference_form_is_filled_in_field_mode(qtbot, filename: str) -> None:  # type: ignore[no-untyped-def]
    form = reference_form(filename)
    session = FormSession(form)
    finished: list[str] = []
    view = FieldFormView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.start(
        session,
        "uuid:reference",
        title=form.title,
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: finished.append(uuid),
    )
    fill_in_field_mode(qtbot, view, session, random.Random(filename))
    assert session.errors() == {}
    view.go_next()  # the review page: save
    assert finished == ["uuid:reference"]


def keystrokes(session: FormSession, question: Question, instance: int | None, value: str) -> str:
    """What a keyer types on the paper form for `value`."""
    if question.choices is not None:
        choices = session.choices_for(question, instance)
        return " ".join(code_of(choices, name) for name in value.split())
    if question.type is QuestionType.ACKNOWLEDGE:
        return "1" if value else ""
    if question.type is QuestionType.DATE:
        return date_as_typed(value, question.date_precision, separator="")
    return value


@pytest.mark.parametrize("filename", LOADING)
def test_reference_form_is_keyed_in_keying_mode(qtbot, filename: str) -> None:  # type: ignore[no-untyped-def]
    form = reference_form(filename)
    session = FormSession(form)
    finished: list[str] = []
    view = KeyingFormView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.start(
        session,
        "uuid:keyed",
        title=form.title,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: finished.append(uuid),
    )
    rng = random.Random(filename)
    keyed = 0
    wanted: dict[str, int] = {}
    for _ in range(5000):
        focus = QApplication.focusWidget()
        row = next((r for r in view.rows if r.edit is focus), None)
        if row is None:
            break
        if row.adds_to is not None:  # « Ajouter un autre ? »: 1 adds an instance, 2 goes on
            name = row.adds_to.name
            target = wanted.setdefault(name, rng.randint(0, MAX_FREE_INSTANCES))
            type_text(qtbot, "1" if len(session.instances(name)) < target else "2")
            continue
        question, instance = row.question, row.instance
        place = (question.name, instance)
        required = question.required or question.required_if is not None
        values = (
            []
            if not required and rng.random() < 0.25
            else list(candidates(session, question, instance, rng))
        )
        for value in [*values, ""]:
            current = next(r for r in view.rows if (r.question.name, r.instance) == place)
            current.edit.setFocus()
            current.edit.selectAll()
            typed = keystrokes(session, question, instance, value)
            if typed:
                type_text(qtbot, typed)
            else:
                current.edit.clear()
            if QApplication.focusWidget() is current.edit:
                press(qtbot, Qt.Key.Key_Return)
            if QApplication.focusWidget() is not current.edit:
                break
        else:
            raise AssertionError(f"{place}: no answer accepted ({current.error.text()})")
        keyed += 1
    assert keyed > 0
    view.save_and_next()
    assert finished == ["uuid:keyed"], view.status_label.text()
