"""Adding a questionnaire (an XLSForm and its files) to the store, for both front ends.

A coordinator gives the form's file and, if its files are elsewhere, their folder (by default
the loader looks in `<form>-media/`, `media/`, then beside the form, as ODK and pyxform do).
The form is read and checked by the loader first: a refused form raises its FormError (every
problem located by sheet, row and column) and nothing is stored. The version, its files (kept
with their SHA-256, see store.form_media) and the audit row in the coordinator's name are then
written in one transaction. The same file registered again is no error: its existing version
is given back, and only files it lacked are added.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.catalogue import Text as Message
from inclusion_desktop.permissions import Action
from inclusion_desktop.questionnaire.loader import FormError, FormProblem, load_form
from inclusion_desktop.services.access import require
from inclusion_desktop.store import FormVersionInfo, OperatorInfo, Store


@dataclass(frozen=True, slots=True)
class QuestionnaireRegistration:
    """What registering a questionnaire did, for the CLI (`as_dict`, `message`) and the GUI."""

    version: FormVersionInfo
    #: False when the same file was already registered: `version` is the one found.
    created: bool
    #: The form's files, by name: their SHA-256.
    media: dict[str, str]
    #: How many of those files the store did not hold before.
    media_added: int
    #: The loader's notices (files the form names that no folder holds, …) and pyxform's
    #: warnings; the form was registered all the same.
    notices: tuple[str, ...]
    #: Other registered versions of the same form carrying the same version label.
    same_label: tuple[int, ...] = ()

    @property
    def message(self) -> str:
        """What happened, in French (the command line)."""
        name = f"« {self.version.title} » ({self.version.form_id}, version "
        name += f"{self.version.version or '(aucune)'})"
        if not self.created:
            if self.media_added:
                return (
                    f"Questionnaire {name} déjà enregistré : {self.media_added} de ses fichiers "
                    "ajoutés."
                )
            return f"Questionnaire {name} déjà enregistré : rien n'a changé."
        files = len(self.media)
        kept = f"avec {plural(files, 'fichier joint', 'fichiers joints')}"
        return f"Questionnaire {name} ajouté {kept if files else 'sans fichier joint'}."

    def as_dict(self) -> dict[str, Any]:
        """The result as a JSON-ready dict."""
        return {
            "form_version_id": self.version.id,
            "form_id": self.version.form_id,
            "version": self.version.version,
            "title": self.version.title,
            "sha256": self.version.sha256,
            "file": self.version.source_filename,
            "created": self.created,
            "already_registered": not self.created,
            "media": dict(sorted(self.media.items())),
            "media_added": self.media_added,
            "notices": list(self.notices),
            "same_version_label": list(self.same_label),
        }


def default_media_dir(path: Path) -> Path | None:
    """The folder `<form name>-media` beside the form, when it exists (ODK's and pyxform's)."""
    folder = path.parent / f"{path.stem}-media"
    return folder if folder.is_dir() else None


def register_questionnaire(
    store: Store,
    actor: OperatorInfo | None,
    path: Path | str,
    media_dir: Path | str | None = None,
) -> QuestionnaireRegistration:
    """Registers the XLSForm at `path` with its files, in `actor`'s name (coordinators).

    Raises CoordinatorRequired when `actor` may not, FormError when the form is refused or the
    given `media_dir` does not exist, StoreError (FORM_MEDIA_DIFFERS…) when the store refuses;
    nothing is stored then.
    """
    grant = require(store, Action.REGISTER_FORM, actor)
    path = Path(path)
    folders = None
    if media_dir is not None:
        folder = Path(media_dir)
        if not folder.is_dir():
            raise FormError(
                [
                    FormProblem(
                        path.name,
                        Message(Code.FORM_MEDIA_FOLDER_MISSING, {"folder": str(folder)}),
                    )
                ]
            )
        folders = (folder,)
    form = load_form(path, media_dirs=folders)
    done = store.add_form_version(
        source=form.source,
        filename=form.source_filename,
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        sha256=form.sha256,
        media=form.media,
        audited=True,
        operator_id=grant.operator_id,
    )
    same_label = tuple(
        other.id
        for other in store.form_versions()
        if other.form_id == form.form_id
        and other.version == form.version
        and other.id != done.version.id
    )
    return QuestionnaireRegistration(
        version=done.version,
        created=done.created,
        media={name: hashlib.sha256(data).hexdigest() for name, data in form.media.items()},
        media_added=done.media_added,
        notices=tuple(form.warnings) + tuple(form.notices),
        same_label=same_label,
    )
