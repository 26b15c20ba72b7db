"""How a benchmark says what it measured against its goal: one line per figure, in one
form, so `bench_scale.py` can gather the lines of every script into one table.

A ratio's line is `<label>: <ours> / <base> = <ratio>  (goal <= G: met)` (or `MISSED`);
a goal that is not a ratio says `(goal: met)`. A figure with no goal has no mark.
"""

from __future__ import annotations

MARK = "(goal"


def amount(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def ratio(label: str, ours: float, base: float, goal: float | None = None) -> bool:
    """Prints `ours / base` (both in seconds) and, with a goal, whether the ratio is
    within it. Returns whether it is (True when there is no goal)."""
    value = ours / base
    met = goal is None or value <= goal
    line = f"{label}: {amount(ours)} / {amount(base)} = {value:.2f}"
    if goal is not None:
        line += f"  {MARK} <= {goal:g}: {verdict(met)})"
    print(line, flush=True)
    return met


def condition(label: str, detail: str, met: bool) -> bool:
    """Prints a goal that is not a ratio (one warning per clash, no edit lost)."""
    print(f"{label}: {detail}  {MARK}: {verdict(met)})", flush=True)
    return met
