"""What reading rows means on each database: rows read straight from the driver inside a session's
transaction, for the few hot reads (verify's custody log, search results) where building SQLAlchemy
rows cost more than the query, and the order a table's rows were stored in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Table, literal_column
from sqlalchemy.orm import Session


def driver_rows(session: Session, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` (``?`` placeholders) as plain tuples, read in ``session``'s transaction
    (so in the same snapshot as everything else it reads), without SQLAlchemy's result processing:
    values come as the driver gives them (SQLite's sqlite3, or psycopg on PostgreSQL: text as str,
    integers as int), and decoding them is the caller's."""
    connection = session.connection()
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if connection.dialect.name == "postgresql":
            cursor.execute(pyformat(sql), tuple(params))
            return list(cursor.fetchall())
        return list(cursor.execute(sql, tuple(params)).fetchall())
    finally:
        cursor.close()


def pyformat(sql: str) -> str:
    """``sql`` with psycopg's placeholders: each ``?`` outside quotes becomes ``%s``, and every
    literal ``%`` is doubled (psycopg reads ``%`` everywhere once there are parameters)."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if ch == "%":
            out.append("%%")
        elif quote is not None:
            out.append(ch)
            if ch == quote:  # a doubled quote closes and reopens: the same state either way
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


def stored_order(session: Session, table: Table) -> list[Any]:
    """The ORDER BY that reads ``table``'s rows as they were stored: SQLite's rowid (insertion order,
    by which views break ties) unless the table numbers its own key; elsewhere the primary key, one
    order that every read of the same rows repeats."""
    if session.get_bind().dialect.name == "sqlite" and numbered_key(table) is None:
        return [literal_column("rowid")]
    return list(table.primary_key.columns)


def numbered_key(table: Table) -> Column[Any] | None:
    """The key the database numbers itself, if the table has one."""
    column = table.autoincrement_column
    return column if column is not None and column.autoincrement is True else None
