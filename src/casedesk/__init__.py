"""CaseDesk: offline case management for open-source investigators."""

__version__ = "0.1.0"
