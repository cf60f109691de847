"""The laptop's signing key, and the seals it puts on operator rows and audit rows.

Every laptop has an Ed25519 key pair (``cryptography``), made at first use; the private key is a
file beside the store (``<store>.cle-signature``), readable by its owner only, and never leaves
the laptop (sync.signing signs export files and revisions with it).

Within the store, the same key seals what gives rights and what tells the story:

- each operator row (uuid, name, role, secret hash) carries ``seal``, the laptop's signature of
  those values, written whenever the application writes the row; a row edited in the file (a
  mediator made coordinator, a PIN hash replaced) no longer verifies, and the account is refused
  with a French message (OperatorInfo.seal_problem) instead of being obeyed;
- each audit row the laptop writes is signed over its hash chain value (store.audit_chain), kept
  in ``audit_signature``: the row, its content and its place in the chain, is the laptop's word.

Operator rows never travel (roles and secrets are set where they apply): rows added by a merge
are sealed by the merging laptop, so an honest merge never locks anyone out.
"""

from __future__ import annotations

import base64
import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from inclusion_desktop.catalogue import Code, Said, Text
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.store.engine import sqlite_file_path

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

#: Suffix of the key file beside a store file; a store without a file (PostgreSQL) keeps its
#: laptop's key in the user's data folder.
KEY_SUFFIX = ".cle-signature"
_OPERATOR_CONTEXT = b"inclusion-desktop operator v1\n"
_AUDIT_CONTEXT = b"inclusion-desktop audit v1\n"


class SigningError(AppError):
    """The laptop's signing key cannot be read or made (French message)."""

    area_code = Code.SIGNING


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: str) -> bytes:
    """The bytes of a base64 text (ValueError when it is not base64)."""
    return base64.b64decode(value.encode("ascii"), validate=True)


def key_file(store_path: Path | None) -> Path:
    """The file of the laptop's private key for a store file (None: a server store)."""
    if store_path is not None:
        path = Path(store_path)
        return path.with_name(path.name + KEY_SUFFIX)
    from platformdirs import user_data_dir

    return Path(user_data_dir("inclusion_desktop", appauthor=False)) / f"laptop{KEY_SUFFIX}"


def connection_key_file(conn: Connection) -> Path:
    """The key file of the store this connection talks to."""
    return key_file(sqlite_file_path(conn.engine.url.render_as_string(hide_password=False)))


@dataclass(frozen=True, slots=True)
class LaptopKey:
    """The laptop's key pair; the public half travels, base64, in every file it signs."""

    private: Ed25519PrivateKey
    public: str

    def sign(self, message: bytes) -> str:
        """The base64 Ed25519 signature of `message`."""
        return _b64(self.private.sign(message))


# Keys already read, by file, with the file's identity: each audit row is signed, and reading
# and parsing the PEM file each time would cost more than the signature.
_loaded: dict[Path, tuple[tuple[int, int, int], LaptopKey]] = {}


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


def load_key(path: Path, *, create: bool = True) -> LaptopKey | None:
    """The key pair of `path`, made (owner-only file) when missing and `create`; else None."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    identity = _identity(path)
    cached = _loaded.get(path)
    if cached is not None and identity is not None and cached[0] == identity:
        return cached[1]
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        if not create:
            return None
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, pem)
            finally:
                os.close(fd)
        except FileExistsError:
            pem = path.read_bytes()  # made meanwhile by another window of the app
        except OSError as exc:
            raise SigningError(
                code=Code.SIGNING_KEY_CANNOT_CREATE, path=path, reason=os_error_text(exc)
            ) from exc
    except OSError as exc:
        raise SigningError(
            code=Code.SIGNING_KEY_UNREADABLE, path=path, reason=os_error_text(exc)
        ) from exc
    try:
        loaded = serialization.load_pem_private_key(pem, password=None)
    except ValueError as exc:
        raise SigningError(code=Code.SIGNING_KEY_DAMAGED, path=path) from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise SigningError(code=Code.SIGNING_KEY_INVALID, path=path)
    public = loaded.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    key = LaptopKey(loaded, _b64(public))
    new_identity = _identity(path)
    if new_identity is not None:
        _loaded[path] = (new_identity, key)
    return key


def connection_key(conn: Connection) -> LaptopKey:
    """The signing key of the laptop writing through this connection (made at first use)."""
    key = load_key(connection_key_file(conn))
    assert key is not None  # made when missing
    return key


@functools.lru_cache(maxsize=256)
def _public_key(public: str) -> Ed25519PublicKey:
    """The key object of a base64 public key, made once: a merge checks thousands of rows."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(unb64(public))


def verify(public: str, message: bytes, signature: Any) -> bool:
    """True when `signature` (base64) is `public`'s signature of `message`."""
    from cryptography.exceptions import InvalidSignature

    if not isinstance(signature, str) or not isinstance(public, str):
        return False
    try:
        _public_key(public).verify(unb64(signature), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# -- operator rows ---------------------------------------------------------------------------------


def operator_message(uuid: str, name: str, role: str, secret_hash: str | None) -> bytes:
    """What the laptop signs for an operator row: everything that gives the account its rights."""
    content = json.dumps([uuid, name, role, secret_hash or ""], ensure_ascii=False)
    return _OPERATOR_CONTEXT + content.encode("utf-8")


#: Setting naming the public key that sealed the accounts, to tell a replaced key file from an
#: edited account in the refusal.
SEALING_KEY_SETTING = "cle_scellement"


def _sealing_key(conn: Connection) -> LaptopKey:
    """This laptop's key, remembered in the store as the one that seals the accounts."""
    key = connection_key(conn)
    conn.execute(
        text("INSERT INTO setting (key, value) VALUES (:k, :v) ON CONFLICT DO NOTHING"),
        {"k": SEALING_KEY_SETTING, "v": key.public},
    )
    return key


def operator_seal(conn: Connection, uuid: str, name: str, role: str, secret: str | None) -> str:
    """The seal of an operator row with these values, by this laptop's key."""
    return _sealing_key(conn).sign(operator_message(uuid, name, role, secret))


def seal_operators(conn: Connection, uuids: list[str], *, remember_key: bool = True) -> None:
    """Seal the operator rows just written by the application (the merge's new rows)."""
    if not uuids:
        return
    key = _sealing_key(conn) if remember_key else connection_key(conn)
    for uuid in uuids:
        row = conn.execute(
            text("SELECT name, role, secret_hash FROM operator WHERE uuid = :u"), {"u": uuid}
        ).one()
        seal = key.sign(operator_message(uuid, row[0], row[1], row[2]))
        conn.execute(text("UPDATE operator SET seal = :s WHERE uuid = :u"), {"s": seal, "u": uuid})


def tampered_message(name: str) -> str:
    """The refusal of an account whose row no longer matches its seal."""
    return Said(Text(Code.OPERATOR_TAMPERED, {"name": name}))


def missing_key_message(name: str, path: Path) -> str:
    """The refusal of an account that cannot be checked: the laptop's key is gone."""
    return Said(Text(Code.OPERATOR_KEY_MISSING, {"name": name, "path": str(path)}))


def changed_key_message(name: str, path: Path) -> str:
    """The refusal of an account sealed by another key than the one beside the store now."""
    return Said(Text(Code.OPERATOR_KEY_CHANGED, {"name": name, "path": str(path)}))


def operator_seal_problem(
    conn: Connection,
    uuid: str,
    name: str,
    role: str,
    secret_hash: str | None,
    seal: str | None,
) -> str | None:
    """Why this operator row is not the one the application wrote (French), None when it is."""
    path = connection_key_file(conn)
    try:
        key = load_key(path, create=False)
    except SigningError:
        key = None
    if key is None:
        return missing_key_message(name, path)
    if verify(key.public, operator_message(uuid, name, role, secret_hash), seal):
        return None
    sealed_with = conn.execute(
        text("SELECT value FROM setting WHERE key = :k"), {"k": SEALING_KEY_SETTING}
    ).scalar()
    if sealed_with is not None and sealed_with != key.public:
        return changed_key_message(name, path)
    return tampered_message(name)


def vanished_operators(conn: Connection) -> list[str]:
    """Accounts this laptop's audit log created or changed that are no longer in the store.

    The application never deletes nor renames an operator; a row deleted in the file (the only
    coordinator, so that nobody has a password any more) is told by the chained, signed rows
    that recorded it.
    """
    rows = conn.execute(
        text(
            "SELECT DISTINCT a.target FROM audit a JOIN device d ON d.id = a.device_id"
            " WHERE d.is_local AND a.chain IS NOT NULL"
            " AND a.action IN ('operateur', 'mot_de_passe')"
            " AND a.target NOT IN (SELECT name FROM operator) ORDER BY a.target"
        )
    )
    return [str(row[0]) for row in rows]


def vanished_message(name: str) -> str:
    """The problem of an account deleted from the store file."""
    return Said(Text(Code.OPERATOR_VANISHED, {"name": name}))


def operator_problems(conn: Connection) -> list[str]:
    """Every operator row that does not verify, and every deleted one, for ``audit verify``."""
    rows = conn.execute(
        text("SELECT uuid, name, role, secret_hash, seal FROM operator ORDER BY id")
    ).all()
    problems = []
    for row in rows:
        problem = operator_seal_problem(conn, row[0], row[1], row[2], row[3], row[4])
        if problem is not None:
            problems.append(problem)
    problems.extend(vanished_message(name) for name in vanished_operators(conn))
    return problems


# -- audit rows ------------------------------------------------------------------------------------


def audit_message(device_uuid: str, chain: str) -> bytes:
    """What a laptop signs for an audit row: its chain value, which covers content and place."""
    return _AUDIT_CONTEXT + f"{device_uuid}\n{chain}".encode()


def sign_audit_row(conn: Connection, row_uuid: str, device_uuid: str, chain: str) -> None:
    """Sign one audit row this laptop has just written, in the caller's transaction."""
    signature = connection_key(conn).sign(audit_message(device_uuid, chain))
    conn.execute(
        text("INSERT INTO audit_signature (audit_uuid, signature) VALUES (:u, :s)"),
        {"u": row_uuid, "s": signature},
    )


def local_public_key(conn: Connection) -> str | None:
    """This laptop's public key, None when its key file is missing or unreadable."""
    try:
        key = load_key(connection_key_file(conn), create=False)
    except SigningError:
        return None
    return None if key is None else key.public


def seal_existing(conn: Connection) -> None:
    """Seal the operator rows and sign this laptop's chained audit rows already in a store.

    Run once, by the migration that brought seals (0013_sealed): what the application wrote
    before is taken as it stands then.
    """
    operators = [row[0] for row in conn.execute(text("SELECT uuid FROM operator"))]
    local = conn.execute(text("SELECT uuid FROM device WHERE is_local LIMIT 1")).scalar()
    audit = (
        []
        if local is None
        else conn.execute(
            text(
                "SELECT a.uuid, a.chain FROM audit a JOIN device d ON d.id = a.device_id"
                " WHERE d.is_local AND a.chain IS NOT NULL AND a.uuid IS NOT NULL"
            )
        ).all()
    )
    if not operators and not audit:
        return  # a new store: no key made before it is needed
    # The key is not remembered here: an upgrade adds no row to the tables it finds.
    seal_operators(conn, operators, remember_key=False)
    for row_uuid, chain in audit:
        sign_audit_row(conn, row_uuid, str(local), chain)
