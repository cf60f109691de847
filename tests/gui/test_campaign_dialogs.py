"""End of campaign dialogs: clearing free-text answers and purging, and the free-text note."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from inclusion_desktop.gui.coordination.campaign_dialogs import ClearFreeTextDialog, PurgeDialog
from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle

SECRET = "Mme ZEBRULON 06 12 34 56 78"
SHOTS = Path(os.environ.get("CAMPAIGN_SHOTS", "/tmp/shots"))
FORM = b"""| survey |
| | type | name | label |
| | text | numero_papier | Numero du questionnaire papier |
| | text | commentaire | Souhaitez-vous ajouter quelque chose ? |
"""


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"campaign_{name}.png"))  # type: ignore[attr-defined]


def _questionnaires(window, store: Store) -> list[str]:  # type: ignore[no-untyped-def]
    """Two finished resident questionnaires with a free-text comment, one without."""
    version = next(v for v in store.form_versions() if v.form_id == "habitants")
    operator = window.current_operator_id()
    uuids = []
    for answers in (
        {"commentaire": SECRET, "numero_papier": "P-1"},
        {"commentaire": "autre " + SECRET, "usages_autre": "le bus"},
        {"numero_papier": "P-3"},
    ):
        sub = store.create_submission(
            form_version_id=version.id, zone="maubeuge/sous_le_bois", operator_id=operator
        )
        store.finalize(sub.uuid, answers, operator)
        uuids.append(sub.uuid)
    return uuids


def test_free_text_question_shows_the_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = FieldFormView()
    qtbot.addWidget(view)
    session = FormSession(load_form_bytes(FORM, "petit.md"))
    view.start(
        session,
        "uuid:test",
        title="Test",
        position=None,
        save_draft=lambda *a: None,
        finalize=lambda *a: None,
    )
    assert view.findChildren(QLabel, "freeTextNote") == []  # the paper number is not free text
    view.show_page("commentaire")
    (note,) = view.findChildren(QLabel, "freeTextNote")
    assert note.text() == (
        "Texte libre : n'y notez rien qui permette de reconnaître une personne "
        "(nom, adresse, numéro de téléphone)."
    )
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    _shot(view, "note_texte_libre")


def test_clear_free_text_dialog(qtbot, window, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    uuids = _questionnaires(window, store)
    dialog = ClearFreeTextDialog(window.collector, window.current_operator_id(), window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert "3 réponses en texte libre dans 2 questionnaires" in dialog.summary.text()
    assert dialog.clear_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    _shot(dialog, "textes_libres_avant")
    # Saying no changes nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.clear_button.click()
    assert dialog.outcome is None and store.head_answers(uuids[0])["commentaire"] == SECRET
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.clear_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert "✓ 3 réponses en texte libre effacées dans 2 questionnaires" in dialog.message.text()
    assert not dialog.clear_button.isEnabled() and dialog.close_button.isEnabled()
    assert store.head_answers(uuids[0]) == {"numero_papier": "P-1"}
    assert store.head_answers(uuids[1]) == {}
    _shot(dialog, "textes_libres_apres")
    dialog.close()


def test_clear_free_text_from_the_menu(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(ClearFreeTextDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(PurgeDialog, "exec", lambda self: opened.append(self) or 0)
    titles = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    titles["Effacer les &textes libres…"].trigger()
    titles["&Purger la campagne…"].trigger()
    assert [type(d) for d in opened] == [ClearFreeTextDialog, PurgeDialog]


def test_purge_dialog(qtbot, window, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    uuids = _questionnaires(window, store)
    draft = store.create_submission(
        form_version_id=store.form_versions()[0].id,
        zone="maubeuge/sous_le_bois",
        operator_id=window.current_operator_id(),
    )
    bundle = export_bundle(store, tmp_path / "fin.zip", passphrase="phrase campagne").path
    dialog = PurgeDialog(store, window.current_operator_id(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    next(
        b for b in dialog.findChildren(type(dialog.check_button)) if b.text() == "Choisir…"
    ).click()
    assert dialog.file_edit.text() == str(bundle)

    # Wrong passphrase: refused, nothing to confirm.
    dialog.passphrase.setText("mauvaise")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=20000)
    assert "phrase de passe incorrecte" in dialog.check_label.text()
    assert not dialog.confirm_edit.isEnabled() and not dialog.purge_button.isEnabled()

    # Right passphrase, but a questionnaire is still a draft: refused and named.
    dialog.passphrase.setText("phrase campagne")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=20000)
    assert "en cours de saisie" in dialog.check_label.text()
    assert draft.uuid.removeprefix("uuid:")[:8] in dialog.check_label.text()
    _shot(dialog, "purge_refus")
    store.discard_untouched_draft(draft.uuid)

    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=20000)
    assert dialog.check.ok, dialog.check_label.text()
    assert dialog.confirm_edit.isEnabled() and not dialog.purge_button.isEnabled()
    dialog.confirm_edit.setText("purger")
    assert not dialog.purge_button.isEnabled()
    dialog.confirm_edit.setText("PURGER")
    assert dialog.purge_button.isEnabled()
    _shot(dialog, "purge_prete")
    dialog.purge_button.click()
    qtbot.waitUntil(
        lambda: dialog.outcome is not None or "impossible" in dialog.message.text(), timeout=30000
    )
    assert dialog.outcome is not None, dialog.message.text()
    assert "Campagne purgée : 3 questionnaires" in dialog.message.text()
    assert store.list_submissions() == []
    assert not dialog.purge_button.isEnabled() and not dialog.check_button.isEnabled()
    _shot(dialog, "purge_faite")
    assert uuids
    dialog.close()
    window.refresh()


def test_purge_dialog_offers_the_campaign_passphrase(
    qtbot, window, store: Store, preferences, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Like export and merge, the purge starts with the passphrase of the settings."""
    preferences.passphrase = "phrase campagne"
    _questionnaires(window, store)
    bundle = export_bundle(store, tmp_path / "fin.zip", passphrase="phrase campagne").path
    dialog = PurgeDialog(store, window.current_operator_id(), window)
    qtbot.addWidget(dialog)
    assert dialog.passphrase.text() == "phrase campagne"
    dialog.file_edit.setText(str(bundle))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=20000)
    assert dialog.check.ok, dialog.check_label.text()


def test_purge_speaks_english_in_the_english_interface(
    qtbot, window, store: Store, tmp_path: Path, french_after: None
) -> None:  # type: ignore[no-untyped-def]
    """The check and the result of a purge, read in the English interface."""
    from inclusion_desktop.gui.common.i18n import install_language

    _questionnaires(window, store)
    draft = store.create_submission(
        form_version_id=store.form_versions()[0].id,
        zone="maubeuge/sous_le_bois",
        operator_id=window.current_operator_id(),
    )
    bundle = export_bundle(store, tmp_path / "fin.zip", passphrase="phrase campagne").path
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    dialog = PurgeDialog(store, window.current_operator_id(), window)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(bundle))
    dialog.passphrase.setText("phrase campagne")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=20000)
    refused = dialog.check_label.text()
    assert "1 questionnaire still being entered or corrected: " in refused, refused
    assert draft.uuid.removeprefix("uuid:")[:8] in refused and ", started on " in refused
    assert refused.endswith("Finish or delete it, export, then purge. Nothing was purged.")
    store.discard_untouched_draft(draft.uuid)

    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=20000)
    assert dialog.check_label.text() == (
        "All 3 finished or deleted questionnaires of this computer are in fin.zip, verified, "
        "with their current version: the purge can be done."
    )
    dialog.confirm_edit.setText(dialog.confirmation_word)
    dialog.purge_button.click()
    qtbot.waitUntil(
        lambda: dialog.outcome is not None or "impossible" in dialog.message.text(), timeout=30000
    )
    done = dialog.message.text()
    assert done.startswith("✓ Campaign purged: 3 questionnaires and 3 versions erased"), done
    assert "A backup made just before" in done and "Campagne" not in done
