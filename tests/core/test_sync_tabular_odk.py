"""Export and import of forms written for ODK.

Geopoint columns as Kobo writes them, media file names, and a name used in two groups.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sync_support import empty_store

from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.store import Store
from inclusion_desktop.sync.odk_columns import geo_columns, geopoint_of_column
from inclusion_desktop.sync.tabular import export_tables, import_table

FORM_MD = """
| survey |
| | type         | name  | label  |
| | geopoint     | lieu  | Lieu   |
| | image        | photo | Photo  |
| | text         | nom   | Nom    |
| | begin group  | bloc  | Bloc   |
| | text         | nom   | Nom 2  |
| | end group    |       |        |
| | begin repeat | arbre | Arbre  |
| | geopoint     | point | Point  |
| | end repeat   |       |        |
"""

ANSWERS = [
    {
        "lieu": "50.27 3.97 120 5",
        "photo": "photo-1.jpg",
        "nom": "a",
        "bloc/nom": "b",
        "arbre": [{"point": "50.1 3.9"}, {"point": "50.2 3.8 10 4"}],
    },
    {"nom": "c"},
]


@pytest.fixture
def form_file(tmp_path: Path) -> Path:
    path = tmp_path / "arbres.md"
    path.write_text(FORM_MD, encoding="utf-8")
    return path


def filled(path: Path, form_file: Path) -> tuple[Store, list[str]]:
    store = empty_store(path)
    form = load_form(form_file)
    version = store.register_form(
        source=form.source,
        filename=form_file.name,
        form_id=form.form_id,
        version="1",
        title="Arbres",
        sha256=form.sha256,
    )
    operator = store.add_operator("Samira").id
    uuids = []
    for answers in ANSWERS:
        sub = store.create_submission(form_version_id=version.id, zone="A", operator_id=operator)
        store.finalize(sub.uuid, answers, operator)
        uuids.append(sub.uuid)
    return store, uuids


def test_geo_columns_are_named_like_kobo() -> None:
    assert geo_columns("bloc/lieu") == [
        "bloc/_lieu_latitude",
        "bloc/_lieu_longitude",
        "bloc/_lieu_altitude",
        "bloc/_lieu_precision",
    ]
    assert geopoint_of_column("bloc/_lieu_precision") == "lieu"
    assert geopoint_of_column("bloc/lieu") is None


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_geopoints_media_and_reused_names_round_trip(
    tmp_path: Path, form_file: Path, fmt: str
) -> None:
    store, uuids = filled(tmp_path / "a.sqlite", form_file)
    out = tmp_path / f"arbres.{fmt}"
    result = export_tables(store, out, fmt=fmt)
    store.close()
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert rows[0]["lieu"] == "50.27 3.97 120 5"
        assert (rows[0]["_lieu_latitude"], rows[0]["_lieu_longitude"]) == ("50.27", "3.97")
        assert (rows[0]["_lieu_altitude"], rows[0]["_lieu_precision"]) == ("120", "5")
        assert rows[1]["_lieu_latitude"] == ""
        assert rows[0]["photo"] == "photo-1.jpg"
        assert (rows[0]["nom"], rows[0]["bloc/nom"]) == ("a", "b")
    target = empty_store(tmp_path / "b.sqlite")
    report = import_table(target, form_path=form_file, data_path=out, repeat_paths=result.files[1:])
    assert report.created == 2
    assert report.ignored_columns == []
    for uuid, answers in zip(uuids, ANSWERS, strict=True):
        assert target.head_answers(uuid) == answers
    target.close()
