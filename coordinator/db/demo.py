"""The demo dataset: the real story of ../shared/SOURCES.md, with its names and dates.

Sở Thông tin và Truyền thông tỉnh Bình Dương keeps the province's cooperation:

- IBM's volunteer consultants (IBM Corporate Service Corps), launched on 03/03/2013:
  14 experts from 9 countries advise 4 host units from 03/04 to 28/04/2013 and run the
  workshop "Các xu hướng Công nghệ thông tin" with Hội Doanh nghiệp trẻ tỉnh Bình Dương;
- VNPT's strategic agreement with Bà Rịa - Vũng Tàu, signed 12/07/2018, 2018–2023;
- the Smart City conference with Eindhoven, 25–27/11/2017, and its Bình Dương Navigator
  (50 actions in 14 programmes over 4 domains);
- the online conference with NTT East and Becamex IDC, 18/10/2021;
- the agreements with Sở TT&TT tỉnh Tây Ninh and QTSC, signed on 06/10/2023.

Where the sources give no name (a contact, a room, a minute's wording, an expert), a
plausible one is invented. Around the day it is loaded (``today``) the demo adds a
current cycle of work — the Tây Ninh and QTSC agreements being carried out, Navigator
actions under way, meetings in the weeks before and after, open and overdue action
items, an agreement about to end — so the calendar and follow-up look alive. It is
deterministic for a given day, and consistent: finished work is done, past meetings
are held or cancelled, no one and no room is booked twice, nothing falls on a holiday
or a weekend except the facts themselves (the Eindhoven conference ran over a weekend).
"""

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.enums import (
    Attendance,
    EventKind,
    EventStatus,
    MinutesStatus,
    OrgKind,
    PersonRole,
    ProjectStatus,
    TaskStatus,
)
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.text import fold
from coordinator.domain.timezone import to_utc, today_local

# --- IBM Corporate Service Corps, April 2013 (SOURCES.md §1) ---------------------------
LAUNCHED = date(2013, 3, 3)
MISSION_FIRST, MISSION_LAST = date(2013, 4, 3), date(2013, 4, 28)
# The four closed on the first working day after the mission and the holidays
# (29/04 taken off, 30/04 and 01/05 public holidays).
IBM_CLOSED = date(2013, 5, 2)
KICK_OFF = date(2013, 4, 3)
# Two sessions a week for each project; 19/04 is Giỗ Tổ Hùng Vương, 24/04 the workshop,
# 26/04 the closing meeting.
CONSULTATION_DAYS = [
    date(2013, 4, 4),
    date(2013, 4, 5),
    date(2013, 4, 9),
    date(2013, 4, 11),
    date(2013, 4, 16),
    date(2013, 4, 18),
    date(2013, 4, 23),
    date(2013, 4, 25),
]
WORKSHOP_DAY = date(2013, 4, 24)
CLOSING_DAY = date(2013, 4, 26)

VOLUNTEERS = [  # name, nationality, expertise, languages, project index
    ("Michael Anderson", "Hoa Kỳ", "Quản trị dữ liệu doanh nghiệp", "Tiếng Anh", 0),
    ("Ananya Iyer", "Ấn Độ", "Kiến trúc dữ liệu", "Tiếng Anh, tiếng Hindi", 0),
    ("Thomas Müller", "Đức", "Chiến lược công nghệ thông tin", "Tiếng Đức, tiếng Anh", 0),
    ("Chinedu Okafor", "Nigeria", "Phân tích nghiệp vụ", "Tiếng Anh", 0),
    ("Yuki Tanaka", "Nhật Bản", "Hệ thống thông tin quản lý", "Tiếng Nhật, tiếng Anh", 1),
    ("Mariana Costa", "Brasil", "Quản trị dự án", "Tiếng Bồ Đào Nha, tiếng Anh", 1),
    ("Rajesh Kumar", "Ấn Độ", "Điện toán đám mây", "Tiếng Anh, tiếng Hindi", 1),
    ("Grace Wanjiru", "Kenya", "Quản lý thay đổi", "Tiếng Anh, tiếng Swahili", 1),
    ("Sarah Thompson", "Vương quốc Anh", "Tiếp thị và bán hàng", "Tiếng Anh", 2),
    ("Rafael Oliveira", "Brasil", "Quản lý chất lượng", "Tiếng Bồ Đào Nha, tiếng Anh", 2),
    ("Maria Santos", "Philippines", "Phát triển kinh doanh", "Tiếng Anh, tiếng Tagalog", 2),
    ("Jennifer Lee", "Hoa Kỳ", "Giáo dục điện tử", "Tiếng Anh", 3),
    ("Hiroshi Sato", "Nhật Bản", "Nền tảng học trực tuyến", "Tiếng Nhật, tiếng Anh", 3),
    ("Vikram Shah", "Ấn Độ", "Chiến lược giáo dục", "Tiếng Anh", 3),
]

HOST_UNITS = [  # name, short, kind, parent, contact, room, room aliases, capacity
    (
        "Sở Thông tin và Truyền thông tỉnh Bình Dương",
        "Sở TT&TT",
        OrgKind.GOVERNMENT,
        None,
        ("Đỗ Thanh Tùng", "Trưởng phòng Công nghệ thông tin"),
        "Phòng họp số 2, Sở TT&TT",
        "P.2, PH2",
        20,
    ),
    (
        "Trung tâm Công nghệ thông tin - Truyền thông",
        "Trung tâm CNTT-TT",
        OrgKind.GOVERNMENT,
        "Sở Khoa học và Công nghệ",
        ("Trần Thị Mai", "Giám đốc Trung tâm"),
        "Phòng họp Trung tâm CNTT-TT",
        None,
        15,
    ),
    (
        "Trung tâm Kỹ thuật đo lường chất lượng",
        "Trung tâm KTĐLCL",
        OrgKind.GOVERNMENT,
        "Sở Khoa học và Công nghệ",
        ("Lê Quốc Bảo", "Phó Giám đốc Trung tâm"),
        "Phòng họp Trung tâm KTĐLCL",
        None,
        15,
    ),
    (
        "Trường Đại học Thủ Dầu Một",
        "ĐH Thủ Dầu Một",
        OrgKind.ACADEMIA,
        None,
        ("Phạm Ngọc Anh", "Trưởng phòng Khoa học"),
        "Phòng họp khu A, Trường Đại học Thủ Dầu Một",
        None,
        30,
    ),
]

IBM_PROJECTS = [  # code, title exactly as SOURCES.md gives it; one per host unit
    (
        "CSC-01",
        "Xây dựng chiến lược và lộ trình hệ thống quản lý dữ liệu thông tin đối với doanh "
        "nghiệp vừa và nhỏ, doanh nghiệp có vốn đầu tư nước ngoài",
    ),
    ("CSC-02", "Phát triển chiến lược xây dựng hệ thống quản lý thông tin"),
    ("CSC-03", "Xây dựng chiến lược bán hàng hiệu quả"),
    ("CSC-04", "Xây dựng kế hoạch chiến lược cho giáo dục điện tử E-Learning"),
]
IBM_MILESTONES = [  # title, due (= done)
    ("Khảo sát hiện trạng và phỏng vấn", date(2013, 4, 11)),
    ("Báo cáo giữa kỳ", date(2013, 4, 18)),
    ("Báo cáo khuyến nghị cuối cùng", date(2013, 4, 26)),
]

# --- Bình Dương Navigator (SOURCES.md §5): 50 actions, 14 programmes, 4 domains ----------
NAVIGATOR: dict[str, dict[str, list[str]]] = {
    "Con người": {
        "Kỹ năng số cho người dân": [
            "Lớp kỹ năng số cơ bản tại các phường, xã",
            "Tổ công nghệ số cộng đồng hướng dẫn dịch vụ công trực tuyến",
            "Chương trình an toàn trên không gian mạng cho học sinh",
            "Điểm hỗ trợ người cao tuổi dùng ứng dụng công dân",
        ],
        "Nhân lực công nghệ cao": [
            "Học bổng kỹ sư công nghệ Bình Dương – Eindhoven",
            "Thực tập tại doanh nghiệp cho sinh viên kỹ thuật",
            "Đào tạo lại lao động công nghiệp cho sản xuất thông minh",
            "Trao đổi giảng viên với các trường đại học của Eindhoven",
        ],
        "Học tập suốt đời": [
            "Nền tảng học trực tuyến mở (MOOCs) cho cán bộ, công chức",
            "Thư viện số tỉnh Bình Dương",
            "Trung tâm học tập cộng đồng thông minh",
        ],
        "Cộng đồng sáng tạo": [
            "Không gian sáng tạo cho thanh niên",
            "Lễ hội ánh sáng và nghệ thuật số",
            "Mạng lưới đại sứ thành phố thông minh",
        ],
    },
    "Doanh nghiệp": {
        "Hỗ trợ doanh nghiệp nhỏ và vừa": [
            "Đánh giá mức độ sẵn sàng chuyển đổi số của doanh nghiệp",
            "Gói tư vấn chuyển đổi số cho doanh nghiệp nhỏ và vừa",
            "Sàn thương mại điện tử cho sản phẩm địa phương",
            "Chuỗi hội thảo quản trị số cho chủ doanh nghiệp",
        ],
        "Khởi nghiệp đổi mới sáng tạo": [
            "Vườn ươm khởi nghiệp công nghệ",
            "Quỹ hỗ trợ ý tưởng khởi nghiệp của sinh viên",
            "Cuộc thi khởi nghiệp đổi mới sáng tạo hằng năm",
        ],
        "Thu hút đầu tư công nghệ": [
            "Xúc tiến đầu tư vào khu công nghiệp khoa học công nghệ",
            "Bộ hồ sơ giới thiệu môi trường đầu tư thông minh",
            "Đoàn doanh nghiệp công nghệ Hà Lan khảo sát Bình Dương",
        ],
        "Liên kết chuỗi giá trị": [
            "Kết nối nhà cung ứng địa phương với doanh nghiệp FDI",
            "Cụm liên kết ngành thiết kế và sản xuất",
            "Nền tảng truy xuất nguồn gốc sản phẩm",
        ],
    },
    "Công nghệ": {
        "Dữ liệu mở": [
            "Cổng dữ liệu mở tỉnh Bình Dương",
            "Bộ chỉ số thống kê kinh tế – xã hội trực tuyến",
            "Kết nối, chia sẻ dữ liệu giữa các sở, ngành",
            "Cuộc thi hackathon dữ liệu mở",
        ],
        "Trung tâm điều hành thông minh": [
            "Trung tâm điều hành thông minh (IOC) của tỉnh",
            "Bảng chỉ số đô thị cho lãnh đạo tỉnh",
            "Tổng đài tiếp nhận phản ánh 1022",
            "Ứng dụng công dân số Bình Dương",
        ],
        "Công nghệ xanh": [
            "Quan trắc không khí và nước bằng cảm biến",
            "Chiếu sáng công cộng tiết kiệm năng lượng",
            "Điện mặt trời áp mái cho trụ sở cơ quan",
        ],
    },
    "Hạ tầng": {
        "Giao thông thông minh": [
            "Hệ thống camera giám sát giao thông",
            "Đèn tín hiệu giao thông thích ứng",
            "Xe buýt thông minh và thanh toán không dùng tiền mặt",
            "Bãi đỗ xe thông minh",
        ],
        "Hạ tầng số": [
            "Wifi công cộng miễn phí tại nơi công cộng",
            "Trung tâm dữ liệu và trung tâm dữ liệu dự phòng",
            "Mạng truyền số liệu chuyên dùng",
            "Hạ tầng điện toán đám mây dùng chung",
        ],
        "Đô thị bền vững": [
            "Quy hoạch thành phố mới Bình Dương theo mô hình đô thị thông minh",
            "Thoát nước và chống ngập thông minh",
            "Mảng xanh và không gian công cộng",
            "Quản lý chất thải rắn thông minh",
        ],
    },
}
DOMAIN_INDICATORS = {  # domain -> (indicator, unit, target)
    "Con người": ("Số người được đào tạo, hỗ trợ", "người", 2000),
    "Doanh nghiệp": ("Số doanh nghiệp tham gia", "doanh nghiệp", 200),
    "Công nghệ": ("Số hệ thống, bộ dữ liệu đưa vào sử dụng", "hệ thống", 10),
    "Hạ tầng": ("Số điểm, công trình hoàn thành", "điểm", 100),
}

# The current cycle's weekly Navigator meetings: this many weeks either side of today.
WEEKS_BEFORE, WEEKS_AFTER = 4, 3
ENDING_IN_DAYS = 31  # the Navigator plan ends this many days after today (renewal alert)


def is_empty(store: Store) -> bool:
    with store.reading() as s:
        return not s.scalar(select(func.count(m.Organization.id)))


def load(store: Store, today: date | None = None) -> bool:
    """Fill an empty database with the demo dataset in one transaction; the current
    cycle of work is laid around ``today`` (the app's today by default). False, with
    nothing written, when the file holds data by the time the write lock is held
    (another window or command filled it since ``is_empty`` said it was empty)."""
    with store.session() as s:
        if s.scalar(select(func.count(m.Organization.id))):
            return False
        _Loader(s, today or today_local()).run()
    return True


def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return to_utc(datetime.combine(day, time(hh, mm)))


def _months(day: date, n: int) -> date:
    """The first day of the month ``n`` months after ``day``'s (before, if negative)."""
    k = day.year * 12 + day.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


class _Loader:
    def __init__(self, s: Session, today: date) -> None:
        self.s = s
        self.today = today
        self.holidays = holiday_names(date(2013, 1, 1), date(today.year + 2, 12, 31))
        self.booked: set[date] = set()  # days of the current cycle already taken

    # -- records -------------------------------------------------------------------
    def org(
        self,
        name: str,
        kind: OrgKind,
        *,
        short: str | None = None,
        internal: bool = False,
        country: str = "Việt Nam",
        **kw: str | None,
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

    def room(
        self, name: str, unit: m.Organization, capacity: int, aliases: str | None = None
    ) -> m.Room:
        r = m.Room(name=name, host_unit=unit, capacity=capacity, aliases=aliases)
        self.s.add(r)
        return r

    def event(
        self,
        kind: EventKind,
        title: str,
        start: datetime,
        end: datetime,
        *,
        people: Sequence[m.Person] = (),
        room: m.Room | None = None,
        status: EventStatus = EventStatus.HELD,
        **kw: object,
    ) -> m.Event:
        if room is not None:
            kw["location"] = room.name
        e = m.Event(
            kind=kind, title=title, starts_at=start, ends_at=end, room=room, status=status, **kw
        )
        attendance = Attendance.PRESENT if status == EventStatus.HELD else Attendance.INVITED
        e.participants = [m.EventParticipant(person=p, attendance=attendance) for p in people]
        self.s.add(e)
        return e

    def minutes(
        self,
        event: m.Event,
        chair: m.Person | None,
        summary: str,
        decisions: Sequence[str],
        actions: Sequence[m.ActionItem] = (),
        *,
        secretary: m.Person | None = None,
        final: bool = True,
    ) -> m.Minutes:
        mi = m.Minutes(
            event=event,
            chair=chair,
            secretary=secretary,
            place=event.location,
            summary=summary,
            status=MinutesStatus.FINAL if final else MinutesStatus.DRAFT,
            finalized_at=event.ends_at if final else None,
        )
        mi.decisions = [m.Decision(position=i, text=t) for i, t in enumerate(decisions, 1)]
        mi.action_items = list(actions)
        self.s.add(mi)
        return mi

    @staticmethod
    def action(
        text: str,
        due: date,
        *,
        person: m.Person | None = None,
        org: m.Organization | None = None,
        done: date | None = None,
        status: TaskStatus | None = None,
    ) -> m.ActionItem:
        return m.ActionItem(
            text=text,
            owner_person=person,
            owner_org=org,
            due_on=due,
            status=status or (TaskStatus.DONE if done else TaskStatus.OPEN),
            done_on=done,
        )

    def agreement(
        self,
        title: str,
        parties: list[m.Organization],
        signed: date,
        start: date,
        end: date | None,
        horizon: int | None,
        fields: str,
        commitments: list[tuple[m.Organization, str, date | None, TaskStatus, date | None]],
        *,
        number: str | None = None,
        notes: str | None = None,
    ) -> m.Agreement:
        a = m.Agreement(
            title=title,
            number=number,
            signed_on=signed,
            starts_on=start,
            ends_on=end,
            horizon_year=horizon,
            fields=fields,
            notes=notes,
            parties=parties,
        )
        a.commitments = [
            m.Commitment(party=p, text=t, due_on=d, status=st, done_on=done)
            for p, t, d, st, done in commitments
        ]
        self.s.add(a)
        return a

    # -- days ----------------------------------------------------------------------
    def working(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def day_near(self, day: date, *, step: int) -> date:
        """The first working day from ``day`` on (step 1) or back (step -1) that is not
        ``today`` and not yet taken by the current cycle; it stays on today's side."""
        while not self.working(day) or day in self.booked or day == self.today:
            day += timedelta(days=step)
        self.booked.add(day)
        return day

    def past(self, days_ago: int) -> date:
        return self.day_near(self.today - timedelta(days=days_ago), step=-1)

    def coming(self, days_ahead: int) -> date:
        return self.day_near(self.today + timedelta(days=days_ahead), step=1)

    # -- the story -----------------------------------------------------------------
    def run(self) -> None:
        self.province = self.org(
            "Ủy ban nhân dân tỉnh Bình Dương",
            OrgKind.GOVERNMENT,
            short="UBND tỉnh Bình Dương",
            internal=True,
        )
        self.science = self.org(
            "Sở Khoa học và Công nghệ tỉnh Bình Dương",
            OrgKind.GOVERNMENT,
            short="Sở KH&CN",
            internal=True,
        )
        self.units: list[m.Organization] = []
        self.contacts: list[m.Person] = []
        self.rooms: list[m.Room] = []
        for name, short, kind, parent, (cname, ctitle), rname, aliases, cap in HOST_UNITS:
            unit = self.org(
                name,
                kind,
                short=short,
                internal=True,
                notes=f"Đơn vị trực thuộc {parent}." if parent else None,
            )
            self.units.append(unit)
            self.contacts.append(
                self.person(
                    cname,
                    unit,
                    title=ctitle,
                    role=PersonRole.STAFF,
                    email=f"{_slug(cname)}@binhduong.gov.example",
                )
            )
            self.rooms.append(self.room(rname, unit, cap, aliases))
        self.department = self.units[0]
        self.hall = self.room("Hội trường Sở TT&TT", self.department, 80, "Hội trường")
        self.expo = self.room("Trung tâm Hội nghị và Triển lãm tỉnh Bình Dương", self.province, 500)
        self.deputy = self.person(
            "Nguyễn Hữu Yên",
            self.department,
            title="Phó Giám đốc Sở TT&TT Bình Dương",
            role=PersonRole.STAFF,
        )
        self.coordinator = self.person(
            "Phạm Thị Ngọc Hân",
            self.department,
            title="Chuyên viên điều phối hợp tác",
            role=PersonRole.STAFF,
            email="han.ptn@binhduong.gov.example",
            phone="0274 3822 468",
        )
        self.chairman = self.person(
            "Võ Văn Minh", self.province, title="Chủ tịch UBND tỉnh Bình Dương"
        )
        self.ibm_mission()
        self.eindhoven()
        self.vnpt()
        self.ntt_east()
        self.tay_ninh_and_qtsc()
        self.current_cycle()
        self.history()
        self.s.add_all(
            [
                m.Setting(key="department", value="Sở Thông tin và Truyền thông"),
                m.Setting(key="province", value="Tỉnh Bình Dương"),
                # The Số line's abbreviation and the signer (SOURCES.md: ông Nguyễn
                # Hữu Yên, Phó Giám đốc Sở TT&TT Bình Dương).
                m.Setting(key="abbreviation", value="STTTT"),
                m.Setting(key="signer_authority", value="KT. GIÁM ĐỐC"),
                m.Setting(key="signer_position", value="PHÓ GIÁM ĐỐC"),
                m.Setting(key="signer_name", value="Nguyễn Hữu Yên"),
            ]
        )

    # -- the projects' history -------------------------------------------------------
    def history(self) -> None:
        """Each project's status changes and each indicator's measurements, as they
        happened: planned a month before its start, in progress from its start, and
        completed at its end (IBM's four closed on the first working day after the
        mission and the 30/04–01/05 holidays, 02/05/2013, so April's report shows them
        in progress); indicators measured month by month up to their value now."""
        self.s.flush()
        for p in self.s.scalars(select(m.Project).order_by(m.Project.id)):
            for status, on in self.status_steps(p):
                self.s.add(
                    m.ProjectStatusChange(
                        project_id=p.id, status=status, changed_on=on, recorded_at=m.utcnow()
                    )
                )
            for ind in p.indicators:
                if ind.actual is None or ind.measured_on is None:
                    continue
                for on, value in self.measurements(p, ind):
                    self.s.add(
                        m.IndicatorMeasurement(indicator_id=ind.id, value=value, measured_on=on)
                    )

    def status_steps(self, p: m.Project) -> list[tuple[str, date]]:
        t = self.today
        starts = min(p.starts_on or t, t)
        proposed = min(starts - timedelta(days=60), t)
        planned = min(starts - timedelta(days=30), t)
        if p.code.startswith("CSC-"):
            planned = LAUNCHED  # the four projects were planned at the launch
        match p.status:
            case ProjectStatus.PROPOSED:
                return [(ProjectStatus.PROPOSED, proposed)]
            case ProjectStatus.PLANNED:
                return [(ProjectStatus.PROPOSED, proposed), (ProjectStatus.PLANNED, planned)]
            case ProjectStatus.ACTIVE:
                return [(ProjectStatus.PLANNED, planned), (ProjectStatus.ACTIVE, starts)]
            case ProjectStatus.ON_HOLD:
                held = max(starts, t - timedelta(days=30))
                return [
                    (ProjectStatus.PLANNED, planned),
                    (ProjectStatus.ACTIVE, starts),
                    (ProjectStatus.ON_HOLD, held),
                ]
            case ProjectStatus.COMPLETED:
                ends = IBM_CLOSED if p.code.startswith("CSC-") else min(p.ends_on or t, t)
                return [
                    (ProjectStatus.PLANNED, planned),
                    (ProjectStatus.ACTIVE, starts),
                    (ProjectStatus.COMPLETED, max(ends, starts)),
                ]
        return [(p.status, planned)]

    def measurements(self, p: m.Project, ind: m.Indicator) -> list[tuple[date, float]]:
        """(day, value) of an indicator, its value now last."""
        assert ind.actual is not None and ind.measured_on is not None
        last, actual = ind.measured_on, ind.actual
        if p.code.startswith("CSC-"):  # the sessions held, counted after each one
            return [(day, float(n)) for n, day in enumerate(CONSULTATION_DAYS, 1) if day <= last]
        first, base = p.starts_on, ind.baseline or 0.0
        if first is None or first >= last:
            return [(last, actual)]
        days: list[date] = []
        month = _months(first, 1) - timedelta(days=1)  # the end of its first month
        while month < last:
            days.append(month)
            month = _months(month, 2) - timedelta(days=1)
        span = (last - first).days
        out = [(d, float(round(base + (actual - base) * (d - first).days / span))) for d in days]
        return out[-5:] + [(last, actual)]

    # -- §1 IBM, April 2013 ----------------------------------------------------------
    def ibm_mission(self) -> None:
        ibm = self.ibm = self.org(
            "Tập đoàn IBM",
            OrgKind.ENTERPRISE,
            short="IBM",
            country="Hoa Kỳ",
            website="https://www.ibm.com",
            notes="Từ năm 2008, IBM Corporate Service Corps đã cử các nhóm tình nguyện "
            "viên thực hiện hơn 1.000 dự án tư vấn tại gần 40 quốc gia (trị giá hơn 70 "
            "triệu USD); 14 nhóm đã làm việc tại 11 tỉnh, thành phố của Việt Nam.",
        )
        liaison = self.person(
            "Sarah Mitchell",
            ibm,
            title="Điều phối viên chương trình",
            email="s.mitchell@ibm.example",
            role=PersonRole.CONTACT,
        )
        programme = m.Programme(
            name="IBM Corporate Service Corps tại Bình Dương 2013",
            partner=ibm,
            description="Chuỗi dự án của đội tình nguyện quốc tế IBM khởi động ngày "
            "03/03/2013, thuộc tầm nhìn “Thành phố thông minh hơn” (Smarter City) của "
            "tỉnh đến năm 2020: 14 chuyên gia từ 9 quốc gia tư vấn miễn phí cho 4 đơn vị "
            "từ 03/04 đến 28/04/2013.",
        )
        self.s.add(programme)
        self.agreement(
            "Biên bản ghi nhớ về Chương trình Chuyên gia tình nguyện IBM (Corporate Service Corps)",
            [self.department, ibm],
            LAUNCHED,
            LAUNCHED,
            date(2013, 5, 31),
            2020,
            "Thành phố thông minh hơn (Smarter City) đến năm 2020; tư vấn miễn phí",
            [
                (
                    ibm,
                    "Cử 14 chuyên gia tư vấn cho 4 đơn vị",
                    MISSION_FIRST,
                    TaskStatus.DONE,
                    MISSION_FIRST,
                ),
                (
                    self.department,
                    "Bố trí phòng làm việc và phiên dịch",
                    date(2013, 4, 1),
                    TaskStatus.DONE,
                    date(2013, 4, 1),
                ),
            ],
            number="01/2013/BBGN-IBM",
        )
        projects: list[m.Project] = []
        for (code, title), unit in zip(IBM_PROJECTS, self.units, strict=True):
            p = m.Project(
                code=code,
                title=title,
                programme=programme,
                partner=ibm,
                host_unit=unit,
                status=ProjectStatus.COMPLETED,
                starts_on=MISSION_FIRST,
                ends_on=MISSION_LAST,
                objectives="Đánh giá hiện trạng, đề xuất chiến lược và lộ trình thực hiện.",
            )
            p.milestones = [m.Milestone(title=t, due_on=d, done_on=d) for t, d in IBM_MILESTONES]
            p.indicators = [
                m.Indicator(
                    name="Số buổi tư vấn",
                    unit="buổi",
                    baseline=0,
                    target=len(CONSULTATION_DAYS),
                    actual=len(CONSULTATION_DAYS),
                    measured_on=MISSION_LAST,
                )
            ]
            self.s.add(p)
            projects.append(p)
        experts: list[list[m.Person]] = [[] for _ in projects]
        for name, nationality, expertise, languages, idx in VOLUNTEERS:
            v = self.person(
                name,
                ibm,
                role=PersonRole.VOLUNTEER,
                nationality=nationality,
                expertise=expertise,
                languages=languages,
                email=f"{_slug(name)}@ibm.example",
            )
            self.s.add(
                m.Assignment(
                    project=projects[idx],
                    person=v,
                    arrives_on=MISSION_FIRST,
                    departs_on=MISSION_LAST,
                    role="Chuyên gia tư vấn",
                )
            )
            experts[idx].append(v)
        everyone = [e for team in experts for e in team]

        kick_off = self.event(
            EventKind.MEETING,
            "Họp triển khai Chương trình Chuyên gia tình nguyện IBM",
            _at(KICK_OFF, 8, 0),
            _at(KICK_OFF, 11, 0),
            room=self.hall,
            partner=ibm,
            host_unit=self.department,
            people=[liaison, self.coordinator, *self.contacts, *everyone],
        )
        self.minutes(
            kick_off,
            self.contacts[0],
            "Đoàn 14 chuyên gia IBM từ 9 quốc gia làm quen với 4 đơn vị tiếp nhận, thống "
            "nhất phạm vi tư vấn và lịch làm việc từ 03/04 đến 28/04/2013.",
            [
                "Mỗi đơn vị tiếp nhận cử một đầu mối làm việc với nhóm chuyên gia.",
                "Các buổi tư vấn diễn ra hai buổi mỗi tuần tại phòng họp của từng đơn vị; "
                "nghỉ ngày Giỗ Tổ Hùng Vương 19/04/2013.",
            ],
            [
                self.action(
                    "Gửi tài liệu hiện trạng cho nhóm chuyên gia",
                    date(2013, 4, 5),
                    org=unit,
                    done=date(2013, 4, 5),
                )
                for unit in self.units
            ],
            secretary=self.coordinator,
        )
        for idx, (p, unit, room, contact) in enumerate(
            zip(projects, self.units, self.rooms, self.contacts, strict=True)
        ):
            hour, minute = (8, 30) if idx % 2 == 0 else (14, 0)
            for n, day in enumerate(CONSULTATION_DAYS, 1):
                start = _at(day, hour, minute)
                self.event(
                    EventKind.CONSULTATION,
                    f"Tư vấn {p.code}, buổi {n}",
                    start,
                    start + timedelta(hours=2, minutes=30),
                    room=room,
                    project=p,
                    partner=ibm,
                    host_unit=unit,
                    people=[*experts[idx], contact],
                )

        young = self.young = self.org(
            "Hội Doanh nghiệp trẻ tỉnh Bình Dương",
            OrgKind.ASSOCIATION,
            short="Hội Doanh nghiệp trẻ",
        )
        host = self.person(
            "Huỳnh Thanh Phong",
            young,
            title="Phó Chủ tịch Hội",
            role=PersonRole.CONTACT,
            email="phong.ht@doanhnghieptre.example",
        )
        speakers = [team[0] for team in experts]
        ws = self.event(
            EventKind.WORKSHOP,
            "Hội thảo Các xu hướng Công nghệ thông tin",
            _at(WORKSHOP_DAY, 14, 0),
            _at(WORKSHOP_DAY, 16, 30),
            room=self.hall,
            partner=young,
            notes="Dành cho lãnh đạo và cán bộ CNTT của doanh nghiệp nhỏ và vừa.",
            people=[host, self.coordinator, *speakers],
        )
        self.minutes(
            ws,
            host,
            "Các chuyên gia IBM trình bày xu hướng điện toán đám mây, phân tích dữ liệu và "
            "thiết bị di động cho lãnh đạo và cán bộ CNTT của doanh nghiệp nhỏ và vừa.",
            [
                "Thành lập nhóm chia sẻ kinh nghiệm CNTT giữa các hội viên.",
                "Hội phối hợp với Sở TT&TT tổ chức tập huấn ứng dụng CNTT cho doanh nghiệp.",
            ],
            [
                self.action(
                    "Gửi tài liệu hội thảo cho hội viên",
                    date(2013, 5, 10),
                    person=host,
                    done=date(2013, 5, 8),
                ),
                self.action(
                    "Lập kế hoạch tập huấn ứng dụng CNTT cho doanh nghiệp",
                    date(2013, 6, 28),
                    org=self.department,
                    done=date(2013, 6, 25),
                ),
            ],
            secretary=self.coordinator,
        )
        closing = self.event(
            EventKind.MEETING,
            "Hội nghị báo cáo kết quả tư vấn của chuyên gia IBM",
            _at(CLOSING_DAY, 8, 0),
            _at(CLOSING_DAY, 11, 0),
            room=self.hall,
            partner=ibm,
            host_unit=self.department,
            people=[liaison, self.coordinator, *self.contacts, *everyone],
        )
        self.minutes(
            closing,
            self.contacts[0],
            "Bốn nhóm chuyên gia trình bày khuyến nghị cho Sở Thông tin và Truyền thông, "
            "Trung tâm Công nghệ thông tin - Truyền thông, Trung tâm Kỹ thuật đo lường chất "
            "lượng và Trường Đại học Thủ Dầu Một.",
            [
                "Tiếp nhận 4 báo cáo khuyến nghị của đoàn chuyên gia.",
                "Các đơn vị xây dựng kế hoạch thực hiện khuyến nghị.",
            ],
            [
                self.action(
                    "Xây dựng kế hoạch thực hiện khuyến nghị của chuyên gia",
                    date(2013, 6, 30),
                    org=unit,
                    done=date(2013, 6, 27),
                )
                for unit in self.units
            ],
            secretary=self.coordinator,
        )

    # -- §5 Eindhoven, November 2017, and its Navigator ---------------------------------
    def eindhoven(self) -> None:
        city = self.city = self.org(
            "Thành phố Eindhoven", OrgKind.GOVERNMENT, short="Eindhoven", country="Hà Lan"
        )
        consulate = self.org(
            "Tổng Lãnh sự quán Hà Lan tại Thành phố Hồ Chí Minh",
            OrgKind.INTERNATIONAL,
            short="TLSQ Hà Lan",
            country="Hà Lan",
        )
        self.liaison = self.person(
            "Marieke de Vries",
            city,
            title="Điều phối viên hợp tác Bình Dương – Eindhoven",
            email="m.devries@eindhoven.example",
            nationality="Hà Lan",
        )
        ambassador = self.person(
            "Nienke Trooster",
            None,
            title="Đại sứ Vương quốc Hà Lan tại Việt Nam",
            nationality="Hà Lan",
        )
        consul = self.person(
            "Pieter Janssen",
            consulate,
            title="Phụ trách hợp tác kinh tế",
            email="p.janssen@consulate.example",
            nationality="Hà Lan",
        )
        conference = self.event(
            EventKind.CONFERENCE,
            "Hội nghị Thành phố thông minh Bình Dương – Eindhoven",
            _at(date(2017, 11, 25), 0),
            _at(date(2017, 11, 28), 0),
            all_day=True,
            room=self.expo,
            partner=city,
            notes="Do UBND tỉnh Bình Dương và Tổng Lãnh sự quán Hà Lan tại Thành phố Hồ Chí "
            "Minh tổ chức trong ba ngày; có triển lãm và cuộc thi hackathon.",
            people=[ambassador, consul, self.liaison, self.coordinator],
        )
        self.minutes(
            conference,
            None,
            "Hội nghị ba ngày trong khuôn khổ hợp tác Bình Dương – Eindhoven. Bà Nienke "
            "Trooster, Đại sứ Hà Lan, phát biểu. Triển lãm thành phố thông minh và cuộc thi "
            "hackathon; Phó Thị trưởng Eindhoven trao giải.",
            [
                "Đề án thành phố thông minh dựa trên mô hình ba nhà (Nhà nước – Nhà doanh "
                "nghiệp – Nhà khoa học, viện trường) như Eindhoven.",
                "“Bình Dương Navigator” là cẩm nang của Đề án: khoảng 50 hành động trong 14 "
                "chương trình thuộc 4 lĩnh vực con người, doanh nghiệp, công nghệ, hạ tầng; "
                "được cập nhật theo thời gian.",
                "Mục tiêu: danh hiệu SMART21 và trở thành thành viên Intelligent Community "
                "Forum (hơn 160 thành viên).",
            ],
            [
                self.action(
                    "Hoàn thiện hồ sơ tham gia Intelligent Community Forum",
                    date(2018, 3, 30),
                    org=self.department,
                    done=date(2018, 3, 20),
                ),
                self.action(
                    "Tổng hợp kết quả cuộc thi hackathon",
                    date(2017, 12, 15),
                    person=self.coordinator,
                    done=date(2017, 12, 12),
                ),
            ],
            secretary=self.coordinator,
        )
        self.navigator_projects: list[m.Project] = []
        n = 0
        for domain, programmes in NAVIGATOR.items():
            indicator, unit, target = DOMAIN_INDICATORS[domain]
            for name, actions in programmes.items():
                pr = m.Programme(
                    name=f"Navigator – {name}",
                    domain=domain,
                    partner=city,
                    description=f"Bình Dương Navigator, lĩnh vực {domain.lower()}.",
                )
                self.s.add(pr)
                for title in actions:
                    n += 1
                    self.navigator_projects.append(
                        self.navigator_action(n, title, pr, (indicator, unit, target))
                    )

    def navigator_action(
        self, n: int, title: str, pr: m.Programme, indicator: tuple[str, str, int]
    ) -> m.Project:
        """Action ``n`` of the Navigator: finished years ago, under way now, paused, or
        still to come, with milestones that agree with its status and today."""
        t = self.today
        kind = n % 10
        name, unit, target = indicator
        milestones: list[tuple[str, date, date | None]]
        if kind in (1, 2, 3, 4):  # finished, between 2018 and 2024
            status = ProjectStatus.COMPLETED
            starts = date(2018 + n % 5, 1 + (n * 5) % 12, 1)
            ends = _months(starts, 12 + n % 12) - timedelta(days=1)
            mid = starts + (ends - starts) / 2
            milestones = [("Khởi động", starts, starts), ("Đánh giá giữa kỳ", mid, mid)]
            milestones.append(("Nghiệm thu, tổng kết", ends, ends))
            actual: float = target + 10 * (n % 3)
        elif kind in (5, 6, 7):  # under way: started months ago, ends next year or later
            status = ProjectStatus.ACTIVE
            starts = _months(t, -(6 + n % 12))
            ends = _months(t, 6 + n % 9) - timedelta(days=1)
            review = t + timedelta(days=20 + n % 25)
            late = t - timedelta(days=5 + n % 20)
            milestones = [
                ("Khởi động", starts, starts),
                # Every third one is late: due before today, not done.
                ("Báo cáo tiến độ", late if kind == 7 else review, None),
                ("Nghiệm thu, tổng kết", ends, None),
            ]
            actual = round(target * (0.3 + 0.05 * (n % 7)))
        elif kind == 8:  # paused while its funding is reviewed
            status = ProjectStatus.ON_HOLD
            starts = _months(t, -(9 + n % 6))
            ends = _months(t, 9) - timedelta(days=1)
            milestones = [
                ("Khởi động", starts, starts),
                ("Báo cáo tiến độ", _months(t, 2), None),
                ("Nghiệm thu, tổng kết", ends, None),
            ]
            actual = round(target * 0.15)
        elif kind == 9:  # starts within the next months
            status = ProjectStatus.PLANNED
            starts = _months(t, 1 + n % 3)
            ends = _months(starts, 18) - timedelta(days=1)
            milestones = [("Khởi động", starts, None), ("Nghiệm thu, tổng kết", ends, None)]
            actual = 0
        else:  # proposed for the next update of the Navigator
            status = ProjectStatus.PROPOSED
            starts = _months(t, 6)
            ends = _months(t, 30) - timedelta(days=1)
            milestones = [("Phê duyệt đề xuất", _months(t, 3), None)]
            actual = 0
        p = m.Project(
            code=f"NAV-{n:02d}",
            title=title,
            programme=pr,
            partner=self.city,
            host_unit=self.department,
            status=status,
            starts_on=starts,
            ends_on=ends,
        )
        p.milestones = [m.Milestone(title=a, due_on=b, done_on=c) for a, b, c in milestones]
        measured = min(t, ends) if status != ProjectStatus.PROPOSED else None
        p.indicators = [
            m.Indicator(
                name=name, unit=unit, baseline=0, target=target, actual=actual, measured_on=measured
            )
        ]
        self.s.add(p)
        return p

    # -- §2 VNPT and Bà Rịa - Vũng Tàu, 2018–2023 ----------------------------------------
    def vnpt(self) -> None:
        vnpt = self.org(
            "Tập đoàn Bưu chính Viễn thông Việt Nam",
            OrgKind.ENTERPRISE,
            short="VNPT",
            website="https://vnpt.vn",
            notes="Đã phối hợp thúc đẩy đô thị thông minh với khoảng 27 tỉnh, thành phố, "
            "21 địa phương đã có đề án tổng thể.",
        )
        brvt = self.org(
            "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", OrgKind.GOVERNMENT, short="UBND tỉnh BR-VT"
        )
        self.person(
            "Đặng Thanh Sơn",
            vnpt,
            title="Chuyên viên Ban Khách hàng tổ chức - doanh nghiệp",
            email="son.dt@vnpt.example",
        )
        done = TaskStatus.DONE
        self.agreement(
            "Thỏa thuận hợp tác chiến lược về viễn thông và công nghệ thông tin giai đoạn "
            "2018–2023, tầm nhìn đến năm 2030",
            [vnpt, brvt],
            date(2018, 7, 12),
            date(2018, 7, 12),
            date(2023, 12, 31),
            2030,
            "Chính quyền điện tử; hộ tịch, dân cư; y tế, bảo hiểm xã hội; giáo dục; giao "
            "thông; tài nguyên và môi trường; công nghiệp; nông nghiệp; năng lượng; văn hóa, "
            "du lịch",
            [
                (
                    brvt,
                    "Tạo điều kiện, phối hợp và cung cấp thông tin cần thiết cho VNPT",
                    date(2018, 12, 31),
                    done,
                    date(2018, 12, 20),
                ),
                (
                    vnpt,
                    "Khảo sát hiện trạng ứng dụng công nghệ, nhu cầu mạng truyền số liệu và "
                    "lưu trữ của các cơ quan Đảng, Nhà nước để quy hoạch hạ tầng đô thị "
                    "thông minh",
                    date(2019, 6, 30),
                    done,
                    date(2019, 6, 14),
                ),
                (
                    vnpt,
                    "Cung cấp giải pháp tổng thể về an toàn thông tin, chính quyền điện tử và "
                    "đô thị thông minh",
                    date(2020, 12, 31),
                    done,
                    date(2020, 12, 18),
                ),
                (
                    vnpt,
                    "Tiếp nhận sinh viên viễn thông, CNTT thực tập và tuyển dụng sinh viên "
                    "xuất sắc",
                    date(2023, 9, 30),
                    done,
                    date(2023, 9, 15),
                ),
                (
                    vnpt,
                    "Đào tạo, bồi dưỡng cho cán bộ, công chức của tỉnh",
                    date(2023, 11, 30),
                    done,
                    date(2023, 11, 24),
                ),
            ],
            notes="VNPT trở thành đối tác chiến lược của tỉnh Bà Rịa - Vũng Tàu. Sở lưu "
            "thỏa thuận này làm mẫu tham khảo cho hợp tác chiến lược về viễn thông.",
        )

    # -- §4 NTT East, 18/10/2021 -----------------------------------------------------------
    def ntt_east(self) -> None:
        ntt = self.org(
            "Tập đoàn NTT East",
            OrgKind.ENTERPRISE,
            short="NTT East",
            country="Nhật Bản",
            website="https://www.ntt-east.co.jp",
        )
        self.becamex = self.org("Tổng Công ty Becamex IDC", OrgKind.ENTERPRISE, short="Becamex IDC")
        self.vntt = self.org("Công ty VNTT", OrgKind.ENTERPRISE, short="VNTT")
        secretary = self.person("Nguyễn Văn Lợi", None, title="Bí thư Tỉnh ủy Bình Dương")
        becamex_chair = self.person(
            "Nguyễn Văn Hùng", self.becamex, title="Chủ tịch HĐQT Tổng Công ty Becamex IDC"
        )
        tanabe = self.person(
            "Tanabe",
            ntt,
            title="Phó Tổng Giám đốc NTT East, Tổng Giám đốc NTTe-Asia",
            nationality="Nhật Bản",
        )
        day = date(2021, 10, 18)
        e = self.event(
            EventKind.ONLINE_CONFERENCE,
            "Hội nghị trực tuyến Bình Dương – NTT East",
            _at(day, 9, 0),
            _at(day, 11, 0),
            room=self.expo,
            partner=ntt,
            people=[secretary, self.chairman, becamex_chair, tanabe, self.deputy],
        )
        e.sites = [
            m.EventSite(
                name="Điểm cầu Bình Dương", location="Trung tâm Hội nghị và Triển lãm tỉnh"
            ),
            m.EventSite(name="Điểm cầu Nhật Bản", location="Tập đoàn NTT East, Nhật Bản"),
        ]
        self.minutes(
            e,
            self.chairman,
            "Hội nghị trực tuyến giữa UBND tỉnh Bình Dương và Tập đoàn NTT East; phía Bình "
            "Dương có ông Nguyễn Văn Lợi, ông Võ Văn Minh, ông Nguyễn Văn Hùng và lãnh đạo "
            "các sở, ngành; phía Nhật Bản có ông Tanabe.",
            [
                "NTT East trở thành cổ đông chiến lược của VNTT.",
                "Hợp tác xây dựng Trung tâm điều hành thành phố thông minh.",
                "Hợp tác chuyển đổi số và chính quyền điện tử.",
                "Triển khai wifi cộng đồng.",
                "Triển khai camera giao thông.",
                "Hợp tác phát triển khu công nghiệp khoa học công nghệ của Becamex IDC.",
                "Tỉnh đề nghị hai bên khẩn trương triển khai các công việc cụ thể.",
            ],
            [
                self.action(
                    "Xây dựng kế hoạch hợp tác cụ thể với NTT East",
                    date(2021, 11, 30),
                    org=self.becamex,
                    done=date(2021, 11, 26),
                ),
                self.action(
                    "Báo cáo UBND tỉnh phương án hợp tác về wifi cộng đồng và camera giao thông",
                    date(2021, 12, 15),
                    org=self.department,
                    done=date(2021, 12, 10),
                ),
            ],
            secretary=self.coordinator,
        )

    # -- §3 Tây Ninh and QTSC, 06/10/2023 --------------------------------------------------
    def tay_ninh_and_qtsc(self) -> None:
        t = self.today
        tn = self.tay_ninh = self.org(
            "Sở Thông tin và Truyền thông tỉnh Tây Ninh",
            OrgKind.GOVERNMENT,
            short="Sở TT&TT Tây Ninh",
        )
        self.tn_contact = self.person(
            "Hoàng Văn Lực",
            tn,
            title="Trưởng phòng Công nghệ thông tin",
            email="luc.hv@tayninh.gov.example",
        )
        qtsc = self.qtsc = self.org(
            "Công ty TNHH Một thành viên Phát triển Công viên phần mềm Quang Trung",
            OrgKind.ENTERPRISE,
            short="QTSC",
        )
        self.qtsc_chair = self.person("Trần Hữu Dũng", qtsc, title="Chủ tịch HĐQT QTSC")
        self.qtsc_contact = self.person(
            "Lý Thị Hồng",
            qtsc,
            title="Trưởng phòng Phát triển dịch vụ",
            email="hong.lt@qtsc.example",
        )
        signed, ends = date(2023, 10, 6), date(2028, 10, 5)
        self.agreement(
            "Thỏa thuận hợp tác giữa Sở Thông tin và Truyền thông tỉnh Bình Dương và Sở "
            "Thông tin và Truyền thông tỉnh Tây Ninh",
            [self.department, tn],
            signed,
            signed,
            ends,
            None,
            "Vận hành, bố trí nhân lực Trung tâm dữ liệu và Trung tâm dữ liệu dự phòng; "
            "tổng đài 1022; dịch vụ khẩn cấp 115; nền tảng đào tạo MOOCs cho cán bộ; "
            "trung tâm điều hành thông minh, chỉ số, thống kê và kết nối dữ liệu; ứng dụng "
            "công dân, doanh nghiệp và phần mềm quản lý kinh tế – xã hội; CNTT trong truyền "
            "thông và mạng xã hội; tổ công nghệ số cộng đồng; thanh toán không dùng tiền mặt",
            [
                (
                    self.department,
                    "Chia sẻ kinh nghiệm vận hành, bố trí nhân lực Trung tâm dữ liệu và Trung "
                    "tâm dữ liệu dự phòng",
                    date(2024, 6, 30),
                    TaskStatus.DONE,
                    date(2024, 6, 21),
                ),
                (
                    self.department,
                    "Mở tài khoản nền tảng đào tạo MOOCs cho cán bộ tỉnh Tây Ninh",
                    date(2024, 3, 31),
                    TaskStatus.DONE,
                    date(2024, 3, 25),
                ),
                (
                    self.department,
                    "Chia sẻ kinh nghiệm trung tâm điều hành thông minh, bộ chỉ số và kết "
                    "nối dữ liệu",
                    t + timedelta(days=45),
                    TaskStatus.IN_PROGRESS,
                    None,
                ),
                (
                    tn,
                    "Cử cán bộ học tập mô hình tổng đài 1022 và dịch vụ khẩn cấp 115",
                    t - timedelta(days=12),
                    TaskStatus.OPEN,
                    None,
                ),
                (
                    tn,
                    "Trao đổi kinh nghiệm tổ công nghệ số cộng đồng và thanh toán không "
                    "dùng tiền mặt",
                    t + timedelta(days=75),
                    TaskStatus.OPEN,
                    None,
                ),
            ],
        )
        self.agreement(
            "Thỏa thuận hợp tác về chuyển đổi số giữa Sở Thông tin và Truyền thông tỉnh Bình "
            "Dương và Công ty TNHH MTV Phát triển Công viên phần mềm Quang Trung",
            [self.department, qtsc],
            signed,
            signed,
            ends,
            None,
            "Hỗ trợ chiến lược chuyển đổi số cho doanh nghiệp nhỏ và vừa; kinh nghiệm xây "
            "dựng, vận hành khu CNTT tập trung; giải pháp dữ liệu và trí tuệ nhân tạo; hạ "
            "tầng điện toán đám mây cho Trung tâm dữ liệu; chuyển giao công nghệ, chuyên "
            "gia kỹ thuật",
            [
                (
                    qtsc,
                    "Chia sẻ hướng dẫn, bộ chỉ tiêu vận hành khu CNTT tập trung",
                    date(2024, 9, 30),
                    TaskStatus.DONE,
                    date(2024, 9, 26),
                ),
                (
                    qtsc,
                    "Hỗ trợ xây dựng chiến lược chuyển đổi số cho doanh nghiệp nhỏ và vừa",
                    t + timedelta(days=120),
                    TaskStatus.IN_PROGRESS,
                    None,
                ),
                (
                    qtsc,
                    "Đề xuất giải pháp hạ tầng điện toán đám mây cho Trung tâm dữ liệu tỉnh",
                    t - timedelta(days=20),
                    TaskStatus.IN_PROGRESS,
                    None,
                ),
                (
                    self.department,
                    "Giới thiệu doanh nghiệp nhỏ và vừa tham gia chương trình hỗ trợ",
                    date(2024, 12, 31),
                    TaskStatus.DONE,
                    date(2024, 12, 20),
                ),
            ],
        )
        day = date(2023, 10, 6)
        signing = self.event(
            EventKind.SIGNING,
            "Lễ ký kết thỏa thuận hợp tác với Sở TT&TT tỉnh Tây Ninh và QTSC",
            _at(day, 14, 0),
            _at(day, 16, 30),
            room=self.hall,
            partner=tn,
            host_unit=self.department,
            people=[self.deputy, self.qtsc_chair, self.tn_contact, self.coordinator],
        )
        self.minutes(
            signing,
            self.deputy,
            "Ký kết hai thỏa thuận hợp tác chiều 06/10/2023. Số liệu nêu tại buổi lễ: chỉ số "
            "DTI năm 2022 của tỉnh xếp thứ 19 (tăng 3 bậc so với 2021); 1.886 thủ tục hành "
            "chính, phần lớn trực tuyến; 801 chứng thư số tổ chức, 4.193 chứng thư số cá "
            "nhân, 16.103 chữ ký số HSM; khoảng 65.000 doanh nghiệp (97 % nhỏ và vừa), hơn "
            "45.000 dùng nền tảng số; khoảng 1,2 triệu người có định danh điện tử mức 2.",
            [
                "Ký thỏa thuận hợp tác với Sở Thông tin và Truyền thông tỉnh Tây Ninh.",
                "Ký thỏa thuận hợp tác về chuyển đổi số với QTSC.",
            ],
            [
                self.action(
                    "Xây dựng kế hoạch triển khai hai thỏa thuận năm 2024",
                    date(2023, 12, 15),
                    org=self.department,
                    done=date(2023, 12, 12),
                )
            ],
            secretary=self.coordinator,
        )
        projects = [
            (
                "TN-01",
                "Chia sẻ vận hành Trung tâm dữ liệu và Trung tâm dữ liệu dự phòng",
                tn,
                ProjectStatus.COMPLETED,
                date(2023, 11, 1),
                date(2024, 6, 30),
            ),
            (
                "TN-02",
                "Chia sẻ kinh nghiệm trung tâm điều hành thông minh và kết nối dữ liệu",
                tn,
                ProjectStatus.ACTIVE,
                date(2024, 7, 1),
                ends,
            ),
            (
                "QT-01",
                "Hỗ trợ chiến lược chuyển đổi số cho doanh nghiệp nhỏ và vừa",
                qtsc,
                ProjectStatus.ACTIVE,
                date(2024, 1, 2),
                ends,
            ),
        ]
        self.cycle_projects: dict[str, m.Project] = {}
        for code, title, partner, status, first, last in projects:
            p = m.Project(
                code=code,
                title=title,
                partner=partner,
                host_unit=self.department,
                status=status,
                starts_on=first,
                ends_on=last,
            )
            if status == ProjectStatus.COMPLETED:
                p.milestones = [
                    m.Milestone(
                        title="Khảo sát Trung tâm dữ liệu",
                        due_on=date(2023, 12, 15),
                        done_on=date(2023, 12, 15),
                    ),
                    m.Milestone(title="Nghiệm thu, tổng kết", due_on=last, done_on=last),
                ]
            else:
                p.milestones = [
                    m.Milestone(title="Khởi động", due_on=first, done_on=first),
                    m.Milestone(title="Sơ kết năm", due_on=t - timedelta(days=8), done_on=None),
                    m.Milestone(title="Báo cáo kết quả giai đoạn", due_on=t + timedelta(days=60)),
                    m.Milestone(title="Tổng kết thỏa thuận", due_on=last),
                ]
            self.s.add(p)
            self.cycle_projects[code] = p
        self.cycle_projects["QT-01"].indicators = [
            m.Indicator(
                name="Số doanh nghiệp nhỏ và vừa được hỗ trợ",
                unit="doanh nghiệp",
                baseline=0,
                target=500,
                actual=180,
                measured_on=t - timedelta(days=30),
            )
        ]

    # -- the current cycle, around today -------------------------------------------------
    def current_cycle(self) -> None:
        t = self.today
        start, end = _months(t, -23), t + timedelta(days=ENDING_IN_DAYS)
        self.agreement(
            f"Kế hoạch hợp tác triển khai Bình Dương Navigator giai đoạn {start.year}–{end.year}",
            [self.province, self.city],
            start,
            start,
            end,
            2030,
            "Con người; doanh nghiệp; công nghệ; hạ tầng (mô hình ba nhà)",
            [
                (
                    self.city,
                    "Cử chuyên gia hỗ trợ cập nhật Bình Dương Navigator",
                    _months(start, 6),
                    TaskStatus.DONE,
                    _months(start, 6) - timedelta(days=3),
                ),
                (
                    self.province,
                    "Báo cáo kết quả thực hiện các hành động Navigator",
                    t + timedelta(days=14),
                    TaskStatus.IN_PROGRESS,
                    None,
                ),
            ],
            notes="Sắp hết hạn: hai bên đang rà soát để gia hạn.",
        )
        staff = [self.coordinator, self.liaison]
        # Weekly Navigator coordination meetings, on Tuesdays, held before today.
        monday = t - timedelta(days=t.weekday())
        for week in range(-WEEKS_BEFORE, WEEKS_AFTER + 1):
            tuesday = monday + timedelta(weeks=week, days=1)
            day = self.day_near(tuesday, step=-1 if tuesday < t else 1)
            iso_year, iso_week, _ = day.isocalendar()
            held = day < t
            e = self.event(
                EventKind.MEETING,
                f"Họp điều phối Navigator tuần {iso_week}/{iso_year}",
                _at(day, 14, 0),
                _at(day, 15, 30),
                room=self.rooms[0],
                partner=self.city,
                host_unit=self.department,
                status=EventStatus.HELD if held else EventStatus.PLANNED,
                people=staff,
            )
            if held:
                self.navigator_minutes(e, day, week)
        # Tây Ninh: a review ten days ago, a visit coming.
        review_day = self.past(10)
        review = self.event(
            EventKind.ONLINE_CONFERENCE,
            "Họp trực tuyến sơ kết thỏa thuận hợp tác với Sở TT&TT tỉnh Tây Ninh",
            _at(review_day, 8, 30),
            _at(review_day, 10, 30),
            room=self.hall,
            partner=self.tay_ninh,
            project=self.cycle_projects["TN-02"],
            people=[self.deputy, self.tn_contact, self.coordinator],
        )
        review.sites = [
            m.EventSite(name="Điểm cầu Bình Dương", location=self.hall.name),
            m.EventSite(name="Điểm cầu Tây Ninh", location="Sở TT&TT tỉnh Tây Ninh"),
        ]
        self.minutes(
            review,
            self.deputy,
            "Hai sở rà soát kết quả chia sẻ Trung tâm dữ liệu, nền tảng MOOCs và kinh nghiệm "
            "trung tâm điều hành thông minh.",
            [
                "Tiếp tục chia sẻ bộ chỉ số của trung tâm điều hành thông minh.",
                "Tổ chức đoàn Tây Ninh tham quan Trung tâm điều hành thông minh.",
            ],
            [
                self.action(
                    "Gửi bộ chỉ số trung tâm điều hành thông minh cho Tây Ninh",
                    review_day + timedelta(days=5),
                    person=self.contacts[0],
                ),
                self.action(
                    "Gửi danh sách đoàn tham quan",
                    t + timedelta(days=10),
                    person=self.tn_contact,
                ),
                self.action(
                    "Cập nhật tài liệu hướng dẫn MOOCs",
                    review_day + timedelta(days=3),
                    person=self.coordinator,
                    done=review_day + timedelta(days=2),
                ),
            ],
            secretary=self.coordinator,
        )
        visit_day = self.coming(24)
        self.event(
            EventKind.VISIT,
            "Đoàn Sở TT&TT tỉnh Tây Ninh tham quan Trung tâm điều hành thông minh",
            _at(visit_day, 9, 0),
            _at(visit_day, 11, 0),
            location="Trung tâm điều hành thông minh tỉnh Bình Dương",
            partner=self.tay_ninh,
            project=self.cycle_projects["TN-02"],
            status=EventStatus.CONFIRMED,
            people=[self.tn_contact, self.coordinator],
        )
        # QTSC: a working session before today, a workshop for small firms after.
        work_day = self.past(17)
        work = self.event(
            EventKind.MEETING,
            "Làm việc với QTSC về gói hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa",
            _at(work_day, 9, 0),
            _at(work_day, 11, 0),
            location="Công viên phần mềm Quang Trung, Thành phố Hồ Chí Minh",
            partner=self.qtsc,
            project=self.cycle_projects["QT-01"],
            people=[self.deputy, self.qtsc_contact, self.coordinator],
        )
        self.minutes(
            work,
            self.deputy,
            "QTSC giới thiệu gói hỗ trợ chuyển đổi số và giải pháp dữ liệu, trí tuệ nhân tạo "
            "cho doanh nghiệp nhỏ và vừa.",
            [
                "Thí điểm gói hỗ trợ với 50 doanh nghiệp nhỏ và vừa của tỉnh.",
                "Phối hợp tổ chức hội thảo chuyển đổi số cho doanh nghiệp.",
            ],
            [
                self.action(
                    "Gửi danh sách 50 doanh nghiệp đăng ký thí điểm",
                    work_day + timedelta(days=10),
                    org=self.young,
                ),
                self.action(
                    "Gửi đề xuất giải pháp đám mây cho Trung tâm dữ liệu",
                    t + timedelta(days=21),
                    person=self.qtsc_contact,
                    status=TaskStatus.IN_PROGRESS,
                ),
            ],
            secretary=self.coordinator,
        )
        ws_day = self.coming(15)
        self.event(
            EventKind.WORKSHOP,
            "Hội thảo chuyển đổi số cho doanh nghiệp nhỏ và vừa",
            _at(ws_day, 8, 0),
            _at(ws_day, 11, 30),
            room=self.hall,
            partner=self.qtsc,
            project=self.cycle_projects["QT-01"],
            status=EventStatus.CONFIRMED,
            people=[self.qtsc_contact, self.deputy, self.coordinator],
        )
        # A field survey called off, and the review of the Navigator plan before it ends.
        off_day = self.past(5)
        self.event(
            EventKind.VISIT,
            "Khảo sát điểm wifi công cộng tại thành phố Thủ Dầu Một",
            _at(off_day, 8, 30),
            _at(off_day, 11, 0),
            location="Thành phố Thủ Dầu Một",
            partner=self.vntt,
            status=EventStatus.CANCELLED,
            notes="Hoãn do đơn vị thi công chưa hoàn thành lắp đặt.",
            people=[self.coordinator],
        )
        renew_day = self.coming(10)
        renew = self.event(
            EventKind.ONLINE_CONFERENCE,
            "Họp trực tuyến rà soát và gia hạn kế hoạch hợp tác Navigator với Eindhoven",
            _at(renew_day, 15, 0),
            _at(renew_day, 16, 30),
            room=self.rooms[0],
            partner=self.city,
            host_unit=self.department,
            status=EventStatus.PLANNED,
            people=[self.deputy, self.liaison, self.coordinator],
        )
        renew.sites = [
            m.EventSite(name="Điểm cầu Bình Dương", location=self.rooms[0].name),
            m.EventSite(name="Điểm cầu Eindhoven", location="Tòa thị chính Eindhoven"),
        ]

    def navigator_minutes(self, e: m.Event, day: date, week: int) -> None:
        """Minutes of a past weekly meeting: one item per week, the older ones done, the
        latest open, and the one of two weeks ago late."""
        actions = {
            -4: ("Tổng hợp số liệu chỉ số Navigator quý này", 7),
            -3: ("Cập nhật tiến độ hành động về wifi công cộng", 7),
            -2: ("Gửi Eindhoven báo cáo tiến độ các hành động đang thực hiện", 5),
            -1: ("Chuẩn bị nội dung họp gia hạn kế hoạch hợp tác", 14),
        }
        text, days = actions.get(week, ("Rà soát tiến độ các hành động Navigator", 7))
        decisions = {  # what each week's meeting settled, not one sentence four times
            -4: "Thống nhất mẫu báo cáo chỉ số Navigator dùng chung cho các sở, ngành.",
            -3: "Ưu tiên hoàn thành lắp đặt các điểm wifi công cộng trước cuối năm.",
            -2: "Gửi Eindhoven báo cáo tiến độ trước cuộc họp gia hạn kế hoạch hợp tác.",
            -1: "Đề xuất gia hạn kế hoạch hợp tác Navigator thêm hai năm.",
        }
        due = day + timedelta(days=days)
        finished = week <= -3
        owner = self.coordinator if week % 2 else self.contacts[0]
        self.minutes(
            e,
            self.deputy if week % 2 else self.contacts[0],
            "Rà soát tiến độ các hành động Bình Dương Navigator đang thực hiện.",
            [
                decisions.get(
                    week,
                    f"Ưu tiên các hành động có mốc đến hạn trong tháng {due.month}/{due.year}.",
                )
            ],
            [
                self.action(
                    text, due, person=owner, done=due - timedelta(days=1) if finished else None
                )
            ],
            secretary=self.coordinator,
            final=week < -1,
        )


def _slug(name: str) -> str:
    """An address-safe form of a name, for invented example addresses."""
    return ".".join(fold(name).replace("'", "").split())
