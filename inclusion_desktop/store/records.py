"""The records the store hands out: plain frozen values, never ORM objects.

They live apart from the `Store` class so that every part of the store (history, verification,
fieldwork) can build them without importing the repository that assembles those parts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from inclusion_desktop.store.models import Device, FormVersion, Revision, Submission

SubmissionStatus = Literal["draft", "complete", "deleted"]
EntryMode = Literal["field", "keying"]


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """A laptop known to the store."""

    id: int
    uuid: str
    name: str
    is_local: bool


@dataclass(frozen=True, slots=True)
class FormVersionInfo:
    """A registered XLSForm file, without its bytes (see Store.form_source)."""

    id: int
    form_id: str
    version: str
    title: str
    sha256: str
    source_filename: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FormRegistration:
    """What registering an XLSForm did: its version, and whether anything was new."""

    version: FormVersionInfo
    #: False when the same bytes were already registered (the existing version is given).
    created: bool
    #: How many of the form's files the store did not hold yet and now keeps.
    media_added: int


@dataclass(frozen=True, slots=True)
class SubmissionInfo:
    """The state of one questionnaire."""

    uuid: str
    form_version_id: int
    zone: str
    status: str
    entry_mode: str
    created_at: datetime
    updated_at: datetime
    device_id: int
    operator_id: int | None


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    """One saved state in the append-only history of a questionnaire."""

    submission_uuid: str
    number: int
    parent_hash: str | None
    content_hash: str
    answers: dict[str, Any]
    status: str
    reason: str | None
    created_at: datetime
    device_id: int
    operator_id: int | None
    parent2_hash: str | None = None


@dataclass(frozen=True, slots=True)
class SubmissionRow:
    """One line of the questionnaire list, with the names already resolved."""

    uuid: str
    form_title: str
    zone: str
    status: str
    entry_mode: str
    created_at: datetime
    updated_at: datetime
    operator_name: str | None
    device_name: str
    revision_count: int


#: What the questionnaire list can be ordered by, one per column of the home screen list.
LIST_ORDER_KEYS = ("created_at", "zone", "status", "operator", "device", "revisions", "form")


@dataclass(frozen=True, slots=True)
class ListOrder:
    """The order of the questionnaire list: a key of LIST_ORDER_KEYS and a direction.

    Zones and statuses are ordered by the names shown, which the store does not know: `ranks`
    gives each code its place among those names (equal names, equal rank); a code missing from
    it comes last. Operators and devices are ordered by their names, without case.
    Ties keep the default order, newest questionnaire first.
    """

    key: str = "created_at"
    descending: bool = True
    ranks: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SubmissionCounts:
    """The figures of the home screen."""

    today: int
    drafts: int
    complete: int
    not_exported: int


def device_info(device: Device) -> DeviceInfo:
    """The public record of a device row."""
    return DeviceInfo(device.id, device.uuid, device.name, device.is_local)



def form_info(form: FormVersion) -> FormVersionInfo:
    """The public record of a form version row, without its bytes."""
    return FormVersionInfo(
        form.id,
        form.form_id,
        form.version,
        form.title,
        form.sha256,
        form.source_filename,
        form.created_at,
    )


def submission_info(sub: Submission) -> SubmissionInfo:
    """The public record of a submission row."""
    return SubmissionInfo(
        sub.uuid,
        sub.form_version_id,
        sub.zone,
        sub.status,
        sub.entry_mode,
        sub.created_at,
        sub.updated_at,
        sub.device_id,
        sub.operator_id,
    )


def revision_info(uuid: str, rev: Revision) -> RevisionInfo:
    """The public record of a revision row of questionnaire `uuid`."""
    return RevisionInfo(
        uuid,
        rev.number,
        rev.parent_hash,
        rev.content_hash,
        json.loads(rev.answers),
        rev.status,
        rev.reason,
        rev.created_at,
        rev.device_id,
        rev.operator_id,
        rev.parent2_hash,
    )


@dataclass(frozen=True, slots=True)
class SubmissionHead:
    """A questionnaire with where its history ends, read in one query for the data exports.

    `head_status` is the status of its latest revision (highest generation, then hash);
    `answers_text` the canonical JSON of its latest complete revision (None: never complete).
    `created_at` is the stored UTC text, as exports write it.
    """

    uuid: str
    form_id: str
    form_version_id: int
    version: str
    zone: str
    status: str
    created_at: str
    device_name: str
    operator_name: str | None
    head_status: str
    answers_text: str | None

    @property
    def answers(self) -> dict[str, Any]:
        """The answers of the latest complete revision ({} when there is none)."""
        result: dict[str, Any] = json.loads(self.answers_text or "{}")
        return result
