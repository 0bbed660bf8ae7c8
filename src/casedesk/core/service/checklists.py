"""Verification checklists: the case's own steps and each item's, and their states."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from casedesk.core.changes import Changes
from casedesk.core.models import ChecklistItem
from casedesk.core.service.base import ServiceBase
from casedesk.core.timeutil import utcnow
from casedesk.core.views import CheckView
from casedesk.core.vocabulary import CheckState, ObjectKind, parse_choice


class ChecklistsAPI(ServiceBase):
    def set_check(self, item_id: str, state: str | None = None, note: str | None = None) -> Changes:
        with self._write() as w:
            item = w.get(ChecklistItem, item_id, "checklist item")
            changes: dict[str, Any] = {}
            if state is not None:
                changes["state"] = parse_choice(CheckState, state, "checklist state")
            if note is not None:
                changes["note"] = note
            diff = w.apply(item, {"state", "note"}, changes, "checklist item")
            if diff:
                item.investigator = self.investigator
                item.updated_at = utcnow()
                w.log(
                    item.case_id,
                    "checklist_change",
                    ObjectKind.CHECK,
                    item.id,
                    touches=[(ObjectKind.EVIDENCE, item.evidence_id)] if item.evidence_id else [],
                    key=item.key,
                    evidence_id=item.evidence_id,
                    changes=diff,
                )
        return w.changes

    def checklist(self, case_id: str, evidence_id: str | None = None) -> list[CheckView]:
        with self._read() as s:
            scope = (
                ChecklistItem.evidence_id.is_(None)
                if evidence_id is None
                else ChecklistItem.evidence_id == evidence_id
            )
            items = s.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.case_id == case_id, scope)
                .order_by(ChecklistItem.position)
            ).all()
            return [CheckView.of(i) for i in items]
