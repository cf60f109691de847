"""Tests of what forms written for ODK need from FormSession.

Counted repeats, coordinates, date-times, dynamic defaults, once(), indexed-repeat(), pulldata()
and names reused in two groups.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import Form, QuestionType
from inclusion_desktop.questionnaire.session import FormSession, date_as_typed, stored_from_typed

NOW = dt.datetime(2024, 5, 2, 10, 30, tzinfo=dt.UTC)


def inline_form(md: str, media: dict[str, bytes] | None = None) -> Form:
    return load_form_bytes(textwrap.dedent(md).strip().encode("utf-8"), "test.md", media=media)


COUNTED = """
    | survey |
    | | type         | name    | label   | repeat_count | calculation                   |
    | | integer      | taille  | Taille  |              |                               |
    | | begin repeat | membres | Membres | ${taille}    |                               |
    | | text         | prenom  | Prénom  |              |                               |
    | | calculate    | rang    |         |              | position(..)                  |
    | | end repeat   |         |         |              |                               |
    | | calculate    | second  |         |              | indexed-repeat(${prenom}, ${membres}, 2) |
    """


def test_repeat_count_gives_that_many_instances_and_follows_the_count() -> None:
    session = FormSession(inline_form(COUNTED), clock=lambda: NOW)
    assert session.instances("membres") == []
    session.set_answer("taille", "3")
    assert len(session.instances("membres")) == 3
    assert [row["rang"] for row in session.instances("membres")] == ["1", "2", "3"]
    session.set_answer("taille", "2")
    assert len(session.instances("membres")) == 2
    assert all(page.repeat_prompt is None for page in session.pages())


def test_repeat_count_keeps_filled_instances_and_says_so() -> None:
    session = FormSession(inline_form(COUNTED), clock=lambda: NOW)
    session.set_answer("taille", "2")
    session.set_answer("prenom", "Ana", 1)
    session.set_answer("taille", "1")
    assert len(session.instances("membres")) == 2  # the filled one is not dropped silently
    assert "1 répétition de plus que prévu (1) : supprimez-la." in session.errors()["membres"]
    session.remove_instance("membres", 1)
    assert "membres" not in session.errors()


def test_indexed_repeat_reads_another_instance() -> None:
    session = FormSession(inline_form(COUNTED), clock=lambda: NOW)
    session.set_answer("taille", "2")
    session.set_answer("prenom", "Ana", 0)
    session.set_answer("prenom", "Bob", 1)
    assert session.value("second") == "Bob"


@pytest.mark.parametrize(
    ("kind", "value", "accepted"),
    [
        ("geopoint", "50.27 3.97", True),
        ("geopoint", "50.27 3.97 120 5", True),
        ("geopoint", "91 3", False),
        ("geopoint", "50.27", False),
        ("geopoint", "abc def", False),
        ("geotrace", "50 3; 50.1 3.1", True),
        ("geotrace", "50 3", False),
        ("geoshape", "50 3; 50.1 3.1; 50.2 3; 50 3", True),
        ("datetime", "2024-05-02T10:30", True),
        ("datetime", "02/05/2024", False),
        ("image", "photo.jpg", True),
        ("barcode", "0123456789", True),
    ],
)
def test_typed_answers_are_checked(kind: str, value: str, accepted: bool) -> None:
    form = inline_form(
        f"""
        | survey |
        | | type   | name | label |
        | | {kind} | q    | Q     |
        """
    )
    session = FormSession(form, clock=lambda: NOW)
    session.set_answer("q", value)
    assert (session.error_for(form.question("q")) is None) is accepted


def test_dynamic_default_and_once_are_evaluated_once() -> None:
    form = inline_form(
        """
        | survey |
        | | type      | name  | label | default  | calculation                       |
        | | text      | nom   | Nom   | Ana      |                                   |
        | | text      | copie | Copie | ${nom}   |                                   |
        | | calculate | id    |       |          | once(concat(${nom}, '-', ${copie})) |
        """
    )
    session = FormSession(form, clock=lambda: NOW)
    assert session.value("copie") == "Ana"
    assert session.value("id") == "Ana-Ana"
    session.set_answer("nom", "Bob")
    assert session.value("copie") == "Ana"
    assert session.value("id") == "Ana-Ana"


def test_pulldata_reads_the_form_csv() -> None:
    form = inline_form(
        """
        | survey |
        | | type      | name | label | calculation                               |
        | | text      | code | Code  |                                           |
        | | calculate | prix |       | pulldata('tarifs', 'prix', 'code', ${code}) |
        """,
        media={"tarifs.csv": b"code,prix\na,12\nb,15\n"},
    )
    session = FormSession(form, clock=lambda: NOW)
    session.set_answer("code", "b")
    assert session.value("prix") == "15"
    session.set_answer("code", "z")
    assert session.value("prix") == ""


def test_same_name_in_two_groups_keeps_two_answers() -> None:
    form = inline_form(
        """
        | survey |
        | | type        | name | label  |
        | | text        | nom  | Nom    |
        | | begin group | bloc | Bloc   |
        | | text        | nom  | Nom 2  |
        | | end group   |      |        |
        """
    )
    session = FormSession(form, clock=lambda: NOW)
    session.set_answer("nom", "a")
    session.set_answer("bloc/nom", "b")
    assert session.final_answers() == {"nom": "a", "bloc/nom": "b"}


def test_surplus_instances_are_dropped_only_when_asked() -> None:
    session = FormSession(inline_form(COUNTED), clock=lambda: NOW)
    session.set_answer("taille", "3")
    session.set_answer("prenom", "Ana", 1)
    session.set_answer("prenom", "Bob", 2)
    session.set_answer("taille", "1")
    assert session.surplus_instances() == {"membres": 2}
    session.drop_surplus("membres")
    assert len(session.instances("membres")) == 1
    assert session.surplus_instances() == {}


def test_a_repeat_in_a_repeat_has_its_instances_in_each_outer_instance() -> None:
    form = inline_form(
        """
        | survey |
        | | type         | name   | label  | repeat_count |
        | | begin repeat | arbre  | Arbre  |              |
        | | integer      | n      | Tiges  |              |
        | | begin repeat | tige   | Tige   | ${n}         |
        | | decimal      | taille | Taille |              |
        | | end repeat   |        |        |              |
        | | end repeat   |        |        |              |
        """
    )
    session = FormSession(form, clock=lambda: NOW)
    for count in ("1", "2"):
        index = session.add_instance("arbre")
        session.set_answer("n", count, index)
    assert [len(session.instances("tige", index)) for index in (0, 1)] == [1, 2]
    assert session.expected_instances("tige") == 3  # the counts of every tree add up
    keys = [page.key for page in session.pages()]
    assert len(keys) == len(set(keys))  # each page once: the field mode cannot loop
    for number, path in enumerate([(0, 0), (1, 0), (1, 1)], start=1):
        session.set_answer("taille", str(number), path)
    answers = session.final_answers()
    assert answers["arbre"] == [
        {"n": "1", "tige": [{"taille": "1"}]},
        {"n": "2", "tige": [{"taille": "2"}, {"taille": "3"}]},
    ]
    again = FormSession(form, answers, clock=lambda: NOW)
    assert again.final_answers() == answers


CHILDREN = """
    | survey |
    | | type         | name    | label   | repeat_count | calculation           | relevant       |
    | | integer      | taille  | Taille  |              |                       |                |
    | | begin repeat | membres | Membres | ${taille}    |                       |                |
    | | integer      | age     | Âge     |              |                       |                |
    | | calculate    | enfant  |         |              | if(${age} < 18, 1, 0) |                |
    | | end repeat   |         |         |              |                       |                |
    | | calculate    | enfants |         |              | sum(${enfant})        |                |
    | | text         | ecole   | École ? |              |                       | ${enfants} > 0 |
    """


def test_a_sum_over_a_calculation_in_a_repeat_follows_each_answer() -> None:
    # Typing an age recalculates the instance's calculation, then what sums it outside the
    # repeat, then the relevance that reads the sum: as a new session over the same answers.
    session = FormSession(inline_form(CHILDREN), clock=lambda: NOW)
    session.set_answer("taille", "2")
    session.set_answer("age", "40", 0)
    assert session.value("enfants") == "0" and not session.is_relevant("ecole")
    session.set_answer("age", "9", 1)
    assert session.value("enfants") == "1" and session.is_relevant("ecole")
    reloaded = FormSession(inline_form(CHILDREN), session.final_answers(), clock=lambda: NOW)
    assert reloaded.value("enfants") == "1" and reloaded.is_relevant("ecole")


def test_labels_hints_and_messages_show_the_answers_they_quote() -> None:
    form = inline_form(
        """
| survey |
| | type         | name   | label             | hint          | constraint | constraint_message    |
| | text         | prenom | Prénom            |               |            |                       |
| | integer      | age    | Âge de ${prenom}  | ${prenom} dit | . < 120    | ${prenom} : < 120 ans |
| | begin repeat | enfant | Enfant            |               |            |                       |
| | text         | nom    | Nom               |               |            |                       |
| | integer      | age_e  | Âge de ${nom}     |               |            |                       |
| | end repeat   |        |                   |               |            |                       |
"""
    )
    session = FormSession(form)
    age = form.question("age")
    assert session.label(age) == "Âge de "
    session.set_answer("prenom", "Léa")
    session.set_answer("age", "130")
    assert (session.label(age), session.hint(age)) == ("Âge de Léa", "Léa dit")
    assert session.error_for(age) == "Léa : < 120 ans"
    assert session.quoted_answers(age) == {"prenom"}
    for name in ("Tom", "Zoé"):
        index = session.add_instance("enfant")
        session.set_answer("nom", name, index)
    age_e = form.question("age_e")
    assert [session.label(age_e, index) for index in (0, 1)] == ["Âge de Tom", "Âge de Zoé"]


def test_year_and_month_year_dates_are_stored_on_the_first_day_as_odk_does() -> None:
    form = inline_form(
        """
| survey |
| | type | name      | label     | appearance |
| | date | naissance | Naissance | year       |
| | date | arrivee   | Arrivée   | month-year |
| | date | visite    | Visite    |            |
"""
    )
    precisions = [form.question(name).date_precision for name in ("naissance", "arrivee", "visite")]
    assert precisions == ["year", "month-year", "day"]
    assert stored_from_typed(QuestionType.DATE, "1984", "year") == "1984-01-01"
    assert stored_from_typed(QuestionType.DATE, "17/05/1984", "year") == "1984-01-01"
    assert stored_from_typed(QuestionType.DATE, "032019", "month-year") == "2019-03-01"
    assert stored_from_typed(QuestionType.DATE, "13/2019", "month-year") == "13/2019"
    assert date_as_typed("2019-03-01", "month-year") == "03/2019"
    assert date_as_typed("1984-01-01", "year") == "1984"
    session = FormSession(form)
    session.set_answer("naissance", "84")
    assert session.error_for(form.question("naissance")) == (
        "Entrez une année sur quatre chiffres (AAAA)."
    )


def test_a_repeat_in_a_repeat_quotes_the_answer_of_its_own_person() -> None:
    """Each job belongs to one member, so its labels quote that member's name."""
    form = inline_form(
        """
| survey |
| | type         | name       | label            | repeat_count  |
| | begin repeat | membres    | Membre           |               |
| | text         | nom        | Prénom           |               |
| | integer      | nb_emplois | Emplois de ${nom} |              |
| | begin repeat | emplois    | Emploi de ${nom} | ${nb_emplois} |
| | text         | metier     | Métier de ${nom} |               |
| | end repeat   |            |                  |               |
| | end repeat   |            |                  |               |
"""
    )
    session = FormSession(form)
    for index, (name, jobs) in enumerate([("Ali", "2"), ("Zoé", "1")]):
        session.add_instance("membres")
        session.set_answer("nom", name, index)
        session.set_answer("nb_emplois", jobs, index)
    assert session.label(form.question("nb_emplois"), 1) == "Emplois de Zoé"
    assert [len(session.instances("emplois", index)) for index in (0, 1)] == [2, 1]
    assert session.label(form.question("metier"), (0, 1)) == "Métier de Ali"
    assert session.label(form.item("emplois"), (1, 0)) == "Emploi de Zoé"
