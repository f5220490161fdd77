"""The headless commands' files and output: a document that cannot be written is said so
(in the user's language, naming the folder), never claimed; a closed pipe ends quietly;
dates are read and refused as the window does; the same calendar twice changes nothing."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.text.errors import write_error_text
from coordinator.text.translations import speaking
from tests.db.test_cli_language import ICS, _office, _run

DOCUMENTS = [("minutes", ".pdf"), ("minutes", ".docx")] + [
    ("report", e) for e in (".pdf", ".docx", ".xlsx")
]


def _document(command: str, db: Path, event_id: int, out: Path, *more: str) -> list[str]:
    if command == "minutes":
        return ["minutes", "--db", str(db), "--event", str(event_id), "--out", str(out), *more]
    return ["report", "--db", str(db), "--from", "01/04/2013", "--to", "30/04/2013"] + [
        "--out",
        str(out),
        *more,
    ]


@pytest.mark.parametrize(("command", "ending"), DOCUMENTS)
def test_a_document_into_a_missing_folder_is_refused_in_words_and_never_claimed(
    tmp_path: Path, command: str, ending: str
) -> None:
    db, event_id = _office(tmp_path)
    folder = tmp_path / "khong-co" / "thu-muc"
    out = folder / f"x{ending}"
    done = _run(*_document(command, db, event_id, out), home=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"coordinator: Không ghi được tệp {out}: thư mục {folder} không tồn tại\n"
    ), done.stderr
    assert not folder.parent.exists()
    english = _run(*_document(command, db, event_id, out, "--lang", "en"), home=tmp_path)
    assert english.returncode == 1
    assert english.stderr == (
        f"coordinator: Could not write the file {out}: the folder {folder} does not exist\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
@pytest.mark.parametrize(("command", "ending"), DOCUMENTS)
def test_a_document_into_a_read_only_folder_leaves_nothing(
    tmp_path: Path, command: str, ending: str
) -> None:
    db, event_id = _office(tmp_path)
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    folder.chmod(0o555)
    out = folder / f"x{ending}"
    try:
        done = _run(*_document(command, db, event_id, out), home=tmp_path)
    finally:
        folder.chmod(0o755)
    assert (done.returncode, done.stdout) == (1, "")
    assert f"không có quyền ghi vào thư mục {folder}" in done.stderr
    assert "Traceback" not in done.stderr and list(folder.iterdir()) == []


def test_a_document_whose_writer_fails_leaves_no_half_file(tmp_path: Path) -> None:
    """Read-only and full disks, as root can't be refused: the writer raises midway."""
    from coordinator.reports.common import write_whole

    out = tmp_path / "x.docx"

    def full(target: Path) -> None:
        target.write_bytes(b"PK half")
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    with pytest.raises(OSError):
        write_whole(out, full)
    with pytest.raises(OSError):  # a writer that only warns and writes nothing (Qt's)
        write_whole(out, lambda target: None)
    assert list(tmp_path.iterdir()) == []


def test_why_a_file_was_not_written_is_said_in_vietnamese_naming_the_folder() -> None:
    out = Path("/srv/so/bao-cao.pdf")
    with speaking("vi"):
        said = {
            code: write_error_text(out, OSError(code, os.strerror(code), str(out)))
            for code in (errno.ENOENT, errno.EACCES, errno.EROFS, errno.ENOSPC, errno.EIO)
        }
    assert said[errno.ENOENT] == f"Không ghi được tệp {out}: thư mục /srv/so không tồn tại"
    assert said[errno.EACCES] == f"Không ghi được tệp {out}: không có quyền ghi vào thư mục /srv/so"
    assert said[errno.EROFS] == said[errno.EACCES]
    assert said[errno.ENOSPC] == f"Không ghi được tệp {out}: ổ đĩa đã đầy"
    # No sentence of ours for it: the system's words, in brackets after ours.
    assert said[errno.EIO] == f"Không ghi được tệp {out} ({os.strerror(errno.EIO)})"


def test_export_into_a_missing_folder_says_so_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = _office(tmp_path)
    out = tmp_path / "khong-co" / "lich.ics"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"coordinator: Không ghi được tệp {out}: thư mục {out.parent} không tồn tại\n"
    )


def test_help_names_its_values_in_vietnamese(tmp_path: Path) -> None:
    report = _run("report", "-h", home=tmp_path).stdout
    for english in ("PARTNER", "PROGRAMME", "PROJECT", "UNIT", "DD/MM/YYYY", "FILE"):
        assert english not in report, english
    assert "--partner ĐỐI_TÁC" in report and "--from NN/TT/NNNN" in report
    conflicts = _run("conflicts", "-h", home=tmp_path).stdout
    assert "--from NN/TT/NNNN" in conflicts and "DD/MM/YYYY" not in conflicts
    english = _run("report", "-h", "--lang", "en", home=tmp_path).stdout
    assert "--partner PARTNER" in english and "--from DD/MM/YYYY" in english


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``coordinator actions --json | head -1``: the reader is gone before the output."""
    db, _ = _office(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "coordinator", "actions", "--db", str(db), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command has written a byte
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 1
    assert err == ""


def test_dates_are_read_and_refused_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = _office(tmp_path)
    with pytest.raises(SystemExit):  # argparse's exit 2, in the date field's words
        main(["conflicts", "--db", str(db), "--from", "31/02/2013"])
    err = capsys.readouterr().err
    assert "“31/02/2013” không phải là một ngày có thật trên lịch." in err
    with pytest.raises(SystemExit):
        main(["conflicts", "--db", str(db), "--from", "01/01/0001"])
    assert "năm phải nằm trong khoảng từ 1900 đến 2200" in capsys.readouterr().err
    # What the field takes, the command takes: 5/4/13 is 05/04/2013.
    assert main(["conflicts", "--db", str(db), "--from", "5/4/13", "--to", "30/4/13"]) == 0


def test_the_same_calendar_twice_changes_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = _office(tmp_path)
    ics = tmp_path / "lich.ics"
    ics.write_text(ICS, encoding="utf-8")
    assert main(["import", "--db", str(db), str(ics)]) == 0
    assert "thêm 1 sự kiện, cập nhật 0, 0 không đổi" in capsys.readouterr().out
    assert main(["import", "--db", str(db), str(ics)]) == 0
    assert "thêm 0 sự kiện, cập nhật 0, 1 không đổi" in capsys.readouterr().out
    ics.write_text(ICS.replace("Họp giao ban Sở", "Họp giao ban Sở (dời)"), encoding="utf-8")
    assert main(["import", "--db", str(db), str(ics)]) == 0
    assert "thêm 0 sự kiện, cập nhật 1, 0 không đổi" in capsys.readouterr().out
