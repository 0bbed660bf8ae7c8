"""What a workspace database on a PostgreSQL server (a team workspace) needs beyond SQLAlchemy.

- The URL: ``postgresql://USER@HOST[:PORT]/DB`` (or ``postgres://``, ``postgresql+psycopg://``) runs
  on psycopg 3. The password is libpq's to find (``PGPASSWORD``, ``~/.pgpass``, service files), never
  in the URL CaseDesk keeps; a connect timeout makes an unreachable server an error, not a hang.
- Locks: SQLite's ``BEGIN IMMEDIATE`` serialises every writer. On PostgreSQL writers run
  concurrently at READ COMMITTED, and what must be serialised takes a transaction-level advisory
  lock: a case's custody chain (:func:`lock_case`), and schema migrations (:data:`MIGRATION_LOCK`).
- Search: the folded text of ``search_entry.body`` indexed by a GIN index over
  :func:`search_vector`, matched by the prefix query of :func:`tsquery_text`.
- Errors: libpq's reasons in words a user can act on (:func:`explain_postgres_error`).
"""

from __future__ import annotations

import hashlib
import string
from typing import Any

from sqlalchemy import URL, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from casedesk.i18n import Message, msg

CONNECT_TIMEOUT_S = 10
DRIVER = "postgresql+psycopg"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# Any constant: the key of the lock held while one client migrates the schema.
MIGRATION_LOCK = 0x43444D4947  # "CDMIG"


def engine_url(url: str) -> URL:
    """The SQLAlchemy URL of a team database URL, on the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername not in SCHEMES:
        raise ValueError(f"not a PostgreSQL URL: {parsed.drivername}")
    return parsed.set(drivername=DRIVER)


def connect_args(url: URL) -> dict[str, Any]:
    # The URL may set its own connect_timeout (libpq parameter); the default keeps a dead host finite.
    return {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}


def shown(url: URL) -> str:
    """The URL as a user may see it: never a password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def _key(namespace: str, name: str) -> int:
    """A signed 64-bit advisory-lock key for ``name`` (pg_advisory_xact_lock takes a bigint)."""
    digest = hashlib.sha256(f"casedesk {namespace} {name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def lock_case(session: Session, case_id: str) -> None:
    """Hold the case's lock until the transaction ends: appends to its custody chain take turns, and
    each reads the head the previous one committed (READ COMMITTED: a statement sees every commit
    made before it started). Other cases, and readers, are not held up."""
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _key("custody", case_id)})


# -- search -------------------------------------------------------------------------------------

# Folded text splits into words at these characters before PostgreSQL's parser sees it, as FTS5's
# unicode61 tokenizer splits at every non-letter, non-digit: without this the parser keeps
# "alice@example.org", "www.example.org", "img_0042.jpg" or "3.5" whole, and "example" or "0042"
# would not find them. Explicit code points (not a Unicode property), so the set never changes
# with a Python or PostgreSQL version: migration 0014 stores this exact expression as the generated
# column search_entry.words; changing it needs a migration that rebuilds that column.
_SEPARATOR_RANGES = (
    (0x00A0, 0x00A9),
    (0x00AB, 0x00B1),
    (0x00B4, 0x00B4),
    (0x00B6, 0x00B8),
    (0x00BB, 0x00BB),
    (0x00BF, 0x00BF),
    (0x00D7, 0x00D7),
    (0x00F7, 0x00F7),
    (0x060C, 0x060C),  # Arabic comma, semicolon, question mark, percent and separators, full stop
    (0x061B, 0x061B),
    (0x061F, 0x061F),
    (0x066A, 0x066D),
    (0x06D4, 0x06D4),
    (0x2000, 0x2064),  # spaces, zero-width and bidi marks, dashes, quotes, ellipsis
    (0x2066, 0x206F),
    (0x20AC, 0x20AC),
    (0x2212, 0x2212),
    (0x3000, 0x3003),
    (0xFEFF, 0xFEFF),
)
SEARCH_SEPARATORS = string.punctuation + "".join(
    chr(cp) for first, last in _SEPARATOR_RANGES for cp in range(first, last + 1)
)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"  # standard_conforming_strings: backslashes are plain


def search_vector(column: str) -> str:
    """The SQL text of the indexed tsvector of ``column`` (the GIN index and every query use it)."""
    separators = _literal(SEARCH_SEPARATORS)
    spaces = _literal(" " * len(SEARCH_SEPARATORS))
    return f"to_tsvector('simple'::regconfig, translate({column}, {separators}, {spaces}))"


def _words(folded: str) -> list[str]:
    """``folded`` cut into words as the index cuts it: runs of letters and digits."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in folded)
    return cleaned.split()


def tsquery_text(folded_query: str) -> str | None:
    """A to_tsquery input where every word of the (folded) query must occur as a prefix, and a word
    holding punctuation ("example.org") is a phrase of its parts, the last a prefix, as FTS5 reads
    a quoted phrase. Only letters and digits reach the query, each part quoted: user input cannot
    form an operator."""
    groups = []
    for word in folded_query.split():
        parts = _words(word)
        if not parts:
            continue
        quoted = [_literal(part.replace("\\", "\\\\")) for part in parts]
        groups.append("(" + " <-> ".join([*quoted[:-1], quoted[-1] + ":*"]) + ")")
    return " & ".join(groups) if groups else None


# -- errors -------------------------------------------------------------------------------------


def _where(url: URL) -> dict[str, object]:
    return {"host": url.host or "localhost", "port": url.port or 5432, "database": url.database or ""}


def explain_postgres_error(exc: DBAPIError, url: URL) -> Message | None:
    """libpq's and the server's reasons in words a user can act on; None for an error that is not
    about reaching or writing the database (a constraint, a programming error): raised as it is."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or ""
    reason = str(orig).strip()
    lowered = reason.lower()
    where = _where(url)
    user = url.username or ""
    if state in ("28P01", "28000") or "password authentication failed" in lowered or "no password" in lowered:
        return msg(
            "The team database server {host}:{port} refused the password of {user}. Set the password "
            "the usual PostgreSQL way (PGPASSWORD, ~/.pgpass or a service file) and try again.",
            user=user,
            **where,
        )
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return msg(
            "The team database {database} does not exist on the server {host}:{port}. Ask its "
            "administrator to create it, or check the URL.",
            **where,
        )
    if state == "42501" or "permission denied" in lowered:
        return msg(
            "The team database {database} on {host}:{port} does not let {user} do this "
            "(permission denied); nothing was recorded. Ask its administrator for access.",
            user=user,
            **where,
        )
    if state == "25006" or "read-only" in lowered or "hot standby" in lowered:
        return msg(
            "The team database {database} on {host}:{port} is read-only for {user}; nothing was recorded.",
            user=user,
            **where,
        )
    if state == "53100" or "no space left" in lowered:
        return msg(
            "The team database server {host}:{port} is out of disk space; nothing was recorded. "
            "Tell its administrator.",
            **where,
        )
    if state in ("40001", "40P01"):
        return msg(
            "The team database {database} was busy with another investigator's change; nothing was "
            "recorded. Try again.",
            **where,
        )
    if "timeout expired" in lowered:
        return msg(
            "The team database server {host}:{port} did not answer within {seconds} s. Check the "
            "network and that the server is running.",
            seconds=url.query.get("connect_timeout", CONNECT_TIMEOUT_S),
            **where,
        )
    unreachable = ("connection refused", "could not translate host name", "no route to host", "unreachable")
    if any(word in lowered for word in unreachable):
        return msg(
            "Cannot reach the team database server {host}:{port} ({reason}). Check the network, the "
            "URL and that the server is running.",
            reason=_reason(reason),
            **where,
        )
    if state.startswith("08") or state.startswith("57P") or "server closed the connection" in lowered:
        return msg(
            "The connection to the team database server {host}:{port} was lost ({reason}); nothing "
            "was recorded. Try again.",
            reason=_reason(reason),
            **where,
        )
    if state == "" and isinstance(exc, DBAPIError) and type(exc).__name__ == "OperationalError":
        return msg(
            "The team database {database} on {host}:{port} could not be used ({reason}); "
            "nothing was recorded.",
            reason=_reason(reason),
            **where,
        )
    return None


def _reason(reason: str) -> str:
    """libpq's reason without its "connection to server at ... failed:" preamble and hint lines."""
    line = reason.strip().splitlines()[0] if reason.strip() else reason
    return line.rsplit("failed:", 1)[-1].strip() or line
