"""Field mode: a note's `media::image`, shipped with the form's files, is shown on its page."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.field.form_view import FieldFormView, NoteImage
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession


def _form(tmp_path: Path, width: int, height: int) -> Path:
    """An XLSForm whose first note shows `plan.png` (width × height), in `<form>-media/`."""
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "media::image"])
    survey.append(["note", "plan", "Plan du quartier", "plan.png"])
    survey.append(["text", "rue", "Rue", None])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["plans", "1"])
    path = tmp_path / "plans.xlsx"
    book.save(path)
    (tmp_path / "plans-media").mkdir()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    assert image.save(str(tmp_path / "plans-media" / "plan.png"), "PNG")
    return path


def _show(qtbot, path: Path) -> FieldFormView:  # type: ignore[no-untyped-def]
    form = load_form(path)
    assert not any("media::image" in notice for notice in form.notices)
    view = FieldFormView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.start(
        FormSession(form),
        "uuid-1",
        title="Plans",
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, session: None,
    )
    QApplication.processEvents()
    return view


def test_a_wide_note_image_fits_the_page_width_keeping_its_ratio(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _show(qtbot, _form(tmp_path, 2000, 500))
    images = view.page_widget.findChildren(NoteImage)
    assert len(images) == 1
    image = images[0]
    assert image.accessibleName() == "Plan du quartier"
    page_width = view.scroll.viewport().width()
    qtbot.waitUntil(lambda: 0 < image.shown_size().width() <= page_width, timeout=5000)
    shown = image.shown_size()
    assert shown.width() < 2000
    assert abs(shown.height() - shown.width() / 4) <= 1
    assert image.height() >= shown.height()  # the layout gives it the room it asks


def test_a_small_note_image_is_not_enlarged(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _show(qtbot, _form(tmp_path, 40, 20))
    (image,) = view.page_widget.findChildren(NoteImage)
    assert image.shown_size().width() == 40 and image.shown_size().height() == 20
