"""An evidence entry's provenance block: what its file said about itself, as the covered log records it.

Under each catalogue entry whose file carries Content Credentials (C2PA), detached OpenPGP
signatures, is a web archive (WACZ) or the media of a signed phone capture (Starling Capture,
ProofMode): a compact table of the validation state as c2pa names it (with what it means), the
signer, the signing time, the claim generator, the actions, each signature's verdict and key, the
archive's verdict, the capture's verdict, device time, place, device and signatures. It is read
from the custody log up to the covered entry (the item's ``evidence_add`` entry, or its latest
``provenance_read``), never from the stored reading, which a later reading replaces: the same entry
gives the same block in any workspace holding that history, so the report stays reproducible byte
for byte. A reading says what was found and against which trust anchors and library; the block says
so too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from casedesk.core.service import CaseReader
from casedesk.core.service.provenance import logged_provenance
from casedesk.core.views import EvidenceView
from casedesk.report.blocks import Block, Cell, TextBlock
from casedesk.report.context import ReportContext
from casedesk.report.i18n import Language
from casedesk.report.layout import cell, facts
from casedesk.report.styles import FRAME_WIDTH

LABEL_WIDTH = 34 * mm
MAX_ACTIONS = 12  # actions listed (a Photoshop manifest lists dozens); the rest are counted
MAX_SIGNATURES = 5

# evidence id -> the custody entry holding its latest reading worth a block, per report reader (one
# reader serves one export, on one thread; the index goes with it).
_INDEXES: WeakKeyDictionary[CaseReader, dict[str, int]] = WeakKeyDictionary()


def provenance_flowables(ctx: ReportContext, item_view: EvidenceView) -> list[Flowable]:
    """The item's provenance block (a caption and a table), or nothing when its file says nothing."""
    seq = _index(ctx).get(item_view.id)
    if seq is None:
        return []
    said = logged_provenance(ctx.reader.custody_selected((), [seq])).get(item_view.id)
    if said is None:
        return []
    s = ctx.styles
    rows = provenance_rows(ctx, said)
    caption = ctx.tr("Provenance, as read in custody entry {0}").format(said.get("seq", seq))
    return [TextBlock(caption, s.caption), facts(s, rows, LABEL_WIDTH, FRAME_WIDTH)]


def worth_showing(said: Mapping[str, Any]) -> bool:
    """Whether a reading found anything: Content Credentials, a signature, a web archive, a capture."""
    return (
        said.get("c2pa", "none") != "none"
        or bool(said.get("signatures"))
        or bool(said.get("wacz"))
        or bool(said.get("capture"))
    )


def _index(ctx: ReportContext) -> dict[str, int]:
    """One pass over the covered log, a page at a time: each item's latest reading, if worth a block."""
    index = _INDEXES.get(ctx.reader)
    if index is None:
        index = {}
        for entry in ctx.custody():
            said = logged_provenance([entry]).get(entry.object_id)
            if said is None:
                continue
            if worth_showing(said):
                index[entry.object_id] = entry.seq
            else:
                index.pop(entry.object_id, None)  # read again later and found nothing: no block
        _INDEXES[ctx.reader] = index
    return index


def provenance_rows(ctx: ReportContext, said: Mapping[str, Any]) -> list[tuple[str, Cell]]:
    """The table's (label, value) rows for one logged reading (``provenance_details`` and its seq)."""
    s, lang = ctx.styles, ctx.lang
    rows: list[tuple[str, Cell]] = []
    status = said.get("c2pa", "none")
    if status != "none":
        rows.append((ctx.tr("Content Credentials (C2PA)"), _c2pa(ctx, said)))
        for label, key in (
            (ctx.tr("Signer"), "signer"),
            (ctx.tr("Claim generator"), "claim_generator"),
            (ctx.tr("Title"), "title"),
        ):
            if said.get(key):
                rows.append((label, cell(str(said[key]), s.cell)))
        if said.get("signed_at"):
            rows.append((ctx.tr("Signed"), cell(_when(said["signed_at"], lang), s.cell)))
        actions = _actions(said.get("actions"))
        if actions:
            shown = ctx.tr(", ").join(actions[:MAX_ACTIONS])
            if len(actions) > MAX_ACTIONS:
                more = ctx.trn("%n more", len(actions) - MAX_ACTIONS)
                shown = ctx.tr("{0} and {1}", "a list, then how many more").format(shown, more)
            rows.append((ctx.tr("Actions"), cell(shown, s.cell)))
        reader = [Block(ctx.tr("Read with {0}.").format(said.get("reader") or "c2pa"), s.cell_small)]
        if said.get("trust"):
            reader.append(Block(ctx.tr("Trust anchors (SHA-256): {0}").format(said["trust"]), s.cell_muted))
        rows.append((ctx.tr("Validated"), reader))
    signatures = [sig for sig in said.get("signatures") or () if isinstance(sig, Mapping)]
    for signature in signatures[:MAX_SIGNATURES]:
        rows.append((ctx.tr("OpenPGP signature"), _signature(ctx, signature)))
    if len(signatures) > MAX_SIGNATURES:
        more = ctx.trn("%n more signatures, listed in the custody entry", len(signatures) - MAX_SIGNATURES)
        rows.append((ctx.tr("OpenPGP signature"), cell(more, s.cell_small)))
    wacz = said.get("wacz")
    if isinstance(wacz, Mapping):
        rows.append((ctx.tr("Web archive (WACZ)"), _wacz(ctx, wacz)))
    captures = said.get("captures") or ([said["capture"]] if said.get("capture") else [])
    for capture in [c for c in captures if isinstance(c, Mapping)][:MAX_SIGNATURES]:
        rows.append((ctx.tr("Signed capture"), _capture(ctx, capture)))
    return rows


def _c2pa(ctx: ReportContext, said: Mapping[str, Any]) -> Cell:
    s = ctx.styles
    status, state = said.get("c2pa"), said.get("state")
    if status == "remote":
        return [
            Block(ctx.tr("Only a link to them elsewhere; not fetched (CaseDesk works offline)"), s.cell_bold),
            Block(str(said.get("remote_url") or ""), s.cell_small),
        ]
    if status == "error":
        return [
            Block(ctx.tr("Present, but they could not be read"), s.cell_bold),
            Block(str(said.get("error") or ""), s.cell_small),
        ]
    out: list[Block] = [Block(str(state or ctx.tr("no validation state")), s.cell_bold)]
    meaning = state_meanings(ctx.lang).get(str(state))
    if meaning:
        out.append(Block(meaning, s.cell_small))
    codes = [str(c) for c in said.get("codes") or ()]
    if codes:
        out.append(Block(ctx.tr("Status codes: {0}").format(ctx.tr(", ").join(codes)), s.cell_small))
    return out


def _signature(ctx: ReportContext, said: Mapping[str, Any]) -> Cell:
    s, lang = ctx.styles, ctx.lang
    verdict = ctx.tr("valid", "an OpenPGP signature") if said.get("valid") else ctx.tr("not valid")
    #: A detached signature's file name, then whether it is valid.
    out: list[Block] = [
        Block(ctx.tr("{0}: {1}", "a file and its verdict").format(said.get("file", ""), verdict), s.cell_bold)
    ]
    status = str(said.get("status", ""))
    out.append(Block(signature_statuses(lang).get(status, status), s.cell_small))
    if said.get("fingerprint"):
        out.append(Block(ctx.tr("Key fingerprint {0}").format(said["fingerprint"]), s.cell_small))
    elif said.get("key_id"):
        out.append(Block(ctx.tr("Key id {0}").format(said["key_id"]), s.cell_small))
    if said.get("user_id"):
        out.append(Block(str(said["user_id"]), s.cell_small))
    if said.get("signed_at"):
        out.append(Block(ctx.tr("Signed {0}").format(_when(said["signed_at"], lang)), s.cell_small))
    if said.get("detail"):
        out.append(Block(str(said["detail"]), s.cell_muted))
    return out


def _wacz(ctx: ReportContext, said: Mapping[str, Any]) -> Cell:
    s, lang = ctx.styles, ctx.lang
    if said.get("status") == "error":
        return [Block(ctx.tr("Refused"), s.cell_bold), Block(str(said.get("error") or ""), s.cell_small)]
    verdict = ctx.tr("Verified") if said.get("verified") else ctx.tr("Not verified")
    out: list[Block] = [Block(verdict, s.cell_bold)]
    checked, failed = int(said.get("hashes_checked") or 0), len(said.get("hashes_failed") or ())
    counts = ctx.tr("Pages: {0}; resource hashes checked: {1}").format(
        lang.count(int(said.get("pages") or 0)), lang.count(checked)
    )
    out.append(Block(counts, s.cell_small))
    if failed:
        differ = ctx.tr("Resources that differ from datapackage.json: {0}").format(lang.count(failed))
        out.append(Block(differ, s.cell_bold))
    if said.get("digest_ok") is False:
        out.append(Block(ctx.tr("datapackage.json differs from its signed digest"), s.cell_small))
    if said.get("signed"):
        state = str(said.get("signature", ""))
        named = wacz_signature_states(lang).get(state, state)
        out.append(Block(ctx.tr("Signed by {0}: {1}").format(said.get("signer", ""), named), s.cell_small))
        if said.get("timestamp"):
            out.append(Block(ctx.tr("Time stamp {0}").format(_when(said["timestamp"], lang)), s.cell_small))
    else:
        out.append(Block(ctx.tr("Not signed"), s.cell_small))
    made = [
        p for p in (_when(said["created"], lang) if said.get("created") else "", said.get("software")) if p
    ]
    if made:
        out.append(Block(ctx.tr("Made {0}").format(ctx.tr(", ").join(str(p) for p in made)), s.cell_muted))
    return out


CAPTURE_KINDS = {"starling-capture": "Starling Capture", "proofmode": "ProofMode"}  # product names
MAX_CAPTURE_FIELDS = 6  # device fields printed; the rest are in the custody entry


def _capture(ctx: ReportContext, said: Mapping[str, Any]) -> Cell:
    """A signed phone capture as the log records it (``CaptureRecord.to_dict``)."""
    s, lang = ctx.styles, ctx.lang
    kind = str(said.get("kind", ""))
    verified = said.get("media_matches") is True and not said.get("problems")
    states = [str(sig.get("state")) for sig in said.get("signatures") or () if isinstance(sig, Mapping)]
    verified = verified and "valid" in states and "invalid" not in states
    verdict = ctx.tr("Verified") if verified else ctx.tr("Not verified")
    out: list[Block] = [
        Block(
            ctx.tr("{0}: {1}", "a file and its verdict").format(CAPTURE_KINDS.get(kind, kind), verdict),
            s.cell_bold,
        )
    ]
    matches = said.get("media_matches")
    if matches is True:
        out.append(Block(ctx.tr("The media's SHA-256 is the one the proof states."), s.cell_small))
    elif matches is False:
        out.append(Block(ctx.tr("The media's SHA-256 differs from the one the proof states."), s.cell_bold))
    else:
        out.append(Block(ctx.tr("The media was not checked against the proof."), s.cell_small))
    if said.get("capture_time"):
        out.append(Block(ctx.tr("Device time {0}").format(_when(said["capture_time"], lang)), s.cell_small))
    elif said.get("capture_clock"):
        clock = ctx.tr("Device clock {0}, its time zone unknown").format(said["capture_clock"])
        out.append(Block(clock, s.cell_small))
    place = said.get("location")
    if (
        isinstance(place, Mapping)
        and place.get("latitude") is not None
        and place.get("longitude") is not None
    ):
        where = f"{float(place['latitude']):.6f}, {float(place['longitude']):.6f}"
        if place.get("accuracy_m") is not None:
            where = ctx.tr("{0} (within {1} m)").format(where, lang.count(round(float(place["accuracy_m"]))))
        out.append(Block(ctx.tr("Location {0}").format(where), s.cell_small))
    device = [f"{n}: {v}" for n, v in (said.get("device") or ())[:MAX_CAPTURE_FIELDS]]
    if device:
        out.append(Block(ctx.tr("Device: {0}").format(ctx.tr(", ").join(device)), s.cell_small))
    words = capture_signature_states(lang)
    for sig in [g for g in said.get("signatures") or () if isinstance(g, Mapping)][:MAX_SIGNATURES]:
        state = str(sig.get("state", ""))
        line = ctx.tr("{0}: {1}", "a file and its verdict").format(
            sig.get("provider", ""), words.get(state, state)
        )
        out.append(Block(line, s.cell_small))
        if sig.get("key"):
            out.append(Block(ctx.tr("Key {0}").format(sig["key"]), s.cell_muted))
    for problem in list(said.get("problems") or ())[:MAX_SIGNATURES]:
        out.append(Block(str(problem), s.cell_muted))
    return out


def _actions(logged: object) -> list[str]:
    """The actions a reading logged, by their C2PA names ("c2pa.edited"), when it logged them."""
    if not isinstance(logged, Sequence) or isinstance(logged, str):
        return []
    out = []
    for action in logged:
        name = action.get("action") if isinstance(action, Mapping) else action
        if isinstance(name, str) and name:
            out.append(name)
    return out


def _when(text: object, lang: Language) -> str:
    """A time the log records as ISO 8601 text, as the report writes times (UTC); as recorded if not."""
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return str(text)
    return lang.when(value) if value.tzinfo is not None else str(text)


# -- words -------------------------------------------------------------------------------------------


def state_meanings(lang: Language) -> dict[str, str]:
    """What c2pa's validation states mean; the state itself is printed as the library names it."""
    return {
        "Trusted": lang.tr("The manifest validates and its signing certificate chains to a trusted anchor."),
        "Valid": lang.tr(
            "The manifest validates, but its signing certificate is not on the trust list: who signed "
            "is not vouched for."
        ),
        "Invalid": lang.tr(
            "The manifest does not validate: the file or its Content Credentials changed after "
            "signing, or they are malformed."
        ),
    }


def signature_statuses(lang: Language) -> dict[str, str]:
    """Why a detached signature is (not) valid, by the status the log records."""
    return {
        "good": lang.tr("Good signature; the key was valid when it signed."),
        "good, key expired since": lang.tr(
            "Good signature; the key was valid when it signed and has expired since."
        ),
        "good, signature expired since": lang.tr("Good signature; the signature has expired since."),
        "bad": lang.tr("Bad signature: the file or the signature was altered."),
        "unknown key": lang.tr("Made by a key that was not imported: not checked."),
        "key expired when signed": lang.tr("Made with a key that had already expired."),
        "key revoked": lang.tr("Made by a revoked key."),
        "not a signature": lang.tr("The file holds no OpenPGP signature."),
        "error": lang.tr("Could not be checked."),
    }


def capture_signature_states(lang: Language) -> dict[str, str]:
    """A signed capture's signature, by the state its record gives."""
    return {
        "valid": lang.tr("valid", "a signed capture's signature"),
        "invalid": lang.tr("invalid: the signed files or the signature were altered"),
        "not_verifiable": lang.tr("present, not verifiable offline"),
        "unchecked": lang.tr("not checked"),
        "error": lang.tr("Could not be checked."),
    }


def wacz_signature_states(lang: Language) -> dict[str, str]:
    return {
        "valid": lang.tr("valid", "a web archive's signature"),
        "untrusted": lang.tr("verifies, but is not trusted"),
        "invalid": lang.tr("invalid", "a web archive's signature"),
    }
