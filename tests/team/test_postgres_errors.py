"""A team database that cannot be used says why, in words a user can act on (real server, real libpq)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from psycopg import sql

from casedesk.core import postgres
from casedesk.core.errors import WorkspaceError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.workspace import Workspace

from .postgres_server import PostgresServer, free_port


def _open(tmp_path: Path, url: str) -> CaseService:
    return CaseService.open(WorkspaceLocation(tmp_path / "team", database_url=url), "x")


def _refused(tmp_path: Path, url: str) -> str:
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(tmp_path / "team", url).close()
    return str(caught.value)


def _role(server: PostgresServer, database: str, name: str, *grants: str) -> None:
    with server.admin(database) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(server.password)
            )
        )
        for grant in grants:
            conn.execute(sql.SQL(grant).format(role=sql.Identifier(name), db=sql.Identifier(database)))


def test_wrong_password(tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", "not the password")
    text = _refused(tmp_path, postgres_url)
    assert "refused the password of casedesk_admin" in text and "PGPASSWORD" in text
    assert "not the password" not in text


def test_no_password_anywhere(tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    assert "refused the password of casedesk_admin" in _refused(tmp_path, postgres_url)


def test_nothing_listening(tmp_path: Path, postgres_server: PostgresServer) -> None:
    port = free_port()
    text = _refused(tmp_path, f"postgresql://casedesk_admin@127.0.0.1:{port}/casedesk")
    assert f"Cannot reach the team database server 127.0.0.1:{port}" in text
    assert "refused" in text.lower()


def test_server_that_never_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A host that takes the connection and says nothing: the timeout ends the wait, and says so."""
    monkeypatch.setattr(postgres, "CONNECT_TIMEOUT_S", 2)  # libpq's smallest
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel completes the handshake; nobody ever answers
        port = silent.getsockname()[1]
        text = _refused(tmp_path, f"postgresql://casedesk_admin@127.0.0.1:{port}/casedesk")
    assert f"127.0.0.1:{port} did not answer within 2 s" in text


def test_database_does_not_exist(tmp_path: Path, postgres_server: PostgresServer, postgres_url: str) -> None:
    text = _refused(tmp_path, postgres_server.url("no_such_database"))
    assert (
        f"The team database no_such_database does not exist on the server 127.0.0.1:{postgres_server.port}"
        in text
    )


def test_no_connect_permission(tmp_path: Path, postgres_server: PostgresServer, postgres_url: str) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    _role(postgres_server, database, "outsider", "REVOKE CONNECT ON DATABASE {db} FROM PUBLIC")
    text = _refused(tmp_path, postgres_server.url(database, "outsider"))
    assert "does not let outsider do this (permission denied)" in text


def test_no_table_permission(tmp_path: Path, postgres_server: PostgresServer, postgres_url: str) -> None:
    _open(tmp_path / "admin", postgres_url).close()  # the schema, made by its administrator
    database = postgres_url.rsplit("/", 1)[1]
    # May connect (PUBLIC may), but the administrator took the team's table rights from PUBLIC.
    _role(postgres_server, database, "stranger", "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    text = _refused(tmp_path, postgres_server.url(database, "stranger"))
    assert f"The team database {database} on 127.0.0.1:{postgres_server.port} does not let stranger" in text


@pytest.fixture
def reader(tmp_path: Path, postgres_server: PostgresServer, postgres_url: str) -> Iterator[CaseService]:
    admin = _open(tmp_path / "admin", postgres_url)
    admin.create_case("Read only")
    admin.close()
    database = postgres_url.rsplit("/", 1)[1]
    _role(
        postgres_server,
        database,
        "reader",
        "GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}",
        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}",
        "ALTER ROLE {role} SET default_transaction_read_only = on",
    )
    service = _open(tmp_path / "reader", postgres_server.url(database, "reader"))
    yield service
    service.close()


def test_read_only(reader: CaseService) -> None:
    assert reader.investigator == "reader"
    assert [c.title for c in reader.list_cases()] == ["Read only"]  # reading works
    with pytest.raises(WorkspaceError, match="is read-only for reader; nothing was recorded"):
        reader.create_case("Not allowed")
    assert [c.title for c in reader.list_cases()] == ["Read only"]


def test_server_gone_while_open(tmp_path: Path, postgres_server: PostgresServer, postgres_url: str) -> None:
    """The server ends every connection (a restart): the next unit of work reconnects and goes on."""
    svc = _open(tmp_path, postgres_url)
    try:
        case_id = svc.create_case("Before").id
        database = postgres_url.rsplit("/", 1)[1]
        with postgres_server.admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (database,)
            )
        svc.add_note(case_id, "after")
        assert svc.verify(case_id).ok
    finally:
        svc.close()
