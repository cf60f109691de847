"""Keying mode and repeat_count: one block of rows per instance, as many as the count says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession

from .keyboard import press, type_text

COUNTED_FORM = """
| survey |
| | type         | name    | label   | repeat_count | required |
| | integer      | taille  | Taille  |              | yes      |
| | begin repeat | membres | Membre  | ${taille}    |          |
| | integer      | age     | Âge     |              | yes      |
| | end repeat   |         |         |              |          |
| | text         | fin     | Fin     |              |          |
"""


def test_counted_repeat_is_keyed_instance_by_instance(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "menage.md"
    path.write_text(COUNTED_FORM, encoding="utf-8")
    session = FormSession(load_form(path))
    finished: list[str] = []
    view = KeyingFormView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.start(
        session,
        "uuid:menage",
        title="Ménage",
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: finished.append(uuid),
    )
    assert [(row.question.name, row.instance) for row in view.rows] == [
        ("taille", None),
        ("fin", None),
    ]
    for keys in ("2", "41", "9", "ok"):
        type_text(qtbot, keys)
        press(qtbot, Qt.Key.Key_Return)
    assert [(row.question.name, row.instance) for row in view.rows] == [
        ("taille", None),
        ("age", 0),
        ("age", 1),
        ("fin", None),
    ]
    assert view.rows[2].label.text().startswith("Membre n° 2 —")
    view.save_and_next()
    assert finished == ["uuid:menage"]
    assert session.final_answers()["membres"] == [{"age": "41"}, {"age": "9"}]


def test_unanswered_instance_stops_the_save_on_its_row(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "menage.md"
    path.write_text(COUNTED_FORM, encoding="utf-8")
    session = FormSession(load_form(path))
    view = KeyingFormView()
    qtbot.addWidget(view)
    view.show()
    view.start(
        session,
        "uuid:menage",
        title="Ménage",
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: None,
    )
    session.set_answer("taille", "1")
    view._lay_out_rows()
    view.save_and_next()
    row = next(r for r in view.rows if r.question.name == "age")
    assert row.error.isVisibleTo(view)
    assert view.session is session  # not saved
