"""Files a form refers to: choice lists, pulldata() tables, images and sounds.

They are kept with the form version that names them when it is registered (``form_media``,
rows never changed nor deleted), travel with it in export files (see sync.bundle) and are
given back to the loader whenever a form is read from the store (Store.stored_form), so that a
laptop that never saw the form's folder shows the same choices. A version has one set of
files: the same name with other content is refused, naming the file (a new version of the
form carries a new file).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.store.attachments import (
    MAX_FORM_MEDIA_BYTES,
    MAX_FORM_MEDIA_TOTAL_BYTES,
    media_type_of,
    megabytes,
)
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.models import format_utc, utc_now
from inclusion_desktop.store.revisions import select_in

if TYPE_CHECKING:
    from inclusion_desktop.questionnaire.model import Form


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_media(conn: Connection, form_version_ids: Iterable[int]) -> dict[int, dict[str, bytes]]:
    """The files of each of these form versions, by file name (absent: none)."""
    found: dict[int, dict[str, bytes]] = {}
    for version_id, name, data in select_in(
        conn,
        "SELECT form_version_id, file_name, data FROM form_media"
        " WHERE form_version_id IN ({marks}) ORDER BY id",
        sorted(set(form_version_ids)),
    ):
        found.setdefault(int(version_id), {})[str(name)] = bytes(data)
    return found


@dataclass(frozen=True, slots=True)
class MediaOverflow:
    """A form version's files above a limit: the file named (the largest, for the total)."""

    name: str
    size: int
    limit: int
    total: bool

    def params(self, form: str) -> dict[str, Any]:
        """The parameters of the messages saying so (sizes in Mo, as said to users)."""
        return {"name": self.name, "form": form, "size": _mo(self.size), "limit": _mo(self.limit)}


def _mo(size: int) -> Text:
    """A size in megabytes, rounded up so that a size above a limit never reads as the limit."""
    return megabytes(math.ceil(size * 10 / (1024 * 1024)), whole_when_round=True)


def media_overflow(sizes: Mapping[str, int], stored: int = 0) -> MediaOverflow | None:
    """The first limit a form version's files break, or None.

    `sizes` are the files arriving, by name; `stored` what the version already keeps. Each file
    is at most MAX_FORM_MEDIA_BYTES, all of them together MAX_FORM_MEDIA_TOTAL_BYTES.
    """
    for name, size in sorted(sizes.items()):
        if size > MAX_FORM_MEDIA_BYTES:
            return MediaOverflow(name, size, MAX_FORM_MEDIA_BYTES, total=False)
    total = stored + sum(sizes.values())
    if sizes and total > MAX_FORM_MEDIA_TOTAL_BYTES:
        largest = max(sorted(sizes), key=lambda name: sizes[name])
        return MediaOverflow(largest, total, MAX_FORM_MEDIA_TOTAL_BYTES, total=True)
    return None


def add_form_media(
    conn: Connection,
    form_version_id: int,
    media: Mapping[str, bytes],
    *,
    form_name: str,
    dry_run: bool = False,
) -> int:
    """Keep the files of a form version that the store lacks; return how many.

    A file already kept with the same bytes is skipped; the same name with other bytes, a file
    above MAX_FORM_MEDIA_BYTES or a version's files above MAX_FORM_MEDIA_TOTAL_BYTES raise
    StoreError naming the file and the form, before anything is written.
    """
    if not media:
        return 0
    here: dict[str, str] = {}
    stored = 0
    for name, sha, size in conn.execute(
        text("SELECT file_name, sha256, size FROM form_media WHERE form_version_id = :id"),
        {"id": form_version_id},
    ):
        here[str(name)] = str(sha)
        stored += int(size)
    rows = []
    arriving: dict[str, int] = {}
    now = format_utc(utc_now())
    for name, data in sorted(media.items()):
        digest = _sha(data)
        if here.get(name) == digest:
            continue
        if name in here:
            raise StoreError(code=Code.FORM_MEDIA_DIFFERS, name=name, form=form_name)
        arriving[name] = len(data)
        rows.append(
            {
                "form_version_id": form_version_id,
                "file_name": name,
                "media_type": media_type_of(name),
                "size": len(data),
                "sha256": digest,
                "data": data,
                "created_at": now,
            }
        )
    overflow = media_overflow(arriving, stored)
    if overflow is not None:
        code = Code.FORM_MEDIA_TOTAL_TOO_BIG if overflow.total else Code.FORM_MEDIA_TOO_BIG
        raise StoreError(code=code, **overflow.params(form_name))
    if rows and not dry_run and form_version_id >= 0:
        conn.execute(
            text(
                "INSERT INTO form_media (form_version_id, file_name, media_type, size, sha256,"
                " data, created_at) VALUES (:form_version_id, :file_name, :media_type, :size,"
                " :sha256, :data, :created_at)"
            ),
            rows,
        )
    return len(rows)


class FormMediaStoreMixin:
    """Reading a form version's files, and the form with them (mixed into Store)."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...

        def form_source(self, form_version_id: int) -> tuple[bytes, str]: ...

    def form_media(self, form_version_id: int) -> dict[str, bytes]:
        """The files kept with a form version, by the name the form uses."""
        with self._read() as session:
            return stored_media(session.connection(), [form_version_id]).get(form_version_id, {})

    def stored_form(self, form_version_id: int) -> Form:
        """A registered form version, loaded with its files (raises FormError when refused)."""
        from inclusion_desktop.questionnaire.loader import load_form_bytes

        source, filename = self.form_source(form_version_id)
        return load_form_bytes(source, filename, media=self.form_media(form_version_id))
