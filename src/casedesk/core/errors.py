"""Errors the core raises; each carries a message fit to show a user as it is, in any language.

The message is a :class:`~casedesk.i18n.Message` made with ``msg(...)``: ``str(err)`` is its English
sentence (what the command line prints by default, and what the tests read), ``err.message`` the
message itself, which the GUI and the command line show in the interface's language. Plain text is
still accepted while code is converted: it is shown as recorded (matched against the catalogue).
"""

from __future__ import annotations

from casedesk.i18n import Message, as_message, msg


class CaseDeskError(Exception):
    """Base of every error that is the user's to read (never a programming error)."""

    def __init__(self, message: Message | str = "") -> None:
        self.message: Message = as_message(message)
        super().__init__(str(self.message))


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

    def __init__(self, message: Message | str | None = None) -> None:
        super().__init__(msg("Cancelled.") if message is None else message)
