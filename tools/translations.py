"""Work on a Qt Linguist .ts file without Linguist: list what is unfinished, or set
translations from the command line. The .ts file is the one source of translations;
lupdate keeps what is in it, and this script changes only the messages it is given.

    python tools/translations.py check resources/translations/coordinator_vi.ts
    python tools/translations.py set resources/translations/coordinator_vi.ts \\
        "Back up now" "Sao lưu ngay" [--context MainWindow]
    python tools/translations.py set FILE.ts --pairs new.tsv   # context<TAB>source<TAB>text

`check` exits 1 when a string is unfinished, so `make translations` and the test say
which ones to translate; `set` refuses a source the file does not hold (run
`make translations` first, so lupdate adds it) and a translation whose %1 placeholders
differ from its source's.
"""

import argparse
import csv
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _parse(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def unfinished(path: Path) -> list[tuple[str, str]]:
    out = []
    for context in _parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                out.append((name, message.findtext("source") or ""))
    return out


def set_translations(path: Path, pairs: list[tuple[str | None, str, str]]) -> list[str]:
    """Set each (context or None for every context, source, text); returns the problems."""
    tree = _parse(path)
    problems: list[str] = []
    for context_name, source, text in pairs:
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
            continue
        found = False
        for context in tree.getroot().iter("context"):
            if context_name is not None and context.findtext("name") != context_name:
                continue
            for message in context.iter("message"):
                if message.findtext("source") != source:
                    continue
                found = True
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = text
        if not found:
            where = f" in context {context_name}" if context_name else ""
            problems.append(f"no such source{where} (run `make translations` first): {source!r}")
    if not problems:
        _write(tree, path)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="list the unfinished strings; exit 1 if any")
    check.add_argument("ts", type=Path)
    put = commands.add_parser("set", help="set translations; nothing is written on a problem")
    put.add_argument("ts", type=Path)
    put.add_argument("source", nargs="?")
    put.add_argument("text", nargs="?")
    put.add_argument("--context", help="only this context (default: every context)")
    put.add_argument("--pairs", type=Path, help="a TSV file: context (may be empty), source, text")
    args = parser.parse_args(argv)

    if args.command == "check":
        missing = unfinished(args.ts)
        for context, source in missing:
            print(f"unfinished: {context}: {source}")
        return 1 if missing else 0

    pairs: list[tuple[str | None, str, str]] = []
    if args.pairs:
        with args.pairs.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t"):
                if len(row) != 3:
                    print(f"not three tab-separated fields: {row!r}", file=sys.stderr)
                    return 2
                pairs.append((row[0] or None, row[1], row[2]))
    if args.source is not None:
        if args.text is None:
            parser.error("set needs SOURCE and TEXT")
        pairs.append((args.context, args.source, args.text))
    problems = set_translations(args.ts, pairs)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
