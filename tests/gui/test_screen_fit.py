"""Every window and dialog fits a 1024×600 netbook, a 1366×768 laptop and a screen at scale ×2.

The screen's size is chosen when Qt starts, so each screen is a new process running
tests/gui/screen_fit_probe.py on the offscreen platform with a configured screen and window
frames; it opens every window (each page of the first-run assistant too) and reports the ones
that stick out of the screen and the buttons that are cut. tests/gui/x11/test_screen_fit_x11.py
does the same under a real window manager.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout

from inclusion_desktop.gui.common.widgets import fit_to_screen, screen_limit, size_to_screen

PROBE = Path(__file__).with_name("screen_fit_probe.py")


def run_probe(tmp_path: Path, width: int, height: int, scale: int = 1) -> dict[str, object]:
    """The probe's report for one screen of `width`×`height` physical pixels at `scale`."""
    config = tmp_path / f"screen-{width}x{height}-{scale}.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystem": True,
                "windowFrameMargins": True,
                "screens": [
                    {"name": "écran", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ],
            }
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.slow
@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1024, 600, 1), (1366, 768, 1), (2048, 1200, 2)],
    ids=["netbook-1024x600", "portable-1366x768", "hidpi-2048x1200-x2"],
)
def test_every_window_fits_the_screen(tmp_path: Path, width: int, height: int, scale: int) -> None:
    report = run_probe(tmp_path, width, height, scale)
    assert report["screen"] == [0, 0, width // scale, height // scale]
    windows = report["windows"]
    assert isinstance(windows, dict)
    # The probe really opened them all: the main window, the merge dialog, the conflicts,
    # the dashboard, the F1 list and the six pages of the assistant among others.
    assert len(windows) >= 30, sorted(windows)
    for name in ("fenêtre principale", "fusion", "conflits", "tableau de bord",
                 "raccourcis clavier (F1)", "assistant de premier lancement, page 6"):
        assert name in windows
    misfits = {name: found for name, found in windows.items() if found}
    assert misfits == {}


def test_size_to_screen_keeps_a_smaller_wish(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    size_to_screen(dialog, 300, 200)
    assert dialog.size() == QSize(300, 200)
    size_to_screen(dialog, 5000, 4000)
    limit = screen_limit(dialog)
    assert dialog.size() == limit


def test_contents_taller_than_the_screen_scroll_and_buttons_stay(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    labels = [QLabel(f"Ligne {n}", dialog) for n in range(60)]
    for label in labels:
        label.setMinimumHeight(30)  # 60 × 30 px: taller than any test screen
        layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    layout.addWidget(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    fit_to_screen(dialog)
    limit = screen_limit(dialog)
    assert dialog.height() <= limit.height()
    scroll = dialog.findChild(QScrollArea, "scrolledContent")
    assert scroll is not None and scroll.widget().isAncestorOf(labels[0])
    assert buttons.parentWidget() is dialog and not scroll.isAncestorOf(buttons)
    assert buttons.geometry().bottom() < dialog.height()
    # Fitting again does not nest a second scroll area.
    fit_to_screen(dialog)
    assert len(dialog.findChildren(QScrollArea)) == 1
