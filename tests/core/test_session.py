"""Tests of FormSession: skip logic, calculations, checks, repeats, pages and what is saved.

The resident and structures questionnaires are the bundled ones; the small forms that show one
mechanism are written inline as markdown tables.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from inclusion_desktop.questionnaire.bundled import (
    RESIDENT_FORM,
    STRUCTURES_FORM,
    load_bundled_form,
)
from inclusion_desktop.questionnaire.expressions import Expression
from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.questionnaire.session import ACKNOWLEDGED, FormSession

FR, EN = "Français (fr)", "English (en)"
NOW = dt.datetime(2024, 5, 2, 10, 30, tzinfo=dt.UTC)


def clock() -> dt.datetime:
    return NOW


@pytest.fixture(scope="module")
def resident() -> Form:
    return load_bundled_form(RESIDENT_FORM)


@pytest.fixture(scope="module")
def structures() -> Form:
    return load_bundled_form(STRUCTURES_FORM)


def inline_form(md: str) -> Form:
    return load_form_bytes(textwrap.dedent(md).strip().encode("utf-8"), "test.md")


def consenting(form: Form, **answers: str) -> FormSession:
    """A resident session past the consent question, with `answers` set in order."""
    session = FormSession(form, clock=clock)
    session.set_answer("mode_collecte", "porte_a_porte")
    session.set_answer("consentement", "oui")
    for name, value in answers.items():
        session.set_answer(name, value)
    return session


def error(session: FormSession, name: str, instance: int | None = None) -> str | None:
    return session.error_for(session.form.question(name), instance)


@pytest.fixture
def evaluations(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Counts every evaluation of a relevance, constraint, calculation or filter, by source."""
    counter: Counter[str] = Counter()
    evaluate_bool = Expression.evaluate_bool
    evaluate_str = Expression.evaluate_str

    def counting_bool(self: Expression, context: Any) -> bool:
        counter[self.source] += 1
        return evaluate_bool(self, context)

    def counting_str(self: Expression, context: Any) -> str:
        counter[self.source] += 1
        return evaluate_str(self, context)

    monkeypatch.setattr(Expression, "evaluate_bool", counting_bool)
    monkeypatch.setattr(Expression, "evaluate_str", counting_str)
    yield counter


# -- resident form: consent -----------------------------------------------------------------------


def test_a_new_questionnaire_asks_the_context_and_consent_first(resident: Form) -> None:
    session = FormSession(resident, clock=clock)

    assert [page.key for page in session.relevant_pages()] == ["bloc_collecte", "bloc_consentement"]
    assert session.errors() == {
        "mode_collecte": "Cette question est obligatoire.",
        "consentement": "Indiquez si la personne accepte de répondre.",
    }
    assert not session.is_relevant("fin_refus")
    assert not session.is_relevant("age")


def test_refused_consent_makes_everything_after_it_irrelevant(resident: Form) -> None:
    session = FormSession(resident, clock=clock)
    session.set_answer("mode_collecte", "mission_locale")
    session.set_answer("numero_papier", "A-17")
    # Answers typed before the refusal (e.g. a paper form keyed in order) are not kept.
    session.set_answer("consentement", "oui")
    session.set_answer("commune", "maubeuge")
    session.set_answer("quartier", "montplaisir")
    session.set_answer("age", "34")
    session.set_answer("equipement", "smartphone")

    changed = session.set_answer("consentement", "non")

    assert {"bloc_residence", "commune", "age", "equipement", "fin_refus"} <= changed
    assert [page.key for page in session.relevant_pages()] == [
        "bloc_collecte",
        "bloc_consentement",
        "fin_refus",
    ]
    names = [question.name for question in resident.questions]
    after = names[names.index("fin_refus") + 1 :]
    assert after and not any(session.is_relevant(name) for name in after)
    assert session.errors() == {}
    assert session.final_answers() == {
        "mode_collecte": "mission_locale",
        "numero_papier": "A-17",
        "consentement": "non",
    }


def test_consent_opens_the_questionnaire(resident: Form) -> None:
    session = consenting(resident)

    assert not session.is_relevant("fin_refus")
    for name in ("bloc_residence", "bloc_profil", "bloc_equipement", "bloc_fin", "sexe"):
        assert session.is_relevant(name)
    # Who was accompanied is not known yet: neither block is open.
    assert not session.is_relevant("bloc_accompagne")
    assert not session.is_relevant("bloc_non_accompagne")


# -- resident form: age ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "accepted"),
    [("14", False), ("15", True), ("34", True), ("110", True), ("111", False), ("-3", False)],
)
def test_age_constraint(resident: Form, age: str, accepted: bool) -> None:
    session = consenting(resident, age=age)
    message = error(session, "age")
    if accepted:
        assert message is None
    else:
        assert message == resident.question("age").constraint_message.get(FR)
        assert "entre 15 et 110 ans" in message


def test_age_that_is_not_a_whole_number_is_refused(resident: Form) -> None:
    session = consenting(resident, age="34,5")
    assert error(session, "age") == "Entrez un nombre entier."


def test_empty_age_asks_for_the_refusal_box_then_the_declared_band(resident: Form) -> None:
    session = consenting(resident)

    assert session.is_relevant("age_refus")
    assert not session.is_relevant("tranche_age_declaree")
    assert error(session, "age") == resident.question("age").required_message.get(FR)

    changed = session.set_answer("age_refus", ACKNOWLEDGED)
    assert "tranche_age_declaree" in changed
    assert error(session, "age") is None
    assert session.is_relevant("tranche_age_declaree")
    assert error(session, "tranche_age_declaree") == "Cette question est obligatoire."

    session.set_answer("age", "52")
    assert not session.is_relevant("age_refus")
    assert not session.is_relevant("tranche_age_declaree")
    assert error(session, "age") is None


@pytest.mark.parametrize(
    ("age", "band"),
    [
        ("15", "15_29"),
        ("29", "15_29"),
        ("30", "30_44"),
        ("44", "30_44"),
        ("45", "45_59"),
        ("59", "45_59"),
        ("60", "60_74"),
        ("74", "60_74"),
        ("75", "75_plus"),
        ("110", "75_plus"),
    ],
)
def test_age_band_is_calculated_from_the_age(resident: Form, age: str, band: str) -> None:
    session = consenting(resident, age=age)
    assert session.value("tranche_age") == band


def test_age_band_follows_the_declared_band_when_age_is_not_given(resident: Form) -> None:
    session = consenting(resident, age="34")
    assert session.value("tranche_age") == "30_44"

    session.set_answer("age", "")
    assert session.value("tranche_age") == ""
    session.set_answer("age_refus", ACKNOWLEDGED)
    changed = session.set_answer("tranche_age_declaree", "60_74")
    assert "tranche_age" in changed
    assert session.value("tranche_age") == "60_74"

    session.set_answer("tranche_age_declaree", "refus")
    assert session.value("tranche_age") == ""

    # An age typed afterwards wins over the declared band, which is no longer asked.
    session.set_answer("tranche_age_declaree", "15_29")
    session.set_answer("age", "80")
    assert session.value("tranche_age") == "75_plus"
    final = session.final_answers()
    assert final["tranche_age"] == "75_plus"
    assert "tranche_age_declaree" not in final and "age_refus" not in final


# -- resident form: equipment, neighbourhood, accompaniment ---------------------------------------


def test_none_of_the_equipment_is_exclusive(resident: Form) -> None:
    session = consenting(resident, equipement="smartphone aucun")
    message = resident.question("equipement").constraint_message.get(FR)
    assert message and "Aucun de ces équipements" in message
    assert error(session, "equipement") == message

    session.set_answer("equipement", "aucun")
    assert error(session, "equipement") is None
    assert session.is_relevant("raison_sans_equipement")

    session.set_answer("equipement", "smartphone ordinateur")
    assert error(session, "equipement") is None
    assert not session.is_relevant("raison_sans_equipement")


def test_unknown_equipment_is_refused(resident: Form) -> None:
    session = consenting(resident, equipement="smartphone minitel")
    assert error(session, "equipement") == "Ce choix n'est pas dans la liste : minitel."


def test_neighbourhood_choices_are_filtered_by_commune(resident: Form) -> None:
    quartier = resident.question("quartier")
    session = consenting(resident)
    assert not session.is_relevant("quartier")

    session.set_answer("commune", "maubeuge")
    assert session.is_relevant("quartier")
    names = [choice.name for choice in session.choices_for(quartier)]
    assert names == [
        "sous_le_bois",
        "montplaisir",
        "rue_d_haumont",
        "epinette",
        "provinces_francaises_de_joyeuse",
        "pont_de_pierre",
        "autre",
    ]

    session.set_answer("commune", "louvroil")
    assert [choice.name for choice in session.choices_for(quartier)] == ["sous_le_bois", "autre"]
    louvroil = session.choices_for(quartier)[0]
    assert session.label(louvroil) == "Sous-le-Bois (côté Louvroil)"

    session.set_answer("commune", "jeumont")
    assert [choice.name for choice in session.choices_for(quartier)] == ["autre"]


def test_neighbourhood_of_another_commune_is_cleared(resident: Form) -> None:
    session = consenting(resident, commune="maubeuge", quartier="montplaisir")
    assert error(session, "quartier") is None
    changed = session.set_answer("commune", "louvroil")
    assert "quartier" in changed
    assert session.value("quartier") == ""
    assert error(session, "quartier") == "Cette question est obligatoire."
    # A neighbourhood that exists in both communes is kept.
    session.set_answer("quartier", "sous_le_bois")
    session.set_answer("commune", "maubeuge")
    assert session.value("quartier") == "sous_le_bois"


def test_choice_given_outside_the_filtered_list_is_refused(resident: Form) -> None:
    session = consenting(resident, commune="louvroil", quartier="autre")
    session.answers["quartier"] = "montplaisir"  # as an import from another tool could
    assert error(session, "quartier") == ("Ce choix n'est pas dans la liste : Montplaisir.")


def test_commune_outside_the_list_asks_for_its_name_not_a_neighbourhood(resident: Form) -> None:
    session = consenting(resident, commune="autre_commune")
    assert session.is_relevant("commune_autre")
    assert not session.is_relevant("quartier")
    assert error(session, "commune_autre") == "Cette question est obligatoire."

    session.set_answer("commune", "hors_agglomeration")
    assert not session.is_relevant("commune_autre")
    assert not session.is_relevant("quartier")


def test_accompanied_or_not_switches_blocks(resident: Form) -> None:
    session = consenting(resident)

    changed = session.set_answer("accompagne", "oui")
    assert {"bloc_accompagne", "accomp_motif", "accomp_satisfaction"} <= changed
    assert session.is_relevant("bloc_accompagne") and session.is_relevant("accomp_satisfaction")
    assert not session.is_relevant("bloc_non_accompagne")
    assert not session.is_relevant("non_accomp_raison")
    session.set_answer("accomp_satisfaction", "tres_satisfait")

    changed = session.set_answer("accompagne", "non")
    assert {"bloc_accompagne", "bloc_non_accompagne", "non_accomp_raison"} <= changed
    assert not session.is_relevant("accomp_satisfaction")
    assert session.is_relevant("non_accomp_raison")
    assert error(session, "non_accomp_raison") == "Cette question est obligatoire."
    assert error(session, "accomp_satisfaction") is None  # not asked, so not checked
    assert "accomp_satisfaction" not in session.final_answers()
    # The answer is kept in the session: switching back brings it back.
    session.set_answer("accompagne", "oui")
    assert session.final_answers()["accomp_satisfaction"] == "tres_satisfait"


def test_other_answers_ask_to_specify(resident: Form) -> None:
    session = consenting(resident, usages="messagerie")
    assert not session.is_relevant("usages_autre")
    session.set_answer("usages", "messagerie autre")
    assert session.is_relevant("usages_autre")
    assert error(session, "usages_autre") == "Cette question est obligatoire."


def test_required_messages(resident: Form) -> None:
    session = consenting(resident)
    errors = session.errors()
    # pyxform turns typographic quotes into plain ones.
    assert errors["age"] == (
        "Saisissez l'âge, ou choisissez « OK » à « ne souhaite pas donner son âge »."
    )
    assert errors["sexe"] == "Cette question est obligatoire."
    assert "commentaire" not in errors  # optional
    assert "numero_papier" not in errors  # optional
    assert "tranche_age_declaree" not in errors  # not asked


def test_english_labels_and_messages(resident: Form) -> None:
    session = FormSession(resident, language=EN, clock=clock)
    consent = resident.question("consentement")

    assert session.language == EN
    assert session.label(consent) == "Do you agree to answer this questionnaire?"
    assert session.hint(consent).startswith("Oral consent.")
    assert session.errors()["consentement"] == "Indicate whether the person agrees to answer."
    assert [session.label(choice) for choice in session.choices_for(consent)] == ["Yes", "No"]

    session.set_answer("consentement", "oui")
    session.set_answer("age", "12")
    assert error(session, "age") == "The age must be between 15 and 110."
    session.set_answer("age", "")
    assert error(session, "age") == (
        'Enter the age, or choose "OK" at "prefers not to give their age".'
    )


def test_unknown_language_falls_back_to_french(resident: Form) -> None:
    session = FormSession(resident, language="Deutsch (de)", clock=clock)
    assert session.language == FR
    assert session.label(resident.question("consentement")) == (
        "Acceptez-vous de répondre à ce questionnaire ?"
    )


# -- incremental re-evaluation --------------------------------------------------------------------


def test_changing_an_answer_nothing_depends_on_evaluates_nothing(
    resident: Form, evaluations: Counter[str]
) -> None:
    session = consenting(resident, age="34", accompagne="oui")
    evaluations.clear()

    for name, value in (("numero_papier", "12"), ("diplome", "bac"), ("commentaire", "Merci")):
        assert session.set_answer(name, value) == {name}
    assert evaluations == Counter()


def test_setting_the_same_value_again_changes_and_evaluates_nothing(
    resident: Form, evaluations: Counter[str]
) -> None:
    session = consenting(resident, age="34")
    evaluations.clear()
    assert session.set_answer("age", "34") == set()
    assert evaluations == Counter()


def test_only_the_dependents_of_a_changed_answer_are_evaluated(
    resident: Form, evaluations: Counter[str]
) -> None:
    session = consenting(resident)
    evaluations.clear()

    changed = session.set_answer("souhait_apprendre", "non")

    assert changed == {"souhait_apprendre", "pas_apprendre_raison"}
    # The two questions that read souhait_apprendre, then the one whose relevance reads the
    # question that just appeared; nothing else in the form.
    assert evaluations == Counter(
        {
            "${souhait_apprendre} = 'non'": 1,
            "${souhait_apprendre} = 'oui'": 1,
            "selected(${pas_apprendre_raison}, 'autre')": 1,
        }
    )


def test_age_change_evaluates_only_what_reads_the_age(
    resident: Form, evaluations: Counter[str]
) -> None:
    session = consenting(resident)
    evaluations.clear()

    assert session.set_answer("age", "34") == {"age", "age_refus", "tranche_age"}

    tranche = resident.question("tranche_age").calculation
    assert tranche is not None
    assert evaluations == Counter({"${age} = ''": 1, tranche.source: 1, "${age_refus} = 'OK'": 1})


def test_incremental_state_equals_a_fresh_evaluation(resident: Form) -> None:
    session = consenting(
        resident,
        commune="maubeuge",
        quartier="epinette",
        age="",
        age_refus=ACKNOWLEDGED,
        tranche_age_declaree="45_59",
        equipement="aucun",
        raison_sans_equipement="autre",
        accompagne="non",
        souhait_apprendre="oui",
    )
    session.set_answer("age", "70")
    session.set_answer("accompagne", "oui")
    fresh = FormSession(resident, session.answers, clock=clock)

    for item in resident.walk():
        assert session.is_relevant(item.name) == fresh.is_relevant(item.name), item.name
    assert session.value("tranche_age") == fresh.value("tranche_age") == "60_74"
    assert session.final_answers() == fresh.final_answers()


def test_only_dependents_are_evaluated_in_an_inline_form(evaluations: Counter[str]) -> None:
    form = inline_form(
        """
        | survey |
        | | type      | name    | label   | relevant       | calculation  |
        | | integer   | a       | A       |                |              |
        | | calculate | double  |         |                | ${a} * 2     |
        | | text      | grand   | Grand   | ${double} > 10 |              |
        | | integer   | x       | X       |                |              |
        | | text      | si_x    | Si X    | ${x} = 1       |              |
        | | text      | libre   | Libre   |                |              |
        """
    )
    session = FormSession(form)
    evaluations.clear()

    assert session.set_answer("x", "1") == {"x", "si_x"}
    assert evaluations == Counter({"${x} = 1": 1})

    evaluations.clear()
    assert session.set_answer("a", "3") == {"a", "double"}
    assert evaluations == Counter({"${a} * 2": 1, "${double} > 10": 1})

    evaluations.clear()
    assert session.set_answer("a", "4") == {"a", "double"}
    assert evaluations == Counter({"${a} * 2": 1, "${double} > 10": 1})

    evaluations.clear()
    assert session.set_answer("a", "6") == {"a", "double", "grand"}
    assert session.is_relevant("grand")

    evaluations.clear()
    assert session.set_answer("libre", "texte") == {"libre"}
    assert evaluations == Counter()


# -- empty is not zero ----------------------------------------------------------------------------

EMPTY_FORM = """
    | survey |
    | | type    | name      | label     | relevant |
    | | integer | enfants   | Enfants   |          |
    | | note    | sans      | Sans      | ${enfants} = 0 |
    | | note    | peu       | Peu       | ${enfants} < 3 |
    | | note    | vide      | Vide      | ${enfants} = '' |
    """


def test_empty_answer_is_not_zero_in_relevance() -> None:
    session = FormSession(inline_form(EMPTY_FORM))
    assert not session.is_relevant("sans")
    assert not session.is_relevant("peu")
    assert session.is_relevant("vide")

    session.set_answer("enfants", "0")
    assert session.is_relevant("sans") and session.is_relevant("peu")
    assert not session.is_relevant("vide")

    session.set_answer("enfants", "")
    assert not session.is_relevant("sans") and not session.is_relevant("peu")


# -- repeats --------------------------------------------------------------------------------------

REPEAT_FORM = """
    | survey |
    | | type              | name        | label        | relevant           | calculation        | required |
    | | text              | foyer       | Foyer        |                    |                    |          |
    | | begin repeat      | membres     | Membres      |                    |                    |          |
    | | text              | prenom      | Prénom       |                    |                    | yes      |
    | | integer           | age_m       | Âge          |                    |                    |          |
    | | select_one oui_non| scolarise   | Scolarisé ?  | ${age_m} < 18      |                    | yes      |
    | | end repeat        |             |              |                    |                    |          |
    | | calculate         | nb_membres  |              |                    | count(${membres})  |          |
    | | calculate         | somme_ages  |              |                    | sum(${age_m})      |          |
    | | note              | nombreux    | Nombreux     | ${nb_membres} >= 3 |                    |          |
    | choices |
    | | list_name | name | label |
    | | oui_non   | oui  | Oui   |
    | | oui_non   | non  | Non   |
    """  # noqa: E501


def test_count_and_sum_over_a_repeat() -> None:
    session = FormSession(inline_form(REPEAT_FORM))
    assert (session.value("nb_membres"), session.value("somme_ages")) == ("0", "0")

    first = session.add_instance("membres")
    second = session.add_instance("membres")
    assert (first, second) == (0, 1)
    assert session.value("nb_membres") == "2"

    session.set_answer("age_m", "40", first)
    assert "somme_ages" in session.set_answer("age_m", "12", second)
    assert session.value("somme_ages") == "52"
    assert not session.is_relevant("nombreux")

    session.add_instance("membres")
    assert session.value("nb_membres") == "3"
    assert session.is_relevant("nombreux")
    # As in ODK, sum() is NaN while one of the ages is empty: empty is not zero.
    assert session.value("somme_ages") == "NaN"
    session.set_answer("age_m", "30", 2)
    assert session.value("somme_ages") == "82"

    session.remove_instance("membres", 0)
    assert session.value("nb_membres") == "2"
    assert session.value("somme_ages") == "42"
    assert not session.is_relevant("nombreux")
    assert session.value("age_m", 0) == "12"


def test_relevance_inside_a_repeat_is_per_instance() -> None:
    session = FormSession(inline_form(REPEAT_FORM))
    for _ in range(3):
        session.add_instance("membres")
    session.set_answer("age_m", "40", 0)
    session.set_answer("age_m", "10", 1)

    assert not session.is_relevant("scolarise", 0)
    assert session.is_relevant("scolarise", 1)
    assert not session.is_relevant("scolarise", 2)  # no age yet: empty is not zero
    for index, name in enumerate(("Awa", "Bilal", "Chloé")):
        session.set_answer("prenom", name, index)
    assert session.errors() == {"scolarise[1]": "Cette question est obligatoire."}

    session.set_answer("scolarise", "oui", 1)
    session.set_answer("scolarise", "non", 0)  # typed, then not asked
    assert session.errors() == {}
    final = session.final_answers()
    assert final["membres"] == [
        {"prenom": "Awa", "age_m": "40"},
        {"prenom": "Bilal", "age_m": "10", "scolarise": "oui"},
        {"prenom": "Chloé"},
    ]
    assert final["nb_membres"] == "3"
    assert final["somme_ages"] == "NaN"  # Chloé's age is missing


def test_repeat_answers_need_an_existing_instance() -> None:
    session = FormSession(inline_form(REPEAT_FORM))
    with pytest.raises(IndexError):
        session.set_answer("prenom", "Awa", 0)
    session.add_instance("membres")
    with pytest.raises(IndexError):
        session.set_answer("prenom", "Awa")


def test_repeat_pages_and_prompt() -> None:
    session = FormSession(inline_form(REPEAT_FORM))
    assert [page.key for page in session.pages()] == ["foyer", "+membres", "nombreux"]

    session.add_instance("membres")
    session.add_instance("membres")
    session.set_answer("age_m", "40", 0)
    keys = [page.key for page in session.pages()]
    assert keys == [
        "foyer",
        "prenom[0]",
        "age_m[0]",
        "scolarise[0]",
        "prenom[1]",
        "age_m[1]",
        "scolarise[1]",
        "+membres",
        "nombreux",
    ]
    relevant = [page.key for page in session.relevant_pages()]
    assert relevant == ["foyer", "prenom[0]", "age_m[0]", "prenom[1]", "age_m[1]", "+membres"]


def test_reloaded_repeat_answers_are_copied_not_shared() -> None:
    form = inline_form(REPEAT_FORM)
    saved = {"membres": [{"prenom": "Awa", "age_m": "8"}]}
    session = FormSession(form, saved)

    assert session.value("nb_membres") == "1"
    assert session.is_relevant("scolarise", 0)
    session.set_answer("prenom", "Aminata", 0)
    assert saved == {"membres": [{"prenom": "Awa", "age_m": "8"}]}


# -- pages ----------------------------------------------------------------------------------------


def test_field_list_groups_are_one_page_other_groups_one_question_per_page(
    resident: Form,
) -> None:
    session = consenting(resident, accompagne="oui")
    pages = {page.key: page for page in session.pages()}

    profile = pages["bloc_profil"]
    assert profile.group is not None and profile.group.name == "bloc_profil"
    # The calculated age band has no widget, so it is on no page.
    assert [q.name for q in profile.questions] == [
        "age",
        "age_refus",
        "tranche_age_declaree",
        "sexe",
        "diplome",
    ]
    # bloc_accompagne is not a field-list: one page per question, keyed by the question.
    assert pages["accomp_motif"].questions == (resident.question("accomp_motif"),)
    assert pages["accomp_motif"].group is not None
    assert pages["accomp_motif"].group.name == "bloc_accompagne"
    assert "bloc_accompagne" not in pages
    assert "fin_refus" in pages and pages["fin_refus"].group is None


def test_page_keys_are_stable_and_only_relevant_pages_are_visited(resident: Form) -> None:
    new = FormSession(resident, clock=clock)
    answered = consenting(resident, accompagne="non", souhait_apprendre="non")

    all_keys = [page.key for page in new.pages()]
    assert all_keys == [page.key for page in answered.pages()]
    assert len(all_keys) == len(set(all_keys))

    relevant = [page.key for page in answered.relevant_pages()]
    assert relevant[:3] == ["bloc_collecte", "bloc_consentement", "bloc_residence"]
    assert "non_accomp_raison" in relevant and "accomp_motif" not in relevant
    assert "pas_apprendre_raison" in relevant and "themes_souhaites" not in relevant
    assert "fin_refus" not in relevant
    assert relevant[-1] == "bloc_fin"


# -- what is saved --------------------------------------------------------------------------------


def test_final_answers_drop_answers_that_are_no_longer_asked(resident: Form) -> None:
    session = consenting(resident, souhait_apprendre="non", pas_apprendre_raison="trop_age")
    assert session.final_answers()["pas_apprendre_raison"] == "trop_age"

    session.set_answer("souhait_apprendre", "oui")
    session.set_answer("themes_souhaites", "email")
    final = session.final_answers()
    assert "pas_apprendre_raison" not in final
    assert final["themes_souhaites"] == "email"
    assert session.value("pas_apprendre_raison") == "trop_age"  # still in the session


def test_final_answers_leave_out_empty_answers(resident: Form) -> None:
    session = consenting(resident, commentaire="")
    final = session.final_answers()
    assert "commentaire" not in final
    assert "age" not in final
    assert final == {"mode_collecte": "porte_a_porte", "consentement": "oui"}


def test_metadata_defaults_and_end_time() -> None:
    form = inline_form(
        """
        | survey |
        | | type     | name      | label | default |
        | | start    | debut     |       |         |
        | | end      | fin       |       |         |
        | | today    | jour      |       |         |
        | | deviceid | appareil  |       |         |
        | | username | agent     |       |         |
        | | text     | ville     | Ville | Maubeuge |
        """
    )
    session = FormSession(form, device_id="portable-3", username="Nadia K.", clock=clock)
    assert session.value("debut") == "2024-05-02T10:30:00+00:00"
    assert session.value("jour") == "2024-05-02"
    assert session.value("appareil") == "portable-3"
    assert session.value("agent") == "Nadia K."
    assert session.value("ville") == "Maubeuge"
    assert session.value("fin") == ""
    assert session.final_answers()["fin"] == "2024-05-02T10:30:00+00:00"

    reopened = FormSession(form, {"ville": "Jeumont"}, clock=clock)
    assert reopened.value("ville") == "Jeumont"
    assert reopened.value("debut") == ""  # a saved questionnaire keeps its own values


# -- structures form ------------------------------------------------------------------------------


def structure_session(form: Form, **answers: str) -> FormSession:
    session = FormSession(form, clock=clock)
    for name, value in answers.items():
        session.set_answer(name, value)
    return session


SERVICES = (
    "service_acces_libre",
    "service_materiel_solidaire",
    "service_assistance",
    "service_ateliers",
    "service_orientation",
)


def test_structure_without_active_offer_skips_the_team_questions(structures: Form) -> None:
    session = structure_session(structures, **dict.fromkeys(SERVICES, "non"))
    assert session.value("offre_active") == "non"
    assert not session.is_relevant("bloc_equipe")
    assert not session.is_relevant("hors_les_murs")
    assert not session.is_relevant("gratuite")
    assert not session.is_relevant("bloc_ateliers")
    assert session.is_relevant("probleme_connexion")

    changed = session.set_answer("service_orientation", "oui")
    assert {"offre_active", "bloc_equipe", "hors_les_murs", "gratuite"} <= changed
    assert session.value("offre_active") == "oui"
    assert session.is_relevant("accompagnants")
    assert not session.is_relevant("bloc_ateliers")


def test_structure_workshops_and_funding(structures: Form) -> None:
    session = structure_session(structures, service_ateliers="oui")
    assert session.is_relevant("bloc_ateliers") and session.is_relevant("ateliers_themes")
    assert not session.is_relevant("financeurs")

    session.set_answer("financement", "oui")
    assert session.is_relevant("financeurs")
    assert error(session, "financeurs") == "Cette question est obligatoire."
    session.set_answer("financeurs", "region autre")
    assert session.is_relevant("financeurs_autre")


def test_structure_partnership_none_is_exclusive(structures: Form) -> None:
    session = structure_session(structures, partenariat_interets="aucun orienter")
    assert error(session, "partenariat_interets") == structures.question(
        "partenariat_interets"
    ).constraint_message.get(FR)
    session.set_answer("partenariat_interets", "orienter projets_communs")
    assert error(session, "partenariat_interets") is None


def test_structure_neighbourhood_is_filtered_by_commune(structures: Form) -> None:
    session = structure_session(structures, commune="louvroil")
    quartier = structures.question("quartier")
    assert [choice.name for choice in session.choices_for(quartier)] == ["sous_le_bois", "autre"]
