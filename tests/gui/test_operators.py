"""Who may do what, on screen: PIN when switching operator, coordinator gate, invitation."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from inclusion_desktop.gui.admin import operators_dialogs
from inclusion_desktop.gui.admin.operators_dialogs import OperatorsDialog, SecretDialog
from inclusion_desktop.gui.shell import operator_gate
from inclusion_desktop.gui.shell.main_window import SETTING_OPERATOR, MainWindow
from inclusion_desktop.store import MAX_ATTEMPTS, ROLE_COORDINATOR, Store

# Words of English interfaces that have no business in ours (as in test_french_interface).
ENGLISH = re.compile(
    r"\b(the|and|of|to|is|are|please|cancel|save|open|close|file|files|edit|help|error|"
    r"warning|settings|delete|merge|select|choose|browse|apply|back|password|name|role|add|"
    r"next|previous|finish|submit|loading|done|failed|success|yes|no|new|quit|about|ok)\b",
    re.IGNORECASE,
)


def _english_words(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton | QGroupBox):
            texts.append(child.title() if isinstance(child, QGroupBox) else child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTableWidget):
            for column in range(child.columnCount()):
                header = child.horizontalHeaderItem(column)
                texts.append(header.text() if header else "")
    return [f"{m.group(0)!r} in {text!r}" for text in texts if text for m in ENGLISH.finditer(text)]


class on_modal(list[str]):  # noqa: N801 (used like a function)
    """Runs `act` on the next modal dialog as soon as it is shown; lists its class name.

    Call stop() when no dialog was expected, so the watch does not catch a later one.
    """

    def __init__(self, qtbot, act: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.act = act
        self.stopped = False
        QTimer.singleShot(0, self.poll)

    def poll(self) -> None:
        if self.stopped:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            self.stopped = True
            self.append(type(dialog).__name__)
            self.act(dialog)
        else:
            QTimer.singleShot(20, self.poll)

    def stop(self) -> list[str]:
        self.stopped = True
        return list(self)


def type_secret(secret: str, *, cancel_after: bool = False) -> Callable[[QDialog], None]:
    """Types a secret in a SecretDialog and validates; cancels if it is still open after."""

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, SecretDialog)
        dialog.secret_edit.setText(secret)
        dialog.ok_button.click()
        if cancel_after and dialog.isVisible():
            dialog.last_message = dialog.message.text()  # type: ignore[attr-defined]
            dialog.reject()

    return act


def choose_in_combo(window: MainWindow, name: str) -> None:
    window.home.operator_combo.setCurrentIndex(window.home.operator_combo.findText(name))


@pytest.fixture
def team(store: Store) -> dict[str, int]:
    """Samira (mediator, no PIN, current), Karim (mediator, PIN 2468), Claire (coordinator)."""
    samira = store.operators()[0]
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    karim = store.add_operator("Karim")
    store.set_operator_secret(karim.id, "2468", by_operator_id=claire.id)
    store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    store.set_setting(SETTING_OPERATOR, str(samira.id))
    return {"samira": samira.id, "claire": claire.id, "karim": karim.id}


def test_switching_to_an_operator_with_a_pin(
    qtbot, team: dict[str, int], window: MainWindow
) -> None:
    assert window.current_operator_id() == team["samira"]
    seen = on_modal(qtbot, type_secret("2468"))
    choose_in_combo(window, "Karim")
    assert seen == ["SecretDialog"]
    assert window.current_operator_id() == team["karim"]
    assert window.store.get_setting(SETTING_OPERATOR) == str(team["karim"])
    # Back to someone without a PIN: nothing asked.
    seen = on_modal(qtbot, lambda dialog: dialog.reject())
    choose_in_combo(window, "Samira B.")
    assert window.current_operator_id() == team["samira"] and seen.stop() == []
    # A wrong PIN stays on the previous operator, with the attempts left.
    closed: list[str] = []

    def wrong_then_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, SecretDialog)
        dialog.secret_edit.setText("0000")
        dialog.ok_button.click()
        assert dialog.isVisible()
        closed.append(dialog.message.text())
        dialog.reject()

    on_modal(qtbot, wrong_then_cancel)
    choose_in_combo(window, "Karim")
    assert window.current_operator_id() == team["samira"]
    assert window.home.operator_combo.currentText() == "Samira B."
    assert "Encore 4 essais" in closed[0]
    assert "Samira B." in window.statusBar().currentMessage()


def test_five_wrong_pins_lock_the_operator(qtbot, team: dict[str, int], window: MainWindow) -> None:
    messages: list[str] = []

    def five_wrong(dialog: QDialog) -> None:
        assert isinstance(dialog, SecretDialog)
        for _ in range(MAX_ATTEMPTS):
            dialog.secret_edit.setText("1111")
            dialog.ok_button.click()
            messages.append(dialog.message.text())
        dialog.secret_edit.setText("2468")  # the right PIN, too late
        dialog.ok_button.click()
        messages.append(dialog.message.text())
        dialog.reject()

    on_modal(qtbot, five_wrong)
    choose_in_combo(window, "Karim")
    assert window.current_operator_id() == team["samira"]
    assert "Encore 1 essai avant" in messages[3]
    assert "bloqué·e pendant encore" in messages[4] and "Karim" in messages[4]
    assert "bloqué·e" in messages[5]
    assert window.store.operator_lock_seconds(team["karim"]) > 0


def test_mediator_asking_for_a_coordinator_action_gets_the_password_dialog(
    qtbot, team: dict[str, int], window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(
        operators_dialogs.OperatorsDialog,
        "exec",
        lambda self: opened.append(self.by_operator_id) or 0,
    )
    # Cancelled: the action does not run.
    seen = on_modal(qtbot, lambda dialog: dialog.reject())
    window.admin.open_operators()
    assert seen == ["SecretDialog"] and opened == []
    assert "réservée à la coordination" in window.statusBar().currentMessage()

    def check_and_type(dialog: QDialog) -> None:
        assert isinstance(dialog, SecretDialog)
        # Only coordinators with a password are offered.
        assert [op.name for op in dialog.operators] == ["Claire"]
        assert "gérer les enquêteurs" in dialog.intro.text()
        type_secret("claire-pw")(dialog)

    seen = on_modal(qtbot, check_and_type)
    window.admin.open_operators()
    # The action runs for Claire, who typed her password; Samira stays at the keyboard.
    assert seen == ["SecretDialog"] and opened == [team["claire"]]
    assert window.current_operator_id() == team["samira"]
    assert window.acting_operator_id() == team["claire"]


def test_coordinator_with_password_is_not_asked_again(
    qtbot, team: dict[str, int], window: MainWindow
) -> None:
    on_modal(qtbot, type_secret("claire-pw"))
    choose_in_combo(window, "Claire")
    assert window.current_operator_id() == team["claire"]
    seen = on_modal(qtbot, lambda dialog: dialog.reject())
    assert window.require_coordinator("merge")
    assert seen.stop() == [] and window.acting_operator_id() == team["claire"]
    # A mediator's action needs nobody.
    choose_in_combo(window, "Samira B.")
    assert window.require_coordinator("export")


def test_invite_banner_until_a_coordinator_password_exists(
    qtbot, store: Store, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.invite_banner.isVisible()
    assert "Aucun mot de passe coordinateur" in window.invite_banner.label.text()
    samira = store.operators()[0]
    # Nothing is asked before a coordinator password exists.
    assert window.require_coordinator("merge") and window.acting_operator is None
    shown: list[OperatorsDialog] = []

    def set_password(self: OperatorsDialog) -> int:
        shown.append(self)
        assert self.selected() is not None and self.selected().id == samira.id  # type: ignore[union-attr]
        self.role_combo.setCurrentIndex(self.role_combo.findData(ROLE_COORDINATOR))
        self.role_button.click()
        self.secret_edit.setText("mot-de-passe")
        self.confirm_edit.setText("mot-de-passe")
        self.secret_button.click()
        return 0

    monkeypatch.setattr(operators_dialogs.OperatorsDialog, "exec", set_password)
    window.invite_banner.button.click()
    assert shown and store.has_coordinator_secret()
    assert not window.invite_banner.isVisible()
    assert store.get_operator(samira.id).is_coordinator
    assert [row.action for row in store.audit_log()][-2:] == ["operateur", "mot_de_passe"]


def test_start_up_asks_the_remembered_operator_pin(
    qtbot, team: dict[str, int], window: MainWindow, store: Store
) -> None:
    store.set_setting(SETTING_OPERATOR, str(team["karim"]))
    from inclusion_desktop.gui.shell.app import open_main_window

    second = open_main_window(store, first_run=False)
    assert second is not None
    qtbot.addWidget(second)
    assert second.current_operator_id() is None
    on_modal(qtbot, type_secret("2468"))
    assert second.ask_start_operator()
    assert second.current_operator_id() == team["karim"]
    # Cancelled: nobody is chosen, and opening a questionnaire waits for a name.
    third = open_main_window(store, first_run=False)
    assert third is not None
    qtbot.addWidget(third)
    on_modal(qtbot, lambda dialog: dialog.reject())
    assert not third.ask_start_operator()
    assert third.current_operator_id() is None and third.home.operator_combo.currentIndex() == -1
    # Choosing someone else in the start-up dialog (no PIN) works too.
    fourth = open_main_window(store, first_run=False)
    assert fourth is not None
    qtbot.addWidget(fourth)

    def choose_samira(dialog: QDialog) -> None:
        assert isinstance(dialog, SecretDialog)
        dialog.operator_combo.setCurrentIndex(dialog.operator_combo.findData(team["samira"]))
        assert not dialog.secret_edit.isEnabled()
        dialog.ok_button.click()

    on_modal(qtbot, choose_samira)
    assert fourth.ask_start_operator()
    assert fourth.current_operator_id() == team["samira"]


def test_operators_dialog(qtbot, team: dict[str, int], store: Store) -> None:
    dialog = OperatorsDialog(store, team["claire"])
    qtbot.addWidget(dialog)
    assert _english_words(dialog) == []
    assert dialog.table.rowCount() == 3
    # Add a mediator with a PIN typed twice (different: refused).
    dialog.new_name.setText("Nadia")
    dialog.new_secret.setText("1357")
    dialog.new_confirm.setText("1358")
    dialog.add_button.click()
    assert "pas identiques" in dialog.message.text() and dialog.table.rowCount() == 3
    dialog.new_confirm.setText("1357")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 4
    nadia = next(op for op in store.operators() if op.name == "Nadia")
    assert nadia.has_secret and not nadia.is_coordinator
    assert dialog.selected() is not None and dialog.selected().id == nadia.id  # type: ignore[union-attr]
    # Too short.
    dialog.secret_edit.setText("12")
    dialog.confirm_edit.setText("12")
    dialog.secret_button.click()
    assert "au moins 4" in dialog.message.text()
    dialog.remove_button.click()
    assert not store.get_operator(nadia.id).has_secret
    # The last coordinator stays one.
    dialog.reload(select_id=team["claire"])
    dialog.role_combo.setCurrentIndex(0)
    dialog.role_button.click()
    assert "seul" in dialog.message.text() and store.get_operator(team["claire"]).is_coordinator
    log = store.audit_log()
    assert {row.operator_name for row in log[-3:]} == {"Claire"}
    secret_dialog = SecretDialog(store, store.operators(), team["karim"])
    qtbot.addWidget(secret_dialog)
    assert _english_words(secret_dialog) == []
    assert isinstance(secret_dialog, QWidget)


def test_mediator_opens_own_draft_but_needs_a_coordinator_for_others(
    qtbot, team: dict[str, int], window: MainWindow, store: Store
) -> None:
    form = store.form_versions()[0]
    own = store.create_submission(form_version_id=form.id, zone="z", operator_id=team["samira"])
    other = store.create_submission(form_version_id=form.id, zone="z", operator_id=team["karim"])
    finished = store.create_submission(
        form_version_id=form.id, zone="z", operator_id=team["samira"]
    )
    store.finalize(finished.uuid, {}, team["samira"])

    seen = on_modal(qtbot, lambda dialog: dialog.reject())
    window.open_questionnaire(own.uuid)
    assert seen.stop() == [] and window.stack.currentWidget() is not window.home
    window.form_view.stop()
    window._back_home()

    for uuid in (other.uuid, finished.uuid):
        seen = on_modal(qtbot, lambda dialog: dialog.reject())
        window.open_questionnaire(uuid)
        assert seen == ["SecretDialog"] and window.stack.currentWidget() is window.home

    seen = on_modal(qtbot, type_secret("claire-pw"))
    window.open_questionnaire(finished.uuid)
    assert seen == ["SecretDialog"] and window.stack.currentWidget() is not window.home


def test_adding_a_known_name_on_the_home_screen_asks_their_password(
    qtbot, team: dict[str, int], window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """« Ajouter… » with a coordinator's name must not make them current without their code."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  claire ", True))
    seen = on_modal(qtbot, lambda dialog: dialog.reject())
    window._on_add_operator()
    assert seen == ["SecretDialog"]
    assert window.current_operator_id() == team["samira"]
    assert window.store.get_setting(SETTING_OPERATOR) == str(team["samira"])
    assert [op.name for op in window.store.operators()].count("Claire") == 1
    # The gate still asks a coordinator's password.
    seen = on_modal(qtbot, lambda dialog: dialog.reject())
    assert not window.require_coordinator("settings")
    assert seen == ["SecretDialog"]
    # With the right password, the person is chosen as through the list.
    on_modal(qtbot, type_secret("claire-pw"))
    window._on_add_operator()
    assert window.current_operator_id() == team["claire"]
    # A new name is still added and chosen at once.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nadia K.", True))
    window._on_add_operator()
    assert window.current_operator().name == "Nadia K."  # type: ignore[union-attr]


def test_password_dialog_names_the_action_in_english(
    qtbot, team: dict[str, int], window: MainWindow
) -> None:
    from inclusion_desktop.gui.common.i18n import install_language

    app = QApplication.instance()
    intros: list[str] = []
    try:
        install_language(app, "en")  # type: ignore[arg-type]
        on_modal(qtbot, lambda dialog: (intros.append(dialog.intro.text()), dialog.reject()))
        assert not window.require_coordinator("merge")
    finally:
        install_language(app, "fr")  # type: ignore[arg-type]
    assert intros == [
        "To merge export files, a coordinator chooses their name and types their password."
    ]
    intros.clear()
    on_modal(qtbot, lambda dialog: (intros.append(dialog.intro.text()), dialog.reject()))
    assert not window.require_coordinator("purge")
    assert intros[0].startswith("Pour purger la campagne, ")


def test_refused_switch_message_has_one_full_stop(
    qtbot, team: dict[str, int], window: MainWindow, store: Store
) -> None:
    assert store.get_operator(team["samira"]).name == "Samira B."
    on_modal(qtbot, lambda dialog: dialog.reject())
    choose_in_combo(window, "Karim")
    message = window.statusBar().currentMessage()
    assert message.endswith("Samira B.") and ".." not in message


def test_merge_and_conflicts_are_attributed_to_the_coordinator_who_unlocked_them(
    qtbot, team: dict[str, int], window: MainWindow, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inclusion_desktop.gui.coordination import sync_dialogs
    from inclusion_desktop.services.collect import Collector
    from inclusion_desktop.sync.bundle import export_bundle

    laptop = Store.open(str(tmp_path / "portable.sqlite"))
    laptop.set_device_name("Portable médiation 1")
    mediator = laptop.add_operator("Nadia")
    Collector(laptop).register_bundled_forms()
    laptop_version = next(v for v in laptop.form_versions() if v.form_id == "habitants")
    sub = laptop.create_submission(
        form_version_id=laptop_version.id, zone="maubeuge/sous_le_bois", operator_id=mediator.id
    )
    laptop.finalize(sub.uuid, {"age": "40"}, mediator.id)
    bundle = export_bundle(laptop, tmp_path / "portable.zip").path
    laptop.close()

    dialogs: list[object] = []

    class Recorder(sync_dialogs.MergeDialog):  # type: ignore[misc, name-defined]
        def exec(self) -> int:
            dialogs.append(self)
            self.add_file(str(bundle))
            self.start(dry_run=False)
            qtbot.waitUntil(lambda: self.close_button.isEnabled(), timeout=20000)
            return 0

    # The main window imports the dialog when the menu is used.
    monkeypatch.setattr(sync_dialogs, "MergeDialog", Recorder)
    on_modal(qtbot, type_secret("claire-pw"))
    window.coordination.open_merge([])  # Samira at the keyboard, Claire types her password
    assert len(dialogs) == 1 and window.current_operator_id() == team["samira"]
    (entry,) = window.store.merge_log()
    assert entry.merged_by == "Claire"
    fusion = [row for row in window.store.audit_log() if row.action == "fusion"]
    assert [row.operator_name for row in fusion] == ["Claire"]

    conflicts: list[int] = []

    class ConflictsRecorder(sync_dialogs.ConflictsDialog):  # type: ignore[misc, name-defined]
        def exec(self) -> int:
            conflicts.append(self.operator_id)
            return 0

    monkeypatch.setattr(sync_dialogs, "ConflictsDialog", ConflictsRecorder)
    on_modal(qtbot, type_secret("claire-pw"))
    window.coordination.open_conflicts()
    assert conflicts == [team["claire"]]


def test_audit_log_actions_are_translated(qtbot, team: dict[str, int], window: MainWindow) -> None:
    from inclusion_desktop.catalogue import AUDIT_ACTION_LABELS
    from inclusion_desktop.gui.common.i18n import install_language
    from inclusion_desktop.gui.coordination.sync_dialogs import AuditDialog
    from inclusion_desktop.store.audit import ACTION_LABELS

    assert ACTION_LABELS == AUDIT_ACTION_LABELS.sources  # the store's labels are the catalogue's
    app = QApplication.instance()
    try:
        install_language(app, "en")  # type: ignore[arg-type]
        dialog = AuditDialog(window.store, window)
        qtbot.addWidget(dialog)
        actions = {dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())}
    finally:
        install_language(app, "fr")  # type: ignore[arg-type]
    assert "operator added or changed" in actions and "code or password changed" in actions
    assert not (set(ACTION_LABELS.values()) - {"export"}) & actions


def test_every_action_has_its_translatable_text_matching_the_core_label() -> None:
    from inclusion_desktop.catalogue import PERMISSION_LABELS
    from inclusion_desktop.permissions import ACTION_LABELS as CORE_LABELS
    from inclusion_desktop.permissions import Action

    assert {action.value for action in Action} == set(PERMISSION_LABELS.sources)
    assert CORE_LABELS == {action: PERMISSION_LABELS.sources[action.value] for action in Action}
    assert operator_gate.action_text(Action.MERGE) == "fusionner des fichiers d'export"


def test_the_operators_window_is_titled_as_its_menu_entry(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        OperatorsDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0
    )
    monkeypatch.setattr(window, "require_coordinator", lambda action: True)
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.text().replace("&", "").startswith("Opérateurs")
    )
    action.trigger()
    assert opened == [action.text().replace("&", "").rstrip("…")]
