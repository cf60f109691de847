"""The window title names the questionnaire open, not always the residents' survey."""

from __future__ import annotations

import pytest

from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store


@pytest.mark.parametrize("mode", ["field", "keying"])
def test_title_names_the_open_form(window: MainWindow, store: Store, mode: str) -> None:
    versions = {version.form_id: version for version in store.form_versions()}
    structures = versions["structures"]
    assert structures.title != versions["habitants"].title
    window.home.form_combo.setCurrentIndex(window.home.form_combo.findData(structures.id))
    window.mode_combo.setCurrentIndex(window.mode_combo.findData(mode))
    assert window.windowTitle() == "Enquête habitants"

    window.new_questionnaire()
    view = window.form_view if mode == "field" else window.keying_view
    assert window.stack.currentWidget() is view
    assert window.windowTitle() == structures.title
    assert "habitants" not in window.windowTitle().lower()

    if mode == "field":
        window.form_view._on_close()
    else:
        window.keying_view.close_questionnaire()
    assert window.stack.currentWidget() is window.home
    assert window.windowTitle() == "Enquête habitants"
