"""« Fichier > Ajouter un questionnaire… »: a real XLSForm and its files, added from the GUI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from inclusion_desktop.gui.coordination.form_register_dialog import FormRegisterDialog
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import ROLE_COORDINATOR, Store

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_FORMS = ROOT / "tests" / "reference-data" / "xlsforms"
UCL = "pyxform__UCL_Biomass_Plot_Form.xlsx"
REGIONS = "name,label\nnorth,North\nsouth,South\n"
DISTRICTS = "name,label,region\nn1,North 1,north\ns1,South 1,south\n"

pytestmark = pytest.mark.skipif(
    not (REFERENCE_FORMS / UCL).exists(), reason="reference XLSForms absent"
)


def _ucl_with_media(folder: Path) -> Path:
    """The UCL form copied with its two choice files in `<name>-media/`, as ODK keeps them."""
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(shutil.copy(REFERENCE_FORMS / UCL, folder / UCL))
    media = folder / f"{path.stem}-media"
    media.mkdir()
    (media / "UCL_regions.csv").write_text(REGIONS, encoding="utf-8")
    (media / "UCL_districts.csv").write_text(DISTRICTS, encoding="utf-8")
    return path


def test_register_from_the_menu_selects_the_new_version(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _ucl_with_media(tmp_path / "formulaires")
    before = {version.id for version in store.form_versions()}
    seen: list[FormRegisterDialog] = []

    def run(dialog: FormRegisterDialog) -> int:
        seen.append(dialog)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Choisir…").click()
        # The folder `<name>-media` beside the form is proposed.
        assert dialog.media_edit.text() == str(path.parent / f"{path.stem}-media")
        dialog.register_button.click()
        qtbot.waitUntil(lambda: dialog.registration is not None, timeout=60000)
        return 0

    monkeypatch.setattr(FormRegisterDialog, "exec", run)
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    actions["Ajo&uter un questionnaire…"].trigger()
    [dialog] = seen
    assert dialog.registration is not None
    assert "✓ Questionnaire « pyxform__UCL_Biomass_Plot_Form »" in dialog.message.text()
    assert "2 fichiers joints" in dialog.message.text()
    new = dialog.registration.version
    assert new.id not in before and sorted(store.form_media(new.id)) == [
        "UCL_districts.csv",
        "UCL_regions.csv",
    ]
    assert window.home.form_combo.currentData() == new.id
    [row] = [row for row in store.audit_log() if row.action == "questionnaire_ajoute"]
    assert row.target == "pyxform__UCL_Biomass_Plot_Form" and row.operator_name == "Samira B."


def test_a_refused_form_lists_its_problems(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = FormRegisterDialog(store, store.operators()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.register_button.click()
    assert "Choisissez le formulaire XLSForm" in dialog.message.text()
    empty = Path(shutil.copy(REFERENCE_FORMS / "pyxform__empty.xlsx", tmp_path))
    dialog.form_edit.setText(str(empty))
    assert dialog.media_edit.text() == ""  # no `<name>-media` beside it
    dialog.register_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.registration is None
    assert "Questionnaire refusé (1 problème à corriger)" in dialog.message.text()
    assert dialog.problems.isVisible() and dialog.problems.count() == 1
    assert "feuille « survey »" in dialog.problems.item(0).text()
    assert store.form_versions() == []


def test_a_mediator_needs_a_coordinator_password(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inclusion_desktop.gui.admin.operators_dialogs import SecretDialog

    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    asked: list[str] = []
    monkeypatch.setattr(SecretDialog, "exec", lambda self: asked.append(self.windowTitle()) or 0)
    monkeypatch.setattr(FormRegisterDialog, "exec", lambda self: pytest.fail("opened"))
    window.coordination.open_form_register()
    assert asked == ["Réservé à la coordination"]
    assert "réservée à la coordination" in window.statusBar().currentMessage()


def test_the_notices_of_a_form_are_listed_in_english(  # type: ignore[no-untyped-def]
    qtbot, store: Store, tmp_path: Path, french_after: None
) -> None:
    """What the app does not apply is said in the interface language, located in the form."""
    from PySide6.QtWidgets import QApplication

    from inclusion_desktop.gui.common.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    form = tmp_path / "couleurs.md"
    form.write_text(
        "| survey |\n"
        "| | type | name | label | parameters |\n"
        "| | select_one couleurs | couleur | Couleur préférée | randomize=true |\n"
        "| choices |\n"
        "| | list_name | name | label |\n"
        "| | couleurs | rouge | Rouge |\n"
        "| | couleurs | bleu | Bleu |\n",
        encoding="utf-8",
    )
    dialog = FormRegisterDialog(store, store.operators()[0])
    qtbot.addWidget(dialog)
    dialog.form_edit.setText(str(form))
    dialog.register_button.click()
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=60000)
    assert dialog.registration is not None
    assert "choix présentés" in dialog.registration.notices[0]  # the command line's French
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines == [
        "sheet “survey”, row 2, column “parameters”: choices shown in the order of the sheet"
    ]
