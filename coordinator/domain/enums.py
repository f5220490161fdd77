"""The closed vocabularies of the domain. Values are stored; labels live in the UI."""

from enum import StrEnum


class OrgKind(StrEnum):
    GOVERNMENT = "government"
    ENTERPRISE = "enterprise"
    ACADEMIA = "academia"
    ASSOCIATION = "association"
    INTERNATIONAL = "international"


class PersonRole(StrEnum):
    CONTACT = "contact"
    VOLUNTEER = "volunteer"
    STAFF = "staff"


class ProjectStatus(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class EventKind(StrEnum):
    CONSULTATION = "consultation"
    MEETING = "meeting"
    WORKSHOP = "workshop"
    CONFERENCE = "conference"
    ONLINE_CONFERENCE = "online_conference"
    SIGNING = "signing"
    VISIT = "visit"


class EventStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class TaskStatus(StrEnum):
    """Status of a commitment or an action item."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Attendance(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    REPRESENTED = "represented"
