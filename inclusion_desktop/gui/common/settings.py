"""This laptop's preferences (language, campaign, exports), kept with QSettings in an INI file.

The device name and the operators stay in the store: they go into every record and the audit
log. What is here belongs to the laptop and its user, not to the data. The file may hold the
campaign passphrase, so it is made readable by its owner only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QSettings

from inclusion_desktop.questionnaire.bundled import TERRITORIES

#: The names create_application gives the QApplication, hence the settings file's folder.
ORGANISATION = "inclusion-desktop"
APPLICATION = "inclusion-desktop"

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
DEFAULT_QUESTIONNAIRE = "habitants"

KEY_LANGUAGE = "interface/language"
KEY_EXPORT_FOLDER = "export/folder"
KEY_PASSPHRASE = "export/passphrase"
KEY_QUESTIONNAIRE = "campaign/questionnaire"
KEY_TERRITORY = "campaign/territory"


DEFAULT_TERRITORY = TERRITORIES[0].code


def default_export_folder() -> Path:
    """Where exports go until someone chooses: a folder in the user's documents."""
    return Path(user_documents_dir()) / "inclusion-exports"


class Preferences:
    """Typed access to the laptop's preferences; every change is written at once."""

    def __init__(self, settings: QSettings | None = None, *, path: str | Path | None = None):
        if settings is None:
            if path is not None:
                settings = QSettings(str(path), QSettings.Format.IniFormat)
            else:
                settings = QSettings(
                    QSettings.Format.IniFormat,
                    QSettings.Scope.UserScope,
                    ORGANISATION,
                    APPLICATION,
                )
        self.settings = settings

    def file_name(self) -> str:
        """The settings file's path."""
        return self.settings.fileName()

    def _text(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: str) -> None:
        self._protect_file()
        if value:
            self.settings.setValue(key, value)
        else:
            self.settings.remove(key)
        self.settings.sync()
        self._protect_file()

    def _protect_file(self) -> None:
        """The file may hold the passphrase: owner-only, created so before anything is written."""
        if sys.platform == "win32" or self.settings.format() != QSettings.Format.IniFormat:
            return
        path = Path(self.settings.fileName())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)
        except OSError:
            pass  # a read-only home: Qt reports the write failure through status()

    def is_configured(self) -> bool:
        """True once the first-run assistant (or the settings dialog) has saved something."""
        return self.settings.contains(KEY_LANGUAGE)

    @property
    def language(self) -> str:
        """The interface language: "fr" (default) or "en"."""
        value = self._text(KEY_LANGUAGE, DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"Langue inconnue : {code}")
        self._set(KEY_LANGUAGE, code)

    @property
    def export_folder(self) -> str:
        """The folder the export dialog starts in ("" until chosen)."""
        return self._text(KEY_EXPORT_FOLDER)

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._set(KEY_EXPORT_FOLDER, folder.strip())

    @property
    def passphrase(self) -> str:
        """The campaign passphrase that encrypts export files ("" for none)."""
        return self._text(KEY_PASSPHRASE)

    @passphrase.setter
    def passphrase(self, value: str) -> None:
        self._set(KEY_PASSPHRASE, value)

    @property
    def questionnaire(self) -> str:
        """The form id new questionnaires use by default."""
        return self._text(KEY_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE) or DEFAULT_QUESTIONNAIRE

    @questionnaire.setter
    def questionnaire(self, form_id: str) -> None:
        self._set(KEY_QUESTIONNAIRE, form_id)

    @property
    def territory(self) -> str:
        """The code of the territory surveyed (one of TERRITORIES)."""
        value = self._text(KEY_TERRITORY, DEFAULT_TERRITORY)
        return value if any(t.code == value for t in TERRITORIES) else DEFAULT_TERRITORY

    @territory.setter
    def territory(self, code: str) -> None:
        self._set(KEY_TERRITORY, code)
