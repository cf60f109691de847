"""Fault tests: a process killed (SIGKILL) while saving or merging, a full disk during a merge.

The kill test forks the writer from this already-initialised process, so each of the 200 runs
costs milliseconds instead of an interpreter start-up; the child is a real process, killed by
the kernel at a random moment, and prints (to a pipe) each uuid once its call has returned.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files
from tests.core.sync_support import add_complete, all_rows, laptop

SAVE_KILLS = 150
MERGE_KILLS = 50


def _saver(db: Path, out: int, seed: int) -> None:
    """Create questionnaires for ever: drafts saved, most finalised; report each that returned."""
    rng = random.Random(seed)
    store = Store.open(str(db))
    form = store.form_versions()[0].id
    operator = store.operators()[0].id
    while True:
        sub = store.create_submission(form_version_id=form, zone="QPV-A", operator_id=operator)
        answers = {"age": rng.randint(15, 99), "seed": seed}
        store.save_draft(sub.uuid, answers, "age")
        if rng.random() < 0.3:
            os.write(out, f"draft {sub.uuid} {json.dumps(answers)}\n".encode())
            continue
        store.finalize(sub.uuid, answers, operator)
        os.write(out, f"final {sub.uuid} {json.dumps(answers)}\n".encode())


def _merger(db: Path, out: int, bundles: list[Path], seed: int) -> None:
    """Merge the bundles in a random order for ever; report each bundle's uuids once merged."""
    rng = random.Random(seed)
    store = Store.open(str(db))
    while True:
        path = rng.choice(bundles)
        [report] = merge_files(store, [path], merged_by="Coordinatrice")
        assert report.ok
        os.write(out, f"merged {path.name}\n".encode())


def _run_and_kill(
    target: object, args: tuple[object, ...], delay: float, after_first_line: bool = False
) -> list[str]:
    """Fork a child running target(*args, out), SIGKILL it after `delay`, return its lines.

    With `after_first_line`, the delay starts once the child has reported its first call, so the
    run proves something however slow the machine is.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns normally
        os.close(read_end)
        try:
            target(*args[:1], write_end, *args[1:])  # type: ignore[operator]
        finally:
            os._exit(1)
    os.close(write_end)
    chunks = []
    if after_first_line:
        # Blocks until the child writes; a child that dies first closes the pipe (b"").
        chunks.append(os.read(read_end, 65536))
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    # A child that died on its own (an exception) would exit with status 1, not the kill.
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    return b"".join(chunks).decode().splitlines()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_killed_while_saving_and_merging_loses_nothing_returned(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    db = tmp_path / "coordination.sqlite"
    store, _form, _operator = laptop(db, "Poste coordination")
    store.close()
    # Bundles from a field laptop: ten files of four questionnaires, some edited later.
    field, form_id, operator_id = laptop(tmp_path / "terrain.sqlite", "Portable terrain")
    bundles: list[Path] = []
    expected: dict[str, set[str]] = {}
    with field:
        made: list[str] = []
        for number in range(10):
            made += [add_complete(field, form_id, operator_id, {"age": n}) for n in range(4)]
            if number % 3 == 2:
                field.save_revision(made[0], {"age": 100 + number}, operator_id)
            bundles.append(tmp_path / f"terrain-{number}.idbundle")
            export_bundle(field, bundles[-1])
            expected[bundles[-1].name] = set(made)
    drafts: dict[str, dict[str, object]] = {}
    finals: dict[str, dict[str, object]] = {}
    merged: set[str] = set()
    runs = [("save", i) for i in range(SAVE_KILLS)] + [("merge", i) for i in range(MERGE_KILLS)]
    rng.shuffle(runs)
    started = time.monotonic()
    # Odd runs are killed at any moment, start-up included; even runs only once a call returned,
    # so that the check below holds on a machine of any speed.
    reported_by_even_save_runs = 0
    merged_by_even_runs = False
    for kind, number in runs:
        even = number % 2 == 0
        if kind == "save":
            lines = _run_and_kill(_saver, (db, number), rng.uniform(0.0, 0.12), even)
            reported_by_even_save_runs += len(lines) if even else 0
        else:
            lines = _run_and_kill(_merger, (db, bundles, number), rng.uniform(0.0, 0.25), even)
            merged_by_even_runs |= even and bool(lines)
        for line in lines:
            word, name, *rest = line.split(" ", 2)
            if word == "draft":
                drafts[name] = json.loads(rest[0])
            elif word == "final":
                finals[name] = json.loads(rest[0])
                drafts.pop(name, None)
            else:
                merged.add(name)
    elapsed = time.monotonic() - started

    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Store.open(str(db)) as reopened:
        for uuid, answers in finals.items():
            assert reopened.get_submission(uuid).status == "complete"
            assert reopened.head_answers(uuid) == answers
        for uuid, answers in drafts.items():
            assert reopened.load_draft(uuid) == (answers, "age")
        present = {row.uuid for row in reopened.list_submissions()}
        for name in merged:
            assert expected[name] <= present, name
        for uuid in set().union(*(expected[name] for name in merged)):
            assert reopened.revisions(uuid)
    # The figures of the run, shown with -s (kept for the closing note of the issue).
    print(
        f"\n{len(runs)} kills in {elapsed:.1f} s: {len(finals)} finalised and {len(drafts)} "
        f"drafts reported, {len(merged)} distinct bundles reported merged, all present"
    )
    assert reported_by_even_save_runs >= SAVE_KILLS // 2 and merged_by_even_runs


def test_full_disk_during_merge_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    source, form_id, operator_id = laptop(tmp_path / "a.sqlite", "Portable A")
    with source:
        for age in range(30):
            add_complete(source, form_id, operator_id, {"age": age, "texte": "x" * 2000})
        bundle = tmp_path / "a.idbundle"
        export_bundle(source, bundle)
    target, _, _ = laptop(tmp_path / "b" / "b.sqlite", "Portable B")
    with target:
        before = all_rows(target)
        with closing(sqlite3.connect(target.path)) as conn:  # type: ignore[arg-type]
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own full-disk error: the database may not grow by more than two pages.

        def small_disk(dbapi: sqlite3.Connection, _record: object) -> None:
            dbapi.execute(f"PRAGMA max_page_count = {pages + 2}")

        target.engine.dispose()
        event.listen(target.engine, "connect", small_disk)
        with pytest.raises(StoreError, match="Écriture dans la base impossible"):
            merge_files(target, [bundle])
        target.engine.dispose()
        event.remove(target.engine, "connect", small_disk)
    with Store.open(str(tmp_path / "b" / "b.sqlite")) as reopened:
        assert all_rows(reopened) == before


def test_full_disk_for_the_backup_stops_the_merge_before_any_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, form_id, operator_id = laptop(tmp_path / "a.sqlite", "Portable A")
    with source:
        add_complete(source, form_id, operator_id, {"age": 40})
        bundle = tmp_path / "a.idbundle"
        export_bundle(source, bundle)
    target, _, _ = laptop(tmp_path / "b" / "b.sqlite", "Portable B")
    with target:
        before = all_rows(target)

        def full(_fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(StoreError, match="Sauvegarde de la base"):
            merge_files(target, [bundle])
        monkeypatch.undo()
        assert all_rows(target) == before
