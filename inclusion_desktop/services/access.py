"""Who may do what, decided once for the GUI and the command line.

`require(store, action, actor)` applies `permissions` to the person acting: it returns a
`Grant` naming who does the action (the author of its audit rows), or raises
`CoordinatorRequired`. The front ends only collect a secret (a dialog, getpass) and hand it to
`unlock_with_password` (any coordinator's password, the command line) or to `require` again
with the coordinator who typed theirs (the GUI's password dialog).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.permissions import ACTION_LABELS, Action, allowed, needs_coordinator
from inclusion_desktop.store import MIN_SECRET_LENGTH, OperatorInfo, Store, StoreError
from inclusion_desktop.store.operators import TamperedOperator


class CoordinatorRequired(StoreError):
    """The action needs a coordinator's password, and the person acting has not given one."""

    def __init__(self, action: Action) -> None:
        super().__init__(
            f"Réservé à la coordination : pour {ACTION_LABELS[action]}, un coordinateur ou une "
            "coordinatrice doit donner son mot de passe."
        )
        self.action = action


@dataclass(frozen=True, slots=True)
class Grant:
    """Proof that `require` let an action run, and who does it (None: nobody chosen yet)."""

    action: Action
    operator: OperatorInfo | None

    @property
    def operator_id(self) -> int | None:
        """The author of the action's audit rows."""
        return None if self.operator is None else self.operator.id

    def check(self, action: Action) -> None:
        """Refuses a grant given for another action (a programming error, not a refusal)."""
        if self.action is not action:
            raise ValueError(f"autorisation donnée pour {self.action}, pas pour {action}")


def require(store: Store, action: Action | str, actor: OperatorInfo | None) -> Grant:
    """May `actor` do `action`? The grant, or CoordinatorRequired.

    Every action is open while no coordinator has a password (the roles do not apply yet).
    Once they do, a coordinator action needs a coordinator who has a password: one without a
    password cannot vouch for themselves.
    """
    wanted = Action(action)
    if actor is not None and actor.seal_problem is not None:
        # The account was changed in the store file: it may do nothing, roles or not.
        raise TamperedOperator(actor.seal_problem)
    if not needs_coordinator(wanted) or not store.has_coordinator_secret():
        return Grant(wanted, actor)
    if actor is not None and actor.has_secret and allowed(actor, wanted):
        return Grant(wanted, actor)
    raise CoordinatorRequired(wanted)


def unlock_with_password(
    store: Store, action: Action | str, secret: str, *, actor: OperatorInfo | None = None
) -> Grant:
    """The grant of the coordinator whose password this is (the command line's gate).

    Nothing is checked while the action is open (no password is then asked); a wrong password
    counts as a wrong attempt (WrongSecret, OperatorLocked, in French).
    """
    try:
        return require(store, action, actor)
    except CoordinatorRequired:
        pass
    if not secret:
        raise StoreError(code=Code.COORDINATOR_PASSWORD_EMPTY)
    return require(store, action, store.authenticate_coordinator(secret))


def open_action(status: str, owner_id: int | None, actor_id: int | None) -> Action | None:
    """What reopening a questionnaire asks for: EDIT_OWN_DRAFT, EDIT_SUBMISSION or None.

    One's own draft is mediator work; a finished questionnaire or someone else's draft is an
    edit; a deleted one needs nothing (it opens only to say it cannot change).
    """
    if status == "deleted":
        return None
    if status == "draft" and actor_id is not None and owner_id == actor_id:
        return Action.EDIT_OWN_DRAFT
    return Action.EDIT_SUBMISSION


class SecretProblem(StrEnum):
    """Why a new PIN or password cannot be kept; each front end says it in its language."""

    TOO_SHORT = "too_short"
    EDGE_SPACE = "edge_space"
    MISMATCH = "mismatch"


def secret_problem(secret: str, confirmation: str | None = None) -> SecretProblem | None:
    """The rule of PINs and passwords, checked before the store is asked to keep one.

    `confirmation` is the second typing, when the front end asks for one.
    """
    if len(secret) < MIN_SECRET_LENGTH:
        return SecretProblem.TOO_SHORT
    if secret != secret.strip():
        return SecretProblem.EDGE_SPACE
    if confirmation is not None and secret != confirmation:
        return SecretProblem.MISMATCH
    return None


#: The problems as catalogued messages, for the command line and the core's refusals.
SECRET_PROBLEM_TEXTS: dict[SecretProblem, Text] = {
    SecretProblem.TOO_SHORT: Text(Code.SETUP_SECRET_TOO_SHORT, {"length": MIN_SECRET_LENGTH}),
    SecretProblem.EDGE_SPACE: Text(Code.SETUP_SECRET_EDGE_SPACE),
    SecretProblem.MISMATCH: Text(Code.SETUP_SECRET_MISMATCH),
}
