"""A throw-away PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder.

One cluster per test session, listening on 127.0.0.1 on a free port, with password login
(scram) for a superuser, stopped and deleted at the end. Each test gets its own database.

PostgreSQL refuses to run as root: when the tests run as root (CI, containers), the cluster
belongs to the ``postgres`` system user (created by the Debian package) and its commands run
through ``runuser``. When no server can be started (no binaries, no such user), `start`
returns the reason and the PostgreSQL variants of the tests are skipped with it.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER = "inclusion"


@dataclass
class Cluster:
    """A running cluster: where it is, how to reach it, how to stop it."""

    folder: Path
    port: int
    password: str
    bin_dir: Path
    run_as: str | None

    def url(self, database: str = "postgres", *, password: str | None = None) -> str:
        """The SQLAlchemy URL of one database of the cluster."""
        secret = self.password if password is None else password
        return f"postgresql+psycopg://{USER}:{secret}@127.0.0.1:{self.port}/{database}"

    def create_database(self, template: str | None = None) -> str:
        """Create a new database (empty, or a copy of `template`) and return its name."""
        import psycopg

        name = f"t_{secrets.token_hex(6)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self._dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a test database, closing what still uses it."""
        import psycopg

        with psycopg.connect(self._dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _dsn(self) -> str:
        return (
            f"host=127.0.0.1 port={self.port} user={USER} password={self.password} dbname=postgres"
        )

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        _run(
            self.run_as,
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: the newest Debian PostgreSQL, else the PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run(run_as: str | None, command: list[str], *, check: bool = True) -> str:
    if run_as is not None:
        command = ["runuser", "-u", run_as, "--", *command]
    # Run from a folder the server's user may enter (the clone may be under /root).
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=120, check=False, cwd="/"
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} : {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start() -> Cluster | str:
    """Start a cluster, or return why none can be started."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "le pilote psycopg n'est pas installé (extra « postgres »)"
    binaries = bin_dir()
    if binaries is None:
        return "PostgreSQL n'est pas installé (paquet Debian « postgresql », initdb introuvable)"
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            return "lancé en root sans utilisateur système « postgres » pour le serveur"
        if shutil.which("runuser") is None:
            return "lancé en root sans la commande runuser"
        run_as = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="inclusion-pg-"))
    password = secrets.token_urlsafe(12)
    try:
        (folder / "pw").write_text(password + "\n", encoding="utf-8")
        if run_as is not None:
            for path in (folder, folder / "pw"):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        data = folder / "data"
        _run(
            run_as,
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                f"--pwfile={folder / 'pw'}",
                "--auth-host=scram-sha-256",
                "--auth-local=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        )
        last_error = ""
        for _attempt in range(5):
            port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -c port={port}"
                f" -c unix_socket_directories={folder} -c fsync=off"
                " -c synchronous_commit=off -c full_page_writes=off"
                " -c max_connections=60"
            )
            try:
                _run(
                    run_as,
                    [
                        str(binaries / "pg_ctl"),
                        "-D",
                        str(data),
                        "-o",
                        options,
                        "-l",
                        str(folder / "log"),
                        "-w",
                        "-t",
                        "60",
                        "start",
                    ],
                )
            except RuntimeError as exc:
                last_error = str(exc)
                continue
            cluster = Cluster(folder, port, password, binaries, run_as)
            if _wait(cluster):
                return cluster
            cluster.stop()
            return "le serveur PostgreSQL démarré ne répond pas"
        shutil.rmtree(folder, ignore_errors=True)
        return f"le serveur PostgreSQL n'a pas pu démarrer : {last_error}"
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return f"le serveur PostgreSQL n'a pas pu être préparé : {exc}"


def _wait(cluster: Cluster) -> bool:
    import psycopg

    for _attempt in range(100):
        try:
            with psycopg.connect(cluster._dsn(), connect_timeout=3):
                return True
        except psycopg.OperationalError:
            time.sleep(0.1)
    return False
