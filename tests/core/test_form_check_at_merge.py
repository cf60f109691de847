"""A form carried by an export file is checked at merge like ``form check``; none can harm."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from sync_support import FORM_SHA, FORM_SOURCE, add_complete, empty_store, laptop

from inclusion_desktop import cli
from inclusion_desktop.questionnaire.expressions import parse_expression
from inclusion_desktop.questionnaire.limits import MAX_GROUP_DEPTH, compile_linear
from inclusion_desktop.questionnaire.loader import FormError, load_form_bytes
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files


def _nested(depth: int) -> bytes:
    rows = ["| survey |", "| | type | name | label |"]
    rows += [f"| | begin group | g{i} | G{i} |" for i in range(depth)]
    rows.append("| | integer | age | Age |")
    rows += ["| | end group | | |"] * depth
    return ("\n".join(rows) + "\n").encode()


def _poisoned_file(tmp_path: Path, source: bytes, filename: str = "piege.md") -> Path:
    """An export file from a laptop whose store was edited to hold a form the loader refuses."""
    store = empty_store(tmp_path / "pirate.sqlite")
    store.set_device_name("Portable P")
    operator = store.add_operator("Samira").id
    good = store.register_form(
        source=FORM_SOURCE,
        filename="enquete.md",
        form_id="enquete",
        version="1",
        title="Enquête",
        sha256=FORM_SHA,
    )
    bad = store.register_form(
        source=source,
        filename=filename,
        form_id="enquete",
        version="9999",
        title="Enquête",
        sha256=hashlib.sha256(source).hexdigest(),
    )
    add_complete(store, good.id, operator, {"age": 30})
    add_complete(store, bad.id, operator, {"age": 31})
    add_complete(store, bad.id, operator, {"age": 32})
    path = export_bundle(store, tmp_path / "pirate.idbundle").path
    store.close()
    return path


def _form_rows(store: Store) -> list[tuple[str, str, str]]:
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:
        return conn.execute(
            "SELECT form_id, version, source_filename FROM form_version ORDER BY id"
        ).fetchall()


@pytest.mark.parametrize(
    "source",
    [
        _nested(MAX_GROUP_DEPTH + 8),
        _nested(500),  # RecursionError in pyxform before: now a located refusal
        b"| survey |\n| | type | name | label |\n| | integer | age | Age |\n| | bogus | x | X |\n",
        b"| survey |\n| | type | name | label | constraint |\n"
        b"| | text | t | T | regex(., '(?=a)a') |\n| | integer | age | Age | |\n",
    ],
    ids=["deep", "very-deep", "unknown-type", "lookahead"],
)
def test_refused_form_registers_nothing_and_refuses_its_questionnaires(
    tmp_path: Path, source: bytes
) -> None:
    bad = _poisoned_file(tmp_path, source)
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        (report,) = merge_files(coordinator, [bad])
        assert report.ok and report.new == 1
        assert len(report.refused) == 2
        assert all("piege.md refusé" in item["reason"] for item in report.refused)
        assert _form_rows(coordinator) == [("enquete", "", "enquete.md")]
        assert coordinator.path is not None
        with closing(sqlite3.connect(coordinator.path)) as conn:
            assert conn.execute("SELECT count(*) FROM submission").fetchone() == (1,)


def test_identity_and_file_name_come_from_the_form_file(tmp_path: Path) -> None:
    store, form_id, operator = laptop(tmp_path / "a.sqlite", "Portable A")
    add_complete(store, form_id, operator, {"age": 30})
    good = export_bundle(store, tmp_path / "bon.idbundle").path
    store.close()
    with zipfile.ZipFile(good) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["forms"][0].update(
        form_id="../../rapport", version="99999", filename="../../etc/x/enquete.md"
    )
    del manifest["signature"]  # hand-made: unsigned, accepted while no laptop is enrolled
    members["manifest.json"] = json.dumps(manifest).encode()
    forged = tmp_path / "forge.idbundle"
    with zipfile.ZipFile(forged, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with empty_store(tmp_path / "c.sqlite") as coordinator:
        (report,) = merge_files(coordinator, [forged])
        assert report.ok and report.new == 1 and not report.refused
        # As `form check` reads it: no form_id setting → the file's stem; no version.
        assert _form_rows(coordinator) == [("enquete", "", "enquete.md")]


def test_merge_exits_1_when_questionnaires_were_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _poisoned_file(tmp_path, _nested(MAX_GROUP_DEPTH + 1))
    db = tmp_path / "coordination.sqlite"
    Store.open(str(db)).close()
    assert cli.main(["merge", "--db", str(db), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "2 questionnaires refusés" in out and "piege.md" in out


def test_nesting_too_deep_is_a_located_french_refusal() -> None:
    with pytest.raises(FormError) as refused:
        load_form_bytes(_nested(500), "profond.md")
    assert "imbriqués sur plus de" in str(refused.value.problems[0])
    assert load_form_bytes(_nested(MAX_GROUP_DEPTH), "juste.md").form_id == "juste"


def test_regular_expressions_run_in_linear_time() -> None:
    # (a+)+$ on "aaa…ab" backtracks exponentially in Python's engine: it would never finish.
    pattern = compile_linear("(a+)+$")
    assert pattern is not None
    assert pattern.search("a" * 100_000 + "b") is None
    assert parse_expression("regex(${t}, '(a+)+$')") is not None
    assert compile_linear("(?=a)a") is None
    assert compile_linear(r"^\d{5}$") is not None
