"""Benchmark of printouts at scale: a 500-item rundown and a 5,000-person roster.

Reports milliseconds per export (exports have no target ratio; the closing notes give
the PDF time), measured in one run, each the median of several rounds, with the
PDF and iCalendar libraries already imported. Then the roster PDF of 5,000 and 20,000
people, the sizes interleaved round by round, and the ratio of their times: about 4
when the cost grows with the rows (it was 5.4 when reportlab remade a delegation's whole
table at every page: 4.6 s and 24 s of CPU, now 4.0 s and 17 s).

Run: .venv/bin/python bench/bench_exports.py [--rounds N] [--roster-rounds N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--roster-rounds", type=int, default=2)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_storage import big_plan

    from gathertui.exports import export

    plan = big_plan(5000, 500)
    export(plan, None, "agenda", "pdf", "id")  # imports reportlab and registers fonts
    export(plan, None, "agenda", "ics", "id")
    for what, fmt in (
        ("agenda", "pdf"),
        ("agenda", "html"),
        ("agenda", "ics"),
        ("attendance", "pdf"),
        ("roster", "csv"),
    ):
        samples = []
        for _ in range(args.rounds):
            gc.collect()
            began = time.perf_counter()
            data = export(plan, None, what, fmt, "id")
            samples.append(time.perf_counter() - began)
        median = statistics.median(samples) * 1000
        print(f"{what:10} {fmt:4} {median:8.0f} ms  {len(data) / 1024:8.0f} KiB")
    roster_scaling(args.roster_rounds)
    return 0


def roster_scaling(rounds: int) -> None:
    """The roster PDF at two sizes, interleaved so that a busy machine slows both."""
    from bench_storage import big_plan

    from gathertui.exports import export

    sizes = (5000, 20000)
    plans = {size: big_plan(size, 50) for size in sizes}
    samples: dict[int, list[float]] = {size: [] for size in sizes}
    for _ in range(rounds):
        for size in sizes:
            gc.collect()
            began = time.process_time()
            export(plans[size], None, "roster", "pdf", "id")
            samples[size].append(time.process_time() - began)
    medians = {size: statistics.median(samples[size]) for size in sizes}
    for size in sizes:
        print(f"roster pdf {size:6} people {medians[size] * 1000:8.0f} ms CPU")
    print(f"roster pdf 20,000 / 5,000: {medians[20000] / medians[5000]:.1f}x (linear: 4x)")


if __name__ == "__main__":
    sys.exit(main())
