"""Errors the core raises; each carries a message fit to show a user as it is."""

from __future__ import annotations


class CaseDeskError(Exception):
    """Base of every error that is the user's to read (never a programming error)."""


class UsageError(CaseDeskError):
    """The request itself is wrong: unknown case, bad argument, ambiguous prefix."""


class NotFoundError(UsageError):
    """A case, evidence item or other object named by the user does not exist."""


class WorkspaceError(CaseDeskError):
    """The workspace cannot be opened or written (read-only, locked, newer schema, corrupt)."""


class IngestError(CaseDeskError):
    """A file could not be taken in as evidence (missing, unreadable, not a regular file)."""


class IntegrityError(CaseDeskError):
    """Stored evidence or the custody log does not match what was recorded."""


class Cancelled(CaseDeskError):
    """Long work stopped because the user asked it to; what was done so far is consistent."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
