"""Export list…: every list of the window goes out as it is shown, filter and sort included."""

import csv
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from coordinator.db.queries.assignments import AssignmentInput, save_assignment
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind, PersonRole
from coordinator.ui.main_window import CALENDAR, FOLLOW_UP, PARTNERS, PROJECTS, MainWindow
from coordinator.ui.partners import tab as partners_tab
from tests.clock import fix_today
from tests.ui.ops import settle

PARTNER_HEADERS = [
    "Name",
    "Short name",
    "Kind",
    "Role",
    "Country",
    "No. of projects",
    "Address",
    "Website",
    "Phone",
    "E-mail",
    "Notes",
]
ROSTER_HEADERS = [
    "Name",
    "Position",
    "Organisation",
    "Nationality",
    "Expertise",
    "Languages",
    "E-mail",
    "Phone",
    "Project",
    "Arrives",
    "Departs",
]


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; what it suggested is kept."""
    suggested: list[str] = []

    def answer(_parent: Any, _caption: str, proposed: str, _filters: str) -> tuple[str, str]:
        suggested.append(proposed)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return suggested


def sheet(path: Path) -> list[list[Any]]:
    book = load_workbook(path)
    rows = [list(r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    return rows


def said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def partners(store: Store) -> None:
    save_partner(
        store,
        PartnerInput(
            name="Sở Thông tin và Truyền thông tỉnh Bình Dương",
            kind=OrgKind.GOVERNMENT,
            short_name="Sở TT&TT",
            is_internal=True,
            country="Việt Nam",
            address="Tầng 7, Tháp A, Trung tâm Hành chính tỉnh",
            website="https://stttt.binhduong.gov.vn",
            phone="0274 3822 123",
            email="stttt@binhduong.gov.vn",
            notes="Cơ quan chủ trì",
        ),
    )
    for name in ("Trường Đại học Thủ Dầu Một", "Đại học Quốc tế Miền Đông", "Becamex IDC"):
        save_partner(store, PartnerInput(name=name, kind=OrgKind.ACADEMIA, country="Việt Nam"))


def test_partners_export_their_filter_their_order_and_every_field(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fix_today(monkeypatch, date(2026, 11, 30))
    partners(window.store)
    tab = window.partners
    tab.refresh()
    tab.search.setText("dai hoc")
    qtbot.waitUntil(lambda: tab.model.total() == 2)
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [tab.model.row_at(i).name for i in range(tab.model.rowCount())]  # type: ignore[union-attr]
    out = tmp_path / "doi-tac.xlsx"
    suggested = save_as(monkeypatch, out)
    window.export_list_action.trigger()
    settle()
    assert Path(suggested[0]).name == "partners-30-11-2026.xlsx"
    rows = sheet(out)
    assert rows[0][0] == "Partners — filter: “dai hoc” (exported at 09:00 on 30/11/2026)"
    assert rows[1] == PARTNER_HEADERS
    assert (
        [r[0] for r in rows[2:]]
        == shown
        == [
            "Trường Đại học Thủ Dầu Một",
            "Đại học Quốc tế Miền Đông",
        ]
    )
    assert said(window) == f"2 rows exported to {out}"

    tab.search.setText("")  # every field of a partner, for an import to read back
    qtbot.waitUntil(lambda: tab.model.total() == 4)
    out = tmp_path / "all.csv"
    save_as(monkeypatch, out)
    window.export_list_action.trigger()
    settle()
    with out.open(encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert back[0] == PARTNER_HEADERS
    row = next(r for r in back if r[0].startswith("Sở Thông tin"))
    assert row == [
        "Sở Thông tin và Truyền thông tỉnh Bình Dương",
        "Sở TT&TT",
        "Government body",
        "Province unit",
        "Việt Nam",
        "0",
        "Tầng 7, Tháp A, Trung tâm Hành chính tỉnh",
        "https://stttt.binhduong.gov.vn",
        "0274 3822 123",
        "stttt@binhduong.gov.vn",
        "Cơ quan chủ trì",
    ]


def test_every_row_is_read_not_only_the_pages_loaded(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for i in range(260):
        save_partner(window.store, PartnerInput(name=f"Đối tác {i:03d}", kind=OrgKind.ENTERPRISE))
    window.partners.refresh()
    assert window.partners.model.rowCount() < 260  # the table holds its first page
    out = tmp_path / "p.xlsx"
    save_as(monkeypatch, out)
    window.export_list_action.trigger()
    settle()
    rows = sheet(out)
    assert len(rows) == 262 and rows[-1][0] == "Đối tác 259"
    assert said(window) == f"260 rows exported to {out}"


def test_an_empty_list_exports_its_header(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "empty.csv"
    save_as(monkeypatch, out)
    window.tabs.setCurrentIndex(PROJECTS)
    window.export_list_action.trigger()
    settle()
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [
            ["Code", "Title", "Programme", "Partner", "Host unit", "Status", "Starts", "Ends"]
        ]
    assert said(window) == f"0 rows exported to {out}"


def test_projects_and_the_roster_typed_by_hand(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = window.store
    ibm = save_partner(store, PartnerInput(name="IBM", kind=OrgKind.ENTERPRISE, country="Hoa Kỳ"))
    project = save_project(
        store,
        ProjectInput(
            code="CSC-01",
            title="Chính quyền điện tử",
            partner_id=ibm,
            starts_on=date(2013, 4, 3),
            ends_on=date(2013, 4, 28),
        ),
    )
    person = save_person(
        store,
        PersonInput(
            full_name="Sarah Johnson",
            roles={PersonRole.VOLUNTEER},
            title="Chuyên gia tư vấn",
            organization_id=ibm,
            email="sarah@example.com",
            phone="0912 345 678",
            nationality="Hoa Kỳ",
            expertise="Dữ liệu",
            languages="Tiếng Anh",
        ),
    )
    save_assignment(store, AssignmentInput(person, project, date(2013, 4, 3), date(2013, 4, 28)))

    window.tabs.setCurrentIndex(PROJECTS)
    out = tmp_path / "du-an.xlsx"
    save_as(monkeypatch, out)
    window.export_list_action.trigger()
    settle()
    rows = sheet(out)
    assert rows[2][:2] == ["CSC-01", "Chính quyền điện tử"]
    assert rows[2][6:] == [datetime(2013, 4, 3), datetime(2013, 4, 28)]
    book = load_workbook(out)
    assert book.active["G3"].number_format == "dd/mm/yyyy"
    assert book.active.freeze_panes == "A3" and book.active.auto_filter.ref == "A2:H3"
    book.close()

    roster = window.scheduling.show_roster(project_id=project, title="Roster – CSC-01")
    out = tmp_path / "roster.xlsx"
    save_as(monkeypatch, out)
    roster.export_button.click()
    settle()
    rows = sheet(out)
    assert rows[1] == ROSTER_HEADERS
    assert rows[2] == [
        "Sarah Johnson",
        "Chuyên gia tư vấn",
        "IBM",
        "Hoa Kỳ",
        "Dữ liệu",
        "Tiếng Anh",
        "sarah@example.com",
        "0912 345 678",
        "CSC-01",
        datetime(2013, 4, 3),
        datetime(2013, 4, 28),
    ]
    assert said(window) == f"1 rows exported to {out}"
    roster.done(0)


def _export(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, out: Path, go: Callable[[], object]
) -> list[list[Any]]:
    save_as(monkeypatch, out)
    go()
    settle()
    assert said(window).endswith(f"rows exported to {out}"), said(window)
    return sheet(out)


def test_each_of_the_six_lists_exports_through_its_action(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = demo_window
    found: dict[str, list[list[Any]]] = {}
    for name, index in (
        ("partners", PARTNERS),
        ("projects", PROJECTS),
        ("agenda", CALENDAR),
        ("follow-up", FOLLOW_UP),
    ):
        w.tabs.setCurrentIndex(index)
        found[name] = _export(
            w, monkeypatch, tmp_path / f"{name}.xlsx", w.export_list_action.trigger
        )
    roster = w.scheduling.show_roster()
    found["roster"] = _export(w, monkeypatch, tmp_path / "roster.xlsx", roster.export_button.click)
    roster.done(0)
    w.search_box.setText("binh duong")
    w.search_results.run()
    found["search"] = _export(
        w, monkeypatch, tmp_path / "search.xlsx", w.search_results.export_action.trigger
    )
    for name, rows in found.items():
        assert len(rows) > 3, name  # the title, the header and rows
    assert found["partners"][0][0].startswith("Partners (exported at ")
    assert found["agenda"][0][0].startswith("Agenda from 30/11/2026")
    assert found["agenda"][1][:2] == ["Date", "Time"]
    assert all(isinstance(r[0], datetime) for r in found["agenda"][2:])
    assert found["follow-up"][0][0].startswith("Follow-up — filter: Still open")
    assert found["search"][0][0].startswith("Search results for “binh duong”")
    assert found["search"][1] == ["What", "Name", "Date", "Found in"]


def _press_stop() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog):
            widget.canceled.emit()  # what the Stop button does
            return
    QTimer.singleShot(20, _press_stop)


def test_stop_leaves_no_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    partners(window.store)
    window.partners.refresh()
    real = partners_tab.list_partners_for_export

    def slow(*args: Any) -> Any:
        import time

        time.sleep(0.5)  # Stop is pressed meanwhile
        return real(*args)

    monkeypatch.setattr(partners_tab, "list_partners_for_export", slow)
    out = tmp_path / "stopped.xlsx"
    save_as(monkeypatch, out)
    QTimer.singleShot(20, _press_stop)
    window.export_list_action.trigger()
    settle()
    assert list(tmp_path.glob("stopped*")) == []
    assert said(window) == "Export stopped; nothing was written."


def test_a_refused_write_is_said_and_leaves_no_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A read-only folder (as root nothing is refused, so the refusal is played)."""
    folder = tmp_path / "chỉ đọc"
    folder.mkdir()
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kw: Any) -> Any:
        if self.parent == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kw)

    monkeypatch.setattr(Path, "open", refuse)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    out = folder / "doi-tac.xlsx"
    save_as(monkeypatch, out)
    window.export_list_action.trigger()
    settle()
    assert warnings == [
        f"Could not write the file {out}: no permission to write in the folder {folder}"
    ]
    assert list(folder.iterdir()) == []
