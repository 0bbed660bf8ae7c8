"""The one unit of work through which every change to a case is made.

A :class:`Unit` is one write transaction (``BEGIN IMMEDIATE``, so two processes appending to the same
chain are serialised by SQLite). Whatever it changes is logged with :meth:`Unit.log`, which appends
the custody entry in the same transaction; and it collects what it touched, so the write can
return its :class:`~casedesk.core.changes.Changes`. Nothing else in CaseDesk appends to the custody
log or opens a write transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from casedesk.core import custody, history
from casedesk.core.changes import Changes
from casedesk.core.checklist import ChecklistTemplate
from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.models import Base, Blob, Case, CustodyEntry, Removable
from casedesk.core.timeutil import PartialTime, iso_utc, utcnow
from casedesk.core.vocabulary import ObjectKind
from casedesk.core.workspace import Workspace
from casedesk.i18n import Message, msg
from casedesk.media import Limits

M = TypeVar("M", bound=Base)


def jsonable(value: Any) -> Any:
    if isinstance(value, PartialTime):
        return value.to_text()
    if isinstance(value, datetime):
        return iso_utc(value)
    return value


def get(s: Session, model: type[M], obj_id: str, what: str) -> M:
    obj = s.get(model, obj_id)
    if obj is None:
        raise NotFoundError(not_found(what, obj_id))
    return obj


def record_blob(s: Session, sha256: str, size: int) -> None:
    """Note the stored original ``sha256`` in the workspace, unless it is noted already: one insert
    that yields to a row already there, so two investigators adding the same file at once (a team
    workspace) do not make one of their changes fail."""
    dialect = s.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    s.execute(insert(Blob).values(sha256=sha256, size=size).on_conflict_do_nothing(index_elements=["sha256"]))


def not_found(what: str, obj_id: str) -> Message:
    """ "No claim with id …": a sentence for each kind, so that a translation agrees with its noun."""
    sentences = {
        "case": msg("No case with id {id}.", id=obj_id),
        "evidence item": msg("No evidence item with id {id}.", id=obj_id),
        "source": msg("No source with id {id}.", id=obj_id),
        "claim": msg("No claim with id {id}.", id=obj_id),
        "place": msg("No place with id {id}.", id=obj_id),
        "timeline event": msg("No timeline event with id {id}.", id=obj_id),
        "note": msg("No note with id {id}.", id=obj_id),
        "checklist item": msg("No checklist item with id {id}.", id=obj_id),
    }
    return sentences.get(what) or msg("No {what} with id {id}.", what=object_word(what), id=obj_id)


def object_word(what: str) -> Message | str:
    """The name of a kind of object ("evidence item") as a word inside a sentence."""
    words = {
        "case": msg("case", "fragment: kind of object"),
        "evidence item": msg("evidence item", "fragment: kind of object"),
        "source": msg("source", "fragment: kind of object"),
        "claim": msg("claim", "fragment: kind of object"),
        "place": msg("place", "fragment: kind of object"),
        "timeline event": msg("timeline event", "fragment: kind of object"),
        "note": msg("note", "fragment: kind of object"),
        "checklist item": msg("checklist item", "fragment: kind of object"),
    }
    return words.get(what, what)


class Unit:
    """One write transaction: the change, its custody entries and the record of what it touched."""

    def __init__(self, session: Session, investigator: str) -> None:
        self.session = session
        self.investigator = investigator
        self._case_ids: set[str] = set()
        self._kinds: set[ObjectKind] = set()
        self._ids: set[str] = set()
        self._entries: list[str] = []
        self._created: list[str] = []
        self._before: dict[str, dict[str, object]] = {}
        self._held: set[str] = set()

    def get(self, model: type[M], obj_id: str, what: str) -> M:
        """The record this change reads or changes, its case held first (:meth:`hold`): two
        investigators editing one claim at once take turns, and the second sees the first's edit,
        so the log's "from" values are what each one really changed."""
        obj = get(self.session, model, obj_id, what)
        case_id = obj_id if isinstance(obj, Case) else getattr(obj, "case_id", None)
        if isinstance(case_id, str) and self.hold(case_id):
            self.session.refresh(obj)  # as committed before the lock was ours
        return obj

    def case(self, case_id: str) -> Case:
        """The case this change writes to, held for the transaction: a record it numbers by
        counting the case's others gets a number no concurrent writer also takes."""
        self.hold(case_id)
        return get(self.session, Case, case_id, "case")

    def hold(self, case_id: str) -> bool:
        """Take the case's turn (custody.hold) unless this unit has it; True if it was taken now, on
        a database where what was read before may have changed meanwhile."""
        if case_id in self._held:
            return False
        self._held.add(case_id)
        return custody.hold(self.session, case_id)

    def touch(self, kind: ObjectKind, *ids: str | None) -> None:
        self._kinds.add(kind)
        self._ids.update(i for i in ids if i)

    def created(self, object_id: str) -> None:
        self._created.append(object_id)

    def log(
        self,
        case_id: str,
        action: str,
        kind: ObjectKind,
        object_id: str,
        *,
        touches: Iterable[tuple[ObjectKind, str | None]] = (),
        **details: Any,
    ) -> CustodyEntry:
        """Append the custody entry for a change made in this unit (and note what it touched)."""
        entry = custody.append(
            self.session,
            case_id=case_id,
            investigator=self.investigator,
            action=action,
            object_type=kind.value,
            object_id=object_id,
            details={k: jsonable(v) for k, v in details.items()},
        )
        history.record(self.session, case_id, entry.seq)
        case = self.session.get(Case, case_id)
        if case is not None:
            case.updated_at = entry.at
        self._case_ids.add(case_id)
        self.touch(kind, object_id)
        for other_kind, other_id in touches:
            self.touch(other_kind, other_id)
        self._entries.append(entry.hash)
        return entry

    def apply(
        self, obj: Any, allowed: set[str], changes: dict[str, Any], what: str
    ) -> dict[str, dict[str, Any]]:
        """Set the changed fields; return ``{field: {"from", "to"}}`` for those that really changed."""
        unknown = set(changes) - allowed
        if unknown:
            raise UsageError(
                msg(
                    "Cannot edit {fields} of a {what}.",
                    fields=", ".join(sorted(unknown)),
                    what=object_word(what),
                )
            )
        diff: dict[str, dict[str, Any]] = {}
        for name, value in changes.items():
            old = getattr(obj, name)
            if old != value:
                diff[name] = {"from": jsonable(old), "to": jsonable(value)}
                self._before.setdefault(obj.id, {})[name] = old
                setattr(obj, name, value)
        return diff

    def remove(
        self,
        obj: Removable,
        case_id: str,
        kind: ObjectKind,
        object_id: str,
        reason: str,
        *,
        action: str | None = None,
        touches: Iterable[tuple[ObjectKind, str | None]] = (),
        **details: Any,
    ) -> bool:
        """Mark an object removed (hidden, kept, restorable) and log it (as ``action``, by default
        KIND_remove); False if it already was."""
        if obj.removed_at is not None:
            return False
        obj.removed_at = utcnow()
        obj.removed_reason = reason.strip()
        action = action or f"{kind_word(kind)}_remove"
        self.log(case_id, action, kind, object_id, touches=touches, reason=reason.strip(), **details)
        return True

    def restore(
        self,
        obj: Removable,
        case_id: str,
        kind: ObjectKind,
        object_id: str,
        *,
        action: str | None = None,
        touches: Iterable[tuple[ObjectKind, str | None]] = (),
        **details: Any,
    ) -> bool:
        """Bring a removed object back and log it (as ``action``, by default KIND_restore); False if
        it was not removed."""
        if obj.removed_at is None:
            return False
        obj.removed_at = None
        obj.removed_reason = ""
        self.log(case_id, action or f"{kind_word(kind)}_restore", kind, object_id, touches=touches, **details)
        return True

    @property
    def changes(self) -> Changes:
        return Changes(
            frozenset(self._case_ids),
            frozenset(self._kinds),
            frozenset(self._ids),
            tuple(self._entries),
            tuple(self._created),
            dict(self._before),
        )


def kind_word(kind: ObjectKind) -> str:
    """The short word custody actions use for a kind ("event_remove", not "timeline_event_remove")."""
    return {ObjectKind.EVENT: "event", ObjectKind.CHECK: "checklist"}.get(kind, kind.value)


class ServiceBase:
    """State shared by the service's domain parts, and the two doors into the database."""

    workspace: Workspace
    investigator: str
    template: ChecklistTemplate
    limits: Limits

    @contextmanager
    def _write(self) -> Iterator[Unit]:
        """The unit of work: one transaction, committed with its custody entries or not at all."""
        with self.workspace.db.write() as s:
            yield Unit(s, self.investigator)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self.workspace.db.read() as s:
            yield s

    def _case_exists(self, s: Session, case_id: str) -> Case:
        return get(s, Case, case_id, "case")
