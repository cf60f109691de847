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
