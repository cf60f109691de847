"""The reasons of failed file operations, in French for the messages people read."""

from __future__ import annotations

import errno

# What the system says in English, said in French for the messages the user reads.
_OS_ERRORS_FR = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "support en lecture seule",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EIO: "erreur de lecture ou d'écriture sur le support",
    errno.EEXIST: "le fichier existe déjà",
}


def os_error_text(exc: BaseException) -> str:
    """The reason of a failed file operation, in French when the system gave a known one."""
    if isinstance(exc, OSError):
        if exc.errno in _OS_ERRORS_FR:
            return _OS_ERRORS_FR[exc.errno]
        if exc.strerror:
            return exc.strerror
    return str(exc)
