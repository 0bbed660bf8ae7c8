"""Small web archives made for the tests: WARC records written with warcio's WARCWriter, put in a ZIP
with the datapackage.json (each resource's hash and size) and pages.jsonl a crawler writes."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DATE = "2025-03-14T10:42:00Z"


def png(colour: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass(frozen=True)
class Rec:
    """One record to write: a response (with HTTP headers) or a resource (a screenshot, a text)."""

    uri: str
    payload: bytes
    content_type: str
    record_type: str = "response"
    status: str = "200 OK"
    http: Sequence[tuple[str, str]] = ()
    date: str = DATE
    with_request: bool = True


def warc(records: Iterable[Rec], *, compress: bool = True) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "casedesk tests"}))
    for rec in records:
        headers = {"WARC-Date": rec.date}
        if rec.record_type == "response":
            http = StatusAndHeaders(
                rec.status, [("Content-Type", rec.content_type), *rec.http], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                rec.uri,
                "response",
                payload=io.BytesIO(rec.payload),
                http_headers=http,
                warc_headers_dict=headers,
            )
            writer.write_record(record)
            if rec.with_request:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
                writer.write_record(writer.create_warc_record(rec.uri, "request", http_headers=request))
        else:
            record = writer.create_warc_record(
                rec.uri,
                rec.record_type,
                payload=io.BytesIO(rec.payload),
                warc_content_type=rec.content_type,
                warc_headers_dict=headers,
            )
            writer.write_record(record)
    return out.getvalue()


@dataclass
class Wacz:
    """The members of a WACZ; ``write`` lists each in datapackage.json with its true hash and size."""

    warcs: dict[str, bytes] = field(default_factory=dict)  # name under archive/ -> bytes
    pages: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, bytes] = field(default_factory=dict)  # any other member, listed too
    compression: int = zipfile.ZIP_STORED  # how the WARCs are put in the ZIP (crawlers store them)

    def members(self) -> dict[str, bytes]:
        lines = [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages", "hasText": True}]
        pages = "\n".join(json.dumps(p, ensure_ascii=False) for p in [*lines, *self.pages]) + "\n"
        found = {f"archive/{name}": data for name, data in self.warcs.items()}
        found["pages/pages.jsonl"] = pages.encode("utf-8")
        found.update(self.extra)
        return found

    def write(self, path: Path) -> Path:
        members = self.members()
        package = {
            "profile": "data-package",
            "wacz_version": "1.1.1",
            "title": "Test archive",
            "software": "casedesk tests",
            "created": DATE,
            "resources": [
                {"name": name.rpartition("/")[2], "path": name, "hash": _hash(data), "bytes": len(data)}
                for name, data in members.items()
            ],
        }
        package_bytes = json.dumps(package).encode()
        digest = {"path": "datapackage.json", "hash": _hash(package_bytes)}
        with zipfile.ZipFile(path, "w") as z:
            for name, data in members.items():
                stored = name.startswith("archive/")
                z.writestr(name, data, self.compression if stored else zipfile.ZIP_DEFLATED)
            z.writestr("datapackage.json", package_bytes, zipfile.ZIP_DEFLATED)
            z.writestr("datapackage-digest.json", json.dumps(digest), zipfile.ZIP_DEFLATED)
        return path


def _hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def gzip_member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)
