"""Every window and dialog fits the real X screen, framed by a real window manager (openbox).

The session's screen is the one `scripts/x11-session.sh WxH` was given; the slow variant starts
its own sessions at 1024×600 and 1366×768.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

ROOT = Path(__file__).resolve().parents[3]
PROBE = ROOT / "tests" / "gui" / "screen_fit_probe.py"
sys.path.insert(0, str(PROBE.parent))

import screen_fit_probe  # noqa: E402 (the probe lives beside the offscreen tests)


def test_every_window_fits_this_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.common.widgets import is_framed
    from inclusion_desktop.gui.shell.app import create_application

    app = create_application()
    found: dict[str, list[str]] = {}
    for name, build in screen_fit_probe.windows(tmp_path):
        window = build()
        try:
            window.show()
            screen_fit_probe.settle(app, window)
            assert is_framed(window), (
                f"{name} : la fenêtre n'a pas de cadre, le gestionnaire de fenêtres manque"
            )
            found[name] = screen_fit_probe.problems(window)
        finally:  # a window left open would take the keyboard from the tests that follow
            if isinstance(window, QDialog):
                window.done(0)  # closed without the questions a person's « Fermer » may ask
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    assert len(found) >= 24
    assert {name: problems for name, problems in found.items() if problems} == {}


@pytest.mark.slow
@pytest.mark.parametrize("geometry", ["1024x600", "1366x768"])
def test_every_window_fits_each_screen_size(geometry: str) -> None:
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "x11-session.sh"), geometry, sys.executable, str(PROBE)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = (int(n) for n in geometry.split("x"))
    assert report["screen"] == [0, 0, width, height]
    assert len(report["windows"]) >= 30
    assert {name: found for name, found in report["windows"].items() if found} == {}
