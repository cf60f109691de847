"""Several coordinators merging into one PostgreSQL store at once give the sequential result.

A seeded random property test: each scenario builds random bundles on three SQLite laptops
(new questionnaires, edits, deletions, divergent edits that make conflicts, descendant exports,
the same bundle twice), merges them one after the other into a SQLite store (the reference),
then merges them into a new PostgreSQL database from 2 to 4 concurrent coordinator processes,
with random pauses before, inside and after each merge's transaction. The two stores must hold
the same data, conflicts and audit rows, without a duplicate, and the reports must add up to
what the store holds.

A second test runs real processes: two `inclusion-desktop merge` commands started at once on
a database nobody has opened yet (migration race included).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sync_support import add_complete, empty_store, laptop, reset_template
from test_shared_store import store_content

from inclusion_desktop.store import Store, concurrency
from inclusion_desktop.store import history as history_module
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import MergeReport, merge_files
from tests.postgres import Cluster

# How many scenarios (bundle sets) and concurrent schedules of each: 2 × 3 in the fast lane,
# INCLUSION_INTERLEAVINGS scenarios (default 30) in the slow one.
SCHEDULES_PER_SCENARIO = 3


def _scenario(rng: random.Random, folder: Path) -> list[Path]:
    """Random bundles from three laptops sharing a first export; returns the files to merge."""
    folder.mkdir(parents=True)
    reset_template()
    a, form_a, op_a = laptop(folder / "a.sqlite", "Portable A")
    base_uuids = [add_complete(a, form_a, op_a, {"age": rng.randint(15, 90)}) for _ in range(6)]
    base = export_bundle(a, folder / "base.idbundle").path
    laptops: list[tuple[Store, int, int, str]] = [(a, form_a, op_a, "a")]
    for name in ("b", "c"):
        store = empty_store(folder / f"{name}.sqlite")
        store.set_device_name(f"Portable {name.upper()}")
        merge_files(store, [base])
        form_id = store.form_versions()[0].id
        laptops.append((store, form_id, store.add_operator(f"Opérateur {name}").id, name))
    files = [base]
    for round_number in (1, 2):
        for store, form_id, op, name in laptops:
            for uuid in rng.sample(base_uuids, rng.randint(0, 3)):
                if store.get_submission(uuid).status == "deleted":
                    continue
                if rng.random() < 0.25:
                    store.delete_submission(uuid, f"doublon {name}", op)
                else:
                    store.save_revision(uuid, {"age": rng.randint(15, 90), "by": name}, op)
            for _ in range(rng.randint(0, 2)):
                add_complete(store, form_id, op, {"age": rng.randint(15, 90)})
            path = folder / f"{name}{round_number}.idbundle"
            files.append(export_bundle(store, path).path)
    for store, *_rest in laptops:
        store.close()
    files += rng.sample(files, rng.randint(1, 3))  # the same bundle twice
    rng.shuffle(files)
    return files


def _check_same(reference: Store, shared: Store, reports: list[MergeReport]) -> None:
    assert store_content(shared) == store_content(reference)
    assert {c.uuid: {r.content_hash for r in c.heads} for c in shared.conflicts()} == {
        c.uuid: {r.content_hash for r in c.heads} for c in reference.conflicts()
    }
    counts, expected = _counts(shared), _counts(reference)
    # The reports count what really happened: added up, they are what the store holds (the
    # laptops hold no conflict, so every questionnaire arrives "new" in exactly one merge).
    assert counts["submissions"] == sum(r.new for r in reports)
    assert counts["revisions"] == sum(r.revisions_added for r in reports)
    assert counts["deletions"] == sum(r.deletions_added for r in reports)
    # One merge log row and one "fusion" audit row per merge (the laptops' own "fusion" rows,
    # merged in, are the same in both stores).
    assert counts["merge_log"] == len(reports)
    assert counts["fusion"] - counts["merge_log"] == expected["fusion"] - expected["merge_log"]


def _counts(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return {
            name: conn.execute(text(query)).scalar()
            for name, query in {
                "submissions": "SELECT count(*) FROM submission",
                "revisions": "SELECT count(*) FROM revision",
                "deletions": "SELECT count(*) FROM revision WHERE status = 'deleted'",
                "fusion": "SELECT count(*) FROM audit WHERE action = 'fusion'",
                "merge_log": "SELECT count(*) FROM merge_log",
            }.items()
        }


def _merge_concurrently(
    url: str, files: list[Path], workers: int, rng: random.Random
) -> list[MergeReport]:
    """Merge `files` from `workers` coordinator processes at once, each a random share in turn.

    The processes are forked, so they start at once and keep the test's random pauses.
    """
    shares: list[list[Path]] = [[] for _ in range(workers)]
    for path in files:
        shares[rng.randrange(workers)].append(path)
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    barrier = context.Barrier(workers)
    processes = [
        context.Process(target=_coordinator, args=(url, share, rng.random(), barrier, results))
        for share in shares
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    errors = [outcome for outcome in outcomes if isinstance(outcome, str)]
    assert not errors, errors
    assert all(process.exitcode == 0 for process in processes)
    concurrency.retries["count"] += sum(outcome[1] for outcome in outcomes)
    return [report for outcome in outcomes for report in outcome[0]]


def _coordinator(url: str, share: list[Path], seed: float, barrier: Any, results: Any) -> None:
    """One coordinator process: its merges' reports, or the error as text, go to `results`."""
    local = random.Random(seed)
    before = concurrency.retries["count"]  # inherited from the test process
    try:
        with Store.open(url) as store:
            barrier.wait()
            reports = []
            for path in share:
                time.sleep(local.uniform(0, 0.01))
                # The dump before each merge is tested in test_server_backups; not needed here.
                reports += merge_files(store, [path], backup=False)
        results.put((reports, concurrency.retries["count"] - before))
    except BaseException as exc:  # reported to the test process
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.fixture
def slow_transactions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Random pauses inside each merge's transaction, so that merges overlap for real."""
    original = history_module._Merger.run
    pauses = random.Random(7)

    def run(self: Any) -> Any:
        time.sleep(pauses.uniform(0, 0.01))
        result = original(self)
        time.sleep(pauses.uniform(0, 0.01))
        return result

    monkeypatch.setattr(history_module._Merger, "run", run)


def _run_scenarios(
    cluster: Cluster, tmp_path: Path, scenarios: int, capsys: pytest.CaptureFixture[str]
) -> None:
    template = cluster.create_database()
    Store.open(cluster.url(template)).close()  # migrated once, copied for each schedule
    retries_before = concurrency.retries["count"]
    tried = 0
    try:
        for number in range(scenarios):
            rng = random.Random(1000 + number)
            files = _scenario(rng, tmp_path / f"s{number}")
            with Store.open(str(tmp_path / f"s{number}" / "reference.sqlite")) as reference:
                merge_files(reference, files)
                for _schedule in range(SCHEDULES_PER_SCENARIO):
                    name = cluster.create_database(template=template)
                    try:
                        reports = _merge_concurrently(
                            cluster.url(name), files, rng.randint(2, 4), rng
                        )
                        with Store.open(cluster.url(name)) as shared:
                            _check_same(reference, shared, reports)
                    finally:
                        cluster.drop_database(name)
                    tried += 1
    finally:
        cluster.drop_database(template)
    with capsys.disabled():
        print(
            f"\n{tried} entrelacements de fusions concurrentes essayés ({scenarios} scénarios), "
            f"{concurrency.retries['count'] - retries_before} transaction(s) rejouée(s)"
        )
    assert tried == scenarios * SCHEDULES_PER_SCENARIO


def test_concurrent_merges_give_the_sequential_result(
    postgres_cluster: Cluster,
    tmp_path: Path,
    slow_transactions: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _run_scenarios(postgres_cluster, tmp_path, 2, capsys)


@pytest.mark.slow
def test_many_concurrent_interleavings_give_the_sequential_result(
    postgres_cluster: Cluster,
    tmp_path: Path,
    slow_transactions: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    scenarios = int(os.environ.get("INCLUSION_INTERLEAVINGS", "30"))
    _run_scenarios(postgres_cluster, tmp_path, scenarios, capsys)


@pytest.mark.slow
def test_two_processes_start_and_merge_at_once(postgres_url: str, tmp_path: Path) -> None:
    """Two commands on a database nobody opened yet: both migrate-or-wait, both merge."""
    rng = random.Random(5)
    files = _scenario(rng, tmp_path / "bundles")
    unique = sorted(set(files))
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "donnees")}
    command = [sys.executable, "-m", "inclusion_desktop", "merge", "--db", postgres_url]
    processes = [
        subprocess.Popen(
            [*command, *map(str, order), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for order in (unique, list(reversed(unique)))
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    for (out, err), process in zip(outputs, processes, strict=True):
        assert process.returncode == 0, err
        assert "Traceback" not in err
        assert json.loads(out)["ok"] is True
    with Store.open(str(tmp_path / "reference.sqlite")) as reference:
        sequential = merge_files(reference, unique + unique)
        with Store.open(postgres_url) as shared:
            assert store_content(shared) == store_content(reference)
            merged = [m for out, _err in outputs for m in json.loads(out)["merged"]]
            assert sum(m["revisions_added"] for m in merged) == sum(
                r.revisions_added for r in sequential
            )
            assert sum(m["new"] for m in merged) == len(shared.list_submissions())


class _Race(Exception):
    sqlstate = "23505"


def test_endless_races_end_in_a_french_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import IntegrityError

    from inclusion_desktop.store import StoreError

    monkeypatch.setattr(concurrency.time, "sleep", lambda _seconds: None)
    calls: list[int] = []

    def always_racing() -> None:
        calls.append(1)
        raise IntegrityError("INSERT", None, _Race("duplicate key"))

    with pytest.raises(StoreError) as caught:
        concurrency.with_retries(always_racing, what="Fusion de a.idbundle", postgres=True)
    assert len(calls) == concurrency.MAX_ATTEMPTS
    assert str(caught.value).startswith("Fusion de a.idbundle : la base partagée est trop occupée")
    # On SQLite (writers already serialised) and for other errors, nothing is run again.
    calls.clear()
    with pytest.raises(IntegrityError):
        concurrency.with_retries(always_racing, what="x", postgres=False)
    assert len(calls) == 1
