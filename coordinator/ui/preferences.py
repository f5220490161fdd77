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
    Signer,
    get_alert_days,
    get_backup_keep,
    get_letterhead,
    get_signer,
    set_alert_days,
    set_backup_keep,
    set_letterhead,
    set_signer,
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
        self.parent_body = QLineEdit(head.parent)
        self.parent_body.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân tỉnh Bình Dương"))
        self.abbreviation = QLineEdit(head.abbreviation)
        self.abbreviation.setPlaceholderText(self.tr("e.g. STTTT"))
        self.abbreviation.setToolTip(self.tr("Printed on the number line: Số: 07/BC-STTTT"))
        self.filing_unit = QLineEdit(head.filing_unit)
        self.filing_unit.setPlaceholderText(self.tr("e.g. HTQT"))
        self.filing_unit.setToolTip(self.tr("The drafting unit, on the last line: Lưu: VT, HTQT."))
        for field in (self.department, self.province, self.parent_body):
            field.setToolTip(self.tr("Printed at the top of minutes and status reports"))
        signer = get_signer(store)
        self.signer_authority = QLineEdit(signer.authority)
        self.signer_authority.setPlaceholderText(self.tr("e.g. KT. GIÁM ĐỐC"))
        self.signer_position = QLineEdit(signer.position)
        self.signer_position.setPlaceholderText(self.tr("e.g. PHÓ GIÁM ĐỐC"))
        self.signer_name = QLineEdit(signer.name)
        self.signer_name.setPlaceholderText(self.tr("Full name"))
        for field in (self.signer_authority, self.signer_position, self.signer_name):
            field.setToolTip(self.tr("Who signs a status report (it can be changed for each)"))
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
        form.addRow(self.tr("Pa&rent body:"), self.parent_body)
        form.addRow(self.tr("Abbre&viation:"), self.abbreviation)
        form.addRow(self.tr("&Filing unit:"), self.filing_unit)
        form.addRow(self.tr("Signer's au&thority:"), self.signer_authority)
        form.addRow(self.tr("Signer's &position:"), self.signer_position)
        form.addRow(self.tr("Signer's &name:"), self.signer_name)
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
            self._store,
            Letterhead(
                self.department.text().strip(),
                self.province.text().strip(),
                parent=self.parent_body.text().strip(),
                abbreviation=self.abbreviation.text().strip(),
                filing_unit=self.filing_unit.text().strip(),
            ),
        )
        set_signer(
            self._store,
            Signer(
                self.signer_authority.text().strip(),
                self.signer_position.text().strip(),
                self.signer_name.text().strip(),
            ),
        )
        self.accept()
