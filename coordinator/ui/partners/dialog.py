"""The partner editor: the organisation's details and its contacts."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.partners import ContactInput, PartnerInput, get_partner, save_partner
from coordinator.db.queries.people import PersonInput
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import OrgKind
from coordinator.domain.validation import ValidationError
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors
from coordinator.ui.common.guard import Resolution, ask_about_conflict, copy_suffix
from coordinator.ui.common.views import one_line
from coordinator.ui.people.dialog import PersonDialog

CONTACT_FIELDS = ("full_name", "title", "email", "phone")
_CONTACT = Qt.ItemDataRole.UserRole  # the row's whole ContactInput, on its first cell


class PartnerDialog(RecordEditor):
    entity = "organization"

    def __init__(self, store: Store, data: PartnerInput | None, parent: QWidget | None) -> None:
        super().__init__(store, data.id if data else None, parent)
        self._version = data.version if data else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit partner") if self._id else self.tr("New partner"))
        self.setMinimumWidth(620)
        self.errors = FieldErrors()

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name, e.g. Trường Đại học Thủ Dầu Một"))
        self.short_name = QLineEdit()
        self.kind = QComboBox()
        for kind in OrgKind:
            self.kind.addItem(labels.org_kind(kind), kind.value)
        self.internal = QCheckBox(self.tr("One of the province's own units"))
        self.internal.setToolTip(
            self.tr("Tick for a host unit of the province; leave empty for an outside partner.")
        )
        self.country = QLineEdit()
        self.address = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.website = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name *"), "name", self.name)
        form.addRow(self.tr("&Short name"), self.short_name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow("", self.internal)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Address"), self.address)
        self.errors.add_row(form, self.tr("&E-mail"), "email", self.email)
        self.errors.add_row(form, self.tr("&Phone"), "phone", self.phone)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("N&otes"), self.notes)

        self.contacts = QTableWidget(0, len(CONTACT_FIELDS))
        one_line(self.contacts)
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Full name *"), self.tr("Position"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.verticalHeader().hide()
        self.contacts.setToolTip(
            self.tr(
                "Press Details… (or right-click a contact) for their roles, nationality, "
                "expertise and languages"
            )
        )
        add = QPushButton(self.tr("Add contact"))
        add.clicked.connect(lambda: self.add_contact_row())
        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.setToolTip(
            self.tr("Roles, nationality, expertise, languages and notes of the selected contact")
        )
        self.details_button.clicked.connect(lambda: self.edit_contact_details())
        details = QAction(self.tr("&Details…"), self.contacts)
        details.triggered.connect(lambda _checked=False: self.edit_contact_details())
        self.contacts.addAction(details)
        self.contacts.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        remove = QPushButton(self.tr("Remove contact"))
        remove.clicked.connect(self._remove_contact)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(self.details_button)
        buttons_row.addWidget(remove)
        buttons_row.addStretch()
        contacts_box = QGroupBox(self.tr("Contacts"))
        cl = QVBoxLayout(contacts_box)
        cl.addWidget(self.contacts)
        cl.addWidget(self.errors.label_for("contacts", self.contacts))
        cl.addLayout(buttons_row)

        self.buttons = self.make_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(contacts_box)
        layout.addWidget(self.buttons)
        if data is not None:
            self._load(data)
        self._initial = self.value()

    def _load(self, data: PartnerInput) -> None:
        self._id, self._version = data.id, data.version
        self.contacts.setRowCount(0)
        self.name.setText(data.name)
        self.short_name.setText(data.short_name or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.internal.setChecked(data.is_internal)
        self.country.setText(data.country or "")
        self.address.setText(data.address or "")
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.website.setText(data.website or "")
        self.notes.setPlainText(data.notes or "")
        for c in data.contacts:
            self.add_contact_row(c)

    def add_contact_row(self, contact: ContactInput | None = None) -> int:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        values = [getattr(contact, f) if contact else None for f in CONTACT_FIELDS]
        for col, value in enumerate(values):
            item = QTableWidgetItem(value or "")
            if col == 0:
                # The table shows four of a contact's fields; the whole contact (its id,
                # roles, nationality, expertise, languages, notes) rides on the first
                # cell, so Details… can change the rest and saving the partner keeps it.
                item.setData(_CONTACT, replace(contact) if contact else None)
            self.contacts.setItem(row, col, item)
        self.contacts.setCurrentCell(row, 0)
        return row

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def edit_contact_details(self, row: int | None = None) -> PersonDialog | None:
        """Open every field of a contact (the current row by default) in the person
        editor; its Save writes them back into the row, saved with the partner."""
        row = self.contacts.currentRow() if row is None else row
        if not 0 <= row < self.contacts.rowCount():
            return None
        c = self._contact(row)
        dialog = PersonDialog(
            self._store,
            PersonInput(
                id=c.id,
                full_name=c.full_name,
                roles=set(c.roles),
                title=c.title,
                organization_id=self._id,
                email=c.email,
                phone=c.phone,
                nationality=c.nationality,
                expertise=c.expertise,
                languages=c.languages,
                notes=c.notes,
            ),
            self,
            in_memory=True,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            p = dialog.value()
            item = self.contacts.item(row, 0)
            if item is not None:
                item.setData(
                    _CONTACT,
                    ContactInput(
                        id=c.id,
                        full_name=p.full_name,
                        title=p.title,
                        email=p.email,
                        phone=p.phone,
                        nationality=p.nationality,
                        expertise=p.expertise,
                        languages=p.languages,
                        notes=p.notes,
                        roles=set(p.roles),
                    ),
                )
            self.set_contact(
                row,
                full_name=p.full_name,
                title=p.title or "",
                email=p.email or "",
                phone=p.phone or "",
            )
        return dialog

    def set_contact(self, row: int, **values: str) -> None:
        for field, value in values.items():
            item = self.contacts.item(row, CONTACT_FIELDS.index(field))
            if item is not None:
                item.setText(value)

    def _stored(self, row: int) -> ContactInput | None:
        item = self.contacts.item(row, 0)
        return item.data(_CONTACT) if item else None

    def _cell(self, row: int, field: str) -> str:
        item = self.contacts.item(row, CONTACT_FIELDS.index(field))
        return item.text() if item else ""

    def _contact(self, row: int) -> ContactInput:
        shown = ContactInput(
            full_name=self._cell(row, "full_name"),
            title=self._cell(row, "title"),
            email=self._cell(row, "email"),
            phone=self._cell(row, "phone"),
        )
        stored = self._stored(row)
        if stored is None:
            return shown
        return replace(
            stored,
            full_name=shown.full_name,
            title=shown.title,
            email=shown.email,
            phone=shown.phone,
        )

    def value(self) -> PartnerInput:
        contacts = [
            self._contact(row)
            for row in range(self.contacts.rowCount())
            if any(self._cell(row, f).strip() for f in CONTACT_FIELDS)
        ]
        return PartnerInput(
            id=self._id,
            version=self._version,
            name=self.name.text(),
            kind=self.kind.currentData(),
            short_name=self.short_name.text(),
            is_internal=self.internal.isChecked(),
            country=self.country.text(),
            address=self.address.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            contacts=contacts,
        )

    def is_dirty(self) -> bool:
        return self.value() != self._initial

    def record_title(self) -> str:
        return self.name.text()

    def _resolve(self, error: RecordChangedError) -> PartnerInput | None:
        """The partner to save after a collision, or None to stay in the form."""
        choice = ask_about_conflict(self, error)
        if choice is Resolution.RELOAD:
            fresh = get_partner(self._store, self._id) if self._id else None
            if fresh is not None:
                self._load(fresh.partner)
                self.reloaded = fresh.partner
                self._initial = self.value()
            return None
        if choice is Resolution.COPY:
            data = self.value()
            data.id = data.version = None
            data.name = data.name.strip() + copy_suffix()
            for c in data.contacts:
                c.id = None
            return data
        return None

    def save(self) -> None:
        """Save and close; on failure keep everything typed and say what is wrong."""
        self.errors.clear()
        try:
            try:
                self.saved_id = save_partner(self._store, self.value())
            except RecordChangedError as error:
                copy = self._resolve(error)
                if copy is None:
                    return
                self.saved_id = save_partner(self._store, copy)
        except ValidationError as failure:
            contact_problems = [e for e in failure.errors if e.field.startswith("contacts.")]
            self.errors.show(
                ValidationError([e for e in failure.errors if e not in contact_problems])
            )
            if contact_problems:
                first = contact_problems[0]
                row = int(first.field.split(".")[1])
                self.errors.set(
                    "contacts",
                    self.tr("Contact %1: %2")
                    .replace("%1", str(row + 1))
                    .replace("%2", labels.problem(first.problem)),
                )
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The partner could not be saved: %1").replace("%1", in_use_error_text(exc)),
            )
            return
        self.accept()
