"""Shared fixtures: every test gets its own workspace and preferences folder."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Session fixtures run before the per-test isolation below: they too must never touch the user's own
# preferences or signing key.
os.environ["CASEDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="casedesk-test-config-")
os.environ.pop("CASEDESK_KEY_DIR", None)

from casedesk.cli import run
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

if TYPE_CHECKING:
    from casedesk.ui.collector import MainThreadCollector

pytest_plugins = ["backends"]


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEDESK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("CASEDESK_WORKSPACE", raising=False)
    monkeypatch.delenv("CASEDESK_STORE", raising=False)
    monkeypatch.setenv("CASEDESK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("CASEDESK_INVESTIGATOR", "Test Investigator")


@pytest.fixture(autouse=True)
def _collect_on_gui_thread() -> Iterator[None]:
    """Where a test has a Qt application, the cycle collector runs on its thread, as in the app
    (casedesk.ui.collector); what a test left behind is collected after it, on that thread too."""
    collector = _gui_collector()
    yield
    collector = collector or _gui_collector()
    if collector is not None:
        collector.collect_due()


def _gui_collector() -> MainThreadCollector | None:
    if "PySide6.QtCore" not in sys.modules:  # a core test: no Qt imported, nothing to guard
        return None
    from PySide6.QtCore import QCoreApplication

    from casedesk.ui.collector import collect_on_gui_thread

    app = QCoreApplication.instance()
    return None if app is None else collect_on_gui_thread(app)


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def svc(location: WorkspaceLocation) -> Iterator[CaseService]:
    service = CaseService.open(location, "Test Investigator")
    yield service
    service.close()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> object:
        import json

        return json.loads(self.out)


@pytest.fixture
def cli(location: WorkspaceLocation):  # type: ignore[no-untyped-def]
    from backends import where_args  # the plugin above, imported once pytest has loaded it

    where = where_args(location)

    def invoke(*args: str | Path) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        code = run([*where, *map(str, args)], out, err)
        return CliResult(code, out.getvalue(), err.getvalue())

    return invoke


@pytest.fixture
def readonly_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nothing can be written to: a read-only tmpfs as root (root ignores modes), else mode 0500."""
    import subprocess

    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], check=True)
        try:
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=False)
    else:
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)


def tree_state(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and mtime: to prove an operation changed nothing."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
