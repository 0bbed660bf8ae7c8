"""A custody entry's details as the report prints them: each field named in the report's language,
each value as the log records it.

The log's field names are English identifiers (``sha256``, ``original_name``, ``changes``): in an
English report they are printed as recorded, as the actions are; in French and Arabic each known
field is named in the language (one table, below), and a field this version does not know keeps its
recorded name. Values stay as recorded (hashes, names, numbers, times), except yes and no, and the
"from … to …" of a change. A mapping is shown one level deep, its own fields named the same way.
"""

from __future__ import annotations

import json
from typing import Any

from casedesk.report.i18n import Language

LIMIT = 160  # characters of one value shown; the whole entry is in the bundle and the log


def details_text(lang: Language, details: dict[str, Any], names: dict[str, str], limit: int = LIMIT) -> str:
    """The entry's details, one per line, "name: value" (``names``: :func:`detail_names`, made once
    per report); a change's fields each a line of their own, "field: from … to …". A line each, so
    that in Arabic each name stays with its value: on one line, the bidi algorithm would draw a
    Latin value of one detail beside the name of the next."""
    lines = []
    for key, value in details.items():
        if key == "changes" and isinstance(value, dict):
            lines += [_change(lang, field, change, names, limit) for field, change in value.items()]
        else:
            lines.append(_pair(lang, names.get(key, key), _value(lang, value, names, limit)))
    return "\n".join(lines)


def _pair(lang: Language, name: str, value: str) -> str:
    #: One detail of a custody entry: {0} its field's name, {1} its value as recorded.
    return lang.tr("{0}: {1}", "a custody entry's detail").format(name, value)


def _value(lang: Language, value: Any, names: dict[str, str], limit: int) -> str:
    if isinstance(value, dict):
        inner = (_pair(lang, names.get(str(k), str(k)), _plain(lang, v, limit)) for k, v in value.items())
        return "(" + ", ".join(inner) + ")"
    return _plain(lang, value, limit)


def _change(lang: Language, field: str, change: Any, names: dict[str, str], limit: int) -> str:
    name = names.get(field, field)
    if isinstance(change, dict) and set(change) == {"from", "to"}:
        #: One field's change in a custody entry: {0} the field, {1} its old value, {2} its new one.
        text = lang.tr("{0}: from {1} to {2}")
        return text.format(name, _plain(lang, change["from"], limit), _plain(lang, change["to"], limit))
    return _pair(lang, name, _plain(lang, change, limit))


def _plain(lang: Language, value: Any, limit: int) -> str:
    if isinstance(value, bool):
        return (
            lang.tr("yes", "a custody entry's detail") if value else lang.tr("no", "a custody entry's detail")
        )
    if value == "":
        return "—"  # recorded empty (a note not written yet): a mark, not nothing between two words
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"


def detail_names(lang: Language) -> dict[str, str]:
    """Each known field's name in the report's language (none in English: printed as recorded)."""
    if lang.code == "en":
        return {}
    #: A field of a custody entry's details, as the log records it (an English identifier): its
    #: name in the custody log's Details column. The recorded value follows it.
    return {
        "acquired_at": lang.tr("acquired_at", "custody entry detail"),
        "added": lang.tr("added", "custody entry detail"),
        "anchor": lang.tr("anchor", "custody entry detail"),
        "anchor_der": lang.tr("anchor_der", "custody entry detail"),
        "anchor_sha256": lang.tr("anchor_sha256", "custody entry detail"),
        "as_of": lang.tr("as_of", "custody entry detail"),
        "blur_sensitive": lang.tr("blur_sensitive", "custody entry detail"),
        "body_sha256": lang.tr("body_sha256", "custody entry detail"),
        "bundle_sha256": lang.tr("bundle_sha256", "custody entry detail"),
        "c2pa": lang.tr("c2pa", "custody entry detail"),
        "changes": lang.tr("changes", "custody entry detail"),
        "characters": lang.tr("characters", "custody entry detail"),
        "claims": lang.tr("claims", "custody entry detail"),
        "classification": lang.tr("classification", "custody entry detail"),
        "common_entries": lang.tr("common_entries", "custody entry detail"),
        "compute_type": lang.tr("compute_type", "custody entry detail"),
        "conflicts": lang.tr("conflicts", "custody entry detail"),
        "content_type": lang.tr("content_type", "custody entry detail"),
        "corrects": lang.tr("corrects", "custody entry detail"),
        "covers": lang.tr("covers", "custody entry detail"),
        "credibility": lang.tr("credibility", "custody entry detail"),
        "ctranslate2_version": lang.tr("ctranslate2_version", "custody entry detail"),
        "custody": lang.tr("custody", "custody entry detail"),
        "decode_status": lang.tr("decode_status", "custody entry detail"),
        "description": lang.tr("description", "custody entry detail"),
        "duration_s": lang.tr("duration_s", "custody entry detail"),
        "encrypted": lang.tr("encrypted", "custody entry detail"),
        "engine": lang.tr("engine", "custody entry detail"),
        "engine_version": lang.tr("engine_version", "custody entry detail"),
        "entry": lang.tr("entry", "custody entry detail"),
        "error": lang.tr("error", "custody entry detail"),
        "evidence": lang.tr("evidence", "custody entry detail"),
        "evidence_id": lang.tr("evidence_id", "custody entry detail"),
        "exported_at": lang.tr("exported_at", "custody entry detail"),
        "exported_by": lang.tr("exported_by", "custody entry detail"),
        "exported_with": lang.tr("exported_with", "custody entry detail"),
        "file": lang.tr("file", "custody entry detail"),
        "findings_sha256": lang.tr("findings_sha256", "custody entry detail"),
        "first_seen": lang.tr("first_seen", "custody entry detail"),
        "gen_time": lang.tr("gen_time", "custody entry detail"),
        "graphic": lang.tr("graphic", "custody entry detail"),
        "handle": lang.tr("handle", "custody entry detail"),
        "hash": lang.tr("hash", "custody entry detail"),
        "hash_algorithm": lang.tr("hash_algorithm", "custody entry detail"),
        "hashes_checked": lang.tr("hashes_checked", "custody entry detail"),
        "history_versions": lang.tr("history_versions", "custody entry detail"),
        "imprint": lang.tr("imprint", "custody entry detail"),
        "incident_time": lang.tr("incident_time", "custody entry detail"),
        "kept": lang.tr("kept", "custody entry detail"),
        "key": lang.tr("key", "custody entry detail"),
        "language": lang.tr("language", "custody entry detail"),
        "language_detected": lang.tr("language_detected", "custody entry detail"),
        "language_probability": lang.tr("language_probability", "custody entry detail"),
        "languages": lang.tr("languages", "custody entry detail"),
        "lat": lang.tr("lat", "custody entry detail"),
        "libraries": lang.tr("libraries", "custody entry detail"),
        "lon": lang.tr("lon", "custody entry detail"),
        "manifest_digest": lang.tr("manifest_digest", "custody entry detail"),
        "manifest_sha256": lang.tr("manifest_sha256", "custody entry detail"),
        "mean_confidence": lang.tr("mean_confidence", "custody entry detail"),
        "media_type": lang.tr("media_type", "custody entry detail"),
        "merged": lang.tr("merged", "custody entry detail"),
        "methods": lang.tr("methods", "custody entry detail"),
        "model": lang.tr("model", "custody entry detail"),
        "models": lang.tr("models", "custody entry detail"),
        "name": lang.tr("name", "custody entry detail"),
        "new_carried": lang.tr("new_carried", "custody entry detail"),
        "new_entries": lang.tr("new_entries", "custody entry detail"),
        "nonce": lang.tr("nonce", "custody entry detail"),
        "note": lang.tr("note", "custody entry detail"),
        "notes": lang.tr("notes", "custody entry detail"),
        "ocr_languages": lang.tr("ocr_languages", "custody entry detail"),
        "offset_s": lang.tr("offset_s", "custody entry detail"),
        "omit_graphic": lang.tr("omit_graphic", "custody entry detail"),
        "omit_personal": lang.tr("omit_personal", "custody entry detail"),
        "options": lang.tr("options", "custody entry detail"),
        "original_name": lang.tr("original_name", "custody entry detail"),
        "original_path": lang.tr("original_path", "custody entry detail"),
        "original_removed": lang.tr("original_removed", "custody entry detail"),
        "pages": lang.tr("pages", "custody entry detail"),
        "pages_read": lang.tr("pages_read", "custody entry detail"),
        "parent_id": lang.tr("parent_id", "custody entry detail"),
        "parent_sha256": lang.tr("parent_sha256", "custody entry detail"),
        "partial": lang.tr("partial", "custody entry detail"),
        "personal_data": lang.tr("personal_data", "custody entry detail"),
        "place_id": lang.tr("place_id", "custody entry detail"),
        "platform": lang.tr("platform", "custody entry detail"),
        "policy": lang.tr("policy", "custody entry detail"),
        "precision": lang.tr("precision", "custody entry detail"),
        "proofmode": lang.tr("proofmode", "custody entry detail"),
        "provenance": lang.tr("provenance", "custody entry detail"),
        "reader": lang.tr("reader", "custody entry detail"),
        "reason": lang.tr("reason", "custody entry detail"),
        "reliability": lang.tr("reliability", "custody entry detail"),
        "remote_entries": lang.tr("remote_entries", "custody entry detail"),
        "remote_head": lang.tr("remote_head", "custody entry detail"),
        "replaces": lang.tr("replaces", "custody entry detail"),
        "request": lang.tr("request", "custody entry detail"),
        "request_seq": lang.tr("request_seq", "custody entry detail"),
        "response": lang.tr("response", "custody entry detail"),
        "restored": lang.tr("restored", "custody entry detail"),
        "role": lang.tr("role", "custody entry detail"),
        "scheme": lang.tr("scheme", "custody entry detail"),
        "screenshot": lang.tr("screenshot", "custody entry detail"),
        "sections": lang.tr("sections", "custody entry detail"),
        "segments": lang.tr("segments", "custody entry detail"),
        "seq": lang.tr("seq", "custody entry detail"),
        "serial": lang.tr("serial", "custody entry detail"),
        "sha256": lang.tr("sha256", "custody entry detail"),
        "shared_claims": lang.tr("shared_claims", "custody entry detail"),
        "signature": lang.tr("signature", "custody entry detail"),
        "signature_state": lang.tr("signature_state", "custody entry detail"),
        "signatures": lang.tr("signatures", "custody entry detail"),
        "signed": lang.tr("signed", "custody entry detail"),
        "signer": lang.tr("signer", "custody entry detail"),
        "signer_fingerprint": lang.tr("signer_fingerprint", "custody entry detail"),
        "signer_public_key": lang.tr("signer_public_key", "custody entry detail"),
        "size": lang.tr("size", "custody entry detail"),
        "sniffed_type": lang.tr("sniffed_type", "custody entry detail"),
        "source_id": lang.tr("source_id", "custody entry detail"),
        "stance": lang.tr("stance", "custody entry detail"),
        "state": lang.tr("state", "custody entry detail"),
        "status": lang.tr("status", "custody entry detail"),
        "summary": lang.tr("summary", "custody entry detail"),
        "tags": lang.tr("tags", "custody entry detail"),
        "template": lang.tr("template", "custody entry detail"),
        "text": lang.tr("text", "custody entry detail"),
        "text_sha256": lang.tr("text_sha256", "custody entry detail"),
        "title": lang.tr("title", "custody entry detail"),
        "transcript": lang.tr("transcript", "custody entry detail"),
        "truncated": lang.tr("truncated", "custody entry detail"),
        "trust": lang.tr("trust", "custody entry detail"),
        "tsa": lang.tr("tsa", "custody entry detail"),
        "verified": lang.tr("verified", "custody entry detail"),
        "wacz": lang.tr("wacz", "custody entry detail"),
        "wacz_sha256": lang.tr("wacz_sha256", "custody entry detail"),
        "wacz_verified": lang.tr("wacz_verified", "custody entry detail"),
        "warc_date": lang.tr("warc_date", "custody entry detail"),
        "warc_digest": lang.tr("warc_digest", "custody entry detail"),
        "warc_file": lang.tr("warc_file", "custody entry detail"),
        "warc_record_id": lang.tr("warc_record_id", "custody entry detail"),
        "warc_record_type": lang.tr("warc_record_type", "custody entry detail"),
        "warc_target_uri": lang.tr("warc_target_uri", "custody entry detail"),
        "when": lang.tr("when", "custody entry detail"),
        "withdrawn": lang.tr("withdrawn", "custody entry detail"),
        "words": lang.tr("words", "custody entry detail"),
        "write": lang.tr("write", "custody entry detail"),
    }
