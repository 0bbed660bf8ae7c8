"""Fixtures of the team workspace's tests: real servers, started once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from casedesk.core.location import WorkspaceLocation

from .postgres_server import postgres_server, postgres_url
from .seaweed_server import S3Env, SeaweedServer, make_bucket, s3_server

__all__ = ["postgres_server", "postgres_url", "s3_server", "team_bucket", "team_location"]


@pytest.fixture
def team_bucket(s3_server: SeaweedServer, monkeypatch: pytest.MonkeyPatch) -> S3Env:
    """A fresh bucket on the session's S3 server, the AWS_* variables pointing at it."""
    return make_bucket(s3_server, monkeypatch)


@pytest.fixture
def team_location(tmp_path: Path, postgres_url: str, team_bucket: S3Env) -> WorkspaceLocation:
    """A fresh team workspace: a new PostgreSQL database (PGPASSWORD set for it) and a new bucket,
    its cache in the test's folder."""
    return WorkspaceLocation(tmp_path / "team-cache", database_url=postgres_url, store_url=team_bucket.url)
