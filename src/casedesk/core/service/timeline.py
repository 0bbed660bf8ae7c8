"""Where and when: places, timeline events and the case's notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select

from casedesk.core.changes import Changes
from casedesk.core.errors import UsageError
from casedesk.core.models import Case, Note, Place, Removable, TimelineEvent
from casedesk.core.service.base import ServiceBase
from casedesk.core.timeutil import PartialTime, utcnow
from casedesk.core.views import EventView, NoteView, PlaceView
from casedesk.core.vocabulary import ObjectKind, check_coordinates
from casedesk.i18n import msg
from casedesk.textutil import clip

EVENT_FIELDS = {"when", "title", "description", "place_id"}
PLACE_FIELDS = {"name", "lat", "lon", "precision", "notes"}

R = TypeVar("R", Place, TimelineEvent, Note)
V = TypeVar("V")
_MODELS: dict[ObjectKind, tuple[type[Any], str]] = {
    ObjectKind.PLACE: (Place, "place"),
    ObjectKind.EVENT: (TimelineEvent, "timeline event"),
    ObjectKind.NOTE: (Note, "note"),
}


class TimelineAPI(ServiceBase):
    # -- places -------------------------------------------------------------------------------

    def add_place(
        self,
        case_id: str,
        name: str,
        lat: float | None = None,
        lon: float | None = None,
        precision: str = "",
        notes: str = "",
    ) -> Changes:
        if not name.strip():
            raise UsageError(msg("A place needs a name."))
        check_coordinates(lat, lon)
        with self._write() as w:
            w.get(Case, case_id, "case")
            place = Place(case_id=case_id, name=name, lat=lat, lon=lon, precision=precision, notes=notes)
            w.session.add(place)
            w.session.flush()
            w.created(place.id)
            w.log(case_id, "place_add", ObjectKind.PLACE, place.id, name=name, lat=lat, lon=lon)
        return w.changes

    def update_place(self, place_id: str, **changes: Any) -> Changes:
        with self._write() as w:
            place = w.get(Place, place_id, "place")
            check_coordinates(changes.get("lat", place.lat), changes.get("lon", place.lon))
            if "name" in changes and not str(changes["name"]).strip():
                raise UsageError(msg("A place needs a name."))
            diff = w.apply(place, PLACE_FIELDS, changes, "place")
            if diff:
                w.log(place.case_id, "place_edit", ObjectKind.PLACE, place.id, changes=diff)
        return w.changes

    def list_places(self, case_id: str, *, removed: bool = False) -> list[PlaceView]:
        return self._listed(Place, case_id, removed, Place.name, PlaceView.of)

    # -- timeline events ----------------------------------------------------------------------

    def add_event(
        self, case_id: str, when: PartialTime, title: str, description: str = "", place_id: str | None = None
    ) -> Changes:
        if not title.strip():
            raise UsageError(msg("A timeline event needs a title."))
        with self._write() as w:
            w.get(Case, case_id, "case")
            if place_id is not None:
                _same_case(w.get(Place, place_id, "place"), case_id)
            event = TimelineEvent(
                case_id=case_id,
                when=when,
                sort_key=when.sort_key(),
                title=title,
                description=description,
                place_id=place_id,
            )
            w.session.add(event)
            w.session.flush()
            w.created(event.id)
            w.log(case_id, "event_add", ObjectKind.EVENT, event.id, when=when, title=title)
        return w.changes

    def update_event(self, event_id: str, **changes: Any) -> Changes:
        with self._write() as w:
            event = w.get(TimelineEvent, event_id, "timeline event")
            if changes.get("place_id") is not None:
                _same_case(w.get(Place, changes["place_id"], "place"), event.case_id)
            if "title" in changes and not str(changes["title"]).strip():
                raise UsageError(msg("A timeline event needs a title."))
            diff = w.apply(event, EVENT_FIELDS, changes, "timeline event")
            if diff:
                event.sort_key = event.when.sort_key()
                w.log(event.case_id, "event_edit", ObjectKind.EVENT, event.id, changes=diff)
        return w.changes

    def list_events(self, case_id: str, *, removed: bool = False) -> list[EventView]:
        return self._listed(TimelineEvent, case_id, removed, TimelineEvent.sort_key, EventView.of)

    # -- notes --------------------------------------------------------------------------------

    def add_note(self, case_id: str, text: str) -> Changes:
        if not text.strip():
            raise UsageError(msg("A note needs some text."))
        with self._write() as w:
            w.get(Case, case_id, "case")
            note = Note(case_id=case_id, text=text)
            w.session.add(note)
            w.session.flush()
            w.created(note.id)
            w.log(case_id, "note_add", ObjectKind.NOTE, note.id, text=clip(text))
        return w.changes

    def update_note(self, note_id: str, text: str) -> Changes:
        if not text.strip():
            raise UsageError(msg("A note needs some text; remove the note instead."))
        with self._write() as w:
            note = w.get(Note, note_id, "note")
            if note.text != text:
                w.apply(note, {"text"}, {"text": text}, "note")
                note.updated_at = utcnow()
                w.log(note.case_id, "note_edit", ObjectKind.NOTE, note.id, text=clip(text))
        return w.changes

    def list_notes(self, case_id: str, *, removed: bool = False) -> list[NoteView]:
        return self._listed(Note, case_id, removed, Note.created_at, NoteView.of)

    # -- removal, the same for all three ------------------------------------------------------

    def remove_record(self, kind: ObjectKind, object_id: str, reason: str = "") -> Changes:
        """Remove a place, timeline event or note (kept, hidden, restorable; logged)."""
        model, what = _model(kind)
        with self._write() as w:
            obj = w.get(model, object_id, what)
            w.remove(obj, obj.case_id, kind, obj.id, reason, **_label(obj))
        return w.changes

    def restore_record(self, kind: ObjectKind, object_id: str) -> Changes:
        model, what = _model(kind)
        with self._write() as w:
            obj = w.get(model, object_id, what)
            w.restore(obj, obj.case_id, kind, obj.id, **_label(obj))
        return w.changes

    def _listed(
        self, model: type[R], case_id: str, removed: bool, order: Any, view: Callable[[R], V]
    ) -> list[V]:
        with self._read() as s:
            query = select(model).where(model.case_id == case_id).order_by(order, model.id)
            if not removed:
                query = query.where(model.removed_at.is_(None))
            return [view(obj) for obj in s.scalars(query)]


def _model(kind: ObjectKind) -> tuple[type[Any], str]:
    if kind not in _MODELS:
        raise UsageError(msg("{kind} is not a place, timeline event or note.", kind=kind.value))
    return _MODELS[kind]


def _label(obj: Removable) -> dict[str, Any]:
    """What the custody entry of a removal names, so the log reads without looking anything up."""
    if isinstance(obj, Note):
        return {"text": clip(obj.text, 200)}
    if isinstance(obj, TimelineEvent):
        return {"title": obj.title}
    assert isinstance(obj, Place)
    return {"name": obj.name}


def _same_case(place: Place, case_id: str) -> None:
    if place.case_id != case_id:
        raise UsageError(msg("That place belongs to another case."))
