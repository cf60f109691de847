"""Who may do what: operator roles, PIN or password, and the lockout after wrong attempts.

A secret is never stored: only its scrypt hash (memory-hard), as
``scrypt$n$r$p$salt_b64$hash_b64``. Five wrong attempts lock the operator for a minute; the
counter and the lock are kept in the database, so restarting the application changes nothing.
Every change of role or secret, and every lock, is written to the audit log in the same
transaction — without the secret or its hash. Every row the application writes is sealed by the
laptop's key (store.sealing): a row whose role or secret was changed in the file is refused with
a French message, at login and at every permission check, never obeyed.
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
from sqlalchemy.orm import Session, object_session

from inclusion_desktop.catalogue import Code
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
from inclusion_desktop.store.sealing import (
    operator_seal,
    operator_seal_problem,
    vanished_message,
    vanished_operators,
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

    def __init__(self, *, attempts_left: int) -> None:
        self.attempts_left = attempts_left
        if attempts_left == 1:
            super().__init__(code=Code.WRONG_SECRET_LAST)
        else:
            super().__init__(code=Code.WRONG_SECRET, attempts=attempts_left)


class OperatorLocked(StoreError):  # noqa: N818
    """Too many wrong attempts: the operator is locked for `seconds_left` more seconds.

    `name` is the locked operator's, or None when every coordinator is locked.
    """

    def __init__(self, *, seconds_left: int, name: str | None = None) -> None:
        self.seconds_left = seconds_left
        if name is None:
            super().__init__(code=Code.COORDINATORS_LOCKED, seconds=seconds_left)
        else:
            super().__init__(code=Code.OPERATOR_LOCKED, name=name, seconds=seconds_left)


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
    #: Why the row is not the one the application wrote (French), None when its seal verifies.
    seal_problem: str | None = None

    @property
    def is_coordinator(self) -> bool:
        """True for a coordinator, who may do everything; never for a tampered account."""
        return self.role == ROLE_COORDINATOR and self.seal_problem is None


class TamperedOperator(StoreError):  # noqa: N818 (a refusal the user sees, not a program error)
    """The operator's row was changed outside the application: the account is refused."""


def operator_info(operator: Operator) -> OperatorInfo:
    """The operator as the rest of the code sees it (never the secret's hash), seal checked."""
    return OperatorInfo(
        operator.id,
        operator.uuid,
        operator.name,
        operator.created_at,
        operator.role,
        operator.secret_hash is not None,
        _seal_problem(operator),
    )


def _seal_problem(operator: Operator) -> str | None:
    session = object_session(operator)
    assert session is not None  # read within the store's session
    return operator_seal_problem(
        session.connection(),
        operator.uuid,
        operator.name,
        operator.role,
        operator.secret_hash,
        operator.seal,
    )


def _reseal(session: Session, operator: Operator) -> None:
    """Seal the row as the application has just written it."""
    operator.seal = operator_seal(
        session.connection(), operator.uuid, operator.name, operator.role, operator.secret_hash
    )


def _reset_if_tampered(session: Session, operator: Operator) -> None:
    """A tampered row's role and secret are not trusted: back to a mediator without a code.

    The coordinator who changes such an account through the application then gives it the
    role and the code it should have; nothing set in the file survives.
    """
    if _seal_problem(operator) is not None:
        operator.role = ROLE_MEDIATOR
        operator.secret_hash = None


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
        """True once at least one coordinator has a PIN or password: the roles then apply.

        Also True when any account was changed outside the application: removing every
        coordinator's password in the file must not open every action to everyone.
        """
        with self._read() as session:
            for operator in session.scalars(select(Operator)):
                if _seal_problem(operator) is not None:
                    return True
                if operator.role == ROLE_COORDINATOR and operator.secret_hash is not None:
                    return True
            return bool(vanished_operators(session.connection()))

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
            raise StoreError(code=Code.STORE_UNKNOWN_ROLE, role=role)
        with self._write() as session:
            operator = _get(session, operator_id)
            _reset_if_tampered(session, operator)
            if operator.role == role and not session.dirty:
                return operator_info(operator)
            if operator.role == ROLE_COORDINATOR and role != ROLE_COORDINATOR:
                coordinators = session.scalar(
                    select(func.count(Operator.id)).where(Operator.role == ROLE_COORDINATOR)
                )
                if (coordinators or 0) <= 1:
                    raise StoreError(code=Code.LAST_COORDINATOR, name=operator.name)
            operator.role = role
            _reseal(session, operator)
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
            raise StoreError(code=Code.SECRET_TOO_SHORT, length=MIN_SECRET_LENGTH)
        if secret is not None and secret != secret.strip():
            raise StoreError(code=Code.SECRET_SPACES)
        stored = None if secret is None else hash_secret(secret)
        with self._write() as session:
            operator = _get(session, operator_id)
            _reset_if_tampered(session, operator)
            if stored is None:
                detail = "code ou mot de passe retiré"
            elif operator.secret_hash is None:
                detail = "code ou mot de passe défini"
            else:
                detail = "code ou mot de passe changé"
            if stored is None and operator.secret_hash is None and not session.dirty:
                return operator_info(operator)
            operator.secret_hash = stored
            operator.failed_attempts = 0
            operator.locked_until = None
            _reseal(session, operator)
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
            problem = _seal_problem(operator)
            if problem is not None:
                raise TamperedOperator(problem)
            error = _attempt(session, operator, secret, moment)
        # Raised after the commit: the counter and the lock must be kept.
        if error is not None:
            raise error

    def authenticate_coordinator(
        self, secret: str, *, now: datetime | None = None
    ) -> OperatorInfo | None:
        """The coordinator whose password this is; None when no coordinator has one.

        A wrong password counts as a wrong attempt for every coordinator who has a password
        and is not locked; OperatorLocked when they all are. The password of an account changed
        outside the application (store.sealing) is refused, naming it (TamperedOperator).
        """
        moment = now or utc_now()
        with self._write() as session:
            candidates = list(
                session.scalars(
                    select(Operator)
                    .where(Operator.role == ROLE_COORDINATOR, Operator.secret_hash.is_not(None))
                    .order_by(Operator.id)
                )
            )
            tampered = [op for op in candidates if _seal_problem(op) is not None]
            coordinators = [op for op in candidates if op not in tampered]
            for operator in tampered:
                assert operator.secret_hash is not None
                if verify_secret(secret, operator.secret_hash):
                    raise TamperedOperator(_seal_problem(operator) or "")
            if not coordinators:
                vanished = vanished_operators(session.connection())
                if vanished:
                    raise TamperedOperator(vanished_message(vanished[0]))
                if tampered or any(
                    _seal_problem(op) is not None for op in session.scalars(select(Operator))
                ):
                    raise TamperedOperator(
                        "Aucun compte coordinateur n'est intact : les comptes ont été modifiés "
                        "en dehors de l'application. Restaurez une sauvegarde de la base "
                        "(« audit verify » nomme les comptes en cause)."
                    )
                return None
            open_ones = [op for op in coordinators if _seconds_left(op, moment) == 0]
            if not open_ones:
                seconds = min(_seconds_left(op, moment) for op in coordinators)
                raise OperatorLocked(seconds_left=seconds)
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
            raise WrongSecret(attempts_left=left)
        raise OperatorLocked(seconds_left=LOCK_SECONDS)


def _get(session: Session, operator_id: int) -> Operator:
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise StoreError(code=Code.STORE_OPERATOR_UNKNOWN, operator=operator_id)
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
        return OperatorLocked(seconds_left=seconds, name=operator.name)
    if not known_wrong and verify_secret(secret, operator.secret_hash):
        if operator.failed_attempts or operator.locked_until is not None:
            operator.failed_attempts = 0
            operator.locked_until = None
        return None
    failed = (operator.failed_attempts or 0) + 1
    if failed < MAX_ATTEMPTS:
        operator.failed_attempts = failed
        left = MAX_ATTEMPTS - failed
        return WrongSecret(attempts_left=left)
    operator.failed_attempts = 0
    operator.locked_until = now + timedelta(seconds=LOCK_SECONDS)
    write_audit(
        session.connection(),
        action=AuditAction.LOCKOUT,
        target=operator.name,
        operator_id=operator.id,
        detail=f"{MAX_ATTEMPTS} essais manqués : bloqué·e {LOCK_SECONDS} s",
    )
    return OperatorLocked(seconds_left=LOCK_SECONDS, name=operator.name)
