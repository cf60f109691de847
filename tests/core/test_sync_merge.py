"""Merge rules and properties: order-independent, idempotent, nothing lost, conflicts kept."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import add_complete, content, empty_store, laptop, revision_hashes

from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.sync.bundle import export_bundle, read_bundle
from inclusion_desktop.sync.merge import MergeProgress, merge_files, preview_files


def _export(store: Store, path: Path, **kwargs: Any) -> Path:
    export_bundle(store, path, **kwargs)
    return path


@pytest.fixture
def base(tmp_path: Path) -> tuple[Store, int, int, list[str], Path]:
    """A laptop with three questionnaires, exported once."""
    store, form_id, operator_id = laptop(tmp_path / "a.sqlite", "Portable A")
    uuids = [add_complete(store, form_id, operator_id, {"age": age}) for age in (20, 30, 40)]
    bundle = _export(store, tmp_path / "base.idbundle")
    yield store, form_id, operator_id, uuids, bundle
    store.close()


def _second_laptop(tmp_path: Path, bundle: Path) -> tuple[Store, int]:
    """A laptop that received the base bundle and has its own operator."""
    store = empty_store(tmp_path / "b.sqlite")
    store.set_device_name("Portable B")
    merge_files(store, [bundle])
    return store, store.add_operator("Julien").id


def test_new_then_already_present(base: Any, tmp_path: Path) -> None:
    _, _, _, uuids, bundle = base
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        preview = preview_files(coordinator, [bundle])[0]
        assert (preview.new, preview.merged) == (3, False)
        assert coordinator.list_submissions() == []
        first = merge_files(coordinator, [bundle])[0]
        assert (first.new, first.revisions_added, first.forms_added) == (3, 3, 1)
        second = merge_files(coordinator, [bundle])[0]
        assert (second.new, second.already_present, second.revisions_added) == (0, 3, 0)
        assert {row.uuid for row in coordinator.list_submissions()} == set(uuids)
        assert coordinator.head_answers(uuids[1]) == {"age": 30}
        devices = {d.name for d in [coordinator.device()] if d} | {"Portable A"}
        assert "Portable A" in devices
        log = coordinator.merge_log()
        assert [entry.counts["new"] for entry in log] == [3, 0]
        assert log[0].device_name == "Portable A" and log[0].file_sha256 == first.file_sha256


def test_fast_forward_kept_local_and_deletion(base: Any, tmp_path: Path) -> None:
    store, _, operator_id, uuids, bundle = base
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        merge_files(coordinator, [bundle])
        store.save_revision(uuids[0], {"age": 21}, operator_id)
        store.delete_submission(uuids[1], "Doublon", operator_id)
        later = _export(store, tmp_path / "later.idbundle")
        report = merge_files(coordinator, [later])[0]
        assert (report.fast_forwarded, report.already_present, report.deletions_added) == (2, 1, 1)
        assert coordinator.head_answers(uuids[0]) == {"age": 21}
        assert coordinator.get_submission(uuids[1]).status == "deleted"
        assert coordinator.revisions(uuids[1])[-1].reason == "Doublon"
        old = merge_files(coordinator, [bundle])[0]
        assert (old.kept_local, old.already_present) == (2, 1)
        assert coordinator.head_answers(uuids[0]) == {"age": 21}


def test_divergent_edits_are_a_conflict_resolved_by_choice(base: Any, tmp_path: Path) -> None:
    store_a, _, op_a, uuids, bundle = base
    store_b, op_b = _second_laptop(tmp_path, bundle)
    with store_b, empty_store(tmp_path / "c.sqlite") as coordinator:
        store_a.save_revision(uuids[0], {"age": 22}, op_a)
        store_b.save_revision(uuids[0], {"age": 23}, op_b)
        store_b.delete_submission(uuids[2], "Refus", op_b)
        store_a.save_revision(uuids[2], {"age": 41}, op_a)
        bundle_a = _export(store_a, tmp_path / "a2.idbundle")
        bundle_b = _export(store_b, tmp_path / "b2.idbundle")
        reports = merge_files(coordinator, [bundle_a, bundle_b])
        assert reports[1].conflicts == 2
        assert set(reports[1].conflict_uuids) == {uuids[0], uuids[2]}
        conflicts = {c.uuid: c for c in coordinator.conflicts()}
        assert set(conflicts) == {uuids[0], uuids[2]}
        heads = conflicts[uuids[0]].heads
        assert sorted(h.answers["age"] for h in heads) == [22, 23]
        operator = coordinator.add_operator("Coordinatrice").id
        chosen = next(h for h in heads if h.answers["age"] == 23)
        merged = coordinator.resolve_conflict(
            uuids[0], operator_id=operator, chosen_hash=chosen.content_hash
        )
        assert merged.answers == {"age": 23}
        assert {merged.parent_hash, merged.parent2_hash} == {h.content_hash for h in heads}
        edited = coordinator.resolve_conflict(uuids[2], operator_id=operator, answers={"age": 42})
        assert edited.status == "complete" and edited.parent2_hash is not None
        assert coordinator.conflicts() == []
        assert coordinator.get_submission(uuids[2]).status == "complete"
        # The resolution travels back: a laptop still in conflict fast-forwards to it.
        resolution = _export(coordinator, tmp_path / "c.idbundle")
        merge_files(store_a, [bundle_b])
        assert {c.uuid for c in store_a.conflicts()} == {uuids[0], uuids[2]}
        back = merge_files(store_a, [resolution])[0]
        assert back.fast_forwarded == 2
        assert store_a.conflicts() == []
        assert store_a.head_answers(uuids[0]) == {"age": 23}
        # Re-merging the branches changes nothing once resolved.
        again = merge_files(coordinator, [bundle_a, bundle_b])
        assert all(r.revisions_added == 0 for r in again)
        assert coordinator.conflicts() == []
        with pytest.raises(StoreError, match="n'est pas en conflit"):
            coordinator.resolve_conflict(uuids[1], operator_id=operator, answers={})


def test_unknown_form_version_travels_with_the_bundle(base: Any, tmp_path: Path) -> None:
    _, _, _, uuids, bundle = base
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        assert coordinator.form_versions() == []
        merge_files(coordinator, [bundle])
        (form,) = coordinator.form_versions()
        source = read_bundle(bundle).forms[0].source
        assert coordinator.form_source(form.id) == (source, "enquete.md")
        assert coordinator.get_submission(uuids[0]).form_version_id == form.id


def test_progress_is_reported(base: Any, tmp_path: Path) -> None:
    _, _, _, _, bundle = base
    events: list[MergeProgress] = []
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        merge_files(coordinator, [bundle, bundle], progress=events.append)
    assert events[-1] == MergeProgress(1, 2, str(bundle), 3, 3)
    assert {e.file_index for e in events} == {0, 1}


def test_since_last_export_and_not_exported_count(base: Any, tmp_path: Path) -> None:
    from datetime import date

    store, form_id, operator_id, uuids, _ = base
    assert store.counts(date.today()).not_exported == 0
    store.save_revision(uuids[0], {"age": 99}, operator_id)
    add_complete(store, form_id, operator_id, {"age": 50})
    assert store.counts(date.today()).not_exported == 2
    result = export_bundle(store, tmp_path / "delta.idbundle", since_last=True)
    assert (result.submissions, result.revisions) == (2, 2)
    assert store.counts(date.today()).not_exported == 0
    assert [e.since_last for e in store.exports()] == [False, True]
    # A coordinator who only ever got the delta still keeps it, parents unknown.
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        report = merge_files(coordinator, [tmp_path / "delta.idbundle"])[0]
        assert report.new == 2
        assert coordinator.head_answers(uuids[0]) == {"age": 99}
        merge_files(coordinator, [tmp_path / "base.idbundle"])
        assert coordinator.conflicts() == []
        assert coordinator.head_answers(uuids[0]) == {"age": 99}


# -- properties --------------------------------------------------------------------------------

_ops = st.lists(
    st.tuples(st.sampled_from(["edit", "delete", "new"]), st.integers(0, 3), st.integers(0, 3)),
    max_size=6,
)


def _apply(store: Store, form_id: int, operator_id: int, ops: list[tuple[str, int, int]]) -> None:
    """Play random edits, deletions and creations on a laptop."""
    for kind, index, value in ops:
        rows = sorted(r.uuid for r in store.list_submissions(status="complete"))
        if kind == "new" or not rows:
            add_complete(store, form_id, operator_id, {"age": value})
        elif kind == "edit":
            store.save_revision(rows[index % len(rows)], {"age": value}, operator_id)
        else:
            store.delete_submission(rows[index % len(rows)], f"motif {value}", operator_id)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    ops_a=_ops, ops_b=_ops, ops_c=_ops, picks=st.lists(st.integers(0, 23), min_size=2, max_size=2)
)
def test_merge_is_order_independent_idempotent_and_loses_nothing(
    tmp_path_factory: pytest.TempPathFactory,
    ops_a: list[tuple[str, int, int]],
    ops_b: list[tuple[str, int, int]],
    ops_c: list[tuple[str, int, int]],
    picks: list[int],
) -> None:
    root = tmp_path_factory.mktemp("prop")
    origin, form_id, op = laptop(root / "origin.sqlite", "Origine")
    with origin:
        for age in (1, 2, 3):
            add_complete(origin, form_id, op, {"age": age})
        base = _export(origin, root / "base.idbundle")
    bundles = [base]
    for name, ops in (("A", ops_a), ("B", ops_b), ("C", ops_c)):
        with empty_store(root / f"{name}.sqlite") as store:
            store.set_device_name(f"Portable {name}")
            merge_files(store, [base])
            operator = store.add_operator(f"Opérateur {name}").id
            form = store.form_versions()[0].id
            _apply(store, form, operator, ops)
            # Alternate full and incremental bundles to mix both kinds.
            bundles.append(_export(store, root / f"{name}.idbundle", since_last=name == "B"))
    expected = set().union(
        *(
            {rev["hash"] for rec in read_bundle(b).submissions for rev in rec["revisions"]}
            for b in bundles
        )
    )
    snapshots = []
    orders = list(itertools.permutations(bundles))
    # Four of the 24 orders per example keeps the test quick; hypothesis varies which.
    for number in sorted({0, len(orders) - 1, *(pick % len(orders) for pick in picks)}):
        order = orders[number]
        with empty_store(root / f"merge{number}.sqlite") as coordinator:
            reports = merge_files(coordinator, list(order))
            assert all(r.ok for r in reports)
            snapshot = content(coordinator)
            snapshots.append(snapshot)
            assert revision_hashes(coordinator) == expected
            merge_files(coordinator, list(order))
            assert content(coordinator) == snapshot
    for snapshot in snapshots[1:]:
        for table, rows in snapshot.items():
            assert set(rows) == set(snapshots[0][table]), table


def test_merged_operators_arrive_as_mediators(
    tmp_path: Path, base: tuple[Store, int, int, list[str], Path]
) -> None:
    """A laptop's operators reach the coordination as mediators, not with the column default.

    The role column's server default (coordinateur, given to operators created before roles)
    made every merged laptop operator a coordinator of the coordination store.
    """
    _, _, _, _, bundle = base
    coordination = empty_store(tmp_path / "coordination.sqlite")
    (report,) = merge_files(coordination, [bundle])
    assert report.ok
    assert [(op.name, op.role) for op in coordination.operators()] == [("Samira", "mediateur")]
    coordination.close()
