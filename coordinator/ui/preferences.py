"""Preferences kept in the database file, so every PC that opens it works the same way."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coordinator.db.queries.scheduling import get_office_hours, set_office_hours
from coordinator.db.queries.settings import (
    Letterhead,
    get_alert_days,
    get_backup_keep,
    get_letterhead,
    set_alert_days,
    set_backup_keep,
    set_letterhead,
)
from coordinator.db.store import Store
from coordinator.domain.scheduling import OfficeHours
from coordinator.ui.common.forms import FieldErrors
from coordinator.ui.common.guard import refuse_writing


class PreferencesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        self.office_hours = QLineEdit(get_office_hours(store).to_text())
        self.office_hours.setToolTip(
            self.tr("Working periods of a day, e.g. 07:30-11:30, 13:30-17:00")
        )
        head = get_letterhead(store)
        self.department = QLineEdit(head.department)
        self.department.setPlaceholderText(self.tr("e.g. Sở Thông tin và Truyền thông"))
        self.province = QLineEdit(head.province)
        self.province.setPlaceholderText(self.tr("e.g. Tỉnh Bình Dương"))
        for field in (self.department, self.province):
            field.setToolTip(self.tr("Printed at the top of minutes and status reports"))
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(get_backup_keep(store))
        self.backup_keep.setToolTip(
            self.tr(
                "A backup is made on start (once a day), before each import and upgrade, and "
                "with File → Back up now; older ones are removed"
            )
        )
        self.alert_days = QSpinBox()
        self.alert_days.setRange(1, 730)
        self.alert_days.setValue(get_alert_days(store))
        self.alert_days.setSuffix(self.tr(" days before"))
        self.alert_days.setToolTip(
            self.tr(
                "An agreement ending this soon is named in Follow-up, counted in the status "
                "bar and listed in the status report, until a renewal is saved"
            )
        )
        form = QFormLayout(self)
        self.errors.add_row(form, self.tr("&Office hours"), "office_hours", self.office_hours)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("P&rovince:"), self.province)
        form.addRow(self.tr("&Backups to keep:"), self.backup_keep)
        form.addRow(self.tr("&Agreements ending:"), self.alert_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if store.read_only:
            refuse_writing(buttons.button(QDialogButtonBox.StandardButton.Save))
        form.addRow(buttons)

    def save(self) -> None:
        self.errors.clear()
        try:
            hours = OfficeHours.parse(self.office_hours.text())
        except ValueError:
            self.errors.set(
                "office_hours",
                self.tr(
                    "Write the periods as 07:30-11:30, 13:30-17:00 (each end after its start)."
                ),
            )
            return
        set_office_hours(self._store, hours)
        set_backup_keep(self._store, self.backup_keep.value())
        set_alert_days(self._store, self.alert_days.value())
        set_letterhead(
            self._store, Letterhead(self.department.text().strip(), self.province.text().strip())
        )
        self.accept()
