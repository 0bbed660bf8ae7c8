"""Bundle export and import throughput against the bare work's floor.

Generates a case of N MB (default 1024, or BENCH_BUNDLE_MB) as 50 MB files of random bytes, then runs
interleaved rounds (bench/_rounds.py) of:
  floor          — the least any exporter or importer must do with the data, on all cores: read each
                   original once in large chunks, SHA-256 it, write a copy and fsync it (export
                   fsyncs its bundle and import every original it stores, so the floor fsyncs too;
                   one folder fsync at the end), a thread pool of os.cpu_count() workers;
  floor_no_fsync — for reference: the same without the fsyncs, to show what durability costs here;
  ours           — export_bundle (re-hash originals, write the ZIP, hash the bundle, fsync) and
                   import_bundle into a fresh workspace (hash the bundle, verify every original, copy
                   into the store with hashing and fsync, commit), plain and encrypted (scrypt +
                   ChaCha20-Poly1305): four operations, each timed against the floor of its round.
The last line is a JSON object: the top-level figures are those of the operation with the highest
median ratio, each operation's own under its name. Targets, for each of the four operations: a
median ratio_to_floor of at most 1.5 (wall time) and a cpu_ratio_to_floor of at most 2.0.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from _rounds import Step, emit, note, private_config, run_rounds, sig, with_targets
from casedesk.bundle import export_bundle, import_bundle
from casedesk.core.service import CaseService

FILE_MB = 50
READ = 8 << 20
PASSPHRASE = "correct horse battery staple"
TARGET_RATIO = 1.5  # wall time, median of the rounds
TARGET_CPU_RATIO = 2.0
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


def _copy_one(source: Path, target: Path, durable: bool) -> str:
    digest = hashlib.sha256()
    with source.open("rb", buffering=0) as src, target.open("wb", buffering=0) as out:
        while chunk := src.read(READ):
            digest.update(chunk)
            out.write(chunk)
        if durable:
            os.fsync(out.fileno())
    return digest.hexdigest()


def _floor(originals: list[Path], scratch: Path, durable: bool) -> None:
    scratch.mkdir()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        targets = [scratch / str(n) for n in range(len(originals))]
        digests = list(pool.map(lambda s, t: _copy_one(s, t, durable), originals, targets))
    assert digests == [p.name for p in originals]
    if durable:
        fd = os.open(scratch, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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

        def remove(folder: Path) -> Callable[[], None]:
            return lambda: shutil.rmtree(folder)

        steps: dict[str, Step] = {
            "floor": Step(lambda: _floor(originals, scratch, True), after=remove(scratch)),
            "floor_no_fsync": Step(lambda: _floor(originals, scratch, False), after=remove(scratch)),
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
            steps[f"export_{label}"] = Step(export)
            steps[f"import_{label}"] = Step(import_, after=remove(target))
        rounds = run_rounds(steps)
        source.close()

    ops = {name: rounds.compare(name, "floor") for name in OPERATIONS}
    worst = max(OPERATIONS, key=lambda name: ops[name]["ratio_to_floor"])
    floor_s = rounds.median("floor")
    for name in OPERATIONS:
        note(
            f"{name:<17} {ops[name]['seconds']:.2f} s, {mb / ops[name]['seconds']:.0f} MB/s, "
            f"{ops[name]['ratio_to_floor']:.2f}x the floor (range {ops[name]['ratio_min']:.2f}-"
            f"{ops[name]['ratio_max']:.2f}); floor {floor_s:.2f} s, {mb / floor_s:.0f} MB/s"
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
            "ratio_to_floor": fields["ratio_to_floor"],
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
            "cache": "warm",
            **per_op,
        }
    )


if __name__ == "__main__":
    main()
