"""Choice codes, complete answers and double-entry comparison for keying paper forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from inclusion_desktop.keying import (
    KeyingFigures,
    accepted_prefix,
    answer_at,
    choice_codes,
    compare_keyings,
    discrepancy_label,
    displayed_codes,
    is_complete_code,
    is_complete_value,
    merge_verified,
    needs_second_keying,
    parse_codes,
    parse_keyed_value,
    question_at,
    unknown_code,
)
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.model import Form

FORM = """
| survey |
| | type | name | label |
| | select_one douze | code12 | Douze choix |
| | select_multiple trois | plusieurs | Trois choix |
| | date | jour | Jour |
| | time | heure | Heure |
| | text | remarque | Remarque |
| | integer | age | Âge |
| | image | photo | Photo du logement |
| choices |
| | list_name | name | label |
| | douze | c1 | Un |
| | douze | c2 | Deux |
| | douze | c3 | Trois |
| | douze | c4 | Quatre |
| | douze | c5 | Cinq |
| | douze | c6 | Six |
| | douze | c7 | Sept |
| | douze | c8 | Huit |
| | douze | c9 | Neuf |
| | douze | c10 | Dix |
| | douze | c11 | Onze |
| | douze | c12 | Douze |
| | trois | a | A |
| | trois | b | B |
| | trois | c | C |
"""


@pytest.fixture
def form(tmp_path: Path) -> Form:
    path = tmp_path / "saisie.md"
    path.write_text(FORM, encoding="utf-8")
    return load_form(path)


def test_codes_follow_the_order_of_the_list(form: Form) -> None:
    choices = form.question("code12").choices
    assert choices is not None
    codes = choice_codes(choices.choices)
    assert codes["1"] == "c1" and codes["12"] == "c12" and len(codes) == 12


def test_a_code_is_complete_when_no_other_code_begins_with_it() -> None:
    codes = [str(n) for n in range(1, 13)]
    assert not is_complete_code("1", codes)  # could still become 10, 11 or 12
    assert is_complete_code("2", codes)
    assert is_complete_code("12", codes)
    assert not is_complete_code("13", codes)
    assert is_complete_code("1", ["1", "2", "3"])


def test_parse_codes_single_and_multiple(form: Form) -> None:
    one = form.question("code12")
    several = form.question("plusieurs")
    assert one.choices is not None and several.choices is not None
    assert parse_codes(one, "11", one.choices.choices) == "c11"
    assert parse_codes(one, "13", one.choices.choices) is None
    assert parse_codes(one, "", one.choices.choices) == ""
    assert parse_codes(several, "31", several.choices.choices) == "a c"
    assert parse_codes(several, "3 1 1", several.choices.choices) == "a c"
    assert parse_codes(several, "4", several.choices.choices) is None
    assert displayed_codes(several, "a c", several.choices.choices) == "1 3"


def test_an_unknown_code_is_found_as_it_is_typed(form: Form) -> None:
    one = form.question("code12")
    several = form.question("plusieurs")
    assert one.choices is not None and several.choices is not None
    twelve, three = one.choices.choices, several.choices.choices
    assert unknown_code(one, "1", twelve) is None  # may still become 10, 11 or 12
    assert unknown_code(one, "12", twelve) is None
    assert unknown_code(one, "13", twelve) == "13"
    assert unknown_code(one, "0", twelve) == "0"
    assert unknown_code(several, "3", three) is None
    assert unknown_code(several, "31", three) is None
    assert unknown_code(several, "7", three) == "7"
    assert unknown_code(several, "1 4", three) == "4"
    assert unknown_code(several, "", three) is None
    assert unknown_code(form.question("remarque"), "7", twelve) is None  # not a code at all
    assert accepted_prefix(one, "13", twelve) == "1"
    assert accepted_prefix(several, "317", three) == "31"


def test_an_unknown_code_among_several_is_found_once_finished(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(FORM.replace("select_multiple trois", "select_multiple douze"), "utf-8")
    several = load_form(path).question("plusieurs")
    assert several.choices is not None
    twelve = several.choices.choices
    assert unknown_code(several, "1", twelve) is None
    assert unknown_code(several, "1 11", twelve) is None
    assert unknown_code(several, "1 13", twelve) == "13"
    assert unknown_code(several, "2 7 ", twelve) is None
    assert unknown_code(several, "2 3", twelve) is None
    assert unknown_code(several, "2 0", twelve) == "0"


def test_dates_and_times_keyed_as_digits(form: Form) -> None:
    day = form.question("jour")
    assert parse_keyed_value(day, "03022021") == "2021-02-03"
    assert parse_keyed_value(day, "31022021") == "31022021"  # left for the engine to refuse
    assert is_complete_value(day, "0302202") is False
    assert is_complete_value(day, "03022021") is True
    assert is_complete_value(form.question("heure"), "0930") is True
    assert is_complete_value(form.question("age"), "34") is False


def test_compare_keyings_lists_every_difference(form: Form) -> None:
    # An attached file is chosen on disk, not read off the paper: never a discrepancy.
    first = {
        "code12": "c1",
        "plusieurs": "a c",
        "remarque": "Bonjour  Madame",
        "age": "34",
        "photo": "logement.jpg",
    }
    second = {
        "code12": "c2",
        "plusieurs": "c a",
        "remarque": "bonjour madame",
        "jour": "2021-02-03",
    }
    found = compare_keyings(form, first, second)
    assert [(d.question, d.first, d.second) for d in found] == [
        ("code12", "c1", "c2"),
        ("jour", "", "2021-02-03"),
        ("age", "34", ""),
    ]
    picks = {"code12": "c2", "jour": "2021-02-03", "age": ""}
    verified = merge_verified(first, second, picks, form=form)
    assert verified["code12"] == "c2" and verified["jour"] == "2021-02-03" and "age" not in verified
    assert verified["photo"] == "logement.jpg"


def test_a_file_only_the_second_keying_attached_is_kept(form: Form) -> None:
    first = {"code12": "c1", "age": "34"}
    second = {"code12": "c1", "age": "34", "photo": "facade.jpg"}
    assert compare_keyings(form, first, second) == []
    assert merge_verified(first, second, {}, form=form)["photo"] == "facade.jpg"
    # Both attached one: the first keying's stays, as for every answer.
    both = merge_verified({**first, "photo": "logement.jpg"}, second, {}, form=form)
    assert both["photo"] == "logement.jpg"


def test_verification_sample_is_stable_and_near_its_share() -> None:
    numbers = [f"P-{n}" for n in range(2000)]
    drawn = [n for n in numbers if needs_second_keying(n, 5, "campagne-2026")]
    assert drawn == [n for n in numbers if needs_second_keying(n, 5, "campagne-2026")]
    assert 320 < len(drawn) < 480
    assert all(needs_second_keying(n, 1, "x") for n in numbers[:10])
    assert drawn != [n for n in numbers if needs_second_keying(n, 5, "autre-campagne")]


def test_figures_rate() -> None:
    figures = KeyingFigures("Samira B.", keyed=40, verified=8, discrepancies=2)
    assert figures.discrepancy_rate == 0.25
    assert figures.as_dict()["discrepancy_rate"] == 0.25
    assert KeyingFigures("x", 3, 0, 0).discrepancy_rate == 0.0


MENAGE = """
| survey |
| | type | name | label |
| | integer | taille | Taille du ménage |
| | begin_repeat | personne | Personne |
| | integer | age | Âge |
| | select_one sexe | sexe | Sexe |
| | image | photo | Photo |
| | begin_repeat | enfant | Enfant |
| | text | prenom | Prénom |
| | end_repeat | | |
| | end_repeat | | |
| | text | remarque | Remarque |
| choices |
| | list_name | name | label |
| | sexe | f | Femme |
| | sexe | h | Homme |
"""


@pytest.fixture
def menage(tmp_path: Path) -> Form:
    path = tmp_path / "menage.md"
    path.write_text(MENAGE, encoding="utf-8")
    return load_form(path)


def test_repeat_answers_are_compared_instance_by_instance(menage: Form) -> None:
    first = {
        "taille": "2",
        "personne": [
            {"age": "40", "sexe": "f", "photo": "a.jpg", "enfant": [{"prenom": "Lina"}]},
            {"age": "12", "sexe": "h"},
        ],
        "remarque": "rien",
    }
    second = {
        "taille": "2",
        "personne": [
            {"age": "40", "sexe": "f", "enfant": [{"prenom": "lina"}, {"prenom": "Noé"}]},
            {"age": "21", "sexe": "h"},
            {"age": "70"},
        ],
        "remarque": "Rien",
    }
    found = compare_keyings(menage, first, second)
    # Sheet order: the repeat's count, then each instance by position, then what follows.
    assert [(d.question, d.first, d.second) for d in found] == [
        ("personne", "2", "3"),
        ("personne[1]/enfant", "1", "2"),
        ("personne[2]/age", "12", "21"),
    ]
    assert [discrepancy_label(menage, d.question) for d in found] == [
        "Personne : nombre de répétitions",
        "Personne n° 1, Enfant : nombre de répétitions",
        "Personne n° 2 : Âge",
    ]
    assert discrepancy_label(menage, "personne[1]/enfant[2]/prenom") == (
        "Personne n° 1, Enfant n° 2 : Prénom"
    )
    assert discrepancy_label(menage, "remarque") == "Remarque"
    assert answer_at(menage, second, "personne[2]/age") == "21"
    assert answer_at(menage, second, "personne[1]/enfant") == "2"
    assert answer_at(menage, first, "personne[3]/age") == ""
    assert question_at(menage, "personne[2]/sexe") is menage.by_name["sexe"]
    assert question_at(menage, "personne") is None
    # Same answers, no instances on either side: nothing differs.
    assert compare_keyings(menage, {"taille": "0"}, {"taille": "0", "personne": []}) == []


def test_picks_inside_repeats_settle_the_verified_answers(menage: Form) -> None:
    first = {
        "personne": [
            {"age": "40", "photo": "a.jpg", "enfant": [{"prenom": "Lina"}]},
            {"age": "12"},
        ],
    }
    second = {
        "personne": [
            {"age": "41", "enfant": [{"prenom": "Lina"}, {"prenom": "Noé"}]},
            {"age": "21"},
            {"age": "70"},
        ],
    }
    picks = {"personne[2]/age": "21", "personne": "3", "personne[1]/enfant": "1"}
    verified = merge_verified(first, second, picks, form=menage)
    # The second keying's three persons, with the first keying's values where picked.
    assert [p.get("age") for p in verified["personne"]] == ["41", "21", "70"]
    assert verified["personne"][0]["enfant"] == [{"prenom": "Lina"}]
    assert first["personne"][1]["age"] == "12"  # the first keying is not changed
    # Keeping the first keying's count keeps its instances, picks inside them applied.
    kept = merge_verified(first, second, {"personne": "2", "personne[1]/age": "41"}, form=menage)
    assert [p["age"] for p in kept["personne"]] == ["41", "12"]
    assert kept["personne"][0]["photo"] == "a.jpg"
