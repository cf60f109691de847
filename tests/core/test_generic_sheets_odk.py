"""Generic sheets work for every loaded form: repeats summarised, geopoints and files counted."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import pytest
from form_filler import fill
from sync_support import empty_store

from inclusion_desktop.analysis.frame import answers_frame
from inclusion_desktop.analysis.indicators import generic_indicators, indicator_values
from inclusion_desktop.questionnaire.loader import load_form, load_form_bytes
from inclusion_desktop.questionnaire.model import GEO_TYPES, MEDIA_TYPES
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.reports.generate import write_reports

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_FORMS = ROOT / "tests" / "reference-data" / "xlsforms"
LOADING = [
    "aaz-kta__fetched_form.xlsx",
    "aaz-x2l__Supply_Chain_Analysis_Retailers_tool.xlsx",
    "epicentre__WHOVA2016_v1_5_3_ODK.xlsx",
    "hbm-niger__MSNA_Outil_Collecte_FINAL_V6.xlsx",
    "pyxform__UCL_Biomass_Plot_Form.xlsx",
]

FORM_MD = """
| survey |
| | type              | name   | label  |
| | geopoint          | lieu   | Lieu   |
| | begin repeat      | membre | Membre |
| | select_one sexe   | sexe   | Sexe   |
| | image             | photo  | Photo  |
| | end repeat        |        |        |
| choices |
| | list_name | name | label |
| | sexe      | f    | Femme |
| | sexe      | h    | Homme |
"""


def test_repeats_geopoints_and_files_have_generic_indicators() -> None:
    form = load_form_bytes(textwrap.dedent(FORM_MD).strip().encode(), "menage.md")
    records = [
        ("u1", "z", "1", {"lieu": "50 3", "membre": [{"sexe": "f", "photo": "a.jpg"},
                                                     {"sexe": "h"}]}),
        ("u2", "z", "1", {"membre": [{"sexe": "f"}]}),
        ("u3", "z", "1", {}),
    ]  # fmt: skip
    frame = answers_frame(records, [form])
    assert list(frame["membre"]) == [2.0, 1.0, 0.0]
    sheet = generic_indicators(form)
    values = indicator_values(frame, sheet.indicators)
    assert list(values["lieu.renseigne"]) == [1.0, 0.0, 0.0]
    assert list(values["membre.au_moins_un"]) == [1.0, 1.0, 0.0]
    assert list(values["sexe.h"].fillna(-1)) == [1.0, 0.0, -1.0]
    assert list(values["photo.renseigne"]) == [1.0, 0.0, 0.0]


@pytest.mark.slow
@pytest.mark.skipif(not REFERENCE_FORMS.is_dir(), reason="reference XLSForms not found")
@pytest.mark.parametrize("filename", LOADING)
def test_generic_sheet_of_every_reference_form(tmp_path: Path, filename: str) -> None:
    form = load_form(REFERENCE_FORMS / filename)
    store = empty_store(tmp_path / "s.sqlite")
    version = store.register_form(
        source=form.source,
        filename=filename,
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        sha256=form.sha256,
    )
    operator = store.add_operator("Samira").id
    for seed in range(12):
        session = FormSession(form)
        fill(session, seed)
        submission = store.create_submission(
            form_version_id=version.id, zone="maubeuge/sous_le_bois", operator_id=operator
        )
        store.finalize(submission.uuid, session.final_answers(), operator)
    result = write_reports(store, tmp_path / "fiches", form_id=form.form_id)
    store.close()
    assert result.respondents == 12
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.neighbourhoods[0]), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    if any(group.is_repeat for group in form.groups):
        assert "Au moins une répétition" in text
    if any(question.type in GEO_TYPES for question in form.questions):
        assert "Position relevée" in text
    if any(question.type in MEDIA_TYPES for question in form.questions):
        assert "Fichier joint" in text
