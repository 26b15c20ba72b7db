"""Benchmark of printouts at scale: a 500-item rundown and a 5,000-person roster.

Reports milliseconds per export (exports have no target ratio; the closing notes give
the PDF time), measured in one run, each the median of several rounds, with the
PDF and iCalendar libraries already imported.

Run: .venv/bin/python bench/bench_exports.py [--rounds N]
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
