"""The number of versions kept on each questionnaire's row is always its number of revisions.

The database keeps it (a trigger of migration 0017) whatever writes the revisions: a local edit,
a merge (new questionnaires, fast-forwards, deletions, conflicts), a conflict resolution, the
clearing of free texts, an import from another tool. The list sorts on it.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sync_support import add_complete, laptop

from inclusion_desktop.store import Store
from inclusion_desktop.store.records import ListOrder
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files

FIXTURES = Path(__file__).with_name("fixtures")


def _stored_and_counted(store: Store) -> dict[str, tuple[int, int]]:
    """Per questionnaire: the count on its row, and its revisions counted."""
    with store.engine.connect() as conn:
        return {
            row[0]: (row[1], row[2])
            for row in conn.execute(
                text(
                    "SELECT s.uuid, s.revision_count, (SELECT count(*) FROM revision r"
                    " WHERE r.submission_id = s.id) FROM submission s"
                )
            )
        }


def _assert_kept(store: Store) -> None:
    counts = _stored_and_counted(store)
    assert counts and all(stored == counted for stored, counted in counts.values()), counts


def test_every_writer_of_revisions_keeps_the_count(store_url: str, tmp_path: Path) -> None:
    a, form_a, op_a = laptop(tmp_path / "a.sqlite", "Portable A")
    uuids = [add_complete(a, form_a, op_a, {"age": age, "note": "x"}) for age in (20, 30, 40)]
    base = export_bundle(a, tmp_path / "base.idbundle").path
    b, _form_b, _ = laptop(tmp_path / "b.sqlite", "Portable B")
    merge_files(b, [base])
    op_b = b.add_operator("Julien").id
    a.save_revision(uuids[0], {"age": 21, "note": "x"}, op_a)
    a.save_revision(uuids[0], {"age": 23, "note": "x"}, op_a)
    a.delete_submission(uuids[1], "Doublon", op_a)
    b.save_revision(uuids[0], {"age": 22, "note": "x"}, op_b)
    later_a = export_bundle(a, tmp_path / "a2.idbundle").path
    later_b = export_bundle(b, tmp_path / "b2.idbundle").path
    _assert_kept(a)
    with Store.open(store_url) as store:
        store.set_device_name("Coordination")
        merge_files(store, [base, base, later_a, later_b, later_a])
        _assert_kept(store)
        assert _stored_and_counted(store)[uuids[0]] == (4, 4)  # two branches after the first
        coordinator = store.add_operator("Coordinatrice", "coordinateur").id
        (conflict,) = store.conflicts()
        store.resolve_conflict(
            uuids[0], operator_id=coordinator, chosen_hash=conflict.heads[0].content_hash
        )
        store.save_revision(uuids[2], {"age": 41, "note": "x"}, coordinator)
        _assert_kept(store)
        forms = {form.id: frozenset({"note"}) for form in store.form_versions()}
        assert store.scrub_answers(forms, reason="effacement").revisions_added > 0
        _assert_kept(store)
        created, _skipped = store.import_submissions(
            form_version_id=store.form_versions()[0].id,
            rows=[("uuid:importe-1", "QPV-A", datetime(2026, 3, 1, tzinfo=UTC), {"age": 60})],
            device_uuid="outil-externe",
            device_name="Autre outil",
        )
        assert created == ["uuid:importe-1"]
        _assert_kept(store)
        most_first = store.list_submissions(order=ListOrder("revisions", descending=True))
        shown = [row.revision_count for row in most_first]
        assert shown == sorted(shown, reverse=True) and shown[0] > 1
        assert most_first[0].uuid == uuids[0]
        fewest_first = store.list_submissions(order=ListOrder("revisions", descending=False))
        assert [row.revision_count for row in fewest_first] == sorted(shown)
    a.close()
    b.close()


def test_an_older_store_gets_the_count_of_its_revisions(tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "store_0014_revision_device.sqlite", target)
    with Store.open(str(target)) as store:
        counts = _stored_and_counted(store)
        assert any(counted > 1 for _stored, counted in counts.values())
        _assert_kept(store)
