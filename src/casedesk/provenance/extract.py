"""From the library's documents about one file to a :class:`~casedesk.provenance.record.C2paRecord`.

Pure functions over the JSON c2pa-python returns (``Reader.json()``, ``detailed_json()`` and
``crjson()``), so they can be tested on the documents alone. Everything a hostile file could put
there is treated as untrusted: unexpected types are skipped, text is clipped, the ingredient tree is
walked to a bounded depth and never loops.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from casedesk.provenance.library import Outcome
from casedesk.provenance.record import (
    C2paAction,
    C2paIngredient,
    C2paRecord,
    C2paResult,
    C2paStatus,
    C2paTimestamp,
)

MAX_DEPTH = 8  # ingredient levels kept (a manifest store is a tree; deeper levels are dropped)
MAX_ITEMS = 200  # actions, ingredients per level, results kept
MAX_TEXT = 500
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")


def record_from(outcome: Outcome, *, reader: str, trust: str) -> C2paRecord:
    if outcome.remote_url is not None or (outcome.error and outcome.error.startswith("Remote")):
        return C2paRecord(
            status=C2paStatus.REMOTE,
            remote_url=_text(outcome.remote_url),
            error=_text(outcome.error),
            reader=reader,
            trust=trust,
        )
    if outcome.error is not None:
        status = C2paStatus.ERROR if outcome.c2pa_data else C2paStatus.NONE
        return C2paRecord(status=status, error=_text(outcome.error), reader=reader, trust=trust)
    if outcome.store is None:  # nothing found, or a large file without C2PA data not read whole
        return C2paRecord(error=_text(outcome.skipped), reader=reader, trust=trust)
    return _read(outcome, reader=reader, trust=trust)


def _read(outcome: Outcome, *, reader: str, trust: str) -> C2paRecord:
    store = outcome.store or {}
    manifests = _dict(store.get("manifests"))
    label = store.get("active_manifest") if isinstance(store.get("active_manifest"), str) else None
    active = _dict(manifests.get(label)) if label else {}
    detailed = _dict(_dict(outcome.detailed).get("manifests"))
    signature = _dict(active.get("signature_info"))
    subject, issuer, stamp = _certificate_names(outcome.certificates, label)
    signer = subject.get("O") or _text(signature.get("issuer")) or subject.get("CN")
    return C2paRecord(
        state=_text(store.get("validation_state")),
        codes=_codes(store.get("validation_status")),
        signer=signer,
        claim_generator=_claim_generator(active),
        title=_text(active.get("title")),
        actions=_actions(active),
        ingredients=_ingredients(label, manifests, detailed, 0, {label}),
        status=C2paStatus.READ,
        signer_name=_text(signature.get("common_name")) or subject.get("CN"),
        issuer=_name(issuer),
        signed_at=_text(signature.get("time")),
        timestamp=stamp,
        media_type=_text(active.get("format")),
        instance_id=_text(active.get("instance_id")),
        manifest=_text(label),
        manifests=len(manifests),
        results=_results(store.get("validation_results")),
        reader=reader,
        trust=trust,
    )


# -- pieces ---------------------------------------------------------------------------------------


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value[:MAX_ITEMS] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value).strip()
        return text[:MAX_TEXT] if text else None
    return None


def _codes(statuses: Any) -> tuple[str, ...]:
    codes = [_text(_dict(s).get("code")) for s in _list(statuses)]
    return tuple(dict.fromkeys(c for c in codes if c))


def _claim_generator(manifest: dict[str, Any]) -> str | None:
    """The v1 ``claim_generator`` string, else the first ``claim_generator_info`` as "name/version"."""
    legacy = _text(manifest.get("claim_generator"))
    if legacy:
        return legacy
    for info in _list(manifest.get("claim_generator_info")):
        name = _text(_dict(info).get("name"))
        if name:
            version = _text(_dict(info).get("version"))
            return f"{name}/{version}" if version else name
    return None


def _agent(value: Any) -> str | None:
    if isinstance(value, dict):
        name, version = _text(value.get("name")), _text(value.get("version"))
        return f"{name}/{version}" if name and version else name
    return _text(value)


def _actions(manifest: dict[str, Any]) -> tuple[C2paAction, ...]:
    found: list[C2paAction] = []
    for action in _actions_raw(manifest):
        word = _text(action.get("action"))
        if not word:
            continue
        parameters = _dict(action.get("parameters"))
        found.append(
            C2paAction(
                action=word,
                name=_text(parameters.get("name")),
                when=_text(action.get("when")),
                software_agent=_agent(action.get("softwareAgent")),
                digital_source_type=_text(action.get("digitalSourceType")),
                description=_text(parameters.get("description") or action.get("description")),
            )
        )
    return tuple(found[:MAX_ITEMS])


def _actions_raw(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """The actions of every actions assertion (c2pa.actions, c2pa.actions.v2, their __n copies)."""
    found: list[dict[str, Any]] = []
    for assertion in _list(manifest.get("assertions")):
        assertion = _dict(assertion)
        if str(assertion.get("label", "")).startswith("c2pa.actions"):
            found += [_dict(a) for a in _list(_dict(assertion.get("data")).get("actions"))]
    return found[: MAX_ITEMS * 4]


def _ingredients(
    label: str | None,
    manifests: dict[str, Any],
    detailed: dict[str, Any],
    depth: int,
    seen: set[str | None],
) -> tuple[C2paIngredient, ...]:
    """The ingredients of the manifest ``label``, each with those of its own manifest in the store."""
    if label is None or depth >= MAX_DEPTH or not isinstance(manifests.get(label), dict):
        return ()
    manifest = manifests[label]
    claim = _dict(_dict(detailed.get(label)).get("claim"))
    assertions = _dict(_dict(detailed.get(label)).get("assertion_store"))
    claim_hashes = _claim_hashes(manifest, claim)
    found = []
    for item in _list(manifest.get("ingredients")):
        item = _dict(item)
        own = _text(item.get("active_manifest"))
        assertion_label = _text(item.get("label")) or ""
        stated = _dict(assertions.get(assertion_label))
        hashes = {
            "claim": claim_hashes.get(assertion_label),
            "manifest": _hashed(stated.get("c2pa_manifest") or stated.get("activeManifest")),
            "thumbnail": _hashed(stated.get("thumbnail")),
            "data": _hashed(stated.get("data")),
        }
        nested = () if own in seen else _ingredients(own, manifests, detailed, depth + 1, seen | {own})
        found.append(
            C2paIngredient(
                title=_text(item.get("title")),
                format=_text(item.get("format")),
                relationship=_text(item.get("relationship")),
                document_id=_text(item.get("document_id")),
                instance_id=_text(item.get("instance_id")),
                manifest=own,
                hashes={k: v for k, v in hashes.items() if v},
                sha256=sha256_hex(item.get("hash")),
                codes=_codes(item.get("validation_status")),
                ingredients=nested,
            )
        )
    return tuple(found)


def _claim_hashes(manifest: dict[str, Any], claim: dict[str, Any]) -> dict[str, str]:
    """Each assertion's hash as the claim lists it (else as an action refers to it), by label."""
    hashes: dict[str, str] = {}
    references = [_dict(r) for r in _list(claim.get("assertions"))]
    for action in _actions_raw(manifest):
        references.append(_dict(_dict(action.get("parameters")).get("ingredient")))
    for reference in references:
        url, digest = _text(reference.get("url")), _text(reference.get("hash"))
        if url and digest:
            hashes.setdefault(url.rsplit("/", 1)[-1], digest)
    return hashes


def _hashed(value: Any) -> str | None:
    return _text(_dict(value).get("hash"))


def sha256_hex(value: Any) -> str | None:
    """A stated SHA-256 (64 hex digits, or base64 of 32 bytes, as manifests write it) as hex."""
    text = _text(value)
    if not text:
        return None
    if _HEX64.fullmatch(text):
        return text.lower()
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw.hex() if len(raw) == 32 else None


_XMP_INSTANCE = re.compile(
    r"(?:xmpMM|xapMM):InstanceID(?:\s*=\s*[\"']([^\"'<>]{1,200})[\"']|>\s*([^<\s]{1,200})\s*<)"
)


def xmp_instance_id(xmp: Any) -> str | None:
    """The xmpMM:InstanceID an XMP packet gives (attribute or element form), if any."""
    if not isinstance(xmp, str):
        return None
    found = _XMP_INSTANCE.search(xmp)
    return (found.group(1) or found.group(2)).strip() if found else None


def _results(value: Any) -> tuple[C2paResult, ...]:
    active = _dict(_dict(value).get("activeManifest"))
    found = []
    for kind in ("failure", "informational"):
        for entry in _list(active.get(kind)):
            entry = _dict(entry)
            code = _text(entry.get("code"))
            if code:
                found.append(C2paResult(code, kind, _text(entry.get("url")), _text(entry.get("explanation"))))
    return tuple(found[:MAX_ITEMS])


def _certificate_names(
    report: dict[str, Any] | None, label: str | None
) -> tuple[dict[str, str], dict[str, str], C2paTimestamp | None]:
    """The signing certificate's subject and issuer, and the time stamp, from the crJSON report."""
    for manifest in _list(_dict(report).get("manifests")):
        manifest = _dict(manifest)
        if manifest.get("label") != label:
            continue
        signature = _dict(manifest.get("signature"))
        certificate = _dict(signature.get("certificateInfo"))
        stamp_info = _dict(signature.get("timeStampInfo"))
        stamp = None
        if stamp_info:
            tsa = _dict(stamp_info.get("certificateInfo"))
            stamp = C2paTimestamp(
                time=_text(stamp_info.get("timestamp")),
                authority=_name(_names(tsa.get("subject"))),
                issuer=_name(_names(tsa.get("issuer"))),
            )
        return _names(certificate.get("subject")), _names(certificate.get("issuer")), stamp
    return {}, {}, None


def _names(value: Any) -> dict[str, str]:
    return {str(k): t for k, v in _dict(value).items() if (t := _text(v))}


def _name(names: dict[str, str]) -> str | None:
    """A distinguished name as a person reads it: "Adobe Product Services G3, Adobe Systems Incorporated"."""
    parts = [names[k] for k in ("CN", "O") if names.get(k)]
    return ", ".join(dict.fromkeys(parts)) or None
