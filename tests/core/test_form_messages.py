"""Form refusals are catalogued: a code and parameters, the place and the advice, in English too.

The French of `form check` is unchanged; pyxform's own words stay as pyxform wrote them, inside a
catalogued frame; the file refused is left as it was.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import openpyxl
import pytest
from translation_support import english

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.cli import main
from inclusion_desktop.questionnaire.expressions import ExpressionError, parse_expression
from inclusion_desktop.questionnaire.loader import FormError, load_form

BROKEN = """
| survey |
| | type    | name  | label | relevant |
| | integer | age   | Âge   |          |
| | text    | age   | Nom   |          |
| | text    | ville | Ville | ${age} > |
"""


def _refused(path: Path) -> FormError:
    before = path.read_bytes()
    with pytest.raises(FormError) as caught:
        load_form(path)
    assert path.read_bytes() == before  # a refused form is never rewritten
    return caught.value


def _markdown(tmp_path: Path, text: str, name: str = "casse.md") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return path


def test_each_problem_has_a_code_its_place_and_an_english_rendering(tmp_path: Path) -> None:
    error = _refused(_markdown(tmp_path, BROKEN))
    assert error.code is Code.FORM_PROBLEMS
    by_code = {problem.text.code: problem for problem in error.problems}
    assert set(by_code) == {Code.FORM_NAME_TWICE, Code.FORM_EXPRESSION}

    twice = by_code[Code.FORM_NAME_TWICE]
    assert twice.text.params == {"name": "age", "first_row": 2}
    assert str(twice) == (
        "casse.md, feuille « survey », ligne 3, colonne « name » : le nom « age » est déjà "
        "utilisé ligne 2 dans le même groupe — deux questions d'un même groupe ou d'une même "
        "répétition doivent avoir des noms différents"
    )
    assert twice.render(english()) == (
        "casse.md, sheet “survey”, row 3, column “name”: the name “age” is already used on row "
        "2 in the same group — two questions of the same group or repeat must have different "
        "names"
    )
    # The expression's own error is nested, and translated with its frame.
    assert by_code[Code.FORM_EXPRESSION].render(english()) == (
        "casse.md, sheet “survey”, row 4, column “relevant”: expression “${age} >”: incomplete "
        "expression — correct the expression (XLSForm syntax, references ${nom})"
    )

    # The whole refusal, one problem a line, with no French left in the English interface.
    lines = error.render(english()).splitlines()
    assert len(lines) == 2
    assert not any(word in line for line in lines for word in ("feuille", "ligne", "colonne"))
    assert str(error).splitlines() == [str(problem) for problem in error.problems]


def test_pyxform_words_are_kept_inside_a_translated_frame(tmp_path: Path) -> None:
    path = _markdown(
        tmp_path,
        """
        | survey |
        | | type      | name  | label | calculation    |
        | | integer   | age   | Âge   |                |
        | | calculate | total |       | ${inconnu} + 1 |
        """,
    )
    (problem,) = _refused(path).problems
    assert (problem.text.code, problem.row, problem.column) == (Code.FORM_PYXFORM, 3, "calculation")
    pyxform_words = problem.text.params["message"]
    assert "Could not find the name 'inconnu'" in pyxform_words and "[row" not in pyxform_words
    assert problem.message == f"XLSForm refusé par pyxform : {pyxform_words}"
    assert problem.render(english()) == (
        f"casse.md, sheet “survey”, row 3, column “calculation”: XLSForm refused by pyxform: "
        f"{pyxform_words} — correct the form in the spreadsheet, then load it again"
    )


def test_a_file_that_is_not_a_form_is_refused_in_both_languages(tmp_path: Path) -> None:
    no_extension = tmp_path / "questionnaire"
    no_extension.write_bytes(b"type,name,label\n")
    (problem,) = _refused(no_extension).problems
    assert problem.message == "extension « (aucune) » non reconnue"
    assert problem.render(english()) == (
        "questionnaire: extension “(none)” not recognised — save the form as .xlsx, .xls, .csv "
        "or .md"
    )

    workbook = openpyxl.Workbook()
    workbook.active.title = "choices"
    empty = tmp_path / "vide.xlsx"
    workbook.save(empty)
    (problem,) = _refused(empty).problems
    assert problem.text.code is Code.FORM_NO_SURVEY
    assert problem.render(english()).startswith(
        "vide.xlsx, sheet “survey”: the “survey” sheet is missing or empty — an XLSForm has"
    )


def test_expression_errors_are_catalogued_with_their_parameters() -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression("round(1, 2, 3)")
    error = caught.value
    assert error.code is Code.EXPRESSION_ARGUMENT_COUNT and error.position == 0
    assert str(error) == "nombre d'arguments incorrect pour round() : 3 au lieu de 1 à 2"
    assert error.render(english()) == "wrong number of arguments for round(): 3 instead of 1 to 2"

    with pytest.raises(ExpressionError) as caught:
        parse_expression("regex(., '(a)\\1')")
    assert caught.value.code is Code.EXPRESSION_UNSUPPORTED_PATTERN
    assert caught.value.render(english()).startswith("unsupported regular expression: “(a)\\1”")


def test_form_check_speaks_french_with_real_plurals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = _markdown(
        tmp_path,
        """
        | survey |
        | | type    | name | label |
        | | integer | age  | Âge   |
        | | text    | age  | Nom   |
        """,
        "un.md",
    )
    assert main(["form", "check", str(one)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Questionnaire refusé (1 problème) :\n  - un.md, feuille « survey »")

    assert main(["form", "check", str(_markdown(tmp_path, BROKEN)), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in report["problems"]] == ["form.name_twice", "form.expression"]
    assert report["problems"][0]["advice"].startswith("deux questions d'un même groupe")


def test_plural_keeps_the_french_singular_for_zero_and_one() -> None:
    assert [plural(n, "problème", "problèmes") for n in (0, 1, 2)] == [
        "0 problème",
        "1 problème",
        "2 problèmes",
    ]
