"""The rules the command line follows too (tests/core/test_cli_services.py), on screen.

The keying report and the double-entry share are coordinators'; population targets and the
share are recorded with their author; a conflict is never signed by whoever comes first in
the list; the first run is written all at once or not at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from inclusion_desktop.gui.admin import first_run as first_run_module
from inclusion_desktop.gui.admin.first_run import FirstRunWizard
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.coordination import reports_dialogs, sync_dialogs
from inclusion_desktop.gui.coordination.sync_dialogs import ConflictsDialog
from inclusion_desktop.gui.keying import keying_dialogs
from inclusion_desktop.gui.keying.keying_dialogs import DoubleEntryDialog
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.services.collect import PAPER_NUMBER_QUESTION, SETTING_SHARE
from inclusion_desktop.services.settings import SHARE_CHOICES
from inclusion_desktop.store import Store, StoreError
from tests.conflict_support import make_conflict
from tests.gui.test_operators import on_modal, team, type_secret

__all__ = ["team"]  # the fixture, used by name


def _reject(dialog: QDialog) -> None:
    dialog.reject()


def _audit(store: Store, target: str) -> list[str | None]:
    return [
        row.operator_name
        for row in store.audit_log()
        if row.action == "reglage" and row.target == target
    ]


def _key_a_paper_form(window: MainWindow, operator_id: int) -> None:
    """Samira keys paper form P-1 (the keying report then has a row for her)."""
    collector = window.collector
    opened = collector.new_questionnaire(
        int(window.home.form_combo.currentData()), None, operator_id, entry_mode="keying"
    )
    opened.session.set_answer(PAPER_NUMBER_QUESTION, "P-1")
    collector.complete(opened.uuid, opened.session, operator_id)


@pytest.fixture
def double_entry(qtbot, team: dict[str, int], window: MainWindow) -> DoubleEntryDialog:  # type: ignore[no-untyped-def]
    """The double-entry dialog opened by Samira (a mediator), with the main window's gate."""
    _key_a_paper_form(window, team["samira"])
    dialog = DoubleEntryDialog(
        window.collector,
        team["samira"],
        window.keying.start_second_keying,
        window,
        grant_for=window.grant_for,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_keying_report_needs_a_coordinator_as_on_the_command_line(
    qtbot, double_entry: DoubleEntryDialog
) -> None:
    dialog = double_entry
    assert not dialog.report_locked.isHidden()
    assert dialog.operator_table.rowCount() == 0
    # Nobody types a password: back on the first tab, nothing shown.
    watch = on_modal(qtbot, _reject)
    dialog.tabs.setCurrentIndex(dialog.report_tab)
    assert watch == ["SecretDialog"]
    assert dialog.tabs.currentIndex() == 0 and dialog.operator_table.rowCount() == 0
    # Claire types hers: the report is shown.
    watch = on_modal(qtbot, type_secret("claire-pw"))
    dialog.tabs.setCurrentIndex(dialog.report_tab)
    assert watch == ["SecretDialog"]
    assert dialog.tabs.currentIndex() == dialog.report_tab
    assert dialog.report_locked.isHidden()
    assert dialog.operator_table.item(0, 0).text() == "Samira B."


def test_double_entry_share_none_needs_a_coordinator_and_names_them(
    qtbot, double_entry: DoubleEntryDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = double_entry
    # The dialog offers the shares the service keeps, no other.
    offered = [dialog.share_combo.itemData(i) for i in range(dialog.share_combo.count())]
    assert sorted(offered) == sorted(SHARE_CHOICES)
    warnings: list[str] = []
    monkeypatch.setattr(
        keying_dialogs.QMessageBox,
        "warning",
        lambda parent, title, text: warnings.append(text) or QMessageBox.StandardButton.Ok,
    )
    watch = on_modal(qtbot, _reject)
    dialog.share_combo.setCurrentIndex(dialog.share_combo.findData(0))
    assert watch == ["SecretDialog"]
    assert store.get_setting(SETTING_SHARE) is None and _audit(store, SETTING_SHARE) == []
    assert dialog.share_combo.currentData() == 5  # back to what is in force
    assert len(warnings) == 1 and "Réservé à la coordination" in warnings[0]
    watch = on_modal(qtbot, type_secret("claire-pw"))
    dialog.share_combo.setCurrentIndex(dialog.share_combo.findData(0))
    assert watch == ["SecretDialog"]
    assert store.get_setting(SETTING_SHARE) == "0"
    assert _audit(store, SETTING_SHARE) == ["Claire"]


def test_population_targets_are_saved_in_the_coordinators_name(
    qtbot, team: dict[str, int], window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[bool] = []

    class SavingDialog(reports_dialogs.PopulationTargetsDialog):  # type: ignore[misc, name-defined]
        def exec(self) -> int:
            saved.append(self.save())
            return 0

    monkeypatch.setattr(reports_dialogs, "PopulationTargetsDialog", SavingDialog)
    watch = on_modal(qtbot, type_secret("claire-pw"))
    # Samira at the keyboard, Claire types her password.
    window.coordination.open_population_targets()
    assert watch == ["SecretDialog"] and saved == [True]
    assert window.current_operator_id() == team["samira"]
    assert _audit(store, "population_targets") == ["Claire"]


def test_conflict_with_nobody_chosen_is_not_signed_by_the_first_in_the_list(
    qtbot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = make_conflict(store, tmp_path / "portables")
    warnings: list[str] = []
    monkeypatch.setattr(
        sync_dialogs.QMessageBox,
        "warning",
        lambda parent, title, text: warnings.append(text) or QMessageBox.StandardButton.Ok,
    )
    resolved: list[int | None] = []

    class KeepingDialog(ConflictsDialog):
        def exec(self) -> int:
            resolved.append(self.operator_id)
            self.keep(0)
            return 0

    monkeypatch.setattr(sync_dialogs, "ConflictsDialog", KeepingDialog)
    window.set_active_operator(None)  # nobody chosen on the home screen
    window.coordination.open_conflicts()
    assert resolved == [None]
    assert len(warnings) == 1 and "personne n'est choisi" in warnings[0]
    assert [c.uuid for c in store.conflicts()] == [uuid]
    # Samira chosen: the version kept is hers.
    samira = next(op for op in store.operators() if op.name == "Samira B.")
    window.set_active_operator(samira.id)
    window.coordination.open_conflicts()
    assert store.conflicts() == [] and len(warnings) == 1
    assert store.revisions(uuid)[-1].operator_id == samira.id


def test_first_run_failing_half_way_leaves_nothing(
    qtbot, tmp_path: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(str(tmp_path / "neuf.sqlite"))
    try:
        wizard = FirstRunWizard(store, preferences)
        qtbot.addWidget(wizard)
        wizard.device_page.device_edit.setText("Portable 4")
        wizard.operators_page.coordinator_edit.setText("Claire D.")
        wizard.operators_page.mediators = [("Samira B.", "4821")]
        warnings: list[str] = []
        monkeypatch.setattr(
            first_run_module.QMessageBox,
            "warning",
            lambda parent, title, text: warnings.append(text) or QMessageBox.StandardButton.Ok,
        )

        def disk_full(*args: object, **kwargs: object) -> None:
            raise StoreError("Disque plein : rien n'a été enregistré.")

        # The last write fails, after the laptop and the operators.
        monkeypatch.setattr(store, "set_setting", disk_full)
        wizard.accept()
        assert warnings == ["Disque plein : rien n'a été enregistré."]
        assert wizard.result() != QDialog.DialogCode.Accepted
        monkeypatch.undo()
        assert store.device() is None and store.operators() == []
    finally:
        store.close()


def _mark_one_for_review(store: Store, operator_id: int) -> str:
    """One imported questionnaire « à vérifier », as data import --keep-invalid leaves it."""
    version = next(v for v in store.form_versions() if v.form_id == "habitants")
    sub = store.create_submission(
        form_version_id=version.id, zone="maubeuge/sous_le_bois", operator_id=operator_id
    )
    store.finalize(sub.uuid, {"age": "200"}, operator_id)
    problem = '[{"line": 2, "column": "age", "value": "200", "message": "hors limites"}]'
    store.mark_for_review({sub.uuid: problem}, source="export-kobo.csv")
    return sub.uuid


def test_imported_questionnaires_are_confirmed_in_the_coordinators_name(
    qtbot, team: dict[str, int], window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inclusion_desktop.gui.coordination import data_dialogs

    uuid = _mark_one_for_review(store, team["samira"])

    class NoImport(QDialog):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__()

        def exec(self) -> int:
            return 0

    class ConfirmingDialog(data_dialogs.ReviewDialog):
        def exec(self) -> int:
            self.items.setCurrentRow(0)
            self.confirm_button.click()
            return 0

    monkeypatch.setattr(data_dialogs, "DataImportDialog", NoImport)
    monkeypatch.setattr(data_dialogs, "ReviewDialog", ConfirmingDialog)
    watch = on_modal(qtbot, type_secret("claire-pw"))
    window.coordination.open_data_import()  # Samira at the keyboard, Claire types her password
    assert watch == ["SecretDialog"] and store.reviews() == []
    rows = [row for row in store.audit_log() if row.action == "a_verifier"]
    assert [(row.target, row.operator_name) for row in rows] == [(uuid, "Claire")]
