"""Imported questionnaires in the fieldwork figures: refusals counted, « à vérifier » left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import empty_store
from test_import_validation import FORM, _refusal, _row, _write

from inclusion_desktop.paradata import store_report
from inclusion_desktop.quotas import home_line, load_records, save_plan, store_progress
from inclusion_desktop.store import Store
from inclusion_desktop.sync.tabular import import_table

ZONE = "maubeuge/sous_le_bois"
SOURCE = "Import KoboToolbox / ODK Central"
TO_CHECK = "uuid:00000000-0000-4000-8000-000000000004"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = empty_store(tmp_path / "c.sqlite")
    rows = [_row(1), _row(2), _refusal(3), _row(4, bloc_profil__age="12"), _refusal(5)]
    data = _write(tmp_path / "export.csv", rows)
    report = import_table(opened, form_path=FORM, data_path=data, zone=ZONE, keep_invalid=True)
    assert (report.created, report.to_review) == (5, 1)
    yield opened
    opened.close()


def _line(figures: list[dict[str, object]], key: str) -> dict[str, object]:
    return next(line for line in figures if line["key"] == key)


def test_imported_refusals_count_per_neighbourhood_and_mediator(store: Store) -> None:
    report = store_report(store)
    # Two accepted answers and two refusals; the questionnaire « à vérifier » is not counted.
    assert report.total == 4
    assert report.outcomes["complete"] == 2 and report.outcomes["refused"] == 2
    (place,) = report.by_neighbourhood
    assert (place["questionnaires"], place["refused"], place["refusal_rate"]) == (4, 2, 0.5)
    mediator = _line(report.by_mediator, SOURCE)
    assert (mediator["questionnaires"], mediator["refused"], mediator["refusal_rate"]) == (
        4,
        2,
        0.5,
    )
    # Without page timings they give no duration, rather than interviews of zero minutes.
    assert report.median_minutes is None and report.short_interviews == []
    assert sum(day["refused"] for day in report.by_day) == 2


def test_a_questionnaire_to_check_counts_once_resolved(store: Store) -> None:
    operator = store.add_operator("Coord", role="coordinateur").id
    store.resolve_review(TO_CHECK, resolution="confirme", operator_id=operator)
    report = store_report(store)
    assert report.total == 5 and report.outcomes["complete"] == 3
    assert len(load_records(store)) == 3


def test_quota_counts_leave_out_questionnaires_to_check(store: Store) -> None:
    # Two consenting questionnaires accepted; the refusals and the one « à vérifier » are out.
    assert len(load_records(store)) == 2 and len(load_records(store, zone=ZONE)) == 2
    save_plan(store, ZONE, 0, operator_id=None, targets={("30_44", "femme"): 2})
    (progress,) = [p for p in store_progress(store) if p.zone == ZONE]
    assert progress.done == 2
    assert home_line(store, ZONE).endswith("(2 questionnaires).")
