"""Every write the Evidence pane makes, each through the GUI's one door (``ops.run``) and undoable.

A write on many items is one service call: one transaction, one custody entry per item it changed.
Its undo is a new compensating call (with its own entries; the log never shrinks) that puts back
exactly what the write changed, read from the write's :class:`~casedesk.core.changes.Changes`:

- tags: the tags each item gained are removed and the ones it lost added back (items that already
  had a tag being added are left alone); items with the same difference share one call, so the usual
  undo is one transaction too. A tag put back comes at the end of the item's list;
- flags: each item's flag is set back to what it was, one call per earlier value;
- trash: the items moved are restored, in one call;
- a claim link: items that were linked with another stance get it back (one call per stance); items
  that were not linked are unlinked, one at a time, since the service unlinks one item per call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import reduce
from operator import or_
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.service import CaseService
from casedesk.ui.i18n import plural
from casedesk.ui.ops import CaseOps

# Reason the custody log records when undoing a link made from the Evidence pane. Not translated: the
# log keeps one language for its own words (as records.UNDONE).
UNDO_OF_A_LINK = "Undo of a link"


def retagged(old: Sequence[str], add: Sequence[str], remove: Sequence[str]) -> list[str]:
    """The tags an item ends with after ``tag_evidence(add=..., remove=...)`` (the service's rule)."""
    dropped = {t.strip() for t in remove}
    tags = [t for t in old if t not in dropped]
    return tags + [t for t in (a.strip() for a in add) if t and t not in tags]


def _grouped(pairs: Sequence[tuple[Any, str]]) -> dict[Any, list[str]]:
    groups: dict[Any, list[str]] = {}
    for key, evidence_id in pairs:
        groups.setdefault(key, []).append(evidence_id)
    return groups


def _all(parts: Sequence[Changes]) -> Changes:
    return reduce(or_, parts, NO_CHANGES)


class EvidenceEdits(QObject):
    """The pane's writes; ``parent`` is the widget an error is shown over."""

    def __init__(self, svc: CaseService, ops: CaseOps) -> None:
        super().__init__(ops)
        self.svc = svc
        self.ops = ops

    def _run(
        self,
        parent: QWidget | None,
        text: str,
        write: Callable[[], Changes],
        undo: Callable[[Changes], Changes],
    ) -> Changes | None:
        return self.ops.run(parent, text, write, undo)

    # -- one item -----------------------------------------------------------------------------------
    def update(self, parent: QWidget | None, evidence_id: str, text: str, **fields: Any) -> Changes | None:
        """Edit fields of one item (description, tags, a flag, the transcript)."""
        svc = self.svc
        return self._run(
            parent,
            text,
            lambda: svc.update_evidence(evidence_id, **fields),
            lambda done: svc.update_evidence(evidence_id, **done.before.get(evidence_id, {})),
        )

    def set_check(
        self, parent: QWidget | None, item_id: str, state: str | None = None, note: str | None = None
    ) -> Changes | None:
        svc = self.svc

        def undo(done: Changes) -> Changes:
            before = done.before.get(item_id, {})
            old_state = before.get("state")
            old_note = before.get("note")
            return svc.set_check(
                item_id,
                state=str(old_state) if old_state is not None else None,
                note=str(old_note) if old_note is not None else None,
            )

        return self._run(
            parent,
            self.tr("Change a checklist step"),
            lambda: svc.set_check(item_id, state, note),
            undo,
        )

    # -- many items -------------------------------------------------------------------------------
    def tag(
        self, parent: QWidget | None, ids: Sequence[str], add: Sequence[str], remove: Sequence[str]
    ) -> Changes | None:
        svc = self.svc
        chosen = list(dict.fromkeys(ids))

        def undo(done: Changes) -> Changes:
            pairs = []
            for evidence_id in chosen:
                old = done.before.get(evidence_id, {}).get("tags")
                if isinstance(old, list):
                    new = retagged(old, add, remove)
                    gained = tuple(t for t in new if t not in old)
                    lost = tuple(t for t in old if t not in new)
                    pairs.append(((gained, lost), evidence_id))
            return _all(
                [
                    svc.tag_evidence(*group, add=list(lost), remove=list(gained))
                    for (gained, lost), group in _grouped(pairs).items()
                ]
            )

        n = len(chosen)
        return self._run(
            parent,
            plural(self.tr("Tag %Ln item(s)", "", n), n),
            lambda: svc.tag_evidence(*chosen, add=add, remove=remove),
            undo,
        )

    def flag(
        self,
        parent: QWidget | None,
        ids: Sequence[str],
        *,
        graphic: bool | None = None,
        personal_data: bool | None = None,
    ) -> Changes | None:
        svc = self.svc
        chosen = list(dict.fromkeys(ids))

        def undo(done: Changes) -> Changes:
            pairs = [(tuple(sorted(done.before[i].items())), i) for i in chosen if done.before.get(i)]
            return _all([svc.flag_evidence(*group, **dict(old)) for old, group in _grouped(pairs).items()])

        n = len(chosen)
        if graphic is not None:
            text = plural(
                self.tr("Mark %Ln item(s) as graphic", "", n)
                if graphic
                else self.tr("Clear the graphic flag of %Ln item(s)", "", n),
                n,
            )
        else:
            text = plural(
                self.tr("Mark %Ln item(s) as personal data", "", n)
                if personal_data
                else self.tr("Clear the personal-data flag of %Ln item(s)", "", n),
                n,
            )
        return self._run(
            parent,
            text,
            lambda: svc.flag_evidence(*chosen, graphic=graphic, personal_data=personal_data),
            undo,
        )

    def trash(self, parent: QWidget | None, ids: Sequence[str], reason: str) -> Changes | None:
        svc = self.svc
        chosen = list(dict.fromkeys(ids))

        def undo(done: Changes) -> Changes:
            moved = [i for i in chosen if i in done.ids]
            return svc.restore_evidence(*moved) if moved else NO_CHANGES

        n = len(chosen)
        return self._run(
            parent,
            plural(self.tr("Move %Ln item(s) to the trash", "", n), n),
            lambda: svc.trash_evidence(*chosen, reason=reason.strip()),
            undo,
        )

    def link(
        self, parent: QWidget | None, case_id: str, claim_id: str, ids: Sequence[str], stance: str
    ) -> Changes | None:
        svc = self.svc
        chosen = list(dict.fromkeys(ids))
        prior: dict[str, str] = {}  # evidence id -> stance before the (last) do or redo

        def write() -> Changes:
            prior.clear()
            for claim in svc.list_claims(case_id):
                if claim.id == claim_id:
                    prior.update({link.evidence_id: link.stance for link in claim.evidence})
            return svc.link_claim_evidence(claim_id, *chosen, stance=stance)

        def undo(done: Changes) -> Changes:
            changed = [i for i in chosen if i in done.ids]
            restanced = _grouped([(prior[i], i) for i in changed if i in prior])
            parts = [
                svc.link_claim_evidence(claim_id, *group, stance=old) for old, group in restanced.items()
            ]
            parts += [
                svc.unlink_claim_evidence(claim_id, i, UNDO_OF_A_LINK) for i in changed if i not in prior
            ]
            return _all(parts)

        n = len(chosen)
        text = plural(self.tr("Link %Ln item(s) to a claim", "", n), n)
        return self._run(parent, text, write, undo)
