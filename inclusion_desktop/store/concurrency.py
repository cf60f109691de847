"""Several coordinators writing one PostgreSQL store at once: locks and transaction retries.

On SQLite a writer starts with BEGIN IMMEDIATE, so writers already run one after the other. On
PostgreSQL they run side by side (READ COMMITTED), and the merge keeps the sequential result
this way (see history._Merger):

* the questionnaires of a bundle already in the store are locked (``SELECT … FOR UPDATE``, in
  uuid order so that two merges never wait for each other in a cycle) before their revisions
  are read, so a merge always classifies against every revision committed before it;
* a questionnaire, form, laptop, operator or audit row that another merge inserts at the same
  moment makes the insert fail with a unique-key violation once the other commits: the whole
  transaction is then rolled back and run again, and the second run sees the row. The same
  holds for a deadlock or a serialization failure reported by the server;
* the territory and the quota targets, merged by "newest wins", are merged under an advisory
  lock held until the end of the transaction;
* every coordinator of a shared store writes its audit rows as the store's one local laptop,
  so each audit row is chained under an advisory lock held until the end of the transaction
  (lock_audit_chain): two transactions never extend the chain from the same row (a fork).
  A transaction that writes several audit rows between row locks may then deadlock with a
  merge; the server reports it and the losing transaction runs again, as above.

Local edits follow the same rules (see repository.Store._edit): an edit of one questionnaire
(correction, finalisation, deletion, conflict resolution, imported edit) locks its row
``FOR UPDATE`` before reading its head and runs again when it loses a race on a key; the
clearing of free texts and the purge, which rewrite many questionnaires at once, first lock
the whole submission table against writers (lock_all_submissions), so that a merge runs
either wholly before them or wholly after.

The report of a merge is the one of the run that committed: it counts what really happened.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from inclusion_desktop.catalogue import Code
from inclusion_desktop.store.errors import StoreError

T = TypeVar("T")

# Advisory lock keys (fixed numbers every process agrees on; see also engine.MIGRATION_LOCK).
SHARED_SETTINGS_LOCK = 0x1D5_0002
AUDIT_CHAIN_LOCK = 0x1D5_0003

# SQLSTATE codes after which running the transaction again is the right answer.
RETRYABLE_STATES = frozenset(
    {
        "23505",  # unique_violation: another transaction inserted the same key and committed
        "40001",  # serialization_failure
        "40P01",  # deadlock_detected
    }
)
MAX_ATTEMPTS = 30

# Transactions run again in this process since it started (figures for tests and benchmarks).
retries = {"count": 0}


def sqlstate(exc: BaseException) -> str:
    """The SQLSTATE of a database error (PostgreSQL), "" when there is none (SQLite)."""
    orig = getattr(exc, "orig", None)
    return str(getattr(orig, "sqlstate", "") or "")


def is_retryable(exc: BaseException) -> bool:
    """Tell whether a failed PostgreSQL transaction only lost a race and may be run again."""
    return isinstance(exc, DBAPIError) and sqlstate(exc) in RETRYABLE_STATES


def with_retries(
    run: Callable[[], T], *, what: str, postgres: bool, busy_code: Code | None = None
) -> T:
    """Call `run` (one whole transaction) again while it loses a race, up to MAX_ATTEMPTS times.

    On SQLite it is called once: writers are serialised there. Raises StoreError, in French
    (`busy_code` when given, else the merge's), when the races never stop, so that no raw
    IntegrityError reaches the user.
    """
    if not postgres:
        return run()
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return run()
        except DBAPIError as exc:
            if not is_retryable(exc):
                raise
            if attempt == MAX_ATTEMPTS:
                if busy_code is not None:
                    raise StoreError(code=busy_code, what=what) from exc
                raise StoreError(
                    code=Code.MERGE_STORE_BUSY, what=what, attempts=MAX_ATTEMPTS
                ) from exc
            retries["count"] += 1
            # A short random pause, growing, so that the processes that collided spread out.
            time.sleep(random.uniform(0, 0.02 * min(attempt, 10)))
    raise AssertionError("unreachable")  # pragma: no cover


def lock_shared_settings(conn: Connection) -> None:
    """Serialise, until the end of the transaction, the merges of territory and quota targets."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SHARED_SETTINGS_LOCK})


def lock_all_submissions(conn: Connection) -> None:
    """Keep every other writer of questionnaires waiting until the end of the transaction.

    EXCLUSIVE mode lets plain reads through but waits for, and then holds back, the row locks
    of merges and edits (``FOR UPDATE``) as well as their inserts.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE submission IN EXCLUSIVE MODE"))


def lock_audit_chain(conn: Connection) -> None:
    """Serialise, until the end of the transaction, the extension of the store's audit chain.

    The row read as the chain's last one after the lock is granted is the newest committed one
    (READ COMMITTED takes a new snapshot for each statement), so appends form one line.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})
