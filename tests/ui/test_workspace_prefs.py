"""Preferences ▸ General: the workspace may be a folder or a team workspace (PostgreSQL + S3)."""

from __future__ import annotations

from pathlib import Path

from casedesk.core.preferences import Preferences
from casedesk.ui.preferences_dialog import PreferencesDialog


def test_a_team_workspace_is_kept_as_typed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Preferences(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.workspace.setText("postgresql://ana@db.example/cases")
    dialog.store.setText("s3://evidence/desk")
    assert dialog.location_error() == "" and dialog.location_problem.isHidden()
    prefs = Preferences()
    dialog.apply_to(prefs)
    assert (prefs.workspace, prefs.store) == ("postgresql://ana@db.example/cases", "s3://evidence/desk")


def test_a_team_workspace_without_its_store_is_pointed_out(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Preferences(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.workspace.setText("postgresql://ana:secret@db.example/cases")
    assert "PGPASSWORD" in dialog.location_problem.text() and not dialog.location_problem.isHidden()
    assert "secret" not in dialog.location_problem.text()
    dialog.workspace.setText("postgresql://ana@db.example/cases")
    assert "--store s3://" in dialog.location_problem.text()
    dialog.workspace.setText(str(tmp_path / "folder"))
    assert dialog.location_problem.isHidden()
