"""Errors on screen: one user_message, refusals in the interface language, bugs as bugs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from inclusion_desktop.catalogue import Code
from inclusion_desktop.gui.admin.operators_dialogs import SecretDialog
from inclusion_desktop.gui.common.i18n import install_language
from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.gui.coordination.sync_dialogs import MergeDialog
from inclusion_desktop.store import ROLE_COORDINATOR, Store, StoreError
from inclusion_desktop.sync.bundle import BundleError


@pytest.fixture
def english(compiled: None) -> Iterator[None]:
    """The English interface for the test, French again after it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    try:
        yield
    finally:
        install_language(app, "fr")


def test_a_wrong_password_is_refused_in_english(qtbot, store: Store, english: None) -> None:
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    dialog = SecretDialog(store, [store.get_operator(claire.id)], claire.id)
    qtbot.addWidget(dialog)
    dialog.secret_edit.setText("not-hers")
    dialog.ok_button.click()
    assert dialog.message.text() == (
        "Wrong code or password. 4 more attempts before a one-minute lock."
    )
    assert dialog.operator is None


def test_a_refused_export_file_is_explained_in_english(
    qtbot, store: Store, tmp_path: Path, english: None
) -> None:
    not_a_bundle = tmp_path / "notes.zip"
    not_a_bundle.write_text("liste de courses", encoding="utf-8")
    dialog = MergeDialog(store, [str(not_a_bundle)])
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=20000)
    (report,) = dialog.reports
    assert report.refused_reason == "ce fichier n'est pas un fichier d'export d'inclusion_desktop."
    state = dialog.table.item(0, dialog.table.columnCount() - 1).text()
    assert state == "REFUSED: this file is not an inclusion_desktop export file."


def test_the_same_refusal_reads_in_french_by_default(qtbot) -> None:
    error = BundleError(Path("/media/cle/export.zip"), code=Code.BUNDLE_WRONG_PASSPHRASE)
    assert user_message(error) == "export.zip : phrase de passe incorrecte."
    plain = StoreError("Cette double saisie a déjà été vérifiée.")
    assert user_message(plain) == "Cette double saisie a déjà été vérifiée."


def test_a_file_the_system_refuses_is_named(qtbot, tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "export.zip"
    with pytest.raises(OSError) as raised:
        missing.read_bytes()
    assert user_message(raised.value) == f"{missing} : fichier ou dossier introuvable"


def test_a_bug_is_shown_as_an_unexpected_error_and_logged_with_its_traceback(
    qtbot, caplog: pytest.LogCaptureFixture, english: None
) -> None:
    def read_answer(key: str) -> str:
        answers: dict[str, str] = {}
        return answers[key]

    quoted_answer = "réponse de Mme Dupont"
    with pytest.raises(KeyError) as raised:
        read_answer(quoted_answer)
    with caplog.at_level(logging.ERROR, logger="inclusion_desktop.gui.common.messages"):
        shown = user_message(raised.value)
    assert shown.startswith("Unexpected error: this is not a refusal"), shown
    assert "Dupont" not in shown
    (record,) = caplog.records
    logged = record.getMessage()
    assert "Erreur inattendue" in logged and "KeyError" in logged and "in read_answer" in logged
    assert "Dupont" not in logged  # the message may quote an answer: it is not logged


def test_as_sentence_ends_a_reason_once() -> None:
    from inclusion_desktop.gui.common.messages import as_sentence

    assert as_sentence("enregistrez-le en .xlsx ou .md") == "enregistrez-le en .xlsx ou .md."
    assert as_sentence("fichier illisible.") == "fichier illisible."
    assert as_sentence("Vraiment ?  ") == "Vraiment ?"


def test_a_refused_form_is_explained_in_english_with_its_place(
    qtbot, store: Store, tmp_path: Path, english: None
) -> None:
    from inclusion_desktop.gui.coordination.data_dialogs import DataImportDialog

    form = tmp_path / "casse.md"
    form.write_text(
        "| survey |\n| | type | name | label |\n"
        "| | integer | age | Âge |\n| | text | age | Nom |\n",
        encoding="utf-8",
    )
    data = tmp_path / "export.csv"
    data.write_text("_uuid,age\n", encoding="utf-8")
    dialog = DataImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.form_edit.setText(str(form))
    dialog.data_edit.setText(str(data))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    text = dialog.message.text()
    assert (
        "casse.md, sheet “survey”, row 3, column “name”: the name “age” is already used on row 2 "
        "in the same group — two questions of the same group or repeat must have different names"
    ) in text, text
    assert "feuille" not in text and "ligne" not in text
    assert store.list_submissions() == [] and data.read_text(encoding="utf-8") == "_uuid,age\n"


def test_a_too_big_attachment_is_refused_in_english(qtbot, window, english: None) -> None:  # type: ignore[no-untyped-def]
    """The size and the limit in MB with a decimal point, not « Mo » with a comma."""
    from inclusion_desktop.store.attachments import MAX_ATTACHMENT_BYTES

    store = window.store
    sub = store.create_submission(
        form_version_id=store.form_versions()[0].id,
        zone="maubeuge/sous_le_bois",
        operator_id=window.current_operator_id(),
    )
    with pytest.raises(StoreError) as caught:
        store.add_attachment(
            sub.uuid, question="photo", file_name="film.mp4", data=b"0" * (MAX_ATTACHMENT_BYTES + 1)
        )
    assert "20,0 Mo" in caught.value.message  # the core and the command line: French
    assert user_message(caught.value) == (
        "The file film.mp4 weighs 20.0 MB, more than the 20.0 MB allowed for an attachment: it "
        "was not attached. Make it smaller (a smaller photo, a shorter extract)."
    )


def test_the_summary_sheets_folder_is_named_in_english(store: Store, qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.coordination.reports_dialogs import ReportsDialog

    dialog = ReportsDialog(store)
    qtbot.addWidget(dialog)
    assert Path(dialog.folder_edit.text()) == Path.home() / "Summary sheets"


def test_a_tampered_audit_log_is_refused_in_english(
    qtbot, store: Store, tmp_path: Path, english: None
) -> None:  # type: ignore[no-untyped-def]
    """A laptop's log changed in its file: the merge says where, in the interface language."""
    import sqlite3
    from contextlib import closing

    from inclusion_desktop.sync.bundle import export_bundle

    store.add_operator("Claire", ROLE_COORDINATOR)
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:  # what someone with the file does
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE audit SET detail = 'rien' WHERE action = 'operateur'")
        conn.commit()
    tampered = export_bundle(store, tmp_path / "a.idbundle").path
    report, state = _previewed(qtbot, tmp_path / "c.sqlite", tampered)
    assert report.refused_reason is not None and "a été modifiée" in report.refused_reason
    assert state.text().startswith("REFUSED: audit log of “Portable test”: the row of ")
    assert state.text().endswith("(operateur) was modified. File refused: nothing was merged.")


def _previewed(qtbot, coordinator_path: Path, bundle: Path) -> tuple[Any, Any]:  # type: ignore[no-untyped-def]
    """The merge dialog's preview of `bundle` on a new coordinator store: report, state cell."""
    coordinator = Store.open(str(coordinator_path))
    try:
        dialog = MergeDialog(coordinator, [str(bundle)])
        qtbot.addWidget(dialog)
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=20000)
        (report,) = dialog.reports
        return report, dialog.table.item(0, dialog.table.columnCount() - 1).clone()
    finally:
        coordinator.close()


def test_a_questionnaire_of_a_refused_form_is_explained_in_english(
    qtbot, store: Store, tmp_path: Path, english: None
) -> None:  # type: ignore[no-untyped-def]
    """A form the check refuses at a merge: the refused questionnaires say why in English."""
    import hashlib

    from inclusion_desktop.sync.bundle import export_bundle

    source = (
        b"| survey |\n| | type | name | label |\n| | integer | age | Age |\n| | bogus | x | X |\n"
    )
    bad = store.register_form(
        source=source,
        filename="piege.md",
        form_id="enquete",
        version="9999",
        title="Enquête",
        sha256=hashlib.sha256(source).hexdigest(),
    )
    operator = store.operators()[0].id
    sub = store.create_submission(form_version_id=bad.id, zone="maubeuge", operator_id=operator)
    store.finalize(sub.uuid, {"age": "31"}, operator)
    bundle = export_bundle(store, tmp_path / "pirate.idbundle").path
    report, state = _previewed(qtbot, tmp_path / "c.sqlite", bundle)
    assert [item["reason"][:33] for item in report.refused] == ["formulaire piege.md refusé par la"]
    tip = state.toolTip()
    assert tip.startswith(f"{sub.uuid} : form piege.md refused by the check ("), tip
    assert "refusé" not in tip
