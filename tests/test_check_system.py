"""`make run` on a fresh desktop says which system packages are missing, in one apt-get line."""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import check_system  # noqa: E402

EVERY_LIBRARY = set(check_system.WINDOW_LIBRARIES)
DESKTOP = {"DISPLAY": ":0"}


def test_a_desktop_with_every_library_needs_nothing() -> None:
    assert check_system.missing_libraries(EVERY_LIBRARY | {"libc.so.6"}) == []
    assert check_system.report((3, 11), True, [], has_apt=True, as_root=False) == []


def test_the_missing_libraries_become_their_packages_in_one_install_line() -> None:
    found = EVERY_LIBRARY - {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libglib-2.0.so.0"}
    missing = check_system.missing_libraries(found)
    assert missing == ["libxcb-cursor0", "libxcb-icccm4", "libglib2.0-0"]
    lines = check_system.report((3, 11), None, missing, has_apt=True, as_root=False)
    assert lines[-1] == "  sudo apt-get install libxcb-cursor0 libxcb-icccm4 libglib2.0-0"
    assert "could not load" not in " ".join(lines)


def test_debian_without_its_venv_package_is_told_with_the_libraries() -> None:
    missing = check_system.missing_libraries(EVERY_LIBRARY - {"libxkbcommon-x11.so.0"})
    lines = check_system.report((3, 12), False, missing, has_apt=True, as_root=True)
    assert lines[-1] == "  apt-get install python3.12-venv libxkbcommon-x11-0"  # root: no sudo
    assert any("ensurepip" in line for line in lines)


def test_a_system_without_apt_gets_the_package_names() -> None:
    lines = check_system.report((3, 11), False, [], has_apt=False, as_root=False)
    assert lines[-1].endswith("python3.11-venv") and "apt-get" not in " ".join(lines)


def test_a_python_too_old_is_said_before_anything_else() -> None:
    lines = check_system.report((3, 10), False, ["libxcb-cursor0"], has_apt=True, as_root=False)
    assert "3.11 or newer" in lines[0] and "3.10" in lines[0]
    assert not any("apt-get" in line for line in lines)


def test_libraries_are_checked_only_when_qt_will_open_a_window_through_xcb() -> None:
    assert check_system.shows_window(DESKTOP, "linux")
    assert check_system.shows_window({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert check_system.shows_window({**DESKTOP, "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not check_system.shows_window({}, "linux")  # CI: no display
    assert not check_system.shows_window({**DESKTOP, "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not check_system.shows_window(DESKTOP, "darwin")
    assert not check_system.shows_window(DESKTOP, "win32")


def test_without_a_display_the_checker_passes_quietly() -> None:
    """As in CI, where `make test` runs it before making .venv."""
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(Path(check_system.__file__)), "--venv", "--window"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stderr) == (0, "")
