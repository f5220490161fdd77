"""The file's condition, said in one line a coordinator can act on: busy (another process
holds the write lock), full (SQLite's ``max_page_count`` makes the file full: SQLITE_FULL),
never a traceback, never SQLAlchemy's words, nothing half-written, the form kept.
A database error that is none of these is a bug and stays one (the crash dialog)."""

import multiprocessing
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from coordinator.cli import main
from coordinator.db import store as store_module
from coordinator.db.errors import (
    BusyError,
    DamagedDatabaseError,
    DiskFullError,
    ReadOnlyError,
    StorageIOError,
    classify,
)
from coordinator.db.queries.partners import PartnerInput, get_partner, save_partner
from coordinator.db.store import Store
from coordinator.text.errors import in_use_error_text
from coordinator.ui.partners.dialog import PartnerDialog
from tests.reliability import racers

SPAWN = multiprocessing.get_context("spawn")
BUSY = (
    "coordinator: Tệp cơ sở dữ liệu đang bận — một cửa sổ hoặc lệnh khác đang ghi vào tệp; "
    "vui lòng thử lại sau giây lát.\n"
)
FULL = (
    "coordinator: Ổ đĩa chứa cơ sở dữ liệu đã đầy nên chưa lưu được gì. Hãy giải phóng bớt "
    "dung lượng rồi thử lại.\n"
)
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//So//So//VI
BEGIN:VEVENT
UID:giao-ban-1@so.vn
DTSTART:20261123T010000Z
DTEND:20261123T020000Z
SUMMARY:Họp giao ban tuần
DESCRIPTION:{long}
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A file with one partner typed by hand, closed."""
    path = tmp_path / "so.sqlite"
    store = Store.open(path)
    save_partner(store, PartnerInput("Sở Thông tin và Truyền thông", "government"))
    store.close()
    return path


@pytest.fixture
def another_writer(db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another process holds the file's write lock (an import in another window) for the
    test's length; this process waits half a second for it."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.5)
    held, release = SPAWN.Event(), SPAWN.Event()
    holder = SPAWN.Process(target=racers.hold_write_lock, args=(str(db), held, release))
    holder.start()
    try:
        assert held.wait(timeout=120)
        yield
    finally:
        release.set()
        holder.join(timeout=60)
        if holder.is_alive():
            holder.kill()
    assert holder.exitcode == 0


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection the store opens from now on may not grow the file by a page."""
    real = store_module._set_pragmas

    def full(dbapi_conn: Any, record: Any) -> None:
        real(dbapi_conn, record)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(store_module, "_set_pragmas", full)


def _names(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [n for (n,) in conn.execute("SELECT name FROM organization ORDER BY id")]


def _events(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM event").fetchone()[0])


def _calendar(tmp_path: Path) -> Path:
    path = tmp_path / "lich.ics"
    path.write_text(ICS.replace("{long}", "Nội dung cuộc họp. " * 20000), encoding="utf-8")
    return path


def _partner_list(tmp_path: Path) -> Path:
    path = tmp_path / "doi-tac.csv"
    rows = [f"{i},Trường Đại học số {i}" for i in range(1, 400)]
    path.write_text("STT,Tên đơn vị\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


IMPORTS: dict[str, Callable[[Path], Path]] = {"calendar": _calendar, "list": _partner_list}


@pytest.mark.parametrize("kind", list(IMPORTS))
@pytest.mark.usefixtures("another_writer")
def test_an_import_while_another_writes_waits_then_says_busy_in_one_line(
    kind: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = IMPORTS[kind](tmp_path)
    extra = ["--as", "partners"] if kind == "list" else []
    began = time.monotonic()
    assert main(["import", str(source), "--db", str(db), *extra]) == 1
    waited = time.monotonic() - began
    assert capsys.readouterr().err == BUSY
    assert 0.5 <= waited < 15  # the bounded wait, then the message
    assert _events(db) == 0 and _names(db) == ["Sở Thông tin và Truyền thông"]


@pytest.mark.parametrize("kind", list(IMPORTS))
@pytest.mark.usefixtures("full_disk")
def test_an_import_onto_a_full_disk_says_so_in_one_line_and_writes_nothing(
    kind: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = IMPORTS[kind](tmp_path)
    extra = ["--as", "partners"] if kind == "list" else []
    assert main(["import", str(source), "--db", str(db), *extra]) == 1
    assert capsys.readouterr().err == FULL
    assert _events(db) == 0 and _names(db) == ["Sở Thông tin và Truyền thông"]


@pytest.mark.usefixtures("full_disk")
def test_the_demo_onto_a_full_disk_says_so_in_one_line_and_leaves_the_file_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "trong.sqlite"
    Store.open(empty).close()
    assert main(["demo", "--db", str(empty)]) == 1
    assert capsys.readouterr().err == FULL
    assert _names(empty) == [] and _events(empty) == 0


def _save_partner_in_a_form(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, notes: str
) -> tuple[PartnerDialog, list[str]]:
    said: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_: Any) -> None:
        said.append(text)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog = PartnerDialog(store, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Trường Đại học Thủ Dầu Một")
    dialog.notes.setPlainText(notes)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog, said


def _kept(dialog: PartnerDialog, notes: str) -> None:
    assert dialog.isVisible() and dialog.result() == 0  # not closed, nothing lost
    assert dialog.name.text() == "Trường Đại học Thủ Dầu Một"
    assert dialog.notes.toPlainText() == notes


@pytest.mark.usefixtures("another_writer")
def test_a_window_save_while_another_writes_says_busy_and_keeps_the_form(
    db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(db)
    try:
        dialog, said = _save_partner_in_a_form(store, qtbot, monkeypatch, "Ghi chú")
        try:
            assert said == [
                "The partner could not be saved: " + in_use_error_text(BusyError("")),
            ]
            assert "SQL" not in said[0] and "http" not in said[0]
            _kept(dialog, "Ghi chú")
            assert _names(db) == ["Sở Thông tin và Truyền thông"]
        finally:
            dialog.done(0)  # a changed form left open would ask at teardown
    finally:
        store.close()


@pytest.mark.usefixtures("full_disk")
def test_a_window_save_onto_a_full_disk_says_so_and_keeps_the_form(
    db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(db)
    notes = "Biên bản ghi nhớ hợp tác. " * 20000  # more than the file may grow
    try:
        dialog, said = _save_partner_in_a_form(store, qtbot, monkeypatch, notes)
        try:
            assert said == [
                "The partner could not be saved: " + in_use_error_text(DiskFullError("")),
            ]
            _kept(dialog, notes)
        finally:
            dialog.done(0)
    finally:
        store.close()
    assert _names(db) == ["Sở Thông tin và Truyền thông"]  # nothing half-written


def _sqlite_error(code: int, text: str) -> OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return OperationalError("UPDATE organization …", {}, error)


def test_database_errors_are_classified_by_sqlite_code_and_the_rest_left_as_bugs() -> None:
    extended_ioerr_write = 10 | (3 << 8)  # SQLITE_IOERR_WRITE
    assert isinstance(classify(_sqlite_error(5, "database is locked")), BusyError)
    assert isinstance(classify(_sqlite_error(6, "database table is locked")), BusyError)
    assert isinstance(classify(_sqlite_error(13, "database or disk is full")), DiskFullError)
    assert isinstance(classify(_sqlite_error(8, "attempt to write a readonly")), ReadOnlyError)
    assert isinstance(classify(_sqlite_error(extended_ioerr_write, "disk I/O")), StorageIOError)
    assert isinstance(classify(_sqlite_error(11, "malformed")), DamagedDatabaseError)
    assert isinstance(classify(_sqlite_error(26, "file is not a database")), DamagedDatabaseError)
    assert classify(_sqlite_error(1, "no such column: nme")) is None  # a bug
    assert classify(_sqlite_error(19, "UNIQUE constraint failed")) is None  # a bug
    assert classify(ValueError("not from the database")) is None


def test_a_reading_session_never_waits_for_a_writer(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lists are read while an import holds the file: the window does not freeze."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 5.0)
    writer, reader = Store.open(db), Store.open(db)
    try:
        with writer.session() as s:
            s.connection()  # the write lock, held
            began = time.monotonic()
            read = get_partner(reader, 1)
            assert read is not None and read.partner.name == "Sở Thông tin và Truyền thông"
            assert time.monotonic() - began < 2
            with pytest.raises(BusyError):  # a second writer is told, after its wait
                save_partner(reader, PartnerInput("Tập đoàn IBM", "enterprise"))
    finally:
        writer.close()
        reader.close()


def test_the_windows_hook_says_a_store_error_and_sends_a_bug_to_the_crash_dialog(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change outside a form (Ctrl+D in the follow-up list, a drag in the calendar) that
    meets a busy or full file is said as a form would say it; anything else is a bug."""
    from coordinator.app import install_crash_hook

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_: shown.append(("w", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, t, _x, *_: shown.append(("c", t)))
    monkeypatch.setattr("sys.excepthook", None)
    install_crash_hook()
    for error in (BusyError("x"), DiskFullError("x"), StorageIOError("x")):
        sys.excepthook(type(error), error, None)
    bug = _sqlite_error(19, "UNIQUE constraint failed: project.code")
    sys.excepthook(type(bug), bug, None)
    assert shown == [
        ("w", in_use_error_text(BusyError("x"))),
        ("w", in_use_error_text(DiskFullError("x"))),
        ("w", in_use_error_text(StorageIOError("x"))),
        ("c", "Unexpected error"),
    ]
