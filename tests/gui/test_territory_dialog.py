"""The « Territoire » dialog: the coordinator edits quartiers and QPV codes, the lists follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from inclusion_desktop.gui.coordination.territory_dialog import (
    COMMUNE,
    QPV,
    QUARTIER,
    USED,
    TerritoryDialog,
)
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.permissions import Action, needs_coordinator
from inclusion_desktop.store import Store
from inclusion_desktop.territory import is_territory_edited, store_neighbourhoods


def row_of(dialog: TerritoryDialog, commune: str, label: str) -> int:
    for row in range(dialog.table.rowCount()):
        if dialog._cell(row, COMMUNE) == commune and dialog._cell(row, QUARTIER) == label:
            return row
    raise AssertionError(f"{label} ({commune}) absent")


def zone_texts(window: MainWindow) -> list[str]:
    return [window.home.zone_combo.itemText(i) for i in range(window.home.zone_combo.count())]


def test_a_qpv_code_added_in_louvroil_shows_on_the_home_screen(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert needs_coordinator(Action.TERRITORY)
    seen: dict[str, object] = {}

    def drive(dialog: TerritoryDialog) -> int:
        qtbot.addWidget(dialog)
        row = row_of(dialog, "Louvroil", "Sous-le-Bois (côté Louvroil)")
        qpv = dialog.table.item(row, QPV)
        qpv.setText("QN59-001")
        seen["bad"] = dialog.message.text()
        seen["refused"] = not dialog.save() and not is_territory_edited(dialog.store)
        qpv.setText("qn05999a")
        # A new quartier in Louvroil, typed in the line « Ajouter un quartier » opens.
        dialog.table.setCurrentCell(row, QUARTIER)
        dialog.add_quartier_button.click()
        new = dialog.table.currentRow()
        dialog.table.item(new, QUARTIER).setText("Les Prés du Roy")
        seen["ok"] = dialog.message.text()
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(TerritoryDialog, "exec", drive)
    results = next(a for a in window.menuBar().actions() if a.text() == "&Résultats")
    action = next(a for a in results.menu().actions() if a.text() == "Te&rritoire…")
    assert isinstance(action, QAction)
    action.trigger()

    assert "Ligne 8 : le code QPV « QN59-001 » n’a pas le format des codes officiels" in str(
        seen["bad"]
    )
    assert seen["refused"] is True
    assert str(seen["ok"]).startswith("✓ 18 quartiers dans 10 communes")
    texts = zone_texts(window)
    assert "Sous-le-Bois (côté Louvroil) — Louvroil (QN05999A)" in texts
    assert "Les Prés du Roy — Louvroil" in texts
    filters = [window.home.filter_zone.itemText(i) for i in range(window.home.filter_zone.count())]
    assert "Les Prés du Roy — Louvroil" in filters
    codes = [n.code for n in store_neighbourhoods(window.store)]
    assert codes.index("louvroil/les_pres_du_roy") == codes.index("louvroil/autre") + 1
    audit = window.store.audit_log()[-1]
    assert (audit.action, audit.target) == ("reglage", "territory")
    assert "QN05999A" in audit.detail and "Les Prés du Roy" in audit.detail
    # The form of the next questionnaire offers the new quartier.
    version = window.home.form_combo.currentData()
    choices = window.collector.form(version).question("quartier").choices
    assert choices is not None and "les_pres_du_roy" in [c.name for c in choices.choices]


def test_a_quartier_in_use_is_not_removed(qtbot, store: Store) -> None:
    operator = store.operators()[0]
    form = store.register_form(
        source=b"x", filename="f.md", form_id="f", version="1", title="F", sha256="2" * 64
    )
    for _ in range(2):
        store.create_submission(
            form_version_id=form.id, zone="maubeuge/montplaisir", operator_id=operator.id
        )
    dialog = TerritoryDialog(store)
    qtbot.addWidget(dialog)
    row = row_of(dialog, "Maubeuge", "Montplaisir")
    assert dialog.table.item(row, USED).text() == "2"
    count = dialog.table.rowCount()
    dialog.table.setCurrentCell(row, QUARTIER)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == count
    assert "2 questionnaires l'utilisent" in dialog.message.text()
    # Renaming is allowed.
    dialog.table.item(row, QUARTIER).setText("Montplaisir – Centre")
    assert dialog.save()
    names = [n.display_name for n in store_neighbourhoods(store)]
    assert "Montplaisir – Centre — Maubeuge" in names


def test_export_then_import_and_a_new_commune(qtbot, store: Store, tmp_path: Path) -> None:
    dialog = TerritoryDialog(store)
    qtbot.addWidget(dialog)
    dialog.add_commune("Rousies")
    assert dialog.message.text().startswith("✓ 18 quartiers dans 11 communes")
    target = tmp_path / "territoire.csv"
    assert dialog.export_file(target)
    assert "rousies,Rousies,,autre,Autre quartier / hors QPV," in target.read_text("utf-8")
    dialog.fill(())
    assert "aucun quartier" in dialog.message.text()
    assert dialog.import_file(target)
    assert dialog.table.rowCount() == 18
    broken = tmp_path / "faux.csv"
    broken.write_text("commune,nom\nx,y\n", encoding="utf-8")
    assert not dialog.import_file(broken)
    assert "Ligne 1 : colonnes manquantes : nom_commune, libelle" in dialog.message.text()
    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "rousies/autre" in [n.code for n in store_neighbourhoods(store)]


def test_an_imported_file_with_a_wrong_line_names_the_line_of_the_file(
    qtbot, store: Store, tmp_path: Path
) -> None:
    dialog = TerritoryDialog(store)
    qtbot.addWidget(dialog)
    source = tmp_path / "territoire-agglo.csv"
    source.write_text(
        "commune,nom_commune,code_insee,quartier,libelle,code_qpv\n"
        "maubeuge,Maubeuge,59392,autre,Autre quartier / hors QPV,\n"
        "maubeuge,Maubeuge,59392,,Les Provinces,QN999\n",
        encoding="utf-8",
    )
    assert dialog.import_file(source)  # shown to be corrected, not saved
    message = dialog.message.text()
    # The wrong line is the file's third (header first), where Excel or a text editor shows it.
    assert message.startswith("Fichier « territoire-agglo.csv », lignes du fichier :")
    assert "Ligne 3 : le code QPV « QN999 »" in message
    assert "Ligne 2 :" not in message
    # Corrected in the table, the table's own numbers take over.
    dialog.table.item(1, QPV).setText("")
    assert dialog.message.text() == "✓ 2 quartiers dans 1 commune."
