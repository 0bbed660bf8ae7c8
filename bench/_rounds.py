"""The shared harness of the benches: interleaved rounds of "ours" and its floor, and what was seen.

A bench hands :func:`run_rounds` its steps (its own code path, its floor, and any reference steps),
each a :class:`Step`. Every round runs every step once, forwards in even rounds and backwards in odd
ones, so that with two steps each goes first every other round and a slow drift of the machine
(page cache filling, writeback, other work starting or ending) falls on both alike. Before each step
the disk is synced (untimed), so no step pays for the writeback of the one before.

Around each step the harness records wall time (``time.perf_counter``), CPU time of this process
and of its waited-for children (``resource.getrusage``; worker threads count in ``RUSAGE_SELF``),
and how much of that was system (kernel) time,
blocks read from and written to disk, and, on Linux, the machine: dirty and writeback pages
(``/proc/meminfo``) before and after, the load average, and the CPU time every process took
(``/proc/stat``) less our own, i.e. what other processes took while the step ran.

:meth:`Rounds.compare` makes the JSON fields: medians of ours and of the floor, the median of the
per-round ratios (each round's ours over the same round's floor), their minimum and maximum, and
the CPU figures. When the ratios spread by more than 20 % of their median, it adds ``spread_note``:
which round was the outlier and what the harness saw in it (other processes' load, pending
writeback, reads from disk, the first round) against the other rounds.
"""

from __future__ import annotations

import atexit
import gc
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROUNDS = max(5, int(os.environ.get("BENCH_ROUNDS", "5")))
SPREAD_LIMIT = 0.20  # (ratio_max - ratio_min) / median ratio above this gets a spread_note
_HZ = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_BLOCK = 512  # ru_inblock / ru_oublock count 512-byte blocks on Linux


def _machine_cpus() -> int:
    """CPUs /proc/stat counts (the whole machine, which may be more than this process may use)."""
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return os.cpu_count() or 1
    return sum(1 for line in lines if line.startswith("cpu") and line[3:4].isdigit()) or 1


CPUS = _machine_cpus()


@dataclass(frozen=True, slots=True)
class Probe:
    """The process and the machine at one instant."""

    wall: float
    cpu: float  # this process (all threads) and its waited-for children, user + system
    system: float  # of which system (kernel) time
    read_blocks: int
    written_blocks: int
    busy: float | None  # CPU seconds all processes have taken since boot (/proc/stat)
    iowait: float | None
    dirty_mb: float | None
    writeback_mb: float | None
    load1: float | None


def _proc_stat() -> tuple[float | None, float | None]:
    try:
        with open("/proc/stat") as handle:
            fields = [int(v) for v in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None, None
    user, nice, system, _idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / _HZ, iowait / _HZ


def _meminfo() -> tuple[float | None, float | None]:
    try:
        text = Path("/proc/meminfo").read_text()
    except OSError:
        return None, None
    values = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in ("Dirty", "Writeback"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("Dirty"), values.get("Writeback")


def _load1() -> float | None:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def probe() -> Probe:
    dirty, writeback = _meminfo()
    busy, iowait = _proc_stat()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return Probe(
        wall=time.perf_counter(),
        cpu=me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
        system=me.ru_stime + kids.ru_stime,
        read_blocks=me.ru_inblock + kids.ru_inblock,
        written_blocks=me.ru_oublock + kids.ru_oublock,
        busy=busy,
        iowait=iowait,
        dirty_mb=dirty,
        writeback_mb=writeback,
        load1=_load1(),
    )


@dataclass(frozen=True, slots=True)
class Step:
    """One timed piece of work, run once per round.

    ``run`` may return its own figure in seconds (say, the median time of the queries it ran);
    otherwise the figure is its wall time. ``per`` is how many units of work one run does (queries,
    edits): the CPU time, and the wall time when ``run`` returns no figure, are divided by it.
    ``before`` and ``after`` run untimed around it (a fresh workspace, then removing it).
    """

    run: Callable[[], float | None]
    before: Callable[[], object] | None = None
    after: Callable[[], object] | None = None
    per: int = 1


@dataclass(frozen=True, slots=True)
class Sample:
    """One step in one round: its figures and what the machine did meanwhile."""

    round: int  # 0-based
    position: int  # 0: it went first in its round
    seconds: float  # the figure (per unit)
    cpu_seconds: float  # per unit
    system_seconds: float  # the part of cpu_seconds spent in the kernel, per unit
    wall: float  # the whole run, seconds
    own_cores: float  # mean number of CPUs this process (and its children) kept busy
    others_cores: float | None  # mean number of CPUs other processes kept busy during the run
    iowait_cores: float | None
    read_mb: float  # read from disk by us (a cold page cache shows here)
    written_mb: float
    pending_before_mb: float | None  # dirty + writeback pages when the run started
    pending_after_mb: float | None
    load_before: float | None

    def line(self) -> str:
        extra = ""
        if self.others_cores is not None:
            extra += f", others {self.others_cores:.2f} cores"
        if self.pending_before_mb is not None:
            extra += f", dirty+writeback {self.pending_before_mb:.0f}->{self.pending_after_mb:.0f} MB"
        return (
            f"{_pretty(self.seconds)} (CPU {_pretty(self.cpu_seconds)}, of it system "
            f"{_pretty(self.system_seconds)}, read {self.read_mb:.0f} MB, "
            f"wrote {self.written_mb:.0f} MB{extra})"
        )


def _pretty(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.3f} s"


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else b - a


def _pending(dirty: float | None, writeback: float | None) -> float | None:
    return None if dirty is None or writeback is None else dirty + writeback


def measure(step: Step, round_no: int, position: int) -> Sample:
    if step.before is not None:
        step.before()
    gc.collect()
    if hasattr(os, "sync"):
        os.sync()  # untimed: nothing written before this step is left for it to wait on
    start = probe()
    figure = step.run()
    end = probe()
    if step.after is not None:
        step.after()
    wall = end.wall - start.wall
    own = end.cpu - start.cpu
    busy, iowait = _delta(start.busy, end.busy), _delta(start.iowait, end.iowait)
    return Sample(
        round=round_no,
        position=position,
        seconds=float(figure) if figure is not None else wall / step.per,
        cpu_seconds=own / step.per,
        system_seconds=(end.system - start.system) / step.per,
        wall=wall,
        own_cores=own / wall if wall > 0 else 0.0,
        others_cores=None if busy is None or wall <= 0 else max(0.0, busy - own) / wall,
        iowait_cores=None if iowait is None or wall <= 0 else iowait / wall,
        read_mb=(end.read_blocks - start.read_blocks) * _BLOCK / 1e6,
        written_mb=(end.written_blocks - start.written_blocks) * _BLOCK / 1e6,
        pending_before_mb=_pending(start.dirty_mb, start.writeback_mb),
        pending_after_mb=_pending(end.dirty_mb, end.writeback_mb),
        load_before=start.load1,
    )


class Rounds:
    """Every step's samples, one per round, and the JSON fields comparing a step with its floor."""

    def __init__(self, samples: dict[str, list[Sample]]) -> None:
        self.samples = samples

    @property
    def count(self) -> int:
        return min(len(v) for v in self.samples.values())

    def seconds(self, name: str) -> list[float]:
        return [s.seconds for s in self.samples[name]]

    def median(self, name: str) -> float:
        return statistics.median(self.seconds(name))

    def ratios(self, ours: str, floor: str) -> list[float]:
        return [o.seconds / f.seconds for o, f in zip(self.samples[ours], self.samples[floor], strict=True)]

    def compare(self, ours: str, floor: str) -> dict[str, Any]:
        """The standard fields for ``ours`` against ``floor``, with a spread_note when they vary."""
        o, f = self.samples[ours], self.samples[floor]
        ratios = self.ratios(ours, floor)
        cpu_ratios = [a.cpu_seconds / b.cpu_seconds for a, b in zip(o, f, strict=True) if b.cpu_seconds > 0]
        median_ratio = statistics.median(ratios)
        spread = (max(ratios) - min(ratios)) / median_ratio
        others = [_mean_cores(a, b) for a, b in zip(o, f, strict=True)]
        fields: dict[str, Any] = {
            "seconds": sig(statistics.median(s.seconds for s in o)),
            "floor_seconds": sig(statistics.median(s.seconds for s in f)),
            "ratio_to_floor": round(median_ratio, 3),
            "ratio_min": round(min(ratios), 3),
            "ratio_max": round(max(ratios), 3),
            "cpu_seconds": sig(statistics.median(s.cpu_seconds for s in o)),
            "floor_cpu_seconds": sig(statistics.median(s.cpu_seconds for s in f)),
            "system_seconds": sig(statistics.median(s.system_seconds for s in o)),
            "floor_system_seconds": sig(statistics.median(s.system_seconds for s in f)),
            "cpu_ratio_to_floor": round(statistics.median(cpu_ratios), 3) if cpu_ratios else None,
            "rounds": len(ratios),
            "ratios": [round(r, 3) for r in ratios],
            "spread": round(spread, 3),
        }
        if all(v is not None for v in others):
            fields["others_cores"] = [round(v, 2) for v in others if v is not None]
        if spread > SPREAD_LIMIT:
            fields["spread_note"] = diagnose(ratios, {"ours": o, "floor": f})
        return fields


def _mean_cores(*samples: Sample) -> float | None:
    """Other processes' mean load over several steps, weighted by how long each ran."""
    if any(s.others_cores is None for s in samples):
        return None
    total = sum(s.wall for s in samples)
    return sum((s.others_cores or 0.0) * s.wall for s in samples) / total if total else None


def _load_causes(k: int, ratio_high: bool, steps: Mapping[str, list[Sample]]) -> list[str]:
    """Other processes' load in round k, where it skews the ratio the way it moved: uneven between
    ours and the floor, or, failing that, unlike the other rounds on a step that moved with it."""
    ours, floor = steps.get("ours"), steps.get("floor")
    if ours is not None and floor is not None:
        o, f = ours[k].others_cores, floor[k].others_cores
        if o is not None and f is not None and abs(o - f) >= 0.25 and (o > f) == ratio_high:
            return [
                f"other processes kept the {CPUS} CPUs unevenly busy: {o:.1f} during its ours step, "
                f"{f:.1f} during its floor step"
            ]
    causes = []
    for label, samples in steps.items():
        now = samples[k].others_cores
        if now is None:
            continue
        usual = statistics.median(x.others_cores or 0.0 for i, x in enumerate(samples) if i != k)
        slower = samples[k].seconds > statistics.median(x.seconds for x in samples)
        if abs(now - usual) >= 0.25 and (now > usual) == slower:
            causes.append(
                f"other processes kept {now:.1f} of {CPUS} CPUs busy during its {label} step "
                f"({usual:.1f} in the other rounds)"
            )
    return causes


def _disk_causes(k: int, label: str, samples: list[Sample]) -> list[str]:
    """Pending writeback, reads from disk (a cold cache) and iowait in round k, against the others;
    only for a step that was slower than usual (none of these makes a step faster)."""
    s, rest = samples[k], [x for i, x in enumerate(samples) if i != k]
    if s.seconds <= statistics.median(x.seconds for x in samples):
        return []
    causes = []
    if s.pending_before_mb is not None and s.pending_after_mb is not None:
        pending = max(s.pending_before_mb, s.pending_after_mb)
        usual = statistics.median(max(x.pending_before_mb or 0.0, x.pending_after_mb or 0.0) for x in rest)
        if pending >= 32 and pending > 2 * usual + 16:
            causes.append(
                f"{pending:.0f} MB of dirty/writeback pages were pending around its {label} step "
                f"({usual:.0f} MB in the other rounds)"
            )
    usual_read = statistics.median(x.read_mb for x in rest)
    if s.read_mb >= 8 and s.read_mb > 2 * usual_read + 8:
        causes.append(
            f"its {label} step read {s.read_mb:.0f} MB from disk ({usual_read:.0f} MB in the other "
            "rounds): a cold page cache"
        )
    if s.iowait_cores is not None:
        usual_wait = statistics.median(x.iowait_cores or 0.0 for x in rest)
        if s.iowait_cores - usual_wait >= 0.25:
            causes.append(
                f"CPUs waited for the disk ({s.iowait_cores:.1f} CPUs in iowait during its {label} "
                f"step, {usual_wait:.1f} in the other rounds)"
            )
    return causes


def _kernel_causes(k: int, label: str, samples: list[Sample]) -> list[str]:
    """A step of round k whose CPU time grew in the kernel while its own (user) time did not: the
    work that moved was the system's, not the step's code. On a sandboxed kernel such as gVisor,
    faulting in fresh memory for the files a step writes is charged to the process as system time,
    and how much of it a step pays depends on which pages the sandbox has released since the step
    before freed its files."""
    s, rest = samples[k], [x for i, x in enumerate(samples) if i != k]
    usual_system = statistics.median(x.system_seconds for x in rest)
    usual_user = statistics.median(x.cpu_seconds - x.system_seconds for x in rest)
    user = s.cpu_seconds - s.system_seconds
    grew = s.system_seconds - usual_system
    if grew < 0.1 or grew < 0.5 * usual_system or abs(user - usual_user) > max(0.1 * usual_user, grew / 4):
        return []
    return [
        f"its {label} step spent {s.system_seconds:.2f} s in the kernel ({usual_system:.2f} s in the "
        f"other rounds) while its own code's time stayed at {user:.2f} s ({usual_user:.2f} s): the "
        "system's memory work for the data it wrote (page faults on fresh pages), not the step's"
    ]


def diagnose(ratios: list[float], steps: Mapping[str, list[Sample]]) -> str:
    """Why the per-round ratios spread, from what was recorded: a short, plain sentence or two.

    ``steps`` maps "ours" and "floor" to their samples. The outlier is the round whose ratio is
    furthest from the median; the step that moved is the one furthest from its own median. Only
    causes that would push the ratio the way it went are named."""
    median_ratio = statistics.median(ratios)
    k = max(range(len(ratios)), key=lambda i: abs(ratios[i] - median_ratio))
    ratio_high = ratios[k] > median_ratio

    def move(samples: list[Sample], attr: str) -> float:
        typical = statistics.median(getattr(x, attr) for x in samples)
        return float(getattr(samples[k], attr)) / typical - 1 if typical > 0 else 0.0

    moved = max(steps, key=lambda label: abs(move(steps[label], "seconds")))
    wall_move, cpu_move = move(steps[moved], "seconds"), move(steps[moved], "cpu_seconds")
    if abs(cpu_move) >= max(0.15, abs(wall_move) / 2) and (cpu_move > 0) == (wall_move > 0):
        work = (
            f"its CPU time moved {cpu_move:+.0%} too, so more or less work was done (by its code or by "
            "the kernel for it), not just waiting"
        )
    else:
        work = f"its CPU time moved only {cpu_move:+.0%}, so it mostly waited for CPUs or the disk"
    parts = [
        f"round {k + 1} of {len(ratios)} is the outlier (ratio {ratios[k]:.2f}, median {median_ratio:.2f}): "
        f"its {moved} step took {wall_move:+.0%} against that step's median ({work})"
    ]
    causes = _load_causes(k, ratio_high, steps)
    for label, samples in steps.items():
        causes += _disk_causes(k, label, samples) + _kernel_causes(k, label, samples)
    busiest = max(
        (s[k] for s in steps.values()), key=lambda x: (x.others_cores or 0.0) + x.own_cores, default=None
    )
    saturated = busiest is not None and (busiest.others_cores or 0.0) + busiest.own_cores >= 0.9 * CPUS
    if causes:
        parts.append("; ".join(causes))
    elif saturated and busiest is not None:
        parts.append(
            f"the machine was saturated in that round (other processes {busiest.others_cores or 0.0:.1f} "
            f"+ ours {busiest.own_cores:.1f} of {CPUS} CPUs): the steps competed for the CPUs, so "
            "small shifts in scheduling moved their times"
        )
    elif k == 0:
        parts.append(
            "it was the first round and no load, writeback or disk reads stood out: likely warm-up "
            "(page cache and allocators filling, first calls)"
        )
    else:
        seen = [s.others_cores for samples in steps.values() for s in samples if s.others_cores is not None]
        span = f" (other processes' load {min(seen):.1f}-{max(seen):.1f} CPUs in all rounds)" if seen else ""
        parts.append(
            f"no load, writeback or disk reads that would explain it stood out in that round{span}: the "
            "variation is in the work itself (thread scheduling, timer resolution of short steps)"
        )
    return "; ".join(parts) + "."


def run_rounds(steps: dict[str, Step], rounds: int = ROUNDS, log: bool = True) -> Rounds:
    """Run every step once a round, interleaved (forwards in even rounds, backwards in odd ones)."""
    names = list(steps)
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for round_no in range(rounds):
        order = names if round_no % 2 == 0 else names[::-1]
        for position, name in enumerate(order):
            sample = measure(steps[name], round_no, position)
            samples[name].append(sample)
            if log:
                note(f"round {round_no + 1}/{rounds} {name}: {sample.line()}")
    return Rounds(samples)


def with_targets(
    fields: dict[str, Any],
    *,
    ratio: float | None = None,
    cpu_ratio: float | None = None,
    seconds: float | None = None,
) -> dict[str, Any]:
    """Add target fields: target_ratio (median wall-time ratio at most), target_cpu_ratio (CPU-time
    ratio at most) and target_seconds (median below); ``met`` when all the given ones are."""
    met = True
    if ratio is not None:
        fields["target_ratio"] = ratio
        fields["met_ratio"] = fields["ratio_to_floor"] <= ratio
        met = met and fields["met_ratio"]
    if cpu_ratio is not None:
        fields["target_cpu_ratio"] = cpu_ratio
        fields["met_cpu_ratio"] = fields["cpu_ratio_to_floor"] <= cpu_ratio
        met = met and fields["met_cpu_ratio"]
    if seconds is not None:
        fields["target_seconds"] = seconds
        fields["met_seconds"] = fields["seconds"] < seconds
        met = met and fields["met_seconds"]
    fields["met"] = met
    return fields


def sig(value: float, digits: int = 4) -> float:
    """Round to ``digits`` significant digits (keeps milliseconds and minutes readable alike)."""
    if value == 0:
        return 0.0
    from math import floor, log10

    return round(value, max(0, digits - 1 - floor(log10(abs(value)))))


def private_config() -> Path:
    """Point CASEDESK_CONFIG_DIR at a temporary folder removed at exit (unless already set, as for
    a bench's child processes), so that no bench reads or writes the user's settings or keys."""
    if not os.environ.get("CASEDESK_CONFIG_DIR"):
        folder = tempfile.mkdtemp(prefix="casedesk-bench-config-")
        os.environ["CASEDESK_CONFIG_DIR"] = folder
        atexit.register(shutil.rmtree, folder, True)
    return Path(os.environ["CASEDESK_CONFIG_DIR"])


def note(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def emit(record: dict[str, Any]) -> None:
    """Print the bench's JSON object as the last line of stdout."""
    sys.stderr.flush()
    sys.stdout.flush()
    print(json.dumps(record, ensure_ascii=False), flush=True)
