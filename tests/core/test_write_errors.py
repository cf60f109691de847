"""A file that cannot be written: the message names what was being written, not an export."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from inclusion_desktop.paradata import fieldwork_report
from inclusion_desktop.questionnaire.bundled import load_bundled_form
from inclusion_desktop.reports.fieldwork_sheet import FieldworkSheetError, write_fieldwork_sheet
from inclusion_desktop.reports.paper_form import PaperFormError, write_paper_form
from inclusion_desktop.sync.bundle import BundleError, write_atomically


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that refuses new files as a read-only medium does.

    Folder permissions do not stop root (tests may run as root), so opening a file for
    writing there fails with EROFS, as on a write-protected USB key.
    """
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).parent == folder and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    return folder


def test_paper_form_in_a_read_only_folder(read_only: Path) -> None:
    with pytest.raises(PaperFormError) as refused:
        write_paper_form(load_bundled_form(), read_only / "papier.pdf")
    message = str(refused.value)
    assert "papier.pdf" in message and "lecture seule" in message
    assert "aucun fichier PDF n'a été écrit" in message
    assert "export" not in message
    assert list(read_only.iterdir()) == []


def test_fieldwork_sheet_in_a_read_only_folder(read_only: Path) -> None:
    with pytest.raises(FieldworkSheetError) as refused:
        write_fieldwork_sheet(fieldwork_report([]), [], read_only / "suivi.pdf")
    message = str(refused.value)
    assert "suivi.pdf" in message and "aucun fichier PDF n'a été écrit" in message
    assert "export" not in message


def test_an_export_file_is_still_called_one(read_only: Path) -> None:
    with pytest.raises(BundleError, match="aucun fichier d'export n'a été écrit"):
        write_atomically(read_only / "export.zip", b"donnees")
