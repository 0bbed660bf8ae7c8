"""What an interrupted write leaves behind is removed the next time the workspace is opened."""

from __future__ import annotations

from pathlib import Path

from casedesk.core.workspace import Workspace
from casedesk.fsutil import TMP_PREFIX

from .invariants import derived_temporaries
from .tally import count


def test_interrupted_original_is_removed_on_open(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    leftover = tmp_path / "ws" / "originals" / ".tmp" / ".incoming-x1y2z3"
    leftover.write_bytes(b"the first half of an original")
    count("stray temporary files planted")
    Workspace.open(tmp_path / "ws").close()
    assert not leftover.exists()


def test_interrupted_derivative_is_removed_on_open(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    folder = tmp_path / "ws" / "derived" / "ab" / ("ab" + "0" * 62)
    folder.mkdir(parents=True)
    (folder / f"{TMP_PREFIX}k2j4h1").write_bytes(b"\xff\xd8\xff half a preview")
    count("stray temporary files planted")
    Workspace.open(tmp_path / "ws").close()
    assert derived_temporaries(tmp_path / "ws") == []
