"""The stretches of time where a smooth function of time is at most zero.

The sun moves smoothly, so sampling every few minutes finds each stretch where a condition holds,
and bisection then pins its edges to a fraction of a second: a day costs a few hundred positions
instead of 86,400. A stretch narrower than the step shows as a dip of the function between samples
that do not hold; a golden-section search inside the dip finds its lowest point, and if that holds,
its edges are bisected too.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

Miss = Callable[[float], float]  # POSIX seconds -> how far from holding (<= 0: it holds); inf: far
INV_PHI = (math.sqrt(5.0) - 1.0) / 2.0


@dataclass(frozen=True)
class Span:
    """A stretch where the function holds, in POSIX seconds, and where in it the function is lowest."""

    start: float
    end: float
    best: float


def spans_where(f: Miss, start: float, end: float, step: float, precision: float = 1.0) -> list[Span]:
    """Every stretch of [start, end] where ``f`` <= 0, edges within ``precision`` seconds, in order."""
    count = max(2, math.ceil((end - start) / step))
    times = [start + (end - start) * i / count for i in range(count + 1)]
    values = [f(t) for t in times]
    found: list[tuple[float, float]] = []
    opened: float | None = times[0] if values[0] <= 0 else None
    for i in range(count):
        a, b, va, vb = times[i], times[i + 1], values[i], values[i + 1]
        if va <= 0 < vb and opened is not None:
            found.append((opened, _edge(f, a, b, precision)))
            opened = None
        elif va > 0 >= vb:
            opened = _edge(f, b, a, precision)
    if opened is not None:
        found.append((opened, times[-1]))
    found.extend(_dips(f, times, values, precision))
    return [Span(s, e, _best(f, s, e, step, precision)) for s, e in _merged(found)]


def _edge(f: Miss, inside: float, outside: float, precision: float) -> float:
    """The last moment that holds between a moment that holds and one that does not."""
    while abs(outside - inside) > precision:
        middle = (inside + outside) / 2.0
        if f(middle) <= 0:
            inside = middle
        else:
            outside = middle
    return inside


def _lowest(f: Miss, a: float, b: float, precision: float) -> tuple[float, float]:
    """Golden-section search: where ``f`` is lowest on [a, b] (taken to have one dip), and its value."""
    c, d = b - INV_PHI * (b - a), a + INV_PHI * (b - a)
    fc, fd = f(c), f(d)
    while b - a > precision:
        if fc <= fd:
            b, d, fd = d, c, fc
            c = b - INV_PHI * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + INV_PHI * (b - a)
            fd = f(d)
    return (c, fc) if fc <= fd else (d, fd)


def _dips(f: Miss, times: list[float], values: list[float], precision: float) -> list[tuple[float, float]]:
    """Stretches narrower than the step: hiding in local minima where no sample holds."""
    found = []
    last = len(times) - 1
    for i, v in enumerate(values):
        if v <= 0 or not math.isfinite(v):
            continue
        before = values[i - 1] if i > 0 else math.inf
        after = values[i + 1] if i < last else math.inf
        if v > before or v > after or (v == before and v == after):
            continue  # not a dip (flat stretches, like the night, never are)
        a, b = times[max(i - 1, 0)], times[min(i + 1, last)]
        t, low = _lowest(f, a, b, precision)
        if low <= 0:
            found.append((_edge(f, t, a, precision), _edge(f, t, b, precision)))
    return found


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    result: list[tuple[float, float]] = []
    for s, e in sorted(spans):
        if result and s <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], e))
        else:
            result.append((s, e))
    return result


def _best(f: Miss, start: float, end: float, step: float, precision: float) -> float:
    """Where the function is lowest in a stretch: the lowest sample, refined between its neighbours."""
    count = max(2, math.ceil((end - start) / step))
    samples = [start + (end - start) * i / count for i in range(count + 1)]
    t = min(samples, key=f)
    a, b = max(start, t - step), min(end, t + step)
    if b - a <= precision:
        return t
    refined, low = _lowest(f, a, b, precision)
    return refined if low <= f(t) else t
