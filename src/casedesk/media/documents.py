"""PDF facts via pypdf: page count, title and document-info dates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from casedesk.i18n import msg

from .api import DecodeStatus, EvidenceKind, MediaInfo
from .jsonsafe import clean_text, to_jsonable


def _reason(exc: BaseException) -> str:
    return clean_text(str(exc).strip() or type(exc).__name__, 300)


def analyse_pdf(path: Path) -> MediaInfo:
    info = MediaInfo(kind=EvidenceKind.DOCUMENT, media_type="application/pdf")
    # An open handle lets pypdf read lazily instead of copying the whole file into memory.
    with path.open("rb") as fh:
        try:
            from pypdf import PdfReader

            reader = PdfReader(fh, strict=False)
        except Exception as exc:  # pypdf raises PdfReadError, ValueError, KeyError... on damaged files
            info.decode_status = DecodeStatus.FAILED
            info.warnings.append(str(msg("The PDF could not be parsed: {reason}.", reason=_reason(exc))))
            return info
        _read(reader, info)
    return info


def _read(reader: Any, info: MediaInfo) -> None:
    header = getattr(reader, "pdf_header", "")
    if header:
        info.details["pdf_version"] = str(header).removeprefix("%PDF-")
    if reader.is_encrypted:
        info.details["encrypted"] = True
        try:
            unlocked = bool(reader.decrypt(""))  # many PDFs are encrypted with an empty user password
        except Exception:
            unlocked = False
        if not unlocked:
            info.decode_status = DecodeStatus.PARTIAL
            info.warnings.append(
                str(msg("The PDF is password-protected; page count and title are unavailable."))
            )
            return
    try:
        info.details["page_count"] = len(reader.pages)
    except Exception as exc:
        info.decode_status = DecodeStatus.PARTIAL
        info.warnings.append(str(msg("The PDF page tree could not be read: {reason}.", reason=_reason(exc))))
    _document_info(reader, info)


def _document_info(reader: Any, info: MediaInfo) -> None:
    try:
        meta = reader.metadata
    except Exception as exc:
        info.decode_status = DecodeStatus.PARTIAL
        info.warnings.append(
            str(msg("The PDF document information could not be read: {reason}.", reason=_reason(exc)))
        )
        return
    if not meta:
        return
    raw: dict[str, Any] = {}
    for key in list(meta.keys())[:64]:
        try:
            raw[str(key).lstrip("/")] = to_jsonable(str(meta[key]))
        except Exception:
            continue
    info.raw_metadata["pdf_info"] = raw
    for attr, detail in (
        ("title", "title"),
        ("author", "author"),
        ("creator", "creator"),
        ("producer", "producer"),
    ):
        try:
            value = getattr(meta, attr)
        except Exception:
            value = None
        if isinstance(value, str) and value.strip():
            info.details[detail] = clean_text(value, 500)
    for attr, detail in (("creation_date", "created"), ("modification_date", "modified")):
        try:
            when = getattr(meta, attr)
        except Exception:  # malformed D: strings raise inside pypdf
            when = None
        if isinstance(when, datetime):
            info.details[detail] = when.isoformat()
    if "producer" in info.details:
        info.software = info.details["producer"]
