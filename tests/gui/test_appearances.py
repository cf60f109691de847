"""ODK appearances on a laptop: year and month-year dates, likert scales, side-by-side choices.

Appearances with nothing to change here (minimal on a multiple choice, quick) leave the plain
editor and no notice: nothing is refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.gui.field.question_widgets import ChoiceButtons, ChoiceCombo, LineEditor
from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.questionnaire.session import FormSession

from .keyboard import press, started, type_text

APPEARANCES_FORM = """
| survey |
| | type                  | name       | label                           | appearance         |
| | begin group           | p1         | Situation                       | field-list         |
| | date                  | naissance  | Année de naissance              | year               |
| | date                  | arrivee    | Mois d'arrivée dans le quartier | month-year         |
| | select_one aise       | aisance    | À l'aise avec le numérique ?    | likert             |
| | end group             |            |                                 |                    |
| | begin group           | p2         | Équipement                      | field-list         |
| | select_one equip      | equipement | Équipement le plus utilisé ?    | horizontal-compact |
| | select_one lieux      | lieu       | Où vous faites-vous aider ?     | horizontal         |
| | select_multiple equip | usages     | Équipements du foyer ?          | minimal            |
| | select_one oui_non    | accompagne | Déjà accompagné·e ?             | quick              |
| | end group             |            |                                 |                    |

| choices |
| | list_name | name       | label                                                     |
| | aise      | tres       | Très à l'aise                                             |
| | aise      | plutot     | Plutôt à l'aise                                           |
| | aise      | peu        | Peu à l'aise                                              |
| | aise      | pas        | Pas du tout à l'aise                                      |
| | equip     | smartphone | Smartphone                                                |
| | equip     | ordinateur | Ordinateur                                                |
| | equip     | tablette   | Tablette                                                  |
| | equip     | aucun      | Aucun                                                     |
| | lieux     | mairie     | À la mairie ou au centre communal d'action sociale (CCAS) |
| | lieux     | famille    | Par un membre de la famille ou un ami                     |
| | oui_non   | oui        | Oui                                                       |
| | oui_non   | non        | Non                                                       |
"""


def appearances_form(tmp_path: Path) -> Form:
    path = tmp_path / "apparences.md"
    path.write_text(APPEARANCES_FORM, encoding="utf-8")
    return load_form(path)


def field_view(qtbot, session: FormSession) -> FieldFormView:  # type: ignore[no-untyped-def]
    view = started(qtbot, FieldFormView(), session, "Apparences")
    return view


def test_no_appearance_of_the_form_is_noticed_as_unknown(tmp_path: Path) -> None:
    notices = appearances_form(tmp_path).notices
    assert not [notice for notice in notices if "apparence" in notice.lower()], notices


def test_year_and_month_year_dates_are_typed_as_such_in_field_mode(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = FormSession(appearances_form(tmp_path))
    view = field_view(qtbot, session)
    year, month = view.editors["naissance"], view.editors["arrivee"]
    assert isinstance(year, LineEditor) and isinstance(month, LineEditor)
    assert (year.edit.placeholderText(), month.edit.placeholderText()) == ("AAAA", "MM/AAAA")
    year.focus_input()
    type_text(qtbot, "1984")
    month.focus_input()
    type_text(qtbot, "13/2019")
    assert session.value("naissance") == "1984-01-01"  # as ODK stores a year
    assert session.error_for(session.form.question("arrivee")) == (
        "Entrez un mois et une année au format MM/AAAA."
    )
    month.edit.clear()
    type_text(qtbot, "3/2019")
    assert session.value("arrivee") == "2019-03-01"
    month.set_value(session.value("arrivee"))
    assert month.edit.text() == "03/2019"


def test_likert_shows_a_scale_keyed_by_number(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = FormSession(appearances_form(tmp_path))
    view = field_view(qtbot, session)
    scale = view.editors["aisance"]
    assert isinstance(scale, ChoiceButtons)
    buttons = [button for _, button in scale.buttons]
    assert [button.text() for button in buttons] == ["1", "2", "3", "4"]
    assert len({button.y() for button in buttons}) == 1  # one row
    captions = scale.findChildren(QLabel, "likertLabel")
    assert [caption.text() for caption in captions][3] == "Pas du tout à l'aise"
    for caption, button in zip(captions, buttons, strict=True):
        assert caption.y() > button.y()
        assert abs(caption.geometry().center().x() - button.geometry().center().x()) <= 2
        assert caption.buddy() is button
    assert buttons[3].accessibleName() == "4 Pas du tout à l'aise"
    buttons[0].setFocus()
    press(qtbot, Qt.Key.Key_3)
    assert session.value("aisance") == "peu"


def test_side_by_side_choices_keep_their_labels_whole(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = FormSession(appearances_form(tmp_path))
    view = field_view(qtbot, session)
    view.go_next()
    compact, long_labels = view.editors["equipement"], view.editors["lieu"]
    assert isinstance(compact, ChoiceButtons) and isinstance(long_labels, ChoiceButtons)
    rows = {button.y() for _, button in compact.buttons}
    assert len(rows) == 1  # four short labels side by side
    assert len({button.y() for _, button in long_labels.buttons}) == 2  # too long: one under one
    for _, button in [*compact.buttons, *long_labels.buttons]:
        assert button.width() >= button.sizeHint().width(), button.text()
    # minimal on a multiple choice and quick change nothing on a laptop: buttons, as without.
    assert isinstance(view.editors["usages"], ChoiceButtons)
    assert not isinstance(view.editors["usages"], ChoiceCombo)
    assert isinstance(view.editors["accompagne"], ChoiceButtons)


def test_year_and_month_year_dates_are_keyed_as_such(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = FormSession(appearances_form(tmp_path))
    view = started(qtbot, KeyingFormView(), session, "Apparences")
    assert [row.legend.text() for row in view.rows[:2]] == ["AAAA", "MMAAAA"]
    type_text(qtbot, "1984")  # complete at four digits: the cursor goes on by itself
    type_text(qtbot, "032019")
    type_text(qtbot, "3")
    assert (session.value("naissance"), session.value("arrivee")) == ("1984-01-01", "2019-03-01")
    assert session.value("aisance") == "peu"
    assert [row.edit.text() for row in view.rows[:2]] == ["1984", "032019"]
