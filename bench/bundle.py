"""Bundle export and import throughput against the bare work's floor.

Generates a case of N MB (default 1024, or BENCH_BUNDLE_MB) as 50 MB files of random bytes, then runs
interleaved rounds (bench/_rounds.py) of:
  floor          — the least any exporter or importer must do with the data, on all cores: read each
                   original once in large chunks into a reused buffer, compute the two digests
                   every byte gets (the original's own SHA-256, checked against the manifest or the
                   store, and the bundle file's, which custody records), write a copy and fsync it
                   (export fsyncs its bundle and import every original it stores, so the floor
                   fsyncs too; one folder fsync at the end), a thread pool of os.cpu_count()
                   workers; the floor of the two plain operations;
  floor_encrypted — the least an encrypted bundle adds: the key derived once (scrypt, the format's
                   parameters), and every 1 MB segment sealed with ChaCha20-Poly1305 before it is
                   written (the bundle's digest is then of the sealed bytes); the floor of the two
                   encrypted operations;
  floor_one_digest, floor_encrypted_one_digest — for reference: the same with one digest only (the
                   floors of earlier runs, which left out the bundle's digest);
  floor_no_fsync — for reference: the floor without the fsyncs, to show what durability costs here;
  ours           — export_bundle (re-hash originals, write the ZIP, hash the bundle, fsync) and
                   import_bundle into a fresh workspace (hash the bundle, verify every original, copy
                   into the store with hashing and fsync, commit), plain and encrypted (scrypt +
                   ChaCha20-Poly1305): four operations, each timed against its floor in its round.
The last line is a JSON object: the top-level figures are those of the operation with the highest
median ratio, each operation's own under its name (with ratio_to_plain_floor, against the plain
floor, and ratio_to_one_digest_floor, for reference). Targets, for each of the four operations: a
median ratio_to_floor of at most 1.5 (wall time) and a cpu_ratio_to_floor of at most 2.0.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from _rounds import Step, emit, note, private_config, run_rounds, sig, with_targets
from casedesk.bundle import export_bundle, import_bundle
from casedesk.bundle.crypto import SCRYPT_LOG2_N, SCRYPT_P, SCRYPT_R, SEGMENT_SIZE, TAG_SIZE
from casedesk.core.service import CaseService

FILE_MB = 50
READ = 8 << 20
PASSPHRASE = "correct horse battery staple"
TARGET_RATIO = 1.5  # wall time, median of the rounds
TARGET_CPU_RATIO = 2.0
_buffers = threading.local()  # each worker reuses one buffer: fresh 8 MB reads would cost page faults
OPERATIONS = ("export_plain", "import_plain", "export_encrypted", "import_encrypted")


def _make_files(folder: Path, total_mb: int) -> list[Path]:
    count = max(1, total_mb // FILE_MB)
    size = total_mb * (1 << 20) // count
    files = []
    for n in range(count):
        path = folder / f"random-{n:03d}.bin"
        with path.open("wb") as out:
            for _ in range(size // (1 << 20)):
                out.write(os.urandom(1 << 20))
            out.write(os.urandom(size % (1 << 20)))
        files.append(path)
    return files


def _buffer(name: str, size: int) -> bytearray:
    buffer: bytearray | None = getattr(_buffers, name, None)
    if buffer is None:
        buffer = bytearray(size)
        setattr(_buffers, name, buffer)
    return buffer


def _copy_one(source: Path, target: Path, durable: bool, aead: ChaCha20Poly1305 | None, digests: int) -> str:
    """Read, hash and write one file (sealing each 1 MB segment first, given ``aead``): the first
    digest is of what was read, the second (``digests`` 2) of what was written, as a bundle's is."""
    digest, written = hashlib.sha256(), hashlib.sha256()
    size = READ if aead is None else SEGMENT_SIZE
    buffer, sealed = _buffer("plain", size), memoryview(_buffer("sealed", SEGMENT_SIZE + TAG_SIZE))
    view = memoryview(buffer)
    nonce = bytes(12)  # a floor, not a format: one nonce serves (the key is fresh each run)
    with source.open("rb", buffering=0) as src, target.open("wb", buffering=0) as out:
        while got := src.readinto(buffer):
            digest.update(view[:got])
            data = view[:got]
            if aead is not None:
                aead.encrypt_into(nonce, view[:got], None, sealed[: got + TAG_SIZE])
                data = sealed[: got + TAG_SIZE]
            if digests == 2:
                written.update(data)
            out.write(data)
        if durable:
            os.fsync(out.fileno())
    return digest.hexdigest()


def _key(passphrase: str) -> ChaCha20Poly1305:
    """The key an encrypted bundle is sealed with: scrypt with the format's own parameters."""
    kdf = Scrypt(salt=os.urandom(16), length=32, n=1 << SCRYPT_LOG2_N, r=SCRYPT_R, p=SCRYPT_P)
    return ChaCha20Poly1305(kdf.derive(passphrase.encode()))


def _floor(
    originals: list[Path], scratch: Path, durable: bool, passphrase: str | None = None, digests: int = 2
) -> None:
    scratch.mkdir()
    aead = _key(passphrase) if passphrase is not None else None
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        targets = [scratch / str(n) for n in range(len(originals))]
        found = list(pool.map(lambda s, t: _copy_one(s, t, durable, aead, digests), originals, targets))
    assert found == [p.name for p in originals]
    if durable:
        fd = os.open(scratch, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _floor_of(operation: str) -> str:
    return "floor_encrypted" if operation.endswith("_encrypted") else "floor"


def main() -> None:
    private_config()  # the signing key export_bundle makes on first need goes to a temporary folder
    total_mb = int(os.environ.get("BENCH_BUNDLE_MB", "1024"))
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-bundle-") as tmp:
        root = Path(tmp)
        (root / "files").mkdir()
        scratch = root / "scratch"
        files = _make_files(root / "files", total_mb)
        mb = sum(p.stat().st_size for p in files) / 1e6
        source = CaseService.open(root / "source", "Bench")
        case_id = source.create_case("Bundle benchmark").id
        results = source.add_files(case_id, files)
        assert all(r.stored for r in results), results
        for path in files:  # the originals are in the store now; free the disk
            path.unlink()
        # The floor works on the very files an export reads: the originals in the store.
        originals = [source.workspace.store.local_path(r.sha256) for r in results if r.sha256]
        for path in originals:  # ingest released them from the page cache: every step reads them warm
            path.read_bytes()

        # Every step writes 1 GB into a new place, and what it wrote there last round is cleared
        # just before it, untimed: so every step starts right after the kernel freed 1 GB. Here
        # that matters: writing 1 GB into memory the kernel has just freed cost it 0.3-0.9 s of
        # system time, into memory it had a few seconds to give back 0.8-1.9 s; while only the
        # exports were cleared just before their step, plain export ran at 0.71-0.83 of its floor.
        def clear(path: Path) -> Callable[[], None]:
            def run() -> None:
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)

            return run

        steps: dict[str, Step] = {
            "floor": Step(lambda: _floor(originals, scratch, True), before=clear(scratch)),
            "floor_no_fsync": Step(lambda: _floor(originals, scratch, False), before=clear(scratch)),
            "floor_encrypted": Step(
                lambda: _floor(originals, scratch, True, PASSPHRASE), before=clear(scratch)
            ),
            "floor_one_digest": Step(
                lambda: _floor(originals, scratch, True, digests=1), before=clear(scratch)
            ),
            "floor_encrypted_one_digest": Step(
                lambda: _floor(originals, scratch, True, PASSPHRASE, digests=1), before=clear(scratch)
            ),
        }
        for label, passphrase in (("plain", None), ("encrypted", PASSPHRASE)):
            bundle = root / f"{label}.casedesk"
            target = root / f"target-{label}"

            def export(b: Path = bundle, p: str | None = passphrase) -> None:
                export_bundle(source, case_id, b, p)

            def import_(b: Path = bundle, p: str | None = passphrase, t: Path = target) -> None:
                svc = CaseService.open(t, "Bench importer")
                try:
                    result = import_bundle(svc, b, p)
                    assert result.status == "imported", result
                finally:
                    svc.close()

            # Round 1 runs forwards, so each export comes before the import that reads its bundle.
            # An export writes a new file, the last round's bundle cleared first (replacing it had
            # the kernel free 1 GB inside the step: 0.7-1.9 s of system time, no part of exporting).
            steps[f"export_{label}"] = Step(export, before=clear(bundle))
            steps[f"import_{label}"] = Step(import_, before=clear(target))
        rounds = run_rounds(steps)
        source.close()

    # Each operation against the bare work of its own kind: an encrypted bundle's includes deriving
    # the key and sealing every byte. Against the plain floor too, for reference.
    ops = {name: rounds.compare(name, _floor_of(name)) for name in OPERATIONS}
    plain_ratios = {name: statistics.median(rounds.ratios(name, "floor")) for name in OPERATIONS}
    one_digest = {
        name: statistics.median(rounds.ratios(name, f"{_floor_of(name)}_one_digest")) for name in OPERATIONS
    }
    worst = max(OPERATIONS, key=lambda name: ops[name]["ratio_to_floor"])
    floor_s = rounds.median("floor")
    for name in OPERATIONS:
        own = rounds.median(_floor_of(name))
        note(
            f"{name:<17} {ops[name]['seconds']:.2f} s, {mb / ops[name]['seconds']:.0f} MB/s, "
            f"{ops[name]['ratio_to_floor']:.2f}x its floor (range {ops[name]['ratio_min']:.2f}-"
            f"{ops[name]['ratio_max']:.2f}); {_floor_of(name)} {own:.2f} s, {mb / own:.0f} MB/s"
        )
    met = {
        name: with_targets(dict(ops[name]), ratio=TARGET_RATIO, cpu_ratio=TARGET_CPU_RATIO)["met"]
        for name in OPERATIONS
    }
    top = with_targets(dict(ops[worst]), ratio=TARGET_RATIO, cpu_ratio=TARGET_CPU_RATIO)
    top["met"] = all(met.values())
    per_op: dict[str, Any] = {}
    for name in OPERATIONS:
        fields = ops[name]
        per_op[name] = {
            "seconds": fields["seconds"],
            "mb_s": round(mb / fields["seconds"], 1),
            "floor": _floor_of(name),
            "floor_seconds": fields["floor_seconds"],
            "ratio_to_floor": fields["ratio_to_floor"],
            "ratio_to_plain_floor": round(plain_ratios[name], 3),
            "ratio_to_one_digest_floor": round(one_digest[name], 3),
            "ratio_min": fields["ratio_min"],
            "ratio_max": fields["ratio_max"],
            "cpu_seconds": fields["cpu_seconds"],
            "cpu_ratio_to_floor": fields["cpu_ratio_to_floor"],
            "met": met[name],
            **({"spread_note": fields["spread_note"]} if "spread_note" in fields else {}),
        }
    emit(
        {
            "name": "bundle",
            "mb": round(mb, 1),
            "files": len(files),
            "worst": worst,
            **top,
            "floor_mb_s": round(mb / floor_s, 1),
            "floor_no_fsync_seconds": sig(rounds.median("floor_no_fsync")),
            "floor_encrypted_seconds": sig(rounds.median("floor_encrypted")),
            "floor_one_digest_seconds": sig(rounds.median("floor_one_digest")),
            "floor_encrypted_one_digest_seconds": sig(rounds.median("floor_encrypted_one_digest")),
            "cache": "warm",
            **per_op,
        }
    )


if __name__ == "__main__":
    main()
