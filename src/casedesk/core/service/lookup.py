"""Finding one of a case's objects from what a user typed: its id, or a unique start of it."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import or_, select

from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.models import Claim, Evidence, Note, Place, Source, TimelineEvent
from casedesk.core.service.base import ServiceBase, object_word
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import Message, msg
from casedesk.textutil import clip

AMBIGUOUS_SHOWN = 5  # candidates named when a prefix matches several objects


class _Lookup(NamedTuple):
    model: type[Any]
    what: str
    label: Any  # the column that names a candidate when a prefix is ambiguous
    also: tuple[Any, ...] = ()  # further columns a prefix may match


_LOOKUPS: dict[ObjectKind, _Lookup] = {
    # Evidence is also known by its SHA-256, which investigators quote more often than its id.
    ObjectKind.EVIDENCE: _Lookup(Evidence, "evidence item", Evidence.original_name, (Evidence.sha256,)),
    ObjectKind.SOURCE: _Lookup(Source, "source", Source.name),
    ObjectKind.CLAIM: _Lookup(Claim, "claim", Claim.text),
    ObjectKind.PLACE: _Lookup(Place, "place", Place.name),
    ObjectKind.EVENT: _Lookup(TimelineEvent, "timeline event", TimelineEvent.title),
    ObjectKind.NOTE: _Lookup(Note, "note", Note.text),
}


class LookupAPI(ServiceBase):
    def resolve_object(self, case_id: str, kind: ObjectKind, ref: str) -> str:
        """The id of the object of ``kind`` in the case that ``ref`` names: its id or a unique prefix.

        Removed (and trashed) objects count, so that they can be named to be restored.
        """
        if kind not in _LOOKUPS:
            raise UsageError(msg("Cannot look up a {kind} by id here.", kind=kind.value))
        model, what, label, also = _LOOKUPS[kind]
        ref = ref.strip()
        if not ref:
            raise UsageError(msg("Name the {what} by its id or the start of it.", what=object_word(what)))
        keys = (model.id, *also)
        with self._read() as s:
            self._case_exists(s, case_id)
            rows = s.execute(
                select(model.id, label)
                .where(model.case_id == case_id, or_(*(k.startswith(ref, autoescape=True) for k in keys)))
                .order_by(model.id)
                .limit(AMBIGUOUS_SHOWN + 1)
            ).all()
        if len(rows) == 1:
            return str(rows[0][0])
        if not rows:
            raise NotFoundError(
                msg("No {what} in this case matches {ref!r}.", what=object_word(what), ref=ref)
            )
        names = "; ".join(f"{clip(str(name), 40)} ({oid[:8]})" for oid, name in rows[:AMBIGUOUS_SHOWN])
        if len(rows) > AMBIGUOUS_SHOWN:
            several = msg(
                "{ref!r} matches several {what}: {names}, and more. Give more of the id.",
                ref=ref,
                what=_PLURALS[kind],
                names=names,
            )
        else:
            several = msg(
                "{ref!r} matches several {what}: {names}. Give more of the id.",
                ref=ref,
                what=_PLURALS[kind],
                names=names,
            )
        raise UsageError(several)


# The kinds looked up, in the plural, as words inside a sentence ("matches several claims").
_PLURALS: dict[ObjectKind, Message] = {
    ObjectKind.EVIDENCE: msg("evidence items", "fragment: kinds of object"),
    ObjectKind.SOURCE: msg("sources", "fragment: kinds of object"),
    ObjectKind.CLAIM: msg("claims", "fragment: kinds of object"),
    ObjectKind.PLACE: msg("places", "fragment: kinds of object"),
    ObjectKind.EVENT: msg("timeline events", "fragment: kinds of object"),
    ObjectKind.NOTE: msg("notes", "fragment: kinds of object"),
}
