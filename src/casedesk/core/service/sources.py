"""Sources with their Admiralty reliability: add, edit, remove, restore, and merge two into one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.changes import Changes
from casedesk.core.errors import UsageError
from casedesk.core.models import ClaimSource, CustodyEntry, Evidence, Source
from casedesk.core.service.base import ServiceBase
from casedesk.core.timeutil import utcnow
from casedesk.core.views import SourceView
from casedesk.core.vocabulary import ObjectKind, parse_reliability
from casedesk.i18n import Message, msg, msgn

SOURCE_FIELDS = {"name", "handle", "platform", "reliability", "notes"}


class SourceInUseError(UsageError):
    """Removing a source that claims or evidence still cite: the caller must choose to unlink."""

    def __init__(self, name: str, claim_ids: list[str], evidence_ids: list[str]) -> None:
        self.claim_ids = claim_ids
        self.evidence_ids = evidence_ids
        claims = msgn("%n claim(s)", len(claim_ids), "fragment: what cites a source")
        items = msgn("%n evidence item(s)", len(evidence_ids), "fragment: what cites a source")
        if claim_ids and evidence_ids:
            citing: Message = msg(
                "{claims} and {items}", "fragment: what cites a source", claims=claims, items=items
            )
        else:
            citing = claims if claim_ids else items
        super().__init__(
            msg(
                "The source {name!r} is still cited by {citing}; "
                "unlink it from them to remove it, or keep it.",
                name=name,
                citing=citing,
            )
        )


class SourcesAPI(ServiceBase):
    def add_source(
        self,
        case_id: str,
        name: str,
        *,
        handle: str = "",
        platform: str = "",
        reliability: str = "F",
        notes: str = "",
    ) -> Changes:
        if not name.strip():
            raise UsageError(msg("A source needs a name."))
        reliability = parse_reliability(reliability)
        with self._write() as w:
            w.case(case_id)
            position = w.session.scalar(select(func.count()).where(Source.case_id == case_id)) or 0
            src = Source(
                case_id=case_id,
                position=position,
                name=name,
                handle=handle,
                platform=platform,
                reliability=reliability,
                notes=notes,
            )
            w.session.add(src)
            w.session.flush()
            w.created(src.id)
            w.log(case_id, "source_create", ObjectKind.SOURCE, src.id, name=name, reliability=reliability)
        return w.changes

    def update_source(self, source_id: str, **changes: Any) -> Changes:
        if "reliability" in changes:
            changes["reliability"] = parse_reliability(changes["reliability"])
        if "name" in changes and not str(changes["name"]).strip():
            raise UsageError(msg("A source needs a name."))
        with self._write() as w:
            src = w.get(Source, source_id, "source")
            diff = w.apply(src, SOURCE_FIELDS, changes, "source")
            if diff:
                w.log(src.case_id, "source_edit", ObjectKind.SOURCE, src.id, changes=diff)
        return w.changes

    def remove_source(self, source_id: str, reason: str = "", *, unlink: bool = False) -> Changes:
        """Remove a source; if claims or evidence cite it, refuse unless ``unlink`` is given."""
        with self._write() as w:
            src = w.get(Source, source_id, "source")
            links = list(
                w.session.scalars(
                    select(ClaimSource).where(
                        ClaimSource.source_id == src.id, ClaimSource.removed_at.is_(None)
                    )
                )
            )
            cited = list(w.session.scalars(select(Evidence).where(Evidence.source_id == src.id)))
            if (links or cited) and not unlink and not src.removed:
                raise SourceInUseError(src.name, [x.claim_id for x in links], [e.id for e in cited])
            for link in links:  # logged as the unlink it is, not as the claim's removal
                w.remove(
                    link,
                    src.case_id,
                    ObjectKind.CLAIM,
                    link.claim_id,
                    reason,
                    action="claim_unlink",
                    touches=[(ObjectKind.SOURCE, src.id)],
                    source_id=src.id,
                )
            for ev in cited:
                ev.source_id = None
                w.log(
                    src.case_id,
                    "evidence_edit",
                    ObjectKind.EVIDENCE,
                    ev.id,
                    changes={"source_id": {"from": src.id, "to": None}},
                )
            w.remove(src, src.case_id, ObjectKind.SOURCE, src.id, reason, name=src.name)
        return w.changes

    def restore_source(self, source_id: str) -> Changes:
        with self._write() as w:
            src = w.get(Source, source_id, "source")
            w.restore(src, src.case_id, ObjectKind.SOURCE, src.id, name=src.name)
        return w.changes

    def merge_sources(self, keep_id: str, other_id: str) -> Changes:
        """Two sources that are one account: the links of ``other`` move to ``keep``; ``other`` is removed.

        One custody entry names both and lists what moved, so the merge can be undone exactly.
        """
        if keep_id == other_id:
            raise UsageError(msg("A source cannot be merged with itself."))
        with self._write() as w:
            keep = w.get(Source, keep_id, "source")
            other = w.get(Source, other_id, "source")
            if keep.case_id != other.case_id:
                raise UsageError(msg("Only sources of the same case can be merged."))
            if keep.removed or other.removed:
                raise UsageError(msg("Restore a removed source before merging it."))
            s = w.session
            moved_claims: list[str] = []  # claims whose link now points at ``keep``
            shared_claims: list[str] = []  # claims that cited both: only ``other``'s link is removed
            for link in s.scalars(
                select(ClaimSource).where(ClaimSource.source_id == other.id, ClaimSource.removed_at.is_(None))
            ):
                kept_link = s.get(ClaimSource, (link.claim_id, keep.id))
                if kept_link is None:
                    s.add(ClaimSource(claim_id=link.claim_id, source_id=keep.id))
                    moved_claims.append(link.claim_id)
                elif kept_link.removed:
                    kept_link.removed_at, kept_link.removed_reason = None, ""
                    moved_claims.append(link.claim_id)
                else:
                    shared_claims.append(link.claim_id)
                link.removed_at, link.removed_reason = utcnow(), f"merged into {keep.id}"
            moved_evidence = list(s.scalars(select(Evidence.id).where(Evidence.source_id == other.id)))
            for ev in s.scalars(select(Evidence).where(Evidence.source_id == other.id)):
                ev.source_id = keep.id
            other.removed_at = utcnow()
            other.removed_reason = f"merged into {keep.name} ({keep.id})"
            w.log(
                keep.case_id,
                "source_merge",
                ObjectKind.SOURCE,
                keep.id,
                touches=[
                    (ObjectKind.SOURCE, other.id),
                    (ObjectKind.CLAIM, None),
                    (ObjectKind.EVIDENCE, None),
                ],
                kept={"id": keep.id, "name": keep.name},
                merged={"id": other.id, "name": other.name},
                claims=moved_claims,
                shared_claims=shared_claims,
                evidence=moved_evidence,
            )
        return w.changes

    def unmerge_sources(self, keep_id: str, other_id: str) -> Changes:
        """Undo a merge: restore ``other`` and move back what the merge moved (a new, logged change)."""
        with self._write() as w:
            keep = w.get(Source, keep_id, "source")
            other = w.get(Source, other_id, "source")
            s = w.session
            merge = _last_merge(s, keep.case_id, keep.id, other.id)
            moved_claims = list(merge.get("claims", []))
            shared_claims = list(merge.get("shared_claims", []))
            moved_evidence = list(merge.get("evidence", []))
            for claim_id in moved_claims:
                kept_link = s.get(ClaimSource, (claim_id, keep.id))
                if kept_link is not None:
                    kept_link.removed_at, kept_link.removed_reason = utcnow(), "merge undone"
            for claim_id in moved_claims + shared_claims:
                old_link = s.get(ClaimSource, (claim_id, other.id))
                if old_link is not None:
                    old_link.removed_at, old_link.removed_reason = None, ""
            for ev in s.scalars(select(Evidence).where(Evidence.id.in_(moved_evidence))):
                if ev.source_id == keep.id:
                    ev.source_id = other.id
            other.removed_at, other.removed_reason = None, ""
            w.log(
                keep.case_id,
                "source_unmerge",
                ObjectKind.SOURCE,
                keep.id,
                touches=[
                    (ObjectKind.SOURCE, other.id),
                    (ObjectKind.CLAIM, None),
                    (ObjectKind.EVIDENCE, None),
                ],
                kept={"id": keep.id, "name": keep.name},
                restored={"id": other.id, "name": other.name},
                claims=moved_claims,
                shared_claims=shared_claims,
                evidence=moved_evidence,
            )
        return w.changes

    def items_citing_sources(self, case_id: str) -> dict[str, list[str]]:
        """For each source of a case, the names of the active items attributed to it: one query."""
        with self._read() as s:
            rows = s.execute(
                select(Evidence.source_id, Evidence.original_name)
                .where(
                    Evidence.case_id == case_id,
                    Evidence.source_id.is_not(None),
                    Evidence.trashed_at.is_(None),
                )
                .order_by(Evidence.added_at, Evidence.id)
            ).all()
        citing: dict[str, list[str]] = {}
        for source_id, name in rows:
            if source_id is not None:
                citing.setdefault(source_id, []).append(name)
        return citing

    def list_sources(self, case_id: str, *, removed: bool = False) -> list[SourceView]:
        """A case's sources in order; with ``removed``, the removed ones too (flagged)."""
        with self._read() as s:
            query = select(Source).where(Source.case_id == case_id).order_by(Source.position, Source.id)
            if not removed:
                query = query.where(Source.removed_at.is_(None))
            return [SourceView.of(x) for x in s.scalars(query)]


def _last_merge(s: Session, case_id: str, keep_id: str, other_id: str) -> dict[str, Any]:
    """The details of the latest merge of ``other`` into ``keep`` that has not been undone."""
    entries = s.scalars(
        select(CustodyEntry)
        .where(
            CustodyEntry.case_id == case_id,
            CustodyEntry.object_id == keep_id,
            CustodyEntry.action.in_(("source_merge", "source_unmerge")),
        )
        .order_by(CustodyEntry.seq.desc())
    )
    for entry in entries:
        other = entry.details.get("merged" if entry.action == "source_merge" else "restored") or {}
        if other.get("id") == other_id:
            if entry.action == "source_unmerge":
                break
            return dict(entry.details)
    raise UsageError(msg("These sources were not merged, or the merge was already undone."))
