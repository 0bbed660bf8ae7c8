"""Reading a bundle's ZIP without trusting it.

Every entry name is checked before anything is read (zip-slip: ``..``, absolute paths, drive
letters, backslashes; symbolic links by their Unix mode; duplicates; anything the format does not
define). Entry data is counted as it is actually read, never sized by what the archive declares,
against per-entry expectations, a total and a compression ratio, so a zip bomb is refused after
reading at most a little more than the limit. Nothing here writes anywhere.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO, cast

from casedesk.bundle.errors import BundleError
from casedesk.bundle.limits import BundleLimits
from casedesk.bundle.manifest import MANIFEST_NAME, ORIGINALS_PREFIX
from casedesk.bundle.signature import MAX_SIGNATURE_BYTES, SIGNATURE_NAME
from casedesk.i18n import Message, msg
from casedesk.textutil import printable

CHUNK = 1 << 20
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_ORIGINAL_RE = re.compile(re.escape(ORIGINALS_PREFIX) + r"[0-9a-f]{64}")
_DRIVE_RE = re.compile(r"^[A-Za-z]:")
# A local file header (APPNOTE 4.3.7): signature, versions, flags, method, time, date, CRC, sizes,
# then the lengths of the name (field 10) and extra field (11) that precede the data.
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_ALLOWED_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
# What can go wrong inside zipfile and zlib while reading a damaged or hostile archive.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OverflowError)


def _name_problem(name: str) -> Message | None:
    """Why an entry name is refused, or None. Checks the raw name the archive stores."""
    shown = printable(name)
    if "\\" in name:
        return msg(
            "the entry {name!r} uses a backslash in its path (a Windows path trick)",
            "fragment: why a bundle was refused",
            name=shown,
        )
    if name.startswith("/"):
        return msg(
            "the entry {name!r} has an absolute path", "fragment: why a bundle was refused", name=shown
        )
    if _DRIVE_RE.match(name):
        return msg(
            "the entry {name!r} names a drive letter", "fragment: why a bundle was refused", name=shown
        )
    if ".." in name.split("/"):
        return msg(
            "the entry {name!r} climbs out of the bundle with '..'",
            "fragment: why a bundle was refused",
            name=shown,
        )
    if "\x00" in name or not name.isprintable():
        return msg(
            "the entry {name!r} has control characters in its name",
            "fragment: why a bundle was refused",
            name=shown,
        )
    return None


def _mode_problem(info: zipfile.ZipInfo) -> Message | None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    shown = printable(info.orig_filename)
    if kind == stat.S_IFLNK:
        return msg("the entry {name!r} is a symbolic link", "fragment: why a bundle was refused", name=shown)
    if kind not in (0, stat.S_IFREG) or info.orig_filename.endswith("/"):
        return msg(
            "the entry {name!r} is not a regular file", "fragment: why a bundle was refused", name=shown
        )
    return None


def refuse(problem: Message) -> BundleError:
    """The refusal of a hostile or damaged bundle, saying what is wrong with it."""
    return BundleError(
        msg("Refused a hostile or damaged bundle: {problem}. Nothing was imported.", problem=problem)
    )


def damaged(detail: object) -> BundleError:
    """The refusal of a bundle the ZIP reader could not read (``detail``: its error)."""
    return BundleError(
        msg("The bundle is damaged or truncated ({detail}). Nothing was imported.", detail=detail)
    )


class _BadEntry(zipfile.BadZipFile):
    """What is wrong with an entry's bytes, as zipfile would raise it, with a message to translate."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


Opener = Callable[[], BinaryIO]


class SafeArchive:
    """A ZIP whose every entry has been checked for a safe name, type and method before use.

    ``opener`` gives a fresh seekable handle on the archive's bytes (the file, or its decrypted
    view); each entry read gets its own, so several originals can be copied at once.
    """

    def __init__(self, opener: Opener, limits: BundleLimits) -> None:
        self._opener = opener
        self._limits = limits
        self._total_read = 0
        self._lock = threading.Lock()
        self._handle = opener()
        head = self._handle.read(4)
        self.size = self._handle.seek(0, io.SEEK_END)
        self._handle.seek(0)
        if head not in (ZIP_MAGIC, EMPTY_ZIP_MAGIC):
            self._handle.close()
            raise BundleError(
                msg(
                    "Not a CaseDesk bundle: the file is neither a ZIP archive nor an encrypted bundle. "
                    "Nothing was imported."
                )
            )
        try:
            self._zip = zipfile.ZipFile(self._handle)
            infos = self._zip.infolist()
            self.entries = self._check_entries(infos)
        except ZIP_ERRORS as exc:
            self.close()
            raise damaged(exc) from None
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if hasattr(self, "_zip"):
            self._zip.close()
        self._handle.close()

    def _check_entries(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > self._limits.max_entries:
            raise refuse(
                msg(
                    "it has {count} entries, more than the limit of {limit}",
                    "fragment: why a bundle was refused",
                    count=len(infos),
                    limit=self._limits.max_entries,
                )
            )
        entries: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        for info in infos:
            name = info.orig_filename
            problem = _name_problem(name) or _mode_problem(info)
            if problem:
                raise refuse(problem)
            if name in entries:
                raise refuse(
                    msg("the entry {name!r} appears twice", "fragment: why a bundle was refused", name=name)
                )
            if name not in (MANIFEST_NAME, SIGNATURE_NAME) and not _ORIGINAL_RE.fullmatch(name):
                raise refuse(
                    msg(
                        "the entry {name!r} is not part of the bundle format",
                        "fragment: why a bundle was refused",
                        name=name,
                    )
                )
            if info.flag_bits & 0x1:
                raise refuse(
                    msg(
                        "the entry {name!r} uses ZIP encryption, which bundles never do",
                        "fragment: why a bundle was refused",
                        name=name,
                    )
                )
            if info.compress_type not in _ALLOWED_METHODS:
                raise refuse(
                    msg(
                        "the entry {name!r} uses an unsupported compression method",
                        "fragment: why a bundle was refused",
                        name=name,
                    )
                )
            declared += info.file_size
            entries[name] = info
        if MANIFEST_NAME not in entries:
            raise refuse(msg("it has no manifest.json", "fragment: why a bundle was refused"))
        if declared > self._limits.max_total_bytes:
            raise refuse(
                msg(
                    "it declares {size} bytes of content, more than the limit",
                    "fragment: why a bundle was refused",
                    size=declared,
                )
            )
        return entries

    def read_manifest(self) -> bytes:
        return self._read_whole(MANIFEST_NAME, self._limits.max_manifest_bytes)

    def read_signature(self) -> bytes | None:
        """``signature.json``, or None for a bundle written before bundles were signed."""
        if SIGNATURE_NAME not in self.entries:
            return None
        return self._read_whole(SIGNATURE_NAME, MAX_SIGNATURE_BYTES)

    def _read_whole(self, name: str, limit: int) -> bytes:
        parts: list[bytes] = []
        with self.open(name, None, limit=limit) as entry:
            while chunk := entry.read():
                parts.append(chunk)
        return b"".join(parts)

    def data_starts(self, infos: list[zipfile.ZipInfo]) -> list[int]:
        """Where each stored entry's data begins, from its checked local header. One handle reads
        them all: over a decrypted view, headers in the same segment cost one decryption."""
        handle = self._opener()
        try:
            return [data_start(handle, info, self.size) for info in infos]
        except (*ZIP_ERRORS, OSError) as exc:
            raise damaged(exc) from None
        finally:
            handle.close()

    def open(self, name: str, expected_size: int | None, limit: int | None = None) -> CountedEntry:
        info = self.entries[name]
        try:
            if info.compress_type == zipfile.ZIP_STORED:
                stream = cast(BinaryIO, _StoredData(self._opener(), info, self.size))
            else:
                stream = cast(BinaryIO, self._zip.open(info))
        except (*ZIP_ERRORS, OSError) as exc:  # shifted offsets make zipfile seek before the start
            raise damaged(exc) from None
        return CountedEntry(self, stream, info, expected_size, limit)

    def _count(self, nbytes: int) -> None:
        with self._lock:
            self._total_read += nbytes
            total = self._total_read
        if total > self._limits.max_total_bytes:
            raise refuse(
                msg(
                    "it expands to more data than the limit allows (a zip bomb)",
                    "fragment: why a bundle was refused",
                )
            )


def data_start(handle: BinaryIO, info: zipfile.ZipInfo, archive_size: int) -> int:
    """Where a stored entry's data begins, from its local header, checked against the central
    directory's entry (same name, data within the archive); raises _BadEntry if it is not."""
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size:
        raise _BadEntry(
            msg(
                "truncated local header of {name!r}",
                "fragment: why a bundle is damaged",
                name=info.orig_filename,
            )
        )
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != ZIP_MAGIC:
        raise _BadEntry(
            msg(
                "bad local header of {name!r}",
                "fragment: why a bundle is damaged",
                name=info.orig_filename,
            )
        )
    name_length, extra_length = int(fields[10]), int(fields[11])
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    if handle.read(name_length) != info.orig_filename.encode(encoding):
        raise _BadEntry(
            msg(
                "local and central names of {name!r} differ",
                "fragment: why a bundle is damaged",
                name=info.orig_filename,
            )
        )
    start: int = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
    if info.compress_size != info.file_size or start + info.file_size > archive_size:
        raise _BadEntry(
            msg(
                "{name!r} runs past the end of the archive",
                "fragment: why a bundle is damaged",
                name=info.orig_filename,
            )
        )
    return start


class _StoredData(io.RawIOBase):
    """The bytes of a stored (uncompressed) entry, read straight from its range of the archive.

    zipfile would also compute a CRC-32 of every byte; originals are checked against their
    SHA-256 instead, which is stronger, so that second pass over the data is skipped.
    """

    def __init__(self, handle: BinaryIO, info: zipfile.ZipInfo, archive_size: int) -> None:
        super().__init__()
        self._handle = handle
        try:
            start = data_start(handle, info, archive_size)
            handle.seek(start)
        except BaseException:
            handle.close()
            raise
        self._left = info.file_size
        self._offset = start
        # Over a decrypted view, reads that end on segment boundaries come back without copying.
        self._align = int(getattr(handle, "segment", 0))

    def readable(self) -> bool:
        return True

    @property
    def fills_buffers(self) -> bool:
        """Reads best go into a reused buffer: a plain file (a fresh megabyte for every read costs
        page faults); a decrypted view hands out its segments without copying, through read()."""
        return not self._align

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer)[: min(len(buffer), self._left)]
        filled = 0
        while filled < len(view):
            got = self._handle.readinto(view[filled:])  # type: ignore[attr-defined]
            if not got:
                raise _BadEntry(msg("the archive ended early", "fragment: why a bundle is damaged"))
            filled += got
        self._left -= filled
        self._offset += filled
        return filled

    def read(self, size: int | None = -1) -> bytes:
        wanted = self._left if size is None or size < 0 else min(size, self._left)
        if self._align:
            overshoot = (self._offset + wanted) % self._align
            if overshoot < wanted:
                wanted -= overshoot
        data = self._handle.read(wanted)
        if len(data) != wanted:
            raise _BadEntry(msg("the archive ended early", "fragment: why a bundle is damaged"))
        self._left -= len(data)
        self._offset += len(data)
        return data

    def close(self) -> None:
        self._handle.close()
        super().close()


class CountedEntry:
    """A file-like view of one entry that counts real bytes and refuses any excess while reading."""

    def __init__(
        self,
        archive: SafeArchive,
        stream: BinaryIO,
        info: zipfile.ZipInfo,
        expected: int | None,
        limit: int | None,
    ) -> None:
        self._archive = archive
        self._stream = stream
        self._info = info
        self._expected = expected
        self._limit = limit
        self.count = 0
        self.name = info.orig_filename

    def __enter__(self) -> CountedEntry:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()

    def read(self, size: int = CHUNK) -> bytes:
        try:
            chunk = self._stream.read(size if size >= 0 else CHUNK)
        except ZIP_ERRORS as exc:
            raise damaged(exc) from None
        self._account(len(chunk))
        if not chunk:
            self._check_complete()
        return chunk

    def chunks(self) -> Iterator[bytes | memoryview]:
        """The entry's bytes in pieces of up to CHUNK, each valid until the next is asked for (a
        plain file's are read into one reused buffer)."""
        if not getattr(self._stream, "fills_buffers", False):
            while chunk := self.read():
                yield chunk
            return
        buffer = memoryview(bytearray(CHUNK))
        while True:
            try:
                got = self._stream.readinto(buffer)  # type: ignore[attr-defined]
            except ZIP_ERRORS as exc:
                raise damaged(exc) from None
            self._account(got)
            if not got:
                self._check_complete()
                return
            yield buffer[:got]

    def _check_complete(self) -> None:
        if self._expected is not None and self.count != self._expected:
            raise BundleError(
                msg(
                    "The manifest lies: {name} holds {count} bytes, the manifest says {expected}. "
                    "Nothing was imported.",
                    name=self.name,
                    count=self.count,
                    expected=self._expected,
                )
            )

    def _account(self, nbytes: int) -> None:
        self.count += nbytes
        limits = self._archive._limits
        if self._expected is not None and self.count > self._expected:
            raise BundleError(
                msg(
                    "The manifest lies: {name} holds more than the {expected} bytes the manifest says. "
                    "Nothing was imported.",
                    name=self.name,
                    expected=self._expected,
                )
            )
        if self._limit is not None and self.count > self._limit:
            raise refuse(
                msg(
                    "{name} is larger than the limit of {limit} bytes",
                    "fragment: why a bundle was refused",
                    name=self.name,
                    limit=self._limit,
                )
            )
        ratio_cap = limits.max_ratio * max(self._info.compress_size, 1)
        if self.count > max(ratio_cap, limits.ratio_grace_bytes):
            raise refuse(
                msg(
                    "{name} expands more than {ratio} times (a zip bomb)",
                    "fragment: why a bundle was refused",
                    name=self.name,
                    ratio=limits.max_ratio,
                )
            )
        self._archive._count(nbytes)
