"""Bad data files to import get a French refusal naming the file (and line), and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import all_rows, empty_store

from inclusion_desktop.sync.tabular import TabularError, import_table

FORM_MD = """\
| survey |
| | type | name | label |
| | integer | age | Âge |
| | text | commentaire | Commentaire |
| settings |
| | form_id | version | form_title |
| | petit | 1 | Petit |
"""

GOOD = "_uuid,age,commentaire\r\nb1a1e2c4-0000-4000-8000-000000000001,34,oui\r\n"


@pytest.fixture
def form(tmp_path: Path) -> Path:
    path = tmp_path / "petit.md"
    path.write_text(FORM_MD, encoding="utf-8")
    return path


def test_utf16_export_is_read(tmp_path: Path, form: Path) -> None:
    data = tmp_path / "unicode.csv"
    data.write_bytes(GOOD.replace(",", "\t").encode("utf-16"))
    with empty_store(tmp_path / "c.sqlite") as store:
        report = import_table(store, form_path=form, data_path=data)
        assert report.created == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"PK\x03\x04\x00\x00binaire\x00\x00" * 10, "contenu binaire"),
        (
            ("_uuid,age,commentaire\r\nb1a1e2c4-0000-4000-8000-000000000001,34,"
             + "x" * (200 * 1024) + "\r\n").encode(),
            "Kio",
        ),
        (
            (GOOD + "b1a1e2c4-0000-4000-8000-000000000001,35,non\r\n").encode(),
            "apparaît deux fois (lignes 2 et 3)",
        ),
    ],
    ids=["binary", "huge-field", "repeated-uuid"],
)
def test_bad_file_is_refused_in_french_and_writes_nothing(
    tmp_path: Path, form: Path, content: bytes, words: str
) -> None:
    data = tmp_path / "donnees.csv"
    data.write_bytes(content)
    with empty_store(tmp_path / "c.sqlite") as store:
        before = all_rows(store)
        with pytest.raises(TabularError) as refused:
            import_table(store, form_path=form, data_path=data)
        assert words in str(refused.value) and "donnees.csv" in str(refused.value)
        assert all_rows(store) == before
