"""Form media: kept with the form version, carried in export files, given back when it loads."""

from __future__ import annotations

import hashlib
import textwrap
import zipfile
from pathlib import Path

import pytest
from sync_support import all_rows, empty_store
from translation_support import english

from inclusion_desktop.cli import main as cli_main
from inclusion_desktop.questionnaire.loader import FormError, load_form, load_form_bytes
from inclusion_desktop.questionnaire.model import Form, QuestionType
from inclusion_desktop.store import Store, StoreError, form_media
from inclusion_desktop.store.attachments import MAX_FORM_MEDIA_BYTES
from inclusion_desktop.sync.bundle import (
    FORM_MEDIA_FORMAT_VERSION,
    BundleError,
    bundle_manifest,
    export_bundle,
    read_bundle,
)
from inclusion_desktop.sync.merge import merge_files
from inclusion_desktop.sync.tabular import import_table

FORM = """
| survey |
| | type                               | name     | label    | media::image |
| | note                               | accueil  | Bonjour  | logo.png     |
| | select_one_from_file quartiers.csv | quartier | Quartier |              |
| | select_one oui_non                 | aide     | Aidé ?   |              |
| choices |
| | list_name | name | label | media::image |
| | oui_non   | oui  | Oui   | oui.png      |
| | oui_non   | non  | Non   |              |
| settings |
| | form_id | version |
| | quartiers | 1     |
"""
QUARTIERS = "name,label\nepinette,L'Épinette\nsous_le_bois,Sous-le-Bois\n".encode()
LOGO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
OUI = b"\x89PNG\r\n\x1a\n" + b"\x07" * 300


def _form_folder(folder: Path, *, with_logo: bool = True) -> Path:
    """The form file, its choice list and images in ``<form>-media/``, as an author keeps them."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "quartiers.md"
    path.write_text(textwrap.dedent(FORM).strip() + "\n", encoding="utf-8")
    media = folder / "quartiers-media"
    media.mkdir(exist_ok=True)
    (media / "quartiers.csv").write_bytes(QUARTIERS)
    (media / "oui.png").write_bytes(OUI)
    if with_logo:
        (media / "logo.png").write_bytes(LOGO)
    return path


def _register(store: Store, form: Form, media: dict[str, bytes] | None = None) -> int:
    return store.register_form(
        source=form.source,
        filename=form.source_filename,
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        sha256=form.sha256,
        media=form.media if media is None else media,
    ).id


def _field_export(tmp_path: Path, form: Form, answers: dict[str, str]) -> Path:
    """A field laptop registers the form, fills one questionnaire and exports it."""
    with empty_store(tmp_path / "terrain.sqlite") as field:
        field.set_device_name("Portable terrain")
        version_id = _register(field, form)
        operator = field.add_operator("Samira").id
        sub = field.create_submission(
            form_version_id=version_id, zone="QPV-A", operator_id=operator
        )
        field.finalize(sub.uuid, answers, operator)
        return export_bundle(field, tmp_path / "terrain.idbundle").path


def _quartiers(form: Form) -> list[str]:
    question = form.question("quartier")
    assert question.type is QuestionType.SELECT_ONE and question.choices is not None
    return [choice.name for choice in question.choices.choices]


def test_the_loader_reads_every_file_the_form_names(tmp_path: Path) -> None:
    form = load_form(_form_folder(tmp_path))
    assert form.media == {"quartiers.csv": QUARTIERS, "logo.png": LOGO, "oui.png": OUI}
    assert form.missing_media == ()


def test_a_form_given_its_files_is_built_once_per_run_for_the_same_files(tmp_path: Path) -> None:
    form = load_form(_form_folder(tmp_path))
    first = load_form_bytes(form.source, form.source_filename, media=dict(form.media))
    assert load_form_bytes(form.source, form.source_filename, media=dict(form.media)) is first
    other = {**form.media, "quartiers.csv": QUARTIERS + b"autre,Autre\n"}
    changed = load_form_bytes(form.source, form.source_filename, media=other)
    assert changed is not first
    assert _quartiers(changed) == ["epinette", "sous_le_bois", "autre"]


def test_register_and_load_back_from_the_store(tmp_path: Path, store_url: str) -> None:
    form = load_form(_form_folder(tmp_path / "auteur"))
    with Store.open(store_url) as store:
        version_id = _register(store, form)
        assert store.form_media(version_id) == form.media
        # Registering the same form again adds nothing.
        assert _register(store, form) == version_id
        loaded = store.stored_form(version_id)
        assert _quartiers(loaded) == ["epinette", "sous_le_bois"]
        assert loaded.media == form.media
        # Rows are never changed nor deleted, on either backend.
        for statement in ("UPDATE form_media SET data = data", "DELETE FROM form_media"):
            with store.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
                conn.exec_driver_sql(statement)
        assert store.form_media(version_id) == form.media


def test_round_trip_to_a_store_that_never_saw_the_folder(tmp_path: Path, store_url: str) -> None:
    form = load_form(_form_folder(tmp_path / "auteur"))
    exported = _field_export(tmp_path, form, {"quartier": "sous_le_bois", "aide": "oui"})
    manifest = bundle_manifest(exported)
    assert manifest["format_version"] == FORM_MEDIA_FORMAT_VERSION
    [entry] = manifest["forms"]
    listed = {media["file_name"]: media for media in entry["media"]}
    assert set(listed) == {"quartiers.csv", "logo.png", "oui.png"}
    csv = listed["quartiers.csv"]
    assert csv["member"] == f"forms/{form.sha256}/media/quartiers.csv"
    # The files are signed with the rest: their member hashes are in the signed manifest.
    assert manifest["members"][csv["member"]] == hashlib.sha256(QUARTIERS).hexdigest()
    assert "signature" in manifest
    # The folder is gone: only the export file carries the choices now.
    for file in (tmp_path / "auteur" / "quartiers-media").iterdir():
        file.unlink()
    with Store.open(store_url) as coordinator:
        [report] = merge_files(coordinator, [exported], allow_unsigned=True)
        assert report.merged, report.refused_reason
        [stored] = coordinator.form_versions()
        assert coordinator.form_media(stored.id) == {
            "quartiers.csv": QUARTIERS,
            "logo.png": LOGO,
            "oui.png": OUI,
        }
        loaded = coordinator.stored_form(stored.id)
        assert _quartiers(loaded) == ["epinette", "sous_le_bois"]
        assert loaded.media["logo.png"] == LOGO
        # Merging the same file again adds no row.
        merge_files(coordinator, [exported], allow_unsigned=True)
        assert coordinator.form_media(stored.id) == loaded.media


def _rewritten(path: Path, target: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    assert member in members
    members[member] = data
    with zipfile.ZipFile(target, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return target


def test_tampered_form_file_is_refused_naming_it(tmp_path: Path) -> None:
    form = load_form(_form_folder(tmp_path / "auteur"))
    tampered = _rewritten(
        _field_export(tmp_path, form, {"quartier": "epinette"}),
        tmp_path / "modifie.idbundle",
        f"forms/{form.sha256}/media/quartiers.csv",
        QUARTIERS + b"pirate,Quartier ajout\xc3\xa9\n",
    )
    with pytest.raises(BundleError) as caught:
        read_bundle(tampered)
    assert "quartiers.csv" in caught.value.reason and "quartiers.md" in caught.value.reason
    assert "empreinte" in caught.value.reason
    with empty_store(tmp_path / "coordination.sqlite") as coordinator:
        before = all_rows(coordinator)
        [report] = merge_files(coordinator, [tampered], allow_unsigned=True)
        assert not report.merged and "quartiers.csv" in (report.refused_reason or "")
        assert all_rows(coordinator) == before
        assert coordinator.form_versions() == []


def test_same_name_other_content_is_refused_and_nothing_written(tmp_path: Path) -> None:
    form = load_form(_form_folder(tmp_path / "auteur"))
    _form_folder(tmp_path / "autre")
    (tmp_path / "autre" / "quartiers-media" / "quartiers.csv").write_bytes(QUARTIERS + b"x,X\n")
    changed = load_form(tmp_path / "autre" / "quartiers.md")
    assert changed.sha256 == form.sha256 and changed.media != form.media
    with empty_store(tmp_path / "a.sqlite") as store:
        version_id = _register(store, form)
        with pytest.raises(StoreError) as caught:
            _register(store, changed)
        assert "quartiers.csv" in caught.value.message and "version" in caught.value.message
        assert store.form_media(version_id) == form.media


def test_a_missing_file_is_reported_at_registration_as_form_check_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _form_folder(tmp_path / "auteur", with_logo=False)
    assert cli_main(["form", "check", str(path)]) == 0
    checked = capsys.readouterr().out
    assert "Fichiers du formulaire (gardés avec lui) : oui.png, quartiers.csv" in checked
    [missing] = [line for line in checked.splitlines() if "logo.png" in line]
    assert missing.startswith("Remarque : feuille « survey », ligne 2, colonne « media::image »")
    assert "absent des fichiers du formulaire" in missing
    data = tmp_path / "export.csv"
    data.write_text(
        "_uuid,quartier,aide\n0b6f3d8e-4a52-4b8e-9a1d-2f5c7e9a1b3c,epinette,oui\n",
        encoding="utf-8",
    )
    with empty_store(tmp_path / "a.sqlite") as store:
        report = import_table(store, form_path=path, data_path=data, zone="QPV-A")
        assert report.created == 1
        assert f"quartiers.md, {missing.removeprefix('Remarque : ')}" in report.warnings
        [version] = store.form_versions()
        # The files that were there are kept; the form still loads with its choices.
        assert set(store.form_media(version.id)) == {"quartiers.csv", "oui.png"}
        assert _quartiers(store.stored_form(version.id)) == ["epinette", "sous_le_bois"]


def test_geojson_choices_are_read_as_odk_reads_them(tmp_path: Path) -> None:
    (tmp_path / "lieux.geojson").write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "id": "mairie", "properties": {"title": "Mairie", "commune": "a"},'
        ' "geometry": {"type": "Point", "coordinates": [3.97, 50.28]}},'
        '{"type": "Feature", "properties": {"id": "gare", "title": "Gare"},'
        ' "geometry": {"type": "Point", "coordinates": [3.96, 50.27, 120]}}]}',
        encoding="utf-8",
    )
    path = tmp_path / "lieux.md"
    path.write_text(
        "| survey |\n| | type | name | label |\n"
        "| | select_one_from_file lieux.geojson | lieu | Lieu |\n",
        encoding="utf-8",
    )
    form = load_form(path)
    question = form.question("lieu")
    assert question.type is QuestionType.SELECT_ONE and question.choices is not None
    mairie, gare = question.choices.choices
    assert (mairie.name, mairie.label.get(None), gare.name) == ("mairie", "Mairie", "gare")
    assert mairie.extra == {"commune": "a", "geometry": "50.28 3.97 0 0"}
    assert "lieux.geojson" in form.media


def test_unreadable_geojson_is_refused_where_it_is_named(tmp_path: Path) -> None:
    (tmp_path / "lieux.geojson").write_text("{pas du json", encoding="utf-8")
    path = tmp_path / "lieux.md"
    path.write_text(
        "| survey |\n| | type | name | label |\n"
        "| | select_one_from_file lieux.geojson | lieu | Lieu |\n",
        encoding="utf-8",
    )
    with pytest.raises(FormError) as caught:
        load_form(path)
    [problem] = caught.value.problems
    assert "lieux.geojson" in problem.message and "GeoJSON" in problem.message
    assert (problem.sheet, problem.row, problem.column) == ("survey", 2, "type")


def test_a_form_file_above_its_limit_is_refused_at_registration(tmp_path: Path) -> None:
    form = load_form(_form_folder(tmp_path / "auteur"))
    huge = dict(form.media, **{"logo.png": b"\x89PNG" + b"\0" * MAX_FORM_MEDIA_BYTES})
    with empty_store(tmp_path / "a.sqlite") as store:
        before = all_rows(store)
        with pytest.raises(StoreError) as caught:
            _register(store, form, huge)
        assert caught.value.message == (
            "Le fichier « logo.png » du formulaire quartiers.md pèse 20,1 Mo, plus que les 20 Mo "
            "admis pour un fichier de formulaire : rien n'a été enregistré. Réduisez-le (image "
            "moins grande, liste découpée)."
        )
        # The English interface gives the sizes in MB with a decimal point.
        assert caught.value.render(english()) == (
            "The file “logo.png” of form quartiers.md weighs 20.1 MB, more than the 20 MB "
            "allowed for a form file: nothing was saved. Make it smaller (smaller image, list "
            "split)."
        )
        assert all_rows(store) == before and store.form_versions() == []


def test_a_form_version_s_files_above_their_total_are_refused_at_registration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The files already kept count: a second registration cannot add past the total.
    monkeypatch.setattr(form_media, "MAX_FORM_MEDIA_TOTAL_BYTES", len(QUARTIERS) + len(OUI) + 10)
    form = load_form(_form_folder(tmp_path / "auteur", with_logo=False))
    with empty_store(tmp_path / "a.sqlite") as store:
        version_id = _register(store, form)
        before = all_rows(store)
        with_logo = load_form(_form_folder(tmp_path / "auteur"))
        with pytest.raises(StoreError) as caught:
            _register(store, with_logo)
        message = caught.value.message
        assert message.startswith("Les fichiers du formulaire quartiers.md pèsent ensemble ")
        assert "le plus gros : « logo.png »" in message and "rien n'a été enregistré" in message
        assert all_rows(store) == before and store.form_media(version_id) == form.media


@pytest.mark.parametrize("limit", ["MAX_FORM_MEDIA_BYTES", "MAX_FORM_MEDIA_TOTAL_BYTES"])
def test_an_export_file_with_form_files_above_the_limits_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    form = load_form(_form_folder(tmp_path / "auteur"))
    exported = _field_export(tmp_path, form, {"quartier": "epinette"})
    # Exported by a laptop with other limits (or forged): the reader holds to its own.
    below = len(LOGO) - 1 if limit == "MAX_FORM_MEDIA_BYTES" else len(LOGO) + len(OUI)
    monkeypatch.setattr(form_media, limit, below)
    with pytest.raises(BundleError) as caught:
        read_bundle(exported)
    assert "logo.png" in caught.value.reason and "quartiers.md" in caught.value.reason
    assert "admis pour un" in caught.value.reason and "rien n'a été fusionné" in caught.value.reason
    with empty_store(tmp_path / "coordination.sqlite") as coordinator:
        before = all_rows(coordinator)
        [report] = merge_files(coordinator, [exported], allow_unsigned=True)
        assert not report.merged and "logo.png" in (report.refused_reason or "")
        assert all_rows(coordinator) == before
        assert coordinator.form_versions() == []
