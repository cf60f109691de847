"""The packaging files agree with each other and with the project; nothing is built here.

The PyInstaller spec, the Inno Setup script (built on Windows only), the Linux .desktop file and
pyproject.toml each repeat the application's name, version, executable or icon: these tests read
them as text and fail when one drifts. They also check that the spec collects every data folder
the app reads at run time. Building and starting the bundle is packaging/smoke_test.sh's job.
"""

from __future__ import annotations

import ast
import configparser
import re
import struct
import sys
import tomllib
from pathlib import Path
from typing import Any

import inclusion_desktop

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC_FILE = PACKAGING / "inclusion-desktop.spec"
ISS_FILE = PACKAGING / "inclusion-desktop.iss"
DESKTOP_FILE = PACKAGING / "inclusion-desktop.desktop"
ICONS = PACKAGING / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def pyproject() -> dict[str, Any]:
    """pyproject.toml, parsed."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def spec_tree() -> ast.Module:
    """The spec's syntax tree (it is Python, run by PyInstaller)."""
    return ast.parse(SPEC_FILE.read_text(encoding="utf-8"), filename=str(SPEC_FILE))


def spec_constants() -> dict[str, Any]:
    """The spec's top-level assignments whose value is a literal (names, lists, paths)."""
    constants: dict[str, Any] = {}
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    constants[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return constants


def iss_values() -> dict[str, str]:
    """The Inno Setup defines and [Setup] directives, with {#Define} references expanded."""
    text = ISS_FILE.read_text(encoding="utf-8-sig")
    defines = dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, flags=re.MULTILINE))
    values = dict(defines)
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "Setup" and "=" in line and not line.startswith(";"):
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    for key, value in values.items():
        values[key] = re.sub(r"\{#(\w+)\}", lambda match: defines[match.group(1)], value)
    return values


def iss_section(name: str) -> list[str]:
    """The entry lines of one section of the Inno Setup script, comments left out."""
    lines: list[str] = []
    section = ""
    for line in ISS_FILE.read_text(encoding="utf-8-sig").splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif section == name and stripped and not stripped.startswith(";"):
            lines.append(stripped)
    return lines


def desktop_entry() -> configparser.SectionProxy:
    """The [Desktop Entry] group of the Linux launcher."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height read from a PNG's IHDR chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} n'est pas un PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(path: Path) -> set[int]:
    """The image sizes listed in an .ico file's directory (0 stands for 256)."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), f"{path.name} n'est pas une icône Windows"
    sizes = set()
    for index in range(count):
        width, _height, _colors, _reserved, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert offset + length <= len(data), f"{path.name} : image {index} tronquée"
        sizes.add(width or 256)
    return sizes


def test_one_version_everywhere() -> None:
    version = pyproject()["project"]["version"]
    assert inclusion_desktop.__version__ == version
    assert iss_values()["AppVersion"] == version
    # The spec has no copy: it reads pyproject.toml (Windows version resource).
    source = SPEC_FILE.read_text(encoding="utf-8")
    assert '"pyproject.toml"' in source and '["project"]["version"]' in source


def test_one_executable_name_everywhere() -> None:
    constants = spec_constants()
    name = constants["APP_NAME"]
    scripts = pyproject()["project"]["scripts"]
    assert name in scripts, "le nom de l'exécutable est celui de la commande installée"
    module, function = scripts[name].split(":")
    assert constants["ENTRY_POINT"] == module.replace(".", "/") + ".py"
    assert (ROOT / constants["ENTRY_POINT"]).is_file()
    assert f"def {function}(" in (ROOT / constants["ENTRY_POINT"]).read_text(encoding="utf-8")

    iss = iss_values()
    assert iss["AppExeName"] == f"{name}.exe"
    assert iss["AppDirName"] == name
    files = iss_section("Files")
    assert any(f'Source: "..\\dist\\{name}\\*"' in line for line in files), files
    assert all("recursesubdirs" in line for line in files)

    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == name
    assert entry["Terminal"] == "false"


def test_same_display_name_on_linux_and_windows() -> None:
    assert desktop_entry()["Name"] == iss_values()["AppName"]


def test_windows_installer_per_user_in_french_and_english() -> None:
    iss = iss_values()
    assert iss["PrivilegesRequired"] == "lowest"
    assert iss["DefaultDirName"].startswith("{autopf}")
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", iss["AppId"])
    languages = " ".join(iss_section("Languages"))
    assert "compiler:Languages\\French.isl" in languages
    assert "compiler:Default.isl" in languages  # English
    icons = iss_section("Icons")
    assert any(line.startswith('Name: "{autoprograms}') for line in icons), "menu Démarrer"
    assert any(line.startswith('Name: "{autodesktop}') for line in icons), "bureau"
    assert all("{app}\\{#AppExeName}" in line for line in icons)


def test_icon_set_exists_and_matches_its_names() -> None:
    name = spec_constants()["APP_NAME"]
    assert desktop_entry()["Icon"] == name
    assert (ROOT / "resources" / "icons" / f"{name}.svg").is_file()
    for size in ICON_SIZES:
        assert png_size(ICONS / f"{name}-{size}.png") == (size, size)
    ico = ROOT / spec_constants()["ICON_ICO"]
    assert ico == ICONS / f"{name}.ico"
    assert {16, 32, 48, 256} <= ico_sizes(ico)
    assert (PACKAGING / iss_values()["SetupIconFile"].replace("\\", "/")) == ico


def test_every_data_folder_the_app_reads_is_collected() -> None:
    constants = spec_constants()
    collected = set(constants["DATA_PACKAGES"]) | {constants["MIGRATIONS_PACKAGE"]}
    # Everything pyproject.toml declares as package data goes in the bundle too.
    assert set(pyproject()["tool"]["setuptools"]["package-data"]) <= collected
    # Every package the code opens with importlib.resources.files("…").
    opened = set()
    for path in (ROOT / "inclusion_desktop").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        opened |= set(re.findall(r"""files\(\s*["']([\w.]+)["']\s*\)""", source))
    assert opened, "aucun appel à importlib.resources.files() trouvé"
    assert opened <= collected, opened - collected
    assert "pyxform" in constants["DATA_PACKAGES"]
    # Nothing the app ships is filtered out; only pyxform's unused Java validator is.
    assert set(constants["DATA_EXCLUDES"]) <= {"pyxform"}
    assert all("odk_validate" in pattern for pattern in constants["DATA_EXCLUDES"]["pyxform"])


def test_migrations_ship_as_source_files() -> None:
    constants = spec_constants()
    calls = [
        node
        for node in ast.walk(spec_tree())
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "package_data"
        and node.args
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id == "MIGRATIONS_PACKAGE"
    ]
    assert calls, "les migrations ne sont pas collectées"
    options = {keyword.arg: keyword.value for keyword in calls[0].keywords}
    assert isinstance(options.get("include_py_files"), ast.Constant)
    assert options["include_py_files"].value is True
    folder = ROOT / Path(*constants["MIGRATIONS_PACKAGE"].split("."))
    assert (folder / "env.py").is_file() and list((folder / "versions").glob("0*.py"))


def test_modules_the_migrations_import_are_hidden_imports() -> None:
    """Alembic loads the migrations from disk: the import graph never sees their imports."""
    constants = spec_constants()
    hidden = set(constants["HIDDEN_IMPORTS"])
    folder = ROOT / Path(*constants["MIGRATIONS_PACKAGE"].split("."))
    needed = set()
    for path in [folder / "env.py", *sorted((folder / "versions").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                needed |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module == "alembic":  # alembic.op, alembic.context are modules
                    needed |= {f"alembic.{alias.name}" for alias in node.names}
                else:
                    needed.add(node.module)
    third_party = {
        name
        for name in needed
        if name.split(".")[0] not in sys.stdlib_module_names | {"__future__", "inclusion_desktop"}
    }
    assert third_party, "aucun import relevé dans les migrations"
    assert third_party <= hidden, third_party - hidden
    assert "sqlalchemy.dialects.sqlite" in hidden
    assert "inclusion_desktop" in constants["HIDDEN_IMPORT_PACKAGES"]


def test_excluded_qt_modules_are_not_used_by_the_app() -> None:
    excluded = set(spec_constants()["EXCLUDES"])
    used = set()
    for path in (ROOT / "inclusion_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "aucun module Qt relevé"
    assert not {f"PySide6.{name}" for name in used} & excluded
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick"} <= excluded


def test_bundled_fonts_are_the_ones_the_sheets_register() -> None:
    fonts_module = ROOT / "inclusion_desktop" / "reports" / "fonts.py"
    wanted = set(spec_constants()["FONT_FILES"])
    if fonts_module.is_file():
        source = fonts_module.read_text(encoding="utf-8")
        used = set(re.findall(r'"([\w-]+\.ttf)"', source))
        assert used == wanted, used ^ wanted
    hooks = spec_constants()["RUNTIME_HOOKS"]
    assert all((ROOT / hook).is_file() for hook in hooks)
    assert "INCLUSION_FONTS_DIR" in (ROOT / hooks[0]).read_text(encoding="utf-8")


def test_icon_generator_writes_the_committed_sizes() -> None:
    source = (PACKAGING / "make_icons.py").read_text(encoding="utf-8")
    assert f"PNG_SIZES = {ICON_SIZES}" in source


def test_postgresql_driver_is_packaged() -> None:
    """A shared PostgreSQL store opens from the packaged app: dialect, DDL and driver are in."""
    constants = spec_constants()
    hidden = set(constants["HIDDEN_IMPORTS"])
    assert {
        "sqlalchemy.dialects.postgresql.psycopg",
        "alembic.ddl.postgresql",
        "psycopg",
        "psycopg_binary",
    } <= hidden
    assert "psycopg" in constants["HIDDEN_IMPORT_PACKAGES"]


def test_camera_modules_are_packaged_and_installed_for_the_build() -> None:
    """The camera of image questions works in the packaged app: Qt Multimedia is in, not out."""
    constants = spec_constants()
    camera = {"PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets"}
    assert camera <= set(constants["HIDDEN_IMPORTS"])
    assert not camera & set(constants["EXCLUDES"])
    project = pyproject()["project"]
    [extra] = project["optional-dependencies"]["camera"]
    [essentials] = [d for d in project["dependencies"] if d.startswith("PySide6-Essentials")]
    # The range of PySide6-Essentials, of which PySide6-Addons pins the exact version.
    assert extra.removeprefix("PySide6-Addons") == essentials.removeprefix("PySide6-Essentials")
    for script in ("build.sh", "build.ps1"):
        assert "camera" in (PACKAGING / script).read_text(encoding="utf-8"), script
    assert ".[dev,camera]" in (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
