"""Labels and hints quoting an answer (${name}) show that answer, in field and keying mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession

from .keyboard import started, type_text

QUOTING_FORM = """
| survey |
| | type               | name    | label                   | hint               | appearance |
| | begin group        | qui     | Qui répond, ${prenom} ? |                    | field-list |
| | text               | prenom  | Prénom                  |                    |            |
| | integer            | age     | Quel âge a ${prenom} ?  | L'âge de ${prenom} |            |
| | end group          |         |                         |                    |            |
| | select_one oui_non | seul    | ${prenom} vit-il seul ? |                    |            |
| | begin repeat       | enfants | Enfant de ${prenom}     |                    |            |
| | text               | nom     | Nom                     |                    |            |
| | integer            | age_e   | Âge de ${nom}           |                    |            |
| | end repeat         |         |                         |                    |            |

| choices |
| | list_name | name | label               |
| | oui_non   | oui  | Oui, ${prenom} seul |
| | oui_non   | non  | Non                 |
"""


def quoting_session(tmp_path: Path) -> FormSession:
    path = tmp_path / "citations.md"
    path.write_text(QUOTING_FORM, encoding="utf-8")
    return FormSession(load_form(path))


def shown_texts(view: FieldFormView) -> list[str]:
    assert view.page_widget is not None
    return [label.text() for label in view.page_widget.findChildren(QLabel) if label.text()]


def test_field_mode_shows_the_answer_quoted_and_follows_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = quoting_session(tmp_path)
    view = started(qtbot, FieldFormView(), session, "Citations")
    assert "Quel âge a  ?" in shown_texts(view)
    view.editors["prenom"].focus_input()
    type_text(qtbot, "Lea")
    texts = shown_texts(view)
    assert "Quel âge a Lea ?" in texts
    assert "Qui répond, Lea ?" in texts
    assert "L'âge de Lea" in texts
    # Typing goes on in the same field after the page showed the new label.
    assert QApplication.focusWidget() is view.editors["prenom"].edit
    type_text(qtbot, "h")
    assert "Quel âge a Leah ?" in shown_texts(view)
    session.set_answer("age", "30")
    view.go_next()
    assert "Leah vit-il seul ?" in shown_texts(view)
    buttons = [button.text() for _, button in view.editors["seul"].buttons]
    assert buttons[0].endswith("Oui, Leah seul")


def test_keying_mode_shows_the_answer_quoted_once_keyed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = quoting_session(tmp_path)
    view = started(qtbot, KeyingFormView(), session, "Citations")

    def row(name: str, instance: int | None = None):  # type: ignore[no-untyped-def]
        return next(r for r in view.rows if (r.question.name, r.instance) == (name, instance))

    assert row("age").label.text() == "2. Quel âge a  ?"
    type_text(qtbot, "Lea")
    view.confirm(row("prenom"))
    assert row("age").label.text() == "2. Quel âge a Lea ?"
    assert row("seul").label.text() == "3. Lea vit-il seul ?"
    assert row("seul").legend.text() == "1 Oui, Lea seul   2 Non"
    session.add_instance("enfants")
    session.set_answer("nom", "Tom", 0)
    view._lay_out_rows()
    assert row("age_e", 0).label.text() == "Enfant de Lea n° 1 — Âge de Tom"
    row("prenom").edit.setFocus()
    row("prenom").edit.selectAll()
    type_text(qtbot, "Zoe")
    view.confirm(row("prenom"))
    assert row("age_e", 0).label.text() == "Enfant de Zoe n° 1 — Âge de Tom"
