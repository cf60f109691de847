"""Field mode on a real X server: answers that reveal a question on the same page.

Such an answer keeps the keyboard (number keys, Enter, arrows, Escape) and a visible focus, for
every one of the bundled resident questionnaire.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton

from inclusion_desktop.gui.common.widgets import framed_geometry
from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.gui.field.question_widgets import ChoiceButtons
from inclusion_desktop.gui.shell.main_window import MainWindow
from tests.gui.x11.conftest import KEY_TIMEOUT_MS
from tests.gui.x11.flow import key


def open_field_form(qtbot, window: MainWindow) -> FieldFormView:  # type: ignore[no-untyped-def]
    """Shows the window at the screen's size and starts a questionnaire with Ctrl+N."""
    show_on_screen(qtbot, window)
    view = window.form_view
    key(qtbot, "ctrl+n", until=lambda: window.stack.currentWidget() is view)
    qtbot.waitUntil(lambda: view.current_key == "bloc_collecte", timeout=KEY_TIMEOUT_MS)
    return view


def show_on_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Maximises the window and waits until the window manager has made it fit and active."""
    window.showMaximized()
    qtbot.waitUntil(
        lambda: (
            window.isActiveWindow()
            and framed_geometry(window).height() <= window.screen().availableGeometry().height()
            and framed_geometry(window).width() <= window.screen().availableGeometry().width()
        ),
        timeout=KEY_TIMEOUT_MS,
    )


def editor(view: FieldFormView, name: str):  # type: ignore[no-untyped-def]
    """A function giving the editor of `name` on the page shown at call time."""
    return lambda: view.editors.get(name)


def choice(view: FieldFormView, name: str, number: int):  # type: ignore[no-untyped-def]
    """A function giving choice button `number` (1-based) of question `name`."""

    def button() -> QPushButton | None:
        found = view.editors.get(name)
        if not isinstance(found, ChoiceButtons):
            return None
        return found.buttons[number - 1][1]

    return button


def to_page(qtbot, view: FieldFormView, page: str) -> None:  # type: ignore[no-untyped-def]
    """Answers the first pages by keyboard until `page` is on screen."""
    steps = {
        "bloc_collecte": [("1", "mode_collecte"), ("Return", None)],
        "bloc_consentement": [("1", "consentement"), ("Return", None)],
        # The zone chosen on the home screen fills commune and quartier.
        "bloc_residence": [("Return", "quartier"), ("Return", None)],
        "bloc_profil": [
            ("3", "age"),
            ("4", "age"),
            ("Return", "sexe"),
            ("1", "sexe"),
            ("Return", "diplome"),
            ("1", "diplome"),
            ("Return", None),
        ],
        "bloc_equipement": [("1", "equipement"), ("Return", None)],
        "bloc_aisance_usages": [
            ("1", "aisance"),
            ("Return", "usages"),
            ("1", "usages"),
            ("Return", None),
        ],
    }
    for _ in range(len(steps)):
        if view.current_key == page:
            return
        current = view.current_key
        for name, focus_name in steps[current]:
            if focus_name is None:
                key(qtbot, name, until=lambda c=current: view.current_key != c)
            else:
                key(qtbot, name, focus=editor(view, focus_name))
    assert view.current_key == page


def test_no_equipment_reveals_the_reason_and_keeps_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = open_field_form(qtbot, window)
    to_page(qtbot, view, "bloc_equipement")
    assert view.session is not None
    # 5 « Aucun de ces équipements » shows the reason question on the same page.
    key(
        qtbot,
        "5",
        until=lambda: "raison_sans_equipement" in view.editors,
        focus=choice(view, "equipement", 5),
    )
    assert view.session.value("equipement") == "aucun"
    # 1 still ticks a choice: both ticked, Enter shows the exclusion message and stays.
    key(
        qtbot,
        "1",
        until=lambda: view.session.value("equipement") == "smartphone aucun",
        focus=choice(view, "equipement", 1),
    )
    key(
        qtbot,
        "Return",
        until=lambda: view.error_labels["equipement"].isVisible(),
        focus=editor(view, "equipement"),
    )
    assert "ne peut pas être coché avec une autre réponse" in view.error_labels["equipement"].text()
    assert view.current_key == "bloc_equipement"
    # → does not leave a page with an error either.
    key(qtbot, "Right", focus=editor(view, "equipement"))
    assert view.current_key == "bloc_equipement"
    # Untick 1: only « Aucun » is left, Enter goes to the revealed question.
    key(
        qtbot,
        "1",
        until=lambda: view.session.value("equipement") == "aucun",
        focus=editor(view, "equipement"),
    )
    key(qtbot, "Return", focus=editor(view, "raison_sans_equipement"))
    # 4 « Autre raison » reveals « Précisez » below, the keyboard stays on the choice.
    key(
        qtbot,
        "4",
        until=lambda: "raison_sans_equipement_autre" in view.editors,
        focus=choice(view, "raison_sans_equipement", 4),
    )
    key(qtbot, "Return", focus=editor(view, "raison_sans_equipement_autre"))
    key(
        qtbot,
        "a",
        until=lambda: view.session.value("raison_sans_equipement_autre") == "a",
        focus=editor(view, "raison_sans_equipement_autre"),
    )
    key(qtbot, "Up", focus=editor(view, "raison_sans_equipement_autre"))
    # Back on a choice by Shift+Tab; 1 hides « Précisez » again and the keyboard stays.
    key(qtbot, "shift+Tab", focus=editor(view, "raison_sans_equipement"))
    key(
        qtbot,
        "1",
        until=lambda: "raison_sans_equipement_autre" not in view.editors,
        focus=choice(view, "raison_sans_equipement", 1),
    )
    # → leaves the page, ← comes back, Escape closes the questionnaire (draft kept).
    key(
        qtbot,
        "Right",
        until=lambda: view.current_key == "bloc_aisance_usages",
        focus=editor(view, "aisance"),
    )
    key(
        qtbot,
        "Left",
        until=lambda: view.current_key == "bloc_equipement",
        focus=editor(view, "equipement"),
    )
    key(qtbot, "Escape", until=lambda: window.stack.currentWidget() is window.home)
    assert QApplication.focusWidget() is not None


def check_other_reveals_specify(  # type: ignore[no-untyped-def]
    qtbot, view: FieldFormView, question: str, other_key: str, specify: str
) -> None:
    """`other_key` on `question` reveals `specify` below; the keyboard goes on everywhere."""
    assert view.session is not None
    number = view.editors[question].buttons  # type: ignore[attr-defined]
    other = next(i for i, (name, _) in enumerate(number, start=1) if name == "autre")
    key(
        qtbot, other_key, until=lambda: specify in view.editors, focus=choice(view, question, other)
    )
    assert "autre" in view.session.value(question).split()
    key(qtbot, "Return", focus=editor(view, specify))
    key(qtbot, "b", until=lambda: view.session.value(specify) == "b", focus=editor(view, specify))
    # Back on the choices; the same key unticks « Autre » and hides the question again.
    key(qtbot, "shift+Tab", focus=editor(view, question))
    key(
        qtbot,
        other_key,
        until=lambda: specify not in view.editors,
        focus=choice(view, question, other),
    )
    key(
        qtbot, other_key, until=lambda: specify in view.editors, focus=choice(view, question, other)
    )
    assert view.session.value(specify) == "b"


def test_other_use_is_keyed_with_a_letter_and_reveals_its_question(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    view = open_field_form(qtbot, window)
    to_page(qtbot, view, "bloc_aisance_usages")
    key(qtbot, "2", focus=choice(view, "aisance", 2))
    key(qtbot, "Return", focus=editor(view, "usages"))
    buttons = view.editors["usages"].buttons  # type: ignore[attr-defined]
    assert len(buttons) == 12 and buttons[10][0] == "autre"
    assert buttons[10][1].text().startswith("A ") and buttons[11][1].text().startswith("B ")
    key(qtbot, "1", focus=choice(view, "usages", 1))
    check_other_reveals_specify(qtbot, view, "usages", "a", "usages_autre")
    # B « Je n'utilise pas internet » with other uses: Entrée shows why the page cannot be left.
    key(
        qtbot,
        "b",
        until=lambda: "aucun" in view.session.value("usages"),
        focus=choice(view, "usages", 12),
    )
    key(
        qtbot,
        "Return",
        until=lambda: view.error_labels["usages"].isVisible(),
        focus=editor(view, "usages"),
    )
    assert "ne peut pas être coché" in view.error_labels["usages"].text()
    key(
        qtbot,
        "b",
        until=lambda: "aucun" not in view.session.value("usages"),
        focus=choice(view, "usages", 12),
    )
    key(
        qtbot,
        "Right",
        until=lambda: view.current_key == "bloc_recours",
        focus=editor(view, "aide_recours"),
    )
    # « Quand vous êtes bloqué·e… » 3 « Autre » reveals « Qui d'autre ? ».
    check_other_reveals_specify(qtbot, view, "aide_recours", "3", "aide_recours_autre")
    key(
        qtbot,
        "4",
        until=lambda: "personne" in view.session.value("aide_recours"),
        focus=choice(view, "aide_recours", 4),
    )
    key(
        qtbot,
        "Return",
        until=lambda: view.error_labels["aide_recours"].isVisible(),
        focus=editor(view, "aide_recours"),
    )
    assert "ne peut pas être coché" in view.error_labels["aide_recours"].text()
    key(
        qtbot,
        "4",
        until=lambda: "personne" not in view.session.value("aide_recours"),
        focus=choice(view, "aide_recours", 4),
    )
    key(qtbot, "Return", focus=editor(view, "aide_recours_autre"))
    key(qtbot, "Return", focus=editor(view, "accompagne"))
    key(qtbot, "Escape", until=lambda: window.stack.currentWidget() is window.home)


def test_age_refused_reveals_the_age_group(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = open_field_form(qtbot, window)
    to_page(qtbot, view, "bloc_residence")
    key(qtbot, "Return", focus=editor(view, "quartier"))
    key(qtbot, "Return", until=lambda: view.current_key == "bloc_profil", focus=editor(view, "age"))
    assert view.session is not None
    # Typing an age hides « ne souhaite pas donner son âge », erasing it shows it again.
    key(qtbot, "5", until=lambda: "age_refus" not in view.editors, focus=editor(view, "age"))
    key(qtbot, "BackSpace", until=lambda: "age_refus" in view.editors, focus=editor(view, "age"))
    # Enter on an empty age goes to « ne souhaite pas donner son âge », which answers for it.
    key(qtbot, "Return", focus=editor(view, "age_refus"))
    assert not view.error_labels["age"].isVisible()
    # → with neither an age nor « OK » says what to do and stays on the page.
    key(
        qtbot,
        "Right",
        until=lambda: view.error_labels["age"].isVisible(),
        focus=editor(view, "age"),
    )
    assert "choisissez « OK »" in view.error_labels["age"].text()
    assert view.current_key == "bloc_profil"
    key(qtbot, "Tab", focus=editor(view, "age_refus"))
    key(
        qtbot,
        "1",
        until=lambda: "tranche_age_declaree" in view.editors,
        focus=editor(view, "age_refus"),
    )
    assert view.session.value("age_refus") == "OK"
    key(qtbot, "Return", focus=editor(view, "tranche_age_declaree"))
    key(
        qtbot,
        "6",
        until=lambda: view.session.value("tranche_age_declaree") == "refus",
        focus=choice(view, "tranche_age_declaree", 6),
    )
    key(qtbot, "Return", focus=editor(view, "sexe"))
    key(qtbot, "Escape", until=lambda: window.stack.currentWidget() is window.home)


def test_information_other_reveals_its_question(qtbot, window: MainWindow, store) -> None:  # type: ignore[no-untyped-def]
    view = open_field_form(qtbot, window)
    assert view.session is not None
    # Straight to the page by its key: the pages before it are covered by the tests above.
    for name, value in (("consentement", "oui"), ("mode_collecte", "porte_a_porte")):
        view.session.set_answer(name, value)
    view.show_page("bloc_information")
    qtbot.waitUntil(lambda: focus_on(view, "info_activites"), timeout=KEY_TIMEOUT_MS)
    check_other_reveals_specify(qtbot, view, "info_activites", "8", "info_activites_autre")
    key(
        qtbot,
        "9",
        until=lambda: "ne_s_informe_pas" in view.session.value("info_activites"),
        focus=choice(view, "info_activites", 9),
    )
    key(
        qtbot,
        "Return",
        until=lambda: view.error_labels["info_activites"].isVisible(),
        focus=editor(view, "info_activites"),
    )
    assert "ne peut pas être coché" in view.error_labels["info_activites"].text()


def test_other_town_reveals_its_question(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = open_field_form(qtbot, window)
    to_page(qtbot, view, "bloc_residence")
    assert view.session is not None
    # End goes to the last towns of the list: « Hors de l'agglomération », then Up to « Autre ».
    key(
        qtbot,
        "End",
        until=lambda: view.session.value("commune") == "hors_agglomeration",
        focus=editor(view, "commune"),
    )
    assert "quartier" not in view.editors
    key(qtbot, "Up", until=lambda: "commune_autre" in view.editors, focus=editor(view, "commune"))
    key(qtbot, "Return", focus=editor(view, "commune_autre"))
    key(qtbot, "shift+Tab", focus=editor(view, "commune"))
    key(
        qtbot,
        "Home",
        until=lambda: view.session.value("commune") == "",
        focus=editor(view, "commune"),
    )
    key(
        qtbot,
        "Down",
        until=lambda: "quartier" in view.editors and "commune_autre" not in view.editors,
        focus=editor(view, "commune"),
    )
    assert view.session.value("commune") == "maubeuge"


def focus_on(view: FieldFormView, name: str) -> bool:
    """True when the keyboard is in the editor of question `name`."""
    found = view.editors.get(name)
    focus = QApplication.focusWidget()
    return found is not None and focus is not None and (focus is found or found.isAncestorOf(focus))


def test_every_same_page_reveal_of_the_resident_form_is_covered() -> None:
    """The reveals driven above are all those of the bundled form: a new one needs its test."""
    from inclusion_desktop.questionnaire.bundled import load_bundled_form
    from inclusion_desktop.questionnaire.session import FormSession

    session = FormSession(load_bundled_form())
    reveals = set()
    for page in session.pages():
        names = {q.name for q in page.questions}
        for question in page.questions:
            if question.relevant is not None:
                for source in question.relevant.references & names:
                    reveals.add((source, question.name))
    assert reveals == {
        ("commune", "commune_autre"),
        ("commune", "quartier"),
        ("age", "age_refus"),
        ("age_refus", "tranche_age_declaree"),
        ("equipement", "raison_sans_equipement"),
        ("raison_sans_equipement", "raison_sans_equipement_autre"),
        ("usages", "usages_autre"),
        ("aide_recours", "aide_recours_autre"),
        ("info_activites", "info_activites_autre"),
    } | ({("mode_collecte", "numero_papier")} & reveals)  # the paper number, keying only
