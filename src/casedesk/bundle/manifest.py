"""The versioned ``manifest.json``: what a bundle claims to hold, parsed and checked before any use.

Checks run in an order that makes each refusal say the real problem: JSON syntax, then the
format name and version (a newer format is named as such, not as "invalid"), then every record's
field types, then references between records, then the custody chain.

Format 2 added soft removal (``removed_at``, ``removed_reason``) to the records that have it. A
reader of format 1 must refuse such a bundle rather than show removed records as live, hence the
new version; bundles of format 1 are still read, their records counting as not removed.

Format 3 added the case's history (``history``: every record version, ``history_start``: the entry
it starts at; see :mod:`casedesk.bundle.versions`), checked after the custody log it refers to.
An older reader would drop it and so read the case as of earlier entries differently; it refuses
the format instead. Bundles of formats 1 and 2 are still read, without history (the receiver's
begins at its import entry). A parsed manifest holds its records in the current layout, so it is
always written back as the current format.

Format 4 added related-case links. Format 5 added ``carried_custody``: the remote entries the
case's merges took in, each once (see :mod:`casedesk.core.merged`); a merge entry of format 5 lists
headers only, so an older reader could not check it and refuses the format. Format 6 added
``annotations``, the drawings kept beside items' originals (see :mod:`casedesk.bundle.annotation_records`):
an older reader would drop them, so it refuses the format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from casedesk.bundle.annotation_records import ANNOTATIONS
from casedesk.bundle.errors import BundleError
from casedesk.bundle.schema import (
    CARRIED,
    CASE,
    CHECKLIST,
    CLAIM_EVIDENCE,
    CLAIM_SOURCES,
    CLAIMS,
    CUSTODY,
    EVIDENCE,
    ID_RE,
    PLACES,
    ROW_TABLES,
    SHA_RE,
    SOURCES,
    TIMELINE,
    FieldSpec,
    Kind,
    Record,
    TableSpec,
    decode_record,
    decode_records,
    kind_words,
    must_be,
    not_a_list,
)
from casedesk.bundle.versions import HISTORY_KEY, START_KEY, encode_version, parse_history
from casedesk.core.merged import Carried, carried_by_hash, merged_entries, recheck_merges
from casedesk.core.service.exchange import check_chain
from casedesk.core.timeutil import iso_utc, parse_iso
from casedesk.core.vocabulary import ADDING_ACTIONS
from casedesk.i18n import Message, as_message, msg

FORMAT = "casedesk-bundle"
VERSION = 7  # 6: annotations (drawings on items) travel; 7: a case's OCR languages
HISTORY_SINCE = 3  # the format that added the case's history
MANIFEST_NAME = "manifest.json"
ORIGINALS_PREFIX = "originals/"

_TOP_LEVEL = frozenset(
    {"format", "version", "created_at", "app", "investigator", "case", "custody", "originals"}
)


def _top_level(version: int) -> frozenset[str]:
    tables = {t.key for t in (*ROW_TABLES, CARRIED) if t.since <= version}
    return _TOP_LEVEL | tables | ({HISTORY_KEY, START_KEY} if version >= HISTORY_SINCE else set())


def original_entry_name(sha256: str) -> str:
    return ORIGINALS_PREFIX + sha256


@dataclass(frozen=True, slots=True)
class OriginalRef:
    """One original the bundle carries, with the provenance needed to tell what it is."""

    sha256: str
    size: int
    name: str  # the original file name of the first evidence item citing it
    evidence_ids: tuple[str, ...]

    @property
    def entry_name(self) -> str:
        return original_entry_name(self.sha256)

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "size": self.size,
            "name": self.name,
            "evidence_ids": list(self.evidence_ids),
        }


@dataclass(frozen=True, slots=True)
class Manifest:
    version: int  # the format the bundle was written in
    created_at: datetime
    app: str
    investigator: str
    case: Record
    rows: dict[str, list[Record]]  # keyed by TableSpec.key
    originals: list[OriginalRef]
    custody: list[Record]
    history: list[Record] = field(default_factory=list)  # record versions, in the order recorded
    history_start: int | None = None  # None: the bundle carries no history (before format 3)
    carried: list[Record] = field(default_factory=list)  # remote entries merges took in

    @property
    def case_id(self) -> str:
        return str(self.case.data["id"])

    def carried_by_hash(self) -> dict[str, Carried]:
        return carried_by_hash(r.data for r in self.carried)

    def table(self, spec: TableSpec) -> list[Record]:
        return self.rows[spec.key]

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": iso_utc(self.created_at),
            "app": self.app,
            "investigator": self.investigator,
            "case": self.case.data,
        }
        for spec in ROW_TABLES:
            document[spec.key] = [r.data for r in self.rows[spec.key]]
        document["custody"] = [r.data for r in self.custody]
        document[CARRIED.key] = [r.data for r in self.carried]
        document["originals"] = [o.to_json() for o in self.originals]
        document[START_KEY] = self.history_start
        document[HISTORY_KEY] = [encode_version(r.data) for r in self.history]
        return document

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


# -- parsing ----------------------------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BundleError(msg("Invalid manifest: the key {key!r} appears twice in one object.", key=key))
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise BundleError(msg("Invalid manifest: {name} is not a JSON number.", name=name))


def load_json(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(
            data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants
        )
    except UnicodeDecodeError:
        raise BundleError(msg("Invalid manifest: manifest.json is not UTF-8 text.")) from None
    except RecursionError:
        raise BundleError(msg("Invalid manifest: manifest.json is nested too deeply.")) from None
    except json.JSONDecodeError as exc:
        raise BundleError(
            msg(
                "Invalid manifest: manifest.json is not valid JSON ({reason}, line {line}).",
                reason=exc.msg,
                line=exc.lineno,
            )
        ) from None
    if not isinstance(document, dict):
        raise BundleError(msg("Invalid manifest: manifest.json must hold a JSON object."))
    return document


def _check_format(document: dict[str, Any]) -> int:
    if document.get("format") != FORMAT:
        raise BundleError(
            msg("Not a CaseDesk bundle: manifest.json does not name the casedesk-bundle format.")
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise must_be("version", FieldSpec("version", Kind.INT, minimum=1).describe())
    if version > VERSION:
        raise BundleError(
            msg(
                "This bundle was written by a newer version of CaseDesk (bundle format {version}); "
                "this version reads format {supported}. Update CaseDesk to import it. Nothing was imported.",
                version=version,
                supported=VERSION,
            )
        )
    return version


def _text(document: dict[str, Any], key: str) -> str:
    value = document.get(key)
    if not isinstance(value, str):
        raise must_be(key, kind_words(Kind.TEXT))
    return value


def _originals(raw: Any) -> list[OriginalRef]:
    if not isinstance(raw, list):
        raise not_a_list("originals")
    refs: list[OriginalRef] = []
    fields = {"sha256", "size", "name", "evidence_ids"}
    for n, item in enumerate(raw):
        where = f"originals[{n}]"
        if not isinstance(item, dict) or set(item) != fields:
            raise BundleError(
                msg(
                    "Invalid manifest: {where} must be an object with {fields}.",
                    where=where,
                    fields=", ".join(sorted(fields)),
                )
            )
        sha, size, name, ids = item["sha256"], item["size"], item["name"], item["evidence_ids"]
        if not isinstance(sha, str) or not SHA_RE.fullmatch(sha):
            raise must_be(f"{where}.sha256", kind_words(Kind.SHA))
        if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size < 1 << 63:
            raise must_be(f"{where}.size", FieldSpec("size", Kind.INT, minimum=0).describe())
        if not isinstance(name, str):
            raise must_be(f"{where}.name", kind_words(Kind.TEXT))
        if not isinstance(ids, list) or not all(isinstance(i, str) and ID_RE.fullmatch(i) for i in ids):
            ids_kind = msg("a list of ids", "fragment: what a manifest field must be")
            raise must_be(f"{where}.evidence_ids", ids_kind)
        refs.append(OriginalRef(sha, size, name, tuple(ids)))
    return refs


def parse_manifest(data: bytes) -> Manifest:
    """Parse and fully check a manifest; raise BundleError naming the first problem."""
    document = load_json(data)
    version = _check_format(document)
    expected = _top_level(version)
    extra = sorted(set(document) - expected)
    if extra:
        raise BundleError(msg("Invalid manifest: unexpected field {fields}.", fields=", ".join(extra)))
    missing = sorted(expected - set(document))
    if missing:
        raise BundleError(msg("Invalid manifest: lacks {fields}.", fields=", ".join(missing)))
    try:
        created_at = parse_iso(_text(document, "created_at"))
    except ValueError:
        time_kind = msg("an ISO 8601 time", "fragment: what a manifest field must be")
        raise must_be("created_at", time_kind) from None
    manifest = Manifest(
        version=version,
        created_at=created_at,
        app=_text(document, "app"),
        investigator=_text(document, "investigator"),
        case=decode_record(CASE, document["case"], "case", version),
        rows={
            spec.key: decode_records(spec, document[spec.key], version) if spec.since <= version else []
            for spec in ROW_TABLES
        },
        originals=_originals(document["originals"]),
        custody=decode_records(CUSTODY, document["custody"], version),
        carried=decode_records(CARRIED, document[CARRIED.key], version) if CARRIED.since <= version else [],
    )
    check_references(manifest)
    check_custody(manifest)
    if version < HISTORY_SINCE:
        return manifest
    history, start = parse_history(
        document[HISTORY_KEY], document[START_KEY], manifest.case_id, manifest.custody, version
    )
    return replace(manifest, history=history, history_start=start)


# -- cross-record checks ----------------------------------------------------------------------


def _ids(manifest: Manifest, spec: TableSpec) -> set[str]:
    return {str(r.data["id"]) for r in manifest.table(spec)}


def _refers(manifest: Manifest, spec: TableSpec, field: str, targets: set[str], what: Message) -> None:
    for record in manifest.table(spec):
        target = record.data[field]
        if target is not None and target not in targets:
            raise BundleError(
                msg(
                    "Invalid manifest: {record} refers to {what} {target}, which the bundle does not hold.",
                    record=record.label,
                    what=what,
                    target=target,
                )
            )


# What a record refers to, as it reads before the id ("refers to evidence 5c1f…").
_EVIDENCE = msg("evidence", "fragment: what a manifest record refers to")
_SOURCE = msg("source", "fragment: what a manifest record refers to")
_PLACE = msg("place", "fragment: what a manifest record refers to")
_CLAIM = msg("claim", "fragment: what a manifest record refers to")


def check_references(manifest: Manifest) -> None:
    """Every id a record names exists in the bundle; originals and evidence agree exactly."""
    evidence_ids = _ids(manifest, EVIDENCE)
    claim_ids = _ids(manifest, CLAIMS)
    source_ids = _ids(manifest, SOURCES)
    _refers(manifest, EVIDENCE, "parent_id", evidence_ids, _EVIDENCE)
    _refers(manifest, EVIDENCE, "source_id", source_ids, _SOURCE)
    _refers(manifest, TIMELINE, "place_id", _ids(manifest, PLACES), _PLACE)
    _refers(manifest, CLAIM_EVIDENCE, "claim_id", claim_ids, _CLAIM)
    _refers(manifest, CLAIM_EVIDENCE, "evidence_id", evidence_ids, _EVIDENCE)
    _refers(manifest, CLAIM_SOURCES, "claim_id", claim_ids, _CLAIM)
    _refers(manifest, CLAIM_SOURCES, "source_id", source_ids, _SOURCE)
    _refers(manifest, CHECKLIST, "evidence_id", evidence_ids, _EVIDENCE)
    _refers(manifest, ANNOTATIONS, "evidence_id", evidence_ids, _EVIDENCE)
    scopes = [(r.data["evidence_id"], r.data["key"]) for r in manifest.table(CHECKLIST)]
    if len(scopes) != len(set(scopes)):
        raise BundleError(msg("Invalid manifest: a checklist step appears twice for the same scope."))
    _check_parents(manifest)
    _check_originals(manifest)


def _check_parents(manifest: Manifest) -> None:
    parents = {r.data["id"]: r.data["parent_id"] for r in manifest.table(EVIDENCE)}
    for start in parents:
        seen = {start}
        current = parents[start]
        while current is not None:
            if current in seen:
                raise BundleError(msg("Invalid manifest: evidence {id} is its own ancestor.", id=start))
            seen.add(current)
            current = parents[current]


def _check_originals(manifest: Manifest) -> None:
    by_sha: dict[str, OriginalRef] = {}
    for ref in manifest.originals:
        if ref.sha256 in by_sha:
            raise BundleError(msg("Invalid manifest: original {sha256} is listed twice.", sha256=ref.sha256))
        by_sha[ref.sha256] = ref
    citing: dict[str, set[str]] = {}
    for record in manifest.table(EVIDENCE):
        sha, size = record.data["sha256"], record.data["size"]
        cited = by_sha.get(sha)
        if cited is None:
            raise BundleError(
                msg(
                    "Invalid manifest: {record} cites original {sha256}, which is not listed.",
                    record=record.label,
                    sha256=sha,
                )
            )
        if cited.size != size:
            raise BundleError(
                msg(
                    "Invalid manifest: {record} gives original {sha256} a size of {size} bytes, "
                    "the originals list {listed}.",
                    record=record.label,
                    sha256=sha,
                    size=size,
                    listed=cited.size,
                )
            )
        citing.setdefault(sha, set()).add(record.data["id"])
    for ref in manifest.originals:
        if set(ref.evidence_ids) != citing.get(ref.sha256, set()):
            raise BundleError(
                msg(
                    "Invalid manifest: original {sha256} lists evidence that does not cite it, "
                    "or omits some.",
                    sha256=ref.sha256,
                )
            )


# -- the custody chain ------------------------------------------------------------------------


def check_custody(manifest: Manifest) -> None:
    """The bundle's custody log is a complete, intact chain for this very case."""
    if not manifest.custody:
        raise BundleError(
            msg("Invalid manifest: the custody log is empty; every case has at least one entry.")
        )
    problems = check_chain(manifest.case_id, [r.values for r in manifest.custody])
    if problems:
        first = problems[0]
        raise BundleError(
            msg(
                "The bundle's custody log is broken at entry {seq}: {detail}. Nothing was imported.",
                seq=first.seq,
                detail=as_message(first.detail),  # recorded in English, as verify records it
            )
        )
    if len({r.data["id"] for r in manifest.custody}) != len(manifest.custody):
        raise BundleError(msg("Invalid manifest: two custody entries share one id."))
    merges = recheck_merges(manifest.case_id, [r.data for r in manifest.custody], manifest.carried_by_hash())
    if merges:
        raise BundleError(
            msg(
                "The bundle's custody log does not hold: {detail}. Nothing was imported.",
                detail=as_message(merges[0].detail),
            )
        )
    _check_evidence_hashes_against_log(manifest)


def _logged_shas(manifest: Manifest) -> dict[str, str]:
    """evidence id -> sha256 as the log recorded when it was added (also in entries merges took in)."""
    payloads: list[dict[str, Any]] = []
    carried = manifest.carried_by_hash()
    for record in manifest.custody:
        payloads.append(record.data)
        payloads += [
            item.payload
            for item in merged_entries(record.data["action"], record.data["details"], carried)
            if item.payload is not None
        ]
    found: dict[str, str] = {}
    for payload in payloads:
        details = payload.get("details")
        if payload.get("action") in ADDING_ACTIONS and isinstance(details, dict):
            sha = details.get("sha256")
            if isinstance(sha, str):
                found[str(payload.get("object_id"))] = sha
    return found


def _check_evidence_hashes_against_log(manifest: Manifest) -> None:
    """An evidence record may not claim a different original than the one its custody entry logged."""
    logged = _logged_shas(manifest)
    for record in manifest.table(EVIDENCE):
        sha = logged.get(record.data["id"])
        if sha is not None and sha != record.data["sha256"]:
            raise BundleError(
                msg(
                    "The manifest lies: {record} claims original {claimed_sha256}, but its custody "
                    "entry recorded {logged_sha256}. Nothing was imported.",
                    record=record.label,
                    claimed_sha256=record.data["sha256"],
                    logged_sha256=sha,
                )
            )
