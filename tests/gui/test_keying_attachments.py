"""Keying mode: a file attached to an image or audio question with the keyboard only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.field.question_widgets import AttachmentAccess
from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store
from inclusion_desktop.store.attachments import MAX_ATTACHMENT_BYTES

from .keyboard import press, type_text
from .test_attachments import _choose, _png
from .test_attachments import visit as visit  # the fixture, used by name


def _keying(  # type: ignore[no-untyped-def]
    qtbot, store: Store, session: FormSession, uuid: str
) -> tuple[KeyingFormView, list[str]]:
    view = KeyingFormView()
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    finished: list[str] = []
    view.start(
        session,
        uuid,
        title="Visites",
        save_draft=store.save_draft,
        finalize=lambda uuid, s: finished.append(uuid),
        attachments=AttachmentAccess(
            attach=lambda question, path: store.attach_file(uuid, question, path),
            read=lambda name: store.stored_attachment(uuid, name),
        ),
    )
    return view, finished


def _focused_name(view: KeyingFormView) -> str | None:
    focus = QApplication.focusWidget()
    return next((row.question.name for row in view.rows if row.edit is focus), None)


def test_enter_attaches_delete_removes_and_the_form_is_saved(
    qtbot, visit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid, _operator = visit
    session = FormSession(form)
    view, finished = _keying(qtbot, store, session, uuid)
    type_text(qtbot, "1")  # logement: oui, the photo becomes relevant
    assert _focused_name(view) == "facade"
    facade = next(row for row in view.rows if row.question.name == "facade")
    assert facade.edit.isReadOnly() and "Entrée : joindre un fichier" in facade.legend.text()
    # A file is never typed.
    type_text(qtbot, "x")
    assert facade.edit.text() == "" and session.value("facade") == ""
    # A cancelled dialog confirms the empty answer: required, so the cursor stays.
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        staticmethod(lambda *args: ("", "")),
    )
    press(qtbot, Qt.Key.Key_Return)
    assert _focused_name(view) == "facade" and facade.error.isVisible()
    filters: list[str] = []
    _choose(monkeypatch, _png(tmp_path / "façade.png"), filters)
    press(qtbot, Qt.Key.Key_Return)
    assert filters[-1].startswith("Images (*.jpg")
    assert facade.edit.text() == "façade.png" and session.value("facade") == "façade.png"
    assert not facade.error.isVisible()
    assert _focused_name(view) == "message"  # moved on once attached
    assert store.load_draft(uuid)[0]["facade"] == "façade.png"
    assert store.attachment_data(uuid, "façade.png") == (tmp_path / "façade.png").read_bytes()
    # Shift+Tab back, Suppr removes the file from the answer.
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused_name(view) == "facade"
    press(qtbot, Qt.Key.Key_Delete)
    assert facade.edit.text() == "" and session.value("facade") == ""
    assert store.load_draft(uuid)[0]["facade"] == ""
    press(qtbot, Qt.Key.Key_Return)  # attached again: the same file
    assert session.value("facade") == "façade.png"
    press(qtbot, Qt.Key.Key_Tab)  # the optional audio stays empty
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert finished == [uuid]


def test_a_refused_file_is_said_in_french_and_keeps_the_answer(
    qtbot, visit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid, _operator = visit
    session = FormSession(form)
    session.set_answer("logement", "non")
    view, _finished = _keying(qtbot, store, session, uuid)
    message = next(row for row in view.rows if row.question.name == "message")
    view._focus(message)
    big = tmp_path / "long.ogg"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    seen: list[str] = []
    _choose(monkeypatch, big, seen)
    press(qtbot, Qt.Key.Key_Return)
    assert seen[0].startswith("Sons (")
    assert message.error.isVisible() and "long.ogg" in message.error.text()
    assert "20,0 Mo" in message.error.text()
    assert _focused_name(view) == "message"
    assert store.attachments(uuid) == [] and session.value("message") == ""


def test_without_a_store_a_file_name_is_typed(qtbot, visit) -> None:  # type: ignore[no-untyped-def]
    _store, form, _uuid, _operator = visit
    session = FormSession(form, answers={"facade": "photo.jpg"})
    view = KeyingFormView()
    qtbot.addWidget(view)
    view.start(
        session,
        "uuid:x",
        title="Visites",
        save_draft=lambda *args: None,
        finalize=lambda *args: None,
    )
    facade = next(row for row in view.rows if row.question.name == "facade")
    assert not facade.edit.isReadOnly() and facade.edit.text() == "photo.jpg"
    assert "joindre" not in facade.legend.text()
