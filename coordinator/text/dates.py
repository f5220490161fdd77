"""Why typed text is not a date, in the same words in the window and on the command line."""

from PySide6.QtCore import QCoreApplication

from coordinator.domain.dates import FIRST_YEAR, LAST_YEAR, DateError, parse_date


def date_problem(text: str, required: bool = False) -> str:
    """What is wrong with ``text`` as a date, in words; "" when it is one (or empty and
    allowed to be)."""
    try:
        value = parse_date(text)
    except DateError as error:
        if error.reason == DateError.YEAR:
            return (
                QCoreApplication.translate("DateField", "“%1”: the year must be between %2 and %3.")
                .replace("%1", text.strip())
                .replace("%2", str(FIRST_YEAR))
                .replace("%3", str(LAST_YEAR))
            )
        if error.reason == DateError.NO_SUCH_DAY:
            return QCoreApplication.translate(
                "DateField", "“%1” is not a day of the calendar."
            ).replace("%1", text.strip())
        return QCoreApplication.translate(
            "DateField", "“%1” is not a date: write dd/mm/yyyy (15/05/2026 or 5/5/26)."
        ).replace("%1", text.strip())
    if value is None and required:
        return QCoreApplication.translate("DateField", "Type a date (dd/mm/yyyy).")
    return ""
