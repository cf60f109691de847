"""Every reference form that loads is filled at random, exported and imported back unchanged.

Random valid questionnaires go through FormSession (relevance, constraints, repeats, choice
filters), are saved in a store, written with `data export` (CSV and XLSX) and read back with
`data import` into an empty store: every questionnaire comes back with the same answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from form_filler import fill
from sync_support import empty_store

from inclusion_desktop.cli import main
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_FORMS = ROOT / "tests" / "reference-data" / "xlsforms"
LOADING = [
    "aaz-kta__fetched_form.xlsx",
    "aaz-x2l__Supply_Chain_Analysis_Retailers_tool.xlsx",
    "epicentre__WHOVA2016_v1_5_3_ODK.xlsx",
    "hbm-niger__MSNA_Outil_Collecte_FINAL_V6.xlsx",
    "pyxform__UCL_Biomass_Plot_Form.xlsx",
]
QUESTIONNAIRES = 6

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not REFERENCE_FORMS.is_dir(), reason=f"reference XLSForms not found at {REFERENCE_FORMS}"
    ),
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("filename", LOADING)
def test_random_questionnaires_survive_export_and_import(
    tmp_path: Path, filename: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = REFERENCE_FORMS / filename
    form = load_form(path)
    store = empty_store(tmp_path / "source.sqlite")
    version = store.register_form(
        source=form.source,
        filename=filename,
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        sha256=form.sha256,
    )
    operator = store.add_operator("Samira").id
    expected = {}
    for seed in range(QUESTIONNAIRES):
        session = FormSession(form, device_id="pc-1", username="samira")
        assert fill(session, seed) == []
        assert session.errors() == {}
        submission = store.create_submission(
            form_version_id=version.id, zone="QPV-A", operator_id=operator
        )
        store.finalize(submission.uuid, session.final_answers(), operator)
        expected[submission.uuid] = store.head_answers(submission.uuid)
    store.close()

    out = tmp_path / f"export.{fmt}"
    assert main(["data", "export", "--db", str(tmp_path / "source.sqlite"), "--format", fmt,
                 "--out", str(out)]) == 0  # fmt: skip
    repeats = sorted(p for p in tmp_path.glob("export-*.csv"))
    target = tmp_path / "target.sqlite"
    empty_store(target).close()
    command = ["data", "import", "--db", str(target), "--form", str(path), str(out)]
    for repeat in repeats:
        command += ["--repeat", str(repeat)]
    assert main(command) == 0, capsys.readouterr()
    imported = Store.open(str(target))
    try:
        assert {info.uuid for info in imported.list_submissions()} == set(expected)
        for uuid, answers in expected.items():
            assert imported.head_answers(uuid) == answers, uuid
    finally:
        imported.close()
