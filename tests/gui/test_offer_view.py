"""The offer dialog: the structures' figures on screen and the map drawn with QPainter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from inclusion_desktop.demo_structures import fill_demo_structures
from inclusion_desktop.gui.coordination.offer_view import OfferDialog
from inclusion_desktop.reports.offer_map import CLASS_COLOURS
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store


@pytest.fixture(scope="module")
def structures(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path_factory.mktemp("offre") / "offre.sqlite"))
    Collector(store).register_bundled_forms()
    fill_demo_structures(store)
    yield store
    store.close()


def test_offer_dialog_shows_the_counts_and_the_map(qtbot, structures: Store) -> None:
    dialog = OfferDialog(structures)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=60000)
    assert "66 structures ont répondu" in dialog.summary.text()
    assert dialog.directory_table.rowCount() == 66
    assert dialog.communes_table.rowCount() == 10
    counts = {
        dialog.counts_table.item(r, 0).text(): dialog.counts_table.item(r, 1).text()
        for r in range(dialog.counts_table.rowCount())
    }
    assert counts["Assistance (faire avec la personne)"] == "38"
    assert "Licence Ouverte" in dialog.note.text()

    dialog.tabs.setCurrentWidget(dialog.map)
    qtbot.waitExposed(dialog.map)
    image = dialog.map.grab().toImage()
    where = {item.commune.name: item for item in dialog.map.communes}
    assert set(where) == {c.name for c in dialog.data.communes}
    height = dialog.map.height() - 28

    def colour(name: str) -> tuple[int, int, int]:
        x, y = where[name].label_at
        # Just above the name: inside the commune, clear of its text.
        pixel = image.pixelColor(QPoint(int(x), int(height - y) - 16))
        return pixel.red(), pixel.green(), pixel.blue()

    grey = tuple(round(v * 255) for v in CLASS_COLOURS[0])
    assert colour("Marpent") == grey  # no first-level structure
    assert colour("Maubeuge") != grey and colour("Maubeuge") != colour("Hautmont")


def test_offer_dialog_writes_the_diagnostic(
    qtbot, structures: Store, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "diagnostic"
    out.mkdir()
    monkeypatch.setattr(
        "inclusion_desktop.gui.coordination.offer_view.QFileDialog.getExistingDirectory",
        lambda *args, **kwargs: str(out),
    )
    dialog = OfferDialog(structures)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.write_button.isEnabled(), timeout=60000)
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60000)
    assert (out / "diagnostic.pdf").is_file() and (out / "carte-offre.pdf").is_file()
    assert (out / "annuaire-structures.csv").is_file()
    assert "diagnostic.pdf" in dialog.summary.text()


def _directory(dialog: OfferDialog) -> tuple[list[str], list[list[str]]]:
    table = dialog.directory_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    return headers, rows


@pytest.mark.parametrize(
    ("language", "name", "kind", "free_access", "answers"),
    [
        ("fr", "Nom de la structure", "Type de structure", "Accès libre à du matériel",
         {"Oui", "En projet", "Non", ""}),
        ("en", "Name of the organisation", "Type of organisation", "Free access to computer",
         {"Yes", "Planned", "No", ""}),
    ],
)
def test_directory_shows_the_questionnaire_labels(  # type: ignore[no-untyped-def]
    qtbot, structures: Store, monkeypatch: pytest.MonkeyPatch,
    language: str, name: str, kind: str, free_access: str, answers: set[str],
) -> None:
    from inclusion_desktop.gui.coordination import offer_view

    monkeypatch.setattr(offer_view, "current_language", lambda: language)
    dialog = OfferDialog(structures)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=60000)
    headers, rows = _directory(dialog)
    assert headers[:2] == [name, kind]
    assert headers[3].startswith(free_access)
    assert "acces_libre" not in headers and "type_libelle" not in headers
    tooltip = dialog.directory_table.horizontalHeaderItem(3).toolTip()
    assert tooltip == headers[3]
    assert dialog.directory_table.horizontalHeader().sectionSize(3) <= 220
    assert {row[3] for row in rows} <= answers and len({row[3] for row in rows}) > 1
    codes = {c.name for c in dialog.data.form.question("structure_type").choices.choices}
    assert not {row[1] for row in rows} & codes
