"""The import contract of pyproject.toml holds: layers (lazy imports included) and Qt in gui only.

`lint-imports` is also a step of scripts/run-tests.sh; running it here puts it in the fast lane.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_import_contract_is_kept() -> None:
    # In a process of its own: import-linter reconfigures logging, which would silence the
    # application's loggers for the tests that follow.
    command = [str(Path(sys.executable).with_name("lint-imports")), "--config", str(PYPROJECT)]
    result = subprocess.run(
        [*command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _members(layer: str) -> list[str]:
    """The module names of one layer of the contract ("a | b", "a : b", "(optional)")."""
    return [part.strip().strip("()") for part in layer.replace(":", "|").split("|")]


def test_layers_follow_the_design_order() -> None:
    (layers,) = [c for c in _contracts() if c.get("containers") == ["inclusion_desktop"]]
    # Exhaustive: a new module of the package fails the contract until it is given a layer.
    assert layers["exhaustive"] is True
    order = [_members(str(layer)) for layer in layers["layers"]]  # type: ignore[attr-defined]

    def rank(module: str) -> int:
        (index,) = [i for i, members in enumerate(order) if module in members]
        return index

    # DESIGN.md: gui | cli > services > reports, analysis, sync > domain > store > questionnaire.
    chain = ["gui", "services", "reports", "analysis", "territory", "store", "questionnaire"]
    ranks = [rank(module) for module in chain]
    assert ranks == sorted(set(ranks))
    assert rank("cli") == rank("gui")
    assert rank("sync") == rank("analysis")


def test_qt_contract_covers_the_whole_package_but_gui() -> None:
    (qt,) = [c for c in _contracts() if c["type"] == "forbidden"]
    assert qt["source_modules"] == ["inclusion_desktop.*"]
    assert "PySide6" in qt["forbidden_modules"]  # type: ignore[operator]
    ignored = qt["ignore_imports"]
    assert all(rule.startswith("inclusion_desktop.gui.** -> ") for rule in ignored)  # type: ignore[attr-defined]
