"""File errors reach people in French, whatever the system's language."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.questionnaire.loader import FormError, load_form


def test_known_system_errors_are_said_in_french() -> None:
    assert os_error_text(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))) == (
        "plus de place sur le disque"
    )
    assert os_error_text(FileNotFoundError(errno.ENOENT, "No such file or directory")) == (
        "fichier ou dossier introuvable"
    )
    # An unknown error keeps the system's words rather than saying nothing.
    assert os_error_text(OSError(errno.ENAMETOOLONG, "File name too long")) == "File name too long"
    assert os_error_text(ValueError("valeur")) == "valeur"


def test_a_missing_form_file_is_reported_in_french(tmp_path: Path) -> None:
    missing = tmp_path / "absent.xlsx"
    try:
        load_form(missing)
    except FormError as error:
        text = str(error) + " ".join(p.message for p in error.problems)
    else:  # pragma: no cover - the file does not exist
        raise AssertionError("a missing file must be refused")
    assert "fichier ou dossier introuvable" in text
    assert "No such file" not in text
