"""Backups of a PostgreSQL store with pg_dump, checked with pg_restore before anyone relies on it.

A server store has no file to copy: before a merge or a purge, the application runs
``pg_dump`` (custom format, the password passed through the environment, never on the command
line) into the backup folder of the user's data directory, then reads the dump back with
``pg_restore --list`` and checks that it holds the data of the questionnaires and their
history. When that cannot be done (no pg_dump on this computer, a server newer than the tool,
a dump that does not check), StoreError says why, and the caller refuses to go on. The dumps
are named ``<base>-<AAAAMMJJ>-<HHMMSS>-<microsecondes>-<motif>.dump`` (UTC); only the last
``keep`` of a database are kept, as for the copies of a store file.
"""

from __future__ import annotations

import glob
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from inclusion_desktop.catalogue import Code
from inclusion_desktop.store.engine import default_database_path, display_url
from inclusion_desktop.store.errors import StoreError

BACKUP_DIRNAME = "sauvegardes"
DEFAULT_KEEP = 10
# The tables a usable backup of the store must hold data of.
REQUIRED_TABLES = ("submission", "revision", "audit", "form_version")

_NAME = re.compile(r"(?P<base>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.dump")


@dataclass(frozen=True, slots=True)
class DumpInfo:
    """One dump of a server store: where it is, when it was made (UTC), why, its size."""

    path: Path
    created_at: datetime
    reason: str
    size: int


def server_backup_folder() -> Path:
    """Where the dumps of server stores go: the backup folder of the user's data directory."""
    return default_database_path().parent / BACKUP_DIRNAME


def find_tool(name: str) -> Path | None:
    """The newest PostgreSQL client tool `name` (Debian keeps one per version), else the PATH."""
    found = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    versions = [(int(m.group(1)), p) for p in found if (m := re.search(r"/(\d+)/bin/", p))]
    if versions:
        return Path(max(versions)[1])
    on_path = shutil.which(name)
    return Path(on_path) if on_path else None


def dump_store(
    url: str, *, reason: str, folder: Path | None = None, keep: int = DEFAULT_KEEP
) -> Path:
    """Dump the PostgreSQL database of `url` to a checked file; return its path.

    Then only the last `keep` dumps of that database are kept in the folder. Raises StoreError
    (French) when no checked dump could be made; a partial file is removed.
    """
    where = display_url(url)
    pg_dump, pg_restore = find_tool("pg_dump"), find_tool("pg_restore")
    if pg_dump is None or pg_restore is None:
        raise StoreError(code=Code.SERVER_BACKUP_NO_PG_DUMP, where=where)
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    target_folder = folder or server_backup_folder()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = target_folder / f"{parsed.database or 'base'}-{stamp}-{reason}.dump"
    command = [str(pg_dump), "--format=custom", f"--file={target}", "--no-password"]
    for option, value in (
        ("--host", parsed.host),
        ("--port", parsed.port),
        ("--username", parsed.username),
        ("--dbname", parsed.database),
    ):
        if value is not None:
            command.append(f"{option}={value}")
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise StoreError(
                code=Code.SERVER_BACKUP_PG_DUMP_FAILED,
                where=where,
                reason=_first_line(done.stderr),
            )
        listing = subprocess.run(
            [str(pg_restore), "--list", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        present = {
            match.group(1) for match in re.finditer(r"TABLE DATA \S+ (\w+) ", listing.stdout)
        }
        missing = [table for table in REQUIRED_TABLES if table not in present]
        if listing.returncode != 0 or missing:
            if _first_line(listing.stderr):
                raise StoreError(
                    code=Code.SERVER_BACKUP_UNREADABLE,
                    where=where,
                    reason=_first_line(listing.stderr),
                )
            raise StoreError(
                code=Code.SERVER_BACKUP_TABLES_MISSING, where=where, tables=", ".join(missing)
            )
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise StoreError(code=Code.SERVER_BACKUP_FAILED, where=where, reason=exc) from exc
    except StoreError:
        target.unlink(missing_ok=True)
        raise
    for old in list_dumps(url, folder=target_folder)[:-keep]:
        old.path.unlink(missing_ok=True)
    return target


def list_dumps(url: str, *, folder: Path | None = None) -> list[DumpInfo]:
    """The dumps of the database of `url` in the backup folder, oldest first."""
    database = make_url(url).database or "base"
    found = []
    for entry in (folder or server_backup_folder()).glob("*.dump"):
        match = _NAME.fullmatch(entry.name)
        if match is None or match["base"] != database or not entry.is_file():
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        found.append(DumpInfo(entry, created, match["reason"], entry.stat().st_size))
    return sorted(found, key=lambda dump: dump.created_at)


def restore_command(url: str, dump: Path) -> str:
    """The command an administrator runs to put a dump back (password not shown)."""
    parsed = make_url(url)
    parts = ["pg_restore", "--clean", "--if-exists", "--single-transaction"]
    for option, value in (
        ("--host", parsed.host),
        ("--port", parsed.port),
        ("--username", parsed.username),
        ("--dbname", parsed.database),
    ):
        if value is not None:
            parts.append(f"{option}={value}")
    return " ".join([*parts, shlex.quote(str(dump))])


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""
