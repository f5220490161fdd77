"""The Partners tab (Đối tác): a filtered table and the selected partner's page."""

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.common import Sort
from coordinator.db.queries.partners import (
    PartnerDetail,
    PartnerExportRow,
    PartnerFilter,
    PartnerInput,
    PartnerRow,
    count_partners,
    get_partner,
    list_partners,
    list_partners_for_export,
    partner_snapshot,
    put_partner,
    set_partner_deleted,
)
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind, PersonRole
from coordinator.text import labels
from coordinator.text.errors import store_error_text
from coordinator.text.html import entries, esc, fields, heading, link, note, table
from coordinator.ui.agreements.flow import AgreementFlow
from coordinator.ui.common.export_list import action_text, described, export_model_list, quoted
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.tab import TabPage
from coordinator.ui.common.undo import Snapshots, SoftDelete
from coordinator.ui.common.views import LIST_MIN_WIDTH, detail_browser, one_line, select_row
from coordinator.ui.partners.dialog import PartnerDialog

COLUMNS: list[Column[PartnerRow]] = [
    Column(lambda: QCoreApplication.translate("PartnersTab", "Name"), lambda r: r.name, "name"),
    Column(
        lambda: QCoreApplication.translate("PartnersTab", "Short name"),
        lambda r: r.short_name,
        "short_name",
    ),
    Column(
        lambda: QCoreApplication.translate("PartnersTab", "Kind"),
        lambda r: labels.org_kind(r.kind),
        "kind",
    ),
    Column(
        lambda: QCoreApplication.translate("PartnersTab", "Role"),
        lambda r: (
            QCoreApplication.translate("PartnersTab", "Province unit")
            if r.is_internal
            else QCoreApplication.translate("PartnersTab", "Partner")
        ),
        "internal",
    ),
    Column(
        lambda: QCoreApplication.translate("PartnersTab", "Country"), lambda r: r.country, "country"
    ),
    Column(
        lambda: QCoreApplication.translate("PartnersTab", "No. of projects"),
        lambda r: r.project_count,
        "projects",
        align_right=True,
    ),
]


# The list's columns, then every other field a partner import reads (same words as the page).
EXPORT_COLUMNS: list[Column[PartnerExportRow]] = [
    *COLUMNS,  # type: ignore[list-item]  # a PartnerExportRow has every PartnerRow field
    Column(lambda: QCoreApplication.translate("PartnersTab", "Address"), lambda r: r.address),
    Column(lambda: QCoreApplication.translate("PartnersTab", "Website"), lambda r: r.website),
    Column(lambda: QCoreApplication.translate("PartnersTab", "Phone"), lambda r: r.phone),
    Column(lambda: QCoreApplication.translate("PartnersTab", "E-mail"), lambda r: r.email),
    Column(lambda: QCoreApplication.translate("PartnersTab", "Notes"), lambda r: r.notes),
]


class PartnersTab(TabPage):
    open_project = Signal(int)
    roster_requested = Signal(int, str)  # organisation id, window title

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo
        self._filter = PartnerFilter()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, e.g. “dai hoc” or “binh duong”"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in OrgKind:
            self.kind.addItem(labels.org_kind(kind), kind.value)
        self.role = QComboBox()
        self.role.addItem(self.tr("Partners and province units"), None)
        self.role.addItem(self.tr("Outside partners only"), False)
        self.role.addItem(self.tr("Province units only"), True)

        self.model: LazyTableModel[PartnerRow] = LazyTableModel(
            COLUMNS,
            lambda: count_partners(self._store, self._filter),
            lambda sort, off, lim: list_partners(self._store, self._filter, sort, off, lim),
            Sort("name"),
        )
        self.table = QTableView()
        one_line(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = detail_browser()
        self.detail.anchorClicked.connect(self._anchor)
        self.agreements = AgreementFlow(store, undo, self)
        self.agreements.changed.connect(lambda _id: self._show_detail())
        self.agreements.message.connect(self.status_message)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.role.currentIndexChanged.connect(lambda _i: self._apply_filter())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.role, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.table)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(LIST_MIN_WIDTH)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- TabPage -----------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        self.model.reload()
        if not self._select(current) and self.model.rowCount():
            select_row(self.table, 0)
        self.status_message.emit(self.tr("%Ln partner(s)", "", self.model.total()))

    def focus_filter(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_list(self) -> None:
        """Every partner the filter shows, in its order, with all of each one's fields."""
        f, sort = self._filter, self.model.current_sort()
        name = self.tr("Partners")
        title = described(
            name,
            [
                quoted(f.text),
                self.kind.currentText() if self.kind.currentIndex() > 0 else "",
                self.role.currentText() if self.role.currentIndex() > 0 else "",
            ],
        )
        export_model_list(
            self,
            name,
            title,
            EXPORT_COLUMNS,
            lambda: count_partners(self._store, f),
            lambda off, lim: list_partners_for_export(self._store, f, sort, off, lim),
            self.status_message.emit,
        )

    def new_item(self) -> None:
        dialog = PartnerDialog(self._store, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._push_edit(self.tr("new partner"), dialog.saved_id, None)
            self.model.reload()
            self._select(dialog.saved_id)
            self.status_message.emit(self.tr("Partner saved. Ctrl+Z undoes it."))

    def edit_selected(self) -> None:
        partner_id = self.current_id()
        if partner_id is None:
            return
        detail = get_partner(self._store, partner_id)
        if detail is None:
            self.refresh()
            return
        before = get_partner(self._store, partner_id)
        dialog = PartnerDialog(self._store, detail.partner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._push_edit(
                labels.arg(self.tr("edit “%1”"), detail.partner.name),
                dialog.saved_id,
                dialog.undo_base(before.partner if before is not None else None)
                if dialog.saved_id == partner_id
                else None,
            )
            self.refresh()
            self.status_message.emit(self.tr("Partner saved. Ctrl+Z undoes the change."))

    def _push_edit(self, text: str, partner_id: int, before: PartnerInput | None) -> None:
        """Make a save just done undoable: undo puts back ``before`` (None: a new
        partner, which undo sends to the trash)."""
        self._undo.push(
            Snapshots(
                text,
                {partner_id: before},
                lambda i: partner_snapshot(self._store, i),
                lambda i, snap: put_partner(self._store, i, snap),
                lambda: self._after_undoable(partner_id),
                self,
            )
        )

    def delete_selected(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete partner"),
            self.tr("Delete “%1”? You can undo this with Ctrl+Z.").replace("%1", row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        partner_id = row.id
        self._undo.push(
            SoftDelete(
                self.tr("delete partner “%1”").replace("%1", row.name),
                lambda deleted: set_partner_deleted(self._store, partner_id, deleted),
                lambda: self._after_undoable(partner_id),
            )
        )
        self.status_message.emit(self.tr("Partner deleted. Ctrl+Z brings it back."))

    # --- helpers -----------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def select_partner(self, partner_id: int) -> bool:
        """Show one partner, clearing filters that would hide it."""
        if self._select(partner_id):
            return True
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        self._apply_filter()
        return self._select(partner_id)

    def _after_undoable(self, partner_id: int) -> None:
        self.model.reload()
        if not self._select(partner_id):
            self._show_detail()

    def _select(self, partner_id: int | None) -> bool:
        if partner_id is None:
            return False
        row = self.model.find_row(lambda r: r.id == partner_id)
        if row < 0:
            return False
        unchanged = self.table.currentIndex().row() == row
        select_row(self.table, row)  # a new current row shows its page by itself
        self.table.scrollTo(self.model.index(row, 0))
        if unchanged:
            self._show_detail()
        return True

    def _apply_filter(self) -> None:
        kind = self.kind.currentData()
        self._filter = PartnerFilter(
            text=self.search.text(),
            kind=OrgKind(kind) if kind else None,
            internal=self.role.currentData(),
        )
        self.model.reload()
        if self.model.rowCount():
            select_row(self.table, 0)
        self._show_detail()
        self.status_message.emit(self.tr("%Ln partner(s) found", "", self.model.total()))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        writable = not self._store.read_only
        menu.addAction(self.tr("&New partner…"), self.new_item).setEnabled(writable)
        if self.current_id() is not None:
            menu.addAction(self.tr("&Edit…"), self.edit_selected)
            delete = QAction(self.tr("&Delete"), menu)
            delete.triggered.connect(self.delete_selected)
            delete.setEnabled(writable)
            menu.addAction(delete)
            menu.addSeparator()
            menu.addAction(
                self.tr("New &agreement with this partner…"), self.new_agreement
            ).setEnabled(writable)
            menu.addAction(self.tr("Experts and &volunteers"), self.show_roster)
        menu.addSeparator()
        menu.addAction(action_text(), self.export_list)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "project":
            self.open_project.emit(int(url.path()))
        elif url.scheme() == "roster":
            self.show_roster()
        elif url.scheme() == "agreement-new":
            self.new_agreement()
        elif url.scheme() == "agreement":
            self.agreements.edit(int(url.path()))
        elif url.scheme() == "agreement-renew" and not self._store.read_only:
            self.agreements.renew(int(url.path()))

    def new_agreement(self) -> int | None:
        """A new agreement with the selected partner already among its parties."""
        partner_id = self.current_id()
        if partner_id is None or self._store.read_only:
            return None
        return self.agreements.new([partner_id])

    def show_roster(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            title = labels.arg(self.tr("Experts of %1"), row.name)
            self.roster_requested.emit(row.id, title)

    def _show_detail(self) -> None:
        partner_id = self.current_id()
        try:
            detail = get_partner(self._store, partner_id) if partner_id is not None else None
        except StoreError as exc:  # a page that cannot be read: said here, not a crash
            self.detail.setHtml(note(store_error_text(self._store.path, exc)))
            return
        if detail is None:
            self.detail.setHtml(note(self.tr("Select a partner to see its page.")))
            return
        self.detail.setHtml(self._detail_html(detail))

    def _detail_html(self, d: PartnerDetail) -> str:
        p = d.partner
        # The page's contacts are those kept as contacts or staff; the partner's volunteer
        # experts are counted here and listed in the roster.
        contacts = [c for c in p.contacts if c.roles - {PersonRole.VOLUNTEER}]
        roster_text = labels.arg(
            self.tr("Experts and volunteers of this partner (%1)"),
            sum(PersonRole.VOLUNTEER in c.roles for c in p.contacts),
        )
        parts = [
            heading(p.name, 2),
            fields(
                [
                    (self.tr("Short name"), p.short_name),
                    (self.tr("Kind"), labels.org_kind(p.kind)),
                    (
                        self.tr("Role"),
                        self.tr("Province unit") if p.is_internal else self.tr("Partner"),
                    ),
                    (self.tr("Country"), p.country),
                    (self.tr("Address"), p.address),
                    (self.tr("E-mail"), p.email),
                    (self.tr("Phone"), p.phone),
                    (self.tr("Website"), p.website),
                    (self.tr("Notes"), p.notes),
                ]
            ),
            heading(self.tr("Contacts")),
            "<p>" + link("roster:partner", roster_text) + "</p>",
            entries(
                [(c.full_name, c.title, c.email, c.phone) for c in contacts],
                self.tr("No contacts yet."),
            ),
            heading(self.tr("Cooperation agreements")),
        ]
        if not self._store.read_only:
            new_text = self.tr("New agreement with this partner…")
            parts.append("<p>" + link("agreement-new:partner", new_text) + "</p>")
        if not d.agreements:
            parts.append(note(self.tr("No agreements yet.")))
        for a in d.agreements:
            period = labels.fmt_period(a.starts_on, a.ends_on)
            if a.horizon_year:
                period += " " + self.tr("(vision to %1)").replace("%1", str(a.horizon_year))
            actions = link(f"agreement:{a.id}", self.tr("open"))
            if not self._store.read_only:
                actions += " · " + link(f"agreement-renew:{a.id}", self.tr("renew"))
            parts.append(f"<p><b>{esc(a.title)}</b> [{actions}]</p>")
            parts.append(
                fields(
                    [
                        (self.tr("Number"), a.number),
                        (self.tr("Signed"), labels.fmt_date(a.signed_on)),
                        (self.tr("Period"), period),
                        (self.tr("Parties"), "; ".join(a.parties)),
                        (self.tr("Fields"), a.fields),
                    ]
                )
            )
            parts.append(
                table(
                    [self.tr("Commitment"), self.tr("Party"), self.tr("Due"), self.tr("Status")],
                    [
                        (c.text, c.party, labels.fmt_date(c.due_on), labels.task_status(c.status))
                        for c in a.commitments
                    ],
                    self.tr("No commitments recorded."),
                )
            )
        parts.append(heading(self.tr("Projects")))
        if d.projects:
            items = "".join(
                f"<li>{link(f'project:{x.id}', f'{x.code} – {x.title}')} "
                f"({esc(labels.project_status(x.status))})</li>"
                for x in d.projects
            )
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(note(self.tr("No projects yet.")))
        return "".join(parts)
