"""User-facing names for the core's enum values, in one place and translatable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casedesk.core.vocabulary import CREDIBILITY, RELIABILITY


def _t(text: object) -> str:
    # Takes object because the PySide6 stubs type QT_TRANSLATE_NOOP as returning object, though at
    # runtime it returns its message str unchanged; str() is therefore a no-op on every real call.
    return QCoreApplication.translate("labels", str(text))


def case_statuses() -> dict[str, str]:
    return {
        "open": _t(QT_TRANSLATE_NOOP("labels", "Open")),
        "verifying": _t(QT_TRANSLATE_NOOP("labels", "Under verification")),
        "verified": _t(QT_TRANSLATE_NOOP("labels", "Verified")),
        "disputed": _t(QT_TRANSLATE_NOOP("labels", "Disputed")),
        "debunked": _t(QT_TRANSLATE_NOOP("labels", "Debunked")),
        "inconclusive": _t(QT_TRANSLATE_NOOP("labels", "Inconclusive")),
        "closed": _t(QT_TRANSLATE_NOOP("labels", "Closed")),
    }


def claim_statuses() -> dict[str, str]:
    return {
        "unverified": _t(QT_TRANSLATE_NOOP("labels", "Unverified")),
        "supported": _t(QT_TRANSLATE_NOOP("labels", "Supported")),
        "confirmed": _t(QT_TRANSLATE_NOOP("labels", "Confirmed")),
        "disputed": _t(QT_TRANSLATE_NOOP("labels", "Disputed")),
        "false": _t(QT_TRANSLATE_NOOP("labels", "False")),
    }


def stances() -> dict[str, str]:
    return {
        "supports": _t(QT_TRANSLATE_NOOP("labels", "Supports")),
        "contradicts": _t(QT_TRANSLATE_NOOP("labels", "Contradicts")),
        "context": _t(QT_TRANSLATE_NOOP("labels", "Context")),
    }


def reliability_choices() -> list[tuple[str, str]]:
    """Admiralty source reliability, "A — Completely reliable" … "F — Reliability cannot be judged"."""
    return [(f"{grade} — {_t(label)}", grade) for grade, label in RELIABILITY.items()]


def credibility_choices() -> list[tuple[str, int]]:
    """Information credibility, "1 — Confirmed by other sources" … "6 — Truth cannot be judged"."""
    return [(f"{level} — {_t(label)}", level) for level, label in CREDIBILITY.items()]


def object_types() -> dict[str, str]:
    return {
        "case": _t(QT_TRANSLATE_NOOP("labels", "Case")),
        "claim": _t(QT_TRANSLATE_NOOP("labels", "Claim")),
        "evidence": _t(QT_TRANSLATE_NOOP("labels", "Evidence")),
        "source": _t(QT_TRANSLATE_NOOP("labels", "Source")),
        "note": _t(QT_TRANSLATE_NOOP("labels", "Note")),
        "timeline_event": _t(QT_TRANSLATE_NOOP("labels", "Event")),
        "place": _t(QT_TRANSLATE_NOOP("labels", "Place")),
        "checklist_item": _t(QT_TRANSLATE_NOOP("labels", "Check")),
    }


def count_text(n: int, one: str, many: str) -> str:
    """Singular or plural ("1 item", "7 items"); ``many`` holds {0} for the number."""
    return _t(one) if n == 1 else _t(many).format(n)
