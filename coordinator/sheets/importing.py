"""An office's list brought in: a plan first, every row with what will happen, then
one transaction.

``plan_import`` reads nothing but the database: each row of the file becomes a
``PlannedRow`` with its values, its problems (named by row and column), the stored
record it is (a duplicate found by folded name, e-mail or phone) and the action
proposed: add, merge, unchanged or skip. The window lets the user change the action
of any row; ``apply_plan`` then writes all of it in one transaction, or nothing,
and returns what ``undo_import`` needs to take it back as one step.

Duplicates: a row whose folded name equals a stored record's (and, for a person,
no e-mail or organisation says otherwise) is that record, and merges into it: the
file's filled cells replace the stored values, empty cells leave them. A row that
shares only an e-mail, a phone or a short name with a record may be it: it is
added as a new record unless the user chooses to merge, and the report lists it.
Rows of the file that are the same record merge into the first of them.
"""

import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.dates import DateError, parse_date
from coordinator.domain.enums import OrgKind, PersonRole, join_roles, split_roles
from coordinator.domain.text import fold
from coordinator.domain.validation import FIRST_YEAR, LAST_YEAR, Checker
from coordinator.sheets.fields import (
    FIELDS,
    LIMITS,
    REQUIRED,
    Field,
    ListKind,
    Mapping,
    find_header,
    guess_mapping,
)
from coordinator.sheets.reading import Cell, Formula, Grid, Progress


class Action(StrEnum):
    ADD = "add"
    MERGE = "merge"
    UNCHANGED = "unchanged"  # the file says what is stored already
    SKIP = "skip"


class Issue(StrEnum):
    """Why a row cannot be written as it is."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    EMAIL = "email"
    PHONE = "phone"
    DATE = "date"
    YEAR = "year"
    END_BEFORE_START = "end_before_start"
    KIND = "kind"
    ROLE = "role"
    YES_NO = "yes_no"
    UNKNOWN_PROJECT = "unknown_project"
    AMBIGUOUS_PROJECT = "ambiguous_project"
    AMBIGUOUS_PERSON = "ambiguous_person"
    FORMULA = "formula"  # a formula nothing calculated: its value is not in the file


class Notice(StrEnum):
    """What the preview tells about a row that is fine."""

    NEW_ORGANIZATION = "new_organization"  # the person's organisation is added too
    NEW_PERSON = "new_person"  # the stay's person is added too
    PHONE_ZERO = "phone_zero"  # Excel had dropped the leading 0 of a number
    MAYBE_SAME = "maybe_same"  # shares an e-mail, phone or short name with a record
    SAME_AS_ROW = "same_as_row"  # an earlier row of the file is the same record


class ImportCancelledError(Exception):
    """The user pressed Stop; nothing was written."""


@dataclass(frozen=True)
class RowProblem:
    row: int  # as numbered in the file
    column: int | None  # 0-based column in the file, None when the row has no such column
    header: str
    field: Field | None
    issue: Issue
    value: str = ""


@dataclass(frozen=True)
class Existing:
    """A stored record a row is, or may be."""

    id: int
    summary: str  # its name, e-mail and phone as stored
    version: int
    exact: bool  # the same folded name: the same record
    by: str  # "name", "email", "phone", "short_name" or "stay"


@dataclass
class PlannedRow:
    row: int
    values: dict[Field, Any]
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[tuple[Notice, str]] = field(default_factory=list)
    existing: Existing | None = None
    same_as: int | None = None  # index in ImportPlan.rows of an earlier row, same record
    changes: dict[Field, tuple[Any, Any]] = field(default_factory=dict)  # stored -> file
    action: Action = Action.ADD
    # Values the file does not give but the import guessed (a partner's kind from its
    # name): used for a new record, never written over a stored or earlier one.
    guessed: set[Field] = field(default_factory=set)
    # A row whose problems are all in cells the list can do without: skipped unless the
    # user chooses to write it without those cells.
    salvageable: bool = False

    @property
    def bad(self) -> bool:
        return bool(self.problems)

    @property
    def written(self) -> bool:
        """Whether importing writes anything of it (a merge that changes nothing aside)."""
        return self.action is not Action.SKIP and (not self.bad or self.salvageable)

    def choices(self) -> list[Action]:
        """What the user may choose for this row (a bad row: skipped, or written without
        its bad cells when it can be)."""
        if self.bad and not self.salvageable:
            return [Action.SKIP]
        if self.existing is not None or self.same_as is not None:
            return [Action.MERGE, Action.ADD, Action.SKIP]
        return [Action.ADD, Action.SKIP]


@dataclass
class ImportPlan:
    kind: ListKind
    headers: list[str]
    mapping: Mapping
    header_row: int  # as numbered in the file
    rows: list[PlannedRow]
    sheet: str = ""
    # The newest partner, person and stay when the plan was made: one added since
    # (another import, another window) may be a row's duplicate, so the plan is stale.
    newest: dict[str, int] = field(default_factory=dict)
    # Rows under the table, left out: its totals row and the signature block.
    below: list[int] = field(default_factory=list)

    def counts(self) -> dict[Action, int]:
        out = dict.fromkeys(Action, 0)
        for r in self.rows:
            out[r.action] += 1
        return out

    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    def maybe_same(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.existing is not None and not r.existing.exact]

    def skip_bad(self) -> None:
        for r in self.rows:
            if r.bad:
                r.action = Action.SKIP


@dataclass
class ImportResult:
    """What was written, for the report and for undo."""

    added: int = 0
    merged: int = 0
    unchanged: int = 0
    skipped: int = 0
    organizations_added: int = 0
    people_added: int = 0
    created: list[tuple[str, int]] = field(default_factory=list)
    before: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    after: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    versions: dict[tuple[str, int], int] = field(default_factory=dict)


# --- words of the cells ---------------------------------------------------------------

log = logging.getLogger(__name__)
_KIND_WORDS: tuple[tuple[OrgKind, tuple[str, ...]], ...] = (
    (
        OrgKind.INTERNATIONAL,
        ("to chuc quoc te", "international", "quoc te", "ngo", "phi chinh phu", "lien hop quoc"),
    ),
    (
        OrgKind.ASSOCIATION,
        ("hiep hoi", "hoi", "association", "lien hiep", "cau lac bo", "club", "society"),
    ),
    (
        OrgKind.ACADEMIA,
        (
            "hoc thuat",
            "truong",
            "dai hoc",
            "hoc vien",
            "vien",
            "university",
            "academia",
            "academic",
            "institute",
            "college",
            "school",
            "giao duc",
        ),
    ),
    (
        OrgKind.GOVERNMENT,
        (
            "co quan nha nuoc",
            "nha nuoc",
            "ban quan ly",
            "don vi su nghiep",
            "tong cuc",
            "chi cuc",
            "co quan",
            "chinh quyen",
            "chinh phu",
            "uy ban",
            "ubnd",
            "so",
            "bo",
            "cuc",
            "tinh",
            "thanh pho",
            "government",
            "ministry",
            "department",
            "city",
            "province",
            "municipality",
        ),
    ),
    (
        OrgKind.ENTERPRISE,
        (
            "doanh nghiep",
            "cong ty",
            "tap doan",
            "tong cong ty",
            "ngan hang",
            "enterprise",
            "company",
            "corporation",
            "corp",
            "inc",
            "ltd",
            "jsc",
            "group",
            "business",
            "cong vien phan mem",
        ),
    ),
)

_ROLE_WORDS: dict[PersonRole, tuple[str, ...]] = {
    PersonRole.VOLUNTEER: (
        "tinh nguyen vien",
        "chuyen gia",
        "chuyen gia tinh nguyen",
        "volunteer",
        "volunteer expert",
        "expert",
        "consultant",
    ),
    PersonRole.CONTACT: ("lien he", "dau moi", "nguoi lien he", "contact", "lien lac"),
    PersonRole.STAFF: ("can bo", "nhan vien", "cong chuc", "staff", "employee", "officer"),
}

_YES = {"co", "x", "yes", "y", "true", "1", "noi bo", "internal", "dung", "v"}
_YES |= {"don vi cua tinh", "province unit", "don vi noi bo"}  # the partners list's Role
_NO = {"khong", "no", "n", "false", "0", "ngoai", "external", "sai", "doi tac", "partner"}
_WORD = re.compile(r"[^\W_]+")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _words_in(key: str, words: Iterable[str]) -> bool:
    padded = f" {key} "
    return any(f" {w} " in padded for w in words)


def kind_of(text: str) -> OrgKind | None:
    """A partner's kind from its label in either language ("Cơ quan nhà nước",
    "Enterprise") or from words of the name ("Sở …", "Trường Đại học …")."""
    key = _key(text)
    for kind in OrgKind:
        if key == kind.value:
            return kind
    # What a name or a label starts with decides first: "Sở Giáo dục …" is a government
    # body, "Doanh nghiệp nhà nước" an enterprise.
    starts = [
        (len(w), kind)
        for kind, words in _KIND_WORDS
        for w in words
        if key == w or key.startswith(w + " ")
    ]
    if starts:
        return max(starts, key=lambda found: found[0])[1]
    for kind, words in _KIND_WORDS:
        if _words_in(key, words):
            return kind
    return None


def _roles(text: str) -> set[PersonRole] | None:
    roles: set[PersonRole] = set()
    for part in re.split(r"[,;/+]| va | and ", fold(text)):
        key = _key(part)
        if not key:
            continue
        found = next(
            (r for r, words in _ROLE_WORDS.items() if key == r.value or key in words), None
        )
        if found is None:
            return None
        roles.add(found)
    return roles or None


def _clean(value: str, lines: bool) -> str:
    """Text without control characters; a one-line field gets spaces for line breaks.
    Invisible format characters (a zero-width space copied from a web page, a
    right-to-left override) go too: they hide a duplicate and turn a name around."""
    if not value.isascii():
        value = "".join(ch for ch in value if unicodedata.category(ch) != "Cf")
    if lines:
        value = value.replace("\r\n", "\n").replace("\t", " ")
        return "".join(ch for ch in value if ch == "\n" or not _control(ch)).strip()
    return " ".join("".join(" " if _control(ch) else ch for ch in value).split())


def _control(ch: str) -> bool:
    return ch < " " or "\x7f" <= ch <= "\x9f"


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "x" if cell else ""
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.strftime("%d/%m/%Y %H:%M")
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    return str(cell)


def _date(cell: Cell) -> date | None:
    """A real Excel date or text dd/mm/yyyy (or yyyy-mm-dd from other programs)."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = _text(cell).strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?", text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise DateError(text, DateError.YEAR)
        try:
            return date(year, month, day)
        except ValueError:
            raise DateError(text, DateError.NO_SUCH_DAY) from None
    return parse_date(text.split(" ")[0] if text else text)


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


class _Countries:
    """Countries as the database already spells them, found by folded name in
    Vietnamese or English ("Japan", "Nhat Ban" -> "Nhật Bản")."""

    _EXTRA = {
        "usa": "US",
        "us": "US",
        "my": "US",
        "hoa ky": "US",
        "uk": "GB",
        "anh": "GB",
        "england": "GB",
        "han quoc": "KR",
        "korea": "KR",
        "holland": "NL",
        "vietnam": "VN",
        "viet nam": "VN",
    }

    def __init__(self, stored: Iterable[str]) -> None:
        from babel import Locale  # noqa: PLC0415 - territory names only an import needs

        self._codes: dict[str, str] = {}
        for lang in ("en", "vi"):
            for code, name in Locale.parse(lang).territories.items():
                if code.isalpha():
                    self._codes.setdefault(_key(name), code)
        self._codes.update(self._EXTRA)
        self._by_key: dict[str, str] = {}
        self._by_code: dict[str, str] = {}
        for name in stored:
            self._by_key.setdefault(_key(name), name)
            code = self._codes.get(_key(name))
            if code:
                self._by_code.setdefault(code, name)

    def canonical(self, text: str) -> str:
        """The stored spelling of ``text``'s country or, when none is stored, the first
        spelling the file used ("Việt Nam", then "Viet Nam" and "Vietnam" are "Việt Nam")."""
        key = _key(text)
        if key in self._by_key:
            return self._by_key[key]
        code = self._codes.get(key)
        found = self._by_code.get(code, text) if code else text
        self._by_key[key] = found
        if code:
            self._by_code.setdefault(code, found)
        return found


# --- what is stored ---------------------------------------------------------------------


@dataclass
class _Record:
    id: int
    version: int
    values: dict[Field, Any]
    summary: str


class _Index:
    """Stored records by folded name, e-mail, phone digits and short name."""

    def __init__(self) -> None:
        self.records: dict[int, _Record] = {}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_email: dict[str, list[int]] = defaultdict(list)
        self.by_phone: dict[str, list[int]] = defaultdict(list)
        self.by_short: dict[str, list[int]] = defaultdict(list)

    def add(self, rec: _Record, name: str, email: str | None, phone: str | None,
            short: str | None = None) -> None:  # fmt: skip
        self.records[rec.id] = rec
        self.by_name[fold(name)].append(rec.id)
        if email:
            self.by_email[email.strip().casefold()].append(rec.id)
        if phone and len(_digits(phone)) >= 6:
            self.by_phone[_digits(phone)].append(rec.id)
        if short:
            self.by_short[fold(short)].append(rec.id)


def _summary(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _partners(s: Session) -> _Index:
    index = _Index()
    o = m.Organization
    for row in s.execute(
        select(o.id, o.version, o.name, o.short_name, o.kind, o.is_internal, o.country,
               o.address, o.website, o.phone, o.email, o.notes).where(o.deleted_at.is_(None))
    ):  # fmt: skip
        values = {
            Field.NAME: row.name,
            Field.SHORT_NAME: row.short_name,
            Field.KIND: row.kind,
            Field.INTERNAL: row.is_internal,
            Field.COUNTRY: row.country,
            Field.ADDRESS: row.address,
            Field.WEBSITE: row.website,
            Field.PHONE: row.phone,
            Field.EMAIL: row.email,
            Field.NOTES: row.notes,
        }
        rec = _Record(row.id, row.version, values, _summary(row.name, row.email, row.phone))
        index.add(rec, row.name, row.email, row.phone, row.short_name)
    return index


def _people(s: Session) -> _Index:
    index = _Index()
    p = m.Person
    org_names: dict[int, str] = {
        oid: name for oid, name in s.execute(select(m.Organization.id, m.Organization.name))
    }
    for row in s.execute(
        select(p.id, p.version, p.full_name, p.title, p.organization_id, p.email, p.phone,
               p.nationality, p.expertise, p.languages, p.role, p.notes)
        .where(p.deleted_at.is_(None))
    ):  # fmt: skip
        values = {
            Field.FULL_NAME: row.full_name,
            Field.TITLE: row.title,
            Field.ORGANIZATION: row.organization_id,
            Field.EMAIL: row.email,
            Field.PHONE: row.phone,
            Field.NATIONALITY: row.nationality,
            Field.EXPERTISE: row.expertise,
            Field.LANGUAGES: row.languages,
            Field.ROLE: row.role,
            Field.NOTES: row.notes,
        }
        org = org_names.get(row.organization_id) if row.organization_id else None
        summary = _summary(row.full_name, org, row.email, row.phone)
        index.add(_Record(row.id, row.version, values, summary), row.full_name, row.email,
                  row.phone)  # fmt: skip
    return index


# --- the plan ---------------------------------------------------------------------------


@dataclass
class _Context:
    kind: ListKind
    headers: list[str]
    columns: dict[Field, int]
    index: _Index
    countries: _Countries
    orgs: dict[str, int]  # folded name and short name -> id
    projects_by_code: dict[str, list[int]]
    projects_by_title: dict[str, list[int]]
    stays: dict[tuple[int, int], list[tuple[int, int, date | None, date | None, str | None]]]
    new_orgs: dict[str, str] = field(default_factory=dict)  # folded -> name as written
    new_people: dict[str, str] = field(default_factory=dict)
    stay_rows: dict[tuple[str, str], list[int]] = field(default_factory=dict)


def plan_import(
    store: Store,
    grid: Grid,
    kind: ListKind,
    mapping: Mapping | None = None,
    header_index: int | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Every row of ``grid`` below its header with what importing it would do.

    ``header_index`` is the position in ``grid.rows`` of the header row (found when
    None); ``mapping`` the field of each column (guessed from the headers when None).
    """
    if header_index is None:
        header_index = find_header(kind, grid.rows)
    header_row, header_cells = grid.rows[header_index]
    width = max(grid.width, len(header_cells))
    headers = [_text(c).strip() for c in header_cells] + [""] * (width - len(header_cells))
    if mapping is None:
        mapping = guess_mapping(kind, headers)
    mapping = (list(mapping) + [None] * width)[:width]
    columns = {f: i for i, f in enumerate(mapping) if f is not None and f in FIELDS[kind]}
    with store.reading() as s:
        ctx = _context(s, kind, headers, columns)
        newest = _newest(s)
    plan = ImportPlan(kind, headers, mapping, header_row, [], grid.sheet, newest)
    body = grid.rows[header_index + 1 :]
    name = Field.PERSON if kind is ListKind.STAYS else _name_field(kind)
    end = _table_end(body, columns.get(name))
    plan.below = [number for number, _ in body[end:]]
    body = body[:end]
    firsts: dict[tuple[str, str], int] = {}  # (key kind, key) -> index of the first row
    for n, (number, cells) in enumerate(body):
        if n % 500 == 0 and progress is not None and not progress(n, len(body)):
            raise ImportCancelledError
        planned = _plan_row(ctx, number, cells)
        _link(ctx, plan.rows, planned, firsts)
        plan.rows.append(planned)
    return plan


def _context(s: Session, kind: ListKind, headers: list[str], columns: dict[Field, int]) -> _Context:
    org_rows = s.execute(
        select(m.Organization.id, m.Organization.name, m.Organization.short_name,
               m.Organization.country).where(m.Organization.deleted_at.is_(None))
    ).all()  # fmt: skip
    orgs: dict[str, int] = {}
    for oid, name, _, _ in org_rows:
        orgs.setdefault(fold(name), oid)
    for oid, _, short, _ in org_rows:
        if short:
            orgs.setdefault(fold(short), oid)
    stored_countries: set[str] = {c for *_, c in org_rows if c}
    stored_countries |= {
        n
        for n in s.scalars(select(m.Person.nationality).where(m.Person.nationality.is_not(None)))
        if n
    }
    by_code: dict[str, list[int]] = defaultdict(list)
    by_title: dict[str, list[int]] = defaultdict(list)
    stays: dict[tuple[int, int], list[Any]] = defaultdict(list)
    index = _partners(s) if kind is ListKind.PARTNERS else _people(s)
    if kind is ListKind.STAYS:
        for pid, code, title in s.execute(
            select(m.Project.id, m.Project.code, m.Project.title).where(
                m.Project.deleted_at.is_(None)
            )
        ):
            by_code[fold(code)].append(pid)
            by_title[fold(title)].append(pid)
        a = m.Assignment
        for row in s.execute(
            select(a.id, a.version, a.person_id, a.project_id, a.arrives_on, a.departs_on,
                   a.role).where(a.deleted_at.is_(None))
        ):  # fmt: skip
            stays[(row.person_id, row.project_id)].append(
                (row.id, row.version, row.arrives_on, row.departs_on, row.role)
            )
    return _Context(
        kind, headers, columns, index, _Countries(stored_countries), orgs, by_code, by_title,
        stays,
    )  # fmt: skip


def _plan_row(ctx: _Context, number: int, cells: Sequence[Cell]) -> PlannedRow:
    row = PlannedRow(number, {})

    def problem(fld: Field, issue: Issue, value: str = "") -> None:
        column = ctx.columns.get(fld)
        header = ctx.headers[column] if column is not None else ""
        row.problems.append(RowProblem(number, column, header, fld, issue, value))

    for fld, column in ctx.columns.items():
        cell = cells[column] if column < len(cells) else None
        _read_cell(ctx, row, fld, cell, problem)
    for fld in REQUIRED[ctx.kind]:
        if not row.values.get(fld) and not any(p.field == fld for p in row.problems):
            problem(fld, Issue.REQUIRED)
    if ctx.kind is ListKind.PARTNERS and Field.KIND not in row.values and Field.NAME in row.values:
        row.values[Field.KIND] = kind_of(row.values[Field.NAME]) or OrgKind.ENTERPRISE
        row.guessed.add(Field.KIND)
    if ctx.kind is ListKind.STAYS:
        arrives, departs = row.values.get(Field.ARRIVES), row.values.get(Field.DEPARTS)
        if arrives and departs and departs < arrives:
            problem(Field.DEPARTS, Issue.END_BEFORE_START, _text(departs))
    for p in row.problems:  # what is wrong is never written
        if p.field is not None:
            row.values.pop(p.field, None)
    row.salvageable = bool(row.problems) and all(
        p.field not in REQUIRED[ctx.kind] for p in row.problems
    )
    return row


def _read_cell(
    ctx: _Context,
    row: PlannedRow,
    fld: Field,
    cell: Cell,
    problem: Callable[[Field, Issue, str], None],
) -> None:
    if isinstance(cell, Formula):
        problem(fld, Issue.FORMULA, str(cell)[:60])
        return
    if fld in (Field.ARRIVES, Field.DEPARTS):
        try:
            day = _date(cell)
        except DateError as exc:
            problem(fld, Issue.YEAR if exc.reason == DateError.YEAR else Issue.DATE, _text(cell))
            return
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            problem(fld, Issue.YEAR, _text(cell))
        elif day is not None:
            row.values[fld] = day
        return
    raw = _text(cell)
    text = _clean(raw, lines=fld in (Field.NOTES, Field.ADDRESS))
    if not text:
        return
    if len(text) > LIMITS.get(fld, 300):
        problem(fld, Issue.TOO_LONG, text[:60])
        return
    if fld is Field.EMAIL:
        text = text.removeprefix("mailto:").strip()
        check = Checker()
        check.email("e", text)
        if check.errors:
            problem(fld, Issue.EMAIL, text)
            return
    elif fld is Field.PHONE:
        number = isinstance(cell, int | float) and not isinstance(cell, bool)
        # Excel kept the number and dropped its leading 0; a CSV it saved from such a
        # sheet holds the digits without the 0 as text (no Vietnamese number starts 1-9).
        lost = 8 <= len(text) <= 10 if number else 9 <= len(text) <= 10
        if lost and text.isdigit() and not text.startswith(("0", "84")):
            text = "0" + text
            row.notices.append((Notice.PHONE_ZERO, text))
        check = Checker()
        check.phone("p", text)
        if check.errors:
            problem(fld, Issue.PHONE, text)
            return
    elif fld is Field.KIND:
        kind = kind_of(text)
        if kind is None:
            problem(fld, Issue.KIND, text)
            return
        row.values[fld] = kind
        return
    elif fld is Field.INTERNAL:
        key = _key(text)
        if key in _YES or key in _NO:
            row.values[fld] = key in _YES
        else:
            problem(fld, Issue.YES_NO, text)
        return
    elif fld is Field.ROLE:
        roles = _roles(text)
        if roles is None:
            problem(fld, Issue.ROLE, text)
            return
        row.values[fld] = roles
        return
    elif fld in (Field.COUNTRY, Field.NATIONALITY):
        text = ctx.countries.canonical(text)
    elif fld is Field.ORGANIZATION:
        oid = ctx.orgs.get(fold(text))
        if oid is not None:
            row.values[fld] = oid
            return
        ctx.new_orgs.setdefault(fold(text), text)
        row.notices.append((Notice.NEW_ORGANIZATION, ctx.new_orgs[fold(text)]))
    elif fld is Field.PROJECT:
        ids = ctx.projects_by_code.get(fold(text)) or ctx.projects_by_title.get(fold(text)) or []
        if not ids:
            problem(fld, Issue.UNKNOWN_PROJECT, text)
            return
        if len(set(ids)) > 1:
            problem(fld, Issue.AMBIGUOUS_PROJECT, text)
            return
        row.values[fld] = ids[0]
        return
    elif fld is Field.PERSON:
        ids = ctx.index.by_name.get(fold(text), [])
        if len(ids) > 1:
            problem(fld, Issue.AMBIGUOUS_PERSON, text)
            return
        if ids:
            row.values[fld] = ids[0]
            return
        ctx.new_people.setdefault(fold(text), text)
        row.notices.append((Notice.NEW_PERSON, ctx.new_people[fold(text)]))
    row.values[fld] = text


# --- under the table ------------------------------------------------------------------

# A totals row: "Tổng cộng: 12 đơn vị", "Tổng số 5 người", "Cộng: 3", "Total"; not
# "Tổng công ty Becamex", "Công ty …" or a partner called "Total Việt Nam".
_TOTAL = re.compile(
    r"^(?:tong cong(?! ty\b)|tong so)\b|^(?:tong|cong|total|grand total|sum)\s*(?::|\d|$)"
)
# The captions of a signature block, as the whole cell.
_SIGNATURE = {
    "nguoi lap bieu", "nguoi lap", "nguoi lap bang", "nguoi lap danh sach", "nguoi tong hop",
    "nguoi ky", "thu truong don vi", "thu truong co quan", "lanh dao don vi", "lanh dao phong",
    "ky ghi ro ho ten", "ky va ghi ro ho ten", "ky ho ten", "ky ten", "ky ten dong dau",
    "ky ten va dong dau", "ky dong dau", "ky ten ghi ro ho ten", "xac nhan cua don vi",
    "xac nhan cua thu truong don vi", "prepared by", "approved by", "signature",
}  # fmt: skip
# The place and date line above the signatures: "Bình Dương, ngày 15 tháng 3 năm 2026".
_DATE_LINE = re.compile(r"(?:^|\s)ngay(?: \d{1,2})? thang(?: \d{1,2})? nam(?: \d{4})?$")


def _table_end(body: Sequence[tuple[int, Sequence[Cell]]], name_column: int | None) -> int:
    """The index in ``body`` of the first row under the table: a totals row, or a row of
    the signature block (its caption, or the place and date line) with no name of its
    own. Nothing under it is a record: the signer's name is not a partner."""
    for i, (_, cells) in enumerate(body):
        texts = [_text(c).strip() for c in cells]
        first = next((t for t in texts if t), "")
        if _TOTAL.search(fold(first).strip()):
            return i
        keys = [_key(t) for t in texts]
        name = keys[name_column] if name_column is not None and name_column < len(keys) else ""
        if name and name not in _SIGNATURE:
            continue
        if any(k in _SIGNATURE or _DATE_LINE.search(k) for k in keys if k):
            return i
    return len(body)


# --- duplicates -------------------------------------------------------------------------


def _name_field(kind: ListKind) -> Field:
    return {ListKind.PARTNERS: Field.NAME, ListKind.PEOPLE: Field.FULL_NAME}[kind]


def _link(
    ctx: _Context, rows: list[PlannedRow], row: PlannedRow, firsts: dict[tuple[str, str], int]
) -> None:
    """Find the stored record or the earlier row this row is; set its action (a bad
    row's is Skip, whatever it would be)."""
    if row.bad and not row.salvageable:
        row.action = Action.SKIP
        return
    _match(ctx, rows, row, firsts)
    if row.bad:
        row.action = Action.SKIP


def _match(
    ctx: _Context, rows: list[PlannedRow], row: PlannedRow, firsts: dict[tuple[str, str], int]
) -> None:
    if ctx.kind is ListKind.STAYS:
        _link_stay(ctx, rows, row, firsts)
        return
    name_field = _name_field(ctx.kind)
    keys = _keys(ctx.kind, row.values)
    # An earlier row of the file that is the same record.
    for key in keys:
        if key in firsts:
            first = rows[firsts[key]]
            if key[0] == "name" and not _contradicts(ctx.kind, first.values, row.values):
                row.same_as = firsts[key]
                row.existing = first.existing
                row.action = Action.MERGE
                row.notices.append((Notice.SAME_AS_ROW, str(first.row)))
                return
    for key in keys:
        firsts.setdefault(key, len(rows))
    row.existing = _stored_match(ctx, row.values)
    if row.existing is None:
        row.action = Action.ADD
        return
    if not row.existing.exact:
        row.action = Action.ADD
        row.notices.append((Notice.MAYBE_SAME, row.existing.summary))
        return
    stored = ctx.index.records[row.existing.id].values
    given = {f: v for f, v in row.values.items() if f not in row.guessed}
    row.changes = _changes(stored, given, name_field)
    row.action = Action.MERGE if row.changes else Action.UNCHANGED


def _keys(kind: ListKind, values: dict[Field, Any]) -> list[tuple[str, str]]:
    keys = [("name", fold(values[_name_field(kind)]))]
    if values.get(Field.EMAIL):
        keys.append(("email", values[Field.EMAIL].casefold()))
    if values.get(Field.PHONE) and len(_digits(values[Field.PHONE])) >= 6:
        keys.append(("phone", _digits(values[Field.PHONE])))
    return keys


def _contradicts(kind: ListKind, a: dict[Field, Any], b: dict[Field, Any]) -> bool:
    """Two people of one name told apart by their e-mail or organisation."""
    if kind is not ListKind.PEOPLE:
        return False
    for fld in (Field.EMAIL, Field.ORGANIZATION):
        x, y = a.get(fld), b.get(fld)
        if x and y and (fold(str(x)) != fold(str(y))):
            return True
    return False


def _stored_match(ctx: _Context, values: dict[Field, Any]) -> Existing | None:
    index = ctx.index
    name = fold(values[_name_field(ctx.kind)])
    same_name = index.by_name.get(name, [])
    alike = [r for r in same_name if not _contradicts(ctx.kind, index.records[r].values, values)]
    if len(alike) > 1:  # two people of one name: the one with this e-mail or phone
        email = (values.get(Field.EMAIL) or "").casefold()
        phone = _digits(values.get(Field.PHONE) or "")
        alike = [
            r
            for r in alike
            if (email and r in index.by_email.get(email, ()))
            or (phone and r in index.by_phone.get(phone, ()))
        ] or alike
    if alike:
        rec = index.records[alike[0]]
        exact = len(alike) == 1 or ctx.kind is ListKind.PARTNERS
        return Existing(rec.id, rec.summary, rec.version, exact, "name")
    if same_name:
        rec = index.records[same_name[0]]
        return Existing(rec.id, rec.summary, rec.version, False, "name")
    tries: list[tuple[str, list[int]]] = []
    if values.get(Field.EMAIL):
        tries.append(("email", index.by_email.get(values[Field.EMAIL].casefold(), [])))
    if values.get(Field.PHONE):
        tries.append(("phone", index.by_phone.get(_digits(values[Field.PHONE]), [])))
    if ctx.kind is ListKind.PARTNERS:
        tries.append(("short_name", index.by_short.get(name, [])))
        if values.get(Field.SHORT_NAME):
            tries.append(("short_name", index.by_short.get(fold(values[Field.SHORT_NAME]), [])))
    for by, ids in tries:
        if ids:
            rec = index.records[ids[0]]
            return Existing(rec.id, rec.summary, rec.version, False, by)
    return None


def _same(stored: Any, new: Any) -> bool:
    if isinstance(stored, str) and isinstance(new, str):
        return stored.strip() == new.strip()
    if isinstance(new, set):  # roles: the file's are added to the stored ones
        return new <= _role_set(stored)
    return bool(stored == new)


def _role_set(stored: Any) -> set[PersonRole]:
    return split_roles(stored) if isinstance(stored, str) else set()


def _changes(
    stored: dict[Field, Any], values: dict[Field, Any], name_field: Field
) -> dict[Field, tuple[Any, Any]]:
    """The fields the file fills with something else than is stored (the name's
    spelling stays as stored: it is the same folded name). Notes are added to, never
    replaced."""
    out: dict[Field, tuple[Any, Any]] = {}
    for fld, new in values.items():
        if fld == name_field or new in (None, ""):
            continue
        old = stored.get(fld)
        if fld is Field.NOTES:
            new = joined_notes(old, new)
        if not _same(old, new):
            out[fld] = (old, new)
    return out


def joined_notes(stored: str | None, new: str) -> str:
    """The stored notes with the file's added below them, unless they hold them already."""
    if not stored or not stored.strip():
        return new
    if new.strip() in stored:
        return stored
    return f"{stored.rstrip()}\n{new.strip()}"


def _link_stay(
    ctx: _Context, rows: list[PlannedRow], row: PlannedRow, firsts: dict[tuple[str, str], int]
) -> None:
    person, project = row.values.get(Field.PERSON), row.values.get(Field.PROJECT)
    arrives, departs = row.values.get(Field.ARRIVES), row.values.get(Field.DEPARTS)
    who = str(person) if isinstance(person, int) else "new:" + fold(str(person))
    earlier = ctx.stay_rows.setdefault((who, str(project)), [])
    for i in earlier:  # an earlier row of the same stay
        other = rows[i]
        if _overlap(other.values.get(Field.ARRIVES), other.values.get(Field.DEPARTS), arrives,
                    departs):  # fmt: skip
            row.same_as = i
            row.existing = other.existing
            row.action = Action.MERGE
            row.notices.append((Notice.SAME_AS_ROW, str(other.row)))
            return
    earlier.append(len(rows))
    if isinstance(person, int):
        for sid, version, a, d, role in ctx.stays.get((person, int(project or 0)), []):
            if _overlap(a, d, arrives, departs):
                summary = _summary(_text(a), _text(d), role)
                row.existing = Existing(sid, summary, version, True, "stay")
                stored = {Field.ARRIVES: a, Field.DEPARTS: d, Field.STAY_ROLE: role}
                row.changes = _changes(stored, row.values, Field.PERSON)
                row.changes.pop(Field.PROJECT, None)
                row.action = Action.MERGE if row.changes else Action.UNCHANGED
                return
    row.action = Action.ADD


def _overlap(a1: date | None, d1: date | None, a2: date | None, d2: date | None) -> bool:
    """Two stays share a day (an open end runs for ever)."""
    return (a1 is None or d2 is None or a1 <= d2) and (a2 is None or d1 is None or a2 <= d1)


# --- writing ------------------------------------------------------------------------------

_MODELS: dict[str, Any] = {
    "organization": m.Organization,
    "person": m.Person,
    "assignment": m.Assignment,
}
_ENTITY = {
    ListKind.PARTNERS: "organization",
    ListKind.PEOPLE: "person",
    ListKind.STAYS: "assignment",
}
_COLUMNS: dict[Field, str] = {
    Field.NAME: "name",
    Field.SHORT_NAME: "short_name",
    Field.KIND: "kind",
    Field.INTERNAL: "is_internal",
    Field.COUNTRY: "country",
    Field.ADDRESS: "address",
    Field.WEBSITE: "website",
    Field.PHONE: "phone",
    Field.EMAIL: "email",
    Field.NOTES: "notes",
    Field.FULL_NAME: "full_name",
    Field.TITLE: "title",
    Field.ORGANIZATION: "organization_id",
    Field.NATIONALITY: "nationality",
    Field.EXPERTISE: "expertise",
    Field.LANGUAGES: "languages",
    Field.ROLE: "role",
    Field.PERSON: "person_id",
    Field.PROJECT: "project_id",
    Field.ARRIVES: "arrives_on",
    Field.DEPARTS: "departs_on",
    Field.STAY_ROLE: "role",
}


class _Writer:
    """Writes the rows into one session. New records are added without a flush each
    (ids are known at the end), so 100,000 rows take seconds, not minutes."""

    def __init__(self, s: Session, plan: ImportPlan, result: ImportResult) -> None:
        self.s = s
        self.plan = plan
        self.result = result
        self.orgs: dict[str, m.Organization] = {}  # new organisations by folded name
        self.people: dict[str, m.Person] = {}  # new people by folded name
        self.records: dict[int, Any] = {}  # row index -> the record it was written to
        self.created: list[tuple[str, Any]] = []
        self.new: set[int] = set()  # id() of the records this import creates
        self.touched: dict[tuple[str, int], Any] = {}  # stored records merged into

    def create(self, entity: str, obj: Any) -> None:
        self.s.add(obj)
        self.created.append((entity, obj))
        self.new.add(id(obj))

    def organization(self, name: str) -> m.Organization:
        key = fold(name)
        if key not in self.orgs:
            org = m.Organization(name=name, kind=kind_of(name) or OrgKind.ENTERPRISE)
            self.create("organization", org)
            self.orgs[key] = org
            self.result.organizations_added += 1
        return self.orgs[key]

    def person(self, name: str) -> m.Person:
        key = fold(name)
        if key not in self.people:
            person = m.Person(full_name=name, role=PersonRole.VOLUNTEER.value)
            self.create("person", person)
            self.people[key] = person
            self.result.people_added += 1
        return self.people[key]

    def column_values(self, row: PlannedRow, obj: Any | None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for fld, value in row.values.items():
            if value in (None, ""):
                continue
            column = _COLUMNS[fld]
            if fld is Field.ORGANIZATION and isinstance(value, str):
                column, value = "organization", self.organization(value)
            elif fld is Field.PERSON and isinstance(value, str):
                column, value = "person", self.person(value)
            elif fld is Field.ROLE:
                stored = _role_set(obj.role) if obj is not None else set()
                value = join_roles({str(r) for r in stored | value})
            elif fld is Field.KIND:
                value = str(value)
            out[column] = value
        return out

    def write(self, index: int, row: PlannedRow) -> None:
        entity = _ENTITY[self.plan.kind]
        model = _MODELS[entity]
        obj: Any = None
        if row.action is Action.MERGE:
            if row.same_as is not None:
                obj = self.records.get(row.same_as)
                if isinstance(obj, int):  # a stored record the file already had unchanged
                    obj = self.s.get(model, obj)
            if obj is None and row.existing is not None and row.existing.exact:
                # the stored record itself, when the first row of it was skipped
                obj = self.s.get(model, row.existing.id)
                if obj is None or obj.deleted_at is not None:
                    raise RecordChangedError(entity, row.existing.id, deleted=True)
                first = (entity, obj.id) not in self.touched
                if first and obj.version != row.existing.version:
                    raise RecordChangedError(entity, row.existing.id, deleted=False)
        if obj is None:  # added, or the same as a row that was skipped
            values = self.column_values(row, None)
            if self.plan.kind is ListKind.PEOPLE and "role" not in values:
                values["role"] = PersonRole.CONTACT.value
            if self.plan.kind is ListKind.PARTNERS:
                values.setdefault("kind", OrgKind.ENTERPRISE.value)
            obj = model(**values)
            self.create(entity, obj)
            self.records[index] = obj
            self.result.added += 1
            return
        values = self.column_values(row, obj)
        for fld in row.guessed:  # a guess never replaces what is there
            values.pop(_COLUMNS[fld], None)
        if self.plan.kind is not ListKind.STAYS:
            values.pop(_COLUMNS[_name_field(self.plan.kind)], None)  # the stored spelling stays
        else:
            for column in ("person_id", "project_id", "person"):
                values.pop(column, None)
        if "notes" in values:
            values["notes"] = joined_notes(obj.notes, values["notes"])
        changed = {c: v for c, v in values.items() if getattr(obj, c) != v}
        self.records[index] = obj
        if not changed:
            self.result.unchanged += 1
            return
        if id(obj) not in self.new:
            key = (entity, obj.id)
            if key not in self.touched:
                self.touched[key] = obj
                self.result.before[key] = {
                    _stored_column(c): getattr(obj, _stored_column(c)) for c in changed
                }
            else:
                for c in changed:
                    self.result.before[key].setdefault(
                        _stored_column(c), getattr(obj, _stored_column(c))
                    )
        for column, value in changed.items():
            setattr(obj, column, value)
        self.result.merged += 1


def _stored_column(column: str) -> str:
    """The column a relationship set by the writer stands for."""
    return {"organization": "organization_id", "person": "person_id"}.get(column, column)


def apply_plan(store: Store, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write every row not skipped, in one transaction; all of it or nothing.

    A merge into a record changed since the plan was made raises RecordChangedError
    (plan again); Stop raises ImportCancelledError. Either way nothing is written.
    """
    result = ImportResult()
    with store.session() as s:  # the write lock from the start: two imports of one
        # file at once cannot both add its rows; a second writer waits, then is told
        # the file is busy (BusyError)
        if _newest(s) != plan.newest:
            raise RecordChangedError("import", None, deleted=False)
        writer = _Writer(s, plan, result)
        total = len(plan.rows)
        for i, row in enumerate(plan.rows):
            if i % 500 == 0:
                if progress is not None and not progress(i, total):
                    raise ImportCancelledError
                s.flush()
            if not row.written:
                result.skipped += 1
                continue
            if row.action is Action.UNCHANGED:
                result.unchanged += 1
                if row.existing is not None:
                    writer.records[i] = row.existing.id
                continue
            writer.write(i, row)
        s.flush()
        result.created = [(entity, obj.id) for entity, obj in writer.created]
        for key, obj in writer.touched.items():
            result.after[key] = {c: getattr(obj, c) for c in result.before[key]}
        for entity, obj in [*writer.created, *((k[0], o) for k, o in writer.touched.items())]:
            result.versions[(entity, obj.id)] = obj.version
    if progress is not None:
        progress(total, total)
    log.info(
        "imported a %s list into %s: %d added, %d merged, %d unchanged, %d skipped",
        plan.kind,
        store.path,
        result.added,
        result.merged,
        result.unchanged,
        result.skipped,
    )
    return result


def _newest(s: Session) -> dict[str, int]:
    return {entity: s.scalar(select(func.max(model.id))) or 0 for entity, model in _MODELS.items()}


def _put_back(store: Store, result: ImportResult, undo: bool) -> None:
    with store.session() as s:
        objs: dict[tuple[str, int], Any] = {}
        wanted: dict[str, list[int]] = defaultdict(list)
        for entity, rid in result.versions:
            wanted[entity].append(rid)
        for entity, ids in wanted.items():  # read in chunks, not one query a record
            model = _MODELS[entity]
            for start in range(0, len(ids), 500):
                for obj in s.scalars(select(model).where(model.id.in_(ids[start : start + 500]))):
                    objs[(entity, obj.id)] = obj
        for key, version in result.versions.items():
            obj = objs.get(key)
            if obj is None or obj.version != version:
                raise RecordChangedError(key[0], key[1], deleted=obj is None)
        now = m.utcnow()
        for key in result.created:
            objs[key].deleted_at = now if undo else None
        for key, values in (result.before if undo else result.after).items():
            for column, value in values.items():
                setattr(objs[key], column, value)
        s.flush()
        for key, obj in objs.items():
            result.versions[key] = obj.version


def undo_import(store: Store, result: ImportResult) -> None:
    """Take an import back: the records it added leave (to the trash), the records it
    merged into get their values back. If any of them changed since, nothing is
    written and RecordChangedError says so."""
    _put_back(store, result, undo=True)


def redo_import(store: Store, result: ImportResult) -> None:
    _put_back(store, result, undo=False)
