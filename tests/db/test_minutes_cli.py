"""`coordinator actions` and `coordinator minutes`, and the files the latter writes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from coordinator.cli import main
from coordinator.db import models as m
from coordinator.db.store import Store
from tests.clock import fix_today

WORKSHOP = "Hội thảo Các xu hướng Công nghệ thông tin"
TRAINING = "Lập kế hoạch tập huấn ứng dụng CNTT cho doanh nghiệp"


def _demo(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    store = Store.open(db)
    with store.session() as s:
        event_id = s.scalars(
            select(m.Minutes.event_id)
            .join(m.Event, m.Event.id == m.Minutes.event_id)
            .where(m.Event.title == WORKSHOP)
        ).one()
    store.close()
    return db, event_id


def _minutes(db: Path, event_id: int, out: Path) -> subprocess.CompletedProcess[str]:
    # In a process of its own: the command installs the Vietnamese translation.
    return subprocess.run(
        [sys.executable, "-m", "coordinator", "minutes", "--db", str(db)]
        + ["--event", str(event_id), "--out", str(out)],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(db.parent)},
        timeout=120,
    )


def test_actions_lists_open_and_overdue_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch)
    db, _ = _demo(tmp_path)
    capsys.readouterr()
    assert main(["actions", "--db", str(db), "--json"]) == 0
    everything = json.loads(capsys.readouterr().out)
    items = [i for i in everything if i["source"] != "agreement_ending"]
    assert {i["source"] for i in items} == {"action", "commitment"}
    assert all(i["status"] in ("open", "in_progress") for i in items)
    dues = [i["due"] for i in items if i["due"]]
    assert dues == sorted(dues)
    assert main(["actions", "--db", str(db), "--overdue", "--owner", "do thanh tung"]) == 0
    out = capsys.readouterr().out
    assert "Gửi bộ chỉ số trung tâm điều hành thông minh cho Tây Ninh" in out
    assert out.rstrip().endswith("2 mục")
    assert main(["actions", "--db", str(db), "--owner", "nobody at all"]) == 1
    assert "không có người hoặc đơn vị thực hiện nào tên" in capsys.readouterr().err


def test_actions_names_the_agreement_ending_within_the_alert_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch)  # 30/11/2026: the demo has an agreement ending 31/12/2026
    db, _ = _demo(tmp_path)
    capsys.readouterr()
    assert main(["actions", "--db", str(db), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    ending = [i for i in items if i["source"] == "agreement_ending"]
    assert len(ending) == 1
    assert (ending[0]["ends"], ending[0]["due"], ending[0]["days_left"]) == (
        "2026-12-31",
        "2026-12-31",
        31,
    )
    assert ending[0]["text"] == (
        "Kế hoạch hợp tác triển khai Bình Dương Navigator giai đoạn 2024–2026"
    )
    assert "Thành phố Eindhoven" in ending[0]["parties"]
    dues = [i["due"] for i in items if i["due"]]
    assert dues == sorted(dues)
    assert main(["actions", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "THỎA THUẬN HẾT HẠN 31/12/2026 (còn 31 ngày)" in out
    assert "1 thỏa thuận hợp tác hết hạn trong vòng 90 ngày" in out
    # Not overdue, and nobody's item.
    assert main(["actions", "--db", str(db), "--overdue"]) == 0
    assert "HẾT HẠN" not in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_minutes_pdf_has_the_vietnamese_record_with_fonts_embedded(tmp_path: Path) -> None:
    db, event_id = _demo(tmp_path)
    out = tmp_path / "bien-ban.pdf"
    result = _minutes(db, event_id, out)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
        "Độc lập - Tự do - Hạnh phúc",
        "Số:",
        "/BB",
        "ngày 24 tháng 4 năm 2013",
        "Cuộc họp kết thúc vào 16 giờ 30 phút cùng ngày",
        "./.",
        "Nơi nhận:",
        "- Lưu: VT.",
        "SỞ THÔNG TIN VÀ",
        "BIÊN BẢN",
        WORKSHOP,
        "Thành lập nhóm chia sẻ kinh nghiệm CNTT giữa các hội viên.",
        "Lập kế hoạch",  # table cells wrap: the start of the action item
        "28/06/2013",
        "CHỦ TRÌ",
    ):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows)  # every font embedded


def test_minutes_docx_reads_back(tmp_path: Path) -> None:
    db, event_id = _demo(tmp_path)
    out = tmp_path / "bien-ban.docx"
    result = _minutes(db, event_id, out)
    assert result.returncode == 0, result.stderr
    word = Document(str(out))
    paragraphs = [p.text for p in word.paragraphs]
    assert "BIÊN BẢN" in paragraphs
    assert (
        "2. Hội phối hợp với Sở TT&TT tổ chức tập huấn ứng dụng CNTT cho doanh nghiệp."
        in paragraphs
    )
    assert "Hội thảo Các xu hướng Công nghệ thông tin" in paragraphs  # the kind said once
    header = word.tables[0].cell(0, 1).text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header
    actions = word.tables[1]
    assert all(row._tr.trPr.xpath("./w:cantSplit") for row in actions.rows)
    assert actions.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert [c.text for c in actions.rows[0].cells] == [
        "TT",
        "Nhiệm vụ",
        "Người/đơn vị thực hiện",
        "Hạn",
        "Trạng thái",
    ]
    assert actions.rows[2].cells[1].text == TRAINING
    assert actions.rows[2].cells[3].text == "28/06/2013"


def test_minutes_refuses_other_file_types_and_unknown_events(tmp_path: Path) -> None:
    db, _ = _demo(tmp_path)
    bad = _minutes(db, 1, tmp_path / "x.txt")
    assert bad.returncode == 1 and "phải có đuôi .pdf hoặc .docx" in bad.stderr
    missing = _minutes(db, 99999, tmp_path / "x.pdf")
    assert missing.returncode == 1 and "không có sự kiện nào mang mã số 99999" in missing.stderr


def test_minutes_docx_writes_text_an_older_version_stored_with_control_characters(
    tmp_path: Path,
) -> None:
    db, event_id = _demo(tmp_path)
    store = Store.open(db)
    with store.engine.begin() as c:  # straight into the file, past the store's cleaning
        c.exec_driver_sql(
            "UPDATE event SET title = title || char(0) || ' x' WHERE id = ?", (event_id,)
        )
        c.exec_driver_sql("DELETE FROM setting WHERE key = 'department'")
        c.exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES ('department', 'Sở' || char(7) || ' TT&TT')"
        )
        c.exec_driver_sql(
            "UPDATE minutes SET summary = 'Tóm' || char(27) || 'tắt' WHERE event_id = ?",
            (event_id,),
        )
    store.close()
    out = tmp_path / "bien-ban.docx"
    result = _minutes(db, event_id, out)
    assert result.returncode == 0, result.stderr
    word = Document(str(out))
    paragraphs = [p.text for p in word.paragraphs]
    assert "Tómtắt" in paragraphs
    assert any(p.endswith(f"{WORKSHOP} x") for p in paragraphs)
    assert "SỞ TT&TT" in word.tables[0].cell(0, 0).text.upper()
