"""The coordination store on SQLite and on PostgreSQL: same rules, enforced by the database.

Every test taking `store_url` runs twice: on a new SQLite file and on a new database of the
throw-away PostgreSQL cluster (tests/postgres.py), skipped only when no server can be started.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError
from sync_support import FORM_SHA, FORM_SOURCE, add_complete, laptop
from translation_support import english

from inclusion_desktop.catalogue import Code
from inclusion_desktop.cli import main
from inclusion_desktop.services.campaign import PurgeRefused, check_purge, purge_campaign
from inclusion_desktop.store import Store, StoreError, server_backup
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files
from tests.postgres import Cluster

CONTENT_QUERIES = {
    "submission": (
        "SELECT s.uuid, f.sha256, s.zone, s.status, s.entry_mode, s.created_at, s.updated_at,"
        " d.uuid, o.uuid FROM submission s JOIN form_version f ON f.id = s.form_version_id"
        " JOIN device d ON d.id = s.device_id LEFT JOIN operator o ON o.id = s.operator_id"
    ),
    "revision": (
        "SELECT s.uuid, r.content_hash, r.parent_hash, r.parent2_hash, r.number, r.answers,"
        " r.status, r.reason FROM revision r JOIN submission s ON s.id = r.submission_id"
    ),
    "authorship": (
        "SELECT r.content_hash, r.created_at, d.uuid, o.uuid FROM revision r"
        " JOIN device d ON d.id = r.device_id LEFT JOIN operator o ON o.id = r.operator_id"
        " UNION SELECT r.content_hash, a.created_at, d.uuid, o.uuid FROM revision_author a"
        " JOIN revision r ON r.id = a.revision_id JOIN device d ON d.id = a.device_id"
        " LEFT JOIN operator o ON o.id = a.operator_id"
    ),
    "device": "SELECT uuid, name FROM device",
    "operator": "SELECT uuid, name FROM operator",
    "form_version": "SELECT sha256, form_id, version, title FROM form_version",
    # Audit rows that came from the laptops (the "fusion" rows are this store's own).
    "audit": "SELECT uuid, created_at, action, target, detail FROM audit WHERE action <> 'fusion'",
}


def store_content(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The data of a store on any backend, independent of local ids and of merge times."""
    with store.engine.connect() as conn:
        return {
            name: sorted((tuple(row) for row in conn.execute(text(query))), key=repr)
            for name, query in CONTENT_QUERIES.items()
        }


def is_postgres(store: Store) -> bool:
    return store.engine.dialect.name == "postgresql"


# -- opening, messages, passwords ------------------------------------------------------------


def test_store_opens_again_with_its_data(store_url: str, tmp_path: Path) -> None:
    with Store.open(store_url) as store:
        store.set_device_name("Coordination")
        form = store.register_form(
            source=FORM_SOURCE,
            filename="f.md",
            form_id="f",
            version="1",
            title="F",
            sha256=FORM_SHA,
        )
        op = store.add_operator("Samira").id
        uuid = add_complete(store, form.id, op, {"age": 33})
        store.save_revision(uuid, {"age": 34}, op)
    with Store.open(store_url) as again:
        assert again.head_answers(uuid) == {"age": 34}
        assert [r.number for r in again.revisions(uuid)] == [1, 2]
        assert "***" in again.display_url or not again.display_url.startswith("postgresql")


def test_audit_and_revisions_are_append_only(store_url: str) -> None:
    with Store.open(store_url) as store:
        form = store.register_form(
            source=FORM_SOURCE,
            filename="f.md",
            form_id="f",
            version="1",
            title="F",
            sha256=FORM_SHA,
        )
        op = store.add_operator("Samira").id
        add_complete(store, form.id, op, {"age": 33})
        for statement in (
            "UPDATE audit SET detail = 'falsifié'",
            "DELETE FROM audit",
            "UPDATE revision SET answers = '{}'",
            "DELETE FROM revision",
        ):
            with store.engine.connect() as conn, pytest.raises(DBAPIError) as caught:
                conn.execute(text(statement))
            assert "append-only" in str(caught.value.orig)
        if is_postgres(store):
            for table in ("audit", "revision"):
                with store.engine.connect() as conn, pytest.raises(DBAPIError):
                    conn.execute(text(f"TRUNCATE {table} CASCADE"))
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM revision")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM audit")).scalar() >= 2


def test_postgresql_has_the_constraints_of_sqlite(postgres_url: str, tmp_path: Path) -> None:
    def constraints(store: Store) -> dict[str, Any]:
        found: dict[str, Any] = {}
        inspector = inspect(store.engine)
        for table in sorted(inspector.get_table_names()):
            uniques = {tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)}
            uniques |= {
                tuple(i["column_names"]) for i in inspector.get_indexes(table) if i["unique"]
            }
            foreign = {
                (tuple(f["constrained_columns"]), f["referred_table"])
                for f in inspector.get_foreign_keys(table)
            }
            primary = tuple(inspector.get_pk_constraint(table)["constrained_columns"])
            nullable = {c["name"]: c["nullable"] for c in inspector.get_columns(table)}
            found[table] = (sorted(uniques), sorted(foreign), primary, nullable)
        return found

    with Store.open(str(tmp_path / "a.sqlite")) as lite, Store.open(postgres_url) as server:
        assert constraints(server) == constraints(lite)


def test_missing_driver_is_said_in_french(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    url = "postgresql://coord:motdepasse-secret@127.0.0.1:1/enquete"
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    assert "pilote" in str(caught.value) and "inclusion-desktop[postgres]" in str(caught.value)
    assert "motdepasse-secret" not in str(caught.value)
    assert main(["demo", "--db", url, "--json"]) == 1
    out = capsys.readouterr().out
    assert json.loads(out)["ok"] is False and "motdepasse-secret" not in out


def test_unreachable_server_and_refused_login(
    postgres_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.postgres import _free_port

    nobody = f"postgresql://coord:motdepasse-secret@127.0.0.1:{_free_port()}/enquete"
    with pytest.raises(StoreError) as caught:
        Store.open(nobody)
    assert "Aucun serveur PostgreSQL ne répond" in str(caught.value)
    assert "motdepasse-secret" not in str(caught.value) and "***" in str(caught.value)
    wrong = postgres_cluster.url("postgres", password="motdepasse-secret")
    with pytest.raises(StoreError) as caught:
        Store.open(wrong)
    assert "refuse la connexion" in str(caught.value)
    assert "motdepasse-secret" not in str(caught.value)
    assert caught.value.code is Code.STORE_SERVER_LOGIN_REFUSED
    assert caught.value.render(english()).startswith("The PostgreSQL server ")
    assert "refuses the connection" in caught.value.render(english())
    missing = postgres_cluster.url("base_absente")
    with pytest.raises(StoreError) as caught:
        Store.open(missing)
    assert "n'existe pas" in str(caught.value)
    assert caught.value.code is Code.STORE_SERVER_DATABASE_MISSING
    assert main(["demo", "--db", wrong, "--json"]) == 1
    assert "motdepasse-secret" not in capsys.readouterr().out


def test_demo_json_hides_the_password(
    postgres_cluster: Cluster, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", postgres_url, "--submissions", "5", "--json"]) == 0
    out = capsys.readouterr().out
    assert postgres_cluster.password not in out
    assert json.loads(out)["db"].startswith("postgresql+psycopg://inclusion:***@127.0.0.1")
    assert main(["demo", "--db", postgres_url, "--submissions", "1"]) == 0
    assert postgres_cluster.password not in capsys.readouterr().out


# -- merging ----------------------------------------------------------------------------------


def test_merge_rules_are_the_same(store_url: str, tmp_path: Path) -> None:
    """New, fast-forward, deletion, conflict and the same file twice, on both backends."""
    a, form_a, op_a = laptop(tmp_path / "a.sqlite", "Portable A")
    uuids = [add_complete(a, form_a, op_a, {"age": age}) for age in (20, 30, 40)]
    base = export_bundle(a, tmp_path / "base.idbundle").path
    b, _form_b, _ = laptop(tmp_path / "b.sqlite", "Portable B")
    merge_files(b, [base])
    op_b = b.add_operator("Julien").id
    a.save_revision(uuids[0], {"age": 21}, op_a)
    a.delete_submission(uuids[1], "Doublon", op_a)
    b.save_revision(uuids[0], {"age": 22}, op_b)
    later_a = export_bundle(a, tmp_path / "a2.idbundle").path
    later_b = export_bundle(b, tmp_path / "b2.idbundle").path
    with Store.open(store_url) as coordination:
        reports = merge_files(coordination, [base, base, later_a, later_b])
        assert [(r.new, r.already_present) for r in reports[:2]] == [(3, 0), (0, 3)]
        assert (reports[2].fast_forwarded, reports[2].deletions_added) == (2, 1)
        assert reports[3].conflicts == 1 and reports[3].conflict_uuids == [uuids[0]]
        assert [c.uuid for c in coordination.conflicts()] == [uuids[0]]
        assert coordination.get_submission(uuids[1]).status == "deleted"
        again = merge_files(coordination, [later_a, later_b])
        assert all(r.revisions_added == 0 for r in again)
        coordinator = coordination.add_operator("Coordinatrice", "coordinateur").id
        (conflict,) = coordination.conflicts()
        kept = next(h for h in conflict.heads if h.answers == {"age": 22})
        coordination.resolve_conflict(
            uuids[0], operator_id=coordinator, chosen_hash=kept.content_hash
        )
        assert coordination.conflicts() == []
        assert coordination.head_answers(uuids[0]) == {"age": 22}
        # The resolution travels back from the shared store to a laptop.
        resolution = export_bundle(coordination, tmp_path / "c.idbundle").path
        merge_files(a, [later_b])
        (back,) = merge_files(a, [resolution])
        assert back.fast_forwarded == 1 and a.conflicts() == []
        assert a.head_answers(uuids[0]) == {"age": 22}
    a.close()
    b.close()


# -- purge and free text ----------------------------------------------------------------------

SECRET = "REPONSE-DISTINCTIVE-ORNITHORYNQUE"


def _coordination_with_campaign(store_url: str, tmp_path: Path) -> tuple[Store, Path]:
    a, form_a, op_a = laptop(tmp_path / "a.sqlite", "Portable A")
    edited = add_complete(a, form_a, op_a, {"age": 30, "note": SECRET})
    a.save_revision(edited, {"age": 31, "note": SECRET}, op_a)
    add_complete(a, form_a, op_a, {"age": 50})
    bundle = export_bundle(a, tmp_path / "fin.idbundle").path
    a.close()
    coordination = Store.open(store_url)
    merge_files(coordination, [bundle])
    return coordination, bundle


def test_purge_makes_a_checked_backup_first(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    store, bundle = _coordination_with_campaign(store_url, tmp_path)
    with store:
        result = purge_campaign(store, bundle)
        assert result.counts.submissions == 2 and store.list_submissions() == []
        if is_postgres(store):
            assert result.backup is not None and result.backup.suffix == ".dump"
            folder = tmp_path / "donnees" / "inclusion-desktop" / "sauvegardes"
            assert result.backup.parent == folder
            # The dump is a real one: pg_restore lists the data of the questionnaires.
            import subprocess

            restore = server_backup.find_tool("pg_restore")
            listing = subprocess.run(
                [str(restore), "--list", str(result.backup)], capture_output=True, text=True
            ).stdout
            assert "TABLE DATA public revision" in listing
            assert result.remains and "VACUUM FULL" in result.remains
            assert result.remains in result.message and result.as_dict()["remains"]
        else:
            assert result.remains is None and "remains" not in result.as_dict()
            assert result.backup is not None and result.backup.suffix == ".sqlite"
            assert store.compaction_note is None


def test_purge_without_pg_dump_is_refused(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    store, bundle = _coordination_with_campaign(postgres_url, tmp_path)
    with store:
        assert check_purge(store, bundle).ok
        monkeypatch.setattr(server_backup, "find_tool", lambda name: None)
        with pytest.raises(PurgeRefused) as caught:
            purge_campaign(store, bundle)
        assert "pg_dump" in str(caught.value) and "Rien n'a été purgé" in str(caught.value)
        assert len(store.list_submissions()) == 2


def test_purge_with_a_failing_dump_is_refused(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    store, bundle = _coordination_with_campaign(postgres_url, tmp_path)
    fake = tmp_path / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump: error: server version mismatch' >&2\nexit 1\n")
    fake.chmod(0o755)
    real = server_backup.find_tool
    monkeypatch.setattr(
        server_backup, "find_tool", lambda name: fake if name == "pg_dump" else real(name)
    )
    with store:
        with pytest.raises(PurgeRefused) as caught:
            purge_campaign(store, bundle)
        assert "server version mismatch" in str(caught.value)
        assert len(store.list_submissions()) == 2
        # The merge's dump stays; no partial purge dump is left.
        assert not list((tmp_path / "donnees").rglob("*avant-purge.dump"))


def test_free_text_clearing_compacts(store_url: str, tmp_path: Path) -> None:
    store, _bundle = _coordination_with_campaign(store_url, tmp_path)
    with store:
        from inclusion_desktop.store.erasure import ScrubResult

        forms = {form.id: frozenset({"note"}) for form in store.form_versions()}
        result: ScrubResult = store.scrub_answers(forms, reason="effacement")
        assert result.questionnaires == 1 and result.revisions_scrubbed == 2
        with store.engine.connect() as conn:
            answers = [row[0] for row in conn.execute(text("SELECT answers FROM revision"))]
        assert all(SECRET not in value for value in answers)
        if is_postgres(store):
            # The table file written by the server holds the text no more (the old rows, dead
            # since the rewrite, went with VACUUM FULL).
            with store.engine.connect() as conn:
                conn.execute(text("CHECKPOINT"))
                folder = conn.execute(text("SHOW data_directory")).scalar()
                relative = conn.execute(text("SELECT pg_relation_filepath('revision')")).scalar()
            assert SECRET.encode() not in (Path(folder) / relative).read_bytes()


def test_free_text_command_says_what_the_server_keeps(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", store_url, "--submissions", "3", "--json"]) == 0
    capsys.readouterr()
    assert main(["free-text", "clear", "--db", store_url, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is True
    if store_url.startswith("postgresql"):
        assert "VACUUM FULL" in payload["remains"] and "WAL" in payload["remains"]
    else:
        assert "remains" not in payload


def test_a_race_on_a_key_is_said_in_french(postgres_url: str) -> None:
    """Two coordinators adding the same laptop at once: the loser gets a sentence, no traceback."""
    with Store.open(postgres_url) as first, Store.open(postgres_url) as second:
        first.set_device_name("Coordination")
        with pytest.raises(StoreError, match="au même moment"), second._write() as session:
            session.execute(
                text("INSERT INTO device (uuid, name, is_local) VALUES (:u, 'copie', false)"),
                {"u": first.device().uuid},
            )
        assert [d.name for d in [first.device()] if d] == ["Coordination"]
