"""Chronolocation in the viewer: draw a vertical object's shadow on a still, find the matching times."""

from __future__ import annotations

from casedesk.ui.chrono.dialog import ChronoDialog, open_chrono_dialog

__all__ = ["ChronoDialog", "open_chrono_dialog"]
