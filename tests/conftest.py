"""Test settings shared by every suite: Qt runs offscreen, user directories stay in tmp."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import postgres

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# -- PostgreSQL: a throw-away cluster for the tests parametrized on the backend ------------------


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[postgres.Cluster]:
    """One PostgreSQL cluster for the whole session, started on first use, stopped at the end.

    Skips (saying why) only when no server can be started on this machine.
    """
    cluster = postgres.start()
    if isinstance(cluster, str):
        pytest.skip(f"PostgreSQL indisponible : {cluster}")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: postgres.Cluster) -> Iterator[str]:
    """The URL of a new empty database on the session's cluster, dropped after the test."""
    name = postgres_cluster.create_database()
    try:
        yield postgres_cluster.url(name)
    finally:
        postgres_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "coordination.sqlite")
    return str(request.getfixturevalue("postgres_url"))

# A store without a file (PostgreSQL) keeps its laptop's signing key in the user's data folder:
# the tests' keys go to a folder of their own, never beside the user's real key.
if "INCLUSION_TEST_DATA_HOME" not in os.environ:
    import tempfile

    os.environ["INCLUSION_TEST_DATA_HOME"] = tempfile.mkdtemp(prefix="inclusion-data-")
    os.environ["XDG_DATA_HOME"] = os.environ["INCLUSION_TEST_DATA_HOME"]

# Forms loaded by the tests are cached in a folder of their own, not in the user's cache.
if "INCLUSION_DESKTOP_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["INCLUSION_DESKTOP_CACHE_DIR"] = tempfile.mkdtemp(prefix="inclusion-forms-")
