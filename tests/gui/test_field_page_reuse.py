"""Field mode: an answer that shows or hides nothing keeps the page's widgets as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession

PAGE_FORM = """
| survey |
| | type | name | label | relevant | calculation | choice_filter | appearance | required |
| | begin group | bloc | Logement | | | | field-list | |
| | select_one statut | statut | Statut | | | | | yes |
| | text | precision | Précisez | ${statut}='autre' | | | | |
| | integer | pieces | Pièces | | | | | |
| | calculate | double | | | ${pieces}*2 | | | |
| | integer | total | Total | | ${pieces}+1 | | | |
| | select_one lieu | lieu | Lieu | | | filtre='tous' or ${pieces} > 5 | | |
| | end group | | | | | | | |
| | text | fin | Fin | | | | | |

| choices |
| | list_name | name | label | filtre |
| | statut | locataire | Locataire | |
| | statut | autre | Autre | |
| | lieu | salon | Salon | tous |
| | lieu | jardin | Jardin | grand |
"""


@pytest.fixture
def view(qtbot, tmp_path: Path) -> FieldFormView:  # type: ignore[no-untyped-def]
    path = tmp_path / "logement.md"
    path.write_text(PAGE_FORM, encoding="utf-8")
    widget = FieldFormView()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.start(
        FormSession(load_form(path)),
        "uuid:logement",
        title="Logement",
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: None,
    )
    return widget


def page_widgets(view: FieldFormView) -> dict[str, object]:
    """The page and its editors, by name, to compare objects before and after an answer."""
    return {"page": view.page_widget, **view.editors}


def answer(view: FieldFormView, name: str, value: str) -> None:
    assert view.session is not None
    view._on_answered(view.session.form.question(name), None, value)


def test_an_answer_changing_a_calculation_keeps_every_widget(view: FieldFormView) -> None:
    before = page_widgets(view)
    view.editors["pieces"].focus_input()
    answer(view, "pieces", "3")  # « double » changes, the list of « lieu » stays « Salon »
    assert view.session is not None and view.session.value("double") == "6"
    after = page_widgets(view)
    assert after.keys() == before.keys()
    assert all(after[name] is widget for name, widget in before.items())
    # The keyboard stays in the field being typed in.
    assert view.editors["pieces"].edit.hasFocus()  # type: ignore[attr-defined]


def test_a_choice_list_filtered_differently_rebuilds_the_page(view: FieldFormView) -> None:
    before = page_widgets(view)
    answer(view, "pieces", "7")  # « Jardin » joins the list of « lieu »
    assert view.page_widget is not before["page"]
    buttons = view.editors["lieu"].buttons  # type: ignore[attr-defined]
    assert [name for name, _ in buttons] == ["salon", "jardin"]


def test_a_revealed_question_rebuilds_the_page_and_keeps_the_choice_focused(
    view: FieldFormView,
) -> None:
    before = page_widgets(view)
    editor = view.editors["statut"]
    assert editor.focus_choice("autre")
    answer(view, "statut", "autre")
    assert view.page_widget is not before["page"]
    assert "precision" in view.editors and "precision" not in before
    focused = view.focusWidget()
    assert focused is not None and focused.property("choiceName") == "autre"
    # Answered again with a choice that still shows « Précisez », the page stays.
    rebuilt = page_widgets(view)
    answer(view, "statut", "autre")
    answer(view, "pieces", "2")
    assert all(page_widgets(view)[name] is widget for name, widget in rebuilt.items())


def test_an_answer_another_one_changed_is_shown_in_its_editor(view: FieldFormView) -> None:
    before = page_widgets(view)
    answer(view, "pieces", "4")  # « total » is calculated from it, on the same page
    assert view.session is not None and view.session.value("total") == "5"
    assert all(page_widgets(view)[name] is widget for name, widget in before.items())
    assert view.editors["total"].edit.text() == "5"  # type: ignore[attr-defined]


def test_the_next_questionnaire_shows_the_same_page_with_its_own_answers(
    view: FieldFormView,
) -> None:
    assert view.session is not None
    form = view.session.form
    first_page = view.page_widget
    assert view.editors["statut"].pick_number(1)  # « Locataire », through the buttons
    answer(view, "pieces", "4")
    view.editors["pieces"].set_value("4")
    view.go_next()
    assert view.current_key == "fin" and view.page_widget is not first_page

    view.start(
        FormSession(form),
        "uuid:suivant",
        title="Logement",
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: None,
    )
    assert view.page_widget is first_page  # the page kept is shown again, not rebuilt
    buttons = view.editors["statut"].buttons  # type: ignore[attr-defined]
    assert not any(button.isChecked() for _, button in buttons)
    assert view.editors["pieces"].edit.text() == ""  # type: ignore[attr-defined]
    assert not any(label.isVisible() for label in view.error_labels.values())
    # Its keys work as on a new page: 1 ticks « Locataire » for this questionnaire.
    assert view.editors["statut"].pick_number(1)
    assert view.session is not None and view.session.value("statut") == "locataire"


def test_a_page_shown_again_has_no_error_of_the_last_questionnaire(view: FieldFormView) -> None:
    assert view.session is not None
    form = view.session.form
    view.go_next()  # « Statut » is required
    assert view.current_key == "bloc" and view.error_labels["statut"].isVisible()
    page = view.page_widget
    view.start(
        FormSession(form),
        "uuid:suivant",
        title="Logement",
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: None,
    )
    assert view.page_widget is page
    assert not view.error_labels["statut"].isVisible()


def review_rows(view: FieldFormView) -> list[tuple[str, str]]:
    """The review table's rows: question and answer as shown."""
    table = view.review_table
    assert table is not None
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_review_shown_again_lists_the_answers_as_they_are_now(view: FieldFormView) -> None:
    answer(view, "statut", "locataire")
    view.show_page("__revue__")
    first_table = view.review_table
    assert ("Statut", "Locataire") in review_rows(view)
    assert not any("Précisez" in question for question, _ in review_rows(view))
    view.edit_from_review("bloc")
    answer(view, "statut", "autre")  # reveals « Précisez »
    answer(view, "precision", "Colocation")
    view.show_page("__revue__")
    # The same table, its rows those of the answers now.
    assert view.review_table is first_table
    rows = review_rows(view)
    assert ("Statut", "Autre") in rows and ("Statut — Précisez", "Colocation") in rows
    assert first_table.currentRow() == -1
    # Once laid out, the rows are measured for the columns' width: measuring again changes none.
    QApplication.processEvents()
    heights = [first_table.rowHeight(r) for r in range(first_table.rowCount())]
    first_table.resizeRowsToContents()
    assert [first_table.rowHeight(r) for r in range(first_table.rowCount())] == heights
