"""Alembic environment: migrations run on the connection handed over by the store at open."""

from __future__ import annotations

from alembic import context

from inclusion_desktop.store.engine import create_store_engine, resolve_database_url
from inclusion_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    """Run the pending migrations on an open connection."""
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: later migrations rebuild tables in batch mode.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("inclusion_desktop migrations run online only (Store.open).")

_connection = config.attributes.get("connection")
if _connection is not None:
    _run(_connection)
else:
    # Developer use (`alembic revision --autogenerate`): the store named by sqlalchemy.url,
    # else $INCLUSION_DB, else the default file.
    _engine = create_store_engine(resolve_database_url(config.get_main_option("sqlalchemy.url")))
    try:
        with _engine.begin() as _conn:
            _run(_conn)
    finally:
        _engine.dispose()
