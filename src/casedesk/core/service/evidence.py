"""Evidence already in a case: read it, describe it, tag and flag it (one item or many), trash,
restore and purge it, find its near-duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casedesk.core.changes import Changes
from casedesk.core.columns import PHASH_BANDS, phash_bands
from casedesk.core.errors import UsageError
from casedesk.core.models import Annotation, Blob, ChecklistItem, ClaimEvidence, Evidence
from casedesk.core.service.base import ServiceBase, Unit, get
from casedesk.core.service.reader import evidence_page, evidence_views
from casedesk.core.timeutil import utcnow
from casedesk.core.views import EvidenceView, NearDuplicate
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg
from casedesk.textutil import clip

EVIDENCE_FIELDS = {
    "description",
    "transcript",
    "tags",
    "graphic",
    "personal_data",
    "acquired_at",
    "source_id",
}
_BAND_COLUMNS = (Evidence.phash_b0, Evidence.phash_b1, Evidence.phash_b2, Evidence.phash_b3)


class EvidenceAPI(ServiceBase):
    def evidence_view(self, evidence_id: str) -> EvidenceView:
        with self._read() as s:
            return evidence_views(s, [get(s, Evidence, evidence_id, "evidence item")])[0]

    def evidence_page(self, case_id: str, offset: int = 0, limit: int = 500) -> list[EvidenceView]:
        """A slice of a case's evidence, for views that load thousands of items lazily."""
        with self._read() as s:
            return evidence_page(s, case_id, offset, limit)

    def evidence_check_states(self, case_id: str) -> dict[str, frozenset[str]]:
        """For each evidence item of a case, the set of states its checklist items are in."""
        with self._read() as s:
            rows = s.execute(
                select(ChecklistItem.evidence_id, ChecklistItem.state)
                .where(ChecklistItem.case_id == case_id, ChecklistItem.evidence_id.is_not(None))
                .distinct()
            ).all()
        states: dict[str, set[str]] = {}
        for evidence_id, state in rows:
            if evidence_id is not None:
                states.setdefault(evidence_id, set()).add(str(state))
        return {k: frozenset(v) for k, v in states.items()}

    def update_evidence(self, evidence_id: str, **changes: Any) -> Changes:
        with self._write() as w:
            ev = w.get(Evidence, evidence_id, "evidence item")
            _edit(w, ev, changes)
        return w.changes

    def tag_evidence(
        self, *evidence_ids: str, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> Changes:
        """Add and remove tags on many items in one transaction (one custody entry per item changed)."""
        cleaned = [t.strip() for t in add if t.strip()]
        dropped = {t.strip() for t in remove}
        with self._write() as w:
            for ev in _items(w, evidence_ids):
                tags = [t for t in ev.tags if t not in dropped]
                tags += [t for t in cleaned if t not in tags]
                _edit(w, ev, {"tags": tags})
        return w.changes

    def flag_evidence(
        self, *evidence_ids: str, graphic: bool | None = None, personal_data: bool | None = None
    ) -> Changes:
        """Set or clear the graphic / personal-data flags of many items in one transaction."""
        flags = {
            name: value
            for name, value in (("graphic", graphic), ("personal_data", personal_data))
            if value is not None
        }
        with self._write() as w:
            for ev in _items(w, evidence_ids):
                _edit(w, ev, flags)
        return w.changes

    def trash_evidence(self, *evidence_ids: str, reason: str = "") -> Changes:
        with self._write() as w:
            for ev in _items(w, evidence_ids):
                if ev.trashed_at is None:
                    ev.trashed_at = utcnow()
                    w.log(
                        ev.case_id,
                        "evidence_trash",
                        ObjectKind.EVIDENCE,
                        ev.id,
                        sha256=ev.sha256,
                        reason=reason,
                    )
        return w.changes

    def restore_evidence(self, *evidence_ids: str) -> Changes:
        with self._write() as w:
            for ev in _items(w, evidence_ids):
                if ev.trashed_at is not None:
                    ev.trashed_at = None
                    w.log(ev.case_id, "evidence_restore", ObjectKind.EVIDENCE, ev.id, sha256=ev.sha256)
        return w.changes

    def purge_evidence(self, evidence_id: str, reason: str) -> Changes:
        """Remove a trashed item for good. The custody log keeps its hash and the reason."""
        if not reason.strip():
            raise UsageError(msg("Purging evidence needs a reason; it is written to the custody log."))
        with self._write() as w:
            s = w.session
            ev = w.get(Evidence, evidence_id, "evidence item")
            if ev.trashed_at is None:
                raise UsageError(msg("Only evidence in the trash can be purged; move it to the trash first."))
            if s.scalars(select(Evidence.id).where(Evidence.parent_id == ev.id)).first():
                raise UsageError(msg("Stills were extracted from this item; purge them first."))
            sha, case_id = ev.sha256, ev.case_id
            for item in s.scalars(select(ChecklistItem).where(ChecklistItem.evidence_id == ev.id)):
                s.delete(item)
            for link in s.scalars(select(ClaimEvidence).where(ClaimEvidence.evidence_id == ev.id)):
                s.delete(link)
            for drawing in s.scalars(select(Annotation).where(Annotation.evidence_id == ev.id)):
                s.delete(drawing)  # drawn on the item: nothing left to draw on
            s.flush()  # the rows citing the item go first: the ORM knows no order between them
            s.delete(ev)
            s.flush()
            still_used = s.scalars(select(Evidence.id).where(Evidence.sha256 == sha)).first() is not None
            if not still_used:
                blob = s.get(Blob, sha)
                if blob is not None:
                    s.delete(blob)
            w.log(
                case_id,
                "evidence_purge",
                ObjectKind.EVIDENCE,
                evidence_id,
                touches=[(ObjectKind.CHECK, None), (ObjectKind.CLAIM, None), (ObjectKind.ANNOTATION, None)],
                sha256=sha,
                reason=reason,
                original_removed=not still_used,
            )
        if not still_used:
            self.workspace.store.purge(sha)
        return w.changes

    def original_path(self, evidence_id: str) -> Path:
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            return self.workspace.store.local_path(ev.sha256)

    def derived_path(self, sha256: str, role: str) -> Path | None:
        """The thumbnail/preview/waveform of an original, if it has been made and is whole (fetched
        into the local cache first from a team store)."""
        return self.workspace.store.derived_file(sha256, role)

    def near_duplicates(self, evidence_id: str, max_distance: int = 10) -> list[NearDuplicate]:
        """Active items anywhere in the workspace whose perceptual hash is within ``max_distance`` bits.

        Looked up through the four indexed 16-bit bands of the hash: two hashes that differ in at most
        ``max_distance`` bits agree to within ``max_distance // 4`` bits in at least one band, so the
        candidates are the items with a band value that close, a few index lookups, never a scan.
        """
        from casedesk.media import phash_distance

        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            target = ev.phash
            if not target:
                return []
            rows = _band_candidates(s, target, max_distance, ev.id)
        found = [
            NearDuplicate(rid, cid, name, phash_distance(target, ph)) for rid, cid, name, ph in rows if ph
        ]
        return sorted(
            (d for d in found if d.distance <= max_distance), key=lambda d: (d.distance, d.original_name)
        )


def _items(w: Unit, evidence_ids: Sequence[str]) -> list[Evidence]:
    if not evidence_ids:
        raise UsageError(msg("Name at least one evidence item."))
    return [w.get(Evidence, evidence_id, "evidence item") for evidence_id in dict.fromkeys(evidence_ids)]


def _edit(w: Unit, ev: Evidence, changes: dict[str, Any]) -> None:
    diff = w.apply(ev, EVIDENCE_FIELDS, changes, "evidence item")
    if diff:
        shortened = {
            k: {side: clip(v) if isinstance(v, str) else v for side, v in d.items()} for k, d in diff.items()
        }
        touches = [(ObjectKind.SOURCE, None)] if "source_id" in diff else []
        w.log(ev.case_id, "evidence_edit", ObjectKind.EVIDENCE, ev.id, touches=touches, changes=shortened)


def _within(value: int, radius: int, bits: int = 16) -> list[int]:
    """Every ``bits``-bit value within ``radius`` flipped bits of ``value``."""
    found = [value]
    frontier = [(value, -1)]
    for _ in range(radius):
        nxt = []
        for number, last in frontier:
            for bit in range(last + 1, bits):
                flipped = number ^ (1 << bit)
                found.append(flipped)
                nxt.append((flipped, bit))
        frontier = nxt
    return found


def _band_candidates(s: Session, target: str, max_distance: int, exclude: str) -> list[Any]:
    radius = max_distance // PHASH_BANDS
    bands = [band for band in phash_bands(target) if band is not None]
    if radius > 4:  # so loose a match that nearly everything is a candidate: compare directly
        condition: Any = Evidence.phash.is_not(None)
    else:
        condition = or_(
            *(column.in_(_within(band, radius)) for column, band in zip(_BAND_COLUMNS, bands, strict=True))
        )
    return list(
        s.execute(
            select(Evidence.id, Evidence.case_id, Evidence.original_name, Evidence.phash).where(
                condition, Evidence.id != exclude, Evidence.trashed_at.is_(None)
            )
        ).all()
    )
