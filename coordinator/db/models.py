"""SQLAlchemy models for the whole domain of DESIGN.md.

Times of events are stored as naive UTC with the IANA zone they were entered in;
dates (signed, due, stays) are plain calendar dates. Rows a user can delete carry
``deleted_at`` so that deletion can be undone.
"""

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now as naive UTC, the stored form of every timestamp."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Versioned records (``version`` with ``__mapper_args__``) name in each UPDATE and
    DELETE the version their session read: a save that lost a race with another writer
    matches no row and fails (StaleDataError, which the store turns into
    RecordChangedError). The app sets the numbers itself (db/versions.py)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _fk(target: str, *, cascade: bool = False, nullable: bool = True) -> Mapped[int | None]:
    return mapped_column(
        ForeignKey(target, ondelete="CASCADE" if cascade else "SET NULL"),
        nullable=nullable,
        index=True,
    )


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    is_internal: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(300))
    website: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    people: Mapped[list["Person"]] = relationship(back_populates="organization")


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120))
    # One or more of PersonRole's values, comma-separated in a fixed order ("contact,volunteer").
    role: Mapped[str] = mapped_column(String(60), default="contact", index=True)
    organization_id: Mapped[int | None] = _fk("organization.id")
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    nationality: Mapped[str | None] = mapped_column(String(80))
    expertise: Mapped[str | None] = mapped_column(String(300))
    languages: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    organization: Mapped[Organization | None] = relationship(back_populates="people")


agreement_party = Table(
    "agreement_party",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organization_id",
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Agreement(Base):
    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    number: Mapped[str | None] = mapped_column(String(60))  # "Số: 12/2018/TTHT-VNPT"
    signed_on: Mapped[date | None] = mapped_column(Date)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, index=True)
    horizon_year: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # The agreement this one renews ("Gia hạn"); the old one stays as it was.
    renews_id: Mapped[int | None] = _fk("agreement.id")
    search_text: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    parties: Mapped[list[Organization]] = relationship(secondary=agreement_party)
    commitments: Mapped[list["Commitment"]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Commitment.id"
    )


class Commitment(Base):
    __tablename__ = "commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    party_id: Mapped[int | None] = _fk("organization.id")
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, default="")

    agreement: Mapped[Agreement] = relationship(back_populates="commitments")
    party: Mapped[Organization | None] = relationship()


class Programme(Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    domain: Mapped[str | None] = mapped_column(String(120))
    partner_id: Mapped[int | None] = _fk("organization.id")
    description: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    partner: Mapped[Organization | None] = relationship()


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    programme_id: Mapped[int | None] = _fk("programme.id")
    partner_id: Mapped[int | None] = _fk("organization.id")
    host_unit_id: Mapped[int | None] = _fk("organization.id")
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    objectives: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    programme: Mapped[Programme | None] = relationship()
    partner: Mapped[Organization | None] = relationship(foreign_keys=[partner_id])
    host_unit: Mapped[Organization | None] = relationship(foreign_keys=[host_unit_id])
    milestones: Mapped[list["Milestone"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.due_on"
    )
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Indicator.id"
    )


class Milestone(Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="milestones")


class Indicator(Base):
    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str | None] = mapped_column(String(40))
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)
    measured_on: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="indicators")


class ProjectStatusChange(Base):
    """A project's status from a day on: the history a report for a past period reads
    (the status on its last day is the latest change on or before it)."""

    __tablename__ = "project_status_change"
    __table_args__ = (Index("ix_project_status_change_on", "project_id", "changed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class IndicatorMeasurement(Base):
    """An indicator's value as measured on a day; one a day (a second one replaces it)."""

    __tablename__ = "indicator_measurement"
    __table_args__ = (UniqueConstraint("indicator_id", "measured_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    measured_on: Mapped[date] = mapped_column(Date)


class Assignment(Base):
    """A volunteer on a project for the length of their stay."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    arrives_on: Mapped[date | None] = mapped_column(Date)
    departs_on: Mapped[date | None] = mapped_column(Date)
    role: Mapped[str | None] = mapped_column(String(120))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    project: Mapped[Project] = relationship()
    person: Mapped[Person] = relationship()


class Room(Base):
    """A meeting room: events held in it clash whatever their free-text place says."""

    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Other names the office calls it ("P.2, PH2"), comma-separated: typed as a place,
    # each one is this room.
    aliases: Mapped[str | None] = mapped_column(String(300))
    host_unit_id: Mapped[int | None] = _fk("organization.id")
    capacity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    host_unit: Mapped[Organization | None] = relationship()


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_span", "starts_at", "ends_at"),
        # The few deleted events, for leaving out what came from them (0006).
        Index("ix_event_deleted", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(DateTime)  # naive UTC
    ends_at: Mapped[datetime] = mapped_column(DateTime)  # naive UTC
    tz: Mapped[str] = mapped_column(String(60), default="Asia/Ho_Chi_Minh")
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str | None] = mapped_column(String(300))
    # The room it is held in, when it is one of the rooms; ``location`` is then its name.
    room_id: Mapped[int | None] = _fk("room.id")
    project_id: Mapped[int | None] = _fk("project.id")
    partner_id: Mapped[int | None] = _fk("organization.id")
    host_unit_id: Mapped[int | None] = _fk("organization.id")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    notes: Mapped[str | None] = mapped_column(Text)
    uid: Mapped[str | None] = mapped_column(String(255), unique=True)
    # A series: RFC 5545 RRULE value and skipped local dates (ISO, comma-separated).
    rrule: Mapped[str | None] = mapped_column(String(500))
    exdates: Mapped[str | None] = mapped_column(Text)
    # One occurrence taken out of a series to be changed on its own.
    series_id: Mapped[int | None] = _fk("event.id")
    # Why it was saved although it clashes with another booking.
    override_reason: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    occurrences: Mapped[list["EventOccurrence"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    project: Mapped[Project | None] = relationship()
    partner: Mapped[Organization | None] = relationship(foreign_keys=[partner_id])
    host_unit: Mapped[Organization | None] = relationship(foreign_keys=[host_unit_id])
    room: Mapped[Room | None] = relationship()
    sites: Mapped[list["EventSite"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventSite.id"
    )
    participants: Mapped[list["EventParticipant"]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class EventOccurrence(Base):
    """When an event takes place: one row per occurrence, kept by db/occurrences.py.

    Every range query (views, agenda, conflict checks) reads this table, so a
    series is found by the same indexed query as a single event.
    """

    __tablename__ = "event_occurrence"
    __table_args__ = (
        Index("ix_event_occurrence_span", "starts_at", "ends_at"),
        # How long each occurrence lasts: the longest bounds every range query (0005).
        Index(
            "ix_event_occurrence_length",
            text("(julianday(ends_at) - julianday(starts_at))"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)  # naive UTC
    ends_at: Mapped[datetime] = mapped_column(DateTime)

    event: Mapped[Event] = relationship(back_populates="occurrences")


class EventSite(Base):
    """One site of an event held in several places at once (an online conference)."""

    __tablename__ = "event_site"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(300))

    event: Mapped[Event] = relationship(back_populates="sites")


class EventParticipant(Base):
    __tablename__ = "event_participant"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str | None] = mapped_column(String(40))
    attendance: Mapped[str] = mapped_column(String(20), default="invited")
    represented_by: Mapped[str | None] = mapped_column(String(200))
    # False for someone who came without an invitation, added from the minutes.
    invited: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    event: Mapped[Event] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class Minutes(Base):
    __tablename__ = "minutes"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)
    chair_id: Mapped[int | None] = _fk("person.id")
    secretary_id: Mapped[int | None] = _fk("person.id")
    place: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    finalized_at: Mapped[datetime | None] = mapped_column(DateTime)
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    event: Mapped[Event] = relationship()
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="minutes", cascade="all, delete-orphan", order_by="Decision.position"
    )
    action_items: Mapped[list["ActionItem"]] = relationship(
        back_populates="minutes", cascade="all, delete-orphan", order_by="ActionItem.id"
    )


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(
        ForeignKey("minutes.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    minutes: Mapped[Minutes] = relationship(back_populates="decisions")


class ActionItem(Base):
    __tablename__ = "action_item"
    # The follow-up list and its count read open items from this index alone (0006).
    __table_args__ = (Index("ix_action_item_open", "status", "due_on", "minutes_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int | None] = mapped_column(
        ForeignKey("minutes.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = _fk("person.id")
    owner_org_id: Mapped[int | None] = _fk("organization.id")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, default="")

    minutes: Mapped[Minutes | None] = relationship(back_populates="action_items")
    owner_person: Mapped[Person | None] = relationship()
    owner_org: Mapped[Organization | None] = relationship()


class Attachment(Base):
    """A file kept in the app's data folder by content hash, attached to a record."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    content_hash: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str | None] = mapped_column(String(120))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ChangeLog(Base):
    """What changed, when, by which OS user; written by the session hook in history.py."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    os_user: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[str | None] = mapped_column(Text)  # JSON: {field: [old, new]}


class Setting(Base):
    """Per-database facts (department name, province) that travel with the file."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str | None] = mapped_column(Text)


class OutgoingDocument(Base):
    """An entry of the register of outgoing documents (sổ văn bản đi): the number a
    minutes (``BB``) or a report (``BC``) took when it was issued. Numbers run per year
    and type from 1; one record (``record_key``, see domain/register.py) has one number,
    however often it is issued again."""

    __tablename__ = "outgoing_document"
    __table_args__ = (
        UniqueConstraint("year", "type_code", "number", name="uq_outgoing_document_number"),
        UniqueConstraint("type_code", "record_key", name="uq_outgoing_document_record"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    type_code: Mapped[str] = mapped_column(String(10))
    number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text)
    file_path: Mapped[str | None] = mapped_column(Text)  # where the issued file was saved
    record_key: Mapped[str] = mapped_column(String(200))
    proposals: Mapped[str | None] = mapped_column(Text)  # a report's kiến nghị, đề xuất
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(120))
