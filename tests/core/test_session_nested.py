"""A repeat inside a repeat: each inner instance belongs to one instance of the outer repeat."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.questionnaire.session import FormSession

NOW = dt.datetime(2024, 5, 2, 10, 30, tzinfo=dt.UTC)

#: Households, each with its persons (a counted repeat in a counted repeat).
NESTED_MD = Path(__file__).with_name("fixtures") / "nested_repeats.md"


def nested_form() -> Form:
    return load_form_bytes(NESTED_MD.read_bytes(), NESTED_MD.name)


def filled() -> FormSession:
    session = FormSession(nested_form(), clock=lambda: NOW)
    session.set_answer("nb_menages", "2")
    session.set_answer("commune", "Lille", 0)
    session.set_answer("taille", "1", 0)
    session.set_answer("commune", "Douai", 1)
    session.set_answer("taille", "3", 1)
    for index, (name, age) in enumerate([("Ana", "40"), ("Léo", "12"), ("Zoé", "9")]):
        session.set_answer("prenom", name, (1, index))
        session.set_answer("age", age, (1, index))
    session.set_answer("prenom", "Marc", (0, 0))
    session.set_answer("age", "70", (0, 0))
    return session


def test_inner_repeat_count_is_evaluated_per_outer_instance() -> None:
    session = filled()
    assert [len(session.instances("personne", index)) for index in (0, 1)] == [1, 3]
    assert [row["rang"] for row in session.instances("personne", 1)] == ["1", "2", "3"]
    assert session.value("total_age", 1) == "61"
    assert session.value("nb_pers", 1) == "3"
    assert session.value("total_age", 0) == "70"
    assert session.value("deuxieme") == "Ana"
    assert session.value("lieu", (1, 1)) == "Léo@Douai"  # relative paths read this instance
    session.set_answer("taille", "2", 0)
    assert [len(session.instances("personne", index)) for index in (0, 1)] == [2, 3]
    assert session.value("nb_pers", 0) == "2"


def test_relevance_labels_and_constraints_resolve_per_instance() -> None:
    session = filled()
    form = session.form
    assert not session.is_relevant("ecole", (1, 0))
    assert session.is_relevant("ecole", (1, 1))
    assert session.label(form.question("age"), (1, 2)) == "Âge de Zoé"
    assert session.label(form.question("prenom"), (0, 0)) == "Prénom (Lille)"
    assert session.label(form.item("personne"), (1, 0)) == "Personne de Douai"
    session.set_answer("age", "130", (1, 2))
    assert set(session.errors()) == {"age[1][2]"}


def test_pages_put_inner_instances_under_their_outer_instance() -> None:
    session = filled()
    keys = [page.key for page in session.relevant_pages()]
    assert keys[:3] == ["nb_menages", "commune[0]", "taille[0]"]
    assert keys[3:5] == ["prenom[0][0]", "age[0][0]"]
    assert "ecole[0][0]" not in keys  # Marc is 70
    assert keys[keys.index("commune[1]") + 2] == "prenom[1][0]"
    assert "ecole[1][1]" in keys and "ecole[1][0]" not in keys


def test_removing_an_outer_instance_carries_its_inner_instances() -> None:
    session = FormSession(nested_form(), clock=lambda: NOW)
    session.set_answer("nb_menages", "2")
    session.set_answer("taille", "1", 0)
    session.set_answer("taille", "2", 1)
    session.set_answer("prenom", "Léo", (1, 1))
    session.remove_instance("menage", 0)
    assert [row["prenom"] for row in session.instances("personne", 0) if "prenom" in row] == ["Léo"]
    assert session.value("prenom", (0, 1)) == "Léo"


def test_added_inner_instance_without_count_belongs_to_its_outer_instance() -> None:
    form = load_form_bytes(
        textwrap.dedent(
            """
            | survey |
            | | type         | name     | label    |
            | | begin repeat | menage   | Ménage   |
            | | text         | commune  | Commune  |
            | | begin repeat | personne | Personne |
            | | text         | prenom   | Prénom   |
            | | end repeat   |          |          |
            | | end repeat   |          |          |
            """
        )
        .strip()
        .encode("utf-8"),
        "free.md",
    )
    session = FormSession(form)
    session.add_instance("menage")
    session.add_instance("menage")
    assert session.add_instance("personne", 1) == 0
    assert session.add_instance("personne", 1) == 1
    session.set_answer("prenom", "Zoé", (1, 1))
    prompts = [page.key for page in session.pages() if page.repeat_prompt is not None]
    assert prompts == ["+personne[0]", "+personne[1]", "+menage"]
    assert session.final_answers()["menage"][1]["personne"] == [{}, {"prenom": "Zoé"}]
    session.remove_instance("personne", (1, 0))
    assert session.value("prenom", (1, 0)) == "Zoé"


def test_final_answers_keep_the_nesting_and_read_back_unchanged() -> None:
    answers = filled().final_answers()
    households = answers["menage"]
    assert [person["prenom"] for person in households[1]["personne"]] == ["Ana", "Léo", "Zoé"]
    assert households[0]["personne"] == [
        {"prenom": "Marc", "age": "70", "rang": "1", "lieu": "Marc@Lille"}
    ]
    stored = json.loads(json.dumps(answers))
    again = FormSession(nested_form(), stored, clock=lambda: NOW)
    assert again.value("age", (1, 2)) == "9"
    assert again.final_answers() == answers


def test_too_many_inner_instances_are_reported_for_their_outer_instance() -> None:
    session = filled()
    session.set_answer("taille", "2", 1)  # Douai's household already lists three persons
    assert len(session.instances("personne", 1)) == 3  # filled: never dropped silently
    errors = session.errors()
    assert errors["personne[1]"] == (
        "Ménage n° 2 : 1 répétition de plus que prévu (2) : supprimez-la."
    )
    assert "personne" not in errors and "personne[0]" not in errors
    assert session.surplus_by_instance() == [("personne", (1,), 1)]
    session.drop_surplus("personne")
    assert [row["prenom"] for row in session.instances("personne", 1)] == ["Ana", "Léo"]
    assert "personne[1]" not in session.errors()
