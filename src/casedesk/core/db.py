"""The one owner of the SQLAlchemy engine and sessions for a workspace database.

SQLite runs in WAL mode with foreign keys on. Read sessions use a deferred BEGIN so readers never
block; write sessions use ``BEGIN IMMEDIATE`` so that two processes appending to the same custody
chain are serialised by SQLite itself (the second waits, up to ``BUSY_TIMEOUT_S``).
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
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casedesk.core.errors import WorkspaceError
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
    """Engine, session factories and schema management for one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(immediate=True), expire_on_commit=False)
        install_index_maintenance(self._write)
        install_history_recording(self._write)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only unit of work."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A short write transaction: committed on success, rolled back on any exception."""
        try:
            with self._write() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise WorkspaceError(explain_sqlite_error(exc, self.path)) from exc

    # -- schema -----------------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def migrate(self) -> None:
        """Bring the schema to the newest revision, backing up the file before any upgrade."""
        config = _alembic_config(self.engine)
        script = ScriptDirectory.from_config(config)
        head = script.get_current_head()
        try:
            current = self.schema_revision()
        except OperationalError as exc:
            raise WorkspaceError(
                msg("Cannot read the workspace database {path}: {reason}", path=self.path, reason=exc.orig)
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
                        path=self.path,
                        schema=current,
                        head=head,
                    )
                )
            self.backup(f"before-{head}")
        command.upgrade(config, "head")

    def backup(self, label: str) -> Path:
        """A consistent copy of the database (the online-backup API copes with WAL)."""
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
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar_one())

    def dispose(self) -> None:
        self.engine.dispose()
