"""The paper questionnaire: numbers and codes read back from the PDF are keying mode's own."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from inclusion_desktop.keying import choice_codes, keyed_questions, parse_codes
from inclusion_desktop.questionnaire.bundled import load_bundled_form
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.reports.paper_form import (
    PaperFormError,
    paper_form_pdf,
    write_paper_form,
)

pytestmark = pytest.mark.slow

TICK = "\u2610"


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of spaces (no-break ones included) made one space."""
    raw = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(raw.replace("\u00a0", " ").replace("\u202f", " ").split())


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def question_segments(form: Form, text: str, language: str | None = None) -> dict[str, str]:
    """The printed text of each keyed question, from its « N. label » to the next one's."""
    starts = []
    for number, question in keyed_questions(form):
        label = flat(question.label.get(language, form.default_language))[:25]
        position = text.find(f"{number}. {label}")
        assert position >= 0, f"question {number} ({question.name}) absente du PDF"
        starts.append((position, question.name))
    assert [p for p, _ in starts] == sorted(p for p, _ in starts)
    ends = [p for p, _ in starts[1:]] + [len(text)]
    return {name: text[start:end] for (start, name), end in zip(starts, ends, strict=True)}


@pytest.fixture(scope="module")
def habitants() -> Form:
    return load_bundled_form()


@pytest.fixture(scope="module")
def printed(habitants: Form, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("papier") / "habitants.pdf"
    result = write_paper_form(habitants, path)
    assert result.pages >= 2 and result.questions == len(keyed_questions(habitants))
    return pdf_text(path)


def test_numbers_and_codes_are_those_of_keying_mode(habitants: Form, printed: str) -> None:
    segments = question_segments(habitants, printed)
    # The choices keying mode lists once the neighbourhood's commune is keyed.
    session = FormSession(habitants, {"consentement": "oui", "commune": "maubeuge"})
    for _number, question in keyed_questions(habitants):
        if question.choices is None:
            continue
        segment = segments[question.name]
        choices = session.choices_for(question)
        codes = choice_codes(choices)
        for code, choice in zip(codes, choices, strict=True):
            label = flat(session.label(choice))
            assert f"{TICK} {code} {label}" in segment, (question.name, code, label)
        if question.choice_filter is None:
            assert re.findall(rf"{TICK} (\d+) ", segment) == list(codes)
    assert "Si « Maubeuge » à la question 4 :" in segments["quartier"]


def test_skip_instructions_and_constraints_in_words(printed: str) -> None:
    assert "Si « Non » à la question 20, passez à la question 30." in printed
    assert "Questions 21 à 29 : seulement si « Oui » à la question 20." in printed
    # Several answers excluded on one question read as one phrase, the question named once.
    assert (
        "Question 6 : seulement si une réponse à la question 4 autre que « Autre commune de "
        "l'agglomération » et « Hors de l'agglomération ». Sinon, passez à la question 7."
    ) in printed
    assert "Si « Non » à la question 3, le questionnaire est terminé." in printed
    assert "Réponse entre 15 et 110." in printed
    assert "Si « Oui » à la question 32, passez à la question 35." in printed
    assert "N° du questionnaire" in printed


def test_a_questionnaire_keyed_from_the_printed_codes(habitants: Form, printed: str) -> None:
    """Someone reads the codes of the wanted answers off the paper form and keys them."""
    segments = question_segments(habitants, printed)
    wanted = {
        "mode_collecte": "Mission Locale",
        "consentement": "Oui",
        "commune": "Louvroil",
        "sexe": "Un homme",
        "diplome": "CAP, BEP ou diplôme équivalent",
        "aisance": "Peu à l'aise",
        "accompagne": "Non",
    }
    session = FormSession(habitants)
    for name, label in wanted.items():
        segment = segments[name]
        code = re.search(rf"{TICK} (\d+) {re.escape(flat(label))}", segment)
        assert code, (name, label)
        question = habitants.question(name)
        value = parse_codes(question, code.group(1), session.choices_for(question))
        assert value is not None
        session.set_answer(name, value)
    # The neighbourhood's codes depend on the commune: the paper says which list to read.
    quartier = segments["quartier"].split("Si « Louvroil » à la question 4 :")[1]
    code = re.search(rf"{TICK} (\d+) Sous-le-Bois \(côté Louvroil\)", quartier)
    assert code
    question = habitants.question("quartier")
    value = parse_codes(question, code.group(1), session.choices_for(question))
    assert value == "sous_le_bois"
    assert session.answers["mode_collecte"] == "mission_locale"
    assert session.answers["sexe"] == "homme"
    assert session.answers["diplome"] == "cap_bep"
    assert session.answers["aisance"] == "peu_aise"
    assert session.answers["commune"] == "louvroil"


FORM_WITH_REPEAT = """
| survey |
| | type | name | label::Français (fr) | label::English (en) | constraint | relevant |
| | date | jour | Date de l'entretien | Interview date | | |
| | integer | enfants | Nombre d'enfants | Number of children | . >= 0 and . <= 12 | |
| | decimal | revenu | Revenu | Income | . > 0 | |
| | begin repeat | enfant | Enfant | Child | | ${enfants} > 0 |
| | integer | age_enfant | Âge | Age | | |
| | select_one oui_non | scolarise | Scolarisé | At school | | |
| | end repeat | | | | | |
| | select_one oui_non | fin | Fini ? | Done? | | ${enfants} >= 1 or ${revenu} = '' |
| choices |
| | list_name | name | label::Français (fr) | label::English (en) |
| | oui_non | oui | Oui | Yes |
| | oui_non | non | Non | No |
"""


def test_boxes_dates_repeats_and_english(tmp_path: Path) -> None:
    source = tmp_path / "repeat.md"
    source.write_text(FORM_WITH_REPEAT, encoding="utf-8")
    form = load_form(source)
    french = tmp_path / "fr.pdf"
    write_paper_form(form, french, repeat_rows=3)
    text = pdf_text(french)
    assert "1. Date de l'entretien" in text and "JJ / MM / AAAA" in text
    assert "Réponse entre 0 et 12." in text and "Réponse de plus de 0." in text
    assert "Tableau à remplir seulement si une réponse à la question 2 de plus de 0." in text
    assert "Tableau : une ligne par Enfant (3 lignes au plus)." in text
    assert "Codes de « Scolarisé » : 1 Oui, 2 Non" in text
    # Questions inside the repeat are not keyed, so the next number is 4.
    assert "4. Fini ?" in text
    assert "une réponse à la question 2 d'au moins 1 ou pas de réponse à la question 3" in text
    english = tmp_path / "en.pdf"
    write_paper_form(form, english, language="English (en)")
    text = pdf_text(english)
    assert "1. Interview date" in text and "DD / MM / YYYY" in text
    assert "Answer between 0 and 12." in text


def test_bad_requests_are_refused_and_write_nothing(tmp_path: Path, habitants: Form) -> None:
    target = tmp_path / "papier.pdf"
    target.write_bytes(b"ancien")
    with pytest.raises(PaperFormError, match="langue « Deutsch » absente"):
        write_paper_form(habitants, target, language="Deutsch")
    with pytest.raises(PaperFormError, match="entre 1 et 40"):
        write_paper_form(habitants, target, repeat_rows=0)
    with pytest.raises(PaperFormError, match="dossier de destination n.existe pas"):
        write_paper_form(habitants, tmp_path / "absent" / "papier.pdf")
    assert target.read_bytes() == b"ancien"
    data, pages = paper_form_pdf(habitants)
    assert data.startswith(b"%PDF") and pages >= 2


def test_form_print_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from inclusion_desktop.cli import main

    source = Path(__file__).resolve().parents[2] / "resources" / "questionnaires" / "habitants.xlsx"
    out = tmp_path / "papier.pdf"
    code = main(
        ["form", "print", str(source), "--out", str(out), "--language", "English (en)", "--json"]
    )
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["ok"] and payload["questions"] == 42
    assert "1. Where is this questionnaire being conducted?" in pdf_text(out)
    assert (
        main(
            ["form", "print", str(source), "--out", str(tmp_path / "x.pdf"), "--repeat-rows", "99"]
        )
        == 1
    )
    assert "entre 1 et 40" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
