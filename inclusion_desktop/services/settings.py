"""Campaign settings that the audit log records, always with the person who changed them.

Each change takes the `Grant` of its action (services.access.require), so that the gate and
the author of the audit row cannot be forgotten by a front end.
"""

from __future__ import annotations

from inclusion_desktop.catalogue import Code
from inclusion_desktop.permissions import Action
from inclusion_desktop.services.access import Grant
from inclusion_desktop.services.collect import SETTING_SHARE
from inclusion_desktop.store import Store, StoreError

#: The shares offered for double entry: every paper form, 1 in N, none.
SHARE_CHOICES = (1, 2, 5, 10, 0)


def share_text(share: int) -> str:
    """The double-entry share in French, as the audit log says it."""
    if share == 0:
        return "aucun questionnaire (pas de double saisie)"
    if share == 1:
        return "tous les questionnaires"
    return f"1 questionnaire sur {share}"


def set_verification_share(store: Store, grant: Grant, share: int) -> None:
    """Sets which share of paper forms is keyed twice (a campaign setting, coordinators)."""
    grant.check(Action.SETTINGS)
    if share not in SHARE_CHOICES:
        choices = ", ".join(str(choice) for choice in SHARE_CHOICES)
        raise StoreError(code=Code.VERIFICATION_SHARE_UNKNOWN, share=share, choices=choices)
    store.set_setting(
        SETTING_SHARE,
        str(share),
        detail=f"double saisie : {share_text(share)}",
        operator_id=grant.operator_id,
    )


def save_population_targets(store: Store, grant: Grant, csv_text: str, *, zone: str = "") -> None:
    """Keeps the population figures of the weighting, checked first (nothing kept if faulty).

    Without `zone`, the territory's figures; with one, that neighbourhood's own age structure
    (an empty `csv_text` removes it, the neighbourhood then follows the territory).
    PopulationTargetsError names the faulty line.
    """
    from inclusion_desktop.analysis import parse_population_targets
    from inclusion_desktop.analysis.zone_population import (
        SETTING_ZONE_POPULATION,
        with_zone_structure,
    )
    from inclusion_desktop.reports.generate import SETTING_POPULATION

    grant.check(Action.POPULATION_TARGETS)
    if zone:
        combined = with_zone_structure(store.get_setting(SETTING_ZONE_POPULATION), zone, csv_text)
        store.set_setting(SETTING_ZONE_POPULATION, combined, operator_id=grant.operator_id)
        return
    parse_population_targets(csv_text)
    store.set_setting(SETTING_POPULATION, csv_text, operator_id=grant.operator_id)
