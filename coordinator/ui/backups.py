"""File → Restore: choose a backup of this database, or another backup file."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.backups import Backup, list_backups
from coordinator.text import labels
from coordinator.ui.common.views import one_line, select_row


def reason_text(reason: str) -> str:
    if reason == "daily":
        return QCoreApplication.translate("Backups", "daily, on start")
    if reason == "manual":
        return QCoreApplication.translate("Backups", "made by hand")
    if reason == "before-import":
        return QCoreApplication.translate("Backups", "before an import")
    if reason.startswith("before-"):
        return QCoreApplication.translate("Backups", "before an upgrade")
    return reason


def _size(backup: Backup) -> str:
    total = sum(p.stat().st_size for p in backup.folder.rglob("*") if p.is_file())
    return f"{labels.fmt_number(total / (1024 * 1024), 1)} MB"


class RestoreDialog(QDialog):
    """Lists the backups, newest first; ``chosen`` is the database file to restore."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 420)
        self._db_path = db_path
        self.chosen: Path | None = None
        self.backups = list_backups(db_path)
        intro = QLabel(
            self.tr(
                "Choose the backup to bring back. It is checked before anything is replaced, "
                "and the current file is kept beside it under a new name."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        one_line(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            for col, text in enumerate(
                (labels.fmt_datetime(backup.made_at), reason_text(backup.reason), _size(backup))
            ):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        for col in (0, 2):
            self.table.resizeColumnToContents(col)
        if self.backups:
            select_row(self.table, 0)
        self.table.doubleClicked.connect(lambda _i: self.accept_selected())
        self.empty = QLabel(self.tr("There are no backups of this database yet."))
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        other = QPushButton(self.tr("&Other file…"))
        other.setToolTip(self.tr("Restore from a backup file kept elsewhere"))
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept_selected)
        self.buttons.rejected.connect(self.reject)
        other.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

    def accept_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.backups[rows[0].row()].database
            self.accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(self._db_path.parent),
            self.tr("Coordinator databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()
