"""The words of the status report, shared by the paper, Word and Excel renderings."""

from PySide6.QtCore import QCoreApplication

from coordinator.domain.enums import ProjectStatus
from coordinator.domain.flags import Flag
from coordinator.reports.status.data import (
    DETAIL_PARTS,
    EventLine,
    Figures,
    Group,
    ReportRequest,
    ScopeKind,
    Section,
    StatusReport,
)
from coordinator.text import labels
from coordinator.text.flags import flag_text


def title() -> str:
    return QCoreApplication.translate("StatusReport", "REPORT")


def subtitle(report: StatusReport | None = None) -> str:
    """The subject (trích yếu) under BÁO CÁO: what the report is about and when,
    naming the one partner, programme, project or host unit it is about."""
    if report is None:
        return QCoreApplication.translate(
            "StatusReport", "Status of the province's cooperation with its partners"
        )
    return subject_line(report.request, report.subject or report.request.scope.name)


def subject_line(request: ReportRequest, name: str) -> str:
    """The subject of a report on ``request``, its scope called ``name``: also what the
    register of outgoing documents lists as its trích yếu."""
    from coordinator.reports.status.prose import period_name

    scope = request.scope
    text = {
        ScopeKind.ALL: QCoreApplication.translate(
            "StatusReport", "Cooperation with the partners, %1"
        ),
        ScopeKind.PARTNER: QCoreApplication.translate("StatusReport", "Cooperation with %2, %1"),
        ScopeKind.UNIT: QCoreApplication.translate(
            "StatusReport", "Cooperation at the host unit %2, %1"
        ),
        ScopeKind.PROGRAMME: QCoreApplication.translate(
            "StatusReport", "Progress of the programme %2, %1"
        ),
        ScopeKind.PROJECT: QCoreApplication.translate(
            "StatusReport", "Progress of the project %2, %1"
        ),
    }[scope.kind]
    period = period_name(request.first, request.last, in_title=True)
    return labels.arg(text, period, name)


def unsigned_note() -> str:
    """Where the signer's position goes when Preferences name nobody."""
    return QCoreApplication.translate("StatusReport", "(position, signature and full name)")


def addressee_line(report: StatusReport) -> str:
    """ "Kính gửi: …" under the subject, when the report is addressed to someone."""
    to = " ".join(report.request.addressee.split())
    if not to:
        return ""
    return labels.arg(QCoreApplication.translate("StatusReport", "To: %1"), to)


def running_title() -> str:
    return QCoreApplication.translate("StatusReport", "Cooperation status report")


def period_line(report: StatusReport) -> str:
    return labels.arg(
        QCoreApplication.translate("StatusReport", "Period: from %1 to %2"),
        labels.fmt_date(report.request.first),
        labels.fmt_date(report.request.last),
    )


def period_short(report: StatusReport) -> str:
    return labels.fmt_period(report.request.first, report.request.last)


def scope_line(report: StatusReport) -> str:
    scope = report.request.scope
    match scope.kind:
        case ScopeKind.PROGRAMME:
            text = QCoreApplication.translate("StatusReport", "Scope: the programme %1")
        case ScopeKind.PARTNER:
            text = QCoreApplication.translate("StatusReport", "Scope: the partner %1")
        case ScopeKind.PROJECT:
            text = QCoreApplication.translate("StatusReport", "Scope: the project %1")
        case ScopeKind.UNIT:
            text = QCoreApplication.translate("StatusReport", "Scope: the host unit %1")
        case _:
            return QCoreApplication.translate("StatusReport", "Scope: the whole programme")
    return labels.arg(text, scope.name)


def made_line(report: StatusReport) -> str:
    return labels.arg(
        QCoreApplication.translate("StatusReport", "Figures as of %1; made on %2 at %3"),
        labels.fmt_date(report.as_of),
        labels.fmt_date(report.made_at.date()),
        report.made_at.strftime("%H:%M"),
    )


def section_title(section: Section, grouped: bool) -> str:
    """The appendix's headings: the overview by partner, and the lists."""
    match section:
        case Section.PARTNERS:
            return QCoreApplication.translate("StatusReport", "OVERVIEW BY PARTNER")
        case _ if grouped:
            return QCoreApplication.translate("StatusReport", "DETAILS BY PARTNER")
        case _:
            return QCoreApplication.translate("StatusReport", "DETAILS")


def part_title(section: Section, report: StatusReport) -> str:
    match section:
        case Section.PROJECTS:
            return QCoreApplication.translate("StatusReport", "Projects")
        case Section.INDICATORS:
            return QCoreApplication.translate("StatusReport", "Indicators")
        case Section.HELD:
            return QCoreApplication.translate("StatusReport", "Events held and their conclusions")
        case Section.COMING:
            return labels.arg(
                QCoreApplication.translate("StatusReport", "Coming events (to %1)"),
                labels.fmt_date(report.coming_until),
            )
        case Section.OVERDUE:
            return QCoreApplication.translate("StatusReport", "Overdue action items")
    return section.value


def section_name(section: Section) -> str:
    """The name of a section in the dialog's check list and in Excel's sheet tabs."""
    return {
        Section.SUMMARY: QCoreApplication.translate("StatusReport", "Summary figures"),
        Section.CHARTS: QCoreApplication.translate("StatusReport", "Charts"),
        Section.PARTNERS: QCoreApplication.translate("StatusReport", "Overview by partner"),
        Section.PROJECTS: QCoreApplication.translate("StatusReport", "Projects"),
        Section.INDICATORS: QCoreApplication.translate("StatusReport", "Indicators"),
        Section.HELD: QCoreApplication.translate("StatusReport", "Events held"),
        Section.COMING: QCoreApplication.translate("StatusReport", "Coming events"),
        Section.OVERDUE: QCoreApplication.translate("StatusReport", "Overdue action items"),
    }[section]


def chart_captions(yearly: bool) -> tuple[str, str]:
    """Captions of the status chart and of the events chart (per month, or per year)."""
    events = (
        QCoreApplication.translate("StatusReport", "Figure 2. Events per year")
        if yearly
        else QCoreApplication.translate("StatusReport", "Figure 2. Events per month")
    )
    return QCoreApplication.translate("StatusReport", "Figure 1. Projects by status"), events


def figure_rows(f: Figures) -> list[tuple[str, int, int]]:
    """(label, value, indent level) of the summary table, in reading order."""
    rows = [
        (QCoreApplication.translate("StatusReport", "Partners"), f.partners, 0),
        (
            QCoreApplication.translate("StatusReport", "Cooperation agreements in force"),
            f.agreements_active,
            0,
        ),
        (
            labels.arg(
                QCoreApplication.translate("StatusReport", "of which ending within %1 days"),
                labels.fmt_count(f.ending_days),
            ),
            f.agreements_ending,
            1,
        ),
        (QCoreApplication.translate("StatusReport", "Projects in the period"), f.projects, 0),
    ]
    rows += [(labels.project_status(s), f.projects_by_status.get(s, 0), 1) for s in ProjectStatus]
    rows += [
        (QCoreApplication.translate("StatusReport", "Events held"), f.events_held, 0),
        (
            QCoreApplication.translate("StatusReport", "Events planned, not yet held"),
            f.events_planned,
            0,
        ),
        (QCoreApplication.translate("StatusReport", "Conclusions adopted"), f.decisions, 0),
        (QCoreApplication.translate("StatusReport", "Action items open"), f.actions_open, 0),
        (QCoreApplication.translate("StatusReport", "of which overdue"), f.actions_overdue, 1),
        (
            QCoreApplication.translate("StatusReport", "Action items done in the period"),
            f.actions_done,
            0,
        ),
    ]
    return rows


# Columns aligned right in the paper and Word tables.
NUMERIC: dict[Section, set[int]] = {
    Section.SUMMARY: {1},
    Section.PARTNERS: {0, 2, 3, 4, 5, 6},
    Section.PROJECTS: {3},
    Section.INDICATORS: {3, 4, 5},
    Section.OVERDUE: {0, 4},
}


def columns(section: Section) -> list[str]:
    match section:
        case Section.SUMMARY:
            return [
                QCoreApplication.translate("StatusReport", "Item"),
                QCoreApplication.translate("StatusReport", "Number"),
            ]
        case Section.PARTNERS:
            return [
                QCoreApplication.translate("StatusReport", "No."),
                QCoreApplication.translate("StatusReport", "Partner"),
                QCoreApplication.translate("StatusReport", "Projects"),
                QCoreApplication.translate("StatusReport", "Events held"),
                QCoreApplication.translate("StatusReport", "Conclusions"),
                QCoreApplication.translate("StatusReport", "Coming events"),
                QCoreApplication.translate("StatusReport", "Overdue items"),
            ]
        case Section.PROJECTS:
            return [
                QCoreApplication.translate("StatusReport", "Code"),
                QCoreApplication.translate("StatusReport", "Project"),
                QCoreApplication.translate("StatusReport", "Status"),
                QCoreApplication.translate("StatusReport", "Milestones done"),
                QCoreApplication.translate("StatusReport", "Next milestone"),
            ]
        case Section.INDICATORS:
            return [
                QCoreApplication.translate("StatusReport", "Project"),
                QCoreApplication.translate("StatusReport", "Indicator"),
                QCoreApplication.translate("StatusReport", "Unit"),
                QCoreApplication.translate("StatusReport", "Baseline"),
                QCoreApplication.translate("StatusReport", "Target"),
                QCoreApplication.translate("StatusReport", "Latest actual"),
                QCoreApplication.translate("StatusReport", "Measured on"),
            ]
        case Section.HELD | Section.COMING:
            event = (
                QCoreApplication.translate("StatusReport", "Event and conclusions")
                if section == Section.HELD
                else QCoreApplication.translate("StatusReport", "Event")
            )
            return [
                QCoreApplication.translate("StatusReport", "Date"),
                event,
                QCoreApplication.translate("StatusReport", "Place"),
            ]
        case Section.OVERDUE:
            return [
                QCoreApplication.translate("StatusReport", "No."),
                QCoreApplication.translate("StatusReport", "Action item"),
                QCoreApplication.translate("StatusReport", "Owner"),
                QCoreApplication.translate("StatusReport", "Due"),
                QCoreApplication.translate("StatusReport", "Days late"),
                QCoreApplication.translate("StatusReport", "From"),
            ]
    return []


def no_partner() -> str:
    return QCoreApplication.translate("StatusReport", "Not tied to a partner")


def nothing() -> str:
    return QCoreApplication.translate("StatusReport", "None.")


def no_data() -> str:
    return QCoreApplication.translate(
        "StatusReport", "Nothing was recorded for this period and scope."
    )


def milestones_text(done: int, total: int) -> str:
    return f"{labels.fmt_count(done)}/{labels.fmt_count(total)}" if total else ""


def roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


Row = tuple[list[str], tuple[str, ...]]  # the cells, and the conclusions of a held event


def event_when(line: EventLine) -> str:
    """Date and time kept on one line (a no-break space between them)."""
    if line.all_day:
        return labels.fmt_date(line.starts.date())
    return labels.fmt_datetime(line.starts).replace(" ", "\u00a0")


def event_title(line: EventLine) -> str:
    text = f"{labels.event_kind(line.kind)}: {line.title}"
    code = line.project_code
    return f"{text} [{code}]" if code and code not in line.title else text


def detail_rows(section: Section, group: Group) -> list[Row]:
    """The cells of one part of a group's details, as text."""
    match section:
        case Section.PROJECTS:
            return [
                (
                    [
                        p.code,
                        p.title,
                        labels.project_status(p.status),
                        milestones_text(p.milestones_done, p.milestones_total),
                        f"{p.next_milestone} ({labels.fmt_date(p.next_due)})"
                        if p.next_milestone and p.next_due
                        else p.next_milestone or "",
                    ],
                    flag_notes(p.flags),
                )
                for p in group.projects
            ]
        case Section.INDICATORS:
            return [
                (
                    [
                        i.project_code,
                        i.name,
                        i.unit or "",
                        labels.fmt_number(i.baseline),
                        labels.fmt_number(i.target),
                        labels.fmt_number(i.actual),
                        labels.fmt_date(i.measured_on),
                    ],
                    flag_notes(i.flags),
                )
                for i in group.indicators
            ]
        case Section.HELD:
            return [
                ([event_when(e), event_title(e), e.place or ""], e.decisions) for e in group.held
            ]
        case Section.COMING:
            return [([event_when(e), event_title(e), e.place or ""], ()) for e in group.coming]
        case Section.OVERDUE:
            return [
                (
                    [
                        str(n),
                        a.text,
                        a.owner or "",
                        labels.fmt_date(a.due_on),
                        labels.fmt_count(a.days_late),
                        a.origin,
                    ],
                    (),
                )
                for n, a in enumerate(group.overdue, 1)
            ]
    return []


def flag_notes(flags: tuple[Flag, ...]) -> tuple[str, ...]:
    """A line's flags, as the notes printed under its name."""
    return tuple(flag_text(f) for f in flags)


def shown_parts(report: StatusReport, group: Group) -> list[Section]:
    """The detail parts of ``group`` the report includes and that have something to say."""
    return [s for s in DETAIL_PARTS if report.shows(s) and group.items(s)]


def overview_counts(group: Group) -> list[int]:
    """Projects, events held, conclusions, coming events and overdue items of a group."""
    return [
        len(group.projects),
        len(group.held),
        group.decisions,
        len(group.coming),
        len(group.overdue),
    ]


def overview_rows(report: StatusReport) -> list[Row]:
    """One row per partner: its number, name and counts."""
    return [
        ([str(n), group.name or no_partner(), *map(labels.fmt_count, overview_counts(group))], ())
        for n, group in enumerate(report.groups, 1)
    ]


def lists_left_out(report: StatusReport) -> str:
    """Why a printed report over many partners has no item lists, and where they are."""
    return labels.arg(
        QCoreApplication.translate(
            "StatusReport",
            "The lists of projects, indicators, events and action items of these %1 "
            "partners run to %2 rows, too many to print. They are in the Excel file of "
            "this report; a report for one partner, programme or project prints them.",
        ),
        labels.fmt_count(len(report.groups)),
        labels.fmt_count(report.list_rows),
    )


# --- agreements ending soon, named under the summary figures ----------------------------
ENDING_NUMERIC = {0, 4}


def ending_title(report: StatusReport) -> str:
    return labels.arg(
        QCoreApplication.translate("StatusReport", "Cooperation agreements ending within %1 days"),
        labels.fmt_count(report.figures.ending_days),
    )


def ending_columns() -> list[str]:
    return [
        QCoreApplication.translate("StatusReport", "No."),
        QCoreApplication.translate("StatusReport", "Agreement"),
        QCoreApplication.translate("StatusReport", "Parties"),
        QCoreApplication.translate("StatusReport", "Ends on"),
        QCoreApplication.translate("StatusReport", "Days left"),
    ]


def ending_rows(report: StatusReport) -> list[Row]:
    return [
        (
            [
                str(n),
                e.name,
                "; ".join(e.parties),
                labels.fmt_date(e.ends_on),
                labels.fmt_count(e.days_left),
            ],
            (),
        )
        for n, e in enumerate(report.ending, 1)
    ]


# --- the summary table beside the previous period ----------------------------------------
def compared_rows(report: StatusReport) -> list[tuple[str, int, int | None, int]]:
    """(label, this period, previous period or None, indent) of the summary table: the
    figures, events by kind, and the other counts the prose states."""
    now, before = report.tally, report.before
    b = before.figures if before else None
    base = figure_rows(report.figures)
    previous = figure_rows(b) if b else [(label, None, i) for label, _v, i in base]
    rows: list[tuple[str, int, int | None, int]] = [
        (label, value, old, indent)
        for (label, value, indent), (_l, old, _i) in zip(base, previous, strict=True)
    ]
    if now is None:
        return rows
    held = QCoreApplication.translate("StatusReport", "Events held")
    at = next(i for i, r in enumerate(rows) if r[0] == held) + 1
    kinds = [
        (labels.event_kind(k), n, before.held_by_kind.get(k, 0) if before else None, 1)
        for k, n in now.held_by_kind.items()
        if n or (before and before.held_by_kind.get(k, 0))
    ]
    rows[at:at] = kinds
    extra = [
        (
            QCoreApplication.translate("StatusReport", "Events cancelled"),
            len(now.cancelled),
            len(before.cancelled) if before else None,
            0,
        ),
        (
            QCoreApplication.translate("StatusReport", "Minutes kept"),
            now.minutes,
            before.minutes if before else None,
            0,
        ),
        (
            QCoreApplication.translate("StatusReport", "Cooperation agreements signed"),
            now.agreements_signed,
            before.agreements_signed if before else None,
            0,
        ),
        (
            QCoreApplication.translate("StatusReport", "Milestones reached"),
            now.milestones_done,
            before.milestones_done if before else None,
            0,
        ),
        (
            QCoreApplication.translate("StatusReport", "Volunteers on the projects"),
            now.volunteers,
            before.volunteers if before else None,
            0,
        ),
    ]
    return rows + extra


def change_text(now: int, before: int | None) -> str:
    """ "+10", "−2" or "0"; empty without a previous period."""
    if before is None:
        return ""
    diff = now - before
    if diff > 0:
        return "+" + labels.fmt_count(diff)
    if diff < 0:
        return "\u2212" + labels.fmt_count(-diff)
    return "0"


def compared_columns(report: StatusReport) -> list[str]:
    from coordinator.reports.status.prose import period_name

    r = report.request
    this = period_name(r.first, r.last, in_title=True)
    before = report.before
    that = period_name(before.first, before.last, in_title=True) if before else ""
    return [
        QCoreApplication.translate("StatusReport", "Item"),
        this[:1].upper() + this[1:],
        that[:1].upper() + that[1:],
        QCoreApplication.translate("StatusReport", "Up (+), down (\u2212)"),
    ]


def compared_table_rows(report: StatusReport) -> list[Row]:
    return [
        (
            [
                "– " * indent + label,
                labels.fmt_count(now),
                "" if before is None else labels.fmt_count(before),
                change_text(now, before),
            ],
            (),
        )
        for label, now, before, indent in compared_rows(report)
    ]


def summary_caption(report: StatusReport) -> str:
    from coordinator.reports.status.prose import period_name

    r = report.request
    before = report.before
    return labels.arg(
        QCoreApplication.translate("StatusReport", "Table 1. Summary figures of %1 and of %2"),
        period_name(r.first, r.last),
        period_name(before.first, before.last) if before else "",
    )


def appendix_title() -> str:
    return QCoreApplication.translate("StatusReport", "APPENDIX: DETAILED FIGURES")
