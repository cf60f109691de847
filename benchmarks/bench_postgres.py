"""The PostgreSQL server of the benchmarks: a given one, or a throw-away cluster like the tests'.

`postgres_server` gives the URL of a database to connect to as an administrator: the one passed
on the command line (``--url`` / ``--db``), else the ``postgres`` database of a cluster started
for the run (tests/postgres.py) and stopped after it. `new_database` makes each measure its own
empty database on that server.
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@contextmanager
def postgres_server(admin_url: str | None = None) -> Iterator[str]:
    """The administrator URL of the server to use; exits with status 2 when none can start."""
    if admin_url is not None:
        yield admin_url
        return
    from tests import postgres

    started = postgres.start()
    if isinstance(started, str):
        print(f"PostgreSQL indisponible : {started}", file=sys.stderr)
        raise SystemExit(2)
    try:
        yield started.url()
    finally:
        started.stop()


def new_database(admin_url: str) -> str:
    """Create an empty database on the server of `admin_url`; return its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(admin_url)
    name = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(dsn(admin_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


def dsn(url_text: str) -> str:
    """The psycopg connection string of a SQLAlchemy PostgreSQL URL."""
    from sqlalchemy.engine import make_url

    url = make_url(url_text)
    return (
        f"host={url.host} port={url.port or 5432} user={url.username}"
        f" password={url.password or ''} dbname={url.database}"
    )
