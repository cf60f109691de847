"""Tests of the local store on real SQLite files: schema, pragmas, history chain, refusals."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from inclusion_desktop.store import (
    SCHEMA_HEAD,
    ListOrder,
    RevisionInfo,
    Store,
    StoreError,
    content_hash,
    default_database_path,
    resolve_database_url,
)
from inclusion_desktop.store import engine as engine_module

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")
TABLES = {"form_version", "device", "operator", "submission", "revision", "draft", "setting"}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return the path of a store file that does not exist yet."""
    return tmp_path / "data" / "inclusion.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """Open a new store on a file and close it after the test."""
    opened = Store.open(str(db_path))
    yield opened
    opened.close()


def _setup(store: Store) -> tuple[int, int]:
    """Register a form and an operator; return their ids."""
    form = store.register_form(
        source=b"form bytes",
        filename="enquete.xlsx",
        form_id="enquete",
        version="1",
        title="Enquête habitants",
        sha256="a" * 64,
    )
    operator = store.add_operator("Marie")
    return form.id, operator.id


def _new(store: Store, zone: str = "QPV-A") -> tuple[str, int]:
    """Create a draft questionnaire; return its uuid and the operator id."""
    form_id, operator_id = _setup(store)
    sub = store.create_submission(form_version_id=form_id, zone=zone, operator_id=operator_id)
    return sub.uuid, operator_id


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sqlite(path: Path, *statements: str) -> None:
    """Run statements with the plain sqlite3 module, as another program would."""
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def _assert_chain(revisions: list[RevisionInfo], form_sha: str = "a" * 64) -> None:
    """Check numbering, parent links and every content hash of a history."""
    parent = None
    for expected_number, rev in enumerate(revisions, start=1):
        assert rev.number == expected_number
        assert rev.parent_hash == parent
        assert rev.content_hash == content_hash(
            submission=rev.submission_uuid,
            form=form_sha,
            status=rev.status,
            answers=rev.answers,
            parent=rev.parent_hash,
            reason=rev.reason,
        )
        parent = rev.content_hash


# -- schema and opening ---------------------------------------------------------------------


def test_new_store_creates_schema(store: Store, db_path: Path) -> None:
    assert store.path == db_path
    assert db_path.is_file()
    with closing(sqlite3.connect(db_path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert tables >= TABLES | {"alembic_version"}
    assert version == (SCHEMA_HEAD,)


def test_schema_head_constant_is_the_migration_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(engine_module.migrations_config())
    assert script.get_current_head() == SCHEMA_HEAD


def test_models_match_migrations(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from inclusion_desktop.store.models import Base

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_reopen_keeps_data(db_path: Path) -> None:
    with Store.open(str(db_path)) as first:
        uuid, operator_id = _new(first)
        first.finalize(uuid, {"age": 30}, operator_id)
        first.set_device_name("Portable 1")
        first.set_setting("zone", "QPV-A")
    with Store.open(str(db_path)) as second:
        assert second.head_answers(uuid) == {"age": 30}
        assert second.get_submission(uuid).status == "complete"
        device = second.device()
        assert device is not None and device.name == "Portable 1"
        assert second.get_setting("zone") == "QPV-A"
        assert [op.name for op in second.operators()] == ["Marie"]


def test_sqlite_pragmas_in_effect(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="introuvable"):
        store.create_submission(form_version_id=42, zone="QPV-A", operator_id=1)
    with pytest.raises(Exception, match="FOREIGN KEY"), store.engine.begin() as connection:
        connection.execute(text("INSERT INTO draft VALUES (999, '{}', NULL, 'x')"))


def test_revisions_are_append_only_in_the_database(store: Store) -> None:
    uuid, operator_id = _new(store)
    store.finalize(uuid, {"age": 30}, operator_id)
    for statement in ("UPDATE revision SET answers = '{}'", "DELETE FROM revision"):
        with pytest.raises(Exception, match="append-only"), store.engine.begin() as connection:
            connection.execute(text(statement))
    assert store.revisions(uuid)[0].answers == {"age": 30}


def test_explicit_path_is_resolved_and_parents_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "store.sqlite"
    url = resolve_database_url(str(target))
    assert url == f"sqlite:///{target.resolve()}"
    assert target.parent.is_dir()
    assert not target.exists()


def test_explicit_value_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCLUSION_DB", str(tmp_path / "env.sqlite"))
    explicit = tmp_path / "explicit.sqlite"
    assert resolve_database_url(str(explicit)) == f"sqlite:///{explicit.resolve()}"


def test_environment_variable_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env" / "inclusion.sqlite"
    monkeypatch.setenv("INCLUSION_DB", str(target))
    assert resolve_database_url(None) == f"sqlite:///{target.resolve()}"
    with Store.open() as opened:
        assert opened.path == target.resolve()
    assert target.is_file()


def test_url_is_kept_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCLUSION_DB", "/nowhere/ignored.sqlite")
    url = "postgresql+psycopg://enqueteur:secret@serveur/inclusion"
    assert resolve_database_url(url) == url
    assert resolve_database_url("sqlite://") == "sqlite://"


def test_default_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_database_path().name == "inclusion.sqlite"
    assert default_database_path().parent.name == "inclusion-desktop"
    monkeypatch.delenv("INCLUSION_DB", raising=False)
    fake_default = tmp_path / "userdata" / "inclusion.sqlite"
    monkeypatch.setattr(engine_module, "default_database_path", lambda: fake_default)
    assert resolve_database_url(None) == f"sqlite:///{fake_default}"


def test_in_memory_store_works() -> None:
    with Store.open("sqlite://") as memory:
        assert memory.path is None
        uuid, operator_id = _new(memory)
        memory.finalize(uuid, {"x": 1}, operator_id)
        assert memory.head_answers(uuid) == {"x": 1}


def test_empty_file_becomes_a_store(tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite"
    target.touch()
    with Store.open(str(target)) as opened:
        assert opened.form_versions() == []


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_newer_schema_refused_and_untouched(db_path: Path, journal_mode: str) -> None:
    Store.open(str(db_path)).close()
    _sqlite(db_path, "UPDATE alembic_version SET version_num = '0042_future'")
    # A rollback-journal file proves the refusal happens before WAL would rewrite the header.
    _sqlite(db_path, f"PRAGMA journal_mode={journal_mode}")
    before = _sha(db_path)
    with pytest.raises(StoreError) as caught:
        Store.open(str(db_path))
    assert caught.value.message == (
        "Cette base a été créée par une version plus récente d'inclusion_desktop "
        "(schéma 0042_future) : mettez l'application à jour."
    )
    assert _sha(db_path) == before


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04" + b"\x00" * 200,  # an .xlsx picked by mistake
        b"SQLite format 3\x00" + b"\xff" * 500,  # a damaged database
        "nom;âge\nMarie;34\n".encode(),
    ],
    ids=["zip", "damaged", "csv"],
)
def test_not_a_database_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "questionnaires.sqlite"
    target.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(str(target))
    assert str(target) in caught.value.message
    assert caught.value.path == target
    assert target.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["questionnaires.sqlite"]


def test_foreign_sqlite_database_refused_and_untouched(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite"
    _sqlite(target, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('x')")
    before = _sha(target)
    with pytest.raises(StoreError, match="n'a pas été créée par inclusion_desktop"):
        Store.open(str(target))
    assert _sha(target) == before


def test_store_of_schema_0001_opens_with_its_data(tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "store_0001_initial.sqlite", target)
    with Store.open(str(target)) as old:
        device = old.device()
        assert device is not None and device.name == "Portable médiatrice 1"
        assert old.get_setting("last_zone") == "QPV-SOUS-LE-BOIS"
        rows = {row.zone + "/" + row.status: row for row in old.list_submissions()}
        assert set(rows) == {
            "QPV-SOUS-LE-BOIS/complete",
            "QPV-MONTPLAISIR/deleted",
            "QPV-MONTPLAISIR/draft",
        }
        edited = rows["QPV-SOUS-LE-BOIS/complete"].uuid
        assert old.head_answers(edited) == {"age": 43, "smartphone": "oui"}
        _assert_chain(old.revisions(edited), form_sha="f" * 64)
        deleted = old.revisions(rows["QPV-MONTPLAISIR/deleted"].uuid)
        assert [r.status for r in deleted] == ["complete", "deleted"]
        assert deleted[-1].reason == "Doublon"
        draft_uuid = rows["QPV-MONTPLAISIR/draft"].uuid
        assert old.open_drafts() == [draft_uuid]
        assert old.load_draft(draft_uuid) == (
            {"age": 19, "commentaire": "Réponse « à vérifier »"},
            "q3",
        )
        form = old.form_versions()[0]
        assert old.form_source(form.id)[1] == "enquete.md"


# -- device, operators, settings, forms ------------------------------------------------------


def test_device_created_then_renamed(store: Store) -> None:
    assert store.device() is None
    created = store.set_device_name("  Portable   1 ")
    assert created.name == "Portable 1" and created.is_local
    renamed = store.set_device_name("Portable bureau")
    assert (renamed.uuid, renamed.name) == (created.uuid, "Portable bureau")
    assert store.device() == renamed
    with pytest.raises(StoreError):
        store.set_device_name("   ")


def test_submission_without_named_device_gets_one(store: Store) -> None:
    _new(store)
    assert store.device() is not None


def test_add_operator_is_idempotent_on_name(store: Store) -> None:
    first = store.add_operator("Élodie Martin")
    assert store.add_operator(" élodie  martin ") == first
    second = store.add_operator("Karim")
    assert [op.name for op in store.operators()] == ["Karim", "Élodie Martin"]
    assert second.created_at.tzinfo is not None
    with pytest.raises(StoreError):
        store.add_operator("")


def test_settings(store: Store) -> None:
    assert store.get_setting("missing") is None
    assert store.get_setting("missing", "défaut") == "défaut"
    store.set_setting("langue", "fr")
    store.set_setting("langue", "en")
    assert store.get_setting("langue") == "en"


def test_register_form_is_idempotent_by_sha256(store: Store) -> None:
    kwargs: dict[str, Any] = dict(
        source=b"\x00\x01xlsx", filename="f.xlsx", form_id="f", version="1", title="T"
    )
    first = store.register_form(sha256="b" * 64, **kwargs)
    again = store.register_form(sha256="b" * 64, **kwargs)
    assert again == first
    assert store.form_versions() == [first]
    assert store.form_source(first.id) == (b"\x00\x01xlsx", "f.xlsx")
    with pytest.raises(StoreError):
        store.form_source(999)


# -- questionnaires --------------------------------------------------------------------------


def test_create_submission(store: Store) -> None:
    form_id, operator_id = _setup(store)
    sub = store.create_submission(
        form_version_id=form_id, zone="QPV-A", operator_id=operator_id, entry_mode="keying"
    )
    assert sub.uuid.startswith("uuid:") and len(sub.uuid) == 41
    assert (sub.status, sub.entry_mode, sub.zone) == ("draft", "keying", "QPV-A")
    assert sub.created_at.utcoffset() == timedelta(0)
    assert store.load_draft(sub.uuid) == ({}, None)
    assert store.revisions(sub.uuid) == []
    with pytest.raises(ValueError):
        store.create_submission(form_version_id=form_id, zone="Z", operator_id=1, entry_mode="x")


def test_draft_roundtrip(store: Store) -> None:
    uuid, _ = _new(store)
    answers = {"age": 34, "langue": "ar", "équipements": ["smartphone", "tv"], "note": None}
    store.save_draft(uuid, answers, "equipements")
    assert store.load_draft(uuid) == (answers, "equipements")
    assert store.head_answers(uuid) == answers


def test_drafts_survive_a_killed_process(db_path: Path) -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL does not exist on this system")
    child = textwrap.dedent(
        """
        import os, signal, sys
        from inclusion_desktop.store import Store
        store = Store.open(sys.argv[1])
        form = store.register_form(source=b"x", filename="f.xlsx", form_id="f",
                                   version="1", title="T", sha256="c" * 64)
        operator = store.add_operator("Marie")
        sub = store.create_submission(form_version_id=form.id, zone="QPV-A",
                                      operator_id=operator.id)
        store.save_draft(sub.uuid, {"age": 51, "prénom": "Zoé"}, "age")
        print("saved", sub.uuid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO_ROOT), *sys.path]))
    result = subprocess.run(
        [sys.executable, "-c", child, str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    word, uuid = result.stdout.split()
    assert word == "saved"
    with Store.open(str(db_path)) as reopened:
        assert reopened.open_drafts() == [uuid]
        assert reopened.load_draft(uuid) == ({"age": 51, "prénom": "Zoé"}, "age")


def test_finalize_appends_first_revision_and_drops_draft(store: Store) -> None:
    uuid, operator_id = _new(store)
    store.save_draft(uuid, {"age": 1}, "age")
    rev = store.finalize(uuid, {"age": 30}, operator_id)
    assert (rev.number, rev.parent_hash, rev.status) == (1, None, "complete")
    assert store.get_submission(uuid).status == "complete"
    assert store.load_draft(uuid) is None
    assert store.open_drafts() == []
    assert store.head_answers(uuid) == {"age": 30}
    _assert_chain(store.revisions(uuid))


def test_edit_appends_revision_chained_to_previous(store: Store) -> None:
    uuid, operator_id = _new(store)
    first = store.finalize(uuid, {"age": 30}, operator_id)
    store.save_draft(uuid, {"age": 31}, "age")  # autosave during the edit
    assert store.open_drafts() == [uuid]
    assert store.head_answers(uuid) == {"age": 31}
    second = store.save_revision(uuid, {"age": 31}, operator_id)
    assert second.number == 2
    assert second.parent_hash == first.content_hash
    assert store.load_draft(uuid) is None
    assert [r.answers for r in store.revisions(uuid)] == [{"age": 30}, {"age": 31}]
    _assert_chain(store.revisions(uuid))


def test_identical_edit_appends_nothing(store: Store) -> None:
    uuid, operator_id = _new(store)
    first = store.finalize(uuid, {"age": 30, "b": [1, 2]}, operator_id)
    store.save_draft(uuid, {"b": [1, 2], "age": 30}, None)
    assert store.save_revision(uuid, {"b": [1, 2], "age": 30}, operator_id) == first
    assert store.finalize(uuid, {"age": 30, "b": [1, 2]}, operator_id) == first
    assert len(store.revisions(uuid)) == 1
    assert store.load_draft(uuid) is None


def test_delete_keeps_history(store: Store) -> None:
    uuid, operator_id = _new(store)
    store.finalize(uuid, {"age": 30}, operator_id)
    store.save_revision(uuid, {"age": 31}, operator_id)
    store.save_draft(uuid, {"age": 99}, None)  # unsaved edit: not part of the deletion
    deleted = store.delete_submission(uuid, "  Doublon saisi deux fois ", operator_id)
    assert (deleted.number, deleted.status) == (3, "deleted")
    assert deleted.reason == "Doublon saisi deux fois"
    assert deleted.answers == {"age": 31}
    assert store.get_submission(uuid).status == "deleted"
    history = store.revisions(uuid)
    assert [r.status for r in history] == ["complete", "complete", "deleted"]
    _assert_chain(history)
    assert store.head_answers(uuid) == {"age": 31}


def test_never_finalised_draft_can_be_deleted(store: Store) -> None:
    uuid, operator_id = _new(store)
    store.save_draft(uuid, {"age": 12}, "age")
    deleted = store.delete_submission(uuid, "Refus de répondre", operator_id)
    assert (deleted.number, deleted.parent_hash, deleted.answers) == (1, None, {"age": 12})
    assert store.open_drafts() == []


def test_user_errors_raise_store_error(store: Store) -> None:
    uuid, operator_id = _new(store)
    unknown = "uuid:00000000-0000-0000-0000-000000000000"
    for call in (
        lambda: store.get_submission(unknown),
        lambda: store.save_draft(unknown, {}, None),
        lambda: store.load_draft(unknown),
        lambda: store.finalize(unknown, {}, operator_id),
        lambda: store.revisions(unknown),
        lambda: store.head_answers(unknown),
    ):
        with pytest.raises(StoreError, match="introuvable"):
            call()
    with pytest.raises(StoreError, match="pas encore terminé"):
        store.save_revision(uuid, {"a": 1}, operator_id)
    with pytest.raises(StoreError, match="motif"):
        store.delete_submission(uuid, "  ", operator_id)
    with pytest.raises(StoreError, match="Opérateur introuvable"):
        store.finalize(uuid, {}, 999)
    store.delete_submission(uuid, "Erreur", operator_id)
    for call in (
        lambda: store.finalize(uuid, {"a": 1}, operator_id),
        lambda: store.save_revision(uuid, {"a": 1}, operator_id),
        lambda: store.save_draft(uuid, {"a": 1}, None),
        lambda: store.delete_submission(uuid, "Encore", operator_id),
    ):
        with pytest.raises(StoreError, match="supprimé"):
            call()
    assert len(store.revisions(uuid)) == 1


def test_list_submissions_filters_and_order(store: Store) -> None:
    form_id, marie = _setup(store)
    karim = store.add_operator("Karim").id
    other_form = store.register_form(
        source=b"y",
        filename="g.xlsx",
        form_id="structures",
        version="1",
        title="Structures",
        sha256="d" * 64,
    ).id
    a = store.create_submission(form_version_id=form_id, zone="QPV-A", operator_id=marie).uuid
    b = store.create_submission(form_version_id=form_id, zone="QPV-B", operator_id=karim).uuid
    c = store.create_submission(form_version_id=other_form, zone="QPV-A", operator_id=marie).uuid
    store.finalize(a, {"x": 1}, marie)
    store.save_revision(a, {"x": 2}, marie)
    store.delete_submission(b, "Test", karim)

    rows = store.list_submissions()
    assert [r.uuid for r in rows] == [c, b, a]
    row_a = rows[2]
    assert (row_a.form_title, row_a.operator_name, row_a.revision_count) == (
        "Enquête habitants",
        "Marie",
        2,
    )
    assert row_a.device_name and row_a.updated_at > row_a.created_at
    assert [r.uuid for r in store.list_submissions(zone="QPV-A")] == [c, a]
    assert [r.uuid for r in store.list_submissions(status="deleted")] == [b]
    assert [r.uuid for r in store.list_submissions(operator_id=karim)] == [b]
    assert [r.uuid for r in store.list_submissions(form_id="structures")] == [c]
    today = datetime.now(UTC).astimezone().date()
    assert len(store.list_submissions(date_from=today, date_to=today)) == 3
    assert store.list_submissions(date_from=today + timedelta(days=1)) == []
    assert store.list_submissions(date_to=today - timedelta(days=1)) == []


def test_list_submissions_pages_and_count(store: Store) -> None:
    form_id, marie = _setup(store)
    made = [
        store.create_submission(form_version_id=form_id, zone=zone, operator_id=marie).uuid
        for zone in ("QPV-A", "QPV-B", "QPV-A", "QPV-B", "QPV-A")
    ]
    newest_first = made[::-1]
    pages = [store.list_submissions(limit=2, offset=offset) for offset in (0, 2, 4, 6)]
    assert [[r.uuid for r in page] for page in pages] == [
        newest_first[:2],
        newest_first[2:4],
        newest_first[4:],
        [],
    ]
    assert store.count_submissions() == 5
    assert store.count_submissions(zone="QPV-A") == 3
    # Zones by the rank given (their shown names), newest first among equals.
    by_zone = store.list_submissions(order=ListOrder("zone", False, {"QPV-B": 0, "QPV-A": 1}))
    assert [r.uuid for r in by_zone] == [made[3], made[1], made[4], made[2], made[0]]
    oldest = store.list_submissions(order=ListOrder("created_at", False), limit=1)
    assert [r.uuid for r in oldest] == [made[0]]
    assert sorted(store.submission_zones()) == ["QPV-A", "QPV-B"]


def test_counts(store: Store) -> None:
    form_id, operator_id = _setup(store)

    def new() -> str:
        sub = store.create_submission(form_version_id=form_id, zone="Z", operator_id=operator_id)
        return sub.uuid

    new()
    complete = new()
    store.finalize(complete, {}, operator_id)
    deleted = new()
    store.delete_submission(deleted, "Test", operator_id)
    today = datetime.now(UTC).astimezone().date()
    counts = store.counts(today)
    assert (counts.today, counts.drafts, counts.complete, counts.not_exported) == (2, 1, 1, 2)
    assert store.counts(today - timedelta(days=1)).today == 0


def test_counts_of_one_form_take_all_its_versions_and_no_other_form(store: Store) -> None:
    first, operator_id = _setup(store)
    second = store.register_form(
        source=b"form bytes 2",
        filename="enquete.xlsx",
        form_id="enquete",
        version="2",
        title="Enquête habitants",
        sha256="b" * 64,
    ).id
    other = store.register_form(
        source=b"structures",
        filename="structures.xlsx",
        form_id="structures",
        version="1",
        title="Enquête structures",
        sha256="c" * 64,
    ).id
    for version in (first, second, other, other):
        sub = store.create_submission(form_version_id=version, zone="Z", operator_id=operator_id)
        store.finalize(sub.uuid, {}, operator_id)
    today = datetime.now(UTC).astimezone().date()
    assert store.counts(today).complete == 4
    assert store.counts(today, second).complete == 2
    assert store.counts(today, other).complete == 2
    assert store.counts(today, other).not_exported == 4  # an export carries every form


def test_open_drafts_most_recent_first(store: Store) -> None:
    first, _ = _new(store)
    second, _ = _new(store)
    assert store.open_drafts() == [second, first]
    store.save_draft(first, {"a": 1}, None)
    assert store.open_drafts() == [first, second]


def test_timestamps_are_aware_utc(store: Store) -> None:
    uuid, operator_id = _new(store)
    rev = store.finalize(uuid, {}, operator_id)
    sub = store.get_submission(uuid)
    for value in (rev.created_at, sub.created_at, sub.updated_at):
        assert value.tzinfo is not None and value.utcoffset() == timedelta(0)
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as connection:
        (stored,) = connection.execute("SELECT created_at FROM revision").fetchone()
    assert stored.endswith("+00:00") and datetime.fromisoformat(stored) == rev.created_at


# -- invariant of the history chain ----------------------------------------------------------

_answers = st.dictionaries(
    st.sampled_from(["age", "zone", "équipement"]),
    st.one_of(st.none(), st.integers(0, 2), st.sampled_from(["oui", "non", "é"])),
    max_size=3,
)
_operations = st.lists(
    st.one_of(
        st.tuples(st.just("draft"), _answers),
        st.tuples(st.just("finalize"), _answers),
        st.tuples(st.just("revise"), _answers),
        st.tuples(st.just("delete"), st.sampled_from(["", " ", "Doublon"])),
    ),
    max_size=10,
)


def test_any_sequence_keeps_the_chain_contiguous(store: Store) -> None:
    form_id, operator_id = _setup(store)

    @settings(max_examples=60, deadline=None)
    @given(operations=_operations)
    def run(operations: list[tuple[str, Any]]) -> None:
        uuid = store.create_submission(
            form_version_id=form_id, zone="Z", operator_id=operator_id
        ).uuid
        for kind, argument in operations:
            status = store.get_submission(uuid).status
            try:
                if kind == "draft":
                    store.save_draft(uuid, argument, None)
                elif kind == "finalize":
                    store.finalize(uuid, argument, operator_id)
                elif kind == "revise":
                    store.save_revision(uuid, argument, operator_id)
                else:
                    store.delete_submission(uuid, argument, operator_id)
            except StoreError:
                expected_refusal = (
                    status == "deleted"
                    or (kind == "revise" and status == "draft")
                    or (kind == "delete" and not argument.strip())
                )
                assert expected_refusal, (kind, status, argument)
            history = store.revisions(uuid)
            _assert_chain(history)
            current = store.get_submission(uuid).status
            assert current == (history[-1].status if history else "draft")

    run()


def test_memory_name_opens_an_in_memory_store_not_a_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert resolve_database_url(":memory:") == "sqlite://"
    assert not (tmp_path / ":memory:").exists()
