"""Free-text answers: flagged in the model, cleared everywhere on the laptop, sync still works."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sync_support import empty_store

from inclusion_desktop.cli import main
from inclusion_desktop.services.campaign import (
    FREE_TEXT_REASON,
    clear_free_text,
    free_text_questions,
    preview_free_text,
)
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store
from inclusion_desktop.store.erasure import scrub
from inclusion_desktop.sync.bundle import bundle_manifest, export_bundle, read_bundle
from inclusion_desktop.sync.merge import merge_files

FORM = b"""| survey |
| | type | name | label | calculation |
| | text | numero_papier | Numero papier | |
| | integer | age | Age | |
| | text | commentaire | Commentaire | |
| | calculate | total | | ${age} + 1 |
| | begin_repeat | enfants | Enfants | |
| | text | precision | Precision | |
| | end_repeat | | | |
| settings |
| | form_id | version |
| | enquete_libre | 1 |
"""
SECRET = "Mme ZEBRULON 06 12 34 56 78"
OTHER_SECRET = "rue des KANGOUROUS"


def _laptop(path: Path, name: str) -> tuple[Store, Collector, int, int]:
    store = empty_store(path)
    store.set_device_name(name)
    form = store.register_form(
        source=FORM,
        filename="libre.md",
        form_id="enquete_libre",
        version="1",
        title="Libre",
        sha256=hashlib.sha256(FORM).hexdigest(),
    )
    return store, Collector(store), form.id, store.add_operator("Samira").id


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_model_flags_free_text_questions() -> None:
    from inclusion_desktop.questionnaire.bundled import bundled_form_source
    from inclusion_desktop.questionnaire.loader import load_form_bytes

    form = load_form_bytes(bundled_form_source("habitants.xlsx"), "habitants.xlsx")
    names = free_text_questions(form)
    assert "commentaire" in names and "usages_autre" in names
    assert "numero_papier" not in names
    assert all(form.question(name).type == "text" for name in names)
    assert not any(q.is_free_text for q in form.questions if q.calculation is not None)


def test_scrub_reaches_repeats_and_ignores_empty_answers() -> None:
    answers: dict[str, Any] = {
        "age": 3,
        "commentaire": "x",
        "vide": "",
        "enfants": [{"precision": "y"}, {"precision": ""}],
    }
    cleaned, removed = scrub(answers, frozenset({"commentaire", "precision", "vide"}))
    assert removed == 2
    assert cleaned == {"age": 3, "vide": "", "enfants": [{}, {"precision": ""}]}
    assert scrub({"age": 3}, frozenset({"commentaire"})) == ({"age": 3}, 0)


def test_clearing_removes_text_from_history_drafts_and_file(tmp_path: Path) -> None:
    store, collector, form_id, op = _laptop(tmp_path / "a.sqlite", "Portable A")
    # One questionnaire finalised with text, then edited (text changed), and being corrected.
    sub = store.create_submission(form_version_id=form_id, zone="z", operator_id=op)
    store.finalize(
        sub.uuid,
        {"numero_papier": "P-17", "age": 30, "commentaire": SECRET, "total": 31},
        op,
    )
    store.save_revision(
        sub.uuid,
        {
            "numero_papier": "P-17",
            "age": 30,
            "commentaire": "autre " + SECRET,
            "enfants": [{"precision": OTHER_SECRET}],
            "total": 31,
        },
        op,
    )
    store.save_draft(sub.uuid, {"age": 31, "commentaire": "brouillon " + SECRET}, None)
    # One draft never finished, and one questionnaire without any free text.
    draft = store.create_submission(form_version_id=form_id, zone="z", operator_id=op)
    store.save_draft(draft.uuid, {"age": 40, "commentaire": OTHER_SECRET}, "commentaire")
    plain = store.create_submission(form_version_id=form_id, zone="z", operator_id=op)
    store.finalize(plain.uuid, {"age": 50, "numero_papier": "P-18"}, op)
    hashes_before = [r.content_hash for r in store.revisions(sub.uuid)]
    store.close()
    assert SECRET.encode() in _file_bytes(tmp_path / "a.sqlite")
    store = Store.open(str(tmp_path / "a.sqlite"))
    collector = Collector(store)

    preview = preview_free_text(collector)
    assert (preview.questionnaires, preview.answers) == (2, 4)
    assert store.revisions(sub.uuid)[-1].content_hash == hashes_before[-1]  # nothing written

    result = clear_free_text(collector, op)
    assert result == preview
    assert result.revisions_added == 1 and result.revisions_scrubbed == 2
    history = store.revisions(sub.uuid)
    # Earlier versions keep their identity; a new version carries the clearing.
    assert [r.content_hash for r in history[:2]] == hashes_before
    assert history[-1].reason == FREE_TEXT_REASON and history[-1].parent_hash == hashes_before[-1]
    assert history[-1].answers == {"numero_papier": "P-17", "age": 30, "enfants": [{}], "total": 31}
    assert history[0].answers == {"numero_papier": "P-17", "age": 30, "total": 31}
    assert store.load_draft(sub.uuid) == ({"age": 31}, None)
    assert store.load_draft(draft.uuid) == ({"age": 40}, "commentaire")
    assert store.head_answers(plain.uuid) == {"age": 50, "numero_papier": "P-18"}
    (entry,) = [row for row in store.audit_log() if row.action == "effacement_textes"]
    assert json.loads(entry.detail)["answers"] == 4 and entry.operator_name == "Samira"
    # Nothing left to clear; the text is gone from the file and its WAL.
    assert preview_free_text(collector).questionnaires == 0
    data = _file_bytes(tmp_path / "a.sqlite")
    assert SECRET.encode() not in data and OTHER_SECRET.encode() not in data
    assert b"ZEBRULON" not in data
    store.close()


def test_cleared_history_still_exports_and_merges(tmp_path: Path) -> None:
    a, collector, form_id, op = _laptop(tmp_path / "a.sqlite", "Portable A")
    sub = a.create_submission(form_version_id=form_id, zone="z", operator_id=op)
    a.finalize(sub.uuid, {"age": 30, "commentaire": SECRET}, op)
    a.save_revision(sub.uuid, {"age": 31, "commentaire": SECRET}, op)
    b, _, _, _ = _laptop(tmp_path / "b.sqlite", "Coordination")
    c, _, _, _ = _laptop(tmp_path / "c.sqlite", "Portable C")
    # B already has the text; C has never seen this questionnaire.
    before = export_bundle(a, tmp_path / "avant.idbundle").path
    merge_files(b, [before])
    clear_free_text(collector, op)
    after = export_bundle(a, tmp_path / "apres.idbundle").path
    assert bundle_manifest(after)["format_version"] == 2
    (record,) = read_bundle(after).submissions
    assert [bool(rev.get("redacted")) for rev in record["revisions"]] == [True, True, False]
    assert SECRET not in json.dumps(record)

    (to_b,) = merge_files(b, [after])
    assert to_b.ok and to_b.fast_forwarded == 1 and to_b.revisions_added == 1
    assert b.head_answers(sub.uuid) == {"age": 31}
    (to_c,) = merge_files(c, [after])
    assert to_c.ok and to_c.new == 1
    assert [r.content_hash for r in c.revisions(sub.uuid)] == [
        r.content_hash for r in a.revisions(sub.uuid)
    ]
    assert c.head_answers(sub.uuid) == {"age": 31}
    # C re-exports the redacted history: it still reads, and merging it back changes nothing.
    again = export_bundle(c, tmp_path / "c.idbundle").path
    (back,) = merge_files(a, [again])
    assert back.ok and back.revisions_added == 0
    # An edit after the clearing is a normal version on every laptop.
    a.save_revision(sub.uuid, {"age": 32}, op)
    (later,) = merge_files(c, [export_bundle(a, tmp_path / "ensuite.idbundle").path])
    assert later.fast_forwarded == 1 and c.head_answers(sub.uuid) == {"age": 32}
    for store in (a, b, c):
        store.close()


def test_redacted_head_is_refused(tmp_path: Path) -> None:
    """Only history may be redacted: a bundle whose current version does not verify is refused."""
    import zipfile

    a, collector, form_id, op = _laptop(tmp_path / "a.sqlite", "Portable A")
    sub = a.create_submission(form_version_id=form_id, zone="z", operator_id=op)
    a.finalize(sub.uuid, {"age": 30, "commentaire": SECRET}, op)
    good = export_bundle(a, tmp_path / "bon.idbundle").path
    with zipfile.ZipFile(good) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    record = json.loads(members["submissions.jsonl"])
    record["revisions"][0]["answers"] = '{"age":99}'
    record["revisions"][0]["redacted"] = True
    members["submissions.jsonl"] = (json.dumps(record) + "\n").encode()
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["submissions.jsonl"] = hashlib.sha256(
        members["submissions.jsonl"]
    ).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    bad = tmp_path / "tete.idbundle"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    b, _, _, _ = _laptop(tmp_path / "b.sqlite", "Coordination")
    (report,) = merge_files(b, [bad])
    assert not report.ok and "empreinte" in (report.refused_reason or "")
    a.close()
    b.close()


def test_cli_free_text_clear(tmp_path: Path, capsys: Any) -> None:
    store, _, form_id, op = _laptop(tmp_path / "a.sqlite", "Portable A")
    sub = store.create_submission(form_version_id=form_id, zone="z", operator_id=op)
    store.finalize(sub.uuid, {"age": 30, "commentaire": SECRET}, op)
    store.close()
    db = str(tmp_path / "a.sqlite")
    assert main(["free-text", "clear", "--db", db, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] and payload["answers"] == 1 and payload["questionnaires"] == 1
    assert main(["free-text", "clear", "--db", db]) == 0
    assert "0 réponse effacée" in capsys.readouterr().out
    with closing(sqlite3.connect(db)) as conn:
        texts = [row[0] for row in conn.execute("SELECT answers FROM revision")]
    assert all(SECRET not in t for t in texts)
