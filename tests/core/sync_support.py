"""Helpers shared by the sync tests: quick stores from a template file and content snapshots."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from inclusion_desktop.store import Store

FORM_SOURCE = b"| survey |\n| | type | name | label |\n| | integer | age | Age |\n"
FORM_SHA = hashlib.sha256(FORM_SOURCE).hexdigest()

_TEMPLATE: dict[str, Path] = {}


def empty_store(path: Path) -> Store:
    """Open a new store at `path`, copied from an empty migrated file (skips Alembic)."""
    if "file" not in _TEMPLATE:
        template = Path(path).parent / "_template.sqlite"
        Store.open(str(template)).close()
        _TEMPLATE["file"] = template
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_TEMPLATE["file"], path)
    return Store.open(str(path))


def reset_template() -> None:
    """Forget the template (each test has its own tmp_path)."""
    _TEMPLATE.clear()


def laptop(path: Path, name: str, operator: str = "Samira") -> tuple[Store, int, int]:
    """A named laptop with the test form and one operator; returns store, form id, operator id."""
    store = empty_store(path)
    store.set_device_name(name)
    form = store.register_form(
        source=FORM_SOURCE,
        filename="enquete.md",
        form_id="enquete",
        version="1",
        title="Enquête",
        sha256=FORM_SHA,
    )
    return store, form.id, store.add_operator(operator).id


def add_complete(store: Store, form_id: int, operator_id: int, answers: dict[str, Any]) -> str:
    """Create and finalise one questionnaire; return its uuid."""
    sub = store.create_submission(form_version_id=form_id, zone="QPV-A", operator_id=operator_id)
    store.finalize(sub.uuid, answers, operator_id)
    return sub.uuid


_CONTENT_QUERIES = {
    "submission": (
        "SELECT s.uuid, f.sha256, s.zone, s.status, s.entry_mode, s.created_at, s.updated_at,"
        " d.uuid, o.uuid FROM submission s JOIN form_version f ON f.id = s.form_version_id"
        " JOIN device d ON d.id = s.device_id LEFT JOIN operator o ON o.id = s.operator_id"
    ),
    "revision": (
        "SELECT s.uuid, r.content_hash, r.parent_hash, r.parent2_hash, r.number, r.answers,"
        " r.status, r.reason FROM revision r JOIN submission s ON s.id = r.submission_id"
    ),
    # Who made each revision: the row's own author plus any other that made the same content.
    "authorship": (
        "SELECT r.content_hash, r.created_at, d.uuid, o.uuid FROM revision r"
        " JOIN device d ON d.id = r.device_id LEFT JOIN operator o ON o.id = r.operator_id"
        " UNION SELECT r.content_hash, a.created_at, d.uuid, o.uuid FROM revision_author a"
        " JOIN revision r ON r.id = a.revision_id JOIN device d ON d.id = a.device_id"
        " LEFT JOIN operator o ON o.id = a.operator_id"
    ),
    "device": "SELECT uuid FROM device",
    "operator": "SELECT uuid, name FROM operator",
    "form_version": "SELECT sha256, form_id, version, title, source FROM form_version",
}


def content(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The store's data independent of local row ids and merge times, to compare stores."""
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:
        return {
            name: sorted(conn.execute(query).fetchall(), key=repr)
            for name, query in _CONTENT_QUERIES.items()
        }


def all_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for "nothing was written" checks."""
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def revision_hashes(store: Store) -> set[str]:
    """Every revision hash in the store."""
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:
        return {row[0] for row in conn.execute("SELECT content_hash FROM revision")}


def keyed_paper_form(
    path: Path, source: bytes, answers: dict[str, Any], *, paper_number: str = "P-1"
) -> tuple[Store, str, int]:
    """A store with one paper form keyed once and finished (form id « saisie_papier »)."""
    store = empty_store(path)
    store.set_device_name("Poste de saisie")
    form = store.register_form(
        source=source,
        filename="papier.md",
        form_id="saisie_papier",
        version="1",
        title="Papier",
        sha256=hashlib.sha256(source).hexdigest(),
    )
    op = store.add_operator("Karim").id
    sub = store.create_submission(
        form_version_id=form.id, zone="z", operator_id=op, entry_mode="keying"
    )
    store.finalize(sub.uuid, answers, op)
    store.record_keying(sub.uuid, paper_number=paper_number, seconds=60)
    return store, sub.uuid, op
