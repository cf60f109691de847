"""How the store keeps an edited territory: its CSV text, when and where it was saved.

The rules of a territory (which lines are valid, which quartiers may go) are the domain's
(`inclusion_desktop.territory`); this module only reads and writes the two settings and counts
the questionnaires per zone, so that no SQL on the store's tables lives outside the store. The
merge applies a bundle's territory through a `TerritoryMerge` step handed to it by the caller.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, text

from inclusion_desktop.store.audit import write_audit
from inclusion_desktop.store.keys import AuditAction, SettingKey

log = logging.getLogger(__name__)

#: Store setting holding the edited territory (CSV text); absent: the shipped file.
SETTING_TERRITORY = SettingKey.TERRITORY
#: Store setting: when (UTC) and on which laptop the edited territory was saved, as JSON
#: ``{"saved_at", "device": {"uuid", "name"}}``; absent in stores older than this setting.
SETTING_TERRITORY_ORIGIN = SettingKey.TERRITORY_ORIGIN
#: The save time of a territory edited before times were kept, with no audit row left: any
#: dated save is later.
UNKNOWN_SAVE_TIME = "1970-01-01T00:00:00.000000+00:00"


@dataclass(frozen=True, slots=True)
class TerritoryOrigin:
    """When (canonical UTC text) and on which laptop a territory was saved."""

    saved_at: str
    device_uuid: str
    device_name: str

    def json(self) -> str:
        """The value of the ``territory_origin`` setting."""
        return json.dumps(
            {
                "saved_at": self.saved_at,
                "device": {"uuid": self.device_uuid, "name": self.device_name},
            },
            ensure_ascii=False,
        )

    @property
    def key(self) -> tuple[str, str]:
        """Ordering of two saves: the later wins, the laptop's uuid breaks a tie."""
        return (self.saved_at, self.device_uuid)


class TerritoryMerge(Protocol):
    """The territory step of a merge: apply `incoming` in the merge's transaction.

    Returns (outcome, French message); outcome ``updated``, ``kept`` or ``refused``.
    """

    def __call__(
        self,
        conn: Connection,
        incoming: dict[str, Any],
        *,
        submissions: Sequence[dict[str, Any]] = (),
        source: str = "",
        dry_run: bool = False,
        operator_id: int | None = None,
    ) -> tuple[str, str]:
        """Apply (or, with `dry_run`, judge) the bundle's territory."""


def setting_value(conn: Connection, key: str) -> str | None:
    """The value of one store setting, None when never set."""
    return conn.execute(text("SELECT value FROM setting WHERE key = :key"), {"key": key}).scalar()


def _set(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO setting (key, value) VALUES (:key, :value)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": key, "value": value},
    )


def territory_origin(conn: Connection) -> TerritoryOrigin | None:
    """The origin of the store's edited territory; None when it was never edited.

    A store edited before the origin was kept: the time of this laptop's last territory save in
    the audit log (rows merged from other laptops aside).
    """
    if not setting_value(conn, SETTING_TERRITORY):
        return None
    raw = setting_value(conn, SETTING_TERRITORY_ORIGIN)
    if raw:
        try:
            value = json.loads(raw)
            return TerritoryOrigin(
                str(value["saved_at"]), str(value["device"]["uuid"]), str(value["device"]["name"])
            )
        except (ValueError, KeyError, TypeError):
            log.warning("Origine du territoire illisible : %r", raw)
    row = conn.execute(
        text(
            "SELECT a.created_at, d.uuid, d.name FROM audit a JOIN device d ON d.id = a.device_id"
            " WHERE d.is_local AND a.action = 'reglage' AND a.target = :target"
            " ORDER BY a.created_at DESC, a.id DESC LIMIT 1"
        ),
        {"target": SETTING_TERRITORY},
    ).first()
    if row is not None:
        return TerritoryOrigin(str(row[0]), row[1], row[2])
    local = conn.execute(text("SELECT uuid, name FROM device WHERE is_local LIMIT 1")).first()
    return TerritoryOrigin(UNKNOWN_SAVE_TIME, *(local if local is not None else ("", "")))


def territory_payload(conn: Connection) -> dict[str, Any] | None:
    """The edited territory as a bundle carries it (None when the store uses the shipped one)."""
    origin = territory_origin(conn)
    if origin is None:
        return None
    return {
        "saved_at": origin.saved_at,
        "device": {"uuid": origin.device_uuid, "name": origin.device_name},
        "csv": setting_value(conn, SETTING_TERRITORY),
    }


def zone_usage_with(conn: Connection, submissions: Sequence[dict[str, Any]]) -> Counter[str]:
    """Questionnaires (deleted ones aside) per zone: the store's, and the bundle's new ones."""
    usage: Counter[str] = Counter()
    for zone, count in conn.execute(
        text("SELECT zone, COUNT(*) FROM submission WHERE status != 'deleted' GROUP BY zone")
    ):
        usage[zone] += count
    known = {row[0] for row in conn.execute(text("SELECT uuid FROM submission"))}
    for rec in submissions:
        if rec["uuid"] not in known and rec["revisions"]:
            head = max(rec["revisions"], key=lambda rev: rev["number"])
            if head["status"] != "deleted":
                usage[rec["zone"]] += 1
    return usage


def keep_received_territory(
    conn: Connection,
    csv_text: str,
    origin: TerritoryOrigin,
    *,
    detail: str,
    operator_id: int | None,
) -> None:
    """Keep a territory received from another laptop with its origin, and audit it."""
    _set(conn, SETTING_TERRITORY, csv_text)
    _set(conn, SETTING_TERRITORY_ORIGIN, origin.json())
    write_audit(
        conn,
        action=AuditAction.SETTING,
        target=SETTING_TERRITORY,
        operator_id=operator_id,
        detail=detail,
    )
