"""The core knows nothing of Qt: the CLI, tests and GUI share one behaviour."""

import subprocess
import sys

CORE_PACKAGES = ["casedesk.core", "casedesk.media", "casedesk.report", "casedesk.bundle"]

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


def test_core_packages_import_no_qt() -> None:
    probe = PROBE.format(packages=CORE_PACKAGES)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_ui_does_not_reach_into_storage() -> None:
    """Widgets call the service API only: no SQL, no ORM sessions, no store paths in casedesk.ui."""
    from pathlib import Path

    import casedesk.ui

    offenders = []
    for path in Path(casedesk.ui.__file__).parent.rglob("*.py"):
        text = path.read_text("utf-8")
        for forbidden in ("sqlalchemy", "casedesk.core.models", ".db.read(", ".db.write(", "store.path_for"):
            if forbidden in text:
                offenders.append(f"{path.name}: {forbidden}")
    assert offenders == []
