"""``coordinator import FILE --as …``: a plan, one transaction, counts, and clear refusals."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from coordinator.cli import main
from coordinator.db.store import Store
from tests.reliability.test_crash import kill_when


def book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["DANH SÁCH ĐỐI TÁC"])
    ws.append([])
    ws.append(["STT", "Tên đơn vị", "Tên viết tắt", "Loại hình", "Điện thoại", "Email", "Số fax"])
    ws.append([1, "Sở Thông tin và Truyền thông", "Sở TT&TT", "Cơ quan nhà nước", "0274 3822 123",
               "stttt@binhduong.gov.vn", "0274 111"])  # fmt: skip
    ws.append([2, "So Thong tin va Truyen thong"])
    ws.append([3, "Trường Đại học Thủ Dầu Một", "TDMU", "Học thuật", "02743844670", "tdm@"])
    wb.save(path)
    return path


def partners(db: Path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT name, notes FROM organization WHERE deleted_at IS NULL ORDER BY name"
        ).fetchall()


@pytest.fixture
def db(store: Store) -> Path:
    path = store.path
    store.close()
    return path


def test_a_bad_row_stops_the_import_unless_skipped(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = book(tmp_path / "doi-tac.xlsx")
    assert main(["import", str(path), "--db", str(db), "--as", "partners"]) == 1
    err = capsys.readouterr().err
    assert "1 dòng không đọc được nên chưa ghi gì" in err
    assert "Dòng 6, cột F (Email) “tdm@”: không phải là địa chỉ thư điện tử" in err
    assert "Traceback" not in err and partners(db) == []
    # A dry run says what would happen; as the real run would refuse the file, exit 1.
    assert main(["import", str(path), "--db", str(db), "--as", "partners", "--dry-run"]) == 1
    assert "thêm 1, gộp 1, đã có 0, bỏ qua 1" in capsys.readouterr().err
    dry = ["import", str(path), "--db", str(db), "--as", "partners", "--dry-run", "--skip-bad"]
    assert main(dry) == 0
    assert "(chạy thử, chưa ghi gì)" in capsys.readouterr().out
    assert partners(db) == []
    args = ["import", str(path), "--db", str(db), "--as", "partners", "--skip-bad"]
    assert main([*args, "--map", "Số fax=notes"]) == 0
    out = capsys.readouterr().out
    assert "đã thêm 1, đã gộp 0, đã có 1, bỏ qua 1" in out
    assert "bỏ qua: Dòng 6" in out
    assert partners(db) == [("Sở Thông tin và Truyền thông", "0274 111")]
    # The same file again adds nothing.
    assert main([*args, "--lang", "en"]) == 0
    assert "0 added, 0 merged, 2 already there, 1 skipped" in capsys.readouterr().out
    assert len(partners(db)) == 1


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ([], "--as"),
        (["--as", "people", "--map", "Fax=phone"], "không có cột nào có tiêu đề đó"),
        (["--as", "people", "--map", "Tên đơn vị=shoe"], "không có trường"),
        (["--as", "partners", "--sheet", "Sheet9"], "không có trang tính nào tên “Sheet9”"),
    ],
)
def test_mistakes_are_one_clear_message(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], words: str
) -> None:
    path = book(tmp_path / "doi-tac.xlsx")
    assert main(["import", str(path), "--db", str(db), *extra]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert partners(db) == []


def test_files_that_are_not_lists_are_refused_in_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "anh.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    locked = tmp_path / "mat-khau.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"))
    for path, words in [(picture, "không phải là sổ tính Excel"), (locked, "mật khẩu")]:
        assert main(["import", str(path), "--db", str(db), "--as", "people"]) == 1
        err = capsys.readouterr().err
        assert words in err and err.count("\n") == 1


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_an_import_killed_half_way_leaves_nothing(db: Path, tmp_path: Path) -> None:
    rows = "".join(f"Người số {i};nguoi{i}@example.vn;09{i:08d}\n" for i in range(40_000))
    source = tmp_path / "nguoi.csv"
    source.write_text("Họ và tên;Email;Điện thoại\n" + rows, encoding="utf-8-sig")
    run = "import sys; from coordinator.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", run, "import", str(source), "--db", str(db), "--as", "people"]
    proc = subprocess.Popen(command)
    wal = db.with_name(db.name + "-wal")
    assert kill_when(proc, lambda: wal.exists() and wal.stat().st_size > 512 * 1024)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)


def test_a_first_sheet_of_instructions_points_to_sheet(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = openpyxl.Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = "Hướng dẫn"
    guide.append(["Điền mỗi đơn vị một dòng ở trang sau."])
    wb.create_sheet("Danh sách").append(["Tên đơn vị", "Email"])
    wb["Danh sách"].append(["Tập đoàn IBM", "csc@ibm.com"])
    path = tmp_path / "mau.xlsx"
    wb.save(path)
    assert main(["import", str(path), "--db", str(db), "--as", "partners"]) == 1
    err = capsys.readouterr().err
    assert "trang tính “Hướng dẫn” không có dòng nào dưới dòng tiêu đề" in err
    assert (
        "hãy chọn trang tính bằng --sheet (các trang tính của sổ: “Hướng dẫn”, “Danh sách”)" in err
    )
    guide.append(["STT", "Nội dung"])  # a table of its own, without a name column
    wb.save(path)
    assert main(["import", str(path), "--db", str(db), "--as", "partners"]) == 1
    err = capsys.readouterr().err
    assert "trang tính “Hướng dẫn” không có cột Tên đơn vị; hãy chọn trang tính bằng --sheet" in err
    args = ["import", str(path), "--db", str(db), "--as", "partners", "--sheet", "danh sach"]
    assert main(args) == 0
    assert partners(db) == [("Tập đoàn IBM", None)]
