"""Render the README's screenshots offscreen from a fresh demo database.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots

Besides the README's pictures it writes the main pages at the office screen sizes
(partners-1024x700.png, …, 1366x768, 1920x1080) and, from a second run of itself with
QT_SCALE_FACTOR=1.25, at 125 % on a 1366×768 screen (partners-1366x768-125.png, …).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from coordinator.app import Application
from coordinator.db import demo
from coordinator.db import models as m
from coordinator.db.backups import make_backup
from coordinator.db.queries.agreements import Standing, get_agreement
from coordinator.db.queries.assignments import get_assignment
from coordinator.db.queries.partners import get_partner, save_partner, set_partner_deleted
from coordinator.db.queries.people import get_person
from coordinator.db.queries.projects import set_project_deleted
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain import timezone
from coordinator.domain.periods import Preset
from coordinator.reports.status import write_report
from coordinator.ui.agreements.dialog import AgreementDialog
from coordinator.ui.backups import RestoreDialog
from coordinator.ui.calendar.event_dialog import EventDialog, new_event_input
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.calendar.tab import AGENDA, MONTH, WEEK
from coordinator.ui.common.guard import ask_about_conflict
from coordinator.ui.history import HistoryDialog
from coordinator.ui.minutes.dialog import open_minutes
from coordinator.ui.people.dialog import PersonDialog
from coordinator.ui.projects.stay_dialog import AssignmentDialog

NOW = datetime(2026, 11, 30, 9)
EXPERT = "Michael Anderson"  # one of IBM's experts, on CSC-01
SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
SCALE = os.environ.get("QT_SCALE_FACTOR")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # The demo's "now": its current cycle lies around it, and its Navigator plan ends
    # 31/12/2026, 31 days away.
    timezone.frozen_now = NOW
    qapp = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        store = Store.open(db)
        demo.load(store)
        store.close()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        app = Application(qapp, settings, "vi")
        assert app.open(db)
        window = app.window
        assert window is not None
        window.resize(1400, 860)

        def shot(name: str) -> None:
            qapp.processEvents()
            while window.calendar.marks_pending():  # the clash marks come off-thread
                qapp.processEvents()
                time.sleep(0.01)
            qapp.processEvents()
            window.grab().save(str(out / f"{name}.png"))

        if SCALE:  # the second run: only the pages, at 125 % of a 1366×768 screen
            _partner_first(window)
            _sizes(qapp, window, out, [(1366, 768)], "-125")
            window.close()
            return
        window.tabs.setCurrentIndex(0)
        window.partners.search.setText("vien thong")
        window.partners._apply_filter()
        window.partners.search.clear()
        window.partners._apply_filter()
        window.partners.select_partner(_partner_id(window, "Tập đoàn IBM"))
        shot("partners")
        window.tabs.setCurrentIndex(1)
        shot("projects")
        window.tabs.setCurrentIndex(2)
        cal = window.calendar
        cal.set_view(MONTH)
        cal.go_to(date(2013, 4, 1))  # IBM's experts at the four host units
        shot("calendar-month")
        cal.set_view(WEEK)
        cal.go_to(date(2013, 4, 22))  # consultations, the workshop, the closing meeting
        cal.week_panel.scroll_to_hour(7)
        shot("calendar-week")
        cal.go_to(date(2026, 11, 23))
        cal.set_view(AGENDA)
        shot("calendar-agenda")
        _scheduling(qapp, window, out)
        _minutes(qapp, window, out)
        _report(qapp, window, out)
        _records(qapp, window, out)
        _safety(qapp, window, out)
        _import(qapp, window, out, Path(tmp))
        _partner_first(window)
        _sizes(qapp, window, out, SIZES, "")
        window.close()
    if not SCALE:
        env = dict(os.environ, QT_SCALE_FACTOR="1.25")
        subprocess.run([sys.executable, __file__, str(out)], env=env, check=True)


def _partner_first(window: Any) -> None:
    """The partner with the most contacts: its page is the one that must fit."""
    model = window.partners.model
    best = max(range(model.rowCount()), key=lambda r: _contacts(window, model.row_at(r).id))
    window.tabs.setCurrentIndex(0)
    window.partners.select_partner(model.row_at(best).id)


def _contacts(window: Any, partner_id: int) -> int:
    loaded = get_partner(window.store, partner_id)
    return 0 if loaded is None else len(loaded.partner.contacts)


def _sizes(
    qapp: QApplication, window: Any, out: Path, sizes: list[tuple[int, int]], suffix: str
) -> None:
    """The main pages at each office screen size, the search open on the last one.
    Under QT_SCALE_FACTOR a screen of w×h device pixels is w/scale × h/scale here."""
    scale = float(SCALE or 1)
    cal = window.calendar
    window.search_box.clear()
    window.search_results.hide()
    for width, height in sizes:
        window.resize(round(width / scale), round(height / scale))

        def shot(name: str, w: int = width, h: int = height) -> None:
            qapp.processEvents()
            while cal.marks_pending():
                qapp.processEvents()
                time.sleep(0.01)
            qapp.processEvents()
            window.grab().save(str(out / f"{name}-{w}x{h}{suffix}.png"))

        window.tabs.setCurrentIndex(0)
        shot("partners")
        window.tabs.setCurrentIndex(1)
        if window.projects.current_id() is None:
            window.projects.table.selectRow(0)
        shot("projects")
        window.tabs.setCurrentIndex(2)
        cal.set_view(MONTH)
        cal.go_to(date(2013, 4, 1))
        shot("calendar-month")
        cal.set_view(WEEK)
        cal.go_to(date(2013, 4, 22))
        cal.week_panel.scroll_to_hour(7)
        shot("calendar-week")
        window.tabs.setCurrentIndex(3)
        shot("follow-up")
        window.focus_search()
        window.search_box.setText("a")
        window.search_results.run()
        shot("search")
        window.search_box.clear()
        window.search_results.hide()


def _minutes(qapp: QApplication, window: Any, out: Path) -> None:
    """The minutes of the demo workshop, the follow-up tab, and a search without diacritics."""
    store = window.store
    with store.session() as s:
        event_id = s.scalar(
            select(m.Minutes.event_id)
            .join(m.Event, m.Event.id == m.Minutes.event_id)
            .where(m.Event.title == "Hội thảo Các xu hướng Công nghệ thông tin")
        )
    dialog = open_minutes(store, event_id, window)
    assert dialog is not None
    dialog.show()
    for index, name in ((0, "minutes"), (3, "minutes-actions")):
        dialog.tabs.setCurrentIndex(index)
        qapp.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
    dialog.close()
    window.show_due_items()
    window.follow_up.show_due("open")
    qapp.processEvents()
    window.grab().save(str(out / "follow-up.png"))
    window.focus_search()
    window.search_box.setText("tap huan")
    window.search_results.run()
    qapp.processEvents()
    window.grab().save(str(out / "search.png"))


def _report(qapp: QApplication, window: Any, out: Path) -> None:
    """The report dialog, and the first pages of the demo's report for this year."""
    dialog = window.show_report()
    dialog.preset.setCurrentIndex(dialog.preset.findData(Preset.THIS_YEAR.value))
    qapp.processEvents()
    dialog.grab().save(str(out / "report-dialog.png"))
    request = dialog.request()
    dialog.close()
    if request is None or shutil.which("pdftoppm") is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        write_report(window.store, request, pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "3",
                str(pdf),
                str(out / "report-page"),
            ],
            check=True,
        )


def _scheduling(qapp: QApplication, window: Any, out: Path) -> None:
    """The planner's grid, one volunteer's week, and the editor showing a clash."""
    store = window.store
    with store.session() as s:
        expert = s.scalar(select(m.Person.id).where(m.Person.full_name == EXPERT))
    cal = window.calendar
    window.scheduling.person_week(expert, date(2013, 4, 8))
    cal.week_panel.scroll_to_hour(7)
    qapp.processEvents()
    window.grab().save(str(out / "volunteer-week.png"))
    cal.clear_filters()
    timezone.frozen_now = datetime(2013, 3, 25, 9)  # planning April 2013 ahead
    planner = PlannerDialog(store, date(2013, 4, 3), window)
    planner.last.setDate(QDate(2013, 4, 30))
    planner.propose()
    planner.show()
    qapp.processEvents()
    planner.grab().save(str(out / "planner.png"))
    planner.close()
    data = new_event_input(datetime(2013, 4, 4, 9))
    data.title = "Tư vấn bổ sung về quản lý dữ liệu"
    data.participant_ids = [expert]
    data.starts, data.ends = datetime(2013, 4, 4, 9), datetime(2013, 4, 4, 10)
    editor = EventDialog(store, data, cal._choices(), window)
    editor.show()
    editor.refresh_findings()
    qapp.processEvents()
    editor.grab().save(str(out / "event-clash.png"))
    editor.close()
    timezone.frozen_now = NOW


def _records(qapp: QApplication, window: Any, out: Path) -> None:
    """What is typed by hand: agreements and their alert, a volunteer, a stay, the
    programmes, the rooms; at the smallest office screen, 1024×700."""
    store = window.store
    with store.session() as s:
        ending = s.scalar(select(m.Agreement.id).where(m.Agreement.ends_on == date(2026, 12, 31)))
        expert = s.scalar(select(m.Person.id).where(m.Person.full_name == EXPERT))
        stay = s.scalar(select(m.Assignment.id).where(m.Assignment.person_id == expert))

    def grab(widget: Any, name: str, size: tuple[int, int] | None = None) -> None:
        widget.show()
        if size is not None:
            widget.resize(*size)
        qapp.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        widget.close()

    listing = window.show_agreements()
    listing.show_standing(Standing.ENDING)
    grab(listing, "agreements", (1000, 560))
    detail = get_agreement(store, ending)
    assert detail is not None
    grab(AgreementDialog(store, detail.agreement, window), "agreement")
    grab(PersonDialog(store, get_person(store, expert), window), "person")
    grab(AssignmentDialog(store, get_assignment(store, stay), window), "stay")
    grab(window.show_programmes(), "programmes", (900, 480))
    grab(window.show_rooms(), "rooms", (900, 420))
    window.resize(1024, 700)
    window.show_due_items()
    qapp.processEvents()
    window.grab().save(str(out / "follow-up-agreements-1024.png"))
    window.resize(1400, 860)


def _safety(qapp: QApplication, window: Any, out: Path) -> None:
    """The trash, a partner's history, the list of backups and the conflict question."""
    store = window.store
    partner_id = _partner_id(window, "Tập đoàn Bưu chính Viễn thông Việt Nam")
    loaded = get_partner(store, partner_id)
    assert loaded is not None
    loaded.partner.phone = "024 3772 0000"
    loaded.partner.notes = "Đầu mối: Ban Khách hàng tổ chức - doanh nghiệp"
    save_partner(store, loaded.partner)
    with store.session() as s:
        deleted_partner = s.scalar(
            select(m.Organization.id).where(m.Organization.short_name == "VNTT")
        )
        deleted_project = s.scalar(select(m.Project.id).order_by(m.Project.id.desc()))
    set_partner_deleted(store, deleted_partner, True)
    set_project_deleted(store, deleted_project, True)
    for reason in ("daily", "manual"):
        make_backup(store.path, reason)

    def grab(widget: Any, name: str) -> None:
        widget.show()
        qapp.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        widget.close()

    grab(window.show_trash(), "trash")
    grab(HistoryDialog(store, "organization", partner_id, loaded.partner.name, window), "history")
    grab(RestoreDialog(store.path, window), "restore")
    grabbed = QMessageBox.exec

    def shoot(box: QMessageBox) -> int:
        grab(box, "conflict")
        return int(QMessageBox.StandardButton.Cancel)

    QMessageBox.exec = shoot  # type: ignore[method-assign, assignment]
    try:
        ask_about_conflict(window, RecordChangedError("organization", partner_id, False))
    finally:
        QMessageBox.exec = grabbed  # type: ignore[method-assign]


IMPORT_ROWS: list[list[object]] = [
    ["STT", "Tên đơn vị", "Tên viết tắt", "Loại hình", "Điện thoại", "Email/Thư điện tử",
     "Ghi chú"],
    [1, "Sở Khoa học và Công nghệ tỉnh Bình Dương", "Sở KH&CN", "Cơ quan nhà nước",
     "0274 3822 456", None, None],
    [2, "Tập đoàn IBM", "IBM", "Doanh nghiệp", None, "csc@ibm.com", "Chương trình CSC"],
    [3, "So Khoa hoc va Cong nghe tinh Binh Duong", None, None, None, None, None],
    [4, "Trung tâm Chuyển đổi số tỉnh Bình Dương", None, "Cơ quan nhà nước", 2743899123,
     "cds@binhduong.gov.vn", None],
    [5, "Trường Đại học Quốc tế Miền Đông", "EIU", "Học thuật", "0274 3220 341",
     "info@eiu.edu.vn", None],
    [6, "VNPT", None, "Doanh nghiệp", None, None, "Viễn thông Bình Dương"],
    [7, "Trường Đại học Thủ Dầu Một", "TDMU", "Học thuật", "0274 3822 518", "tdmu@", None],
    [8, "Hội Doanh nghiệp trẻ tỉnh Bình Dương", None, None, None, None, None],
]  # fmt: skip


def _import(qapp: QApplication, window: Any, out: Path, tmp: Path) -> None:
    """The import of an office's partner list: its columns, then its preview."""
    import openpyxl  # noqa: PLC0415

    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Đối tác 2026"
    ws.append(["DANH SÁCH ĐỐI TÁC HỢP TÁC NĂM 2026"])
    ws.append([])
    for row in IMPORT_ROWS:
        ws.append(row)
    path = tmp / "doi-tac-2026.xlsx"
    book.save(path)
    dialog = window.show_import()
    dialog.resize(1000, 660)
    dialog.file_step.load(path)
    if os.environ.get("IMPORT_FILE_STEP"):  # a look at the first step, not for the README
        qapp.processEvents()
        dialog.grab().save(str(out / "import-file.png"))
    dialog.next()
    qapp.processEvents()
    dialog.grab().save(str(out / "import-mapping.png"))
    dialog.next()
    dialog.select_file_row(5)  # a merge: what is stored, what changes
    qapp.processEvents()
    dialog.grab().save(str(out / "import-preview.png"))
    dialog.done(0)


def _partner_id(window: object, name: str) -> int:
    model = window.partners.model  # type: ignore[attr-defined]
    row = model.row_at(model.find_row(lambda r: r.name == name))
    return int(row.id)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
