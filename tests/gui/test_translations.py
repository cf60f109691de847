"""Interface translations: the English .ts is complete and current; the language switches live."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from inclusion_desktop.gui.common.i18n import current_language
from inclusion_desktop.gui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "inclusion_desktop_en.ts"
#: French translates only the plurals (%n): the other strings are written in French.
FRENCH_TS_FILE = TS_FILE.with_name("inclusion_desktop_fr.ts")
PLACEHOLDER = re.compile(r"\{\w*\}|%n")
# A few words of the English interface (test_french_interface.py scans for many more).
ENGLISH = re.compile(r"\b(file|new|open|edit|delete|help|results|keying|all|today|filter)\b", re.I)


def english_words(window: MainWindow) -> list[str]:
    """English words on the home screen's labels and buttons and in the menus."""
    texts = [label.text() for label in window.home.findChildren(QLabel)]
    texts += [button.text() for button in window.home.findChildren(QPushButton)]
    texts += [action.text() for action in window.menuBar().actions()]
    texts += [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    return [text for text in texts if ENGLISH.search(text.replace("&", ""))]


def build_script() -> ModuleType:
    """scripts/build_translations.py, imported (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every message of a .ts file."""
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", translation)
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
    ]


def test_english_ts_is_current_and_complete(tmp_path: Path) -> None:
    """lupdate on today's sources adds nothing, and every string has its English translation."""
    script = build_script()
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    script.update(copy, quiet=True)
    before = {(context, source) for context, source, _ in messages(TS_FILE)}
    after = messages(copy)
    new = sorted({(context, source) for context, source, _ in after} - before)
    assert new == [], "chaînes absentes du .ts : python scripts/build_translations.py --update"
    root = ET.parse(copy).getroot()
    assert (root.get("sourcelanguage"), root.get("language")) == ("fr_FR", "en_GB")
    problems = []
    for context, source, translation in after:
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        if translation.get("type") is not None or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} non traduit ({translation.get('type')})")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {form!r} n'a pas les champs de {source!r}")
    assert problems == []


def test_french_ts_gives_both_forms_of_the_plurals_only(tmp_path: Path) -> None:
    """lupdate adds nothing; plural messages have a singular and a plural form, others nothing."""
    copy = tmp_path / FRENCH_TS_FILE.name
    shutil.copyfile(FRENCH_TS_FILE, copy)
    build_script().update(copy, quiet=True)
    before = {(context, source) for context, source, _ in messages(FRENCH_TS_FILE)}
    new = sorted({(context, source) for context, source, _ in messages(copy)} - before)
    assert new == [], "chaînes absentes du .ts : python scripts/build_translations.py --update"
    root = ET.parse(copy).getroot()
    assert (root.get("sourcelanguage"), root.get("language")) == ("fr_FR", "fr_FR")
    numerus = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }
    assert len(numerus) > 30
    problems = []
    for context, source, translation in messages(copy):
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if (context, source) not in numerus:
            if (translation.text or "").strip() or any(form.strip() for form in forms):
                problems.append(f"{context}: {source!r} traduit en français")
            continue
        if translation.get("type") is not None or len(forms) != 2 or not all(forms):
            problems.append(f"{context}: {source!r} sans ses deux formes")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if "(s)" in form or sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {form!r} ne correspond pas à {source!r}")
    assert problems == []


def test_main_window_switches_to_english_and_back(
    qtbot, compiled: None, window: MainWindow, french_after: None
) -> None:
    assert english_words(window) == []
    french_menus = [action.text() for action in window.menuBar().actions()]
    assert french_menus[0] == "&Fichier"
    french_items = {
        action.text() for menu in window.menuBar().actions() for action in menu.menu().actions()
    } - {""}

    window.apply_language("en")
    assert current_language() == "en"
    english_menus = [action.text() for action in window.menuBar().actions()]
    assert english_menus[0] == "&File"
    assert "&Help" in english_menus
    assert len(english_menus) == len(french_menus)
    english_items = {
        action.text() for menu in window.menuBar().actions() for action in menu.menu().actions()
    } - {""}
    assert len(english_items) == len(french_items)
    assert english_items.isdisjoint(french_items), english_items & french_items
    assert window.home.new_button.text() == "New questionnaire"
    assert english_words(window)
    assert window.home.open_button.text() == "Open / edit"
    assert window.form_view.next_button.text() == "Next →"
    assert window.home.filter_status.itemText(0) == "All statuses"
    assert window.home.model.headerData(1, Qt.Orientation.Horizontal) == "Neighbourhood"
    # Qt's own strings follow: a standard button reads "Cancel".
    box = QMessageBox(QMessageBox.Icon.Question, "Title", "Text")
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    # The rebuilt home screen works: a questionnaire starts from it.
    window.new_questionnaire()
    assert window.form_view.session is not None
    assert window.form_view.close_button.text() == "Close (draft kept)"
    window.form_view._on_close()

    window.apply_language("fr")
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.home.new_button.text() == "Nouveau questionnaire"
    assert english_words(window) == []


def test_language_waits_for_the_open_questionnaire(
    qtbot, compiled: None, window: MainWindow, french_after: None
) -> None:
    window.new_questionnaire()
    session = window.form_view.session
    assert session is not None
    window.apply_language("en")
    # Nothing changes under the interviewer's eyes; the questionnaire stays open.
    assert window.form_view.session is session
    assert window.stack.currentWidget() is window.form_view
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert "fermeture du questionnaire" in window.statusBar().currentMessage()
    window.form_view._on_close()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.home.new_button.text() == "New questionnaire"


def test_home_keeps_refreshing_after_a_language_switch(
    qtbot, compiled: None, window: MainWindow, store, french_after: None
) -> None:
    """The old home screen is gone once deleted: the store's signal reaches the new one only."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.apply_language("en")
    # The old widgets' deferred deletion runs, as it does at the next turn of the event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.invite_banner.parent() is not None
    assert window.home.isAncestorOf(window.invite_banner)
    assert window.invite_banner.isVisibleTo(window)  # no coordinator password yet
    before = window.home.model.rowCount()
    store.create_submission(
        form_version_id=window.home.form_combo.currentData(),
        zone="maubeuge/sous_le_bois",
        operator_id=store.operators()[0].id,
    )
    window.store_events.changed.emit()  # raised RuntimeError on the deleted banner
    assert window.home.model.rowCount() == before + 1
