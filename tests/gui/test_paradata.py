"""Paradata recorded by the real window: a field interview, a refusal, an abandon, a paper form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inclusion_desktop.gui.field.form_view import REVIEW_KEY
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.paradata import KEYING_PAGE, store_report
from inclusion_desktop.store import Store

from .keyboard import confirm_review, key_through, leave_with_one_answer, press
from .test_keying import key_paper_form


@pytest.mark.slow
def test_pages_outcomes_and_modes_are_recorded(qtbot, window: MainWindow, store: Store) -> None:
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    seen = key_through(qtbot, window.form_view, {"age": "67", "consentement": "1", "sexe": "2"})
    confirm_review(qtbot)
    window.new_questionnaire()
    key_through(qtbot, window.form_view, {"consentement": "2"})
    confirm_review(qtbot)
    window.new_questionnaire()
    leave_with_one_answer(window)  # left unfinished: an abandon, so far
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    key_paper_form(
        qtbot,
        window.keying_view,
        {"numero_papier": "P-9", "consentement": "1", "age": "41", "commentaire": ""},
    )
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.keying_view.close_questionnaire()  # the next blank paper form, closed untouched

    rows = {row.outcome + "/" + row.entry_mode: row for row in store.paradata()}
    assert set(rows) == {"complete/field", "refused/field", "draft/field", "complete/keying"}
    field = rows["complete/field"]
    keys = [page for page, _start, _end in field.pages]
    assert keys[: len(seen)] == seen and keys[-1] == REVIEW_KEY, (keys, seen)
    assert all(start <= end for _page, start, end in field.pages)
    assert field.operator_name == "Samira B." and field.zone == "maubeuge/sous_le_bois"
    # Pages and times only: every page key is a question or group of the form, no answer.
    form = window.collector.form(int(window.home.form_combo.currentData()))
    assert all(key in form.by_name or key == REVIEW_KEY for key in keys)
    assert set(field.as_dict()) == {
        "submission_uuid",
        "form_id",
        "zone",
        "operator_name",
        "entry_mode",
        "device_uuid",
        "started_at",
        "ended_at",
        "outcome",
        "pages",
    }
    assert [page for page, _s, _e in rows["complete/keying"].pages] == [KEYING_PAGE]

    report = store_report(store)
    assert report.total == 4
    assert report.outcomes == {"complete": 2, "refused": 1, "draft": 1, "deleted": 0}
    (mediator,) = report.by_mediator
    assert mediator["key"] == "Samira B." and mediator["questionnaires"] == 4
    assert mediator["refusal_rate"] == 0.25 and mediator["abandon_rate"] == 0.25
    assert report.by_day[0]["questionnaires"] == 4
    assert report.median_minutes is not None
