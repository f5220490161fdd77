"""The register of outgoing documents: numbers per year and type, kept on re-issue."""

from datetime import date

import pytest

from coordinator.db.queries import register
from coordinator.db.queries.common import Sort
from coordinator.db.queries.register import RegisterFilter
from coordinator.db.store import Store
from coordinator.domain.register import minutes_key, number_text, report_key


def test_numbers_run_per_year_and_type_and_restart_each_year(store: Store) -> None:
    first = register.issue(store, "BB", minutes_key(1), "Họp giao ban tuần 48", date(2026, 11, 30))
    second = register.issue(store, "BB", minutes_key(2), "Họp giao ban tuần 49", date(2026, 12, 7))
    report = register.issue(
        store,
        "BC",
        report_key("all", None, date(2026, 11, 1), date(2026, 11, 30)),
        "Báo cáo tháng 11/2026",
        date(2026, 12, 1),
    )
    new_year = register.issue(store, "BB", minutes_key(3), "Họp đầu năm", date(2027, 1, 4))
    assert [(e.year, e.number) for e in (first, second, report, new_year)] == [
        (2026, 1),
        (2026, 2),
        (2026, 1),
        (2027, 1),
    ]
    assert not any(e.again for e in (first, second, report, new_year))
    assert number_text(second.number, second.type_code, "SKHCN") == "02/BB-SKHCN"
    assert number_text(12, "BC") == "12/BC"
    assert [e.number for e in register.entries(store, 2026, "BB")] == [1, 2]
    assert [e.type_code for e in register.entries(store, 2026)] == ["BB", "BC", "BB"]
    assert len(register.entries(store)) == 4
    assert register.years(store) == [2027, 2026]
    assert first.os_user and first.issued_at is not None


def test_issuing_the_same_record_again_keeps_its_number_and_date(store: Store) -> None:
    key = report_key("partner", 7, date(2026, 4, 1), date(2026, 4, 30))
    register.issue(
        store,
        "BC",
        report_key("all", None, date(2026, 4, 1), date(2026, 4, 30)),
        "Báo cáo chung",
        date(2026, 5, 4),
    )
    register.issue(store, "BC", key, "Báo cáo IBM", date(2026, 5, 5), "/tmp/a.pdf", "Đề nghị A")
    assert register.prospect(store, "BC", key, date(2026, 5, 20)) == register.Prospect(
        2, date(2026, 5, 5), True
    )
    again = register.issue(
        store, "BC", key, "Báo cáo hợp tác với IBM", date(2026, 5, 20), "/tmp/b.docx", "Đề nghị B"
    )
    assert again.again and (again.number, again.issued_on) == (2, date(2026, 5, 5))
    assert again.subject == "Báo cáo hợp tác với IBM" and again.file_path == "/tmp/b.docx"
    assert again.proposals == "Đề nghị B"
    kept = register.issue(store, "BC", key, "Báo cáo hợp tác với IBM", date(2026, 5, 21))
    assert kept.file_path == "/tmp/b.docx" and kept.proposals == "Đề nghị B"  # None: unchanged
    found = register.find(store, "BC", key)
    assert found is not None and found.number == 2 and found.again
    assert register.find(store, "BB", key) is None  # another type is another record
    assert register.prospect(store, "BC", "report:other", date(2026, 6, 1)) == register.Prospect(
        3, date(2026, 6, 1), False
    )
    assert len(register.entries(store)) == 2


def test_a_record_redated_into_another_year_takes_that_years_number(store: Store) -> None:
    register.issue(store, "BB", minutes_key(1), "Họp cuối năm", date(2026, 12, 30))
    register.issue(store, "BB", minutes_key(2), "Họp đầu năm", date(2027, 1, 5))
    same_year = register.issue(
        store, "BB", minutes_key(1), "Họp cuối năm", date(2026, 12, 31), redate=True
    )
    assert (same_year.number, same_year.issued_on) == (1, date(2026, 12, 31))
    moved = register.issue(
        store, "BB", minutes_key(1), "Họp cuối năm", date(2027, 1, 2), redate=True
    )
    assert (moved.year, moved.number, moved.issued_on) == (2027, 2, date(2027, 1, 2))


def test_hostile_input_years_and_control_characters(store: Store) -> None:
    low = register.issue(store, "bb\x00", "minutes:\x071", "\x00Họp\x1b năm 1", date(1, 1, 1))
    high = register.issue(store, "BC", "report:x", "Báo cáo\x00", date(9999, 12, 31))
    assert (low.type_code, low.record_key, low.year, low.number) == ("BB", "minutes:1", 1, 1)
    assert low.subject == "Họp năm 1" and high.subject == "Báo cáo"
    assert register.find(store, "BB", "minutes:1") is not None
    assert register.issue(store, "BB", "minutes:\x001", "Họp", date(1, 1, 1)).again
    assert [e.issued_on for e in register.entries(store)] == [date(1, 1, 1), date(9999, 12, 31)]
    with pytest.raises(ValueError):
        register.issue(store, "LCT", "schedule:1", "Lịch", date(2026, 1, 1))


def test_the_list_filters_sorts_and_pages(store: Store) -> None:
    for i, (code, day) in enumerate(
        [("BB", date(2026, 3, 2)), ("BC", date(2026, 1, 5)), ("BB", date(2025, 6, 1))]
    ):
        register.issue(store, code, f"minutes:{i}", f"Văn bản {i}", day)
    assert register.count_entries(store, RegisterFilter(2026)) == 2
    assert register.count_entries(store, RegisterFilter(type_code="BB")) == 2
    by_date = register.list_entries(store, RegisterFilter(), Sort("issued_on", True))
    assert [e.issued_on.year for e in by_date] == [2026, 2026, 2025]
    assert [
        e.subject for e in register.list_entries(store, sort=Sort("subject"), offset=1, limit=1)
    ] == ["Văn bản 1"]


def test_an_empty_register_counts_none(store: Store) -> None:
    """Unfiltered, the count once read "1 văn bản" over an empty list (a count of a
    select with no WHERE lost its FROM)."""
    assert register.count_entries(store) == 0
    assert register.count_entries(store, register.RegisterFilter(year=2026)) == 0
