"""« Ordinateurs et signatures »: this laptop's code; enrolment only with the right code."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from inclusion_desktop.gui.admin.laptops_dialog import LaptopsDialog
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.signing import enrolled_laptops, laptop_key, short_code
from tests.core.sync_support import add_complete, laptop


def test_enrolment_asks_the_code_shown_on_the_laptop(qtbot: QtBot, tmp_path: Path) -> None:
    a, form_a, op_a = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(a, form_a, op_a, {"age": 30})
    file_a = export_bundle(a, tmp_path / "a.idbundle").path
    code = short_code(laptop_key(a).public)
    a.close()
    with Store.open(str(tmp_path / "c.sqlite")) as coordinator:
        coordinator.set_device_name("Coordination")
        asked: list[bool] = []

        def authorize() -> tuple[str, int | None]:
            asked.append(True)
            return "Claire", None

        dialog = LaptopsDialog(coordinator, passphrase=None, authorize=authorize)
        qtbot.addWidget(dialog)
        assert dialog.own_code.text() == short_code(laptop_key(coordinator).public)
        assert dialog.table.rowCount() == 0
        assert dialog.choose_file(file_a)
        assert code in dialog.file_label.text() and "Portable A" in dialog.file_label.text()
        dialog.code_edit.setText("1111 2222 3333")
        dialog.enrol_button.click()
        assert "ne correspond pas" in dialog.message.text()
        assert enrolled_laptops(coordinator) == []
        dialog.code_edit.setText(code.replace(" ", "-"))
        dialog.enrol_button.click()
        assert [item.name for item in enrolled_laptops(coordinator)] == ["Portable A"]
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == code
        assert "enrôlé" in dialog.message.text() and asked
        assert not dialog.choose_file(tmp_path / "absent.idbundle")
        assert "introuvable" in dialog.message.text()


def test_the_laptops_table_shows_several_rows(qtbot: QtBot, tmp_path: Path) -> None:
    """Even at the smallest the dialog can be (a netbook), the table shows a few laptops."""
    with Store.open(str(tmp_path / "c.sqlite")) as coordinator:
        coordinator.set_device_name("Coordination")
        dialog = LaptopsDialog(coordinator, passphrase=None, authorize=lambda: ("Claire", None))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.minimumSizeHint())
        qtbot.waitUntil(lambda: dialog.size() == dialog.minimumSizeHint())
        row = dialog.table.verticalHeader().defaultSectionSize()
        header = dialog.table.horizontalHeader().height()
        assert dialog.table.viewport().height() >= 4 * row, (dialog.table.height(), row, header)
