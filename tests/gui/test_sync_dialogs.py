"""Export from one laptop, merge at the coordinator, resolve a conflict: through the dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QPushButton

from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.gui.coordination.sync_dialogs import (
    ConflictsDialog,
    ExportDialog,
    MergeDialog,
    MergeLogDialog,
    bundle_file_name,
)
from inclusion_desktop.store import Store


@pytest.fixture
def laptop(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path / "portable.sqlite"))
    fill_demo_store(store, submissions=6, seed=4, device_name="Portable médiation 2")
    yield store
    store.close()


@pytest.fixture
def coordinator(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path / "coordination.sqlite"))
    store.set_device_name("Coordination")
    store.add_operator("Claire (coordination)")
    yield store
    store.close()


def export_through_dialog(
    qtbot, store: Store, folder: Path, monkeypatch, passphrase: str = ""
) -> Path:  # type: ignore[no-untyped-def]
    """Chooses the folder, exports, waits for the verified result."""
    folder.mkdir(exist_ok=True)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Choisir…")
    choose.click()
    dialog.passphrase.setText(passphrase)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20000)
    assert dialog.outcome is not None, dialog.message.text()
    assert "Vous pouvez retirer la clé" in dialog.message.text()
    return dialog.outcome.path


def merge_through_dialog(
    qtbot, store: Store, files: list[Path], passphrase: str = ""
) -> MergeDialog:  # type: ignore[no-untyped-def]
    """Previews then merges `files`; returns the dialog with its reports."""
    dialog = MergeDialog(store, [str(f) for f in files])
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(passphrase)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=20000)
    assert [r.preview for r in dialog.reports] == [True] * len(files)
    assert store.list_submissions() == [] or all(r.merged is False for r in dialog.reports)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=20000)
    return dialog


def test_bundle_file_name_is_safe() -> None:
    moment = dt.datetime(2026, 11, 25, 17, 5, 9)
    assert bundle_file_name("Portable médiation 2", moment) == (
        "inclusion-portable-mediation-2-20261125-170509.zip"
    )


def test_export_merge_and_resolve_a_conflict(
    qtbot, laptop: Store, coordinator: Store, tmp_path: Path, monkeypatch
) -> None:  # noqa: E501
    key = tmp_path / "cle"
    first = export_through_dialog(qtbot, laptop, key, monkeypatch, passphrase="sambre2026")
    assert first.exists()

    merged = merge_through_dialog(qtbot, coordinator, [first], passphrase="sambre2026")
    (report,) = merged.reports
    assert report.merged and report.new == 6 and report.conflicts == 0
    assert len(coordinator.list_submissions()) == 6

    # The same questionnaire corrected on both sides, differently: a conflict.
    uuid = laptop.list_submissions(status="complete")[0].uuid
    operator_laptop = laptop.operators()[0].id
    operator_coord = coordinator.operators()[0].id
    answers = laptop.revisions(uuid)[-1].answers
    laptop.save_revision(uuid, {**answers, "age": "61", "tranche_age": "60_74"}, operator_laptop)
    coordinator.save_revision(
        uuid, {**answers, "age": "16", "tranche_age": "15_29"}, operator_coord
    )
    second = export_through_dialog(qtbot, laptop, key, monkeypatch, passphrase="sambre2026")
    merged = merge_through_dialog(qtbot, coordinator, [second], passphrase="sambre2026")
    (report,) = merged.reports
    assert report.conflicts == 1 and not merged.conflicts_button.isHidden()
    assert "conflit" in merged.message.text()

    view = ConflictsDialog(coordinator, operator_id=operator_coord)
    qtbot.addWidget(view)
    # Qt's checker watches the model through every change below (new conflict, resolved).
    tester = QAbstractItemModelTester(
        view.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    assert view.conflict_list.count() == 1
    # The age band is calculated from the age: only the age is to be chosen, the band is no
    # row of its own (a note says it is recalculated).
    assert set(view.merged_choices) == {"age"}
    model = view.model
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert not any("tranche" in text.casefold() for text in shown), shown
    assert "tranche_age" in view.message.text() and "recalculées" in view.message.text()
    # Each version says which computer, who, when and which export file it came from.
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)]
    tip = Qt.ItemDataRole.ToolTipRole
    tips = [model.headerData(c, Qt.Orientation.Horizontal, tip) for c in (1, 2)]
    assert tips == headers  # the whole title, should a column be narrow
    # The differing answer is highlighted and chosen in a list; the others are plain text.
    (age_row,) = [r for r in range(model.rowCount()) if model.item(r).name == "age"]
    assert model.index(age_row, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(age_row, 3).data() is None
    assert view.table.indexWidget(model.index(age_row, 3)) is view.merged_choices["age"]
    same = next(r for r in range(model.rowCount()) if not model.item(r).differs)
    assert model.index(same, 3).data() == model.index(same, 1).data()
    assert model.index(same, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    laptop_header = next(h for h in headers if "Portable médiation 2" in h)
    office_header = next(h for h in headers if h is not laptop_header)
    assert second.name in laptop_header
    assert "Claire (coordination)" in office_header and "cet ordinateur" in office_header
    combo = view.merged_choices["age"]
    combo.setCurrentIndex(combo.findData("61"))  # the laptop's, whichever side it is on
    view.keep_mixed.click()
    assert view.conflict_list.count() == 0
    assert coordinator.conflicts() == []
    # The resolved versions' details are gone from the column titles.
    assert model.rowCount() == 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Version A"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Version B"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    del tester
    head = coordinator.revisions(uuid)[-1]
    assert head.answers["age"] == "61" and head.answers["tranche_age"] == "60_74"
    assert head.parent_hash is not None

    log = MergeLogDialog(coordinator)
    qtbot.addWidget(log)
    assert log.table.rowCount() == 2
    assert log.table.item(0, 2).text() == "Portable médiation 2"


def test_refused_file_is_reported_and_others_merged(
    qtbot, laptop: Store, coordinator: Store, tmp_path: Path, monkeypatch
) -> None:  # noqa: E501
    good = export_through_dialog(qtbot, laptop, tmp_path / "cle", monkeypatch)
    broken = tmp_path / "cle" / "abime.zip"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    merged = merge_through_dialog(qtbot, coordinator, [broken, good])
    refused, accepted = merged.reports
    assert not refused.ok and refused.refused_reason
    assert accepted.merged and accepted.new == 6
    assert "REFUSÉ" in merged.table.item(0, 8).text()
    assert "refusé" in merged.message.text()


def test_export_to_missing_folder_is_refused_clearly(qtbot, laptop: Store, tmp_path: Path) -> None:
    dialog = ExportDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "cle-absente"))
    dialog.export_button.click()
    assert "clé est-elle branchée" in dialog.message.text()
    assert dialog.outcome is None


def test_audit_dialog_lists_and_exports_the_log(qtbot, laptop: Store, tmp_path: Path, monkeypatch) -> None:  # noqa: E501
    from inclusion_desktop.gui.coordination.sync_dialogs import AuditDialog, AuditTableModel

    dialog = AuditDialog(laptop)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(laptop.audit_log()) >= 12  # 6 created, 6 finished
    assert dialog.model.index(0, 1).data() == "questionnaire terminé"
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Action"
    # A questionnaire is named by its neighbourhood and start, its identifier kept as a tooltip.
    newest = laptop.audit_log()[-1]
    target = dialog.model.index(0, AuditTableModel.TARGET_COLUMN)
    assert ", commencé le " in target.data()
    assert "uuid" not in target.data()
    assert target.data(Qt.ItemDataRole.ToolTipRole).endswith("\n" + newest.target)
    # Qt's checker of the model's answers (row and column counts, indexes, data types).
    QAbstractItemModelTester(
        dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    target = tmp_path / "journal.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_csv()
    assert target.read_text(encoding="utf-8").startswith("date,action,cible")
    assert "écrite" in dialog.message.text() and "(s)" not in dialog.message.text()


def test_audit_log_keeps_room_for_the_questionnaire_on_a_small_screen(qtbot, laptop: Store) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.coordination.sync_dialogs import (
        NAME_COLUMN_WIDTH,
        AuditDialog,
        AuditTableModel,
    )

    laptop.set_device_name("Coordination de l'agglomération Maubeuge Val de Sambre")
    dialog = AuditDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(4) == NAME_COLUMN_WIDTH  # the laptop's long name is cut...
    assert dialog.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("Coordination")
    # ...so the questionnaire's place and start are readable, not « … ».
    target = header.sectionSize(AuditTableModel.TARGET_COLUMN)
    assert target >= 150, target


def test_merge_table_titles_show_their_accents(qtbot, coordinator: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(coordinator, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    state = dialog.table.horizontalHeaderItem(header.count() - 1)
    assert state.text() == "État"
    accented = header.grab().toImage()
    state.setText("Etat")
    # The accent of « É » is drawn: without it the title looks different.
    assert header.grab().toImage() != accented


def test_audit_dialog_shows_details_and_filters_rows(qtbot, laptop: Store) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.coordination.sync_dialogs import AuditDialog

    long_name = "Portable de la médiathèque municipale, salle du premier étage, " * 2
    laptop.set_device_name(long_name.strip())
    dialog = AuditDialog(laptop)
    qtbot.addWidget(dialog)
    table = dialog.table.model()
    total = table.rowCount()
    # Every detail the store wrote is in the « Détail » column, whole in its tooltip.
    written = [entry.detail for entry in reversed(laptop.audit_log())]
    shown = [table.index(row, 5).data() for row in range(total)]
    assert shown == written and sum(bool(text) for text in shown) >= 4
    renamed = shown.index(f"Portable médiation 2 → {long_name.strip()}")
    assert table.index(renamed, 5).data(Qt.ItemDataRole.ToolTipRole) == shown[renamed]
    # The filter keeps the rows where any column holds the text, whatever its case.
    assert dialog.filter_edit.placeholderText() == "Filtrer…"
    dialog.filter_edit.setText("PORTABLE MÉDIATION")  # the old name, only in that detail now
    assert table.rowCount() == 1
    assert table.index(0, 0).data() == dialog.model.index(renamed, 0).data()
    dialog.filter_edit.setText("samira")
    kept = table.rowCount()
    assert 0 < kept < total
    assert all(
        "samira" in " ".join(table.index(row, c).data() for c in range(6)).lower()
        for row in range(kept)
    )
    dialog.filter_edit.clear()
    assert table.rowCount() == total
