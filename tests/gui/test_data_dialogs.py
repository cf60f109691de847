"""Answers as tables from the menus (Excel, CSV), imports of Kobo / ODK exports, and who may."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QDialog

from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.gui.admin.operators_dialogs import SecretDialog
from inclusion_desktop.gui.coordination import data_dialogs
from inclusion_desktop.gui.coordination.data_dialogs import DataExportDialog, DataImportDialog
from inclusion_desktop.gui.shell.main_window import SETTING_OPERATOR, MainWindow
from inclusion_desktop.store import ROLE_COORDINATOR, Store

from .test_operators import on_modal, type_secret


@pytest.fixture(scope="module")
def surveyed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path_factory.mktemp("tableau") / "tableau.sqlite"))
    store.set_device_name("Portable test")
    fill_demo_store(store, submissions=6, seed=5)
    yield store
    store.close()


def export_with(qtbot, store: Store, folder: Path, fmt: str) -> DataExportDialog:  # type: ignore[no-untyped-def]
    dialog = DataExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(folder))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60000)
    return dialog


def test_export_dialog_writes_xlsx_and_csv(qtbot, surveyed: Store, tmp_path: Path) -> None:
    folder = tmp_path / "tableaux"
    dialog = export_with(qtbot, surveyed, folder, "xlsx")
    assert dialog.outcome is not None, dialog.message.text()
    assert "toutes les réponses, textes libres compris" in dialog.warning.text()
    (workbook,) = dialog.outcome.files
    assert workbook.parent == folder and workbook.suffix == ".xlsx"
    assert workbook.name in dialog.message.text()
    assert "6 questionnaires écrits" in dialog.message.text()
    assert not dialog.open_button.isHidden()
    frame = pd.read_excel(workbook)
    assert len(frame) == 6 and "_uuid" in frame.columns
    # Remembered for next time: folder, format; the CSV has the same rows, in labels this time.
    again = DataExportDialog(surveyed)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(folder)
    assert again.format_combo.currentData() == "xlsx"
    assert again.language_combo.findData("Français (fr)") > 0
    again.format_combo.setCurrentIndex(again.format_combo.findData("csv"))
    again.language_combo.setCurrentIndex(again.language_combo.findData("Français (fr)"))
    again.export_button.click()
    qtbot.waitUntil(lambda: again.export_button.isEnabled(), timeout=60000)
    assert again.outcome is not None, again.message.text()
    (table,) = again.outcome.files
    assert table.suffix == ".csv" and table != workbook
    with table.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(row["_uuid"] for row in rows) == sorted(str(u) for u in frame["_uuid"])


def test_export_without_answers_is_refused(qtbot, store: Store, tmp_path: Path) -> None:
    dialog = export_with(qtbot, store, tmp_path / "vide", "csv")
    assert dialog.outcome is None
    assert "Aucun questionnaire terminé" in dialog.message.text()
    assert "#a4161a" in dialog.message.styleSheet()
    assert list((tmp_path / "vide").iterdir()) == []


def test_import_dialog_brings_an_export_into_a_fresh_store(
    qtbot, surveyed: Store, store: Store, tmp_path: Path
) -> None:
    exported = export_with(qtbot, surveyed, tmp_path, "csv").outcome
    assert exported is not None
    data = exported.files[0]
    version = next(v for v in surveyed.form_versions() if v.form_id == "habitants")
    source, name = surveyed.form_source(version.id)
    form = tmp_path / name
    form.write_bytes(source)
    dialog = DataImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.form_edit.setText(str(form))
    dialog.data_edit.setText(str(data))
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("maubeuge/sous_le_bois"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert dialog.report is not None, dialog.message.text()
    assert dialog.report.created == 6
    assert "6 questionnaires importés" in dialog.message.text()
    imported = store.list_submissions(form_id="habitants")
    assert len(imported) == 6
    # Neighbourhoods come from the answers; a row naming none takes the zone picked.
    source_zone = {row.uuid: row.zone for row in surveyed.list_submissions(form_id="habitants")}
    for row in imported:
        named = bool(store.head_answers(row.uuid).get("quartier"))
        assert row.zone == (source_zone[row.uuid] if named else "maubeuge/sous_le_bois")
    # Again: everything is already there.
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert dialog.report is not None and dialog.report.already_present == 6
    assert "6 déjà présents ignorés" in dialog.message.text()
    assert len(store.list_submissions(form_id="habitants")) == 6


def _import_with_age(  # type: ignore[no-untyped-def]
    qtbot, surveyed: Store, store: Store, folder: Path, age: str
) -> tuple[DataImportDialog, int]:
    """Imports into `store` the export of `surveyed` with a first age changed to `age`."""
    exported = export_with(qtbot, surveyed, folder, "csv").outcome
    assert exported is not None
    frame = pd.read_csv(exported.files[0], dtype=str, keep_default_na=False)
    first = int(frame.index[frame["bloc_profil/age"] != ""][0])
    frame.loc[first, "bloc_profil/age"] = age
    data = folder / "modifie.csv"
    frame.to_csv(data, index=False)
    version = next(v for v in surveyed.form_versions() if v.form_id == "habitants")
    source, name = surveyed.form_source(version.id)
    form = folder / name
    form.write_bytes(source)
    dialog = DataImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.form_edit.setText(str(form))
    dialog.data_edit.setText(str(data))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    return dialog, first


def test_rows_the_form_refuses_are_refused_or_kept_to_check(
    qtbot, surveyed: Store, store: Store, tmp_path: Path
) -> None:
    dialog, first = _import_with_age(qtbot, surveyed, store, tmp_path, "12")
    assert dialog.report is None and store.list_submissions() == []
    assert "1 ligne ne respecte pas le questionnaire" in dialog.message.text()
    assert f"ligne {first + 2}, colonne « bloc_profil/age »" in dialog.details.toPlainText()
    dialog.keep_invalid.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert dialog.report is not None and dialog.report.to_review == 1
    assert "« à vérifier »" in dialog.details.toPlainText()
    assert len(store.reviews()) == 1 and len(store.list_submissions()) == 6
    # The list of questionnaires to check, and the coordinator's confirmation (audited).
    review = data_dialogs.ReviewDialog(store)
    qtbot.addWidget(review)
    assert review.items.count() == 1
    assert "colonne « bloc_profil/age » : « 12 »" in review.details.toPlainText()
    review.confirm_button.click()
    assert review.items.count() == 0 and store.reviews() == []
    assert "compté à nouveau" in review.message.text()
    assert store.audit_log()[-1].action == "a_verifier"


def test_broken_data_file_is_refused_and_nothing_written(
    qtbot, surveyed: Store, store: Store, tmp_path: Path
) -> None:
    version = next(v for v in surveyed.form_versions() if v.form_id == "habitants")
    source, name = surveyed.form_source(version.id)
    form = tmp_path / name
    form.write_bytes(source)
    broken = tmp_path / "export.xlsx"
    broken.write_bytes(b"ceci n'est pas un classeur")
    before = store.form_versions()
    dialog = DataImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.form_edit.setText(str(form))
    dialog.data_edit.setText(str(broken))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert dialog.report is None
    text = dialog.message.text()
    assert text.startswith("Import refusé") and "export.xlsx" in text, text
    # The reason ends its sentence before the next one starts.
    reason, _, after = text.partition(" Aucun questionnaire")
    assert after and reason.endswith((".", "!", "?", "…", ":")), text
    assert "#a4161a" in dialog.message.styleSheet()
    assert store.list_submissions() == [] and store.form_versions() == before
    # A missing file is caught before any work starts.
    dialog.data_edit.setText(str(tmp_path / "absent.csv"))
    dialog.import_button.click()
    assert "fichier de données" in dialog.message.text()


def test_mediator_gets_the_coordinator_password_dialog(
    qtbot, store: Store, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    samira = store.operators()[0]
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    store.set_setting(SETTING_OPERATOR, str(samira.id))
    window.refresh()
    opened: list[str] = []
    monkeypatch.setattr(
        data_dialogs.DataExportDialog, "exec", lambda self: opened.append("export") or 0
    )
    monkeypatch.setattr(
        data_dialogs.DataImportDialog, "exec", lambda self: opened.append("import") or 0
    )
    for open_dialog in (window.coordination.open_data_export, window.coordination.open_data_import):
        # Cancelled: nothing opens.
        seen = on_modal(qtbot, lambda dialog: dialog.reject())
        open_dialog()
        assert seen == ["SecretDialog"] and opened == []
        assert "réservée à la coordination" in window.statusBar().currentMessage()

    def check_and_type(dialog: QDialog) -> None:
        assert isinstance(dialog, SecretDialog)
        assert "exporter les réponses en tableau" in dialog.intro.text()
        type_secret("claire-pw")(dialog)

    seen = on_modal(qtbot, check_and_type)
    window.coordination.open_data_export()
    assert seen == ["SecretDialog"] and opened == ["export"]
    seen = on_modal(qtbot, type_secret("claire-pw"))
    window.coordination.open_data_import()
    assert seen == ["SecretDialog"] and opened == ["export", "import"]


def test_menus_hold_the_new_entries(window: MainWindow) -> None:
    titles = {
        action.text().replace("&", "")
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
    }
    assert "Exporter les réponses (tableau)…" in titles
    assert "Importer des données (Kobo, ODK)…" in titles


def test_the_keep_invalid_choice_wraps_on_a_narrow_dialog(qtbot, store: Store) -> None:
    """A check box never wraps: its long sentence is a wrapped label beside a short box."""
    from PySide6.QtWidgets import QLabel

    dialog = DataImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Every widget of the dialog is shown whole at the narrowest the dialog can be.
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
    assert dialog.keep_invalid.width() >= dialog.keep_invalid.sizeHint().width()
    assert dialog.keep_invalid.sizeHint().width() < 320
    (sentence,) = [
        label
        for label in dialog.findChildren(QLabel)
        if "« à vérifier »" in label.text() and label.isVisible()
    ]
    assert sentence.wordWrap()
    assert sentence.buddy() is dialog.keep_invalid
    assert dialog.keep_invalid.accessibleDescription() == sentence.text()


def test_rows_the_form_refuses_are_listed_in_english(
    qtbot, surveyed: Store, store: Store, tmp_path: Path, french_after: None
) -> None:
    from PySide6.QtWidgets import QApplication

    from inclusion_desktop.gui.common.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    # Not a number: the app's own message, not the form's.
    dialog, first = _import_with_age(qtbot, surveyed, store, tmp_path, "douze")
    assert dialog.report is None and store.list_submissions() == []
    assert dialog.details.toPlainText() == (
        f"modifie.csv, line {first + 2}, column “bloc_profil/age” (question “age”): “douze” — "
        "answer type: Enter a whole number."
    )
