"""Files attached to questionnaires: photos, recordings, documents answering a question.

The answer holds the file's name, as in ODK; the bytes live in the ``attachment`` table, named
uniquely within their questionnaire and never changed. They travel in export files (see
sync.bundle), are written beside data exports (see sync.tabular) and go with their
questionnaire when it is purged.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.models import Attachment, Submission, utc_now
from inclusion_desktop.store.revisions import select_in

#: Largest file accepted as an answer: a phone photo or a minute of video fits.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
#: Largest file a form may carry (choice list, pulldata table, image, sound), and largest total
#: of one form version's files: a forged or careless form cannot fill the disk (store.form_media).
MAX_FORM_MEDIA_BYTES = 20 * 1024 * 1024
MAX_FORM_MEDIA_TOTAL_BYTES = 100 * 1024 * 1024
_MAX_NAME = 200
_FORBIDDEN = set('<>:"/\\|?*')


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """One attached file, without its bytes (see Store.attachment_data)."""

    submission: str
    question: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    created_at: datetime


def megabytes(tenths: int, *, whole_when_round: bool = False) -> Text:
    """A size given in tenths of a megabyte, as said to users: « 20,1 Mo » / "20.1 MB".

    With `whole_when_round`, a round size loses its decimal (« 20 Mo »).
    """
    whole, tenth = divmod(tenths, 10)
    if whole_when_round and not tenth:
        return Text(Code.SIZE_MEGABYTES_WHOLE, {"whole": whole})
    return Text(Code.SIZE_MEGABYTES, {"whole": whole, "tenth": tenth})


def mebibytes(size: int) -> Text:
    """A size in megabytes to one decimal, as said to users (« 20,0 Mo », "20.0 MB")."""
    return megabytes(round(size * 10 / (1024 * 1024)))


def clean_file_name(name: str) -> str:
    """The last part of a path, made safe as a file name on Windows and Linux.

    Separators, reserved characters and control characters become « _ »; an empty or dotted name
    becomes « fichier ».
    """
    base = PurePath(name.replace("\\", "/")).name
    cleaned = "".join(
        "_" if ch in _FORBIDDEN or unicodedata.category(ch).startswith("C") else ch
        for ch in unicodedata.normalize("NFC", base)
    ).strip(" .")
    if not cleaned:
        cleaned = "fichier"
    if len(cleaned) > _MAX_NAME:
        stem, dot, suffix = cleaned.rpartition(".")
        keep = suffix if dot and len(suffix) <= 10 else ""
        cleaned = cleaned[: _MAX_NAME - len(keep) - 1] + ("." + keep if keep else "")
    return cleaned


def media_type_of(file_name: str) -> str:
    """The media type a file's extension says, « application/octet-stream » when unknown."""
    guessed, _encoding = mimetypes.guess_type(file_name, strict=False)
    return guessed or "application/octet-stream"


def _free_name(name: str, taken: set[str]) -> str:
    """`name`, or « nom-2.ext », « nom-3.ext »… when another file of the questionnaire has it."""
    if name not in taken:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    number = 2
    while True:
        candidate = f"{stem}-{number}" + (f".{suffix}" if suffix else "")
        if candidate not in taken:
            return candidate
        number += 1


def referenced_names(answers: Any) -> set[str]:
    """Every text value of some answers (repeat instances included): the candidate file names."""
    if isinstance(answers, str):
        return {answers}
    if isinstance(answers, Mapping):
        values: Any = answers.values()
    elif isinstance(answers, list):
        values = answers
    else:
        return set()
    found: set[str] = set()
    for value in values:
        found |= referenced_names(value)
    return found


def _too_big(name: str, size: int) -> StoreError:
    return StoreError(
        code=Code.ATTACHMENT_TOO_BIG,
        name=name,
        size=mebibytes(size),
        limit=mebibytes(MAX_ATTACHMENT_BYTES),
    )


def _info(uuid: str, row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        uuid, row.question, row.file_name, row.media_type, row.size, row.sha256, row.created_at
    )


class AttachmentsStoreMixin:
    """Attaching files and reading them back (mixed into Store)."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...

        def _write(self) -> AbstractContextManager[Session]: ...

        @staticmethod
        def _submission(session: Session, uuid: str) -> Submission: ...

    def add_attachment(
        self, uuid: str, *, question: str, file_name: str, data: bytes
    ) -> AttachmentInfo:
        """Keep a file for a question of a questionnaire and return it with its stored name.

        The name is the file's own, cleaned; another file of the same questionnaire with that
        name gets « -2 », « -3 »…; the very same file attached again is not stored twice.
        Above MAX_ATTACHMENT_BYTES the file is refused and nothing is written.
        """
        name = clean_file_name(file_name)
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise _too_big(name, len(data))
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as session:
            sub = self._submission(session, uuid)
            if sub.status == "deleted":
                raise StoreError(code=Code.ATTACHMENT_SUBMISSION_DELETED, uuid=uuid)
            existing = {
                row.file_name: row
                for row in session.scalars(
                    select(Attachment).where(Attachment.submission_id == sub.id)
                )
            }
            same = existing.get(name)
            if same is not None and same.sha256 == digest:
                return _info(uuid, same)
            row = Attachment(
                submission_id=sub.id,
                question=question,
                file_name=_free_name(name, set(existing)),
                media_type=media_type_of(name),
                size=len(data),
                sha256=digest,
                data=data,
                created_at=utc_now(),
            )
            session.add(row)
            session.flush()
            return _info(uuid, row)

    def attach_file(self, uuid: str, question: str, path: Path) -> AttachmentInfo:
        """Read a file from disk and attach it (see add_attachment).

        A file above the cap is refused before its bytes are read; one that cannot be read is
        refused with the system's reason.
        """
        name = clean_file_name(path.name)
        try:
            size = path.stat().st_size
            if size <= MAX_ATTACHMENT_BYTES:
                data = path.read_bytes()
        except OSError as exc:
            raise StoreError(
                code=Code.ATTACHMENT_UNREADABLE, name=name, reason=os_error_text(exc)
            ) from exc
        if size > MAX_ATTACHMENT_BYTES:
            raise _too_big(name, size)
        return self.add_attachment(uuid, question=question, file_name=name, data=data)

    def stored_attachment(self, uuid: str, file_name: str) -> tuple[AttachmentInfo, bytes] | None:
        """One attached file of a questionnaire with its bytes, None when there is no such file."""
        with self._read() as session:
            sub = self._submission(session, uuid)
            row = session.scalars(
                select(Attachment).where(
                    Attachment.submission_id == sub.id, Attachment.file_name == file_name
                )
            ).first()
            return None if row is None else (_info(uuid, row), bytes(row.data))

    def attachments(self, uuid: str) -> list[AttachmentInfo]:
        """The files attached to a questionnaire, in the order they were attached."""
        with self._read() as session:
            sub = self._submission(session, uuid)
            rows = session.scalars(
                select(Attachment).where(Attachment.submission_id == sub.id).order_by(Attachment.id)
            )
            return [_info(uuid, row) for row in rows]

    def attachment_data(self, uuid: str, file_name: str) -> bytes:
        """The bytes of one attached file."""
        with self._read() as session:
            sub = self._submission(session, uuid)
            data = session.scalar(
                select(Attachment.data).where(
                    Attachment.submission_id == sub.id, Attachment.file_name == file_name
                )
            )
        if data is None:
            raise StoreError(code=Code.ATTACHMENT_NOT_FOUND, name=file_name, uuid=uuid)
        return bytes(data)

    def attachment_files(self, names: Mapping[str, set[str]]) -> Iterator[tuple[str, str, bytes]]:
        """(questionnaire, file name, bytes) of the files `names` lists per questionnaire.

        Names with no stored file (typed by hand, or from another tool) are skipped.
        """
        with self._read() as session:
            yield from _stored_files(session.connection(), names)

    def attachment_counts(self, uuids: Sequence[str]) -> dict[str, int]:
        """How many files are attached to each of these questionnaires (absent when none)."""
        with self._read() as session:
            return {
                str(uuid): int(count)
                for uuid, count in select_in(
                    session.connection(),
                    "SELECT s.uuid, COUNT(*) FROM attachment a"
                    " JOIN submission s ON s.id = a.submission_id"
                    " WHERE s.uuid IN ({marks}) GROUP BY s.uuid",
                    list(uuids),
                )
            }


def _stored_files(
    conn: Connection, names: Mapping[str, set[str]]
) -> Iterator[tuple[str, str, bytes]]:
    rows = select_in(
        conn,
        "SELECT s.uuid, a.file_name, a.data FROM attachment a"
        " JOIN submission s ON s.id = a.submission_id WHERE s.uuid IN ({marks})"
        " ORDER BY s.uuid, a.id",
        sorted(names),
    )
    for uuid, file_name, data in rows:
        if file_name in names[uuid]:
            yield str(uuid), str(file_name), bytes(data)


def attachments_payload(
    conn: Connection, submissions: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The files an export carries: those the exported revisions' answers name, with bytes.

    `submissions` are the export records (see history.export_payload); a file attached then
    removed before any save is not an answer and stays home.
    """
    names = {
        rec["uuid"]: set().union(
            *(referenced_names(json.loads(rev["answers"])) for rev in rec["revisions"])
        )
        for rec in submissions
    }
    rows = select_in(
        conn,
        "SELECT s.uuid, a.question, a.file_name, a.media_type, a.size, a.sha256, a.data,"
        " a.created_at FROM attachment a JOIN submission s ON s.id = a.submission_id"
        " WHERE s.uuid IN ({marks}) ORDER BY s.uuid, a.id",
        sorted(names),
    )
    return [
        {
            "submission": uuid,
            "question": question,
            "file_name": file_name,
            "media_type": media_type,
            "size": int(size),
            "sha256": sha256,
            "data": bytes(data),
            "created_at": str(created_at),
        }
        for uuid, question, file_name, media_type, size, sha256, data, created_at in rows
        if file_name in names[uuid]
    ]


def merge_attachments(
    conn: Connection,
    attachments: Sequence[Mapping[str, Any]],
    *,
    dry_run: bool,
    refused: set[str] = frozenset(),  # type: ignore[assignment]
) -> int:
    """Add the files of a verified bundle that this store lacks; return how many.

    A file already here (same questionnaire, name and hash) is skipped; one whose questionnaire
    was refused by the merge is left aside. The same name with other content in one
    questionnaire raises StoreError naming the file: the whole merge is then rolled back.
    """
    if not attachments:
        return 0
    uuids = sorted({att["submission"] for att in attachments})
    ids = dict(select_in(conn, "SELECT uuid, id FROM submission WHERE uuid IN ({marks})", uuids))
    here: dict[tuple[int, str], str] = {
        (int(sub_id), str(name)): str(sha)
        for sub_id, name, sha in select_in(
            conn,
            "SELECT submission_id, file_name, sha256 FROM attachment"
            " WHERE submission_id IN ({marks})",
            sorted(ids.values()),
        )
    }
    rows = []
    added = 0
    for att in attachments:
        if att["submission"] in refused:
            continue
        sub_id = ids.get(att["submission"])
        key = (sub_id, att["file_name"])
        known = here.get(key) if sub_id is not None else None  # type: ignore[arg-type]
        if known == att["sha256"]:
            continue
        if known is not None:
            raise StoreError(
                code=Code.ATTACHMENT_CONFLICT, name=att["file_name"], uuid=att["submission"]
            )
        added += 1
        if sub_id is None:
            continue  # a new questionnaire seen by a preview, or one the merge refused
        here[key] = att["sha256"]  # type: ignore[index]
        rows.append({**{k: att[k] for k in _COLUMNS}, "submission_id": sub_id})
    if rows and not dry_run:
        conn.execute(
            text(
                "INSERT INTO attachment (submission_id, question, file_name, media_type, size,"
                " sha256, data, created_at) VALUES (:submission_id, :question, :file_name,"
                " :media_type, :size, :sha256, :data, :created_at)"
            ),
            rows,
        )
    return added


_COLUMNS = ("question", "file_name", "media_type", "size", "sha256", "data", "created_at")


def delete_attachments(conn: Connection, marks: str, params: Mapping[str, Any]) -> int:
    """Delete the files of the questionnaires whose ids fill `marks` (a purge's chunk)."""
    return int(
        conn.execute(
            text(f"DELETE FROM attachment WHERE submission_id IN ({marks})"), params
        ).rowcount
    )
