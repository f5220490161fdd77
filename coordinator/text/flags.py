"""The words of a project's flags (domain/flags.py), for the report and the page."""

from PySide6.QtCore import QCoreApplication

from coordinator.domain.flags import Flag, FlagKind
from coordinator.text import labels


def flag_text(flag: Flag, with_code: bool = False) -> str:
    """One flag as a sentence; ``with_code`` names the project first (in a list of
    several projects' flags)."""
    days = labels.fmt_count(flag.days)
    match flag.kind:
        case FlagKind.PROJECT_OVERDUE:
            text = labels.arg(
                QCoreApplication.translate("Flags", "%1 days past its end date but not closed"),
                days,
            )
        case FlagKind.MILESTONE_OVERDUE:
            text = labels.arg(
                QCoreApplication.translate(
                    "Flags", "Milestone “%1” is %2 days past its due date and not done"
                ),
                flag.subject,
                days,
            )
        case FlagKind.INDICATOR_UNMEASURED:
            if flag.window_days is None:
                where = QCoreApplication.translate("Flags", "in the period")
            else:
                where = labels.arg(
                    QCoreApplication.translate("Flags", "in the last %1 days"),
                    labels.fmt_count(flag.window_days),
                )
            if flag.last_measured is None:
                text = labels.arg(
                    QCoreApplication.translate(
                        "Flags", "Indicator “%1” has no measurement %2 (never measured)"
                    ),
                    flag.subject,
                    where,
                )
            else:
                text = labels.arg(
                    QCoreApplication.translate(
                        "Flags", "Indicator “%1” has no measurement %2 (last on %3)"
                    ),
                    flag.subject,
                    where,
                    labels.fmt_date(flag.last_measured),
                )
    return f"{flag.project_code}: {text}" if with_code else text
