"""Schema 0002: a 0001 store with data upgrades intact, keeps its guards, and exports at once."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inclusion_desktop.store import SCHEMA_HEAD, Store, content_hash, content_hash_of_text
from inclusion_desktop.store.hashing import canonical_json
from inclusion_desktop.sync.bundle import BundleError, export_bundle

FIXTURES = Path(__file__).with_name("fixtures")


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(query).fetchall()


def test_store_0001_upgrades_with_its_revisions_intact(tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "store_0001_initial.sqlite", target)
    query = (
        "SELECT submission_id, number, parent_hash, content_hash, answers, status, reason,"
        " created_at, device_id, operator_id FROM revision ORDER BY id"
    )
    before = _rows(target, query)
    columns = "id, uuid, form_version_id, zone, status, entry_mode, created_at, updated_at"
    submissions = _rows(target, f"SELECT {columns} FROM submission ORDER BY id")
    assert before
    with Store.open(str(target)) as store:
        assert _rows(target, query) == before
        assert _rows(target, f"SELECT {columns} FROM submission ORDER BY id") == submissions
        assert {row[0] for row in _rows(target, "SELECT parent2_hash FROM revision")} == {None}
        version = _rows(target, "SELECT version_num FROM alembic_version")
        assert version == [(SCHEMA_HEAD,)]
        # The append-only triggers survived the table rebuild.
        with closing(sqlite3.connect(target)) as conn, pytest.raises(sqlite3.DatabaseError):
            conn.execute("UPDATE revision SET reason = 'x'")
        with closing(sqlite3.connect(target)) as conn, pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO revision (submission_id, number, content_hash, answers, status,"
                " created_at, device_id) SELECT submission_id, number + 5, content_hash,"
                " answers, status, created_at, device_id FROM revision LIMIT 1"
            )
        # Every old revision still verifies, and nothing counts as exported yet.
        from datetime import date

        for row in store.list_submissions():
            for revision in store.revisions(row.uuid):
                assert revision.content_hash == content_hash(
                    submission=row.uuid,
                    form="f" * 64,
                    status=revision.status,
                    answers=revision.answers,
                    parent=revision.parent_hash,
                    reason=revision.reason,
                )
        assert store.counts(date.today()).not_exported == 2
        # The fixture's form was registered under a made-up hash: export says so, writes nothing.
        with pytest.raises(BundleError, match="empreinte enregistrée"):
            export_bundle(store, tmp_path / "ancien.idbundle")
        assert not (tmp_path / "ancien.idbundle").exists()


@given(
    answers=st.dictionaries(
        st.text(min_size=1, max_size=8),
        st.one_of(st.text(max_size=12), st.integers(), st.none(), st.lists(st.text(max_size=3))),
        max_size=5,
    ),
    parent=st.one_of(st.none(), st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)),
    parent2=st.one_of(st.none(), st.text(min_size=1, max_size=6)),
    reason=st.one_of(st.none(), st.text(max_size=20)),
)
def test_hash_from_text_equals_hash_from_answers(
    answers: dict[str, object], parent: str | None, parent2: str | None, reason: str | None
) -> None:
    common = {"submission": "uuid:é\u2028", "form": "f" * 64, "status": "complete"}
    expected = content_hash(
        **common, answers=answers, parent=parent, reason=reason, parent2=parent2
    )
    assert expected == content_hash_of_text(
        **common,
        answers_text=canonical_json(answers),
        parent=parent,
        reason=reason,
        parent2=parent2,
    )
