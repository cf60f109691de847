"""Tests of the XLSForm loader: what it accepts, what it builds, and how it refuses the rest.

Forms are written inline as markdown tables, like pyxform's own tests, so each test shows the
form it is about. Every refusal is checked for the sheet, row and column it names: a coordinator
has to find the cell to fix from the message alone.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import textwrap
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from inclusion_desktop.questionnaire.loader import (
    FormError,
    FormProblem,
    load_form,
    load_form_bytes,
)
from inclusion_desktop.questionnaire.model import Form, Group, Question, QuestionType

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_FORMS = ROOT.parent / "shared" / "reference-data" / "xlsforms"

needs_reference_forms = pytest.mark.skipif(
    not REFERENCE_FORMS.is_dir(), reason=f"reference XLSForms not found at {REFERENCE_FORMS}"
)


def write_md(tmp_path: Path, md: str, name: str = "form.md") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(md).strip() + "\n", encoding="utf-8")
    return path


def load_md(tmp_path: Path, md: str, name: str = "form.md") -> Form:
    return load_form(write_md(tmp_path, md, name))


def refusal(tmp_path: Path, md: str, name: str = "form.md") -> tuple[FormProblem, ...]:
    with pytest.raises(FormError) as caught:
        load_md(tmp_path, md, name)
    return caught.value.problems


def find_problem(
    problems: Sequence[FormProblem],
    *,
    sheet: str | None,
    row: int | None,
    column: str | None,
    fragment: str,
) -> FormProblem:
    """Returns the one problem at that place whose message holds `fragment`."""
    matches = [
        problem
        for problem in problems
        if (problem.sheet, problem.row, problem.column) == (sheet, row, column)
        and fragment in problem.message
    ]
    assert len(matches) == 1, f"no single {sheet}/{row}/{column}/{fragment!r} in {problems}"
    return matches[0]


def only_problem(problems: Sequence[FormProblem]) -> FormProblem:
    assert len(problems) == 1, problems
    return problems[0]


# -- question types -------------------------------------------------------------------------------

ALL_TYPES_FORM = """
    | survey |
    | | type                     | name      | label     | parameters              | calculation |
    | | start                    | debut     |           |                         |             |
    | | end                      | fin       |           |                         |             |
    | | today                    | jour      |           |                         |             |
    | | deviceid                 | appareil  |           |                         |             |
    | | username                 | enqueteur |           |                         |             |
    | | text                     | nom       | Nom       |                         |             |
    | | integer                  | enfants   | Enfants   |                         |             |
    | | decimal                  | poids     | Poids     |                         |             |
    | | select_one oui_non       | accord    | Accord    |                         |             |
    | | select_multiple equip    | equip     | Équipement|                         |             |
    | | select_one couleur or_other | couleur | Couleur  |                         |             |
    | | select_multiple fruit or_other | fruits | Fruits |                         |             |
    | | date                     | naissance | Naissance |                         |             |
    | | time                     | heure     | Heure     |                         |             |
    | | note                     | info      | Info      |                         |             |
    | | calculate                | double    |           |                         | ${enfants}*2 |
    | | acknowledge              | lu        | Lu        |                         |             |
    | | range                    | note_sat  | Note      | start=1 end=5 step=0.5  |             |
    | | hidden                   | cache     |           |                         |             |
    | | begin group              | bloc      | Bloc      |                         |             |
    | | text                     | dans_bloc | Dans bloc |                         |             |
    | | end group                |           |           |                         |             |
    | | begin repeat             | membres   | Membres   |                         |             |
    | | integer                  | age_membre| Âge       |                         |             |
    | | end repeat               |           |           |                         |             |
    | choices |
    | | list_name | name  | label   |
    | | oui_non   | oui   | Oui     |
    | | oui_non   | non   | Non     |
    | | equip     | pc    | PC      |
    | | equip     | aucun | Aucun   |
    | | couleur   | rouge | Rouge   |
    | | fruit     | pomme | Pomme   |
    """


def test_every_supported_type_is_built_with_its_engine_type(tmp_path: Path) -> None:
    form = load_md(tmp_path, ALL_TYPES_FORM)

    types = {question.name: question.type for question in form.questions}
    assert types == {
        "debut": QuestionType.START,
        "fin": QuestionType.END,
        "jour": QuestionType.TODAY,
        "appareil": QuestionType.DEVICEID,
        "enqueteur": QuestionType.USERNAME,
        "nom": QuestionType.TEXT,
        "enfants": QuestionType.INTEGER,
        "poids": QuestionType.DECIMAL,
        "accord": QuestionType.SELECT_ONE,
        "equip": QuestionType.SELECT_MULTIPLE,
        "couleur": QuestionType.SELECT_ONE,
        "couleur_other": QuestionType.TEXT,
        "fruits": QuestionType.SELECT_MULTIPLE,
        "fruits_other": QuestionType.TEXT,
        "naissance": QuestionType.DATE,
        "heure": QuestionType.TIME,
        "info": QuestionType.NOTE,
        "double": QuestionType.CALCULATE,
        "lu": QuestionType.ACKNOWLEDGE,
        "note_sat": QuestionType.RANGE,
        "cache": QuestionType.HIDDEN,
        "dans_bloc": QuestionType.TEXT,
        "age_membre": QuestionType.INTEGER,
    }
    # Rows are the spreadsheet's: the header is row 1.
    assert form.question("debut").row == 2
    assert form.question("age_membre").row == 25
    silent = {question.name for question in form.questions if question.is_silent}
    assert silent == {"debut", "fin", "jour", "appareil", "enqueteur", "double", "cache"}


def test_groups_and_repeats_keep_their_children_and_nesting(tmp_path: Path) -> None:
    form = load_md(tmp_path, ALL_TYPES_FORM)

    group = form.item("bloc")
    repeat = form.item("membres")
    assert isinstance(group, Group) and not group.is_repeat and group.row == 21
    assert isinstance(repeat, Group) and repeat.is_repeat and repeat.row == 24
    assert [child.name for child in group.children] == ["dans_bloc"]
    assert [child.name for child in repeat.children] == ["age_membre"]
    assert form.question("dans_bloc").parent == "bloc"
    assert form.question("dans_bloc").repeat is None
    assert form.question("age_membre").parent == "membres"
    assert form.question("age_membre").repeat == "membres"
    assert [g.name for g in form.groups] == ["bloc", "membres"]
    # pyxform's generated meta/instanceID block is not a question of the form.
    assert "meta" not in form.by_name and "instanceID" not in form.by_name


def test_select_choices_and_or_other(tmp_path: Path) -> None:
    form = load_md(tmp_path, ALL_TYPES_FORM)

    equip = form.question("equip")
    assert equip.choices is not None and equip.choices.name == "equip"
    assert [choice.name for choice in equip.choices.choices] == ["pc", "aucun"]
    assert not equip.or_other
    for name, generated in (("couleur", "couleur_other"), ("fruits", "fruits_other")):
        question = form.question(name)
        assert question.or_other
        assert question.choices is not None
        assert [choice.name for choice in question.choices.choices][-1] == "other"
        other = form.question(generated)
        assert other.relevant is not None
        assert other.relevant.source == f"selected(${{{name}}}, 'other')"
        assert other.required
        assert other.label
    # The "other" choice only goes to the lists of or_other questions.
    accord = form.question("accord")
    assert accord.choices is not None
    assert [choice.name for choice in accord.choices.choices] == ["oui", "non"]


def test_range_parameters_and_calculation(tmp_path: Path) -> None:
    form = load_md(tmp_path, ALL_TYPES_FORM)

    note = form.question("note_sat")
    assert (note.range_start, note.range_end, note.range_step) == (1.0, 5.0, 0.5)
    double = form.question("double")
    assert double.calculation is not None
    assert double.calculation.references == frozenset({"enfants"})
    assert double.calculation.source == "${enfants}*2"


# -- columns --------------------------------------------------------------------------------------

COLUMNS_FORM = """
    | survey |
    | | type | name | label | hint | required | required_message | constraint | constraint_message | relevant | default | read_only | calculation | choice_filter | appearance |
    | | select_one commune | commune | Commune | Où ? | yes | Choisissez une commune | | | | maubeuge | | | | minimal |
    | | select_one quartier | quartier | Quartier | | | | | | ${commune} != '' | | | | commune = ${commune} | horizontal |
    | | integer | age | Âge | En années | ${commune} = 'maubeuge' | | . >= 15 | Au moins 15 ans | | | | | | |
    | | text | commentaire | Commentaire | | no | | | | | | | | | multiline |
    | | text | fixe | Fixe | | | | | | | valeur | yes | | | |
    | | calculate | age_double | | | | | | | | | | ${age} * 2 | | |
    | | begin group | page | Page | | | | | | ${age} >= 15 | | | | | field-list |
    | | text | dans_page | Dans la page | | | | | | | | | | | |
    | | end group | | | | | | | | | | | | | |
    | choices |
    | | list_name | name | label | commune |
    | | commune | maubeuge | Maubeuge | |
    | | commune | jeumont | Jeumont | |
    | | quartier | centre | Centre | maubeuge |
    | | quartier | gare | Gare | jeumont |
    """  # noqa: E501


def test_every_supported_column_is_read(tmp_path: Path) -> None:
    form = load_md(tmp_path, COLUMNS_FORM)

    commune = form.question("commune")
    assert commune.label.get(None) == "Commune"
    assert commune.hint.get(None) == "Où ?"
    assert commune.required and commune.required_if is None
    assert commune.required_message.get(None) == "Choisissez une commune"
    assert commune.default == "maubeuge"
    assert commune.appearance == frozenset({"minimal"})

    quartier = form.question("quartier")
    assert not quartier.required
    assert quartier.relevant is not None and quartier.relevant.source == "${commune} != ''"
    assert quartier.choice_filter is not None
    assert quartier.choice_filter.references == frozenset({"commune"})
    assert quartier.choice_filter.choice_columns == frozenset({"commune"})
    assert quartier.appearance == frozenset({"horizontal"})
    # Extra choices columns are kept for choice_filter.
    assert quartier.choices is not None
    assert quartier.choices.choices[0].extra["commune"] == "maubeuge"

    age = form.question("age")
    assert not age.required
    assert age.required_if is not None and age.required_if.source == "${commune} = 'maubeuge'"
    assert age.constraint is not None and age.constraint.uses_current
    assert age.constraint_message.get(None) == "Au moins 15 ans"
    assert set(age.expressions) == {"required", "constraint"}

    assert not form.question("commentaire").required
    assert form.question("commentaire").appearance == frozenset({"multiline"})
    assert form.question("fixe").read_only
    assert form.question("fixe").default == "valeur"
    assert not form.question("age").read_only
    calculation = form.question("age_double").calculation
    assert calculation is not None and calculation.source == "${age} * 2"

    page = form.item("page")
    assert isinstance(page, Group) and page.is_field_list
    assert page.relevant is not None and page.relevant.references == frozenset({"age"})


TRANSLATED_FORM = """
    | survey |
    | | type | name | label::Français (fr) | label::English (en) | hint::Français (fr) | hint::English (en) | required | required_message::Français (fr) | required_message::English (en) | constraint | constraint_message::Français (fr) | constraint_message::English (en) |
    | | select_one oui_non | accord | Êtes-vous d'accord ? | Do you agree? | Une réponse | One answer | yes | Obligatoire | Required | | | |
    | | integer | age | Âge | Age | | | | | | . > 0 | Positif | Positive |
    | choices |
    | | list_name | name | label::Français (fr) | label::English (en) |
    | | oui_non | oui | Oui | Yes |
    | | oui_non | non | Non | No |
    | settings |
    | | form_id | form_title | version | default_language | instance_name |
    | | enquete_test | Enquête de test | 2024010101 | Français (fr) | concat('Enquête ', ${age}) |
    """  # noqa: E501


def test_translations_languages_and_default_language(tmp_path: Path) -> None:
    form = load_md(tmp_path, TRANSLATED_FORM)

    assert form.languages == ("Français (fr)", "English (en)")
    assert form.default_language == "Français (fr)"
    accord = form.question("accord")
    assert accord.label.get("English (en)") == "Do you agree?"
    assert accord.label.get("Français (fr)") == "Êtes-vous d'accord ?"
    assert accord.hint.get("English (en)") == "One answer"
    assert accord.required_message.get("English (en)") == "Required"
    assert form.question("age").constraint_message.get("Français (fr)") == "Positif"
    assert accord.choices is not None
    assert accord.choices.label_of("oui", "English (en)", None) == "Yes"
    # A language the form lacks falls back to the default one.
    assert form.label_language("Deutsch (de)") == "Français (fr)"
    assert form.label_language("English (en)") == "English (en)"


def test_default_language_is_listed_first_even_when_not_first_in_the_sheet(
    tmp_path: Path,
) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name | label::English (en) | label::Français (fr) |
        | | text | nom  | Name                | Nom                  |
        | settings |
        | | default_language |
        | | Français (fr)    |
        """,
    )
    assert form.languages == ("Français (fr)", "English (en)")
    assert form.default_language == "Français (fr)"


def test_without_default_language_the_first_language_is_the_default(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name | label::English (en) | label::Français (fr) |
        | | text | nom  | Name                | Nom                  |
        """,
    )
    assert form.default_language == "English (en)"
    assert form.languages == ("English (en)", "Français (fr)")


def test_form_without_translations_has_one_unnamed_language(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name | label |
        | | text | nom  | Nom   |
        """,
    )
    assert form.languages == ("default",)
    assert form.question("nom").label.get(form.default_language) == "Nom"


def test_settings_are_kept(tmp_path: Path) -> None:
    form = load_md(tmp_path, TRANSLATED_FORM)

    assert form.form_id == "enquete_test"
    assert form.title == "Enquête de test"
    assert form.version == "2024010101"
    assert form.settings["form_id"] == "enquete_test"
    assert form.settings["default_language"] == "Français (fr)"
    assert form.instance_name is not None
    assert form.instance_name.references == frozenset({"age"})


def test_id_string_and_title_settings_are_pyxform_names_for_form_id_and_title(
    tmp_path: Path,
) -> None:
    # Kobo exports write `id_string`; pyxform honours it, so must we.
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name | label |
        | | text | nom  | Nom   |
        | settings |
        | | id_string | title |
        | | ancien_id | Ancien titre |
        """,
    )
    assert form.form_id == "ancien_id"
    assert form.title == "Ancien titre"


def test_form_id_and_title_default_to_the_file_name(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name | label |
        | | text | nom  | Nom   |
        """,
        name="enquete_quartier.md",
    )
    assert form.form_id == "enquete_quartier"
    assert form.version == ""
    assert form.source_filename == "enquete_quartier.md"


def test_sha256_is_the_hash_of_the_file_bytes(tmp_path: Path) -> None:
    path = write_md(tmp_path, TRANSLATED_FORM)
    form = load_form(path)

    assert form.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert form.source == path.read_bytes()
    assert load_form_bytes(path.read_bytes(), "autre_nom.md").sha256 == form.sha256
    changed = path.read_bytes().replace(b"2024010101", b"2024010102")
    assert load_form_bytes(changed, "form.md").sha256 != form.sha256


# -- file formats ---------------------------------------------------------------------------------

SMALL_SURVEY = [
    ["type", "name", "label::Français (fr)", "label::English (en)", "relevant"],
    ["select_one oui_non", "accord", "D'accord ?", "Agree?", ""],
    ["integer", "age", "Âge", "Age", "${accord} = 'oui'"],
]
SMALL_CHOICES = [
    ["list_name", "name", "label::Français (fr)", "label::English (en)"],
    ["oui_non", "oui", "Oui", "Yes"],
    ["oui_non", "non", "Non", "No"],
]
SMALL_SETTINGS = [["form_id", "version", "default_language"], ["petit", "3", "Français (fr)"]]
SHEETS = {"survey": SMALL_SURVEY, "choices": SMALL_CHOICES, "settings": SMALL_SETTINGS}


def summary(form: Form) -> tuple[object, ...]:
    return (
        form.form_id,
        form.version,
        form.languages,
        form.default_language,
        [(q.name, q.type, q.row, dict(q.label.by_language)) for q in form.questions],
        form.question("age").relevant.source if form.question("age").relevant else None,
        [(c.name, dict(c.label.by_language)) for c in form.choice_lists["oui_non"].choices],
    )


def as_markdown() -> str:
    lines = []
    for sheet, rows in SHEETS.items():
        lines.append(f"| {sheet} |")
        lines += ["| | " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def test_markdown_csv_and_xlsx_give_the_same_form(tmp_path: Path) -> None:
    md_path = tmp_path / "petit.md"
    md_path.write_text(as_markdown(), encoding="utf-8")

    csv_path = tmp_path / "petit.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for sheet, rows in SHEETS.items():
            writer.writerow([sheet] + [""] * len(rows[0]))
            for row in rows:
                writer.writerow(["", *row])

    xlsx_path = tmp_path / "petit.xlsx"
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet, rows in SHEETS.items():
        worksheet = workbook.create_sheet(sheet)
        for row in rows:
            worksheet.append([cell or None for cell in row])
    workbook.save(xlsx_path)

    forms = [load_form(path) for path in (md_path, csv_path, xlsx_path)]
    assert summary(forms[0]) == summary(forms[1]) == summary(forms[2])
    languages = ("Français (fr)", "English (en)")
    assert summary(forms[0])[0:4] == ("petit", "3", languages, "Français (fr)")
    assert len({form.sha256 for form in forms}) == 3


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("excel.csv", "survey,,,\n,type,name,label\n,text,nom,Nom\n"),
        ("notes.md", "| survey |\n| | type | name | label |\n| | text | nom | Nom |\n"),
    ],
)
def test_text_formats_saved_with_a_byte_order_mark_are_read(
    tmp_path: Path, name: str, text: str
) -> None:
    # Excel's "CSV UTF-8" and some Windows editors start the file with a BOM.
    path = tmp_path / name
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    form = load_form(path)
    assert [question.name for question in form.questions] == ["nom"]
    assert form.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_xlsx_rows_count_blank_rows_like_the_spreadsheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = "survey"
    worksheet.append(["type", "name", "label"])
    worksheet.append(["text", "nom", "Nom"])
    worksheet.append([None, None, None])
    worksheet.append(["geopoint", "position", "Position"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    with pytest.raises(FormError) as caught:
        load_form_bytes(buffer.getvalue(), "blanc.xlsx")
    find_problem(
        caught.value.problems, sheet="survey", row=4, column="type", fragment="« geopoint »"
    )


@needs_reference_forms
def test_xls_is_read_with_its_row_numbers() -> None:
    with pytest.raises(FormError) as caught:
        load_form(REFERENCE_FORMS / "ceat__Abidjan_2022.xls")
    problem = find_problem(
        caught.value.problems,
        sheet="survey",
        row=15,
        column="repeat_count",
        fragment="count(${Rep_names_HH})",
    )
    assert problem.file == "ceat__Abidjan_2022.xls"


# -- refusals -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_cell", "shown"),
    [
        ("geopoint", "« geopoint »"),
        ("image", "« image »"),
        ("select_one_from_file rues.csv", "« select_one_from_file rues.csv »"),
        ("select_multiple_from_file rues.csv", "select_multiple_from_file"),
        ("datetime", "« datetime »"),
        ("barcode", "« barcode »"),
    ],
)
def test_unsupported_question_types_are_refused(tmp_path: Path, type_cell: str, shown: str) -> None:
    problems = refusal(
        tmp_path,
        f"""
        | survey |
        | | type        | name  | label |
        | | text        | nom   | Nom   |
        | | {type_cell} | champ | Champ |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "type")
    assert "type de question non pris en charge" in problem.message
    assert shown in problem.message
    assert problem.advice and "select_one" in problem.advice


def test_unsupported_appearance_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type    | name | label | appearance        |
        | | integer | age  | Âge   | numbers           |
        | | text    | nom  | Nom   | multiline         |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 2, "appearance")
    assert "apparence non prise en charge : numbers" in problem.message


def test_unsupported_appearance_on_a_group_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type        | name | label | appearance |
        | | begin group | page | Page  | table-list |
        | | text        | nom  | Nom   |            |
        | | end group   |      |       |            |
        """,
    )
    # pyxform rewrites table-list into generated items: only the author's cell is reported.
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 2, "appearance")
    assert "apparence non prise en charge : table-list" in problem.message


@pytest.mark.parametrize(
    ("column", "value"),
    [("media::image", "photo.png"), ("guidance_hint", "Pour l'enquêteur"), ("body::accept", "x")],
)
def test_unsupported_survey_column_with_a_value_is_refused(
    tmp_path: Path, column: str, value: str
) -> None:
    problems = refusal(
        tmp_path,
        f"""
        | survey |
        | | type | name  | label | {column} |
        | | text | nom   | Nom   |          |
        | | text | ville | Ville | {value}  |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, column)
    assert f"colonne non prise en charge (valeur « {value} »)" in problem.message


def test_unsupported_column_left_empty_is_accepted(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name | label | media::image | notes |
        | | text | nom  | Nom   |              |       |
        """,
    )
    assert [question.name for question in form.questions] == ["nom"]


def test_repeat_count_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type         | name    | label   | repeat_count |
        | | integer      | taille  | Taille  |              |
        | | begin repeat | membres | Membres | ${taille}    |
        | | text         | prenom  | Prénom  |              |
        | | end repeat   |         |         |              |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "repeat_count")
    assert "${taille}" in problem.message


def test_media_in_choices_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type               | name   | label  |
        | | select_one oui_non | accord | Accord |
        | choices |
        | | list_name | name | label | image   |
        | | oui_non   | oui  | Oui   | oui.png |
        | | oui_non   | non  | Non   |         |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("choices", 2, "image")
    assert "images" in problem.message


def test_unsupported_setting_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type | name | label |
        | | text | nom  | Nom   |
        | settings |
        | | form_id | submission_url             |
        | | test    | https://example.org/submit |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("settings", 2, "submission_url")
    assert "réglage non pris en charge" in problem.message
    assert "https://example.org/submit" in problem.message


@pytest.mark.parametrize(
    ("kind", "column"),
    [("text", "relevant"), ("decimal", "constraint"), ("calculate", "calculation")],
)
def test_unsupported_function_is_refused(tmp_path: Path, kind: str, column: str) -> None:
    problems = refusal(
        tmp_path,
        f"""
        | survey |
        | | type   | name | label | {column}                                      |
        | | text   | nom  | Nom   |                                               |
        | | {kind} | prix | Prix  | pulldata('tarifs', 'prix', 'code', ${{nom}}) |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, column)
    assert "fonction non prise en charge : pulldata()" in problem.message


def test_syntax_error_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type    | name | label | relevant   |
        | | integer | age  | Âge   |            |
        | | text    | nom  | Nom   | ${age} >   |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "relevant")
    assert "expression « ${age} > »" in problem.message


def test_unbalanced_parenthesis_in_constraint_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type    | name | label | constraint       |
        | | integer | age  | Âge   | (. > 15 and . < 9 |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 2, "constraint")
    assert "parenthèse" in problem.message


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("relevant", "${agee} > 15"),
        ("constraint", ". > ${agee}"),
        ("required", "${agee} > 15"),
        ("choice_filter", "commune = ${agee}"),
    ],
)
def test_unknown_reference_is_refused(tmp_path: Path, column: str, value: str) -> None:
    problems = refusal(
        tmp_path,
        f"""
        | survey |
        | | type         | name     | label    | {column} |
        | | integer      | age      | Âge      |          |
        | | select_one q | quartier | Quartier | {value}  |
        | choices |
        | | list_name | name   | label  | commune |
        | | q         | centre | Centre | a       |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, column)
    assert "agee" in problem.message


def test_unknown_reference_in_calculation_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type      | name  | calculation     |
        | | calculate | total | ${prix} * 2     |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 2, "calculation")
    assert "prix" in problem.message


def test_unknown_reference_in_instance_name_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type | name | label |
        | | text | nom  | Nom   |
        | settings |
        | | instance_name  |
        | | concat(${prenom}) |
        """,
    )
    find_problem(problems, sheet="settings", row=2, column="instance_name", fragment="prenom")


def test_duplicate_name_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type        | name | label  |
        | | text        | nom  | Nom    |
        | | begin group | bloc | Bloc   |
        | | text        | nom  | Nom 2  |
        | | end group   |      |        |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 4, "name")
    assert "le nom « nom » est déjà utilisé ligne 2" in problem.message


def test_end_group_rows_repeating_the_group_name_are_not_duplicates(tmp_path: Path) -> None:
    # Many real forms (Kobo exports among them) repeat the name on the closing row.
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type         | name    | label   |
        | | begin group  | bloc    | Bloc    |
        | | text         | nom     | Nom     |
        | | end group    | bloc    |         |
        | | begin_repeat | membres | Membres |
        | | text         | prenom  | Prénom  |
        | | end_repeat   | membres |         |
        """,
    )
    assert [group.name for group in form.groups] == ["bloc", "membres"]
    assert form.item("membres").row == 5


def test_missing_end_group_is_refused_with_the_row_of_the_group(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type        | name | label |
        | | text        | nom  | Nom   |
        | | begin group | bloc | Bloc  |
        | | text        | age  | Âge   |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row) == ("survey", 3)
    assert "pyxform" in problem.message and "bloc" in problem.message
    assert "[row" not in problem.message


def test_read_only_expression_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type    | name | label | read_only       |
        | | integer | age  | Âge   |                 |
        | | text    | nom  | Nom   | ${age} > 15     |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "read_only")


def test_calculation_that_does_not_parse_gives_one_problem(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type      | name  | label | calculation  |
        | | integer   | age   | Âge   |              |
        | | calculate | total |       | ${age} * * 2 |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "calculation")
    assert "expression" in problem.message


def test_every_problem_of_a_form_is_reported_at_once(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type     | name   | label  | relevant          | appearance | calculation          |
        | | integer  | age    | Âge    |                   | numbers    |                      |
        | | geopoint | lieu   | Lieu   |                   |            |                      |
        | | text     | nom    | Nom    | ${age} >          |            |                      |
        | | calculate| prix   |        |                   |            | pulldata('a','b','c') |
        """,
    )
    assert {(p.row, p.column) for p in problems} == {
        (2, "appearance"),
        (3, "type"),
        (4, "relevant"),
        (5, "calculation"),
    }
    assert all(p.sheet == "survey" and p.file == "form.md" for p in problems)


def test_problem_text_names_file_sheet_row_and_column(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type     | name | label |
        | | geopoint | lieu | Lieu  |
        """,
        name="quartier.md",
    )
    text = str(only_problem(problems))
    assert text.startswith("quartier.md, feuille « survey », ligne 2, colonne « type » : ")
    assert only_problem(problems).as_dict()["row"] == 2


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormError) as caught:
        load_form(tmp_path / "absent.xlsx")
    problem = only_problem(caught.value.problems)
    assert problem.file == "absent.xlsx"
    assert "lecture impossible" in problem.message


def test_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.xlsx"
    folder.mkdir()
    with pytest.raises(FormError) as caught:
        load_form(folder)
    assert "lecture impossible" in only_problem(caught.value.problems).message


@pytest.mark.parametrize("name", ["form.txt", "form.ods", "form"])
def test_wrong_extension_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("| survey |\n| | type | name | label |\n| | text | a | A |\n")
    with pytest.raises(FormError) as caught:
        load_form(path)
    problem = only_problem(caught.value.problems)
    assert "non reconnue" in problem.message
    assert (problem.sheet, problem.row) == (None, None)
    assert problem.advice and ".xlsx" in problem.advice


def test_text_that_is_not_a_markdown_form_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Juste des notes, pas de tableau.\n", encoding="utf-8")
    with pytest.raises(FormError) as caught:
        load_form(path)
    assert "n'a pas pu être lu" in only_problem(caught.value.problems).message


def test_form_without_survey_rows_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | choices |
        | | list_name | name | label |
        | | oui_non   | oui  | Oui   |
        | settings |
        | | form_id |
        | | vide    |
        """,
    )
    problem = only_problem(problems)
    assert problem.sheet == "survey"
    assert "absente ou vide" in problem.message


# -- broken reference files -----------------------------------------------------------------------


@needs_reference_forms
@pytest.mark.parametrize(
    ("filename", "sheet", "fragment"),
    [
        ("pyxform__corrupt.xlsx", None, "n'a pas pu être lu comme un XLSForm"),
        ("pyxform__empty.xlsx", "survey", "la feuille « survey » est absente ou vide"),
        ("pyxform__duplicate_columns.xlsx", None, "Duplicate column header: label"),
    ],
)
def test_broken_reference_files_are_refused(
    filename: str, sheet: str | None, fragment: str
) -> None:
    with pytest.raises(FormError) as caught:
        load_form(REFERENCE_FORMS / filename)
    problem = only_problem(caught.value.problems)
    assert problem.file == filename
    assert problem.sheet == sheet
    assert problem.row is None
    assert fragment in problem.message
    assert problem.advice


# -- real forms from public projects --------------------------------------------------------------

# What each real form holds that the engine refuses (see reference-data/xlsforms/SOURCES.md):
# (sheet, row, column, fragment of the message) that must be among the problems, and how many
# problems there are in all.
REAL_FORMS: dict[str, tuple[int, list[tuple[str, int, str, str]]]] = {
    "aaz-kta__fetched_form.xlsx": (
        2,
        [
            ("survey", 79, "guidance_hint", "colonne non prise en charge"),
            ("survey", 97, "guidance_hint", "colonne non prise en charge"),
        ],
    ),
    "aaz-x2l__Supply_Chain_Analysis_Retailers_tool.xlsx": (
        3,
        [
            (
                "survey",
                296,
                "name",
                "« Q5_12_5_Select_tooth_brush_community_Other » est déjà utilisé ligne 264",
            ),
            ("survey", 1095, "name", "est déjà utilisé ligne 1063"),
            ("survey", 1295, "name", "est déjà utilisé ligne 1263"),
        ],
    ),
    "ceat__Abidjan_2022.xls": (
        5,
        [
            ("survey", 15, "repeat_count", "count(${Rep_names_HH})"),
            ("survey", 19, "name", "« group_HH_members » est déjà utilisé ligne 8"),
            ("survey", 62, "name", "« HandWashHabits1 » est déjà utilisé ligne 61"),
            ("survey", 125, "name", "« group_HH_location » est déjà utilisé ligne 121"),
            ("survey", 129, "name", "« End_of_Survey » est déjà utilisé ligne 120"),
        ],
    ),
    "cht__delivery.xlsx": (
        127,
        [
            ("survey", 12, "name", "le nom « name » est déjà utilisé ligne 7"),
            ("survey", 103, "repeat_count", "${babies_deceased_num}"),
            ("survey", 131, "repeat_count", "${babies_alive_num}"),
            ("settings", 2, "path", "réglage non pris en charge"),
        ],
    ),
    "epicentre__WHOVA2016_v1_5_3_ODK.xlsx": (
        4,
        [
            ("survey", 32, "appearance", "apparence non prise en charge : year"),
            ("survey", 47, "appearance", "apparence non prise en charge : horizontal-compact"),
            ("survey", 263, "calculation", "${Id10202} * 30, null"),
            ("survey", 269, "calculation", "${Id10206} * 30, null"),
        ],
    ),
    "hbm-niger__MSNA_Outil_Collecte_FINAL_V6.xlsx": (
        5,
        [
            ("survey", 36, "repeat_count", "${nbre_pers_menage}"),
            ("survey", 83, "repeat_count", "${nbre_accueil}"),
            ("survey", 105, "repeat_count", "${nbre_accueil}"),
            ("survey", 143, "repeat_count", "${pers_difficulte_activite}"),
            ("survey", 158, "repeat_count", "${nbre_deces}"),
        ],
    ),
    "hbm-sudan__SUD_MSNA_HH survey_INPERSON_DC.xlsx": (
        1,
        [("survey", 48, "repeat_count", "${hh_size}")],
    ),
    "pyxform__UCL_Biomass_Plot_Form.xlsx": (
        1,
        [("survey", 43, "repeat_count", "${stem_count}")],
    ),
    "unhcr-kbl__form.xls": (
        1059,
        [
            ("survey", 2, "labelReport", "« Auto data »"),
            ("survey", 48, "repeat_count", "${RegOtherCaseNo}"),
            ("survey", 66, "repeat_count", "${IntCaseNo}"),
            ("survey", 72, "name", "« NationalityOther » est déjà utilisé ligne 38"),
            ("survey", 367, "name", "« Housing » est déjà utilisé ligne 132"),
        ],
    ),
}


@needs_reference_forms
def test_the_reference_set_is_the_one_described() -> None:
    real = {path.name for path in REFERENCE_FORMS.iterdir() if path.suffix in (".xls", ".xlsx")}
    broken = {"pyxform__corrupt.xlsx", "pyxform__empty.xlsx", "pyxform__duplicate_columns.xlsx"}
    assert real - broken == set(REAL_FORMS)


@needs_reference_forms
@pytest.mark.parametrize("filename", sorted(REAL_FORMS))
def test_real_form_is_refused_only_with_located_problems(filename: str) -> None:
    count, expected = REAL_FORMS[filename]
    try:
        load_form(REFERENCE_FORMS / filename)
    except FormError as error:
        problems = error.problems
    else:
        pytest.fail(f"{filename} loaded although it uses what the engine cannot apply")
    assert all(problem.sheet and problem.row for problem in problems), problems
    assert all(problem.file == filename for problem in problems)
    for sheet, row, column, fragment in expected:
        find_problem(problems, sheet=sheet, row=row, column=column, fragment=fragment)
    assert len(problems) == count


@needs_reference_forms
def test_real_form_without_its_extra_column_reaches_the_type_checks() -> None:
    # Once the Kobo-only column is gone, what remains is checked question by question.
    workbook = openpyxl.load_workbook(REFERENCE_FORMS / "aaz-kta__fetched_form.xlsx")
    survey = workbook["survey"]
    headers = [cell.value for cell in survey[1]]
    survey.delete_cols(headers.index("guidance_hint") + 1)
    buffer = io.BytesIO()
    workbook.save(buffer)

    with pytest.raises(FormError) as caught:
        load_form_bytes(buffer.getvalue(), "kta.xlsx")
    problems = caught.value.problems
    assert len(problems) == 3
    find_problem(problems, sheet="survey", row=5, column="type", fragment="« datetime »")
    find_problem(problems, sheet="survey", row=8, column="appearance", fragment="autocomplete")
    find_problem(problems, sheet="survey", row=65, column="type", fragment="« image »")


# -- bundled forms --------------------------------------------------------------------------------


def test_bundled_resident_form_loads_with_its_key_questions() -> None:
    form = load_form(ROOT / "resources" / "questionnaires" / "habitants.md")
    assert form.form_id == "habitants"
    assert form.default_language == "Français (fr)"
    assert form.languages == ("Français (fr)", "English (en)")
    assert form.question("age").type is QuestionType.INTEGER
    assert form.question("tranche_age").type is QuestionType.CALCULATE
    assert form.question("age_refus").type is QuestionType.ACKNOWLEDGE
    assert isinstance(form.item("bloc_accompagne"), Group)
    assert all(isinstance(item, Question | Group) for item in form.walk())
