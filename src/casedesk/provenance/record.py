"""What CaseDesk keeps of a file's Content Credentials (C2PA): plain, frozen, JSON-ready values.

A :class:`C2paRecord` is what one reading of one original found: whether it carries a manifest, the
validation state as c2pa names it ("Valid", "Trusted", "Invalid") with its raw status codes, who
signed and when, the claim generator, the title, the actions and the ingredients (each with the
hashes the manifest states for it, and its own ingredients when the manifest store holds them).
It is derived from the original, so it can always be read again; it is stored as JSON
(:meth:`C2paRecord.to_dict`) and read back with :meth:`C2paRecord.from_dict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from casedesk.i18n import msg

RECORD_FORMAT = 1


class C2paStatus(StrEnum):
    """What reading found, in CaseDesk's words (``state`` keeps the library's own)."""

    NONE = "none"  # no manifest, or a format C2PA cannot be carried in
    READ = "read"  # a manifest store was read and validated: see ``state`` and ``codes``
    REMOTE = "remote"  # the file only points to a manifest elsewhere; not fetched (CaseDesk is offline)
    ERROR = "error"  # C2PA data is there but could not be read: a finding, the original kept as it is


@dataclass(frozen=True, slots=True)
class C2paAction:
    action: str  # "c2pa.created", "c2pa.edited", "c2pa.cropped", "c2pa.placed" …
    name: str | None = None  # the tool's own word for it ("content-aware_fill", "brightnesscontrast")
    when: str | None = None
    software_agent: str | None = None
    digital_source_type: str | None = None  # e.g. ".../digitalsourcetype/trainedAlgorithmicMedia"
    description: str | None = None


@dataclass(frozen=True, slots=True)
class IngredientLink:
    """Evidence in the same case that is this ingredient, and how that is known, strongest first:

    - ``sha256``: its SHA-256 is the one the manifest states for the ingredient (the same bytes);
    - ``manifest``: it carries the manifest the ingredient names (that asset or a copy of it: its own
      state says whether that copy still validates);
    - ``instance_id``: its XMP (or manifest) instance id is the ingredient's. Ids are written by
      the tools, not computed from the bytes: a lead to check, not a proof.
    """

    evidence_id: str
    match: str  # "sha256", "manifest" or "instance_id"


@dataclass(frozen=True, slots=True)
class C2paIngredient:
    title: str | None = None
    format: str | None = None
    relationship: str | None = None  # "parentOf", "componentOf", "inputTo"
    document_id: str | None = None
    instance_id: str | None = None
    manifest: str | None = None  # the label of the ingredient's own manifest, when it had one
    # The digests the manifest states, base64 as written there: "claim" (of the ingredient
    # assertion, as the claim lists it), "manifest" (of the ingredient's manifest), "thumbnail", "data".
    hashes: dict[str, str] = field(default_factory=dict)
    sha256: str | None = None  # the ingredient file's SHA-256 (hex), when the manifest states one
    codes: tuple[str, ...] = ()  # the ingredient's own validation failures, as c2pa reports them
    ingredients: tuple[C2paIngredient, ...] = ()  # its ingredients, from its manifest in the store
    evidence: tuple[IngredientLink, ...] = ()  # filled in when shown (never stored): see IngredientLink


@dataclass(frozen=True, slots=True)
class C2paTimestamp:
    time: str | None = None  # ISO 8601, as the time-stamp token says
    authority: str | None = None  # the time-stamping certificate's subject
    issuer: str | None = None


@dataclass(frozen=True, slots=True)
class C2paResult:
    """One validation result c2pa explains (failures and informational notes, not the successes)."""

    code: str
    kind: str  # "failure" or "informational"
    url: str | None = None
    explanation: str | None = None


@dataclass(frozen=True, slots=True)
class C2paRecord:
    # The first seven fields are the `case show --json` object of issue 14, in its order.
    state: str | None = None  # the library's validation_state: "Valid", "Trusted", "Invalid"
    codes: tuple[str, ...] = ()  # the library's validation_status codes (failures), in its order
    signer: str | None = None  # the signing certificate's organisation (else its common name)
    claim_generator: str | None = None
    title: str | None = None
    actions: tuple[C2paAction, ...] = ()
    ingredients: tuple[C2paIngredient, ...] = ()
    status: C2paStatus = C2paStatus.NONE
    signer_name: str | None = None  # the signing certificate's common name
    issuer: str | None = None  # who issued the signing certificate
    signed_at: str | None = None  # the signature's time as c2pa reports it (the time stamp's, if any)
    timestamp: C2paTimestamp | None = None
    media_type: str | None = None  # the format the manifest states for the asset
    instance_id: str | None = None  # the asset's xmpMM:InstanceID, as the active manifest states it
    manifest: str | None = None  # the active manifest's label
    manifests: int = 0  # how many manifests the store holds (the active one and its ingredients')
    results: tuple[C2paResult, ...] = ()
    remote_url: str | None = None  # for REMOTE: where the manifest is said to be
    # For ERROR, what c2pa said; for NONE, why there is nothing (what c2pa said of a file it could
    # not parse, or why a large file was not given to it), when there is more to say than "nothing".
    error: str | None = None
    reader: str = ""  # "c2pa-python 0.38.1 (c2pa-rs 0.91.3)"
    trust: str = ""  # SHA-256 of the trust anchors it was validated against

    @property
    def present(self) -> bool:
        """Whether the file carries (or points to) Content Credentials."""
        return self.status is not C2paStatus.NONE

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        assert isinstance(data, dict)
        return {"format": RECORD_FORMAT, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> C2paRecord:
        stamp = data.get("timestamp")
        return cls(
            state=data.get("state"),
            codes=tuple(data.get("codes") or ()),
            signer=data.get("signer"),
            claim_generator=data.get("claim_generator"),
            title=data.get("title"),
            actions=tuple(C2paAction(**a) for a in data.get("actions") or ()),
            ingredients=tuple(_ingredient(i) for i in data.get("ingredients") or ()),
            status=C2paStatus(data.get("status", C2paStatus.NONE)),
            signer_name=data.get("signer_name"),
            issuer=data.get("issuer"),
            signed_at=data.get("signed_at"),
            timestamp=C2paTimestamp(**stamp) if isinstance(stamp, dict) else None,
            media_type=data.get("media_type"),
            instance_id=data.get("instance_id"),
            manifest=data.get("manifest"),
            manifests=int(data.get("manifests") or 0),
            results=tuple(C2paResult(**r) for r in data.get("results") or ()),
            remote_url=data.get("remote_url"),
            error=data.get("error"),
            reader=data.get("reader", ""),
            trust=data.get("trust", ""),
        )


@dataclass(frozen=True, slots=True)
class ProvenanceView:
    """An item's provenance, as ``case show --json`` gives it (issue 14's ``provenance`` object).

    ``c2pa`` is None when the original carries no Content Credentials, or has not been read yet
    (``read_at`` None: items added before CaseDesk read them). ``signatures`` (detached OpenPGP
    signatures) and ``wacz`` (web archives) are other parts of the issue: empty until they come.
    """

    c2pa: C2paRecord | None = None
    signatures: tuple[Any, ...] = ()
    wacz: Any = None
    captures: tuple[Any, ...] = ()  # CaptureRecord each: the signed phone capture(s) it is part of
    read_at: datetime | None = None

    @property
    def capture(self) -> Any:
        """The signed phone capture the item is the media of (a ProofMode ZIP's first proof), or None."""
        return self.captures[0] if self.captures else None


def _ingredient(data: dict[str, Any]) -> C2paIngredient:
    return C2paIngredient(
        title=data.get("title"),
        format=data.get("format"),
        relationship=data.get("relationship"),
        document_id=data.get("document_id"),
        instance_id=data.get("instance_id"),
        manifest=data.get("manifest"),
        hashes=dict(data.get("hashes") or {}),
        sha256=data.get("sha256"),
        codes=tuple(data.get("codes") or ()),
        ingredients=tuple(_ingredient(i) for i in data.get("ingredients") or ()),
    )


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in fields(value):
            if f.name == "evidence":  # links are worked out when shown, never stored
                continue
            out[f.name] = _plain(getattr(value, f.name))
        return out
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def findings(record: C2paRecord) -> list[str]:
    """What an investigator should be told about a reading, as warnings (empty when nothing is wrong)."""
    if record.status is C2paStatus.ERROR:
        return [
            str(
                msg(
                    "Content Credentials (C2PA) are present but could not be read: {reason}.",
                    reason=record.error,
                )
            )
        ]
    if record.status is C2paStatus.REMOTE:
        remote = msg(
            "Content Credentials (C2PA) are said to be at {url}; not fetched (CaseDesk works offline).",
            url=record.remote_url,
        )
        return [str(remote)]
    if record.status is C2paStatus.READ and record.state not in ("Valid", "Trusted"):
        codes = ", ".join(c for c in record.codes if not c.startswith("signingCredential.untrusted"))
        if codes:
            invalid = msg(
                "Content Credentials (C2PA) do not validate ({state}: {codes}); the original is kept as "
                "received.",
                state=record.state,
                codes=codes,
            )
        else:
            invalid = msg(
                "Content Credentials (C2PA) do not validate ({state}); the original is kept as received.",
                state=record.state,
            )
        return [str(invalid)]
    return []
