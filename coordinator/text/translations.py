"""Loading the Vietnamese words: for the window, and for a command run without one.

Both read the same Qt Linguist files in ``resources/translations``, so a translator
keeps one file for the window and the command line.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from coordinator.resources import translations_dir

LANGUAGES = ("vi", "en")
# The names app.run gives the QApplication, so QSettings() there finds the same store.
ORGANIZATION = APPLICATION = "Coordinator"
log = logging.getLogger("coordinator")


class Translations:
    """The app's own strings and the Qt standard-button words for one language."""

    def __init__(self, qapp: QCoreApplication) -> None:
        self._qapp = qapp
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        self.remove()
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

    def remove(self) -> None:
        for tr in self._installed:
            self._qapp.removeTranslator(tr)
        self._installed = []


def saved_language() -> str | None:
    """The language last chosen in the window, read without a widget; None if none."""
    value = QSettings(ORGANIZATION, APPLICATION).value("language")
    return value if value in LANGUAGES else None


def holiday_language(language: str) -> str:
    """The ``holidays`` library's name for the interface language."""
    return "vi" if language == "vi" else "en_US"


@contextmanager
def speaking(language: str) -> Iterator[Translations]:
    """The app's words in ``language`` for a command run without the window.

    Uses the running Qt application if there is one (a document needs a QApplication),
    else a QCoreApplication made for the while; either way the translators, the default
    locale and any application made here are gone afterwards, as they were found.
    Yields the translations, to install another language once the line is parsed.
    """
    qapp = QCoreApplication.instance()
    made = qapp is None
    if qapp is None:
        qapp = QCoreApplication([])
    before = QLocale()
    words = Translations(qapp)
    words.install(language)
    try:
        yield words
    finally:
        words.remove()
        QLocale.setDefault(before)
        if made:
            qapp.shutdown()
