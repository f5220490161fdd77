"""The demo dataset: the province's cooperation programme as DESIGN.md describes it.

Where the public sources give no name, a plausible one is invented. Everything is
deterministic, so screenshots and tests see the same data every time.
"""

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import holidays
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.enums import (
    EventKind,
    EventStatus,
    OrgKind,
    PersonRole,
    ProjectStatus,
    TaskStatus,
)
from coordinator.domain.timezone import to_utc

MISSION_YEAR = 2026

VOLUNTEERS = [  # name, nationality, expertise, languages, project index
    ("Emily Carter", "Hoa Kỳ", "Chiến lược chuyển đổi số", "Tiếng Anh", 0),
    ("Rahul Mehta", "Ấn Độ", "Kiến trúc dữ liệu", "Tiếng Anh, tiếng Hindi", 0),
    ("Ana Souza", "Brasil", "Quản trị dự án", "Tiếng Bồ Đào Nha, tiếng Anh", 0),
    ("Kenji Watanabe", "Nhật Bản", "Điện toán đám mây", "Tiếng Nhật, tiếng Anh", 0),
    ("Lukas Becker", "Đức", "An toàn thông tin", "Tiếng Đức, tiếng Anh", 1),
    ("Priya Nair", "Ấn Độ", "Dữ liệu mở", "Tiếng Anh", 1),
    ("Oliver Hughes", "Vương quốc Anh", "Phân tích dữ liệu", "Tiếng Anh", 1),
    ("Chloé Martin", "Canada", "Thiết kế dịch vụ công", "Tiếng Pháp, tiếng Anh", 1),
    ("Sofía Hernández", "Mexico", "Quản lý chất lượng", "Tiếng Tây Ban Nha, tiếng Anh", 2),
    ("James Wilson", "Úc", "Tự động hóa quy trình", "Tiếng Anh", 2),
    ("Arjun Rao", "Ấn Độ", "Internet vạn vật", "Tiếng Anh", 2),
    ("Megan O'Brien", "Hoa Kỳ", "Đổi mới sáng tạo", "Tiếng Anh", 3),
    ("Hiroshi Sato", "Nhật Bản", "Khởi nghiệp công nghệ", "Tiếng Nhật, tiếng Anh", 3),
    ("Daniel Kim", "Canada", "Chuyển giao công nghệ", "Tiếng Anh, tiếng Hàn", 3),
]

HOST_PROJECTS = [  # code, title, host unit, host contact
    (
        "TNV-01",
        "Lộ trình xây dựng chính quyền số cấp tỉnh",
        ("Sở Thông tin và Truyền thông tỉnh Bình Dương", "Sở TT&TT", OrgKind.GOVERNMENT),
        ("Nguyễn Văn Hùng", "Phó Giám đốc Sở"),
    ),
    (
        "TNV-02",
        "Nền tảng dữ liệu mở phục vụ người dân và doanh nghiệp",
        (
            "Trung tâm Công nghệ thông tin – Sở Khoa học và Công nghệ",
            "Trung tâm CNTT",
            OrgKind.GOVERNMENT,
        ),
        ("Trần Thị Mai", "Giám đốc Trung tâm"),
    ),
    (
        "TNV-03",
        "Số hóa quy trình kiểm định, hiệu chuẩn",
        ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "Trung tâm TĐC", OrgKind.GOVERNMENT),
        ("Lê Quốc Bảo", "Phó Giám đốc Trung tâm"),
    ),
    (
        "TNV-04",
        "Hệ sinh thái khởi nghiệp đổi mới sáng tạo trong trường đại học",
        ("Trường Đại học Thủ Dầu Một", "ĐH TDM", OrgKind.ACADEMIA),
        ("Phạm Ngọc Anh", "Trưởng phòng Khoa học"),
    ),
]

NAVIGATOR = {  # domain -> programmes
    "Con người": [
        "Kỹ năng số cho người dân",
        "Nhân lực công nghệ cao",
        "Học tập suốt đời",
        "Cộng đồng sáng tạo",
    ],
    "Doanh nghiệp": [
        "Hỗ trợ doanh nghiệp nhỏ và vừa",
        "Khởi nghiệp đổi mới sáng tạo",
        "Thu hút đầu tư công nghệ",
        "Liên kết chuỗi giá trị",
    ],
    "Công nghệ": ["Dữ liệu mở", "Trung tâm điều hành thông minh", "Công nghệ xanh"],
    "Hạ tầng": ["Giao thông thông minh", "Hạ tầng số", "Đô thị bền vững"],
}
NAVIGATOR_ACTIONS = 50


def is_empty(store: Store) -> bool:
    with store.session() as s:
        return not s.scalar(select(func.count(m.Organization.id)))


def load(store: Store) -> None:
    """Fill an empty database with the demo dataset in one transaction."""
    with store.session() as s:
        _Loader(s).run()


def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return to_utc(datetime.combine(day, time(hh, mm)))


class _Loader:
    def __init__(self, s: Session) -> None:
        self.s = s
        self.vn_holidays = holidays.country_holidays("VN", years=[MISSION_YEAR])

    def org(
        self,
        name: str,
        kind: OrgKind,
        *,
        short: str | None = None,
        internal: bool = False,
        country: str = "Việt Nam",
        **kw: str,
    ) -> m.Organization:
        o = m.Organization(
            name=name, short_name=short, kind=kind, is_internal=internal, country=country, **kw
        )
        self.s.add(o)
        return o

    def person(self, name: str, org: m.Organization | None, **kw: str) -> m.Person:
        p = m.Person(full_name=name, organization=org, **kw)
        self.s.add(p)
        return p

    def event(
        self,
        kind: EventKind,
        title: str,
        start: datetime,
        end: datetime,
        *,
        people: Sequence[m.Person] = (),
        **kw: object,
    ) -> m.Event:
        e = m.Event(kind=kind, title=title, starts_at=start, ends_at=end, **kw)
        e.participants = [m.EventParticipant(person=p) for p in people]
        self.s.add(e)
        return e

    def run(self) -> None:
        self.province = self.org(
            "Ủy ban nhân dân tỉnh Bình Dương", OrgKind.GOVERNMENT, short="UBND tỉnh", internal=True
        )
        self.volunteer_mission()
        self.telecom()
        self.neighbour()
        self.software_park()
        self.online_conference()
        self.twinning()
        self.s.add_all(
            [
                m.Setting(key="department", value="Sở Thông tin và Truyền thông"),
                m.Setting(key="province", value="Tỉnh Bình Dương"),
            ]
        )

    def working_days(self, first: date, last: date) -> list[date]:
        days = []
        d = first
        while d <= last:
            if d.weekday() < 5 and d not in self.vn_holidays:
                days.append(d)
            d += timedelta(days=1)
        return days

    def volunteer_mission(self) -> None:
        corps = self.org(
            "Chương trình Chuyên gia tình nguyện Toàn cầu – Tập đoàn GlobalTech",
            OrgKind.INTERNATIONAL,
            short="GlobalTech CSC",
            country="Hoa Kỳ",
            website="https://globaltech.example/csc",
        )
        self.person(
            "Sarah Mitchell",
            corps,
            title="Điều phối viên chương trình",
            email="s.mitchell@globaltech.example",
            role=PersonRole.CONTACT,
        )
        programme = m.Programme(
            name=f"Đoàn chuyên gia tình nguyện GlobalTech {MISSION_YEAR}",
            partner=corps,
            description="14 chuyên gia từ 9 quốc gia tư vấn miễn phí cho 4 đơn vị tiếp nhận.",
        )
        self.s.add(programme)
        arrive, depart = date(MISSION_YEAR, 4, 2), date(MISSION_YEAR, 4, 29)
        projects = []
        hosts = []
        for code, title, (uname, ushort, ukind), (cname, ctitle) in HOST_PROJECTS:
            unit = self.org(uname, ukind, short=ushort, internal=True)
            contact = self.person(
                cname,
                unit,
                title=ctitle,
                role=PersonRole.STAFF,
                email=f"{code.lower()}@binhduong.gov.example",
            )
            p = m.Project(
                code=code,
                title=title,
                programme=programme,
                partner=corps,
                host_unit=unit,
                status=ProjectStatus.COMPLETED,
                starts_on=date(MISSION_YEAR, 4, 3),
                ends_on=date(MISSION_YEAR, 4, 28),
                objectives="Đánh giá hiện trạng, đề xuất giải pháp và lộ trình "
                "thực hiện trong 3 năm.",
            )
            p.milestones = [
                m.Milestone(
                    title="Khảo sát hiện trạng",
                    due_on=date(MISSION_YEAR, 4, 10),
                    done_on=date(MISSION_YEAR, 4, 10),
                ),
                m.Milestone(
                    title="Báo cáo giữa kỳ",
                    due_on=date(MISSION_YEAR, 4, 17),
                    done_on=date(MISSION_YEAR, 4, 17),
                ),
                m.Milestone(
                    title="Báo cáo khuyến nghị cuối cùng",
                    due_on=date(MISSION_YEAR, 4, 28),
                    done_on=date(MISSION_YEAR, 4, 28),
                ),
            ]
            p.indicators = [
                m.Indicator(name="Số buổi tư vấn", unit="buổi", baseline=0, target=8, actual=8)
            ]
            self.s.add(p)
            projects.append((p, unit, contact))
            hosts.append(unit)
        experts: list[list[m.Person]] = [[] for _ in projects]
        for name, nationality, expertise, languages, idx in VOLUNTEERS:
            slug = name.lower().replace(" ", ".").replace("'", "")
            v = self.person(
                name,
                corps,
                role=PersonRole.VOLUNTEER,
                nationality=nationality,
                expertise=expertise,
                languages=languages,
                email=f"{slug}@globaltech.example".replace("é", "e").replace("í", "i"),
            )
            self.s.add(
                m.Assignment(
                    project=projects[idx][0],
                    person=v,
                    arrives_on=arrive,
                    departs_on=depart,
                    role="Chuyên gia tư vấn",
                )
            )
            experts[idx].append(v)
        days = self.working_days(date(MISSION_YEAR, 4, 6), date(MISSION_YEAR, 4, 28))
        for idx, (p, unit, contact) in enumerate(projects):
            morning = idx % 2 == 0
            weekdays = (0, 2, 4) if idx < 2 else (1, 3)
            for day in [d for d in days if d.weekday() in weekdays][:8]:
                start = _at(day, 8, 30) if morning else _at(day, 14, 0)
                self.event(
                    EventKind.CONSULTATION,
                    f"Tư vấn {p.code}: {p.title}",
                    start,
                    start + timedelta(hours=2, minutes=30),
                    location=f"Phòng họp {unit.short_name}",
                    project=p,
                    partner=corps,
                    host_unit=unit,
                    status=EventStatus.HELD,
                    people=[*experts[idx], contact],
                )
        ya = self.org("Hội Doanh nhân trẻ tỉnh Bình Dương", OrgKind.ASSOCIATION, short="Hội DNT")
        chair = self.person(
            "Võ Minh Tâm",
            ya,
            title="Chủ tịch Hội",
            role=PersonRole.CONTACT,
            email="chutich@doanhnhantre.example",
        )
        ws = self.event(
            EventKind.WORKSHOP,
            "Hội thảo chuyển đổi số cho doanh nghiệp trẻ",
            _at(date(MISSION_YEAR, 4, 23), 8, 0),
            _at(date(MISSION_YEAR, 4, 23), 11, 30),
            location="Trung tâm Hội nghị tỉnh",
            partner=ya,
            status=EventStatus.HELD,
            # One expert of each project not consulting that Thursday morning.
            people=[chair, *(e[0] for i, e in enumerate(experts) if i != 2)],
        )
        minutes = m.Minutes(
            event=ws,
            chair=chair,
            place="Trung tâm Hội nghị tỉnh",
            status="final",
            summary="Các chuyên gia chia sẻ kinh nghiệm "
            "chuyển đổi số; doanh nghiệp trẻ nêu nhu cầu hỗ trợ.",
        )
        minutes.decisions = [
            m.Decision(position=1, text="Xây dựng bộ công cụ tự đánh giá mức độ chuyển đổi số."),
            m.Decision(position=2, text="Tổ chức chuỗi tập huấn hằng quý cho hội viên."),
        ]
        minutes.action_items = [
            m.ActionItem(
                text="Gửi bộ câu hỏi tự đánh giá cho hội viên",
                owner_person=chair,
                due_on=date(MISSION_YEAR, 6, 30),
                status=TaskStatus.DONE,
                done_on=date(MISSION_YEAR, 6, 20),
            ),
            m.ActionItem(
                text="Lập kế hoạch tập huấn quý IV",
                owner_org_id=None,
                owner_person=projects[0][2],
                due_on=date(MISSION_YEAR, 10, 15),
            ),
        ]
        self.s.add(minutes)

    def agreement(
        self,
        title: str,
        parties: list[m.Organization],
        signed: date,
        start: date,
        end: date | None,
        horizon: int | None,
        fields: str,
        commitments: list[tuple[m.Organization, str, date | None, TaskStatus]],
    ) -> None:
        a = m.Agreement(
            title=title,
            signed_on=signed,
            starts_on=start,
            ends_on=end,
            horizon_year=horizon,
            fields=fields,
            parties=parties,
        )
        a.commitments = [
            m.Commitment(
                party=p, text=t, due_on=d, status=st, done_on=d if st == TaskStatus.DONE else None
            )
            for p, t, d, st in commitments
        ]
        self.s.add(a)

    def telecom(self) -> None:
        tel = self.org(
            "Tập đoàn Viễn thông Quốc gia",
            OrgKind.ENTERPRISE,
            short="VTQG",
            website="https://vtqg.example",
        )
        self.person(
            "Đặng Thanh Sơn",
            tel,
            title="Giám đốc chi nhánh tỉnh",
            email="son.dt@vtqg.example",
            phone="0274 3822 111",
        )
        self.agreement(
            "Thỏa thuận hợp tác chiến lược về viễn thông và công nghệ thông tin giai đoạn "
            "2018–2023, tầm nhìn đến năm 2030",
            [self.province, tel],
            date(2018, 5, 15),
            date(2018, 5, 15),
            date(2023, 12, 31),
            2030,
            "Hạ tầng viễn thông; chính quyền điện tử; đào tạo; thực tập",
            [
                (
                    tel,
                    "Khảo sát hiện trạng hạ tầng CNTT của các sở, ngành",
                    date(2018, 12, 31),
                    TaskStatus.DONE,
                ),
                (
                    tel,
                    "Triển khai nền tảng chính quyền điện tử dùng chung",
                    date(2020, 12, 31),
                    TaskStatus.DONE,
                ),
                (
                    tel,
                    "Đào tạo 500 lượt cán bộ về kỹ năng số",
                    date(2023, 6, 30),
                    TaskStatus.IN_PROGRESS,
                ),
                (
                    tel,
                    "Tiếp nhận 50 sinh viên thực tập mỗi năm",
                    date(2023, 12, 31),
                    TaskStatus.OPEN,
                ),
                (
                    self.province,
                    "Bố trí mặt bằng và cơ chế phối hợp triển khai",
                    date(2018, 9, 30),
                    TaskStatus.DONE,
                ),
            ],
        )

    def neighbour(self) -> None:
        nb = self.org(
            "Ủy ban nhân dân tỉnh Bình Phước", OrgKind.GOVERNMENT, short="UBND Bình Phước"
        )
        self.person(
            "Hoàng Văn Lực",
            nb,
            title="Giám đốc Sở TT&TT tỉnh Bình Phước",
            email="luc.hv@binhphuoc.gov.example",
        )
        self.agreement(
            "Thỏa thuận hợp tác chia sẻ hạ tầng và nền tảng số giữa hai tỉnh",
            [self.province, nb],
            date(2022, 8, 12),
            date(2022, 8, 12),
            date(2027, 8, 11),
            None,
            "Trung tâm dữ liệu; nền tảng đào tạo; trung tâm điều hành thông minh; "
            "ứng dụng công dân",
            [
                (
                    self.province,
                    "Chia sẻ vận hành trung tâm dữ liệu",
                    date(2023, 6, 30),
                    TaskStatus.DONE,
                ),
                (
                    self.province,
                    "Chia sẻ nền tảng đào tạo trực tuyến",
                    date(2024, 3, 31),
                    TaskStatus.DONE,
                ),
                (
                    self.province,
                    "Hỗ trợ xây dựng trung tâm điều hành thông minh",
                    date(2026, 12, 31),
                    TaskStatus.IN_PROGRESS,
                ),
                (
                    nb,
                    "Triển khai ứng dụng công dân số trên địa bàn tỉnh",
                    date(2026, 9, 30),
                    TaskStatus.OPEN,
                ),
            ],
        )

    def software_park(self) -> None:
        sp = self.org(
            "Công ty Cổ phần Công viên Phần mềm Sông Bé", OrgKind.ENTERPRISE, short="CVPM Sông Bé"
        )
        self.person("Lý Thị Hồng", sp, title="Tổng Giám đốc", email="hong.lt@cvpmsongbe.example")
        self.agreement(
            "Thỏa thuận hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
            [self.province, sp],
            date(2023, 3, 20),
            date(2023, 3, 20),
            date(2026, 12, 31),
            None,
            "Chuyển đổi số doanh nghiệp; đào tạo; tư vấn",
            [
                (
                    sp,
                    "Tư vấn chuyển đổi số cho 200 doanh nghiệp nhỏ và vừa",
                    date(2026, 12, 31),
                    TaskStatus.IN_PROGRESS,
                ),
                (sp, "Tổ chức 10 khóa đào tạo quản trị số", date(2025, 12, 31), TaskStatus.DONE),
            ],
        )

    def online_conference(self) -> None:
        corp = self.org("Tập đoàn Hanseo", OrgKind.ENTERPRISE, short="Hanseo", country="Hàn Quốc")
        rep = self.person(
            "Park Ji-hoon",
            corp,
            title="Giám đốc dự án đô thị thông minh",
            email="jh.park@hanseo.example",
            nationality="Hàn Quốc",
        )
        e = self.event(
            EventKind.ONLINE_CONFERENCE,
            "Hội nghị trực tuyến về Trung tâm điều hành thông minh, wifi cộng đồng và "
            "camera giao thông",
            _at(date(2026, 12, 8), 9, 0),
            _at(date(2026, 12, 8), 11, 0),
            location="Trung tâm IOC tỉnh",
            partner=corp,
            status=EventStatus.CONFIRMED,
            people=[rep],
        )
        e.sites = [
            m.EventSite(name="Điểm cầu Bình Dương", location="Trung tâm IOC tỉnh"),
            m.EventSite(name="Điểm cầu Seoul", location="Trụ sở Tập đoàn Hanseo"),
        ]

    def twinning(self) -> None:
        city = self.org(
            "Thành phố Eindhoven", OrgKind.INTERNATIONAL, short="Eindhoven", country="Hà Lan"
        )
        liaison = self.person(
            "Marieke de Vries",
            city,
            title="Điều phối viên kết nghĩa",
            email="m.devries@eindhoven.example",
            nationality="Hà Lan",
        )
        staff = self.person(
            "Bùi Thị Lan",
            self.province,
            title="Chuyên viên điều phối",
            role=PersonRole.STAFF,
            email="lan.bt@binhduong.gov.example",
        )
        self.agreement(
            "Biên bản ghi nhớ kết nghĩa và hợp tác thành phố thông minh",
            [self.province, city],
            date(2016, 11, 4),
            date(2016, 11, 4),
            None,
            2030,
            "Con người; doanh nghiệp; công nghệ; hạ tầng (mô hình ba nhà)",
            [(city, "Chia sẻ bộ công cụ Navigator", date(2017, 6, 30), TaskStatus.DONE)],
        )
        statuses = [
            ProjectStatus.ACTIVE,
            ProjectStatus.PLANNED,
            ProjectStatus.COMPLETED,
            ProjectStatus.ACTIVE,
            ProjectStatus.PROPOSED,
            ProjectStatus.ON_HOLD,
        ]
        programmes = [(domain, name) for domain, names in NAVIGATOR.items() for name in names]
        progs = []
        for domain, name in programmes:
            pr = m.Programme(name=f"Navigator – {name}", domain=domain, partner=city)
            self.s.add(pr)
            progs.append(pr)
        for n in range(NAVIGATOR_ACTIONS):
            pr = progs[n % len(progs)]
            start = date(2024 + n % 3, 1 + n % 12, 1)
            p = m.Project(
                code=f"NAV-{n + 1:02d}",
                title=f"Hành động {n + 1}: {pr.name.removeprefix('Navigator – ')}",
                programme=pr,
                partner=city,
                host_unit=self.province,
                status=statuses[n % len(statuses)],
                starts_on=start,
                ends_on=start + timedelta(days=365 + 30 * (n % 5)),
            )
            p.milestones = [
                m.Milestone(title="Khởi động", due_on=start, done_on=start if n % 3 else None),
                m.Milestone(title="Đánh giá kết quả", due_on=start + timedelta(days=300)),
            ]
            p.indicators = [
                m.Indicator(
                    name="Số người hưởng lợi",
                    unit="người",
                    baseline=0,
                    target=1000 + 100 * n,
                    actual=40 * n,
                )
            ]
            self.s.add(p)
        first = date(2026, 11, 2)
        for week in range(8):
            day = first + timedelta(weeks=week)
            self.event(
                EventKind.MEETING,
                "Họp điều phối Navigator hằng tuần",
                _at(day, 14, 0),
                _at(day, 15, 30),
                location="Phòng họp số 2, Sở TT&TT",
                partner=city,
                status=EventStatus.HELD if day < date(2026, 11, 22) else EventStatus.PLANNED,
                people=[staff, liaison],
            )
        self.event(
            EventKind.VISIT,
            "Đoàn Eindhoven thăm Trung tâm điều hành thông minh",
            _at(date(2026, 11, 25), 9, 0),
            _at(date(2026, 11, 25), 11, 0),
            location="Trung tâm IOC tỉnh",
            partner=city,
            people=[liaison, staff],
        )
        self.event(
            EventKind.SIGNING,
            "Ký kết kế hoạch hành động Navigator 2027",
            _at(date(2026, 11, 26), 10, 0),
            _at(date(2026, 11, 26), 11, 0),
            location="Hội trường UBND tỉnh",
            partner=city,
            people=[liaison, staff],
        )
        self.event(
            EventKind.CONFERENCE,
            "Diễn đàn đô thị thông minh Việt Nam – Hà Lan",
            _at(date(2026, 11, 25), 8, 0),
            _at(date(2026, 11, 25), 17, 0),
            location="Trung tâm Hội nghị tỉnh",
            partner=city,
            people=[liaison],
        )
