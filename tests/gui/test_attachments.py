"""Field mode: a file attached to an image, audio, video or file question, shown and removed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.gui.field.question_widgets import (
    AttachmentAccess,
    AttachmentEditor,
    LineEditor,
)
from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store
from inclusion_desktop.store.attachments import MAX_ATTACHMENT_BYTES

FORM = (
    "| survey |\n| | type | name | label | required | relevant |\n"
    "| | select_one oui_non | logement | Logement visité ? | yes | |\n"
    "| | image | facade | Photo de la façade | yes | ${logement} = 'oui' |\n"
    "| | audio | message | Message enregistré | | |\n"
    "| choices |\n| | list_name | name | label |\n| | oui_non | oui | Oui |\n"
    "| | oui_non | non | Non |\n"
    "| settings |\n| | form_id | version |\n| | visites | 1 |\n"
).encode()


def _png(path: Path, width: int = 320, height: int = 200) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def visit(tmp_path: Path) -> Iterator[tuple[Store, Form, str, int]]:
    """A store with the form registered and one questionnaire started."""
    with Store.open(str(tmp_path / "terrain.sqlite")) as store:
        version = store.register_form(
            source=FORM,
            filename="visites.md",
            form_id="visites",
            version="1",
            title="Visites",
            sha256=hashlib.sha256(FORM).hexdigest(),
        )
        operator = store.add_operator("Samira").id
        sub = store.create_submission(
            form_version_id=version.id, zone="QPV-A", operator_id=operator
        )
        yield store, load_form_bytes(FORM, "visites.md"), sub.uuid, operator


def _start(qtbot, store: Store, session: FormSession, uuid: str, position: str | None = None):  # type: ignore[no-untyped-def]
    view = FieldFormView()
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.start(
        session,
        uuid,
        title="Visites",
        position=position,
        save_draft=store.save_draft,
        finalize=lambda uuid, s: None,
        attachments=AttachmentAccess(
            attach=lambda question, path: store.attach_file(uuid, question, path),
            read=lambda name: store.stored_attachment(uuid, name),
        ),
    )
    return view


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str] | None = None) -> None:
    def dialog(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        if seen is not None:
            seen.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))


def _facade_editor(view: FieldFormView) -> AttachmentEditor:
    """The photo question's editor, on screen once the first page is answered."""
    view.editors["logement"].pick_number(1)  # type: ignore[attr-defined]
    view.go_next()
    editor = view.editors["facade"]
    assert isinstance(editor, AttachmentEditor)
    return editor


def test_attach_show_remove_and_survive_a_crash(
    qtbot, visit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid, _operator = visit
    session = FormSession(form)
    view = _start(qtbot, store, session, uuid)
    editor = _facade_editor(view)
    assert editor.file_label.text() == "Aucun fichier joint." and editor.remove_button.isHidden()
    # Required and relevant like any question: no file, no next page.
    page = view.current_key
    view.go_next()
    assert view.current_key == page and "facade" in session.errors()
    filters: list[str] = []
    _choose(monkeypatch, _png(tmp_path / "façade du 12.png"), filters)
    editor.focus_input()
    assert editor.attach_button.hasFocus()
    editor.attach_button.click()
    assert filters == ["Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.heic)"]
    assert session.value("facade") == "façade du 12.png"
    size = (tmp_path / "façade du 12.png").stat().st_size
    assert editor.file_label.text().startswith("façade du 12.png — ")
    assert ("octet" in editor.file_label.text()) == (size < 1024)
    assert editor.thumbnail.isVisible() and editor.thumbnail.pixmap().width() == 160
    assert editor.remove_button.isVisible()
    # The draft names the file and the store holds it: a crash loses nothing.
    answers, _position = store.load_draft(uuid)
    assert answers["facade"] == "façade du 12.png"
    assert (
        store.attachment_data(uuid, "façade du 12.png")
        == (tmp_path / "façade du 12.png").read_bytes()
    )
    view.close()
    reopened = _start(qtbot, store, FormSession(form, answers=answers), uuid, page)
    again = reopened.editors["facade"]
    assert isinstance(again, AttachmentEditor) and again.file_label.text().startswith("façade")
    # « Retirer » empties the answer.
    again.remove_button.click()
    assert reopened.session is not None and reopened.session.value("facade") == ""
    assert again.file_label.text() == "Aucun fichier joint."
    assert store.load_draft(uuid)[0]["facade"] == ""


def test_too_big_or_unreadable_file_is_refused_in_french(
    qtbot, visit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid, _operator = visit
    session = FormSession(form)
    session.set_answer("logement", "non")
    message_page = next(p.key for p in session.relevant_pages() if p.questions[0].name == "message")
    view = _start(qtbot, store, session, uuid, message_page)
    editor = view.editors["message"]
    assert isinstance(editor, AttachmentEditor)
    big = tmp_path / "long.ogg"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    seen: list[str] = []
    _choose(monkeypatch, big, seen)
    editor.attach_button.click()
    assert seen[0].startswith("Sons (")
    assert editor.problem_label.isVisible()
    assert "long.ogg" in editor.problem_label.text() and "20,0 Mo" in editor.problem_label.text()
    _choose(monkeypatch, tmp_path / "absent.ogg")
    editor.attach_button.click()
    assert "absent.ogg ne peut pas être lu" in editor.problem_label.text()
    assert store.attachments(uuid) == [] and view.session is not None
    assert view.session.value("message") == ""


def test_without_a_store_a_file_question_is_typed(qtbot, visit) -> None:  # type: ignore[no-untyped-def]
    _store, form, _uuid, _operator = visit
    view = FieldFormView()
    qtbot.addWidget(view)
    session = FormSession(form)
    view.start(
        session,
        "uuid:x",
        title="Visites",
        position=next(p.key for p in session.relevant_pages() if p.questions[0].name == "message"),
        save_draft=lambda *args: None,
        finalize=lambda *args: None,
    )
    assert isinstance(view.editors["message"], LineEditor)


def test_after_attaching_the_focus_is_not_on_remove(
    qtbot, visit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The next Space must not remove the file just attached."""
    store, form, uuid, _operator = visit
    session = FormSession(form)
    view = _start(qtbot, store, session, uuid)
    editor = _facade_editor(view)
    _choose(monkeypatch, _png(tmp_path / "façade.png"))
    editor.focus_input()
    qtbot.keyClick(editor.attach_button, Qt.Key.Key_Space)
    assert session.value("facade") == "façade.png"
    assert editor.attach_button.hasFocus()
    # Space again: the file dialog (closed without a choice here), never « Retirer ».
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: ("", "")))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert session.value("facade") == "façade.png"
