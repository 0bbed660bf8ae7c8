"""Marks the investigator draws on items, kept beside the original (table ``annotation``).

An annotation is case data, like a note: every add, edit, removal and restoration is one unit of
work with its custody entry, the record is versioned (so a report as of an entry shows the drawing
as it then stood) and it travels in bundles. The original is only ever read: a drawing is points in
the pixels of the upright picture (``width`` x ``height``), kept apart and drawn over a copy.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from casedesk.core.changes import Changes
from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.models import Annotation, Evidence
from casedesk.core.service.base import ServiceBase, Unit
from casedesk.core.timeutil import utcnow
from casedesk.core.vocabulary import AnnotationKind, ObjectKind, parse_choice
from casedesk.i18n import msg
from casedesk.textutil import clip

MAX_BODY_BYTES = 64 * 1024  # a drawing is a few points; anything much larger is not one


@dataclass(frozen=True, slots=True)
class AnnotationView:
    id: str
    case_id: str
    evidence_id: str
    kind: str
    label: str
    body: dict[str, Any]
    width: int
    height: int
    created_at: datetime
    updated_at: datetime
    removed: bool = False
    removed_reason: str = ""

    @classmethod
    def of(cls, a: Annotation) -> AnnotationView:
        return cls(
            a.id,
            a.case_id,
            a.evidence_id,
            a.kind,
            a.label,
            dict(a.body),
            a.width,
            a.height,
            a.created_at,
            a.updated_at,
            a.removed,
            a.removed_reason,
        )


def body_sha256(body: dict[str, Any]) -> str:
    """The SHA-256 of a body's canonical JSON (sorted keys, no spaces): what the custody log names."""
    return hashlib.sha256(_canonical(body).encode("utf-8")).hexdigest()


def _canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _checked_body(body: object) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise UsageError(msg("An annotation's drawing must be a JSON object."))
    try:
        size = len(_canonical(body).encode("utf-8"))
    except (TypeError, ValueError):
        raise UsageError(msg("An annotation's drawing must be a JSON object.")) from None
    if size > MAX_BODY_BYTES:
        raise UsageError(
            msg("An annotation's drawing is larger than {limit} KiB.", limit=MAX_BODY_BYTES // 1024)
        )
    copy: dict[str, Any] = json.loads(_canonical(body))  # a private copy, as JSON reads it back
    return copy


def _checked_size(width: int, height: int) -> None:
    for value in (width, height):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1 << 31:
            raise UsageError(msg("An annotation's picture size must be whole numbers of pixels."))


def _get(w: Unit, annotation_id: str) -> Annotation:
    found = w.session.get(Annotation, annotation_id)
    if found is None:
        raise NotFoundError(msg("No annotation with id {id}.", id=annotation_id))
    return found


def _label(a: Annotation) -> dict[str, Any]:
    """What each entry names, so the log reads without looking anything up."""
    return {"evidence_id": a.evidence_id, "annotation_kind": a.kind, "label": clip(a.label, 200)}


def _drawn(a: Annotation) -> dict[str, Any]:
    """The drawing as it now stands, in every add and edit entry: the log alone redraws it (a report
    as of an entry draws what that entry's record says)."""
    return {"width": a.width, "height": a.height, "body_sha256": body_sha256(a.body), "body": a.body}


class AnnotationsAPI(ServiceBase):
    def add_annotation(
        self,
        evidence_id: str,
        kind: str,
        body: dict[str, Any],
        *,
        width: int,
        height: int,
        label: str = "",
    ) -> Changes:
        """Keep a drawing made on an item (``kind`` names its meaning, e.g. "shadow")."""
        chosen = parse_choice(AnnotationKind, kind, "annotation kind")
        kept = _checked_body(body)
        _checked_size(width, height)
        with self._write() as w:
            item = w.get(Evidence, evidence_id, "evidence item")
            if item.trashed_at is not None:
                raise UsageError(msg("This item is in the trash: restore it before drawing on it."))
            mark = Annotation(
                case_id=item.case_id,
                evidence_id=item.id,
                kind=str(chosen),
                label=label.strip(),
                body=kept,
                width=width,
                height=height,
            )
            w.session.add(mark)
            w.session.flush()
            w.created(mark.id)
            w.log(
                item.case_id,
                "annotation_add",
                ObjectKind.ANNOTATION,
                mark.id,
                touches=[(ObjectKind.EVIDENCE, item.id)],
                **_label(mark),
                **_drawn(mark),
            )
        return w.changes

    def update_annotation(
        self,
        annotation_id: str,
        *,
        body: dict[str, Any] | None = None,
        label: str | None = None,
        width: int | None = None,
        height: int | None = None,
    ) -> Changes:
        """Change a drawing (its points, label or picture size); unchanged fields log nothing."""
        changes: dict[str, Any] = {}
        if body is not None:
            changes["body"] = _checked_body(body)
        if label is not None:
            changes["label"] = label.strip()
        with self._write() as w:
            mark = _get(w, annotation_id)
            if width is not None or height is not None:
                size = (
                    width if width is not None else mark.width,
                    height if height is not None else mark.height,
                )
                _checked_size(*size)
                changes.update(width=size[0], height=size[1])
            diff = w.apply(mark, {"body", "label", "width", "height"}, changes, "annotation")
            if diff:
                mark.updated_at = utcnow()
                details: dict[str, Any] = {k: v for k, v in diff.items() if k != "body"}
                if "body" in diff:
                    details["body_sha256"] = {
                        "from": body_sha256(diff["body"]["from"]),
                        "to": body_sha256(mark.body),
                    }
                w.log(
                    mark.case_id,
                    "annotation_edit",
                    ObjectKind.ANNOTATION,
                    mark.id,
                    touches=[(ObjectKind.EVIDENCE, mark.evidence_id)],
                    **_label(mark),
                    changes=details,
                    **_drawn(mark),
                )
        return w.changes

    def remove_annotation(self, annotation_id: str, reason: str = "") -> Changes:
        """Hide a drawing (kept, restorable, logged)."""
        with self._write() as w:
            mark = _get(w, annotation_id)
            w.remove(
                mark,
                mark.case_id,
                ObjectKind.ANNOTATION,
                mark.id,
                reason,
                touches=[(ObjectKind.EVIDENCE, mark.evidence_id)],
                **_label(mark),
            )
        return w.changes

    def restore_annotation(self, annotation_id: str) -> Changes:
        with self._write() as w:
            mark = _get(w, annotation_id)
            w.restore(
                mark,
                mark.case_id,
                ObjectKind.ANNOTATION,
                mark.id,
                touches=[(ObjectKind.EVIDENCE, mark.evidence_id)],
                **_label(mark),
            )
        return w.changes

    def annotation(self, annotation_id: str) -> AnnotationView:
        with self._read() as s:
            found = s.get(Annotation, annotation_id)
            if found is None:
                raise NotFoundError(msg("No annotation with id {id}.", id=annotation_id))
            return AnnotationView.of(found)

    def list_annotations(
        self, evidence_id: str, *, kind: str | None = None, removed: bool = False
    ) -> list[AnnotationView]:
        """An item's drawings, oldest first (of one kind, if given)."""
        with self._read() as s:
            query = select(Annotation).where(Annotation.evidence_id == evidence_id)
            return self._annotations(s, query, kind, removed)

    def case_annotations(
        self, case_id: str, *, kind: str | None = None, removed: bool = False
    ) -> list[AnnotationView]:
        """Every drawing of a case, oldest first."""
        with self._read() as s:
            query = select(Annotation).where(Annotation.case_id == case_id)
            return self._annotations(s, query, kind, removed)

    @staticmethod
    def _annotations(s: Any, query: Any, kind: str | None, removed: bool) -> list[AnnotationView]:
        if kind is not None:
            query = query.where(Annotation.kind == kind)
        if not removed:
            query = query.where(Annotation.removed_at.is_(None))
        query = query.order_by(Annotation.created_at, Annotation.id)
        return [AnnotationView.of(a) for a in s.scalars(query)]
