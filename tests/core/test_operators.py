"""Operator roles, PIN or password (scrypt hash), lockout after five wrong attempts, audit."""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from inclusion_desktop.permissions import (
    ACTION_LABELS,
    COORDINATOR_ACTIONS,
    MEDIATOR_ACTIONS,
    Action,
    allowed,
    needs_coordinator,
)
from inclusion_desktop.store import (
    LOCK_SECONDS,
    MAX_ATTEMPTS,
    ROLE_COORDINATOR,
    ROLE_MEDIATOR,
    OperatorLocked,
    Store,
    StoreError,
    WrongSecret,
)
from inclusion_desktop.store.models import utc_now
from inclusion_desktop.store.operators import verify_secret


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(str(tmp_path / "terrain.sqlite"))
    opened.set_device_name("Portable 1")
    yield opened
    opened.close()


def _stored_hash(path: Path, operator_id: int) -> str | None:
    with closing(sqlite3.connect(path)) as db:
        row = db.execute("SELECT secret_hash FROM operator WHERE id = ?", (operator_id,)).fetchone()
    return None if row is None else row[0]


def test_secret_is_stored_as_scrypt_hash_with_random_salt(store: Store) -> None:
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    samira = store.add_operator("Samira")
    assert not claire.has_secret and not store.has_coordinator_secret()
    assert store.set_operator_secret(claire.id, "1234", by_operator_id=claire.id).has_secret
    store.set_operator_secret(samira.id, "1234", by_operator_id=claire.id)
    assert store.path is not None
    stored = _stored_hash(store.path, claire.id)
    assert stored is not None
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(key)) == 32
    assert "1234" not in stored
    # Same PIN, different salt, different hash.
    assert _stored_hash(store.path, samira.id) != stored
    assert verify_secret("1234", stored) and not verify_secret("1235", stored)
    assert not verify_secret("1234", "garbage") and not verify_secret("1234", "scrypt$1$2$3$$")
    assert store.has_coordinator_secret()
    assert store.get_operator(claire.id).has_secret


def test_short_secret_is_refused_in_french(store: Store) -> None:
    samira = store.add_operator("Samira")
    with pytest.raises(StoreError, match="au moins 4 caractères"):
        store.set_operator_secret(samira.id, "123", by_operator_id=None)
    with pytest.raises(StoreError, match="espace"):
        store.set_operator_secret(samira.id, " 1234", by_operator_id=None)
    assert not store.get_operator(samira.id).has_secret


def test_check_secret_right_wrong_and_no_secret(store: Store) -> None:
    samira = store.add_operator("Samira")
    store.check_operator_secret(samira.id, "anything")  # no secret: passes
    store.set_operator_secret(samira.id, "2468", by_operator_id=samira.id)
    store.check_operator_secret(samira.id, "2468")
    with pytest.raises(WrongSecret) as wrong:
        store.check_operator_secret(samira.id, "0000")
    assert wrong.value.attempts_left == MAX_ATTEMPTS - 1
    assert "incorrect" in str(wrong.value) and "4 essais" in str(wrong.value)
    # A success resets the counter.
    store.check_operator_secret(samira.id, "2468")
    with pytest.raises(WrongSecret) as wrong:
        store.check_operator_secret(samira.id, "0000")
    assert wrong.value.attempts_left == MAX_ATTEMPTS - 1
    with pytest.raises(StoreError, match="inconnu"):
        store.check_operator_secret(999, "2468")


def test_five_wrong_attempts_lock_for_a_minute_even_after_restart(
    store: Store, tmp_path: Path
) -> None:
    samira = store.add_operator("Samira")
    store.set_operator_secret(samira.id, "2468", by_operator_id=samira.id)
    start = utc_now()
    for left in range(MAX_ATTEMPTS - 1, 0, -1):
        with pytest.raises(WrongSecret) as wrong:
            store.check_operator_secret(samira.id, "0000", now=start)
        assert wrong.value.attempts_left == left
    with pytest.raises(OperatorLocked) as locked:
        store.check_operator_secret(samira.id, "0000", now=start)
    assert locked.value.seconds_left == LOCK_SECONDS
    store.close()
    # The lock is in the database: reopening the store keeps it, the right PIN is refused too.
    with Store.open(str(tmp_path / "terrain.sqlite")) as reopened:
        later = start + timedelta(seconds=20)
        with pytest.raises(OperatorLocked) as locked:
            reopened.check_operator_secret(samira.id, "2468", now=later)
        assert locked.value.seconds_left == LOCK_SECONDS - 20
        assert "40 s" in str(locked.value)
        assert reopened.operator_lock_seconds(samira.id, now=later) == 40
        after = start + timedelta(seconds=LOCK_SECONDS + 1)
        assert reopened.operator_lock_seconds(samira.id, now=after) == 0
        reopened.check_operator_secret(samira.id, "2468", now=after)
        # Unlocked with a fresh counter.
        with pytest.raises(WrongSecret) as wrong:
            reopened.check_operator_secret(samira.id, "0000", now=after)
        assert wrong.value.attempts_left == MAX_ATTEMPTS - 1
        assert [r.action for r in reopened.audit_log()].count("verrouillage") == 1


def test_last_coordinator_cannot_be_removed(store: Store) -> None:
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    samira = store.add_operator("Samira")
    with pytest.raises(StoreError, match="seul coordinateur"):
        store.set_operator_role(claire.id, ROLE_MEDIATOR, by_operator_id=claire.id)
    with pytest.raises(StoreError, match="Rôle inconnu"):
        store.set_operator_role(samira.id, "chef", by_operator_id=claire.id)
    promoted = store.set_operator_role(samira.id, ROLE_COORDINATOR, by_operator_id=claire.id)
    assert promoted.is_coordinator
    demoted = store.set_operator_role(claire.id, ROLE_MEDIATOR, by_operator_id=samira.id)
    assert demoted.role == ROLE_MEDIATOR and not demoted.is_coordinator
    with pytest.raises(StoreError, match="seul"):
        store.set_operator_role(samira.id, ROLE_MEDIATOR, by_operator_id=samira.id)


def test_changes_are_audited_without_secret_or_hash(store: Store) -> None:
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    samira = store.add_operator("Samira", by_operator_id=claire.id)
    store.set_operator_secret(claire.id, "s3cret-pass", by_operator_id=claire.id)
    store.set_operator_secret(claire.id, "other-pass", by_operator_id=claire.id)
    store.set_operator_role(samira.id, ROLE_COORDINATOR, by_operator_id=claire.id)
    store.set_operator_secret(claire.id, None, by_operator_id=samira.id)
    store.set_operator_secret(claire.id, None, by_operator_id=samira.id)  # nothing to remove
    log = store.audit_log()
    assert [(r.action, r.target, r.operator_name) for r in log] == [
        ("operateur", "Claire", None),
        ("operateur", "Samira", "Claire"),
        ("mot_de_passe", "Claire", "Claire"),
        ("mot_de_passe", "Claire", "Claire"),
        ("operateur", "Samira", "Claire"),
        ("mot_de_passe", "Claire", "Samira"),
    ]
    assert [r.detail for r in log[2:]] == [
        "code ou mot de passe défini",
        "code ou mot de passe changé",
        "rôle : coordinateur·rice",
        "code ou mot de passe retiré",
    ]
    assert log[0].action_label == "opérateur ajouté ou modifié"
    text = store.audit_csv()
    assert "s3cret" not in text and "other-pass" not in text and "scrypt" not in text
    # Adding a known name again changes nothing and writes nothing.
    store.add_operator("claire")
    assert len(store.audit_log()) == len(log)


def test_authenticate_coordinator(store: Store) -> None:
    assert store.authenticate_coordinator("whatever") is None
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    karim = store.add_operator("Karim", ROLE_COORDINATOR)
    samira = store.add_operator("Samira")
    store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    store.set_operator_secret(karim.id, "karim-pw", by_operator_id=karim.id)
    store.set_operator_secret(samira.id, "samira-pw", by_operator_id=claire.id)
    who = store.authenticate_coordinator("karim-pw")
    assert who is not None and who.id == karim.id
    with pytest.raises(WrongSecret):
        store.authenticate_coordinator("samira-pw")  # a mediator's PIN is no coordinator's
    start = utc_now()
    for _ in range(MAX_ATTEMPTS - 2):
        with pytest.raises(WrongSecret):
            store.authenticate_coordinator("nope", now=start)
    with pytest.raises(OperatorLocked):
        store.authenticate_coordinator("nope", now=start)
    with pytest.raises(OperatorLocked):
        store.authenticate_coordinator("claire-pw", now=start + timedelta(seconds=5))
    who = store.authenticate_coordinator("claire-pw", now=start + timedelta(seconds=61))
    assert who is not None and who.id == claire.id


def test_permissions(store: Store) -> None:
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    samira = store.add_operator("Samira")
    assert set(COORDINATOR_ACTIONS) | set(MEDIATOR_ACTIONS) == set(Action)
    assert not set(COORDINATOR_ACTIONS) & set(MEDIATOR_ACTIONS)
    for action in (Action.ENTER, Action.EDIT_OWN_DRAFT, Action.EXPORT):
        assert allowed(samira, action) and allowed(claire, action) and allowed(None, action)
    for action in COORDINATOR_ACTIONS:
        assert allowed(claire, action)
        assert not allowed(samira, action) and not allowed(None, action)
        assert allowed(samira, action, enforced=False)
        assert ACTION_LABELS[action]
    assert needs_coordinator("merge") and not needs_coordinator("export")
    assert allowed(claire, "purge")
