"""The báo cáo in words: the sentences of its numbered parts, from a gathered report.

Each count is stated with its comparison with the previous period of the same length
("22 buổi tư vấn (tăng 10 so với tháng 3/2026)"); the first count of a paragraph names
that period, the others say only "tăng N", "giảm N" or "bằng kỳ trước". The paper,
PDF and Word renderings draw the same blocks, so they say the same.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from coordinator.domain.enums import EventKind, ProjectStatus
from coordinator.domain.periods import Shape, quarter, shape
from coordinator.reports.status.data import ScopeKind, StatusReport, Tally
from coordinator.text import labels

LISTED = 12  # items a part names one by one before saying how many more


class Kind(StrEnum):
    HEADING = "heading"  # "1. Hoạt động phối hợp", bold
    PARA = "para"  # justified, first line indented
    ITEM = "item"  # "- …", one thing of a list


@dataclass(frozen=True)
class Block:
    kind: Kind
    text: str


# --- periods and nouns -----------------------------------------------------------------
def period_name(first: date, last: date, in_title: bool = False) -> str:
    """ "tháng 4/2026", "quý II/2026", "năm 2025", or "kỳ từ ngày … đến ngày …" (in a
    title without "kỳ")."""
    match shape(first, last):
        case Shape.MONTH:
            return labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1/%2"), first.month, first.year
            )
        case Shape.QUARTER:
            numerals = ("I", "II", "III", "IV")
            return labels.arg(
                QCoreApplication.translate("StatusReportProse", "Q%1/%2"),
                numerals[quarter(first) - 1],
                first.year,
            )
        case Shape.YEAR:
            return labels.arg(
                QCoreApplication.translate("StatusReportProse", "year %1"), first.year
            )
    text = (
        QCoreApplication.translate("StatusReportProse", "from %1 to %2")
        if in_title
        else QCoreApplication.translate("StatusReportProse", "the period from %1 to %2")
    )
    return labels.arg(text, labels.fmt_date(first), labels.fmt_date(last))


def previous_name(report: StatusReport) -> str:
    b = report.before
    return period_name(b.first, b.last) if b else ""


def _noun(kind: str) -> tuple[str, str]:
    """(one, many) of a counted thing, "%1" standing for the number."""
    nouns = {
        "events": (
            QCoreApplication.translate("StatusReportProse", "%1 event"),
            QCoreApplication.translate("StatusReportProse", "%1 events"),
        ),
        EventKind.CONSULTATION: (
            QCoreApplication.translate("StatusReportProse", "%1 consultation"),
            QCoreApplication.translate("StatusReportProse", "%1 consultations"),
        ),
        EventKind.MEETING: (
            QCoreApplication.translate("StatusReportProse", "%1 meeting"),
            QCoreApplication.translate("StatusReportProse", "%1 meetings"),
        ),
        EventKind.WORKSHOP: (
            QCoreApplication.translate("StatusReportProse", "%1 workshop"),
            QCoreApplication.translate("StatusReportProse", "%1 workshops"),
        ),
        EventKind.CONFERENCE: (
            QCoreApplication.translate("StatusReportProse", "%1 conference"),
            QCoreApplication.translate("StatusReportProse", "%1 conferences"),
        ),
        EventKind.ONLINE_CONFERENCE: (
            QCoreApplication.translate("StatusReportProse", "%1 online conference"),
            QCoreApplication.translate("StatusReportProse", "%1 online conferences"),
        ),
        EventKind.SIGNING: (
            QCoreApplication.translate("StatusReportProse", "%1 signing ceremony"),
            QCoreApplication.translate("StatusReportProse", "%1 signing ceremonies"),
        ),
        EventKind.VISIT: (
            QCoreApplication.translate("StatusReportProse", "%1 visit"),
            QCoreApplication.translate("StatusReportProse", "%1 visits"),
        ),
        "minutes": (
            QCoreApplication.translate("StatusReportProse", "%1 set of minutes"),
            QCoreApplication.translate("StatusReportProse", "%1 sets of minutes"),
        ),
        "decisions": (
            QCoreApplication.translate("StatusReportProse", "%1 conclusion"),
            QCoreApplication.translate("StatusReportProse", "%1 conclusions"),
        ),
        "actions": (
            QCoreApplication.translate("StatusReportProse", "%1 action item"),
            QCoreApplication.translate("StatusReportProse", "%1 action items"),
        ),
        "projects": (
            QCoreApplication.translate("StatusReportProse", "%1 project"),
            QCoreApplication.translate("StatusReportProse", "%1 projects"),
        ),
        "milestones": (
            QCoreApplication.translate("StatusReportProse", "%1 milestone"),
            QCoreApplication.translate("StatusReportProse", "%1 milestones"),
        ),
        "agreements": (
            QCoreApplication.translate("StatusReportProse", "%1 cooperation agreement"),
            QCoreApplication.translate("StatusReportProse", "%1 cooperation agreements"),
        ),
        "partners": (
            QCoreApplication.translate("StatusReportProse", "%1 partner"),
            QCoreApplication.translate("StatusReportProse", "%1 partners"),
        ),
        "volunteers": (
            QCoreApplication.translate("StatusReportProse", "%1 volunteer"),
            QCoreApplication.translate("StatusReportProse", "%1 volunteers"),
        ),
    }
    return nouns[kind]


def counted(kind: str, n: int) -> str:
    one, many = _noun(kind)
    return labels.arg(one if n == 1 else many, labels.fmt_count(n))


class _Comparer:
    """Says how a count compares with the previous period: naming the period the first
    time in a paragraph, briefly after that."""

    def __init__(self, report: StatusReport) -> None:
        self.before_name = previous_name(report)
        self.named = False

    def paragraph(self) -> "_Comparer":
        self.named = False
        return self

    def change(self, now: int, before: int | None) -> str:
        if before is None:
            return ""
        diff = now - before
        if self.named:
            if diff > 0:
                text = labels.arg(
                    QCoreApplication.translate("StatusReportProse", "up %1"), labels.fmt_count(diff)
                )
            elif diff < 0:
                text = labels.arg(
                    QCoreApplication.translate("StatusReportProse", "down %1"),
                    labels.fmt_count(-diff),
                )
            else:
                text = QCoreApplication.translate(
                    "StatusReportProse", "the same as the previous period"
                )
        else:
            self.named = True
            if diff > 0:
                text = labels.arg(
                    QCoreApplication.translate("StatusReportProse", "up %1 on %2"),
                    labels.fmt_count(diff),
                    self.before_name,
                )
            elif diff < 0:
                text = labels.arg(
                    QCoreApplication.translate("StatusReportProse", "down %1 on %2"),
                    labels.fmt_count(-diff),
                    self.before_name,
                )
            else:
                text = labels.arg(
                    QCoreApplication.translate("StatusReportProse", "the same as in %1"),
                    self.before_name,
                )
        return f" ({text})"

    def count(self, kind: str, now: int, before: int | None) -> str:
        return counted(kind, now) + self.change(now, before)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def actor() -> str:
    return QCoreApplication.translate("StatusReportProse", "the department")


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def _more(n: int) -> Block:
    return Block(
        Kind.ITEM,
        labels.arg(
            QCoreApplication.translate("StatusReportProse", "… and %1 more."), labels.fmt_count(n)
        ),
    )


def _items(lines: Iterable[str]) -> list[Block]:
    lines = list(lines)
    out = [
        Block(Kind.ITEM, f"- {line}{'.' if i == len(lines) - 1 else ';'}")
        for i, line in enumerate(lines[:LISTED])
    ]
    if len(lines) > LISTED:
        out[-1] = Block(Kind.ITEM, out[-1].text[:-1] + ";")
        out.append(_more(len(lines) - LISTED))
    return out


# --- I. results -----------------------------------------------------------------------
def _events(report: StatusReport, now: Tally, before: Tally | None, c: _Comparer) -> str:
    period = period_name(now.first, now.last)
    f = now.figures
    b_held = before.figures.events_held if before else None
    scope = report.request.scope
    name = report.subject or scope.name
    if not f.events_held:
        text = labels.arg(
            QCoreApplication.translate(
                "StatusReportProse", "In %1, no event was held within the scope of this report%2."
            ),
            period,
            c.change(0, b_held),
        )
        return _sentence(text)
    lead = {
        ScopeKind.ALL: QCoreApplication.translate(
            "StatusReportProse", "In %1, %2 held %3 with its partners"
        ),
        ScopeKind.PARTNER: QCoreApplication.translate(
            "StatusReportProse", "In %1, %2 held %3 with %4"
        ),
        ScopeKind.UNIT: QCoreApplication.translate(
            "StatusReportProse", "In %1, %2 held %3 with the host unit %4"
        ),
        ScopeKind.PROGRAMME: QCoreApplication.translate(
            "StatusReportProse", "In %1, under the programme %4, %2 held %3"
        ),
        ScopeKind.PROJECT: QCoreApplication.translate(
            "StatusReportProse", "In %1, under the project %4, %2 held %3"
        ),
    }[scope.kind]
    text = labels.arg(lead, period, actor(), c.count("events", f.events_held, b_held), name)
    kinds = [
        c.count(k, n, before.held_by_kind.get(k, 0) if before else None)
        for k, n in now.held_by_kind.items()
        if n or (before and before.held_by_kind.get(k, 0))
    ]
    if kinds:
        text += labels.arg(
            QCoreApplication.translate("StatusReportProse", ", namely %1"), ", ".join(kinds)
        )
    text += "."
    if f.events_planned:
        text += " " + labels.arg(
            QCoreApplication.translate(
                "StatusReportProse", "Still to come in the period: %1 scheduled."
            ),
            counted("events", f.events_planned),
        )
    return _sentence(text)


def _meetings_work(now: Tally, before: Tally | None, c: _Comparer) -> str:
    f, b = now.figures, before.figures if before else None
    text = labels.arg(
        QCoreApplication.translate("StatusReportProse", "The period saw %1 kept and %2 adopted."),
        c.count("minutes", now.minutes, before.minutes if before else None),
        c.count("decisions", f.decisions, b.decisions if b else None),
    )
    if f.actions_overdue:
        remained = QCoreApplication.translate(
            "StatusReportProse",
            "The period saw %1 completed; as of %2 there remained %3 open, %4 of them overdue.",
        )
    else:  # "0 of them overdue (same as before)" is no way to say none
        remained = QCoreApplication.translate(
            "StatusReportProse",
            "The period saw %1 completed; as of %2 there remained %3 open, none of them overdue.",
        )
    text += " " + labels.arg(
        remained,
        c.count("actions", f.actions_done, b.actions_done if b else None),
        labels.fmt_date(now.as_of),
        c.count("actions", f.actions_open, b.actions_open if b else None),
        labels.fmt_count(f.actions_overdue)
        + c.change(f.actions_overdue, b.actions_overdue if b else None),
    )
    return _sentence(text)


def _projects(now: Tally, before: Tally | None, c: _Comparer) -> str:
    f, b = now.figures, before.figures if before else None
    if not f.projects and not (b and b.projects):
        return _sentence(
            QCoreApplication.translate("StatusReportProse", "No project ran in the period.")
        )
    lead = c.count("projects", f.projects, b.projects if b else None)  # names the period
    statuses = [
        _lower_first(labels.project_status(s))
        + " "
        + labels.fmt_count(f.projects_by_status.get(s, 0))
        + c.change(f.projects_by_status.get(s, 0), b.projects_by_status.get(s, 0) if b else None)
        for s in ProjectStatus
        if f.projects_by_status.get(s, 0) or (b and b.projects_by_status.get(s, 0))
    ]
    text = labels.arg(
        QCoreApplication.translate("StatusReportProse", "The period had %1: %2."),
        lead,
        ", ".join(statuses),
    )
    if now.milestones_done or (before and before.milestones_done):
        text += " " + labels.arg(
            QCoreApplication.translate("StatusReportProse", "The period saw %1 reached."),
            c.count("milestones", now.milestones_done, before.milestones_done if before else None),
        )
    return _sentence(text)


def _agreements(now: Tally, before: Tally | None, c: _Comparer) -> str:
    f, b = now.figures, before.figures if before else None
    signed = labels.fmt_count(now.agreements_signed) + c.change(
        now.agreements_signed, before.agreements_signed if before else None
    )
    if not f.agreements_active:  # "0 agreements in force with 1 partner" says nothing
        text = labels.arg(
            QCoreApplication.translate(
                "StatusReportProse",
                "As of %1 no cooperation agreement is in force; signed in the period: %2.",
            ),
            labels.fmt_date(now.as_of),
            signed,
        )
        return _sentence(text)
    text = labels.arg(
        QCoreApplication.translate(
            "StatusReportProse", "In force as of %1: %2, with %3; signed in the period: %4."
        ),
        labels.fmt_date(now.as_of),
        c.count("agreements", f.agreements_active, b.agreements_active if b else None),
        c.count("partners", f.partners, b.partners if b else None),
        signed,
    )
    if f.agreements_ending:
        text += " " + labels.arg(
            QCoreApplication.translate(
                "StatusReportProse", "Ending within %2 days without renewal: %1."
            ),
            labels.fmt_count(f.agreements_ending)
            + c.change(f.agreements_ending, b.agreements_ending if b else None),
            labels.fmt_count(f.ending_days),
        )
    return _sentence(text)


def _volunteers(now: Tally, before: Tally | None, c: _Comparer) -> str:
    text = labels.arg(
        QCoreApplication.translate(
            "StatusReportProse",
            "Working on the projects in the period: %1, of whom %2 arrived in it.",
        ),
        c.count("volunteers", now.volunteers, before.volunteers if before else None),
        labels.fmt_count(now.volunteers_arrived)
        + c.change(now.volunteers_arrived, before.volunteers_arrived if before else None),
    )
    return _sentence(text)


def results(report: StatusReport) -> list[Block]:
    """Part I: what was done, in words and figures, against the previous period."""
    now, before = report.tally, report.before
    if now is None:
        return []
    c = _Comparer(report)
    parts: list[tuple[str, str]] = [
        (
            QCoreApplication.translate("StatusReportProse", "Cooperation activities"),
            _events(report, now, before, c.paragraph()),
        ),
        (
            QCoreApplication.translate(
                "StatusReportProse", "Minutes, conclusions and action items"
            ),
            _meetings_work(now, before, c.paragraph()),
        ),
        (
            QCoreApplication.translate("StatusReportProse", "Projects"),
            _projects(now, before, c.paragraph()),
        ),
        (
            QCoreApplication.translate("StatusReportProse", "Cooperation agreements and partners"),
            _agreements(now, before, c.paragraph()),
        ),
    ]
    if now.volunteers or (before and before.volunteers):
        parts.append(
            (
                QCoreApplication.translate("StatusReportProse", "Volunteers"),
                _volunteers(now, before, c.paragraph()),
            )
        )
    out: list[Block] = []
    for n, (title, text) in enumerate(parts, 1):
        out += [Block(Kind.HEADING, f"{n}. {title}"), Block(Kind.PARA, text)]
    return out


# --- II. problems and causes ----------------------------------------------------------
def _by_whom(owners: Iterable[str | None]) -> str:
    counts = Counter(owners)
    named = sorted(((o, n) for o, n in counts.items() if o), key=lambda x: (-x[1], x[0]))
    parts = [
        labels.arg(
            QCoreApplication.translate("StatusReportProse", "%1 of %2"), labels.fmt_count(n), o
        )
        for o, n in named[:5]
    ]
    rest = sum(n for _, n in named[5:])
    if rest:
        parts.append(
            labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1 of others"),
                labels.fmt_count(rest),
            )
        )
    if counts.get(None):
        parts.append(
            labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1 with no one in charge"),
                labels.fmt_count(counts[None]),
            )
        )
    return ", ".join(parts)


def problems(report: StatusReport) -> list[Block]:
    """Part II: what the records show went wrong: overdue items, cancelled events,
    projects past their end, overdue milestones; each with who or what it concerns."""
    now, before = report.tally, report.before
    if now is None:
        return []
    c = _Comparer(report)
    out: list[Block] = []

    def part(title: str, text: str, lines: list[str]) -> None:
        out.append(
            Block(Kind.HEADING, f"{len([b for b in out if b.kind == Kind.HEADING]) + 1}. {title}")
        )
        out.append(Block(Kind.PARA, _sentence(text)))
        out.extend(_items(lines))

    if now.overdue:
        text = labels.arg(
            QCoreApplication.translate("StatusReportProse", "Overdue as of %1: %2, of which %3."),
            labels.fmt_date(now.as_of),
            c.paragraph().count(
                "actions", len(now.overdue), len(before.overdue) if before else None
            ),
            _by_whom(o.owner for o in now.overdue),
        )
        lines = [
            labels.arg(
                QCoreApplication.translate(
                    "StatusReportProse", "“%1”: %2, due %3, %4 days late (from %5)"
                ),
                o.text,
                o.owner or QCoreApplication.translate("StatusReportProse", "no one in charge"),
                labels.fmt_date(o.due_on),
                labels.fmt_count(o.days_late),
                o.origin,
            )
            for o in sorted(now.overdue, key=lambda o: (-o.days_late, o.text))
        ]
        part(QCoreApplication.translate("StatusReportProse", "Overdue action items"), text, lines)
    if now.cancelled:
        text = labels.arg(
            QCoreApplication.translate("StatusReportProse", "Cancelled in the period: %1."),
            c.paragraph().count(
                "events", len(now.cancelled), len(before.cancelled) if before else None
            ),
        )
        lines = [f"{labels.fmt_date(e.starts.date())}: {e.title}" for e in now.cancelled]
        part(QCoreApplication.translate("StatusReportProse", "Cancelled events"), text, lines)
    if now.late_projects:
        text = labels.arg(
            QCoreApplication.translate(
                "StatusReportProse", "Past their end date and not closed: %1."
            ),
            c.paragraph().count(
                "projects", len(now.late_projects), len(before.late_projects) if before else None
            ),
        )
        lines = [
            labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1 %2 (ended %3, %4)"),
                p.code,
                p.title,
                labels.fmt_date(p.ends_on),
                _lower_first(labels.project_status(p.status)),
            )
            for p in now.late_projects
        ]
        part(
            QCoreApplication.translate("StatusReportProse", "Projects past their end date"),
            text,
            lines,
        )
    if now.late_milestones:
        per_project = Counter(ml.project_code for ml in now.late_milestones)
        whose = ", ".join(
            labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1 of the project %2"),
                labels.fmt_count(n),
                code,
            )
            for code, n in sorted(per_project.items(), key=lambda x: (-x[1], x[0]))
        )
        text = labels.arg(
            QCoreApplication.translate(
                "StatusReportProse", "Past their date and not done: %1, of which %2."
            ),
            c.paragraph().count(
                "milestones",
                len(now.late_milestones),
                len(before.late_milestones) if before else None,
            ),
            whose,
        )
        lines = [
            labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1: %2 (due %3)"),
                ml.project_code,
                ml.title,
                labels.fmt_date(ml.due_on),
            )
            for ml in now.late_milestones
        ]
        part(QCoreApplication.translate("StatusReportProse", "Overdue milestones"), text, lines)
    if not out:
        out.append(
            Block(
                Kind.PARA,
                labels.arg(
                    QCoreApplication.translate(
                        "StatusReportProse",
                        "As of %1 the records show no overdue action item, no cancelled "
                        "event, no project past its end date and no overdue milestone.",
                    ),
                    labels.fmt_date(now.as_of),
                ),
            )
        )
    return out


# --- III. next period -----------------------------------------------------------------
def next_title(report: StatusReport) -> str:
    o = report.outlook
    name = period_name(o.first, o.last) if o else ""
    return labels.arg(QCoreApplication.translate("StatusReportProse", "TASKS FOR %1"), name.upper())


def next_tasks(report: StatusReport) -> list[Block]:
    """Part III: what the next period of the same length holds: the coming events, the
    open action items and the milestones falling due in it."""
    o, now = report.outlook, report.tally
    if o is None or now is None:
        return []
    out: list[Block] = [
        Block(
            Kind.PARA,
            _sentence(
                labels.arg(
                    QCoreApplication.translate(
                        "StatusReportProse", "In %1, the work ahead is as follows."
                    ),
                    period_name(o.first, o.last),
                )
            ),
        )
    ]
    n = 0

    def part(title: str, text: str, lines: list[str]) -> None:
        nonlocal n
        n += 1
        out.append(Block(Kind.HEADING, f"{n}. {title}"))
        out.append(Block(Kind.PARA, _sentence(text)))
        out.extend(_items(lines))

    if o.events:
        part(
            QCoreApplication.translate("StatusReportProse", "Events"),
            labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1 scheduled:"),
                counted("events", len(o.events)),
            ),
            [
                (labels.fmt_date(e.starts.date()) if e.all_day else labels.fmt_datetime(e.starts))
                + f": {e.title}"
                + (
                    f" [{e.project_code}]"
                    if e.project_code and e.project_code not in e.title
                    else ""
                )
                + (f" ({e.place})" if e.place else "")
                for e in o.events
            ],
        )
    else:
        part(
            QCoreApplication.translate("StatusReportProse", "Events"),
            QCoreApplication.translate("StatusReportProse", "No event is scheduled in it yet."),
            [],
        )
    due_lines = [
        labels.arg(
            QCoreApplication.translate("StatusReportProse", "“%1”: %2, due %3"),
            a.text,
            a.owner or QCoreApplication.translate("StatusReportProse", "no one in charge"),
            labels.fmt_date(a.due_on),
        )
        for a in o.actions
    ]
    text = (
        labels.arg(
            QCoreApplication.translate("StatusReportProse", "%1 falling due, to be finished:"),
            counted("actions", len(o.actions)),
        )
        if o.actions
        else QCoreApplication.translate("StatusReportProse", "No open action item falls due in it.")
    )
    part(QCoreApplication.translate("StatusReportProse", "Action items"), text, due_lines)
    if now.overdue:  # after the list of those falling due, a sentence of its own
        follow_up = labels.arg(
            QCoreApplication.translate(
                "StatusReportProse", "Also to follow up: the %1 already overdue."
            ),
            counted("actions", len(now.overdue)),
        )
        out.append(Block(Kind.PARA, _sentence(follow_up)))
    if o.milestones:
        part(
            QCoreApplication.translate("StatusReportProse", "Project milestones"),
            labels.arg(
                QCoreApplication.translate("StatusReportProse", "%1 falling due:"),
                counted("milestones", len(o.milestones)),
            ),
            [
                labels.arg(
                    QCoreApplication.translate("StatusReportProse", "%1: %2 (due %3)"),
                    ml.project_code,
                    ml.title,
                    labels.fmt_date(ml.due_on),
                )
                for ml in o.milestones
            ],
        )
    return out


# --- IV. proposals --------------------------------------------------------------------
def proposals(report: StatusReport) -> list[Block]:
    """Part IV, the coordinator's own words, one paragraph a line; none when left empty
    (the part is then left out and the parts before keep their numbers)."""
    lines = [line.strip() for line in report.request.proposals.splitlines()]
    return [Block(Kind.PARA, line) for line in lines if line]


def parts(report: StatusReport) -> list[tuple[str, list[Block]]]:
    """The numbered parts after part I (whose tables the renderers add): II, III, IV."""
    out = [
        (
            QCoreApplication.translate("StatusReportProse", "PROBLEMS AND THEIR CAUSES"),
            problems(report),
        ),
        (next_title(report), next_tasks(report)),
    ]
    said = proposals(report)
    if said:
        out.append((QCoreApplication.translate("StatusReportProse", "PROPOSALS"), said))
    return [(title, blocks) for title, blocks in out if blocks]


def results_title(report: StatusReport) -> str:
    return QCoreApplication.translate("StatusReportProse", "RESULTS")
