"""Store queries that replace per-questionnaire loops, and the store's fixed vocabularies."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from inclusion_desktop.analysis.frame import submissions_frame
from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.store import Store
from inclusion_desktop.store.audit import ACTION_LABELS
from inclusion_desktop.store.keys import AUDITED_SETTINGS, AuditAction, SettingKey


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(str(tmp_path / "store.sqlite"))
    yield opened
    opened.close()


def _form(store: Store, form_id: str, version: str) -> int:
    return store.register_form(
        source=f"{form_id} {version}".encode(),
        filename=f"{form_id}.xlsx",
        form_id=form_id,
        version=version,
        title=form_id,
        sha256=f"{form_id}-{version}".ljust(64, "0"),
    ).id


def test_latest_form_version_is_the_newest_registered_of_that_form(store: Store) -> None:
    assert store.latest_form_version("habitants") is None
    _form(store, "habitants", "1")
    newest = _form(store, "habitants", "2")
    _form(store, "structures", "9")
    latest = store.latest_form_version("habitants")
    assert latest is not None and (latest.id, latest.version) == (newest, "2")
    assert store.latest_form_version("inconnu") is None


def test_submissions_with_heads_gives_each_history_its_end(store: Store) -> None:
    form = _form(store, "habitants", "1")
    other_form = _form(store, "structures", "1")
    marie = store.add_operator("Marie").id
    untouched = store.create_submission(form_version_id=form, zone="a/x", operator_id=marie)
    edited = store.create_submission(form_version_id=form, zone="a/y", operator_id=marie)
    store.finalize(edited.uuid, {"age": "30"}, marie)
    store.save_revision(edited.uuid, {"age": "31"}, marie)
    deleted = store.create_submission(form_version_id=form, zone="a/z", operator_id=marie)
    store.finalize(deleted.uuid, {"age": "40"}, marie)
    store.delete_submission(deleted.uuid, "doublon", marie)
    other = store.create_submission(form_version_id=other_form, zone="a/x", operator_id=marie)
    store.finalize(other.uuid, {"nom": "Centre social"}, marie)

    heads = {head.uuid: head for head in store.submissions_with_heads("habitants")}
    # A draft never finalised has no revision: nothing to analyse or export.
    assert set(heads) == {edited.uuid, deleted.uuid}
    assert heads[edited.uuid].head_status == "complete"
    assert heads[edited.uuid].answers == {"age": "31"}
    assert (heads[edited.uuid].zone, heads[edited.uuid].version) == ("a/y", "1")
    assert heads[edited.uuid].operator_name == "Marie"
    assert heads[deleted.uuid].status == heads[deleted.uuid].head_status == "deleted"
    assert heads[deleted.uuid].answers == {"age": "40"}  # its last complete state
    everything = [head.uuid for head in store.submissions_with_heads()]
    assert everything == [edited.uuid, deleted.uuid, other.uuid]  # oldest first
    assert untouched.uuid not in everything


def _statements(store: Store) -> list[str]:
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    return seen


def test_analysis_frame_reads_the_store_in_a_number_of_queries_that_does_not_grow(
    tmp_path: Path,
) -> None:
    queries = []
    for count in (3, 12):
        with Store.open(str(tmp_path / f"demo-{count}.sqlite")) as store:
            fill_demo_store(store, submissions=count, seed=5)
            seen = _statements(store)
            frame = submissions_frame(store)
            assert len(frame) == count
            queries.append(len(seen))
    assert queries[0] == queries[1]


def test_submission_origins_tell_this_laptop_from_the_others(store: Store) -> None:
    assert store.submission_origins() == (0, 0)
    form = _form(store, "habitants", "1")
    marie = store.add_operator("Marie").id
    store.create_submission(form_version_id=form, zone="a/x", operator_id=marie)
    assert store.submission_origins() == (1, 0)
    at = datetime(2025, 3, 1, tzinfo=UTC)
    store.import_submissions(
        form_version_id=form,
        rows=[("uuid:kobo-1", "a/x", at, {"age": "20"}), ("uuid:kobo-2", "a/y", at, {})],
        device_uuid="kobo-export",
        device_name="KoboToolbox",
    )
    assert store.submission_origins() == (3, 2)


def test_every_audit_action_has_its_label_and_nothing_else_has_one() -> None:
    assert set(ACTION_LABELS) == {action.value for action in AuditAction}
    assert all(ACTION_LABELS[action] for action in AuditAction)


def test_setting_keys_are_the_stored_texts() -> None:
    assert AUDITED_SETTINGS <= set(SettingKey)
    assert SettingKey.TERRITORY == "territory"
    assert len({key.value for key in SettingKey}) == len(SettingKey)


def test_questionnaires_per_zone_leaves_deleted_ones_out(store: Store) -> None:
    form = _form(store, "habitants", "1")
    marie = store.add_operator("Marie").id
    for zone in ("a/x", "a/x", "a/y"):
        made = store.create_submission(form_version_id=form, zone=zone, operator_id=marie)
        store.finalize(made.uuid, {"age": "30"}, marie)
    gone = store.create_submission(form_version_id=form, zone="a/z", operator_id=marie)
    store.finalize(gone.uuid, {"age": "40"}, marie)
    store.delete_submission(gone.uuid, "doublon", marie)
    store.create_submission(form_version_id=form, zone="a/y", operator_id=marie)
    assert store.questionnaires_per_zone() == {"a/x": 2, "a/y": 2}
