"""The origin of each version in conflict: computer, operator, time, export file."""

from __future__ import annotations

from pathlib import Path

from inclusion_desktop.store.provenance import revision_origins
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files
from tests.core.sync_support import add_complete, laptop, reset_template


def test_each_head_of_a_conflict_names_its_computer_operator_and_file(tmp_path: Path) -> None:
    reset_template()
    field, form_id, samira = laptop(tmp_path / "a.sqlite", "Portable médiation 2", "Samira B.")
    office, _, _ = laptop(tmp_path / "b.sqlite", "Coordination", "Claire")
    uuid = add_complete(field, form_id, samira, {"age": "40"})
    first = tmp_path / "cle" / "premier.zip"
    first.parent.mkdir()
    export_bundle(field, first)
    merge_files(office, [first])
    # Both sides change the age: a conflict once the laptop's second file is merged.
    field.save_revision(uuid, {"age": "41"}, samira)
    claire = next(op.id for op in office.operators() if op.name == "Claire")
    office.save_revision(uuid, {"age": "14"}, claire)
    second = tmp_path / "cle" / "second.zip"
    export_bundle(field, second)
    merge_files(office, [second])
    (conflict,) = office.conflicts()
    origins = revision_origins(office, conflict.heads)
    pairs = zip(conflict.heads, origins, strict=True)
    by_age = {head.answers["age"]: origin for head, origin in pairs}
    laptop_side, office_side = by_age["41"], by_age["14"]
    assert laptop_side.device_name == "Portable médiation 2"
    assert laptop_side.operator_name == "Samira B."
    assert laptop_side.file_name == "second.zip" and not laptop_side.local
    assert office_side.device_name == "Coordination" and office_side.local
    assert office_side.operator_name == "Claire" and office_side.file_name is None
    laptop_head = next(h for h in conflict.heads if h.answers["age"] == "41")
    assert laptop_side.created_at == laptop_head.created_at
    # The first revision came with the first file.
    (origin,) = revision_origins(office, [office.revisions(uuid)[0]])
    assert origin.file_name == "premier.zip"
    field.close()
    office.close()


def test_no_revision_no_query_result(tmp_path: Path) -> None:
    reset_template()
    store, _, _ = laptop(tmp_path / "a.sqlite", "Portable")
    assert revision_origins(store, []) == []
    store.close()


def test_merged_questionnaires_are_not_counted_as_not_exported(tmp_path: Path) -> None:
    from datetime import date

    reset_template()
    field, form_id, samira = laptop(tmp_path / "a.sqlite", "Portable médiation 2", "Samira B.")
    office, office_form, claire = laptop(tmp_path / "b.sqlite", "Coordination", "Claire")
    uuid = add_complete(field, form_id, samira, {"age": "40"})
    add_complete(field, form_id, samira, {"age": "52"})
    bundle = tmp_path / "premier.zip"
    export_bundle(field, bundle)
    merge_files(office, [bundle])
    assert len(office.list_submissions()) == 2
    assert office.counts(date.today()).not_exported == 0
    # A correction made at the coordination is its own, not yet exported.
    answers = office.revisions(uuid)[-1].answers
    office.save_revision(uuid, {**answers, "age": "41"}, claire)
    assert office.counts(date.today()).not_exported == 1
    assert office_form  # the coordination's own form version exists beside the merged one
    field.close()
    office.close()
