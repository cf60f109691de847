"""Drafts saved without waiting for the disk: a process killed right after an answer keeps it."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sync_support import empty_store

from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store
from tests.conflict_support import FORM_SOURCE

# Saves one answer through the collector, then is killed by the kernel at once (SIGKILL):
# nothing after save_draft runs, neither the disk sync of the thread nor closing the store.
_ANSWER_THEN_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from inclusion_desktop.services.collect import Collector
    from inclusion_desktop.store import Store

    store = Store.open(sys.argv[1])
    Collector(store).save_draft(sys.argv[2], {"age": "42"}, "page_2")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _draft_questionnaire(path: Path) -> str:
    """A store at `path` holding one questionnaire with an empty draft; its uuid."""
    store = empty_store(path)
    form = store.register_form(
        source=FORM_SOURCE,
        filename="age.md",
        form_id="age",
        version="1",
        title="Âge",
        sha256=hashlib.sha256(FORM_SOURCE).hexdigest(),
    )
    operator = store.add_operator("Samira").id
    submission = store.create_submission(form_version_id=form.id, zone="", operator_id=operator)
    store.save_draft(submission.uuid, {}, None)
    store.close()
    return submission.uuid


def test_an_answer_survives_the_process_killed_right_after_it(tmp_path: Path) -> None:
    database = tmp_path / "terrain.sqlite"
    uuid = _draft_questionnaire(database)
    child = subprocess.run(
        [sys.executable, "-c", _ANSWER_THEN_DIE, str(database), uuid], capture_output=True
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    with Store.open(str(database)) as store:
        assert store.load_draft(uuid) == ({"age": "42"}, "page_2")


def test_flushed_drafts_are_on_the_disk_and_the_last_one_wins(tmp_path: Path) -> None:
    database = tmp_path / "terrain.sqlite"
    uuid = _draft_questionnaire(database)
    with Store.open(str(database)) as store:
        collector = Collector(store)
        for age in range(20):
            collector.save_draft(uuid, {"age": str(age)}, "page_1")
        collector.flush_drafts()
        assert store.load_draft(uuid) == ({"age": "19"}, "page_1")
        collector.flush_drafts()  # nothing new to sync: returns at once
