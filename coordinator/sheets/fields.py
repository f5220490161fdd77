"""The columns of each kind of list, and the headers an office writes for them.

Headers are compared folded (no case, no diacritics, ``đ`` as ``d``) and with their
punctuation as spaces, so "Email/Thư điện tử", "E-MAIL" and "thu dien tu" all name
the e-mail column. A header that is none of the known words may still contain one
("Số điện thoại liên hệ"); the longest known words found in it win.
"""

import re
from collections.abc import Sequence
from enum import StrEnum

from coordinator.domain.text import fold


class ListKind(StrEnum):
    PARTNERS = "partners"
    PEOPLE = "people"
    STAYS = "stays"


class Field(StrEnum):
    # partners
    NAME = "name"
    SHORT_NAME = "short_name"
    KIND = "kind"
    INTERNAL = "internal"
    COUNTRY = "country"
    ADDRESS = "address"
    WEBSITE = "website"
    # partners and people
    PHONE = "phone"
    EMAIL = "email"
    NOTES = "notes"
    # people
    FULL_NAME = "full_name"
    TITLE = "title"
    ORGANIZATION = "organization"
    NATIONALITY = "nationality"
    EXPERTISE = "expertise"
    LANGUAGES = "languages"
    ROLE = "role"
    # stays
    PERSON = "person"
    PROJECT = "project"
    ARRIVES = "arrives"
    DEPARTS = "departs"
    STAY_ROLE = "stay_role"


FIELDS: dict[ListKind, tuple[Field, ...]] = {
    ListKind.PARTNERS: (
        Field.NAME,
        Field.SHORT_NAME,
        Field.KIND,
        Field.INTERNAL,
        Field.COUNTRY,
        Field.ADDRESS,
        Field.WEBSITE,
        Field.PHONE,
        Field.EMAIL,
        Field.NOTES,
    ),
    ListKind.PEOPLE: (
        Field.FULL_NAME,
        Field.TITLE,
        Field.ORGANIZATION,
        Field.EMAIL,
        Field.PHONE,
        Field.NATIONALITY,
        Field.EXPERTISE,
        Field.LANGUAGES,
        Field.ROLE,
        Field.NOTES,
    ),
    ListKind.STAYS: (Field.PERSON, Field.PROJECT, Field.ARRIVES, Field.DEPARTS, Field.STAY_ROLE),
}

# The field a list cannot do without.
REQUIRED: dict[ListKind, tuple[Field, ...]] = {
    ListKind.PARTNERS: (Field.NAME,),
    ListKind.PEOPLE: (Field.FULL_NAME,),
    ListKind.STAYS: (Field.PERSON, Field.PROJECT),
}

# Longest stored text of each field (the columns of db/models.py).
LIMITS: dict[Field, int] = {
    Field.NAME: 300,
    Field.SHORT_NAME: 60,
    Field.COUNTRY: 80,
    Field.ADDRESS: 300,
    Field.WEBSITE: 200,
    Field.PHONE: 40,
    Field.EMAIL: 200,
    Field.NOTES: 20_000,
    Field.FULL_NAME: 200,
    Field.TITLE: 120,
    Field.ORGANIZATION: 300,
    Field.NATIONALITY: 80,
    Field.EXPERTISE: 300,
    Field.LANGUAGES: 120,
    Field.ROLE: 120,
    Field.PERSON: 200,
    Field.PROJECT: 300,
    Field.STAY_ROLE: 120,
}

_EMAIL = ("email", "e mail", "thu dien tu", "dia chi email", "dia chi thu dien tu", "mail")
_PHONE = (
    "dien thoai",
    "so dien thoai",
    "sdt",
    "dt",
    "so dt",
    "di dong",
    "phone",
    "telephone",
    "tel",
    "mobile",
    "phone number",
)
_NOTES = ("ghi chu", "notes", "note", "remarks", "comments")

# Folded headers, Vietnamese and English, for each field of each kind of list.
ALIASES: dict[ListKind, dict[Field, tuple[str, ...]]] = {
    ListKind.PARTNERS: {
        Field.NAME: (
            "ten",
            "ten don vi",
            "ten to chuc",
            "ten doi tac",
            "ten co quan",
            "ten day du",
            "to chuc",
            "doi tac",
            "don vi",
            "co quan",
            "name",
            "partner",
            "organisation",
            "organization",
            "partner name",
            "organisation name",
            "organization name",
        ),
        Field.SHORT_NAME: (
            "ten viet tat",
            "viet tat",
            "ten tat",
            "ten giao dich",
            "short name",
            "abbreviation",
            "acronym",
        ),
        Field.KIND: (
            "loai",
            "loai hinh",
            "loai to chuc",
            "loai doi tac",
            "phan loai",
            "kind",
            "type",
            "category",
        ),
        # The partners list's "Role" column says "Province unit" or "Partner".
        Field.INTERNAL: ("noi bo", "don vi noi bo", "internal", "vai tro", "role"),
        Field.COUNTRY: ("quoc gia", "nuoc", "country"),
        Field.ADDRESS: ("dia chi", "dia chi tru so", "tru so", "address"),
        Field.WEBSITE: (
            "trang web",
            "trang thong tin",
            "website",
            "web",
            "trang thong tin dien tu",
            "url",
        ),
        Field.PHONE: _PHONE,
        Field.EMAIL: _EMAIL,
        Field.NOTES: _NOTES,
    },
    ListKind.PEOPLE: {
        Field.FULL_NAME: (
            "ho va ten",
            "ho ten",
            "ten",
            "ten chuyen gia",
            "ten tinh nguyen vien",
            "chuyen gia",
            "tinh nguyen vien",
            "ca nhan",
            "name",
            "full name",
        ),
        Field.TITLE: (
            "chuc vu",
            "chuc danh",
            "chuc vu chuc danh",
            "title",
            "position",
            "job title",
            "title position",
        ),
        Field.ORGANIZATION: (
            "don vi cong tac",
            "don vi",
            "ten don vi",
            "co quan",
            "co quan cong tac",
            "noi cong tac",
            "to chuc",
            "cong ty",
            "organisation",
            "organization",
            "company",
            "employer",
        ),
        Field.EMAIL: _EMAIL,
        Field.PHONE: _PHONE,
        Field.NATIONALITY: ("quoc tich", "quoc gia", "nationality", "country"),
        Field.EXPERTISE: (
            "chuyen mon",
            "linh vuc chuyen mon",
            "linh vuc",
            "chuyen nganh",
            "expertise",
            "specialty",
            "speciality",
            "field",
        ),
        Field.LANGUAGES: ("ngon ngu", "ngoai ngu", "languages", "language"),
        Field.ROLE: ("vai tro", "role", "roles"),
        Field.NOTES: _NOTES,
    },
    ListKind.STAYS: {
        Field.PERSON: (
            "ho va ten",
            "ho ten",
            "ten",
            "chuyen gia",
            "tinh nguyen vien",
            "ca nhan",
            "name",
            "person",
            "volunteer",
            "expert",
        ),
        Field.PROJECT: (
            "du an",
            "ma du an",
            "ten du an",
            "project",
            "project code",
            "code",
        ),
        Field.ARRIVES: (
            "ngay den",
            "tu ngay",
            "ngay bat dau",
            "bat dau",
            "arrives",
            "arrival",
            "arrival date",
            "from",
            "start",
        ),
        Field.DEPARTS: (
            "ngay di",
            "ngay ve",
            "den ngay",
            "ngay ket thuc",
            "ket thuc",
            "departs",
            "departure",
            "departure date",
            "until",
            "to",
            "end",
        ),
        Field.STAY_ROLE: ("vai tro", "nhiem vu", "role"),
    },
}

HEADER_SEARCH = 30  # title rows above the header: a letterhead, a title, a date

_WORDS = re.compile(r"[^\W_]+")

Mapping = list[Field | None]  # the field of each column of the file, by position


def header_key(text: object) -> str:
    """A header folded to its words: "Email/Thư điện tử" -> "email thu dien tu"."""
    return " ".join(_WORDS.findall(fold(str(text)))) if text is not None else ""


def field_for(kind: ListKind, header: object) -> Field | None:
    """The field a header names, exactly or by the longest known words inside it."""
    key = header_key(header)
    if not key:
        return None
    best: tuple[int, Field] | None = None
    padded = f" {key} "
    for fld, aliases in ALIASES[kind].items():
        for alias in aliases:
            if alias == key:
                return fld
            if (
                (" " in alias or len(alias) >= 5)  # "to", "tel", "ten" only as the whole header
                and f" {alias} " in padded
                and (best is None or len(alias) > best[0])
            ):
                best = (len(alias), fld)
    return best[1] if best else None


def guess_mapping(kind: ListKind, headers: Sequence[object]) -> Mapping:
    """Each column's field; a field named twice goes to its first column only."""
    mapping: Mapping = []
    taken: set[Field] = set()
    for header in headers:
        fld = field_for(kind, header)
        if fld is not None and fld in taken:
            fld = None
        if fld is not None:
            taken.add(fld)
        mapping.append(fld)
    return mapping


def find_header(kind: ListKind, rows: Sequence[tuple[int, Sequence[object]]]) -> int:
    """The index in ``rows`` of the header row: among the first rows, the one naming the
    most fields; without any, the first row with two or more filled cells (a title
    row above the header is one merged cell)."""
    best, best_count = -1, 0
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH]):
        if not _may_be_header(kind, cells):
            continue
        count = sum(1 for f in guess_mapping(kind, cells) if f is not None)
        if count > best_count:
            best, best_count = i, count
    if best >= 0:
        return best
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH]):
        if sum(1 for c in cells if c not in (None, "")) >= 2:
            return i
    return 0


def _may_be_header(kind: ListKind, cells: Sequence[object]) -> bool:
    """A header row has two or more headers, or is one known header alone (a list of
    names); a sentence alone on its row ("Điền mỗi đơn vị một dòng…") is a title or an
    instruction, whatever words it holds."""
    filled = [c for c in cells if c not in (None, "")]
    if len(filled) != 1:
        return len(filled) > 1
    key = header_key(filled[0])
    return any(key in aliases for aliases in ALIASES[kind].values())


def guess_kind(rows: Sequence[tuple[int, Sequence[object]]], current: ListKind) -> ListKind:
    """The kind of list the headers say: among the kinds whose required columns are all
    there, the one naming the most columns ("Họ và tên", "Chức vụ", "Đơn vị công tác" is
    a list of people, not of partners); ``current`` when none fits or on a tie."""
    best, best_count = current, -1
    for kind in (current, *(k for k in ListKind if k is not current)):
        if not rows:
            break
        mapping = guess_mapping(kind, rows[find_header(kind, rows)][1])
        if not all(f in mapping for f in REQUIRED[kind]):
            continue
        count = sum(1 for f in mapping if f is not None)
        if count > best_count:
            best, best_count = kind, count
    return best


class MapError(ValueError):
    """A ``--map`` entry that names no column of the file, or no field."""

    def __init__(self, entry: str, reason: str) -> None:
        super().__init__(f"{entry}: {reason}")
        self.entry = entry
        self.reason = reason  # "format", "header" or "field"


def field_named(kind: ListKind, name: str) -> Field | None:
    """A field by its key ("full_name") or by a header for it ("Họ và tên")."""
    key = header_key(name)
    for fld in FIELDS[kind]:
        if key in (fld.value.replace("_", " "), header_key(fld.value)):
            return fld
    found = field_for(kind, name)
    return found if found in FIELDS[kind] else None


def apply_map(kind: ListKind, headers: Sequence[object], mapping: Mapping, text: str) -> Mapping:
    """``mapping`` changed by "Header=field,Header 2=field" (``field`` may be "-" to leave
    a column out). Raises MapError naming the entry that does not fit."""
    result = list(mapping)
    keys = [header_key(h) for h in headers]
    for entry in (e.strip() for e in re.split(r"[,;]", text) if e.strip()):
        header, sep, name = entry.partition("=")
        if not sep or not header.strip() or not name.strip():
            raise MapError(entry, "format")
        try:
            column = keys.index(header_key(header))
        except ValueError:
            raise MapError(entry, "header") from None
        if name.strip() in ("-", "_"):
            result[column] = None
            continue
        fld = field_named(kind, name)
        if fld is None:
            raise MapError(entry, "field")
        result = [None if f == fld else f for f in result]
        result[column] = fld
    return result
