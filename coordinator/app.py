"""Builds the running application: locale, translations, settings, store and window."""

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from coordinator import logs, paths
from coordinator.db import backups, demo
from coordinator.db.errors import (
    BusyError,
    DamagedDatabaseError,
    NotADatabaseError,
    NotAFileError,
    NotWritableError,
    ReadOnlyError,
    RestoreError,
    StorageIOError,
    StoreError,
)
from coordinator.db.files import existing_file
from coordinator.db.location import Risk, risks
from coordinator.db.lock import TOUCH_EVERY, DatabaseLock, Holder
from coordinator.db.migrate import MigrationError
from coordinator.db.store import Store
from coordinator.domain.timezone import to_local
from coordinator.text import labels
from coordinator.text.errors import IN_USE_ERRORS, in_use_error_text, store_error_text
from coordinator.text.translations import LANGUAGES, Translations
from coordinator.ui.common.operation import Operation
from coordinator.ui.common.views import elide_headers
from coordinator.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Application:
    """Owns the store and the window; swaps either when the user opens a file or a language.

    Opening a file: a file on a network drive or one the user may not write is
    opened read-only (after a warning); a file another copy of the app holds is
    opened read-only if the user agrees; a damaged one is not opened at all and
    the user is offered its newest good backup. A writable file gets a backup on
    start when the newest is more than a day old.
    """

    def __init__(self, qapp: QApplication, settings: QSettings, language: str | None) -> None:
        self.qapp = qapp
        self.settings = settings
        saved = settings.value("language", "vi")
        self.language = language or (saved if saved in LANGUAGES else "vi")
        self.translations = Translations(qapp)
        self.translations.install(self.language)
        elide_headers(qapp)
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.lock: DatabaseLock | None = None
        self._backup: Operation[backups.Backup] | None = None
        self._touch = QTimer()
        self._touch.setInterval(TOUCH_EVERY * 1000)
        self._touch.timeout.connect(self._touch_lock)
        self._touch.start()
        qapp.aboutToQuit.connect(self.close)

    def start(self, db_path: Path) -> bool:
        if not self.open(db_path):
            return False
        self._offer_demo()
        return True

    def open(self, path: Path, read_only: bool = False) -> bool:
        path = Path(path)
        try:
            existing_file(path)  # a folder, device or pipe: refused before any lock or read
        except NotAFileError as exc:
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("Application", "Open database"),
                store_error_text(path, exc),
            )
            return False
        if not read_only:
            found = risks(path)
            if found and not self._accept_read_only(path, found):
                return False
            read_only = bool(found)
        lock: DatabaseLock | None = None
        if not read_only:
            lock = self._lock_for(path)
            try:
                holder = lock.acquire() if not lock.held else None
            except OSError as exc:  # its folder cannot be made: a file stands in the way
                QMessageBox.critical(
                    self.window,
                    QCoreApplication.translate("Application", "Open database"),
                    store_error_text(path, StoreError(exc.strerror or str(exc))),
                )
                return False
            if holder is not None:
                if not self._accept_in_use(path, holder):
                    return False
                lock, read_only = None, True
        # The file's check reads all of it; it runs while the window is built.
        check = _start_check(path)
        store: Store | None = None
        window: MainWindow | None = None
        try:
            store = Store.open(path, read_only=read_only, check=check)
            window = self._new_window(store)
            if check is not None:
                check.result()
        except (StoreError, MigrationError) as exc:
            self._discard(store, window)
            if lock is not None and lock is not self.lock:
                lock.release()
            if isinstance(exc, StorageIOError) and check is not None:
                # A page that cannot be read, met while building the window: the check
                # says whether the file is damaged.
                exc = _damage_found(check) or exc
            if isinstance(exc, DamagedDatabaseError | NotADatabaseError):
                return self._recover(path, exc)
            log.warning("%s was not opened: %s", path, exc)
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("Application", "Open database"),
                store_error_text(path, exc),
            )
            return False
        self._swap(store, lock, window)
        if not read_only and backups.backup_due(path):
            self._backup_in_background(path)
        return True

    def _lock_for(self, path: Path) -> DatabaseLock:
        """The lock this app holds already when it opens its own file again."""
        if self.lock is not None and self.store is not None and self.store.path == path:
            return self.lock
        return DatabaseLock(path)

    def _swap(
        self, store: Store, lock: DatabaseLock | None, window: MainWindow | None = None
    ) -> None:
        old, old_lock = self.store, self.lock
        self.store, self.lock = store, lock
        self._show_window(window or self._new_window(store))
        if old is not None:
            old.close()
        if old_lock is not None and old_lock is not lock:
            old_lock.release()
        self.settings.setValue("last_database", str(store.path))

    @staticmethod
    def _discard(store: Store | None, window: MainWindow | None) -> None:
        """What was opened for a file found damaged: nothing of it stays."""
        if window is not None:
            window.deleteLater()
        if store is not None:
            store.close()

    def close(self) -> None:
        """Close the file and let it go: the backup finishes first, the lock is released."""
        self.wait_for_backup()
        if self.store is not None:
            self.store.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _touch_lock(self) -> None:
        if self.lock is not None:
            self.lock.touch()

    # --- questions ---------------------------------------------------------------
    def _accept_read_only(self, path: Path, found: list[Risk]) -> bool:
        if Risk.NETWORK in found:
            text = QCoreApplication.translate(
                "Application",
                "“%1” is on a network drive. Two computers writing the same database over the "
                "network can damage it, so Coordinator will open it read-only. Copy the file "
                "to this computer to work on it.",
            )
        else:
            text = QCoreApplication.translate(
                "Application",
                "You are not allowed to change “%1” or its folder, so Coordinator will open it "
                "read-only.",
            )
        answer = QMessageBox.warning(
            self.window,
            QCoreApplication.translate("Application", "Open read-only"),
            labels.arg(text, str(path)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Open,
        )
        return answer == QMessageBox.StandardButton.Open

    def _accept_in_use(self, path: Path, holder: Holder) -> bool:
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Application", "Database in use"),
            labels.arg(
                QCoreApplication.translate(
                    "Application",
                    "“%1” is already open in Coordinator by %2 on computer %3 (since %4). "
                    "Open it read-only? You can read everything but save nothing.",
                ),
                path.name,
                holder.user,
                holder.host,
                holder.since[11:16] + " " + holder.since[8:10] + "/" + holder.since[5:7],
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def _recover(self, path: Path, exc: StoreError) -> bool:
        """The file is damaged: offer its newest good backup, or another file."""
        log.warning("%s was not opened: %s", path, exc)
        good = backups.newest_good(path)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "Open database"),
            store_error_text(path, exc),
            parent=self.window,
        )
        restore = None
        if good is not None:
            restore = box.addButton(
                labels.arg(
                    QCoreApplication.translate("Application", "Restore the backup of %1"),
                    labels.fmt_datetime(good.made_at),
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
        other = box.addButton(
            QCoreApplication.translate("Application", "Open another file…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore and good is not None:
            return self.restore(path, good.database)
        if clicked is other:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("Application", "Open database"),
                str(path.parent),
                QCoreApplication.translate(
                    "Application", "Coordinator databases (*.sqlite *.db);;All files (*)"
                ),
            )
            return bool(chosen) and self.open(Path(chosen))
        return False

    # --- backups -----------------------------------------------------------------
    def _restore_requested(self, backup_file: Path) -> Operation[str]:
        """File → Restore: the backup's full check (it reads all of it) runs while the
        window stays live, with what would conflict greyed out; then the swap."""
        path = self.store_path()

        def checked(_revision: str) -> None:
            self.restore(path, backup_file, checked=True)

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, StoreError | OSError):
                raise exc
            self._unusable_backup(backup_file, exc)

        return (
            Operation(self.window, lambda _progress: backups.check_backup(backup_file))
            .with_progress(QCoreApplication.translate("Application", "Checking the backup…"), None)
            .writes()
            .success(checked)
            .failure(refused)
            .run()
        )

    def restore(self, path: Path, backup_file: Path, *, checked: bool = False) -> bool:
        """Check ``backup_file`` (unless ``checked`` already), put it in place of ``path``
        and open it; keep the old file."""
        if not checked:
            try:
                backups.check_backup(backup_file)  # Coordinator's, of a known revision, whole
            except (StoreError, OSError) as exc:
                self._unusable_backup(backup_file, exc)
                return False
        self.wait_for_backup()
        holding = self.store is not None and self.store.path == path
        if holding and self.store is not None:
            self.store.close()
        try:
            aside = backups.restore(path, backup_file, checked=True)
        except (StoreError, OSError) as exc:
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("Application", "Restore"),
                store_error_text(path, exc)
                if isinstance(exc, RestoreError | NotWritableError | BusyError)
                else labels.arg(
                    QCoreApplication.translate(
                        "Application", "The backup could not be restored: %1"
                    ),
                    exc,
                ),
            )
            return bool(holding) and self.open(path)
        if not self.open(path):
            return False
        assert self.window is not None
        said = labels.arg(
            QCoreApplication.translate("Application", "Restored from the backup of %1."),
            labels.fmt_datetime(_made_at(backup_file)),
        )
        if aside is not None:
            said += " " + labels.arg(
                QCoreApplication.translate("Application", "The replaced file is kept as %1."),
                aside.name,
            )
        self.window.statusBar().showMessage(said, 15000)
        return True

    def _unusable_backup(self, backup_file: Path, exc: StoreError | OSError) -> None:
        QMessageBox.critical(
            self.window,
            QCoreApplication.translate("Application", "Restore"),
            labels.arg(
                QCoreApplication.translate(
                    "Application", "“%1” is not a usable backup, and nothing was changed: %2"
                ),
                str(backup_file),
                store_error_text(backup_file, exc) if isinstance(exc, StoreError) else exc,
            ),
        )

    def _backup_in_background(self, path: Path) -> None:
        """The daily backup: off the window's thread, said in the status bar when done.
        It writes: Back up now, Restore and Open are greyed out meanwhile."""

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError | StoreError | MigrationError):
                raise exc
            log.error("daily backup of %s failed", path, exc_info=exc)
            self._say(
                QCoreApplication.translate("Application", "The daily backup failed; see the log.")
            )

        self._backup = (
            Operation(None, lambda _progress: backups.make_backup(path, "daily"))
            .writes()
            .success(
                lambda _backup: self._say(
                    QCoreApplication.translate("Application", "Daily backup made.")
                )
            )
            .failure(failed)
            .run()
        )

    def wait_for_backup(self) -> None:
        """Let the daily backup finish (before closing or replacing its file)."""
        if self._backup is not None:
            self._backup.wait()
            self._backup = None

    def _say(self, text: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, 8000)

    def _offer_demo(self) -> None:
        assert self.store is not None and self.window is not None
        if self.store.read_only or not demo.is_empty(self.store):
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Application", "Welcome to Coordinator"),
            QCoreApplication.translate(
                "Application",
                "This database is empty. Load the demo data (the volunteer corps' mission, the "
                "agreements and the twinning programme) to try Coordinator out?",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            demo.load(self.store)
            # The counts were read (empty) while this question was open: read them again.
            self.window.data_replaced()
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Application", "Demo data loaded."), 5000
            )

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.settings.setValue("language", language)
        self.translations.install(language)
        self._build_window()  # every widget is built again, in the new language

    def _build_window(self) -> None:
        assert self.store is not None
        self._show_window(self._new_window(self.store))

    def _new_window(self, store: Store) -> MainWindow:
        window = MainWindow(store, self.language, self.settings)
        window.open_database_requested.connect(self.open)
        window.language_requested.connect(self.set_language)
        window.restore_requested.connect(self._restore_requested)
        return window

    def _show_window(self, window: MainWindow) -> None:
        """Show ``window`` in place of the one before, in the place that one had."""
        old = self.window
        if old is not None:
            old.save_state()
        window.restore_state()
        window.show()
        self.window = window
        if old is not None:
            old.hide()
            old.deleteLater()

    def store_path(self) -> Path:
        assert self.store is not None
        return self.store.path


def _start_check(path: Path) -> Operation[None] | None:
    """The file's ``quick_check``, begun now on a thread of its own while the window is
    built; the caller takes its result before showing anything. None for a new file."""
    if not backups.worth_checking(path):
        return None
    return (
        Operation(None, lambda _progress: backups.quick_check(path))
        .failure(lambda _error: None)  # taken by result(), or not at all when opening failed
        .run()
    )


def _damage_found(check: Operation[None]) -> StoreError | None:
    """What the start-up check found wrong with the file, if anything."""
    try:
        check.result()
    except (DamagedDatabaseError, NotADatabaseError) as exc:
        return exc
    except (StoreError, OSError):
        return None
    return None


def _made_at(backup_file: Path) -> datetime:
    """When a backup in the backups folder was made; the file's time otherwise."""
    found = backups.backup_of(backup_file)
    if found is not None:
        return found.made_at
    return to_local(datetime.fromtimestamp(backup_file.stat().st_mtime, UTC).replace(tzinfo=None))


class _CrashRelay(QObject):
    """Brings another thread's uncaught exception to the window's thread, for its dialog."""

    crashed = Signal(object)

    def __init__(self, show: logs.ExceptHook) -> None:
        super().__init__()
        self._show = show
        self.crashed.connect(self._on_crash)

    @Slot(object)
    def _on_crash(self, info: tuple[type[BaseException], BaseException, TracebackType]) -> None:
        self._show(*info)


def install_crash_hook(parent: QWidget | None = None) -> None:
    """Unexpected errors, on any thread, are logged with their traceback and shown as
    one dialog that names the log file, never as a bare traceback."""

    def show(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, ReadOnlyError):
            QMessageBox.warning(
                QApplication.activeWindow() or parent,
                QCoreApplication.translate("Application", "Read-only"),
                QCoreApplication.translate(
                    "Application",
                    "This database is open read-only, so the change was not saved. What you "
                    "typed is still in the form.",
                ),
            )
            return
        if isinstance(exc, IN_USE_ERRORS):  # the file's condition (errors.classify), no bug
            QMessageBox.warning(
                QApplication.activeWindow() or parent,
                QCoreApplication.translate("Application", "Database file"),
                in_use_error_text(exc),
            )
            return
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Application", "Unexpected error"),
            QCoreApplication.translate(
                "Application",
                "Something went wrong inside Coordinator. Your saved data is safe. The details "
                "were written to %1.",
            ).replace("%1", str(logs.log_file())),
        )

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logs.crash(kind, exc, tb)
        show(kind, exc, tb)

    relay = _CrashRelay(show)
    sys.excepthook = hook
    logs.on_thread_crash(lambda *info: relay.crashed.emit(info))


def run(db_path: Path | None, language: str | None) -> int:
    logs.setup()
    logs.started(db_path or paths.default_db_path(), "window")
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Coordinator")
    qapp.setOrganizationName("Coordinator")
    settings = QSettings()
    app = Application(qapp, settings, language)
    install_crash_hook()
    if not app.start(db_path or paths.default_db_path()):
        return 1
    try:
        return qapp.exec()
    finally:
        app.close()
