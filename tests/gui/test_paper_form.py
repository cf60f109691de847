"""The printed questionnaire against the real keying view: same numbers, same codes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from inclusion_desktop.gui.keying.paper_form_dialog import PaperFormDialog
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store

from .keyboard import press
from .test_keying import key_paper_form

pytestmark = pytest.mark.slow
TICK = "\u2610"


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def print_from_menu(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Fichier > Imprimer le questionnaire papier…, saved where the file dialog says."""
    target = tmp_path / "papier.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.text().replace("&", "") == "Imprimer le questionnaire papier…"
    )
    action.trigger()
    dialog = window.findChild(PaperFormDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.save_button.click()
    assert dialog.written == target and not dialog.isVisible()
    assert shown and "écrite" in shown[0] and "(s)" not in shown[0]
    raw = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    return flat(raw)


def test_keying_view_numbers_and_codes_are_on_the_paper(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = print_from_menu(window, tmp_path, monkeypatch)
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.keying_view
    assert len(view.rows) > 30
    position = 0
    for row in view.rows:
        label = flat(row.label.text())
        found = text.find(label[:40], position)
        assert found >= position, f"« {label} » absent du papier ou pas à sa place"
        position = found
        if row.question.choices is None or row.question.choice_filter is not None:
            continue
        for entry in row.legend.text().split("   "):
            code = re.fullmatch(r"(\d+) (.+)", entry.strip())
            if code:
                assert f"{TICK} {code.group(1)} {flat(code.group(2))}" in text, entry


def test_a_paper_form_keyed_from_its_printed_codes(
    qtbot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = print_from_menu(window, tmp_path, monkeypatch)

    def code(label: str) -> str:
        found = re.search(rf"{TICK} (\d+) {re.escape(label)}", text)
        assert found, label
        return found.group(1)

    answers = {
        "mode_collecte": code("PLIE (Plan local"),
        "numero_papier": "P-31",
        "consentement": code("Oui"),
        "age": "68",
        "sexe": code("Un homme"),
        "diplome": code("CAP, BEP"),
        "aisance": code("Pas du tout à l'aise"),
        "accompagne": code("Non"),
        "commentaire": "",
    }
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    key_paper_form(qtbot, window.keying_view, answers)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    complete = [row for row in store.list_submissions() if row.status == "complete"]
    saved = store.revisions(complete[0].uuid)[-1].answers
    assert saved["mode_collecte"] == "plie" and saved["sexe"] == "homme"
    assert saved["diplome"] == "cap_bep" and saved["aisance"] == "pas_du_tout_aise"
    assert saved["tranche_age"] == "60_74" and saved["accompagne"] == "non"
