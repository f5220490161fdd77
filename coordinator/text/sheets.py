"""The words of a spreadsheet import: fields, problems, notices, refusals.

Each text is a literal in its own ``translate`` call, for lupdate to find.

Used by the import window and ``coordinator import``; QtCore only.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication

from coordinator.sheets.fields import Field, ListKind, MapError
from coordinator.sheets.importing import Action, Issue, Notice, PlannedRow, RowProblem
from coordinator.sheets.reading import MAX_BYTES, MAX_ROWS, SheetError, SheetProblem
from coordinator.text.formats import arg, fmt_count, fmt_date


def list_kind(kind: ListKind) -> str:
    return {
        ListKind.PARTNERS: QCoreApplication.translate("Sheets", "Partners"),
        ListKind.PEOPLE: QCoreApplication.translate("Sheets", "People"),
        ListKind.STAYS: QCoreApplication.translate("Sheets", "Stays of volunteers"),
    }[kind]


def field_label(fld: Field) -> str:
    return {
        Field.NAME: QCoreApplication.translate("Sheets", "Name"),
        Field.SHORT_NAME: QCoreApplication.translate("Sheets", "Short name"),
        Field.KIND: QCoreApplication.translate("Sheets", "Kind"),
        Field.INTERNAL: QCoreApplication.translate("Sheets", "Internal unit"),
        Field.COUNTRY: QCoreApplication.translate("Sheets", "Country"),
        Field.ADDRESS: QCoreApplication.translate("Sheets", "Address"),
        Field.WEBSITE: QCoreApplication.translate("Sheets", "Website"),
        Field.PHONE: QCoreApplication.translate("Sheets", "Phone"),
        Field.EMAIL: QCoreApplication.translate("Sheets", "E-mail"),
        Field.NOTES: QCoreApplication.translate("Sheets", "Notes"),
        Field.FULL_NAME: QCoreApplication.translate("Sheets", "Full name"),
        Field.TITLE: QCoreApplication.translate("Sheets", "Title or position"),
        Field.ORGANIZATION: QCoreApplication.translate("Sheets", "Organisation"),
        Field.NATIONALITY: QCoreApplication.translate("Sheets", "Nationality"),
        Field.EXPERTISE: QCoreApplication.translate("Sheets", "Expertise"),
        Field.LANGUAGES: QCoreApplication.translate("Sheets", "Languages"),
        Field.ROLE: QCoreApplication.translate("Sheets", "Role"),
        Field.PERSON: QCoreApplication.translate("Sheets", "Person"),
        Field.PROJECT: QCoreApplication.translate("Sheets", "Project"),
        Field.ARRIVES: QCoreApplication.translate("Sheets", "Arrives"),
        Field.DEPARTS: QCoreApplication.translate("Sheets", "Departs"),
        Field.STAY_ROLE: QCoreApplication.translate("Sheets", "Role on the project"),
    }[fld]


def action_label(action: Action) -> str:
    return {
        Action.ADD: QCoreApplication.translate("Sheets", "Add"),
        Action.MERGE: QCoreApplication.translate("Sheets", "Merge"),
        Action.UNCHANGED: QCoreApplication.translate("Sheets", "Already there"),
        Action.SKIP: QCoreApplication.translate("Sheets", "Skip"),
    }[action]


def issue_text(issue: Issue) -> str:
    return {
        Issue.REQUIRED: QCoreApplication.translate("Sheets", "is empty, and this list needs it"),
        Issue.TOO_LONG: QCoreApplication.translate("Sheets", "is too long"),
        Issue.EMAIL: QCoreApplication.translate("Sheets", "is not an e-mail address"),
        Issue.PHONE: QCoreApplication.translate(
            "Sheets", "is not a phone number (digits, spaces, + ( ) . -)"
        ),
        Issue.DATE: QCoreApplication.translate("Sheets", "is not a date (dd/mm/yyyy)"),
        Issue.YEAR: QCoreApplication.translate("Sheets", "has a year outside 1945–2200"),
        Issue.END_BEFORE_START: QCoreApplication.translate("Sheets", "is before the arrival"),
        Issue.KIND: QCoreApplication.translate("Sheets", "is not a kind of partner"),
        Issue.ROLE: QCoreApplication.translate(
            "Sheets", "is not a role (contact, volunteer expert, staff)"
        ),
        Issue.YES_NO: QCoreApplication.translate("Sheets", "is neither yes nor no"),
        Issue.UNKNOWN_PROJECT: QCoreApplication.translate(
            "Sheets", "names no project (by code or title)"
        ),
        Issue.AMBIGUOUS_PROJECT: QCoreApplication.translate("Sheets", "names several projects"),
        Issue.AMBIGUOUS_PERSON: QCoreApplication.translate(
            "Sheets", "names several people of that name"
        ),
    }[issue]


def problem_text(p: RowProblem) -> str:
    """“Row 8, column H (Email/Thư điện tử) “thu-dau-mot@”: is not an e-mail address”."""
    where = arg(QCoreApplication.translate("Sheets", "Row %1"), p.row)
    if p.column is not None:
        where = arg(
            QCoreApplication.translate("Sheets", "Row %1, column %2 (%3)"),
            p.row,
            column_letter(p.column),
            p.header,
        )
    elif p.field is not None:
        where = arg(QCoreApplication.translate("Sheets", "Row %1, %2"), p.row, field_label(p.field))
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
        Notice.NEW_ORGANIZATION: QCoreApplication.translate(
            "Sheets", "%1 is not a partner yet: it will be added"
        ),
        Notice.NEW_PERSON: QCoreApplication.translate(
            "Sheets", "%1 is not in the list of people yet: added as a volunteer"
        ),
        Notice.PHONE_ZERO: QCoreApplication.translate(
            "Sheets", "phone %1: Excel had dropped its leading 0"
        ),
        Notice.MAYBE_SAME: QCoreApplication.translate("Sheets", "may be the same as %1"),
        Notice.SAME_AS_ROW: QCoreApplication.translate("Sheets", "the same as row %1 of the file"),
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
        SheetProblem.MISSING: QCoreApplication.translate("Sheets", "there is no such file"),
        SheetProblem.NOT_A_FILE: QCoreApplication.translate(
            "Sheets", "it is a folder or a device, not a file"
        ),
        SheetProblem.TOO_BIG: arg(
            QCoreApplication.translate(
                "Sheets", "it is bigger than %1 MB; split the list into smaller files"
            ),
            MAX_BYTES // (1024 * 1024),
        ),
        SheetProblem.ENCRYPTED: QCoreApplication.translate(
            "Sheets",
            "it is protected by a password; open it in Excel, remove the password and save it",
        ),
        SheetProblem.OLD_EXCEL: QCoreApplication.translate(
            "Sheets",
            "it is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx",
        ),
        SheetProblem.NOT_SPREADSHEET: QCoreApplication.translate(
            "Sheets", "it is not an Excel workbook (.xlsx) or a CSV file"
        ),
        SheetProblem.UNREADABLE: arg(
            QCoreApplication.translate("Sheets", "the system refused to read it (%1)"), exc.detail
        ),
        SheetProblem.NO_SHEET: arg(
            QCoreApplication.translate("Sheets", "it has no sheet named “%1”"), exc.detail
        ),
        SheetProblem.EMPTY: QCoreApplication.translate("Sheets", "it has no rows"),
        SheetProblem.TOO_MANY_ROWS: arg(
            QCoreApplication.translate(
                "Sheets", "it has more than %1 rows; split the list into smaller files"
            ),
            fmt_count(MAX_ROWS),
        ),
    }[exc.problem]
    return text


def map_error_text(exc: MapError) -> str:
    return {
        "format": arg(QCoreApplication.translate("Sheets", "“%1” is not Header=field"), exc.entry),
        "header": arg(
            QCoreApplication.translate("Sheets", "“%1”: the file has no column with that header"),
            exc.entry,
        ),
        "field": arg(
            QCoreApplication.translate("Sheets", "“%1”: no such field in this kind of list"),
            exc.entry,
        ),
    }[exc.reason]
