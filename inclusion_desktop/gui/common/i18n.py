"""Interface languages: the French source strings, or their English translation, switched live.

The interface is written in French (the source language of the Qt `.ts` files); English comes
from `resources/translations/inclusion_desktop_en.qm`, compiled from the `.ts` by
scripts/build_translations.py. French has a file too, inclusion_desktop_fr.qm, holding only the
singular and plural forms of the messages with a count (%n). Questionnaire texts have their own
languages (XLSForm columns) and messages of the core (store, exchanges, analysis) stay in French.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QGuiApplication

from inclusion_desktop.gui.common.settings import KEY_LANGUAGE, Preferences

log = logging.getLogger(__name__)

#: The interface languages, by code, each named in its own language.
LANGUAGES = {"fr": "Français", "en": "English"}
#: The language the strings are written in: its file gives only the plural forms.
SOURCE_LANGUAGE = "fr"
DEFAULT_LANGUAGE = "fr"
#: The QSettings key of the user's choice (the settings dialog writes it).
SETTING_LANGUAGE = KEY_LANGUAGE  # "interface/language"
#: Our translation files are named inclusion_desktop_<code>.qm.
CATALOGUE = "inclusion_desktop"

#: Qt strings its French catalogue (qtbase_fr) leaves in English, by context: the file dialog's
#: « Look in: » and « Files of type: » with their shortcuts, and the kinds of its « Type » column.
QT_FRENCH_GAPS = {
    "QFileDialog": {
        "&Look in:": "&Voir dans\u00a0:",
        "Files of &type:": "Fichiers de &type\u00a0:",
        "Computer": "Ordinateur",
    },
    "QAbstractFileIconProvider": {
        "Folder": "Dossier",
        "File Folder": "Dossier",
        "Drive": "Lecteur",
        "File": "Fichier",
        "Unknown": "Inconnu",
    },
    "QFileIconProvider": {"Folder": "Dossier", "Drive": "Lecteur", "File": "Fichier"},
    "QFileInfoGatherer": {"Folder": "Dossier"},
}


class QtFrenchGaps(QTranslator):
    """Completes Qt's French catalogue with the strings it lacks (see QT_FRENCH_GAPS).

    Asked before qtbase_fr (the last installed translator is asked first); None (a null
    string: an empty one would be taken as the translation) passes the string on to the others.
    """

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The French for a known gap, None for everything else."""
        return QT_FRENCH_GAPS.get(context, {}).get(source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        """Never empty: Qt skips empty translators."""
        return False


_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translations_folder() -> Path:
    """The folder of the .ts sources and the compiled .qm files."""
    return Path(str(resources.files("inclusion_desktop.resources") / "translations"))


def current_language() -> str:
    """The code of the language installed last ("fr" until another one is)."""
    return _current


def install_language(app: QCoreApplication, code: str) -> bool:
    """Makes `code` the interface language: Qt's own strings and ours, replacing the previous ones.

    Widgets already built keep their texts: they are rebuilt by MainWindow.apply_language. An
    unknown code falls back to French. Returns False when a translation file was missing (the
    interface then shows the French strings).
    """
    global _current
    if code not in LANGUAGES:
        log.warning("Langue d'interface inconnue : %r, français utilisé", code)
        code = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    complete = True
    # Qt's standard buttons and dialogs (« Annuler », « Oui »…).
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
        if code == "fr":
            gaps = QtFrenchGaps(app)
            app.installTranslator(gaps)
            _installed.append(gaps)
    elif code != "en":  # Qt is written in English: no file is needed for it
        log.warning("Traductions de Qt (%s) introuvables dans %s", code, qt_folder)
        complete = False
    ours = QTranslator(app)
    folder = translations_folder()
    if ours.load(f"{CATALOGUE}_{code}", str(folder)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning(
            "Traduction de l'interface (%s) introuvable dans %s : lancez "
            "scripts/build_translations.py",
            code,
            folder,
        )
        complete = False
    _current = code
    if isinstance(app, QGuiApplication):  # shown after window titles on some desktops
        app.setApplicationDisplayName(
            QCoreApplication.translate("Application", "Inclusion numérique")
        )
    return complete


def saved_language() -> str:
    """The language chosen in the settings (QSettings "interface/language"), French by default."""
    return Preferences().language
