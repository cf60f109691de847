"""Interface translations: compiles resources/translations/*.ts into .qm files (the build step).

The interface is written in French; each .ts file holds one translation (inclusion_desktop_en.ts:
English), edited with Qt Linguist (pyside6-linguist) or any text editor. inclusion_desktop_fr.ts
gives only the two French forms of the plural messages (%n), singular for 0 and 1: Qt shows the
French source of every other string.

    .venv/bin/python scripts/build_translations.py            # .ts -> .qm (setup.sh, build.sh)
    .venv/bin/python scripts/build_translations.py --update   # sources -> .ts, then .qm

--update runs pyside6-lupdate on the interface sources (inclusion_desktop/catalogue.py, the
core's messages and labels; inclusion_desktop/gui/*.py; ui/*.ui): new strings are added as
unfinished, strings gone from the sources are dropped. The .qm files are built, not committed
(.gitignore).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
GUI = ROOT / "inclusion_desktop" / "gui"
CATALOGUE = ROOT / "inclusion_desktop" / "catalogue.py"
UI_SOURCES = ROOT / "ui"
SOURCE_LANGUAGE = "fr_FR"


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) of this environment."""
    beside = Path(sys.executable).with_name(name)
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} introuvable : installez PySide6 dans l'environnement (.venv).")
    return found


def sources() -> list[Path]:
    """The files whose strings are translated: the catalogue, the GUI modules, the Designer forms.

    The catalogue (messages and labels of the core) marks its strings with a QT_TRANSLATE_NOOP
    of its own, which lupdate reads by name. The modules generated from ui/ are left out: lupdate
    reads their .ui sources instead.
    """
    modules = [path for path in sorted(GUI.rglob("*.py")) if "generated" not in path.parts]
    return [CATALOGUE, *modules, *sorted(UI_SOURCES.glob("*.ui"))]


def translation_files() -> list[Path]:
    """Every .ts file, one per language."""
    return sorted(TRANSLATIONS.glob("*.ts"))


def target_language(ts_file: Path) -> str:
    """The language of inclusion_desktop_en.ts: en_GB; of inclusion_desktop_fr.ts: fr_FR."""
    code = ts_file.stem.rsplit("_", 1)[-1]
    return {"en": "en_GB", "fr": "fr_FR"}.get(code, code)


def update(ts_file: Path, *, quiet: bool = False) -> None:
    """Brings `ts_file` up to date with the sources (lupdate), keeping its translations."""
    command = [
        tool("pyside6-lupdate"),
        *(str(path.relative_to(ROOT)) for path in sources()),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        target_language(ts_file),
        # No line numbers: the file changes only when the strings do.
        "-locations",
        "none",
        "-no-obsolete",
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet)


def compile_translation(ts_file: Path, *, quiet: bool = True) -> Path:
    """Compiles `ts_file` into the .qm file beside it; returns the .qm path."""
    qm_file = ts_file.with_suffix(".qm")
    command = [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet)
    return qm_file


def main() -> int:
    """Updates the .ts files when asked (--update), then compiles every one of them."""
    files = translation_files()
    if not files:
        print(f"Aucun fichier .ts dans {TRANSLATIONS}")
        return 1
    updating = "--update" in sys.argv[1:]
    for ts_file in files:
        if updating:
            update(ts_file)
        qm_file = compile_translation(ts_file, quiet=not updating)
        if updating:
            print(f"{qm_file.relative_to(ROOT)} compilé")
    return 0


if __name__ == "__main__":
    sys.exit(main())
