"""Store refusals are catalogued: a code and parameters, the same French, and English too.

Each refusal leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_support import laptop
from translation_support import english

from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.store import Store, StoreError


def _refused(store: Store, uuid: str, attempt: Callable[[], Any]) -> StoreError:
    """The StoreError of `attempt`, checking that nothing of the store changed."""
    before = store.count_submissions(), store.attachments(uuid), store.get_submission(uuid)
    with pytest.raises(StoreError) as caught:
        attempt()
    assert (store.count_submissions(), store.attachments(uuid), store.get_submission(uuid)) == (
        before
    )
    return caught.value


def test_store_refusals_keep_their_french_and_render_in_english(tmp_path: Path) -> None:
    store, form_id, operator_id = laptop(tmp_path / "base.sqlite", "portable-1")
    with store:
        uuid = store.create_submission(
            form_version_id=form_id, zone="QPV-A", operator_id=operator_id
        ).uuid

        unknown_form = _refused(
            store,
            uuid,
            lambda: store.create_submission(
                form_version_id=999, zone="QPV-A", operator_id=operator_id
            ),
        )
        assert unknown_form.code is Code.STORE_FORM_VERSION_NOT_FOUND
        assert str(unknown_form) == "Version de questionnaire introuvable : 999."
        assert unknown_form.render(english()) == "Questionnaire version not found: 999."

        unknown_operator = _refused(
            store,
            uuid,
            lambda: store.create_submission(form_version_id=form_id, zone="QPV-A", operator_id=77),
        )
        assert unknown_operator.code is Code.STORE_OPERATOR_NOT_FOUND
        assert str(unknown_operator) == "Opérateur introuvable : 77."
        assert unknown_operator.render(english()) == "Operator not found: 77."

        no_file = _refused(store, uuid, lambda: store.attachment_data(uuid, "absente.png"))
        assert no_file.code is Code.ATTACHMENT_NOT_FOUND
        assert no_file.params == {"name": "absente.png", "uuid": uuid}
        assert str(no_file) == f"Pièce jointe introuvable : absente.png ({uuid})."
        assert no_file.render(english()) == f"Attachment not found: absente.png ({uuid})."

        unreadable = _refused(
            store, uuid, lambda: store.attach_file(uuid, "photo", tmp_path / "absente.png")
        )
        assert unreadable.code is Code.ATTACHMENT_UNREADABLE
        assert str(unreadable).startswith("Le fichier absente.png ne peut pas être lu (")
        assert str(unreadable).endswith(") : rien n'a été joint.")
        assert unreadable.render(english()).startswith("The file absente.png cannot be read (")

        resolution = _refused(
            store,
            uuid,
            lambda: store.resolve_review(uuid, resolution="peut-être", operator_id=operator_id),
        )
        assert resolution.code is Code.STORE_RESOLUTION_UNKNOWN
        assert str(resolution) == "Résolution inconnue « peut-être » : confirme ou corrige."
        assert resolution.render(english()) == (
            "Unknown resolution “peut-être”: confirme or corrige."
        )

        not_in_review = _refused(
            store,
            uuid,
            lambda: store.resolve_review(uuid, resolution="confirme", operator_id=operator_id),
        )
        assert not_in_review.code is Code.STORE_NOT_IN_REVIEW
        assert str(not_in_review) == f"Le questionnaire {uuid} n'est pas « à vérifier »."
        assert not_in_review.render(english()) == f"Questionnaire {uuid} is not “to review”."

        not_finished = _refused(
            store,
            uuid,
            lambda: store.add_verification(
                uuid, answers={"age": 40}, discrepancies=[], operator_id=operator_id, seconds=30
            ),
        )
        assert not_finished.code is Code.VERIFICATION_NOT_COMPLETE
        assert str(not_finished) == (
            "Seul un questionnaire terminé peut être ressaisi pour vérification."
        )
        assert not_finished.render(english()) == (
            "Only a finished questionnaire can be keyed again for verification."
        )


def test_the_server_backup_messages_keep_their_french_and_have_an_english() -> None:
    where = "postgresql://terrain@serveur/enquete"
    missing = Text(Code.SERVER_BACKUP_TABLES_MISSING, {"where": where, "tables": "submission"})
    assert missing.render() == (
        f"La sauvegarde de la base {where} ne se relit pas correctement "
        "(tables absentes : submission)."
    )
    assert missing.render(english()) == (
        f"The backup of the database {where} does not read back correctly "
        "(missing tables: submission)."
    )
    busy = Text(Code.STORE_BUSY_DURING, {"what": "Vérification du questionnaire x"})
    assert busy.render() == (
        "Vérification du questionnaire x : Un autre poste a enregistré la même donnée au même "
        "moment dans la base partagée : rien n'a été enregistré, recommencez."
    )
    assert busy.render(english()).startswith(
        "Vérification du questionnaire x: another computer saved the same data"
    )
