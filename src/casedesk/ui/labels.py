"""User-facing names for the core's stored words (statuses, states, stances, grades, custody actions),
in one place and translatable. The stored word stays the key; an unknown one is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casedesk.ui.i18n import isolate


def case_statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("labels", "Open"),
        "verifying": QCoreApplication.translate("labels", "Under verification"),
        "verified": QCoreApplication.translate("labels", "Verified"),
        "disputed": QCoreApplication.translate("labels", "Disputed"),
        "debunked": QCoreApplication.translate("labels", "Debunked"),
        "inconclusive": QCoreApplication.translate("labels", "Inconclusive"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }


def claim_statuses() -> dict[str, str]:
    return {
        "unverified": QCoreApplication.translate("labels", "Unverified"),
        "supported": QCoreApplication.translate("labels", "Supported"),
        "confirmed": QCoreApplication.translate("labels", "Confirmed"),
        "disputed": QCoreApplication.translate("labels", "Disputed"),
        "false": QCoreApplication.translate("labels", "False"),
    }


def check_states() -> dict[str, str]:
    """The states of a checklist item, in the order they are offered."""
    return {
        "pending": QCoreApplication.translate("labels", "Pending"),
        "passed": QCoreApplication.translate("labels", "Passed"),
        "failed": QCoreApplication.translate("labels", "Failed"),
        "inconclusive": QCoreApplication.translate("labels", "Inconclusive"),
        "not_applicable": QCoreApplication.translate("labels", "Not applicable"),
    }


def stances() -> dict[str, str]:
    return {
        "supports": QCoreApplication.translate("labels", "Supports"),
        "contradicts": QCoreApplication.translate("labels", "Contradicts"),
        "context": QCoreApplication.translate("labels", "Context"),
    }


def reliability_labels() -> dict[str, str]:
    """Admiralty (NATO) source reliability, A to F."""
    return {
        "A": QCoreApplication.translate("labels", "Completely reliable"),
        "B": QCoreApplication.translate("labels", "Usually reliable"),
        "C": QCoreApplication.translate("labels", "Fairly reliable"),
        "D": QCoreApplication.translate("labels", "Not usually reliable"),
        "E": QCoreApplication.translate("labels", "Unreliable"),
        "F": QCoreApplication.translate("labels", "Reliability cannot be judged"),
    }


def credibility_labels() -> dict[int, str]:
    """Admiralty (NATO) information credibility, 1 to 6."""
    return {
        1: QCoreApplication.translate("labels", "Confirmed by other sources"),
        2: QCoreApplication.translate("labels", "Probably true"),
        3: QCoreApplication.translate("labels", "Possibly true"),
        4: QCoreApplication.translate("labels", "Doubtful"),
        5: QCoreApplication.translate("labels", "Improbable"),
        6: QCoreApplication.translate("labels", "Truth cannot be judged"),
    }


def reliability_choices() -> list[tuple[str, str]]:
    """ "A — Completely reliable" … "F — Reliability cannot be judged" (the grade is a code, kept as is)."""
    #: An Admiralty grade and its meaning: {0} is the code (A to F, or 1 to 6), {1} what it means.
    pattern = QCoreApplication.translate("labels", "{0} — {1}")
    return [(pattern.format(isolate(grade), label), grade) for grade, label in reliability_labels().items()]


def credibility_choices() -> list[tuple[str, int]]:
    """ "1 — Confirmed by other sources" … "6 — Truth cannot be judged"."""
    #: An Admiralty grade and its meaning: {0} is the code (A to F, or 1 to 6), {1} what it means.
    pattern = QCoreApplication.translate("labels", "{0} — {1}")
    return [(pattern.format(isolate(level), label), level) for level, label in credibility_labels().items()]


def object_types() -> dict[str, str]:
    return {
        "case": QCoreApplication.translate("labels", "Case"),
        "claim": QCoreApplication.translate("labels", "Claim"),
        "evidence": QCoreApplication.translate("labels", "Evidence"),
        "source": QCoreApplication.translate("labels", "Source"),
        "note": QCoreApplication.translate("labels", "Note"),
        "annotation": QCoreApplication.translate("labels", "Annotation"),
        "timeline_event": QCoreApplication.translate("labels", "Event"),
        "place": QCoreApplication.translate("labels", "Place"),
        "checklist_item": QCoreApplication.translate("labels", "Check"),
        "bundle": QCoreApplication.translate("labels", "Bundle"),
    }


def search_fields() -> dict[str, str]:
    """The searchable fields, as a search hit names where it matched."""
    return {
        "title": QCoreApplication.translate("labels", "Title"),
        "summary": QCoreApplication.translate("labels", "Summary"),
        "text": QCoreApplication.translate("labels", "Text"),
        "notes": QCoreApplication.translate("labels", "Notes"),
        "original_name": QCoreApplication.translate("labels", "File name"),
        "description": QCoreApplication.translate("labels", "Description"),
        "transcript": QCoreApplication.translate("labels", "Transcript"),
        "name": QCoreApplication.translate("labels", "Name"),
        "handle": QCoreApplication.translate("labels", "Handle"),
    }


def precision_words() -> dict[str, str]:
    """How precisely a time is known ("known to: the day")."""
    return {
        "year": QCoreApplication.translate("labels", "year only"),
        "month": QCoreApplication.translate("labels", "month"),
        "day": QCoreApplication.translate("labels", "day"),
        "minute": QCoreApplication.translate("labels", "to the minute"),
    }


def custody_actions() -> dict[str, str]:
    """What each custody action word means, for the log's Action column (the word itself is in the
    entry's tooltip: it is what the log records and what a report prints)."""
    return {
        "case_create": QCoreApplication.translate("labels", "Case created"),
        "case_edit": QCoreApplication.translate("labels", "Case edited"),
        "case_link": QCoreApplication.translate("labels", "Related case linked"),
        "case_remove": QCoreApplication.translate("labels", "Related case unlinked"),
        "case_restore": QCoreApplication.translate("labels", "Related case linked again"),
        "evidence_add": QCoreApplication.translate("labels", "Evidence added"),
        "still_extract": QCoreApplication.translate("labels", "Still taken from footage"),
        "wacz_extract": QCoreApplication.translate("labels", "Media taken from a web archive"),
        "proof_extract": QCoreApplication.translate("labels", "Media taken from a ProofMode bundle"),
        "wacz_pages_read": QCoreApplication.translate("labels", "Web archive's page text kept"),
        "evidence_edit": QCoreApplication.translate("labels", "Evidence edited"),
        "evidence_trash": QCoreApplication.translate("labels", "Evidence moved to the trash"),
        "evidence_restore": QCoreApplication.translate("labels", "Evidence restored"),
        "evidence_purge": QCoreApplication.translate("labels", "Evidence deleted for good"),
        "source_create": QCoreApplication.translate("labels", "Source added"),
        "source_edit": QCoreApplication.translate("labels", "Source edited"),
        "source_merge": QCoreApplication.translate("labels", "Sources merged"),
        "source_unmerge": QCoreApplication.translate("labels", "Source merge undone"),
        "source_remove": QCoreApplication.translate("labels", "Source removed"),
        "source_restore": QCoreApplication.translate("labels", "Source restored"),
        "claim_create": QCoreApplication.translate("labels", "Claim added"),
        "claim_edit": QCoreApplication.translate("labels", "Claim edited"),
        "claim_status": QCoreApplication.translate("labels", "Claim status or credibility changed"),
        "claim_link": QCoreApplication.translate("labels", "Claim linked to evidence or a source"),
        "claim_unlink": QCoreApplication.translate("labels", "Claim unlinked from evidence or a source"),
        "claim_remove": QCoreApplication.translate("labels", "Claim removed"),
        "claim_restore": QCoreApplication.translate("labels", "Claim restored"),
        "checklist_change": QCoreApplication.translate("labels", "Checklist item changed"),
        "place_add": QCoreApplication.translate("labels", "Place added"),
        "place_edit": QCoreApplication.translate("labels", "Place edited"),
        "place_remove": QCoreApplication.translate("labels", "Place removed"),
        "place_restore": QCoreApplication.translate("labels", "Place restored"),
        "event_add": QCoreApplication.translate("labels", "Event added"),
        "event_edit": QCoreApplication.translate("labels", "Event edited"),
        "event_remove": QCoreApplication.translate("labels", "Event removed"),
        "event_restore": QCoreApplication.translate("labels", "Event restored"),
        "note_add": QCoreApplication.translate("labels", "Note added"),
        "note_edit": QCoreApplication.translate("labels", "Note edited"),
        "note_remove": QCoreApplication.translate("labels", "Note removed"),
        "note_restore": QCoreApplication.translate("labels", "Note restored"),
        "annotation_add": QCoreApplication.translate("labels", "Annotation added"),
        "annotation_edit": QCoreApplication.translate("labels", "Annotation edited"),
        "annotation_remove": QCoreApplication.translate("labels", "Annotation removed"),
        "annotation_restore": QCoreApplication.translate("labels", "Annotation restored"),
        "export_pdf": QCoreApplication.translate("labels", "Report exported (PDF)"),
        "bundle_export": QCoreApplication.translate("labels", "Bundle exported"),
        "bundle_import": QCoreApplication.translate("labels", "Bundle imported"),
        "bundle_merge": QCoreApplication.translate("labels", "Bundle merged"),
    }


def action_label(action: str) -> str:
    """The custody action as read; an action this version does not know, as the log wrote it."""
    return custody_actions().get(action, action.replace("_", " "))


def problem_kinds() -> dict[str, str]:
    """What Verify found wrong, by kind (the details come from the core, as recorded)."""
    return {
        "custody": QCoreApplication.translate("labels", "Custody log"),
        "file": QCoreApplication.translate("labels", "Original file"),
    }
