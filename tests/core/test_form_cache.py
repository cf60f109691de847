"""The form cache: keyed by the file's hash, so a changed file is never served stale."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from inclusion_desktop.questionnaire import form_cache
from inclusion_desktop.questionnaire.loader import FormError, load_form
from inclusion_desktop.questionnaire.session import FormSession

FORM = """
| survey |
| | type                          | name  | label | relevant    | calculation       |
| | integer                       | age   | Âge   |             |                   |
| | text                          | nom   | Nom   | ${age} > 15 |                   |
| | calculate                     | dbl   |       |             | ${age} * 2        |
| | select_one_from_file rues.csv | rue   | Rue   |             |                   |
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(form_cache.CACHE_DIR_VARIABLE, str(folder))
    form_cache.forget()
    yield folder
    form_cache.forget()


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return path


def test_the_next_start_reads_the_cache_and_builds_the_same_form(
    tmp_path: Path, own_cache: Path
) -> None:
    path = write(tmp_path / "form.md", FORM)
    first = load_form(path)
    assert len(list(own_cache.glob("*.json"))) == 1
    form_cache.forget()  # as after a restart
    second = load_form(path)
    assert second is not first
    assert [q.name for q in second.questions] == [q.name for q in first.questions]
    assert second.notices == first.notices
    assert second.question("nom").relevant is not None
    assert second.question("nom").relevant.references == {"age"}
    session = FormSession(second)
    session.set_answer("age", "20")
    assert session.is_relevant("nom") and session.value("dbl") == "40"


def test_a_changed_file_is_loaded_again(tmp_path: Path) -> None:
    path = write(tmp_path / "form.md", FORM)
    load_form(path)
    write(path, FORM.replace("${age} * 2", "${age} * 3"))
    form = load_form(path)
    session = FormSession(form)
    session.set_answer("age", "5")
    assert session.value("dbl") == "15"


def test_a_damaged_cache_entry_is_ignored(tmp_path: Path, own_cache: Path) -> None:
    path = write(tmp_path / "form.md", FORM)
    load_form(path)
    for entry in own_cache.glob("*.json"):
        entry.write_text("{ damaged", encoding="utf-8")
    form_cache.forget()
    assert load_form(path).question("dbl").calculation is not None


def test_a_refused_form_is_not_cached(tmp_path: Path, own_cache: Path) -> None:
    path = write(tmp_path / "form.md", FORM.replace("${age} > 15", "${age} >"))
    with pytest.raises(FormError):
        load_form(path)
    assert not list(own_cache.glob("*.json"))


def test_an_attached_file_added_later_is_seen(tmp_path: Path) -> None:
    path = write(tmp_path / "form.md", FORM)
    assert load_form(path).question("rue").choices is None  # typed: the file is absent
    (tmp_path / "rues.csv").write_text("name,label\nr1,Rue 1\n", encoding="utf-8")
    form = load_form(path)
    assert form.question("rue").choices is not None
    assert load_form(path) is form  # unchanged since: the same form
