"""The one door to c2pa-python (which wraps c2pa-rs): settings, reading, and what its errors mean.

Everything CaseDesk asks of the library goes through :class:`C2paLibrary`, so the settings that keep
it offline are written once, here:

- ``verify.remote_manifest_fetch`` false: a file that only points to a manifest on the web is
  reported as such (:attr:`Outcome.remote_url`), never fetched;
- ``verify.ocsp_fetch`` false: certificate revocation is not asked of any responder (a stapled OCSP
  response in the manifest is still read);
- ``core.allowed_network_hosts`` empty and ``core.allow_redirects`` false: the library's own HTTP
  resolvers refuse every host, should anything else in it want the network;
- ``core.decode_identity_assertions`` false: CAWG identity assertions can name ``did:web``
  documents, which would be fetched to check them; they are left undecoded.

Trust is the pinned C2PA trust list (``trust.trust_anchors``) plus the investigator's own anchors
(``trust.user_anchors``); see :mod:`casedesk.provenance.trust`.

The library names some outcomes only in its error text ("Remote: must fetch remote manifests from
url …"), so the version is fenced: an untested minor version fails loudly instead of being misread.
tests/provenance/test_no_socket.py proves that reading every corpus file opens no socket at all.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casedesk.core.errors import CaseDeskError
from casedesk.i18n import msg

TESTED_VERSIONS = ("0.38",)  # c2pa-python minor versions whose error texts and JSON this reads
MARKER_SCAN_LIMIT = 256 * 1024 * 1024  # bytes searched for C2PA data when the library cannot parse a file
# c2pa reads these formats whole into memory (measured: a 200 MB JPEG or PDF takes ~470 MB, a GIF
# as much, and seconds); past this size one is given to it only if it holds C2PA data at all.
READ_WHOLE = frozenset({"image/jpeg", "application/pdf", "image/gif"})
WHOLE_FILE_LIMIT = 256 * 1024 * 1024
_REMOTE = re.compile(r"remote manifests? from url (\S+)", re.IGNORECASE)
# A format c2pa parsed without finding a manifest, or one it does not know: nothing to read. (An
# archive of signed photos holds C2PA boxes of its members: they are not the archive's own.)
_NONE_KINDS = {"ManifestNotFound", "NotSupported"}


class UnsupportedLibrary(CaseDeskError):
    """c2pa-python is missing or of a version this CaseDesk was not tested with."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the library said about one file: manifest documents, nothing, a remote pointer, an error."""

    store: dict[str, Any] | None = None  # Reader.json()
    detailed: dict[str, Any] | None = None  # Reader.detailed_json(): claims, hashed URIs
    certificates: dict[str, Any] | None = None  # Reader.crjson(): certificate subjects and issuers
    remote_url: str | None = None
    error: str | None = None  # the library's message, when it could not read a file
    c2pa_data: bool = False  # for an error: whether the file holds C2PA data (else: just unparsable)
    skipped: str | None = None  # why the file was not given to the library at all


def offline_settings(trust_anchors: str, user_anchors: str) -> dict[str, Any]:
    """The c2pa settings CaseDesk reads with (see the module's docstring for why each is set)."""
    trust: dict[str, Any] = {}
    if trust_anchors.strip():
        trust["trust_anchors"] = trust_anchors
    if user_anchors.strip():
        trust["user_anchors"] = user_anchors
    return {
        "version": 1,
        "verify": {
            "verify_after_reading": True,
            "verify_trust": True,
            "verify_timestamp_trust": True,
            "remote_manifest_fetch": False,
            "ocsp_fetch": False,
        },
        "core": {
            "allowed_network_hosts": [],
            "allow_redirects": False,
            "decode_identity_assertions": False,
        },
        "trust": trust,
    }


def _module() -> Any:
    try:
        import c2pa
    except ImportError as exc:  # pragma: no cover - a dependency of casedesk
        raise UnsupportedLibrary(
            msg("c2pa-python is not installed; Content Credentials cannot be read.")
        ) from exc
    version = str(getattr(c2pa, "__version__", "unknown"))
    if not any(version == v or version.startswith(v + ".") for v in TESTED_VERSIONS):
        raise UnsupportedLibrary(
            msg(
                "c2pa-python {version} is not a version CaseDesk was tested with ({values}.x); install one "
                "of those.",
                version=version,
                values=", ".join(TESTED_VERSIONS),
            )
        )
    return c2pa


def library_version() -> str:
    c2pa = _module()
    return f"c2pa-python {c2pa.__version__} (c2pa-rs {c2pa.sdk_version()})"


@functools.cache
def supported_media_types() -> frozenset[str]:
    """The media types (and extensions) the library can find a manifest in."""
    return frozenset(t.lower() for t in _module().Reader.get_supported_mime_types())


class C2paLibrary:
    """A configured reader: one c2pa Context (settings and trust), reused for every file."""

    def __init__(self, trust_anchors: str, user_anchors: str) -> None:
        self._c2pa = _module()
        self.version = library_version()
        self.settings = offline_settings(trust_anchors, user_anchors)
        self._context = self._c2pa.Context.from_json(json.dumps(self.settings))

    def close(self) -> None:
        self._context.close()

    def read(self, path: Path, media_type: str | None) -> Outcome:
        """Read and validate the manifest store of one file; never raises for what the file holds."""
        c2pa = self._c2pa
        hint = media_type if media_type and media_type.lower() in supported_media_types() else None
        size = path.stat().st_size
        if size > WHOLE_FILE_LIMIT and (hint or "").lower() in READ_WHOLE and not has_c2pa_marker(path, size):
            return Outcome(
                skipped=str(
                    msg(
                        "not given to c2pa: {size} MiB read whole, and no C2PA data in it", size=size // 2**20
                    )
                )
            )
        try:
            with path.open("rb") as stream:
                reader = c2pa.Reader.try_create(hint, stream, None, self._context)
                if reader is None:
                    return Outcome()
                try:
                    return Outcome(
                        store=json.loads(reader.json()),
                        detailed=json.loads(reader.detailed_json()),
                        certificates=self._certificates(reader),
                    )
                finally:
                    reader.close()
        except c2pa.C2paError as exc:
            return _from_error(path, str(exc))

    def _certificates(self, reader: Any) -> dict[str, Any] | None:
        """The crJSON report: the signing and time-stamping certificates' subjects and issuers."""
        try:
            found = json.loads(reader.crjson())
        except (self._c2pa.C2paError, ValueError):  # without it, only those names are missing
            return None
        return found if isinstance(found, dict) else None


def _from_error(path: Path, message: str) -> Outcome:
    kind, _, _detail = message.partition(":")
    remote = _REMOTE.search(message)
    if remote is not None or kind.strip() in ("Remote", "RemoteManifest"):
        return Outcome(remote_url=remote.group(1) if remote else None, error=message)
    if kind.strip() in _NONE_KINDS:
        return Outcome()
    return Outcome(error=message, c2pa_data=has_c2pa_marker(path))


def has_c2pa_marker(path: Path, limit: int = MARKER_SCAN_LIMIT) -> bool:
    """Whether a file holds a JUMBF box labelled "c2pa" (read in chunks, up to ``limit`` bytes).

    Asked when the library cannot parse a file (a truncated manifest is a finding, while a damaged
    photo that never had Content Credentials simply has none), and before a large file is given to
    a library that would read it whole."""
    needle = b"jumd"
    overlap = 64
    seen = 0
    tail = b""
    with path.open("rb") as stream:
        while seen < limit:
            chunk = stream.read(1024 * 1024)
            if not chunk:
                return False
            window = tail + chunk
            at = window.find(needle)
            while at >= 0:
                if b"c2pa" in window[at : at + 40]:
                    return True
                at = window.find(needle, at + 1)
            tail = window[-overlap:]
            seen += len(chunk)
    return False
