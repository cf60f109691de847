"""The frame and the estimates built a page at a time equal those built at once.

A real demo store (SQLite file and PostgreSQL database) of several neighbourhoods, with deleted
questionnaires; pages of 7 questionnaires and groups of 3 indicators are forced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

from inclusion_desktop.analysis import (
    SurveyDesign,
    age_band_targets,
    answers_frame,
    compute_indicators,
    load_indicators,
    submissions_frame,
)
from inclusion_desktop.analysis import indicators as indicators_module
from inclusion_desktop.analysis.respondents import split_refusals
from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.reports.generate import (
    TOTAL_DOMAIN,
    _periods,
    prepare_sheets,
    prepare_store_sheets,
    zone_names,
)
from inclusion_desktop.store import Store

pytestmark = pytest.mark.slow  # a demo store per test, on SQLite and on PostgreSQL

@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        fill_demo_store(opened, submissions=90, seed=5)
        operator = opened.operators()[0].id
        for row in opened.list_submissions(form_id="habitants")[:4]:
            opened.delete_submission(row.uuid, "test", operator)
        yield opened


def frame_at_once(store: Store) -> pd.DataFrame:
    """The frame from every questionnaire read in one list, as it was built before pages."""
    versions = sorted(
        (v for v in store.form_versions() if v.form_id == "habitants"), key=lambda v: v.id
    )
    forms = [load_form_bytes(*store.form_source(v.id)) for v in versions]
    labels = {v.id: v.version for v in versions}
    records = [
        (head.uuid, head.zone, labels[head.form_version_id], head.answers)
        for head in reversed(store.submissions_with_heads("habitants"))
        if head.status != "deleted" and head.head_status != "deleted" and head.answers_text
    ]
    frame = answers_frame(records, forms)
    return frame.sort_values("_uuid", kind="stable").reset_index(drop=True)


def weighted_estimates(frame: pd.DataFrame) -> pd.DataFrame:
    respondents = split_refusals(frame).frame
    design = age_band_targets(respondents).apply(SurveyDesign(respondents))
    return compute_indicators(respondents, design, load_indicators("habitants"), by="zone")


def test_pages_of_seven_give_the_frame_read_at_once(store: Store) -> None:
    paged = submissions_frame(store, page_size=7)
    whole = frame_at_once(store)
    assert len(paged) == len(whole) == 86
    assert paged["_zone"].nunique() > 3
    # Same values, same dtypes, and categories in the same (first-seen) order.
    pd.testing.assert_frame_equal(paged, whole, check_exact=True)
    pd.testing.assert_frame_equal(submissions_frame(store), whole, check_exact=True)


def test_indicators_estimated_three_at_a_time_equal_all_at_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = submissions_frame(store, page_size=7)
    monkeypatch.setattr(indicators_module, "INDICATORS_AT_ONCE", 10_000)
    at_once = weighted_estimates(frame)
    monkeypatch.setattr(indicators_module, "INDICATORS_AT_ONCE", 3)
    grouped = weighted_estimates(frame)
    # Weighted percentages, their intervals and the flags, per neighbourhood and overall.
    assert set(grouped["domain"]) > {TOTAL_DOMAIN}
    assert grouped["p"].notna().sum() > 50
    assert grouped["cross"].ne("").any()
    pd.testing.assert_frame_equal(grouped, at_once, check_exact=True)


def test_sheets_read_from_the_answers_they_use_equal_sheets_of_the_whole_frame(
    store: Store,
) -> None:
    sheet = load_indicators("habitants")
    whole = frame_at_once(store)
    read = submissions_frame(store, page_size=7, questions=sheet.questions | {"tranche_age"})
    # The store gives a frame of the questions the sheets read only: far fewer columns.
    assert {"consentement", "aisance", "accompagne"} <= set(read.columns)
    assert "commune" not in read and len(read.columns) < len(whole.columns) / 2
    pd.testing.assert_frame_equal(read, whole[list(read.columns)], check_exact=True)
    prepared = prepare_store_sheets(store, today=dt.date(2026, 1, 5))
    latest = store.latest_form_version("habitants")
    assert latest is not None
    form = load_form_bytes(*store.form_source(latest.id))
    expected = prepare_sheets(
        whole, sheet, form=form, names=zone_names(store), today=dt.date(2026, 1, 5)
    )
    assert len(prepared.neighbourhoods) > 2
    pd.testing.assert_frame_equal(prepared.estimates, expected.estimates, check_exact=True)
    for got, wanted in zip(
        (prepared.territory, *prepared.neighbourhoods),
        (expected.territory, *expected.neighbourhoods),
        strict=True,
    ):
        assert (got.domain, got.respondents, got.age, got.sex, got.effective) == (
            wanted.domain, wanted.respondents, wanted.age, wanted.sex, wanted.effective
        )


def test_periods_read_by_pages_are_first_and_last_day_of_each_zone(store: Store) -> None:
    frame = submissions_frame(store)
    uuids = set(frame["_uuid"])
    days: dict[str, list[Any]] = {}
    for row in store.list_submissions(form_id="habitants"):
        if row.uuid in uuids:
            day = row.created_at.astimezone().date()
            days.setdefault(row.zone, []).append(day)
            days.setdefault(TOTAL_DOMAIN, []).append(day)
    expected = {zone: (min(d), max(d)) for zone, d in days.items()}
    assert len(expected) > 3
    assert _periods(store, "habitants", uuids) == expected


def test_an_in_memory_store_is_read_in_its_own_thread() -> None:
    """A server's next page is read on another thread; SQLite's one connection stays put."""
    with Store.open(":memory:") as memory:
        fill_demo_store(memory, submissions=12, seed=5)
        frame = submissions_frame(memory, "habitants", page_size=5)
        assert len(frame) == 12
        periods = _periods(memory, "habitants", frame["_uuid"].to_numpy())
        assert TOTAL_DOMAIN in periods
