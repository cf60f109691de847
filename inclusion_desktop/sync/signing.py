"""Per-laptop signatures: who made each revision and who wrote each export file.

Every laptop has an Ed25519 key pair (``cryptography``), made at first use; the private key is a
file beside the store, readable by its owner only, and never leaves the laptop. An export file
is signed by the laptop that wrote it: the signature covers the manifest, which holds the
SHA-256 of every other member, so every revision, audit row and form inside is covered. Each
revision also carries the signature of the laptop that made it (over its hash and that laptop's
uuid), kept by whoever merges it, so that a coordinator's file relays other laptops' work
verifiably.

The coordinator enrols laptops: the public key arrives in an export file, and its short code is
compared with the one shown on the laptop's own screen (``laptop code``), as Signal's safety
numbers. Once a campaign has enrolled laptops, a merge accepts only files signed by them, and
only revisions signed by them (sync.trust). Signatures keep files honest; the campaign
passphrase keeps them confidential.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import format_utc, utc_now

# The key lives in the store layer, which seals operator and audit rows with it too.
from inclusion_desktop.store.sealing import KEY_SUFFIX as KEY_SUFFIX
from inclusion_desktop.store.sealing import LaptopKey as LaptopKey
from inclusion_desktop.store.sealing import SigningError as SigningError
from inclusion_desktop.store.sealing import key_file, load_key, unb64
from inclusion_desktop.store.sealing import verify as verify

if TYPE_CHECKING:
    from inclusion_desktop.store import Store
    from inclusion_desktop.store.history import ExportPayload

_REVISION_CONTEXT = b"inclusion-desktop revision v1\n"
_FILE_CONTEXT = b"inclusion-desktop export v1\n"


def key_path(store: Store) -> Path:
    """The file of the laptop's private key: beside the store file, owner-only."""
    return key_file(store.path)


def laptop_key(store: Store) -> LaptopKey:
    """The laptop's key pair, made (owner-only file) the first time it is needed."""
    key = load_key(key_path(store))
    assert key is not None  # made when missing
    return key


def fingerprint(public: str) -> str:
    """The key's SHA-256 in groups of four hex digits, to compare by eye."""
    digest = hashlib.sha256(unb64(public)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def short_code(public: str) -> str:
    """Twelve digits (three groups) derived from the key, to read aloud or type."""
    number = int.from_bytes(hashlib.sha256(b"code\n" + unb64(public)).digest()[:8], "big")
    digits = f"{number % 10**12:012d}"
    return f"{digits[:4]} {digits[4:8]} {digits[8:]}"


def same_code(typed: str, public: str) -> bool:
    """Whether a code typed by the coordinator is this key's (spaces and dashes ignored)."""
    cleaned = "".join(ch for ch in typed if ch.isdigit())
    return cleaned == short_code(public).replace(" ", "")


def revision_message(content_hash: str, device_uuid: str) -> bytes:
    """What a laptop signs for a revision it made: its hash and the laptop's uuid."""
    return _REVISION_CONTEXT + f"{content_hash}\n{device_uuid}".encode()


def manifest_message(manifest: dict[str, Any]) -> bytes:
    """What a laptop signs for a file: its manifest (without the signature) in canonical JSON."""
    unsigned = {key: value for key, value in manifest.items() if key != "signature"}
    canonical = json.dumps(unsigned, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return _FILE_CONTEXT + canonical.encode("utf-8")


def sign_manifest(key: LaptopKey, device: dict[str, str], manifest: dict[str, Any]) -> None:
    """Add the writer's signature to a manifest (in place)."""
    manifest["signature"] = {
        "device": device["uuid"],
        "public_key": key.public,
        "signature": key.sign(manifest_message(manifest)),
    }


def file_signer(manifest: dict[str, Any]) -> dict[str, str] | None:
    """The manifest's valid signature ({device, public_key}), None when unsigned.

    Raises ValueError when a signature is there but does not verify: the file was modified
    after it was signed.
    """
    signed = manifest.get("signature")
    if signed is None:
        return None
    if not isinstance(signed, dict) or not all(
        isinstance(signed.get(k), str) for k in ("device", "public_key", "signature")
    ):
        raise ValueError("signature du fichier illisible")
    if not verify(signed["public_key"], manifest_message(manifest), signed["signature"]):
        raise ValueError("signature du fichier invalide")
    return {"device": signed["device"], "public_key": signed["public_key"]}


# -- in the store ---------------------------------------------------------------------------------


def sign_payload(store: Store, payload: ExportPayload, device_uuid: str, key: LaptopKey) -> None:
    """Give every revision of an export its maker's signature: ours, or the one relayed to us."""
    relayed = stored_signatures(store)
    for record in payload.submissions:
        for rev in record["revisions"]:
            if rev["device"] == device_uuid:
                rev["sig"] = key.sign(revision_message(rev["hash"], device_uuid))
            else:
                signature = relayed.get((rev["hash"], rev["device"]))
                if signature is not None:
                    rev["sig"] = signature


def stored_signatures(store: Store) -> dict[tuple[str, str], str]:
    """Signatures of revisions made elsewhere, by (hash, device uuid)."""
    with store._engine.connect() as conn:
        rows = conn.execute(
            text("SELECT content_hash, device_uuid, signature FROM revision_signature")
        )
        return {(row[0], row[1]): row[2] for row in rows}


def keep_signatures(store: Store, signatures: list[tuple[str, str, str]]) -> None:
    """Keep the signatures of merged revisions, to relay them with the revisions."""
    if not signatures:
        return
    with store._writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO revision_signature (content_hash, device_uuid, signature)"
                " VALUES (:hash, :device, :sig) ON CONFLICT DO NOTHING"
            ),
            [{"hash": h, "device": d, "sig": s} for h, d, s in signatures],
        )


@dataclass(frozen=True, slots=True)
class EnrolledLaptop:
    """A laptop the coordinator enrolled."""

    device_uuid: str
    name: str
    public_key: str
    enrolled_at: str
    enrolled_by: str

    @property
    def code(self) -> str:
        """The short code of its key."""
        return short_code(self.public_key)

    def as_dict(self) -> dict[str, str]:
        """JSON values, for ``--json``."""
        return {
            "device": self.device_uuid,
            "name": self.name,
            "fingerprint": fingerprint(self.public_key),
            "code": self.code,
            "enrolled_at": self.enrolled_at,
            "enrolled_by": self.enrolled_by,
        }


def enrolled_laptops(store: Store) -> list[EnrolledLaptop]:
    """The laptops enrolled in this store, oldest first."""
    with store._engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT device_uuid, name, public_key, enrolled_at, enrolled_by FROM laptop_key"
                " ORDER BY enrolled_at, device_uuid"
            )
        )
        return [EnrolledLaptop(*row) for row in rows]


def enrol(
    store: Store,
    *,
    device_uuid: str,
    name: str,
    public_key: str,
    by: str,
    operator_id: int | None = None,
) -> EnrolledLaptop:
    """Enrol a laptop's key (replacing an earlier key of the same laptop), audited."""
    from inclusion_desktop.store.audit import write_audit

    at = format_utc(utc_now())
    with store._writer.begin() as conn:
        conn.execute(text("DELETE FROM laptop_key WHERE device_uuid = :d"), {"d": device_uuid})
        conn.execute(
            text(
                "INSERT INTO laptop_key (device_uuid, name, public_key, enrolled_at, enrolled_by)"
                " VALUES (:d, :n, :k, :at, :by)"
            ),
            {"d": device_uuid, "n": name, "k": public_key, "at": at, "by": by},
        )
        write_audit(
            conn,
            action=AuditAction.ENROLMENT,
            target=name,
            operator_id=operator_id,
            detail=f"ordinateur {device_uuid}, empreinte {fingerprint(public_key)}",
        )
    return EnrolledLaptop(device_uuid, name, public_key, at, by)


def record_unsigned_import(store: Store, file_name: str, operator_id: int | None) -> None:
    """Say in the audit log that a file was merged through « importer sans signature »."""
    from inclusion_desktop.store.audit import write_audit

    with store._writer.begin() as conn:
        write_audit(
            conn,
            action=AuditAction.UNSIGNED_IMPORT,
            target=file_name,
            operator_id=operator_id,
            detail="fichier fusionné sans signature vérifiée (importer sans signature)",
        )
