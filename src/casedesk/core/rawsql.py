"""Rows read straight from the SQLite driver inside a session's transaction, for the few hot reads
(verify's custody log, search results) where building SQLAlchemy rows cost more than the query."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session


def driver_rows(session: Session, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` (``?`` placeholders) as plain tuples, read in ``session``'s transaction
    (so in the same snapshot as everything else it reads), without SQLAlchemy's result processing:
    values come as SQLite stores them, and decoding them is the caller's."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return list(cursor.execute(sql, tuple(params)).fetchall())
    finally:
        cursor.close()
