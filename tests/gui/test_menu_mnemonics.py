"""Menus: within one menu, no two entries answer to the same Alt letter, in French and English."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from inclusion_desktop.gui.shell.main_window import MainWindow
from tests.gui.test_translations import TS_FILE, build_script


def mnemonic(text: str) -> str | None:
    """The letter after a single « & » (« && » is a literal ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def shared_mnemonics(window: MainWindow) -> list[str]:
    """« menu: letter (entry, entry) » for every letter two visible entries of a menu share."""
    problems = []
    bar_actions = [action for action in window.menuBar().actions() if action.isVisible()]
    menus: list[tuple[str, list]] = [("barre de menus", bar_actions)]
    for action in bar_actions:
        menu = action.menu()
        if isinstance(menu, QMenu):
            entries = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
            menus.append((action.text(), entries))
    for name, entries in menus:
        seen: dict[str, str] = {}
        for entry in entries:
            letter = mnemonic(entry.text())
            if letter is None:
                continue
            if letter in seen:
                problems.append(f"{name}: {letter} ({seen[letter]!r}, {entry.text()!r})")
            seen.setdefault(letter, entry.text())
    return problems


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("Ré&glages…") == "g"
    assert mnemonic("&Fichier") == "f"
    assert mnemonic("Kobo && ODK") is None
    assert mnemonic("Sans raccourci") is None


def test_french_menus_have_one_entry_per_letter(window: MainWindow) -> None:
    assert shared_mnemonics(window) == []


def test_english_menus_have_one_entry_per_letter(window: MainWindow, french_after: None) -> None:
    qm_file = TS_FILE.with_suffix(".qm")
    if not qm_file.exists() or qm_file.stat().st_mtime < TS_FILE.stat().st_mtime:
        build_script().compile_translation(TS_FILE)
    window.apply_language("en")
    assert window.menuBar().actions()[0].text() == "&File"
    assert shared_mnemonics(window) == []
