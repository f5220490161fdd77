"""The window at office sizes: measured, widget by widget (see tests/ui/fit.py).

The demo fills the window here only through ``demo.load``, never by its records' names
(the demo is being rewritten); the long values are typed by the tests themselves.
"""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.events import EventInput, save_event
from coordinator.db.queries.partners import ContactInput, PartnerInput, save_partner
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind, OrgKind
from coordinator.text.translations import Translations
from coordinator.ui.calendar.event_dialog import EventDialog, new_event_input
from coordinator.ui.calendar.schedule_dialog import ScheduleDialog
from coordinator.ui.calendar.tab import AGENDA, MONTH, WEEK
from coordinator.ui.calendar.week_view import MIN_BOX, WeekView
from coordinator.ui.history import HistoryDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.minutes.dialog import open_minutes
from coordinator.ui.preferences import PreferencesDialog
from tests.clock import fix_today
from tests.ui.conftest import DialogDriver
from tests.ui.fit import misfits, scroll_areas_fit, window_fits

SIZES = [QSize(1024, 700), QSize(1366, 768)]
LONG_NAME = "Trung tâm Nghiên cứu Phát triển Chuyển đổi số và Đổi mới sáng tạo"[:60]
LONG_MAIL = "nguyen.van.long.ten@so-thong-tin-truyen-thong.binhduong.gov.vn"


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Vietnamese (the default, and the longer words) and English."""
    translations = Translations(qapp)
    translations.install(request.param)
    yield request.param
    translations.install("en")


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not window.calendar.marks_pending(), timeout=5000)
    QApplication.processEvents()


def pages(window: MainWindow) -> Iterator[str]:
    """Show each page of the main window in turn, naming it."""
    for index, name in enumerate(["partners", "projects"]):
        window.tabs.setCurrentIndex(index)
        if window.current_page().model.rowCount():  # type: ignore[attr-defined]
            window.current_page().table.selectRow(0)  # type: ignore[attr-defined]
        yield name
    window.tabs.setCurrentIndex(2)
    cal = window.calendar
    for view, name in ((MONTH, "month"), (WEEK, "week"), (AGENDA, "agenda")):
        cal.set_view(view)
        yield name
    window.tabs.setCurrentIndex(3)
    yield "follow-up"


def _busiest_day(store: Store) -> date:
    with store.session() as s:
        starts = s.scalars(select(m.Event.starts_at).where(m.Event.deleted_at.is_(None))).all()
    days = [x.date() for x in starts]
    return max(set(days), key=days.count) if days else date(2026, 11, 30)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_page_fits(
    qtbot: QtBot,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[Store], MainWindow],
    demo_store: Store,
    size: QSize,
) -> None:
    fix_today(monkeypatch)
    window = make_window(demo_store)
    window.resize(size)
    busy = _busiest_day(demo_store)
    found = window_fits(window, size)
    for name in pages(window):
        if name in ("month", "week"):
            window.calendar.go_to(busy)
        settle(qtbot, window)
        found += [f"[{name}] {x}" for x in misfits(window)]
    assert window.size() == size
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_dialogs_fit(
    qtbot: QtBot,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[Store], MainWindow],
    demo_store: Store,
    size: QSize,
) -> None:
    fix_today(monkeypatch)
    window = make_window(demo_store)
    window.resize(size)
    with demo_store.session() as s:
        event_id = s.scalar(select(m.Minutes.event_id))
        partner_id = s.scalar(select(m.Organization.id))
        project_id = s.scalar(select(m.Project.id))
    dialogs: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("agreements", window.show_agreements),
        ("programmes", window.show_programmes),
        ("rooms", window.show_rooms),
        ("trash", window.show_trash),
        ("report", window.show_report),
        ("roster", lambda: window.scheduling.show_roster(project_id=project_id)),
        ("preferences", lambda: PreferencesDialog(demo_store, window)),
        ("register", window.show_register),
        ("schedule", lambda: ScheduleDialog(demo_store, date(2013, 4, 15), parent=window)),
        ("history", lambda: HistoryDialog(demo_store, "organization", partner_id, "x", window)),
        ("minutes", lambda: open_minutes(demo_store, event_id, window)),
        (
            "event",
            lambda: EventDialog(
                demo_store,
                new_event_input(datetime(2026, 12, 1, 9)),
                window.calendar._choices(),
                window,
            ),
        ),
    ]
    found: list[str] = []
    for name, make in dialogs:
        dialog = make()
        assert dialog is not None, name
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        found += [f"[{name}] {x}" for x in window_fits(dialog, size)]
        if isinstance(dialog, QDialog):
            dialog.done(0)
        else:
            dialog.close()
    assert not found, "\n".join(found)


def test_long_values_fit_the_partner_page(
    qtbot: QtBot, make_window: Callable[[Store], MainWindow], store: Store
) -> None:
    save_partner(
        store,
        PartnerInput(
            LONG_NAME,
            OrgKind.GOVERNMENT,
            short_name="TTNCPTCĐS",
            email=LONG_MAIL,
            website="https://so-thong-tin-truyen-thong.binhduong.gov.vn/gioi-thieu",
            contacts=[
                ContactInput(
                    "Nguyễn Văn Long Tên Rất Dài",
                    title="Phó Giám đốc phụ trách chuyển đổi số",
                    email=LONG_MAIL,
                    phone="0274 3822 123",
                )
            ],
        ),
    )
    window = make_window(store)
    for size in SIZES:
        window.resize(size)
        window.tabs.setCurrentIndex(0)
        window.partners.table.selectRow(0)
        QApplication.processEvents()
        assert LONG_MAIL in window.partners.detail.toPlainText()
        assert not misfits(window), size


def test_search_never_widens_the_window(
    qtbot: QtBot, make_window: Callable[[Store], MainWindow], store: Store
) -> None:
    for i in range(12):
        save_partner(store, PartnerInput(f"{LONG_NAME} {i}", OrgKind.ENTERPRISE, email=LONG_MAIL))
    window = make_window(store)
    for size in SIZES:
        window.resize(size)
        QApplication.processEvents()
        window.focus_search()
        window.search_box.setText("trung tam nghien cuu")
        window.search_results.run()
        QApplication.processEvents()
        qtbot.wait(20)
        assert window.search_results.isVisible()
        assert len(window.search_results.hits) >= 12
        assert window.size() == size, f"{window.size()} after search at {size}"
        assert not misfits(window)
        assert not scroll_areas_fit(window.search_results)
        window.search_results.hide()


def _parallel(store: Store, count: int, day: date) -> None:
    for i in range(count):
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=9, minutes=5 * i)
        data = EventInput(
            kind=EventKind.MEETING,
            title=f"Phiên song song số {i + 1}",
            starts=start,
            ends=start + timedelta(hours=2),
        )
        save_event(store, data, check_conflicts=False)


@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_week_view_shows_five_parallel_events_readably(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[Store], MainWindow],
    store: Store,
    dialogs: DialogDriver,
    width: int,
) -> None:
    day = fix_today(monkeypatch, date(2026, 4, 21))
    editors: list[EventDialog] = []
    dialogs.on(EventDialog, lambda d: (editors.append(d), d.done(0)))
    _parallel(store, 5, day)
    window = make_window(store)
    window.resize(width, 800)
    window.tabs.setCurrentIndex(2)
    window.calendar.set_view(WEEK)
    window.calendar.go_to(day)
    settle(qtbot, window)
    week: WeekView = window.calendar.week
    week.repaint()
    titled = [(rect, row) for rect, row in week._boxes if row.starts.date() == day]
    assert titled, "some events are drawn with their titles"
    for rect, _row in titled:
        assert rect.width() >= MIN_BOX - 2
    hidden = [row for _rect, rows in week.chips for row in rows]
    assert len(titled) + len(hidden) == 5
    if width >= 1920:
        assert len(titled) >= 3
    if hidden:
        opened: list[object] = []
        week.event_activated.connect(opened.append)
        rect, rows = week.chips[0]
        assert week.chip_at(rect.center()) == rows
        qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=rect.center())
        popup = week.hidden_list
        assert popup is not None and popup.isVisible()
        assert popup.count() == len(rows)
        popup.setCurrentRow(popup.count() - 1)
        popup.itemActivated.emit(popup.currentItem())
        assert opened == [rows[-1]]
        assert not popup.isVisible()
        assert [d.title_edit.text() for d in editors] == [rows[-1].title]


SCALED = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication
from coordinator.text.translations import Translations
from coordinator.db import demo
from coordinator.db.store import Store
from coordinator.ui.common.views import elide_headers
from coordinator.ui.main_window import MainWindow
from tests.ui.fit import misfits

app = QApplication(sys.argv)
elide_headers(app)  # as coordinator.app does
Translations(app).install("vi")
tmp = Path(sys.argv[1])
store = Store.open(tmp / "d.sqlite")
demo.load(store)
window = MainWindow(store, "vi", QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
hint = window.minimumSizeHint() * 1.25
problems = []
if hint.width() > 1024 or hint.height() > 700:
    problems.append(f"minimum {hint} device pixels > 1024x700")
# The document dialogs, with room for a title bar: 1024x660 device pixels at most.
from datetime import date
from coordinator.ui.calendar.schedule_dialog import ScheduleDialog
from coordinator.ui.preferences import PreferencesDialog
from coordinator.ui.register.window import RegisterDialog
from coordinator.ui.report.dialog import ReportDialog
for dialog in (
    ReportDialog(store, window),
    PreferencesDialog(store, window),
    ScheduleDialog(store, date(2013, 4, 15), parent=window),
    RegisterDialog(store, window),
):
    needed = dialog.minimumSizeHint() * 1.25
    if needed.width() > 1024 or needed.height() > 660:
        problems.append(f"{type(dialog).__name__} needs {needed} device pixels")
for size in (QSize(1093, 614), QSize(1536, 864)):  # 1366x768 and 1920x1080 at 125 %
    window.resize(size)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        problems += [f"{size} tab {index}: {x}" for x in misfits(window)]
print("\\n".join(problems))
sys.exit(1 if problems else 0)
"""


def test_fits_at_125_percent(tmp_path: Path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="1.25", QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    done = subprocess.run(
        [sys.executable, "-c", SCALED, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_check_sees_what_breaks(qtbot: QtBot) -> None:
    """fit.misfits finds each kind of break it is there for (it is not vacuous)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QTableView, QTextBrowser, QVBoxLayout

    from coordinator.text.html import esc
    from coordinator.ui.common.views import ElidedLabel, detail_browser, one_line

    root = QWidget()
    layout = QVBoxLayout(root)
    wrapping = QLabel(f"Thư: {LONG_MAIL}")
    wrapping.setWordWrap(True)
    clipped = QLabel("31/12/2018 – 31/12/2023")
    elided = ElidedLabel(LONG_MAIL)
    old_page = QTextBrowser()  # Qt's default: wrap anywhere when a word does not fit
    old_page.setHtml(f"<table><tr><td>{LONG_MAIL}</td><td>31/12/2018</td></tr></table>")
    page = detail_browser()
    page.setHtml(f"<p>{esc(LONG_MAIL)}</p>")  # as the app's pages write it
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("31/12/2018"))
    model.setItem(0, 1, QStandardItem(LONG_MAIL))
    cells = QTableView()
    cells.setModel(model)
    cells.setColumnWidth(0, 40)
    calm = QTableView()
    one_line(calm)
    calm.setModel(model)
    calm.setColumnWidth(0, 40)
    for widget in (wrapping, clipped, elided, old_page, page, cells, calm):
        widget.setFixedWidth(150)
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    found = "\n".join(misfits(root))
    assert "word “nguyen.van" in found
    assert "“31/12/2018 – 31/12/2023” needs" in found
    assert "QTextBrowser: line breaks inside" in found
    assert "DetailBrowser" not in found
    assert "ElidedLabel" not in found
    assert "QTableView: cell (0,0) breaks “31/12/2018”" in found
    assert found.count("QTableView") == found.count("breaks “"), found
    assert elided.toolTip() == LONG_MAIL and elided.text().endswith("…")


def test_a_clipped_header_is_a_misfit_until_headers_elide(qtbot: QtBot) -> None:
    """Qt centres a header's text and cuts both ends ("ơn vị tiếp nhậ"); the check
    catches it, and ``elide_headers`` ends it in "…" with the whole text as tooltip."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    from tests.ui.fit import misfits

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Đơn vị tiếp nhận", "Mã"])
    bare = QHeaderView(Qt.Orientation.Horizontal)  # made before any polish: Qt's default
    view = QTableView()
    view.setHorizontalHeader(bare)
    view.setModel(model)
    qtbot.addWidget(view)
    bare.setProperty("elided_tips", True)  # pretend set up, but without eliding
    bare.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setColumnWidth(0, 60)
    view.show()
    qtbot.waitExposed(view)
    assert any("clipped at both ends" in line for line in misfits(view))

    elided = QTableView()  # polished under the conftest's elide_headers
    elided.setModel(model)
    qtbot.addWidget(elided)
    elided.setColumnWidth(0, 60)
    elided.show()
    qtbot.waitExposed(elided)
    header = elided.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert not [line for line in misfits(elided) if "header" in line]


def test_a_chip_draws_whole_lines_only(qtbot: QtBot) -> None:
    """An all-day chip one line high shows one line ending in "…", not a second line
    cut through its letters."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    from coordinator.ui.calendar.week_view import draw_whole_lines

    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    line = painter.fontMetrics().lineSpacing()
    rect = QRect(0, 0, 110, line + line // 2)  # one and a half lines high
    draw_whole_lines(painter, rect, "Hội nghị Thành phố thông minh Eindhoven 2017")
    painter.end()
    inked = [
        y for y in range(40) if any(image.pixelColor(x, y).lightness() < 128 for x in range(120))
    ]
    assert inked and max(inked) < line + 1  # nothing drawn below the first line


@pytest.mark.parametrize("size", [QSize(1024, 700), QSize(1366, 768)])
def test_the_status_bar_keeps_its_widgets_inside_the_window(
    qtbot: QtBot, make_window: Callable[[Store], MainWindow], tmp_path: Path, size: QSize
) -> None:
    """A database in a deep folder: its path gives way in the middle, and neither it nor
    the counts are laid out past the window's right edge."""
    deep = tmp_path / "Thư mục dữ liệu của phòng Hợp tác quốc tế năm 2026" / "coordinator.sqlite"
    window = make_window(Store.open(deep))
    window.resize(size)
    qtbot.wait(20)
    bar = window.statusBar()
    for widget in (window.db_label, window.due_button):
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert widget.isVisible() and right <= window.width(), (widget, right, window.width())
    assert window.db_label.toolTip().endswith("coordinator.sqlite")  # elided, whole in the tip
    assert misfits(bar) == []
