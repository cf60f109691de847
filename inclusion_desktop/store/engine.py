"""Database location, engine factory and schema guards: one URL in, one ready engine out."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from inclusion_desktop.catalogue import Code
from inclusion_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

APP_NAME = "inclusion-desktop"
DATABASE_FILENAME = "inclusion.sqlite"
ENV_VAR = "INCLUSION_DB"

# Execution option read by the SQLite "begin" hook: write operations ask for BEGIN IMMEDIATE so a
# transaction that reads before writing cannot fail with SQLITE_BUSY when another process commits.
BEGIN_MODE_OPTION = "inclusion_begin"

# Order matters: busy_timeout first so that switching to WAL waits for a lock instead of failing.
SQLITE_PRAGMAS = (
    "PRAGMA busy_timeout=5000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
)


def default_database_path() -> Path:
    """Return the store file in the user's data directory, where the app keeps it by default."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DATABASE_FILENAME


def resolve_database_url(value: str | None) -> str:
    """Turn a URL or a path (else $INCLUSION_DB, else the default file) into an SQLAlchemy URL.

    A value containing ``://`` is kept as is; anything else is a filesystem path whose parent
    directories are created, so that a path that does not exist yet becomes a new store.
    """
    chosen = value or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in chosen:
        return _with_postgres_driver(chosen)
    if chosen == ":memory:":
        return "sqlite://"  # SQLite's own name for a private in-memory database, not a file
    path = Path(chosen).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _with_postgres_driver(url: str) -> str:
    """Name psycopg 3 in a PostgreSQL URL that names no driver (SQLAlchemy would pick psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def display_url(url: str) -> str:
    """Return a URL fit to be shown or printed: any password is replaced by ``***``."""
    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # An unparsable URL is shown without anything after "//".
        return url.split("://", 1)[0] + "://***"


def is_postgresql(engine: Engine | Connection) -> bool:
    """Tell whether the engine (or connection) talks to PostgreSQL."""
    return engine.dialect.name == "postgresql"


def server_error(exc: BaseException, url: str) -> StoreError:
    """The refusal of a PostgreSQL server that cannot be reached or refuses the login."""
    where = display_url(url)
    raw = str(getattr(exc, "orig", None) or exc)
    state = getattr(getattr(exc, "orig", None), "sqlstate", None) or ""
    lowered = raw.lower()
    if state in ("28P01", "28000") or "password authentication failed" in lowered or (
        "no password supplied" in lowered
    ):
        return StoreError(code=Code.STORE_SERVER_LOGIN_REFUSED, where=where)
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return StoreError(code=Code.STORE_SERVER_DATABASE_MISSING, where=where)
    if "connection refused" in lowered or "could not translate host name" in lowered or (
        "timeout" in lowered or "no such file or directory" in lowered
    ):
        return StoreError(code=Code.STORE_SERVER_UNREACHABLE, where=where)
    return StoreError(code=Code.STORE_SERVER_CANNOT_OPEN, where=where, reason=raw.strip())


def sqlite_file_path(url: str) -> Path | None:
    """Return the database file of a file-based SQLite URL, None for memory or server databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def is_sqlite(engine: Engine) -> bool:
    """Tell whether the engine talks to SQLite, the only backend needing connection pragmas."""
    return engine.dialect.name == "sqlite"


def create_store_engine(url: str) -> Engine:
    """Create the engine of a store; on SQLite every connection gets WAL, FKs and a full sync.

    A PostgreSQL URL needs psycopg 3 (the ``postgres`` extra): without it, StoreError says so.
    """
    try:
        engine = create_engine(_with_postgres_driver(url))
    except ImportError as exc:  # psycopg (or another driver named in the URL) is not installed
        missing = getattr(exc, "name", None) or str(exc)
        raise StoreError(
            code=Code.STORE_DRIVER_MISSING, driver=missing, where=display_url(url)
        ) from exc
    if is_sqlite(engine):
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Apply the pragmas and take transaction control away from the sqlite3 module."""
    # sqlite3 (before Python 3.12) neither begins a transaction before DDL nor lets pragmas run
    # outside one reliably; SQLAlchemy emits BEGIN itself so migrations are atomic too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    """Emit BEGIN, IMMEDIATE for connections flagged as writers."""
    mode = connection.get_execution_options().get(BEGIN_MODE_OPTION, "")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == "immediate" else "BEGIN")


# The newest migration this code knows; Store.open compares it with the version row before
# loading Alembic at all, so that opening an up-to-date store stays fast.
SCHEMA_HEAD = "0017_revision_count"

_SQLITE_MAGIC = b"SQLite format 3\x00"

# PostgreSQL advisory lock keys (any 64-bit numbers, fixed so that every process agrees).
MIGRATION_LOCK = 0x1D5_0001


def migrations_config(connection: Connection | None = None) -> Config:
    """Build the Alembic configuration of the packaged migrations, bound to a connection."""
    from alembic.config import Config

    config = Config()
    location = Path(__file__).resolve().parent / "migrations"
    # Config values go through ConfigParser interpolation: a literal % must be doubled.
    config.set_main_option("script_location", str(location).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> frozenset[str]:
    """Return every schema revision shipped with this code."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def check_schema(version: str | None, tables: set[str], where: str, path: Path | None) -> None:
    """Refuse a database written by a newer app, or one that another program created."""
    if version == SCHEMA_HEAD:
        return
    if version is None:
        foreign = {name for name in tables if not name.startswith("sqlite_")}
        if foreign:
            raise StoreError(path=path, code=Code.STORE_FOREIGN_TABLES, where=where)
        return
    if version not in known_revisions():
        raise StoreError(path=path, code=Code.STORE_NEWER_SCHEMA, version=version)


def check_sqlite_file(path: Path) -> None:
    """Inspect an existing store file read-only, so a file we refuse is left byte-for-byte intact.

    Opening it through the store engine would already switch it to WAL, which rewrites the header.
    """
    if not path.exists():
        return
    if not path.is_file():
        raise StoreError(path=path, code=Code.STORE_NOT_A_FILE)
    with path.open("rb") as stream:
        header = stream.read(len(_SQLITE_MAGIC))
    if not header:
        return  # An empty file is an empty SQLite database: it becomes a new store.
    not_a_database = StoreError(path=path, code=Code.STORE_NOT_A_DATABASE)
    if header != _SQLITE_MAGIC:
        raise not_a_database
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                version = None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        if read_only_medium(path):
            raise StoreError(path=path, code=Code.STORE_READ_ONLY) from exc
        raise not_a_database from exc
    check_schema(version, tables - {"alembic_version"}, str(path), path)


def read_only_medium(path: Path) -> bool:
    """Whether the store file's medium or folder refuses writing (SQLite then cannot open it)."""
    try:
        if hasattr(os, "statvfs") and os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK))


def upgrade_schema(
    engine: Engine,
    path: Path | None = None,
    *,
    before_migration: Callable[[Path], object] | None = None,
) -> None:
    """Bring the schema to SCHEMA_HEAD in one transaction, doing nothing more when it is there.

    A file that already holds a schema is handed to `before_migration` first (the store backs
    it up, "avant-migration"), under the write lock so that the copy is exactly the database the
    migration starts from.
    """
    writer = engine.execution_options(**{BEGIN_MODE_OPTION: "immediate"})
    with writer.begin() as connection:
        if is_postgresql(connection):
            # Two first starts at once: the second waits here until the first has committed the
            # schema (DDL is transactional on PostgreSQL), then finds it at head.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        tables = set(inspect(connection).get_table_names())
        version = None
        if "alembic_version" in tables:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if version == SCHEMA_HEAD:
            return
        where = engine.url.render_as_string(hide_password=True)
        check_schema(version, tables - {"alembic_version"}, where, path)
        if path is not None and version is not None and before_migration is not None:
            before_migration(path)
        from alembic import command

        command.upgrade(migrations_config(connection), "head")
