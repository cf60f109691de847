"""Who may do what, on screen: the operators and their roles, PIN or password prompts.

- SecretDialog asks for an operator's PIN or password (switching operator, start-up, or a
  coordinator's password before a coordinator action), with the attempts left or the lock.
- OperatorsDialog (coordinators only) lists the operators, adds one, changes a role, sets,
  changes or removes a PIN or password.
- InviteBanner is shown on the home screen while no coordinator has a password.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.services.access import SecretProblem, secret_problem
from inclusion_desktop.store import (
    MIN_SECRET_LENGTH,
    ROLE_COORDINATOR,
    ROLE_MEDIATOR,
    OperatorInfo,
    OperatorLocked,
    Store,
    StoreError,
    WrongSecret,
)

_ERROR_STYLE = "color: #a4161a; font-weight: 600;"
_OK_STYLE = "color: #1b5e20;"


class SecretDialog(QDialog):
    """Asks the PIN or password of an operator chosen in `operators` (fixed when only one).

    The check is done here, against the store: a wrong secret leaves the dialog open with the
    attempts left; a locked operator shows the seconds to wait. After Accepted, `operator` is the
    person who proved who they are (an operator without a secret passes at once).
    """

    def __init__(
        self,
        store: Store,
        operators: Sequence[OperatorInfo],
        selected_id: int | None = None,
        *,
        intro: str = "",
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operators = list(operators)
        self.operator: OperatorInfo | None = None
        self.setWindowTitle(title or self.tr("Code ou mot de passe"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.operator_combo = QComboBox(self)
        self.operator_combo.setObjectName("secretOperatorCombo")
        for operator in self.operators:
            self.operator_combo.addItem(operator.name, operator.id)
        if selected_id is not None and self.operator_combo.findData(selected_id) >= 0:
            self.operator_combo.setCurrentIndex(self.operator_combo.findData(selected_id))
        self.operator_combo.currentIndexChanged.connect(self._on_operator_changed)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("secretOperatorName")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        single = len(self.operators) == 1
        self.operator_combo.setVisible(not single)
        self.name_label.setVisible(single)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.operator_combo, 1)
        row_layout.addWidget(self.name_label, 1)
        form.addRow(self.tr("Personne :"), row)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel(self.tr("Code ou mot de passe :"), self)
        form.addRow(self.secret_label, self.secret_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("secretMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        # Room for a two-line refusal from the start: the dialog never has to grow.
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Valider"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_operator_changed()

    def chosen(self) -> OperatorInfo | None:
        """The operator chosen in the list."""
        operator_id = self.operator_combo.currentData()
        return next((op for op in self.operators if op.id == operator_id), None)

    def _on_operator_changed(self) -> None:
        chosen = self.chosen()
        self.name_label.setText(chosen.name if chosen else "")
        needs_secret = chosen is not None and chosen.has_secret
        self.secret_edit.setEnabled(needs_secret)
        self.secret_label.setEnabled(needs_secret)
        self.secret_edit.clear()
        self.secret_edit.setPlaceholderText(
            "" if needs_secret else self.tr("aucun code pour cette personne")
        )
        self.message.clear()
        self.ok_button.setEnabled(chosen is not None)
        (self.secret_edit if needs_secret else self.operator_combo).setFocus()

    def show_message(self, text: str) -> None:
        """Shows a refusal under the field."""
        self.message.setText(text)

    def accept(self) -> None:
        """Checks the secret; stays open on a refusal, with the reason."""
        chosen = self.chosen()
        if chosen is None:
            return
        try:
            self.store.check_operator_secret(chosen.id, self.secret_edit.text())
        except WrongSecret as error:
            self.show_message(user_message(error))
            self.secret_edit.clear()
            self.secret_edit.setFocus()
            return
        except OperatorLocked as error:
            self.show_message(user_message(error))
            self.secret_edit.clear()
            return
        except StoreError as error:
            self.show_message(user_message(error))
            return
        self.operator = chosen
        super().accept()


class InviteBanner(QFrame):
    """The discreet home-screen invitation to set a coordinator password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteBanner")
        self.setStyleSheet(
            "QFrame#inviteBanner { background: #fff8e1; border: 1px solid #f0d48a;"
            " border-radius: 6px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel(
            self.tr(
                "Aucun mot de passe coordinateur n'est défini : tout le monde peut fusionner, "
                "supprimer ou restaurer. Un mot de passe réserve ces actions à la coordination."
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Définir un mot de passe…"), self)
        self.button.setObjectName("inviteButton")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)


class OperatorsDialog(QDialog):
    """The operators, their role and PIN or password (coordinators only).

    `by_operator_id` is the coordinator making the changes, for the audit log.
    """

    COLUMN_NAME, COLUMN_ROLE, COLUMN_SECRET = range(3)

    def __init__(
        self,
        store: Store,
        by_operator_id: int | None,
        parent: QWidget | None = None,
        *,
        focus_operator_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.by_operator_id = by_operator_id
        self.operators: list[OperatorInfo] = []
        self.setWindowTitle(self.tr("Opérateurs et codes"))  # as its menu entry says
        self.setMinimumSize(700, 680)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Les médiateur·rices saisissent, reprennent leurs brouillons et exportent. "
                "Fusionner, supprimer, voir les résultats, restaurer une sauvegarde, gérer les "
                "personnes et les réglages est réservé à la coordination, dès qu'un "
                "coordinateur ou une coordinatrice a un mot de passe. Un code (4 chiffres au "
                "moins) protège aussi le nom d'un·e médiateur·rice."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("operatorsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("Rôle"), self.tr("Code ou mot de passe")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COLUMN_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMN_SECRET, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)

        self.edit_box = QGroupBox(self.tr("Personne choisie"), self)
        edit = QFormLayout(self.edit_box)
        role_row = QHBoxLayout()
        self.role_combo = self._role_combo()
        self.role_button = QPushButton(self.tr("Changer le rôle"), self.edit_box)
        self.role_button.clicked.connect(self._on_change_role)
        role_row.addWidget(self.role_combo, 1)
        role_row.addWidget(self.role_button)
        edit.addRow(self.tr("Rôle :"), role_row)
        self.secret_edit = self._secret_field("newSecret")
        self.confirm_edit = self._secret_field("confirmSecret")
        edit.addRow(self.tr("Nouveau code ou mot de passe :"), self.secret_edit)
        edit.addRow(self.tr("Le même, encore une fois :"), self.confirm_edit)
        secret_row = QHBoxLayout()
        self.secret_button = QPushButton(self.tr("Enregistrer le code"), self.edit_box)
        self.secret_button.clicked.connect(self._on_set_secret)
        self.remove_button = QPushButton(self.tr("Retirer le code"), self.edit_box)
        self.remove_button.clicked.connect(self._on_remove_secret)
        secret_row.addStretch(1)
        secret_row.addWidget(self.remove_button)
        secret_row.addWidget(self.secret_button)
        edit.addRow(secret_row)
        layout.addWidget(self.edit_box)

        add_box = QGroupBox(self.tr("Ajouter une personne"), self)
        add = QFormLayout(add_box)
        self.new_name = QLineEdit(add_box)
        self.new_name.setObjectName("newName")
        add.addRow(self.tr("Nom :"), self.new_name)
        self.new_role = self._role_combo()
        add.addRow(self.tr("Rôle :"), self.new_role)
        self.new_secret = self._secret_field("newPersonSecret")
        self.new_secret.setPlaceholderText(self.tr("facultatif"))
        self.new_confirm = self._secret_field("newPersonConfirm")
        add.addRow(self.tr("Code ou mot de passe :"), self.new_secret)
        add.addRow(self.tr("Le même, encore une fois :"), self.new_confirm)
        add_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter"), add_box)
        self.add_button.clicked.connect(self._on_add)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add.addRow(add_row)
        layout.addWidget(add_box)

        self.message = QLabel(self)
        self.message.setObjectName("operatorsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload(select_id=focus_operator_id)
        if focus_operator_id is not None:
            self.secret_edit.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _role_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Médiateur·rice"), ROLE_MEDIATOR)
        combo.addItem(self.tr("Coordinateur·rice"), ROLE_COORDINATOR)
        return combo

    def _secret_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def role_label(self, role: str) -> str:
        """The role in words."""
        return (
            self.tr("Coordinateur·rice") if role == ROLE_COORDINATOR else self.tr("Médiateur·rice")
        )

    # -- state -------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Reads the operators again, keeping (or choosing) the selected one."""
        if select_id is None:
            current = self.selected()
            select_id = current.id if current else None
        self.operators = self.store.operators()
        self.table.setRowCount(len(self.operators))
        for row, operator in enumerate(self.operators):
            cells = (
                operator.name,
                self.role_label(operator.role),
                self.tr("défini") if operator.has_secret else self.tr("aucun"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, operator.id)
                self.table.setItem(row, column, item)
        target = next((r for r, op in enumerate(self.operators) if op.id == select_id), 0)
        if self.operators:
            self.table.selectRow(target)
        self._on_selection()

    def selected(self) -> OperatorInfo | None:
        """The operator of the selected row."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not self.operators or rows[0].row() >= len(self.operators):
            return None
        return self.operators[rows[0].row()]

    def _on_selection(self) -> None:
        operator = self.selected()
        self.edit_box.setEnabled(operator is not None)
        if operator is None:
            self.edit_box.setTitle(self.tr("Personne choisie"))
            return
        self.edit_box.setTitle(operator.name)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(operator.role), 0))
        self.remove_button.setEnabled(operator.has_secret)
        self.secret_button.setText(
            self.tr("Changer le code") if operator.has_secret else self.tr("Enregistrer le code")
        )
        self.secret_edit.clear()
        self.confirm_edit.clear()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE)
        self.message.setText(text)

    def _two_secrets(self, first: QLineEdit, second: QLineEdit) -> str | None:
        """The secret typed twice, or None after saying what is wrong."""
        problem = secret_problem(first.text(), second.text())
        if first.text() != second.text():
            self._say(self.tr("Les deux saisies ne sont pas identiques."), error=True)
            return None
        if problem is SecretProblem.TOO_SHORT:
            self._say(
                self.tr("Le code ou mot de passe doit compter au moins {n} caractères.").replace(
                    "{n}", str(MIN_SECRET_LENGTH)
                ),
                error=True,
            )
            return None
        if problem is SecretProblem.EDGE_SPACE:
            self._say(
                self.tr("Le code ou mot de passe ne peut pas commencer ni finir par une espace."),
                error=True,
            )
            return None
        return first.text()

    # -- actions -----------------------------------------------------------------------------

    def _on_change_role(self) -> None:
        operator = self.selected()
        if operator is None:
            return
        role = str(self.role_combo.currentData())
        try:
            self.store.set_operator_role(operator.id, role, by_operator_id=self.by_operator_id)
        except StoreError as error:
            self._say(user_message(error), error=True)
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(operator.role), 0))
            return
        self.reload(select_id=operator.id)
        self._say(
            self.tr("{name} : {role}.")
            .replace("{name}", operator.name)
            .replace("{role}", self.role_label(role))
        )

    def _on_set_secret(self) -> None:
        operator = self.selected()
        if operator is None:
            return
        secret = self._two_secrets(self.secret_edit, self.confirm_edit)
        if secret is None:
            return
        try:
            self.store.set_operator_secret(operator.id, secret, by_operator_id=self.by_operator_id)
        except StoreError as error:
            self._say(user_message(error), error=True)
            return
        self.reload(select_id=operator.id)
        self._say(
            self.tr("Code ou mot de passe enregistré pour {name}.").replace("{name}", operator.name)
        )

    def _on_remove_secret(self) -> None:
        operator = self.selected()
        if operator is None:
            return
        try:
            self.store.set_operator_secret(operator.id, None, by_operator_id=self.by_operator_id)
        except StoreError as error:
            self._say(user_message(error), error=True)
            return
        self.reload(select_id=operator.id)
        self._say(
            self.tr("Code ou mot de passe retiré pour {name}.").replace("{name}", operator.name)
        )

    def _on_add(self) -> None:
        name = " ".join(self.new_name.text().split())
        if not name:
            self._say(self.tr("Indiquez le nom de la personne."), error=True)
            return
        if any(op.name.casefold() == name.casefold() for op in self.operators):
            self._say(self.tr("{name} est déjà dans la liste.").replace("{name}", name), error=True)
            return
        secret = None
        if self.new_secret.text() or self.new_confirm.text():
            secret = self._two_secrets(self.new_secret, self.new_confirm)
            if secret is None:
                return
        try:
            added = self.store.add_operator(
                name, str(self.new_role.currentData()), by_operator_id=self.by_operator_id
            )
            if secret is not None:
                self.store.set_operator_secret(added.id, secret, by_operator_id=self.by_operator_id)
        except StoreError as error:
            self._say(user_message(error), error=True)
            return
        for field in (self.new_name, self.new_secret, self.new_confirm):
            field.clear()
        self.new_role.setCurrentIndex(0)
        self.reload(select_id=added.id)
        self._say(self.tr("{name} ajouté·e.").replace("{name}", added.name))
