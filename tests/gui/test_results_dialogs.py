"""Summary sheets from the GUI (off the GUI thread) and the dashboard's figures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.gui.coordination.reports_dialogs import DashboardDialog, ReportsDialog
from inclusion_desktop.reports import prepare_store_sheets
from inclusion_desktop.store import Store


@pytest.fixture(scope="module")
def surveyed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path_factory.mktemp("bilan") / "bilan.sqlite"))
    fill_demo_store(store, submissions=160, seed=12)
    yield store
    store.close()


def test_reports_dialog_writes_the_sheets(qtbot, surveyed: Store, tmp_path: Path) -> None:
    dialog = ReportsDialog(surveyed)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "fiches"))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=60000)
    assert dialog.outcome is not None, dialog.message.text()
    assert "fichiers PDF écrits" in dialog.message.text()
    assert not dialog.open_button.isHidden()
    territory = tmp_path / "fiches" / "fiche-territoire.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(territory), "-"], capture_output=True, text=True, check=True
    ).stdout
    # 160 questionnaires: the refusals among them are counted apart, not as respondents.
    refused = sum(
        surveyed.head_answers(row.uuid).get("consentement") == "non"
        for row in surveyed.list_submissions(form_id="habitants")
        if row.status == "complete"
    )
    assert f"{160 - refused} répondants · {refused} refus" in text


def test_dashboard_shows_the_same_figures_as_the_sheets(qtbot, surveyed: Store) -> None:
    dialog = DashboardDialog(surveyed)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.zone_combo.isEnabled(), timeout=60000)
    assert dialog.zone_combo.itemText(0) == "Ensemble du territoire"
    estimates = prepare_store_sheets(surveyed).estimates
    smartphone = estimates[
        (estimates["domain"] == "ensemble") & (estimates["indicator"] == "smartphone")
    ].iloc[0]
    shown = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
        if dialog.table.item(row, 1) is not None
    }
    expected = f"{round(smartphone['p'] * 100)}"
    assert shown[smartphone["label_fr"]].startswith(expected)
    dialog.zone_combo.setCurrentIndex(1)
    assert dialog.table.rowCount() > 5
    # The neighbourhoods follow the territory's order, as on the home screen.
    from inclusion_desktop.reports.generate import zone_names

    territory_order = list(zone_names(surveyed))
    shown_codes = [dialog.zone_combo.itemData(i) for i in range(1, dialog.zone_combo.count())]
    assert shown_codes == sorted(shown_codes, key=territory_order.index)


def test_population_targets_edited_in_the_app_weight_the_sheets(qtbot, surveyed: Store) -> None:
    from inclusion_desktop.gui.coordination.reports_dialogs import PopulationTargetsDialog

    before = prepare_store_sheets(surveyed).estimates
    dialog = PopulationTargetsDialog(surveyed)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 5
    assert dialog.table.item(0, 3).text() == "22051"
    dialog.table.item(0, 3).setText("douze")
    assert not dialog.save()
    assert "Ligne 2" in dialog.message.text() and surveyed.get_setting("population_targets") is None
    dialog.table.item(0, 3).setText("90000")  # many more young people
    assert dialog.save()
    after = prepare_store_sheets(surveyed).estimates
    pick = (after["domain"] == "ensemble") & (after["indicator"] == "smartphone")
    assert after[pick]["p"].iloc[0] != before[pick]["p"].iloc[0]
    surveyed.set_setting("population_targets", "")  # back to the shipped figures for others


def test_population_targets_dialog_edits_a_neighbourhood_structure(qtbot, surveyed) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.analysis.zone_population import (
        SETTING_ZONE_POPULATION,
        parse_zone_targets,
    )
    from inclusion_desktop.gui.coordination.reports_dialogs import PopulationTargetsDialog
    from inclusion_desktop.reports.generate import prepare_store_sheets

    zone = "maubeuge/sous_le_bois"
    dialog = PopulationTargetsDialog(surveyed)
    qtbot.addWidget(dialog)
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData(zone))
    assert dialog.table.rowCount() == 0 and dialog.place_hint.isVisibleTo(dialog)
    dialog.place_combo.setCurrentIndex(0)  # the territory's figures, to start from
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(5)]
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData(zone))
    dialog.table.setRowCount(5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            dialog.table.setItem(r, c, QTableWidgetItem(value))
    dialog.table.item(0, 3).setText("zéro")
    assert not dialog.save() and surveyed.get_setting(SETTING_ZONE_POPULATION) is None
    dialog.table.item(0, 3).setText("9000")
    assert dialog.save()
    stored = parse_zone_targets(surveyed.get_setting(SETTING_ZONE_POPULATION) or "")
    assert stored[zone]["tranche_age"][0].count == 9000
    prepared = prepare_store_sheets(surveyed)
    sheet = next(d for d in prepared.neighbourhoods if d.domain == zone)
    # Nobody aged 45 to 74 answered there: its structure cannot be restored, and the sheet says so.
    assert not sheet.own_structure
    assert sheet.own_structure_refused and "« De 45 à 59 ans »" in sheet.own_structure_refused
    covered = "marpent/autre"  # someone answered in every age band there
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData(covered))
    dialog.table.setRowCount(5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            dialog.table.setItem(r, c, QTableWidgetItem(value))
    assert dialog.save()
    prepared = prepare_store_sheets(surveyed)
    sheet = next(d for d in prepared.neighbourhoods if d.domain == covered)
    assert sheet.own_structure and sheet.own_structure_refused is None
    dialog.table.setRowCount(0)  # empty: back to the territory's structure
    assert dialog.save()
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData(zone))
    dialog.table.setRowCount(0)
    assert dialog.save()
    assert parse_zone_targets(surveyed.get_setting(SETTING_ZONE_POPULATION) or "") == {}


def test_population_targets_read_in_english_and_saved_as_the_file_says(
    qtbot, store: Store, french_after: None
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from inclusion_desktop.gui.common.i18n import install_language
    from inclusion_desktop.gui.coordination.reports_dialogs import PopulationTargetsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    dialog = PopulationTargetsDialog(store)
    qtbot.addWidget(dialog)
    labels = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert labels == [
        "15 to 29 years",
        "30 to 44 years",
        "45 to 59 years",
        "60 to 74 years",
        "75 years or over",
    ]
    assert dialog.table.item(0, 4).text().startswith("INSEE, population census 2020, EPCI ")
    dialog.table.item(1, 2).setText("Adults")  # edited: kept as typed
    assert dialog.save()
    saved = store.get_setting("population_targets") or ""
    assert "De 15 à 29 ans" in saved and "INSEE, recensement de la population 2020" in saved
    assert ",Adults," in saved and "years" not in saved and "census" not in saved
