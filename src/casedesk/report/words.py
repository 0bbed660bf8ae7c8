"""The case's stored words (statuses, states, stances, kinds, custody actions, Admiralty grades) as the
report names them in its language.

In English the report prints the stored word itself ("unverified", "not applicable", "case_create"),
as it always has: the English "translation" of each is that word. A word this version does not know
is printed as stored.
"""

from __future__ import annotations

from collections import Counter

from casedesk.core.views import ChecklistProgress
from casedesk.report.i18n import Language


def case_status(lang: Language, status: str) -> str:
    return {
        "open": lang.tr("open", "case status"),
        "verifying": lang.tr("verifying", "case status"),
        "verified": lang.tr("verified", "case status"),
        "disputed": lang.tr("disputed", "case status"),
        "debunked": lang.tr("debunked", "case status"),
        "inconclusive": lang.tr("inconclusive", "case status"),
        "closed": lang.tr("closed", "case status"),
    }.get(status, status)


def claim_status(lang: Language, status: str) -> str:
    return {
        "unverified": lang.tr("unverified", "claim status"),
        "supported": lang.tr("supported", "claim status"),
        "confirmed": lang.tr("confirmed", "claim status"),
        "disputed": lang.tr("disputed", "claim status"),
        "false": lang.tr("false", "claim status"),
    }.get(status, status)


def state_name(lang: Language, state: str) -> str:
    """A checklist item's state."""
    return {
        "pending": lang.tr("pending", "check state"),
        "passed": lang.tr("passed", "check state"),
        "failed": lang.tr("failed", "check state"),
        "not_applicable": lang.tr("not applicable", "check state"),
        "inconclusive": lang.tr("inconclusive", "check state"),
    }.get(state, state.replace("_", " "))


def stance(lang: Language, stance: str) -> str:
    """How an evidence item bears on a claim."""
    return {
        "supports": lang.tr("supports", "stance of evidence towards a claim"),
        "contradicts": lang.tr("contradicts", "stance of evidence towards a claim"),
        "context": lang.tr("context", "stance of evidence towards a claim"),
    }.get(stance, stance)


def kind_name(lang: Language, kind: str, *, short: bool = False) -> str:
    """An evidence item's kind: "still image" (``short``: "still", as the summary counts them)."""
    if short and kind == "still":
        return lang.tr("still", "kind of evidence, counted in the summary")
    return {
        "still": lang.tr("still image"),
        "video": lang.tr("video", "kind of evidence"),
        "audio": lang.tr("audio", "kind of evidence"),
        "document": lang.tr("document", "kind of evidence"),
        "other": lang.tr("other", "kind of evidence"),
    }.get(kind, kind)


def decode_status(lang: Language, status: str) -> str:
    """How far an item's file could be decoded (shown when not fully)."""
    return {
        "partial": lang.tr("partial", "decoding of a file"),
        "failed": lang.tr("failed", "decoding of a file"),
        "refused": lang.tr("refused", "decoding of a file"),
    }.get(status, status)


def object_type(lang: Language, kind: str) -> str:
    """What a custody entry is about (the log's ``object_type``)."""
    return {
        "case": lang.tr("case", "custody entry's object type"),
        "evidence": lang.tr("evidence", "custody entry's object type"),
        "source": lang.tr("source", "custody entry's object type"),
        "claim": lang.tr("claim", "custody entry's object type"),
        "checklist_item": lang.tr("checklist_item", "custody entry's object type"),
        "place": lang.tr("place", "custody entry's object type"),
        "timeline_event": lang.tr("timeline_event", "custody entry's object type"),
        "note": lang.tr("note", "custody entry's object type"),
        "annotation": lang.tr("annotation", "custody entry's object type"),
        "bundle": lang.tr("bundle", "custody entry's object type"),
    }.get(kind, kind)


def action_name(lang: Language, action: str) -> str:
    """What a custody action means ("case_create": "Dossier créé"); in English, the word itself."""
    return _actions(lang).get(action, action)


def _actions(lang: Language) -> dict[str, str]:
    if lang.code == "en":
        return {}
    #: A custody action as the log records it, for the Action column of the custody log: translate what
    #: it means ("Case created"). The recorded word is printed under it.
    return {
        "case_create": lang.tr("case_create", "custody action"),
        "case_edit": lang.tr("case_edit", "custody action"),
        "case_link": lang.tr("case_link", "custody action"),
        "case_remove": lang.tr("case_remove", "custody action"),
        "case_restore": lang.tr("case_restore", "custody action"),
        "evidence_add": lang.tr("evidence_add", "custody action"),
        "still_extract": lang.tr("still_extract", "custody action"),
        "wacz_extract": lang.tr("wacz_extract", "custody action"),
        "proof_extract": lang.tr("proof_extract", "custody action"),
        "wacz_pages_read": lang.tr("wacz_pages_read", "custody action"),
        "evidence_edit": lang.tr("evidence_edit", "custody action"),
        "evidence_trash": lang.tr("evidence_trash", "custody action"),
        "evidence_restore": lang.tr("evidence_restore", "custody action"),
        "evidence_purge": lang.tr("evidence_purge", "custody action"),
        "source_create": lang.tr("source_create", "custody action"),
        "source_edit": lang.tr("source_edit", "custody action"),
        "source_merge": lang.tr("source_merge", "custody action"),
        "source_unmerge": lang.tr("source_unmerge", "custody action"),
        "source_remove": lang.tr("source_remove", "custody action"),
        "source_restore": lang.tr("source_restore", "custody action"),
        "claim_create": lang.tr("claim_create", "custody action"),
        "claim_edit": lang.tr("claim_edit", "custody action"),
        "claim_status": lang.tr("claim_status", "custody action"),
        "claim_link": lang.tr("claim_link", "custody action"),
        "claim_unlink": lang.tr("claim_unlink", "custody action"),
        "claim_remove": lang.tr("claim_remove", "custody action"),
        "claim_restore": lang.tr("claim_restore", "custody action"),
        "checklist_change": lang.tr("checklist_change", "custody action"),
        "place_add": lang.tr("place_add", "custody action"),
        "place_edit": lang.tr("place_edit", "custody action"),
        "place_remove": lang.tr("place_remove", "custody action"),
        "place_restore": lang.tr("place_restore", "custody action"),
        "event_add": lang.tr("event_add", "custody action"),
        "event_edit": lang.tr("event_edit", "custody action"),
        "event_remove": lang.tr("event_remove", "custody action"),
        "event_restore": lang.tr("event_restore", "custody action"),
        "note_add": lang.tr("note_add", "custody action"),
        "note_edit": lang.tr("note_edit", "custody action"),
        "note_remove": lang.tr("note_remove", "custody action"),
        "note_restore": lang.tr("note_restore", "custody action"),
        "annotation_add": lang.tr("annotation_add", "custody action"),
        "annotation_edit": lang.tr("annotation_edit", "custody action"),
        "annotation_remove": lang.tr("annotation_remove", "custody action"),
        "annotation_restore": lang.tr("annotation_restore", "custody action"),
        "export_pdf": lang.tr("export_pdf", "custody action"),
        "bundle_export": lang.tr("bundle_export", "custody action"),
        "bundle_import": lang.tr("bundle_import", "custody action"),
        "bundle_merge": lang.tr("bundle_merge", "custody action"),
        "timestamp_request": lang.tr("timestamp_request", "custody action"),
        "timestamp_import": lang.tr("timestamp_import", "custody action"),
    }


def reliability(lang: Language, grade: str, label: str) -> str:
    """What an Admiralty source grade (A to F) means; ``label`` is the case's English words for it."""
    if lang.code == "en":
        return label
    return {
        "A": lang.tr("Completely reliable"),
        "B": lang.tr("Usually reliable"),
        "C": lang.tr("Fairly reliable"),
        "D": lang.tr("Not usually reliable"),
        "E": lang.tr("Unreliable"),
        "F": lang.tr("Reliability cannot be judged"),
    }.get(grade, label)


def credibility(lang: Language, level: int, label: str) -> str:
    """What an Admiralty information credibility (1 to 6) means."""
    if lang.code == "en":
        return label
    return {
        1: lang.tr("Confirmed by other sources"),
        2: lang.tr("Probably true"),
        3: lang.tr("Possibly true"),
        4: lang.tr("Doubtful"),
        5: lang.tr("Improbable"),
        6: lang.tr("Truth cannot be judged"),
    }.get(level, label)


def progress(lang: Language, progress: ChecklistProgress) -> str:
    """ "6 of 11 passed, 1 failed, 4 pending" (states with no items are left out)."""
    counts = progress.counts
    parts = [lang.trn("%n of {0} passed", counts.get("passed", 0)).format(lang.count(progress.total))]
    for state in ("failed", "inconclusive", "not_applicable", "pending"):
        n = counts.get(state, 0)
        if not n:
            continue
        if state == "failed":
            parts.append(lang.trn("%n failed", n))
        elif state == "inconclusive":
            parts.append(lang.trn("%n inconclusive", n))
        elif state == "not_applicable":
            parts.append(lang.trn("%n not applicable", n))
        else:
            parts.append(lang.trn("%n pending", n))
    return lang.tr(", ").join(parts)


def section_title(lang: Language, name: str) -> str:
    """A section's title (the cover's contents, its heading, its bookmark)."""
    return {
        "summary": lang.tr("Summary"),
        "claims": lang.tr("Claims"),
        "sources": lang.tr("Sources"),
        "timeline": lang.tr("Timeline"),
        "places": lang.tr("Places"),
        "evidence": lang.tr("Evidence catalogue"),
        "checklist": lang.tr("Verification checklist"),
        "custody": lang.tr("Custody log"),
        "manifest": lang.tr("Appendix: integrity manifest"),
    }[name]


def counted(lang: Language, counter: Counter[str]) -> str:
    """ "3 unverified, 1 false": each name counted, in the order of the names."""
    #: A count, then what is counted (a claim status, a kind of evidence, a custody action): {0} is
    #: the number, {1} the name. Reorder freely ("non vérifié : 3") so the name need not agree with it.
    pattern = lang.tr("{0} {1}", "a count and what is counted")
    return lang.tr(", ").join(
        pattern.format(lang.count(n), name.replace("_", " ")) for name, n in sorted(counter.items())
    )
