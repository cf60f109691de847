"""« Ordinateurs et signatures » dialog: this laptop's code, and enrolment by the coordination.

The same operations as ``laptop code``, ``laptop list`` and ``laptop enrol`` (sync.signing):
the coordinator picks an export file, reads the code this dialog shows for it, and compares it
with the code the laptop shows in its own « Ordinateurs et signatures » window; only when the
coordinator types that code is the laptop enrolled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.gui.common.widgets import show_status
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import BundleError
from inclusion_desktop.sync.enrolment import file_laptop
from inclusion_desktop.sync.signing import (
    SigningError,
    enrol,
    enrolled_laptops,
    fingerprint,
    laptop_key,
    same_code,
    short_code,
)


class LaptopsDialog(QDialog):
    """This laptop's signing code, the enrolled laptops, and enrolment from an export file."""

    def __init__(
        self,
        store: Store,
        *,
        passphrase: str | None,
        authorize: Callable[[], tuple[str, int | None] | None],
        parent: QWidget | None = None,
    ) -> None:
        """`authorize` asks for a coordinator when needed: (name, operator id), or None."""
        super().__init__(parent)
        self.store = store
        self.passphrase = passphrase
        self.authorize = authorize
        self.pending: tuple[str, str, str] | None = None
        self.setWindowTitle(self.tr("Ordinateurs et signatures"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)

        own = QGroupBox(self.tr("Cet ordinateur"), self)
        own_form = QFormLayout(own)
        device = store.device()
        self.own_code = QLabel(self)
        self.own_fingerprint = QLabel(self)
        try:
            public = laptop_key(store).public
            self.own_code.setText(short_code(public))
            self.own_fingerprint.setText(fingerprint(public))
        except SigningError as error:
            self.own_code.setText(user_message(error))
        self.own_code.setStyleSheet("font-size: 16pt; font-weight: bold;")
        own_form.addRow(self.tr("Nom :"), QLabel(device.name if device else "—", self))
        own_form.addRow(self.tr("Code à comparer :"), self.own_code)
        own_form.addRow(self.tr("Empreinte :"), self.own_fingerprint)
        layout.addWidget(own)

        enrolled = QGroupBox(self.tr("Ordinateurs enrôlés par la coordination"), self)
        enrolled_layout = QVBoxLayout(enrolled)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ordinateur"), self.tr("Code"), self.tr("Enrôlé le"), self.tr("Par")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Four laptops and a half in view even on a netbook, where the dialog is at its
        # smallest (the half row says there are more); the table takes any room beyond that.
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 9 * self.table.verticalHeader().defaultSectionSize() // 2
        )
        enrolled_layout.addWidget(self.table, 1)
        self.choose = QPushButton(self.tr("&Enrôler depuis un fichier d'export…"), self)
        self.choose.clicked.connect(self._on_choose)
        enrolled_layout.addWidget(self.choose)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        enrolled_layout.addWidget(self.file_label)
        typed_form = QFormLayout()
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("code lu sur l'écran de cet ordinateur"))
        code_label = QLabel(self.tr("&Code affiché sur l'ordinateur :"), self)
        code_label.setBuddy(self.code_edit)
        typed_form.addRow(code_label, self.code_edit)
        enrolled_layout.addLayout(typed_form)
        self.enrol_button = QPushButton(self.tr("Enrô&ler"), self)
        self.enrol_button.setEnabled(False)
        self.enrol_button.clicked.connect(self._on_enrol)
        enrolled_layout.addWidget(self.enrol_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        enrolled_layout.addWidget(self.message)
        layout.addWidget(enrolled, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        laptops = enrolled_laptops(self.store)
        self.table.setRowCount(len(laptops))
        for row, item in enumerate(laptops):
            values = (item.name, item.code, item.enrolled_at[:10], item.enrolled_by)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if not laptops:
            show_status(
                self.message,
                self.tr(
                    "Aucun ordinateur enrôlé : les fusions acceptent encore tout fichier. "
                    "Dès le premier enrôlement, seuls les fichiers signés par un ordinateur "
                    "enrôlé sont acceptés."
                ),
                ok=True,
            )

    def choose_file(self, path: Path) -> bool:
        """Reads the signer of an export file; its code is shown, to compare before enrolling."""
        self.pending = None
        self.enrol_button.setEnabled(False)
        try:
            self.pending = file_laptop(path, self.passphrase)
        except (BundleError, SigningError) as error:
            show_status(self.message, user_message(error), ok=False)
            self.file_label.clear()
            return False
        _device, name, public = self.pending
        self.file_label.setText(
            self.tr(
                "Fichier {file} signé par « {name} », code {code}. Faites afficher le code sur "
                "cet ordinateur (Fichier › Ordinateurs et signatures) et tapez-le ci-dessous."
            ).format(file=Path(path).name, name=name, code=short_code(public))
        )
        self.message.clear()
        self.enrol_button.setEnabled(True)
        self.code_edit.setFocus()
        return True

    def _on_choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Fichier d'export de l'ordinateur à enrôler"),
            "",
            self.tr("Fichiers d'export (*.idbundle *.zip);;Tous les fichiers (*)"),
        )
        if path:
            self.choose_file(Path(path))

    def _on_enrol(self) -> None:
        if self.pending is None:
            return
        device, name, public = self.pending
        who = self.authorize()
        if who is None:
            return
        if not same_code(self.code_edit.text(), public):
            show_status(
                self.message,
                self.tr(
                    "Le code tapé ne correspond pas à celui de « {name} » : il n'a pas été "
                    "enrôlé. Relisez le code sur son écran ; s'il diffère vraiment, le fichier "
                    "ne vient pas de lui."
                ).format(name=name),
                ok=False,
            )
            return
        enrol(
            self.store,
            device_uuid=device,
            name=name,
            public_key=public,
            by=who[0],
            operator_id=who[1],
        )
        self.pending = None
        self.enrol_button.setEnabled(False)
        self.code_edit.clear()
        self._fill()
        show_status(
            self.message,
            self.tr("« {name} » est enrôlé : ses fichiers et ses révisions sont acceptés.").format(
                name=name
            ),
            ok=True,
        )

