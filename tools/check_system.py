"""What the system must have before `make` builds .venv and opens the window.

Without it, a fresh Debian or Ubuntu desktop fails deep inside `python3 -m venv`
(no ensurepip: Debian keeps it in python3-venv) or with Qt's misleading "could not
load the Qt platform plugin xcb". This says instead which packages are missing, in
one `apt-get install` line, and exits 1; it prints nothing when all is there.

It runs with the system's Python before .venv exists, perhaps an old one, so it
uses the standard library only and the syntax of Python 3.7.

    python3 tools/check_system.py --venv      before `python3 -m venv`
    python3 tools/check_system.py --window    before the window opens (`make run`)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping

NEEDED_PYTHON = (3, 11)

# The shared libraries that Qt's xcb platform plugin and the Qt libraries under it
# load (PySide6 6.11's wheels bundle the Qt libraries and ICU, not these), and the
# Debian/Ubuntu package that ships each.
WINDOW_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def shows_window(environ: Mapping[str, str], platform: str) -> bool:
    """Whether `make run` will open the window through Qt's xcb plugin on this desktop."""
    if not platform.startswith("linux"):
        return False
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return not chosen or "xcb" in chosen  # a Wayland session falls back to xcb


def missing_libraries(found: Iterable[str]) -> list[str]:
    """The packages of the window's libraries that are not among ``found`` (their file
    names, as ``ldconfig -p`` lists them), each package once, in the table's order."""
    have = set(found)
    packages: list[str] = []
    for library, package in WINDOW_LIBRARIES.items():
        if library not in have and package not in packages:
            packages.append(package)
    return packages


def venv_package(version: tuple[int, int]) -> str:
    """Debian's package with ensurepip for this Python (what `python3 -m venv` lacks)."""
    return f"python{version[0]}.{version[1]}-venv"


def install_line(packages: Iterable[str], as_root: bool) -> str:
    return ("" if as_root else "sudo ") + "apt-get install " + " ".join(packages)


def report(
    version: tuple[int, int],
    has_ensurepip: bool | None,
    missing: list[str],
    has_apt: bool,
    as_root: bool,
) -> list[str]:
    """What to tell the person: nothing when all is there. ``has_ensurepip`` is None
    when the venv is not about to be made."""
    if version < NEEDED_PYTHON:
        need = ".".join(map(str, NEEDED_PYTHON))
        return [
            f"Coordinator needs Python {need} or newer; this one is {version[0]}.{version[1]}.",
            f"Install a newer one and name it to make, e.g. make run PYTHON=python{need}",
        ]
    packages = []
    lines = []
    if has_ensurepip is False:
        packages.append(venv_package(version))
        lines.append("python3 -m venv cannot install pip here: ensurepip is missing.")
    if missing:
        packages += missing
        lines.append("Qt cannot open the window here: system libraries are missing.")
    if not packages:
        return []
    if has_apt:
        lines += ["Install them with:", "  " + install_line(packages, as_root)]
    else:
        lines.append("Install your system's packages of: " + ", ".join(packages))
    return lines


def ldconfig_libraries() -> set[str] | None:
    """The file names of the shared libraries the system's loader knows; None if unknown."""
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        if shutil.which(ldconfig) is None and not os.path.exists(ldconfig):
            continue
        try:
            out = subprocess.run(
                [ldconfig, "-p"], capture_output=True, text=True, check=True
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
        names = {line.split(" (", 1)[0].strip() for line in out.splitlines()[1:]}
        return names or None
    return None


def has_ensurepip() -> bool:
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", action="store_true", help="check that .venv can be made")
    parser.add_argument("--window", action="store_true", help="check what the window needs")
    args = parser.parse_args(argv)
    missing: list[str] = []
    if args.window and shows_window(os.environ, sys.platform):
        found = ldconfig_libraries()
        if found is not None:  # no loader cache to read: let Qt say it
            missing = missing_libraries(found)
    lines = report(
        (sys.version_info[0], sys.version_info[1]),
        has_ensurepip() if args.venv else None,
        missing,
        shutil.which("apt-get") is not None,
        hasattr(os, "geteuid") and os.geteuid() == 0,
    )
    for line in lines:
        print(line, file=sys.stderr)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
