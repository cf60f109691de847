"""Table-import and signing-key refusals are catalogued: French, English, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import all_rows, empty_store
from translation_support import english

from inclusion_desktop.catalogue import Code
from inclusion_desktop.store.sealing import SigningError, load_key
from inclusion_desktop.sync.tabular import ImportReport, TabularError, import_table

FORM_MD = """\
| survey |
| | type | name | label |
| | integer | age | Âge |
| settings |
| | form_id | version | form_title |
| | petit | 1 | Petit |
"""


def _refused_import(tmp_path: Path, content: bytes) -> TabularError:
    form = tmp_path / "petit.md"
    form.write_text(FORM_MD, encoding="utf-8")
    data = tmp_path / "donnees.csv"
    data.write_bytes(content)
    with empty_store(tmp_path / "c.sqlite") as store:
        before = all_rows(store)
        with pytest.raises(TabularError) as refused:
            import_table(store, form_path=form, data_path=data)
        assert all_rows(store) == before
    assert data.read_bytes() == content
    return refused.value


def test_a_damaged_utf16_file_is_refused_in_both_languages(tmp_path: Path) -> None:
    error = _refused_import(tmp_path, b"\xff\xfe_\x00u\x00\x00\xd8")  # a lone surrogate
    assert error.code is Code.TABLE_DAMAGED_UNICODE
    assert str(error).startswith("donnees.csv : fichier UTF-16 endommagé (")
    assert error.render(english()).startswith("donnees.csv: damaged UTF-16 file (")


def test_a_huge_cell_names_the_line_in_both_languages(tmp_path: Path) -> None:
    row = "b1a1e2c4-0000-4000-8000-000000000001," + "9" * (200 * 1024)
    error = _refused_import(tmp_path, f"_uuid,age\r\n{row}\r\n".encode())
    assert error.code is Code.TABLE_CELL_TOO_LARGE and error.params["line"] == 2
    assert str(error).endswith(
        "(fichier endommagé ou qui n'est pas un export). Rien n'a été importé."
    )
    limit = error.params["limit"]
    assert error.render(english()) == (
        f"donnees.csv, line 2: a cell is larger than {limit} KiB (a damaged file, or not an "
        "export). Nothing was imported."
    )


def test_a_damaged_signing_key_is_named_and_left_in_place(tmp_path: Path) -> None:
    key = tmp_path / "base.sqlite.key"
    key.write_bytes(b"-----BEGIN PRIVATE KEY-----\nabime\n-----END PRIVATE KEY-----\n")
    with pytest.raises(SigningError) as refused:
        load_key(key)
    assert refused.value.code is Code.SIGNING_KEY_DAMAGED
    assert str(refused.value).startswith(f"clé de signature de cet ordinateur endommagée ({key})")
    assert refused.value.render(english()) == (
        f"this computer's signing key is damaged ({key}): restore it, or delete it and have "
        "this computer enrolled again."
    )
    assert key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----\nabime")


def test_the_import_summary_writes_real_plurals() -> None:
    one = ImportReport("/tmp/x.csv", "petit", created=1, already_present=0, without_id=2)
    one.repeat_rows = {"membres": 1}
    assert one.summary().splitlines() == [
        "x.csv : 1 questionnaire importé, 0 déjà présent, 2 lignes sans identifiant.",
        "Répétition « membres » : 1 ligne rattachée.",
    ]
    many = ImportReport("x.csv", "petit", created=3, already_present=2, without_id=1, revised=2)
    assert many.summary().splitlines() == [
        "x.csv : 3 questionnaires importés, 2 déjà présents, 1 ligne sans identifiant.",
        "2 questionnaires déjà présents modifiés dans l'export : nouvelle version enregistrée.",
    ]
