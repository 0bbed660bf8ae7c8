"""The two workspaces a test of the core can run on: a folder (SQLite and a folder store) and a team
workspace (a real PostgreSQL server and a real S3 server, started once per session).

Tests that take ``svc``, ``cli``, ``location`` (or, in tests/faults, ``sites``) in the suites of
:data:`BOTH_BACKENDS` run once on each, their ids ending ``[folder]`` or ``[team]``; elsewhere only
on a folder. A test that is about a
folder workspace itself (its SQLite file, the files of its store) says so with
``@pytest.mark.folder_only("why")``.

On the team side each test gets its own database, made from a migrated template (a copy, not twelve
migrations), and its own prefix in one bucket. It connects as the role "Test Investigator" (a real
login role: the custody log names the authenticated role, which is the name the folder side types).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from casedesk.core.location import WorkspaceLocation

BOTH_BACKENDS = ("core", "bundle", "faults")  # the suites under tests/ that run on both backends
FOLDER, TEAM = "folder", "team"
INVESTIGATOR = "Test Investigator"


@dataclass(frozen=True)
class TeamServers:
    """The session's servers, a migrated template database and the bucket tests store in."""

    postgres: object  # tests/team/postgres_server.PostgresServer
    s3: object  # tests/team/seaweed_server.SeaweedServer
    template: str
    bucket: str
    env: dict[str, str]

    def database_url(self, copy_of: str | None = None) -> str:
        """A new database: a copy of the migrated template, or of the (closed) database ``copy_of``."""
        from psycopg import sql

        from team.postgres_server import PostgresServer

        server = self.postgres
        assert isinstance(server, PostgresServer)
        name = f"t_{uuid.uuid4().hex[:16]}"
        source = self.template if copy_of is None else copy_of.rsplit("/", 1)[1]
        with server.admin() as conn:
            statement = sql.SQL("CREATE DATABASE {} TEMPLATE {}")
            conn.execute(statement.format(sql.Identifier(name), sql.Identifier(source)))
        return f"postgresql://{quote(INVESTIGATOR)}@{server.host}:{server.port}/{name}"

    def store_url(self) -> str:
        """A new, empty prefix in the session's bucket."""
        return f"s3://{self.bucket}/{uuid.uuid4().hex[:12]}"

    def copy_store(self, store_url: str) -> str:
        """A new prefix holding a server-side copy of every object under ``store_url``'s."""
        from casedesk.core.store.s3 import parse_url
        from team.seaweed_server import SeaweedServer, admin_client

        assert isinstance(self.s3, SeaweedServer)
        client = admin_client(self.s3.endpoint)
        copy = self.store_url()
        source, target = parse_url(store_url)[1] + "/", parse_url(copy)[1] + "/"
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=source):
            for item in page.get("Contents", []):
                key = target + item["Key"][len(source) :]
                client.copy_object(
                    Bucket=self.bucket, Key=key, CopySource={"Bucket": self.bucket, "Key": item["Key"]}
                )
        return copy


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "folder_only(reason): the test is about a folder workspace itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    suite = Path(str(metafunc.definition.path)).relative_to(Path(__file__).parent).parts[0]
    folder_only = metafunc.definition.get_closest_marker("folder_only") is not None
    both = suite in BOTH_BACKENDS and not folder_only
    metafunc.parametrize("backend", [FOLDER, TEAM] if both else [FOLDER], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", FOLDER))


@pytest.fixture(scope="session")
def team_servers() -> Iterator[TeamServers]:
    from casedesk.core.service import CaseService
    from team.postgres_server import start_server, stop_server
    from team.seaweed_server import SeaweedServer, admin_client

    postgres = start_server()
    s3 = SeaweedServer(Path(tempfile.mkdtemp(prefix="casedesk-weed-")))
    try:
        s3.start()
        bucket = f"t-{uuid.uuid4().hex[:20]}"
        admin_client(s3.endpoint).create_bucket(Bucket=bucket)
        with postgres.admin() as conn:
            conn.execute(f"CREATE ROLE \"{INVESTIGATOR}\" LOGIN SUPERUSER PASSWORD '{postgres.password}'")
        env = {**postgres.env(), **s3.env(bucket)}
        env.update(AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull)
        saved = {name: os.environ.get(name) for name in env}
        os.environ.update(env)
        try:
            template = postgres.create_database("template")
            made = CaseService.open(
                WorkspaceLocation(
                    Path(tempfile.mkdtemp(prefix="casedesk-template-")),
                    database_url=postgres.url(template),
                    store_url=f"s3://{bucket}/template",
                ),
                INVESTIGATOR,
            )
            made.close()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
        yield TeamServers(postgres, s3, template, bucket, env)
    finally:
        s3.stop()
        stop_server(postgres)


@pytest.fixture
def location(
    backend: str, workspace_dir: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> WorkspaceLocation:
    """Where the test's workspace is: ``workspace_dir``, or a fresh team workspace (its cache there)."""
    if backend == FOLDER:
        return WorkspaceLocation(workspace_dir)
    servers: TeamServers = request.getfixturevalue("team_servers")
    for name, value in servers.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("CASEDESK_CACHE_DIR", str(workspace_dir / "cache"))
    return WorkspaceLocation(
        workspace_dir,
        database_url=servers.database_url(),
        store_url=servers.store_url(),
    )


def where_args(where: Path | WorkspaceLocation) -> list[str]:
    """The command line's options that open ``where``."""
    if isinstance(where, Path):
        return ["--workspace", str(where)]
    args = ["--workspace", where.database_url or str(where.folder)]
    return [*args, "--store", where.store_url] if where.store_url else args
