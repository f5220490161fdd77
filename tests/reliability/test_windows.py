"""The safety nets as a coordinator meets them: through the real windows and message boxes."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.app import Application
from coordinator.db import demo
from coordinator.db import models as m
from coordinator.db.backups import list_backups, make_backup
from coordinator.db.location import Risk
from coordinator.db.lock import DatabaseLock
from coordinator.db.queries.partners import PartnerInput, get_partner, save_partner
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind
from coordinator.ui.backups import RestoreDialog
from coordinator.ui.history import HistoryDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.partners.dialog import PartnerDialog
from coordinator.ui.trash import TrashDialog
from tests.reliability.test_backups import damage
from tests.ui.conftest import DialogDriver, type_into
from tests.ui.ops import settle


@pytest.fixture
def app(qtbot: QtBot, qapp: QApplication, settings: QSettings) -> Iterator[Application]:
    application = Application(qapp, settings, "en")
    yield application
    application.close()
    if application.window is not None:
        application.window.close()
        application.window.deleteLater()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    store = Store.open(path)
    demo.load(store)
    store.close()
    return path


def partner_names(store: Store) -> list[str]:
    with store.session() as s:
        return list(
            s.scalars(select(m.Organization.name).where(m.Organization.deleted_at.is_(None)))
        )


def names_in(path: Path) -> list[str]:
    store = Store.open(path, read_only=True)
    try:
        return partner_names(store)
    finally:
        store.close()


def press(button_text: str) -> Callable[[QMessageBox], None]:
    """A message-box handler that clicks the button whose text starts with ``button_text``."""

    def handler(box: QMessageBox) -> None:
        texts = [b.text().replace("&", "") for b in box.buttons()]
        for button in box.buttons():
            if button.text().replace("&", "").startswith(button_text):
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} among {texts}")

    return handler


def answer(
    monkeypatch: pytest.MonkeyPatch, method: str, button: QMessageBox.StandardButton
) -> list[str]:
    """Answer every ``QMessageBox.<method>`` with ``button``; the texts asked are returned."""
    asked: list[str] = []

    def reply(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, method, reply)
    return asked


# --- two people saving one record ----------------------------------------------


@pytest.fixture
def two_editors(
    qtbot: QtBot, demo_file: Path
) -> Iterator[tuple[Store, PartnerDialog, PartnerDialog]]:
    """Two windows (two connections, as two computers would have) editing one partner."""
    mine, theirs = Store.open(demo_file), Store.open(demo_file)
    with mine.session() as s:
        partner_id = s.scalars(select(m.Organization.id).order_by(m.Organization.id)).first()
    assert partner_id is not None
    first = get_partner(mine, partner_id)
    second = get_partner(theirs, partner_id)
    assert first is not None and second is not None
    my_form = PartnerDialog(mine, first.partner, None)
    their_form = PartnerDialog(theirs, second.partner, None)
    their_form.phone.setText("+84 274 3822 000")
    their_form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert their_form.result() == PartnerDialog.DialogCode.Accepted
    my_form.name.setText("Công ty TNHH Ý kiến của tôi")
    yield mine, my_form, their_form
    for form in (my_form, their_form):
        form.deleteLater()
    mine.close()
    theirs.close()


def test_a_later_save_asks_and_loading_theirs_shows_their_phone(
    two_editors: tuple[Store, PartnerDialog, PartnerDialog], dialogs: DialogDriver
) -> None:
    mine, my_form, _ = two_editors
    dialogs.on(QMessageBox, press("Load their version"))
    my_form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(dialogs.seen) == 1
    assert "after you opened it" in dialogs.seen[0].text()
    assert my_form.result() != PartnerDialog.DialogCode.Accepted  # the form stays open
    assert my_form.phone.text() == "+84 274 3822 000"
    assert "Ý kiến của tôi" not in my_form.name.text()
    assert not any("Ý kiến" in n for n in partner_names(mine))
    assert not my_form.is_dirty()  # what is shown is what is stored


def test_keeping_mine_as_a_copy_saves_a_second_partner(
    two_editors: tuple[Store, PartnerDialog, PartnerDialog], dialogs: DialogDriver
) -> None:
    mine, my_form, _ = two_editors
    before = len(partner_names(mine))
    dialogs.on(QMessageBox, press("Keep mine as a copy"))
    my_form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert my_form.result() == PartnerDialog.DialogCode.Accepted
    names = partner_names(mine)
    assert len(names) == before + 1
    assert "Công ty TNHH Ý kiến của tôi (copy)" in names
    original = get_partner(mine, my_form._id or 0)
    assert original is not None and original.partner.phone == "+84 274 3822 000"


def test_cancel_keeps_every_typed_letter_and_saves_nothing(
    two_editors: tuple[Store, PartnerDialog, PartnerDialog], dialogs: DialogDriver
) -> None:
    mine, my_form, _ = two_editors
    before = partner_names(mine)
    dialogs.on(QMessageBox, press("Cancel"))
    my_form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert my_form.result() != PartnerDialog.DialogCode.Accepted
    assert my_form.name.text() == "Công ty TNHH Ý kiến của tôi"
    assert partner_names(mine) == before


# --- trash and history ------------------------------------------------------------


def test_a_deleted_partner_comes_back_from_the_trash_and_ctrl_z_returns_it(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = demo_window.partners
    tab.table.selectRow(0)
    target = tab.model.index(0, 0).data()
    answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert target not in partner_names(demo_window.store)

    qtbot.keyClick(
        demo_window,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    trash = demo_window.findChild(TrashDialog)
    assert trash is not None and trash.isVisible()
    type_into(qtbot, trash.filter, target[:6])
    qtbot.waitUntil(lambda: [r.title for r in trash.rows] == [target])
    assert trash.table.item(0, 0).text() == "Partner"
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert target in partner_names(demo_window.store)
    assert trash.rows == []
    assert trash.empty.isVisible()
    assert target in demo_window.statusBar().currentMessage()
    model = tab.model
    assert target in [model.index(r, 0).data() for r in range(model.rowCount())]

    trash.close()
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert target not in partner_names(demo_window.store)
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert target in partner_names(demo_window.store)  # and the delete itself undone


def test_the_history_button_shows_who_changed_which_field(qtbot: QtBot, demo_store: Store) -> None:
    with demo_store.session() as s:
        partner_id = s.scalars(select(m.Organization.id)).first()
    assert partner_id is not None
    loaded = get_partner(demo_store, partner_id)
    assert loaded is not None
    old_phone = loaded.partner.phone
    form = PartnerDialog(demo_store, loaded.partner, None)
    qtbot.addWidget(form)
    assert form.history_button.isVisible() or not form.isVisible()
    form.phone.setText("0274 3822 999")
    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    reloaded = get_partner(demo_store, partner_id)
    assert reloaded is not None
    again = PartnerDialog(demo_store, reloaded.partner, None)
    qtbot.addWidget(again)
    qtbot.mouseClick(again.history_button, Qt.MouseButton.LeftButton)
    history = again.findChild(HistoryDialog)
    assert history is not None and history.isVisible()
    table = history.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0][2] == "Partner changed"
    assert rows[0][3].endswith("→ 0274 3822 999")
    assert (old_phone or "∅") in rows[0][3]
    assert rows[0][1]  # the computer's user
    assert rows[-1][2] == "Partner created"
    history.close()


def test_a_new_record_has_no_history_button(qtbot: QtBot, store: Store) -> None:
    form = PartnerDialog(store, None, None)
    qtbot.addWidget(form)
    form.show()
    assert not form.history_button.isVisible()
    form.hide()


# --- backups from the File menu ---------------------------------------------------


def test_back_up_now_writes_a_backup_and_says_where(qtbot: QtBot, demo_window: MainWindow) -> None:
    assert list_backups(demo_window.store.path) == []
    qtbot.keyClick(
        demo_window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle()  # the backup runs off the window's thread
    made = list_backups(demo_window.store.path)
    assert [b.reason for b in made] == ["manual"]
    assert made[0].database.exists()
    assert str(made[0].folder) in demo_window.statusBar().currentMessage()


def test_restore_from_the_file_menu_brings_back_the_backup_and_keeps_the_current_file(
    app: Application,
    demo_file: Path,
    dialogs: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert app.open(demo_file)
    app.wait_for_backup()  # the daily backup, made on opening
    assert app.store is not None
    before = partner_names(app.store)
    save_partner(
        app.store, PartnerInput(name="Đối tác thêm sau khi sao lưu", kind=OrgKind.ENTERPRISE.value)
    )
    asked = answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)

    def choose(dialog: RestoreDialog) -> None:
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == "daily, on start"
        dialog.restore_button.click()

    dialogs.on(RestoreDialog, choose)
    assert app.window is not None
    app.window.restore_action.trigger()
    settle()  # the backup's full check runs off the window's thread, then the swap
    assert len(asked) == 1 and "office.sqlite" in asked[0]
    assert sorted(partner_names(app.store)) == sorted(before)
    kept = list(demo_file.parent.glob("office-before-restore-*.sqlite"))
    assert len(kept) == 1
    assert "Đối tác thêm sau khi sao lưu" in names_in(kept[0])
    message = app.window.statusBar().currentMessage()
    assert "Restored from the backup" in message and kept[0].name in message


def test_restore_is_not_done_when_the_user_says_cancel(
    app: Application, demo_file: Path, dialogs: DialogDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.open(demo_file)
    app.wait_for_backup()
    assert app.store is not None and app.window is not None
    save_partner(app.store, PartnerInput(name="Đối tác ở lại", kind=OrgKind.ENTERPRISE.value))
    answer(monkeypatch, "question", QMessageBox.StandardButton.Cancel)
    dialogs.on(RestoreDialog, lambda d: d.restore_button.click())
    store = app.store
    app.window.restore_action.trigger()
    assert app.store is store
    assert "Đối tác ở lại" in partner_names(app.store)
    assert not list(demo_file.parent.glob("*-before-restore-*"))


# --- opening a file that is unsafe to write ---------------------------------------


def test_a_file_in_use_elsewhere_opens_read_only_when_the_user_agrees(
    app: Application, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = DatabaseLock(demo_file)
    assert other.acquire() is None  # "another copy of the app" holds the file
    try:
        asked = answer(monkeypatch, "question", QMessageBox.StandardButton.Cancel)
        assert not app.open(demo_file)
        assert app.window is None
        assert "already open in Coordinator" in asked[0] and "office.sqlite" in asked[0]

        answer(monkeypatch, "question", QMessageBox.StandardButton.Open)
        assert app.open(demo_file)
        assert app.store is not None and app.store.read_only
        assert app.window is not None
        assert app.window.read_only_label.isVisible()
        assert "read-only" in app.window.windowTitle()
        assert app.lock is None  # the other copy keeps its lock
        assert other.holder() is not None
    finally:
        other.release()


def test_a_file_on_a_network_drive_is_opened_read_only_after_a_warning(
    app: Application, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coordinator.app.risks", lambda _path: [Risk.NETWORK])
    warned = answer(monkeypatch, "warning", QMessageBox.StandardButton.Open)
    assert app.open(demo_file)
    assert "network drive" in warned[0]
    assert app.store is not None and app.store.read_only
    assert list_backups(demo_file) == []  # no daily backup written beside a read-only file
    assert not DatabaseLock(demo_file).path.exists()

    warned = answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    store = app.store
    assert not app.open(demo_file)
    assert app.store is store


def test_a_damaged_file_offers_its_newest_good_backup(
    app: Application, demo_file: Path, dialogs: DialogDriver
) -> None:
    make_backup(demo_file, "manual")
    expected = len(names_in(list_backups(demo_file)[0].database))
    demo_file.write_bytes(b"not a database at all " * 500)
    damaged = demo_file.read_bytes()
    dialogs.on(QMessageBox, press("Restore the backup of"))
    assert app.open(demo_file)
    assert "is not a Coordinator database" in dialogs.seen[0].text()
    assert app.store is not None and len(partner_names(app.store)) == expected
    kept = list(demo_file.parent.glob("office-before-restore-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_damage_inside_the_file_is_found_before_any_window_shows(
    app: Application, demo_file: Path, dialogs: DialogDriver
) -> None:
    """The file's full check runs while the window is built; a window built from a
    damaged file is thrown away unseen."""
    make_backup(demo_file, "manual")
    expected = len(names_in(list_backups(demo_file)[0].database))
    damage(demo_file)  # the header and the revision still read well
    damaged = demo_file.read_bytes()
    windows_seen: list[int] = []

    def restore_when_asked(box: QMessageBox) -> None:
        windows_seen.append(
            sum(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        press("Restore the backup of")(box)

    dialogs.on(QMessageBox, restore_when_asked)
    assert app.open(demo_file)
    assert "is damaged" in dialogs.seen[0].text() and windows_seen == [0]
    assert app.store is not None and len(partner_names(app.store)) == expected
    kept = list(demo_file.parent.glob("office-before-restore-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_a_damaged_file_without_backups_changes_nothing_and_can_open_another(
    app: Application,
    demo_file: Path,
    tmp_path: Path,
    dialogs: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"\x00\xff" * 4096)
    dialogs.on(QMessageBox, press("Close"))
    assert not app.open(broken)
    box = dialogs.seen[0]
    assert not any(b.text().startswith("Restore") for b in box.buttons())
    assert broken.read_bytes() == b"\x00\xff" * 4096
    assert app.window is None

    dialogs.on(QMessageBox, press("Open another file"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(demo_file), "")
    )
    assert app.open(broken)
    assert app.store is not None and app.store.path == demo_file
    assert broken.read_bytes() == b"\x00\xff" * 4096


def test_a_read_only_window_greys_out_what_would_write(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    store = Store.open(demo_file, read_only=True)
    try:
        window = make_window(store)
        for action in (
            window.new_action,
            window.delete_action,
            window.trash_action,
            window.restore_action,
            window.plan_action,
            window.import_action,
        ):
            assert not action.isEnabled(), action.text()
            assert "read-only" in action.toolTip()
        for action in (window.find_action, window.report_action, window.export_action):
            assert action.isEnabled(), action.text()
        before = partner_names(store)
        window.partners.table.selectRow(0)
        window.partners.table.setFocus()
        qtbot.keyClick(window.partners.table, Qt.Key.Key_Delete)
        assert partner_names(store) == before

        loaded = get_partner(store, 1)
        assert loaded is not None
        form = PartnerDialog(store, loaded.partner, window)
        save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled() and "read-only" in save.toolTip()
        form.name.setText("Không lưu được")
        form.reject()  # nothing could be saved, so nothing is asked
        assert form.result() == PartnerDialog.DialogCode.Rejected
        window.close()
    finally:
        store.close()


# --- undo of edits -----------------------------------------------------------------


def _phone(store: Store, partner_id: int) -> str | None:
    loaded = get_partner(store, partner_id)
    assert loaded is not None
    return loaded.partner.phone


def _edit_phone(qtbot: QtBot, dialogs: DialogDriver, window: MainWindow, phone: str) -> int:
    def fill(d: PartnerDialog) -> None:
        d.phone.setText(phone)
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    dialogs.on(PartnerDialog, fill)
    tab = window.partners
    tab.table.selectRow(0)
    partner_id = tab.current_id()
    assert partner_id is not None
    tab.edit_selected()
    return partner_id


def test_ctrl_z_undoes_a_partner_edit_and_ctrl_shift_z_redoes_it(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    store = demo_window.store
    partner_id = _edit_phone(qtbot, dialogs, demo_window, "0274 3999 999")
    assert _phone(store, partner_id) == "0274 3999 999"
    assert demo_window.undo_stack.count() == 1
    assert "Ctrl+Z" in demo_window.statusBar().currentMessage()
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _phone(store, partner_id) != "0274 3999 999"
    undone = _phone(store, partner_id)
    qtbot.keyClick(
        demo_window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _phone(store, partner_id) == "0274 3999 999"
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _phone(store, partner_id) == undone


def test_undo_never_overwrites_a_change_made_since_elsewhere(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = demo_window.store
    partner_id = _edit_phone(qtbot, dialogs, demo_window, "0274 3999 999")
    elsewhere = Store.open(store.path)  # a colleague's computer
    try:
        theirs = get_partner(elsewhere, partner_id)
        assert theirs is not None
        theirs.partner.phone = "0274 3111 111"
        save_partner(elsewhere, theirs.partner)
    finally:
        elsewhere.close()
    warned = answer(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    assert demo_window.undo_stack.count() == 1
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _phone(store, partner_id) == "0274 3111 111"
    assert len(warned) == 1 and "changed since" in warned[0]
    assert demo_window.undo_stack.count() == 0


def test_undoing_a_new_project_puts_it_in_the_trash(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    from coordinator.ui.projects.dialog import ProjectDialog

    def fill(d: ProjectDialog) -> None:
        type_into(qtbot, d.code, "UNDO-01")
        type_into(qtbot, d.title_edit, "Dự án thử hoàn tác")
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    dialogs.on(ProjectDialog, fill)
    demo_window.tabs.setCurrentIndex(1)
    qtbot.keyClick(demo_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.seen and dialogs.seen[0].result() == ProjectDialog.DialogCode.Accepted

    def codes() -> list[str]:
        with demo_window.store.session() as s:
            return list(s.scalars(select(m.Project.code).where(m.Project.deleted_at.is_(None))))

    assert "UNDO-01" in codes()
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "UNDO-01" not in codes()
    trash = demo_window.show_trash()
    assert any(r.title.startswith("UNDO-01") for r in trash.rows)
    trash.close()


# --- a file the disk fails to read while it opens --------------------------------


def test_a_disk_that_fails_while_a_file_opens_is_said_and_the_file_let_go(
    app: Application, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.db.errors import DamagedDatabaseError, StorageIOError
    from coordinator.db.lock import lock_path
    from coordinator.text.errors import in_use_error_text

    said = answer(monkeypatch, "critical", QMessageBox.StandardButton.Ok)

    def failing(*_args: object, **_kw: object) -> Store:
        raise StorageIOError("disk I/O error")

    with monkeypatch.context() as patch:  # the disk fails; the file itself is whole
        patch.setattr(Store, "open", failing)
        assert not app.open(demo_file)
    assert said == [in_use_error_text(StorageIOError(""))]  # a message, not the crash dialog
    assert not lock_path(demo_file).exists()  # nobody holds the file
    assert app.window is None and app.store is None

    # Building the window meets an unreadable page, and the check finds the file damaged:
    # its backups are offered, and the file is let go.
    recovered: list[BaseException] = []

    def unreadable(*_args: object) -> MainWindow:
        raise StorageIOError("disk I/O error")

    def damaged(_path: Path) -> None:
        raise DamagedDatabaseError("malformed")

    monkeypatch.setattr(Application, "_new_window", unreadable)
    monkeypatch.setattr("coordinator.db.backups.quick_check", damaged)
    monkeypatch.setattr(Application, "_recover", lambda _s, _p, exc: recovered.append(exc))
    app.open(demo_file)
    assert [type(e) for e in recovered] == [DamagedDatabaseError]
    assert not lock_path(demo_file).exists()
