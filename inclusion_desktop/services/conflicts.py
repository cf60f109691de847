"""Closing a conflict between two versions of a questionnaire, in the name of who chose."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inclusion_desktop.catalogue import Code
from inclusion_desktop.permissions import Action
from inclusion_desktop.services.access import Grant
from inclusion_desktop.store import ConflictInfo, RevisionInfo, Store, StoreError


class AuthorMissing(StoreError):
    """Nobody is named to sign the version kept: it would be recorded under someone else."""


def find_conflict(store: Store, uuid_prefix: str) -> ConflictInfo:
    """The conflict whose questionnaire UUID starts with `uuid_prefix` (8 characters suffice)."""
    prefix = uuid_prefix.strip().lower()
    found = [c for c in store.conflicts() if prefix and c.uuid.lower().startswith(prefix)]
    if not found:
        raise StoreError(code=Code.CONFLICT_PREFIX_UNKNOWN, prefix=uuid_prefix)
    if len(found) > 1:
        raise StoreError(code=Code.CONFLICT_PREFIX_AMBIGUOUS, prefix=uuid_prefix)
    return found[0]


def head_by_prefix(conflict: ConflictInfo, hash_prefix: str) -> str:
    """The full hash of the conflicting version that starts with `hash_prefix`."""
    prefix = hash_prefix.strip().lower()
    found = [h.content_hash for h in conflict.heads if prefix and h.content_hash.startswith(prefix)]
    if len(found) != 1:
        versions = ", ".join(h.content_hash[:12] for h in conflict.heads)
        raise StoreError(
            code=Code.CONFLICT_VERSION_AMBIGUOUS,
            prefix=hash_prefix,
            uuid=conflict.uuid,
            versions=versions,
        )
    return found[0]


def resolve_conflict(
    store: Store,
    grant: Grant,
    uuid: str,
    *,
    chosen_hash: str | None = None,
    answers: Mapping[str, Any] | None = None,
) -> RevisionInfo:
    """Keeps one version (`chosen_hash`) or an edited one (`answers`), in the grant's name.

    AuthorMissing when nobody is named: the new revision must say who chose.
    """
    grant.check(Action.RESOLVE_CONFLICTS)
    if grant.operator is None:
        raise AuthorMissing(
            "Conflit non résolu : personne n'est choisi pour signer la version retenue. "
            "Choisissez d'abord votre nom (Enquêteur·rice) sur l'accueil, ou donnez-le à la "
            "ligne de commande avec --operator."
        )
    return store.resolve_conflict(
        uuid, operator_id=grant.operator.id, chosen_hash=chosen_hash, answers=answers
    )
