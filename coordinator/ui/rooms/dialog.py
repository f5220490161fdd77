"""The room editor: a meeting room's name, host unit, capacity and notes."""

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.rooms import RoomInput, get_room, save_room
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.validation import Problem, ValidationError
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.ui.common.combo import choice_combo, keep_unlisted, select_data
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors


class RoomDialog(RecordEditor):
    entity = "room"

    def __init__(self, store: Store, data: RoomInput | None, parent: QWidget | None) -> None:
        super().__init__(store, data.id if data else None, parent)
        self._version = data.version if data else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit room") if self._id else self.tr("New room"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Phòng họp số 2"))
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("e.g. P.2, PH2"))
        self.aliases.setToolTip(
            self.tr(
                "Other names the office writes for this room, separated by commas: an event "
                "whose place is one of them is held in this room, and clashes in it"
            )
        )
        self.host_unit = choice_combo(
            organization_choices(store, internal=True), self.tr("(no host unit)")
        )
        self.host_unit.setToolTip(
            self.tr(
                "The province's own unit the room belongs to; the planner puts its sessions here"
            )
        )
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("(not known)"))
        self.capacity.setSuffix(self.tr(" seats"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.notes.setPlaceholderText(self.tr("e.g. Floor 3; projector; book with the office"))

        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name *"), "name", self.name)
        self.errors.add_row(form, self.tr("Other n&ames"), "aliases", self.aliases)
        self.errors.add_row(form, self.tr("&Host unit"), "host_unit", self.host_unit)
        self.errors.add_row(form, self.tr("&Capacity"), "capacity", self.capacity)
        form.addRow(self.tr("N&otes"), self.notes)
        self.buttons = self.make_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if data is not None:
            self._load(data)
        self._initial = self.value()
        self.name.setFocus()

    def _load(self, data: RoomInput) -> None:
        self._id, self._version = data.id, data.version
        self.name.setText(data.name)
        self.aliases.setText(data.aliases or "")
        keep_unlisted(self.host_unit, data.host_unit_id, self.tr("(a unit in the trash)"))
        select_data(self.host_unit, data.host_unit_id)
        self.capacity.setValue(data.capacity or 0)
        self.notes.setPlainText(data.notes or "")

    def preset_host_unit(self, unit_id: int | None) -> None:
        """A new room of the unit the list shows (not a change the person made)."""
        select_data(self.host_unit, unit_id)
        self._initial = self.value()

    def value(self) -> RoomInput:
        return RoomInput(
            id=self._id,
            version=self._version,
            name=self.name.text(),
            host_unit_id=self.host_unit.currentData(),
            capacity=self.capacity.value() or None,
            notes=self.notes.toPlainText(),
            aliases=self.aliases.text(),
        )

    def is_dirty(self) -> bool:
        return self.value() != self._initial

    def record_title(self) -> str:
        return self.name.text()

    def _resolve(self, error: RecordChangedError) -> RoomInput | None:
        """The record to save after a collision, or None to stay in the form."""
        return self.resolve_collision(
            error, lambda i: get_room(self._store, i), self._load, self.value, "name"
        )

    def save(self) -> None:
        """Save and close; on failure keep everything typed and say what is wrong."""
        self.errors.clear()
        try:
            try:
                self.saved_id = save_room(self._store, self.value())
            except RecordChangedError as error:
                copy = self._resolve(error)
                if copy is None:
                    return
                self.saved_id = save_room(self._store, copy)
        except ValidationError as failure:
            self.errors.show(failure)
            for e in failure.errors:
                if e.field == "name" and e.problem is Problem.DUPLICATE:
                    self.errors.set(
                        "name",
                        self.tr("Another room of this unit (or without a unit) has this name."),
                    )
                elif e.field == "aliases" and e.problem is Problem.DUPLICATE:
                    self.errors.set(
                        "aliases",
                        self.tr("One of these names is already another room's name."),
                    )
                elif e.field == "capacity":
                    self.errors.set("capacity", self.tr("The capacity is a whole number of seats."))
                elif e.field == "host_unit":
                    self.errors.set("host_unit", self.tr("Choose one of the province's own units."))
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                labels.arg(self.tr("The room could not be saved: %1"), in_use_error_text(exc)),
            )
            return
        self.accept()
