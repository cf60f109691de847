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
