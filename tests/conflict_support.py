"""A questionnaire in conflict, made the real way: two laptops edit it, both files are merged."""

from __future__ import annotations

import hashlib
from pathlib import Path

from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files

FORM_SOURCE = b"| survey |\n| | type | name | label |\n| | integer | age | Age |\n"


def make_conflict(target: Store, folder: Path) -> str:
    """Merges into `target` two versions of one questionnaire (age 22 and 23); its uuid."""
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(str(folder / "a.sqlite")) as laptop_a:
        laptop_a.set_device_name("Portable A")
        form = laptop_a.register_form(
            source=FORM_SOURCE,
            filename="enquete.md",
            form_id="enquete",
            version="1",
            title="Enquête",
            sha256=hashlib.sha256(FORM_SOURCE).hexdigest(),
        )
        nadia = laptop_a.add_operator("Nadia").id
        sub = laptop_a.create_submission(form_version_id=form.id, zone="QPV-A", operator_id=nadia)
        laptop_a.finalize(sub.uuid, {"age": "20"}, nadia)
        export_bundle(laptop_a, folder / "base.zip")
        with Store.open(str(folder / "b.sqlite")) as laptop_b:
            laptop_b.set_device_name("Portable B")
            merge_files(laptop_b, [folder / "base.zip"])
            julien = laptop_b.add_operator("Julien").id
            laptop_a.save_revision(sub.uuid, {"age": "22"}, nadia)
            laptop_b.save_revision(sub.uuid, {"age": "23"}, julien)
            export_bundle(laptop_a, folder / "a2.zip")
            export_bundle(laptop_b, folder / "b2.zip")
    merge_files(target, [folder / "a2.zip", folder / "b2.zip"])
    assert [c.uuid for c in target.conflicts()] == [sub.uuid]
    return sub.uuid
