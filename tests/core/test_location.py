"""Where a workspace lives: folders, team URLs, and what is refused before anything connects."""

from __future__ import annotations

from pathlib import Path

import pytest

from casedesk.core.errors import UsageError
from casedesk.core.location import WorkspaceLocation, locate, team_cache_folder


def test_a_folder_is_a_laptop_workspace(tmp_path: Path) -> None:
    location = locate(tmp_path / "ws")
    assert location == WorkspaceLocation(tmp_path / "ws")
    assert not location.is_team and location.describe() == str(tmp_path / "ws")


def test_the_command_line_wins_over_preferences_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_WORKSPACE", str(tmp_path / "from-env"))
    assert locate().folder == tmp_path / "from-env"
    assert locate(preferred_workspace=str(tmp_path / "prefs")).folder == tmp_path / "prefs"
    assert locate(tmp_path / "cli", preferred_workspace=str(tmp_path / "prefs")).folder == tmp_path / "cli"


def test_a_team_workspace_names_its_database_and_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEDESK_STORE", "s3://evidence/desk")
    location = locate("postgresql://ana@db.example:5433/cases")
    assert location.is_team
    assert (location.database_url, location.store_url) == (
        "postgresql://ana@db.example:5433/cases",
        "s3://evidence/desk",
    )
    # Its local cache is one folder per pair of URLs, the same every time.
    assert location.folder == team_cache_folder(location.database_url, location.store_url)
    other = locate("postgresql://ana@db.example:5433/cases", "s3://evidence/other")
    assert other.folder != location.folder
    assert location.describe() == "postgresql://ana@db.example:5433/cases + s3://evidence/desk"


@pytest.mark.parametrize(
    ("workspace", "store", "said"),
    [
        ("postgresql://ana@db.example/cases", None, "--store s3://"),
        ("mysql://ana@db.example/cases", "s3://b", "postgresql://USER@HOST"),
        ("postgresql://ana:secret@db.example/cases", "s3://b", "PGPASSWORD"),
        ("postgresql://ana@db.example/cases?sslmode=require&password=secret", "s3://b", "PGPASSWORD"),
        ("postgresql://ana@db.example/cases", "https://b", "s3://BUCKET"),
        ("postgresql://ana@db.example/cases", "s3://", "s3://BUCKET"),
    ],
)
def test_wrong_urls_are_refused_in_words(workspace: str, store: str | None, said: str) -> None:
    with pytest.raises(UsageError) as caught:
        locate(workspace, store)
    assert said in str(caught.value)
    assert "secret" not in str(caught.value)  # a password typed into the URL is never repeated


@pytest.mark.folder_only("names its own team URL on the command line")
def test_cli_refuses_a_team_workspace_without_store(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--workspace", "postgresql://ana@db.example/cases", "case", "list")
    assert result.code == 2 and "--store s3://" in result.err


def test_init_creates_a_laptop_workspace_and_says_so(tmp_path: Path) -> None:
    import json
    from io import StringIO

    from casedesk.cli import run

    out, err = StringIO(), StringIO()
    assert run(["--workspace", str(tmp_path / "new"), "init", "--json"], out, err) == 0, err.getvalue()
    summary = json.loads(out.getvalue())
    assert summary["database"] == "sqlite" and summary["team"] is False
    assert summary["workspace"] == str(tmp_path / "new") and summary["schema"]
    assert (tmp_path / "new" / "casedesk.sqlite3").is_file()
