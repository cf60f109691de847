"""Keying mode on a real X server at 1024×600: a question revealed by an answer is on screen.

The keyer types codes heads-down; when an answer reveals a question further down (« accompagné·e ?
= 2 », « apprendre = Oui »), the cursor goes there and the page scrolls so that the field, its
number and its label can be read.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.gui.shell.main_window import MainWindow
from tests.gui.x11.conftest import KEY_TIMEOUT_MS, visible_rect
from tests.gui.x11.flow import key
from tests.gui.x11.test_field_reveal import show_on_screen


def open_keying(qtbot, window: MainWindow) -> KeyingFormView:  # type: ignore[no-untyped-def]
    """Chooses paper keying on the home screen with the keyboard and opens a blank form."""
    show_on_screen(qtbot, window)
    window.mode_combo.setFocus()
    key(qtbot, "Down", until=lambda: window.current_entry_mode() == "keying")
    view = window.keying_view
    key(qtbot, "ctrl+n", until=lambda: window.stack.currentWidget() is view)
    return view


def row_edit(view: KeyingFormView, name: str):  # type: ignore[no-untyped-def]
    """A function giving the field of question `name`."""
    return lambda: next(row.edit for row in view.rows if row.question.name == name)


def assert_row_readable(view: KeyingFormView, name: str) -> None:
    """The question's number and label are on screen with its field."""
    row = next(r for r in view.rows if r.question.name == name)
    seen = visible_rect(row.label)
    assert seen.height() >= min(row.label.height(), 20), (name, seen, row.label.text())
    assert row.label.text().split(".")[0].isdigit()


def type_row(
    qtbot, view: KeyingFormView, name: str, keys: list[str], next_name: str | None
) -> None:  # type: ignore[no-untyped-def]
    """Types `keys` into the field of `name`; the cursor ends on `next_name` (or Save)."""
    for index, name_of_key in enumerate(keys):
        last = index == len(keys) - 1
        if not last:
            key(qtbot, name_of_key, focus=row_edit(view, name))
            assert_row_readable(view, name)
        elif next_name is None:
            key(qtbot, name_of_key, focus=view.save_button)
        else:
            key(qtbot, name_of_key, focus=row_edit(view, next_name))
            assert_row_readable(view, next_name)


#: (question, keys typed, question the cursor goes to) through a paper form, accompanied or not.
def keying_steps(accompanied: bool) -> list[tuple[str, list[str], str | None]]:
    start = [
        ("mode_collecte", ["2"], "numero_papier"),
        ("numero_papier", ["4", "2", "Return"], "consentement"),
        ("consentement", ["1"], "commune"),
        ("commune", ["Return"], "quartier"),
        ("quartier", ["Return"], "age"),
        ("age", ["3", "4", "Return"], "sexe"),
        ("sexe", ["1"], "diplome"),
        ("diplome", ["3"], "equipement"),
        ("equipement", ["1", "2", "Return"], "aisance"),
        ("aisance", ["2"], "usages"),
        ("usages", ["1", "space", "1", "1", "Return"], "usages_autre"),
        ("usages_autre", ["x", "Return"], "aide_recours"),
        ("aide_recours", ["1", "Return"], "accompagne"),
    ]
    if accompanied:
        middle = [
            ("accompagne", ["1"], "accomp_motif"),
            ("accomp_motif", ["1", "Return"], "accomp_structure"),
            ("accomp_structure", ["2", "Return"], "accomp_structure_nom"),
            ("accomp_structure_nom", ["Return"], "accomp_satisfaction"),
            ("accomp_satisfaction", ["1"], "accomp_decouverte"),
            ("accomp_decouverte", ["2"], "accomp_aisance_apres"),
            ("accomp_aisance_apres", ["1"], "souhait_apprendre"),
            ("souhait_apprendre", ["1"], "themes_souhaites"),
            ("themes_souhaites", ["1", "Return"], "critere_principal"),
        ]
    else:
        middle = [
            ("accompagne", ["2"], "non_accomp_raison"),
            ("non_accomp_raison", ["2", "Return"], "souhait_apprendre"),
            ("souhait_apprendre", ["2"], "pas_apprendre_raison"),
            ("pas_apprendre_raison", ["1", "Return"], "critere_principal"),
        ]
    end = [
        ("critere_principal", ["1"], "info_activites"),
        ("info_activites", ["1", "Return"], "commentaire"),
        ("commentaire", ["Return"], "enq_difficulte_francais"),
        ("enq_difficulte_francais", ["2"], None),
    ]
    return start + middle + end


def key_paper_form(qtbot, window: MainWindow, accompanied: bool) -> None:  # type: ignore[no-untyped-def]
    view = open_keying(qtbot, window)
    qtbot.waitUntil(lambda: view.rows and view.rows[0].edit.hasFocus(), timeout=KEY_TIMEOUT_MS)
    for name, keys, following in keying_steps(accompanied):
        try:
            type_row(qtbot, view, name, keys, following)
        except AssertionError as error:
            raise AssertionError(f"keying {keys} into {name!r}: {error}") from error
    assert view.session is not None
    answers = dict(view.session.answers)
    key(qtbot, "ctrl+Return", until=lambda: view.session is None or view.session.answers != answers)


def test_accompanied_no_reveals_the_reasons_on_screen(qtbot, window: MainWindow, store) -> None:  # type: ignore[no-untyped-def]
    key_paper_form(qtbot, window, accompanied=False)
    (row,) = [r for r in store.list_submissions() if r.status == "complete"]
    answers = store.revisions(row.uuid)[-1].answers
    assert answers["accompagne"] == "non" and answers["non_accomp_raison"] == "pas_besoin"
    assert answers["souhait_apprendre"] == "non"
    assert answers["usages"] == "demarches autre" and answers["usages_autre"] == "x"


def test_accompanied_yes_and_wants_to_learn_reveal_their_questions_on_screen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store
) -> None:
    key_paper_form(qtbot, window, accompanied=True)
    (row,) = [r for r in store.list_submissions() if r.status == "complete"]
    answers = store.revisions(row.uuid)[-1].answers
    assert answers["accompagne"] == "oui" and answers["accomp_structure"] == "centre_social"
    assert answers["themes_souhaites"] == "bases_ordinateur"
    assert isinstance(row, object) and QLineEdit is not None


def test_an_unknown_code_is_refused_as_it_is_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = open_keying(qtbot, window)
    first = view.rows[0]
    qtbot.waitUntil(first.edit.hasFocus, timeout=KEY_TIMEOUT_MS)
    key(qtbot, "7", until=first.error.isVisible, focus=first.edit)
    assert first.edit.text() == "" and "Codes possibles : 1 à 4" in first.error.text()
    assert visible_rect(first.error).height() > 0
    key(
        qtbot, "3", until=lambda: not first.error.isVisible(), focus=row_edit(view, "numero_papier")
    )
    assert view.session is not None and view.session.value("mode_collecte") == "plie"
