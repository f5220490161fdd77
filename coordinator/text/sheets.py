"""The words of a spreadsheet import: fields, problems, notices, refusals.

Used by the import window and ``coordinator import``; QtCore only.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication

from coordinator.sheets.fields import Field, ListKind, MapError
from coordinator.sheets.importing import Action, Issue, Notice, PlannedRow, RowProblem
from coordinator.sheets.reading import MAX_BYTES, MAX_ROWS, SheetError, SheetProblem
from coordinator.text.formats import arg, fmt_count, fmt_date

# Called by this name, with its context written out, so that lupdate finds every string.
translate = QCoreApplication.translate


def list_kind(kind: ListKind) -> str:
    return {
        ListKind.PARTNERS: translate("Sheets", "Partners"),
        ListKind.PEOPLE: translate("Sheets", "People"),
        ListKind.STAYS: translate("Sheets", "Stays of volunteers"),
    }[kind]


def field_label(fld: Field) -> str:
    return {
        Field.NAME: translate("Sheets", "Name"),
        Field.SHORT_NAME: translate("Sheets", "Short name"),
        Field.KIND: translate("Sheets", "Kind"),
        Field.INTERNAL: translate("Sheets", "Internal unit"),
        Field.COUNTRY: translate("Sheets", "Country"),
        Field.ADDRESS: translate("Sheets", "Address"),
        Field.WEBSITE: translate("Sheets", "Website"),
        Field.PHONE: translate("Sheets", "Phone"),
        Field.EMAIL: translate("Sheets", "E-mail"),
        Field.NOTES: translate("Sheets", "Notes"),
        Field.FULL_NAME: translate("Sheets", "Full name"),
        Field.TITLE: translate("Sheets", "Title or position"),
        Field.ORGANIZATION: translate("Sheets", "Organisation"),
        Field.NATIONALITY: translate("Sheets", "Nationality"),
        Field.EXPERTISE: translate("Sheets", "Expertise"),
        Field.LANGUAGES: translate("Sheets", "Languages"),
        Field.ROLE: translate("Sheets", "Role"),
        Field.PERSON: translate("Sheets", "Person"),
        Field.PROJECT: translate("Sheets", "Project"),
        Field.ARRIVES: translate("Sheets", "Arrives"),
        Field.DEPARTS: translate("Sheets", "Departs"),
        Field.STAY_ROLE: translate("Sheets", "Role on the project"),
    }[fld]


def action_label(action: Action) -> str:
    return {
        Action.ADD: translate("Sheets", "Add"),
        Action.MERGE: translate("Sheets", "Merge"),
        Action.UNCHANGED: translate("Sheets", "Already there"),
        Action.SKIP: translate("Sheets", "Skip"),
    }[action]


def issue_text(issue: Issue) -> str:
    return {
        Issue.REQUIRED: translate("Sheets", "is empty, and this list needs it"),
        Issue.TOO_LONG: translate("Sheets", "is too long"),
        Issue.EMAIL: translate("Sheets", "is not an e-mail address"),
        Issue.PHONE: translate("Sheets", "is not a phone number (digits, spaces, + ( ) . -)"),
        Issue.DATE: translate("Sheets", "is not a date (dd/mm/yyyy)"),
        Issue.YEAR: translate("Sheets", "has a year outside 1945–2200"),
        Issue.END_BEFORE_START: translate("Sheets", "is before the arrival"),
        Issue.KIND: translate("Sheets", "is not a kind of partner"),
        Issue.ROLE: translate("Sheets", "is not a role (contact, volunteer expert, staff)"),
        Issue.YES_NO: translate("Sheets", "is neither yes nor no"),
        Issue.UNKNOWN_PROJECT: translate("Sheets", "names no project (by code or title)"),
        Issue.AMBIGUOUS_PROJECT: translate("Sheets", "names several projects"),
        Issue.FORMULA: translate(
            "Sheets",
            "is a formula the file holds no value of; open the file in Excel, save it "
            "and import it again",
        ),
        Issue.AMBIGUOUS_PERSON: translate("Sheets", "names several people of that name"),
    }[issue]


def problem_text(p: RowProblem) -> str:
    """“Row 8, column H (Email/Thư điện tử) “thu-dau-mot@”: is not an e-mail address”."""
    where = arg(translate("Sheets", "Row %1"), p.row)
    if p.column is not None:
        where = arg(
            translate("Sheets", "Row %1, column %2 (%3)"), p.row, column_letter(p.column), p.header
        )
    elif p.field is not None:
        where = arg(translate("Sheets", "Row %1, %2"), p.row, field_label(p.field))
    value = f" “{p.value}”" if p.value else ""
    return f"{where}{value}: {issue_text(p.issue)}"


def below_text(rows: list[int]) -> str:
    """What was left under the table: “rows 16–22 under the table (a total, signatures)
    are not records: left out”; empty when nothing was."""
    if not rows:
        return ""
    if len(rows) == 1:
        return arg(
            translate(
                "Sheets", "row %1 under the table (a total, a signature) is not a record: left out"
            ),
            rows[0],
        )
    return arg(
        translate(
            "Sheets",
            "rows %1–%2 under the table (a total, signatures) are not records: left out",
        ),
        rows[0],
        rows[-1],
    )


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
        Notice.NEW_ORGANIZATION: translate("Sheets", "%1 is not a partner yet: it will be added"),
        Notice.NEW_PERSON: translate(
            "Sheets", "%1 is not in the list of people yet: added as a volunteer"
        ),
        Notice.PHONE_ZERO: translate("Sheets", "phone %1: Excel had dropped its leading 0"),
        Notice.MAYBE_SAME: translate("Sheets", "may be the same as %1"),
        Notice.SAME_AS_ROW: translate("Sheets", "the same as row %1 of the file"),
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
        SheetProblem.MISSING: translate("Sheets", "there is no such file"),
        SheetProblem.NOT_A_FILE: translate("Sheets", "it is a folder or a device, not a file"),
        SheetProblem.TOO_BIG: arg(
            translate("Sheets", "it is bigger than %1 MB; split the list into smaller files"),
            MAX_BYTES // (1024 * 1024),
        ),
        SheetProblem.ENCRYPTED: translate(
            "Sheets",
            "it is protected by a password; open it in Excel, remove the password and save it",
        ),
        SheetProblem.OLD_EXCEL: translate(
            "Sheets",
            "it is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx",
        ),
        SheetProblem.NOT_SPREADSHEET: translate(
            "Sheets", "it is not an Excel workbook (.xlsx) or a CSV file"
        ),
        SheetProblem.UNREADABLE: arg(
            translate("Sheets", "the system refused to read it (%1)"), exc.detail
        ),
        SheetProblem.NO_SHEET: arg(translate("Sheets", "it has no sheet named “%1”"), exc.detail),
        SheetProblem.EMPTY: translate("Sheets", "it has no rows"),
        SheetProblem.OPEN_QUOTE: arg(
            translate(
                "Sheets",
                "a quotation mark opened on row %1 is never closed, so the rows below it "
                "would run together; close it or remove it",
            ),
            exc.detail,
        ),
        SheetProblem.TOO_MANY_ROWS: arg(
            translate("Sheets", "it has more than %1 rows; split the list into smaller files"),
            fmt_count(MAX_ROWS),
        ),
    }[exc.problem]
    return text


def map_error_text(exc: MapError) -> str:
    return {
        "format": arg(translate("Sheets", "“%1” is not Header=field"), exc.entry),
        "header": arg(
            translate("Sheets", "“%1”: the file has no column with that header"), exc.entry
        ),
        "field": arg(translate("Sheets", "“%1”: no such field in this kind of list"), exc.entry),
    }[exc.reason]
