"""A coordinator editing questionnaires while another merges them gives a sequential result.

On a PostgreSQL store, one process merges a bundle that edits or deletes every questionnaire
while another process corrects the same questionnaires one by one (a deleted one is refused).
Revision hashes do not depend on time or laptop, so each questionnaire must end exactly as in
one of the two sequential orders, computed on SQLite: the edit first (then the merge makes a
conflict), or the merge first (then the edit continues its version). Nothing is lost, nothing
crashes, and the questionnaire's status is the one its versions give.
"""

from __future__ import annotations

import multiprocessing
import random
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sync_support import add_complete, empty_store, laptop, reset_template

from inclusion_desktop.catalogue import Code
from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.store import history as history_module
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files
from tests.postgres import Cluster

QUESTIONNAIRES = 12
ROUNDS = 3


def _bundles(folder: Path) -> tuple[Path, Path, list[str]]:
    """A first export of a laptop, then its export of an edit of every questionnaire."""
    reset_template()
    a, form_a, op_a = laptop(folder / "a.sqlite", "Portable A")
    uuids = [add_complete(a, form_a, op_a, {"age": 20 + n}) for n in range(QUESTIONNAIRES)]
    base = export_bundle(a, folder / "base.idbundle").path
    for number, uuid in enumerate(uuids):
        if number % 2:
            a.delete_submission(uuid, "doublon", op_a)
        else:
            a.save_revision(uuid, {"age": 70, "by": "terrain"}, op_a)
    edits = export_bundle(a, folder / "edits.idbundle").path
    a.close()
    return base, edits, sorted(uuids)


def _edit_all(store: Store, uuids: list[str], operator_id: int, pause: random.Random) -> None:
    """The coordinator's work: a correction of every questionnaire not deleted yet."""
    for uuid in uuids:
        time.sleep(pause.uniform(0, 0.06))
        try:
            store.save_revision(uuid, {"age": 45, "by": "coordination"}, operator_id)
        except StoreError as error:
            assert error.code == Code.STORE_SUBMISSION_DELETED


def _state(store: Store) -> dict[str, tuple[str, frozenset[str], bool]]:
    """Per questionnaire: its status, the hashes of all its versions, whether in conflict."""
    with store.engine.connect() as conn:
        statuses = dict(conn.execute(text("SELECT uuid, status FROM submission")).all())
        hashes: dict[str, set[str]] = {}
        for uuid, content in conn.execute(
            text(
                "SELECT s.uuid, r.content_hash FROM revision r"
                " JOIN submission s ON s.id = r.submission_id"
            )
        ):
            hashes.setdefault(uuid, set()).add(content)
    conflicts = {conflict.uuid for conflict in store.conflicts()}
    return {
        uuid: (statuses[uuid], frozenset(hashes[uuid]), uuid in conflicts) for uuid in statuses
    }


def _reference(folder: Path, base: Path, edits: Path, uuids: list[str], edit_first: bool) -> Any:
    with empty_store(folder / f"reference-{edit_first}.sqlite") as store:
        merge_files(store, [base])
        operator = store.add_operator("Coordinatrice").id
        if not edit_first:
            merge_files(store, [edits])
        _edit_all(store, uuids, operator, random.Random(0))
        if edit_first:
            merge_files(store, [edits])
        return _state(store)


def _merger(url: str, edits: Path, barrier: Any, results: Any) -> None:
    try:
        with Store.open(url) as store:
            barrier.wait()
            [report] = merge_files(store, [edits], backup=False)
        results.put(("merge", report.ok))
    except BaseException as exc:  # reported to the test process
        results.put(("merge", f"{type(exc).__name__}: {exc}"))


def _editor(
    url: str, uuids: list[str], operator: int, seed: int, barrier: Any, results: Any
) -> None:
    try:
        with Store.open(url) as store:
            barrier.wait()
            _edit_all(store, uuids, operator, random.Random(seed))
        results.put(("edit", True))
    except BaseException as exc:  # reported to the test process
        results.put(("edit", f"{type(exc).__name__}: {exc}"))


@pytest.fixture
def overlapping(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pauses inside the merge's and the edits' transactions, so that they overlap for real."""
    merge_run, read_head = history_module._Merger.run, Store._head
    pauses = random.Random(3)

    def run(self: Any) -> Any:
        time.sleep(0.15)
        result = merge_run(self)  # the questionnaires are locked from here to the commit
        time.sleep(0.15)
        return result

    def head(session: Any, submission_id: int) -> Any:
        found = read_head(session, submission_id)
        time.sleep(pauses.uniform(0, 0.01))
        return found

    monkeypatch.setattr(history_module._Merger, "run", run)
    monkeypatch.setattr(Store, "_head", staticmethod(head))


@pytest.mark.slow
@pytest.mark.usefixtures("overlapping")
def test_edits_racing_a_merge_give_a_sequential_result(
    postgres_cluster: Cluster, tmp_path: Path
) -> None:
    base, edits, uuids = _bundles(tmp_path)
    edit_first = _reference(tmp_path, base, edits, uuids, edit_first=True)
    merge_first = _reference(tmp_path, base, edits, uuids, edit_first=False)
    assert edit_first != merge_first  # the two orders differ on every questionnaire
    context = multiprocessing.get_context("fork")

    for round_number in range(ROUNDS):
        name = postgres_cluster.create_database()
        try:
            url = postgres_cluster.url(name)
            with Store.open(url) as store:
                merge_files(store, [base], backup=False)
                operator = store.add_operator("Coordinatrice").id
            results = context.Queue()
            barrier = context.Barrier(2)
            processes = [
                context.Process(target=_merger, args=(url, edits, barrier, results)),
                context.Process(
                    target=_editor, args=(url, uuids, operator, round_number, barrier, results)
                ),
            ]
            for process in processes:
                process.start()
            outcomes = dict(results.get(timeout=300) for _ in processes)
            for process in processes:
                process.join(timeout=60)
            assert outcomes == {"merge": True, "edit": True}
            with Store.open(url) as store:
                shared = _state(store)
            assert shared.keys() == edit_first.keys()
            for uuid in uuids:
                assert shared[uuid] in (edit_first[uuid], merge_first[uuid]), uuid
        finally:
            postgres_cluster.drop_database(name)


@pytest.mark.slow
def test_an_edit_waits_for_a_merge_holding_its_questionnaire(
    postgres_url: str, tmp_path: Path
) -> None:
    """An edit started while a merge holds the questionnaire sees what the merge committed."""
    base, _edits, uuids = _bundles(tmp_path)
    with Store.open(postgres_url) as store, Store.open(postgres_url) as merging:
        merge_files(store, [base], backup=False)
        operator = store.add_operator("Coordinatrice").id
        outcome: list[BaseException | None] = []

        def edit() -> None:
            try:
                store.save_revision(uuids[0], {"age": 45}, operator)
                outcome.append(None)
            except BaseException as exc:  # reported to the test
                outcome.append(exc)

        with merging.engine.connect() as conn, conn.begin():
            # What a merge bringing a deletion does to the row it holds until it commits.
            conn.execute(
                text("UPDATE submission SET status = 'deleted' WHERE uuid = :u"), {"u": uuids[0]}
            )
            editor = threading.Thread(target=edit)
            editor.start()
            while not conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            ).scalar():
                time.sleep(0.01)
        editor.join()
        [error] = outcome
        # The edit read the questionnaire once the "merge" had committed: it is deleted now.
        assert isinstance(error, StoreError) and error.code == Code.STORE_SUBMISSION_DELETED
        assert len(store.revisions(uuids[0])) == 1
