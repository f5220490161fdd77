"""The agreement editor: parties, title, number, dates, vision year, fields, notes, the
commitments of each party, and the signed scan; History… and "Renew" (Gia hạn)."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.attachments import (
    MAX_BYTES,
    AttachmentError,
    AttachmentInput,
    store_file,
    stored_path,
)
from coordinator.db.errors import StoreError
from coordinator.db.queries.agreements import (
    LAST_YEAR,
    AgreementDetail,
    AgreementInput,
    CommitmentInput,
    get_agreement,
    save_agreement,
    validate_agreement,
)
from coordinator.db.queries.partners import organization_choices
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.text import fold
from coordinator.domain.validation import FieldError, Problem, ValidationError
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.ui.agreements.commitments import DUE, CommitmentTable
from coordinator.ui.common.combo import finder_of, items_combo
from coordinator.ui.common.dates import OptionalDateEdit, refuse_bad_dates
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors
from coordinator.ui.common.guard import (
    Resolution,
    ask_about_conflict,
    ask_unsaved,
    copy_suffix,
    refuse_writing,
)

DATA = Qt.ItemDataRole.UserRole


def _size(n: int) -> str:
    mb, kb = labels.fmt_number(n / 1024 / 1024, 1), labels.fmt_count(max(1, n // 1024))
    return f"{mb} MB" if n >= 1024 * 1024 else f"{kb} KB"


class AgreementDialog(RecordEditor):
    """Edits an ``AgreementInput``; ``saved_id`` is set once saved. ``renew_asked`` tells
    the caller to draft the follow-on agreement after this form closes."""

    entity = "agreement"

    def __init__(
        self, store: Store, data: AgreementInput | None, parent: QWidget | None = None
    ) -> None:
        data = data or AgreementInput(title="")
        super().__init__(store, data.id, parent)
        self._data = data
        self.saved_id: int | None = None
        self.renew_asked = False
        self.setWindowTitle(self._title())
        self.resize(900, 760)
        self.errors = FieldErrors()
        orgs = organization_choices(store)
        self._names: dict[int, str] = {c.id: c.name for c in orgs}
        detail = get_agreement(store, data.id) if data.id else None
        if detail is not None:
            self._names.update(detail.party_names)

        # Parties: a list, and a type-to-find picker over every organisation.
        self.party_list = QListWidget()
        self.party_list.setMaximumHeight(96)
        self.party_picker = items_combo([(c.name, c.id) for c in orgs], "", 34)
        self.party_picker.setToolTip(
            self.tr("Any partner or one of the province's own units; Enter adds it")
        )
        finder = finder_of(self.party_picker)
        if finder is not None:
            finder.strict = False  # the form reads what was typed (Enter adds it)
        picker_line = self.party_picker.lineEdit()
        if picker_line is not None:
            picker_line.setPlaceholderText(self.tr("Type a partner or unit, then Enter…"))
            picker_line.installEventFilter(self)
        self.party_picker.activated.connect(self._picked)
        self.add_party_button = QPushButton(self.tr("Add &party"))
        self.add_party_button.setAutoDefault(False)
        self.add_party_button.clicked.connect(self.add_chosen_party)
        self.remove_party_button = QPushButton(self.tr("Remove party"))
        self.remove_party_button.setAutoDefault(False)
        self.remove_party_button.clicked.connect(self.remove_party)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.party_picker, 1)
        picker_row.addWidget(self.add_party_button)
        picker_row.addWidget(self.remove_party_button)
        parties_box = QWidget()
        pl = QVBoxLayout(parties_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.party_list)
        pl.addLayout(picker_row)

        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("e.g. Thỏa thuận hợp tác chiến lược về chuyển đổi số")
        )
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 12/2023/TTHT-VNPT"))
        self.signed_on = OptionalDateEdit()
        self.starts_on = OptionalDateEdit()
        self.ends_on = OptionalDateEdit()
        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(QLabel(self.tr("from")))
        period_row.addWidget(self.starts_on)
        period_row.addWidget(QLabel(self.tr("to")))
        period_row.addWidget(self.ends_on)
        period_row.addStretch()
        self.horizon_year = QSpinBox()
        self.horizon_year.setRange(0, LAST_YEAR)
        self.horizon_year.setSpecialValueText("—")
        self.horizon_year.setToolTip(self.tr("The year the agreement's vision looks to, if any"))
        self.fields = QLineEdit()
        self.fields.setPlaceholderText(self.tr("e.g. e-government; training; smart city"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(52)
        self.renewal_label = QLabel()
        self.renewal_label.setWordWrap(True)
        self.renewal_label.setStyleSheet("color: #1b5e20;")
        self.renewal_label.hide()

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Parties *"), "parties", parties_box)
        self.errors.add_row(form, self.tr("&Title *"), "title", self.title)
        self.errors.add_row(form, self.tr("N&umber"), "number", self.number)
        self.errors.add_row(form, self.tr("&Signed on"), "signed_on", self.signed_on)
        self.errors.add_row(form, self.tr("Period"), "ends_on", period)
        self.errors.add_row(form, self.tr("&Vision to the year"), "horizon_year", self.horizon_year)
        form.addRow(self.tr("&Fields"), self.fields)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow("", self.renewal_label)

        self.commitments = CommitmentTable(self.parties)
        self.add_commitment_button = QPushButton(self.tr("Add commitment"))
        self.add_commitment_button.setAutoDefault(False)
        self.add_commitment_button.clicked.connect(lambda: self.commitments.add(edit=True))
        self.remove_commitment_button = QPushButton(self.tr("Remove commitment"))
        self.remove_commitment_button.setAutoDefault(False)
        self.remove_commitment_button.clicked.connect(self.commitments.remove_current)
        commitments_page = QWidget()
        cl = QVBoxLayout(commitments_page)
        cl.addWidget(self.commitments)
        cl.addWidget(self.errors.label_for("commitments", self.commitments))
        row = QHBoxLayout()
        hint = QLabel(self.tr("Double-click or type to edit a cell; dates as dd/mm/yyyy."))
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(self.add_commitment_button)
        row.addWidget(self.remove_commitment_button)
        cl.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.addTab(commitments_page, self.tr("Commitments"))
        self.tabs.addTab(self._files_page(), self.tr("Signed copy and files"))

        self.buttons = self.make_buttons()
        self.renew_button = self.buttons.addButton(
            self.tr("&Renew…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.renew_button.setToolTip(
            self.tr("Draft the follow-on agreement: same parties, starting after this one ends")
        )
        self.renew_button.setAutoDefault(False)
        self.renew_button.setVisible(data.id is not None)
        self.renew_button.setEnabled(not store.read_only)
        self.renew_button.clicked.connect(self.renew)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._load(data, detail)
        self._initial = self.value()

    def _title(self) -> str:
        if self._data.id:
            return self.tr("Edit agreement")
        if self._data.renews_id:
            return self.tr("Renew agreement")
        return self.tr("New cooperation agreement")

    def _files_page(self) -> QWidget:
        self.file_list = QListWidget()
        self.file_list.itemDoubleClicked.connect(lambda _i: self.open_attachment())
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.attach_file)
        self.open_file_button = QPushButton(self.tr("Open"))
        self.open_file_button.setAutoDefault(False)
        self.open_file_button.clicked.connect(self.open_attachment)
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.remove_file_button.setAutoDefault(False)
        self.remove_file_button.clicked.connect(
            lambda: (
                self.file_list.currentRow() >= 0
                and self.file_list.takeItem(self.file_list.currentRow())
            )
        )
        self.file_problem = QLabel()
        self.file_problem.setStyleSheet("color: #b00020;")
        self.file_problem.setWordWrap(True)
        self.file_problem.hide()
        hint = QLabel(
            labels.arg(
                self.tr(
                    "The scanned signed agreement and other files. They are copied into "
                    "Coordinator's data folder; at most %1 MB per file."
                ),
                MAX_BYTES // (1024 * 1024),
            )
        )
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_list)
        layout.addWidget(self.file_problem)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        for b in (self.attach_button, self.open_file_button, self.remove_file_button):
            row.addWidget(b)
        if self._store.read_only:  # attaching copies the file into the data folder
            refuse_writing(self.attach_button, self.remove_file_button)
        layout.addLayout(row)
        return page

    # --- filling and reading --------------------------------------------------------------
    def _load(self, data: AgreementInput, detail: AgreementDetail | None) -> None:
        self._data = data
        self._id = data.id
        self.party_list.clear()
        for party_id in data.party_ids:
            self._add_party_item(party_id)
        self.title.setText(data.title)
        self.number.setText(data.number or "")
        self.signed_on.set_value(data.signed_on)
        self.starts_on.set_value(data.starts_on)
        self.ends_on.set_value(data.ends_on)
        self.horizon_year.setValue(data.horizon_year or 0)
        self.fields.setText(data.fields or "")
        self.notes.setPlainText(data.notes or "")
        self.commitments.setRowCount(0)
        for c in data.commitments:
            self.commitments.add(c)
        self.file_list.clear()
        for f in data.attachments:
            self._add_file_item(f)
        self._show_renewal(data, detail)

    def _show_renewal(self, data: AgreementInput, detail: AgreementDetail | None) -> None:
        lines = []
        if detail is not None and detail.renews is not None:
            lines.append(labels.arg(self.tr("This agreement renews “%1”."), detail.renews.title))
        elif detail is None and data.renews_id is not None:
            old = get_agreement(self._store, data.renews_id)
            name = old.agreement.title if old else ""
            lines.append(labels.arg(self.tr("A renewal of “%1”, not saved yet."), name))
        if detail is not None and detail.renewed_by:
            names = "”, “".join(r.title for r in detail.renewed_by)
            lines.append(labels.arg(self.tr("Renewed by “%1”."), names))
        self.renewal_label.setText("\n".join(lines))
        self.renewal_label.setVisible(bool(lines))

    def parties(self) -> list[tuple[str, object]]:
        """The agreement's parties as (name, id), in the list's order."""
        return [
            (item.text(), item.data(DATA))
            for item in (self.party_list.item(i) for i in range(self.party_list.count()))
        ]

    def party_ids(self) -> list[int]:
        return [int(pid) for _name, pid in self.parties() if isinstance(pid, int)]

    def _add_party_item(self, party_id: int) -> None:
        item = QListWidgetItem(self._names.get(party_id, f"#{party_id}"))
        item.setData(DATA, party_id)
        self.party_list.addItem(item)

    def add_party(self, party_id: int) -> bool:
        if party_id in self.party_ids():
            return False
        self._add_party_item(party_id)
        self.commitments.parties_changed()
        return True

    def add_chosen_party(self) -> None:
        """Add what the picker shows: the entry chosen, or the one entry whose name
        holds the words typed (without diacritics: "vnpt", "thu dau mot")."""
        text = self.party_picker.currentText().strip()
        party_id = self.party_picker.currentData()
        if party_id is None or self.party_picker.itemText(self.party_picker.currentIndex()) != text:
            party_id = self._typed_party(text)
        if party_id is None:
            return
        self.errors.clear()
        self.add_party(int(party_id))
        self.party_picker.setCurrentIndex(0)
        self.party_picker.setEditText("")

    def _typed_party(self, text: str) -> int | None:
        wanted = fold(text)
        if not wanted:
            self.errors.set("parties", self.tr("Type a name, then choose it from the list."))
            return None
        found = []
        for row in range(1, self.party_picker.count()):
            name = fold(self.party_picker.itemText(row))
            if name == wanted:
                return int(self.party_picker.itemData(row))
            if wanted in name:
                found.append(int(self.party_picker.itemData(row)))
        if len(found) == 1:
            return found[0]
        self.errors.set(
            "parties",
            self.tr("Several names hold these words: choose one from the list.")
            if found
            else self.tr("No partner or unit has this name; add it in the Partners tab first."),
        )
        return None

    def _picked(self, row: int) -> None:
        """A name chosen from the picker's list (or its completions) is added at once."""
        if row > 0 and self.party_picker.itemData(row) is not None:
            self.add_chosen_party()

    def remove_party(self) -> None:
        row = self.party_list.currentRow()
        if row >= 0:
            self.party_list.takeItem(row)
            self.commitments.parties_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the party picker adds the party; it does not save the form."""
        if (
            watched is self.party_picker.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_chosen_party()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> AgreementInput:
        commitments, _unreadable = self.commitments.commitments()
        return self._value(commitments)

    def _value(self, commitments: list[CommitmentInput]) -> AgreementInput:
        return AgreementInput(
            id=self._id,
            version=self._data.version,
            title=self.title.text(),
            party_ids=self.party_ids(),
            number=self.number.text(),
            signed_on=self.signed_on.value(),
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            horizon_year=self.horizon_year.value() or None,
            fields=self.fields.text(),
            notes=self.notes.toPlainText(),
            commitments=commitments,
            attachments=[self.file_list.item(i).data(DATA) for i in range(self.file_list.count())],
            renews_id=self._data.renews_id,
        )

    def is_dirty(self) -> bool:
        return self.value() != self._initial

    def record_title(self) -> str:
        return self.title.text()

    # --- files -------------------------------------------------------------------------------
    def _add_file_item(self, f: AttachmentInput) -> None:
        item = QListWidgetItem(f"{f.filename}  ({_size(f.size)})")
        item.setData(DATA, f)
        self.file_list.addItem(item)

    def attach_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach the signed agreement"),
            "",
            self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.docx);;All files (*)"),
        )
        problems = []
        for p in paths:
            try:
                self._add_file_item(store_file(self._store.path, Path(p)))
            except AttachmentError as exc:
                name = Path(p).name
                if exc.reason == AttachmentError.TOO_LARGE:
                    problems.append(
                        labels.arg(
                            self.tr("“%1” is larger than %2 MB and was not attached."),
                            name,
                            MAX_BYTES // (1024 * 1024),
                        )
                    )
                else:
                    problems.append(labels.arg(self.tr("“%1” could not be read."), name))
        self.file_problem.setText(" ".join(problems))
        self.file_problem.setVisible(bool(problems))

    def open_attachment(self) -> None:
        item = self.file_list.currentItem()
        if item is None:
            return
        f: AttachmentInput = item.data(DATA)
        path = stored_path(self._store.path, f.content_hash, f.filename)
        if not path.exists() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.file_problem.setText(labels.arg(self.tr("“%1” could not be opened."), f.filename))
            self.file_problem.show()

    # --- saving -----------------------------------------------------------------------------
    def _resolve(self, error: RecordChangedError) -> AgreementInput | None:
        """The agreement to save after a collision, or None to stay in the form."""
        choice = ask_about_conflict(self, error)
        if choice is Resolution.RELOAD:
            fresh = get_agreement(self._store, self._id) if self._id else None
            if fresh is not None:
                self._load(fresh.agreement, fresh)
                self.reloaded = fresh.agreement
                self._initial = self.value()
            return None
        if choice is Resolution.COPY:
            data = self.value()
            data.id = data.version = None
            data.title = data.title.strip() + copy_suffix()
            for c in data.commitments:
                c.id = None
            for f in data.attachments:
                f.id = None  # the copy gets its own rows over the same stored files
            return data
        return None

    def save(self) -> None:
        """Save and close; on failure keep everything typed and say what is wrong."""
        self.errors.clear()
        bad_dates = refuse_bad_dates(self)
        commitments, unreadable = self.commitments.commitments()
        data = self._value(commitments)
        try:
            if unreadable or bad_dates:
                # Say every problem at once: the dates that cannot be read first (a
                # field's beside it), then whatever else the form breaks (parties, title,
                # period, other rows).
                found = []
                if unreadable:
                    index, column = unreadable[0]
                    field = "due_on" if column == DUE else "done_on"
                    found.append(FieldError(f"commitments.{index}.{field}", Problem.FORMAT))
                try:
                    validate_agreement(data)
                except ValidationError as others:
                    found += others.errors
                if found:
                    raise ValidationError(found)
                return
            try:
                self.saved_id = save_agreement(self._store, data)
            except RecordChangedError as error:
                copy = self._resolve(error)
                if copy is None:
                    return
                self.saved_id = save_agreement(self._store, copy)
        except ValidationError as failure:
            self._show_problems(failure)
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                labels.arg(self.tr("The agreement could not be saved: %1"), in_use_error_text(exc)),
            )
            return
        self.accept()

    def _show_problems(self, failure: ValidationError) -> None:
        own = [e for e in failure.errors if not e.field.startswith("commitments.")]
        self.errors.show(ValidationError([e for e in own if e.field not in _WORDED]))
        for e in own:
            if e.field in _WORDED:
                self.errors.set(e.field, self._worded(e))
        rows = [e for e in failure.errors if e.field.startswith("commitments.")]
        if rows:
            first = rows[0]
            _, index, field = first.field.split(".")
            self.tabs.setCurrentIndex(0)
            row = self.commitments.row_of(int(index))
            self.errors.set(
                "commitments",
                labels.arg(
                    self.tr("Commitment %1: %2"), row + 1, self._commitment_problem(field, first)
                ),
            )
            if row >= 0:
                self.commitments.setCurrentCell(row, _COLUMN.get(field, 1))
        elif own:
            first_field = own[0].field
            widget = {"parties": self.party_picker, "ends_on": self.ends_on}.get(first_field)
            if widget is not None:
                widget.setFocus()

    def _worded(self, e: FieldError) -> str:
        match e.field:
            case "parties":
                return self.tr("An agreement has at least two parties: add them from the list.")
            case "signed_on" if e.problem == Problem.END_BEFORE_START:
                return self.tr("The agreement cannot be signed after its period ends.")
            case "horizon_year":
                return self.tr(
                    "Write a year from the start of the agreement on, e.g. 2030 (or leave —)."
                )
            case "renews_id":
                return self.tr("The agreement this one renews no longer exists.")
        if e.problem == Problem.FORMAT:
            return self.tr("This date is not plausible; check the year.")
        return labels.problem(e.problem)

    def _commitment_problem(self, field: str, e: FieldError) -> str:
        if field == "party_id":
            return self.tr("its party is not one of the agreement's parties.")
        if field in ("due_on", "done_on") and e.problem == Problem.FORMAT:
            return self.tr("the date cannot be read; write it as dd/mm/yyyy, e.g. 31/12/2026.")
        if field == "text":
            return self.tr("write what is committed.")
        return labels.problem(e.problem)

    # --- renewal and links ---------------------------------------------------------------------
    def renew(self) -> None:
        """Close this form (asking about unsaved changes) and have the follow-on drafted."""
        if self._store.read_only or self._id is None:
            return
        if self.is_dirty():
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.renew_asked = True
                self.save()
                if self.result() != self.DialogCode.Accepted:
                    self.renew_asked = False
                return
        self.renew_asked = True
        self.done(self.DialogCode.Rejected)


_WORDED = {"parties", "signed_on", "horizon_year", "renews_id", "starts_on", "ends_on"}
_COLUMN = {"party_id": 0, "text": 1, "due_on": 2, "status": 3, "done_on": 4}
