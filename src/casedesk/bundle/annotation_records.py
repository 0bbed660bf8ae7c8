"""Annotations as bundles carry them (format 6): the drawings made on items, beside the originals.

An annotation belongs to an item of the bundle's case (``evidence_id``) and, like a note, travels
with its soft removal; its ``body`` is the drawing as the module that made it wrote it (a JSON
object), checked as one here and read by that module when drawn.
"""

from __future__ import annotations

from casedesk.bundle.fields import ID, INT, OBJECT, TEXT, TIME, TableSpec, _choice, _f, _removal
from casedesk.core.vocabulary import AnnotationKind

ANNOTATIONS_SINCE = 6  # the format that added annotations

ANNOTATIONS = TableSpec(
    "annotations",
    "annotation",
    (
        _f("id", ID),
        _f("evidence_id", ID),
        _choice("kind", AnnotationKind),
        _f("label", TEXT),
        _f("body", OBJECT),
        _f("width", INT, minimum=0),
        _f("height", INT, minimum=0),
        _f("created_at", TIME),
        _f("updated_at", TIME),
        *_removal(),
    ),
    since=ANNOTATIONS_SINCE,
)
