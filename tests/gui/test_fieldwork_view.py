"""The « Terrain » view and the home-screen line: quotas by neighbourhood, offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.field.fieldwork_view import FieldworkView
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.quotas import save_plan
from inclusion_desktop.store import Store

SLB = "maubeuge/sous_le_bois"


def _interview(store: Store, band: str, sex: str, consent: str = "oui") -> None:
    form = next(v for v in store.form_versions() if v.form_id == "habitants")
    operator = store.operators()[0].id
    sub = store.create_submission(form_version_id=form.id, zone=SLB, operator_id=operator)
    answers = {"consentement": consent, "tranche_age": band, "sexe": sex}
    store.finalize(sub.uuid, answers, operator)


@pytest.fixture
def surveyed(window: MainWindow, store: Store) -> Store:
    """60 planned at Sous-le-Bois, 3 young women and 1 older man done, 1 refusal."""
    save_plan(store, SLB, 60, operator_id=None)
    for _ in range(3):
        _interview(store, "15_29", "femme")
    _interview(store, "60_74", "homme")
    _interview(store, "60_74", "homme", consent="non")
    return store


def test_terrain_view_counts_cells_and_says_what_is_missing(
    qtbot, qtmodeltester, surveyed: Store, tmp_path: Path
) -> None:
    view = FieldworkView(surveyed, lambda: (True, None))
    qtbot.addWidget(view)
    view.show()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 10  # 5 age bands × 2 sexes
    rows = {
        (view.model.index(r, 1).data(), view.model.index(r, 2).data()): (
            view.model.index(r, 3).data(),
            view.model.index(r, 4).data(),
            view.model.index(r, 5).data(),
        )
        for r in range(view.model.rowCount())
    }
    assert rows[("De 15 à 29 ans", "Femmes")] == ("7", "3", "4")
    assert rows[("De 60 à 74 ans", "Hommes")] == ("6", "1", "5")
    words = view.words.text()
    assert "Sous-le-Bois</b> — 4 questionnaires sur 60 prévus" in words
    assert "il manque 11 personnes de 60 à 74 ans à Sous-le-Bois, dont 6 femmes" in words
    assert "au rythme actuel, n_eff attendu" in words
    view.grab().save(str(tmp_path / "terrain.png"))
    assert (tmp_path / "terrain.png").stat().st_size > 0


def test_targets_saved_from_the_view_are_audited_and_shown(qtbot, surveyed: Store) -> None:
    asked: list[bool] = []

    def acting() -> tuple[bool, int | None]:
        asked.append(True)
        return True, surveyed.operators()[0].id

    view = FieldworkView(surveyed, acting)
    qtbot.addWidget(view)
    view.plan_zone.setCurrentIndex(view.plan_zone.findData("maubeuge/montplaisir"))
    view.plan_size.setValue(20)
    view.plan_button.click()
    assert asked and "Objectifs enregistrés pour Montplaisir" in view.plan_status.text()
    assert view.zone_filter.currentData() == "maubeuge/montplaisir"
    assert view.model.rowCount() == 10
    assert sum(int(view.model.index(r, 3).data()) for r in range(10)) == 20
    audit = [r for r in surveyed.audit_log() if r.target == "quotas maubeuge/montplaisir"]
    assert audit and audit[0].operator_name == surveyed.operators()[0].name


def test_refused_coordinator_changes_nothing(qtbot, surveyed: Store) -> None:
    view = FieldworkView(surveyed, lambda: (False, None))
    qtbot.addWidget(view)
    before = surveyed.quota_targets()
    view.plan_button.click()
    assert surveyed.quota_targets() == before


def test_home_screen_shows_the_two_most_needed_cells(
    qtbot, window: MainWindow, surveyed: Store
) -> None:
    window.refresh_list()
    QApplication.processEvents()
    text = window.home.quota_label.text()
    assert window.home.quota_label.isVisible()
    assert text == (
        "À trouver en priorité : 7 hommes de 15 à 29 ans à Sous-le-Bois (0 sur 7) ; "
        "7 femmes de 30 à 44 ans à Sous-le-Bois (0 sur 7)."
    )
    window.home.zone_combo.setCurrentIndex(window.home.zone_combo.findData("maubeuge/montplaisir"))
    assert not window.home.quota_label.isVisible()  # no quotas there


@pytest.mark.slow
def test_fieldwork_pdf_from_the_view(
    qtbot, surveyed: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "suivi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    view = FieldworkView(surveyed, lambda: (True, None))
    qtbot.addWidget(view)
    # The questionnaires finalised without a timed session count too, the refusal apart.
    assert "Déroulement : 5 questionnaires commencés, 4 terminés, 1 refus" in view.summary.text()
    view.pdf_button.click()
    assert "Suivi de terrain écrit dans" in view.plan_status.text()
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Suivi de terrain" in text and "Sous-le-Bois" in text


def test_a_target_typed_in_the_table_is_saved(qtbot, surveyed: Store) -> None:
    view = FieldworkView(surveyed, lambda: (True, None))
    qtbot.addWidget(view)
    row = next(
        r
        for r in range(view.model.rowCount())
        if (view.model.index(r, 1).data(), view.model.index(r, 2).data())
        == ("De 60 à 74 ans", "Hommes")
    )
    index = view.model.index(row, 3)
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.flags(view.model.index(row, 4)) & Qt.ItemFlag.ItemIsEditable
    assert view.model.setData(index, "10")
    qtbot.waitUntil(lambda: view.model.index(row, 3).data() == "10")
    assert view.model.index(row, 5).data() == "9"
    assert "64 questionnaires prévus" in view.plan_status.text()
    assert not view.model.setData(index, "dix")
    assert view.model.setData(index, "-2")
    assert "objectif invalide" in view.plan_status.text()
    assert view.model.index(row, 3).data() == "10"


def test_menu_opens_the_view_with_the_form_in_use(
    window: MainWindow, surveyed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[FieldworkView] = []
    monkeypatch.setattr(FieldworkView, "exec", lambda self: opened.append(self) or 0)
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.text().replace("&", "") == "Terrain : quotas par quartier…"
    )
    action.trigger()
    (view,) = opened
    assert view.form is not None and view.form.form_id == "habitants"
    assert view.model.rowCount() == 10
    assert "Déroulement :" in view.summary.text()


def test_without_targets_a_sentence_stands_in_for_the_empty_table(
    qtbot, window: MainWindow, store: Store
) -> None:
    view = FieldworkView(store, lambda: (True, store.operators()[0].id))
    qtbot.addWidget(view)
    assert view.table_or_notice.currentWidget() is view.no_targets
    assert "Aucun objectif pour l'instant" in view.no_targets.text()
    view.plan_zone.setCurrentIndex(view.plan_zone.findData(SLB))
    view.plan_size.setValue(30)
    view.plan_button.click()
    assert view.table_or_notice.currentWidget() is view.table
    assert view.model.rowCount() == 10


def test_english_summary_writes_its_median_with_a_decimal_point(
    qtbot, surveyed: Store, french_after: None
) -> None:
    from datetime import UTC, datetime, timedelta

    from inclusion_desktop.gui.common.i18n import install_language
    from inclusion_desktop.gui.shell.app import create_application
    from inclusion_desktop.paradata import PageTimer, save_timer

    form = next(v for v in surveyed.form_versions() if v.form_id == "habitants")
    operator = surveyed.operators()[0].id
    sub = surveyed.create_submission(form_version_id=form.id, zone=SLB, operator_id=operator)
    start = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    ticks = iter([start, start + timedelta(minutes=12, seconds=30)])
    timer = PageTimer(sub.uuid, clock=lambda: next(ticks))
    timer.enter("bloc_collecte")
    surveyed.finalize(sub.uuid, {"consentement": "oui"}, operator)
    assert save_timer(surveyed, timer) is not None
    install_language(create_application(), "en")
    view = FieldworkView(surveyed, lambda: (True, None))
    qtbot.addWidget(view)
    assert "12.5 min" in view.summary.text(), view.summary.text()
    install_language(create_application(), "fr")
    french = FieldworkView(surveyed, lambda: (True, None))
    qtbot.addWidget(french)
    assert "12,5 min" in french.summary.text(), french.summary.text()


def test_quota_words_speak_the_interface_language(
    qtbot, window: MainWindow, surveyed: Store, french_after: None
) -> None:
    from inclusion_desktop.gui.common.i18n import install_language
    from inclusion_desktop.gui.shell.app import create_application

    install_language(create_application(), "en")
    window.refresh_list()
    QApplication.processEvents()
    assert window.home.quota_label.text() == (
        "To find first: 7 men from 15 to 29 years old in Sous-le-Bois (0 of 7); "
        "7 women from 30 to 44 years old in Sous-le-Bois (0 of 7)."
    )
    view = FieldworkView(surveyed, lambda: (True, None))
    qtbot.addWidget(view)
    words = view.words.text()
    assert (
        "11 people from 60 to 74 years old still needed in Sous-le-Bois, including 6 women"
        in words
    ), words
    assert "at the current pace, expected n_eff" in words and "il manque" not in words
    bands = {view.model.index(r, 1).data() for r in range(view.model.rowCount())}
    assert "15 to 29 years" in bands and "75 years or over" in bands
