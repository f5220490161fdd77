"""Builds the running application: locale, translations, settings, store and window."""

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coordinator import paths
from coordinator.db import demo
from coordinator.db.migrate import MigrationError
from coordinator.db.store import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    Store,
    StoreError,
)
from coordinator.resources import translations_dir
from coordinator.ui.main_window import MainWindow

LANGUAGES = ("vi", "en")
log = logging.getLogger("coordinator")


class Translations:
    """The app's own strings and the Qt standard-button words for one language."""

    def __init__(self, qapp: QCoreApplication) -> None:
        self._qapp = qapp
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        for tr in self._installed:
            self._qapp.removeTranslator(tr)
        self._installed = []
        if language == "vi":
            QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
            for name in ("qtbase_vi", "coordinator_vi"):
                tr = QTranslator(self._qapp)
                if tr.load(name, str(translations_dir())):
                    self._qapp.installTranslator(tr)
                    self._installed.append(tr)
                else:
                    log.warning("translation %s not found in %s", name, translations_dir())
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def store_error_text(path: Path, exc: Exception) -> str:
    """A message a coordinator can act on, for each known reason a file will not open."""
    if isinstance(exc, NewerDatabaseError):
        return QCoreApplication.translate(
            "Application",
            "“%1” was saved by a newer version of Coordinator. Install the newer version to "
            "open it. The file has not been changed.",
        ).replace("%1", str(path))
    if isinstance(exc, NotADatabaseError):
        return QCoreApplication.translate(
            "Application", "“%1” is not a Coordinator database. The file has not been changed."
        ).replace("%1", str(path))
    if isinstance(exc, DamagedDatabaseError):
        return QCoreApplication.translate(
            "Application",
            "“%1” is damaged and cannot be opened safely. Restore it from a backup in the "
            "“backups” folder beside it. The file has not been changed.",
        ).replace("%1", str(path))
    if isinstance(exc, MigrationError):
        return (
            QCoreApplication.translate(
                "Application",
                "“%1” could not be upgraded (step %2). A backup was taken before the upgrade, "
                "in the “backups” folder beside it.",
            )
            .replace("%1", str(path))
            .replace("%2", exc.step)
        )
    return (
        QCoreApplication.translate("Application", "“%1” could not be opened: %2")
        .replace("%1", str(path))
        .replace("%2", str(exc))
    )


class Application:
    """Owns the store and the window; swaps either when the user opens a file or a language."""

    def __init__(self, qapp: QApplication, settings: QSettings, language: str | None) -> None:
        self.qapp = qapp
        self.settings = settings
        saved = settings.value("language", "vi")
        self.language = language or (saved if saved in LANGUAGES else "vi")
        self.translations = Translations(qapp)
        self.translations.install(self.language)
        self.store: Store | None = None
        self.window: MainWindow | None = None

    def start(self, db_path: Path) -> bool:
        if not self.open(db_path):
            return False
        self._offer_demo()
        return True

    def open(self, path: Path) -> bool:
        try:
            store = Store.open(path)
        except (StoreError, MigrationError) as exc:
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("Application", "Open database"),
                store_error_text(path, exc),
            )
            return False
        old = self.store
        self.store = store
        self._build_window()
        if old is not None:
            old.close()
        self.settings.setValue("last_database", str(path))
        return True

    def _offer_demo(self) -> None:
        assert self.store is not None and self.window is not None
        if not demo.is_empty(self.store):
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
            for page in (self.window.partners, self.window.projects, self.window.calendar):
                page.refresh()
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
        old = self.window
        if old is not None:
            old.save_state()
        window = MainWindow(self.store, self.language, self.settings)
        window.open_database_requested.connect(self.open)
        window.language_requested.connect(self.set_language)
        window.restore_state()
        window.show()
        self.window = window
        if old is not None:
            old.hide()
            old.deleteLater()


def install_crash_hook(parent: QWidget | None = None) -> None:
    """Unexpected errors are logged and shown as one dialog, never as a bare traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", text)
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Application", "Unexpected error"),
            QCoreApplication.translate(
                "Application",
                "Something went wrong inside Coordinator. Your saved data is safe. The details "
                "were written to %1.",
            ).replace("%1", str(paths.log_path())),
        )

    sys.excepthook = hook


def setup_logging() -> None:
    log_file = paths.log_path()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_file, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s"
    )


def run(db_path: Path | None, language: str | None) -> int:
    setup_logging()
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Coordinator")
    qapp.setOrganizationName("Coordinator")
    settings = QSettings()
    app = Application(qapp, settings, language)
    install_crash_hook()
    if not app.start(db_path or paths.default_db_path()):
        return 1
    return qapp.exec()
