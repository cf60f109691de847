"""One error root and one catalogue: every area error is an AppError whose code has a message."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import inclusion_desktop
from inclusion_desktop.catalogue import (
    AUDIT_ACTION_LABELS,
    MESSAGES,
    PERMISSION_LABELS,
    STATUS_LABELS,
    Code,
    Text,
)
from inclusion_desktop.errors import AppError
from inclusion_desktop.permissions import ACTION_LABELS, Action
from inclusion_desktop.store import StoreError
from inclusion_desktop.store.audit import ACTION_LABELS as AUDIT_LABELS
from inclusion_desktop.sync.bundle import BundleError

PACKAGE = Path(inclusion_desktop.__file__).parent


def _core_modules() -> list[str]:
    """Every module of the package below the GUI (the GUI and the entry point need Qt)."""
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="inclusion_desktop."):
        parts = info.name.split(".")
        if "gui" in parts or "migrations" in parts or parts[-1] in {"__main__", "generated"}:
            continue
        names.append(info.name)
    return names


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


@pytest.fixture(scope="module")
def area_errors() -> set[type[BaseException]]:
    """The exception classes the core defines, every module imported."""
    for name in _core_modules():
        importlib.import_module(name)
    return {
        cls
        for cls in _subclasses(Exception)
        if cls.__module__.startswith("inclusion_desktop.") and ".gui" not in cls.__module__
    }


def test_every_error_of_the_core_has_the_one_root(area_errors: set[type]) -> None:
    assert len(area_errors) >= 20  # form, store, bundle, table import, analysis, reports…
    assert sorted(c.__qualname__ for c in area_errors if not issubclass(c, AppError)) == []


def test_every_error_class_and_every_code_has_a_catalogue_entry(area_errors: set[type]) -> None:
    assert set(MESSAGES) == set(Code)
    assert all(MESSAGES[c.area_code] for c in area_errors if issubclass(c, AppError))
    # Each area has a code of its own, so a script reading --json can tell them apart.
    declared = [c for c in area_errors if "area_code" in vars(c)]
    assert len({c.area_code for c in declared}) == len(declared)


def test_every_catalogued_code_is_raised_somewhere() -> None:
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
        if path.name != "catalogue.py"
    )
    used = set(re.findall(r"\bCode\.([A-Z_]+)\b", sources))
    assert sorted(code.name for code in Code if code.name not in used) == []


def test_templates_name_their_fields_and_render_in_french() -> None:
    for code, template in MESSAGES.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        values = {name: f"<{name}>" for name in fields}
        rendered = Text(code, values).render()
        assert all(f"<{name}>" in rendered for name in fields), code
    assert Text(Code.STORE_NEWER_SCHEMA, {"version": "z9"}).render() == (
        "Cette base a été créée par une version plus récente d'inclusion_desktop (schéma z9) : "
        "mettez l'application à jour."
    )


def test_an_error_carries_its_code_and_parameters_and_renders_through_a_translator() -> None:
    error = StoreError(path=Path("/clé/base.sqlite"), code=Code.STORE_READ_ONLY)
    assert error.code == Code.STORE_READ_ONLY and error.params == {"path": error.path}
    assert str(error).startswith("La base /clé/base.sqlite est sur un support en lecture seule")
    english = error.render(lambda context, source: source.replace("La base", "The database"))
    assert english.startswith("The database /clé/base.sqlite est sur")
    # A sentence not yet in the catalogue travels as its area's `detail`.
    plain = StoreError("Cette double saisie a déjà été vérifiée.")
    assert (plain.code, str(plain)) == (Code.STORE, "Cette double saisie a déjà été vérifiée.")


def test_a_bundle_refusal_is_coded_by_its_reason_and_names_the_file() -> None:
    error = BundleError(Path("/media/cle/export.zip"), code=Code.BUNDLE_WRONG_PASSPHRASE)
    assert error.code == Code.BUNDLE_WRONG_PASSPHRASE
    assert (str(error), error.reason) == (
        "export.zip : phrase de passe incorrecte.",
        "phrase de passe incorrecte.",
    )
    contexts: list[str] = []
    error.render(lambda context, source: contexts.append(context) or source)
    assert contexts == ["Messages", "Messages"]  # the frame and the nested reason


def test_labels_live_once_in_the_catalogue() -> None:
    assert ACTION_LABELS == {action: PERMISSION_LABELS.sources[action.value] for action in Action}
    assert AUDIT_LABELS == AUDIT_ACTION_LABELS.sources
    assert set(STATUS_LABELS.sources) == {"draft", "complete", "deleted"}
    assert STATUS_LABELS.label("complete") == "Terminé"
    assert STATUS_LABELS.label("unknown") == "unknown"
