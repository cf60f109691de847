"""Who may do what: the actions a coordinator alone may do, and those open to a mediator.

The rules apply once a coordinator has a password (Store.has_coordinator_secret); before that,
a new installation lets everyone do everything, and the home screen invites to set one.
services.access.require applies them for both front ends, which only ask for the password
(the GUI's MainWindow.grant_for, the command line's cli._require_coordinator).
The operator is read again from the store at every check, and its row's seal verified there
(store.sealing): an account changed in the store file is refused, whatever its role says.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from inclusion_desktop.catalogue import PERMISSION_LABELS

if TYPE_CHECKING:
    from inclusion_desktop.store import OperatorInfo


class Action(StrEnum):
    """Something a person may be allowed to do."""

    # Open to mediators.
    ENTER = "enter"
    EDIT_OWN_DRAFT = "edit_own_draft"
    EXPORT = "export"
    # Coordinators only.
    MERGE = "merge"
    RESOLVE_CONFLICTS = "resolve_conflicts"
    DELETE_SUBMISSION = "delete_submission"
    EDIT_SUBMISSION = "edit_submission"
    REPORTS = "reports"
    DASHBOARD = "dashboard"
    POPULATION_TARGETS = "population_targets"
    TERRITORY = "territory"
    DATA_IMPORT = "data_import"
    DATA_EXPORT = "data_export"
    KEYING_REPORT = "keying_report"
    SETTINGS = "settings"
    OPERATORS = "operators"
    RESTORE_BACKUP = "restore_backup"
    AUDIT_EXPORT = "audit_export"
    PURGE = "purge"
    CLEAR_FREE_TEXT = "clear_free_text"
    REGISTER_FORM = "register_form"


#: What a mediator may do.
MEDIATOR_ACTIONS = frozenset({Action.ENTER, Action.EDIT_OWN_DRAFT, Action.EXPORT})

#: What needs a coordinator.
COORDINATOR_ACTIONS = frozenset(set(Action) - MEDIATOR_ACTIONS)

#: The actions in French, as the password dialog names them ("Pour … :"): the catalogue's.
ACTION_LABELS: dict[Action, str] = {
    action: PERMISSION_LABELS.sources[action.value] for action in Action
}


def needs_coordinator(action: Action | str) -> bool:
    """True for an action only a coordinator may do."""
    return Action(action) in COORDINATOR_ACTIONS


def allowed(operator: OperatorInfo | None, action: Action | str, *, enforced: bool = True) -> bool:
    """May this operator (None: nobody chosen) do this action?

    `enforced` is False while no coordinator has a password: everything is then allowed. An
    account whose row was changed outside the application (OperatorInfo.seal_problem) may do
    nothing.
    """
    return refusal(operator, action, enforced=enforced) is None


def refusal(
    operator: OperatorInfo | None, action: Action | str, *, enforced: bool = True
) -> str | None:
    """Why this operator may not do this action (French), None when they may."""
    if operator is not None and operator.seal_problem is not None:
        return operator.seal_problem
    if not enforced or not needs_coordinator(action):
        return None
    if operator is not None and operator.is_coordinator:
        return None
    return f"Pour {ACTION_LABELS[Action(action)]}, il faut un coordinateur ou une coordinatrice."
