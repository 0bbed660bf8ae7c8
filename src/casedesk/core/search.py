"""Workspace-wide full-text search (SQLite FTS5; on PostgreSQL, a GIN index over tsvectors).

Text is folded in Python before it is indexed and before it is matched: Unicode compatibility
decomposition, combining marks removed (Arabic harakat and hamza carriers, Latin accents), tatweel
dropped, final forms unified (ى→ي, ة→ه) and case folded. So "قتلى" finds "قَتْلَى", "أكد" finds "اكد",
and "securite" finds "sécurité". The index is maintained from ORM flushes, so every write path
(service, bundle import) keeps it current without knowing about it.

An item's Content Credentials (its provenance record: signer, claim generator), the signers of its
detached OpenPGP signatures (user id, fingerprints, key id: field ``pgp_signers``), what the signed
phone capture it is the media of states (device, network, addresses, keys: field ``capture``) and its
derived text
(``evidence_text``, each kind as the field ``<kind>_text``: OCR ``ocr_text``, the machine's transcript
``transcript_text``, the investigator's corrected transcript ``transcript_edit_text``) are found as
the item itself: their fields are indexed with the evidence's, and a new reading, recognition,
transcript or correction re-indexes the item.

Storage (migration 0008): each indexed field is a row of the plain table ``search_entry``, indexed
by (object_type, object_id); ``search_index`` is an FTS5 table over it (external content) that
triggers keep in step, by rowid. So re-indexing an object deletes its rows through a B-tree index,
not by scanning the FTS table's unindexed columns, and the text is stored once.

On PostgreSQL (a team workspace) the same ``search_entry`` rows are found through a GIN index over
their stored ``words``, ``to_tsvector('simple', body)`` (body split at punctuation first, as
unicode61 splits it: :func:`casedesk.core.postgres.search_vector`); the query is the same: every
word as a prefix, the best ``limit`` by rank (``ts_rank``), shown grouped by case. A word matching
more than ``RANKED_MATCHES`` entries ranks the newest that many (migration 0014: ranking every
match of a common word among a million entries took seconds); with fewer, the result is SQLite's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from casedesk.core.models import (
    Base,
    Case,
    Claim,
    Evidence,
    EvidenceProvenance,
    EvidenceText,
    Note,
    Place,
    Source,
    TimelineEvent,
)
from casedesk.core.postgres import tsquery_text
from casedesk.core.rawsql import driver_rows

_ARABIC_FINALS = str.maketrans({"ى": "ي", "ة": "ه", "\u0640": None})

# Which text fields of which objects are searchable.
INDEXED_FIELDS: dict[type[Base], tuple[str, ...]] = {
    Case: ("title", "summary"),
    Claim: ("text", "notes"),
    Evidence: ("original_name", "description", "transcript"),
    Source: ("name", "handle", "notes"),
    Note: ("text",),
    TimelineEvent: ("title", "description"),
    Place: ("name", "notes"),
}
# Fields of a record indexed as part of the evidence item it describes (same id, object type "evidence").
EVIDENCE_EXTRA_FIELDS: tuple[str, ...] = ("c2pa_signer", "c2pa_claim_generator")  # of EvidenceProvenance
OBJECT_TYPES: dict[type[Base], str] = {
    Case: "case",
    Claim: "claim",
    Evidence: "evidence",
    Source: "source",
    Note: "note",
    TimelineEvent: "timeline_event",
    Place: "place",
}


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_ARABIC_FINALS).casefold()


def _case_id_of(obj: Any) -> str:
    return str(obj.id if isinstance(obj, Case) else obj.case_id)


# Rows of search_entry; its triggers index (and un-index) them in search_index.
INSERT_ENTRY = text(
    "INSERT INTO search_entry (case_id, object_type, object_id, field, original, body) "
    "VALUES (:c, :t, :i, :f, :o, :b)"
)


def entries(
    object_type: str, case_id: str, object_id: str, values: Iterable[tuple[str, str | None]]
) -> list[dict[str, str]]:
    """The search_entry rows for one object's (field, text) pairs: blank fields are not indexed."""
    return [
        {"c": case_id, "t": object_type, "i": object_id, "f": field, "o": value, "b": fold(value)}
        for field, value in values
        if value and value.strip()
    ]


def _reindex(
    session: Session,
    obj: Any,
    *,
    deleted: bool,
    provenance: EvidenceProvenance | None = None,
    texts: bool = True,
) -> None:
    object_type = OBJECT_TYPES[type(obj)]
    # Found through search_entry_object; the delete trigger drops the FTS rows by rowid.
    session.execute(
        text("DELETE FROM search_entry WHERE object_type = :t AND object_id = :i"),
        {"t": object_type, "i": obj.id},
    )
    if deleted or _hidden(obj):
        return
    values = [(field, getattr(obj, field)) for field in INDEXED_FIELDS[type(obj)]]
    if isinstance(obj, Evidence):
        values += _provenance_values(session, obj.id, provenance)
        values += _text_values(session, obj.id) if texts else []
    rows = entries(object_type, _case_id_of(obj), obj.id, values)
    if rows:
        session.execute(INSERT_ENTRY, rows)


def _provenance_values(
    session: Session, evidence_id: str, provenance: EvidenceProvenance | None
) -> list[tuple[str, Any]]:
    if provenance is not None:
        found = [getattr(provenance, field) for field in EVIDENCE_EXTRA_FIELDS]
        signatures, capture = provenance.signatures, provenance.capture
    else:
        # Columns, not an ORM object: this runs inside a flush, whose identity map must not change.
        fields = (*EVIDENCE_EXTRA_FIELDS, "signatures", "capture")
        columns = [getattr(EvidenceProvenance, field) for field in fields]
        row = session.execute(select(*columns).where(EvidenceProvenance.evidence_id == evidence_id)).first()
        if row is None:
            return []
        *found, signatures, capture = row
    return [
        *zip(EVIDENCE_EXTRA_FIELDS, found, strict=True),
        ("pgp_signers", signers_text(signatures)),
        ("capture", capture_text(capture)),
    ]


def capture_text(capture: Any) -> str:
    """What an item's signed phone captures state, as searchable words: the device, network and
    other stated values (addresses among them), the signing keys and the stated media hash."""
    words: list[str] = []
    for record in capture if isinstance(capture, list) else []:
        if not isinstance(record, dict):
            continue
        pairs = [p for k in ("device", "network", "other") for p in record.get(k) or ()]
        values = [p[1] for p in pairs if isinstance(p, list | tuple) and len(p) == 2]
        values += [s.get("key") for s in record.get("signatures") or () if isinstance(s, dict)]
        values.append(record.get("media_sha256"))
        for value in values:
            if isinstance(value, str) and value and value not in words:
                words.append(value)
    return "\n".join(words)


def signers_text(signatures: Any) -> str:
    """Who signed an item's detached signatures, as searchable words: each user id ("Name <mail>"),
    signing and primary fingerprints and key id, valid or not (a forged signature is found too)."""
    words: list[str] = []
    for record in signatures if isinstance(signatures, list) else []:
        if isinstance(record, dict):
            for key in ("user_id", "fingerprint", "primary_fingerprint", "key_id"):
                value = record.get(key)
                if isinstance(value, str) and value and value not in words:
                    words.append(value)
    return "\n".join(words)


def _text_values(session: Session, evidence_id: str) -> list[tuple[str, Any]]:
    """Text derived from the item, each kind as its own field (``ocr_text``, ``transcript_text``)."""
    query = select(EvidenceText.kind, EvidenceText.text).where(EvidenceText.evidence_id == evidence_id)
    return [(f"{kind}_text", value) for kind, value in session.execute(query)]


def _hidden(obj: Any) -> bool:
    """Trashed evidence and removed objects are kept, but not found."""
    return getattr(obj, "trashed_at", None) is not None or getattr(obj, "removed_at", None) is not None


def _text_changed(obj: Any) -> bool:
    """Whether a flushed update touched an indexed field (or trashing, removal), not just a timestamp."""
    state = inspect(obj)
    hiding = [name for name in ("trashed_at", "removed_at") if name in state.attrs]
    watched = (*INDEXED_FIELDS[type(obj)], *hiding)
    return any(state.attrs[name].history.has_changes() for name in watched)


def _after_flush(session: Session, _context: Any) -> None:
    for obj in list(session.new):
        if type(obj) in INDEXED_FIELDS:  # a new item has no recognised text yet (its own flush adds it)
            _reindex(session, obj, deleted=False, texts=False)
    for obj in list(session.dirty):
        if type(obj) in INDEXED_FIELDS and _text_changed(obj):
            _reindex(session, obj, deleted=False)
    for obj in list(session.deleted):
        if type(obj) in INDEXED_FIELDS:
            _reindex(session, obj, deleted=True)
    # A new or changed reading of an item's provenance: the item is indexed again, with it.
    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, EvidenceProvenance):
            evidence = session.get(Evidence, obj.evidence_id)
            if evidence is not None and evidence not in session.deleted:
                _reindex(session, evidence, deleted=False, provenance=obj)
    # Text recognised again (or its record removed): the item is indexed again, with it.
    for obj in [*session.new, *session.dirty, *session.deleted]:
        if isinstance(obj, EvidenceText):
            evidence = session.get(Evidence, obj.evidence_id)
            if evidence is not None and evidence not in session.deleted:
                _reindex(session, evidence, deleted=False)


def install_index_maintenance(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


@dataclass(frozen=True, slots=True)
class SearchHit:
    case_id: str
    case_title: str
    object_type: str  # "case", "claim", "evidence", "source", "note", "timeline_event", "place"
    object_id: str
    field: str
    excerpt: str


def match_expression(query: str) -> str | None:
    """Every word must occur (as a prefix); quotes make user input inert to FTS syntax."""
    words = fold(query).split()
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _excerpt(original: str, folded: str, first: str, width: int = 160) -> str:
    """A window of ``original`` around the first query word, located in its folded text."""
    at = folded.find(first)
    # Folding can shorten text (removed marks), so positions are approximate; good enough to centre.
    start = max(0, min(at, len(original)) - width // 3) if at >= 0 else 0
    piece = original[start : start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(original) else "")


# The best-ranked rows first, LIMIT in SQL: FTS5 then ranks the matches (from its index alone) and
# keeps the top ones; only those few rows are read, joined with their case and put in display order.
# Ordering the matches themselves by anything but rank would read and sort every one of them.
_TOP = (
    "SELECT e.case_id, c.title, e.object_type, e.object_id, e.field, e.original, e.body "
    "FROM (SELECT rowid AS id, rank FROM search_index WHERE search_index MATCH ? "
    "ORDER BY rank LIMIT ?) AS top "
    'JOIN search_entry e ON e.id = top.id JOIN "case" c ON c.id = e.case_id '
    "ORDER BY c.title, e.case_id, top.rank"
)


# The same on PostgreSQL. casedesk_search_candidates (migration 0014) gives the ids of the newest
# matches in the cases the caller may read, found as the owner so that the GIN index serves them
# even under row-level security; ts_rank ranks those from the stored vectors (higher is better) and
# the few best are read under the caller's policies. Titles in code-point order (COLLATE "C"), as
# SQLite compares text, whatever the server's locale.
_TOP_PG = (
    "SELECT e.case_id, c.title, e.object_type, e.object_id, e.field, e.original, e.body "
    "FROM (SELECT s.id, ts_rank(s.words, to_tsquery('simple', ?)) AS rank FROM search_entry s "
    "WHERE s.id IN (SELECT casedesk_search_candidates(to_tsquery('simple', ?), ?, ?)) "
    "ORDER BY rank DESC, s.id LIMIT ?) AS top "
    'JOIN search_entry e ON e.id = top.id JOIN "case" c ON c.id = e.case_id '
    'ORDER BY c.title COLLATE "C", e.case_id, top.rank DESC, e.id'
)
# How many of the newest matches are ranked, at least, and how far back the newest entries are read
# for them before the index is asked: a common word's matches are all among the recent entries.
RANKED_MATCHES = 1000
RECENT_ENTRIES = 20 * RANKED_MATCHES


def top_pg_parameters(tsquery: str, limit: int) -> tuple[str, str, int, int, int]:
    """The parameters of ``_TOP_PG`` for a query (tsquery text) and a limit."""
    return (tsquery, tsquery, max(limit, RANKED_MATCHES), RECENT_ENTRIES, limit)


def _top_rows(session: Session, query: str, limit: int) -> list[tuple[Any, ...]] | None:
    if session.get_bind().dialect.name == "postgresql":
        tsquery = tsquery_text(fold(query))
        if tsquery is None:
            return None
        return driver_rows(session, _TOP_PG, top_pg_parameters(tsquery, limit))
    expression = match_expression(query)
    if expression is None:
        return None
    return driver_rows(session, _TOP, (f"body : ({expression})", limit))  # text only: no decoding


def search(session: Session, query: str, limit: int = 200) -> list[SearchHit]:
    """The ``limit`` best matches, shown grouped by case (case title, then rank within a case)."""
    rows = _top_rows(session, query, limit)
    if rows is None:
        return []
    first = fold(query).split()[0]
    # body is fold(original), stored when indexed: the excerpt need not fold each text again.
    return [SearchHit(r[0], r[1], r[2], r[3], r[4], _excerpt(r[5], r[6], first)) for r in rows]
