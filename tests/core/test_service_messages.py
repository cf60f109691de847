"""The refusals of the services, the offer sheet and its map: catalogued, French and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from translation_support import english

from inclusion_desktop.catalogue import Code
from inclusion_desktop.permissions import Action
from inclusion_desktop.reports.offer_map import OutlineError, load_outlines
from inclusion_desktop.reports.offer_sheet import OfferError, prepare_offer
from inclusion_desktop.services.access import require
from inclusion_desktop.services.conflicts import find_conflict
from inclusion_desktop.services.settings import set_verification_share
from inclusion_desktop.store import ROLE_COORDINATOR, Store, StoreError


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A base with one coordinator and no questionnaire."""
    opened = Store.open(str(tmp_path / "base.sqlite"))
    opened.add_operator("Claire", ROLE_COORDINATOR)
    yield opened
    opened.close()


def test_service_refusals_carry_a_code_and_render_in_english(store: Store) -> None:
    with pytest.raises(StoreError) as unknown:
        find_conflict(store, "abcd")
    assert unknown.value.code is Code.CONFLICT_PREFIX_UNKNOWN
    assert str(unknown.value) == "Aucun questionnaire en conflit ne commence par « abcd »."
    assert unknown.value.render(english()) == "No questionnaire in conflict starts with “abcd”."

    grant = require(store, Action.SETTINGS, store.operators()[0])
    with pytest.raises(StoreError) as share:
        set_verification_share(store, grant, 3)
    assert share.value.code is Code.VERIFICATION_SHARE_UNKNOWN
    assert str(share.value).startswith("Part de double saisie inconnue : 3 (possibles : ")
    assert share.value.render(english()).startswith("Unknown double-keying share: 3 (possible: ")


def test_offer_refusals_carry_a_code_and_render_in_english(store: Store, tmp_path: Path) -> None:
    with pytest.raises(OfferError) as no_survey:
        prepare_offer(store)
    assert no_survey.value.code is Code.OFFER_NO_SURVEY
    assert str(no_survey.value) == (
        "Aucune enquête structures dans la base : pas de fiche de l’offre."
    )
    assert no_survey.value.render(english()) == (
        "No structures survey in the database: no offer sheet."
    )

    empty = tmp_path / "contours.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    before = empty.read_bytes()
    with pytest.raises(OutlineError) as no_code:
        load_outlines(empty)
    assert no_code.value.code is Code.OUTLINE_NO_INSEE_CODE
    assert str(no_code.value) == "contours.geojson : aucun contour de commune avec un code INSEE."
    assert no_code.value.render(english()) == (
        "contours.geojson: no municipality outline with an INSEE code."
    )
    assert empty.read_bytes() == before


def test_a_refused_first_run_names_each_problem_in_english(tmp_path: Path) -> None:
    from inclusion_desktop.services.provisioning import MediatorPlan, SetupPlan, provision

    plan = SetupPlan(
        device_name=" ",
        coordinator_name="Claire",
        coordinator_password="abc",
        mediators=(MediatorPlan("claire"), MediatorPlan("Samira", " 246")),
    )
    with Store.open(str(tmp_path / "neuve.sqlite")) as store:
        with pytest.raises(StoreError) as refused:
            provision(store, plan)
        assert store.device() is None and store.operators() == []
    assert refused.value.code is Code.FIRST_RUN_REFUSED
    assert str(refused.value) == (
        "Premier lancement non enregistré : nom de l'ordinateur : il est vide. ; "
        "mot de passe de la coordination : le code ou mot de passe doit compter au moins 4 "
        "caractères. ; claire : ce nom est déjà dans la liste. ; code de Samira : le code ou "
        "mot de passe ne peut pas commencer ni finir par une espace."
    )
    assert refused.value.render(english()) == (
        "First start not saved: computer name: it is empty. ; coordination password: the code "
        "or password must have at least 4 characters. ; claire: this name is already in the "
        "list. ; code of Samira: the code or password cannot start or end with a space."
    )
