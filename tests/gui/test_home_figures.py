"""The home screen's figures count the questionnaires of the form chosen above them."""

from __future__ import annotations

from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store


def figures(window: MainWindow) -> dict[str, str]:
    return {key: label.text() for key, label in window.home.figure_labels.items()}


def test_figures_follow_the_chosen_form(window: MainWindow, store: Store) -> None:
    latest = {version.form_id: version.id for version in store.form_versions()}
    operator = store.operators()[0].id

    def new(form_id: str, *, finish: bool) -> None:
        sub = store.create_submission(
            form_version_id=latest[form_id], zone="Z", operator_id=operator
        )
        if finish:
            store.finalize(sub.uuid, {}, operator)

    new("habitants", finish=True)
    for _ in range(3):
        new("structures", finish=True)
    new("structures", finish=False)

    window.home.form_combo.setCurrentIndex(window.home.form_combo.findData(latest["habitants"]))
    window.refresh_list()
    assert figures(window) == {"today": "1", "drafts": "0", "complete": "1", "not_exported": "4"}

    # Choosing the other form is enough: the figures follow without another refresh.
    window.home.form_combo.setCurrentIndex(window.home.form_combo.findData(latest["structures"]))
    assert figures(window) == {"today": "4", "drafts": "1", "complete": "3", "not_exported": "4"}


def captions(window: MainWindow) -> dict[str, str]:
    """Each home figure as read: its number and the caption under it."""
    return {
        key: f"{label.text()} {window.home.figure_captions[key].text()}"
        for key, label in window.home.figure_labels.items()
    }


def test_captions_agree_with_their_figure(
    compiled: None, window: MainWindow, store: Store, french_after: None
) -> None:
    version = store.form_versions()[0].id
    operator = store.operators()[0].id
    store.create_submission(form_version_id=version, zone="Z", operator_id=operator)
    window.refresh_list()
    assert captions(window)["drafts"] == "1 Brouillon"
    assert captions(window)["complete"] == "0 Terminé"
    window.apply_language("en")
    assert captions(window)["drafts"] == "1 Draft"

    store.create_submission(form_version_id=version, zone="Z", operator_id=operator)
    window.refresh_list()
    assert captions(window)["drafts"] == "2 Drafts"
    window.apply_language("fr")
    assert captions(window)["drafts"] == "2 Brouillons"
    assert captions(window)["not_exported"] == "0 Non exporté"
