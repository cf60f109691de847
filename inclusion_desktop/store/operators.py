"""Who may do what: operator roles, PIN or password, and the lockout after wrong attempts.

A secret is never stored: only its scrypt hash (memory-hard), as
``scrypt$n$r$p$salt_b64$hash_b64``. Five wrong attempts lock the operator for a minute; the
counter and the lock are kept in the database, so restarting the application changes nothing.
Every change of role or secret, and every lock, is written to the audit log in the same
transaction — without the secret or its hash.
"""

from __future__ import annotations

import base64
import hmac
import os
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inclusion_desktop.store.audit import write_audit
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import (
    OPERATOR_ROLES,
    ROLE_COORDINATOR,
    ROLE_MEDIATOR,
    Operator,
    utc_now,
)

#: Shortest accepted secret: a 4-digit PIN.
MIN_SECRET_LENGTH = 4
#: Wrong attempts in a row that lock the operator, and for how long.
MAX_ATTEMPTS = 5
LOCK_SECONDS = 60

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32
# Scrypt parameters accepted when reading a stored hash (guards against absurd costs).
_MAX_SCRYPT_N = 2**20

ROLE_LABELS = {ROLE_MEDIATOR: "médiateur·rice", ROLE_COORDINATOR: "coordinateur·rice"}


class WrongSecret(StoreError):  # noqa: N818 (a refusal the user sees, not a program error)
    """The PIN or password does not match; `attempts_left` before the operator is locked."""

    def __init__(self, message: str, *, attempts_left: int) -> None:
        super().__init__(message)
        self.attempts_left = attempts_left


class OperatorLocked(StoreError):  # noqa: N818
    """Too many wrong attempts: the operator is locked for `seconds_left` more seconds."""

    def __init__(self, message: str, *, seconds_left: int) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


def hash_secret(secret: str) -> str:
    """The stored form of a secret: ``scrypt$n$r$p$salt_b64$hash_b64`` with a random salt."""
    salt = os.urandom(_SALT_BYTES)
    key = _derive(secret, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P, _KEY_BYTES)
    return "$".join(
        (
            "scrypt",
            str(_SCRYPT_N),
            str(_SCRYPT_R),
            str(_SCRYPT_P),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(key).decode("ascii"),
        )
    )


def verify_secret(secret: str, stored: str) -> bool:
    """True when `secret` matches the stored hash (constant-time comparison of the keys)."""
    try:
        scheme, n_text, r_text, p_text, salt_text, key_text = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(key_text, validate=True)
    except ValueError:
        return False
    if scheme != "scrypt" or not (1 < n <= _MAX_SCRYPT_N) or not expected or r < 1 or p < 1:
        return False
    key = _derive(secret, salt, n, r, p, len(expected))
    return hmac.compare_digest(key, expected)


def _derive(secret: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return Scrypt(salt=salt, length=length, n=n, r=r, p=p).derive(secret.encode("utf-8"))


def _locked_message(name: str, seconds: int) -> str:
    return (
        f"Trop d'essais manqués : {name} est bloqué·e pendant encore {seconds} s. "
        "Réessayez ensuite."
    )


def _wrong_message(attempts_left: int) -> str:
    plural = "s" if attempts_left > 1 else ""
    return (
        f"Code ou mot de passe incorrect. Encore {attempts_left} essai{plural} "
        "avant un blocage d'une minute."
    )


def _seconds_left(operator: Operator, now: datetime) -> int:
    if operator.locked_until is None or operator.locked_until <= now:
        return 0
    return max(1, ceil((operator.locked_until - now).total_seconds()))


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    """A person who enters questionnaires."""

    id: int
    uuid: str
    name: str
    created_at: datetime
    role: str = ROLE_MEDIATOR
    has_secret: bool = False

    @property
    def is_coordinator(self) -> bool:
        """True for a coordinator, who may do everything."""
        return self.role == ROLE_COORDINATOR


def operator_info(operator: Operator) -> OperatorInfo:
    """The operator as the rest of the code sees it (never the secret's hash)."""
    return OperatorInfo(
        operator.id,
        operator.uuid,
        operator.name,
        operator.created_at,
        operator.role,
        operator.secret_hash is not None,
    )


class OperatorsStoreMixin:
    """Roles, secrets and lockout of the operators (mixed into Store)."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...

        def _write(self) -> AbstractContextManager[Session]: ...

    # -- reading ---------------------------------------------------------------------------

    def get_operator(self, operator_id: int) -> OperatorInfo:
        """One operator; StoreError when it does not exist."""
        with self._read() as session:
            return operator_info(_get(session, operator_id))

    def has_coordinator_secret(self) -> bool:
        """True once at least one coordinator has a PIN or password: the roles then apply."""
        with self._read() as session:
            count = session.scalar(
                select(func.count(Operator.id)).where(
                    Operator.role == ROLE_COORDINATOR, Operator.secret_hash.is_not(None)
                )
            )
            return bool(count)

    def operator_lock_seconds(self, operator_id: int, *, now: datetime | None = None) -> int:
        """Seconds the operator stays locked, 0 when not locked."""
        with self._read() as session:
            return _seconds_left(_get(session, operator_id), now or utc_now())

    # -- changes ---------------------------------------------------------------------------

    def set_operator_role(
        self, operator_id: int, role: str, *, by_operator_id: int | None
    ) -> OperatorInfo:
        """Make an operator a mediator or a coordinator; the last coordinator stays one."""
        if role not in OPERATOR_ROLES:
            raise StoreError(f"Rôle inconnu : {role}.")
        with self._write() as session:
            operator = _get(session, operator_id)
            if operator.role == role:
                return operator_info(operator)
            if operator.role == ROLE_COORDINATOR:
                coordinators = session.scalar(
                    select(func.count(Operator.id)).where(Operator.role == ROLE_COORDINATOR)
                )
                if (coordinators or 0) <= 1:
                    raise StoreError(
                        f"{operator.name} est le seul coordinateur ou la seule coordinatrice : "
                        "nommez d'abord quelqu'un d'autre coordinateur·rice."
                    )
            operator.role = role
            write_audit(
                session.connection(),
                action=AuditAction.OPERATOR,
                target=operator.name,
                operator_id=by_operator_id,
                detail=f"rôle : {ROLE_LABELS[role]}",
            )
            session.flush()
            return operator_info(operator)

    def set_operator_secret(
        self, operator_id: int, secret: str | None, *, by_operator_id: int | None
    ) -> OperatorInfo:
        """Set, change or (with None) remove an operator's PIN or password."""
        if secret is not None and len(secret) < MIN_SECRET_LENGTH:
            raise StoreError(
                f"Le code ou mot de passe doit compter au moins {MIN_SECRET_LENGTH} caractères."
            )
        if secret is not None and secret != secret.strip():
            raise StoreError(
                "Le code ou mot de passe ne peut pas commencer ni finir par une espace."
            )
        stored = None if secret is None else hash_secret(secret)
        with self._write() as session:
            operator = _get(session, operator_id)
            if stored is None:
                detail = "code ou mot de passe retiré"
            elif operator.secret_hash is None:
                detail = "code ou mot de passe défini"
            else:
                detail = "code ou mot de passe changé"
            if stored is None and operator.secret_hash is None:
                return operator_info(operator)
            operator.secret_hash = stored
            operator.failed_attempts = 0
            operator.locked_until = None
            write_audit(
                session.connection(),
                action=AuditAction.SECRET,
                target=operator.name,
                operator_id=by_operator_id,
                detail=detail,
            )
            session.flush()
            return operator_info(operator)

    # -- checking --------------------------------------------------------------------------

    def check_operator_secret(
        self, operator_id: int, secret: str, *, now: datetime | None = None
    ) -> None:
        """Accept the operator's secret, or raise WrongSecret / OperatorLocked.

        An operator without a secret always passes. A success resets the count of wrong
        attempts; the fifth wrong attempt in a row locks the operator for LOCK_SECONDS.
        """
        moment = now or utc_now()
        with self._write() as session:
            operator = _get(session, operator_id)
            error = _attempt(session, operator, secret, moment)
        # Raised after the commit: the counter and the lock must be kept.
        if error is not None:
            raise error

    def authenticate_coordinator(
        self, secret: str, *, now: datetime | None = None
    ) -> OperatorInfo | None:
        """The coordinator whose password this is; None when no coordinator has one.

        A wrong password counts as a wrong attempt for every coordinator who has a password
        and is not locked; OperatorLocked when they all are.
        """
        moment = now or utc_now()
        with self._write() as session:
            coordinators = list(
                session.scalars(
                    select(Operator)
                    .where(Operator.role == ROLE_COORDINATOR, Operator.secret_hash.is_not(None))
                    .order_by(Operator.id)
                )
            )
            if not coordinators:
                return None
            open_ones = [op for op in coordinators if _seconds_left(op, moment) == 0]
            if not open_ones:
                seconds = min(_seconds_left(op, moment) for op in coordinators)
                raise OperatorLocked(
                    "Trop d'essais manqués : les coordinateurs sont bloqués pendant encore "
                    f"{seconds} s. Réessayez ensuite.",
                    seconds_left=seconds,
                )
            for operator in open_ones:
                assert operator.secret_hash is not None
                if verify_secret(secret, operator.secret_hash):
                    operator.failed_attempts = 0
                    operator.locked_until = None
                    return operator_info(operator)
            errors = [_attempt(session, op, secret, moment, known_wrong=True) for op in open_ones]
        wrong = [e for e in errors if isinstance(e, WrongSecret)]
        if wrong:
            left = max(e.attempts_left for e in wrong)
            raise WrongSecret(_wrong_message(left), attempts_left=left)
        raise OperatorLocked(
            "Trop d'essais manqués : les coordinateurs sont bloqués pendant "
            f"{LOCK_SECONDS} s. Réessayez ensuite.",
            seconds_left=LOCK_SECONDS,
        )


def _get(session: Session, operator_id: int) -> Operator:
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise StoreError(f"Opérateur inconnu (n° {operator_id}).")
    return operator


def _attempt(
    session: Session,
    operator: Operator,
    secret: str,
    now: datetime,
    *,
    known_wrong: bool = False,
) -> StoreError | None:
    """Check one attempt in the caller's transaction; returns the error to raise, if any."""
    if operator.secret_hash is None:
        return None
    seconds = _seconds_left(operator, now)
    if seconds:
        return OperatorLocked(_locked_message(operator.name, seconds), seconds_left=seconds)
    if not known_wrong and verify_secret(secret, operator.secret_hash):
        if operator.failed_attempts or operator.locked_until is not None:
            operator.failed_attempts = 0
            operator.locked_until = None
        return None
    failed = (operator.failed_attempts or 0) + 1
    if failed < MAX_ATTEMPTS:
        operator.failed_attempts = failed
        left = MAX_ATTEMPTS - failed
        return WrongSecret(_wrong_message(left), attempts_left=left)
    operator.failed_attempts = 0
    operator.locked_until = now + timedelta(seconds=LOCK_SECONDS)
    write_audit(
        session.connection(),
        action=AuditAction.LOCKOUT,
        target=operator.name,
        operator_id=operator.id,
        detail=f"{MAX_ATTEMPTS} essais manqués : bloqué·e {LOCK_SECONDS} s",
    )
    return OperatorLocked(_locked_message(operator.name, LOCK_SECONDS), seconds_left=LOCK_SECONDS)
