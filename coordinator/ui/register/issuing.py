"""“Cấp số và lưu…”: the moment a minutes or a report takes its outgoing number.

Printing, previewing and saving leave the Số line blank; issuing is chosen. The
person is told the number it will take first (or that it keeps the one it took),
chooses where the file goes, and only then is the number written to the register,
with the file's path; the file is written after, carrying the number.
"""

import tempfile
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coordinator.db.errors import StoreError
from coordinator.db.queries import register
from coordinator.db.queries.register import IssuedNumber
from coordinator.db.queries.settings import get_letterhead
from coordinator.db.store import Store
from coordinator.domain.register import DocumentType, number_text
from coordinator.text import labels
from coordinator.text.errors import write_error_text


def action_text() -> str:
    return QCoreApplication.translate("Issuing", "&Issue number and save…")


def action_tip() -> str:
    return QCoreApplication.translate(
        "Issuing",
        "Give the document the next number of the outgoing register, then save it as PDF "
        "or Word with that number; issued again, it keeps its number",
    )


def number_of(store: Store, number: int, kind: DocumentType) -> str:
    """``07/BB-SKHCN`` with the body's abbreviation of the preferences."""
    return number_text(number, kind.value, get_letterhead(store).abbreviation)


def issued_text(store: Store, entry: IssuedNumber) -> str:
    """“Issued as No. 07/BC-… on 01/12/2026”, for the dialog that made it."""
    return labels.arg(
        QCoreApplication.translate(
            "Issuing", "Issued as No. %1 on %2; issuing it again keeps this number."
        ),
        number_of(store, entry.number, DocumentType(entry.type_code)),
        labels.fmt_date(entry.issued_on),
    )


def ask_to_issue(
    parent: QWidget, store: Store, kind: DocumentType, record_key: str, issued_on: date
) -> bool:
    """Say which number the document will carry (or keeps) and ask to go on."""
    coming = register.prospect(store, kind.value, record_key, issued_on)
    number = number_of(store, coming.number, kind)
    day = labels.fmt_date(coming.issued_on)
    if coming.before:
        text = labels.arg(
            QCoreApplication.translate(
                "Issuing",
                "This document was issued before as No. %1 on %2. Issued again, it keeps "
                "that number and date. Save it again?",
            ),
            number,
            day,
        )
    else:
        text = labels.arg(
            QCoreApplication.translate(
                "Issuing",
                "The document will carry No. %1 dated %2, the next number of the outgoing "
                "register. Issue the number and save the document?",
            ),
            number,
            day,
        )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Issuing", "Issue number"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_document_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where the issued document goes, as PDF or Word (the filter chosen gives the
    suffix when none was typed); None when the person chose no file."""
    pdf = QCoreApplication.translate("Issuing", "PDF documents (*.pdf)")
    docx = QCoreApplication.translate("Issuing", "Word documents (*.docx)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), f"{pdf};;{docx}"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".pdf", ".docx"):
        path = path.with_name(path.name + (".docx" if chosen_filter == docx else ".pdf"))
    return path


def unwritable(path: Path) -> OSError | None:
    """Why no file can be written at ``path`` (None when one can), found by writing a
    scratch file beside it and removing it: permissions alone lie to root and on
    network folders. Asked before a number is issued, so a folder that refuses the file
    takes no number."""
    if path.is_dir():
        return IsADirectoryError(21, "Is a directory", str(path))
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".coordinator-", suffix=".part"):
            pass
    except OSError as exc:
        return exc
    return None


def drop_file(store: Store, entry: IssuedNumber, path: Path) -> None:
    """The file of ``entry`` was not written: the register stops naming it (when the
    database refuses even that, the register's window still says the file is missing)."""
    with suppress(StoreError):
        register.forget_file(store, entry.id, str(path))


def refusal_text(path: Path, exc: OSError) -> str:
    """“No number was issued: Could not write the file …”."""
    return labels.arg(
        QCoreApplication.translate("Issuing", "No number was issued: %1"),
        write_error_text(path, exc),
    )


def unsaved_text(store: Store, entry: IssuedNumber, why: str) -> str:
    """The number was taken but its file not written: the register names no file."""
    return labels.arg(
        QCoreApplication.translate(
            "Issuing",
            "No. %1 was issued but its file was not saved: %2. The register names no file "
            "for it; issue the document again to save it, it keeps its number.",
        ),
        number_of(store, entry.number, DocumentType(entry.type_code)),
        why,
    )


def saved_text(store: Store, entry: IssuedNumber, path: Path) -> str:
    return labels.arg(
        QCoreApplication.translate("Issuing", "No. %1 of %2 issued; saved to %3"),
        number_of(store, entry.number, DocumentType(entry.type_code)),
        labels.fmt_date(entry.issued_on),
        str(path),
    )
