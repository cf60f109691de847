"""A real reference form with photos: filled in field mode, finalised, exported and merged."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.gui.field.question_widgets import (
    AttachmentAccess,
    AttachmentEditor,
    QuestionEditor,
)
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files

from .test_attachments import _choose, _png
from .test_reference_forms import (
    REFERENCE_FORMS,
    fill_in_field_mode,
    reference_form,
    through_widget,
)

FILENAME = "pyxform__UCL_Biomass_Plot_Form.xlsx"
# Answers that open the repeats holding the photos (stumps of 30 cm circumference ≥ 220).
OVERRIDES = {"any_trees": "yes", "stumps_in_plot": "yes", "stump_30cm_circumference": "250"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (REFERENCE_FORMS / FILENAME).is_file(), reason="reference form absent"),
]


def test_biomass_form_with_photos_is_finalised_exported_and_merged(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # No message box may wait for a click: any one that opens fails the test at once.
    def no_dialog(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"unexpected message box: {args[2:3]}")

    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(no_dialog))
    monkeypatch.setattr(QMessageBox, "exec", no_dialog)
    form = reference_form(FILENAME)
    source = (REFERENCE_FORMS / FILENAME).read_bytes()
    photo = _png(tmp_path / "souche.png")
    _choose(monkeypatch, photo)
    with Store.open(str(tmp_path / "terrain.sqlite")) as store:
        store.set_device_name("Portable terrain")
        version = store.register_form(
            source=source,
            filename=FILENAME,
            form_id=form.form_id,
            version=form.version,
            title=form.title,
            sha256=hashlib.sha256(source).hexdigest(),
        )
        operator = store.add_operator("Samira").id
        uuid = store.create_submission(
            form_version_id=version.id, zone="QPV-A", operator_id=operator
        ).uuid
        session = FormSession(form)
        view = FieldFormView()
        qtbot.addWidget(view)
        view.resize(1024, 600)
        view.show()
        view.start(
            session,
            uuid,
            title=form.title,
            position=None,
            save_draft=store.save_draft,
            finalize=lambda uuid, s: store.finalize(uuid, s.answers, operator),
            attachments=AttachmentAccess(
                attach=lambda question, path: store.attach_file(uuid, question, path),
                read=lambda name: store.stored_attachment(uuid, name),
            ),
        )
        def give(qtbot, editor: QuestionEditor, value: str) -> None:  # type: ignore[no-untyped-def]
            if isinstance(editor, AttachmentEditor):
                editor.attach_button.click()  # the patched dialog gives the photo
            else:
                through_widget(qtbot, editor, OVERRIDES.get(editor.question.name, value))

        rng = random.Random(FILENAME)
        fill_in_field_mode(qtbot, view, session, rng, give=give, fewest_instances=1)
        assert session.errors() == {}
        view.go_next()  # the review page: save
        assert QApplication.activeModalWidget() is None
        assert store.get_submission(uuid).status == "complete"
        saved = store.revisions(uuid)[-1].answers
        [attached] = store.attachments(uuid)
        assert attached.file_name == "souche.png" and "souche.png" in str(saved)
        bundle = export_bundle(store, tmp_path / "jour.idbundle").path
    with Store.open(str(tmp_path / "coordination.sqlite")) as coordinator:
        [report] = merge_files(coordinator, [bundle], allow_unsigned=True)
        assert report.merged, report.refused_reason
        assert coordinator.revisions(uuid)[-1].answers == saved
        assert coordinator.attachment_data(uuid, "souche.png") == photo.read_bytes()
