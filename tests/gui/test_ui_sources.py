"""The modules generated from ui/*.ui are up to date with their Designer sources."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_ui_modules_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_ui.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.stem for p in (ROOT / "ui").glob("*.ui")) == sorted(
        p.stem.removeprefix("ui_")
        for p in (ROOT / "inclusion_desktop/gui/generated").glob("ui_*.py")
    )
