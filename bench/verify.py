"""How fast ``casedesk verify`` re-checks a workspace, against hashing every original on all cores.

Makes its own workspace in a temporary folder: 1 GB of originals in 20 files of random bytes and
10,000 small files (chat exports, JSON and CSV of 0.5-16 KB), all ingested through the product
(``CaseService.add_files``, with their custody entries and checklists), once, outside the rounds.
Ingest drops the originals from the page cache, so one untimed ``verify`` first reads everything
back: both ours and the floor then read warm data ("cache": "warm" in the JSON).

Interleaved rounds (bench/_rounds.py) of:
  ours           — ``svc.verify()``, the call ``casedesk verify`` makes: every case's custody chain
                   recomputed and every original re-hashed;
  floor          — the bare work: every original's SHA-256 (4 MiB reads, hashlib releases the GIL)
                   compared with its name, in a thread pool of os.cpu_count() workers, the small
                   files handed out in chunks;
  one_core_floor — for reference: the same hashing on one thread, to tell how much of the gap to the
                   floor is the use of one core and how much is the rest of ours.
After the rounds, ``verify_without_hashing_seconds``: ours once more with the store's per-file
check replaced (in this process only) by a no-op, i.e. the custody chains and the bookkeeping alone.

Target: a median ratio_to_floor of at most 1.2. Runs with no arguments in a few minutes (most of it
the ingest of the 10,000 small files); the last line of stdout is the JSON object.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _rounds import Step, emit, note, private_config, run_rounds, sig, with_targets
from casedesk.core.service import CaseService

BIG_FILES = 20
BIG_BYTES = (1 << 30) // BIG_FILES  # 1 GiB in all
SMALL_FILES = 10_000
READ = 4 << 20
CHUNK = 250  # small files per task handed to a worker
TARGET_RATIO = 1.2


def make_data(folder: Path) -> tuple[list[Path], list[Path]]:
    rng = random.Random(18)
    big = []
    for n in range(BIG_FILES):
        path = folder / f"footage_{n:02d}.bin"
        with path.open("wb") as out:
            left = BIG_BYTES
            while left:
                out.write(os.urandom(min(left, 8 << 20)))
                left -= min(left, 8 << 20)
        big.append(path)
    small = []
    words = [
        "convoy",
        "checkpoint",
        "drone",
        "border",
        "witness",
        "footage",
        "shelling",
        "hospital",
        "road",
        "bridge",
        "night",
    ]
    for n in range(SMALL_FILES):
        kind = n % 3
        size = rng.randint(512, 16 << 10)
        if kind == 0:  # a chat export
            path = folder / f"chat_{n:05d}.txt"
            lines: list[str] = []
            while sum(map(len, lines)) < size:
                lines.append(
                    f"[{n}:{len(lines):03d}] user{rng.randrange(90)}: {' '.join(rng.choices(words, k=9))}"
                )
            path.write_text("\n".join(lines) + "\n")
        elif kind == 1:
            path = folder / f"post_{n:05d}.json"
            body = {"id": n, "text": " ".join(rng.choices(words, k=size // 8)), "likes": rng.randrange(999)}
            path.write_text(json.dumps(body))
        else:
            path = folder / f"table_{n:05d}.csv"
            rows = [f"{n},{i},{rng.random():.6f},{rng.choice(words)}" for i in range(size // 24)]
            path.write_text("\n".join(rows) + "\n")
        small.append(path)
    return big, small


def _hash_files(paths: list[Path]) -> int:
    """Hash each file (4 MiB reads into one buffer) and check it against its name: bad ones."""
    buffer = bytearray(READ)
    view = memoryview(buffer)
    bad = 0
    for path in paths:
        digest = hashlib.sha256()
        with path.open("rb", buffering=0) as handle:
            while size := handle.readinto(buffer):
                digest.update(view[:size])
        bad += digest.hexdigest() != path.name
    return bad


def floor_tasks(originals: list[Path], min_bytes: int) -> list[list[Path]]:
    """Big originals one a task (biggest first), small ones in chunks: the cores stay busy to the end."""
    sized = sorted(((p.stat().st_size, p) for p in originals), reverse=True)
    big = [[p] for size, p in sized if size >= min_bytes]
    small = [p for size, p in sized if size < min_bytes]
    return big + [small[i : i + CHUNK] for i in range(0, len(small), CHUNK)]


def main() -> None:
    private_config()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-verify-") as tmp:
        root = Path(tmp)
        folder = root / "files"
        folder.mkdir()
        started = time.perf_counter()
        big, small = make_data(folder)
        note(f"made {len(big)} + {len(small)} files in {time.perf_counter() - started:.0f} s")
        svc = CaseService.open(root / "workspace", "Bench")
        try:
            case_id: str = svc.create_case("Verify benchmark", "1 GB of footage and 10,000 small files").id
            started = time.perf_counter()
            results = svc.add_files(case_id, big + small)
            assert all(r.stored and r.sha256 for r in results), [r for r in results if not r.stored][:3]
            note(f"ingested {len(results)} files in {time.perf_counter() - started:.0f} s")
            for path in big + small:  # only the store's copies are read from here on
                path.unlink()
            store = svc.workspace.store
            originals = sorted({store.local_path(r.sha256) for r in results if r.sha256})
            original_bytes = sum(p.stat().st_size for p in originals)
            tasks = floor_tasks(originals, READ)

            def ours() -> None:
                report = svc.verify()
                assert report.ok and report.files_checked == len(originals), report.problems[:3]

            def floor() -> None:
                with ThreadPoolExecutor(max_workers=cores) as pool:
                    assert sum(pool.map(_hash_files, tasks)) == 0

            def one_core_floor() -> None:
                assert _hash_files(originals) == 0

            started = time.perf_counter()
            warm = svc.verify()  # warm-up: every original and the log read back into the page cache
            note(f"warm-up verify {time.perf_counter() - started:.2f} s")
            assert warm.ok, warm.problems[:3]
            floor()
            rounds = run_rounds(
                {"ours": Step(ours), "floor": Step(floor), "one_core_floor": Step(one_core_floor)}
            )

            # Ours without the per-original check: the chains and the bookkeeping alone (bench only).
            real_check = store.verify
            store.verify = lambda sha256, size, on_bytes=None: None
            try:
                without = []
                for _ in range(3):
                    started = time.perf_counter()
                    svc.verify()
                    without.append(time.perf_counter() - started)
            finally:
                store.verify = real_check
        finally:
            svc.close()
    fields = with_targets(rounds.compare("ours", "floor"), ratio=TARGET_RATIO)
    one_core = rounds.ratios("ours", "one_core_floor")
    mb = original_bytes / 1e6
    emit(
        {
            "name": "verify",
            "originals": len(originals),
            "big_files": len(big),
            "small_files": len(small),
            "mb": round(mb, 1),
            "cores": cores,
            "log_entries_checked": warm.log_entries_checked,
            **fields,
            "mb_per_s": round(mb / fields["seconds"], 1),
            "floor_mb_per_s": round(mb / fields["floor_seconds"], 1),
            "one_core_floor_seconds": sig(rounds.median("one_core_floor")),
            "ratio_to_one_core_floor": round(statistics.median(one_core), 3),
            "verify_without_hashing_seconds": sig(statistics.median(without)),
            "cache": "warm",
            "floor": f"sha256 of every original, 4 MiB reads, {cores} threads",
        }
    )


if __name__ == "__main__":
    main()
