"""Claims, their status and credibility, and their links to evidence and sources."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from casedesk.core.changes import Changes
from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.models import ChecklistItem, Claim, ClaimEvidence, ClaimSource, Evidence, Source
from casedesk.core.service.base import ServiceBase, Unit
from casedesk.core.views import ClaimView
from casedesk.core.vocabulary import (
    CheckState,
    ClaimStatus,
    ObjectKind,
    Stance,
    check_credibility,
    parse_choice,
)
from casedesk.i18n import msg

CLAIM_FIELDS = {"text", "language", "status", "credibility", "notes"}
CLAIM_LINKS = (selectinload(Claim.evidence_links), selectinload(Claim.source_links))


class ClaimsAPI(ServiceBase):
    def add_claim(
        self,
        case_id: str,
        text: str,
        *,
        language: str = "en",
        status: str = "unverified",
        credibility: int = 6,
        notes: str = "",
    ) -> Changes:
        if not text.strip():
            raise UsageError(msg("A claim needs its text."))
        claim_status = parse_choice(ClaimStatus, status, "claim status")
        check_credibility(credibility)
        with self._write() as w:
            w.case(case_id)
            position = w.session.scalar(select(func.count()).where(Claim.case_id == case_id)) or 0
            claim = Claim(
                case_id=case_id,
                position=position,
                text=text,
                language=language,
                status=claim_status,
                credibility=credibility,
                notes=notes,
            )
            w.session.add(claim)
            w.session.flush()
            w.created(claim.id)
            w.log(case_id, "claim_create", ObjectKind.CLAIM, claim.id, text=text, status=claim_status.value)
        return w.changes

    def update_claim(self, claim_id: str, **changes: Any) -> Changes:
        if "status" in changes:
            changes["status"] = parse_choice(ClaimStatus, changes["status"], "claim status")
        if "credibility" in changes:
            check_credibility(changes["credibility"])
        if "text" in changes and not str(changes["text"]).strip():
            raise UsageError(msg("A claim needs its text."))
        with self._write() as w:
            claim = w.get(Claim, claim_id, "claim")
            diff = w.apply(claim, CLAIM_FIELDS, changes, "claim")
            if diff:
                action = "claim_status" if set(diff) <= {"status", "credibility"} else "claim_edit"
                w.log(claim.case_id, action, ObjectKind.CLAIM, claim.id, changes=diff)
        return w.changes

    def remove_claim(self, claim_id: str, reason: str = "") -> Changes:
        with self._write() as w:
            claim = w.get(Claim, claim_id, "claim")
            w.remove(claim, claim.case_id, ObjectKind.CLAIM, claim.id, reason, text=claim.text[:200])
        return w.changes

    def restore_claim(self, claim_id: str) -> Changes:
        with self._write() as w:
            claim = w.get(Claim, claim_id, "claim")
            w.restore(claim, claim.case_id, ObjectKind.CLAIM, claim.id)
        return w.changes

    def link_claim_evidence(self, claim_id: str, *evidence_ids: str, stance: str = "supports") -> Changes:
        """Link items to a claim (or change their stance); one entry per item, one transaction."""
        stance_value = parse_choice(Stance, stance, "stance")
        if not evidence_ids:
            raise UsageError(msg("Name at least one evidence item."))
        with self._write() as w:
            claim = w.get(Claim, claim_id, "claim")
            for evidence_id in dict.fromkeys(evidence_ids):
                ev = w.get(Evidence, evidence_id, "evidence item")
                if ev.case_id != claim.case_id:
                    raise UsageError(msg("Claim and evidence belong to different cases."))
                link = w.session.get(ClaimEvidence, (claim_id, evidence_id))
                if link is None:
                    w.session.add(
                        ClaimEvidence(claim_id=claim_id, evidence_id=evidence_id, stance=stance_value)
                    )
                elif link.stance == stance_value and not link.removed:
                    continue
                else:
                    link.stance = stance_value
                    link.removed_at, link.removed_reason = None, ""
                w.log(
                    claim.case_id,
                    "claim_link",
                    ObjectKind.CLAIM,
                    claim_id,
                    touches=[(ObjectKind.EVIDENCE, evidence_id)],
                    evidence_id=evidence_id,
                    stance=stance_value.value,
                )
        return w.changes

    def unlink_claim_evidence(self, claim_id: str, evidence_id: str, reason: str = "") -> Changes:
        with self._write() as w:
            claim = w.get(Claim, claim_id, "claim")
            link = w.session.get(ClaimEvidence, (claim_id, evidence_id))
            if link is None or not _unlink(
                w, claim, link, reason, (ObjectKind.EVIDENCE, evidence_id), stance=str(link.stance)
            ):
                raise NotFoundError(msg("This evidence is not linked to the claim."))
        return w.changes

    def link_claim_source(self, claim_id: str, source_id: str) -> Changes:
        with self._write() as w:
            claim = w.get(Claim, claim_id, "claim")
            src = w.get(Source, source_id, "source")
            if src.case_id != claim.case_id:
                raise UsageError(msg("Claim and source belong to different cases."))
            link = w.session.get(ClaimSource, (claim_id, source_id))
            if link is None:
                w.session.add(ClaimSource(claim_id=claim_id, source_id=source_id))
            elif link.removed:
                link.removed_at, link.removed_reason = None, ""
            else:
                return w.changes
            w.log(
                claim.case_id,
                "claim_link",
                ObjectKind.CLAIM,
                claim_id,
                touches=[(ObjectKind.SOURCE, source_id)],
                source_id=source_id,
            )
        return w.changes

    def unlink_claim_source(self, claim_id: str, source_id: str, reason: str = "") -> Changes:
        with self._write() as w:
            claim = w.get(Claim, claim_id, "claim")
            link = w.session.get(ClaimSource, (claim_id, source_id))
            if link is None or not _unlink(w, claim, link, reason, (ObjectKind.SOURCE, source_id)):
                raise NotFoundError(msg("This source is not linked to the claim."))
        return w.changes

    def list_claims(
        self, case_id: str, *, removed: bool = False, ids: Collection[str] | None = None
    ) -> list[ClaimView]:
        """A case's claims in order, with their links in force; with ``removed``, removed ones too;
        with ``ids``, only those (a view refreshing the claims a change named)."""
        with self._read() as s:
            query = (
                select(Claim)
                .where(Claim.case_id == case_id)
                .order_by(Claim.position, Claim.id)
                .options(*CLAIM_LINKS)  # the links in two queries, not two per claim
            )
            if not removed:
                query = query.where(Claim.removed_at.is_(None))
            if ids is not None:
                query = query.where(Claim.id.in_(ids))
            return [ClaimView.of(x) for x in s.scalars(query)]

    def claim_progress(self, case_id: str, ids: Collection[str] | None = None) -> dict[str, tuple[int, int]]:
        """For each claim (or each of ``ids``), (passed, total) over the checklists of the evidence
        linked to it: one query."""
        with self._read() as s:
            query = (
                select(ClaimEvidence.claim_id, ChecklistItem.state, func.count())
                .join(Claim, Claim.id == ClaimEvidence.claim_id)
                .join(ChecklistItem, ChecklistItem.evidence_id == ClaimEvidence.evidence_id)
                .where(Claim.case_id == case_id, ClaimEvidence.removed_at.is_(None))
                .group_by(ClaimEvidence.claim_id, ChecklistItem.state)
            )
            if ids is not None:
                query = query.where(ClaimEvidence.claim_id.in_(ids))
            rows = s.execute(query).all()
        progress: dict[str, tuple[int, int]] = {}
        for claim_id, state, count in rows:
            passed, total = progress.get(claim_id, (0, 0))
            progress[claim_id] = (passed + (count if state == CheckState.PASSED else 0), total + count)
        return progress


def _unlink(
    w: Unit,
    claim: Claim,
    link: ClaimEvidence | ClaimSource,
    reason: str,
    target: tuple[ObjectKind, str],
    **details: Any,
) -> bool:
    """Soft-remove a claim's link to evidence or a source, logged as ``claim_unlink`` on the claim
    naming what it pointed to; False if it was not in force."""
    kind, target_id = target
    name = "evidence_id" if kind == ObjectKind.EVIDENCE else "source_id"
    return w.remove(
        link,
        claim.case_id,
        ObjectKind.CLAIM,
        claim.id,
        reason,
        action="claim_unlink",
        touches=[target],
        **{name: target_id},
        **details,
    )
