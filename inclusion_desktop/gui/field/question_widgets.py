"""One editor widget per question type; each emits `answered(str)` with the stored value."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QImage, QIntValidator, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.errors import AppError
from inclusion_desktop.gui.common.messages import message_text, user_message
from inclusion_desktop.questionnaire.model import MEDIA_TYPES, Choice, Question, QuestionType
from inclusion_desktop.questionnaire.session import (
    ACKNOWLEDGED,
    date_as_typed,
    stored_from_typed,
)

if TYPE_CHECKING:
    # Type-only: the store (SQLAlchemy) loads after the window is shown.
    from inclusion_desktop.gui.field.camera_dialog import CameraDialog
    from inclusion_desktop.store.attachments import AttachmentInfo


def free_text_warning() -> str:
    """The warning under every free-text question, in field and in keying mode.

    It speaks of a person: the name of a structure (« Vous souvenez-vous du nom de cette
    structure ? ») may be written, a resident's name, address or phone number may not.
    """
    return QCoreApplication.translate(
        "QuestionEditor",
        "Texte libre : n'y notez rien qui permette de reconnaître une personne "
        "(nom, adresse, numéro de téléphone).",
    )


class QuestionEditor(QWidget):
    """Base of every editor.

    Signals:
        answered(str): the value changed (already in storage form: ISO dates, space-separated
            choices, "." decimals).
    """

    answered = Signal(str)

    # True when set_value shows any stored value, the empty one too, as a new editor would: a
    # page of such editors is shown again for the next questionnaire instead of being rebuilt.
    reusable = False

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def set_value(self, value: str) -> None:
        """Shows a stored value without emitting `answered`."""

    def pick_number(self, number: int) -> bool:
        """Handles the number key `number` (1-based); returns True when it was used."""
        return False

    def focus_input(self, select: bool = True) -> None:
        """Gives the keyboard focus to the editor's input (selecting its text when `select`)."""
        self.setFocus()

    def focus_choice(self, name: str) -> bool:
        """Puts the keyboard on the choice called `name`; False when the editor has none."""
        return False


class ChoiceButtons(QuestionEditor):
    """Large, touch-friendly choices keyed 1…9, 0, then A, B… (checkable buttons), one or more."""

    reusable = True

    def __init__(
        self, question: Question, choices: list[tuple[Choice, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        self.multiple = question.type is QuestionType.SELECT_MULTIPLE
        likert = "likert" in question.appearance and not self.multiple
        columns = 1 if likert else _columns(question, [label for _, label in choices])
        layout: QBoxLayout | QGridLayout
        if likert or columns > 1:
            layout = QGridLayout(self)
        else:
            layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[tuple[str, QPushButton]] = []
        for index, (choice, label) in enumerate(choices, start=1):
            key = choice_key(index)
            if likert:
                # A scale: the keys in one row, each choice's label written under its key.
                button = QPushButton(key, self)
                button.setAccessibleName(f"{key} {label}".strip())
                button.setProperty("likert", True)
                button.setMinimumWidth(56)
            else:
                button = QPushButton((f"{key}   " if key else "     ") + label, self)
            button.setCheckable(True)
            button.setObjectName("choiceButton")
            button.setProperty("choiceName", choice.name)
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, index)
            if isinstance(layout, QGridLayout) and likert:
                caption = QLabel(label, self)
                caption.setObjectName("likertLabel")
                caption.setWordWrap(True)
                caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                caption.setBuddy(button)
                layout.addWidget(button, 0, index - 1)
                layout.addWidget(caption, 1, index - 1)
                layout.setColumnStretch(index - 1, 1)
            elif isinstance(layout, QGridLayout):
                layout.addWidget(button, (index - 1) // columns, (index - 1) % columns)
                layout.setColumnStretch((index - 1) % columns, 1)
            else:
                layout.addWidget(button)
            self.buttons.append((choice.name, button))
        if isinstance(layout, QVBoxLayout):
            layout.addStretch(1)
        self.group.idClicked.connect(self._on_clicked)

    def move_focus(self, step: int) -> bool:
        """Moves the focus `step` choices down (or up), stopping at the ends; Space ticks."""
        buttons = [button for _, button in self.buttons]
        focused = next((b for b in buttons if b.hasFocus()), None)
        if focused is None:
            return False
        index = buttons.index(focused) + step
        if not 0 <= index < len(buttons):
            return False
        buttons[index].setFocus()
        return True

    def _selected(self) -> list[str]:
        return [name for name, button in self.buttons if button.isChecked()]

    def _on_clicked(self, button_id: int) -> None:
        name, button = self.buttons[button_id - 1]
        if not self.multiple:
            for other_name, other in self.buttons:
                other.setChecked(other_name == name and button.isChecked())
        self.answered.emit(" ".join(self._selected()))

    def set_value(self, value: str) -> None:
        picked = set(value.split())
        for name, button in self.buttons:
            button.setChecked(name in picked)

    def pick_number(self, number: int) -> bool:
        if not 1 <= number <= len(self.buttons):
            return False
        name, button = self.buttons[number - 1]
        if self.multiple:
            button.setChecked(not button.isChecked())
        else:
            button.setChecked(True)
        # The focus moves first: the answer may re-render the page, which then puts the keyboard
        # back on the same choice of the new page (a button focused afterwards would be gone).
        button.setFocus()
        self._on_clicked(number)
        return True

    def focus_input(self, select: bool = True) -> None:
        checked = [button for _, button in self.buttons if button.isChecked()]
        target = checked[0] if checked else (self.buttons[0][1] if self.buttons else None)
        if target is not None:
            target.setFocus()

    def focus_choice(self, name: str) -> bool:
        for choice_name, button in self.buttons:
            if choice_name == name:
                button.setFocus()
                return True
        return False


class ChoiceCombo(QuestionEditor):
    """A drop-down list (appearance `minimal`), for long lists such as communes."""

    reusable = True

    def __init__(
        self, question: Question, choices: list[tuple[Choice, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setMinimumHeight(40)
        self.combo.addItem(self.tr("— Choisir —"), "")
        for choice, label in choices:
            self.combo.addItem(label, choice.name)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.activated.connect(self._on_activated)

    def _on_activated(self, index: int) -> None:
        self.answered.emit(str(self.combo.itemData(index) or ""))

    def set_value(self, value: str) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def pick_number(self, number: int) -> bool:
        if 1 <= number < self.combo.count():
            self.combo.setCurrentIndex(number)
            self._on_activated(number)
            return True
        return False

    def focus_input(self, select: bool = True) -> None:
        self.combo.setFocus()


class LineEditor(QuestionEditor):
    """Text, numbers, dates and times typed on one line."""

    reusable = True

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setMinimumHeight(40)
        self.edit.setClearButtonEnabled(question.type is QuestionType.TEXT)
        kind = question.type
        if kind is QuestionType.INTEGER:
            self.edit.setValidator(QIntValidator(-999_999_999, 999_999_999, self))
            self.edit.setPlaceholderText(self.tr("Nombre entier"))
            self.edit.setMaximumWidth(220)
        elif kind is QuestionType.DECIMAL:
            validator = QDoubleValidator(self)
            validator.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            self.edit.setValidator(validator)
            self.edit.setPlaceholderText(self.tr("Nombre (ex. 12,5)"))
            self.edit.setMaximumWidth(220)
        elif kind is QuestionType.DATE:
            # Appearances year and month-year ask for less than a day, as ODK's pickers do.
            placeholders = {
                "year": self.tr("AAAA"),
                "month-year": self.tr("MM/AAAA"),
                "day": self.tr("JJ/MM/AAAA"),
            }
            self.edit.setPlaceholderText(placeholders[question.date_precision])
            self.edit.setMaximumWidth(220)
        elif kind is QuestionType.TIME:
            self.edit.setPlaceholderText("HH:MM")
            self.edit.setMaximumWidth(160)
        elif kind is QuestionType.DATETIME:
            self.edit.setPlaceholderText(self.tr("AAAA-MM-JJTHH:MM"))
            self.edit.setMaximumWidth(260)
        elif kind is QuestionType.GEOPOINT:
            self.edit.setPlaceholderText(
                self.tr("latitude longitude [altitude précision], ex. 50.2775 3.9734")
            )
        elif kind in (QuestionType.GEOTRACE, QuestionType.GEOSHAPE):
            self.edit.setPlaceholderText(self.tr("points « latitude longitude » séparés par « ; »"))
        elif kind in (
            QuestionType.IMAGE,
            QuestionType.AUDIO,
            QuestionType.VIDEO,
            QuestionType.FILE,
        ):
            self.edit.setPlaceholderText(self.tr("nom du fichier joint"))
        else:
            self.edit.setPlaceholderText(self.tr("Réponse"))
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        self.answered.emit(to_stored(self.question.type, text, self.question.date_precision))

    def set_value(self, value: str) -> None:
        self.edit.setText(to_displayed(self.question.type, value, self.question.date_precision))

    def focus_input(self, select: bool = True) -> None:
        self.edit.setFocus()
        if select:
            self.edit.selectAll()
        else:
            self.edit.end(False)


class MultilineEditor(QuestionEditor):
    """Free text on several lines (appearance `multiline`); Enter adds a line."""

    reusable = True

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("Réponse libre (Ctrl+Entrée pour continuer)"))
        self.edit.setMinimumHeight(120)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(lambda: self.answered.emit(self.edit.toPlainText()))

    def set_value(self, value: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(value)
        self.edit.blockSignals(False)

    def focus_input(self, select: bool = True) -> None:
        self.edit.setFocus()


class AcknowledgeEditor(QuestionEditor):
    """A single "OK" button the resident or mediator confirms (key 1 or Space)."""

    reusable = True

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton("1   OK", self)
        self.button.setObjectName("choiceButton")
        self.button.setCheckable(True)
        self.button.setMinimumHeight(44)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.button.toggled.connect(
            lambda checked: self.answered.emit(ACKNOWLEDGED if checked else "")
        )

    def set_value(self, value: str) -> None:
        self.button.blockSignals(True)
        self.button.setChecked(value == ACKNOWLEDGED)
        self.button.blockSignals(False)

    def pick_number(self, number: int) -> bool:
        if number == 1:
            self.button.setChecked(True)
            return True
        return False

    def focus_input(self, select: bool = True) -> None:
        self.button.setFocus()


class RangeEditor(QuestionEditor):
    """A slider between the range's bounds; the value shows beside it."""

    reusable = True

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step = question.range_step or 1.0
        self.start = question.range_start
        steps = int(round((question.range_end - question.range_start) / self.step))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, max(steps, 1))
        self.slider.setPageStep(1)
        self.slider.setMinimumWidth(280)
        self.value_label = QLabel(self.tr("non renseigné"), self)
        self.value_label.setMinimumWidth(110)
        layout.addWidget(QLabel(_plain(question.range_start), self))
        layout.addWidget(self.slider, 1)
        layout.addWidget(QLabel(_plain(question.range_end), self))
        layout.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._on_changed)

    def _on_changed(self, position: int) -> None:
        value = _plain(self.start + position * self.step)
        self.value_label.setText(value)
        self.answered.emit(value.replace(",", "."))

    def set_value(self, value: str) -> None:
        if not value:
            self.slider.blockSignals(True)
            self.slider.setValue(0)
            self.slider.blockSignals(False)
            self.value_label.setText(self.tr("non renseigné"))
            return
        try:
            position = int(round((float(value) - self.start) / self.step))
        except ValueError:
            return
        self.slider.blockSignals(True)
        self.slider.setValue(position)
        self.slider.blockSignals(False)
        self.value_label.setText(_plain(float(value)))

    def focus_input(self, select: bool = True) -> None:
        self.slider.setFocus()


# Appearances that lay choices out side by side (ODK: horizontal, horizontal-compact, compact).
_SIDE_BY_SIDE = frozenset({"horizontal", "horizontal-compact", "compact", "quickcompact"})


@dataclass(frozen=True, slots=True)
class AttachmentAccess:
    """What an attachment editor may do with the questionnaire it is shown for.

    `attach(question, path)` stores a file from disk and returns it as stored (raises AppError
    with the reason when refused); `read(file_name)` returns a stored file and its bytes, or
    None when the questionnaire has no such file.
    """

    attach: Callable[[str, Path], AttachmentInfo]
    read: Callable[[str], tuple[AttachmentInfo, bytes] | None]


# The file dialog's patterns per question type (ODK's image, audio, video; file takes any).
_FILE_PATTERNS = {
    QuestionType.IMAGE: "*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.heic",
    QuestionType.AUDIO: "*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp",
    QuestionType.VIDEO: "*.mp4 *.m4v *.mov *.avi *.mkv *.webm *.3gp",
}
_THUMBNAIL = 160
# JPEG quality of a photo taken with the camera: a few hundred Ko for a laptop camera.
_PHOTO_QUALITY = 90


class AttachmentEditor(QuestionEditor):
    """A file attached as the answer (image, audio, video, file): chosen on disk, shown, removed.

    The file is stored with the questionnaire as soon as it is chosen, and its name becomes the
    answer, so an autosaved draft keeps it across a crash.
    """

    def __init__(
        self, question: Question, access: AttachmentAccess, parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        self.access = access
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.attach_button = self._button(
            self.tr("Joindre un fichier…"), "attachButton", self.choose_file
        )
        buttons.addWidget(self.attach_button)
        # A photo taken on the spot, for image questions when the computer has a camera (and
        # Qt Multimedia, imported only by this check).
        self.camera_button: QPushButton | None = None
        self.camera_dialog: CameraDialog | None = None
        if question.type is QuestionType.IMAGE and _camera().camera_available():
            self.camera_button = self._button(
                self.tr("Prendre une photo…"), "cameraButton", self.take_photo
            )
            buttons.addWidget(self.camera_button)
        self.remove_button = self._button(self.tr("Retirer"), "removeAttachmentButton", self.remove)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("attachmentLabel")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("attachmentThumbnail")
        self.thumbnail.hide()
        layout.addWidget(self.thumbnail)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("attachmentProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.set_value("")

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        """A large button of the editor, reached by Tab."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(44)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(slot)
        return button

    def file_filter(self) -> str:
        """The file dialog's filter for this question's type."""
        return attachment_file_filter(self.question.type)

    def choose_file(self) -> None:
        """Asks for a file and attaches it; a refusal is said under the buttons."""
        chosen, _selected = QFileDialog.getOpenFileName(
            self, self.tr("Joindre un fichier"), "", self.file_filter()
        )
        if chosen and self.attach(Path(chosen)):
            # Not on « Retirer »: the next Space would remove the file just attached.
            self.attach_button.setFocus()

    def attach(self, path: Path) -> bool:
        """Stores `path` with the questionnaire and makes its name the answer.

        Returns False when the file is refused, the reason being said under the buttons.
        """
        try:
            info = self.access.attach(self.question.name, path)
        except AppError as error:
            self.show_problem(user_message(error))
            return False
        self.set_value(info.file_name)
        self.answered.emit(info.file_name)
        return True

    def show_problem(self, text: str) -> None:
        """Says under the buttons why nothing was attached; the answer stays as it was."""
        self.problem_label.setText(text)
        self.problem_label.show()

    def take_photo(self) -> None:
        """Opens the camera; the photo taken is attached as a file chosen on disk would be."""
        dialog = _camera().CameraDialog(self)
        dialog.photo_taken.connect(self.attach_photo)
        dialog.finished.connect(self._camera_closed)
        self.camera_dialog = dialog
        dialog.open()

    def attach_photo(self, image: QImage) -> bool:
        """Writes `image` to a temporary JPEG file, attaches that file, then removes it."""
        with tempfile.TemporaryDirectory(prefix="inclusion-photo-") as folder:
            path = Path(folder) / f"photo-{datetime.now():%Y%m%d-%H%M%S}.jpg"
            # PySide6 takes the format as str here, whatever its stubs say.
            saved = image.save(str(path), "JPG", _PHOTO_QUALITY)  # type: ignore[call-overload]
            if not saved:
                self.show_problem(message_text(Text(Code.CAMERA_CAPTURE_FAILED, {})))
                return False
            return self.attach(path)

    def _camera_closed(self, result: int) -> None:
        dialog, self.camera_dialog = self.camera_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Back to the question after a photo (Enter goes on), to the camera after a cancel.
        if result == QDialog.DialogCode.Accepted or self.camera_button is None:
            self.focus_input()
        else:
            self.camera_button.setFocus()

    def remove(self) -> None:
        """Empties the answer; the stored file stays in the questionnaire's history."""
        self.set_value("")
        self.answered.emit("")
        self.attach_button.setFocus()

    def set_value(self, value: str) -> None:
        self.problem_label.hide()
        self.thumbnail.hide()
        self.remove_button.setVisible(bool(value))
        if not value:
            self.file_label.setText(self.tr("Aucun fichier joint."))
            return
        stored = self.access.read(value)
        if stored is None:
            self.file_label.setText(
                self.tr("{name} (fichier absent de ce poste)").format(name=value)
            )
            return
        info, data = stored
        self.file_label.setText(
            self.tr("{name} — {size}").format(name=info.file_name, size=readable_size(info.size))
        )
        if self.question.type is QuestionType.IMAGE:
            image = QPixmap()
            if image.loadFromData(data):
                self.thumbnail.setPixmap(
                    image.scaled(
                        _THUMBNAIL,
                        _THUMBNAIL,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                self.thumbnail.show()

    def focus_input(self, select: bool = True) -> None:
        self.attach_button.setFocus()


def _camera() -> ModuleType:
    """gui.field.camera_dialog, loaded when an image question is first shown."""
    from inclusion_desktop.gui.field import camera_dialog

    return camera_dialog


def attachment_file_filter(kind: QuestionType) -> str:
    """The file dialog's filter for a media question of type `kind` (any file for « file »)."""
    kinds = {
        QuestionType.IMAGE: QCoreApplication.translate("AttachmentEditor", "Images"),
        QuestionType.AUDIO: QCoreApplication.translate("AttachmentEditor", "Sons"),
        QuestionType.VIDEO: QCoreApplication.translate("AttachmentEditor", "Vidéos"),
    }
    if kind not in kinds:
        return QCoreApplication.translate("AttachmentEditor", "Tous les fichiers (*)")
    return f"{kinds[kind]} ({_FILE_PATTERNS[kind]})"


def readable_size(size: int) -> str:
    """A file size as people read it: « 850 octets », « 12 Ko », « 3,4 Mo »."""
    if size < 1024:
        return QCoreApplication.translate("AttachmentEditor", "{n} octets").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("AttachmentEditor", "{n} Ko").format(
            n=round(size / 1024)
        )
    return QCoreApplication.translate("AttachmentEditor", "{n} Mo").format(
        n=f"{size / (1024 * 1024):.1f}".replace(".", ",")
    )


def _columns(question: Question, labels: list[str]) -> int:
    """How many columns of choice buttons: side by side only while every label fits whole.

    A 1024-pixel screen holds three buttons of about 28 characters, two of about 45; longer
    labels stay one under the other rather than being cut.
    """
    if not _SIDE_BY_SIDE & question.appearance or len(labels) < 2:
        return 1
    longest = max(len(label) for label in labels)
    fitting = 4 if longest <= 16 else 3 if longest <= 28 else 2 if longest <= 45 else 1
    return min(fitting, len(labels))


def make_editor(
    question: Question,
    choices: list[tuple[Choice, str]],
    parent: QWidget | None = None,
    *,
    attachments: AttachmentAccess | None = None,
) -> QuestionEditor | None:
    """Returns the editor for `question`, or None for notes (nothing to answer).

    Without `attachments`, a file question is answered by typing the file's name.
    """
    kind = question.type
    if kind is QuestionType.NOTE:
        return None
    if kind in MEDIA_TYPES and attachments is not None:
        return AttachmentEditor(question, attachments, parent)
    if kind in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
        if "minimal" in question.appearance and kind is QuestionType.SELECT_ONE:
            return ChoiceCombo(question, choices, parent)
        return ChoiceButtons(question, choices, parent)
    if kind is QuestionType.ACKNOWLEDGE:
        return AcknowledgeEditor(question, parent)
    if kind is QuestionType.RANGE:
        return RangeEditor(question, parent)
    if kind is QuestionType.TEXT and "multiline" in question.appearance:
        return MultilineEditor(question, parent)
    return LineEditor(question, parent)


def to_stored(kind: QuestionType, text: str, precision: str = "day") -> str:
    """Converts what the user typed into the stored form (ISO date, "." decimal)."""
    return stored_from_typed(kind, text, precision)


def to_displayed(kind: QuestionType, value: str, precision: str = "day") -> str:
    """Converts a stored value into what the user reads and types (French conventions).

    `precision` is the date question's ("year", "month-year" or "day").
    """
    if kind is QuestionType.DECIMAL:
        return value.replace(".", ",")
    if kind is QuestionType.DATE:
        return date_as_typed(value, precision)
    return value


def is_text_input(widget: QWidget | None) -> bool:
    """True when arrow keys belong to the widget (moving a cursor) rather than to navigation."""
    return isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QSlider)


# On a French AZERTY keyboard the number row gives these characters without Shift.
_AZERTY_DIGITS = {"&": 1, "é": 2, '"': 3, "'": 4, "(": 5, "-": 6, "è": 7, "_": 8, "ç": 9, "à": 10}


#: Keys of the choices after the tenth: A for the 11th, B for the 12th…
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def choice_key(number: int) -> str:
    """The key shown before choice `number` (1-based): 1…9, 0 (10th), then A, B…; "" after Z."""
    if 1 <= number <= 9:
        return str(number)
    if number == 10:
        return "0"
    if 11 <= number < 11 + len(_LETTERS):
        return _LETTERS[number - 11]
    return ""


def number_of_key(event: QKeyEvent) -> int | None:
    """The choice number of a key: 1…9, 0 for the 10th, then A for the 11th, B for the 12th…

    Digits come from the number row (AZERTY too) or the keypad; letters let a long list be
    answered without the mouse either.
    """
    key = event.key()
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return int(key) - int(Qt.Key.Key_0)
    if key == Qt.Key.Key_0:
        return 10
    text = event.text()
    if text in _AZERTY_DIGITS:
        return _AZERTY_DIGITS[text]
    if len(text) == 1 and text.upper() in _LETTERS:
        return 11 + _LETTERS.index(text.upper())
    return None


def _plain(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}".replace(".", ",")
