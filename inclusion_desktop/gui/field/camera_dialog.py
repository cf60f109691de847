"""Field mode: a photo taken with the computer's camera, as the answer to an image question.

Qt Multimedia comes with the optional « camera » extra (PySide6-Addons). It is imported here
only, and only when an image question asks whether there is a camera: without the extra, or
without a camera, image questions offer « Joindre un fichier… » alone and nothing else changes.
The dialog gives the photo as an image; the question's editor writes it to a temporary file and
attaches that file exactly as one chosen on disk.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QCameraPermission,
    QCoreApplication,
    QLoggingCategory,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.gui.common.messages import message_text

log = logging.getLogger(__name__)

# Qt Multimedia looks for optional libraries (PipeWire, VA-API hardware decoding) and warns
# when a computer has none of them; the camera works through V4L2 without them.
_QUIET_MULTIMEDIA = "qt.multimedia.symbolsresolver.warning=false"


@functools.cache
def multimedia_available() -> bool:
    """True when Qt Multimedia loads: the « camera » extra and the libraries it needs are here."""
    QLoggingCategory.setFilterRules(_QUIET_MULTIMEDIA)
    try:
        import PySide6.QtMultimedia  # noqa: F401
        import PySide6.QtMultimediaWidgets  # noqa: F401
    except ImportError as error:
        log.info("Qt Multimedia indisponible, pas de photo par la caméra (%s)", error)
        return False
    return True


def camera_available() -> bool:
    """True when Qt Multimedia loads and sees at least one camera (asked again at each call)."""
    if not multimedia_available():
        return False
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.videoInputs())


class CameraSource(Protocol):
    """What the dialog uses of a camera: a preview, a shutter and what they report.

    `ready(bool)`: the shutter can be pressed; `captured(QImage)`: the photo taken;
    `failed(str)`: a code of the catalogue (Code.CAMERA_…) saying what went wrong.
    """

    preview: QWidget
    # Qt signals (class attributes of a QObject, bound per instance).
    ready: Any
    captured: Any
    failed: Any

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def capture(self) -> None: ...


class QtCamera(QObject):
    """The computer's camera through Qt Multimedia: live preview and still photos."""

    ready = Signal(bool)
    captured = Signal(QImage)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import (
            QCamera,
            QImageCapture,
            QMediaCaptureSession,
            QMediaDevices,
        )
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.preview: QWidget = QVideoWidget(parent)
        self._session = QMediaCaptureSession(self)
        self._image_capture = QImageCapture(self)
        self._session.setImageCapture(self._image_capture)
        self._session.setVideoOutput(self.preview)
        self._image_capture.readyForCaptureChanged.connect(self.ready)
        self._image_capture.imageCaptured.connect(self._captured)
        self._image_capture.errorOccurred.connect(self._capture_error)
        self._camera: Any = None
        devices = QMediaDevices.videoInputs()
        if devices:
            device = QMediaDevices.defaultVideoInput()
            self._camera = QCamera(devices[0] if device.isNull() else device, self)
            self._camera.errorOccurred.connect(self._camera_error)
            self._session.setCamera(self._camera)

    def start(self) -> None:
        """Starts the preview, once the system allows the camera (asked if it has not been)."""
        if self._camera is None:
            self.failed.emit(Code.CAMERA_NONE.value)
            return
        application = QCoreApplication.instance()
        assert application is not None
        permission = QCameraPermission()
        status = application.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            # The system asks the person (Windows, macOS); the answer comes back here.
            application.requestPermission(permission, self, self._permission_answered)
        else:
            self._open(status)

    def _permission_answered(self, permission: Any) -> None:
        self._open(permission.status())

    def _open(self, status: Qt.PermissionStatus) -> None:
        """Starts the camera when the system allows it; says it is refused otherwise."""
        if status != Qt.PermissionStatus.Granted:
            self.failed.emit(Code.CAMERA_DENIED.value)
        elif self._camera is not None:
            self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def capture(self) -> None:
        self._image_capture.capture()

    def _captured(self, _request: int, image: QImage) -> None:
        self.captured.emit(image)

    def _camera_error(self, error: object, description: str) -> None:
        # The description is Qt's, about the device: no answer in it.
        log.warning("Caméra indisponible (%s) : %s", error, description)
        self.failed.emit(Code.CAMERA_BUSY.value)

    def _capture_error(self, _request: int, error: object, description: str) -> None:
        log.warning("Photo non prise (%s) : %s", error, description)
        self.failed.emit(Code.CAMERA_CAPTURE_FAILED.value)


class CameraDialog(QDialog):
    """Live preview, « Prendre la photo » (Espace, Entrée) and « Annuler » (Échap).

    Signals:
        photo_taken(QImage): the photo, given just before the dialog closes (accepted).
    """

    photo_taken = Signal(QImage)

    def __init__(
        self,
        parent: QWidget | None = None,
        camera: Callable[[QWidget], CameraSource] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cameraDialog")
        self.setWindowTitle(self.tr("Prendre une photo"))
        # Looked up at each call, so that a test can put another source in its place.
        self.camera: CameraSource = (camera or QtCamera)(self)
        layout = QVBoxLayout(self)
        preview = self.camera.preview
        preview.setObjectName("cameraPreview")
        preview.setMinimumSize(QSize(320, 240))
        preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(preview, 1)
        self.hint = QLabel(
            self.tr("Cadrez, puis appuyez sur « Prendre la photo » (Espace ou Entrée)."), self
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("cameraProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(self)
        self.shutter: QPushButton = buttons.addButton(
            self.tr("Prendre la photo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.shutter.setObjectName("shutterButton")
        self.shutter.setMinimumHeight(44)
        self.shutter.setDefault(True)
        self.shutter.setEnabled(False)
        self.shutter.clicked.connect(self.take)
        self.cancel_button: QPushButton = buttons.addButton(
            self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setMinimumHeight(44)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.camera.ready.connect(self._ready)
        self.camera.captured.connect(self._captured)
        self.camera.failed.connect(self._failed)
        self.finished.connect(self.camera.stop)
        self.cancel_button.setFocus()
        self.camera.start()

    def take(self) -> None:
        """Takes the photo; it arrives by the camera's `captured`, or a problem is said."""
        if not self.shutter.isEnabled():
            return
        self.problem_label.hide()
        self.shutter.setEnabled(False)
        self.camera.capture()

    def _ready(self, ready: bool) -> None:
        self.shutter.setEnabled(ready)
        if ready:
            self.problem_label.hide()
            self.shutter.setFocus()

    def _captured(self, image: QImage) -> None:
        if image.isNull():
            self._failed(Code.CAMERA_CAPTURE_FAILED.value)
            return
        self.photo_taken.emit(image)
        self.accept()

    def _failed(self, code: str) -> None:
        self.problem_label.setText(message_text(Text(Code(code), {})))
        self.problem_label.show()
        # A photo that failed can be taken again; a camera that failed cannot.
        self.shutter.setEnabled(code == Code.CAMERA_CAPTURE_FAILED.value)
        (self.shutter if self.shutter.isEnabled() else self.cancel_button).setFocus()
