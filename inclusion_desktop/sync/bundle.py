"""Bundle files: written atomically and verified, optionally encrypted, refused when damaged.

A bundle is a zip holding ``manifest.json`` (format version, app version, device, operators,
forms, counts and the SHA-256 of every other member), ``submissions.jsonl`` (one questionnaire
per line with all its revisions), ``audit.jsonl`` (the audit log, one row per line; absent from
bundles written before it travelled), ``territory.json`` (the sender's edited territory: its CSV
text, when and on which laptop it was saved; absent when the territory is the shipped one) and
the XLSForm source of every form version it uses, with the files each form names (choice lists,
pulldata tables, images) under ``forms/<sha256>/media/`` since format 5.

Format 2 only differs from format 1 by revisions flagged ``"redacted"``: earlier revisions whose
free-text answers were cleared (see inclusion_desktop.services.campaign). Their hash, their
identity, cannot be recomputed from what is left, so the reader accepts them only as ancestors of a
revision that does verify; a bundle without them is still written as format 1. Format 3 adds
``territory.json`` (and may hold redacted revisions): it is written only when the bundle carries
a territory, so that an older app refuses it (« mettez à jour ») instead of silently leaving its
laptop on an outdated list of quartiers; bundles without a territory keep format 1 or 2. With a
campaign passphrase the zip is sealed with AES-256-GCM under a key derived by scrypt from the
passphrase and a random salt kept in a small clear header, which is also authenticated.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import secrets
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from inclusion_desktop import __version__
from inclusion_desktop.catalogue import Code, Renderable, Text
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.store import Store
from inclusion_desktop.store.attachments import MAX_ATTACHMENT_BYTES, clean_file_name
from inclusion_desktop.store.form_media import media_overflow
from inclusion_desktop.store.hashing import content_hash_of_text
from inclusion_desktop.store.history import ExportPayload, FormSource, IncomingBundle
from inclusion_desktop.store.models import ENTRY_MODES, REVISION_STATUSES, format_utc, utc_now
from inclusion_desktop.sync.signing import (
    SigningError,
    file_signer,
    laptop_key,
    sign_manifest,
    sign_payload,
)

FORMAT_NAME = "inclusion-desktop-bundle"
FORMAT_VERSION = 1
#: Manifest format of a bundle holding redacted revisions.
REDACTED_FORMAT_VERSION = 2
#: Manifest format of a bundle carrying an edited territory; the newest this reader knows.
TERRITORY_FORMAT_VERSION = 3
#: Manifest format of a bundle carrying attached files, so that an older app refuses it
#: (« mettez à jour ») instead of merging answers whose files it would drop.
ATTACHMENTS_FORMAT_VERSION = 4
#: Manifest format of a bundle whose forms carry their files (choice lists, images), so that an
#: older app refuses it instead of registering a form without the choices it shows.
FORM_MEDIA_FORMAT_VERSION = 5
NEWEST_FORMAT_VERSION = FORM_MEDIA_FORMAT_VERSION
MANIFEST = "manifest.json"
SUBMISSIONS = "submissions.jsonl"
AUDIT = "audit.jsonl"
TERRITORY = "territory.json"
#: Quota targets and paradata (store.fieldwork); readers that predate it ignore the member.
FIELDWORK = "fieldwork.json"
#: Folder of the attached files, one member per content: ``attachments/<sha256>``.
ATTACHMENTS = "attachments/"
SUFFIX = ".idbundle"

# Encrypted file: MAGIC, format version (u16), scrypt log2(n), r, p (u8 each), salt, nonce,
# key check; then the AES-GCM ciphertext of the zip, with the whole header as associated data.
MAGIC = b"IDBUNDLE"
_HEADER = struct.Struct(">8sHBBB16s12s16s")
SCRYPT_LOG2_N = 15
SCRYPT_R = 8
SCRYPT_P = 1
#: Encrypted header 2 adds the first 8 bytes of the SHA-256 of the header before it, so that a
#: damaged header is told from a wrong passphrase (the key check depends on both).
HEADER_VERSION = 2
_HEADER_DIGEST = struct.Struct(">8s")
#: The scrypt cost of each header version: fixed, never read from the (unauthenticated) header,
#: so that a crafted file cannot make one passphrase attempt cost gigabytes and minutes.
_SCRYPT_COST = {1: (SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P), 2: (SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)}

# Bounded reading: a small crafted file must not fill the memory (zip bomb). Real files are far
# below these caps (50 laptops x 2,000 questionnaires: a few megabytes each).
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 10_000
_CHUNK = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_CANONICAL_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")
_HASH = re.compile(r"[0-9a-f]{64}")
_FORM_MEDIA_MEMBER = re.compile(r"forms/[0-9a-f]{64}/media/[^/]+")
_CONTROL_OR_SEPARATOR = re.compile(r"[\x00-\x1f\x7f/\\]")


class BundleError(AppError):
    """A bundle that cannot be written or read, with a French message naming file and reason.

    `code` and `params` say why (a catalogued reason, or the French sentence as `detail`); the
    message puts the file's name before that reason.
    """

    area_code = Code.BUNDLE

    def __init__(
        self,
        path: Path | str,
        reason: str | Renderable | None = None,
        *,
        code: Code | None = None,
        **params: Any,
    ) -> None:
        self.path = Path(path)
        if code is not None and reason is not None:
            # With a code, `reason` is the {reason} of its message, not a French sentence.
            params["reason"] = reason
            reason = None
        super().__init__(None if reason is None else str(reason), code=code, **params)

    @property
    def reason_text(self) -> Text:
        """Why the file is refused, without the file's name."""
        return Text(self.code, self.params)

    @property
    def text(self) -> Text:
        """The file's name, then the reason."""
        return Text(Code.BUNDLE_REFUSED, {"file": self.path.name, "reason": self.reason_text})

    @property
    def reason(self) -> str:
        """Why the file is refused, in French, without the file's name."""
        return self.reason_text.render()


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A bundle written, re-read and verified: the key may be removed."""

    path: Path
    sha256: str
    submissions: int
    revisions: int
    deletions: int
    encrypted: bool
    since_last: bool
    export_uuid: str
    verified: bool = True

    def as_dict(self) -> dict[str, Any]:
        """Return the result as JSON values, for ``--json``."""
        return {
            "ok": True,
            "file": str(self.path),
            "sha256": self.sha256,
            "submissions": self.submissions,
            "revisions": self.revisions,
            "deletions": self.deletions,
            "encrypted": self.encrypted,
            "since_last": self.since_last,
            "export": self.export_uuid,
            "verified": self.verified,
        }


@dataclass(slots=True)
class _Parsed:
    manifest: dict[str, Any]
    bundle: IncomingBundle
    revision_hashes: set[str] = field(default_factory=set)
    #: The writer's verified signature ({device, public_key}); None for an unsigned file.
    signer: dict[str, str] | None = None
    encrypted: bool = False


@dataclass(frozen=True, slots=True)
class CheckedBundle:
    """A read bundle with what a merge needs to trust it: who signed it, was it encrypted."""

    bundle: IncomingBundle
    signer: dict[str, str] | None
    encrypted: bool


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- encryption ---------------------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """Derive the AES key and a separate key-check value from the passphrase."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    material = Scrypt(salt=salt, length=48, n=2**log2_n, r=r, p=p).derive(
        passphrase.encode("utf-8")
    )
    return material[:32], material[32:]


def encrypt(data: bytes, passphrase: str) -> bytes:
    """Seal bytes with AES-256-GCM under a key derived from the passphrase and a fresh salt."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise ValueError("empty passphrase")
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    header = _HEADER.pack(
        MAGIC, HEADER_VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce, check
    )
    header += _HEADER_DIGEST.pack(hashlib.sha256(header).digest()[:8])
    return header + AESGCM(key).encrypt(nonce, data, header)


def decrypt(data: bytes, passphrase: str | None, path: Path) -> bytes:
    """Open an encrypted bundle, telling a wrong passphrase from a modified file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < _HEADER.size + 16:
        raise BundleError(path, code=Code.BUNDLE_ENCRYPTED_TRUNCATED)
    magic, version, log2_n, r, p, salt, nonce, check = _HEADER.unpack_from(data)
    damaged = BundleError(path, code=Code.BUNDLE_HEADER_DAMAGED)
    if HEADER_VERSION < version <= 16:
        raise _newer(path, version)
    if version not in _SCRYPT_COST:
        raise damaged
    size = _HEADER.size
    if version >= 2:
        size += _HEADER_DIGEST.size
        if len(data) < size + 16:
            raise BundleError(path, code=Code.BUNDLE_ENCRYPTED_TRUNCATED)
        (digest,) = _HEADER_DIGEST.unpack_from(data, _HEADER.size)
        if not secrets.compare_digest(digest, hashlib.sha256(data[: _HEADER.size]).digest()[:8]):
            raise damaged
    if (log2_n, r, p) != _SCRYPT_COST[version]:
        # The cost is fixed by the format: a header asking more is refused, never obeyed.
        raise damaged
    if not passphrase:
        raise BundleError(path, code=Code.BUNDLE_PASSPHRASE_NEEDED)
    key, expected = _derive(passphrase, salt, log2_n, r, p)
    if not secrets.compare_digest(check, expected):
        raise BundleError(path, code=Code.BUNDLE_WRONG_PASSPHRASE)
    header = data[:size]
    try:
        return AESGCM(key).decrypt(nonce, data[size:], header)
    except InvalidTag:
        raise BundleError(
            path,
            code=Code.BUNDLE_TAMPERED,
        ) from None


def _newer(path: Path, version: int) -> BundleError:
    return BundleError(
        path, code=Code.BUNDLE_NEWER_FORMAT, version=version, newest=NEWEST_FORMAT_VERSION
    )


# -- writing ------------------------------------------------------------------------------------


def _form_member(form: FormSource) -> str:
    name = Path(form.filename).name or "formulaire"
    return f"forms/{form.sha256}/{name}"


def _form_media_member(sha256: str, file_name: str) -> str:
    """A form's file, in a folder of its own so that no name can clash with the form's."""
    return f"forms/{sha256}/media/{file_name}"


def build_bundle_bytes(
    payload: ExportPayload,
    *,
    device: dict[str, str],
    since_last: bool,
    sign: Callable[[dict[str, Any]], None] | None = None,
) -> bytes:
    """Serialise an export payload into the bytes of a (clear) bundle zip.

    ``sign`` adds the writer's signature to the finished manifest (see sync.signing).
    """
    lines = "".join(
        json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        for record in payload.submissions
    ).encode("utf-8")
    members: dict[str, bytes] = {SUBMISSIONS: lines}
    if payload.audit:
        members[AUDIT] = "".join(
            json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            for record in payload.audit
        ).encode("utf-8")
    if payload.territory is not None:
        members[TERRITORY] = json.dumps(
            payload.territory, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")
    if payload.fieldwork is not None:
        members[FIELDWORK] = json.dumps(
            payload.fieldwork, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")
    redacted = any(
        rev.get("redacted") for record in payload.submissions for rev in record["revisions"]
    )
    version = REDACTED_FORMAT_VERSION if redacted else FORMAT_VERSION
    forms = []
    for form in payload.forms:
        member = _form_member(form)
        members[member] = form.source
        media = []
        for file_name, data in sorted(form.media.items()):
            media_member = _form_media_member(form.sha256, file_name)
            members[media_member] = data
            media.append(
                {
                    "file_name": file_name,
                    "sha256": _sha(data),
                    "size": len(data),
                    "member": media_member,
                }
            )
        forms.append(
            {
                "sha256": form.sha256,
                "form_id": form.form_id,
                "version": form.version,
                "title": form.title,
                "filename": form.filename,
                "member": member,
                **({"media": media} if media else {}),
            }
        )
    attachments = []
    for att in payload.attachments:
        member = f"{ATTACHMENTS}{att['sha256']}"
        members[member] = att["data"]
        attachments.append({**{k: v for k, v in att.items() if k != "data"}, "member": member})
    if payload.territory is not None:
        version = TERRITORY_FORMAT_VERSION
    if attachments:
        version = ATTACHMENTS_FORMAT_VERSION
    if any(form.media for form in payload.forms):
        version = FORM_MEDIA_FORMAT_VERSION
    manifest = {
        "format": FORMAT_NAME,
        "format_version": version,
        "app_version": __version__,
        "created_at": format_utc(utc_now()),
        "device": device,
        "devices": payload.devices,
        "operators": payload.operators,
        "since_last": since_last,
        "forms": forms,
        "counts": {
            "submissions": len(payload.submissions),
            "revisions": payload.revision_count,
            "deletions": payload.deletion_count,
        },
        "audit_count": len(payload.audit),
        **({"attachments": attachments} if attachments else {}),
        **(
            {"territory_saved_at": payload.territory["saved_at"]}
            if payload.territory is not None
            else {}
        ),
        "members": {name: _sha(data) for name, data in members.items()},
    }
    if sign is not None:
        sign(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


#: The files the application writes, each named in the English interface too.
_NOTHING_WRITTEN = {
    "fichier d'export": Code.BUNDLE_NO_EXPORT_WRITTEN,
    "fichier PDF": Code.BUNDLE_NO_PDF_WRITTEN,
}


def _write_error(path: Path, exc: OSError, what: str) -> BundleError:
    nothing = Text(_NOTHING_WRITTEN.get(what, Code.BUNDLE_NOTHING_WRITTEN), {"what": what})
    if exc.errno == errno.ENOSPC:
        return BundleError(path, code=Code.BUNDLE_NO_SPACE, nothing_written=nothing)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BundleError(path, code=Code.BUNDLE_READ_ONLY, nothing_written=nothing)
    if exc.errno == errno.ENOENT:
        return BundleError(path, code=Code.BUNDLE_NO_FOLDER)
    return BundleError(
        path, code=Code.BUNDLE_WRITE_FAILED, reason=os_error_text(exc), nothing_written=nothing
    )


def _discard(temp: Path) -> None:
    """Remove a partial file; on a medium that refuses even that (read-only), leave it be."""
    try:
        temp.unlink(missing_ok=True)
    except OSError:
        pass  # the write error is what the user needs to read; this one would hide it


def write_atomically(path: Path, data: bytes, *, what: str = "fichier d'export") -> None:
    """Write a file so that it either exists whole and synced, or not at all.

    `what` names the file in an error message (« aucun {what} n'a été écrit »): a masculine
    noun phrase such as « fichier PDF ».

    The bytes go to a hidden ``.part`` file in the same folder, are synced, then renamed; the
    folder is synced too so the rename survives a power cut. On error the partial file goes.
    The file holds personal data: it is created readable and writable by its owner only.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            _discard(temp)
            raise
        os.replace(temp, path)
    except OSError as exc:
        _discard(temp)
        raise _write_error(path, exc, what) from exc
    if os.name != "nt":
        try:
            dir_fd = os.open(path.parent, os.O_RDONLY)
        except OSError:  # pragma: no cover - a folder we just wrote into
            return
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def export_bundle(
    store: Store,
    out: Path,
    *,
    since_last: bool = False,
    passphrase: str | None = None,
) -> ExportResult:
    """Write the store's questionnaires to a bundle, verify it from disk, then record the export.

    The export is recorded only once the file has been read back and every hash checked, so
    "since last export" never skips data that did not reach the key.
    """
    out = Path(out)
    if out.exists():
        raise BundleError(out, code=Code.BUNDLE_EXISTS)
    if not out.parent.is_dir():
        raise BundleError(out, code=Code.BUNDLE_NO_FOLDER)
    payload = store.export_payload(since_last=since_last)
    for form in payload.forms:
        if _sha(form.source) != form.sha256:
            raise BundleError(out, code=Code.BUNDLE_STORED_FORM_HASH, name=form.filename)
    local = store.device()
    if local is None:
        local = store.set_device_name(os.environ.get("COMPUTERNAME") or "Poste local")
    device = {"uuid": local.uuid, "name": local.name}
    try:
        key = laptop_key(store)
    except SigningError as error:
        raise BundleError(out, code=Code.BUNDLE_KEY_UNAVAILABLE, reason=error) from error
    sign_payload(store, payload, local.uuid, key)
    data = build_bundle_bytes(
        payload,
        device=device,
        since_last=since_last,
        sign=lambda manifest: sign_manifest(key, device, manifest),
    )
    if passphrase:
        data = encrypt(data, passphrase)
    write_atomically(out, data)
    try:
        written = out.read_bytes()
        parsed = _parse(written, out, passphrase)
    except (OSError, BundleError) as exc:
        out.unlink(missing_ok=True)
        reason = exc.reason_text if isinstance(exc, BundleError) else str(exc)
        raise BundleError(out, code=Code.BUNDLE_REREAD_FAILED, reason=reason) from exc
    expected = {rev["hash"] for rec in payload.submissions for rev in rec["revisions"]}
    if written != data or parsed.revision_hashes != expected:
        out.unlink(missing_ok=True)
        raise BundleError(out, code=Code.BUNDLE_REREAD_DIFFERS)
    digest = _sha(written)
    info = store.record_export(
        file_name=out.name,
        file_sha256=digest,
        since_last=since_last,
        encrypted=bool(passphrase),
        submissions=len(payload.submissions),
        revision_ids=payload.revision_ids,
    )
    return ExportResult(
        path=out,
        sha256=digest,
        submissions=len(payload.submissions),
        revisions=payload.revision_count,
        deletions=payload.deletion_count,
        encrypted=bool(passphrase),
        since_last=since_last,
        export_uuid=info.uuid,
    )


# -- reading ------------------------------------------------------------------------------------


def read_bundle(path: Path, passphrase: str | None = None) -> IncomingBundle:
    """Read a bundle and verify every member hash and every revision hash, or raise BundleError."""
    path = Path(path)
    return _parse(read_file_bounded(path), path, passphrase).bundle


def read_checked_bundle(path: Path, passphrase: str | None = None) -> CheckedBundle:
    """Read a bundle like read_bundle, and say who signed it and whether it was encrypted."""
    path = Path(path)
    parsed = _parse(read_file_bounded(path), path, passphrase)
    return CheckedBundle(parsed.bundle, parsed.signer, parsed.encrypted)


def bundle_manifest(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """Return the verified manifest of a bundle (device, operators, counts, forms)."""
    return _parse(read_file_bounded(Path(path)), Path(path), passphrase).manifest


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} Mio".replace(",", "\u202f")


def read_file_bounded(path: Path) -> bytes:
    """The bytes of an export file, refused before reading when larger than any real one."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise BundleError(path, code=Code.BUNDLE_NOT_FOUND) from None
    except OSError as exc:
        raise BundleError(path, code=Code.BUNDLE_UNREADABLE, reason=os_error_text(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise BundleError(
            path,
            code=Code.BUNDLE_TOO_LARGE,
            size=_mib(MAX_FILE_BYTES),
        )
    return data


def _bomb(path: Path, member: str | None, cap: int) -> BundleError:
    """The refusal of one member, or of the whole content when `member` is None, too large."""
    if member is None:
        return BundleError(path, code=Code.BUNDLE_CONTENT_BOMB, size=_mib(cap))
    return BundleError(path, code=Code.BUNDLE_MEMBER_BOMB, name=member[:80], size=_mib(cap))


def _check_sizes(zf: zipfile.ZipFile, path: Path) -> None:
    """Refuse, before decompressing anything, an archive whose declared sizes are too large."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(
            path, code=Code.BUNDLE_TOO_MANY_MEMBERS, count=len(infos), limit=MAX_MEMBERS
        )
    total = 0
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise _bomb(path, info.filename, MAX_MEMBER_BYTES)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise _bomb(path, None, MAX_TOTAL_BYTES)


def _read_member(zf: zipfile.ZipFile, name: str, path: Path, budget: list[int]) -> bytes:
    """Decompress one member by chunks, never past its cap nor the archive's remaining budget."""
    cap = min(MAX_MEMBER_BYTES, budget[0])
    parts: list[bytes] = []
    size = 0
    with zf.open(name) as member:
        while chunk := member.read(min(_CHUNK, cap + 1 - size)):
            parts.append(chunk)
            size += len(chunk)
            if size > cap:
                if cap == MAX_MEMBER_BYTES:
                    raise _bomb(path, name, MAX_MEMBER_BYTES)
                raise _bomb(path, None, MAX_TOTAL_BYTES)
    budget[0] -= size
    return b"".join(parts)


def _parse(data: bytes, path: Path, passphrase: str | None) -> _Parsed:
    file_sha = _sha(data)
    encrypted = data.startswith(MAGIC)
    if encrypted:
        data = decrypt(data, passphrase, path)
    elif not data.startswith(_ZIP_MAGIC):
        raise BundleError(path, code=Code.BUNDLE_NOT_A_BUNDLE)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            if MANIFEST not in names:
                raise BundleError(path, code=Code.BUNDLE_NOT_A_BUNDLE)
            _check_sizes(zf, path)
            budget = [MAX_TOTAL_BYTES]
            manifest = _json(_read_member(zf, MANIFEST, path, budget), path, MANIFEST)
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
                raise BundleError(path, code=Code.BUNDLE_NOT_A_BUNDLE)
            version = manifest.get("format_version")
            if not isinstance(version, int):
                raise BundleError(path, code=Code.BUNDLE_MANIFEST_NO_VERSION)
            if version > NEWEST_FORMAT_VERSION:
                raise _newer(path, version)
            listed = manifest.get("members")
            if not isinstance(listed, dict):
                raise BundleError(path, code=Code.BUNDLE_MANIFEST_NO_MEMBERS)
            extra = sorted(set(names) - set(listed) - {MANIFEST})
            if extra:
                raise BundleError(path, code=Code.BUNDLE_MEMBER_UNDECLARED, name=extra[0])
            contents: dict[str, bytes] = {}
            for name, digest in listed.items():
                if name not in names:
                    raise BundleError(path, code=Code.BUNDLE_MEMBER_MISSING, name=name)
                content = _read_member(zf, name, path, budget)
                if _sha(content) != digest and name.startswith(ATTACHMENTS):
                    raise _attachment_refused(path, manifest, name)
                if _sha(content) != digest and _FORM_MEDIA_MEMBER.fullmatch(name):
                    raise _form_media_refused(path, manifest, name)
                if _sha(content) != digest:
                    raise BundleError(path, code=Code.BUNDLE_MEMBER_HASH, name=name)
                contents[name] = content
    except zipfile.BadZipFile as exc:
        raise BundleError(path, code=Code.BUNDLE_DAMAGED, reason=str(exc)) from exc
    except (EOFError, OSError, ValueError, NotImplementedError, RuntimeError, zlib_error()) as exc:
        # zipfile raises ValueError on offsets that point outside a damaged file,
        # NotImplementedError on a compression method it does not know, and RuntimeError when
        # a flipped flag says a member is password-protected.
        raise BundleError(path, code=Code.BUNDLE_DAMAGED, reason=str(exc)) from exc
    try:
        records = _records(manifest, contents, path, file_sha)
    except _ContentError as exc:
        # Named ValueError as before: the message reads the same whichever check refused.
        raise BundleError(
            path, code=Code.BUNDLE_CONTENT_INVALID, kind="ValueError", reason=exc.text
        ) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BundleError(
            path, code=Code.BUNDLE_CONTENT_INVALID, kind=type(exc).__name__, reason=str(exc)
        ) from exc
    try:
        # Checked after the content, so a damaged file is named for what is damaged.
        signer = file_signer(manifest)
    except ValueError:
        raise BundleError(
            path,
            code=Code.BUNDLE_SIGNATURE_INVALID,
        ) from None
    return _Parsed(manifest, *records, signer=signer, encrypted=encrypted)


def zlib_error() -> type[Exception]:
    """The exception zlib raises on a damaged deflate stream."""
    import zlib

    return zlib.error


def _json(data: bytes, path: Path, member: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(
            path, code=Code.BUNDLE_MEMBER_UNREADABLE, name=member, reason=str(exc)
        ) from exc


class _ContentError(AppError, ValueError):
    """A content check that failed, with its catalogued reason (a ValueError, as before)."""


def _text(value: Any, what: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _ContentError(code=Code.BUNDLE_TEXT_EXPECTED, name=what)
    return value


def _time(value: Any, what: str) -> str:
    if isinstance(value, str) and _CANONICAL_TIME.fullmatch(value):
        return value  # Already the store's fixed-width UTC form: nothing to convert.
    parsed = datetime.fromisoformat(_text(value, what))
    if parsed.tzinfo is None:
        raise _ContentError(code=Code.BUNDLE_TIME_WITHOUT_ZONE, name=what)
    return format_utc(parsed)


def _records(
    manifest: dict[str, Any], contents: dict[str, bytes], path: Path, file_sha: str
) -> tuple[IncomingBundle, set[str]]:
    """Check the structure of every record and recompute every revision hash."""
    forms: list[FormSource] = []
    for entry in manifest["forms"]:
        source = contents[entry["member"]]
        if _sha(source) != entry["sha256"]:
            raise BundleError(path, code=Code.BUNDLE_FORM_HASH, name=entry["filename"])
        forms.append(
            FormSource(
                entry["sha256"],
                _text(entry["form_id"], "form_id"),
                _text(entry["version"], "version"),
                _text(entry["title"], "title"),
                _text(entry["filename"], "filename"),
                source,
                _form_media_records(entry, manifest, contents, path),
            )
        )
    form_shas = {form.sha256 for form in forms}
    devices = [
        {"uuid": _text(d["uuid"], "device"), "name": _text(d["name"], "name")}
        for d in manifest["devices"]
    ]
    operators = [
        {
            "uuid": _text(o["uuid"], "operator"),
            "name": _text(o["name"], "name"),
            "created_at": _time(o["created_at"], "operator.created_at"),
        }
        for o in manifest["operators"]
    ]
    device_uuids = {d["uuid"] for d in devices}
    operator_uuids = {o["uuid"] for o in operators}
    main = manifest["device"]
    submissions: list[dict[str, Any]] = []
    seen: set[str] = set()
    hashes: set[str] = set()
    deletions = 0
    for number, line in enumerate(contents[SUBMISSIONS].decode("utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise BundleError(
                path,
                code=Code.BUNDLE_LINE_UNREADABLE,
                line=number,
                name=SUBMISSIONS,
                reason=str(exc),
            ) from exc
        uuid = _text(rec["uuid"], "uuid")
        if uuid in seen:
            raise BundleError(path, code=Code.BUNDLE_SUBMISSION_TWICE, uuid=uuid)
        seen.add(uuid)
        form = rec["form"]
        if form not in form_shas:
            raise BundleError(path, code=Code.BUNDLE_SUBMISSION_FORM_MISSING, uuid=uuid)
        if rec["entry_mode"] not in ENTRY_MODES:
            raise _ContentError(code=Code.BUNDLE_ENTRY_MODE_UNKNOWN, uuid=uuid)
        if rec["device"] not in device_uuids or (
            rec["operator"] is not None and rec["operator"] not in operator_uuids
        ):
            raise _ContentError(code=Code.BUNDLE_AUTHOR_UNDECLARED, uuid=uuid)
        revisions = []
        redacted_hashes: set[str] = set()
        for rev in rec["revisions"]:
            status = rev["status"]
            if status not in REVISION_STATUSES:
                raise _ContentError(code=Code.BUNDLE_STATUS_UNKNOWN, uuid=uuid, status=repr(status))
            answers = _text(rev["answers"], "answers")
            if not isinstance(json.loads(answers), dict):
                raise _ContentError(code=Code.BUNDLE_ANSWERS_INVALID, uuid=uuid)
            parent = _text(rev["parent"], "parent", optional=True)
            parent2 = _text(rev.get("parent2"), "parent2", optional=True)
            reason = _text(rev["reason"], "reason", optional=True)
            expected = content_hash_of_text(
                submission=uuid,
                form=form,
                status=status,
                answers_text=answers,
                parent=parent,
                reason=reason,
                parent2=parent2,
            )
            redacted = rev.get("redacted") is True
            if redacted and rev["hash"] != expected:
                # Free-text answers cleared after the fact: checked below as an ancestor.
                expected = _text(rev["hash"], "hash")
                if not _HASH.fullmatch(expected):
                    raise _ContentError(code=Code.BUNDLE_HASH_INVALID, uuid=uuid)
                redacted_hashes.add(expected)
            elif rev["hash"] != expected:
                raise BundleError(path, code=Code.BUNDLE_REVISION_HASH, uuid=uuid)
            number_ = rev["number"]
            if not isinstance(number_, int) or number_ < 1:
                raise _ContentError(code=Code.BUNDLE_REVISION_NUMBER_INVALID, uuid=uuid)
            if rev["device"] not in device_uuids or (
                rev["operator"] is not None and rev["operator"] not in operator_uuids
            ):
                raise _ContentError(code=Code.BUNDLE_AUTHOR_UNDECLARED, uuid=uuid)
            authors = []
            for created_at, device, operator in rev.get("authors") or ():
                if device not in device_uuids or (
                    operator is not None and operator not in operator_uuids
                ):
                    raise _ContentError(code=Code.BUNDLE_AUTHOR_UNDECLARED, uuid=uuid)
                authors.append([_time(created_at, "authors"), device, operator])
            deletions += status == "deleted"
            hashes.add(expected)
            record: dict[str, Any] = {
                "authors": authors,
                "hash": expected,
                "parent": parent,
                "parent2": parent2,
                "number": number_,
                "status": status,
                "answers": answers,
                "reason": reason,
                "created_at": _time(rev["created_at"], "created_at"),
                "device": rev["device"],
                "operator": rev["operator"],
            }
            if expected in redacted_hashes:
                record["redacted"] = True
            if isinstance(rev.get("sig"), str):
                record["sig"] = rev["sig"]  # its maker's signature, checked when merged
            revisions.append(record)
        if not revisions:
            raise _ContentError(code=Code.BUNDLE_NO_REVISION, uuid=uuid)
        if redacted_hashes:
            # A redacted revision must be the parent of another one of the same questionnaire:
            # the current state always verifies, only history can have been scrubbed.
            parents = {r["parent"] for r in revisions} | {r["parent2"] for r in revisions}
            if not redacted_hashes <= parents:
                raise BundleError(path, code=Code.BUNDLE_REVISION_HASH, uuid=uuid)
        submissions.append(
            {
                "uuid": uuid,
                "form": form,
                "zone": _text(rec["zone"], "zone"),
                "entry_mode": rec["entry_mode"],
                "created_at": _time(rec["created_at"], "created_at"),
                "device": rec["device"],
                "operator": rec["operator"],
                "revisions": revisions,
            }
        )
    counts = manifest["counts"]
    if (counts["submissions"], counts["revisions"], counts["deletions"]) != (
        len(submissions),
        len(hashes),
        deletions,
    ):
        raise BundleError(path, code=Code.BUNDLE_COUNTS_DIFFER)
    audit = _audit_records(manifest, contents, path, device_uuids)
    bundle = IncomingBundle(
        file_name=path.name,
        file_sha256=file_sha,
        device_uuid=_text(main["uuid"], "device"),
        device_name=_text(main["name"], "device"),
        forms=forms,
        devices=devices,
        operators=operators,
        submissions=submissions,
        audit=audit,
        territory=_territory_record(manifest, contents, path),
        fieldwork=_fieldwork_record(contents, path),
        attachments=_attachment_records(manifest, contents, path, seen),
    )
    return bundle, hashes


def _attachment_refused(path: Path, manifest: dict[str, Any], member: str) -> BundleError:
    """The refusal of an attached file whose bytes do not match their hash, naming it."""
    named = [
        att
        for att in manifest.get("attachments") or ()
        if isinstance(att, dict) and att.get("member") == member
    ]
    if not named:
        return BundleError(path, code=Code.BUNDLE_ATTACHMENT_HASH, name=member)
    return BundleError(
        path,
        code=Code.BUNDLE_ATTACHMENT_HASH_NAMED,
        name=named[0].get("file_name"),
        uuid=named[0].get("submission"),
    )


def _form_media_refused(path: Path, manifest: dict[str, Any], member: str) -> BundleError:
    """The refusal of a form's file whose bytes do not match their hash, naming it."""
    named = [
        (media.get("file_name"), entry.get("filename"))
        for entry in manifest.get("forms") or ()
        if isinstance(entry, dict)
        for media in entry.get("media") or ()
        if isinstance(media, dict) and media.get("member") == member
    ]
    if not named:
        return BundleError(path, code=Code.BUNDLE_FORM_MEDIA_HASH, name=member)
    name, form = named[0]
    return BundleError(path, code=Code.BUNDLE_FORM_MEDIA_HASH_NAMED, name=name, form=form)


def _form_media_records(
    entry: dict[str, Any], manifest: dict[str, Any], contents: dict[str, bytes], path: Path
) -> dict[str, bytes]:
    """The files a form entry lists, each checked against its member, hash and size."""
    found: dict[str, bytes] = {}
    for media in entry.get("media") or ():
        name = _text(media["file_name"], "file_name")
        if not name or name in (".", "..") or _CONTROL_OR_SEPARATOR.search(name):
            raise _ContentError(code=Code.BUNDLE_FORM_MEDIA_NAME_INVALID, name=repr(name[:80]))
        member = _form_media_member(entry["sha256"], name)
        data = contents.get(member)
        if media["member"] != member or data is None:
            raise _ContentError(code=Code.BUNDLE_FORM_MEDIA_UNDECLARED, name=name)
        if _sha(data) != media["sha256"]:
            raise _form_media_refused(path, manifest, member)
        if media["size"] != len(data):
            raise _ContentError(code=Code.BUNDLE_FORM_MEDIA_SIZE_INVALID, name=name)
        found[name] = data
    overflow = media_overflow({name: len(data) for name, data in found.items()})
    if overflow is not None:
        too_big = Code.BUNDLE_FORM_MEDIA_TOO_BIG
        code = Code.BUNDLE_FORM_MEDIA_TOTAL_TOO_BIG if overflow.total else too_big
        raise BundleError(path, code=code, **overflow.params(str(entry.get("filename"))))
    return found


def _attachment_records(
    manifest: dict[str, Any], contents: dict[str, bytes], path: Path, submissions: set[str]
) -> list[dict[str, Any]]:
    """Check every attached file a bundle lists against its bytes, size and name."""
    records = []
    for att in manifest.get("attachments") or ():
        member = _text(att["member"], "member")
        data = contents.get(member)
        if data is None or not member.startswith(ATTACHMENTS):
            raise _ContentError(code=Code.BUNDLE_ATTACHMENT_UNDECLARED, name=member)
        if _sha(data) != att["sha256"]:
            raise _attachment_refused(path, manifest, member)
        name = _text(att["file_name"], "file_name")
        if clean_file_name(name) != name:
            raise _ContentError(code=Code.BUNDLE_ATTACHMENT_NAME_INVALID, name=repr(name[:80]))
        if att["submission"] not in submissions:
            raise _ContentError(code=Code.BUNDLE_ATTACHMENT_ORPHAN, name=name)
        if att["size"] != len(data) or len(data) > MAX_ATTACHMENT_BYTES:
            raise _ContentError(code=Code.BUNDLE_ATTACHMENT_SIZE_INVALID, name=name)
        records.append(
            {
                "submission": att["submission"],
                "question": _text(att["question"], "question"),
                "file_name": name,
                "media_type": _text(att["media_type"], "media_type"),
                "size": len(data),
                "sha256": att["sha256"],
                "data": data,
                "created_at": _time(att["created_at"], "created_at"),
            }
        )
    return records


def _fieldwork_record(contents: dict[str, bytes], path: Path) -> dict[str, Any] | None:
    """The quota targets and paradata a bundle carries (checked field by field when merged)."""
    if FIELDWORK not in contents:
        return None
    try:
        record = json.loads(contents[FIELDWORK].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(path, code=Code.BUNDLE_MEMBER_ILLEGIBLE, name=FIELDWORK) from exc
    if not isinstance(record, dict):
        raise BundleError(path, code=Code.BUNDLE_MEMBER_ILLEGIBLE, name=FIELDWORK)
    return record


def _territory_record(
    manifest: dict[str, Any], contents: dict[str, bytes], path: Path
) -> dict[str, Any] | None:
    """Check the territory a bundle carries (its member hash was checked with the others)."""
    expected = manifest.get("territory_saved_at")
    if TERRITORY not in contents:
        if expected is not None:
            raise BundleError(path, code=Code.BUNDLE_MEMBER_MISSING, name=TERRITORY)
        return None  # The sender uses the shipped territory, or wrote it before it travelled.
    record = _json(contents[TERRITORY], path, TERRITORY)
    if not isinstance(record, dict):
        raise _ContentError(code=Code.BUNDLE_OBJECT_EXPECTED, name=TERRITORY)
    device = record["device"]
    territory = {
        "saved_at": _time(record["saved_at"], "territory.saved_at"),
        "device": {
            "uuid": _text(device["uuid"], "territory.device"),
            "name": _text(device["name"], "territory.device"),
        },
        "csv": _text(record["csv"], "territory.csv"),
    }
    if expected is None or _time(expected, "territory_saved_at") != territory["saved_at"]:
        raise BundleError(path, code=Code.BUNDLE_COUNTS_DIFFER)
    return territory


def _audit_records(
    manifest: dict[str, Any], contents: dict[str, bytes], path: Path, device_uuids: set[str]
) -> list[dict[str, Any]]:
    """Check the audit rows of a bundle (its member hash was checked with the others)."""
    expected = manifest.get("audit_count")
    if AUDIT not in contents:
        if expected:
            raise BundleError(path, code=Code.BUNDLE_MEMBER_MISSING, name=AUDIT)
        return []  # A bundle written before the audit log travelled.
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, line in enumerate(contents[AUDIT].decode("utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise BundleError(
                path, code=Code.BUNDLE_LINE_UNREADABLE, line=number, name=AUDIT, reason=str(exc)
            ) from exc
        uuid = _text(rec["uuid"], "audit.uuid")
        if uuid in seen or len(uuid) > 36:
            raise _ContentError(code=Code.BUNDLE_AUDIT_ID_INVALID, line=number, name=AUDIT)
        seen.add(uuid)
        device = _text(rec["device"], "audit.device", optional=True)
        if device is not None and device not in device_uuids:
            raise _ContentError(code=Code.BUNDLE_AUDIT_DEVICE_UNDECLARED, line=number, name=AUDIT)
        records.append(
            {
                "uuid": uuid,
                "created_at": _time(rec["created_at"], "audit.created_at"),
                "device": device,
                "operator_name": _text(rec["operator_name"], "audit.operator", optional=True),
                "action": _text(rec["action"], "audit.action"),
                "target": _text(rec["target"], "audit.target"),
                "detail": _text(rec["detail"], "audit.detail"),
                **_chain_fields(rec, number),
            }
        )
    if expected != len(records):
        raise BundleError(path, code=Code.BUNDLE_COUNTS_DIFFER)
    return records


def _chain_fields(rec: dict[str, Any], number: int) -> dict[str, str]:
    """The audit row's hash chain and signature, checked for form here, for value at merge."""
    chain, prev = rec.get("chain"), rec.get("prev_chain")
    if chain is None:
        return {}
    if not (
        isinstance(chain, str)
        and _HASH.fullmatch(chain)
        and isinstance(prev, str)
        and (prev == "" or _HASH.fullmatch(prev))
    ):
        raise _ContentError(code=Code.BUNDLE_AUDIT_CHAIN_INVALID, line=number, name=AUDIT)
    sig = rec.get("sig")
    if sig is None:
        return {"chain": chain, "prev_chain": prev}
    if not isinstance(sig, str) or len(sig) > 100:
        raise _ContentError(code=Code.BUNDLE_AUDIT_SIGNATURE_INVALID, line=number, name=AUDIT)
    # The author laptop's signature of the chain value (store.sealing), checked at merge.
    return {"chain": chain, "prev_chain": prev, "sig": sig}
