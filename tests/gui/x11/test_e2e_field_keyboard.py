"""End to end on a real X server: whole resident questionnaires by keyboard only, every branch.

Two questionnaires go through every answer that reveals a question: age refused, no equipment
(with its reason and « Précisez »), accompanied yes then no, wanting to learn yes then no. After
every key the focused widget is the expected one, shown and inside the window; the saved answers
are read back from the store.
"""

from __future__ import annotations

import time

from inclusion_desktop.gui.field.form_view import REVIEW_GUARD_S, REVIEW_KEY, FieldFormView
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store
from tests.gui.x11.conftest import KEY_TIMEOUT_MS
from tests.gui.x11.flow import key
from tests.gui.x11.test_field_reveal import editor, open_field_form

#: (key, question whose editor has the keyboard afterwards); "" for the review's button.
OPENING = [
    ("1", "mode_collecte"),
    ("Return", "consentement"),
    ("1", "consentement"),
    ("Return", "commune"),
    ("Return", "quartier"),
    ("Return", "age"),
]

NOT_EQUIPPED_ACCOMPANIED_LEARNING = OPENING + [
    ("Return", "age_refus"),  # left empty: « ne souhaite pas donner son âge » answers for it
    ("1", "age_refus"),
    ("Return", "tranche_age_declaree"),
    ("2", "tranche_age_declaree"),
    ("Return", "sexe"),
    ("1", "sexe"),
    ("Return", "diplome"),
    ("2", "diplome"),
    ("Return", "equipement"),
    ("5", "equipement"),
    ("Return", "raison_sans_equipement"),
    ("4", "raison_sans_equipement"),
    ("Return", "raison_sans_equipement_autre"),
    ("x", "raison_sans_equipement_autre"),
    ("Return", "aisance"),
    ("4", "aisance"),
    ("Return", "usages"),
    ("b", "usages"),
    ("Return", "aide_recours"),
    ("1", "aide_recours"),
    ("Return", "accompagne"),
    ("1", "accompagne"),
    ("Return", "accomp_motif"),
    ("6", "accomp_motif"),
    ("Return", "accomp_motif_autre"),
    ("y", "accomp_motif_autre"),
    ("Return", "accomp_structure"),
    ("2", "accomp_structure"),
    ("Return", "accomp_structure_nom"),
    ("Return", "accomp_satisfaction"),
    ("1", "accomp_satisfaction"),
    ("Return", "accomp_decouverte"),
    ("1", "accomp_decouverte"),
    ("Return", "accomp_aisance_apres"),
    ("2", "accomp_aisance_apres"),
    ("Return", "souhait_apprendre"),
    ("1", "souhait_apprendre"),
    ("Return", "themes_souhaites"),
    ("1", "themes_souhaites"),
    ("c", "themes_souhaites"),  # a letter: the 13th theme does not exist, nothing happens
    ("Return", "critere_principal"),
    ("2", "critere_principal"),
    ("Return", "info_activites"),
    ("1", "info_activites"),
    ("Return", "commentaire"),
    ("Tab", "enq_difficulte_francais"),
    ("2", "enq_difficulte_francais"),
    ("Return", ""),
]

EQUIPPED_NOT_ACCOMPANIED_NOT_LEARNING = OPENING + [
    ("3", "age"),
    ("4", "age"),
    ("Return", "sexe"),
    ("2", "sexe"),
    ("Return", "diplome"),
    ("4", "diplome"),
    ("Return", "equipement"),
    ("1", "equipement"),
    ("2", "equipement"),
    ("Return", "aisance"),
    ("1", "aisance"),
    ("Return", "usages"),
    ("1", "usages"),
    ("Return", "aide_recours"),
    ("4", "aide_recours"),
    ("Return", "accompagne"),
    ("2", "accompagne"),
    ("Return", "non_accomp_raison"),
    ("1", "non_accomp_raison"),
    ("Return", "souhait_apprendre"),
    ("2", "souhait_apprendre"),
    ("Return", "pas_apprendre_raison"),
    ("4", "pas_apprendre_raison"),
    ("Return", "critere_principal"),
    ("1", "critere_principal"),
    ("Return", "info_activites"),
    ("9", "info_activites"),
    ("Return", "commentaire"),
    ("Tab", "enq_difficulte_francais"),
    ("1", "enq_difficulte_francais"),
    ("Return", ""),
]


def drive(qtbot, window: MainWindow, view: FieldFormView, steps) -> None:  # type: ignore[no-untyped-def]
    for name, question in steps:
        try:
            if question:
                key(qtbot, name, focus=editor(view, question))
            else:
                key(
                    qtbot,
                    name,
                    until=lambda: view.current_key == REVIEW_KEY,
                    focus=view.next_button,
                )
        except AssertionError as error:
            raise AssertionError(f"key {name!r} towards {question!r}: {error}") from error
    # The review ignores an Enter pressed in the same instant it shows: wait that out, then save.
    qtbot.waitUntil(
        lambda: time.monotonic() - view._review_shown_at > REVIEW_GUARD_S, timeout=KEY_TIMEOUT_MS
    )
    key(qtbot, "Return", until=lambda: window.stack.currentWidget() is window.home)


def test_two_resident_questionnaires_through_every_branch_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store
) -> None:
    view = open_field_form(qtbot, window)
    drive(qtbot, window, view, NOT_EQUIPPED_ACCOMPANIED_LEARNING)
    key(qtbot, "ctrl+n", until=lambda: window.stack.currentWidget() is view)
    qtbot.waitUntil(lambda: view.current_key == "bloc_collecte", timeout=KEY_TIMEOUT_MS)
    drive(qtbot, window, view, EQUIPPED_NOT_ACCOMPANIED_NOT_LEARNING)

    complete = [row for row in store.list_submissions() if row.status == "complete"]
    assert len(complete) == 2
    answers = sorted(
        (store.revisions(row.uuid)[-1].answers for row in complete),
        key=lambda found: found.get("age", ""),
    )
    first, second = answers
    assert first.get("age", "") == "" and first["age_refus"] == "OK"
    assert first["tranche_age"] == "30_44"
    assert first["equipement"] == "aucun" and first["raison_sans_equipement"] == "autre"
    assert first["raison_sans_equipement_autre"] == "x"
    assert first["usages"] == "aucun"
    assert first["accompagne"] == "oui" and first["accomp_motif"] == "autre"
    assert first["accomp_motif_autre"] == "y" and first["accomp_structure"] == "centre_social"
    assert first["souhait_apprendre"] == "oui" and first["themes_souhaites"] == "bases_ordinateur"
    assert "non_accomp_raison" not in first and "pas_apprendre_raison" not in first
    assert second["age"] == "34" and second["tranche_age"] == "30_44"
    assert second["equipement"] == "smartphone ordinateur"
    assert "raison_sans_equipement" not in second
    assert second["aide_recours"] == "personne"
    assert second["accompagne"] == "non" and second["non_accomp_raison"] == "ne_connait_pas_offre"
    assert second["souhait_apprendre"] == "non" and second["pas_apprendre_raison"] == "trop_age"
    assert second["info_activites"] == "ne_s_informe_pas"
    assert "accomp_motif" not in second and "themes_souhaites" not in second
