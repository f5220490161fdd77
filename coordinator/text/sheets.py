"""The words of a spreadsheet import: fields, problems, notices, refusals.

Used by the import window and ``coordinator import``; QtCore only.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication

from coordinator.sheets.fields import Field, ListKind, MapError
from coordinator.sheets.importing import Action, Issue, Notice, PlannedRow, RowProblem
from coordinator.sheets.reading import MAX_BYTES, MAX_ROWS, SheetError, SheetProblem
from coordinator.text.formats import arg, fmt_count, fmt_date


def _t(text: str) -> str:
    return QCoreApplication.translate("Sheets", text)


def list_kind(kind: ListKind) -> str:
    return {
        ListKind.PARTNERS: _t("Partners"),
        ListKind.PEOPLE: _t("People"),
        ListKind.STAYS: _t("Stays of volunteers"),
    }[kind]


def field_label(fld: Field) -> str:
    return {
        Field.NAME: _t("Name"),
        Field.SHORT_NAME: _t("Short name"),
        Field.KIND: _t("Kind"),
        Field.INTERNAL: _t("Internal unit"),
        Field.COUNTRY: _t("Country"),
        Field.ADDRESS: _t("Address"),
        Field.WEBSITE: _t("Website"),
        Field.PHONE: _t("Phone"),
        Field.EMAIL: _t("E-mail"),
        Field.NOTES: _t("Notes"),
        Field.FULL_NAME: _t("Full name"),
        Field.TITLE: _t("Title or position"),
        Field.ORGANIZATION: _t("Organisation"),
        Field.NATIONALITY: _t("Nationality"),
        Field.EXPERTISE: _t("Expertise"),
        Field.LANGUAGES: _t("Languages"),
        Field.ROLE: _t("Role"),
        Field.PERSON: _t("Person"),
        Field.PROJECT: _t("Project"),
        Field.ARRIVES: _t("Arrives"),
        Field.DEPARTS: _t("Departs"),
        Field.STAY_ROLE: _t("Role on the project"),
    }[fld]


def action_label(action: Action) -> str:
    return {
        Action.ADD: _t("Add"),
        Action.MERGE: _t("Merge"),
        Action.UNCHANGED: _t("Already there"),
        Action.SKIP: _t("Skip"),
    }[action]


def issue_text(issue: Issue) -> str:
    return {
        Issue.REQUIRED: _t("is empty, and this list needs it"),
        Issue.TOO_LONG: _t("is too long"),
        Issue.EMAIL: _t("is not an e-mail address"),
        Issue.PHONE: _t("is not a phone number (digits, spaces, + ( ) . -)"),
        Issue.DATE: _t("is not a date (dd/mm/yyyy)"),
        Issue.YEAR: _t("has a year outside 1945–2200"),
        Issue.END_BEFORE_START: _t("is before the arrival"),
        Issue.KIND: _t("is not a kind of partner"),
        Issue.ROLE: _t("is not a role (contact, volunteer expert, staff)"),
        Issue.YES_NO: _t("is neither yes nor no"),
        Issue.UNKNOWN_PROJECT: _t("names no project (by code or title)"),
        Issue.AMBIGUOUS_PROJECT: _t("names several projects"),
        Issue.AMBIGUOUS_PERSON: _t("names several people of that name"),
    }[issue]


def problem_text(p: RowProblem) -> str:
    """“Row 8, column H (Email/Thư điện tử) “thu-dau-mot@”: is not an e-mail address”."""
    where = arg(_t("Row %1"), p.row)
    if p.column is not None:
        where = arg(_t("Row %1, column %2 (%3)"), p.row, column_letter(p.column), p.header)
    elif p.field is not None:
        where = arg(_t("Row %1, %2"), p.row, field_label(p.field))
    value = f" “{p.value}”" if p.value else ""
    return f"{where}{value}: {issue_text(p.issue)}"


def column_letter(column: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column as Excel names it."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def notice_text(notice: Notice, detail: str) -> str:
    return {
        Notice.NEW_ORGANIZATION: _t("%1 is not a partner yet: it will be added"),
        Notice.NEW_PERSON: _t("%1 is not in the list of people yet: added as a volunteer"),
        Notice.PHONE_ZERO: _t("phone %1: Excel had dropped its leading 0"),
        Notice.MAYBE_SAME: _t("may be the same as %1"),
        Notice.SAME_AS_ROW: _t("the same as row %1 of the file"),
    }[notice].replace("%1", detail)


def row_notes(row: PlannedRow) -> str:
    """The problems and notices of a row, one sentence each."""
    parts = [problem_text(p) for p in row.problems]
    parts += [notice_text(n, d) for n, d in row.notices]
    return "; ".join(parts)


def change_text(fld: Field, old: object, new: object) -> str:
    def shown(value: object) -> str:
        if value in (None, ""):
            return "—"
        if isinstance(value, date):
            return fmt_date(value)
        if isinstance(value, set):
            return ", ".join(sorted(str(v) for v in value))
        return str(value)

    return f"{field_label(fld)}: {shown(old)} → {shown(new)}"


def sheet_problem(exc: SheetError) -> str:
    text = {
        SheetProblem.MISSING: _t("there is no such file"),
        SheetProblem.NOT_A_FILE: _t("it is a folder or a device, not a file"),
        SheetProblem.TOO_BIG: arg(
            _t("it is bigger than %1 MB; split the list into smaller files"),
            MAX_BYTES // (1024 * 1024),
        ),
        SheetProblem.ENCRYPTED: _t(
            "it is protected by a password; open it in Excel, remove the password and save it"
        ),
        SheetProblem.OLD_EXCEL: _t(
            "it is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx"
        ),
        SheetProblem.NOT_SPREADSHEET: _t("it is not an Excel workbook (.xlsx) or a CSV file"),
        SheetProblem.UNREADABLE: arg(_t("the system refused to read it (%1)"), exc.detail),
        SheetProblem.NO_SHEET: arg(_t("it has no sheet named “%1”"), exc.detail),
        SheetProblem.EMPTY: _t("it has no rows"),
        SheetProblem.TOO_MANY_ROWS: arg(
            _t("it has more than %1 rows; split the list into smaller files"), fmt_count(MAX_ROWS)
        ),
    }[exc.problem]
    return text


def map_error_text(exc: MapError) -> str:
    return {
        "format": arg(_t("“%1” is not Header=field"), exc.entry),
        "header": arg(_t("“%1”: the file has no column with that header"), exc.entry),
        "field": arg(_t("“%1”: no such field in this kind of list"), exc.entry),
    }[exc.reason]
