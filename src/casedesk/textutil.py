"""Showing user-supplied text (file names, archive entries, messages) safely on one line."""

from __future__ import annotations


def printable(text: str) -> str:
    """Control characters, newlines and bidi overrides written as escapes; everything else as is.

    So Arabic or accented names stay readable, while a name cannot break a line or reorder the
    text around it on a terminal, in a report or in an error message.
    """
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def clip(text: str, limit: int = 500) -> str:
    """At most ``limit`` characters, with an ellipsis when something was cut."""
    return text if len(text) <= limit else text[:limit] + "…"
