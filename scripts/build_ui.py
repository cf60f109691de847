"""Compiles the Qt Designer sources of ui/ into inclusion_desktop/gui/generated/ with pyside6-uic.

Run after editing a .ui file: .venv/bin/python scripts/build_ui.py   (--check: exit 1 if stale)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ui"
TARGET = ROOT / "inclusion_desktop" / "gui" / "generated"


def compile_ui(source: Path) -> str:
    """The Python module pyside6-uic generates for one .ui file."""
    uic = Path(sys.executable).with_name("pyside6-uic")
    result = subprocess.run(
        [str(uic), "--generator", "python", str(source)],
        capture_output=True,
        text=True,
        check=True,
    )
    # uic writes the source path and its own version in the header; drop both so builds are
    # identical from any checkout folder and any PySide6 release.
    lines = result.stdout.replace(str(source), source.name).splitlines(keepends=True)
    return "".join(line for line in lines if not line.startswith("## Created by:"))


def main() -> int:
    """Writes (or with --check, compares) every generated module."""
    check = "--check" in sys.argv[1:]
    TARGET.mkdir(exist_ok=True)
    stale = []
    for source in sorted(SOURCES.glob("*.ui")):
        target = TARGET / f"ui_{source.stem}.py"
        code = compile_ui(source)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != code:
                stale.append(target.name)
        else:
            target.write_text(code, encoding="utf-8")
    init = TARGET / "__init__.py"
    if not check and not init.exists():
        init.write_text('"""Modules generated from ui/ by scripts/build_ui.py: do not edit."""\n')
    if stale:
        print("Modules d'interface périmés : " + ", ".join(stale))
        print("Relancez : python scripts/build_ui.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
