"""File → Report: choose period, scope and sections; preview, print or save the summary."""

import dataclasses
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from platformdirs import user_documents_dir
from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries import register
from coordinator.db.queries.common import Choice
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.projects import programme_choices, project_choices
from coordinator.db.queries.register import IssuedNumber
from coordinator.db.queries.settings import Signer, get_letterhead, get_signer, set_letterhead
from coordinator.db.store import Store
from coordinator.domain.periods import Preset, period, preset_of
from coordinator.domain.register import DocumentType, report_key
from coordinator.domain.timezone import today_local
from coordinator.reports import common
from coordinator.reports.status import paper, words, write_in_own_process
from coordinator.reports.status.data import (
    GROUPED_SCOPES,
    PAPER_LIST_ROWS,
    ReportCancelledError,
    ReportRequest,
    Scope,
    ScopeKind,
    Section,
    StatusReport,
    gather,
)
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text, write_error_text
from coordinator.ui.common.combo import choice_combo, refill
from coordinator.ui.common.dates import RequiredDateEdit, refuse_bad_dates
from coordinator.ui.common.guard import refuse_writing
from coordinator.ui.common.operation import Operation, ProcessEndedError, StoppedError
from coordinator.ui.register import issuing

T = TypeVar("T")


def _drop_part(path: Path) -> None:
    """Remove what a writing left half-done; where the folder itself is not there (a
    plain file named as a folder) there is nothing to remove, and nothing to raise."""
    with suppress(OSError):
        path.with_name(path.name + ".part").unlink(missing_ok=True)


# What the coordinator addressed reports to, and their Nơi nhận, for this session.
_recent_addressees: list[str] = []
_recent_recipients: list[str] = []


def _language() -> str:
    """The language the window speaks, for the report's own process."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def _recipient(line: str) -> str:
    """A Nơi nhận line as typed, without the "- " before it or the ";" after it."""
    return line.strip().lstrip("-–").strip().rstrip(";.").strip()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Stays open after each output, so one choice can go to paper, PDF, Word and Excel."""

    saved = Signal(Path)

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self._store = store
        self._today = today or today_local()
        self.setWindowTitle(self.tr("Status report"))
        self.setMinimumWidth(620)

        # Period.
        self.preset = QComboBox()
        for preset, text in (
            (Preset.THIS_MONTH, self.tr("This month")),
            (Preset.LAST_MONTH, self.tr("Last month")),
            (Preset.THIS_QUARTER, self.tr("This quarter")),
            (Preset.THIS_YEAR, self.tr("This year")),
            (Preset.CUSTOM, self.tr("Custom")),
        ):
            self.preset.addItem(text, preset.value)
        self.first, self.last = RequiredDateEdit(), RequiredDateEdit()
        self.first.setToolTip(self.tr("First day of the period"))
        self.last.setToolTip(self.tr("Last day of the period"))
        period_box = QGroupBox(self.tr("Period"))
        period_row = QHBoxLayout(period_box)
        period_row.addWidget(self.preset)
        period_row.addWidget(QLabel(self.tr("from")))
        period_row.addWidget(self.first)
        period_row.addWidget(QLabel(self.tr("to")))
        period_row.addWidget(self.last)
        period_row.addStretch()

        # Scope.
        self.scope_kind = QComboBox()
        for kind, text in (
            (ScopeKind.ALL, self.tr("Everything")),
            (ScopeKind.PROGRAMME, self.tr("One programme")),
            (ScopeKind.PARTNER, self.tr("One partner")),
            (ScopeKind.PROJECT, self.tr("One project")),
            (ScopeKind.UNIT, self.tr("One host unit")),
        ):
            self.scope_kind.addItem(text, kind.value)
        self.scope_item = choice_combo([], self.tr("(choose)"), 40)
        self.scope_item.setToolTip(self.tr("Type part of a name to find it"))
        scope_box = QGroupBox(self.tr("Scope"))
        scope_row = QHBoxLayout(scope_box)
        scope_row.addWidget(self.scope_kind)
        scope_row.addWidget(self.scope_item, 1)

        # Sections.
        sections_box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(sections_box)
        self.sections: dict[Section, QCheckBox] = {}
        for i, section in enumerate(Section):
            box = QCheckBox(words.section_name(section))
            box.setChecked(True)
            self.sections[section] = box
            grid.addWidget(box, i // 3, i % 3)

        # Letterhead, kept in the database's preferences.
        head = get_letterhead(store)
        self.department = QLineEdit(head.department)
        self.province = QLineEdit(head.province)
        self.department.setPlaceholderText(self.tr("e.g. Sở Thông tin và Truyền thông"))
        self.province.setPlaceholderText(self.tr("e.g. Tỉnh Bình Dương"))
        head_box = QGroupBox(self.tr("Header (kept in the preferences)"))
        head_form = QFormLayout(head_box)
        head_form.addRow(self.tr("&Department:"), self.department)
        head_form.addRow(self.tr("P&rovince:"), self.province)
        # Who signs this report; prefilled from the preferences, changed for this one.
        signer = get_signer(store)
        self.signer_authority = QLineEdit(signer.authority)
        self.signer_authority.setPlaceholderText(self.tr("e.g. KT. GIÁM ĐỐC"))
        self.signer_position = QLineEdit(signer.position)
        self.signer_position.setPlaceholderText(self.tr("e.g. PHÓ GIÁM ĐỐC"))
        self.signer_name = QLineEdit(signer.name)
        self.signer_name.setPlaceholderText(self.tr("Full name"))
        signer_box = QGroupBox(self.tr("Signer"))
        signer_form = QFormLayout(signer_box)
        signer_form.addRow(self.tr("Au&thority:"), self.signer_authority)
        signer_form.addRow(self.tr("Posi&tion:"), self.signer_position)
        signer_form.addRow(self.tr("&Name:"), self.signer_name)
        frame_row = QHBoxLayout()
        frame_row.addWidget(head_box)
        frame_row.addWidget(signer_box)

        # Addressee, recipients and the coordinator's own proposals.
        self.addressee = QComboBox()
        self.addressee.setEditable(True)
        self.addressee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addressee.addItems(_recent_addressees)
        self.addressee.setCurrentText(_recent_addressees[0] if _recent_addressees else "")
        line = self.addressee.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân tỉnh (leave empty for none)"))
        self.recipients = QPlainTextEdit("\n".join(_recent_recipients))
        self.recipients.setPlaceholderText(self.tr("One a line, e.g. Như trên"))
        self.recipients.setTabChangesFocus(True)
        self.proposals = QPlainTextEdit()
        self.proposals.setPlaceholderText(
            self.tr("What the report asks of its readers; left out of the report when empty")
        )
        self.proposals.setTabChangesFocus(True)
        for edit in (self.recipients, self.proposals):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        send_box = QGroupBox(self.tr("Addressee and proposals"))
        send_form = QFormLayout(send_box)
        send_form.addRow(self.tr("&To:"), self.addressee)
        send_form.addRow(self.tr("Rec&ipients:"), self.recipients)
        send_form.addRow(self.tr("Pr&oposals:"), self.proposals)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("report_message")
        self.issued_label = QLabel()  # "Issued as No. 07/BC-…": re-issuing keeps it
        self.issued_label.setStyleSheet("color: #1b5e20;")
        self.issued_label.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setToolTip(self.tr("See the pages before printing (Ctrl+P)"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.docx_button = QPushButton(self.tr("Save as &Word…"))
        self.xlsx_button = QPushButton(self.tr("Save as &Excel…"))
        self.issue_button = QPushButton(issuing.action_text())
        self.issue_button.setToolTip(issuing.action_tip())
        for button in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.docx_button,
            self.xlsx_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.docx_button.clicked.connect(lambda: self.save_as(".docx"))
        self.xlsx_button.clicked.connect(lambda: self.save_as(".xlsx"))
        self.issue_button.clicked.connect(lambda: self.issue_and_save())
        QShortcut(QKeySequence.StandardKey.Print, self, self.preview)

        # Two pages, so the dialog fits a 1024×700 office screen at 125 %: what the
        # report covers, and how it goes out (addressee, proposals, header, signer).
        contents, sending = QWidget(), QWidget()
        contents_layout, sending_layout = QVBoxLayout(contents), QVBoxLayout(sending)
        for widget in (period_box, scope_box, sections_box):
            contents_layout.addWidget(widget)
        contents_layout.addStretch(1)
        sending_layout.addWidget(send_box)
        sending_layout.addLayout(frame_row)
        sending_layout.addStretch(1)
        self.pages = QTabWidget()
        self.pages.addTab(contents, self.tr("&Contents"))
        self.pages.addTab(sending, self.tr("&Sending and signing"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        issue_row = QHBoxLayout()  # the outgoing number: issued here, said beside
        issue_row.addWidget(self.issued_label, 1)
        issue_row.addWidget(self.issue_button)
        layout.addLayout(issue_row)
        layout.addWidget(buttons)

        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.first.dateChanged.connect(self._dates_edited)
        self.last.dateChanged.connect(self._dates_edited)
        self.scope_kind.currentIndexChanged.connect(self._scope_kind_chosen)
        self._preset_chosen()
        self._scope_kind_chosen()
        self._last_folder = Path(user_documents_dir())
        for changed in (
            self.first.dateChanged,
            self.last.dateChanged,
            self.preset.currentIndexChanged,
            self.scope_kind.currentIndexChanged,
            self.scope_item.currentIndexChanged,
        ):
            changed.connect(lambda *_args: self.show_issued())
        self.show_issued()

    # --- choosing -------------------------------------------------------------
    def _preset_chosen(self) -> None:
        preset = Preset(self.preset.currentData())
        if preset == Preset.CUSTOM:
            return
        first, last = period(preset, self._today)
        for edit, value in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        preset = preset_of(_pydate(self.first.date()), _pydate(self.last.date()), self._today)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(preset.value))
        self.preset.blockSignals(False)

    def _choices(self, kind: ScopeKind) -> list[Choice]:
        match kind:
            case ScopeKind.PROGRAMME:
                return programme_choices(self._store)
            case ScopeKind.PARTNER:
                return organization_choices(self._store, internal=False)
            case ScopeKind.PROJECT:
                return project_choices(self._store)
            case ScopeKind.UNIT:
                return organization_choices(self._store, internal=True)
        return []

    def _scope_kind_chosen(self) -> None:
        kind = ScopeKind(self.scope_kind.currentData())
        refill(self.scope_item, self.tr("(choose)"), ((c.name, c.id) for c in self._choices(kind)))
        self.scope_item.setEnabled(kind != ScopeKind.ALL)
        if kind != ScopeKind.ALL:
            self.scope_item.setFocus()
        overview = self.sections[Section.PARTNERS]
        overview.setEnabled(kind in GROUPED_SCOPES)
        overview.setToolTip(
            labels.arg(
                self.tr(
                    "One line per partner. When the lists run past %1 rows, paper and "
                    "Word print this table instead; Excel always has the lists."
                ),
                labels.fmt_count(PAPER_LIST_ROWS),
            )
            if kind in GROUPED_SCOPES
            else self.tr("A report about one programme, partner or project has one partner.")
        )

    def choose_scope(self, kind: ScopeKind, item_id: int | None = None) -> None:
        self.scope_kind.setCurrentIndex(self.scope_kind.findData(kind.value))
        if item_id is not None:
            self.scope_item.setCurrentIndex(self.scope_item.findData(item_id))

    def choose_period(self, first: date, last: date) -> None:
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def request(self) -> ReportRequest | None:
        """The report asked for, or None after saying in the dialog what is missing."""
        bad = refuse_bad_dates(self)
        if bad:
            self._refuse(bad[0].problem())
            return None
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        if last < first:
            self._refuse(self.tr("The period must end on or after its first day."))
            return None
        kind = ScopeKind(self.scope_kind.currentData())
        scope = Scope()
        if kind != ScopeKind.ALL:
            item = self.scope_item.currentData()
            if item is None:
                self.scope_item.setFocus()
                self._refuse(self.tr("Choose which one in the list beside the scope."))
                return None
            scope = Scope(kind, int(item), self.scope_item.currentText())
        sections = frozenset(
            s for s, box in self.sections.items() if box.isChecked() and box.isEnabled()
        )
        if not sections:
            self._refuse(self.tr("Tick at least one section to include."))
            return None
        self.message.clear()
        self._keep_letterhead()
        addressee = " ".join(self.addressee.currentText().split())
        recipients = tuple(
            r
            for r in (_recipient(line) for line in self.recipients.toPlainText().splitlines())
            if r
        )
        self._remember(addressee, recipients)
        request = ReportRequest(
            first,
            last,
            scope,
            sections,
            recipients=recipients,
            addressee=addressee,
            proposals=self.proposals.toPlainText().strip(),
            signer=self.signer(),
        )
        # Issued before: every copy of it carries its number and date, not a blank.
        key = report_key(kind.value, scope.id, first, last)
        issued = register.find(self._store, DocumentType.REPORT, key)
        if issued is not None:
            request = replace(request, number=issued.number, issued_on=issued.issued_on)
        return request

    @staticmethod
    def _remember(addressee: str, recipients: tuple[str, ...]) -> None:
        """Keep the addressee (most recent first) and Nơi nhận for the next report."""
        if addressee:
            if addressee in _recent_addressees:
                _recent_addressees.remove(addressee)
            _recent_addressees.insert(0, addressee)
            del _recent_addressees[10:]
        _recent_recipients[:] = recipients

    def signer(self) -> Signer:
        """Who signs, as the dialog shows it."""
        return Signer(
            self.signer_authority.text().strip(),
            self.signer_position.text().strip(),
            self.signer_name.text().strip(),
        )

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _keep_letterhead(self) -> None:
        head = dataclasses.replace(
            get_letterhead(self._store),
            department=self.department.text().strip(),
            province=self.province.text().strip(),
        )
        if head != get_letterhead(self._store):
            set_letterhead(self._store, head)

    # --- outputs --------------------------------------------------------------
    def _outputs(self) -> list[QPushButton]:
        return [
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.docx_button,
            self.xlsx_button,
            self.issue_button,
        ]

    def _run(self, operation: Operation[T]) -> Operation[T]:
        """Start writing or gathering; the output buttons wait until it is done."""
        for button in self._outputs():
            button.setEnabled(False)
        return operation.run()

    def _done(self) -> None:
        for button in self._outputs():
            button.setEnabled(True)
        if self._store.read_only:
            refuse_writing(self.issue_button)

    def _gather(
        self, request: ReportRequest, then: Callable[[StatusReport], None]
    ) -> Operation[StatusReport]:
        """Gather the report in the background, then ``then(report)``."""
        store = self._store

        def gathered(report: StatusReport) -> None:
            self._done()
            then(report)

        def refused(exc: BaseException) -> None:
            self._done()
            if not isinstance(exc, ReportCancelledError):
                raise exc
            self._say(self.tr("The report was stopped."))

        return self._run(
            Operation(self, lambda progress: gather(store, request, progress))
            .with_progress(self.tr("Gathering the report…"), self.tr("Stop"))
            .success(gathered)
            .failure(refused)
        )

    def preview(self) -> None:
        request = self.request()
        if request is not None:
            self._gather(request, self._preview)

    def _preview(self, report: StatusReport) -> None:
        doc = paper.text_document(report)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(common.page_layout())
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print preview – status report"))
        preview.paintRequested.connect(lambda p: paper.paint(report, doc, p))
        preview.resize(1000, 800)
        preview.exec()

    def print_report(self) -> None:
        request = self.request()
        if request is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(common.page_layout())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return

        def paint(report: StatusReport) -> None:
            pages = paper.paint(report, paper.text_document(report), printer)
            self._say(labels.arg(self.tr("%1 pages sent to the printer."), labels.fmt_count(pages)))

        self._gather(request, paint)

    def _default_name(self, request: ReportRequest, suffix: str) -> str:
        stem = self.tr("status-report")
        return f"{stem}-{request.first:%Y%m%d}-{request.last:%Y%m%d}{suffix}"

    def save_as(
        self,
        suffix: str,
        path: Path | None = None,
        request: ReportRequest | None = None,
        issued: IssuedNumber | None = None,
    ) -> Operation[None] | None:
        """Ask where (unless ``path``), then gather and write in a process of its own;
        ``saved`` says where when it is done. None when nothing was started. When the
        file of an ``issued`` number is not written, the register stops naming it."""
        request = request or self.request()
        if request is None:
            return None
        if path is None:
            filters = {
                ".pdf": self.tr("PDF documents (*.pdf)"),
                ".docx": self.tr("Word documents (*.docx)"),
                ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
            }
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the report"),
                str(self._last_folder / self._default_name(request, suffix)),
                filters[suffix],
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
        chosen_path = path

        def written(_nothing: None) -> None:
            self._done()
            self._last_folder = chosen_path.parent
            self._say(self.tr("Saved to %1").replace("%1", str(chosen_path)))
            self.saved.emit(chosen_path)

        def refused(exc: BaseException) -> None:
            self._done()
            if issued is not None and isinstance(
                exc, ReportCancelledError | StoppedError | OSError | ProcessEndedError
            ):  # the number stays taken (another may follow it); its file is not there
                issuing.drop_file(self._store, issued, chosen_path)
                self.show_issued()
            if isinstance(exc, ReportCancelledError | StoppedError):
                _drop_part(chosen_path)
                stopped = self.tr("The report was stopped; no file was written.")
                if issued is not None:
                    self._refuse(issuing.unsaved_text(self._store, issued, stopped.rstrip(".")))
                    return
                self._say(stopped)
                return
            if not isinstance(exc, OSError | ProcessEndedError):
                raise exc
            _drop_part(chosen_path)
            if isinstance(exc, ProcessEndedError):
                said = (
                    self.tr("The report could not be written to %1: %2")
                    .replace("%1", str(chosen_path))
                    .replace("%2", self.tr("the process writing it stopped unexpectedly"))
                )
            else:  # the folder named, in the user's language (not the system's English)
                said = write_error_text(chosen_path, exc)
            if issued is not None:
                said = issuing.unsaved_text(self._store, issued, said)
                self._refuse(said)
            QMessageBox.warning(self, self.tr("Save the report"), said)

        return self._run(
            Operation(
                self,
                partial(write_in_own_process, self._store.path, _language(), request, path),
            )
            .in_process()
            .with_progress(self.tr("Writing the report…"), self.tr("Stop"))
            .success(written)
            .failure(refused)
        )

    # --- the outgoing number --------------------------------------------------
    def _record_key(self) -> str | None:
        """The register's key of the scope and period chosen; None while incomplete."""
        kind = ScopeKind(self.scope_kind.currentData())
        item = self.scope_item.currentData() if kind != ScopeKind.ALL else None
        if kind != ScopeKind.ALL and item is None:
            return None
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        return report_key(kind.value, None if item is None else int(item), first, last)

    def preferences_changed(self) -> None:
        """Preferences saved: the letterhead and signer fields follow them, except
        those the coordinator has typed over in this dialog."""
        head, signer = get_letterhead(self._store), get_signer(self._store)
        for field, value in (
            (self.department, head.department),
            (self.province, head.province),
            (self.signer_authority, signer.authority),
            (self.signer_position, signer.position),
            (self.signer_name, signer.name),
        ):
            if not field.isModified():
                field.setText(value)

    def show_issued(self) -> None:
        """Say when the report of this scope and period was issued before."""
        key = self._record_key()
        issued = register.find(self._store, DocumentType.REPORT, key) if key else None
        self.issued_label.setText(issuing.issued_text(self._store, issued) if issued else "")
        self.issued_label.setVisible(issued is not None)
        if issued is not None and issued.proposals and not self.proposals.toPlainText().strip():
            # The kiến nghị kept with the issued report come back with it, never over
            # what the coordinator has typed since.
            self.proposals.setPlainText(issued.proposals)

    def _subject(self, request: ReportRequest) -> str:
        """The register's trích yếu: the report's own subject, its scope and period."""
        return words.subject_line(request, request.scope.name)

    def issue_and_save(self) -> Operation[None] | None:
        """Cấp số: the report takes the next number of the outgoing register (or keeps
        the one this scope and period took), then is saved as PDF or Word with it; the
        proposals typed are kept with the issue."""
        request = self.request()
        if request is None:
            return None
        key = report_key(request.scope.kind.value, request.scope.id, request.first, request.last)
        day = request.made_at.date() if request.made_at else today_local()
        if not issuing.ask_to_issue(self, self._store, DocumentType.REPORT, key, day):
            return None
        path = issuing.ask_document_path(
            self,
            self.tr("Issue number and save the report"),
            self._last_folder / self._default_name(request, ".pdf"),
        )
        if path is None:
            return None
        refused = issuing.unwritable(path)
        if refused is not None:  # the folder refuses the file: no number is taken for it
            self._refuse(issuing.refusal_text(path, refused))
            return None
        try:
            issued = register.issue(
                self._store,
                DocumentType.REPORT,
                key,
                self._subject(request),
                day,
                str(path),
                request.proposals,
            )
        except StoreError as exc:
            self._refuse(labels.arg(self.tr("No number was issued: %1"), in_use_error_text(exc)))
            return None
        self.show_issued()
        # Issued again on a later day, the report keeps its number and its date.
        issue = replace(request, number=issued.number, issued_on=issued.issued_on)
        return self.save_as(path.suffix.lower(), path, issue, issued)
