"""Who may read or change a case of a team workspace: the administrator's grants, which the database
enforces (row-level security, migration 0013), each recorded in the case's custody log.

A case nobody was granted is open to every role that may connect to the database; the first grant
restricts it to the roles granted (and the administrator, the owner of the tables, who alone grants).
A folder workspace is its owner's alone, so there is nothing to grant there.

The administrator also makes the investigators' database roles (``casedesk init --add-role``): a
login role that may connect to this database. Its password reaches the server only as a SCRAM
verifier computed here by libpq, never as text a server log could keep.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from casedesk.core.changes import Changes
from casedesk.core.errors import UsageError
from casedesk.core.models import Case, CaseAccess
from casedesk.core.service.base import ServiceBase, get
from casedesk.core.timeutil import utcnow
from casedesk.core.views import AccessView
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg

_ROLE_LIMIT = 63  # PostgreSQL's longest role name


class AccessAPI(ServiceBase):
    def case_access(self, case_id: str) -> list[AccessView]:
        """The roles granted the case, by name (empty: open to the whole team)."""
        with self._read() as s:
            get(s, Case, case_id, "case")
            rows = s.scalars(
                select(CaseAccess).where(CaseAccess.case_id == case_id).order_by(CaseAccess.role)
            )
            return [AccessView(r.role, r.can_write, r.granted_by, r.granted_at) for r in rows]

    def grant_access(self, case_id: str, role: str, *, write: bool) -> Changes:
        """Let ``role`` read the case, and change it if ``write``; the case is then closed to roles
        not granted."""
        role = role.strip()
        if not role or len(role) > _ROLE_LIMIT:
            raise UsageError(msg("Name the database role to grant, in at most 63 characters."))
        with self._write() as w:
            self._check_administrator(w.session)
            if not w.session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}):
                raise UsageError(msg("The team database has no role {role!r}.", role=role))
            w.case(case_id)
            row = w.session.get(CaseAccess, (case_id, role))
            if row is not None and row.can_write == write:
                return w.changes
            if row is None:
                w.session.add(
                    CaseAccess(case_id=case_id, role=role, can_write=write, granted_by=self.investigator)
                )
            else:
                row.can_write, row.granted_by, row.granted_at = write, self.investigator, utcnow()
            w.log(case_id, "access_grant", ObjectKind.CASE, case_id, role=role, write=write)
        return w.changes

    def revoke_access(self, case_id: str, role: str) -> Changes:
        """Take back ``role``'s grant (with the last grant gone, the case is open to the team again)."""
        with self._write() as w:
            self._check_administrator(w.session)
            w.case(case_id)
            row = w.session.get(CaseAccess, (case_id, role))
            if row is None:
                raise UsageError(msg("The role {role!r} was granted nothing on this case.", role=role))
            w.session.delete(row)
            w.log(case_id, "access_revoke", ObjectKind.CASE, case_id, role=role)
        return w.changes

    def add_investigator_role(self, role: str, password: str) -> bool:
        """Make ``role`` a login role with ``password`` that may connect to this team database;
        False (and nothing changed) if the server has that role already."""
        role = role.strip()
        if not role or len(role) > _ROLE_LIMIT:
            raise UsageError(msg("Name the database role to grant, in at most 63 characters."))
        if not password:
            raise UsageError(msg("The role {role!r} needs a password to log in with.", role=role))
        from psycopg import errors as pg_errors  # a team workspace's driver, not needed before
        from psycopg import sql

        with self._write() as w:
            self._check_administrator(w.session)
            if w.session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}):
                return False
            driver = w.session.connection().connection.dbapi_connection
            verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
                password.encode(), role.encode(), b"scram-sha-256"
            )
            database = w.session.scalar(text("SELECT current_database()"))
            statements = [
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(verifier.decode())
                ),
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(str(database)), sql.Identifier(role)
                ),
            ]
            cursor = driver.cursor()  # type: ignore[union-attr]
            try:
                for statement in statements:
                    cursor.execute(statement)
            except pg_errors.InsufficientPrivilege as exc:
                raise UsageError(
                    msg(
                        "The administrator's role may not make roles on this server: it needs "
                        "CREATEROLE (ALTER ROLE … CREATEROLE, as a superuser)."
                    )
                ) from exc
            finally:
                cursor.close()
        return True

    def check_administrator(self) -> None:
        """Refuse, with the reason, unless this is a team workspace opened by its administrator."""
        with self._read() as s:
            self._check_administrator(s)

    def _check_administrator(self, s: Session) -> None:
        if s.get_bind().dialect.name != "postgresql":
            raise UsageError(
                msg("Access is granted on a team workspace; a folder workspace is its owner's alone.")
            )
        owner = s.scalar(text("SELECT tableowner FROM pg_tables WHERE tablename = 'case_access'"))
        if owner != s.scalar(text("SELECT session_user")):
            raise UsageError(
                msg("Only the workspace's administrator ({owner}) grants access to a case.", owner=owner)
            )
