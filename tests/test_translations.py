"""The Vietnamese translation is complete, current with the code, and compiled."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append(
                (context.findtext("name") or "", message.findtext("source") or "", translation)
            )
    return out


@pytest.mark.parametrize("name", ["coordinator_vi.ts", "qtbase_vi.ts"])
def test_every_string_is_translated_with_its_placeholders(name: str) -> None:
    for context, source, translation in messages(TRANSLATIONS / name):
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            context,
            source,
        )
        forms = list(translation.iter("numerusform"))
        text = "".join(f.text or "" for f in forms) if forms else translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


def _lupdate(ts: Path) -> None:
    """What `make translations` runs on the .ts file."""
    sources = [str(p) for p in (ROOT / "coordinator").rglob("*.py")]
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )


def _texts(ts: Path) -> list[tuple[str, str, str | None, str]]:
    return [(c, s, t.get("type"), "".join(t.itertext())) for c, s, t in messages(ts)]


def test_the_ts_file_holds_every_string_of_the_code_and_no_other(tmp_path: Path) -> None:
    copy = tmp_path / "coordinator_vi.ts"
    shutil.copy(TRANSLATIONS / "coordinator_vi.ts", copy)
    _lupdate(copy)
    missing = [(c, s) for c, s, t in messages(copy) if t.get("type") == "unfinished"]
    assert missing == [], (
        "run `make translations` and translate the new strings (Qt Linguist, or "
        "tools/translations.py set)"
    )
    assert _texts(copy) == _texts(TRANSLATIONS / "coordinator_vi.ts"), (
        "the .ts file is not current with the code: run `make translations`"
    )


def test_a_translators_edit_survives_make_translations(tmp_path: Path) -> None:
    """The .ts file is the source: lupdate keeps what a translator wrote in Linguist
    (here through tools/translations.py), nothing writes over it."""
    copy = tmp_path / "coordinator_vi.ts"
    shutil.copy(TRANSLATIONS / "coordinator_vi.ts", copy)
    context, source, _ = next(m for m in messages(copy) if m[1] == "Partners")
    tool = [sys.executable, str(ROOT / "tools" / "translations.py")]
    done = subprocess.run(
        [*tool, "set", str(copy), source, "Các đối tác", "--context", context],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    _lupdate(copy)
    kept = [t.text for c, s, t in messages(copy) if (c, s) == (context, source)]
    assert kept == ["Các đối tác"]
    assert subprocess.run([*tool, "check", str(copy)], capture_output=True).returncode == 0


def test_the_translation_tool_refuses_what_would_break_the_file(tmp_path: Path) -> None:
    copy = tmp_path / "coordinator_vi.ts"
    shutil.copy(TRANSLATIONS / "coordinator_vi.ts", copy)
    before = copy.read_bytes()
    tool = [sys.executable, str(ROOT / "tools" / "translations.py"), "set", str(copy)]
    lost = subprocess.run(
        [*tool, "Backup saved to %1", "Đã lưu bản sao lưu"], capture_output=True, text=True
    )
    assert lost.returncode == 1 and "placeholders differ" in lost.stderr
    unknown = subprocess.run([*tool, "No such string", "Không có"], capture_output=True, text=True)
    assert unknown.returncode == 1 and "no such source" in unknown.stderr
    assert copy.read_bytes() == before  # nothing written on a problem
    copy.write_text(
        before.decode().replace(
            "<translation>Đối tác</translation>", '<translation type="unfinished" />', 1
        )
    )
    check = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check", str(copy)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 1 and "unfinished:" in check.stdout


@pytest.mark.parametrize("name", ["coordinator_vi", "qtbase_vi"])
def test_the_compiled_qm_matches_its_source(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TRANSLATIONS / f"{name}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes()
