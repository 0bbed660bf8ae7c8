"""Fixtures of the team workspace's tests: real servers, started once per session."""

from __future__ import annotations

from .postgres_server import postgres_server, postgres_url

__all__ = ["postgres_server", "postgres_url"]
