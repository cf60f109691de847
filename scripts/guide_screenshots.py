"""Renders the user guide's screenshots from the real application, offscreen, on demo stores.

Run: .venv/bin/python scripts/guide_screenshots.py [OUT_DIR]   (default: docs/images/guide)

Three temporary stores stand for a field laptop, a second field laptop and the coordination;
the real windows and dialogs are opened on them, at 1366×768 for the main window, and grabbed
to PNG. Nothing is written outside OUT_DIR and a temporary folder: the preferences (QSettings)
are read and written there too, never in the user's own settings file.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from inclusion_desktop.demo import fill_demo_store, random_answers  # noqa: E402
from inclusion_desktop.gui.admin.first_run import FirstRunWizard  # noqa: E402
from inclusion_desktop.gui.admin.operators_dialogs import OperatorsDialog, SecretDialog  # noqa: E402
from inclusion_desktop.gui.common.settings import Preferences  # noqa: E402
from inclusion_desktop.gui.coordination.campaign_dialogs import PurgeDialog  # noqa: E402
from inclusion_desktop.gui.coordination.reports_dialogs import DashboardDialog, ReportsDialog  # noqa: E402
from inclusion_desktop.gui.coordination.sync_dialogs import (  # noqa: E402
    ConflictsDialog,
    ExportDialog,
    MergeDialog,
)
from inclusion_desktop.gui.field.form_view import REVIEW_KEY  # noqa: E402
from inclusion_desktop.gui.keying.keying_dialogs import DiscrepancyDialog  # noqa: E402
from inclusion_desktop.gui.shell.app import create_application, open_main_window  # noqa: E402
from inclusion_desktop.gui.shell.main_window import (  # noqa: E402
    SETTING_OPERATOR,
    SETTING_ZONE,
    MainWindow,
)
from inclusion_desktop.permissions import Action  # noqa: E402
from inclusion_desktop.questionnaire.model import Question  # noqa: E402
from inclusion_desktop.questionnaire.session import FormSession  # noqa: E402
from inclusion_desktop.reports import file_name  # noqa: E402
from inclusion_desktop.services.collect import PAPER_NUMBER_QUESTION, Collector, zone_answers  # noqa: E402
from inclusion_desktop.store import ROLE_COORDINATOR, Store  # noqa: E402
from inclusion_desktop.sync import export_bundle, merge_files  # noqa: E402

#: Every image the guide shows, in the order they are made.
IMAGES = (
    "premier-lancement.png",
    "accueil.png",
    "question-terrain.png",
    "message-erreur.png",
    "relecture.png",
    "langue-anglais.png",
    "export-reussi.png",
    "saisie-papier.png",
    "double-saisie-ecarts.png",
    "fusion-apercu.png",
    "conflits.png",
    "tableau-de-bord.png",
    "fiches-produites.png",
    "fiche-quartier.png",
    "operateurs-et-codes.png",
    "mot-de-passe-coordination.png",
    "purger-la-campagne.png",
)

PASSPHRASE = "sambre-2026"
#: The coordinator of the guide and her password (the first-run page shows the same name).
COORDINATOR = "Claire D."
COORDINATOR_PASSWORD = "sambre-2021"
ZONE = "maubeuge/sous_le_bois"
TIMEOUT_S = 60.0


class Shooter:
    """Saves widgets as PNG in the output folder and keeps the list of what it saved."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.saved: list[str] = []

    def settle(self) -> None:
        """Lets Qt lay out and paint what changed (deferred saves included)."""
        for _ in range(3):
            self.app.processEvents()
            time.sleep(0.01)

    def wait_until(self, ready: Callable[[], bool], what: str) -> None:
        """Runs the event loop until `ready()` (a background task finished), or fails."""
        deadline = time.monotonic() + TIMEOUT_S
        while not ready():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} : pas terminé après {TIMEOUT_S:.0f} s")
            self.app.processEvents()
            time.sleep(0.02)
        self.settle()

    def save(self, widget: QWidget, name: str) -> None:
        """Shows `widget` if needed, then grabs it to `name`."""
        assert name in IMAGES, name
        if not widget.isVisible():
            widget.show()
        self.settle()
        if not widget.grab().save(str(self.out / name)):
            raise OSError(f"impossible d'écrire {self.out / name}")
        self.saved.append(name)
        print(f"  {name}", flush=True)


def fill_session(session: FormSession, answers: dict[str, object]) -> None:
    """Gives `session` the answers of a questionnaire, in sheet order, calculations left out."""
    for question in session.form.questions:
        if not isinstance(question, Question) or question.calculation is not None:
            continue
        if question.repeat is not None or question.is_silent:
            continue
        value = answers.get(question.name)
        if isinstance(value, str) and value:
            session.set_answer(question.name, value)


def field_laptop(folder: Path) -> Store:
    """The field laptop of the guide: 60 questionnaires from the last month."""
    store = Store.open(str(folder / "portable-1.sqlite"))
    fill_demo_store(store, submissions=60, seed=2021, device_name="Portable médiation 1")
    store.set_setting(SETTING_ZONE, ZONE)
    samira = next(o for o in store.operators() if o.name == "Samira B.")
    store.set_setting(SETTING_OPERATOR, str(samira.id))
    # Set up as the guide advises: a coordinator with a password (no invitation banner).
    claire = store.add_operator(COORDINATOR, ROLE_COORDINATOR)
    store.set_operator_secret(claire.id, COORDINATOR_PASSWORD, by_operator_id=claire.id)
    return store


def shoot_first_run(shots: Shooter, folder: Path) -> None:
    """The assistant's « Opérateurs » page, filled in, on a new store."""
    store = Store.open(str(folder / "premier-lancement.sqlite"))
    Collector(store).register_bundled_forms()
    wizard = FirstRunWizard(store, Preferences(path=folder / "premier-lancement.ini"))
    wizard.resize(760, 600)
    wizard.show()
    wizard.next()
    wizard.device_page.device_edit.setText("Portable médiation 1")
    wizard.next()
    page = wizard.operators_page
    page.coordinator_edit.setText(COORDINATOR)
    for edit in (page.password_edit, page.confirm_edit):
        edit.setText(COORDINATOR_PASSWORD)
    page.mediator_edit.setText("Samira B.")
    page.pin_edit.setText("4821")
    page.add_mediator()
    page.mediator_edit.setText("Karim L.")
    page.add_mediator()
    shots.save(wizard, "premier-lancement.png")
    wizard.close()
    store.close()


def shoot_field_mode(shots: Shooter, window: MainWindow) -> None:
    """Home, a page, an inline error, the review and the English questions."""
    shots.save(window, "accueil.png")
    window.new_questionnaire()
    view = window.form_view
    session = view.session
    assert session is not None
    for name, value in (("mode_collecte", "porte_a_porte"), ("consentement", "oui")):
        session.set_answer(name, value)
    session.set_answer("equipement", "smartphone connexion_domicile")
    view.show_page("bloc_equipement")
    shots.save(window, "question-terrain.png")

    # "Suivant" on the profile page with an age out of bounds: the message under the question.
    for name, index in (("sexe", 0), ("diplome", 2)):
        choices = session.form.question(name).choices
        assert choices is not None
        session.set_answer(name, choices.choices[index].name)
    session.set_answer("age", "12")
    view.show_page("bloc_profil")
    view.go_next()
    shots.save(window, "message-erreur.png")

    session.set_answer("age", "34")
    rng = random.Random(7)
    rest = random_answers(session.form, rng, prefilled=dict(session.answers))
    fill_session(session, rest)
    view.show_page(REVIEW_KEY)
    shots.save(window, "relecture.png")

    view.show_page("bloc_aisance_usages")
    view.language_combo.setCurrentIndex(view.language_combo.findData("English (en)"))
    shots.save(window, "langue-anglais.png")
    view.language_combo.setCurrentIndex(view.language_combo.findData("Français (fr)"))
    view._on_close()  # the questionnaire stays in the list as a draft
    shots.settle()


def shoot_export(shots: Shooter, window: MainWindow, usb_key: Path) -> Path:
    """The export dialog once the file is written and verified on the "USB key"."""
    dialog = ExportDialog(window.store, window)
    dialog.folder_edit.setText(str(usb_key))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.show()
    dialog.start_export()
    shots.wait_until(dialog.export_button.isEnabled, "export")
    assert dialog.result is not None, dialog.message.text()
    shots.save(dialog, "export-reussi.png")
    dialog.close()
    return dialog.result.path


def shoot_keying(shots: Shooter, window: MainWindow) -> None:
    """A paper questionnaire half keyed, with an unknown code refused on the spot."""
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    view = window.keying_view
    rows = {row.question.name: row for row in view.rows}
    for name, typed in (
        ("mode_collecte", "2"),
        (PAPER_NUMBER_QUESTION, "ML-0043"),
        ("consentement", "1"),
        ("commune", None),
        ("quartier", None),
        ("age", "27"),
        ("sexe", "2"),
        ("diplome", "9"),
    ):
        row = rows[name]
        if typed is not None:
            row.edit.setText(typed)
        view.confirm(row)
    shots.save(window, "saisie-papier.png")
    view.close_questionnaire()
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("field"))
    shots.settle()


def shoot_double_entry(shots: Shooter, window: MainWindow) -> None:
    """A paper form keyed twice with two differences: the review of the discrepancies."""
    collector: Collector = window.collector
    store = window.store
    operator_id = window.current_operator_id()
    assert operator_id is not None
    neighbourhood = next(n for n in window.neighbourhoods if n.code == ZONE)
    version = next(v for v in store.form_versions() if v.form_id == "habitants")
    opened = collector.new_questionnaire(
        version.id, neighbourhood, operator_id, entry_mode="keying"
    )
    form = opened.session.form
    prefilled = {
        **zone_answers(form, neighbourhood),
        "mode_collecte": "mission_locale",
        PAPER_NUMBER_QUESTION: "ML-0042",
        "consentement": "oui",
        "age": "47",
        "equipement": "smartphone",
    }
    first = random_answers(form, random.Random(42), prefilled=prefilled)
    fill_session(opened.session, first)
    collector.complete(opened.uuid, opened.session, operator_id, keying_seconds=140)

    julien = next(o for o in store.operators() if o.name == "Julien D.")
    uuid, second = collector.start_verification("ML-0042")
    fill_session(second, {**first, "age": "41", "equipement": "smartphone ordinateur"})
    info, discrepancies = collector.finish_verification(uuid, second, julien.id, seconds=120)
    assert len(discrepancies) == 2, discrepancies
    dialog = DiscrepancyDialog(collector, info, julien.id, window)
    dialog.choices["age"].setCurrentIndex(1)  # the paper says 47: the first keying was right
    shots.save(dialog, "double-saisie-ecarts.png")
    dialog.close()


def shoot_merge(shots: Shooter, coordination: Store, files: list[Path]) -> None:
    """The preview of three files, one of them damaged, then the merge itself."""
    dialog = MergeDialog(coordination, [str(f) for f in files])
    # Wide enough for the « État » column, where a refused file says why.
    dialog.resize(1340, 560)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.show()
    dialog.start(dry_run=True)
    shots.wait_until(dialog.preview_button.isEnabled, "aperçu de la fusion")
    shots.save(dialog, "fusion-apercu.png")
    dialog.start(dry_run=False)
    shots.wait_until(dialog.merge_button.isEnabled, "fusion")
    dialog.close()


def make_conflict(laptop: Store, coordination: Store, usb_key: Path) -> None:
    """The same questionnaire corrected differently on the laptop and at the coordination."""
    merged = {row.uuid for row in coordination.list_submissions(status="complete")}
    uuid = next(
        r.uuid
        for r in laptop.list_submissions(status="complete", zone=ZONE)
        if r.uuid in merged and r.entry_mode == "field"
    )
    answers = laptop.revisions(uuid)[-1].answers
    laptop_operator = next(o for o in laptop.operators() if o.name == "Samira B.")
    laptop.save_revision(uuid, {**answers, "age": "61", "tranche_age": "60_74"}, laptop_operator.id)
    coordination.save_revision(
        uuid,
        {**answers, "age": "16", "tranche_age": "15_29"},
        coordination.operators()[0].id,
    )
    again = export_bundle(
        laptop,
        usb_key / "inclusion-portable-mediation-1-correction.zip",
        since_last=True,
        passphrase=PASSPHRASE,
    )
    reports = merge_files(coordination, [again.path], passphrase=PASSPHRASE)
    assert reports[0].conflicts == 1, reports


def busiest_neighbourhood(store: Store) -> str:
    """The priority neighbourhood (QPV) with the most questionnaires, for a well-filled sheet."""
    counts = Counter(
        row.zone
        for row in store.list_submissions(status="complete")
        if row.zone and not row.zone.endswith("/autre")
    )
    return counts.most_common(1)[0][0] if counts else ZONE


def shoot_results(shots: Shooter, coordination: Store, sheets: Path) -> None:
    """The dashboard of a neighbourhood, the sheets written, and a sheet's first page."""
    zone = busiest_neighbourhood(coordination)
    dashboard = DashboardDialog(coordination)
    dashboard.show()
    shots.wait_until(dashboard.zone_combo.isEnabled, "tableau de bord")
    index = dashboard.zone_combo.findData(zone)
    if index >= 0:
        dashboard.zone_combo.setCurrentIndex(index)
    shots.save(dashboard, "tableau-de-bord.png")
    dashboard.close()

    dialog = ReportsDialog(coordination)
    dialog.folder_edit.setText(str(sheets))
    dialog.show()
    dialog.start()
    shots.wait_until(lambda: dialog.make_button.isEnabled() and dialog.result is not None, "fiches")
    shots.save(dialog, "fiches-produites.png")
    dialog.close()

    pdf = sheets / file_name(zone, "fr")
    if not pdf.exists():
        pdf = dialog.result.paths[0]
    stem = shots.out / "fiche-quartier"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    shots.saved.append("fiche-quartier.png")
    print("  fiche-quartier.png", flush=True)


def shoot_operators(shots: Shooter, window: MainWindow) -> None:
    """« Opérateurs et codes »: Samira has a PIN, the coordinator adds Karim with his own."""
    store = window.store
    claire = next(o for o in store.operators() if o.name == COORDINATOR)
    samira = next(o for o in store.operators() if o.name == "Samira B.")
    store.set_operator_secret(samira.id, "4821", by_operator_id=claire.id)
    dialog = OperatorsDialog(store, claire.id, window)
    dialog.resize(700, 760)  # the five people without a scroll bar
    dialog.new_name.setText("Karim L.")
    for edit in (dialog.new_secret, dialog.new_confirm):
        edit.setText("1357")
    dialog.add_button.click()
    karim = next((o for o in store.operators() if o.name == "Karim L."), None)
    assert karim is not None and karim.has_secret, dialog.message.text()
    shots.save(dialog, "operateurs-et-codes.png")
    dialog.close()


def shoot_coordinator_password(shots: Shooter, window: MainWindow) -> None:
    """A mediator asks for a coordinator action: the gate asks a coordinator's password.

    The real gate (MainWindow.require_coordinator) runs its dialog modally; a timer, fired
    inside that dialog's event loop, types a wrong password, grabs the refusal and cancels.
    """
    errors: list[BaseException] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SecretDialog):
            errors.append(AssertionError(f"fenêtre inattendue : {dialog!r}"))
            if dialog is not None:
                dialog.close()
            return
        try:
            dialog.secret_edit.setText("sambre2021")  # a typo: one attempt used
            dialog.accept()
            assert dialog.isVisible() and dialog.message.text(), "le refus n'est pas affiché"
            shots.save(dialog, "mot-de-passe-coordination.png")
        except BaseException as error:  # re-raised once the dialog is closed
            errors.append(error)
        finally:
            dialog.reject()

    QTimer.singleShot(0, answer)
    allowed = window.require_coordinator(Action.PURGE)
    shots.settle()
    if errors:
        raise errors[0]
    assert not allowed, "l'action aurait dû être refusée"


def shoot_purge(shots: Shooter, laptop: Store, bundle: Path) -> None:
    """The purge of the second laptop, its full export checked, the confirmation typed."""
    operator = laptop.operators()[0]
    dialog = PurgeDialog(laptop, operator.id)
    dialog.file_edit.setText(str(bundle))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.show()
    dialog.start_check()
    shots.wait_until(lambda: dialog.task is None and dialog.check is not None, "vérification")
    assert dialog.check is not None and dialog.check.ok, dialog.check_label.text()
    dialog.confirm_edit.setText(dialog.confirmation_word)
    assert dialog.purge_button.isEnabled()
    shots.save(dialog, "purger-la-campagne.png")
    dialog.close()  # nothing is purged: the guide's stores are thrown away anyway


def main() -> int:
    """Saves every image of IMAGES in the output folder."""
    started = time.monotonic()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/guide")
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm est introuvable (paquet poppler-utils).", file=sys.stderr)
        return 1
    app = create_application()
    shots = Shooter(app, out)
    with tempfile.TemporaryDirectory(prefix="guide-") as name:
        folder = Path(name)
        usb_key = folder / "CLE-USB"
        usb_key.mkdir()
        # The windows read and write the preferences of a temporary folder, not the user's.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        shoot_first_run(shots, folder)

        laptop = field_laptop(folder)
        window = open_main_window(laptop, first_run=False)
        assert window is not None
        window.resize(1366, 768)
        window.show()
        shoot_field_mode(shots, window)
        first_export = shoot_export(shots, window, usb_key)
        shoot_keying(shots, window)
        shoot_double_entry(shots, window)

        second = Store.open(str(folder / "portable-2.sqlite"))
        fill_demo_store(second, submissions=160, seed=7, device_name="Portable médiation 2")
        second_export = export_bundle(
            second, usb_key / "inclusion-portable-mediation-2.zip", passphrase=PASSPHRASE
        ).path
        damaged = usb_key / "inclusion-portable-mediation-3.zip"
        data = second_export.read_bytes()
        damaged.write_bytes(data[: len(data) // 2])  # a key pulled out during a copy

        coordination = Store.open(str(folder / "coordination.sqlite"))
        coordination.set_device_name("Coordination")
        coordination.add_operator("Claire (coordination)")
        Collector(coordination).register_bundled_forms()
        shoot_merge(shots, coordination, [first_export, second_export, damaged])
        make_conflict(laptop, coordination, usb_key)
        conflicts = ConflictsDialog(coordination)
        shots.save(conflicts, "conflits.png")
        conflicts.close()
        shoot_results(shots, coordination, folder / "Fiches de synthèse")
        shoot_operators(shots, window)
        shoot_coordinator_password(shots, window)
        shoot_purge(shots, second, second_export)

        window.close()
        shots.settle()
        for store in (laptop, second, coordination):
            store.close()
    missing = sorted(set(IMAGES) - set(shots.saved))
    if missing:
        print(f"Images manquantes : {', '.join(missing)}", file=sys.stderr)
        return 1
    print(
        f"{len(shots.saved)} captures enregistrées dans {out} ({time.monotonic() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
