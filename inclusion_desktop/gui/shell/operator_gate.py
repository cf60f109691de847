"""The main window's side of "who may do what" (mixed into MainWindow).

- The home screen's operator list: choosing someone with a PIN or password asks for it; a wrong
  one stays on the previous person, with the attempts left; a locked one says how long to wait.
- At start-up, a remembered operator with a secret is asked for it (another one can be chosen).
- `require_coordinator(action)` / `grant_for(action)`: the one gate of every coordinator action,
  the GUI side of services.access.require. It lets the action run when the current operator is
  a coordinator with a password, or while no coordinator has a password; otherwise a
  coordinator picks their name and types their password, and the action runs for them
  (`acting_operator_id()` is then theirs, for the audit log).
- The invitation banner while no coordinator has a password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialog, QMessageBox

from inclusion_desktop.gui.common.messages import permission_label
from inclusion_desktop.gui.shell.home_keys import SETTING_OPERATOR
from inclusion_desktop.permissions import Action, needs_coordinator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from inclusion_desktop.gui.admin.operators_dialogs import InviteBanner
    from inclusion_desktop.gui.shell.controllers import AdminActions
    from inclusion_desktop.gui.shell.home_view import HomeView
    from inclusion_desktop.services.access import Grant
    from inclusion_desktop.store import OperatorInfo, Store

# The store and the operators' dialogs are imported by the methods that use them: the main
# window is shown before the store (and SQLAlchemy) is loaded.


def action_text(action: Action | str) -> str:
    """The action in the interface language, for the password dialog."""
    return permission_label(Action(action).value)


class OperatorGateMixin:
    """Operator switching with PIN, the coordinator gate and the invitation banner."""

    if TYPE_CHECKING:
        store: Store
        home: HomeView
        admin: AdminActions

        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...

        def statusBar(self) -> QStatusBar: ...  # noqa: N802

        def _on_setup_changed(self) -> None: ...

    _operator_id: int | None = None
    _pending_operator_id: int | None = None
    #: The coordinator who unlocked the last coordinator action, None when nobody had to.
    acting_operator: OperatorInfo | None = None
    invite_banner: InviteBanner

    # -- the current operator --------------------------------------------------------------

    def _initial_operator_id(self) -> int | None:
        """The remembered operator (else the first); None, pending, when they have a secret."""
        operators = self.store.operators()
        saved = self.store.get_setting(SETTING_OPERATOR)
        chosen = next((op for op in operators if saved and str(op.id) == saved), None)
        if chosen is None and operators:
            chosen = operators[0]
        self._pending_operator_id = None
        if chosen is not None and chosen.has_secret:
            self._pending_operator_id = chosen.id
            return None
        return None if chosen is None else chosen.id

    def _select_active_operator(self) -> None:
        """Shows the active operator in the home screen's list (signals already blocked)."""
        if (
            self._operator_id is not None
            and self.home.operator_combo.findData(self._operator_id) < 0
        ):
            self._operator_id = None
        index = (
            -1
            if self._operator_id is None
            else self.home.operator_combo.findData(self._operator_id)
        )
        self.home.operator_combo.setCurrentIndex(index)

    def current_operator(self) -> OperatorInfo | None:
        """The operator chosen on the home screen, with role and PIN state."""
        from inclusion_desktop.store import StoreError

        if self._operator_id is None:
            return None
        try:
            return self.store.get_operator(self._operator_id)
        except StoreError:
            return None

    def set_active_operator(self, operator_id: int | None) -> None:
        """Makes someone the current operator without asking (they proved who they are)."""
        self._operator_id = operator_id
        self._pending_operator_id = None
        self.home.operator_combo.blockSignals(True)
        self._select_active_operator()
        self.home.operator_combo.blockSignals(False)
        if operator_id is not None:
            self.store.set_setting(SETTING_OPERATOR, str(operator_id))

    def _on_operator_chosen(self) -> None:
        """The operator list changed: ask the PIN of someone who has one, or go back."""
        from inclusion_desktop.gui.admin.operators_dialogs import SecretDialog
        from inclusion_desktop.store import StoreError

        wanted = self.home.operator_combo.currentData()
        if wanted is None or int(wanted) == self._operator_id:
            return
        try:
            operator = self.store.get_operator(int(wanted))
        except StoreError:
            self.set_active_operator(self._operator_id)
            return
        if operator.has_secret:
            dialog = SecretDialog(
                self.store,
                [operator],
                operator.id,
                title=QCoreApplication.translate("MainWindow", "Changer d'enquêteur·rice"),
                intro=QCoreApplication.translate(
                    "MainWindow", "{name} a un code : tapez-le pour continuer sous ce nom."
                ).replace("{name}", operator.name),
                parent=self,  # type: ignore[arg-type]
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.set_active_operator(self._operator_id)
                previous = self.current_operator()
                reason = dialog.message.text()
                # "Samira B." ends the sentence: no second full stop after it (rstrip).
                self.statusBar().showMessage(
                    (reason + " " if reason else "")
                    + QCoreApplication.translate(
                        "MainWindow", "Enquêteur·rice inchangé·e : {name}."
                    ).replace("{name}", previous.name.rstrip(".") if previous else "—"),
                    10000,
                )
                return
        self._operator_id = operator.id
        self._pending_operator_id = None
        self._on_setup_changed()
        self.store.set_setting(SETTING_OPERATOR, str(operator.id))

    def ask_start_operator(self) -> bool:
        """At start-up: the remembered operator has a secret, ask it (or choose another one).

        Returns True when an operator is active afterwards.
        """
        from inclusion_desktop.gui.admin.operators_dialogs import SecretDialog

        pending = self._pending_operator_id
        if pending is None:
            return self._operator_id is not None
        operators = self.store.operators()
        dialog = SecretDialog(
            self.store,
            operators,
            pending,
            title=QCoreApplication.translate("MainWindow", "Qui utilise l'ordinateur ?"),
            intro=QCoreApplication.translate(
                "MainWindow",
                "Choisissez votre nom et tapez votre code ou mot de passe, s'il y en a un.",
            ),
            parent=self,  # type: ignore[arg-type]
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.operator is not None:
            self.set_active_operator(dialog.operator.id)
            return True
        self._pending_operator_id = None
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "Aucun·e enquêteur·rice choisi·e : choisissez votre nom sur l'accueil.",
            ),
            15000,
        )
        return False

    # -- the coordinator gate ------------------------------------------------------------------

    def require_coordinator(self, action: Action | str) -> bool:
        """May the action run? Asks a coordinator's password when needed (see module doc)."""
        return self.grant_for(action) is not None

    def grant_for(self, action: Action | str) -> Grant | None:
        """The grant of services.access.require, after a coordinator's password if needed.

        None when the action is refused (a message or the status bar says why).
        """
        from inclusion_desktop.services.access import CoordinatorRequired, require

        self.acting_operator = None
        current = self.current_operator()
        if current is not None and current.seal_problem is not None:
            # The account was changed in the store file: refused, whatever the action. The
            # reason names a file and what to do: too long for the status bar.
            title = QCoreApplication.translate("MainWindow", "Compte non vérifié")
            QMessageBox.warning(self, title, current.seal_problem)  # type: ignore[arg-type]
            return None
        grant: Grant | None
        try:
            grant = require(self.store, action, current)
        except CoordinatorRequired:
            grant = self._grant_from_coordinator(Action(action))
        # Only a coordinator who had to be checked is « acting »; before roles apply, nobody.
        if grant is not None and needs_coordinator(action) and self.store.has_coordinator_secret():
            self.acting_operator = grant.operator
        return grant

    def _grant_from_coordinator(self, action: Action) -> Grant | None:
        """A coordinator picks their name and types their password; the grant is theirs."""
        from inclusion_desktop.gui.admin.operators_dialogs import SecretDialog
        from inclusion_desktop.services.access import CoordinatorRequired, require

        coordinators = [op for op in self.store.operators() if op.is_coordinator and op.has_secret]
        dialog = SecretDialog(
            self.store,
            coordinators,
            None,
            title=QCoreApplication.translate("MainWindow", "Réservé à la coordination"),
            intro=QCoreApplication.translate(
                "MainWindow",
                "Pour {action}, un coordinateur ou une coordinatrice choisit son nom et tape son "
                "mot de passe.",
            ).replace("{action}", action_text(action)),
            parent=self,  # type: ignore[arg-type]
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.operator is not None:
            # The dialog checked their secret; require() checks they may do the action.
            try:
                return require(self.store, action, dialog.operator)
            except CoordinatorRequired:
                pass
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Action réservée à la coordination."), 8000
        )
        return None

    def acting_operator_id(self) -> int | None:
        """Who does the action: the coordinator who unlocked it, else the current operator."""
        if self.acting_operator is not None:
            return self.acting_operator.id
        return self._operator_id

    # -- operators and the invitation ----------------------------------------------------------

    def _build_invite_banner(self, layout: QBoxLayout) -> None:
        from inclusion_desktop.gui.admin.operators_dialogs import InviteBanner

        self.invite_banner = InviteBanner(self)  # type: ignore[arg-type]
        self.invite_banner.button.clicked.connect(self._on_invite)
        layout.addWidget(self.invite_banner)

    def update_invite_banner(self) -> None:
        """Shows the invitation while no coordinator has a password."""
        self.invite_banner.setVisible(not self.store.has_coordinator_secret())

    def _on_invite(self) -> None:
        current = self.current_operator()
        operators = self.store.operators()
        focus = current if current is not None and current.is_coordinator else None
        focus = focus or next((op for op in operators if op.is_coordinator), current)
        self.admin.open_operators(focus_operator_id=focus.id if focus else None)
