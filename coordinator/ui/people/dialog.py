"""The person editor: roles, organisation, how to reach them, what they know.

It saves a stored person, or (``in_memory``) edits one contact row of the partner
editor, which saves it with the partner.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.people import PersonInput, get_person, save_person, validate_person
from coordinator.db.queries.roster import nationalities
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import PersonRole
from coordinator.domain.validation import ValidationError
from coordinator.text.errors import in_use_error_text
from coordinator.ui.common.combo import choice_combo, keep_unlisted, select_data
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors


def role_text(role: PersonRole) -> str:
    return {
        PersonRole.CONTACT: QCoreApplication.translate("PersonDialog", "Contact"),
        PersonRole.VOLUNTEER: QCoreApplication.translate("PersonDialog", "Volunteer expert"),
        PersonRole.STAFF: QCoreApplication.translate("PersonDialog", "Staff"),
    }[role]


def roles_text(roles: set[PersonRole]) -> str:
    return ", ".join(role_text(r) for r in PersonRole if r in roles)


class PersonDialog(RecordEditor):
    entity = "person"

    def __init__(
        self,
        store: Store,
        data: PersonInput | None,
        parent: QWidget | None,
        *,
        in_memory: bool = False,
        roles: set[PersonRole] | None = None,
        organization_id: int | None = None,
    ) -> None:
        """``in_memory``: Save only checks the form and hands ``value()`` back (the partner
        editor keeps it); the organisation is the partner's and is not shown.
        ``roles`` and ``organization_id`` start a new person with these."""
        super().__init__(store, data.id if data else None, parent)
        self._in_memory = in_memory
        self._version = data.version if data else None
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit person") if data is not None and data.full_name else self.tr("New person")
        )
        self.setMinimumWidth(560)
        self.errors = FieldErrors()

        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Position, e.g. Trưởng phòng"))
        self.role_boxes = {role: QCheckBox(role_text(role)) for role in PersonRole}
        roles_row = QHBoxLayout()
        roles_row.setContentsMargins(0, 0, 0, 0)
        for box in self.role_boxes.values():
            roles_row.addWidget(box)
        roles_row.addStretch()
        roles_widget = QWidget()
        roles_widget.setLayout(roles_row)
        roles_widget.setToolTip(self.tr("A person may have several roles at once"))
        self.organization = choice_combo(
            [] if in_memory else organization_choices(store), self.tr("(no organisation)")
        )
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.nationality = QLineEdit()
        self.nationality.setPlaceholderText(self.tr("e.g. Ấn Độ"))
        completer = QCompleter(nationalities(store), self.nationality)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.nationality.setCompleter(completer)
        self.expertise = QLineEdit()
        self.expertise.setPlaceholderText(self.tr("e.g. dữ liệu, an toàn thông tin"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. English, Tiếng Việt"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Full &name *"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("&Roles *"), "roles", roles_widget)
        self.errors.add_row(form, self.tr("&Position"), "title", self.title_edit)
        if not in_memory:
            form.addRow(self.tr("&Organisation"), self.organization)
        self.errors.add_row(form, self.tr("&E-mail"), "email", self.email)
        self.errors.add_row(form, self.tr("P&hone"), "phone", self.phone)
        self.errors.add_row(form, self.tr("Na&tionality"), "nationality", self.nationality)
        self.errors.add_row(form, self.tr("E&xpertise"), "expertise", self.expertise)
        self.errors.add_row(form, self.tr("&Languages"), "languages", self.languages)
        form.addRow(self.tr("N&otes"), self.notes)

        self.buttons = self.make_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._load(
            data
            or PersonInput(
                "", roles=set(roles or {PersonRole.CONTACT}), organization_id=organization_id
            )
        )
        self._initial = self.value()

    def _load(self, data: PersonInput) -> None:
        self._id, self._version = data.id, data.version
        self._organization_id = data.organization_id
        self.full_name.setText(data.full_name)
        self.title_edit.setText(data.title or "")
        for role, box in self.role_boxes.items():
            box.setChecked(role in data.roles)
        keep_unlisted(
            self.organization, data.organization_id, self.tr("(an organisation in the trash)")
        )
        select_data(self.organization, data.organization_id)
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.nationality.setText(data.nationality or "")
        self.expertise.setText(data.expertise or "")
        self.languages.setText(data.languages or "")
        self.notes.setPlainText(data.notes or "")

    def set_roles(self, *roles: PersonRole) -> None:
        for role, box in self.role_boxes.items():
            box.setChecked(role in roles)

    def choose_organization(self, organization_id: int | None) -> None:
        select_data(self.organization, organization_id)

    def value(self) -> PersonInput:
        return PersonInput(
            id=self._id,
            version=self._version,
            full_name=self.full_name.text(),
            roles={role for role, box in self.role_boxes.items() if box.isChecked()},
            title=self.title_edit.text(),
            organization_id=(
                self._organization_id if self._in_memory else self.organization.currentData()
            ),
            email=self.email.text(),
            phone=self.phone.text(),
            nationality=self.nationality.text(),
            expertise=self.expertise.text(),
            languages=self.languages.text(),
            notes=self.notes.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self.value() != self._initial

    def record_title(self) -> str:
        return self.full_name.text()

    def _resolve(self, error: RecordChangedError) -> PersonInput | None:
        """The record to save after a collision, or None to stay in the form."""
        return self.resolve_collision(
            error, lambda i: get_person(self._store, i), self._load, self.value, "full_name"
        )

    def save(self) -> None:
        """Save and close (or, in memory, check and close); on failure keep the form."""
        self.errors.clear()
        try:
            if self._in_memory:
                validate_person(self.value())
                self.accept()
                return
            try:
                self.saved_id = save_person(self._store, self.value())
            except RecordChangedError as error:
                copy = self._resolve(error)
                if copy is None:
                    return
                self.saved_id = save_person(self._store, copy)
        except ValidationError as failure:
            self.errors.show(failure)
            if any(e.field == "roles" for e in failure.errors):
                self.errors.set("roles", self.tr("Tick at least one role."))
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The person could not be saved: %1").replace("%1", in_use_error_text(exc)),
            )
            return
        self.accept()
