"""What the interface says about a failure, and the catalogue's labels, in the interface language.

`user_message(error)` is the one way an error reaches the screen: a refusal (errors.AppError)
is rendered from the catalogue through Qt's translator; a file the system could not read or
write says so; anything else is a bug, logged with its traceback and shown as « Erreur
inattendue » with the path of the technical log.
"""

from __future__ import annotations

import logging
import re
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inclusion_desktop.catalogue import (
    AUDIT_ACTION_LABELS,
    PERMISSION_LABELS,
    STATUS_LABELS,
    Code,
    Renderable,
    Text,
)
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text

log = logging.getLogger(__name__)


def translate(context: str, source: str) -> str:
    """Qt's translation of a catalogue source (the French source while French is shown)."""
    return QCoreApplication.translate(context, source)


def user_message(error: BaseException) -> str:
    """The message shown for `error`, in the interface language."""
    if isinstance(error, AppError):
        return error.render(translate)
    if isinstance(error, OSError):
        reason = os_error_text(error)
        return f"{error.filename} : {reason}" if error.filename else reason
    log_without_message(log, "Erreur inattendue", error)
    from inclusion_desktop.app_log import log_path

    return Text(Code.UNEXPECTED, {"log": log_path()}).render(translate)


def as_sentence(text: str) -> str:
    """`text` ending like a sentence, so that another sentence can follow it."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…", ":")) else text + "."


def log_without_message(logger: logging.Logger, what: str, error: BaseException) -> None:
    """Log where an error happened and its kind, never its message.

    A message may quote an answer (SQLite's errors carry the SQL parameters), and the technical
    log must never hold one.
    """
    logger.error(
        "%s :\n%s%s (message non journalisé : il peut contenir des réponses)",
        what,
        "".join(traceback.format_tb(error.__traceback__)),
        type(error).__name__,
    )


def message_text(text: Renderable) -> str:
    """A catalogued message (a reason kept in a report, say) in the interface language."""
    return text.render(translate)


def permission_label(action: str) -> str:
    """A permissions.Action as the password dialog names it (« Pour … : »)."""
    return PERMISSION_LABELS.label(str(action), translate)


def audit_action_label(action: str) -> str:
    """An action of the audit log."""
    return AUDIT_ACTION_LABELS.label(action, translate)


def status_label(status: str) -> str:
    """A submission status (draft, complete, deleted)."""
    return STATUS_LABELS.label(status, translate)


#: The wording of the shipped INSEE figures (population.csv), shown in the interface language.
_POPULATION_WORDING = (
    (
        re.compile(r"De (?P<low>\d+) à (?P<high>\d+) ans"),
        QT_TRANSLATE_NOOP("Population", "De {low} à {high} ans"),
    ),
    (
        re.compile(r"(?P<low>\d+) ans ou plus"),
        QT_TRANSLATE_NOOP("Population", "{low} ans ou plus"),
    ),
    (
        re.compile(r"INSEE, recensement de la population (?P<year>\d{4})(?P<rest>.*)"),
        QT_TRANSLATE_NOOP("Population", "INSEE, recensement de la population {year}{rest}"),
    ),
)


def population_wording(text: str) -> str:
    """A label or source of the figures in the interface language, if it is the app's wording.

    The shipped file's age bands and INSEE census are translated; any other text stays as it is.
    """
    for pattern, source in _POPULATION_WORDING:
        match = pattern.fullmatch(text)
        if match:
            template = QCoreApplication.translate("Population", str(source))
            return template.format(**match.groupdict())
    return text
