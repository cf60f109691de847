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
REFERENCE_FORMS = ROOT / "tests" / "reference-data" / "xlsforms"

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
    worksheet.append(["type", "name", "label", "relevant"])
    worksheet.append(["text", "nom", "Nom", None])
    worksheet.append([None, None, None, None])
    worksheet.append(["text", "position", "Position", "${nom} >"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    with pytest.raises(FormError) as caught:
        load_form_bytes(buffer.getvalue(), "blanc.xlsx")
    find_problem(
        caught.value.problems, sheet="survey", row=4, column="relevant", fragment="${nom} >"
    )


@needs_reference_forms
def test_xls_is_read_with_its_row_numbers() -> None:
    with pytest.raises(FormError) as caught:
        load_form(REFERENCE_FORMS / "ceat__Abidjan_2022.xls")
    problem = find_problem(
        caught.value.problems,
        sheet="survey",
        row=62,
        column="name",
        fragment="« HandWashHabits1 » est déjà utilisé ligne 61",
    )
    assert problem.file == "ceat__Abidjan_2022.xls"


# -- what pyxform accepts loads --------------------------------------------------------------------


def notices(form: Form, fragment: str) -> list[str]:
    return [notice for notice in form.notices if fragment in notice]


@pytest.mark.parametrize(
    ("type_cell", "kind"),
    [
        ("geopoint", QuestionType.GEOPOINT),
        ("geotrace", QuestionType.GEOTRACE),
        ("geoshape", QuestionType.GEOSHAPE),
        ("gps", QuestionType.GEOPOINT),
        ("image", QuestionType.IMAGE),
        ("photo", QuestionType.IMAGE),
        ("audio", QuestionType.AUDIO),
        ("video", QuestionType.VIDEO),
        ("file", QuestionType.FILE),
        ("datetime", QuestionType.DATETIME),
        ("barcode", QuestionType.BARCODE),
    ],
)
def test_types_pyxform_accepts_load_with_their_engine_type(
    tmp_path: Path, type_cell: str, kind: QuestionType
) -> None:
    form = load_md(
        tmp_path,
        f"""
        | survey |
        | | type        | name  | label |
        | | text        | nom   | Nom   |
        | | {type_cell} | champ | Champ |
        """,
    )
    assert form.question("champ").type is kind


def test_metadata_the_laptop_cannot_give_is_hidden_with_a_notice(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type        | name  | label |
        | | simserial   | sim   |       |
        | | text        | nom   | Nom   |
        """,
    )
    assert form.question("sim").type is QuestionType.HIDDEN
    assert notices(form, "ligne 2, colonne « type »")


def test_select_from_file_reads_the_choices_beside_the_form(tmp_path: Path) -> None:
    (tmp_path / "rues.csv").write_text("name,label,quartier\nr1,Rue 1,a\nr2,Rue 2,b\n")
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type                          | name | label | choice_filter |
        | | text                          | q    | Q     |               |
        | | select_one_from_file rues.csv | rue  | Rue   | quartier = ${q} |
        """,
    )
    question = form.question("rue")
    assert question.type is QuestionType.SELECT_ONE
    assert question.choices is not None
    assert [choice.name for choice in question.choices.choices] == ["r1", "r2"]
    assert question.choices.choices[0].extra["quartier"] == "a"
    assert form.media["rues.csv"].startswith(b"name,label")


def test_select_from_file_without_its_file_is_typed_with_a_notice(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type                                | name | label |
        | | select_multiple_from_file absent.csv | rue  | Rue   |
        """,
    )
    assert form.question("rue").type is QuestionType.TEXT
    assert notices(form, "« absent.csv » absent")


def test_appearance_without_laptop_meaning_is_a_notice(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type    | name | label | appearance        |
        | | integer | age  | Âge   | numbers           |
        | | text    | nom  | Nom   | ex:org.app.SCAN   |
        | | text    | sig  | Sig   | signature w2      |
        """,
    )
    assert "numbers" in form.question("age").appearance
    assert notices(form, "ligne 3, colonne « appearance » : apparence « ex:org.app.SCAN »")
    assert notices(form, "ligne 4, colonne « appearance » : apparence « signature »")
    assert not notices(form, "« w2 »")
    assert not notices(form, "numbers")


def test_table_list_group_is_shown_on_one_page(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type               | name | label | appearance |
        | | begin group        | page | Page  | table-list |
        | | select_one oui_non | a    | A     |            |
        | | select_one oui_non | b    | B     |            |
        | | end group          |      |       |            |
        | choices |
        | | list_name | name | label |
        | | oui_non   | oui  | Oui   |
        | | oui_non   | non  | Non   |
        """,
    )
    group = form.item("page")
    assert isinstance(group, Group) and group.is_field_list
    assert [q.name for q in form.questions] == ["a", "b"]


@pytest.mark.parametrize(
    ("column", "value", "fragment"),
    [
        ("media::image", "photo.png", "colonne transmise à ODK"),
        ("body::accept", "x", "colonne transmise à ODK"),
        ("comments", "à revoir", "colonne ignorée"),
    ],
)
def test_column_without_laptop_meaning_is_a_notice(
    tmp_path: Path, column: str, value: str, fragment: str
) -> None:
    form = load_md(
        tmp_path,
        f"""
        | survey |
        | | type | name  | label | {column} |
        | | text | nom   | Nom   |          |
        | | text | ville | Ville | {value}  |
        """,
    )
    assert notices(form, f"ligne 3, colonne « {column} » : {fragment}")


def test_guidance_hint_and_dynamic_default_are_read(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name  | label | guidance_hint      | default    |
        | | text | nom   | Nom   | Pour l'enquêteur   |            |
        | | text | copie | Copie |                    | ${nom}     |
        """,
    )
    assert form.question("nom").guidance_hint.get(None) == "Pour l'enquêteur"
    default = form.question("copie").dynamic_default
    assert default is not None and default.references == {"nom"}


def test_unknown_column_left_empty_is_accepted(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type | name | label | media::image | notes |
        | | text | nom  | Nom   |              |       |
        """,
    )
    assert [question.name for question in form.questions] == ["nom"]
    assert form.notices == ()


def test_repeat_count_is_read(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type         | name    | label   | repeat_count |
        | | integer      | taille  | Taille  |              |
        | | begin repeat | membres | Membres | ${taille}    |
        | | text         | prenom  | Prénom  |              |
        | | end repeat   |         |         |              |
        | | begin repeat | fixes   | Fixes   | 3            |
        | | text         | x       | X       |              |
        | | end repeat   |         |         |              |
        """,
    )
    membres = form.item("membres")
    assert isinstance(membres, Group) and membres.repeat_count is not None
    assert membres.repeat_count.references == {"taille"}
    fixes = form.item("fixes")
    assert isinstance(fixes, Group) and fixes.repeat_count is not None


def test_computed_repeat_count_keeps_pyxform_calculation(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type         | name    | label   | repeat_count      |
        | | integer      | taille  | Taille  |                   |
        | | begin repeat | membres | Membres | ${taille} + 1     |
        | | text         | prenom  | Prénom  |                   |
        | | end repeat   |         |         |                   |
        """,
    )
    membres = form.item("membres")
    assert isinstance(membres, Group) and membres.repeat_count is not None
    generated = form.question("membres_count")
    assert generated.is_silent and generated.calculation is not None


def test_media_in_choices_is_a_notice(tmp_path: Path) -> None:
    form = load_md(
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
    assert notices(form, "feuille « choices », ligne 2, colonne « image »")


def test_unknown_setting_is_a_notice(tmp_path: Path) -> None:
    form = load_md(
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
    assert notices(form, "feuille « settings », ligne 2, colonne « submission_url »")


def test_odk_functions_and_paths_load(tmp_path: Path) -> None:
    (tmp_path / "tarifs.csv").write_text("code,prix\na,12\n")
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type         | name  | label | calculation                                  |
        | | text         | nom   | Nom   |                                              |
        | | calculate    | prix  |       | pulldata('tarifs', 'prix', 'code', ${nom})  |
        | | calculate    | id    |       | once(concat('x', string(random())))          |
        | | calculate    | racine|       | sqrt(16) + max(1, 2, 3)                      |
        | | begin repeat | rep   | Rep   |                                              |
        | | integer      | n     | N     |                                              |
        | | calculate    | rang  |       | position(..)                                 |
        | | calculate    | prec  |       | ../n + 1                                     |
        | | end repeat   |       |       |                                              |
        | | calculate    | deux  |       | indexed-repeat(${n}, ${rep}, 2)              |
        | | calculate    | vide  |       | if(${nom} = '', null, 1)                     |
        """,
    )
    assert form.media["tarifs.csv"] == b"code,prix\na,12\n"
    assert form.question("prec").calculation is not None
    assert notices(form, "« null » sans ${} est lu comme vide")


def test_same_name_in_two_groups_is_allowed(tmp_path: Path) -> None:
    form = load_md(
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
    first, second = form.questions
    assert first.name == "nom" and first.xml_name == "nom"
    assert second.name == "bloc/nom" and second.xml_name == "nom" and second.parent == "bloc"


def test_same_name_in_one_group_is_refused(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type        | name | label  |
        | | begin group | bloc | Bloc   |
        | | text        | nom  | Nom    |
        | | text        | nom  | Nom 2  |
        | | end group   |      |        |
        """,
    )
    problem = only_problem(problems)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 4, "name")
    assert "le nom « nom » est déjà utilisé ligne 3" in problem.message


def test_duplicate_choices_are_all_refused_at_once(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type         | name | label |
        | | select_one l | q    | Q     |
        | choices |
        | | list_name | name | label |
        | | l         | a    | A     |
        | | l         | a    | A2    |
        | | l         | b    | B     |
        | | l         | b    | B2    |
        """,
    )
    assert {(p.sheet, p.row, p.column) for p in problems} == {
        ("choices", 3, "name"),
        ("choices", 5, "name"),
    }


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


def test_read_only_expression_is_a_notice(tmp_path: Path) -> None:
    form = load_md(
        tmp_path,
        """
        | survey |
        | | type    | name | label | read_only       |
        | | integer | age  | Âge   |                 |
        | | text    | nom  | Nom   | ${age} > 15     |
        """,
    )
    assert notices(form, "ligne 3, colonne « read_only »")


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
        | | type        | name   | label  | relevant          | appearance | calculation  |
        | | integer     | age    | Âge    |                   | signature  |              |
        | | begin group | g      | G      |                   |            |              |
        | | text        | nom    | Nom    | ${age} >          |            |              |
        | | text        | nom    | Nom    |                   |            |              |
        | | end group   |        |        |                   |            |              |
        | | calculate   | prix   |        |                   |            | ${age} * * 2 |
        | choices |
        | | list_name | name | label |
        | | l         | a    | A     |
        | | l         | a    | A2    |
        """,
    )
    assert {(p.sheet, p.row, p.column) for p in problems} == {
        ("survey", 4, "relevant"),
        ("survey", 5, "name"),
        ("survey", 7, "calculation"),
        ("choices", 3, "name"),
    }
    assert all(p.file == "form.md" for p in problems)


def test_problem_text_names_file_sheet_row_and_column(tmp_path: Path) -> None:
    problems = refusal(
        tmp_path,
        """
        | survey |
        | | type     | name | label | constraint |
        | | geopoint | lieu | Lieu  | . >        |
        """,
        name="quartier.md",
    )
    text = str(only_problem(problems))
    assert text.startswith("quartier.md, feuille « survey », ligne 2, colonne « constraint » : ")
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

# The reference forms pyxform accepts all load; those pyxform refuses are refused with every
# problem located at once (sheet, row, column, fragment of the message), and how many in all.
LOADING_FORMS = {
    "aaz-kta__fetched_form.xlsx": 219,
    "aaz-x2l__Supply_Chain_Analysis_Retailers_tool.xlsx": 1709,
    "epicentre__WHOVA2016_v1_5_3_ODK.xlsx": 537,
    "hbm-niger__MSNA_Outil_Collecte_FINAL_V6.xlsx": 303,
    "pyxform__UCL_Biomass_Plot_Form.xlsx": 65,
}
REFUSED_FORMS: dict[str, tuple[int, list[tuple[str, int, str, str]]]] = {
    "ceat__Abidjan_2022.xls": (
        3,
        [
            ("survey", 62, "name", "« HandWashHabits1 » est déjà utilisé ligne 61"),
            ("survey", 125, "name", "« group_HH_location » est déjà utilisé ligne 121"),
            ("survey", 129, "name", "« End_of_Survey » est déjà utilisé ligne 120"),
        ],
    ),
    "cht__delivery.xlsx": (1, [("survey", 292, "name", "« meta » est réservé")]),
    "hbm-sudan__SUD_MSNA_HH survey_INPERSON_DC.xlsx": (
        381,
        [("choices", 612, "name", "dans la liste")],
    ),
    "unhcr-kbl__form.xls": (
        2,
        [
            ("choices", 160, "name", "« NoAnswer » figure déjà ligne 155"),
            ("survey", 82, "labelReport", "pyxform"),
        ],
    ),
}


@needs_reference_forms
def test_the_reference_set_is_the_one_described() -> None:
    real = {path.name for path in REFERENCE_FORMS.iterdir() if path.suffix in (".xls", ".xlsx")}
    broken = {"pyxform__corrupt.xlsx", "pyxform__empty.xlsx", "pyxform__duplicate_columns.xlsx"}
    assert real - broken == set(LOADING_FORMS) | set(REFUSED_FORMS)


@needs_reference_forms
@pytest.mark.parametrize("filename", sorted(LOADING_FORMS))
def test_real_form_that_pyxform_accepts_loads(filename: str) -> None:
    form = load_form(REFERENCE_FORMS / filename)
    assert len(form.questions) == LOADING_FORMS[filename]
    assert all(notice.startswith("feuille « ") for notice in form.notices)


@needs_reference_forms
@pytest.mark.parametrize("filename", sorted(REFUSED_FORMS))
def test_real_form_that_pyxform_refuses_is_refused_with_every_problem(filename: str) -> None:
    count, expected = REFUSED_FORMS[filename]
    with pytest.raises(FormError) as caught:
        load_form(REFERENCE_FORMS / filename)
    problems = caught.value.problems
    assert all(problem.sheet and problem.row for problem in problems), problems
    assert all(problem.file == filename for problem in problems)
    for sheet, row, column, fragment in expected:
        find_problem(problems, sheet=sheet, row=row, column=column, fragment=fragment)
    assert len(problems) == count


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


KOBO_EXPORTS = REFERENCE_FORMS.parent / "kobo-exports"


@pytest.mark.skipif(not KOBO_EXPORTS.is_dir(), reason="Kobo exports not found")
@pytest.mark.parametrize(
    "relative",
    [
        "humind-msna-2024-dummy/REACH_2024_MSNA-kobo-tool_draft_v11.xlsx",
        "niger-msna-2020/form/MSNA_Outil_Collecte_FINAL_V6.xlsx",
        "cleaningtools-irq-2021/form.xlsx",
    ],
)
def test_forms_of_the_kobo_exports_load_in_the_engine(relative: str) -> None:
    form = load_form(KOBO_EXPORTS / relative)
    assert form.questions
