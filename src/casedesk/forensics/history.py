"""The edit history an XMP packet records (Adobe's xmpMM:History and photoshop:History).

Adobe applications append a ``stEvt`` resource event (action, time, software, what changed) to
``xmpMM:History`` each time a document is saved, converted or derived, and Photoshop can also keep
a text log in ``photoshop:History`` (XMP Specification Part 2, ``ResourceEvent``; Photoshop's
"History Log" preference). A camera original has none of this; a history is what the software
wrote, and can be removed or written by anyone, so it is a statement of the file, not a proof.

The packet is parsed with the standard library's expat parser after refusing any DOCTYPE (so no
entity can expand): XMP never needs one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

METHOD = "xmp_edit_history"
MAX_STEPS = 1_000
_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "stEvt": "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#",
    "stRef": "http://ns.adobe.com/xap/1.0/sType/ResourceRef#",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}
_DOCTYPE = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_EVENT_FIELDS = ("action", "when", "softwareAgent", "parameters", "changed", "instanceID")


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One ``stEvt`` resource event, fields as written (times in the file's own ISO 8601 form)."""

    action: str
    when: str | None
    software: str | None
    parameters: str | None
    changed: str | None
    instance_id: str | None


@dataclass(frozen=True, slots=True)
class LogLine:
    """One line of Photoshop's text history log: its time and what it says."""

    when: str | None
    text: str


@dataclass(frozen=True, slots=True)
class HistoryFinding:
    """What the XMP says about where the file came from and what was done to it."""

    steps: tuple[HistoryStep, ...]
    software: tuple[str, ...]  # every softwareAgent and the CreatorTool, in order of appearance
    log: tuple[LogLine, ...]
    creator_tool: str | None
    create_date: str | None
    modify_date: str | None
    metadata_date: str | None
    document_id: str | None
    original_document_id: str | None
    derived_from_document: str | None  # xmpMM:DerivedFrom stRef:documentID
    preserved_file_name: str | None
    method: str = METHOD
    reference: str = "XMP Specification Part 2 (xmpMM:History, stEvt:ResourceEvent); photoshop:History"


def _value(element: ET.Element, prefix: str, name: str) -> str | None:
    """A simple property, written as an attribute or as a child element."""
    attribute = element.get(_q(prefix, name))
    if attribute is not None:
        return attribute.strip() or None
    child = element.find(f"{prefix}:{name}", _NS)
    if child is not None and child.text is not None:
        return child.text.strip() or None
    return None


def _first(descriptions: Iterable[ET.Element], prefix: str, name: str) -> str | None:
    for description in descriptions:
        found = _value(description, prefix, name)
        if found is not None:
            return found
    return None


def _step(li: ET.Element) -> HistoryStep:
    node = li.find("rdf:Description", _NS)
    source = node if node is not None else li  # rdf:parseType="Resource" and attribute forms alike
    values = {name: _value(source, "stEvt", name) for name in _EVENT_FIELDS}
    return HistoryStep(
        action=values["action"] or "",
        when=values["when"],
        software=values["softwareAgent"],
        parameters=values["parameters"],
        changed=values["changed"],
        instance_id=values["instanceID"],
    )


def _log(text: str | None) -> tuple[LogLine, ...]:
    lines: list[LogLine] = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        when, tab, rest = line.partition("\t")
        lines.append(LogLine(when.strip() or None, rest.strip()) if tab else LogLine(None, line.strip()))
    return tuple(lines[:MAX_STEPS])


def edit_history(xmp: str | None) -> HistoryFinding | None:
    """The history an XMP packet records; None without a packet, a history or a creator tool."""
    if not xmp or _DOCTYPE.search(xmp):
        return None
    start, end = xmp.find("<x:xmpmeta"), xmp.rfind("</x:xmpmeta>")
    if start < 0 or end < 0:
        start, end = xmp.find("<rdf:RDF"), xmp.rfind("</rdf:RDF>")
        if start < 0 or end < 0:
            return None
        end += len("</rdf:RDF>")
    else:
        end += len("</x:xmpmeta>")
    try:
        root = ET.fromstring(xmp[start:end].replace("\x00", ""))
    except ET.ParseError:
        return None
    descriptions = list(root.iter(_q("rdf", "Description")))
    steps: list[HistoryStep] = []
    for history in root.iter(_q("xmpMM", "History")):
        steps.extend(_step(li) for li in history.iter(_q("rdf", "li")))
    derived = next(root.iter(_q("xmpMM", "DerivedFrom")), None)
    derived_from = None if derived is None else _value(derived, "stRef", "documentID")
    log = _log(_first(descriptions, "photoshop", "History"))
    creator_tool = _first(descriptions, "xmp", "CreatorTool")
    if not (steps or log or creator_tool or derived_from):
        return None
    named = [s.software for s in steps if s.software] + [creator_tool or ""]
    return HistoryFinding(
        steps=tuple(steps[:MAX_STEPS]),
        software=tuple(dict.fromkeys(name for name in named if name)),
        log=log,
        creator_tool=creator_tool,
        create_date=_first(descriptions, "xmp", "CreateDate"),
        modify_date=_first(descriptions, "xmp", "ModifyDate"),
        metadata_date=_first(descriptions, "xmp", "MetadataDate"),
        document_id=_first(descriptions, "xmpMM", "DocumentID"),
        original_document_id=_first(descriptions, "xmpMM", "OriginalDocumentID"),
        derived_from_document=derived_from,
        preserved_file_name=_first(descriptions, "xmpMM", "PreservedFileName"),
    )
