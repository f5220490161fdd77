"""`coordinator report`: the headless status report, in Vietnamese by default."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.cli import main
from tests.reports.conftest import MARKUP_NAME, Known


def _report(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # In a process of its own: the command installs the Vietnamese translation.
    return subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(db), "report", *args],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(db.parent)},
        timeout=120,
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_report_pdf_in_vietnamese(known: Known, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.pdf"
    result = _report(
        known.store.path, "--from", "01/06/2026", "--to", "30/06/2026", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "đã ghi báo cáo tình hình 01/06/2026–30/06/2026" in result.stdout
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "UBND TỈNH BÌNH DƯƠNG",
        "BÁO CÁO",
        "Tình hình hợp tác với các đối tác tháng 6/2026",
        "I. KẾT QUẢ THỰC HIỆN",
        "so với tháng 5/2026",
        "Bảng 1. Số liệu tổng hợp tháng 6/2026 so với tháng 5/2026",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 7/2026",
        "PHỤ LỤC: SỐ LIỆU CHI TIẾT",
        "Thỏa thuận hợp tác đang có hiệu lực",
        "Hình 1. Dự án theo trạng thái",
        "TÌNH HÌNH THEO TỪNG ĐỐI TÁC",
        f"1. {MARKUP_NAME}",
        "Thống nhất lộ trình",
        "Số:",
        "/BC",
        "Độc lập - Tự do - Hạnh phúc",
        "Nơi nhận:",
        "- Lưu: VT.",
    ):
        assert expected in text, expected


def test_report_for_one_partner_as_excel(known: Known, tmp_path: Path) -> None:
    out = tmp_path / "doi-tac.xlsx"
    result = _report(
        known.store.path,
        *("--from", "01/06/2026", "--to", "30/06/2026", "--partner", "thanh pho doi tac"),
        *("--sections", "summary,overdue", "--out", str(out)),
    )
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["Tổng hợp số liệu", "Nhiệm vụ quá hạn"]
    sheet = book["Nhiệm vụ quá hạn"]
    assert sheet["A3"].value == "Phạm vi: đối tác Thành phố Đối tác"
    assert [r[0] for r in sheet.iter_rows(min_row=7, values_only=True)] == ["Cam kết C1"]


def test_report_refuses_with_one_line(
    known: Known, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(known.store.path)
    base = ["report", "--db", db, "--from", "01/06/2026", "--to", "30/06/2026", "--lang", "en"]
    for extra, message in (
        (["--out", str(tmp_path / "x.txt")], "must end in .pdf, .docx or .xlsx"),
        (["--partner", "không có", "--out", str(tmp_path / "x.pdf")], "no partner named"),
        (["--project", "NOPE", "--out", str(tmp_path / "x.pdf")], "no project with code"),
        (["--sections", "summary,gossip", "--out", str(tmp_path / "x.pdf")], "unknown sections"),
    ):
        assert main(base + extra) == 1
        assert message in capsys.readouterr().err
    assert (
        main(["report", "--db", db, "--from", "30/06/2026", "--to", "01/06/2026", "--out", "x.pdf"])
        == 1
    )
    assert "ngày cuối của kỳ phải từ ngày đầu trở đi" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))
