"""Where a revision comes from: the computer, the person, the time and the export file.

For the conflicts view: two versions of one questionnaire often share the same minute, and a
coordinator decides better knowing which laptop, which mediator and which USB-key file brought
each. The file is the first one merged from that computer after the revision was made (the
merge log keeps, per file, the computer it came from); a revision made on this computer has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from inclusion_desktop.store.models import Device, MergeLog, Operator

if TYPE_CHECKING:
    from inclusion_desktop.store.records import RevisionInfo
    from inclusion_desktop.store.repository import Store


@dataclass(frozen=True, slots=True)
class RevisionOrigin:
    """Who made a revision, where, when, and the export file that brought it here."""

    device_name: str
    operator_name: str | None
    created_at: datetime
    #: The export file's name (not its folder), None when made on this computer or not known.
    file_name: str | None
    #: True when the revision was made on this computer.
    local: bool


def revision_origins(store: Store, revisions: Sequence[RevisionInfo]) -> list[RevisionOrigin]:
    """The origin of each revision, in the same order (one read of the store)."""
    device_ids = {r.device_id for r in revisions}
    operator_ids = {r.operator_id for r in revisions if r.operator_id is not None}
    with store.engine.connect() as conn:
        devices = {
            row.id: row
            for row in conn.execute(
                select(Device.id, Device.uuid, Device.name, Device.is_local).where(
                    Device.id.in_(device_ids)
                )
            )
        }
        operators: dict[int, str] = {
            row.id: row.name
            for row in conn.execute(
                select(Operator.id, Operator.name).where(Operator.id.in_(operator_ids))
            )
        }
        uuids = [device.uuid for device in devices.values()]
        merges = conn.execute(
            select(MergeLog.device_uuid, MergeLog.created_at, MergeLog.file_name)
            .where(MergeLog.device_uuid.in_(uuids))
            .order_by(MergeLog.id)
        ).all()
    origins = []
    for revision in revisions:
        device = devices.get(revision.device_id)
        local = bool(device is not None and device.is_local)
        file_name = None
        if device is not None and not local:
            files = [(at, name) for uuid, at, name in merges if uuid == device.uuid]
            after = [name for at, name in files if at >= revision.created_at]
            chosen = after[0] if after else (files[-1][1] if files else None)
            file_name = _base_name(chosen) if chosen else None
        origins.append(
            RevisionOrigin(
                device_name=device.name if device is not None else "?",
                operator_name=operators.get(revision.operator_id)
                if revision.operator_id is not None
                else None,
                created_at=revision.created_at,
                file_name=file_name,
                local=local,
            )
        )
    return origins


def _base_name(path: str) -> str:
    """The file's own name, whichever system wrote its folder."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]
