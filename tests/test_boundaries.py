"""Layer boundaries: the core knows nothing of Qt, and nothing outside the core reaches into storage.

The bundle, report, GUI and command-line layers reach the workspace only through ``CaseService``
and the plain data it returns: no SQL, no ORM session or model, no unit of work, no store path and
no custody append of their own. The scan reads each module's syntax tree (so a docstring that
*mentions* a session is no offence) and names the file and line of each offence.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import casedesk

CORE_PACKAGES = [
    "casedesk.core",
    "casedesk.media",
    "casedesk.report",
    "casedesk.bundle",
    "casedesk.proof",
    "casedesk.provenance",
    "casedesk.geo",
    "casedesk.basemap",
    "casedesk.chrono",
    "casedesk.forensics",
    "casedesk.speech",
]

PROBE = """
import importlib, pkgutil, sys
for name in {packages!r}:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if not info.name.startswith("casedesk.core.migrations"):  # Alembic scripts, run by Alembic
            importlib.import_module(info.name)
importlib.import_module("casedesk.cli")
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(qt))
"""


def test_core_packages_import_no_qt_and_say_nothing() -> None:
    """Nor does importing them write anything to stderr: no library's warning reaches a user's
    terminal (cryptography 51 warns when pyHanko imports its DSA types)."""
    probe = PROBE.format(packages=CORE_PACKAGES)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert result.stderr == ""


# -- storage stays inside the core ------------------------------------------------------------

PACKAGE = Path(casedesk.__file__).parent
# under src/casedesk
OUTSIDE_CORE = [
    "bundle",
    "report",
    "proof",
    "ui",
    "geo",
    "basemap",
    "chrono",
    "forensics",
    "cli.py",
    "cli_records.py",
    "cli_ocr.py",
    "cli_geo.py",
    "cli_forensics.py",
    "cli_speech.py",
    "cli_models.py",
]
STORAGE_MODULES = (
    "sqlalchemy",
    "casedesk.core.models",
    "casedesk.core.db",
    "casedesk.core.store",
    "casedesk.core.workspace",
    "casedesk.core.service.base",  # the unit of work
)
# The Workspace's parts (its database and store); reached through ``x.workspace.<part>``.
WORKSPACE_PARTS = frozenset({"db", "store", "root", "db_path", "close"})
SERVICE_NAMES = frozenset({"svc", "_svc", "service"})
STORE_METHODS = frozenset({"path_for", "local_path", "derived_dir"})


def _name_of(node: ast.expr) -> str | None:
    """The last name in ``a.b.c`` (``c``), or the name itself."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _storage_module(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in STORAGE_MODULES)


def _offences(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _storage_module(alias.name):
                    yield node.lineno, f"imports {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if _storage_module(full):
                    yield node.lineno, f"imports {full}"
                elif full == "casedesk.core.custody.append":
                    yield node.lineno, "imports custody.append"
        elif isinstance(node, ast.Name) and node.id == "Session":
            yield node.lineno, "uses Session"
        elif isinstance(node, ast.Attribute):
            owner = _name_of(node.value)
            if node.attr == "Session":
                yield node.lineno, "uses Session"
            elif node.attr == "workspace" and owner in SERVICE_NAMES:
                yield node.lineno, f"reaches into {owner}.workspace"
            elif owner == "workspace" and node.attr in WORKSPACE_PARTS:
                yield node.lineno, f"reaches into .workspace.{node.attr}"
            elif owner == "db" and node.attr in ("read", "write"):
                yield node.lineno, f"opens a transaction with .db.{node.attr}("
            elif node.attr in STORE_METHODS:
                yield node.lineno, f"builds a store path with .{node.attr}"
            elif owner == "custody" and node.attr == "append":
                yield node.lineno, "appends to the custody log with custody.append"


def storage_offences(path: Path, source: str) -> list[str]:
    """Each place where ``source`` (the text of ``path``) reaches into storage: "path:line: what"."""
    found = sorted(set(_offences(ast.parse(source, str(path)))))
    return [f"{path}:{line}: {what}" for line, what in found]


def _outside_core() -> Iterator[Path]:
    for name in OUTSIDE_CORE:
        target = PACKAGE / name
        yield from sorted(target.rglob("*.py")) if target.is_dir() else [target]


def test_nothing_outside_the_core_reaches_into_storage() -> None:
    offences = [
        offence
        for path in _outside_core()
        for offence in storage_offences(path.relative_to(PACKAGE.parent), path.read_text("utf-8"))
    ]
    assert offences == [], "\n".join(offences)


def test_the_scan_names_the_file_and_line_of_each_offence(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        '"""Mentions of sqlalchemy, Session and store.path_for in a docstring are no offence."""\n'
        "from sqlalchemy import select\n"
        "from sqlalchemy.orm import Session\n"
        "from casedesk.core import models\n"
        "import casedesk.core.store\n"
        "from casedesk.core.custody import append\n"
        "from casedesk.core import custody\n"
        "def leak(svc, s: Session):\n"
        "    with svc.workspace.db.read() as s:\n"
        "        pass\n"
        "    store = svc.workspace.store\n"
        "    path = store.path_for('ab')\n"
        "    thumbs = store.derived_dir('ab')\n"
        "    custody.append(s, case_id='x')\n"
        "    prefs.workspace.text()  # a widget or a preference named workspace is fine\n",
        "utf-8",
    )
    found = storage_offences(planted, planted.read_text("utf-8"))
    assert found == [
        f"{planted}:2: imports sqlalchemy.select",
        f"{planted}:3: imports sqlalchemy.orm.Session",
        f"{planted}:4: imports casedesk.core.models",
        f"{planted}:5: imports casedesk.core.store",
        f"{planted}:6: imports custody.append",
        f"{planted}:8: uses Session",
        f"{planted}:9: opens a transaction with .db.read(",
        f"{planted}:9: reaches into .workspace.db",
        f"{planted}:9: reaches into svc.workspace",
        f"{planted}:11: reaches into .workspace.store",
        f"{planted}:11: reaches into svc.workspace",
        f"{planted}:12: builds a store path with .path_for",
        f"{planted}:13: builds a store path with .derived_dir",
        f"{planted}:14: appends to the custody log with custody.append",
    ]


def test_the_scan_covers_every_layer_outside_the_core() -> None:
    scanned = {path.relative_to(PACKAGE).parts[0] for path in _outside_core()}
    assert scanned == set(OUTSIDE_CORE)
