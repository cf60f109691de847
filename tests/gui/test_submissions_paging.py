"""Issue 14: the questionnaire list is read a page at a time and sorted by the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.gui.shell.submissions_model import UUID_ROLE, SubmissionsTableModel
from inclusion_desktop.store import Store

PAGE = 7


def zone_name(code: str) -> str:
    """Names in another order than the codes, two of them equal but for case."""
    if code.endswith("a") or code.endswith("s"):
        return "Quartier commun"
    if code.endswith("e"):
        return "quartier COMMUN"
    return code[::-1].title()


@pytest.fixture
def filled(store: Store) -> Store:
    """Complete, draft and deleted questionnaires of several operators, one accented.

    One draft is of the structure survey, the others of the resident survey.
    """
    fill_demo_store(store, submissions=20, seed=3)
    residents, structures = (form.id for form in store.form_versions()[:2])
    elodie = store.add_operator("Élodie").id
    zoe = store.add_operator("zoé").id
    for operator_id, form_id in ((elodie, residents), (zoe, structures), (elodie, residents)):
        store.create_submission(form_version_id=form_id, zone="Z-e", operator_id=operator_id)
    rows = store.list_submissions()
    store.delete_submission(rows[5].uuid, "Doublon", elodie)
    store.delete_submission(rows[9].uuid, "Doublon", zoe)
    return store


def uuids(model: SubmissionsTableModel) -> list[str]:
    return [model.index(row, 0).data(UUID_ROLE) for row in range(model.rowCount())]


def read_all(model: SubmissionsTableModel) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return uuids(model)


def test_first_page_only_then_the_rest_on_demand(filled: Store) -> None:
    model = SubmissionsTableModel(zone_name, page_size=PAGE)
    model.load(filled, {})
    everything = [row.uuid for row in filled.list_submissions()]
    assert model.total == len(everything) == 23
    assert uuids(model) == everything[:PAGE]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert uuids(model) == everything[: 2 * PAGE]
    assert read_all(model) == everything
    assert not model.canFetchMore(QModelIndex())
    assert model.row_of(everything[-1]) == len(everything) - 1


def test_scrolling_the_view_loads_the_next_pages(filled: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = SubmissionsTableModel(zone_name, page_size=PAGE)
    model.load(filled, {})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 120)
    view.show()
    assert model.rowCount() < model.total
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(10)
    qtbot.waitUntil(lambda: model.rowCount() == model.total, timeout=5000)


@pytest.mark.parametrize("column", range(len(SubmissionsTableModel.HEADERS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_store_order_is_the_order_of_the_shown_values(
    filled: Store, column: int, order: Qt.SortOrder
) -> None:
    # The same list held whole and sorted in Python, as the list did before paging.
    whole = SubmissionsTableModel(zone_name)
    whole.set_rows(filled.list_submissions())
    whole.sort(column, order)
    paged = SubmissionsTableModel(zone_name, page_size=PAGE)
    paged.load(filled, {})
    paged.sort(column, order)
    assert paged.rowCount() == PAGE
    assert read_all(paged) == uuids(whole)
    # The column has several values, so the order is tested, not only the tie-break (the
    # questionnaires of a single laptop all show one device name).
    keys = {whole.sort_key(whole.row_at(r), column) for r in range(whole.rowCount())}
    assert column == SubmissionsTableModel.COLUMN_DEVICE or len(keys) > 1
    # The order chosen stays when the list is read again (a refresh).
    paged.load(filled, {})
    assert read_all(paged) == uuids(whole)


def test_filters_apply_to_pages_and_count(filled: Store) -> None:
    rows = filled.list_submissions()
    zone = rows[0].zone
    model = SubmissionsTableModel(zone_name, page_size=PAGE)
    model.sort(SubmissionsTableModel.COLUMN_OPERATOR, Qt.SortOrder.AscendingOrder)
    model.load(filled, {"zone": zone})
    expected = {row.uuid for row in rows if row.zone == zone}
    assert model.total == len(expected) == filled.count_submissions(zone=zone)
    assert set(read_all(model)) == expected
    model.load(filled, {"status": "deleted"})
    assert model.total == 2
    assert {model.index(r, 0).data(UUID_ROLE) for r in range(2)} == {rows[5].uuid, rows[9].uuid}


def test_each_questionnaire_names_its_form_by_a_short_title(filled: Store) -> None:
    model = SubmissionsTableModel(zone_name)
    model.set_rows(filled.list_submissions())
    column = SubmissionsTableModel.COLUMN_FORM
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Questionnaire"
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    assert shown.count("Enquête structures") == 1
    assert shown.count("Enquête habitants") == len(shown) - 1
    at = shown.index("Enquête structures")
    tooltip = model.index(at, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Enquête structures – offre d'inclusion numérique"


def test_paged_model_passes_qt_model_tester(filled: Store, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    # Sorted and one page further: the tester reads on with fetchMore itself.
    model = SubmissionsTableModel(zone_name, page_size=PAGE)
    model.load(filled, {})
    model.sort(SubmissionsTableModel.COLUMN_ZONE, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    qtmodeltester.check(model)
