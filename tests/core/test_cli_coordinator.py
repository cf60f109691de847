"""Coordinator commands ask for a coordinator's password once one exists (and only then)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inclusion_desktop import cli
from inclusion_desktop.store import MAX_ATTEMPTS, ROLE_COORDINATOR, Store


def _make_store(path: Path, *, password: str | None) -> None:
    with Store.open(str(path)) as store:
        store.set_device_name("Coordination")
        claire = store.add_operator("Claire", ROLE_COORDINATOR)
        samira = store.add_operator("Samira")
        store.set_operator_secret(samira.id, "samira-pin", by_operator_id=claire.id)
        if password is not None:
            store.set_operator_secret(claire.id, password, by_operator_id=claire.id)


def _no_prompt(prompt: str = "") -> str:
    raise AssertionError(f"nothing should be asked, got {prompt!r}")


def test_no_coordinator_password_asks_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "coordination.sqlite"
    _make_store(db, password=None)
    monkeypatch.setattr(cli.getpass, "getpass", _no_prompt)
    assert cli.main(["conflicts", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "conflicts": []}
    assert cli.main(["keying", "report", "--db", str(db), "--json"]) == 0


def test_password_asked_with_getpass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "coordination.sqlite"
    _make_store(db, password="claire-pw")
    prompts: list[str] = []
    answers = iter(["claire-pw", "samira-pin"])

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(cli.getpass, "getpass", fake_getpass)
    monkeypatch.setattr(cli.sys.stdin, "isatty", lambda: True)
    assert cli.main(["conflicts", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "Aucun conflit."
    # A mediator's PIN is not a coordinator's password.
    assert cli.main(["conflicts", "--db", str(db)]) == 1
    assert prompts == ["Mot de passe coordinateur : "] * 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : ") and "incorrect" in err and "4 essais" in err


def test_password_file_and_lockout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "coordination.sqlite"
    _make_store(db, password="claire-pw")
    monkeypatch.setattr(cli.getpass, "getpass", _no_prompt)
    good = tmp_path / "good.txt"
    good.write_text("claire-pw\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("wrong\n", encoding="utf-8")
    out = tmp_path / "fiches"
    assert cli.main(["keying", "report", "--db", str(db), "--password-file", str(good)]) == 0
    capsys.readouterr()
    for _ in range(MAX_ATTEMPTS - 1):
        code = cli.main(["report", "--db", str(db), "--out", str(out), "--password-file", str(bad)])
        assert code == 1
    assert not out.exists()
    merge = ["merge", "--db", str(db), str(tmp_path / "x.zip"), "--json"]
    capsys.readouterr()
    assert cli.main([*merge, "--password-file", str(bad)]) == 1
    refusal = json.loads(capsys.readouterr().out)
    assert refusal["ok"] is False and "bloqué" in refusal["error"]
    # Locked now: even the right password is refused for a minute.
    assert cli.main([*merge, "--password-file", str(good)]) == 1
    assert "bloqués pendant encore" in json.loads(capsys.readouterr().out)["error"]
    code = cli.main(
        [
            "data",
            "import",
            "--db",
            str(db),
            "--form",
            "f.xlsx",
            "x.csv",
            "--password-file",
            str(good),
        ]
    )
    assert code == 1
    assert "bloqué" in capsys.readouterr().err
    missing = tmp_path / "missing.txt"
    assert cli.main(["conflicts", "--db", str(db), "--password-file", str(missing)]) == 1
    assert "mot de passe illisible" in capsys.readouterr().err


def test_export_is_not_a_coordinator_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "terrain.sqlite"
    _make_store(db, password="claire-pw")
    monkeypatch.setattr(cli.getpass, "getpass", _no_prompt)
    assert cli.main(["export", "--db", str(db), "--out", str(tmp_path / "e.zip")]) == 0


def test_merge_is_recorded_under_the_coordinator_who_typed_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge log and the audit log name the coordinator, not the system account."""
    laptop = tmp_path / "terrain.sqlite"
    _make_store(laptop, password=None)
    assert cli.main(["export", "--db", str(laptop), "--out", str(tmp_path / "e.zip")]) == 0
    db = tmp_path / "coordination.sqlite"
    _make_store(db, password="claire-pw")
    monkeypatch.setattr(cli.getpass, "getpass", _no_prompt)
    good = tmp_path / "good.txt"
    good.write_text("claire-pw\n", encoding="utf-8")
    merge = ["merge", "--db", str(db), str(tmp_path / "e.zip"), "--password-file", str(good)]
    assert cli.main(merge) == 0
    with Store.open(str(db)) as store:
        (entry,) = store.merge_log()
        assert entry.merged_by == "Claire"
        fusion = [row for row in store.audit_log() if row.action == "fusion"]
        assert [row.operator_name for row in fusion] == ["Claire"]


def test_data_export_writes_every_answer_so_it_needs_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from inclusion_desktop.demo import fill_demo_store

    db = tmp_path / "coordination.sqlite"
    _make_store(db, password="claire-pw")
    with Store.open(str(db)) as store:
        fill_demo_store(store, submissions=3, seed=1, device_name="Coordination")
    monkeypatch.setattr(cli.getpass, "getpass", _no_prompt)
    bad = tmp_path / "bad.txt"
    bad.write_text("samira-pin\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("claire-pw\n", encoding="utf-8")
    table = tmp_path / "reponses.csv"
    command = ["data", "export", "--db", str(db), "--format", "csv", "--out", str(table)]
    assert cli.main([*command, "--password-file", str(bad)]) == 1
    assert "incorrect" in capsys.readouterr().err and not table.exists()
    assert cli.main([*command, "--password-file", str(good)]) == 0
    assert table.exists()


def test_without_a_terminal_the_password_must_come_from_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "coordination.sqlite"
    _make_store(db, password="claire-pw")
    monkeypatch.setattr(cli.getpass, "getpass", _no_prompt)
    monkeypatch.setattr(cli.sys.stdin, "isatty", lambda: False)
    assert cli.main(["conflicts", "--db", str(db)]) == 1
    assert "--password-file" in capsys.readouterr().err
