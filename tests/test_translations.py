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


def test_the_ts_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "coordinator_vi.ts"
    shutil.copy(TRANSLATIONS / "coordinator_vi.ts", copy)
    sources = [str(p) for p in (ROOT / "coordinator").rglob("*.py")]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    missing = [(c, s) for c, s, t in messages(copy) if t.get("type") == "unfinished"]
    assert missing == [], "run `make translations` and add the new strings to the glossary"


@pytest.mark.parametrize("name", ["coordinator_vi", "qtbase_vi"])
def test_the_compiled_qm_matches_its_source(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TRANSLATIONS / f"{name}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes()
