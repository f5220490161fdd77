"""Every item model passes Qt's model tester, including lazy fetching and sorting."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.ui.calendar.tab import AGENDA
from coordinator.ui.common.lazy_model import PAGE
from coordinator.ui.main_window import MainWindow


def test_partner_model(qtmodeltester: ModelTester, demo_window: MainWindow) -> None:
    model = demo_window.partners.model
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_project_model_fetches_lazily(qtmodeltester: ModelTester, demo_window: MainWindow) -> None:
    model = demo_window.projects.model
    qtmodeltester.check(model)
    model.reload()
    assert model.total() == 57
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 57


def test_agenda_model(qtmodeltester: ModelTester, demo_window: MainWindow) -> None:
    demo_window.calendar.set_view(AGENDA)
    qtmodeltester.check(demo_window.calendar.agenda_model)


def test_a_long_table_loads_page_by_page(
    qtmodeltester: ModelTester, make_window: Callable[[Store], MainWindow], store: Store
) -> None:
    with store.session() as s:
        s.add_all(
            m.Organization(
                name=f"Đối tác {i:04d}", kind="enterprise", search_text=f"doi tac {i:04d}"
            )
            for i in range(PAGE * 2 + 50)
        )
    window = make_window(store)
    model = window.partners.model
    assert model.total() == PAGE * 2 + 50
    assert model.rowCount() == PAGE
    window.partners.table.scrollToBottom()
    assert model.rowCount() > PAGE  # scrolling to the end asked for the next page
    qtmodeltester.check(model)
