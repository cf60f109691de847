"""What the menus open, by role: coordination, keying and administration.

Every dialog opens through `DialogOpener.open`: on the home screen only (when asked), after the
gate of its `Action` (services.access.require, through the window's coordinator password
dialog), then « store changed » once it is closed when it may have written. The controllers
hold no rule of their own, and each dialog module is imported when it opens: the window is
shown before the store (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.permissions import Action
from inclusion_desktop.questionnaire.model import PAPER_NUMBER_NAME

if TYPE_CHECKING:
    from inclusion_desktop.gui.admin.settings_dialog import SettingsDialog
    from inclusion_desktop.gui.common.settings import Preferences
    from inclusion_desktop.gui.common.store_events import StoreEvents
    from inclusion_desktop.gui.field.question_widgets import AttachmentAccess
    from inclusion_desktop.gui.keying.keying_dialogs import DiscrepancyDialog
    from inclusion_desktop.gui.keying.keying_view import KeyingFormView
    from inclusion_desktop.gui.shell.home_view import HomeView
    from inclusion_desktop.questionnaire.session import FormSession
    from inclusion_desktop.services.access import Grant
    from inclusion_desktop.services.collect import Collector
    from inclusion_desktop.store import Store, VerificationInfo

DialogT = TypeVar("DialogT", bound=QDialog)


class Shell(Protocol):
    """What the controllers use of the main window."""

    store: Store
    collector: Collector
    preferences: Preferences
    store_events: StoreEvents
    home: HomeView
    keying_view: KeyingFormView

    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt API)

    def on_home(self) -> bool: ...

    def require_coordinator(self, action: Action | str) -> bool: ...

    def grant_for(self, action: Action | str) -> Grant | None: ...

    def acting_operator_id(self) -> int | None: ...

    def current_operator_id(self) -> int | None: ...

    def reload_territory(self) -> None: ...

    def switch_store(self, store: Store) -> None: ...

    def ask_start_operator(self) -> bool: ...

    def select_default_form(self) -> None: ...

    def select_form_version(self, version_id: int) -> None: ...

    def apply_language(self, code: str) -> None: ...

    def attachment_access(self, uuid: str) -> AttachmentAccess: ...

    def show_keying_view(self, form_title: str) -> None: ...


class DialogOpener:
    """The one way a dialog opens from the main window."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell

    def open(
        self,
        make: Callable[[], DialogT],
        *,
        action: Action | None = None,
        home_only: bool = False,
        changes_store: bool = False,
    ) -> DialogT | None:
        """Runs the dialog `make()` builds, and returns it closed; None when it was not opened.

        `home_only`: not over an open questionnaire; `action`: the gate asks a coordinator's
        password when the rules want one; `changes_store`: the views follow once it is closed.
        """
        if home_only and not self.shell.on_home():
            return None
        if action is not None and not self.shell.require_coordinator(action):
            return None
        dialog = make()
        dialog.exec()
        if changes_store:
            self.shell.store_events.changed.emit()
        return dialog


class _Controller:
    """A role's actions: the window they act in, and its one way to open dialogs."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.dialogs = DialogOpener(shell)

    @property
    def parent(self) -> QWidget:
        """The dialogs' parent: the main window."""
        return self.shell.window()


class CoordinationActions(_Controller):
    """Exchanges between laptops, results, data in and out, the end of the campaign."""

    def open_export(self) -> None:
        """Opens the export dialog (the list's figures are refreshed after)."""
        from inclusion_desktop.gui.coordination.sync_dialogs import ExportDialog

        shell = self.shell
        self.dialogs.open(
            lambda: ExportDialog(shell.store, self.parent, preferences=shell.preferences),
            action=Action.EXPORT,
            home_only=True,
            changes_store=True,
        )

    def open_merge(self, files: list[str]) -> None:
        """Opens the merge dialog, with dropped files already listed."""
        from inclusion_desktop.gui.coordination.sync_dialogs import MergeDialog

        shell = self.shell
        dialog = self.dialogs.open(
            lambda: MergeDialog(
                shell.store, files, self.parent, operator_id=shell.acting_operator_id()
            ),
            action=Action.MERGE,
            home_only=True,
        )
        if dialog is not None:
            shell.reload_territory()  # a merged file may bring a newer territory; refreshes too

    def open_conflicts(self) -> None:
        """Opens the conflicts view."""
        from inclusion_desktop.gui.coordination.sync_dialogs import ConflictsDialog

        shell = self.shell
        self.dialogs.open(
            lambda: ConflictsDialog(
                shell.store, self.parent, operator_id=shell.acting_operator_id()
            ),
            action=Action.RESOLVE_CONFLICTS,
            changes_store=True,
        )

    def open_merge_log(self) -> None:
        """Opens the merge log."""
        from inclusion_desktop.gui.coordination.sync_dialogs import MergeLogDialog

        self.dialogs.open(lambda: MergeLogDialog(self.shell.store, self.parent))

    def open_audit(self) -> None:
        """The audit log and its CSV export (coordinators only)."""
        from inclusion_desktop.gui.coordination.sync_dialogs import AuditDialog

        self.dialogs.open(
            lambda: AuditDialog(self.shell.store, self.parent), action=Action.AUDIT_EXPORT
        )

    def open_data_import(self) -> None:
        """Imports a KoboToolbox / ODK Central export; the home screen follows."""
        from inclusion_desktop.gui.coordination.data_dialogs import DataImportDialog, ReviewDialog

        shell = self.shell
        dialog = self.dialogs.open(
            lambda: DataImportDialog(shell.store, self.parent),
            action=Action.DATA_IMPORT,
            home_only=True,
        )
        if dialog is None:
            return
        if shell.store.reviews():
            ReviewDialog(shell.store, shell.acting_operator_id(), self.parent).exec()
        shell.store_events.changed.emit()

    def open_form_register(self) -> None:
        """Adds an XLSForm and its files; the home screen then offers the new version."""
        from inclusion_desktop.gui.coordination.form_register_dialog import FormRegisterDialog

        shell = self.shell
        if not shell.on_home():
            return
        # The form is stored in the name of the grant's operator: the gate is passed here.
        grant = shell.grant_for(Action.REGISTER_FORM)
        if grant is None:
            return
        dialog = self.dialogs.open(
            lambda: FormRegisterDialog(shell.store, grant.operator, self.parent),
            home_only=True,
            changes_store=True,
        )
        if dialog is not None and dialog.registration is not None:
            shell.select_form_version(dialog.registration.version.id)

    def open_data_export(self) -> None:
        """Writes the answers as a table (Excel, CSV, Stata) for other tools."""
        from inclusion_desktop.gui.coordination.data_dialogs import DataExportDialog

        shell = self.shell
        self.dialogs.open(
            lambda: DataExportDialog(shell.store, self.parent, preferences=shell.preferences),
            action=Action.DATA_EXPORT,
        )

    def open_dashboard(self) -> None:
        """Shows the summary sheet's indicators for a chosen neighbourhood."""
        from inclusion_desktop.gui.coordination.reports_dialogs import DashboardDialog

        self.dialogs.open(
            lambda: DashboardDialog(self.shell.store, self.parent), action=Action.DASHBOARD
        )

    def open_offer(self) -> None:
        """The structures' offer and the map (coordination)."""
        from inclusion_desktop.gui.coordination.offer_view import OfferDialog

        self.dialogs.open(
            lambda: OfferDialog(self.shell.store, self.parent), action=Action.DASHBOARD
        )

    def open_reports(self) -> None:
        """Produces the PDF summary sheets."""
        from inclusion_desktop.gui.coordination.reports_dialogs import ReportsDialog

        self.dialogs.open(
            lambda: ReportsDialog(self.shell.store, self.parent), action=Action.REPORTS
        )

    def open_population_targets(self) -> None:
        """Edits the population figures the answers are weighted on."""
        from inclusion_desktop.gui.coordination.reports_dialogs import PopulationTargetsDialog

        # The dialog saves in the name of the grant's operator: the gate is passed here.
        grant = self.shell.grant_for(Action.POPULATION_TARGETS)
        if grant is not None:
            self.dialogs.open(
                lambda: PopulationTargetsDialog(self.shell.store, self.parent, grant=grant)
            )

    def open_territory(self) -> None:
        """Edits the communes and quartiers; the lists follow once saved."""
        from inclusion_desktop.gui.coordination.territory_dialog import TerritoryDialog

        shell = self.shell
        dialog = self.dialogs.open(
            lambda: TerritoryDialog(shell.store, shell.acting_operator_id(), self.parent),
            action=Action.TERRITORY,
        )
        if dialog is not None and dialog.result() == QDialog.DialogCode.Accepted:
            shell.reload_territory()
            shell.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Territoire enregistré."), 5000
            )

    def open_fieldwork(self) -> None:
        """Issue 18: the « Terrain » view, quotas by neighbourhood; coordinators set targets."""
        from inclusion_desktop.gui.field.fieldwork_view import FieldworkView

        shell = self.shell

        def acting() -> tuple[bool, int | None]:
            allowed = shell.require_coordinator(Action.POPULATION_TARGETS)
            return allowed, shell.acting_operator_id()

        version = shell.home.form_combo.currentData()
        form = shell.collector.form(int(version)) if version is not None else None
        self.dialogs.open(
            lambda: FieldworkView(shell.store, acting, self.parent, form=form),
            changes_store=True,
        )

    def open_clear_free_text(self) -> None:
        """Clears the free texts of the campaign (coordination)."""
        from inclusion_desktop.gui.coordination.campaign_dialogs import ClearFreeTextDialog

        shell = self.shell
        self.dialogs.open(
            lambda: ClearFreeTextDialog(shell.collector, shell.acting_operator_id(), self.parent),
            action=Action.CLEAR_FREE_TEXT,
            home_only=True,
            changes_store=True,
        )

    def open_purge(self) -> None:
        """Purges the questionnaires once all are in a verified export (coordination)."""
        from inclusion_desktop.gui.coordination.campaign_dialogs import PurgeDialog

        shell = self.shell
        self.dialogs.open(
            lambda: PurgeDialog(shell.store, shell.acting_operator_id(), self.parent),
            action=Action.PURGE,
            home_only=True,
            changes_store=True,
        )


class KeyingActions(_Controller):
    """Paper questionnaires: the printable form, the double entry and its blind second keying."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.last_verification: VerificationInfo | None = None
        self.discrepancy_dialog: DiscrepancyDialog | None = None

    def open_double_entry(self) -> None:
        """Opens the double-entry dialog: share, forms to key again, reviews, report."""
        from inclusion_desktop.gui.keying.keying_dialogs import DoubleEntryDialog

        shell = self.shell
        operator_id = shell.current_operator_id()
        if operator_id is None:
            return
        self.dialogs.open(
            lambda: DoubleEntryDialog(
                shell.collector,
                operator_id,
                self.start_second_keying,
                self.parent,
                grant_for=shell.grant_for,
            ),
            home_only=True,
            changes_store=True,
        )

    def open_paper_form(self) -> None:
        """Writes the chosen questionnaire as a PDF to print (issue 18)."""
        from inclusion_desktop.gui.keying.paper_form_dialog import PaperFormDialog

        form_version = self.shell.home.form_combo.currentData()
        if form_version is not None:
            PaperFormDialog(self.shell.collector.form(int(form_version)), self.parent).open()

    def start_second_keying(self, paper_number: str) -> None:
        """Opens a blank keying page for the second, blind keying of a paper form."""
        from inclusion_desktop.store import StoreError

        try:
            first_uuid, session = self.shell.collector.start_verification(paper_number)
        except StoreError as error:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("MainWindow", "Double saisie"),
                user_message(error),
            )
            return
        first = self.shell.store.get_submission(first_uuid)
        operator_id = self.shell.current_operator_id()
        if first.operator_id == operator_id:
            self.shell.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Conseil : la double saisie est plus sûre faite par une autre personne.",
                ),
                10000,
            )
        elapsed = 0
        saved = self.shell.collector.resume_verification()
        if saved is not None and saved[0] == first_uuid:
            # This paper form's second keying was under way: it goes on where it stopped.
            _uuid, session, elapsed = saved
        elif saved is not None:
            # Only one second keying is kept at a time: another one is never dropped unasked.
            choice = self._ask_other_second_keying(
                str(saved[1].value(PAPER_NUMBER_NAME)), paper_number.strip()
            )
            if choice == "resume":
                first_uuid, session, elapsed = saved
            elif choice != "drop":
                return
        self._open_second_keying(first_uuid, session, elapsed)

    def _ask_other_second_keying(self, other: str, number: str) -> str:
        """« resume », « drop » or « cancel »: the unfinished second keying of `other`."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Double saisie"),
            QCoreApplication.translate(
                "MainWindow",
                "La double saisie du questionnaire papier n° {other} n'est pas terminée. "
                "La reprendre, ou l'abandonner pour ressaisir le n° {number} ?",
            ).format(other=other, number=number),
            parent=self.parent,
        )
        resume = box.addButton(
            QCoreApplication.translate("MainWindow", "Reprendre le n° {other}").format(other=other),
            QMessageBox.ButtonRole.AcceptRole,
        )
        drop = box.addButton(
            QCoreApplication.translate("MainWindow", "Abandonner le n° {other}").format(
                other=other
            ),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(
            QCoreApplication.translate("MainWindow", "Annuler"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(resume)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is resume:
            return "resume"
        if clicked is drop:
            return "drop"
        return "cancel"

    def _open_second_keying(self, first_uuid: str, session: FormSession, elapsed: int) -> None:
        """Shows a second keying (blind: its own answers only), autosaved on every answer."""
        self.shell.show_keying_view(session.form.title)
        self.shell.keying_view.start(
            session,
            first_uuid,
            title=QCoreApplication.translate(
                "MainWindow", "Double saisie à l'aveugle — questionnaire papier n° {number}"
            ).format(number=session.value(PAPER_NUMBER_NAME)),
            save_draft=lambda uuid, answers, position: self.shell.collector.save_verification_draft(
                uuid, answers, seconds=self.shell.keying_view.elapsed_seconds()
            ),
            finalize=self._finish_second_keying,
            verification=True,
            elapsed=elapsed,
            attachments=self.shell.attachment_access(first_uuid),
        )
        # Saved at once: a crash before the first answer still reopens this second keying.
        self.shell.collector.save_verification_draft(first_uuid, session.answers, seconds=elapsed)

    def resume_second_keying(self) -> bool:
        """Reopens the second keying under way when the app stopped, still blind."""
        if self.shell.current_operator_id() is None:
            return False
        saved = self.shell.collector.resume_verification()
        if saved is None:
            return False
        first_uuid, session, elapsed = saved
        self._open_second_keying(first_uuid, session, elapsed)
        self.shell.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "La double saisie en cours a été rouverte là où elle s'était arrêtée."
            ),
            8000,
        )
        return True

    def _finish_second_keying(self, first_uuid: str, session: FormSession) -> None:
        from inclusion_desktop.gui.keying.keying_dialogs import DiscrepancyDialog

        operator_id = self.shell.current_operator_id()
        assert operator_id is not None
        verification, discrepancies = self.shell.collector.finish_verification(
            first_uuid, session, operator_id, seconds=self.shell.keying_view.elapsed_seconds()
        )
        self.last_verification = verification
        if discrepancies:
            self.discrepancy_dialog = DiscrepancyDialog(
                self.shell.collector, verification, operator_id, self.parent
            )
            self.discrepancy_dialog.open()
        else:
            self.shell.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Double saisie identique à la première : questionnaire vérifié."
                ),
                10000,
            )


class AdminActions(_Controller):
    """The settings, the operators and their codes, the laptops, the backups."""

    def open_settings(self) -> None:
        """Opens the settings dialog (language, laptop, operators, campaign, exports)."""
        self.dialogs.open(self.settings_dialog, action=Action.SETTINGS, home_only=True)

    def settings_dialog(self) -> SettingsDialog:
        """The settings dialog, its changes followed by the window."""
        from inclusion_desktop.gui.admin.settings_dialog import SettingsDialog

        shell = self.shell
        dialog = SettingsDialog(
            shell.store,
            shell.preferences,
            self.parent,
            acting_operator_id=shell.acting_operator_id(),
        )
        dialog.store_changed.connect(shell.store_events.changed)
        dialog.questionnaire_chosen.connect(shell.select_default_form)
        dialog.language_chosen.connect(shell.apply_language)
        return dialog

    def open_operators(self, *, focus_operator_id: int | None = None) -> None:
        """The operators, their roles and codes (coordinators only)."""
        from inclusion_desktop.gui.admin.operators_dialogs import OperatorsDialog

        shell = self.shell
        self.dialogs.open(
            lambda: OperatorsDialog(
                shell.store,
                shell.acting_operator_id(),
                self.parent,
                focus_operator_id=focus_operator_id,
            ),
            action=Action.OPERATORS,
            changes_store=True,
        )

    def open_laptops(self) -> None:
        """Menu « Ordinateurs et signatures… »: anyone sees the code, coordinators enrol."""
        from inclusion_desktop.gui.admin.laptops_dialog import LaptopsDialog

        shell = self.shell

        def authorize() -> tuple[str, int | None] | None:
            if not shell.require_coordinator(Action.OPERATORS):
                return None
            operator_id = shell.acting_operator_id()
            name = shell.store.get_operator(operator_id).name if operator_id is not None else "—"
            return name, operator_id

        self.dialogs.open(
            lambda: LaptopsDialog(
                shell.store,
                passphrase=shell.preferences.passphrase or None,
                authorize=authorize,
                parent=self.parent,
            )
        )

    def open_restore(self) -> None:
        """Replaces the database by a backup the user picks, then reloads everything."""
        from inclusion_desktop.gui.admin.backup_dialog import RestoreDialog
        from inclusion_desktop.store import Store, StoreError
        from inclusion_desktop.store.backup import restore_backup

        shell = self.shell
        database = shell.store.path
        if database is None:
            # A server store: its dumps are listed, and restored by the server's administrator.
            self.dialogs.open(
                lambda: RestoreDialog(shell.store, self.parent),
                action=Action.RESTORE_BACKUP,
                home_only=True,
            )
            return
        dialog = self.dialogs.open(
            lambda: RestoreDialog(database, self.parent),
            action=Action.RESTORE_BACKUP,
            home_only=True,
        )
        if (
            dialog is None
            or dialog.result() != RestoreDialog.DialogCode.Accepted
            or dialog.chosen is None
        ):
            return
        shell.store.close()
        try:
            restore_backup(database, dialog.chosen.path)
        except StoreError as error:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("MainWindow", "Restauration impossible"),
                user_message(error),
            )
        shell.switch_store(Store.open(str(database)))
        shell.ask_start_operator()
        shell.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Sauvegarde restaurée."), 8000
        )
