"""Tamper-evident audit log: the rows of each laptop form a hash chain.

Each row written on a laptop carries ``chain`` = SHA-256 of the previous row's chain (of the same
laptop, ``prev_chain``) and of the row's own content (uuid, time, laptop uuid, author's name,
action, target, detail). The chain travels with the rows in export files, which the laptop signs
(sync.signing), so a row edited or deleted in the middle of a laptop's log is detected: by
``audit verify`` on the store itself, and at the next merge of that laptop's file. Each row is
also signed by its laptop over its chain value (store.sealing), so rewriting the chain after an
edit does not pass either. Rows written before the chain existed stay unchained and are counted
as such, never as errors.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from inclusion_desktop.catalogue import Code, Renderable, Text


def chain_hash(prev: str, row: Mapping[str, Any]) -> str:
    """The chain value of one audit row after `prev` ("" for a laptop's first chained row)."""
    content = json.dumps(
        [
            row["uuid"],
            row["created_at"],
            row["device"],
            row["operator_name"],
            row["action"],
            row["target"],
            row["detail"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev}\n{content}".encode()).hexdigest()


def last_chain(conn: Connection, device_id: int | None) -> str:
    """The chain of the laptop's newest chained row, "" when it has none yet."""
    if device_id is None:
        return ""
    value = conn.scalar(
        text(
            "SELECT chain FROM audit WHERE device_id = :d AND chain IS NOT NULL"
            " ORDER BY id DESC LIMIT 1"
        ),
        {"d": device_id},
    )
    return str(value) if value else ""


@dataclass(slots=True)
class ChainReport:
    """What checking the chains found: rows checked, rows unchained, problems (catalogued)."""

    checked: int = 0
    unchained: int = 0
    #: Chained rows whose author laptop's signature verified (store.sealing).
    signed: int = 0
    #: Operator accounts whose seal verified (``audit verify`` on a store).
    operators: int = 0
    issues: list[Renderable] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """The problems found, in French (the command line)."""
        return [issue.render() for issue in self.issues]

    @property
    def ok(self) -> bool:
        """True when every chained row verifies and no chained row is missing."""
        return not self.issues


def _chain_order(chained: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The rows of one laptop from its first chained row on, following the links."""
    by_prev = {str(row.get("prev_chain") or ""): row for row in chained}
    ordered: list[Mapping[str, Any]] = []
    current = ""
    while current in by_prev and len(ordered) < len(chained):
        row = by_prev[current]
        ordered.append(row)
        current = row["chain"]
    return ordered


def check_chains(
    rows: Iterable[Mapping[str, Any]],
    names: Mapping[str, str],
    keys: Mapping[str, str] | None = None,
    *,
    every_signature: bool = True,
) -> ChainReport:
    """Verify every laptop's chain: each row hashes to its chain, each link leads to a row.

    `rows` are audit records (as they travel) with ``chain``, ``prev_chain`` and ``sig``;
    `names` maps laptop uuids to names for the messages; `keys` maps laptop uuids to the public
    keys their rows' signatures are checked with. A signature that does not verify is a problem;
    so is an unsigned row after a signed one (its laptop signs every row since it was upgraded).
    Without `every_signature` (a merge), only each laptop's newest signed row is checked: its
    chain value covers every row before it, whose hashes are checked one by one anyway.
    """
    report = ChainReport()
    by_device: dict[str | None, list[Mapping[str, Any]]] = {}
    for row in rows:
        if not row.get("chain"):
            report.unchained += 1
            continue
        by_device.setdefault(row["device"], []).append(row)
    for device, chained in by_device.items():
        name: str | Text = names.get(device or "", device or Text(Code.AUDIT_UNKNOWN_LAPTOP))
        known = {row["chain"] for row in chained}
        starts = 0
        followers: dict[str, int] = {}
        for row in chained:
            report.checked += 1
            prev = row.get("prev_chain") or ""
            if chain_hash(prev, row) != row["chain"]:
                report.issues.append(Text(Code.AUDIT_ROW_MODIFIED, _where(name, row)))
                continue
            if prev == "":
                starts += 1
            elif prev not in known:
                report.issues.append(Text(Code.AUDIT_ROW_MISSING, _where(name, row)))
            followers[prev] = followers.get(prev, 0) + 1
        if starts > 1 or any(count > 1 for count in followers.values()):
            report.issues.append(Text(Code.AUDIT_CHAIN_FORKED, {"name": name}))
        public = None if keys is None or device is None else keys.get(device)
        if public is not None:
            ordered = _chain_order(chained)
            _check_signatures(report, name, str(device), public, ordered, every_signature)
    return report


def _where(name: str | Text, row: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters naming a row of a laptop's log: its laptop, time and action."""
    return {"name": name, "when": str(row["created_at"])[:19], "action": row["action"]}


def _check_signatures(
    report: ChainReport,
    name: str | Text,
    device: str,
    public: str,
    ordered: list[Mapping[str, Any]],
    every_signature: bool,
) -> None:
    """Check the laptop's signatures of its rows, in chain order (see check_chains)."""
    from inclusion_desktop.store.sealing import audit_message, verify

    last_signed = max((i for i, row in enumerate(ordered) if row.get("sig")), default=-1)
    seen_signed = False
    for index, row in enumerate(ordered):
        signature = row.get("sig")
        if signature is None:
            if seen_signed:
                report.issues.append(Text(Code.AUDIT_ROW_UNSIGNED, _where(name, row)))
            continue
        seen_signed = True
        if not every_signature and index != last_signed:
            report.signed += 1  # covered by the newest signed row's chain value
            continue
        if verify(public, audit_message(device, row["chain"]), signature):
            report.signed += 1
        else:
            report.issues.append(Text(Code.AUDIT_SIGNATURE_MISMATCH, _where(name, row)))


def store_rows(conn: Connection) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Every audit row of a store as chain records, and the names of its laptops."""
    rows = [
        {
            "uuid": row[0],
            "created_at": row[1],
            "device": row[2],
            "operator_name": row[3],
            "action": row[4],
            "target": row[5],
            "detail": row[6],
            "chain": row[7],
            "prev_chain": row[8],
            **({"sig": row[9]} if row[9] else {}),
        }
        for row in conn.execute(
            text(
                "SELECT a.uuid, a.created_at, d.uuid, a.operator_name, a.action, a.target,"
                " a.detail, a.chain, a.prev_chain, s.signature FROM audit a"
                " LEFT JOIN device d ON d.id = a.device_id"
                " LEFT JOIN audit_signature s ON s.audit_uuid = a.uuid ORDER BY a.id"
            )
        )
    ]
    names = {row[0]: row[1] for row in conn.execute(text("SELECT uuid, name FROM device"))}
    return rows, names


def store_keys(conn: Connection) -> dict[str, str]:
    """The public keys a store checks audit signatures with: enrolled laptops', and its own."""
    from inclusion_desktop.store.sealing import local_public_key

    keys = {
        str(row[0]): str(row[1])
        for row in conn.execute(text("SELECT device_uuid, public_key FROM laptop_key"))
    }
    local = conn.execute(text("SELECT uuid FROM device WHERE is_local LIMIT 1")).scalar()
    public = local_public_key(conn)
    if local is not None and public is not None:
        keys[str(local)] = public
    return keys


def verify_store_audit(engine: Any) -> ChainReport:
    """Check a store (``audit verify``): audit chains and signatures, operator seals."""
    from inclusion_desktop.store.sealing import operator_problems

    with engine.connect() as conn:
        rows, names = store_rows(conn)
        report = check_chains(rows, names, store_keys(conn))
        operators = conn.execute(text("SELECT count(*) FROM operator")).scalar() or 0
        problems = operator_problems(conn)
    report.operators = operators - len(problems)
    # The accounts' problems are still French sentences (store.sealing).
    report.issues.extend(Text(Code.STORE, {"detail": problem}) for problem in problems)
    return report
