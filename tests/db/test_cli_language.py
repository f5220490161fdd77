"""The command line speaks the user's language: Vietnamese unless ``--lang en`` (before or
after the sub-command), from the same translation file as the window, without widgets."""

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.queries.events import EventInput, save_event
from coordinator.db.queries.minutes import ActionInput, Owner, load_minutes, save_minutes
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.store import Store
from coordinator.domain.enums import PersonRole

ROOT = Path(__file__).resolve().parent.parent.parent
TS = ROOT / "resources" / "translations" / "coordinator_vi.ts"
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Thu//Thu//VI
BEGIN:VEVENT
UID:hop-so@example.vn
DTSTART:20130422T020000Z
DTEND:20130422T030000Z
SUMMARY:Họp giao ban Sở
END:VEVENT
BEGIN:VEVENT
UID:hong@example.vn
SUMMARY:Lịch hỏng
END:VEVENT
END:VCALENDAR
"""


def _office(tmp_path: Path) -> tuple[Path, int]:
    """A database of its own: a volunteer booked twice on Giỗ Tổ Hùng Vương (19/04/2013),
    a day before it, a Saturday visit, and minutes with an overdue action item."""
    db = tmp_path / "so.sqlite"
    store = Store.open(db)
    try:
        lan = save_person(store, PersonInput("Nguyễn Thị Lan", {PersonRole.VOLUNTEER}))

        def event(title: str, starts: datetime, ends: datetime, **kw: object) -> int:
            data = EventInput("meeting", title, starts, ends, participant_ids=[lan], **kw)  # type: ignore[arg-type]
            return save_event(store, data)

        event("Tư vấn chuyển đổi số", datetime(2013, 4, 18, 8), datetime(2013, 4, 18, 10))
        first = event("Làm việc với Sở", datetime(2013, 4, 19, 9), datetime(2013, 4, 19, 11))
        event(
            "Khảo sát doanh nghiệp",
            datetime(2013, 4, 19, 10),
            datetime(2013, 4, 19, 12),
            override_reason="Đã thống nhất với đoàn",
        )
        event("Thăm khu công nghiệp", datetime(2013, 4, 20, 8), datetime(2013, 4, 20, 10))
        minutes = load_minutes(store, first)
        assert minutes is not None
        minutes.actions = [ActionInput("Gửi kế hoạch", Owner("person", lan), date(2013, 4, 25))]
        save_minutes(store, minutes)
    finally:
        store.close()
    return db, first


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coordinator", *args],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)},
        timeout=120,
    )


def test_conflicts_names_the_holiday_in_vietnamese_and_in_english_with_lang_en(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = _office(tmp_path)
    assert main(["conflicts", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Ngày 19/04/2013 là ngày nghỉ lễ: Ngày Giỗ Tổ Hùng Vương." in out
    assert "Ngày 20/04/2013 là ngày nghỉ cuối tuần." in out
    assert "TRÙNG LỊCH  Nguyễn Thị Lan đã có lịch “Làm việc với Sở”" in out
    assert "18/04/2013 là ngày nghỉ" not in out
    assert out.rstrip().endswith("3 sự kiện, 2 trường hợp trùng lịch và 4 cảnh báo")

    for args in (["--lang", "en", "conflicts"], ["conflicts", "--lang", "en"]):
        assert main([*args, "--db", str(db)]) == 0
        out = capsys.readouterr().out
        assert "19/04/2013 is a public holiday: Hung Kings' Commemoration Day." in out
        assert "CONFLICT  Nguyễn Thị Lan is already booked for “Làm việc với Sở”" in out
        assert "Giỗ Tổ" not in out

    # JSON keeps its English keys and kinds; the messages inside follow the language.
    assert main(["conflicts", "--db", str(db), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    warnings = [w for f in found for w in f["warnings"] if w["kind"] == "holiday"]
    assert warnings and warnings[0]["day"] == "2013-04-19"
    assert "Giỗ Tổ Hùng Vương" in warnings[0]["message"]


def test_lang_after_the_sub_command_works_for_actions_minutes_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, event_id = _office(tmp_path)
    assert main(["actions", "--db", str(db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "OVERDUE Gửi kế hoạch — Nguyễn Thị Lan (Làm việc với Sở)" in out
    assert out.rstrip().endswith("1 items")
    assert main(["actions", "--db", str(db)]) == 0
    assert "QUÁ HẠN Gửi kế hoạch" in capsys.readouterr().out

    out_file = tmp_path / "minutes.docx"
    done = _run("minutes", "--db", str(db), "--event", str(event_id), "--out", str(out_file),
                "--lang", "en", home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{out_file}: minutes of “Làm việc với Sở” written"
    report = tmp_path / "report.xlsx"
    done = _run("report", "--db", str(db), "--from", "01/04/2013", "--to", "30/04/2013",
                "--out", str(report), "--lang", "en", home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "status report 01/04/2013–30/04/2013 written (everything:" in done.stdout
    done = _run("report", "--db", str(db), "--from", "01/04/2013", "--to", "30/04/2013",
                "--out", str(report), home=tmp_path)  # fmt: skip
    assert "đã ghi báo cáo tình hình 01/04/2013–30/04/2013 (toàn bộ:" in done.stdout


def test_errors_are_vietnamese_by_default_and_english_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong-co.sqlite"
    assert main(["check", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"coordinator: {missing}: không có tệp này; lệnh “coordinator init --db {missing}” "
        "tạo một cơ sở dữ liệu mới, trống\n"
    )
    assert main(["check", "--db", str(missing), "--lang", "en"]) == 1
    assert "no such file; “coordinator init --db" in capsys.readouterr().err

    # argparse's own complaints too, with their exit code 2.
    with pytest.raises(SystemExit) as stop:
        main(["conflicts", "--bogus"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: coordinator")
    assert "coordinator: lỗi: tham số không hợp lệ: --bogus" in err
    with pytest.raises(SystemExit):
        main(["conflicts", "--from", "32/01/2013"])
    assert "“32/01/2013” không phải là một ngày có thật trên lịch." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["minutes", "--lang", "en"])
    assert "error: the following arguments are required: --event, --out" in (
        capsys.readouterr().err
    )


WINDOWLESS = """
import sys
from coordinator.cli import main
codes = [main(a.split("|")) for a in sys.argv[1:]]
loaded = sorted(m for m in sys.modules if m.startswith(("coordinator.ui", "coordinator.app",
    "PySide6.QtWidgets", "PySide6.QtGui")))
print(codes, loaded)
"""


def test_headless_commands_load_no_widget(tmp_path: Path) -> None:
    db, _ = _office(tmp_path)
    ics = tmp_path / "lich.ics"
    ics.write_text(ICS, encoding="utf-8")
    new = tmp_path / "moi.sqlite"
    people = tmp_path / "nguoi.csv"
    people.write_text("Họ và tên;Email\nNguyễn Văn An;an@example.vn\n", encoding="utf-8")
    commands = [
        f"init|--db|{new}",
        f"check|--db|{db}",
        f"conflicts|--db|{db}",
        f"actions|--db|{db}",
        f"import|{ics}|--db|{new}",
        f"import|{people}|--db|{new}|--as|people",
        f"export|--db|{db}|--out|{tmp_path / 'ra.ics'}",
        f"backup|--db|{db}",
        f"check|--db|{tmp_path / 'khong-co.sqlite'}",
    ]
    done = subprocess.run(
        [sys.executable, "-c", WINDOWLESS, *commands],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[0, 0, 0, 0, 0, 0, 0, 0, 1] []"


def _english_words() -> set[str]:
    """Words of the English the command line may say, that its Vietnamese never uses."""
    english: set[str] = set()
    vietnamese: set[str] = set()
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") not in (
            "CommandLine",
            "Findings",
            "Application",
            "Labels",
            "Sheets",
        ):
            continue
        for message in context.iter("message"):
            english |= set(re.findall(r"[a-z]{4,}", (message.findtext("source") or "").lower()))
            vietnamese |= set(re.findall(r"\w+", (message.findtext("translation") or "").lower()))
    return english - vietnamese


def _words(text: str) -> set[str]:
    """The words said, without paths and dates, options, metavars and the codes typed
    after --sections."""
    text = re.sub(r"\S*/\S*|--\w+|\b[A-Z][A-Z.|/_]+\b|\b[a-z]+(?:,[a-z]+)+\b", " ", text)
    return set(re.findall(r"\w+", text.lower()))


def test_vietnamese_output_holds_no_english_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, event_id = _office(tmp_path)
    ics = tmp_path / "lich.ics"
    ics.write_text(ICS, encoding="utf-8")
    copy, new, demo = tmp_path / "ban-sao.sqlite", tmp_path / "moi.sqlite", tmp_path / "mau.sqlite"
    said: list[str] = []
    for args in (
        ["init", "--db", str(new)],
        ["init", "--db", str(new)],
        ["demo", "--db", str(demo)],
        ["demo", "--db", str(demo)],
        ["check", "--db", str(db)],
        ["backup", "--db", str(db), "--to", str(copy)],
        ["backup", "--db", str(db), "--to", str(db)],
        ["restore", "--db", str(new), "--from", str(copy)],
        ["import", str(ics), "--db", str(db)],
        ["import", str(TS), "--db", str(db)],
        ["export", "--db", str(db), "--out", str(tmp_path / "ra.ics"), "--person", "lan"],
        ["export", "--db", str(db), "--out", str(tmp_path / "ra.ics"), "--unit", "không có"],
        ["export", "--db", str(db), "--out", str(tmp_path / "ra.ics"), "--project", "KHÔNG"],
        ["conflicts", "--db", str(db)],
        ["conflicts", "--db", str(db), "--from", "20/04/2013", "--to", "19/04/2013"],
        ["actions", "--db", str(db)],
        ["actions", "--db", str(db), "--owner", "không có ai"],
        ["minutes", "--db", str(db), "--event", str(event_id), "--out", "x.txt"],
        ["minutes", "--db", str(db), "--event", "999", "--out", str(tmp_path / "x.pdf")],
        ["report", "--db", str(db), "--from", "01/04/2013", "--to", "30/04/2013", "--out", "x"],
        ["report", "--db", str(db), "--from", "30/04/2013", "--to", "01/04/2013", "--out", "x.pdf"],
        [
            "report",
            "--db",
            str(db),
            "--from",
            "01/04/2013",
            "--to",
            "30/04/2013",
            "--sections",
            "gossip",
            "--out",
            "x.pdf",
        ],  # fmt: skip
        ["check", "--db", str(tmp_path / "khong-co.sqlite")],
    ):
        main(args)
        captured = capsys.readouterr()
        said.append(captured.out + captured.err)
    done = _run("minutes", "--db", str(db), "--event", str(event_id),
                "--out", str(tmp_path / "bb.pdf"), home=tmp_path)  # fmt: skip
    said.append(done.stdout + done.stderr)
    english = _english_words()
    assert {"events", "added", "skipped", "conflicts", "warnings", "holiday"} <= english
    found = {i: sorted(_words(text) & english) for i, text in enumerate(said) if text}
    assert {i: w for i, w in found.items() if w} == {}
    assert len([t for t in said if t.strip()]) == len(said)

    # The help lists the sub-commands by their names; the rest is Vietnamese.
    for args in (["-h"], ["report", "-h"], ["schedule", "-h"], ["conflicts", "--bogus"]):
        with pytest.raises(SystemExit):
            main(args)
        captured = capsys.readouterr()
        names = {"coordinator", "init", "demo", "check", "backup", "restore", "import"}
        names |= {"export", "conflicts", "actions", "minutes", "report", "schedule", "json", "ics"}
        words = _words(captured.out + captured.err) - names
        assert sorted(words & english) == [], args
