"""The one owner of the SQLAlchemy engine and sessions for a workspace database.

SQLite runs in WAL mode with foreign keys on. Read sessions use a deferred BEGIN so readers never
block; write sessions use ``BEGIN IMMEDIATE`` so that two processes appending to the same custody
chain are serialised by SQLite itself (the second waits, up to ``BUSY_TIMEOUT_S``).

A team workspace's database is on a PostgreSQL server (:mod:`casedesk.core.postgres`). Write
sessions run at READ COMMITTED, concurrently; a custody append takes its case's advisory lock
(:func:`casedesk.core.custody.append`), which does for one chain what ``BEGIN IMMEDIATE`` does for
the whole file. Read sessions run at REPEATABLE READ: one snapshot for all they read, as SQLite's
read transaction gives, and they never wait for a writer.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casedesk.core import postgres
from casedesk.core.errors import UsageError, WorkspaceError
from casedesk.core.history import install_history_recording
from casedesk.core.search import install_index_maintenance
from casedesk.core.timeutil import utcnow
from casedesk.i18n import Message, msg

BUSY_TIMEOUT_S = 30.0


def explain_sqlite_error(exc: OperationalError, path: Path) -> Message:
    """SQLite's terse reasons in words a user can act on."""
    reason = str(exc.orig).lower()
    if "full" in reason:
        return msg(
            "The disk holding {folder} is full; nothing was recorded. Free some space and try again.",
            folder=path.parent,
        )
    if "locked" in reason or "busy" in reason:
        return msg(
            "The workspace {folder} has been busy in another CaseDesk window or command for more "
            "than {seconds:.0f} s; nothing was recorded. Try again when it has finished.",
            folder=path.parent,
            seconds=BUSY_TIMEOUT_S,
        )
    if "readonly" in reason or "read-only" in reason:
        return msg("The workspace {folder} is read-only; nothing was recorded.", folder=path.parent)
    return msg(
        "The workspace database {path} could not be written ({reason}); nothing was recorded.",
        path=path,
        reason=exc.orig,
    )


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", "casedesk.core:migrations")
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """The newest schema revision this version of CaseDesk knows."""
    config = Config()
    config.set_main_option("script_location", "casedesk.core:migrations")
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event decide how transactions start (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed evidence row survives power loss, not just a process crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def _on_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """Engine, session factories and schema management for one SQLite file (a Path) or one
    PostgreSQL database (a ``postgresql://USER@HOST[:PORT]/DB`` URL)."""

    def __init__(self, target: Path | str) -> None:
        self.path: Path | None = target if isinstance(target, Path) else None
        self.url = None if isinstance(target, Path) else postgres.engine_url(target)
        if self.url is None:
            self.engine = create_engine(
                f"sqlite:///{target}",
                connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
            )
            event.listen(self.engine, "connect", _on_connect)
            event.listen(self.engine, "begin", _on_begin)
            reads = self.engine
        else:
            self.engine = create_engine(
                self.url,
                connect_args=postgres.connect_args(self.url),
                isolation_level="READ COMMITTED",
                pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
            )
            reads = self.engine.execution_options(isolation_level="REPEATABLE READ")
        self._read = sessionmaker(reads, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(immediate=True), expire_on_commit=False)
        install_index_maintenance(self._write)
        install_history_recording(self._write)

    @property
    def is_postgres(self) -> bool:
        return self.url is not None

    def describe(self) -> str:
        """The database as a user may see it: the file, or the URL without any password."""
        return str(self.path) if self.url is None else postgres.shown(self.url)

    def _explain(self, exc: DBAPIError) -> WorkspaceError | None:
        """The error a user reads for a database failure; None when it is not one (raise it as is)."""
        if self.url is not None:
            message = postgres.explain_postgres_error(exc, self.url)
            return None if message is None else WorkspaceError(message)
        if isinstance(exc, OperationalError) and self.path is not None:
            return WorkspaceError(explain_sqlite_error(exc, self.path))
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only unit of work."""
        try:
            with self._read() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except DBAPIError as exc:
            error = self._explain(exc) if self.url is not None else None  # SQLite: as it always was
            if error is None:
                raise
            raise error from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A short write transaction: committed on success, rolled back on any exception."""
        try:
            with self._write() as session, session.begin():
                yield session
        except DBAPIError as exc:
            error = self._explain(exc)
            if error is None:
                raise
            raise error from exc

    def authenticated_role(self) -> str:
        """The role the server authenticated this connection as (what a team custody log records)."""
        if self.url is None:
            raise UsageError(msg("A workspace on this computer has no database role."))
        with self.read() as session:
            return str(session.execute(text("SELECT session_user")).scalar_one())

    # -- schema -----------------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        except DBAPIError as exc:
            error = self._explain(exc) if self.url is not None else None
            if error is None:
                raise
            raise error from exc

    def migrate(self) -> None:
        """Bring the schema to the newest revision, backing up the file before any upgrade.

        On PostgreSQL the upgrade holds :data:`~casedesk.core.postgres.MIGRATION_LOCK` (see
        ``migrations/env.py``): two clients opening a new team database at once do not both create
        it; the second finds it at the head revision."""
        config = _alembic_config(self.engine)
        script = ScriptDirectory.from_config(config)
        head = script.get_current_head()
        try:
            current = self.schema_revision()
        except OperationalError as exc:
            raise WorkspaceError(
                msg(
                    "Cannot read the workspace database {path}: {reason}",
                    path=self.path or self.describe(),
                    reason=exc.orig,
                )
            ) from exc
        if current == head:
            return
        if current is not None:
            known = {rev.revision for rev in script.walk_revisions()}
            if current not in known:
                raise WorkspaceError(
                    msg(
                        "The workspace database {path} was written by a newer version of CaseDesk "
                        "(schema {schema}); this version knows schemas up to {head}. "
                        "Update CaseDesk to open it. Nothing was changed.",
                        path=self.path or self.describe(),
                        schema=current,
                        head=head,
                    )
                )
            self.backup(f"before-{head}")
        try:
            command.upgrade(config, "head")
        except DBAPIError as exc:
            error = self._explain(exc) if self.url is not None else None
            if error is None:
                raise
            raise error from exc

    def backup(self, label: str) -> Path | None:
        """A consistent copy of the database (the online-backup API copes with WAL).

        None on PostgreSQL: a client cannot copy a server's database, and need not. Each migration
        runs in one transaction there (DDL is transactional), so a failed upgrade leaves the schema
        as it was; backing the server up (pg_dump, base backups) is its administrator's job."""
        if self.path is None:
            return None
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        for attempt in range(1000):  # never overwrite an earlier backup made in the same second
            suffix = f"-{attempt}" if attempt else ""
            target = self.path.with_name(f"{self.path.name}.{label}-{stamp}{suffix}.bak")
            try:  # owner-only from the start
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                break
            except FileExistsError:
                continue
        else:
            raise WorkspaceError(msg("Too many backups of {name} in one second.", name=self.path.name))
        source = sqlite3.connect(self.path)
        try:
            dest = sqlite3.connect(target)
            with dest:
                source.backup(dest)
            dest.close()
        finally:
            source.close()
        return target

    def integrity_check(self) -> str:
        """SQLite's own check of the file ("ok" when sound). PostgreSQL has no such check a client
        can run (data checksums and amcheck are the administrator's): said so, never "ok"."""
        if self.url is not None:
            return "not checked: the PostgreSQL server checks its own storage"
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar_one())

    def dispose(self) -> None:
        self.engine.dispose()
