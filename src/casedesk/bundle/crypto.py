"""Passphrase encryption of a whole bundle, streamed in segments so it never sits in memory whole.

Layout: a fixed header, then segments. The header names the KDF (scrypt) and its parameters, a
random salt, a random 8-byte nonce prefix and the segment size. The key is scrypt(passphrase).
Plaintext is cut into segments of exactly ``segment_size`` bytes, the last one shorter (possibly
empty); each is sealed with ChaCha20-Poly1305 under the nonce ``prefix || counter`` and the
associated data ``header || final-flag``. Hence (the STREAM construction of Hoang et al.):
a changed byte anywhere, a changed header, reordered, dropped or appended segments, and a
truncation (the new last segment was sealed as "not final") all fail authentication, exactly
like a wrong passphrase. ChaCha20-Poly1305 is constant-time and fast without AES hardware.

:class:`DecryptingReader` is a seekable, read-only file over the plaintext that authenticates each
segment as it is read, so the ZIP reader can use it directly and no plaintext reaches the disk.
:meth:`SealedBundle.read_through` reads the whole file once, front to back, authenticating every
segment: what an import checks the originals with.
"""

from __future__ import annotations

import io
import os
import queue
import struct
import unicodedata
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casedesk.bundle.buffers import BufferPool
from casedesk.bundle.errors import WRONG_PASSPHRASE_MESSAGE, BundleError
from casedesk.i18n import msg

MAGIC = b"CASEDESK-BUNDLE-ENCRYPTED\x00"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
SEGMENT_SIZE = 1 << 20
DECRYPT_AHEAD = 2  # segments read and hashed ahead of their decryption
TAG_SIZE = 16
NONCE_PREFIX_SIZE = 8
SALT_SIZE = 16
# scrypt n = 2**17, r = 8, p = 1: 128 MiB of memory, ~0.3 s on a laptop; the header records them.
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 17, 8, 1
# Headers from a hostile file may not make us allocate more than this for the KDF.
MAX_SCRYPT_MEMORY = 1 << 30

_HEADER_TAIL = struct.Struct(">BBBBB16s8sI")  # version, kdf, log2 n, r, p, salt, nonce prefix, segment
HEADER_SIZE = len(MAGIC) + _HEADER_TAIL.size

ProgressFn = Callable[[int], None]


class Sink(Protocol):
    def write(self, data: bytes | memoryview, /) -> int: ...


class Digest(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _derive_key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    # NFC so that the same passphrase typed on another system's keyboard gives the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p)
    return kdf.derive(secret)


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


def _aad(header: bytes, final: bool) -> bytes:
    return header + (b"\x01" if final else b"\x00")


class EncryptingWriter(io.RawIOBase):
    """A write-only, non-seekable file that seals what is written into ``out`` segment by segment."""

    def __init__(
        self, out: Sink, passphrase: str, segment_size: int = SEGMENT_SIZE, *, pool: BufferPool | None = None
    ) -> None:
        """``pool``, if given, holds buffers of at least ``segment_size + TAG_SIZE`` bytes: each
        sealed segment is written to ``out`` as a view of one (which ``out`` gives back), instead of
        as fresh bytes."""
        super().__init__()
        self._pool = pool
        salt = os.urandom(SALT_SIZE)
        self._prefix = os.urandom(NONCE_PREFIX_SIZE)
        self._header = MAGIC + _HEADER_TAIL.pack(
            FORMAT_VERSION, KDF_SCRYPT, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, self._prefix, segment_size
        )
        self._aead = ChaCha20Poly1305(_derive_key(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P))
        self._out = out
        self._segment = segment_size
        # One reused segment buffer: fresh megabyte allocations (page faults) cost more than ChaCha.
        self._buffer = bytearray(segment_size)
        self._view = memoryview(self._buffer)
        self._fill = 0
        self._counter = 0
        self._position = 0
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        size, pos = len(view), 0
        self._position += size
        while pos < size:
            # A segment is sealed as "not final" only once we know more data follows it.
            if self._fill == self._segment:
                self._seal(self._view, final=False)
                self._fill = 0
            if self._fill == 0 and size - pos > self._segment:
                self._seal(view[pos : pos + self._segment], final=False)  # straight from the caller
                pos += self._segment
                continue
            take = min(self._segment - self._fill, size - pos)
            self._view[self._fill : self._fill + take] = view[pos : pos + take]
            self._fill += take
            pos += take
        return size

    def _seal(self, plain: bytes | memoryview, final: bool) -> None:
        if self._counter >= 1 << 32:
            raise BundleError(msg("The bundle is too large to encrypt in one file."))
        nonce = _nonce(self._prefix, self._counter)
        aad = _aad(self._header, final)
        if self._pool is None:
            self._out.write(self._aead.encrypt(nonce, plain, aad))
        else:
            sealed = memoryview(self._pool.take())[: len(plain) + TAG_SIZE]
            self._aead.encrypt_into(nonce, plain, aad, sealed)
            self._out.write(sealed)
        self._counter += 1

    def finish(self) -> None:
        """Seal the final segment. Must be called once, after the last write."""
        self._seal(self._view[: self._fill], final=True)
        self._fill = 0


@dataclass(frozen=True, slots=True)
class SealedBundle:
    """The parsed header of an encrypted bundle and the key derived from the passphrase."""

    header: bytes
    prefix: bytes
    segment: int
    aead: ChaCha20Poly1305
    count: int  # number of segments, the last one sealed as final
    size: int  # plaintext bytes

    @classmethod
    def open(cls, path: Path, passphrase: str) -> SealedBundle:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
            body = handle.seek(0, io.SEEK_END) - HEADER_SIZE
        if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
            raise BundleError(WRONG_PASSPHRASE_MESSAGE)
        version, kdf, log2_n, r, p, salt, prefix, segment = _HEADER_TAIL.unpack(header[len(MAGIC) :])
        if version != FORMAT_VERSION or kdf != KDF_SCRYPT:
            raise BundleError(
                msg(
                    "This encrypted bundle uses encryption format {version}.{kdf}, which this version of "
                    "CaseDesk does not know. Update CaseDesk to import it. Nothing was imported.",
                    version=version,
                    kdf=kdf,
                )
            )
        sane = 1 <= log2_n <= 30 and 1 <= r <= 64 and 1 <= p <= 16 and 4096 <= segment <= 1 << 26
        if not sane or 128 * r * (1 << log2_n) * p > MAX_SCRYPT_MEMORY:
            raise BundleError(WRONG_PASSPHRASE_MESSAGE)  # a header no CaseDesk wrote: treat as modified
        if body < TAG_SIZE:
            raise BundleError(WRONG_PASSPHRASE_MESSAGE)
        full, last = divmod(body - TAG_SIZE, segment + TAG_SIZE)
        if last > segment:
            raise BundleError(WRONG_PASSPHRASE_MESSAGE)  # cut inside a segment's tag
        aead = ChaCha20Poly1305(_derive_key(passphrase, salt, log2_n, r, p))
        return cls(header, prefix, segment, aead, full + 1, full * segment + last)

    def plain_length(self, index: int) -> int:
        return self.segment if index < self.count - 1 else self.size - index * self.segment

    def open_segment(self, index: int, sealed: bytes | memoryview) -> bytes:
        final = index == self.count - 1
        try:
            return self.aead.decrypt(_nonce(self.prefix, index), sealed, _aad(self.header, final))
        except InvalidTag:
            raise BundleError(WRONG_PASSPHRASE_MESSAGE) from None

    def read_through(
        self, handle: BinaryIO, digest: Digest, take: Callable[[], bytearray]
    ) -> Generator[tuple[memoryview, bytearray], None, None]:
        """Every segment's plaintext in order, from one sequential read of the whole file (``handle``
        at its start), each segment authenticated, so a changed byte anywhere is refused; ``digest``
        is fed every byte of the file, its header included, as it is read. Each plaintext is
        decrypted into a buffer ``take`` gives (of at least ``segment`` bytes) and yielded as a view
        of it with the buffer: reused buffers, as fresh megabytes cost page faults. Decryption runs
        on a thread of its own, a few segments behind the reading and hashing."""
        header = handle.read(HEADER_SIZE)
        if header != self.header:
            raise BundleError(WRONG_PASSPHRASE_MESSAGE)  # the file changed since it was opened
        digest.update(header)
        spare: queue.Queue[bytearray] = queue.Queue()
        for _ in range(DECRYPT_AHEAD + 2):
            spare.put(bytearray(self.segment + TAG_SIZE))
        pending: deque[Future[tuple[memoryview, bytearray]]] = deque()
        with ThreadPoolExecutor(1, thread_name_prefix="bundle-decrypt") as decrypting:
            try:
                for index in range(self.count):
                    sealed_buffer = spare.get()
                    sealed = memoryview(sealed_buffer)[: self.plain_length(index) + TAG_SIZE]
                    filled = 0
                    while filled < len(sealed) and (got := handle.readinto(sealed[filled:])):  # type: ignore[attr-defined]
                        filled += got
                    if filled < len(sealed):
                        raise BundleError(WRONG_PASSPHRASE_MESSAGE)  # truncated since it was opened
                    digest.update(sealed)
                    pending.append(
                        decrypting.submit(self._open_into, index, sealed, sealed_buffer, take, spare)
                    )
                    if len(pending) > DECRYPT_AHEAD:
                        yield pending.popleft().result()
                if handle.read(1):
                    raise BundleError(WRONG_PASSPHRASE_MESSAGE)  # grown since it was opened
                while pending:
                    yield pending.popleft().result()
            finally:
                for future in pending:
                    future.cancel()

    def _open_into(
        self,
        index: int,
        sealed: memoryview,
        sealed_buffer: bytearray,
        take: Callable[[], bytearray],
        spare: queue.Queue[bytearray],
    ) -> tuple[memoryview, bytearray]:
        out = take()
        plain = memoryview(out)[: len(sealed) - TAG_SIZE]
        final = index == self.count - 1
        try:
            self.aead.decrypt_into(_nonce(self.prefix, index), sealed, _aad(self.header, final), plain)
        except InvalidTag:
            raise BundleError(WRONG_PASSPHRASE_MESSAGE) from None
        finally:
            spare.put(sealed_buffer)
        return plain, out


class DecryptingReader(io.RawIOBase):
    """A seekable, read-only view of an encrypted bundle's plaintext, authenticated segment by segment.

    Any failure to authenticate raises BundleError with the wrong-passphrase message; a wrong
    passphrase and a modified byte look the same, to the user and to an attacker.
    """

    def __init__(self, sealed: SealedBundle, handle: io.BufferedReader) -> None:
        super().__init__()
        self._sealed = sealed
        self._file = handle
        self._position = 0
        self._cached_index = -1
        self._cached = b""
        self._sealed_buffer = memoryview(bytearray(sealed.segment + TAG_SIZE))

    @property
    def segment(self) -> int:
        return self._sealed.segment

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._sealed.size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self._position = base + offset
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        remaining = self._sealed.size - self._position
        size = remaining if size is None or size < 0 else max(0, min(size, remaining))
        parts: list[bytes] = []
        while size > 0:
            index, within = divmod(self._position, self._sealed.segment)
            plain = self._plain(index)
            # A whole segment is handed out as it is (bytes are immutable): no copy.
            piece = plain if within == 0 and size >= len(plain) else plain[within : within + size]
            parts.append(piece)
            self._position += len(piece)
            size -= len(piece)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        memoryview(buffer)[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._file.close()
        super().close()

    def _plain(self, index: int) -> bytes:
        if index != self._cached_index:
            self._file.seek(HEADER_SIZE + index * (self._sealed.segment + TAG_SIZE))
            wanted = self._sealed.plain_length(index) + TAG_SIZE
            got = self._file.readinto(self._sealed_buffer[:wanted])
            self._cached = self._sealed.open_segment(index, self._sealed_buffer[:got])
            self._cached_index = index
        return self._cached
