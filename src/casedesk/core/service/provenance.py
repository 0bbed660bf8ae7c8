"""Provenance of evidence: Content Credentials (C2PA) read at ingest and on demand, stored, logged, shown.

Reading happens outside any transaction (it opens the original, and c2pa validates the hashes the
manifest binds); recording is one unit of work per batch. Every reading is in the custody log: at
ingest inside the item's ``evidence_add`` entry (``details["provenance"]``, so an add is still one
entry per file), later as one ``provenance_read`` entry per item read. The stored reading (table
``evidence_provenance``) is derived: reading again replaces it, and nothing is lost, the original
is never touched. Ingredients are linked to evidence of the same case when they are shown, so an
item added later links too.

The same reading checks the item's detached OpenPGP signatures (items of its case named
``<name>.asc`` or ``.sig``, or at ingest the sidecars added with it) against the workspace keyring,
and, when the original is a web archive (WACZ), its hashes and signature (:mod:`.signed`); and
the signed phone capture (Starling Capture, ProofMode) whose media it is, or which it holds (a
ProofMode ZIP): read at ingest from the proof files added with it, read again from the capture's
files in its case (those the last reading named), the records kept in the row's ``capture`` column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.errors import UsageError
from casedesk.core.models import Evidence, EvidenceProvenance
from casedesk.core.service import signed
from casedesk.core.service.base import ServiceBase, Unit, get
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import utcnow
from casedesk.core.views import CustodyView
from casedesk.core.vocabulary import ADDING_ACTIONS, ObjectKind
from casedesk.i18n import msg
from casedesk.provenance.capture import CaptureRecord
from casedesk.provenance.extract import xmp_instance_id
from casedesk.provenance.openpgp import KEYRING_FOLDER, Keyring, PgpKey, SignatureRecord
from casedesk.provenance.record import C2paIngredient, C2paRecord, C2paStatus, IngredientLink, ProvenanceView
from casedesk.provenance.wacz import WaczRecord
from casedesk.textutil import clip

if TYPE_CHECKING:
    from casedesk.provenance.reader import C2paReader
    from casedesk.provenance.trust import Anchor, TrustListInfo

READ_BATCH = 32  # items recorded per transaction when reading on demand
_QUERY_CHUNK = 500


class ProvenanceAPI(ServiceBase):
    _c2pa_reader: C2paReader | None = None  # made on first need (importing c2pa takes a while)

    # -- reading ------------------------------------------------------------------------------

    def read_provenance(self, evidence_ids: Iterable[str], *, control: TaskControl | None = None) -> Changes:
        """Read the Content Credentials of items already stored (again, if they were read before).

        One ``provenance_read`` custody entry per item. A file whose manifest does not validate is
        recorded as such (a finding), never an error; what cannot be read at all is recorded too."""
        control = control or TaskControl()
        ids = list(dict.fromkeys(evidence_ids))
        if not ids:
            raise UsageError(msg("Name at least one evidence item."))
        with self._read() as s:
            found = [get(s, Evidence, i, "evidence item") for i in ids]
            items = [(e.id, e.sha256, e.media_type, _sidecars(s, e), _capture_files(s, e)) for e in found]
        reader, keyring, tsa = self._c2pa(), self.pgp_keyring(), signed.trusted_tsas()
        store = self.workspace.store
        changes = NO_CHANGES
        for start in range(0, len(items), READ_BATCH):
            batch = items[start : start + READ_BATCH]
            readings = []
            for evidence_id, sha, media_type, sidecars, (own_name, capture_files, parent) in batch:
                control.check()
                path = store.local_path(sha)
                signatures = [
                    record
                    for name, sidecar_sha in sidecars
                    for record in signed.check_bytes(
                        path, store.local_path(sidecar_sha).read_bytes(), name, keyring
                    )
                ]
                wacz = signed.wacz_of(path, tsa)
                others = [(name, store.local_path(other)) for name, other in capture_files]
                readings.append(
                    (
                        evidence_id,
                        reader.read(path, media_type),
                        signatures,
                        wacz if isinstance(wacz, WaczRecord) else None,
                        signed.reread_capture(
                            (own_name, path),
                            others,
                            keyring,
                            (store.local_path(parent), sha) if parent else None,
                        ),
                    )
                )
            with self._write() as w:
                for evidence_id, record, signatures, wacz, capture in readings:
                    ev = w.get(Evidence, evidence_id, "evidence item")
                    store_provenance(w, ev, record, signatures, wacz, capture)
            changes = changes | w.changes
            control.report(min(start + READ_BATCH, len(items)), len(items), "")
        return changes

    def pgp_keyring(self) -> Keyring:
        """The workspace's OpenPGP public keys, that detached signatures are checked against."""
        return Keyring(self.workspace.root / KEYRING_FOLDER)

    def import_pgp_keys(self, data: bytes) -> list[PgpKey]:
        """Import the public keys of a key file into the workspace keyring (readings made after this
        use them: read the provenance of signed items again to check them with a new key)."""
        return self.pgp_keyring().import_keys(data)

    def pgp_keys(self) -> list[PgpKey]:
        return self.pgp_keyring().public_keys()

    def _c2pa(self) -> C2paReader:
        """The reader for the current trust anchors (made again when the anchors change)."""
        from casedesk.provenance import trust
        from casedesk.provenance.reader import C2paReader

        anchors = trust.load()
        reader = self._c2pa_reader
        if reader is None or reader.trust != anchors.digest:
            # the old one is left to the garbage collector: another thread may be reading with it
            reader = self._c2pa_reader = C2paReader(anchors)
        return reader

    # -- showing ------------------------------------------------------------------------------

    def provenance_of(self, evidence_ids: Sequence[str]) -> dict[str, ProvenanceView]:
        """Each item's provenance, its ingredients linked to evidence of its case (trash left out)."""
        ids = list(dict.fromkeys(evidence_ids))
        read: dict[str, tuple[str, datetime, C2paRecord]] = {}  # evidence id -> case, when, what
        others: dict[str, tuple[list[SignatureRecord], WaczRecord | None]] = {}
        captures: dict[str, tuple[CaptureRecord, ...]] = {}
        with self._read() as s:
            for chunk in _chunks(ids):
                query = select(EvidenceProvenance).where(EvidenceProvenance.evidence_id.in_(chunk))
                for row in s.scalars(query):
                    read[row.evidence_id] = (row.case_id, row.read_at, C2paRecord.from_dict(row.c2pa))
                    sigs = [SignatureRecord.from_dict(d) for d in row.signatures or ()]
                    others[row.evidence_id] = (sigs, WaczRecord.from_dict(row.wacz) if row.wacz else None)
                    captures[row.evidence_id] = tuple(CaptureRecord.from_dict(d) for d in row.capture or ())
            links = _links(s, {i: (case_id, record) for i, (case_id, _, record) in read.items()})
            sidecar_links = _signature_links(s, {i: (read[i][0], sigs) for i, (sigs, _) in others.items()})
        views = {}
        for evidence_id in ids:
            if evidence_id not in read:
                views[evidence_id] = ProvenanceView()
                continue
            case_id, read_at, record = read[evidence_id]
            shown = _linked(record, links[case_id], evidence_id) if record.present else None
            sigs, wacz = others[evidence_id]
            views[evidence_id] = ProvenanceView(
                c2pa=shown,
                signatures=signed.linked(sigs, sidecar_links.get(case_id, {})),
                wacz=wacz,
                captures=captures[evidence_id],
                read_at=read_at,
            )
        return views

    def provenance_unread(self, case_id: str) -> list[str]:
        """Active items of a case whose provenance has not been read: added before CaseDesk read
        Content Credentials, carried in by a bundle (readings do not travel), or not readable then."""
        with self._read() as s:
            self._case_exists(s, case_id)
            query = (
                select(Evidence.id)
                .outerjoin(EvidenceProvenance, EvidenceProvenance.evidence_id == Evidence.id)
                .where(
                    Evidence.case_id == case_id,
                    Evidence.trashed_at.is_(None),
                    EvidenceProvenance.evidence_id.is_(None),
                )
                .order_by(Evidence.added_at, Evidence.id)
            )
            return list(s.scalars(query))

    # -- trust anchors --------------------------------------------------------------------------

    def add_trust_anchors(self, pem: bytes) -> list[Anchor]:
        """Trust the certificates of a PEM file as C2PA anchors, for this investigator (per-user
        config folder); returns the anchors that were new. Readings made after this use them."""
        from casedesk.provenance import trust

        added = trust.add_anchors(pem)
        self._c2pa_reader = None
        return added

    def remove_trust_anchor(self, fingerprint: str) -> bool:
        from casedesk.provenance import trust

        removed = trust.remove_anchor(fingerprint)
        self._c2pa_reader = None
        return removed

    def trust_anchors(self) -> TrustListInfo:
        """The pinned C2PA trust list (source, date) and every anchor, the user's after the list's."""
        from casedesk.provenance import trust

        return trust.info()


def store_provenance(
    w: Unit,
    ev: Evidence,
    record: C2paRecord,
    signatures: Sequence[SignatureRecord] = (),
    wacz: WaczRecord | None = None,
    capture: Sequence[CaptureRecord] | None = None,
) -> None:
    """Record one reading of an item's original (replacing the last) and log it as provenance_read."""
    save_provenance(w.session, ev, record, signatures, wacz, capture)
    details = provenance_details(record, signatures, wacz, capture)
    w.log(ev.case_id, "provenance_read", ObjectKind.EVIDENCE, ev.id, sha256=ev.sha256, **details)


def save_provenance(
    s: Session,
    ev: Evidence,
    record: C2paRecord,
    signatures: Sequence[SignatureRecord] = (),
    wacz: WaczRecord | None = None,
    capture: Sequence[CaptureRecord] | None = None,
) -> None:
    """Keep a reading as the item's provenance (at ingest, its evidence_add entry says what it found)."""
    row = s.get(EvidenceProvenance, ev.id)
    if row is None:
        row = EvidenceProvenance(evidence_id=ev.id, case_id=ev.case_id)
        s.add(row)
    row.sha256 = ev.sha256
    row.read_at = utcnow()
    row.c2pa_status = record.status.value
    row.c2pa_state = record.state
    row.c2pa_codes = list(record.codes)
    row.c2pa_signer = record.signer
    row.c2pa_issuer = record.issuer
    row.c2pa_signed_at = record.signed_at
    row.c2pa_claim_generator = record.claim_generator
    row.c2pa_title = record.title
    row.c2pa_manifest = record.manifest
    row.instance_id = record.instance_id or xmp_instance_id(ev.raw_metadata.get("xmp"))
    row.c2pa = record.to_dict()
    row.trust = record.trust
    row.signatures = [r.to_dict() for r in signatures]
    row.wacz = wacz.to_dict() if wacz is not None else None
    row.capture = [r.to_dict() for r in capture] if capture else None


def provenance_details(
    record: C2paRecord,
    signatures: Sequence[SignatureRecord] = (),
    wacz: WaczRecord | None = None,
    capture: Sequence[CaptureRecord] | None = None,
) -> dict[str, Any]:
    """What a custody entry says of a reading: what was found, and against which anchors, by which
    library (so a state can be explained later, and a reading told apart from a later one)."""
    details: dict[str, Any] = {"c2pa": record.status.value}
    optional = {
        "state": record.state,
        "codes": [clip(c, 120) for c in record.codes[:20]],
        "signer": record.signer,
        "claim_generator": record.claim_generator,
        "title": record.title,
        "manifest": record.manifest,
        "signed_at": record.signed_at,
        "actions": [clip(a.action, 120) for a in record.actions[:50]],  # what the report's block shows
        "remote_url": record.remote_url,
        "error": record.error if record.status is C2paStatus.ERROR else None,
    }
    details.update({k: clip(v) if isinstance(v, str) else v for k, v in optional.items() if v})
    details["trust"] = record.trust
    details["reader"] = record.reader
    if signatures:
        details["signatures"] = signed.signature_details(signatures)
    if wacz is not None:
        details["wacz"] = signed.wacz_details(wacz)
    if capture:
        details.update(signed.capture_details(capture))
    return details


def logged_provenance(entries: Iterable[CustodyView]) -> dict[str, dict[str, Any]]:
    """Each item's latest reading as its custody entries record it (``provenance_details``, plus
    ``sha256`` and the entry's ``seq``): what a report made as of an entry can show, since the log
    up to that entry never changes, while the stored reading is replaced by each new one."""
    found: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if entry.action == "provenance_read":
            said = dict(entry.details)
        elif entry.action in ADDING_ACTIONS and isinstance(entry.details.get("provenance"), dict):
            said = {"sha256": entry.details.get("sha256"), **entry.details["provenance"]}
        else:
            continue
        found[entry.object_id] = {**said, "seq": entry.seq}
    return found


# -- ingredient links -----------------------------------------------------------------------------

LINKS = ("sha256", "manifest", "instance_id")  # how an ingredient is matched, strongest first
_Links = dict[str, dict[str, list[str]]]  # match -> the ingredient's value -> evidence ids


def _walk(ingredients: Iterable[C2paIngredient]) -> Iterable[C2paIngredient]:
    for ingredient in ingredients:
        yield ingredient
        yield from _walk(ingredient.ingredients)


def _keys(ingredient: C2paIngredient) -> dict[str, str | None]:
    return {
        "sha256": ingredient.sha256,
        "manifest": ingredient.manifest,
        "instance_id": ingredient.instance_id,
    }


def _links(s: Session, records: dict[str, tuple[str, C2paRecord]]) -> dict[str, _Links]:
    """For each case, the active items whose SHA-256, own manifest or instance id an ingredient names."""
    wanted: dict[str, dict[str, set[str]]] = {}
    for case_id, record in records.values():
        values = wanted.setdefault(case_id, {match: set() for match in LINKS})
        for ingredient in _walk(record.ingredients):
            for match, value in _keys(ingredient).items():
                if value:
                    values[match].add(value)
    columns = {
        "sha256": Evidence.sha256,
        "manifest": EvidenceProvenance.c2pa_manifest,
        "instance_id": EvidenceProvenance.instance_id,
    }
    found: dict[str, _Links] = {}
    for case_id, values in wanted.items():
        links: _Links = {match: {} for match in LINKS}
        for match, column in columns.items():
            for chunk in _chunks(sorted(values[match])):
                query = (
                    select(column, Evidence.id)
                    .outerjoin(EvidenceProvenance, EvidenceProvenance.evidence_id == Evidence.id)
                    .where(Evidence.case_id == case_id, Evidence.trashed_at.is_(None), column.in_(chunk))
                    .order_by(Evidence.added_at, Evidence.id)
                )
                for value, evidence_id in s.execute(query):
                    if value is not None:
                        links[match].setdefault(value, []).append(evidence_id)
        found[case_id] = links
    return found


def _linked(record: C2paRecord, links: _Links, own_id: str) -> C2paRecord:
    def link(ingredient: C2paIngredient) -> C2paIngredient:
        matches: dict[str, IngredientLink] = {}
        for match, value in _keys(ingredient).items():
            for evidence_id in links[match].get(value or "", []) if value else []:
                if evidence_id != own_id:
                    matches.setdefault(evidence_id, IngredientLink(evidence_id, match))
        return dataclasses.replace(
            ingredient,
            evidence=tuple(matches.values()),
            ingredients=tuple(link(i) for i in ingredient.ingredients),
        )

    return dataclasses.replace(record, ingredients=tuple(link(i) for i in record.ingredients))


def _sidecars(s: Session, ev: Evidence) -> list[tuple[str, str]]:
    """The detached signatures of an item in its case: active items named ``<its name>.asc`` / ``.sig``."""
    query = (
        select(Evidence.original_name, Evidence.sha256)
        .where(
            Evidence.case_id == ev.case_id,
            Evidence.trashed_at.is_(None),
            Evidence.original_name.in_(signed.sidecar_names(ev.original_name)),
        )
        .order_by(Evidence.added_at, Evidence.id)
    )
    return [(name, sha) for name, sha in s.execute(query)]


_CAPTURE_ENDINGS = (
    "information.json",
    "signature.json",
    ".proof.json",
    ".proof.csv",
    ".asc",
    ".ots",
    ".gst",
)  # what a capture's proof files are named (Starling, ProofMode): found beside a media item


def _capture_files(s: Session, ev: Evidence) -> tuple[str, list[tuple[str, str]], str | None]:
    """The item's name, the other files of its capture in its case: (name, sha256) of each active
    item whose SHA-256 the last reading gave to one of its files (never read: the proof files added
    from the folder the item was added from), and the SHA-256 of the ProofMode bundle it was taken
    from, if it was (its proof is there)."""
    origin = ev.details.get("proofmode") if ev.parent_id else None
    if isinstance(origin, dict) and isinstance(origin.get("bundle_sha256"), str):
        return ev.original_name, [], origin["bundle_sha256"]
    row = s.get(EvidenceProvenance, ev.id)
    named: dict[str, str] = {}
    for data in (row.capture or ()) if row is not None else ():
        for file in data.get("files") or ():
            sha, name = file.get("sha256"), file.get("name")
            kept = isinstance(sha, str) and isinstance(name, str) and file.get("role") != "bundle"
            if kept and sha != ev.sha256:
                named.setdefault(sha, name)
    active = (Evidence.case_id == ev.case_id, Evidence.trashed_at.is_(None), Evidence.id != ev.id)
    if named:
        shas = select(Evidence.sha256).where(*active, Evidence.sha256.in_(sorted(named))).distinct()
        return ev.original_name, [(named[sha], sha) for sha in sorted(s.scalars(shas))], None
    if not ev.original_path:
        return ev.original_name, [], None
    folder = PurePath(ev.original_path).parent
    query = (
        select(Evidence.original_name, Evidence.sha256, Evidence.original_path)
        .where(*active, or_(*(Evidence.original_name.endswith(e) for e in _CAPTURE_ENDINGS)))
        .order_by(Evidence.added_at, Evidence.id)
        .limit(_QUERY_CHUNK)
    )
    beside = [(n, sha) for n, sha, path in s.execute(query) if path and PurePath(path).parent == folder]
    return ev.original_name, beside, None


def _signature_links(
    s: Session, records: dict[str, tuple[str, list[SignatureRecord]]]
) -> dict[str, dict[str, str]]:
    """For each case, the active items whose SHA-256 is a checked signature file's: sha -> evidence id."""
    wanted: dict[str, set[str]] = {}
    for case_id, sigs in records.values():
        wanted.setdefault(case_id, set()).update(r.signature_sha256 for r in sigs if r.signature_sha256)
    found: dict[str, dict[str, str]] = {}
    for case_id, shas in wanted.items():
        for chunk in _chunks(sorted(shas)):
            query = (
                select(Evidence.sha256, Evidence.id)
                .where(Evidence.case_id == case_id, Evidence.trashed_at.is_(None), Evidence.sha256.in_(chunk))
                .order_by(Evidence.added_at, Evidence.id)
            )
            for sha, evidence_id in s.execute(query):
                found.setdefault(case_id, {}).setdefault(sha, evidence_id)
    return found


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _QUERY_CHUNK):
        yield values[start : start + _QUERY_CHUNK]
