"""Facts kept in the database file itself, so every PC that opens it agrees."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.backups import KEEP_KEY, keep_setting
from coordinator.db.store import Store

DEPARTMENT_KEY, PROVINCE_KEY = "department", "province"
PARENT_KEY, ABBREVIATION_KEY, FILING_UNIT_KEY = "parent_body", "abbreviation", "filing_unit"
SIGNER_KEYS = ("signer_authority", "signer_position", "signer_name")


def read_setting(s: Session, key: str) -> str | None:
    return s.scalar(select(m.Setting.value).where(m.Setting.key == key))


def write_setting(s: Session, key: str, value: str | None) -> None:
    row = s.scalar(select(m.Setting).where(m.Setting.key == key))
    if row is None:
        s.add(m.Setting(key=key, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class Letterhead:
    """The issuing body printed at the top of minutes and reports."""

    department: str = ""
    province: str = ""
    # The body above the department (capitals on paper); empty: the province's
    # People's Committee.
    parent: str = ""
    abbreviation: str = ""  # the department's, on the Số line (e.g. "SKHCN")
    filing_unit: str = ""  # the drafting unit on "- Lưu: VT, <unit>."


@dataclass(frozen=True)
class Signer:
    """Who signs a report: authority word, position and full name."""

    authority: str = ""  # "KT. GIÁM ĐỐC"
    position: str = ""  # "PHÓ GIÁM ĐỐC"
    name: str = ""


def get_letterhead(store: Store) -> Letterhead:
    with store.reading() as s:
        return Letterhead(
            read_setting(s, DEPARTMENT_KEY) or "",
            read_setting(s, PROVINCE_KEY) or "",
            read_setting(s, PARENT_KEY) or "",
            read_setting(s, ABBREVIATION_KEY) or "",
            read_setting(s, FILING_UNIT_KEY) or "",
        )


def set_letterhead(store: Store, head: Letterhead) -> None:
    with store.session() as s:
        write_setting(s, DEPARTMENT_KEY, head.department.strip() or None)
        write_setting(s, PROVINCE_KEY, head.province.strip() or None)
        write_setting(s, PARENT_KEY, head.parent.strip() or None)
        write_setting(s, ABBREVIATION_KEY, head.abbreviation.strip() or None)
        write_setting(s, FILING_UNIT_KEY, head.filing_unit.strip() or None)


def read_signer(s: Session) -> Signer:
    return Signer(*(read_setting(s, key) or "" for key in SIGNER_KEYS))


def get_signer(store: Store) -> Signer:
    with store.reading() as s:
        return read_signer(s)


def set_signer(store: Store, signer: Signer) -> None:
    with store.session() as s:
        for key, value in zip(
            SIGNER_KEYS, (signer.authority, signer.position, signer.name), strict=True
        ):
            write_setting(s, key, value.strip() or None)


def get_backup_keep(store: Store) -> int:
    """How many backups of this file to keep (the newest ones)."""
    return keep_setting(store.path)


def set_backup_keep(store: Store, keep: int) -> None:
    with store.session() as s:
        write_setting(s, KEEP_KEY, str(max(1, keep)))


ALERT_DAYS_KEY = "agreement_alert_days"
DEFAULT_ALERT_DAYS = 90


def read_alert_days(s: Session) -> int:
    """How many days ahead an agreement's end is announced (Follow-up, status bar, report)."""
    try:
        days = int(read_setting(s, ALERT_DAYS_KEY) or DEFAULT_ALERT_DAYS)
    except ValueError:
        return DEFAULT_ALERT_DAYS
    return max(1, days)


def get_alert_days(store: Store) -> int:
    with store.reading() as s:
        return read_alert_days(s)


def set_alert_days(store: Store, days: int) -> None:
    with store.session() as s:
        write_setting(s, ALERT_DAYS_KEY, str(max(1, days)))
