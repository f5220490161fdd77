"""One direction: every import in ``coordinator`` points down the layers, and no module
reaches itself again through its imports.

The layers, lowest first (a module imports its own layer and the ones below)::

    domain ← db ← {ical, reports, text, sheets} ← ui ← app ← cli ← __main__

- ``domain`` (plain Python: no Qt, no SQL) imports nothing of coordinator but ``domain``.
- ``db`` (SQL, no Qt) imports ``domain``, ``db`` and the foundation.
- ``ical``, ``reports``, ``text`` and ``sheets`` share a layer: each may import the
  others, never in a cycle. ``text`` (user-facing words: labels, safe HTML, findings,
  errors, formats, translations) uses QtCore only; ``ical`` and ``sheets`` too;
  ``reports`` lays out and paints with QtGui, never QtWidgets.
- ``ui`` holds every widget and, like ``app``, imports no ``sqlalchemy``: it calls
  ``db.queries`` and catches the store's own errors (``db/errors.py``). ``app`` starts
  the window; ``cli`` is the top: it imports anything but ``ui``, and ``app`` only
  inside the function that opens the window, so a headless command loads no widget
  (``tests/test_headless.py`` checks that at run time).
- ``logs`` (the log file, Qt's messages and thread exceptions into it) is set up by
  ``app`` and ``cli`` alike; it shares ``app``'s layer and loads no widget.
- ``__main__`` (``python -m coordinator``) sits above ``cli`` and imports it.
- The foundation — ``coordinator`` itself (``__version__``), ``paths`` (the user's
  folders) and ``resources`` (files shipped in the package) — imports nothing of
  coordinator and no Qt; every layer above ``domain`` may use it.

Imports are read with ``ast``, without running the code: at the top of a module, under
``if TYPE_CHECKING:`` and inside functions alike (a lazy import still points somewhere).
``from a.b import c`` points at the module ``a.b.c`` when there is one, else at ``a.b``.
A cycle is a strongly connected component of more than one module, or a module that
imports itself; the test names its modules and the lines that close it.
"""

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "coordinator"

LAYERS = {
    "domain": 0,
    "db": 1,
    "ical": 2,
    "reports": 2,
    "text": 2,
    "sheets": 2,
    "ui": 3,
    "app": 4,
    "logs": 4,
    "cli": 5,
    "__main__": 6,
}
FOUNDATION = {"coordinator", "coordinator.paths", "coordinator.resources"}
ORDER = "domain ← db ← {ical, reports, text, sheets} ← ui ← app ← cli ← __main__"

# Outside libraries a part may not import (prefixes of the dotted name).
FORBIDDEN_OUTSIDE = {
    "foundation": ("PySide6",),
    "domain": ("PySide6", "sqlalchemy"),
    "db": ("PySide6",),
    "text": ("PySide6.QtGui", "PySide6.QtWidgets"),
    "ical": ("PySide6.QtGui", "PySide6.QtWidgets"),
    "sheets": ("PySide6.QtGui", "PySide6.QtWidgets"),
    "reports": ("PySide6.QtWidgets",),
    "ui": ("sqlalchemy",),  # the store's own errors (db/errors.py), never SQLAlchemy's
    "app": ("sqlalchemy",),
    "cli": ("PySide6.QtGui", "PySide6.QtWidgets"),
    "logs": ("PySide6.QtGui", "PySide6.QtWidgets"),
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # a coordinator module, or an outside dotted name
    line: int
    lazy: bool  # inside a function

    def __str__(self) -> str:
        return f"{self.source}:{self.line} imports {self.target}"


def module_names(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by dotted name; a package by its own name."""
    out = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _resolve(dotted: str, known: Iterable[str]) -> str:
    """The longest known module ``dotted`` names (``a.b.func`` → ``a.b``)."""
    names = set(known)
    parts = dotted.split(".")
    for n in range(len(parts), 0, -1):
        candidate = ".".join(parts[:n])
        if candidate in names:
            return candidate
    return dotted


def imports_in(source: str, text: str, known: set[str], is_package: bool = False) -> list[Import]:
    """The imports of module ``source`` whose code is ``text``."""
    found: list[Import] = []

    def walk(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    target = alias.name
                    if target.split(".")[0] == "coordinator":
                        target = _resolve(target, known)
                    found.append(Import(source, target, child.lineno, lazy))
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    here = source.split(".") if is_package else source.split(".")[:-1]
                    up = here[: len(here) - (child.level - 1)]
                    base = ".".join(up + ([base] if base else []))
                for alias in child.names:
                    full = f"{base}.{alias.name}"
                    if base.split(".")[0] == "coordinator":
                        target = full if full in known else _resolve(base, known)
                    else:
                        target = full  # PySide6.QtWidgets.QApplication: its prefixes tell
                    found.append(Import(source, target, child.lineno, lazy))
            walk(child, inner)

    walk(ast.parse(text), False)
    return found


def package_imports(package: Path = PACKAGE) -> list[Import]:
    modules = module_names(package)
    known = set(modules)
    out = []
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        out += imports_in(name, path.read_text(encoding="utf-8"), known, is_package)
    return out


def part(module: str) -> str:
    """``db`` for ``coordinator.db.queries.events``; ``foundation`` for the foundation."""
    if module in FOUNDATION:
        return "foundation"
    return module.split(".")[1]


def against_the_layers(imports: Iterable[Import]) -> list[str]:
    """Every import that points up the layers or out of what its part may use."""
    wrong = []
    for imp in imports:
        here = part(imp.source)
        if not imp.target.startswith("coordinator"):
            banned = FORBIDDEN_OUTSIDE.get(here, ())
            if any(imp.target == b or imp.target.startswith(b + ".") for b in banned):
                wrong.append(f"{imp}: {here} may not use {imp.target}")
            continue
        there = part(imp.target)
        if here == "foundation":
            if there != "foundation":
                wrong.append(f"{imp}: the foundation imports nothing of coordinator")
        elif there == "foundation":
            if here == "domain":
                wrong.append(f"{imp}: domain imports nothing of coordinator but domain")
        elif here == "cli" and there == "ui":
            wrong.append(f"{imp}: cli imports no ui")
        elif here == "cli" and there == "app" and not imp.lazy:
            wrong.append(f"{imp}: cli imports app only inside the function that opens the window")
        elif LAYERS[there] > LAYERS[here]:
            wrong.append(f"{imp}: {here} is below {there} ({ORDER})")
    return wrong


def cycles(imports: Iterable[Import]) -> list[list[str]]:
    """The strongly connected components of more than one module (or a module importing
    itself), each sorted, by Tarjan's algorithm (iterative: no recursion limit)."""
    graph: dict[str, set[str]] = {}
    for imp in imports:
        if imp.target.startswith("coordinator"):
            graph.setdefault(imp.source, set()).add(imp.target)
            graph.setdefault(imp.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1 or node in graph[node]:
                        found.append(sorted(component))
    return found


def describe(component: list[str], imports: Iterable[Import]) -> str:
    inside = set(component)
    lines = sorted(str(i) for i in imports if i.source in inside and i.target in inside)
    return " ↔ ".join(component) + "\n    " + "\n    ".join(lines)


def test_every_import_points_down_the_layers() -> None:
    imports = package_imports()
    assert len({i.source for i in imports}) > 100  # the walk found the package
    unplaced = {part(m) for m in module_names()} - set(LAYERS) - {"foundation"}
    assert not unplaced, f"place these in LAYERS and the docstring: {unplaced}"
    wrong = against_the_layers(imports)
    assert not wrong, "\n".join(wrong)


def test_no_module_reaches_itself_through_its_imports() -> None:
    imports = package_imports()
    found = cycles(imports)
    assert not found, "\n".join(describe(c, imports) for c in found)


def test_the_check_sees_a_wrong_arrow_a_lazy_window_and_a_cycle() -> None:
    """The checks themselves, on modules written here: each wrong arrow is caught."""
    known = set(module_names())
    fake = {
        "coordinator.domain.dates": "from coordinator.ui.common.views import one_line\n",
        "coordinator.db.store": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from coordinator.text.labels import arg\n"
        ),
        "coordinator.reports.common": "from PySide6.QtWidgets import QApplication\n",
        "coordinator.cli": (
            "from coordinator.app import run\ndef main():\n    from coordinator.app import run\n"
        ),
        "coordinator.text.labels": "from coordinator.text import html\n",
        "coordinator.text.html": "def f():\n    from coordinator.text.labels import arg\n",
    }
    imports = [i for name, text in fake.items() for i in imports_in(name, text, known)]
    wrong = against_the_layers(imports)
    assert [w.split(":")[0] for w in wrong] == [
        "coordinator.domain.dates",
        "coordinator.db.store",
        "coordinator.reports.common",
        "coordinator.cli",
    ], wrong
    assert "cli imports app only inside" in wrong[-1]
    assert cycles(imports) == [["coordinator.text.html", "coordinator.text.labels"]]
    # Relative imports resolve too.
    rel = imports_in("coordinator.db.store", "from .queries import events\n", known)
    assert [i.target for i in rel] == ["coordinator.db.queries.events"]
