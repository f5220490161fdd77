"""A deterministic synthetic database at department scale, for `make bench`.

Ten years of a provincial department's records: 2,000 organisations, 20,000 people,
5,000 projects with milestones and indicators, 200,000 events, 30,000 minutes with
60,000 decisions and 90,000 action items (at ``scale=1``). The same seed and scale
always give the same file. Rows are written with SQLAlchemy Core in large batches
(the app's own session hooks are bypassed, so each row's search text is computed
here the way the hooks would); the schema is the app's own, made by its migrations.
"""

import random
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.enums import (
    EventKind,
    EventStatus,
    MinutesStatus,
    OrgKind,
    PersonRole,
    ProjectStatus,
    TaskStatus,
)
from coordinator.domain.text import search_key
from coordinator.domain.timezone import to_utc

VERSION = 3  # bump when the data changes, so cached files are rebuilt
FIRST_DAY = date(2017, 1, 1)
LAST_DAY = date(2026, 12, 31)
BUSY_MONTH = date(2026, 3, 1)  # holds about 2,000 events at scale 1

COUNTS = {
    "organization": 2_000,
    "person": 20_000,
    "project": 5_000,
    "event": 200_000,
    "minutes": 30_000,
    "decision": 60_000,
    "action_item": 90_000,
}

_FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
_MIDDLE = [
    "Văn",
    "Thị",
    "Hữu",
    "Đức",
    "Minh",
    "Thanh",
    "Ngọc",
    "Quang",
    "Thu",
    "Hoài",
    "Xuân",
    "Bảo",
]
_GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiếu",
    "Hoa",
    "Hùng",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phong",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Trung",
    "Tú",
    "Tuấn",
    "Uyên",
    "Việt",
    "Yến",
]
_FOREIGN = [
    "Emily Carter",
    "Lukas Berg",
    "Sofia Rossi",
    "Hiro Tanaka",
    "Anna Kowalski",
    "Jean Dupont",
    "Ji-woo Park",
    "Olivia Smith",
    "Mateo García",
    "Lars Nilsen",
]
_NATIONS = ["Hoa Kỳ", "Đức", "Ý", "Nhật Bản", "Ba Lan", "Pháp", "Hàn Quốc", "Anh", "Tây Ban Nha"]
_EXPERTISE = [
    "Chính phủ điện tử",
    "An toàn thông tin",
    "Dữ liệu mở",
    "Đô thị thông minh",
    "Quản trị dự án",
    "Logistics",
    "Y tế số",
    "Giáo dục số",
    "Nông nghiệp công nghệ cao",
    "Năng lượng tái tạo",
]
_ORG_HEADS = {
    OrgKind.GOVERNMENT: ["Sở", "Ban Quản lý", "Trung tâm", "Ủy ban nhân dân huyện"],
    OrgKind.ENTERPRISE: ["Công ty Cổ phần", "Công ty TNHH", "Tập đoàn", "Tổng Công ty"],
    OrgKind.ACADEMIA: ["Trường Đại học", "Viện", "Trường Cao đẳng"],
    OrgKind.ASSOCIATION: ["Hội", "Hiệp hội", "Câu lạc bộ"],
    OrgKind.INTERNATIONAL: ["Tổ chức", "Quỹ", "Chương trình"],
}
_TOPICS = [
    "Công nghệ thông tin",
    "Viễn thông",
    "Chuyển đổi số",
    "Đầu tư",
    "Khoa học và Công nghệ",
    "Giáo dục",
    "Y tế",
    "Du lịch",
    "Nông nghiệp",
    "Môi trường",
    "Logistics",
    "Năng lượng",
]
_PLACES = [
    "Bình Dương",
    "Thủ Dầu Một",
    "Dĩ An",
    "Thuận An",
    "Bến Cát",
    "Tân Uyên",
    "Bình Phước",
    "Đồng Nai",
    "Eindhoven",
    "Incheon",
]
_ACTIVITIES = [
    "Tư vấn",
    "Họp",
    "Hội thảo",
    "Làm việc",
    "Khảo sát",
    "Tập huấn",
    "Ký kết",
    "Tiếp đoàn",
]
_KINDS = [
    EventKind.CONSULTATION,
    EventKind.MEETING,
    EventKind.WORKSHOP,
    EventKind.VISIT,
    EventKind.SIGNING,
    EventKind.CONFERENCE,
]
_ROOMS = ["Phòng họp A", "Phòng họp B", "Hội trường tầng 3", "Phòng khách lễ tân", "Trực tuyến"]
_VERBS = ["Hoàn thiện", "Gửi", "Rà soát", "Tổng hợp", "Chuẩn bị", "Báo cáo", "Đề xuất"]
_OBJECTS = [
    "dự thảo kế hoạch",
    "báo cáo khảo sát",
    "danh sách chuyên gia",
    "hồ sơ dự án",
    "kinh phí tổ chức",
    "biên bản ghi nhớ",
    "lộ trình triển khai",
]


def scaled(scale: float) -> dict[str, int]:
    return {name: max(1, round(n * scale)) for name, n in COUNTS.items()}


def build(path: Path, scale: float = 1.0, seed: int = 2026) -> None:
    """Write the synthetic database at ``path`` (which must not exist yet)."""
    rnd = random.Random(seed)
    n = scaled(scale)
    store = Store.open(path)
    try:
        with store.engine.begin() as conn:

            def put(table: Any, rows: Sequence[dict[str, Any]]) -> None:
                tab: Table = table.__table__ if hasattr(table, "__table__") else table
                for start in range(0, len(rows), 20_000):
                    conn.execute(insert(tab), list(rows[start : start + 20_000]))

            orgs, internal, external = _organizations(rnd, n["organization"])
            put(m.Organization, orgs)
            people, volunteers = _people(rnd, n["person"], len(orgs))
            put(m.Person, people)
            programmes = [
                {"id": i + 1, "name": f"Chương trình hợp tác {t}", "domain": t}
                for i, t in enumerate(_TOPICS)
            ]
            put(m.Programme, programmes)
            projects, milestones, indicators = _projects(
                rnd, n["project"], internal, external, len(programmes)
            )
            put(m.Project, projects)
            put(m.Milestone, milestones)
            put(m.Indicator, indicators)
            put(m.Assignment, _assignments(rnd, volunteers, len(projects)))
            agreements, parties, commitments = _agreements(rnd, internal, external)
            put(m.Agreement, agreements)
            put(m.agreement_party, parties)
            put(m.Commitment, commitments)
            events, participants = _events(rnd, n["event"], len(projects), external, n["person"])
            put(m.Event, events)
            put(
                m.EventOccurrence,
                [
                    {"event_id": e["id"], "starts_at": e["starts_at"], "ends_at": e["ends_at"]}
                    for e in events
                ],
            )
            put(m.EventParticipant, participants)
            minutes, decisions, actions = _minutes(
                rnd, events, n["minutes"], n["decision"], n["action_item"], n["person"]
            )
            put(m.Minutes, minutes)
            put(m.Decision, decisions)
            put(m.ActionItem, actions)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        store.close()


def _name(rnd: random.Random) -> str:
    return f"{rnd.choice(_FAMILY)} {rnd.choice(_MIDDLE)} {rnd.choice(_GIVEN)}"


def _organizations(
    rnd: random.Random, count: int
) -> tuple[list[dict[str, Any]], list[int], list[int]]:
    rows: list[dict[str, Any]] = []
    internal: list[int] = []
    external: list[int] = []
    kinds = list(OrgKind)
    for i in range(1, count + 1):
        is_internal = i % 10 == 0
        kind = OrgKind.GOVERNMENT if is_internal else rnd.choice(kinds)
        head = rnd.choice(_ORG_HEADS[kind])
        name = f"{head} {rnd.choice(_TOPICS)} {rnd.choice(_PLACES)} số {i}"
        short = "".join(w[0] for w in name.split()[:4]).upper() + str(i)
        country = "Việt Nam" if is_internal or rnd.random() < 0.7 else rnd.choice(_NATIONS)
        rows.append(
            {
                "id": i,
                "name": name,
                "short_name": short,
                "kind": kind.value,
                "is_internal": is_internal,
                "country": country,
                "email": f"lienhe{i}@donvi{i}.example",
                "phone": f"0274 {3800000 + i}",
                "search_text": search_key(name, short, country),
                "created_at": datetime(2017, 1, 1) + timedelta(hours=i),
            }
        )
        (internal if is_internal else external).append(i)
    return rows, internal, external


def _people(rnd: random.Random, count: int, orgs: int) -> tuple[list[dict[str, Any]], list[int]]:
    rows: list[dict[str, Any]] = []
    volunteers: list[int] = []
    for i in range(1, count + 1):
        draw = rnd.random()
        if draw < 0.15:
            role, name = PersonRole.VOLUNTEER, f"{rnd.choice(_FOREIGN)} {i}"
            nationality, expertise = rnd.choice(_NATIONS), rnd.choice(_EXPERTISE)
            volunteers.append(i)
        else:
            role = PersonRole.STAFF if draw < 0.2 else PersonRole.CONTACT
            name, nationality, expertise = _name(rnd), "Việt Nam", None
        email = f"nguoi{i}@donvi{(i - 1) % orgs + 1}.example"
        rows.append(
            {
                "id": i,
                "full_name": name,
                "title": rnd.choice(["Chuyên viên", "Trưởng phòng", "Phó Giám đốc", "Chuyên gia"]),
                "role": role.value,
                "organization_id": (i - 1) % orgs + 1,
                "email": email,
                "nationality": nationality,
                "expertise": expertise,
                "languages": "en" if role == PersonRole.VOLUNTEER else "vi",
                "search_text": search_key(name, email, nationality, expertise),
            }
        )
    return rows, volunteers


def _day(rnd: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rnd.randrange((last - first).days + 1))


def _projects(
    rnd: random.Random, count: int, internal: list[int], external: list[int], programmes: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    projects: list[dict[str, Any]] = []
    milestones: list[dict[str, Any]] = []
    indicators: list[dict[str, Any]] = []
    statuses = list(ProjectStatus)
    for i in range(1, count + 1):
        starts = _day(rnd, FIRST_DAY, date(2026, 6, 30))
        ends = starts + timedelta(days=rnd.randrange(90, 1100))
        topic = rnd.choice(_TOPICS)
        code = f"DA-{starts.year}-{i:05d}"
        title = f"{rnd.choice(_ACTIVITIES)} {topic.lower()} tại {rnd.choice(_PLACES)} ({i})"
        projects.append(
            {
                "id": i,
                "code": code,
                "title": title,
                "programme_id": rnd.randrange(1, programmes + 1),
                "partner_id": rnd.choice(external) if external else None,
                "host_unit_id": rnd.choice(internal) if internal else None,
                "status": rnd.choice(statuses).value,
                "starts_on": starts,
                "ends_on": ends,
                "objectives": f"Mục tiêu của dự án về {topic.lower()}.",
                "search_text": search_key(code, title),
            }
        )
        for k in range(3):
            due = starts + (ends - starts) * (k + 1) / 4
            milestones.append(
                {
                    "project_id": i,
                    "title": ["Khảo sát", "Triển khai", "Nghiệm thu"][k],
                    "due_on": due,
                    "done_on": due if due < date(2026, 11, 1) and rnd.random() < 0.7 else None,
                }
            )
        for name, unit in (("Số người được tập huấn", "người"), ("Số buổi tư vấn", "buổi")):
            target = rnd.randrange(10, 200)
            indicators.append(
                {
                    "project_id": i,
                    "name": name,
                    "unit": unit,
                    "baseline": 0,
                    "target": target,
                    "actual": rnd.randrange(0, target + 1),
                    "measured_on": ends if ends < date(2026, 11, 1) else date(2026, 11, 1),
                }
            )
    return projects, milestones, indicators


def _assignments(rnd: random.Random, volunteers: list[int], projects: int) -> list[dict[str, Any]]:
    rows = []
    for person in volunteers:
        arrives = _day(rnd)
        rows.append(
            {
                "project_id": rnd.randrange(1, projects + 1),
                "person_id": person,
                "arrives_on": arrives,
                "departs_on": arrives + timedelta(days=rnd.randrange(14, 90)),
                "role": "Chuyên gia tư vấn",
            }
        )
    return rows


def _agreements(
    rnd: random.Random, internal: list[int], external: list[int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    agreements: list[dict[str, Any]] = []
    parties: list[dict[str, Any]] = []
    commitments: list[dict[str, Any]] = []
    for i, partner in enumerate(external[: max(1, len(external) // 2)], start=1):
        signed = _day(rnd, FIRST_DAY, date(2026, 6, 30))
        agreements.append(
            {
                "id": i,
                "title": f"Thỏa thuận hợp tác về {rnd.choice(_TOPICS).lower()} số {i}",
                "signed_on": signed,
                "starts_on": signed,
                "ends_on": signed + timedelta(days=365 * 3),
                "fields": rnd.choice(_TOPICS),
            }
        )
        parties.append({"agreement_id": i, "organization_id": partner})
        if internal:
            parties.append({"agreement_id": i, "organization_id": internal[i % len(internal)]})
        for k in range(3):
            due = signed + timedelta(days=180 * (k + 1))
            text = f"{rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} ({i}.{k + 1})"
            done = due < date(2026, 11, 1) and rnd.random() < 0.6
            commitments.append(
                {
                    "agreement_id": i,
                    "party_id": partner,
                    "text": text,
                    "due_on": due,
                    "status": (TaskStatus.DONE if done else TaskStatus.OPEN).value,
                    "done_on": due if done else None,
                    "search_text": search_key(text),
                }
            )
    return agreements, parties, commitments


def _months() -> Iterator[date]:
    day = FIRST_DAY
    while day <= LAST_DAY:
        yield day
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _events(
    rnd: random.Random, count: int, projects: int, external: list[int], people: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Office-hours events spread over ten years, the busy month holding about 2,000."""
    months = list(_months())
    busy = round(count * 0.01)
    rest = count - busy
    per_month = {mo: rest // (len(months) - 1) for mo in months if mo != BUSY_MONTH}
    per_month[BUSY_MONTH] = busy
    short = count - sum(per_month.values())
    for mo in months[:short]:
        per_month[mo] += 1
    events: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    i = 0
    for month in months:
        days = (date(month.year + month.month // 12, month.month % 12 + 1, 1) - month).days
        for _ in range(per_month[month]):
            i += 1
            day = month + timedelta(days=rnd.randrange(days))
            if day.weekday() >= 5:
                day -= timedelta(days=day.weekday() - 4)
            local = datetime(
                day.year, day.month, day.day, rnd.randrange(7, 17), rnd.choice((0, 30))
            )
            length = timedelta(minutes=rnd.choice((30, 60, 60, 90, 120)))
            kind = rnd.choice(_KINDS)
            title = f"{rnd.choice(_ACTIVITIES)} {rnd.choice(_TOPICS).lower()} (lần {i})"
            location = rnd.choice(_ROOMS)
            past = day < date(2026, 11, 22)
            events.append(
                {
                    "id": i,
                    "kind": kind.value,
                    "title": title,
                    "starts_at": to_utc(local),
                    "ends_at": to_utc(local + length),
                    "location": location,
                    "project_id": rnd.randrange(1, projects + 1) if rnd.random() < 0.7 else None,
                    "partner_id": rnd.choice(external) if external and rnd.random() < 0.6 else None,
                    "status": (EventStatus.HELD if past else EventStatus.PLANNED).value,
                    "uid": f"bench-{i}@coordinator",
                    "search_text": search_key(title, location),
                }
            )
            for person in rnd.sample(range(1, people + 1), k=min(people, rnd.randrange(1, 4))):
                participants.append(
                    {
                        "event_id": i,
                        "person_id": person,
                        "attendance": "present" if past else "invited",
                        "invited": True,
                    }
                )
    return events, participants


def _minutes(
    rnd: random.Random,
    events: list[dict[str, Any]],
    count: int,
    decisions: int,
    actions: int,
    people: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    held = [e for e in events if e["status"] == EventStatus.HELD.value]
    chosen = sorted(rnd.sample(held, k=min(count, len(held))), key=lambda e: e["id"])
    minutes: list[dict[str, Any]] = []
    decision_rows: list[dict[str, Any]] = []
    action_rows: list[dict[str, Any]] = []
    per_decision = decisions / max(1, len(chosen))
    per_action = actions / max(1, len(chosen))
    for i, event in enumerate(chosen, start=1):
        summary = f"Các bên trao đổi về {event['title'].lower()}."
        minutes.append(
            {
                "id": i,
                "event_id": event["id"],
                "chair_id": rnd.randrange(1, people + 1),
                "secretary_id": rnd.randrange(1, people + 1),
                "place": event["location"],
                "summary": summary,
                "status": MinutesStatus.FINAL.value,
                "finalized_at": event["ends_at"],
                "search_text": search_key(event["location"], summary),
            }
        )
        for k in range(round(i * per_decision) - round((i - 1) * per_decision)):
            text = f"Thống nhất {rnd.choice(_OBJECTS)} (biên bản {i}, ý {k + 1})"
            decision_rows.append(
                {"minutes_id": i, "position": k, "text": text, "search_text": search_key(text)}
            )
        held_on = event["starts_at"].date()
        for k in range(round(i * per_action) - round((i - 1) * per_action)):
            text = f"{rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} (biên bản {i}, việc {k + 1})"
            due = held_on + timedelta(days=rnd.randrange(7, 60))
            done = due < date(2026, 11, 1) and rnd.random() < 0.85
            action_rows.append(
                {
                    "minutes_id": i,
                    "text": text,
                    "owner_person_id": rnd.randrange(1, people + 1),
                    "due_on": due,
                    "status": (TaskStatus.DONE if done else TaskStatus.OPEN).value,
                    "done_on": due if done else None,
                    "search_text": search_key(text),
                }
            )
    return minutes, decision_rows, action_rows
