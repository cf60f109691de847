"""The core must import and run without Qt: only inclusion_desktop.gui may import PySide6."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "inclusion_desktop"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_no_module_outside_gui_imports_pyside6() -> None:
    offenders = []
    core_files = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]
    assert len(core_files) > 10
    for path in core_files:
        qt = sorted(
            m for m in _imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}
        )
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE)}: {', '.join(qt)}")
    assert offenders == []


def test_core_imports_with_pyside6_blocked() -> None:
    # A child interpreter where importing PySide6 fails, as on a machine without Qt.
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import inclusion_desktop.cli, inclusion_desktop.services.collect, inclusion_desktop.demo\n"
        "import inclusion_desktop.services.access, inclusion_desktop.services.conflicts\n"
        "import inclusion_desktop.services.dashboard, inclusion_desktop.services.provisioning\n"
        "import inclusion_desktop.services.settings, inclusion_desktop.services.campaign\n"
        "import inclusion_desktop.questionnaire.loader, inclusion_desktop.questionnaire.session\n"
        "import inclusion_desktop.store\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
