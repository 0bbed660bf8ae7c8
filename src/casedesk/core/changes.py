"""What a write changed, so that each view decides for itself whether to refresh.

Every write of the service returns a :class:`Changes` (as Anki's operations return ``OpChanges``): the
cases, the kinds of object and the ids it touched, and the custody entries it appended. A view that
shows sources redraws when ``changes.touches(ObjectKind.SOURCE)``; nothing reloads the whole case.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casedesk.core.vocabulary import ObjectKind


@dataclass(frozen=True, slots=True)
class Changes:
    case_ids: frozenset[str] = frozenset()
    kinds: frozenset[ObjectKind] = frozenset()
    ids: frozenset[str] = frozenset()
    entries: tuple[str, ...] = ()  # hashes of the custody entries appended, in order
    created: tuple[str, ...] = ()  # ids of objects the write created, in order
    # For an edit, each field's value before it (object id -> field -> old value): enough to undo.
    before: dict[str, dict[str, object]] = field(default_factory=dict, compare=False)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def touches(self, *kinds: ObjectKind) -> bool:
        return any(kind in self.kinds for kind in kinds)

    def touches_case(self, case_id: str | None) -> bool:
        return case_id is not None and case_id in self.case_ids

    @property
    def id(self) -> str:
        """The id of the one object this write created."""
        if len(self.created) != 1:
            raise ValueError(f"this change created {len(self.created)} objects, not one")
        return self.created[0]

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.case_ids | other.case_ids,
            self.kinds | other.kinds,
            self.ids | other.ids,
            self.entries + other.entries,
            self.created + other.created,
            {**self.before, **other.before},
        )


NO_CHANGES = Changes()
