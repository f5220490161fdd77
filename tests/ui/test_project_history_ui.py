"""The project form keeps the status's day and the indicators' measuring days, and the
project's page shows its flags, through the real widgets, from an empty database."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.progress import status_history
from coordinator.domain.enums import ProjectStatus
from coordinator.domain.validation import Problem
from coordinator.text import labels
from coordinator.ui.main_window import MainWindow
from coordinator.ui.projects.dialog import ProjectDialog
from tests.clock import fix_today
from tests.ui.conftest import DialogDriver, type_into
from tests.ui.typing import type_date, type_in_cell

PROJECTS = 1


def _save(d: ProjectDialog) -> None:
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_form_writes_the_history_and_the_page_shows_the_flags(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    store = window.store
    fix_today(monkeypatch, date(2026, 3, 10))
    window.tabs.setCurrentIndex(PROJECTS)

    def new(d: ProjectDialog) -> None:
        type_into(qtbot, d.code, "DA-01")
        type_into(qtbot, d.title_edit, "Kết nối dữ liệu các sở")
        assert d.status_since.value() == date(2026, 3, 10)  # a new status: today
        d.status.setCurrentIndex(d.status.findData(ProjectStatus.ACTIVE.value))
        type_date(qtbot, d.status_since, "2/3/26")  # it started the week before
        type_date(qtbot, d.starts, "2/3/26")
        type_date(qtbot, d.ends, "31/03/2026")
        row = d.milestones.add(["Khảo sát", "", ""])
        type_in_cell(qtbot, d.milestones, row, 1, "20/3/26")
        row = d.indicators.add(["Số sở kết nối", "sở", "0", "12", ""])
        type_in_cell(qtbot, d.indicators, row, 4, "3")
        assert d.indicators.cell(row, 5) == "10/03/2026"  # a new value: measured today
        type_in_cell(qtbot, d.indicators, row, 5, "6/3/26")
        _save(d)

    dialogs.on(ProjectDialog, new)
    window.new_action.trigger()
    pid = window.projects.current_id()
    assert pid is not None
    assert [(s.status, s.changed_on) for s in status_history(store, pid)] == [
        ("active", date(2026, 3, 2))
    ]
    with store.reading() as s:
        measured = s.execute(
            select(m.IndicatorMeasurement.measured_on, m.IndicatorMeasurement.value)
        ).all()
    assert measured == [(date(2026, 3, 6), 3.0)]
    page = window.projects.detail.toPlainText()
    assert labels.arg("%1 since %2", labels.project_status("active"), "02/03/2026") in page
    assert "days past" not in page  # nothing late on 10/03

    # A future "from" day is refused beside the field, and nothing is lost.
    def future(d: ProjectDialog) -> None:
        d.status.setCurrentIndex(d.status.findData(ProjectStatus.ON_HOLD.value))
        type_date(qtbot, d.status_since, "20/3/26")
        _save(d)
        assert d.isVisible()
        assert d.errors.text("status_since") == labels.problem(Problem.FUTURE_DATE)
        d.done(0)

    dialogs.on(ProjectDialog, future)
    window.projects.edit_selected()
    assert len(status_history(store, pid)) == 1

    # On 15/04 the project is late, its milestone too, and a new value is measured today.
    fix_today(monkeypatch, date(2026, 4, 15))
    window.projects.refresh()
    window.projects.select_project(pid)
    page = window.projects.detail.toPlainText()
    assert "15 days past its end date but not closed" in page
    assert "Milestone “Khảo sát” is 26 days past its due date and not done" in page
    window.projects.detail.grab().save(str(tmp_path / "page.png"))

    def measure_and_close(d: ProjectDialog) -> None:
        type_in_cell(qtbot, d.indicators, 0, 4, "11")
        assert d.indicators.cell(0, 5) == "15/04/2026"
        d.status.setCurrentIndex(d.status.findData(ProjectStatus.COMPLETED.value))
        assert d.status_since.value() == date(2026, 4, 15)
        type_in_cell(qtbot, d.milestones, 0, 2, "25/3/26")
        _save(d)

    dialogs.on(ProjectDialog, measure_and_close)
    window.projects.edit_selected()
    assert [(s.status, s.changed_on) for s in status_history(store, pid)] == [
        ("active", date(2026, 3, 2)),
        ("completed", date(2026, 4, 15)),
    ]
    with store.reading() as s:
        measured = s.execute(
            select(m.IndicatorMeasurement.measured_on, m.IndicatorMeasurement.value).order_by(
                m.IndicatorMeasurement.measured_on
            )
        ).all()
    assert measured == [(date(2026, 3, 6), 3.0), (date(2026, 4, 15), 11.0)]
    page = window.projects.detail.toPlainText()
    assert "days past" not in page  # closed, its milestone done
