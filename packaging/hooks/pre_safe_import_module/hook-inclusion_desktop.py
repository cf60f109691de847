"""Lets PyInstaller's import graph find inclusion_desktop.resources and inclusion_desktop.ui.

pyproject.toml maps these packages to the top-level folders resources/ and ui/ (setuptools
package-dir). An installed wheel has them under inclusion_desktop/, but an editable install finds
them through an import hook that PyInstaller's graph does not consult: the folder holding each
mapped package is added to inclusion_desktop's search path, as the import hook does at run time.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

MAPPED_PACKAGES = ("inclusion_desktop.resources", "inclusion_desktop.ui")


def pre_safe_import_module(api):
    """Appends to the package's path each outside folder that holds one of its subpackages."""
    package = importlib.util.find_spec("inclusion_desktop")
    own = {Path(p).resolve() for p in (package.submodule_search_locations or [])}
    for name in MAPPED_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        folder = Path(next(iter(spec.submodule_search_locations))).resolve()
        if folder.name != name.rsplit(".", 1)[1]:
            raise SystemExit(f"{name} est dans {folder}, dont le nom ne correspond pas")
        if folder.parent not in own:
            api.append_package_path(str(folder.parent))
