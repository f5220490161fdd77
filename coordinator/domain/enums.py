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


def join_roles(roles: "set[PersonRole] | set[str] | list[str]") -> str:
    """A person's roles as stored: known values, comma-separated in PersonRole's order;
    a person with none is a contact."""
    chosen = {str(r) for r in roles}
    joined = ",".join(r.value for r in PersonRole if r.value in chosen)
    return joined or PersonRole.CONTACT.value


def split_roles(stored: str | None) -> set[PersonRole]:
    """The roles of a stored ``role`` value; unknown words are dropped."""
    known = {r.value for r in PersonRole}
    return {PersonRole(w) for w in (stored or "").split(",") if w in known} or {PersonRole.CONTACT}
