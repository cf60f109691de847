"""Field mode and repeat_count: filled instances are deleted only when the person agrees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession

COUNTED_FORM = """
| survey |
| | type         | name    | label   | repeat_count |
| | integer      | taille  | Taille  |              |
| | begin repeat | membres | Membre  | ${taille}    |
| | text         | prenom  | Prénom  |              |
| | end repeat   |         |         |              |
| | text         | fin     | Fin     |              |
"""


def started(qtbot, session: FormSession) -> FieldFormView:  # type: ignore[no-untyped-def]
    """Field mode showing `session`, saving nothing."""
    widget = FieldFormView()
    qtbot.addWidget(widget)
    widget.show()
    widget.start(
        session,
        "uuid:menage",
        title="Ménage",
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: None,
    )
    return widget


@pytest.fixture
def view(qtbot, tmp_path: Path) -> FieldFormView:  # type: ignore[no-untyped-def]
    path = tmp_path / "menage.md"
    path.write_text(COUNTED_FORM, encoding="utf-8")
    session = FormSession(load_form(path))
    widget = started(qtbot, session)
    session.set_answer("taille", "2")
    session.set_answer("prenom", "Ana", 0)
    session.set_answer("prenom", "Bob", 1)
    widget.show_page("taille")
    return widget


@pytest.mark.parametrize(
    ("button", "instances", "page"),
    [
        (QMessageBox.StandardButton.Yes, 1, "prenom[0]"),
        (QMessageBox.StandardButton.No, 2, "taille"),
    ],
)
def test_lowering_the_count_asks_before_deleting_filled_instances(
    view: FieldFormView,
    monkeypatch: pytest.MonkeyPatch,
    button: QMessageBox.StandardButton,
    instances: int,
    page: str,
) -> None:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    view._on_answered(view.session.form.question("taille"), None, "1")
    assert len(view.session.instances("membres")) == 2  # nothing deleted while typing
    view.go_next()
    assert len(asked) == 1 and "« Membre » (1)" in asked[0]
    assert len(view.session.instances("membres")) == instances
    assert view.current_key == page


def test_the_question_names_the_outer_instance_of_a_nested_repeat(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    nested = Path(__file__).parents[1] / "core" / "fixtures" / "nested_repeats.md"
    session = FormSession(load_form(nested))
    widget = started(qtbot, session)
    session.set_answer("nb_menages", "2")
    session.set_answer("commune", "Douai", 1)
    session.set_answer("taille", "2", 1)
    session.set_answer("prenom", "Ana", (1, 0))
    session.set_answer("prenom", "Léo", (1, 1))
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    widget.show_page("taille[1]")
    widget._on_answered(session.form.question("taille"), 1, "1")
    widget.go_next()
    assert len(asked) == 1 and "« Personne de Douai » du ménage n° 2 (1)" in asked[0]
    assert [row["prenom"] for row in session.instances("personne", 1)] == ["Ana"]
