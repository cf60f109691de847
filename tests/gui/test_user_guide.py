"""Aide > Guide d'utilisation shows the guide inside the application, pictures included."""

from __future__ import annotations

import pytest

from inclusion_desktop.gui.shell import help_dialogs
from inclusion_desktop.gui.shell.help_dialogs import GuideDialog
from inclusion_desktop.gui.shell.main_window import MainWindow, user_guide_path


def test_the_guide_opens_inside_the_application(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    guide = user_guide_path()
    assert guide is not None
    shown: list[GuideDialog] = []
    monkeypatch.setattr(help_dialogs.GuideDialog, "exec", lambda dialog: shown.append(dialog))
    window._on_guide()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    first_heading = next(
        line.lstrip("# ").strip()
        for line in guide.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )
    assert first_heading in text and "](" not in text  # Markdown rendered, not shown raw
    assert dialog.browser.searchPaths() == [str(guide.parent)]
