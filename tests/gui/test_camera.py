"""Field mode: a photo taken with the camera answers an image question like a file from disk.

There is no camera on the test machines: the real Qt Multimedia is checked to load and to find
none, and the dialog's camera (the part that talks to QImageCapture) is replaced by a source
that gives a photo, or fails, when the shutter is pressed.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget

from inclusion_desktop.catalogue import MESSAGES, Code
from inclusion_desktop.gui.field import camera_dialog
from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.gui.field.question_widgets import AttachmentAccess, AttachmentEditor
from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store

from .keyboard import started

FORM = (
    "| survey |\n| | type | name | label |\n"
    "| | image | facade | Photo de la façade |\n"
    "| | audio | message | Message enregistré |\n"
    "| settings |\n| | form_id | version |\n| | photos | 1 |\n"
).encode()


class FakeCamera(QObject):
    """Stands for QtCamera: ready at once; each capture gives the next of `outcomes`."""

    ready = Signal(bool)
    captured = Signal(QImage)
    failed = Signal(str)
    outcomes: list[QImage | Code] = []
    start_failure: Code | None = None

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.preview: QWidget = QLabel("aperçu", parent)
        self.stopped = False

    def start(self) -> None:
        if FakeCamera.start_failure is not None:
            self.failed.emit(FakeCamera.start_failure.value)
        else:
            self.ready.emit(True)

    def stop(self) -> None:
        self.stopped = True

    def capture(self) -> None:
        outcome = FakeCamera.outcomes.pop(0)
        if isinstance(outcome, QImage):
            self.captured.emit(outcome)
        else:
            self.failed.emit(outcome.value)


def _photo() -> QImage:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8553d"))
    return image


@pytest.fixture
def camera(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A camera is there (the fake one); temporary files go to a folder the test can look in."""
    monkeypatch.setattr(camera_dialog, "camera_available", lambda: True)
    monkeypatch.setattr(camera_dialog, "QtCamera", FakeCamera)
    monkeypatch.setattr(FakeCamera, "outcomes", [])
    monkeypatch.setattr(FakeCamera, "start_failure", None)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    yield temporary


@pytest.fixture
def visit(tmp_path: Path) -> Iterator[tuple[Store, Form, str]]:
    with Store.open(str(tmp_path / "terrain.sqlite")) as store:
        version = store.register_form(
            source=FORM,
            filename="photos.md",
            form_id="photos",
            version="1",
            title="Photos",
            sha256=hashlib.sha256(FORM).hexdigest(),
        )
        operator = store.add_operator("Samira").id
        sub = store.create_submission(
            form_version_id=version.id, zone="QPV-A", operator_id=operator
        )
        yield store, load_form_bytes(FORM, "photos.md"), sub.uuid


def _start(qtbot, store: Store, form: Form, uuid: str, attached: list[tuple[Path, bytes]]):  # type: ignore[no-untyped-def]
    """The field view on the photo question; `attached` gets each file given to the store."""

    def attach(question: str, path: Path):  # type: ignore[no-untyped-def]
        attached.append((path, path.read_bytes()))
        return store.attach_file(uuid, question, path)

    return started(
        qtbot,
        FieldFormView(),
        FormSession(form),
        "Photos",
        uuid=uuid,
        save_draft=store.save_draft,
        attachments=AttachmentAccess(
            attach=attach, read=lambda name: store.stored_attachment(uuid, name)
        ),
    )


def _open_camera(qtbot, editor: AttachmentEditor) -> camera_dialog.CameraDialog:  # type: ignore[no-untyped-def]
    assert editor.camera_button is not None and editor.camera_button.isVisible()
    editor.camera_button.click()
    dialog = editor.camera_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # Keys reach the dialog once it is the active window, as for a person at the keyboard.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_qt_multimedia_loads_in_this_environment() -> None:
    # scripts/setup.sh installs the « camera » extra and the libraries Qt Multimedia loads.
    assert camera_dialog.multimedia_available()
    from PySide6.QtMultimedia import QImageCapture, QMediaDevices

    assert QImageCapture.Error.NoError.value == 0
    assert isinstance(QMediaDevices.videoInputs(), list)


def test_without_a_camera_there_is_no_photo_button(qtbot, visit) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid = visit
    assert not camera_dialog.camera_available()  # no camera on this machine
    view = _start(qtbot, store, form, uuid, [])
    editor = view.editors["facade"]
    assert isinstance(editor, AttachmentEditor) and editor.camera_button is None
    texts = [button.text() for button in editor.findChildren(QPushButton)]
    assert texts == ["Joindre un fichier…", "Retirer"]


def test_without_qt_multimedia_image_questions_stay_as_they_were(
    qtbot, visit, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # A computer without the « camera » extra: the import fails, nothing else changes.
    store, form, uuid = visit
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    camera_dialog.multimedia_available.cache_clear()
    try:
        assert not camera_dialog.multimedia_available()
        assert not camera_dialog.camera_available()
        view = _start(qtbot, store, form, uuid, [])
        editor = view.editors["facade"]
        assert isinstance(editor, AttachmentEditor) and editor.camera_button is None
    finally:
        camera_dialog.multimedia_available.cache_clear()


def test_the_dialog_says_when_there_is_no_camera(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The real camera source, on a machine without a camera.
    dialog = camera_dialog.CameraDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text() == MESSAGES[Code.CAMERA_NONE]
    assert not dialog.shutter.isEnabled()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_only_image_questions_offer_the_camera(qtbot, visit, camera) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid = visit
    view = _start(qtbot, store, form, uuid, [])
    assert view.editors["facade"].camera_button is not None  # type: ignore[attr-defined]
    view.go_next()
    editor = view.editors["message"]
    assert isinstance(editor, AttachmentEditor) and editor.camera_button is None


def test_a_photo_is_attached_as_a_file_from_disk_would_be(
    qtbot, visit, camera: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid = visit
    attached: list[tuple[Path, bytes]] = []
    view = _start(qtbot, store, form, uuid, attached)
    editor = view.editors["facade"]
    assert isinstance(editor, AttachmentEditor)
    FakeCamera.outcomes = [_photo()]
    dialog = _open_camera(qtbot, editor)
    assert dialog.isModal() and dialog.windowTitle() == "Prendre une photo"
    qtbot.waitUntil(lambda: dialog.shutter.hasFocus())
    assert dialog.shutter.isDefault()
    qtbot.keyClick(dialog.shutter, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # One file went through the disk path: a JPEG in a temporary folder, removed since.
    [(path, data)] = attached
    assert path.parent.parent == camera and path.name.startswith("photo-")
    assert path.suffix == ".jpg" and not path.exists()
    assert list(camera.iterdir()) == []
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (640, 480)
    # Stored with the questionnaire as any attached file: its bytes and their hash.
    assert view.session is not None and view.session.value("facade") == path.name
    info, stored = store.stored_attachment(uuid, path.name) or (None, b"")
    assert stored == data and info is not None
    assert info.sha256 == hashlib.sha256(data).hexdigest() and info.size == len(data)
    assert info.media_type == "image/jpeg" and info.question == "facade"
    assert store.load_draft(uuid)[0]["facade"] == path.name
    assert editor.thumbnail.isVisible() and editor.file_label.text().startswith("photo-")
    # Focus is back on the question (Enter goes on), not on « Retirer ».
    # (the window's focus widget: offscreen, no window is activated again after a dialog)
    qtbot.waitUntil(lambda: view.focusWidget() is editor.attach_button)
    assert editor.camera_dialog is None
    # The same bytes chosen on disk are the very same stored file.
    on_disk = tmp_path / path.name
    on_disk.write_bytes(data)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(on_disk), ""))
    )
    editor.attach_button.click()
    assert [a.sha256 for a in store.attachments(uuid)] == [info.sha256]
    assert view.session.value("facade") == path.name


def test_cancel_attaches_nothing(qtbot, visit, camera: Path) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid = visit
    attached: list[tuple[Path, bytes]] = []
    view = _start(qtbot, store, form, uuid, attached)
    editor = view.editors["facade"]
    assert isinstance(editor, AttachmentEditor) and editor.camera_button is not None
    FakeCamera.outcomes = [_photo()]
    dialog = _open_camera(qtbot, editor)
    source = dialog.camera
    assert isinstance(source, FakeCamera)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert source.stopped
    assert attached == [] and store.attachments(uuid) == []
    assert view.session is not None and view.session.value("facade") == ""
    assert editor.file_label.text() == "Aucun fichier joint."
    qtbot.waitUntil(lambda: view.focusWidget() is editor.camera_button)
    assert list(camera.iterdir()) == []


def test_a_failed_photo_is_said_in_french_and_keeps_the_answer(
    qtbot, visit, camera: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid = visit
    attached: list[tuple[Path, bytes]] = []
    view = _start(qtbot, store, form, uuid, attached)
    editor = view.editors["facade"]
    assert isinstance(editor, AttachmentEditor)
    earlier = tmp_path / "façade.png"
    assert _photo().save(str(earlier), "PNG")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(earlier), ""))
    )
    editor.attach_button.click()
    assert view.session is not None and view.session.value("facade") == "façade.png"
    FakeCamera.outcomes = [Code.CAMERA_CAPTURE_FAILED, QImage()]
    dialog = _open_camera(qtbot, editor)
    qtbot.waitUntil(lambda: dialog.shutter.isEnabled())
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button
    assert dialog.isVisible() and dialog.problem_label.isVisible()
    assert dialog.problem_label.text() == (
        "La photo n'a pas pu être prise : rien n'a été joint. Réessayez, ou fermez et joignez "
        "un fichier."
    )
    # The photo can be taken again; an empty image is a failure too.
    assert dialog.shutter.isEnabled()
    dialog.shutter.click()
    assert dialog.isVisible()
    assert dialog.problem_label.text() == MESSAGES[Code.CAMERA_CAPTURE_FAILED]
    with qtbot.waitSignal(dialog.rejected):
        dialog.cancel_button.click()
    assert len(attached) == 1 and [a.file_name for a in store.attachments(uuid)] == ["façade.png"]
    assert view.session.value("facade") == "façade.png"
    assert editor.file_label.text().startswith("façade.png")
    assert list(camera.iterdir()) == []


@pytest.mark.parametrize("failure", [Code.CAMERA_BUSY, Code.CAMERA_DENIED, Code.CAMERA_NONE])
def test_a_camera_that_cannot_start_is_said_and_the_shutter_stays_off(
    qtbot, visit, camera: Path, failure: Code
) -> None:  # type: ignore[no-untyped-def]
    store, form, uuid = visit
    view = _start(qtbot, store, form, uuid, [])
    editor = view.editors["facade"]
    assert isinstance(editor, AttachmentEditor)
    FakeCamera.start_failure = failure
    dialog = _open_camera(qtbot, editor)
    assert dialog.problem_label.text() == MESSAGES[failure]
    assert "caméra" in dialog.problem_label.text().lower() and not dialog.shutter.isEnabled()
    # Nothing to take: « Annuler » has the focus, Enter closes as Échap would.
    qtbot.waitUntil(lambda: dialog.cancel_button.hasFocus())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert store.attachments(uuid) == [] and view.session is not None
    assert view.session.value("facade") == ""
