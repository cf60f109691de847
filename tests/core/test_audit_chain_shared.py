"""Coordinators merging and editing one PostgreSQL store at once keep one unbroken audit chain.

Every coordinator of a shared store writes its audit rows as the store's one local laptop. Here
four processes write at the same moment: two merge the bundles of two laptops, two correct
questionnaires one by one. Each of them pauses between reading the chain's last row and writing
the next one, so that without the lock (concurrency.lock_audit_chain) two of them would chain
onto the same row. `audit verify` must then find one line of rows, each linked to the one before.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection
from sync_support import add_complete, laptop, reset_template

from inclusion_desktop.store import Store
from inclusion_desktop.store import audit as audit_module
from inclusion_desktop.store.audit_chain import _chain_order, store_rows, verify_store_audit
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files

EDITS_PER_PROCESS = 5


def _bundles(folder: Path) -> tuple[Path, list[Path], list[str]]:
    """A first bundle (questionnaires the coordinators correct), and two other laptops' bundles."""
    reset_template()
    a, form_a, op_a = laptop(folder / "a.sqlite", "Portable A")
    uuids = [add_complete(a, form_a, op_a, {"age": 20 + n}) for n in range(2 * EDITS_PER_PROCESS)]
    base = export_bundle(a, folder / "base.idbundle").path
    a.close()
    others = []
    for name in ("B", "C"):
        store, form, operator = laptop(folder / f"{name}.sqlite", f"Portable {name}")
        for n in range(3):
            add_complete(store, form, operator, {"age": 30 + n})
        others.append(export_bundle(store, folder / f"{name}.idbundle").path)
        store.close()
    return base, others, uuids


def _merger(url: str, bundle: Path, barrier: Any, results: Any) -> None:
    try:
        with Store.open(url) as store:
            barrier.wait()
            [report] = merge_files(store, [bundle], backup=False)
        results.put(report.ok)
    except BaseException as exc:  # reported to the test process
        results.put(f"{type(exc).__name__}: {exc}")


def _editor(url: str, uuids: list[str], operator: int, barrier: Any, results: Any) -> None:
    try:
        with Store.open(url) as store:
            barrier.wait()
            for uuid in uuids:
                store.save_revision(uuid, {"age": 45, "by": "coordination"}, operator)
        results.put(True)
    except BaseException as exc:  # reported to the test process
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.fixture
def slow_chain_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pause after each read of the chain's last row, inherited by the forked processes."""
    read_last = audit_module.last_chain

    def last_chain(conn: Connection, device_id: int | None) -> str:
        found = read_last(conn, device_id)
        time.sleep(0.05)
        return found

    monkeypatch.setattr(audit_module, "last_chain", last_chain)


@pytest.mark.slow
@pytest.mark.usefixtures("slow_chain_reads")
def test_concurrent_merges_and_edits_keep_one_audit_chain(
    postgres_url: str, tmp_path: Path
) -> None:
    base, others, uuids = _bundles(tmp_path)
    with Store.open(postgres_url) as store:
        store.set_device_name("Coordination")
        merge_files(store, [base], backup=False)
        operator = store.add_operator("Coordinatrice").id
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    barrier = context.Barrier(4)
    half = EDITS_PER_PROCESS
    processes = [
        *(
            context.Process(target=_merger, args=(postgres_url, bundle, barrier, results))
            for bundle in others
        ),
        *(
            context.Process(target=_editor, args=(postgres_url, part, operator, barrier, results))
            for part in (uuids[:half], uuids[half:])
        ),
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    assert outcomes == [True] * len(processes)

    with Store.open(postgres_url) as store:
        report = verify_store_audit(store.engine)
        device = store.device()
        assert device is not None
        with store.engine.connect() as conn:
            rows, _names = store_rows(conn)
    assert report.ok, report.problems
    chained = [row for row in rows if row["chain"] and row["device"] == device.uuid]
    actions = [row["action"] for row in chained]
    assert actions.count(AuditAction.MERGE) == 3
    assert actions.count(AuditAction.MODIFICATION) == len(uuids)
    # Every row written, merges and edits alike, is in one line from the chain's first row.
    assert len(_chain_order(chained)) == len(chained)
    assert len({row["prev_chain"] for row in chained}) == len(chained)
