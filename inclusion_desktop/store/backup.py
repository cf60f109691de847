"""Automatic backups of the store file: SQLite online backup, rotation, checked restore.

Backups go to a ``sauvegardes`` folder beside the database, one self-contained SQLite file
each, named ``<base>-<AAAAMMJJ>-<HHMMSS>-<motif>.sqlite`` with the UTC time (``.2``, ``.3``
before ``.sqlite`` when two are made in the same second). Only the last ``keep`` of a
database are kept. A PostgreSQL store is dumped with pg_dump before a merge or a purge (see
store.server_backup, and backup_before_change); an in-memory store has no backup.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sqlite3
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from inclusion_desktop.catalogue import Code
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.store.engine import check_sqlite_file
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.files import create_private_file, fsync_directory, make_private
from inclusion_desktop.store.server_backup import dump_store, list_dumps


class StoreWithFile(Protocol):
    """What a backup needs of a store: its file (the repository's Store has it)."""

    @property
    def path(self) -> Path | None:
        """The database file, or None for an in-memory or server database."""

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the database (password included)."""


BACKUP_DIRNAME = "sauvegardes"
DEFAULT_KEEP = 10

# Reasons used by the application itself.
REASON_STARTUP = "demarrage"
REASON_MIGRATION = "avant-migration"
REASON_MERGE = "avant-fusion"
REASON_PURGE = "avant-purge"
REASON_RESTORE = "avant-restauration"

_NAME = re.compile(
    r"(?P<base>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+?)(?:\.(?P<n>\d+))?\.sqlite"
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where it is, when it was made (UTC), why, and its size in bytes."""

    path: Path
    created_at: datetime
    reason: str
    size: int


def backup_folder(database: Path) -> Path:
    """Return the folder holding the backups of a database file."""
    return Path(database).parent / BACKUP_DIRNAME


def _slug(reason: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", reason).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "sauvegarde"


def backup_store(store: StoreWithFile, *, reason: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """Back up a file store with SQLite's online backup; None for a server or memory store.

    Safe while the store is open and in use: the copy is one consistent state of the database.
    Raises StoreError (French message) when the copy cannot be made, e.g. on a full disk.
    """
    if store.path is None:
        return None
    return backup_file(store.path, reason=reason, keep=keep)


def backup_before_change(store: StoreWithFile, *, reason: str) -> Path | None:
    """Back up a store before a merge or a purge: the file, or a checked pg_dump of a server.

    None for an in-memory store. Raises StoreError (French) saying why when no backup could be
    made, e.g. pg_dump missing on this computer: the caller then changes nothing.
    """
    if store.path is None and _is_server(store.url):
        return dump_store(store.url, reason=_slug(reason))
    return backup_store(store, reason=reason)


def _is_server(url: str) -> bool:
    return url.startswith("postgres")


def backup_file(database: Path, *, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """Back up the SQLite file `database` into its backup folder, then keep the last `keep`."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    database = Path(database)
    folder = backup_folder(database)
    # Checked first: a damaged store is never copied over the good backups by the rotation.
    check_store_file(database)
    try:
        folder.mkdir(exist_ok=True)
        _clean_leftovers(folder, database.stem)
        target = _new_name(folder, database.stem, _slug(reason))
        _copy_database(database, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(path=database, code=Code.BACKUP_FAILED, reason=_why(exc)) from exc
    _rotate(database, keep)
    return target


def list_backups(store_or_path: StoreWithFile | Path) -> list[BackupInfo]:
    """Return the backups of a store (or of a database file), oldest first.

    For a PostgreSQL store, these are its dumps in the user's backup folder.
    """
    if not isinstance(store_or_path, Path) and _is_server(store_or_path.url):
        return [
            BackupInfo(dump.path, dump.created_at, dump.reason, dump.size)
            for dump in list_dumps(store_or_path.url)
        ]
    database = store_or_path if isinstance(store_or_path, Path) else store_or_path.path
    if database is None:
        return []
    return [info for info, _order in _backups(Path(database))]


def restore_backup(store_path: Path, backup_path: Path) -> Path | None:
    """Replace the database file by a backup, after checking it and saving the current file.

    The caller must have closed every Store on `store_path` (and the application must not
    reopen it before this returns): a database still open elsewhere is refused. The backup
    must pass ``PRAGMA integrity_check`` and have a schema this application can open (an older
    one is upgraded at the next opening). The current file is first saved as an
    "avant-restauration" backup; the replacement is a rename, so the file is at every moment
    either the old database or the restored one. Returns the safety copy, None when there was
    no current database. Raises StoreError with a French message and changes nothing on refusal.
    """
    store_path = Path(store_path)
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise StoreError(path=backup_path, code=Code.BACKUP_NOT_FOUND)
    store_path.parent.mkdir(parents=True, exist_ok=True)
    # Work on a private copy: the rotation below may delete the very backup being restored.
    staged = store_path.with_name(f".{store_path.name}.{secrets.token_hex(4)}.restauration")
    try:
        try:
            _copy_database(backup_path, staged)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                path=backup_path,
                code=Code.BACKUP_UNREADABLE,
                name=backup_path.name,
                reason=_why(exc),
            ) from exc
        _check_restorable(staged, backup_path.name)
        safety = None
        if store_path.exists() and store_path.stat().st_size > 0:
            safety = _safety_copy(store_path)
            _release(store_path)
        try:
            os.replace(staged, store_path)
        except OSError as exc:
            raise StoreError(path=store_path, code=Code.RESTORE_FAILED, reason=_why(exc)) from exc
        fsync_directory(store_path.parent)
        return safety
    finally:
        staged.unlink(missing_ok=True)


# -- internals ------------------------------------------------------------------------------


class StoreDamaged(StoreError):
    """The store file fails SQLite's quick check: it must be restored, not used or copied."""

    area_code = Code.STORE_DAMAGED


def quick_check(database: Path) -> list[str]:
    """SQLite's ``PRAGMA quick_check`` of a file, read-only: [] when it is sound."""
    try:
        uri = f"{Path(database).resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=30)) as conn:
            result = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return []  # in use by another window: not a sign of damage
        return [str(exc)]
    return [] if result == ["ok"] else result


def check_store_file(database: Path) -> None:
    """Raise StoreDamaged, saying what to do, when the store file fails the quick check."""
    if not Path(database).is_file():
        return  # the copy itself reports a missing file
    problems = quick_check(database)
    if problems:
        raise StoreDamaged(
            path=database, code=Code.STORE_DAMAGED_FILE, problem=problems[0][:200]
        )


def _clean_leftovers(folder: Path, base: str) -> None:
    """Remove the hidden partial copies a killed backup left (they hold personal data)."""
    for entry in folder.glob(f".{base}-*.sqlite.part"):
        entry.unlink(missing_ok=True)


def _why(exc: BaseException) -> str:
    return os_error_text(exc)


def _new_name(folder: Path, base: str, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{base}-{stamp}-{reason}.sqlite"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{base}-{stamp}-{reason}.{number}.sqlite"
    return target


def _copy_database(source: Path, target: Path) -> None:
    """Copy a database with the online backup API into a new private, self-contained file.

    The copy is written under a temporary name, synced, then renamed: a backup that exists is
    whole. It is left in rollback-journal mode, so it is one file with no -wal beside it.
    """
    if not source.is_file():
        raise FileNotFoundError(2, "fichier introuvable", str(source))
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        uri = f"{source.resolve().as_uri()}?mode=ro"
        with (
            closing(sqlite3.connect(uri, uri=True, timeout=30)) as src,
            closing(sqlite3.connect(partial, timeout=30)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        with partial.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    fsync_directory(target.parent)


def _backups(database: Path) -> list[tuple[BackupInfo, tuple[str, int, int]]]:
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.fullmatch(entry.name)
        if match is None or match["base"] != database.stem or not entry.is_file():
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        number = int(match["n"] or 1)
        status = entry.stat()
        info = BackupInfo(entry, created, match["reason"], status.st_size)
        # Within one second, backups of different reasons are told apart by their write time.
        found.append((info, (match["stamp"], status.st_mtime_ns, number)))
    found.sort(key=lambda item: item[1])
    return found


def _rotate(database: Path, keep: int) -> None:
    backups = _backups(database)
    for info, _order in backups[: max(0, len(backups) - keep)]:
        info.path.unlink(missing_ok=True)


def _check_restorable(copy: Path, name: str) -> None:
    """Refuse a copy that is damaged or whose schema this application cannot open."""
    try:
        with closing(sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(code=Code.BACKUP_DAMAGED, name=name) from exc
    if result != ["ok"]:
        raise StoreError(code=Code.BACKUP_DAMAGED, name=name)
    if "alembic_version" not in tables:
        raise StoreError(code=Code.BACKUP_FOREIGN, name=name)
    try:
        check_sqlite_file(copy)
    except StoreError as exc:
        raise StoreError(code=Code.BACKUP_REFUSED, reason=exc, name=name) from exc


def _safety_copy(database: Path) -> Path:
    """Save the current file before a restore, even when SQLite can no longer read it."""
    try:
        return backup_file(database, reason=REASON_RESTORE)
    except StoreError:
        pass  # A damaged database is a reason to restore: keep its raw bytes instead.
    folder = backup_folder(database)
    try:
        folder.mkdir(exist_ok=True)
        target = _new_name(folder, database.stem, REASON_RESTORE)
        for suffix in ("-wal", ""):
            source = database.with_name(database.name + suffix)
            if source.exists():
                copy = target.with_name(target.name + suffix)
                create_private_file(copy)
                shutil.copyfile(source, copy)
                make_private(copy)
    except OSError as exc:
        raise StoreError(path=database, code=Code.SAFETY_COPY_FAILED, reason=_why(exc)) from exc
    return target


def _release(database: Path) -> None:
    """Fold the WAL into the file and remove it, proving no other connection has it open.

    A -wal left beside the file would be replayed into the restored database and corrupt it.
    Switching out of WAL needs the only connection to the file, so a store still open
    elsewhere makes it fail and the restore is refused.
    """
    still_open = StoreError(path=database, code=Code.RESTORE_STORE_OPEN)
    try:
        with closing(sqlite3.connect(database, timeout=0)) as conn:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise still_open from exc
    except sqlite3.DatabaseError:
        # Unreadable file: nothing can fold its WAL, which was saved with it; set it aside.
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        return
    if str(mode).lower() != "delete":
        raise still_open
